import { RuleTester } from '../../src/testing/rule-tester.js';
import { federated, service, testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

const GITHUB = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'one repository and branch',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: federated(GITHUB),
          actions: ['sts:AssumeRoleWithWebIdentity'],
          conditions: {
            StringEquals: {
              'token.actions.githubusercontent.com:aud': ['sts.amazonaws.com'],
              'token.actions.githubusercontent.com:sub': ['repo:acme/payments:ref:refs/heads/main'],
            },
          },
          line: 3,
          column: 5,
        }),
      ],
    },
    {
      name: 'repository with any branch via StringLike',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: federated(GITHUB),
          actions: ['sts:AssumeRoleWithWebIdentity'],
          conditions: { StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:acme/payments:*', 'repo:acme/web:environment:prod'] } },
          line: 3,
          column: 5,
        }),
      ],
    },
    {
      name: 'sub built from a variable is not judged',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: federated(GITHUB),
          actions: ['sts:AssumeRoleWithWebIdentity'],
          conditions: { StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:${var.repository}:*'] } },
          unresolved: ['var.repository'],
          line: 3,
          column: 5,
        }),
      ],
    },
    {
      name: 'other OIDC providers and services are out of scope',
      grants: [
        testGrant({ kind: 'trust-policy', principal: federated('arn:aws:iam::123456789012:oidc-provider/gitlab.com'), actions: ['sts:AssumeRoleWithWebIdentity'], line: 3, column: 5 }),
        testGrant({ kind: 'trust-policy', principal: service('lambda.amazonaws.com'), actions: ['sts:AssumeRole'], line: 9, column: 5 }),
      ],
    },
  ],
  invalid: [
    {
      name: 'no sub condition, only aud',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: federated(GITHUB),
          actions: ['sts:AssumeRoleWithWebIdentity'],
          conditions: { StringEquals: { 'token.actions.githubusercontent.com:aud': ['sts.amazonaws.com'] } },
          details: { attachedTo: 'aws_iam_role.deploy' },
          line: 14,
          column: 3,
          endLine: 29,
          endColumn: 4,
        }),
      ],
      errors: [
        {
          messageId: 'missingSub',
          data: { role: 'aws_iam_role.deploy', key: 'token.actions.githubusercontent.com:sub' },
          line: 14,
          column: 3,
          endLine: 29,
          endColumn: 4,
        },
      ],
    },
    {
      name: 'sub matching every repository',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: federated(GITHUB),
          actions: ['sts:AssumeRoleWithWebIdentity'],
          conditions: { StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:*', 'repo:acme*', '*'] } },
          line: 5,
          column: 1,
        }),
      ],
      errors: [
        { messageId: 'anyRepository', data: { role: 'aws_iam_policy.test', key: 'token.actions.githubusercontent.com:sub', value: 'repo:*' }, line: 5, column: 1, severity: 'critical' },
        { messageId: 'anyRepository', data: { role: 'aws_iam_policy.test', key: 'token.actions.githubusercontent.com:sub', value: 'repo:acme*' }, line: 5, column: 1 },
        { messageId: 'anyRepository', data: { role: 'aws_iam_policy.test', key: 'token.actions.githubusercontent.com:sub', value: '*' }, line: 5, column: 1 },
      ],
    },
    {
      name: 'every repository of one owner is medium',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: federated(GITHUB),
          actions: ['sts:AssumeRoleWithWebIdentity'],
          conditions: { StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:acme/*'] } },
          line: 5,
          column: 1,
        }),
      ],
      errors: [{ messageId: 'anyRepositoryOfOwner', data: { role: 'aws_iam_policy.test', key: 'token.actions.githubusercontent.com:sub', value: 'repo:acme/*' }, line: 5, column: 1, severity: 'medium' }],
    },
    {
      name: 'sub only in a negative or if-exists condition',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: federated(GITHUB),
          actions: ['sts:AssumeRoleWithWebIdentity'],
          conditions: {
            StringNotLike: { 'token.actions.githubusercontent.com:sub': ['repo:evil/*'] },
            StringLikeIfExists: { 'token.actions.githubusercontent.com:sub': ['repo:acme/payments:*'] },
          },
          line: 5,
          column: 1,
        }),
      ],
      errors: [{ messageId: 'missingSub', line: 5, column: 1 }],
    },
    {
      name: 'provider ARN from an expression, recognised by its condition keys',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: federated('${aws_iam_openid_connect_provider.github.arn}'),
          actions: ['sts:AssumeRoleWithWebIdentity'],
          conditions: { StringEquals: { 'token.actions.githubusercontent.com:aud': ['sts.amazonaws.com'] } },
          unresolved: ['aws_iam_openid_connect_provider.github.arn'],
          line: 7,
          column: 3,
        }),
      ],
      errors: [{ messageId: 'missingSub', line: 7, column: 3 }],
    },
    {
      name: 'GitHub Enterprise Server issuer',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: federated('arn:aws:iam::123456789012:oidc-provider/github.example.com/_services/token'),
          actions: ['sts:AssumeRoleWithWebIdentity'],
          line: 7,
          column: 3,
        }),
      ],
      errors: [{ messageId: 'missingSub', data: { role: 'aws_iam_policy.test', key: 'github.example.com/_services/token:sub' }, line: 7, column: 3 }],
    },
  ],
});
