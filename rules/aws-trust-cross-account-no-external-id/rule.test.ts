import { RuleTester } from '../../src/testing/rule-tester.js';
import { account, anyone, federated, role, service, testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'external id condition',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: account('arn:aws:iam::111122223333:root'),
          actions: ['sts:AssumeRole'],
          conditions: { StringEquals: { 'sts:ExternalId': ['c2d1f7e0-vendor'] } },
          line: 4,
          column: 5,
        }),
      ],
    },
    {
      name: 'organization condition',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: account('111122223333'),
          actions: ['sts:AssumeRole'],
          conditions: { StringEquals: { 'aws:PrincipalOrgID': ['o-a1b2c3d4e5'] } },
          line: 4,
          column: 5,
        }),
      ],
    },
    {
      name: 'MFA required',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: account('arn:aws:iam::111122223333:root'),
          actions: ['sts:AssumeRole'],
          conditions: { Bool: { 'aws:MultiFactorAuthPresent': ['true'] } },
          line: 4,
          column: 5,
        }),
      ],
    },
    {
      name: 'account given as an expression',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: account('arn:aws:iam::${data.aws_caller_identity.current.account_id}:root'),
          actions: ['sts:AssumeRole'],
          unresolved: ['data.aws_caller_identity.current.account_id'],
          line: 4,
          column: 5,
        }),
      ],
    },
    {
      name: 'account listed in trustedAccounts',
      grants: [testGrant({ kind: 'trust-policy', principal: account('arn:aws:iam::123456789012:root'), actions: ['sts:AssumeRole'], line: 4, column: 5 })],
      options: { trustedAccounts: ['123456789012'] },
    },
    {
      name: 'service, federated and public principals are other rules',
      grants: [
        testGrant({ kind: 'trust-policy', principal: service('ec2.amazonaws.com'), actions: ['sts:AssumeRole'], line: 4, column: 5 }),
        testGrant({
          kind: 'trust-policy',
          principal: federated('arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'),
          actions: ['sts:AssumeRoleWithWebIdentity'],
          line: 9,
          column: 5,
        }),
        testGrant({ kind: 'trust-policy', principal: anyone(), actions: ['sts:AssumeRole'], line: 14, column: 5 }),
      ],
    },
  ],
  invalid: [
    {
      name: 'root of another account',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: account('arn:aws:iam::111122223333:root'),
          actions: ['sts:AssumeRole'],
          details: { attachedTo: 'aws_iam_role.vendor' },
          line: 6,
          column: 7,
          endLine: 12,
          endColumn: 8,
        }),
      ],
      errors: [{ messageId: 'noExternalId', data: { role: 'aws_iam_role.vendor', account: '111122223333' }, line: 6, column: 7, endLine: 12, endColumn: 8 }],
    },
    {
      name: 'role in another account, bare account id, and an account not in trustedAccounts',
      grants: [
        testGrant({ kind: 'trust-policy', principal: role('arn:aws:iam::444455556666:role/deployer'), actions: ['sts:AssumeRole'], line: 3, column: 1 }),
        testGrant({ kind: 'trust-policy', principal: account('777788889999'), actions: ['sts:AssumeRole'], line: 9, column: 1 }),
      ],
      options: { trustedAccounts: ['123456789012'] },
      errors: [
        { messageId: 'noExternalId', data: { role: 'aws_iam_policy.test', account: '444455556666' }, line: 3, column: 1 },
        { messageId: 'noExternalId', data: { role: 'aws_iam_policy.test', account: '777788889999' }, line: 9, column: 1 },
      ],
    },
    {
      name: 'external id only when present does not count',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: account('arn:aws:iam::111122223333:root'),
          actions: ['sts:AssumeRole'],
          conditions: { StringEqualsIfExists: { 'sts:ExternalId': ['c2d1f7e0-vendor'] } },
          line: 2,
          column: 2,
        }),
      ],
      errors: [{ messageId: 'noExternalId', line: 2, column: 2 }],
    },
  ],
});
