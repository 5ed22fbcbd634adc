import { RuleTester } from '../../src/testing/rule-tester.js';
import { account, anyone, service, testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'Lambda permission with source_arn',
      grants: [
        testGrant({
          kind: 'resource-policy',
          principal: service('apigateway.amazonaws.com'),
          actions: ['lambda:InvokeFunction'],
          conditions: { ArnLike: { 'aws:SourceArn': ['arn:aws:execute-api:eu-west-1:123456789012:a1b2c3/*'] } },
          line: 4,
          column: 1,
        }),
      ],
    },
    {
      name: 'bucket policy for CloudTrail with SourceAccount (key case differs)',
      grants: [
        testGrant({
          kind: 'resource-policy',
          principal: service('cloudtrail.amazonaws.com'),
          actions: ['s3:PutObject'],
          conditions: { StringEquals: { 'AWS:SourceAccount': ['123456789012'] } },
          line: 4,
          column: 1,
        }),
      ],
    },
    {
      name: 'KMS key policy scoped by encryption context',
      grants: [
        testGrant({
          kind: 'resource-policy',
          principal: service('logs.eu-west-1.amazonaws.com'),
          actions: ['kms:Encrypt', 'kms:Decrypt'],
          conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': ['arn:aws:logs:eu-west-1:123456789012:log-group:*'] } },
          line: 4,
          column: 1,
        }),
      ],
    },
    {
      name: 'account and public principals and trust policies are other rules',
      grants: [
        testGrant({ kind: 'resource-policy', principal: account('111122223333'), actions: ['sqs:SendMessage'], line: 2, column: 1 }),
        testGrant({ kind: 'resource-policy', principal: anyone(), actions: ['sqs:SendMessage'], line: 6, column: 1 }),
        testGrant({ kind: 'trust-policy', principal: service('lambda.amazonaws.com'), actions: ['sts:AssumeRole'], line: 10, column: 1 }),
      ],
    },
    {
      name: 'deny to a service',
      grants: [testGrant({ kind: 'resource-policy', effect: 'deny', principal: service('sns.amazonaws.com'), actions: ['sqs:SendMessage'], line: 2, column: 1 })],
    },
  ],
  invalid: [
    {
      name: 'Lambda permission for API Gateway without source_arn',
      grants: [
        testGrant({
          kind: 'resource-policy',
          principal: service('apigateway.amazonaws.com'),
          actions: ['lambda:InvokeFunction'],
          details: { attachedTo: 'orders-api-handler' },
          address: 'aws_lambda_permission.api',
          line: 12,
          column: 1,
          endLine: 17,
          endColumn: 2,
        }),
      ],
      errors: [
        {
          messageId: 'serviceNoSource',
          data: { resource: 'orders-api-handler', service: 'apigateway.amazonaws.com', actions: '`lambda:InvokeFunction`' },
          line: 12,
          column: 1,
          endLine: 17,
          endColumn: 2,
        },
      ],
    },
    {
      name: 'SNS to SQS with a source condition that matches everything',
      grants: [
        testGrant({
          kind: 'resource-policy',
          principal: service('sns.amazonaws.com'),
          actions: ['sqs:SendMessage'],
          conditions: { ArnLike: { 'aws:SourceArn': ['*'] } },
          line: 5,
          column: 3,
        }),
      ],
      errors: [{ messageId: 'serviceNoSource', data: { resource: 'aws_iam_policy.test', service: 'sns.amazonaws.com', actions: '`sqs:SendMessage`' }, line: 5, column: 3 }],
    },
  ],
});
