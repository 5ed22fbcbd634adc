import { awsManagedPolicyFacts, grantCoversAction, isFullAdmin, isWildcardResource } from '../../src/analyze/aws/policy-semantics.js';
import { defineRule } from '../../src/model/rule.js';
import { allLiteral, isAdminEquivalentManagedPolicy, isAwsAllow, isAwsManagedPolicyGrant } from '../_shared/aws.js';
import { listForMessage } from '../_shared/text.js';

/** IAM actions that let a principal give itself any other permission; a NotAction that leaves one is admin. */
const SELF_ESCALATION_ACTIONS = [
  'iam:AttachRolePolicy',
  'iam:AttachUserPolicy',
  'iam:PutRolePolicy',
  'iam:PutUserPolicy',
  'iam:CreatePolicyVersion',
  'iam:CreateAccessKey',
  'iam:PassRole',
];

export default defineRule({
  meta: {
    id: 'aws-iam-full-admin',
    title: 'Full administrator access',
    category: 'admin',
    severity: 'critical',
    description: 'Disallow AWS grants of every action on every resource, and attachments of administrator-level managed policies',
    docs: 'rules/aws-iam-full-admin/README.md',
    compliance: [
      { framework: 'cis-aws', control: '1.16' },
      { framework: 'pci-dss-4', control: '7.2.1' },
      { framework: 'pci-dss-4', control: '7.2.2' },
      { framework: 'soc2', control: 'CC6.3' },
      { framework: 'nist-800-53', control: 'AC-6' },
      { framework: 'nist-800-53', control: 'AC-6(2)' },
      { framework: 'hipaa', control: '164.308(a)(4)(i)' },
    ],
    packs: ['recommended'],
    messages: {
      fullAdmin:
        'Statement allows every action (`*`) on every resource (`*`): the principal is a full administrator and can switch off any control. Allow only the actions and resources it needs.',
      notActionAdmin:
        'Statement allows every action except {{excluded}} on every resource; that still includes IAM actions such as `{{example}}` through which the principal can grant itself anything. List the allowed actions instead of excluding some.',
      managedAdmin:
        'Attaching the AWS-managed policy `{{policy}}` gives administrator-level access: it {{reason}}. Attach a policy limited to the actions and resources the principal needs.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isAwsAllow(grant, ['identity-policy'])) continue;
      if (isAwsManagedPolicyGrant(grant)) {
        const facts = awsManagedPolicyFacts(grant.role!);
        if (facts && isAdminEquivalentManagedPolicy(facts)) {
          context.report({ grant, messageId: 'managedAdmin', data: { policy: facts.name, reason: facts.reason } });
        }
        continue;
      }
      if (isFullAdmin(grant)) {
        context.report({ grant, messageId: 'fullAdmin' });
        continue;
      }
      const notActionOnEverything = grant.notActions.length > 0 && grant.notResources.length === 0 && isWildcardResource(grant.resources);
      // An unevaluated exclusion may exclude IAM: only fully known NotAction lists are judged.
      if (notActionOnEverything && allLiteral(grant.notActions)) {
        const leftOpen = SELF_ESCALATION_ACTIONS.find((action) => grantCoversAction(grant, action));
        if (leftOpen) {
          context.report({
            grant,
            messageId: 'notActionAdmin',
            data: { excluded: listForMessage(grant.notActions), example: leftOpen },
          });
        }
      }
    }
  },
});
