import { isRbacAssignment, principalLabel, scopeKindOf, scopeLabel, severityByScope } from '../../src/analyze/azure/grants.js';
import { defineRule } from '../../src/model/rule.js';
import type { Severity } from '../../src/model/severity.js';

/** Microsoft's privileged administrator roles (facts §5.2) by GUID, with what each hands over. */
const PRIVILEGED_ROLES: Record<string, { name: string; reach: string }> = {
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635': { name: 'Owner', reach: 'full control, including granting any role to anyone' },
  '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9': { name: 'User Access Administrator', reach: 'granting any role to anyone, itself Owner included' },
  'f58310d9-a9f6-439a-9e8d-f62e7b41a168': { name: 'Role Based Access Control Administrator', reach: 'creating and deleting role assignments' },
  'b24988ac-6180-42a0-ab88-20f7382dd24c': { name: 'Contributor', reach: 'full control of every resource except access management' },
};

const LOWER: Record<Severity, Severity> = { critical: 'high', high: 'medium', medium: 'low', low: 'low', info: 'info' };

export default defineRule({
  meta: {
    id: 'azure-privileged-role-assignment',
    title: 'Privileged Azure role assigned',
    category: 'privileged-role',
    severity: 'critical',
    description: 'Disallow Owner, User Access Administrator, Role Based Access Control Administrator and Contributor assignments, by scope',
    docs: 'rules/azure-privileged-role-assignment/README.md',
    compliance: [
      { framework: 'cis-azure', control: '5.3.3' },
      { framework: 'pci-dss-4', control: '7.2.2' },
      { framework: 'soc2', control: 'CC6.3' },
      { framework: 'nist-800-53', control: 'AC-6' },
    ],
    packs: ['recommended'],
    messages: {
      privilegedRole: '`{{role}}` assigned to {{principal}} on {{scope}} allows {{reach}} there and below. Assign a role limited to the actions needed, on the narrowest scope.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isRbacAssignment(grant)) continue;
      const role = PRIVILEGED_ROLES[String(grant.details?.roleDefinitionId ?? '')];
      if (!role) continue;
      const byScope = severityByScope(scopeKindOf(grant));
      // An ABAC condition can restrict which roles an RBAC administrator may assign.
      const constrained = grant.details?.condition !== undefined && role.name === 'Role Based Access Control Administrator';
      context.report({
        grant,
        messageId: 'privilegedRole',
        data: { role: role.name, principal: principalLabel(grant), scope: scopeLabel(grant), reach: role.reach },
        severity: constrained ? LOWER[byScope] : byScope,
      });
    }
  },
});
