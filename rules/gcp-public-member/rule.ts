import { isDeletedMember, isGcpMemberGrant, scopeLabel } from '../../src/analyze/gcp/grants.js';
import { defineRule } from '../../src/model/rule.js';

export default defineRule({
  meta: {
    id: 'gcp-public-member',
    title: 'Public IAM member',
    category: 'public-access',
    severity: 'high',
    description: 'Disallow allUsers and allAuthenticatedUsers in GCP IAM bindings',
    docs: 'rules/gcp-public-member/README.md',
    compliance: [
      { framework: 'cis-gcp', control: '1.9' },
      { framework: 'cis-gcp', control: '5.1' },
      { framework: 'cis-gcp', control: '7.1' },
      { framework: 'pci-dss-4', control: '7.2.1' },
      { framework: 'soc2', control: 'CC6.1' },
      { framework: 'nist-800-53', control: 'AC-3' },
    ],
    packs: ['recommended'],
    messages: {
      allUsers:
        '`{{role}}` granted to `allUsers` on {{scope}}: anyone on the internet, without signing in, gets it. Grant the role to the groups or service accounts that need it.',
      allAuthenticatedUsers:
        '`{{role}}` granted to `allAuthenticatedUsers` on {{scope}}: any of the billions of Google accounts gets it, not just your organization. Grant the role to the groups or service accounts that need it.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isGcpMemberGrant(grant) || grant.principal.type !== 'public' || isDeletedMember(grant)) continue;
      context.report({
        grant,
        messageId: grant.principal.name === 'allUsers' ? 'allUsers' : 'allAuthenticatedUsers',
        data: { role: grant.role ?? '(unknown role)', scope: scopeLabel(grant) },
      });
    }
  },
});
