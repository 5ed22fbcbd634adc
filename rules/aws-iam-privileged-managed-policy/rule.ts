import { awsManagedPolicyFacts } from '../../src/analyze/aws/policy-semantics.js';
import { defineRule } from '../../src/model/rule.js';
import { isAdminEquivalentManagedPolicy, isAwsAllow } from '../_shared/aws.js';

export default defineRule({
  meta: {
    id: 'aws-iam-privileged-managed-policy',
    title: 'Privileged AWS-managed policy attached',
    category: 'privileged-role',
    severity: 'medium',
    description: 'Disallow attaching broad privileged AWS-managed policies such as AWSOrganizationsFullAccess and AWSCloudShellFullAccess',
    docs: 'rules/aws-iam-privileged-managed-policy/README.md',
    compliance: [
      { framework: 'cis-aws', control: '1.22' },
      { framework: 'pci-dss-4', control: '7.2.2' },
      { framework: 'soc2', control: 'CC6.3' },
      { framework: 'nist-800-53', control: 'AC-6(5)' },
    ],
    packs: ['strict'],
    messages: {
      privilegedPolicy:
        'The AWS-managed policy `{{policy}}` is attached to `{{principal}}`: it {{reason}}, far more than one job usually needs. Attach a customer-managed policy with the actions the principal uses.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isAwsAllow(grant, ['identity-policy']) || grant.role === undefined) continue;
      const facts = awsManagedPolicyFacts(grant.role);
      // Admin-level policies are aws-iam-full-admin's; read-all policies are not write-privileged.
      if (!facts || facts.level !== 'privileged' || isAdminEquivalentManagedPolicy(facts)) continue;
      context.report({ grant, messageId: 'privilegedPolicy', data: { policy: facts.name, principal: grant.principal.name, reason: facts.reason } });
    }
  },
});
