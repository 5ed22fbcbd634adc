/**
 * Literal GCP grants for rule tests, shaped like the ones src/extract/gcp/terraform.ts produces
 * (principal from the member string, scope kind, IAM variant), built through the shared testGrant.
 */
import { parseMember } from '../../extract/gcp/members.js';
import type { Conditions, Grant, GrantDetails } from '../../model/grant.js';
import { testGrant } from '../../testing/grants.js';

interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  file?: string;
  address?: string;
}

export interface GcpBindingInput extends Position {
  role: string;
  member: string;
  /** `projects/p`, `organizations/1`, `storage_bucket:b`... */
  scope: string;
  scopeKind: 'organization' | 'folder' | 'project' | 'billing-account' | 'resource';
  variant?: 'member' | 'binding' | 'policy';
  conditions?: Conditions;
  details?: GrantDetails;
}

/** A grant of `role` to `member` as a `google_*_iam_<variant>` resource would produce it. */
export function gcpBinding(input: GcpBindingInput): Grant {
  const variant = input.variant ?? 'member';
  const m = parseMember(input.member);
  const parent = input.scopeKind === 'resource' ? input.scope.split(':')[0]! : input.scopeKind.replace('-', '_');
  const details: GrantDetails = {
    scopeKind: input.scopeKind,
    authoritative: variant !== 'member',
    resourceType: `google_${parent}_iam_${variant}`,
    iamVariant: variant,
    parent,
    memberKind: m.memberKind,
    ...(m.domain ? { memberDomain: m.domain } : {}),
    ...(m.deleted ? { deletedMember: true } : {}),
    ...input.details,
  };
  return testGrant({
    cloud: 'gcp',
    kind: 'iam-member',
    principal: { type: m.type, name: m.name },
    role: input.role,
    scope: input.scope,
    conditions: input.conditions ?? {},
    details,
    line: input.line,
    column: input.column,
    endLine: input.endLine,
    endColumn: input.endColumn,
    file: input.file,
    address: input.address ?? `google_${parent}_iam_${variant}.test`,
  });
}

/** A custom role definition holding `permissions`. */
export function gcpCustomRole(
  input: Position & { role: string; permissions: string[]; scopeKind?: 'project' | 'organization'; stage?: string },
): Grant {
  const scopeKind = input.scopeKind ?? 'project';
  const type = `google_${scopeKind}_iam_custom_role`;
  const address = input.address ?? `${type}.test`;
  return testGrant({
    cloud: 'gcp',
    kind: 'role-definition',
    principal: { type: 'role', name: input.role, address },
    role: input.role,
    actions: input.permissions,
    scope: input.role.split('/roles/')[0],
    details: { scopeKind, resourceType: type, stage: input.stage ?? 'GA' },
    line: input.line,
    column: input.column,
    endLine: input.endLine,
    endColumn: input.endColumn,
    file: input.file,
    address,
  });
}

/** A key of the service account `email`. */
export function gcpServiceAccountKey(input: Position & { email: string; keyOrigin?: 'google-generated' | 'uploaded' }): Grant {
  return testGrant({
    cloud: 'gcp',
    kind: 'credential',
    principal: { type: 'service-account', name: `serviceAccount:${input.email}` },
    details: { credentialType: 'service-account-key', resourceType: 'google_service_account_key', keyOrigin: input.keyOrigin ?? 'google-generated' },
    line: input.line,
    column: input.column,
    endLine: input.endLine,
    endColumn: input.endColumn,
    file: input.file,
    address: input.address ?? 'google_service_account_key.test',
  });
}
