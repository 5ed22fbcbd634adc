import { RuleTester } from '../../src/testing/rule-tester.js';
import { role, testGrant, user } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'PassRole without a service to pass it to',
      grants: [testGrant({ kind: 'identity-policy', principal: role('ci'), actions: ['iam:PassRole'], resources: ['*'], line: 3, column: 5 })],
    },
    {
      name: 'Lambda path on named resources only',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: role('ci'),
          actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
          resources: ['arn:aws:iam::123456789012:role/app-task', 'arn:aws:lambda:eu-west-1:123456789012:function:app'],
          line: 3,
          column: 5,
        }),
      ],
    },
    {
      name: 'path behind a condition',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: role('ci'),
          actions: ['iam:CreatePolicyVersion'],
          resources: ['*'],
          conditions: { Bool: { 'aws:MultiFactorAuthPresent': ['true'] } },
          line: 3,
          column: 5,
        }),
      ],
    },
    {
      name: 'Allow iam:* and Deny iam:* for the same role (split across policies)',
      grants: [
        testGrant({ kind: 'identity-policy', principal: role('ops'), actions: ['iam:*'], resources: ['*'], address: 'aws_iam_role_policy.allow', line: 3, column: 5 }),
        testGrant({ kind: 'identity-policy', principal: role('ops'), effect: 'deny', actions: ['iam:*'], resources: ['*'], address: 'aws_iam_role_policy.deny', line: 12, column: 5 }),
      ],
    },
    {
      name: 'full administrator is aws-iam-full-admin',
      grants: [testGrant({ kind: 'identity-policy', principal: role('admin'), actions: ['*'], resources: ['*'], line: 3, column: 5 })],
    },
    {
      name: 'the actions are split between two different roles',
      grants: [
        testGrant({ kind: 'identity-policy', principal: role('a'), actions: ['iam:PassRole'], resources: ['*'], line: 3, column: 5 }),
        testGrant({ kind: 'identity-policy', principal: role('b'), actions: ['ec2:RunInstances'], resources: ['*'], line: 9, column: 5 }),
      ],
    },
  ],
  invalid: [
    {
      name: 'one action is enough',
      grants: [
        testGrant({ kind: 'identity-policy', principal: user('deployer'), actions: ['iam:CreatePolicyVersion'], resources: ['*'], line: 7, column: 9, endLine: 11, endColumn: 10 }),
      ],
      errors: [
        {
          messageId: 'escalation',
          data: {
            principal: 'deployer',
            count: 1,
            methods: '`CreateNewPolicyVersion`',
            first: 'CreateNewPolicyVersion',
            actions: '`iam:CreatePolicyVersion`',
          },
          line: 7,
          column: 9,
          endLine: 11,
          endColumn: 10,
        },
      ],
    },
    {
      name: 'Lambda path split across two policies of one role',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: role('ci'),
          actions: ['lambda:CreateFunction', 'lambda:InvokeFunction'],
          resources: ['*'],
          address: 'aws_iam_role_policy.lambda',
          line: 20,
          column: 5,
        }),
        testGrant({ kind: 'identity-policy', principal: role('ci'), actions: ['iam:PassRole'], resources: ['*'], address: 'aws_iam_role_policy.pass', line: 4, column: 5 }),
      ],
      errors: [
        {
          messageId: 'escalation',
          data: {
            principal: 'ci',
            count: 1,
            methods: '`PassExistingRoleToNewLambdaThenInvoke`',
            first: 'PassExistingRoleToNewLambdaThenInvoke',
            actions: '`iam:PassRole`, `lambda:CreateFunction`, `lambda:InvokeFunction`',
          },
          line: 4,
          column: 5,
        },
      ],
    },
    {
      name: 'iam:Put* opens three paths; a Deny removes the group one',
      grants: [
        testGrant({ kind: 'identity-policy', principal: role('ops'), actions: ['iam:Put*'], resources: ['*'], line: 5, column: 5 }),
        testGrant({ kind: 'identity-policy', principal: role('ops'), effect: 'deny', actions: ['iam:PutGroupPolicy'], resources: ['arn:aws:iam::123456789012:group/admins'], line: 11, column: 5 }),
      ],
      errors: [
        {
          messageId: 'escalation',
          data: {
            principal: 'ops',
            count: 2,
            methods: '`PutUserPolicy`, `PutRolePolicy`',
            first: 'PutUserPolicy',
            actions: '`iam:PutUserPolicy`',
          },
          line: 5,
          column: 5,
        },
      ],
    },
    {
      name: 'unattached policy with NotAction that leaves IAM open',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: { type: 'unknown', name: '(unattached)' },
          notActions: ['s3:*'],
          resources: ['*'],
          details: { policy: 'developer-boundary' },
          line: 2,
          column: 3,
        }),
      ],
      errors: [{ messageId: 'escalation', data: { principal: 'developer-boundary', count: 25, methods: '`CreateNewPolicyVersion`, `SetExistingDefaultPolicyVersion`, `CreateAccessKey` and 22 more', first: 'CreateNewPolicyVersion', actions: '`iam:CreatePolicyVersion`' }, line: 2, column: 3 }],
    },
  ],
});
