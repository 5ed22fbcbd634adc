import { RuleTester } from '../../src/testing/rule-tester.js';
import { group, role, testGrant, user } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'reads limited to named resources',
      grants: [testGrant({ kind: 'identity-policy', principal: role('app'), actions: ['s3:GetObject'], resources: ['arn:aws:s3:::app/*'], line: 3, column: 5 })],
    },
    {
      name: 'reads behind an organization condition',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: role('app'),
          actions: ['secretsmanager:GetSecretValue'],
          resources: ['*'],
          conditions: { StringEquals: { 'aws:ResourceTag/team': ['app'] } },
          line: 3,
          column: 5,
        }),
      ],
    },
    {
      name: 'an explicit Deny removes the read',
      grants: [
        testGrant({ kind: 'identity-policy', principal: role('app'), actions: ['s3:Get*'], resources: ['*'], line: 3, column: 5 }),
        testGrant({ kind: 'identity-policy', principal: role('app'), effect: 'deny', actions: ['s3:GetObject'], resources: ['*'], line: 9, column: 5 }),
      ],
    },
    {
      name: 'administrators are aws-iam-full-admin',
      grants: [testGrant({ kind: 'identity-policy', principal: role('admin'), actions: ['*'], resources: ['*'], line: 3, column: 5 })],
    },
  ],
  invalid: [
    {
      name: 's3:Get* and ssm:GetParameter on every resource',
      grants: [testGrant({ kind: 'identity-policy', principal: role('app'), actions: ['s3:Get*', 'ssm:GetParameter'], resources: ['*'], line: 4, column: 7 })],
      errors: [
        {
          messageId: 'dataExfiltration',
          data: { principal: 'app', count: 2, actions: '`s3:GetObject`, `ssm:GetParameter`', sources: 'main.tf:4' },
          line: 4,
          column: 7,
        },
      ],
    },
    {
      name: 'a group read is reported on the group only',
      grants: [
        testGrant({ kind: 'identity-policy', principal: group('analysts'), actions: ['secretsmanager:GetSecretValue'], resources: ['*'], line: 2, column: 3 }),
        testGrant({ kind: 'membership', principal: user('bob'), role: 'analysts', line: 10, column: 1 }),
      ],
      errors: [
        {
          messageId: 'dataExfiltration',
          data: { principal: 'analysts', count: 1, actions: '`secretsmanager:GetSecretValue`', sources: 'main.tf:2' },
          line: 2,
          column: 3,
        },
      ],
    },
  ],
});
