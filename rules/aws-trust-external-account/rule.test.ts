import { RuleTester } from '../../src/testing/rule-tester.js';
import { account, anyone, federated, role, service, testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'accounts in trustedAccounts',
      grants: [
        testGrant({ kind: 'trust-policy', principal: account('arn:aws:iam::111111111111:root'), actions: ['sts:AssumeRole'], line: 4, column: 5 }),
        testGrant({ kind: 'trust-policy', principal: role('arn:aws:iam::222222222222:role/deployer'), actions: ['sts:AssumeRole'], line: 9, column: 5 }),
      ],
      options: { trustedAccounts: ['111111111111', '222222222222'] },
    },
    {
      name: 'no trustedAccounts option: the rule is inactive',
      grants: [testGrant({ kind: 'trust-policy', principal: account('arn:aws:iam::111122223333:root'), actions: ['sts:AssumeRole'], details: { attachedTo: 'vendor' }, line: 4, column: 5 })],
    },
    {
      name: 'the role account written as an expression',
      grants: [
        testGrant({ kind: 'trust-policy', principal: account('arn:aws:iam::${data.aws_caller_identity.current.account_id}:root'), actions: ['sts:AssumeRole'], line: 4, column: 5 }),
        testGrant({ kind: 'trust-policy', principal: account('arn:aws:iam::${AWS::AccountId}:root'), actions: ['sts:AssumeRole'], line: 8, column: 5, format: 'cloudformation', file: 'template.yaml' }),
      ],
      options: { trustedAccounts: ['111111111111'] },
    },
    {
      name: 'service, federated and public principals, deny statements, and resource policies',
      grants: [
        testGrant({ kind: 'trust-policy', principal: service('ec2.amazonaws.com'), actions: ['sts:AssumeRole'], line: 4, column: 5 }),
        testGrant({ kind: 'trust-policy', principal: federated('token.actions.githubusercontent.com'), actions: ['sts:AssumeRoleWithWebIdentity'], line: 9, column: 5 }),
        testGrant({ kind: 'trust-policy', principal: anyone(), actions: ['sts:AssumeRole'], line: 14, column: 5 }),
        testGrant({ kind: 'trust-policy', effect: 'deny', principal: account('333333333333'), actions: ['sts:AssumeRole'], line: 19, column: 5 }),
        testGrant({ kind: 'resource-policy', principal: account('333333333333'), actions: ['s3:GetObject'], line: 24, column: 5 }),
      ],
      options: { trustedAccounts: [] },
    },
  ],
  invalid: [
    {
      name: 'an account outside the list, one finding per role and account',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: role('arn:aws:iam::444455556666:role/deployer'),
          actions: ['sts:AssumeRole'],
          details: { attachedTo: 'ci-deploy' },
          address: 'aws_iam_role.ci_deploy',
          line: 6,
          column: 7,
          endLine: 12,
          endColumn: 8,
        }),
        testGrant({
          kind: 'trust-policy',
          principal: account('arn:aws:iam::444455556666:root'),
          actions: ['sts:TagSession'],
          details: { attachedTo: 'ci-deploy' },
          address: 'aws_iam_role.ci_deploy',
          line: 13,
          column: 7,
        }),
        testGrant({ kind: 'trust-policy', principal: account('111111111111'), actions: ['sts:AssumeRole'], details: { attachedTo: 'ci-deploy' }, address: 'aws_iam_role.ci_deploy', line: 20, column: 7 }),
      ],
      options: { trustedAccounts: ['111111111111'] },
      errors: [
        {
          messageId: 'notAllowed',
          data: { role: 'ci-deploy', account: '444455556666', trusted: 'account 444455556666 (`arn:aws:iam::444455556666:role/deployer`, `arn:aws:iam::444455556666:root`)' },
          line: 6,
          column: 7,
          endLine: 12,
          endColumn: 8,
          severity: 'medium',
        },
      ],
    },
    {
      name: 'two roles trusting the same account, in CloudFormation',
      grants: [
        testGrant({ kind: 'trust-policy', principal: account('777788889999'), actions: ['sts:AssumeRole'], details: { attachedTo: 'AuditRole' }, address: 'Resources/AuditRole', file: 'template.yaml', format: 'cloudformation', line: 9, column: 13 }),
        testGrant({ kind: 'trust-policy', principal: account('777788889999'), actions: ['sts:AssumeRole'], details: { attachedTo: 'BillingRole' }, address: 'Resources/BillingRole', file: 'template.yaml', format: 'cloudformation', line: 25, column: 13 }),
      ],
      options: { trustedAccounts: ['123456789012'] },
      errors: [
        { messageId: 'notAllowed', data: { role: 'AuditRole', account: '777788889999', trusted: 'account 777788889999' }, file: 'template.yaml', line: 9, column: 13 },
        { messageId: 'notAllowed', data: { role: 'BillingRole', account: '777788889999', trusted: 'account 777788889999' }, file: 'template.yaml', line: 25, column: 13 },
      ],
    },
  ],
});
