import { RuleTester } from '../../src/testing/rule-tester.js';
import { group, role, service, testGrant, user } from '../../src/testing/grants.js';
import rule from './rule.js';

const M = 'main.tf';

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
      name: 'path behind a narrowing condition',
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
    {
      name: 'PassRole limited to a declared role that does not trust Lambda',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: user('dev'),
          actions: ['iam:PassRole'],
          resources: ['arn:aws:iam::123456789012:role/batch-*'],
          line: 3,
          column: 5,
        }),
        testGrant({ kind: 'identity-policy', principal: user('dev'), actions: ['lambda:CreateFunction', 'lambda:InvokeFunction'], resources: ['*'], line: 8, column: 5 }),
        testGrant({ kind: 'trust-policy', principal: service('ecs-tasks.amazonaws.com'), actions: ['sts:AssumeRole'], details: { attachedTo: 'batch-runner' }, line: 20, column: 5 }),
      ],
    },
    {
      name: 'iam:PassedToService names another service',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: user('dev'),
          actions: ['iam:PassRole', 'ec2:RunInstances'],
          resources: ['*'],
          conditions: { StringEquals: { 'iam:PassedToService': ['lambda.amazonaws.com'] } },
          line: 3,
          column: 5,
        }),
      ],
    },
    {
      name: 'a condition that can never hold',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: user('dev'),
          actions: ['iam:AttachUserPolicy'],
          resources: ['*'],
          conditions: { DateLessThan: { 'aws:CurrentTime': ['2019-06-30T00:00:00Z'] } },
          line: 3,
          column: 5,
        }),
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
          data: { principal: 'deployer', method: 'CreateNewPolicyVersion', id: 'iam-001', actions: '`iam:CreatePolicyVersion`', sources: `${M}:7`, passing: '' },
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
            method: 'PassRoleToNewLambdaThenInvoke',
            id: 'lambda-001',
            actions: '`iam:PassRole`, `lambda:CreateFunction`, `lambda:InvokeFunction`',
            sources: `${M}:4, ${M}:20`,
            passing: ', passing any role to lambda.amazonaws.com',
          },
          line: 4,
          column: 5,
        },
      ],
    },
    {
      name: 'PassRole to a declared role that trusts EC2',
      grants: [
        testGrant({ kind: 'identity-policy', principal: user('dev'), actions: ['iam:PassRole', 'ec2:RunInstances'], resources: ['*'], line: 3, column: 5 }),
        testGrant({ kind: 'trust-policy', principal: service('ec2.amazonaws.com'), actions: ['sts:AssumeRole'], details: { attachedTo: 'admin-instance' }, line: 20, column: 5 }),
      ],
      errors: [
        {
          messageId: 'escalation',
          data: {
            principal: 'dev',
            method: 'PassRoleToNewEC2Instance',
            id: 'ec2-001',
            actions: '`iam:PassRole`, `ec2:RunInstances`',
            sources: `${M}:3`,
            passing: ', passing role `admin-instance` (it trusts ec2.amazonaws.com)',
          },
          line: 3,
          column: 5,
        },
      ],
    },
    {
      name: 'iam:Put* opens three paths for a user; a Deny removes the group one',
      grants: [
        testGrant({ kind: 'identity-policy', principal: user('ops'), actions: ['iam:Put*'], resources: ['*'], line: 5, column: 5 }),
        testGrant({ kind: 'identity-policy', principal: user('ops'), effect: 'deny', actions: ['iam:PutGroupPolicy'], resources: ['arn:aws:iam::123456789012:group/admins'], line: 11, column: 5 }),
      ],
      errors: [
        { messageId: 'escalation', data: { principal: 'ops', method: 'PutUserPolicy', id: 'iam-007', actions: '`iam:PutUserPolicy`', sources: `${M}:5`, passing: '' }, line: 5, column: 5 },
      ],
    },
    {
      name: 'a group path is reported on the group, not again on its members',
      grants: [
        testGrant({ kind: 'identity-policy', principal: group('admins'), actions: ['iam:AttachUserPolicy'], resources: ['*'], line: 5, column: 5 }),
        testGrant({ kind: 'membership', principal: user('alice'), role: 'admins', line: 12, column: 3 }),
      ],
      errors: [
        {
          messageId: 'escalation',
          data: { principal: 'admins', method: 'AttachUserPolicy', id: 'iam-008', actions: '`iam:AttachUserPolicy`', sources: `${M}:5`, passing: '' },
          line: 5,
          column: 5,
        },
      ],
    },
    {
      name: 'a condition that always holds is no restriction',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: user('dev'),
          actions: ['iam:CreateLoginProfile'],
          resources: ['*'],
          conditions: { DateGreaterThan: { 'aws:TokenIssueTime': ['2020-01-01T00:00:00Z'] } },
          line: 3,
          column: 5,
        }),
      ],
      errors: [
        {
          messageId: 'escalation',
          data: { principal: 'dev', method: 'CreateLoginProfile', id: 'iam-004', actions: '`iam:CreateLoginProfile`', sources: `${M}:3`, passing: '' },
          line: 3,
          column: 5,
        },
      ],
    },
  ],
});
