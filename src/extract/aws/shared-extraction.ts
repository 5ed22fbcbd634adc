/**
 * What the Terraform and CloudFormation extractors read and build the same way: scalar readings of evaluated values,
 * the unresolved expressions of a value, and the grants of managed-policy attachments, group memberships,
 * credentials and Lambda permissions. Each extractor finds the principals and spans its own way and hands them here.
 */
import type { Grant, GrantDetails, Principal } from '../../model/grant.js';
import type { ToolError, UnresolvedItem } from '../../model/finding.js';
import type { GrantSource } from '../../model/span.js';
import { scalarText, type Value } from '../../evaluate/value.js';
import type { ManagedPolicyFacts } from '../../analyze/aws/policy-semantics.js';
import { makeGrant } from '../grant.js';
import type { UnresolvedExpr } from './policy.js';

export interface AwsExtraction {
  grants: Grant[];
  unresolved: UnresolvedItem[];
  errors: ToolError[];
}

export type IdentityType = 'role' | 'user' | 'group';

/** A string with no unknown part. */
export function knownString(v: Value | undefined): string | undefined {
  return v?.kind === 'string' && !v.unknowns?.length ? v.value : undefined;
}

/** Text of a scalar for names and messages; unknowns as `${expr}`. */
export const displayText = scalarText;

/** A list's items, a single value as one item, nothing for null or absent. */
export function itemsOf(v: Value | undefined): Value[] {
  if (!v || v.kind === 'null') return [];
  return v.kind === 'list' ? v.items : [v];
}

/**
 * The unknown expressions of a value that `keep` judges worth reporting, in order, without repeats. Lists are
 * searched; objects only with `intoObjects`.
 */
export function unresolvedExprs(v: Value | undefined, keep: (u: UnresolvedExpr) => boolean, intoObjects: boolean): string[] {
  if (!v) return [];
  const out: string[] = [];
  const visit = (x: Value) => {
    if (x.kind === 'unknown') {
      if (keep({ expr: x.expr, ...(x.ref ? { ref: x.ref } : {}) })) out.push(x.expr);
    } else if (x.kind === 'string') {
      for (const u of x.unknowns ?? []) if (keep({ expr: u })) out.push(u);
    } else if (x.kind === 'list') x.items.forEach(visit);
    else if (intoObjects && x.kind === 'object') [...x.entries.values()].forEach(visit);
  };
  visit(v);
  return [...new Set(out)];
}

/**
 * Grants of a managed policy attached to a principal that the scan does not declare: one per statement when the
 * catalogue knows the policy's statements (AdministratorAccess...), else one without actions that names the policy.
 */
export function attachedPolicyGrants(principal: Principal, arn: string, facts: ManagedPolicyFacts | undefined, source: GrantSource, unresolved: string[], details: GrantDetails): Grant[] {
  const statements = facts?.statements ?? [{ resources: [] as string[] }];
  return statements.map((s) =>
    makeGrant({
      cloud: 'aws',
      kind: 'identity-policy',
      principal,
      effect: 'allow',
      actions: s.actions ?? [],
      notActions: s.notActions ?? [],
      resources: s.resources,
      role: arn,
      source,
      unresolved,
      details: { ...details },
    }),
  );
}

/** A user's membership of a group. */
export function membershipGrant(user: Principal, group: Principal, source: GrantSource, unresolved: string[], extra: GrantDetails, conditional = false): Grant {
  const details: GrantDetails = { attachedTo: group.name, ...extra };
  if (group.address) details.groupAddress = group.address;
  if (conditional) details.conditional = true;
  return makeGrant({ cloud: 'aws', kind: 'membership', principal: user, effect: 'allow', actions: [], role: group.name, source, unresolved, details });
}

/** A long-lived credential of a user (access key, login profile...). */
export function credentialGrant(user: Principal, source: GrantSource, unresolved: string[], details: GrantDetails): Grant {
  return makeGrant({ cloud: 'aws', kind: 'credential', principal: user, effect: 'allow', actions: [], source, unresolved, details });
}

/** The Principal element a Lambda permission's principal text stands for: a service (`s3.amazonaws.com`), `*`, or AWS. */
export function lambdaPrincipalKey(text: string): string {
  if (text === '*') return '*';
  return /\.amazonaws\.com(\.cn)?$/.test(text) || (!text.startsWith('arn:') && text.includes('.')) ? 'Service' : 'AWS';
}

/** Lambda permission arguments that become conditions: CloudFormation property, Terraform argument, operator, key. */
const LAMBDA_PERMISSION_CONDITIONS = [
  ['SourceArn', 'source_arn', 'ArnLike', 'aws:SourceArn'],
  ['SourceAccount', 'source_account', 'StringEquals', 'aws:SourceAccount'],
  ['PrincipalOrgID', 'principal_org_id', 'StringEquals', 'aws:PrincipalOrgID'],
  ['EventSourceToken', 'event_source_token', 'StringEquals', 'lambda:EventSourceToken'],
  ['FunctionUrlAuthType', 'function_url_auth_type', 'StringEquals', 'lambda:FunctionUrlAuthType'],
] as const;

/** The conditions a Lambda permission states; `read` gets an argument by its name in `language`. */
export function lambdaPermissionConditions(language: 'cloudformation' | 'terraform', read: (name: string) => Value | undefined): Record<string, Record<string, string[]>> {
  const conditions: Record<string, Record<string, string[]>> = {};
  for (const [property, argument, operator, key] of LAMBDA_PERMISSION_CONDITIONS) {
    const text = displayText(read(language === 'cloudformation' ? property : argument));
    if (text !== undefined) (conditions[operator] ??= {})[key] = [text];
  }
  return conditions;
}

/** A Lambda permission: one statement of the function's resource policy. */
export function lambdaPermissionGrant(
  principal: Principal,
  action: string | undefined,
  resource: string,
  conditions: Record<string, Record<string, string[]>>,
  source: GrantSource,
  unresolved: string[],
  details: GrantDetails,
): Grant {
  return makeGrant({ cloud: 'aws', kind: 'resource-policy', principal, effect: 'allow', actions: action ? [action] : [], resources: [resource], conditions, source, unresolved, details });
}
