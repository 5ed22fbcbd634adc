import { escalationMethods, otherSetIamPolicyPermissions } from '../../src/analyze/gcp/roles.js';
import { defineRule } from '../../src/model/rule.js';

export default defineRule({
  meta: {
    id: 'gcp-custom-role-escalation',
    title: 'Custom role with privilege-escalation permissions',
    category: 'privilege-escalation',
    severity: 'high',
    description: 'Disallow GCP custom roles holding permissions, or permission sets, that let a holder gain more access',
    docs: 'rules/gcp-custom-role-escalation/README.md',
    compliance: [
      { framework: 'pci-dss-4', control: '7.2.2' },
      { framework: 'soc2', control: 'CC6.3' },
      { framework: 'nist-800-53', control: 'AC-6' },
    ],
    packs: ['recommended'],
    messages: {
      escalation:
        'Custom role `{{role}}` holds {{permissions}}: its holders can {{effect}} ({{method}}). Remove the permission or split the role so no holder gets the whole set.',
      setIamPolicy:
        'Custom role `{{role}}` holds {{permissions}}: its holders can change who may use those resources, themselves included. Keep IAM changes in a separate administrators\' role.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (grant.cloud !== 'gcp' || grant.kind !== 'role-definition') continue;
      // A DISABLED role's bindings are inactive until someone moves it to another stage.
      if (grant.details?.stage === 'DISABLED') continue;
      const role = grant.role ?? grant.principal.name;
      for (const method of escalationMethods(grant.actions)) {
        context.report({
          grant,
          messageId: 'escalation',
          data: { role, permissions: method.permissions.map((p) => `\`${p}\``).join(', '), effect: method.effect, method: method.key },
          key: method.key,
        });
      }
      const setIamPolicy = otherSetIamPolicyPermissions(grant.actions);
      if (setIamPolicy.length > 0) {
        context.report({
          grant,
          messageId: 'setIamPolicy',
          data: { role, permissions: setIamPolicy.map((p) => `\`${p}\``).join(', ') },
          key: 'setIamPolicy',
          severity: 'medium',
        });
      }
    }
  },
});
