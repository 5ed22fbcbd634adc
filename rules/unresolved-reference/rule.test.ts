import { RuleTester } from '../../src/testing/rule-tester.js';
import { testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'fully evaluated grant',
      grants: [testGrant({ kind: 'identity-policy', actions: ['s3:GetObject'], resources: ['arn:aws:s3:::site/*'], line: 3, column: 5 })],
    },
    {
      name: 'nothing at all',
      grants: [],
    },
  ],
  invalid: [
    {
      name: 'grant with an input variable in its actions',
      grants: [
        testGrant({
          kind: 'identity-policy',
          actions: ['s3:PutObject', 'cloudfront:CreateInvalidation', '${var.extra_actions}'],
          resources: ['*'],
          unresolved: ['var.extra_actions'],
          file: 'modules/ci-role/main.tf',
          line: 40,
          column: 7,
          endLine: 44,
          endColumn: 8,
        }),
      ],
      errors: [
        { messageId: 'unresolvedGrant', data: { exprs: '`var.extra_actions`' }, file: 'modules/ci-role/main.tf', line: 40, column: 7, endLine: 44, endColumn: 8 },
      ],
    },
    {
      name: 'remote module and a grant with many unknowns, in file order',
      grants: [
        testGrant({
          kind: 'trust-policy',
          unresolved: ['[\n    for s in var.statements :\n      s.actions\n  ]', 'var.b', 'local.c', 'module.x.arn'],
          file: 'b.tf',
          line: 2,
          column: 1,
        }),
      ],
      unresolved: [
        {
          span: { file: 'a.tf', line: 9, column: 3, endLine: 9, endColumn: 60, address: 'module.ci' },
          expr: 'git::https://example.com/modules/ci-role.git?ref=v1.2.0',
          reason: 'remote module source',
        },
      ],
      errors: [
        {
          messageId: 'unresolvedItem',
          data: { expr: 'git::https://example.com/modules/ci-role.git?ref=v1.2.0', reason: 'remote module source' },
          file: 'a.tf',
          line: 9,
          column: 3,
          endColumn: 60,
        },
        {
          messageId: 'unresolvedGrant',
          data: { exprs: '`[ for s in var.statements : s.actions ]`, `var.b`, `local.c` and 1 more' },
          file: 'b.tf',
          line: 2,
          column: 1,
        },
      ],
    },
    {
      name: 'long expression is shown on one line and shortened',
      grants: [],
      unresolved: [
        {
          span: { file: 'main.tf', line: 3, column: 1, endLine: 5, endColumn: 2 },
          expr: 'jsondecode(file("${path.module}/policies/${var.environment}/${var.team}/permissions-boundary-with-a-long-name.json"))',
          reason: 'unsupported-function',
        },
      ],
      errors: [
        {
          messageId: 'unresolvedItem',
          data: {
            expr: 'jsondecode(file("${path.module}/policies/${var.environment}/${var.team}/permiss…',
            reason: 'unsupported-function',
          },
          line: 3,
          column: 1,
        },
      ],
    },
  ],
});
