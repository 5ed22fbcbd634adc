import { RuleTester } from '../../src/testing/rule-tester.js';
import { role, testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'object action on object ARNs, bucket action on the bucket',
      grants: [
        testGrant({ kind: 'identity-policy', principal: role('app'), actions: ['s3:GetObject'], resources: ['arn:aws:s3:::data/*'], line: 3, column: 5 }),
        testGrant({ kind: 'identity-policy', principal: role('app'), actions: ['s3:ListBucket'], resources: ['arn:aws:s3:::data'], line: 9, column: 5 }),
      ],
    },
    {
      name: 'a wildcard ARN that can match the resource type',
      grants: [testGrant({ kind: 'identity-policy', principal: role('app'), actions: ['s3:GetObject'], resources: ['arn:aws:s3:::data-*'], line: 3, column: 5 })],
    },
    {
      name: 'documented and global condition keys',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: role('app'),
          actions: ['secretsmanager:GetSecretValue'],
          resources: ['*'],
          conditions: { StringEquals: { 'secretsmanager:ResourceTag/team': ['app'], 'aws:PrincipalOrgID': ['o-1'] } },
          line: 3,
          column: 5,
        }),
      ],
    },
    {
      name: 'wildcard actions are not judged for condition keys',
      grants: [
        testGrant({ kind: 'identity-policy', principal: role('app'), actions: ['s3:*'], resources: ['*'], conditions: { StringEquals: { 's3:nonsense': ['x'] } }, line: 3, column: 5 }),
      ],
    },
    {
      name: 'AWS-managed policy attachments are AWS business',
      grants: [testGrant({ kind: 'identity-policy', principal: role('app'), role: 'arn:aws:iam::aws:policy/ReadOnlyAccess', line: 3, column: 5 })],
    },
  ],
  invalid: [
    {
      name: 'object action on the bucket ARN',
      grants: [testGrant({ kind: 'identity-policy', principal: role('app'), actions: ['s3:GetObject', 's3:ListBucket'], resources: ['arn:aws:s3:::data'], line: 4, column: 7 })],
      errors: [{ messageId: 'resourceMismatch', data: { actions: '`s3:GetObject`', resources: '`arn:aws:s3:::data`' }, line: 4, column: 7 }],
    },
    {
      name: 'a condition key of another service',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: role('app'),
          effect: 'deny',
          actions: ['s3:DeleteObject'],
          resources: ['arn:aws:s3:::data/*'],
          conditions: { StringEquals: { 'ec2:Region': ['eu-west-1'] } },
          line: 6,
          column: 5,
        }),
      ],
      errors: [
        {
          messageId: 'unknownConditionKey',
          data: { key: 'ec2:Region', actions: '`s3:DeleteObject`', effectHint: 'this Deny never applies' },
          line: 6,
          column: 5,
          severity: 'low',
        },
      ],
    },
    {
      name: 'the same statement twice in one policy',
      grants: [
        testGrant({ kind: 'identity-policy', principal: role('app'), actions: ['sqs:SendMessage'], resources: ['arn:aws:sqs:eu-west-1:123456789012:jobs'], line: 3, column: 5 }),
        testGrant({ kind: 'identity-policy', principal: role('app'), actions: ['sqs:SendMessage'], resources: ['arn:aws:sqs:eu-west-1:123456789012:jobs'], line: 9, column: 5 }),
      ],
      errors: [{ messageId: 'redundantStatement', data: { line: 3 }, line: 9, column: 5, severity: 'low' }],
    },
  ],
});
