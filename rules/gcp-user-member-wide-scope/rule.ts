import { isDeletedMember, isGcpMemberGrant, isHierarchyScope, scopeLabel } from '../../src/analyze/gcp/grants.js';
import { defineRule } from '../../src/model/rule.js';

export default defineRule({
  meta: {
    id: 'gcp-user-member-wide-scope',
    title: 'Role granted to an individual user on organization, folder or project',
    category: 'direct-user-grant',
    severity: 'low',
    description: 'Disallow `user:` members in organization, folder and project IAM; grant roles to groups',
    docs: 'rules/gcp-user-member-wide-scope/README.md',
    compliance: [
      { framework: 'pci-dss-4', control: '7.2.4' },
      { framework: 'soc2', control: 'CC6.2' },
      { framework: 'nist-800-53', control: 'AC-2' },
    ],
    packs: ['strict'],
    messages: {
      userMember:
        '`{{role}}` granted directly to `{{member}}` on {{scope}}. Grant it to a group the user belongs to, so access is reviewed and removed in one place.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isGcpMemberGrant(grant) || !isHierarchyScope(grant) || isDeletedMember(grant)) continue;
      if (grant.principal.type !== 'user') continue;
      context.report({
        grant,
        messageId: 'userMember',
        data: { role: grant.role ?? '(unknown role)', member: grant.principal.name, scope: scopeLabel(grant) },
      });
    }
  },
});
