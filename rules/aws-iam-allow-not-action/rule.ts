import { defineRule } from '../../src/model/rule.js';
import { isAwsAllow, isAwsManagedPolicyGrant, literalElements } from '../_shared/aws.js';
import { listForMessage } from '../_shared/text.js';

export default defineRule({
  meta: {
    id: 'aws-iam-allow-not-action',
    title: 'Allow with NotAction',
    category: 'wildcard',
    severity: 'high',
    description: 'Disallow AWS Allow statements written with NotAction',
    docs: 'rules/aws-iam-allow-not-action/README.md',
    compliance: [
      { framework: 'pci-dss-4', control: '7.2.1' },
      { framework: 'pci-dss-4', control: '7.3.3' },
      { framework: 'soc2', control: 'CC6.3' },
      { framework: 'nist-800-53', control: 'AC-6' },
    ],
    packs: ['recommended'],
    messages: {
      allowNotAction:
        'Allow with NotAction {{excluded}} grants every other action, including ones AWS adds later (`iam:PassRole`, `iam:Put*` stay allowed unless excluded). List the allowed actions under Action, or use a Deny statement for the exceptions.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isAwsAllow(grant, ['identity-policy', 'resource-policy', 'trust-policy'])) continue;
      // A NotAction built only from unevaluated expressions (a dynamic block passing `null` through) is not judged.
      if (literalElements(grant.notActions).length === 0 || isAwsManagedPolicyGrant(grant)) continue;
      context.report({ grant, messageId: 'allowNotAction', data: { excluded: listForMessage(grant.notActions) } });
    }
  },
});
