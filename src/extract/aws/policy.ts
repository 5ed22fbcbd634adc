/**
 * AWS policy documents, format-neutral: a Value (an object from HCL or YAML, or a string holding JSON text) is
 * normalized into statements with spans, then into grants. The Terraform and CloudFormation extractors both
 * build their grants here.
 *
 * Grant details set for AWS grants (besides the shared ones: policy, sid, attachedTo, trustedBy, authoritative,
 * credentialType): statementIndex (position in the Statement list), unknownActions (Action/NotAction elements
 * not in the service catalogue), malformed (structural problems), notPrincipals (for NotPrincipal statements,
 * whose grant principal is `*`), principalText (the Principal element as written when the principal name
 * differs), policyDocument (address of the document that states the statement), policyVersion (the document's
 * Version element as written, `null` when it has none; absent when it could not be evaluated or when a tool, not
 * the author, writes the document). The Terraform extractor adds:
 * attachment, inline, unattached, roleAddress, resourceType, resourceAddress, awsManaged, managedPolicyLevel,
 * policyLookup, members (users of a group), permissionsBoundary, groupAddress, status, encrypted, serviceName.
 */
import type { Conditions, Grant, GrantDetails, GrantKind, Principal } from '../../model/grant.js';
import type { ToolError, UnresolvedItem } from '../../model/finding.js';
import type { SourceFormat, SourceSpan } from '../../model/span.js';
import type { StringValue, UnknownValue, Value } from '../../evaluate/value.js';
import { makeGrant } from '../grant.js';
import { unknownActionElements } from '../../analyze/aws/policy-semantics.js';
import { parseJsonWithPositions, positionMapperFor } from './policy-json.js';

/** One entry of a Principal/NotPrincipal element: `{"AWS": "arn:..."}` gives key `AWS`. */
export interface PrincipalEntry {
  /** `AWS`, `Service`, `Federated`, `CanonicalUser`, or `*` for `"Principal": "*"`; `?` when the whole element is unknown. */
  key: string;
  /** The text, unknown parts as `${expr}`. */
  value: string;
  /** When the value is an attribute of a declared resource (`aws_iam_role.ci.arn`). */
  ref?: UnknownValue['ref'];
}

/** An unevaluated expression met in a statement. */
export interface UnresolvedExpr {
  expr: string;
  ref?: UnknownValue['ref'];
}

export interface PolicyStatement {
  /** Position in the document's Statement list (0-based). */
  index: number;
  sid?: string;
  effect: 'allow' | 'deny';
  actions: string[];
  notActions: string[];
  resources: string[];
  notResources: string[];
  /** Absent when the statement has no Principal element. */
  principals?: PrincipalEntry[];
  notPrincipals?: PrincipalEntry[];
  conditions: Conditions;
  unresolved: UnresolvedExpr[];
  /** Structural problems (missing Effect, Action and NotAction together, unknown elements...). */
  malformed: string[];
  span?: SourceSpan;
  /** Address of the document that states it, when documents are merged (Terraform policy document data sources). */
  origin?: string;
}

export interface ParsedPolicy {
  statements: PolicyStatement[];
  /** The Version element as written; `null` when the document has none; absent when it could not be evaluated. */
  version?: string | null;
  errors: ToolError[];
  /** Parts that could not be evaluated at all: the whole document, or one whole statement. */
  unresolved: UnresolvedItem[];
}

const STATEMENT_ELEMENTS = ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition'];

/** Element lookup: AWS spells elements in PascalCase; lower-case spellings are accepted and reported. */
function element(entries: Map<string, Value>, name: string): Value | undefined {
  const exact = entries.get(name);
  if (exact) return exact;
  for (const [k, v] of entries) if (k.toLowerCase() === name.toLowerCase()) return v;
  return undefined;
}

function jsonSource(v: StringValue): Value | undefined {
  // An evaluator may keep the value a string was encoded from (jsonencode), which carries better spans.
  const source = (v as StringValue & { source?: Value }).source;
  return source && (source.kind === 'object' || source.kind === 'list') ? source : undefined;
}

class StatementReader {
  readonly unresolved: UnresolvedExpr[] = [];
  readonly malformed: string[] = [];

  private noteUnknown(expr: string, ref?: UnknownValue['ref']): void {
    if (!this.unresolved.some((u) => u.expr === expr)) this.unresolved.push(ref ? { expr, ref } : { expr });
  }

  /** The text of a scalar; unknowns become `${expr}` and are recorded. */
  text(v: Value, what: string): string | undefined {
    switch (v.kind) {
      case 'string':
        for (const u of v.unknowns ?? []) this.noteUnknown(u);
        return v.value;
      case 'number':
      case 'bool':
        return String(v.value);
      case 'unknown':
        this.noteUnknown(v.expr, v.ref);
        return '${' + v.expr + '}';
      case 'null':
        return undefined;
      default:
        this.malformed.push(`${what} must be a string or a list of strings`);
        return undefined;
    }
  }

  /** A string-or-list element as a list of texts. */
  list(v: Value | undefined, what: string): string[] {
    if (!v) return [];
    if (v.kind === 'list') return v.items.flatMap((i) => this.text(i, what) ?? []);
    const t = this.text(v, what);
    return t === undefined ? [] : [t];
  }

  principals(v: Value, what: string): PrincipalEntry[] {
    if (v.kind === 'string' && v.value === '*') return [{ key: '*', value: '*' }];
    if (v.kind === 'unknown') {
      this.noteUnknown(v.expr, v.ref);
      return [{ key: '?', value: '${' + v.expr + '}', ...(v.ref ? { ref: v.ref } : {}) }];
    }
    if (v.kind !== 'object') {
      this.malformed.push(`${what} must be "*" or an object such as {"AWS": ...}`);
      return [];
    }
    const out: PrincipalEntry[] = [];
    for (const [key, value] of v.entries) {
      const items = value.kind === 'list' ? value.items : [value];
      for (const item of items) {
        const text = this.text(item, `${what}.${key}`);
        if (text === undefined) continue;
        const ref = item.kind === 'unknown' ? item.ref : undefined;
        out.push(ref ? { key, value: text, ref } : { key, value: text });
      }
    }
    return out;
  }

  conditions(v: Value): Conditions {
    const out: Conditions = {};
    if (v.kind === 'unknown') {
      this.noteUnknown(v.expr, v.ref);
      return out;
    }
    if (v.kind !== 'object') {
      this.malformed.push('Condition must be an object of operators');
      return out;
    }
    for (const [operator, keys] of v.entries) {
      if (keys.kind === 'unknown') {
        this.noteUnknown(keys.expr, keys.ref);
        continue;
      }
      if (keys.kind !== 'object') {
        this.malformed.push(`Condition operator ${operator} must map condition keys to values`);
        continue;
      }
      const byKey: Record<string, string[]> = (out[operator] ??= {});
      for (const [key, values] of keys.entries) byKey[key] = [...(byKey[key] ?? []), ...this.list(values, `Condition ${operator} ${key}`)];
    }
    return out;
  }
}

/** Normalizes one statement object (AWS element names). */
export function readStatement(v: Value & { kind: 'object' }, index: number): PolicyStatement {
  const r = new StatementReader();
  const get = (name: string) => element(v.entries, name);
  for (const key of v.entries.keys()) {
    if (!STATEMENT_ELEMENTS.includes(key)) {
      const proper = STATEMENT_ELEMENTS.find((e) => e.toLowerCase() === key.toLowerCase());
      r.malformed.push(proper ? `element "${key}" must be spelled "${proper}"` : `unknown statement element "${key}"`);
    }
  }
  const sidValue = get('Sid');
  const sid = sidValue ? r.text(sidValue, 'Sid') : undefined;

  let effect: 'allow' | 'deny' = 'allow';
  const effectValue = get('Effect');
  const effectText = effectValue ? r.text(effectValue, 'Effect') : undefined;
  if (effectText === undefined) r.malformed.push('missing Effect');
  else if (effectText === 'Deny') effect = 'deny';
  else if (effectText !== 'Allow' && effectValue?.kind !== 'unknown' && !(effectValue?.kind === 'string' && effectValue.unknowns?.length)) {
    r.malformed.push(`Effect "${effectText}" must be "Allow" or "Deny"`);
    if (effectText.toLowerCase() === 'deny') effect = 'deny';
  }

  const action = get('Action');
  const notAction = get('NotAction');
  if (action && notAction) r.malformed.push('Action and NotAction in one statement');
  if (!action && !notAction) r.malformed.push('missing Action or NotAction');
  const resource = get('Resource');
  const notResource = get('NotResource');
  if (resource && notResource) r.malformed.push('Resource and NotResource in one statement');
  const principal = get('Principal');
  const notPrincipal = get('NotPrincipal');
  if (principal && notPrincipal) r.malformed.push('Principal and NotPrincipal in one statement');
  const condition = get('Condition');

  const statement: PolicyStatement = {
    index,
    effect,
    actions: r.list(action, 'Action'),
    notActions: r.list(notAction, 'NotAction'),
    resources: r.list(resource, 'Resource'),
    notResources: r.list(notResource, 'NotResource'),
    conditions: condition ? r.conditions(condition) : {},
    unresolved: r.unresolved,
    malformed: r.malformed,
  };
  if (sid !== undefined) statement.sid = sid;
  if (principal) statement.principals = r.principals(principal, 'Principal');
  if (notPrincipal) statement.notPrincipals = r.principals(notPrincipal, 'NotPrincipal');
  if (v.span) statement.span = v.span;
  return statement;
}

function locatedError(fallback: SourceSpan, message: string, at?: { line: number; column: number }): ToolError {
  return { file: fallback.file, line: at?.line ?? fallback.line, column: at?.column ?? fallback.column, message, code: 'parse' };
}

/**
 * Normalizes a policy document. Accepts an object, or a string of JSON text (a heredoc, a quoted string,
 * a jsonencode result). Invalid JSON gives a located `parse` error; nothing throws.
 */
export function parsePolicyDocument(doc: Value, fallback: SourceSpan): ParsedPolicy {
  const result: ParsedPolicy = { statements: [], errors: [], unresolved: [] };
  const where = doc.span ?? fallback;
  let value: Value = doc;
  if (doc.kind === 'string' && doc.value.trim() === '' && !doc.unknowns?.length) {
    // An empty policy grants nothing; say so rather than fail the file (plans carry '' for unset policies).
    result.unresolved.push({ span: where, expr: '""', reason: 'empty policy document: it grants nothing' });
    return result;
  }
  if (doc.kind === 'string') {
    const source = jsonSource(doc);
    if (source) value = source;
    else {
      const parsed = parseJsonWithPositions(doc.value, positionMapperFor(doc), where, doc.unknowns ?? []);
      if (!parsed.value) {
        result.errors.push(locatedError(where, parsed.error!.message, parsed.error));
        return result;
      }
      value = parsed.value;
    }
  }
  if (value.kind === 'unknown') {
    result.unresolved.push({ span: value.span ?? where, expr: value.expr, reason: value.reason ?? 'policy document could not be evaluated' });
    return result;
  }
  if (value.kind === 'null') return result;
  if (value.kind !== 'object') {
    result.errors.push(locatedError(value.span ?? where, 'invalid policy document: expected a JSON object with a Statement element'));
    return result;
  }
  const version = element(value.entries, 'Version');
  if (!version || version.kind === 'null') result.version = null;
  else if (version.kind === 'string' && !version.unknowns?.length) result.version = version.value;
  const statements = element(value.entries, 'Statement');
  if (!statements) {
    result.errors.push(locatedError(value.span ?? where, 'invalid policy document: missing Statement element'));
    return result;
  }
  const items = statements.kind === 'list' ? statements.items : [statements];
  items.forEach((item, index) => {
    if (item.kind === 'object') result.statements.push(readStatement(item, index));
    else if (item.kind === 'unknown') {
      result.unresolved.push({ span: item.span ?? statements.span ?? where, expr: item.expr, reason: item.reason ?? 'statement could not be evaluated' });
    } else if (item.kind !== 'null') {
      result.errors.push(locatedError(item.span ?? where, `invalid policy document: Statement ${index} must be an object`));
    }
  });
  return result;
}

export interface PolicyGrantContext {
  kind: Extract<GrantKind, 'identity-policy' | 'resource-policy' | 'trust-policy'>;
  format: SourceFormat;
  /** Logical address of the declaring resource. */
  address?: string;
  /** Identity policies: who the policy reaches (one grant per statement per principal). */
  principals?: Principal[];
  /** Span used when a statement has no position of its own (the policy attribute). */
  fallbackSpan: SourceSpan;
  /** Resource and trust policies: the resource or role the policy protects. */
  attachedTo?: string;
  /** Name or address of the policy. */
  policyName?: string;
  /** Managed policy ARN for attachments. */
  role?: string;
  /** Extra details merged into every grant. */
  details?: GrantDetails;
  /**
   * The document's Version (`null`: none written), recorded on every grant as `policyVersion`. Left out when it
   * could not be evaluated or when a tool writes the document (SAM policy templates): nothing for the author to fix.
   */
  policyVersion?: string | null;
  /** Maps a Principal entry to a declared principal (e.g. `${aws_iam_role.ci.arn}` to that role). */
  resolvePrincipal?: (entry: PrincipalEntry) => Principal | undefined;
  /** Unevaluated expressions of the context (an unknown role name...) added to every grant. */
  unresolved?: string[];
  /** Which unevaluated expressions of the statements are worth reporting; by default all. */
  keepUnresolved?: (u: UnresolvedExpr) => boolean;
}

const ACCOUNT_ID = /^\d{12}$/;

/** The issuer named by a Federated principal: `arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com` -> the host. */
export function federatedIssuer(text: string): string {
  const oidc = /:oidc-provider\/(.+)$/.exec(text);
  return oidc ? oidc[1]! : text;
}

/** What a Principal entry names, from its text alone. */
export function classifyPrincipal(entry: PrincipalEntry): Principal {
  const { key, value } = entry;
  if (value === '*' && (key === '*' || key === 'AWS')) return { type: 'public', name: '*' };
  switch (key) {
    case 'Service':
      return { type: 'service', name: value };
    case 'Federated':
      return { type: 'federated', name: federatedIssuer(value) };
    case 'CanonicalUser':
      return { type: 'account', name: value };
    default:
      break;
  }
  if (ACCOUNT_ID.test(value)) return { type: 'account', name: value };
  const arn = /^arn:[^:]*:(iam|sts)::([^:]*):(.+)$/.exec(value);
  if (arn) {
    const [, , account, rest] = arn;
    if (rest === 'root') return account === '*' ? { type: 'public', name: value } : { type: 'account', name: value };
    if (/^(role|assumed-role)\//.test(rest!)) return { type: 'role', name: value };
    if (/^(user|federated-user)\//.test(rest!)) return { type: 'user', name: value };
  }
  return { type: 'unknown', name: value };
}

/** The sts actions a trust statement allows assuming with. */
function trustActions(statement: PolicyStatement): string {
  const assume = statement.actions.filter((a) => /^sts:(AssumeRole|\*)/i.test(a) || a === '*');
  return (assume.length > 0 ? assume : statement.actions).join(',');
}

/** Grants of one statement list. */
export function grantsFromStatements(statements: readonly PolicyStatement[], ctx: PolicyGrantContext): Grant[] {
  const grants: Grant[] = [];
  const keep = ctx.keepUnresolved ?? (() => true);
  for (const s of statements) {
    const span = s.span ?? ctx.fallbackSpan;
    const source = { ...span, address: ctx.address ?? span.address, format: ctx.format };
    if (source.address === undefined) delete source.address;
    const malformed = [...s.malformed];
    const unknownActions = unknownActionElements([...s.actions, ...s.notActions]);
    const base: Omit<Parameters<typeof makeGrant>[0], 'principal'> = {
      cloud: 'aws',
      kind: ctx.kind,
      effect: s.effect,
      actions: s.actions,
      notActions: s.notActions,
      resources: s.resources,
      notResources: s.notResources,
      conditions: s.conditions,
      source,
      unresolved: [...new Set([...(ctx.unresolved ?? []), ...s.unresolved.filter(keep).map((u) => u.expr)])],
    };
    if (ctx.role !== undefined) base.role = ctx.role;
    const details = (principal: Principal, extra: GrantDetails = {}): GrantDetails => {
      const d: GrantDetails = { ...ctx.details, ...extra, statementIndex: s.index };
      if (ctx.policyName !== undefined) d.policy = ctx.policyName;
      if (s.origin !== undefined) d.policyDocument = s.origin;
      if (ctx.policyVersion !== undefined) d.policyVersion = ctx.policyVersion;
      if (s.sid !== undefined && s.sid !== '') d.sid = s.sid;
      const attachedTo = ctx.attachedTo ?? (ctx.kind === 'identity-policy' && principal.type !== 'unknown' ? principal.name : undefined);
      if (attachedTo !== undefined) d.attachedTo = attachedTo;
      if (ctx.kind === 'trust-policy') d.trustedBy = trustActions(s);
      if (unknownActions.length > 0) d.unknownActions = unknownActions;
      if (malformed.length > 0) d.malformed = [...malformed];
      return d;
    };

    if (ctx.kind === 'identity-policy') {
      if (s.principals || s.notPrincipals) malformed.push('Principal in an identity policy');
      const principals = ctx.principals && ctx.principals.length > 0 ? ctx.principals : [{ type: 'unknown' as const, name: '(unattached)' }];
      for (const principal of principals) grants.push(makeGrant({ ...base, principal, details: details(principal) }));
      continue;
    }

    const resolve = (entry: PrincipalEntry): Principal => ctx.resolvePrincipal?.(entry) ?? classifyPrincipal(entry);
    const extraFor = (entry: PrincipalEntry, principal: Principal): GrantDetails => {
      const extra: GrantDetails = {};
      if (principal.name !== entry.value) extra.principalText = entry.value;
      return extra;
    };
    if (s.principals && s.principals.length > 0) {
      for (const entry of s.principals) {
        const principal = resolve(entry);
        grants.push(makeGrant({ ...base, principal, details: details(principal, extraFor(entry, principal)) }));
      }
    }
    if (s.notPrincipals && s.notPrincipals.length > 0) {
      // Everyone except the listed principals.
      const principal: Principal = { type: 'public', name: '*' };
      const notPrincipals = s.notPrincipals.map((e) => resolve(e).name);
      grants.push(makeGrant({ ...base, principal, details: details(principal, { notPrincipals }) }));
    }
    if (!s.principals?.length && !s.notPrincipals?.length) {
      malformed.push(`missing Principal in a ${ctx.kind === 'trust-policy' ? 'trust' : 'resource'} policy statement`);
      const principal: Principal = { type: 'unknown', name: '(none)' };
      grants.push(makeGrant({ ...base, principal, details: details(principal) }));
    }
  }
  return grants;
}

export interface PolicyGrants {
  grants: Grant[];
  errors: ToolError[];
  unresolved: UnresolvedItem[];
  statements: PolicyStatement[];
}

/**
 * Parses a policy document and builds its grants, recording the document's Version unless `toolWritten` (a
 * document a transform writes, whose Version the author cannot change).
 */
export function grantsFromPolicyDocument(doc: Value, ctx: PolicyGrantContext, toolWritten = false): PolicyGrants {
  const parsed = parsePolicyDocument(doc, ctx.fallbackSpan);
  const unresolved = parsed.unresolved.map((u) => (ctx.address && !u.span.address ? { ...u, span: { ...u.span, address: ctx.address } } : u));
  const withVersion = toolWritten || parsed.version === undefined ? ctx : { ...ctx, policyVersion: parsed.version };
  return { grants: grantsFromStatements(parsed.statements, withVersion), errors: parsed.errors, unresolved, statements: parsed.statements };
}
