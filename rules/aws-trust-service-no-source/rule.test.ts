import { RuleTester } from '../../src/testing/rule-tester.js';
import { account, service, testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'Step Functions role with aws:SourceAccount (key case differs)',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: service('states.amazonaws.com'),
          actions: ['sts:AssumeRole'],
          conditions: { StringEquals: { 'AWS:SourceAccount': ['123456789012'] } },
          line: 4,
          column: 5,
        }),
      ],
    },
    {
      name: 'ECS task role with aws:SourceArn, Firehose role with sts:ExternalId',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: service('ecs-tasks.amazonaws.com'),
          actions: ['sts:AssumeRole'],
          conditions: { ArnLike: { 'aws:SourceArn': ['arn:aws:ecs:eu-west-1:123456789012:*'] } },
          line: 4,
          column: 5,
        }),
        testGrant({
          kind: 'trust-policy',
          principal: service('firehose.amazonaws.com'),
          actions: ['sts:AssumeRole'],
          conditions: { StringEquals: { 'sts:ExternalId': ['123456789012'] } },
          line: 14,
          column: 5,
        }),
      ],
    },
    {
      name: 'services that take their role through iam:PassRole only are not judged',
      grants: [
        testGrant({ kind: 'trust-policy', principal: service('ec2.amazonaws.com'), actions: ['sts:AssumeRole'], line: 4, column: 5 }),
        testGrant({ kind: 'trust-policy', principal: service('lambda.amazonaws.com'), actions: ['sts:AssumeRole'], line: 9, column: 5 }),
        testGrant({ kind: 'trust-policy', principal: service('edgelambda.amazonaws.com'), actions: ['sts:AssumeRole'], line: 14, column: 5 }),
      ],
    },
    {
      name: 'a condition that admits anything, an account principal, a resource policy and a service as an expression',
      grants: [
        testGrant({ kind: 'trust-policy', principal: account('111122223333'), actions: ['sts:AssumeRole'], line: 4, column: 5 }),
        testGrant({ kind: 'resource-policy', principal: service('logs.amazonaws.com'), actions: ['kms:Encrypt'], line: 9, column: 5 }),
        testGrant({ kind: 'trust-policy', principal: service('${var.service}.amazonaws.com'), actions: ['sts:AssumeRole'], unresolved: ['var.service'], line: 14, column: 5 }),
      ],
    },
  ],
  invalid: [
    {
      name: 'EventBridge Scheduler role without a condition',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: service('scheduler.amazonaws.com'),
          actions: ['sts:AssumeRole'],
          details: { attachedTo: 'nightly-scheduler' },
          address: 'aws_iam_role.scheduler',
          line: 7,
          column: 5,
          endLine: 13,
          endColumn: 6,
        }),
      ],
      errors: [
        {
          messageId: 'serviceNoSource',
          data: {
            role: 'nightly-scheduler',
            service: 'scheduler.amazonaws.com',
            serviceName: 'EventBridge Scheduler',
            fix: 'Add `aws:SourceAccount` with your account id, or `aws:SourceArn` with the ARN pattern of the resources that use the role',
          },
          line: 7,
          column: 5,
          endLine: 13,
          endColumn: 6,
          severity: 'medium',
        },
      ],
    },
    {
      name: 'regional Step Functions principal, wildcard source and IfExists conditions do not guard',
      grants: [
        testGrant({ kind: 'trust-policy', principal: service('states.eu-west-1.amazonaws.com'), actions: ['sts:AssumeRole'], conditions: { StringLike: { 'aws:SourceArn': ['*'] } }, line: 3, column: 1 }),
        testGrant({
          kind: 'trust-policy',
          principal: service('ecs-tasks.amazonaws.com'),
          actions: ['sts:AssumeRole'],
          conditions: { StringEqualsIfExists: { 'aws:SourceAccount': ['123456789012'] } },
          file: 'template.yaml',
          format: 'cloudformation',
          address: 'Resources/TaskRole',
          line: 15,
          column: 13,
        }),
      ],
      errors: [
        {
          messageId: 'serviceNoSource',
          data: { role: 'aws_iam_policy.test', service: 'states.eu-west-1.amazonaws.com', serviceName: 'AWS Step Functions', fix: 'Add `aws:SourceAccount` with your account id, or `aws:SourceArn` with the ARN pattern of the resources that use the role' },
          line: 3,
          column: 1,
        },
        {
          messageId: 'serviceNoSource',
          data: { role: 'Resources/TaskRole', service: 'ecs-tasks.amazonaws.com', serviceName: 'Amazon ECS', fix: 'Add `aws:SourceAccount` with your account id, or `aws:SourceArn` with the ARN pattern of the resources that use the role' },
          file: 'template.yaml',
          line: 15,
          column: 13,
        },
      ],
    },
    {
      name: 'Firehose: the fix names sts:ExternalId',
      grants: [testGrant({ kind: 'trust-policy', principal: service('firehose.amazonaws.com'), actions: ['sts:AssumeRole'], details: { attachedTo: 'delivery' }, line: 2, column: 3 })],
      errors: [
        {
          messageId: 'serviceNoSource',
          data: { role: 'delivery', service: 'firehose.amazonaws.com', serviceName: 'Amazon Data Firehose', fix: 'Add `sts:ExternalId` with your account id, as the Firehose documentation shows' },
          line: 2,
          column: 3,
        },
      ],
    },
  ],
});
