import { RuleTester } from '../../src/testing/rule-tester.js';
import { group, role, testGrant, user } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'policy on a group',
      grants: [testGrant({ kind: 'identity-policy', principal: group('developers'), actions: ['s3:GetObject'], line: 3, column: 5 })],
    },
    {
      name: 'policy on a role',
      grants: [testGrant({ kind: 'identity-policy', principal: role('app'), actions: ['s3:GetObject'], line: 3, column: 5 })],
    },
    {
      name: 'user credentials are a different rule',
      grants: [testGrant({ kind: 'credential', principal: user('ci'), details: { credentialType: 'access-key' }, line: 3, column: 5 })],
    },
  ],
  invalid: [
    {
      name: 'inline user policy with two statements is one finding',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: user('reporting-bot'),
          actions: ['dynamodb:*'],
          resources: ['*'],
          details: { policy: 'reporting-read', sid: 'Everything' },
          address: 'aws_iam_user_policy.reporting',
          line: 34,
          column: 7,
        }),
        testGrant({
          kind: 'identity-policy',
          principal: user('reporting-bot'),
          actions: ['s3:GetObject'],
          resources: ['arn:aws:s3:::demo-reports/*'],
          details: { policy: 'reporting-read', sid: 'ReadReports' },
          address: 'aws_iam_user_policy.reporting',
          line: 27,
          column: 7,
          endLine: 32,
          endColumn: 8,
        }),
      ],
      errors: [{ messageId: 'userPolicy', data: { policy: 'reporting-read', user: 'reporting-bot' }, line: 27, column: 7, endLine: 32, endColumn: 8 }],
    },
    {
      name: 'managed policy attached to a user',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: user('alice'),
          role: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
          address: 'aws_iam_user_policy_attachment.alice',
          line: 2,
          column: 1,
        }),
      ],
      errors: [{ messageId: 'userPolicy', data: { policy: 'ReadOnlyAccess', user: 'alice' }, line: 2, column: 1 }],
    },
  ],
});
