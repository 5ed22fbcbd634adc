/**
 * Organization rules: declarative entries of the policy file compiled into ordinary RuleModules with ids
 * `org/<name>`. Each selects grants (`match`) and says what is wrong with them:
 * - `deny`: every selected grant is a violation;
 * - `require`: selected grants must carry condition keys (with allowed values), a permissions boundary, or be held
 *   by allowed principal types;
 * - `limit`: selected grants may reach at most an AWS access level, and only allowed principals, accounts or domains.
 * `match.effect` defaults to `allow`: Deny statements take entitlements away and are never violations by themselves.
 */
import path from 'node:path';
import { accessLevel, expandActionPattern, hasWildcard, wildcardRegex, type AccessLevel } from '../analyze/aws/iam-data.js';
import type { Grant } from '../model/grant.js';
import { defineRule, type RuleModule } from '../model/rule.js';
import { asList, compileGlobs, matchesGlobs, type GlobList } from './globs.js';
import type { Located, OrgRuleInput } from './types.js';

/** AWS access levels from least to most powerful (Tagging sits below Write: it cannot change what a resource does). */
export const ACCESS_LEVEL_ORDER: readonly AccessLevel[] = ['List', 'Read', 'Tagging', 'Write', 'Permissions management'];

const DEFAULT_MESSAGES = {
  deny: '{{principal}} {{detail}}, which organization rule {{rule}} forbids',
  require: '{{principal}} {{detail}}, which organization rule {{rule}} requires',
  limit: '{{principal}} {{detail}}, beyond the limit of organization rule {{rule}}',
} as const;

type Effect = keyof typeof DEFAULT_MESSAGES;

interface CompiledMatch {
  test(grant: Grant): boolean;
}

/** Compiles every organization rule of a policy; `root` is the scan root that finding paths are relative to. */
export function compileOrgRules(rules: ReadonlyArray<Located<OrgRuleInput>>, root: string): RuleModule[] {
  return rules.map((rule) => compileOrgRule(rule, root));
}

export function compileOrgRule(located: Located<OrgRuleInput>, root: string): RuleModule {
  const spec = located.value;
  const effect: Effect = spec.deny ? 'deny' : spec.require ? 'require' : 'limit';
  const prefix = pathPrefix(root, path.dirname(located.absFile));
  const match = compileMatch(spec, prefix);
  const violations = effect === 'deny' ? (g: Grant) => [`is granted ${grantSummary(g)}`] : effect === 'require' ? requireCheck(spec) : limitCheck(spec);
  const policyFile = toPosix(path.relative(root, located.absFile));
  return defineRule({
    meta: {
      id: spec.id,
      title: spec.title ?? spec.id,
      category: 'policy-violation',
      severity: spec.severity ?? 'high',
      description: spec.message ?? `Organization rule ${spec.id} (${effect}) from ${policyFile}`,
      docs: spec.docs ?? policyFile,
      compliance: [],
      packs: [],
      messages: { [effect]: spec.message ?? DEFAULT_MESSAGES[effect] } as Record<Effect, string>,
    },
    check(context) {
      for (const grant of context.grants) {
        if (!match.test(grant)) continue;
        const problems = violations(grant, context.grants);
        if (problems.length === 0) continue;
        context.report({
          grant,
          messageId: effect,
          data: {
            rule: spec.id,
            principal: describePrincipal(grant),
            address: grant.source.address ?? '',
            file: grant.source.file,
            detail: problems.join('; '),
          },
          key: problems.join('|'),
        });
      }
    },
  });
}

/** `roles/owner on projects/p`, `iam:*, s3:GetObject`: what a grant gives, short. */
function grantSummary(g: Grant): string {
  const what = g.role ?? (g.actions.length > 3 ? `${g.actions.slice(0, 3).join(', ')} and ${g.actions.length - 3} more` : g.actions.join(', '));
  const text = what !== '' ? what : g.notActions.length > 0 ? `every action except ${g.notActions.join(', ')}` : g.kind;
  return g.scope ? `${text} on ${g.scope}` : text;
}

function describePrincipal(grant: Grant): string {
  return `${grant.principal.type} ${grant.principal.name}`;
}

function pathPrefix(root: string, dir: string): string {
  const rel = toPosix(path.relative(root, dir));
  return rel === '' ? '' : `${rel}/`;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function compileMatch(spec: OrgRuleInput, filePrefix: string): CompiledMatch {
  const m = spec.match;
  const clouds = asList(m.cloud);
  const kinds = asList(m.kind);
  const principalTypes = asList(m.principal?.type);
  const principalNames = compileGlobs(m.principal?.name);
  const actions = compileGlobs([...asList(m.actions), ...asList(m.permissions)]);
  const roles = compileGlobs(m.roles);
  const resources = compileGlobs(m.resources);
  const scopes = compileGlobs(m.scopes);
  const scopeKinds = asList(m.scopeKind).map((k) => k.toLowerCase());
  const present = asList(m.conditions?.present);
  const absent = asList(m.conditions?.absent);
  const files = compileGlobs(m.files, 'path');
  const addresses = compileGlobs(m.addresses);
  const effect = m.effect ?? 'allow';
  return {
    test(g) {
      if (g.effect !== effect) return false;
      if (clouds.length > 0 && !clouds.includes(g.cloud)) return false;
      if (kinds.length > 0 && !kinds.includes(g.kind)) return false;
      if (principalTypes.length > 0 && !principalTypes.includes(g.principal.type)) return false;
      if (principalNames && !matchesGlobs(principalNames, g.principal.name)) return false;
      if (actions && !grantsAnyAction(g, actions)) return false;
      if (roles && (g.role === undefined || !matchesGlobs(roles, g.role))) return false;
      if (resources && !overlapsAny(g.resources, resources)) return false;
      if (scopes && (g.scope === undefined || !matchesGlobs(scopes, g.scope))) return false;
      if (scopeKinds.length > 0 && !scopeKinds.includes(String(g.details?.scopeKind ?? '').toLowerCase())) return false;
      if (present.some((key) => !hasConditionKey(g, key))) return false;
      if (absent.some((key) => hasConditionKey(g, key))) return false;
      if (files) {
        if (!g.source.file.startsWith(filePrefix) || !matchesGlobs(files, g.source.file.slice(filePrefix.length))) return false;
      }
      if (addresses && (g.source.address === undefined || !matchesGlobs(addresses, g.source.address))) return false;
      return true;
    },
  };
}

/**
 * Whether the grant allows any action the globs name: an action as written matches a glob, a wildcard in the grant
 * covers a glob (`*` covers `iam:*`), or (AWS) a wildcard expands to a catalogue action a glob matches.
 */
function grantsAnyAction(g: Grant, globs: GlobList): boolean {
  if (g.actions.length === 0 && g.notActions.length > 0) {
    // Allow NotAction grants everything else: it reaches a glob unless a NotAction entry covers the glob.
    return globs.patterns.filter((p) => !p.startsWith('!')).some((p) => !g.notActions.some((na) => wildcardRegex(na).test(p)));
  }
  return overlapsAny(g.actions, globs, g.cloud === 'aws');
}

function overlapsAny(values: readonly string[], globs: GlobList, expandAws = false): boolean {
  return values.some((v) => {
    if (matchesGlobs(globs, v)) return true;
    if (!hasWildcard(v)) return false;
    const covering = wildcardRegex(v);
    if (globs.patterns.some((p) => !p.startsWith('!') && covering.test(p)) && !globs.exclude.some((test) => test(v))) return true;
    return expandAws && expandedActions(v).some((action) => matchesGlobs(globs, action));
  });
}

const expansionCache = new Map<string, readonly string[]>();

function expandedActions(pattern: string): readonly string[] {
  let list = expansionCache.get(pattern);
  if (!list) expansionCache.set(pattern, (list = expandActionPattern(pattern)));
  return list;
}

function conditionEntries(g: Grant): Array<[key: string, values: string[]]> {
  return Object.values(g.conditions).flatMap((byKey) => Object.entries(byKey));
}

function hasConditionKey(g: Grant, key: string): boolean {
  const wanted = key.toLowerCase();
  return conditionEntries(g).some(([k]) => k.toLowerCase() === wanted);
}

type Check = (grant: Grant, all: readonly Grant[]) => string[];

function requireCheck(spec: OrgRuleInput): Check {
  const req = spec.require!;
  const keys = asList(req.conditionKeys);
  const values = Object.entries(req.conditionValues ?? {}).map(([key, globs]) => ({ key, globs: compileGlobs(globs)! }));
  const types = asList(req.principalTypes);
  return (g, all) => {
    const problems: string[] = [];
    for (const key of keys) if (!hasConditionKey(g, key)) problems.push(`has no condition on ${key}`);
    for (const { key, globs } of values) {
      const wanted = key.toLowerCase();
      const found = conditionEntries(g).filter(([k]) => k.toLowerCase() === wanted).flatMap(([, v]) => v);
      if (found.length === 0) problems.push(`has no condition on ${key}`);
      const outside = found.filter((v) => !matchesGlobs(globs, v));
      if (outside.length > 0) problems.push(`allows ${key} ${outside.join(', ')} outside ${globs.patterns.join(', ')}`);
    }
    if (req.permissionsBoundary && !hasPermissionsBoundary(g, all)) problems.push('has no permissions boundary');
    if (types.length > 0 && !types.includes(g.principal.type)) problems.push(`is a ${g.principal.type}, not ${types.join(' or ')}`);
    return problems;
  };
}

/** The boundary is set on the role or user: any grant of the same principal may carry it in its details. */
function hasPermissionsBoundary(g: Grant, all: readonly Grant[]): boolean {
  if (g.details?.permissionsBoundary !== undefined) return true;
  const address = g.principal.address;
  if (address === undefined) return false;
  return all.some((other) => other.principal.address === address && other.details?.permissionsBoundary !== undefined);
}

const ACCOUNT_ID = /(?:^|:)(\d{12})(?::|$)/;

function limitCheck(spec: OrgRuleInput): Check {
  const limit = spec.limit!;
  const maxRank = limit.maxAccessLevel === undefined ? undefined : ACCESS_LEVEL_ORDER.indexOf(limit.maxAccessLevel);
  const principals = compileGlobs(limit.principals);
  const accounts = new Set(asList(limit.accounts));
  const domains = compileGlobs(limit.domains);
  return (g) => {
    const problems: string[] = [];
    if (maxRank !== undefined && g.cloud === 'aws') {
      const above = new Map<string, AccessLevel>();
      for (const action of g.actions) {
        for (const name of hasWildcard(action) ? expandedActions(action) : [action]) {
          const level = accessLevel(name);
          if (level !== undefined && ACCESS_LEVEL_ORDER.indexOf(level) > maxRank) above.set(action, maxLevel(above.get(action), level));
        }
      }
      for (const [action, level] of above) problems.push(`may use ${action} (${level}), above ${limit.maxAccessLevel}`);
    }
    if (principals && !matchesGlobs(principals, g.principal.name)) problems.push(`is not among the allowed principals ${principals.patterns.join(', ')}`);
    if (accounts.size > 0) {
      const account = ACCOUNT_ID.exec(g.principal.name)?.[1];
      if (g.principal.type === 'public') problems.push("is every AWS account ('*'), not only " + [...accounts].join(', '));
      else if (account !== undefined && !accounts.has(account)) problems.push(`is in account ${account}, not one of ${[...accounts].join(', ')}`);
    }
    if (domains) {
      const domain = memberDomain(g.principal.name);
      if (g.principal.type === 'public') problems.push('is public, not a member of an allowed domain');
      else if (domain !== undefined && !matchesGlobs(domains, domain)) problems.push(`is in domain ${domain}, not ${domains.patterns.join(', ')}`);
    }
    return problems;
  };
}

function maxLevel(a: AccessLevel | undefined, b: AccessLevel): AccessLevel {
  return a === undefined || ACCESS_LEVEL_ORDER.indexOf(b) > ACCESS_LEVEL_ORDER.indexOf(a) ? b : a;
}

/** `user:a@example.com`, `group:x@example.com`, `serviceAccount:sa@p.iam.gserviceaccount.com` → after `@`; `domain:example.com` → itself. */
export function memberDomain(member: string): string | undefined {
  if (member.startsWith('domain:')) return member.slice('domain:'.length).toLowerCase();
  const at = member.lastIndexOf('@');
  return at >= 0 ? member.slice(at + 1).toLowerCase() : undefined;
}
