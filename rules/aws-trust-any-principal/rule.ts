import { defineRule } from '../../src/model/rule.js';
import { attachedName, isAnyPrincipal, isAwsAllow, PRINCIPAL_NARROWING_KEYS, restrictingKeysPresent } from '../_shared/aws.js';

export default defineRule({
  meta: {
    id: 'aws-trust-any-principal',
    title: 'Role assumable by anyone',
    category: 'public-access',
    severity: 'critical',
    description: 'Disallow role trust policies that let any AWS principal assume the role without an organization or account condition',
    docs: 'rules/aws-trust-any-principal/README.md',
    compliance: [
      { framework: 'soc2', control: 'CC6.1' },
      { framework: 'pci-dss-4', control: '7.3.1' },
      { framework: 'nist-800-53', control: 'AC-3' },
      { framework: 'nist-800-53', control: 'AC-6' },
    ],
    packs: ['recommended'],
    messages: {
      anyPrincipal:
        'Role `{{role}}` trusts principal `{{principal}}`: any AWS account in the world can assume it, with all its permissions. Name the trusted accounts or roles, or add an `aws:PrincipalOrgID` or `aws:PrincipalAccount` condition.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isAwsAllow(grant, ['trust-policy']) || !isAnyPrincipal(grant.principal)) continue;
      if (restrictingKeysPresent(grant, PRINCIPAL_NARROWING_KEYS).length > 0) continue;
      context.report({ grant, messageId: 'anyPrincipal', data: { role: attachedName(grant), principal: grant.principal.name } });
    }
  },
});
