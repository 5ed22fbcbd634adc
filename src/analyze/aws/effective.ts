/**
 * Effective AWS permissions per principal: for each role, user and group, the statements of its inline, attached
 * customer-managed and AWS-managed policies (expanded from the generated table), and for users those of their groups
 * (membership grants), with conditions classified (always-true parts dropped, never-true statements marked) and the
 * permissions boundary kept beside them. Queries answer "which statements let this principal do this action" with
 * explicit Deny and the boundary applied, without expanding the catalogue; `effectiveActions` expands for reports.
 */
import type { Conditions, Grant, Principal } from '../../model/grant.js';
import { acceptsOnlyWildcardResource, accessLevel, expandActionPattern, hasWildcard, wildcardRegex, type AccessLevel } from './iam-data.js';
import { managedPolicyStatements } from './managed-policies.js';
import { awsManagedPolicyName, coveredActions, isUnresolvedText, isWildcardResource } from './policy-semantics.js';

/** Whether a statement's conditions can hold: not at all, always, or only for some requests. */
export type ConditionState = 'always' | 'narrowing' | 'never';

export interface EffectiveStatement {
  effect: 'allow' | 'deny';
  actions: readonly string[];
  notActions: readonly string[];
  resources: readonly string[];
  notResources: readonly string[];
  /** The conditions that narrow the statement (always-true entries removed). */
  conditions: Conditions;
  conditionState: ConditionState;
  /** The grant the statement comes from (for AWS-managed policies: the attachment). */
  grant: Grant;
  /** How it reaches the principal when not directly: `group developers`, `AWS-managed ReadOnlyAccess`. */
  via?: string;
}

export interface PermissionsBoundary {
  /** The boundary as written (ARN or expression). */
  text: string;
  /** Undefined when the boundary policy is neither AWS-managed nor declared in the scan: its content is unknown. */
  statements?: EffectiveStatement[];
}

export interface PrincipalPermissions {
  /** `role:deploy`, `user:alice`, `group:admins`, or `policy:<file>|<address>|<name>` for a policy attached to nothing known. */
  key: string;
  principal: Principal;
  /** What a finding calls the holder. */
  label: string;
  statements: EffectiveStatement[];
  boundary?: PermissionsBoundary;
}

export interface Effective {
  principals: Map<string, PrincipalPermissions>;
  /** Trust-policy grants by role name. */
  trustByRole: Map<string, Grant[]>;
}

const IDENTITY_TYPES = new Set(['role', 'user', 'group']);
const TIME_KEYS = new Set(['aws:currenttime', 'aws:tokenissuetime', 'aws:epochtime']);

function principalKey(p: Principal): string {
  return `${p.type}:${p.name}`;
}

function holderKey(grant: Grant): string {
  if (IDENTITY_TYPES.has(grant.principal.type)) return principalKey(grant.principal);
  return `policy:${grant.source.file}|${grant.source.address ?? ''}|${String(grant.details?.policy ?? '')}`;
}

function holderLabel(grant: Grant): string {
  if (IDENTITY_TYPES.has(grant.principal.type)) return grant.principal.name;
  return String(grant.details?.policy ?? grant.source.address ?? grant.source.file);
}

function timeValue(text: string): number | undefined {
  const n = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * One condition entry: `always` when every request satisfies it (a time in the past for DateGreaterThan on the
 * current or token-issue time, a `*` pattern), `never` when none can (DateLessThan a time in the past), else narrowing.
 */
export function conditionEntryState(operator: string, key: string, values: readonly string[], now = Date.now()): ConditionState {
  const op = operator.replace(/IfExists$/, '');
  const lowerKey = key.toLowerCase();
  if (TIME_KEYS.has(lowerKey) && /^Date(GreaterThan|LessThan)(Equals)?$/.test(op) && values.length > 0) {
    const times = values.map(timeValue);
    if (times.every((t): t is number => t !== undefined)) {
      const past = times.every((t) => t < now);
      if (past) return op.startsWith('DateGreaterThan') ? 'always' : 'never';
    }
    return 'narrowing';
  }
  if (/^(StringLike|ArnLike)$/.test(op.replace(/^ForAnyValue:/, '')) && values.some((v) => v === '*')) return 'always';
  return 'narrowing';
}

/** Classifies a condition block and drops its always-true entries. */
export function classifyConditions(conditions: Conditions): { state: ConditionState; narrowing: Conditions } {
  const narrowing: Conditions = {};
  let state: ConditionState = 'always';
  for (const [operator, byKey] of Object.entries(conditions)) {
    for (const [key, values] of Object.entries(byKey)) {
      const s = conditionEntryState(operator, key, values);
      if (s === 'never') state = 'never';
      else if (s === 'narrowing') {
        if (state === 'always') state = 'narrowing';
        (narrowing[operator] ??= {})[key] = values;
      }
    }
  }
  return { state, narrowing };
}

function statementOf(
  grant: Grant,
  s: Pick<EffectiveStatement, 'effect' | 'actions' | 'notActions' | 'resources' | 'notResources'> & { conditions: Conditions },
  via?: string,
): EffectiveStatement {
  const { state, narrowing } = classifyConditions(s.conditions);
  const out: EffectiveStatement = {
    effect: s.effect,
    actions: s.actions,
    notActions: s.notActions,
    resources: s.resources,
    notResources: s.notResources,
    conditions: narrowing,
    conditionState: state,
    grant,
  };
  if (via !== undefined) out.via = via;
  return out;
}

/** The statements an identity-policy grant stands for: its own, or the AWS-managed policy's it attaches. */
function statementsOfGrant(grant: Grant, via?: string): EffectiveStatement[] {
  const managedName = grant.role !== undefined ? awsManagedPolicyName(grant.role) : undefined;
  if (managedName !== undefined) {
    const managed = managedPolicyStatements(managedName);
    const label = via ?? `AWS-managed ${managedName}`;
    if (managed) return managed.map((s) => statementOf(grant, s, label));
  }
  return [statementOf(grant, grant, via)];
}

/** Identity-policy grants of a boundary written as an ARN (`…:policy/name`) or a reference (`${aws_iam_policy.b.arn}`). */
function boundaryStatements(text: string, anchor: Grant, policies: readonly Grant[]): EffectiveStatement[] | undefined {
  const managed = awsManagedPolicyName(text);
  if (managed !== undefined) return managedPolicyStatements(managed)?.map((s) => statementOf(anchor, s, `boundary ${managed}`));
  const reference = /\b((?:module\.[\w-]+(?:\[[^\]]*\])?\.)*aws_iam_policy\.[\w-]+)/.exec(text)?.[1];
  const name = /:policy\/(?:.*\/)?([^/]+)$/.exec(text)?.[1];
  const matched = policies.filter(
    (g) => (reference !== undefined && g.source.address === reference) || (name !== undefined && g.details?.policy === name),
  );
  if (matched.length === 0) return undefined;
  return matched.map((g) => statementOf(g, g, `boundary ${String(g.details?.policy ?? g.source.address)}`));
}

const cache = new WeakMap<readonly Grant[], Effective>();

/** Effective permissions of every principal in a scan (computed once per grants array). */
export function effectivePermissions(grants: readonly Grant[]): Effective {
  const cached = cache.get(grants);
  if (cached) return cached;
  const principals = new Map<string, PrincipalPermissions>();
  const trustByRole = new Map<string, Grant[]>();
  const identityGrants: Grant[] = [];
  const memberships: Grant[] = [];
  const boundaryTexts = new Map<string, { text: string; anchor: Grant }>();
  for (const g of grants) {
    if (g.cloud !== 'aws') continue;
    if (g.kind === 'identity-policy') identityGrants.push(g);
    else if (g.kind === 'membership' && g.principal.type === 'user' && g.role !== undefined) memberships.push(g);
    else if (g.kind === 'trust-policy') {
      const role = g.details?.attachedTo;
      if (typeof role === 'string') {
        const list = trustByRole.get(role);
        if (list) list.push(g);
        else trustByRole.set(role, [g]);
      }
    }
    const boundary = g.details?.permissionsBoundary;
    if (typeof boundary === 'string' && IDENTITY_TYPES.has(g.principal.type)) boundaryTexts.set(principalKey(g.principal), { text: boundary, anchor: g });
  }
  // Policies used as boundaries cap others; they grant nothing themselves.
  const boundaryPolicies = new Set<Grant>();
  const boundaries = new Map<string, PermissionsBoundary>();
  for (const [key, { text, anchor }] of boundaryTexts) {
    const statements = boundaryStatements(text, anchor, identityGrants);
    for (const s of statements ?? []) boundaryPolicies.add(s.grant);
    boundaries.set(key, statements ? { text, statements } : { text });
  }
  const holder = (grant: Grant): PrincipalPermissions => {
    const key = holderKey(grant);
    let p = principals.get(key);
    if (!p) {
      p = { key, principal: grant.principal, label: holderLabel(grant), statements: [] };
      const boundary = boundaries.get(key);
      if (boundary) p.boundary = boundary;
      principals.set(key, p);
    }
    return p;
  };
  const byGroup = new Map<string, EffectiveStatement[]>();
  for (const g of identityGrants) {
    if (boundaryPolicies.has(g) && !IDENTITY_TYPES.has(g.principal.type)) continue;
    const statements = statementsOfGrant(g);
    holder(g).statements.push(...statements);
    if (g.principal.type === 'group') {
      const list = byGroup.get(g.principal.name);
      if (list) list.push(...statements);
      else byGroup.set(g.principal.name, [...statements]);
    }
  }
  for (const m of memberships) {
    const groupStatements = byGroup.get(m.role!);
    const user = holder(m);
    if (!groupStatements) continue;
    for (const s of groupStatements) user.statements.push({ ...s, via: s.via ? `group ${m.role} (${s.via})` : `group ${m.role}` });
  }
  const result = { principals, trustByRole };
  cache.set(grants, result);
  return result;
}

/** The statement applies to every resource: `*`, an all-wildcard ARN, or a NotResource. */
export function reachesAllResources(s: Pick<EffectiveStatement, 'resources' | 'notResources'>): boolean {
  return s.notResources.length > 0 || isWildcardResource(s.resources);
}

/**
 * An Action/NotAction list compiled for repeated lookups: AWS-managed statements list hundreds of patterns and the
 * analyses ask about the same few actions for every principal.
 */
interface ActionMatcher {
  exact: Set<string>;
  /** Wildcard patterns by their literal service prefix (lower case). */
  byService: Map<string, RegExp[]>;
  /** `*` and patterns with a wildcard in the service prefix. */
  anyService: RegExp[];
  unresolved: boolean;
  /** Answers so far, by action as asked. */
  memo: Map<string, boolean>;
}

const matcherCache = new WeakMap<readonly string[], ActionMatcher>();

function matcherOf(patterns: readonly string[]): ActionMatcher {
  let m = matcherCache.get(patterns);
  if (m) return m;
  m = { exact: new Set(), byService: new Map(), anyService: [], unresolved: false, memo: new Map() };
  for (const pattern of patterns) {
    if (isUnresolvedText(pattern)) {
      m.unresolved = true;
      continue;
    }
    const lower = pattern.toLowerCase();
    if (!hasWildcard(lower)) {
      m.exact.add(lower);
      continue;
    }
    const colon = lower.indexOf(':');
    const prefix = colon > 0 ? lower.slice(0, colon) : undefined;
    if (prefix === undefined || hasWildcard(prefix)) m.anyService.push(wildcardRegex(lower));
    else m.byService.set(prefix, [...(m.byService.get(prefix) ?? []), wildcardRegex(lower)]);
  }
  matcherCache.set(patterns, m);
  return m;
}

function matchesAny(m: ActionMatcher, action: string): boolean {
  let hit = m.memo.get(action);
  if (hit === undefined) {
    const lower = action.toLowerCase();
    const prefix = lower.slice(0, lower.indexOf(':'));
    hit = m.exact.has(lower) || (m.byService.get(prefix)?.some((re) => re.test(lower)) ?? false) || m.anyService.some((re) => re.test(lower));
    m.memo.set(action, hit);
  }
  return hit;
}

const servicesCache = new WeakMap<PrincipalPermissions, ReadonlySet<string> | 'any'>();

/**
 * The services (lower-case action prefixes) whose actions some Allow statement of the principal may cover, or `any`
 * (a NotAction, `*`, a wildcard in the prefix). A cheap first answer for analyses that ask about many actions: an
 * action of another service is allowed by no statement.
 */
export function allowedServices(p: PrincipalPermissions): ReadonlySet<string> | 'any' {
  let services = servicesCache.get(p);
  if (services === undefined) {
    const found = new Set<string>();
    services = found;
    for (const s of p.statements) {
      if (s.effect !== 'allow' || s.conditionState === 'never') continue;
      if (s.notActions.length > 0 || !addServices(s.actions, found)) {
        services = 'any';
        break;
      }
    }
    servicesCache.set(p, services);
  }
  return services;
}

/** Adds the services an Action element's patterns name (as matcherOf reads them); false when a pattern may match any service. */
function addServices(patterns: readonly string[], services: Set<string>): boolean {
  for (const pattern of patterns) {
    if (isUnresolvedText(pattern)) continue;
    if (!hasWildcard(pattern)) {
      services.add(serviceOf(pattern).toLowerCase());
      continue;
    }
    const colon = pattern.indexOf(':');
    if (colon <= 0 || hasWildcard(pattern.slice(0, colon))) return false;
    services.add(pattern.slice(0, colon).toLowerCase());
  }
  return true;
}

function mayAllowService(p: PrincipalPermissions, service: string): boolean {
  const services = allowedServices(p);
  return services === 'any' || services.has(service.toLowerCase());
}

/** The service prefix of an action (`s3` of `s3:GetObject`); the whole text when it has no colon. */
export function serviceOf(action: string): string {
  const colon = action.indexOf(':');
  return colon < 0 ? action : action.slice(0, colon);
}

/** The statement's Action (or NotAction) element applies to the action. */
export function statementCovers(s: Pick<EffectiveStatement, 'actions' | 'notActions'>, action: string): boolean {
  if (s.notActions.length > 0) return !matchesAny(matcherOf(s.notActions), action);
  return matchesAny(matcherOf(s.actions), action);
}

/** An explicit Deny that certainly applies to the action: unconditional, every NotAction element known. */
function deniesAction(s: EffectiveStatement, action: string): boolean {
  return s.effect === 'deny' && s.conditionState === 'always' && !matcherOf(s.notActions).unresolved && statementCovers(s, action);
}

function allowsAction(s: EffectiveStatement, action: string): boolean {
  return s.effect === 'allow' && s.conditionState !== 'never' && statementCovers(s, action);
}

/** The action is permitted by the boundary (no boundary, or one of unknown content, permits everything). */
export function boundaryPermits(p: PrincipalPermissions, action: string): boolean {
  const statements = p.boundary?.statements;
  if (!statements) return true;
  return statements.some((s) => allowsAction(s, action)) && !statements.some((s) => deniesAction(s, action));
}

/** The explicit Deny that removes the action, if any (resource-agnostic, as the reference tools read Deny). */
export function denyOf(p: PrincipalPermissions, action: string): EffectiveStatement | undefined {
  return p.statements.find((s) => deniesAction(s, action));
}

/**
 * The Allow statements through which the principal may perform the action: none when an unconditional Deny
 * names it or the boundary does not permit it. Statements whose conditions can never hold are left out.
 */
export function allowingStatements(p: PrincipalPermissions, action: string): EffectiveStatement[] {
  if (!mayAllowService(p, serviceOf(action)) || denyOf(p, action) || !boundaryPermits(p, action)) return [];
  return p.statements.filter((s) => allowsAction(s, action));
}

export interface EffectiveAction {
  action: string;
  accessLevel: AccessLevel | undefined;
  /** The Allow statements granting it (after Deny and boundary). */
  statements: EffectiveStatement[];
}

/** Every catalogue action the principal may perform, with its sources; expands the catalogue (reports only). */
export function effectiveActions(p: PrincipalPermissions): EffectiveAction[] {
  const byAction = new Map<string, EffectiveStatement[]>();
  for (const s of p.statements) {
    if (s.effect !== 'allow' || s.conditionState === 'never') continue;
    for (const action of coveredActions(s as unknown as Grant)) {
      const list = byAction.get(action);
      if (list) list.push(s);
      else byAction.set(action, [s]);
    }
  }
  const out: EffectiveAction[] = [];
  for (const [action, statements] of byAction) {
    if (denyOf(p, action) || !boundaryPermits(p, action)) continue;
    out.push({ action, accessLevel: accessLevel(action), statements });
  }
  return out.sort((a, b) => (a.action < b.action ? -1 : a.action > b.action ? 1 : 0));
}

/** `file:line` of a statement's source, for messages. */
export function statementLocation(s: EffectiveStatement): string {
  return `${s.grant.source.file}:${s.grant.source.line}`;
}

/** `*` on `*` without any Deny: the principal is an administrator (aws-iam-full-admin's finding, not escalation's). */
export function isAdministrator(p: PrincipalPermissions): boolean {
  if (p.statements.some((s) => s.effect === 'deny') || p.boundary?.statements) return false;
  return p.statements.some(
    (s) => s.effect === 'allow' && s.conditionState === 'always' && s.notActions.length === 0 && s.actions.includes('*') && reachesAllResources(s),
  );
}

/**
 * The Allow statement granting the action without constraint (Cloudsplaining's reading): no narrowing condition,
 * and every resource (an action that only accepts `*` is unconstrained on any resource list).
 */
export function unconstrainedAllow(p: PrincipalPermissions, action: string): EffectiveStatement | undefined {
  const wildcardOnly = acceptsOnlyWildcardResource(action);
  return allowingStatements(p, action).find((s) => Object.keys(s.conditions).length === 0 && (wildcardOnly || reachesAllResources(s)));
}

const levelCache = new Map<AccessLevel, WeakMap<readonly string[], readonly string[]>>();
const patternLevelCache = new Map<AccessLevel, Map<string, readonly string[]>>();

/** The catalogue actions at one level an Action pattern matches, cached by pattern: the same patterns recur in every policy. */
function patternActionsAtLevel(pattern: string, level: AccessLevel): readonly string[] {
  let byPattern = patternLevelCache.get(level);
  if (!byPattern) patternLevelCache.set(level, (byPattern = new Map()));
  let actions = byPattern.get(pattern);
  if (!actions) {
    actions = isUnresolvedText(pattern) ? [] : expandActionPattern(pattern).filter((a) => accessLevel(a) === level);
    byPattern.set(pattern, actions);
  }
  return actions;
}

/**
 * The catalogue actions at one level a statement's Action (or NotAction) element covers, in no particular order.
 * Cached by the element array, which AWS-managed statements share across every principal they are attached to.
 */
function actionsAtLevel(s: EffectiveStatement, level: AccessLevel): readonly string[] {
  const element = s.notActions.length > 0 ? s.notActions : s.actions;
  let byElement = levelCache.get(level);
  if (!byElement) levelCache.set(level, (byElement = new WeakMap()));
  let actions = byElement.get(element);
  if (!actions) {
    if (s.notActions.length > 0) actions = coveredActions(s as unknown as Grant).filter((a) => accessLevel(a) === level);
    else if (element.length === 1) actions = patternActionsAtLevel(element[0]!, level);
    else actions = [...new Set(element.flatMap((pattern) => patternActionsAtLevel(pattern, level)))];
    byElement.set(element, actions);
  }
  return actions;
}

/** Catalogue actions at one access level that the principal holds without constraint, with the statement granting each. */
export function unconstrainedActionsAtLevel(p: PrincipalPermissions, level: AccessLevel): Array<{ action: string; statement: EffectiveStatement }> {
  const candidates = new Set<string>();
  for (const s of p.statements) {
    if (s.effect !== 'allow' || s.conditionState === 'never' || Object.keys(s.conditions).length > 0) continue;
    for (const action of actionsAtLevel(s, level)) candidates.add(action);
  }
  const out: Array<{ action: string; statement: EffectiveStatement }> = [];
  for (const action of [...candidates].sort()) {
    const statement = unconstrainedAllow(p, action);
    if (statement) out.push({ action, statement });
  }
  return out;
}

/** `main.tf:12`, with how the statement reaches the principal when not directly. */
export function statementSourceText(s: EffectiveStatement): string {
  return s.via ? `${statementLocation(s)} (${s.via})` : statementLocation(s);
}
