import { isFullAdmin, serviceWildcards } from '../../src/analyze/aws/policy-semantics.js';
import { isKnownService, knownServices, serviceActionCount } from '../../src/analyze/aws/iam-data.js';
import { defineRule } from '../../src/model/rule.js';
import { isAwsAllow, isAwsManagedPolicyGrant } from '../_shared/aws.js';

export default defineRule({
  meta: {
    id: 'aws-iam-wildcard-action',
    title: 'Service-wide wildcard action',
    category: 'wildcard',
    severity: 'high',
    description: 'Disallow AWS Allow statements whose Action is `*` or a whole service (`s3:*`)',
    docs: 'rules/aws-iam-wildcard-action/README.md',
    compliance: [
      { framework: 'pci-dss-4', control: '7.2.1' },
      { framework: 'pci-dss-4', control: '7.2.5' },
      { framework: 'soc2', control: 'CC6.3' },
      { framework: 'nist-800-53', control: 'AC-6' },
    ],
    packs: ['recommended'],
    messages: {
      allActions:
        'Action `*` allows every action of all {{services}} AWS services, including IAM and data deletion, on {{resources}}. List the actions the principal needs.',
      serviceWide:
        'Action `{{pattern}}` allows all {{count}} `{{service}}` actions, including ones nobody meant to grant (deletes, policy changes). List the `{{service}}` actions the principal needs.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isAwsAllow(grant, ['identity-policy', 'resource-policy'])) continue;
      // `*` on `*` is aws-iam-full-admin's finding; AWS-managed policy content is not the user's to edit.
      if (isAwsManagedPolicyGrant(grant) || isFullAdmin(grant)) continue;
      for (const pattern of serviceWildcards(grant)) {
        if (pattern === '*') {
          const resources = grant.resources.length > 0 ? grant.resources.map((r) => `\`${r}\``).join(', ') : 'its resources';
          // Counting the actions behind `*` would read the whole catalogue; the number of services says enough.
          context.report({ grant, messageId: 'allActions', data: { services: knownServices().length, resources }, key: pattern });
          continue;
        }
        const service = pattern.slice(0, pattern.indexOf(':')).toLowerCase();
        // An unknown service is aws-iam-unknown-action's finding.
        if (!isKnownService(service)) continue;
        context.report({
          grant,
          messageId: 'serviceWide',
          data: { pattern, service, count: serviceActionCount(service) },
          key: pattern,
        });
      }
    }
  },
});
