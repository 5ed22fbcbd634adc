import { RuleTester } from '../../src/testing/rule-tester.js';
import { testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'PassRole on one role',
      grants: [
        testGrant({ kind: 'identity-policy', actions: ['iam:PassRole'], resources: ['arn:aws:iam::123456789012:role/app-task'], line: 3, column: 5 }),
      ],
    },
    {
      name: 'PassRole on * limited to one service',
      grants: [
        testGrant({
          kind: 'identity-policy',
          actions: ['iam:PassRole'],
          resources: ['*'],
          conditions: { StringEquals: { 'iam:PassedToService': ['ecs-tasks.amazonaws.com'] } },
          line: 3,
          column: 5,
        }),
      ],
    },
    {
      name: 'PassRole on a role path prefix',
      grants: [
        testGrant({ kind: 'identity-policy', actions: ['iam:PassRole'], resources: ['arn:aws:iam::123456789012:role/ecs/*'], line: 3, column: 5 }),
      ],
    },
    {
      name: 'IAM read actions only',
      grants: [testGrant({ kind: 'identity-policy', actions: ['iam:Get*', 'iam:List*'], resources: ['*'], line: 3, column: 5 })],
    },
    {
      name: 'deny PassRole',
      grants: [testGrant({ kind: 'identity-policy', effect: 'deny', actions: ['iam:PassRole'], resources: ['*'], line: 3, column: 5 })],
    },
    {
      name: 'NotAction that excludes IAM',
      grants: [testGrant({ kind: 'identity-policy', notActions: ['iam:*'], resources: ['*'], line: 3, column: 5 })],
    },
    {
      name: '* on * is aws-iam-full-admin',
      grants: [testGrant({ kind: 'identity-policy', actions: ['*'], resources: ['*'], line: 3, column: 5 })],
    },
    {
      name: 'NotAction with an unevaluated element may exclude PassRole',
      grants: [testGrant({ kind: 'identity-policy', notActions: ['${var.excluded}'], resources: ['*'], line: 3, column: 5 })],
    },
  ],
  invalid: [
    {
      name: 'iam:PassRole on *',
      grants: [testGrant({ kind: 'identity-policy', actions: ['ecs:RunTask', 'iam:PassRole'], resources: ['*'], line: 9, column: 7, endLine: 13, endColumn: 8 })],
      errors: [{ messageId: 'passAnyRole', data: { action: 'iam:PassRole', resource: '`*`' }, line: 9, column: 7, endLine: 13, endColumn: 8 }],
    },
    {
      name: 'iam:Pass* on every role of the account',
      grants: [
        testGrant({ kind: 'identity-policy', actions: ['iam:Pass*'], resources: ['arn:aws:iam::123456789012:role/*'], line: 4, column: 3 }),
      ],
      errors: [{ messageId: 'passAnyRole', data: { action: 'iam:Pass*', resource: '`arn:aws:iam::123456789012:role/*`' }, line: 4, column: 3 }],
    },
    {
      name: 'iam:* with a condition on another key',
      grants: [
        testGrant({
          kind: 'identity-policy',
          actions: ['iam:*'],
          resources: ['*'],
          conditions: { StringEquals: { 'aws:RequestedRegion': ['eu-west-1'] } },
          line: 4,
          column: 3,
        }),
      ],
      errors: [{ messageId: 'passAnyRole', data: { action: 'iam:*', resource: '`*`' }, line: 4, column: 3 }],
    },
    {
      name: 'PassedToService condition that matches everything',
      grants: [
        testGrant({
          kind: 'identity-policy',
          actions: ['iam:PassRole'],
          resources: ['*'],
          conditions: { StringLike: { 'iam:PassedToService': ['*'] } },
          line: 4,
          column: 3,
        }),
      ],
      errors: [{ messageId: 'passAnyRole', line: 4, column: 3 }],
    },
    {
      name: 'NotAction that leaves PassRole',
      grants: [testGrant({ kind: 'identity-policy', notActions: ['iam:Create*'], resources: ['*'], line: 6, column: 3 })],
      errors: [{ messageId: 'passAnyRole', data: { action: 'NotAction', resource: '`*`' }, line: 6, column: 3 }],
    },
  ],
});
