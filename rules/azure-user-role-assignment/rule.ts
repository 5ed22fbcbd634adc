import { isRbacAssignment, isDirectoryRoleAssignment, scopeLabel } from '../../src/analyze/azure/grants.js';
import { defineRule } from '../../src/model/rule.js';

export default defineRule({
  meta: {
    id: 'azure-user-role-assignment',
    title: 'Azure role assigned to an individual user',
    category: 'direct-user-grant',
    severity: 'medium',
    description: 'Require Azure role assignments and Entra directory roles to go to groups, not to individual users',
    docs: 'rules/azure-user-role-assignment/README.md',
    compliance: [
      { framework: 'nist-800-53', control: 'AC-2' },
      { framework: 'soc2', control: 'CC6.2' },
    ],
    packs: ['strict'],
    messages: {
      userAssignment: '`{{role}}` assigned directly to user {{user}} on {{scope}}. Assign it to a group the user is a member of, so access follows membership.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!(isRbacAssignment(grant) || isDirectoryRoleAssignment(grant)) || grant.principal.type !== 'user') continue;
      context.report({ grant, messageId: 'userAssignment', data: { role: grant.role ?? '(role)', user: grant.principal.name, scope: scopeLabel(grant) } });
    }
  },
});
