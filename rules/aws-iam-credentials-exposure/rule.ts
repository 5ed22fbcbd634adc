import { CREDENTIALS_EXPOSURE_ACTIONS, exposures, listedActions, reportExposures } from '../../src/analyze/aws/exposure.js';
import { defineRule } from '../../src/model/rule.js';
import { listForMessage } from '../_shared/text.js';

export default defineRule({
  meta: {
    id: 'aws-iam-credentials-exposure',
    title: 'Credentials obtainable for every resource',
    category: 'credentials-exposure',
    severity: 'high',
    description: 'Disallow AWS actions that return credentials (access keys, tokens, passwords) on every resource without a condition',
    docs: 'rules/aws-iam-credentials-exposure/README.md',
    compliance: [
      { framework: 'nist-800-53', control: 'AC-6' },
      { framework: 'soc2', control: 'CC6.3' },
    ],
    packs: ['strict'],
    messages: {
      credentialsExposure:
        '`{{principal}}` can obtain credentials on every resource through {{count}} action(s): {{actions}}, granted by {{sources}}. Name the roles, users, clusters or repositories it needs, or add a condition.',
    },
  },
  check(context) {
    reportExposures(context, 'credentialsExposure', exposures(context.grants, listedActions(CREDENTIALS_EXPOSURE_ACTIONS)), listForMessage);
  },
});
