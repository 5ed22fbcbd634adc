import { RuleTester } from '../../src/testing/rule-tester.js';
import { testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'known actions',
      grants: [testGrant({ kind: 'identity-policy', actions: ['s3:GetObject', 'iam:PassRole'], line: 3, column: 5 })],
    },
    {
      name: 'empty unknown list',
      grants: [testGrant({ kind: 'identity-policy', actions: ['s3:GetObject'], details: { unknownActions: [] }, line: 3, column: 5 })],
    },
  ],
  invalid: [
    {
      name: 'misspelled action, unknown service, missing colon',
      grants: [
        testGrant({
          kind: 'identity-policy',
          actions: ['s3:GetObjects', 'sss:GetObject', 'GetObject'],
          details: { unknownActions: ['s3:GetObjects', 'sss:GetObject', 'GetObject'] },
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 60,
        }),
      ],
      errors: [
        { messageId: 'unknownAction', data: { action: 's3:GetObjects', service: 's3' }, line: 11, column: 9, endLine: 11, endColumn: 60, severity: 'medium' },
        { messageId: 'unknownService', data: { action: 'sss:GetObject', service: 'sss' }, line: 11, column: 9 },
        { messageId: 'malformedAction', data: { action: 'GetObject' }, line: 11, column: 9 },
      ],
    },
    {
      name: 'pattern that matches no action of a known service is low',
      grants: [
        testGrant({ kind: 'identity-policy', actions: ['sqs:Describe*', 'sqs:Get*'], details: { unknownActions: ['sqs:Describe*'] }, line: 4, column: 3 }),
      ],
      errors: [{ messageId: 'patternMatchesNothing', data: { action: 'sqs:Describe*', service: 'sqs' }, line: 4, column: 3, severity: 'low' }],
    },
    {
      name: 'unknown action in a deny statement',
      grants: [
        testGrant({ kind: 'identity-policy', effect: 'deny', actions: ['iam:DeleteUsers'], details: { unknownActions: ['iam:DeleteUsers'] }, line: 2, column: 3 }),
      ],
      errors: [{ messageId: 'unknownAction', data: { action: 'iam:DeleteUsers', service: 'iam' }, line: 2, column: 3 }],
    },
  ],
});
