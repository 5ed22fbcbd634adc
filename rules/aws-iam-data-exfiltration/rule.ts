import { DATA_EXFILTRATION_ACTIONS, exposures, listedActions, reportExposures } from '../../src/analyze/aws/exposure.js';
import { defineRule } from '../../src/model/rule.js';
import { listForMessage } from '../_shared/text.js';

export default defineRule({
  meta: {
    id: 'aws-iam-data-exfiltration',
    title: 'Data readable from every resource',
    category: 'data-exfiltration',
    severity: 'medium',
    description: 'Disallow AWS actions that read stored data (objects, parameters, secrets, snapshots) on every resource without a condition',
    docs: 'rules/aws-iam-data-exfiltration/README.md',
    compliance: [
      { framework: 'nist-800-53', control: 'AC-6' },
      { framework: 'soc2', control: 'CC6.3' },
    ],
    packs: ['strict'],
    messages: {
      dataExfiltration:
        '`{{principal}}` can read data from every resource through {{count}} action(s): {{actions}}, granted by {{sources}}. Limit them to the buckets, parameters and secrets it needs, or add a condition such as `aws:ResourceTag`.',
    },
  },
  check(context) {
    reportExposures(context, 'dataExfiltration', exposures(context.grants, listedActions(DATA_EXFILTRATION_ACTIONS)), listForMessage);
  },
});
