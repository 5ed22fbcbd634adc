/**
 * GCP IAM member strings (`user:a@b.c`, `allUsers`, `principalSet://...`) → grant principals.
 * Formats: https://cloud.google.com/iam/docs/principal-identifiers (facts §6.1).
 */
import type { PrincipalType } from '../../model/grant.js';

export interface ParsedMember {
  type: PrincipalType;
  /** The member as written (including any `deleted:` prefix). */
  name: string;
  /** The member's prefix without the colon (`user`, `serviceAccount`, `principalSet`...), or the special name itself. */
  memberKind: string;
  /** Email address or domain the member names, lower-cased, when it has one (`user:`, `group:`, `serviceAccount:`, `domain:`). */
  email?: string;
  /** Domain of the email, or the `domain:` value. */
  domain?: string;
  /** The principal was deleted (`deleted:user:a@b.c?uid=123`): the binding no longer grants anything until cleaned up. */
  deleted: boolean;
  /** The member text follows none of the documented formats. */
  unrecognized: boolean;
}

const PREFIX_TYPES: Record<string, PrincipalType> = {
  user: 'user',
  group: 'group',
  serviceAccount: 'service-account',
  // Every account of a Google Workspace / Cloud Identity domain: a set of users, like a group.
  domain: 'group',
  // Cloud Storage / BigQuery convenience members: whoever holds a basic role on the project.
  projectOwner: 'group',
  projectEditor: 'group',
  projectViewer: 'group',
};

/** `principal://` and `principalSet://` identifiers: the kind of identity they stand for. */
function principalIdentifierType(text: string): PrincipalType {
  if (/\/(workloadIdentityPools|workforcePools)\//.test(text)) return 'federated';
  if (text.startsWith('principalSet://cloudresourcemanager.googleapis.com/') && text.endsWith('/type/ServiceAccount')) {
    return 'service-account';
  }
  if (text.startsWith('principal://iam.googleapis.com/') && text.includes('/serviceAccounts/')) return 'service-account';
  if (text.startsWith('principal://goog/subject/')) return 'user';
  if (text.startsWith('principalSet://goog/group/') || text.startsWith('principalSet://goog/cloudIdentityCustomerId/')) {
    return 'group';
  }
  return 'unknown';
}

export function parseMember(written: string): ParsedMember {
  let rest = written.trim();
  let deleted = false;
  if (rest.startsWith('deleted:')) {
    deleted = true;
    rest = rest.slice('deleted:'.length);
  }
  const base = { name: written, deleted, unrecognized: false };
  if (rest === 'allUsers' || rest === 'allAuthenticatedUsers') {
    return { ...base, type: 'public', memberKind: rest };
  }
  if (rest.startsWith('principal://') || rest.startsWith('principalSet://')) {
    const memberKind = rest.startsWith('principal://') ? 'principal' : 'principalSet';
    return { ...base, type: principalIdentifierType(rest), memberKind };
  }
  const colon = rest.indexOf(':');
  const prefix = colon > 0 ? rest.slice(0, colon) : '';
  const type = PREFIX_TYPES[prefix];
  if (!type) return { ...base, type: 'unknown', memberKind: prefix || 'unknown', unrecognized: !rest.startsWith('${') };
  // `deleted:` members carry `?uid=...` after the email.
  const value = rest.slice(colon + 1).replace(/\?uid=.*$/, '');
  const parsed: ParsedMember = { ...base, type, memberKind: prefix };
  if (prefix === 'domain') {
    parsed.domain = value.toLowerCase();
  } else if (prefix === 'user' || prefix === 'group' || prefix === 'serviceAccount') {
    parsed.email = value.toLowerCase();
    const at = value.lastIndexOf('@');
    if (at >= 0) parsed.domain = value.slice(at + 1).toLowerCase();
  }
  return parsed;
}
