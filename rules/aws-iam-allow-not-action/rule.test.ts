import { RuleTester } from '../../src/testing/rule-tester.js';
import { testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'Action list',
      grants: [testGrant({ kind: 'identity-policy', actions: ['s3:GetObject'], resources: ['*'], line: 2, column: 3 })],
    },
    {
      name: 'Deny with NotAction (the usual guardrail shape)',
      grants: [testGrant({ kind: 'identity-policy', effect: 'deny', notActions: ['iam:*', 'sts:*'], resources: ['*'], line: 2, column: 3 })],
    },
    {
      name: 'PowerUserAccess attachment is judged by aws-iam-full-admin',
      grants: [
        testGrant({
          kind: 'identity-policy',
          role: 'arn:aws:iam::aws:policy/PowerUserAccess',
          notActions: ['iam:*', 'organizations:*', 'account:*'],
          resources: ['*'],
          line: 2,
          column: 3,
        }),
      ],
    },
    {
      name: 'NotAction that is only an unevaluated expression',
      grants: [testGrant({ kind: 'identity-policy', notActions: ['${statement.value.not_actions}'], resources: ['*'], line: 2, column: 3 })],
    },
  ],
  invalid: [
    {
      name: 'identity policy with NotAction',
      grants: [testGrant({ kind: 'identity-policy', notActions: ['iam:*', 'organizations:*'], resources: ['*'], line: 14, column: 7, endLine: 18, endColumn: 8 })],
      errors: [{ messageId: 'allowNotAction', data: { excluded: '`iam:*`, `organizations:*`' }, line: 14, column: 7, endLine: 18, endColumn: 8 }],
    },
    {
      name: 'resource policy with NotAction and many exclusions',
      grants: [
        testGrant({
          kind: 'resource-policy',
          notActions: ['s3:DeleteBucket', 's3:DeleteObject', 's3:PutBucketPolicy', 's3:PutBucketAcl'],
          resources: ['arn:aws:s3:::logs/*'],
          line: 5,
          column: 1,
        }),
      ],
      errors: [
        { messageId: 'allowNotAction', data: { excluded: '`s3:DeleteBucket`, `s3:DeleteObject`, `s3:PutBucketPolicy` and 1 more' }, line: 5, column: 1 },
      ],
    },
  ],
});
