import { RuleTester } from '../../src/testing/rule-tester.js';
import { group, role, testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'scoped actions on named resources',
      grants: [testGrant({ kind: 'identity-policy', actions: ['s3:GetObject'], resources: ['arn:aws:s3:::reports/*'], line: 5, column: 7 })],
    },
    {
      name: 'every action on one bucket is not full admin',
      grants: [testGrant({ kind: 'identity-policy', actions: ['*'], resources: ['arn:aws:s3:::reports'], line: 5, column: 7 })],
    },
    {
      name: 'deny of everything',
      grants: [testGrant({ kind: 'identity-policy', effect: 'deny', actions: ['*'], resources: ['*'], line: 5, column: 7 })],
    },
    {
      name: 'NotAction that excludes all of IAM (power-user shape)',
      grants: [
        testGrant({ kind: 'identity-policy', notActions: ['iam:*', 'organizations:*', 'account:*'], resources: ['*'], line: 9, column: 3 }),
      ],
    },
    {
      name: 'read-only managed policy attachment',
      grants: [
        testGrant({ kind: 'identity-policy', role: 'arn:aws:iam::aws:policy/ReadOnlyAccess', principal: role('auditor'), line: 14, column: 1 }),
      ],
    },
    {
      name: 'customer-managed policy attachment without statements',
      grants: [
        testGrant({ kind: 'identity-policy', role: 'arn:aws:iam::123456789012:policy/AdministratorAccess', line: 14, column: 1 }),
      ],
    },
    {
      name: 'resource policy with * on * is left to the public-access rules',
      grants: [testGrant({ kind: 'resource-policy', actions: ['*'], resources: ['*'], line: 3, column: 3 })],
    },
    {
      name: 'NotAction with an unevaluated element may exclude IAM',
      grants: [testGrant({ kind: 'identity-policy', notActions: ['s3:DeleteBucket', '${var.excluded}'], resources: ['*'], line: 9, column: 3 })],
    },
  ],
  invalid: [
    {
      name: 'Action * on Resource *',
      grants: [testGrant({ kind: 'identity-policy', actions: ['*'], resources: ['*'], line: 12, column: 9, endLine: 16, endColumn: 10 })],
      errors: [{ messageId: 'fullAdmin', line: 12, column: 9, endLine: 16, endColumn: 10 }],
    },
    {
      name: 'Action * among others on an all-wildcard ARN',
      grants: [testGrant({ kind: 'identity-policy', actions: ['s3:GetObject', '*'], resources: ['arn:*:*:*:*:*'], line: 4, column: 5 })],
      errors: [{ messageId: 'fullAdmin', line: 4, column: 5 }],
    },
    {
      name: 'NotAction that leaves IAM open',
      grants: [testGrant({ kind: 'identity-policy', notActions: ['s3:DeleteBucket'], resources: ['*'], line: 20, column: 5 })],
      errors: [
        { messageId: 'notActionAdmin', data: { excluded: '`s3:DeleteBucket`', example: 'iam:AttachRolePolicy' }, line: 20, column: 5 },
      ],
    },
    {
      name: 'AdministratorAccess attached to a group',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: group('oncall'),
          role: 'arn:aws:iam::aws:policy/AdministratorAccess',
          actions: ['*'],
          resources: ['*'],
          address: 'aws_iam_group_policy_attachment.oncall_admin',
          line: 6,
          column: 1,
        }),
      ],
      errors: [
        {
          messageId: 'managedAdmin',
          data: { policy: 'AdministratorAccess', reason: 'allows every action on every resource' },
          line: 6,
          column: 1,
        },
      ],
    },
    {
      name: 'PowerUserAccess and IAMFullAccess attached',
      grants: [
        testGrant({ kind: 'identity-policy', role: 'arn:aws:iam::aws:policy/PowerUserAccess', line: 3, column: 1 }),
        testGrant({ kind: 'identity-policy', role: 'arn:aws:iam::aws:policy/IAMFullAccess', line: 8, column: 1 }),
      ],
      errors: [
        { messageId: 'managedAdmin', data: { policy: 'PowerUserAccess', reason: 'allows every action outside IAM, Organizations and Account management: near-administrator' }, line: 3, column: 1 },
        { messageId: 'managedAdmin', data: { policy: 'IAMFullAccess', reason: 'allows iam:* which opens every IAM self-escalation path' }, line: 8, column: 1 },
      ],
    },
    {
      name: 'GovCloud partition ARN',
      grants: [testGrant({ kind: 'identity-policy', role: 'arn:aws-us-gov:iam::aws:policy/AdministratorAccess', line: 2, column: 3 })],
      errors: [{ messageId: 'managedAdmin', line: 2, column: 3 }],
    },
  ],
});
