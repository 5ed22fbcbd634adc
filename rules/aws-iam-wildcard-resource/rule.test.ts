import { RuleTester } from '../../src/testing/rule-tester.js';
import { testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'write actions on a named bucket',
      grants: [testGrant({ kind: 'identity-policy', actions: ['s3:PutObject'], resources: ['arn:aws:s3:::site/*'], line: 4, column: 5 })],
    },
    {
      name: 'read actions on *',
      grants: [testGrant({ kind: 'identity-policy', actions: ['s3:GetObject', 'ec2:DescribeInstances'], resources: ['*'], line: 4, column: 5 })],
    },
    {
      name: 'write actions that accept only *',
      grants: [
        testGrant({
          kind: 'identity-policy',
          actions: ['xray:PutTraceSegments', 'logs:CreateLogDelivery', 'ecr:GetAuthorizationToken'],
          resources: ['*'],
          line: 4,
          column: 5,
        }),
      ],
    },
    {
      name: 'statement narrowed by a condition',
      grants: [
        testGrant({
          kind: 'identity-policy',
          actions: ['ec2:TerminateInstances'],
          resources: ['*'],
          conditions: { StringEquals: { 'aws:ResourceTag/team': ['payments'] } },
          line: 4,
          column: 5,
        }),
      ],
    },
    {
      name: '* on * is aws-iam-full-admin',
      grants: [testGrant({ kind: 'identity-policy', actions: ['*'], resources: ['*'], line: 4, column: 5 })],
    },
    {
      name: 'deny statement',
      grants: [testGrant({ kind: 'identity-policy', effect: 'deny', actions: ['s3:DeleteBucket'], resources: ['*'], line: 4, column: 5 })],
    },
    {
      name: 'unevaluated resource',
      grants: [testGrant({ kind: 'identity-policy', actions: ['s3:PutObject'], resources: ['${var.bucket_arn}/*'], line: 4, column: 5 })],
    },
  ],
  invalid: [
    {
      name: 'object writes on *',
      grants: [testGrant({ kind: 'identity-policy', actions: ['s3:PutObject', 's3:GetObject'], resources: ['*'], line: 10, column: 7, endLine: 14, endColumn: 8 })],
      errors: [{ messageId: 'writeOnAnyResource', data: { count: 1, examples: '`s3:PutObject`' }, line: 10, column: 7, endLine: 14, endColumn: 8 }],
    },
    {
      name: 'permissions management and write mixed with wildcard-only actions',
      grants: [
        testGrant({
          kind: 'identity-policy',
          actions: ['iam:AttachRolePolicy', 'iam:CreateRole', 'xray:PutTraceSegments', 'kms:CreateKey', 'sqs:SendMessage'],
          resources: ['*'],
          line: 3,
          column: 1,
        }),
      ],
      errors: [
        {
          messageId: 'writeOnAnyResource',
          data: { count: 3, examples: '`iam:AttachRolePolicy`, `iam:CreateRole`, `sqs:SendMessage`' },
          line: 3,
          column: 1,
        },
      ],
    },
    {
      name: 'all-wildcard ARN counts as *',
      grants: [testGrant({ kind: 'identity-policy', actions: ['ec2:TerminateInstances'], resources: ['arn:aws:*:*:*:*'], line: 8, column: 2 })],
      errors: [{ messageId: 'writeOnAnyResource', data: { count: 1, examples: '`ec2:TerminateInstances`' }, line: 8, column: 2 }],
    },
  ],
});
