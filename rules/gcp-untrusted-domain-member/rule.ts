import { isDeletedMember, isGcpMemberGrant, scopeLabel } from '../../src/analyze/gcp/grants.js';
import { parseMember } from '../../src/extract/gcp/members.js';
import { defineRule } from '../../src/model/rule.js';

/** Consumer Google accounts: never an organization's managed identities (CIS GCP 1.1). */
const PERSONAL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/** Member kinds whose domain says which organization manages the identity. */
const DOMAIN_MEMBER_KINDS = new Set(['user', 'group', 'domain']);

/** `options.trustedDomains`: a list of domains (or one comma-separated string); `*.example.com` is read as example.com. */
function trustedDomains(options: Record<string, unknown>): string[] {
  const raw = options.trustedDomains;
  if (raw === undefined) return [];
  const list = typeof raw === 'string' ? raw.split(',') : raw;
  if (!Array.isArray(list) || !list.every((d) => typeof d === 'string')) {
    throw new Error('option trustedDomains: expected a list of domain names such as ["example.com"]');
  }
  return list.map((d) => d.trim().toLowerCase().replace(/^\*\./, '')).filter((d) => d !== '');
}

function isTrusted(domain: string, trusted: readonly string[]): boolean {
  return trusted.some((t) => domain === t || domain.endsWith(`.${t}`));
}

export default defineRule({
  meta: {
    id: 'gcp-untrusted-domain-member',
    title: 'IAM member outside the trusted domains',
    category: 'cross-account',
    severity: 'medium',
    description: 'Disallow user, group and domain members whose domain is not one of the organization\'s trusted domains',
    docs: 'rules/gcp-untrusted-domain-member/README.md',
    compliance: [
      { framework: 'cis-gcp', control: '1.1' },
      { framework: 'soc2', control: 'CC6.2' },
      { framework: 'nist-800-53', control: 'AC-2' },
    ],
    packs: ['recommended'],
    messages: {
      untrustedDomain:
        '`{{role}}` granted to `{{member}}` on {{scope}}: `{{domain}}` is not one of the trusted domains ({{trusted}}). Grant roles to identities your organization manages, or add the domain to trustedDomains if it is a partner you vouch for.',
      personalAccount:
        '`{{role}}` granted to the personal Google account `{{member}}` on {{scope}}: consumer accounts are outside your organization\'s control (no enforced MFA, no offboarding). Grant the role to a managed identity.',
    },
  },
  check(context) {
    const trusted = trustedDomains(context.options);
    // Without configured domains there is nothing to compare against: the rule stays silent.
    if (trusted.length === 0) return;
    for (const grant of context.grants) {
      if (!isGcpMemberGrant(grant) || isDeletedMember(grant)) continue;
      const member = parseMember(grant.principal.name);
      const domain = member.domain;
      if (!DOMAIN_MEMBER_KINDS.has(member.memberKind) || !domain || domain.includes('${') || isTrusted(domain, trusted)) continue;
      const data = { role: grant.role ?? '(unknown role)', member: grant.principal.name, scope: scopeLabel(grant), domain };
      if (PERSONAL_DOMAINS.has(domain)) context.report({ grant, messageId: 'personalAccount', data });
      else context.report({ grant, messageId: 'untrustedDomain', data: { ...data, trusted: trusted.map((t) => `\`${t}\``).join(', ') } });
    }
  },
});
