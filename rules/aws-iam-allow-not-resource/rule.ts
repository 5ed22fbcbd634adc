import { defineRule } from '../../src/model/rule.js';
import { isAwsAllow, isAwsManagedPolicyGrant, literalElements } from '../_shared/aws.js';
import { listForMessage } from '../_shared/text.js';

export default defineRule({
  meta: {
    id: 'aws-iam-allow-not-resource',
    title: 'Allow with NotResource',
    category: 'wildcard',
    severity: 'high',
    description: 'Disallow AWS Allow statements written with NotResource',
    docs: 'rules/aws-iam-allow-not-resource/README.md',
    compliance: [
      { framework: 'pci-dss-4', control: '7.2.1' },
      { framework: 'pci-dss-4', control: '7.3.3' },
      { framework: 'soc2', control: 'CC6.3' },
      { framework: 'nist-800-53', control: 'AC-6' },
    ],
    packs: ['recommended'],
    messages: {
      allowNotResource:
        'Allow with NotResource {{excluded}} applies the actions to every other resource in every account, including ones created later. Name the resources under Resource, or use a Deny statement for the exceptions.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isAwsAllow(grant, ['identity-policy', 'resource-policy'])) continue;
      // A NotResource built only from unevaluated expressions is not judged.
      if (literalElements(grant.notResources).length === 0 || isAwsManagedPolicyGrant(grant)) continue;
      context.report({ grant, messageId: 'allowNotResource', data: { excluded: listForMessage(grant.notResources) } });
    }
  },
});
