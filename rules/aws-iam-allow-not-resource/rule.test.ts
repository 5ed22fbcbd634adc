import { RuleTester } from '../../src/testing/rule-tester.js';
import { testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'Resource list',
      grants: [testGrant({ kind: 'identity-policy', actions: ['s3:PutObject'], resources: ['arn:aws:s3:::site/*'], line: 2, column: 3 })],
    },
    {
      name: 'Deny with NotResource',
      grants: [
        testGrant({ kind: 'identity-policy', effect: 'deny', actions: ['s3:*'], notResources: ['arn:aws:s3:::site/*'], line: 2, column: 3 }),
      ],
    },
    {
      name: 'NotResource that is only an unevaluated expression',
      grants: [testGrant({ kind: 'identity-policy', actions: ['s3:GetObject'], notResources: ['${statement.value.not_resources}'], line: 2, column: 3 })],
    },
  ],
  invalid: [
    {
      name: 'Allow with NotResource',
      grants: [
        testGrant({
          kind: 'identity-policy',
          actions: ['s3:DeleteObject'],
          notResources: ['arn:aws:s3:::audit-logs/*'],
          line: 21,
          column: 7,
          endLine: 25,
          endColumn: 8,
        }),
      ],
      errors: [{ messageId: 'allowNotResource', data: { excluded: '`arn:aws:s3:::audit-logs/*`' }, line: 21, column: 7, endLine: 25, endColumn: 8 }],
    },
    {
      name: 'resource policy with NotResource',
      grants: [testGrant({ kind: 'resource-policy', actions: ['sqs:SendMessage'], notResources: ['arn:aws:sqs:eu-west-1:123456789012:dlq'], line: 3, column: 5 })],
      errors: [{ messageId: 'allowNotResource', line: 3, column: 5 }],
    },
  ],
});
