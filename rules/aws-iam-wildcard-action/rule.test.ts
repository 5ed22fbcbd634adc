import { RuleTester } from '../../src/testing/rule-tester.js';
import { anyone, testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'named actions',
      grants: [testGrant({ kind: 'identity-policy', actions: ['s3:GetObject', 's3:PutObject'], resources: ['*'], line: 3, column: 5 })],
    },
    {
      name: 'prefix wildcard inside a service is not service-wide',
      grants: [testGrant({ kind: 'identity-policy', actions: ['s3:Get*'], resources: ['*'], line: 3, column: 5 })],
    },
    {
      name: 'deny with a service wildcard',
      grants: [testGrant({ kind: 'identity-policy', effect: 'deny', actions: ['iam:*'], resources: ['*'], line: 3, column: 5 })],
    },
    {
      name: '* on * belongs to aws-iam-full-admin',
      grants: [testGrant({ kind: 'identity-policy', actions: ['*'], resources: ['*'], line: 3, column: 5 })],
    },
    {
      name: 'AWS-managed policy content is not judged',
      grants: [
        testGrant({ kind: 'identity-policy', role: 'arn:aws:iam::aws:policy/AmazonS3FullAccess', actions: ['s3:*'], resources: ['*'], line: 3, column: 5 }),
      ],
    },
    {
      name: 'unknown service is left to aws-iam-unknown-action',
      grants: [testGrant({ kind: 'identity-policy', actions: ['notaservice:*'], resources: ['*'], line: 3, column: 5 })],
    },
    {
      name: 'unevaluated action',
      grants: [testGrant({ kind: 'identity-policy', actions: ['${var.service}:*'], resources: ['*'], line: 3, column: 5 })],
    },
    {
      name: 'trust policies are out of scope',
      grants: [testGrant({ kind: 'trust-policy', actions: ['sts:*'], line: 3, column: 5 })],
    },
  ],
  invalid: [
    {
      name: 'dynamodb:* on *',
      grants: [testGrant({ kind: 'identity-policy', actions: ['dynamodb:*'], resources: ['*'], line: 33, column: 9, endLine: 37, endColumn: 10 })],
      errors: [
        { messageId: 'serviceWide', data: { pattern: 'dynamodb:*', service: 'dynamodb', count: 79 }, line: 33, column: 9, endLine: 37, endColumn: 10 },
      ],
    },
    {
      name: 'two service wildcards in one statement, mixed case',
      grants: [testGrant({ kind: 'identity-policy', actions: ['S3:*', 'iam:*'], resources: ['arn:aws:s3:::logs'], line: 7, column: 3 })],
      errors: [
        { messageId: 'serviceWide', data: { pattern: 'S3:*', service: 's3', count: 180 }, line: 7, column: 3 },
        { messageId: 'serviceWide', data: { pattern: 'iam:*', service: 'iam', count: 190 }, line: 7, column: 3 },
      ],
    },
    {
      name: 'every action on one bucket',
      grants: [testGrant({ kind: 'identity-policy', actions: ['*'], resources: ['arn:aws:s3:::logs'], line: 2, column: 1 })],
      errors: [{ messageId: 'allActions', data: { services: 456, resources: '`arn:aws:s3:::logs`' }, line: 2, column: 1 }],
    },
    {
      name: 'bucket policy granting s3:* to a principal',
      grants: [
        testGrant({ kind: 'resource-policy', principal: anyone(), actions: ['s3:*'], resources: ['arn:aws:s3:::logs/*'], line: 12, column: 5 }),
      ],
      errors: [{ messageId: 'serviceWide', line: 12, column: 5 }],
    },
  ],
});
