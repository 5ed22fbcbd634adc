import { exposures, permissionsManagementActions, reportExposures } from '../../src/analyze/aws/exposure.js';
import { defineRule } from '../../src/model/rule.js';
import { listForMessage } from '../_shared/text.js';

export default defineRule({
  meta: {
    id: 'aws-iam-resource-exposure',
    title: 'Permissions management on every resource',
    category: 'permissions-management',
    severity: 'high',
    description: 'Disallow AWS permissions-management actions (resource policies, ACLs, IAM policies) on every resource without a condition',
    docs: 'rules/aws-iam-resource-exposure/README.md',
    compliance: [
      { framework: 'nist-800-53', control: 'AC-6' },
      { framework: 'soc2', control: 'CC6.3' },
    ],
    packs: ['strict'],
    messages: {
      resourceExposure:
        '`{{principal}}` can change who may access any resource through {{count}} permissions-management action(s): {{actions}}, granted by {{sources}}. Limit them to named resources, or add a condition such as `aws:ResourceTag`.',
    },
  },
  check(context) {
    reportExposures(context, 'resourceExposure', exposures(context.grants, permissionsManagementActions), listForMessage);
  },
});
