import { isDirectoryRoleAssignment, principalLabel } from '../../src/analyze/azure/grants.js';
import { defineRule } from '../../src/model/rule.js';

/** Roles that control the whole tenant directly: critical; the other privileged ones are high. */
const TENANT_TAKEOVER = new Set(['Global Administrator', 'Privileged Role Administrator', 'Privileged Authentication Administrator']);

export default defineRule({
  meta: {
    id: 'azure-entra-privileged-role',
    title: 'Privileged Entra ID directory role assigned',
    category: 'privileged-role',
    severity: 'high',
    description: 'Disallow assignments of Entra ID directory roles Microsoft labels privileged (Global Administrator, Privileged Role Administrator...)',
    docs: 'rules/azure-entra-privileged-role/README.md',
    compliance: [
      { framework: 'cis-azure', control: '5.3.4' },
      { framework: 'nist-800-53', control: 'AC-6' },
      { framework: 'soc2', control: 'CC6.3' },
    ],
    packs: ['recommended'],
    messages: {
      privilegedDirectoryRole:
        'Entra ID role `{{role}}` assigned to {{principal}}: Microsoft labels it privileged. Make the assignment eligible through Privileged Identity Management, or use a role with fewer permissions.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isDirectoryRoleAssignment(grant) || grant.details?.privilegedRole !== true) continue;
      const role = String(grant.details.roleName ?? grant.role);
      context.report({
        grant,
        messageId: 'privilegedDirectoryRole',
        data: { role, principal: principalLabel(grant) },
        severity: TENANT_TAKEOVER.has(role) ? 'critical' : 'high',
      });
    }
  },
});
