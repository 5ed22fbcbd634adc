/** Grant predicates and wording shared by the GCP rules. */
import type { Grant } from '../../model/grant.js';

/** Resource-hierarchy levels: a role granted here applies to everything below. */
export const HIERARCHY_SCOPE_KINDS = ['organization', 'folder', 'project'] as const;

/** An allow binding of a role to a member (`google_*_iam_member|binding|policy`). */
export function isGcpMemberGrant(grant: Grant): boolean {
  return grant.cloud === 'gcp' && grant.kind === 'iam-member' && grant.effect === 'allow';
}

/** The binding is made on an organization, folder or project (not on one resource inside them). */
export function isHierarchyScope(grant: Grant): boolean {
  return (HIERARCHY_SCOPE_KINDS as readonly string[]).includes(String(grant.details?.scopeKind ?? ''));
}

/** `organization organizations/123`, `project projects/p`, `storage_bucket:assets`: where a binding applies, for messages. */
export function scopeLabel(grant: Grant): string {
  const kind = String(grant.details?.scopeKind ?? 'resource');
  const scope = grant.scope ?? `(unknown ${kind})`;
  return kind === 'resource' ? scope : `${kind} ${scope}`;
}

/** The grant comes from an authoritative resource (`_iam_policy`, `_iam_binding`). */
export function isAuthoritative(grant: Grant): boolean {
  return grant.details?.authoritative === true;
}

/** The member is a deleted principal: the binding grants nothing until it is cleaned up. */
export function isDeletedMember(grant: Grant): boolean {
  return grant.details?.deletedMember === true;
}
