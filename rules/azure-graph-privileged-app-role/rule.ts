import { isAppRoleAssignment, principalLabel } from '../../src/analyze/azure/grants.js';
import { defineRule } from '../../src/model/rule.js';

export default defineRule({
  meta: {
    id: 'azure-graph-privileged-app-role',
    title: 'Privileged Microsoft Graph application permission granted',
    category: 'privileged-role',
    severity: 'critical',
    description: 'Disallow app role assignments of Microsoft Graph permissions that can take over the directory (RoleManagement.ReadWrite.Directory, AppRoleAssignment.ReadWrite.All...)',
    docs: 'rules/azure-graph-privileged-app-role/README.md',
    compliance: [
      { framework: 'nist-800-53', control: 'AC-6' },
      { framework: 'soc2', control: 'CC6.3' },
    ],
    packs: ['recommended'],
    messages: {
      privilegedGraphPermission:
        'Microsoft Graph application permission `{{permission}}` granted to {{principal}} lets it {{reach}}, without a signed-in user. Grant a narrower permission or a delegated one.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isAppRoleAssignment(grant) || typeof grant.details?.graphPermission !== 'string') continue;
      context.report({
        grant,
        messageId: 'privilegedGraphPermission',
        data: { permission: grant.details.graphPermission, principal: principalLabel(grant), reach: String(grant.details.reach) },
      });
    }
  },
});
