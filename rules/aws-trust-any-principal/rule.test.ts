import { RuleTester } from '../../src/testing/rule-tester.js';
import { account, anyone, service, testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'service principal',
      grants: [testGrant({ kind: 'trust-policy', principal: service('lambda.amazonaws.com'), actions: ['sts:AssumeRole'], line: 5, column: 5 })],
    },
    {
      name: 'named account',
      grants: [testGrant({ kind: 'trust-policy', principal: account('arn:aws:iam::111122223333:root'), actions: ['sts:AssumeRole'], line: 5, column: 5 })],
    },
    {
      name: 'any principal narrowed to the organization',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: anyone(),
          actions: ['sts:AssumeRole'],
          conditions: { StringEquals: { 'aws:PrincipalOrgID': ['o-a1b2c3d4e5'] } },
          line: 5,
          column: 5,
        }),
      ],
    },
    {
      name: 'any principal narrowed by ARN pattern (key case differs)',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: anyone(),
          actions: ['sts:AssumeRole'],
          conditions: { ArnLike: { 'AWS:PrincipalArn': ['arn:aws:iam::111122223333:role/ci-*'] } },
          line: 5,
          column: 5,
        }),
      ],
    },
    {
      name: 'deny for anyone',
      grants: [testGrant({ kind: 'trust-policy', effect: 'deny', principal: anyone(), actions: ['sts:AssumeRole'], line: 5, column: 5 })],
    },
  ],
  invalid: [
    {
      name: 'Principal *',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: anyone(),
          actions: ['sts:AssumeRole'],
          details: { attachedTo: 'aws_iam_role.shared' },
          line: 7,
          column: 7,
          endLine: 11,
          endColumn: 8,
        }),
      ],
      errors: [{ messageId: 'anyPrincipal', data: { role: 'aws_iam_role.shared', principal: '*' }, line: 7, column: 7, endLine: 11, endColumn: 8 }],
    },
    {
      name: 'root of every account',
      grants: [testGrant({ kind: 'trust-policy', principal: account('arn:aws:iam::*:root'), actions: ['sts:AssumeRole'], line: 3, column: 1 })],
      errors: [{ messageId: 'anyPrincipal', data: { role: 'aws_iam_policy.test', principal: 'arn:aws:iam::*:root' }, line: 3, column: 1 }],
    },
    {
      name: 'conditions that do not narrow the caller',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: anyone(),
          actions: ['sts:AssumeRole'],
          conditions: {
            StringNotEquals: { 'aws:PrincipalOrgID': ['o-a1b2c3d4e5'] },
            StringLike: { 'aws:PrincipalAccount': ['*'] },
            StringEqualsIfExists: { 'aws:SourceAccount': ['111122223333'] },
          },
          line: 3,
          column: 1,
        }),
      ],
      errors: [{ messageId: 'anyPrincipal', line: 3, column: 1 }],
    },
  ],
});
