import { isGcpMemberGrant, isDeletedMember, isHierarchyScope, scopeLabel } from '../../src/analyze/gcp/grants.js';
import { defineRule } from '../../src/model/rule.js';

/** What each flagged basic role hands over, for the message. */
const BASIC_ROLE_REACH: Record<string, { reach: string; severity: 'high' | 'medium' }> = {
  'roles/owner': { reach: 'full control of every resource below it, including its IAM policy', severity: 'high' },
  'roles/editor': {
    reach: 'write access to nearly every service below it, including acting as its service accounts',
    severity: 'medium',
  },
};

export default defineRule({
  meta: {
    id: 'gcp-basic-role',
    title: 'Basic role on organization, folder or project',
    category: 'admin',
    severity: 'high',
    description: 'Disallow roles/owner and roles/editor bindings at organization, folder or project level',
    docs: 'rules/gcp-basic-role/README.md',
    compliance: [
      { framework: 'cis-gcp', control: '1.5' },
      { framework: 'pci-dss-4', control: '7.2.2' },
      { framework: 'soc2', control: 'CC6.3' },
      { framework: 'nist-800-53', control: 'AC-6' },
    ],
    packs: ['recommended'],
    messages: {
      basicRole:
        '`{{role}}` granted to `{{member}}` on {{scope}} gives {{reach}}. Grant predefined or custom roles limited to what the member needs.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isGcpMemberGrant(grant) || !isHierarchyScope(grant) || isDeletedMember(grant)) continue;
      const basic = grant.role === undefined ? undefined : BASIC_ROLE_REACH[grant.role];
      if (!basic) continue;
      context.report({
        grant,
        messageId: 'basicRole',
        data: { role: grant.role!, member: grant.principal.name, scope: scopeLabel(grant), reach: basic.reach },
        severity: basic.severity,
      });
    }
  },
});
