/** Grant predicates shared by the AWS rules: statement shape, principals and condition keys. */
import { awsManagedPolicyName, isUnresolvedText, type ManagedPolicyFacts } from '../../src/analyze/aws/policy-semantics.js';
import type { Grant, GrantKind, Principal } from '../../src/model/grant.js';

/** An AWS Allow grant of one of the given kinds. */
export function isAwsAllow(grant: Grant, kinds: readonly GrantKind[]): boolean {
  return grant.cloud === 'aws' && grant.effect === 'allow' && kinds.includes(grant.kind);
}

/**
 * The grant is an attachment of an AWS-managed policy: its statements are AWS's to write, so content rules leave
 * it alone and aws-iam-full-admin judges the attachment itself.
 */
export function isAwsManagedPolicyGrant(grant: Grant): boolean {
  return grant.role !== undefined && awsManagedPolicyName(grant.role) !== undefined;
}

/** AWS-managed policies at admin level, or that allow `iam:*` everywhere (from which any admin grant follows). */
export function isAdminEquivalentManagedPolicy(facts: ManagedPolicyFacts): boolean {
  return facts.level === 'admin' || (facts.statements ?? []).some((s) => s.actions?.includes('iam:*') && s.resources.includes('*'));
}

/** `*`, `{"AWS": "*"}` or `arn:aws:iam::*:root`: every principal of every account (and anonymous callers). */
export function isAnyPrincipal(principal: Principal): boolean {
  if (principal.type === 'public' || principal.name === '*') return true;
  return /^arn:aws[a-z-]*:iam::\*:root$/.test(principal.name);
}

/** The 12-digit account of an AWS principal written literally (`123456789012`, `arn:aws:iam::123456789012:root`). */
export function literalAccountId(principal: Principal): string | undefined {
  if (principal.type === 'service' || principal.type === 'federated' || principal.type === 'public') return undefined;
  if (/^\d{12}$/.test(principal.name)) return principal.name;
  return /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(principal.name)?.[1];
}

/** The `trustedAccounts` rule option: the organization's own and approved accounts (12-digit ids). */
export function trustedAccountsOption(options: Record<string, unknown>): Set<string> {
  const value = options.trustedAccounts;
  if (value === undefined) return new Set();
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new Error('option trustedAccounts must be a list of 12-digit account ids');
  }
  return new Set(value as string[]);
}

export interface ConditionEntry {
  operator: string;
  key: string;
  values: string[];
}

export function conditionEntries(grant: Grant): ConditionEntry[] {
  const out: ConditionEntry[] = [];
  for (const [operator, byKey] of Object.entries(grant.conditions)) {
    for (const [key, values] of Object.entries(byKey)) out.push({ operator, key, values });
  }
  return out;
}

/**
 * A condition that can only hold for the listed values: a positive string/ARN/IP/bool test that must be present
 * (`…IfExists` and `ForAllValues:` hold when the key is absent; `Not…` and `Null` exclude rather than admit) and
 * that is not matched by everything (`StringLike "*"`).
 */
export function isRestrictingCondition(entry: ConditionEntry): boolean {
  const op = entry.operator;
  if (/Not|^Null$|IfExists$|^ForAllValues:/i.test(op)) return false;
  return entry.values.some((v) => v !== '*' && v.trim() !== '');
}

/** Restricting conditions on any of the keys (lower-case names). */
export function restrictingKeysPresent(grant: Grant, keys: ReadonlySet<string>): string[] {
  return conditionEntries(grant)
    .filter((e) => keys.has(e.key.toLowerCase()) && isRestrictingCondition(e))
    .map((e) => e.key);
}

/** Condition keys that tie a caller to an organization, account or principal. */
export const PRINCIPAL_NARROWING_KEYS: ReadonlySet<string> = new Set([
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:userid',
  'aws:username',
  'kms:calleraccount',
]);

/**
 * Keys that tie a service principal's request to your resource or account: the cross-service confused-deputy guards
 * AWS documents (lower-case names).
 */
export const SOURCE_CONDITION_KEYS: ReadonlySet<string> = new Set([
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
]);

/** A restricting condition on one of the keys, or on a key starting with one of the prefixes (lower-case). */
export function hasRestrictingConditionOn(grant: Grant, keys: ReadonlySet<string>, prefixes: readonly string[] = []): boolean {
  return conditionEntries(grant).some((e) => {
    const key = e.key.toLowerCase();
    return (keys.has(key) || prefixes.some((p) => key.startsWith(p))) && isRestrictingCondition(e);
  });
}

/** Condition keys that tie a caller to a network location. */
export const NETWORK_NARROWING_KEYS: ReadonlySet<string> = new Set(['aws:sourceip', 'aws:sourcevpc', 'aws:sourcevpce']);

/** What a finding calls the role/resource a policy belongs to. */
export function attachedName(grant: Grant): string {
  const attached = grant.details?.attachedTo;
  return typeof attached === 'string' && attached !== '' ? attached : (grant.source.address ?? grant.source.file);
}

/** Elements written literally (no `${expr}`), for messages and matching. */
export function literalElements(elements: readonly string[]): string[] {
  return elements.filter((e) => !isUnresolvedText(e));
}

/** Every element is known: a NotAction/NotResource list with an unevaluated part may exclude anything. */
export function allLiteral(elements: readonly string[]): boolean {
  return elements.every((e) => !isUnresolvedText(e));
}
