import { RuleTester } from '../../src/testing/rule-tester.js';
import { account, anyone, service, testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'named account',
      grants: [
        testGrant({ kind: 'resource-policy', principal: account('arn:aws:iam::111122223333:root'), actions: ['s3:GetObject'], resources: ['arn:aws:s3:::site/*'], line: 4, column: 5 }),
      ],
    },
    {
      name: 'anyone but only through one VPC endpoint',
      grants: [
        testGrant({
          kind: 'resource-policy',
          principal: anyone(),
          actions: ['s3:GetObject'],
          resources: ['arn:aws:s3:::site/*'],
          conditions: { StringEquals: { 'aws:SourceVpce': ['vpce-0a1b2c3d'] } },
          line: 4,
          column: 5,
        }),
      ],
    },
    {
      name: 'bucket delegating to the account\'s access points',
      grants: [
        testGrant({
          kind: 'resource-policy',
          principal: anyone(),
          actions: ['*'],
          resources: ['arn:aws:s3:::data', 'arn:aws:s3:::data/*'],
          conditions: { StringEquals: { 's3:DataAccessPointAccount': ['123456789012'] } },
          line: 93,
          column: 3,
        }),
      ],
    },
    {
      name: 'anyone in the organization',
      grants: [
        testGrant({
          kind: 'resource-policy',
          principal: anyone(),
          actions: ['sqs:SendMessage'],
          conditions: { StringEquals: { 'aws:PrincipalOrgID': ['o-a1b2c3d4e5'] } },
          line: 4,
          column: 5,
        }),
      ],
    },
    {
      name: 'service principal with a source ARN',
      grants: [
        testGrant({
          kind: 'resource-policy',
          principal: service('sns.amazonaws.com'),
          actions: ['sqs:SendMessage'],
          conditions: { ArnEquals: { 'aws:SourceArn': ['arn:aws:sns:eu-west-1:123456789012:orders'] } },
          line: 4,
          column: 5,
        }),
      ],
    },
    {
      name: 'deny to anyone (TLS-only guard)',
      grants: [
        testGrant({
          kind: 'resource-policy',
          effect: 'deny',
          principal: anyone(),
          actions: ['s3:*'],
          conditions: { Bool: { 'aws:SecureTransport': ['false'] } },
          line: 4,
          column: 5,
        }),
      ],
    },
    {
      name: 'private API: Allow for anyone fenced by a Deny outside the VPC endpoint',
      grants: [
        testGrant({
          kind: 'resource-policy',
          effect: 'deny',
          principal: anyone(),
          actions: ['execute-api:Invoke'],
          resources: ['${aws_api_gateway_rest_api.private_api.execution_arn}*'],
          conditions: { StringNotEquals: { 'aws:sourceVpce': ['${aws_vpc_endpoint.execute_api.id}'] } },
          details: { policy: 'private_api resource policy' },
          address: 'aws_api_gateway_rest_api_policy.policy',
          line: 73,
          column: 9,
        }),
        testGrant({
          kind: 'resource-policy',
          principal: anyone(),
          actions: ['execute-api:Invoke'],
          resources: ['${aws_api_gateway_rest_api.private_api.execution_arn}*'],
          details: { policy: 'private_api resource policy' },
          address: 'aws_api_gateway_rest_api_policy.policy',
          line: 84,
          column: 9,
        }),
      ],
    },
    {
      name: 'statement whose actions are all unevaluated',
      grants: [testGrant({ kind: 'resource-policy', principal: anyone(), actions: ['${statement.value.actions}'], unresolved: ['statement.value.actions'], line: 35, column: 3 })],
    },
    {
      name: 'trust policies are aws-trust-any-principal',
      grants: [testGrant({ kind: 'trust-policy', principal: anyone(), actions: ['sts:AssumeRole'], line: 4, column: 5 })],
    },
  ],
  invalid: [
    {
      name: 'public bucket read',
      grants: [
        testGrant({
          kind: 'resource-policy',
          principal: anyone(),
          actions: ['s3:GetObject'],
          resources: ['arn:aws:s3:::site/*'],
          details: { attachedTo: 'aws_s3_bucket.site' },
          line: 12,
          column: 7,
          endLine: 17,
          endColumn: 8,
        }),
      ],
      errors: [
        { messageId: 'publicResource', data: { resource: 'aws_s3_bucket.site', actions: '`s3:GetObject`' }, line: 12, column: 7, endLine: 17, endColumn: 8 },
      ],
    },
    {
      name: 'AWS * principal with a condition that does not narrow the caller',
      grants: [
        testGrant({
          kind: 'resource-policy',
          principal: anyone(),
          actions: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:PurgeQueue'],
          conditions: { Bool: { 'aws:SecureTransport': ['true'] } },
          line: 3,
          column: 1,
        }),
      ],
      errors: [
        {
          messageId: 'publicResource',
          data: { resource: 'aws_iam_policy.test', actions: '`sqs:SendMessage`, `sqs:ReceiveMessage`, `sqs:DeleteMessage` and 1 more' },
          line: 3,
          column: 1,
        },
      ],
    },
    {
      name: 'a Deny that does not fence (positive condition, other policy, fewer actions) does not help',
      grants: [
        testGrant({
          kind: 'resource-policy',
          effect: 'deny',
          principal: anyone(),
          actions: ['sqs:SendMessage'],
          conditions: { StringEquals: { 'aws:SourceVpce': ['vpce-0a1b2c3d'] } },
          details: { policy: 'queue' },
          line: 3,
          column: 1,
        }),
        testGrant({
          kind: 'resource-policy',
          effect: 'deny',
          principal: anyone(),
          actions: ['sqs:SendMessage'],
          conditions: { StringNotEquals: { 'aws:SourceVpce': ['vpce-0a1b2c3d'] } },
          details: { policy: 'other-queue' },
          line: 8,
          column: 1,
        }),
        testGrant({
          kind: 'resource-policy',
          effect: 'deny',
          principal: anyone(),
          actions: ['sqs:ReceiveMessage'],
          conditions: { StringNotEquals: { 'aws:SourceVpce': ['vpce-0a1b2c3d'] } },
          details: { policy: 'queue' },
          line: 13,
          column: 1,
        }),
        testGrant({
          kind: 'resource-policy',
          principal: anyone(),
          actions: ['sqs:SendMessage', 'sqs:ReceiveMessage'],
          details: { policy: 'queue' },
          line: 18,
          column: 1,
        }),
      ],
      errors: [{ messageId: 'publicResource', data: { resource: 'aws_iam_policy.test', actions: '`sqs:SendMessage`, `sqs:ReceiveMessage`' }, line: 18, column: 1 }],
    },
    {
      name: 'NotAction to anyone',
      grants: [testGrant({ kind: 'resource-policy', principal: anyone(), notActions: ['kms:ScheduleKeyDeletion'], line: 3, column: 1 })],
      errors: [{ messageId: 'publicResource', data: { resource: 'aws_iam_policy.test', actions: 'every action except `kms:ScheduleKeyDeletion`' }, line: 3, column: 1 }],
    },
  ],
});
