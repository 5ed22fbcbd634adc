import { gcpBinding } from '../../src/analyze/gcp/test-grants.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'group member on a project',
      grants: [gcpBinding({ role: 'roles/viewer', member: 'group:eng@example.com', scope: 'projects/p', scopeKind: 'project', line: 4, column: 13 })],
    },
    {
      name: 'user on one secret is resource-level',
      grants: [gcpBinding({ role: 'roles/secretmanager.secretAccessor', member: 'user:oncall@example.com', scope: 'secret_manager_secret:p/db', scopeKind: 'resource', line: 4, column: 13 })],
    },
    {
      name: 'service accounts are not users',
      grants: [gcpBinding({ role: 'roles/viewer', member: 'serviceAccount:app@p.iam.gserviceaccount.com', scope: 'projects/p', scopeKind: 'project', line: 4, column: 13 })],
    },
  ],
  invalid: [
    {
      name: 'user on a project',
      grants: [gcpBinding({ role: 'roles/bigquery.admin', member: 'user:alice@example.com', scope: 'projects/data', scopeKind: 'project', line: 4, column: 13, endColumn: 37 })],
      errors: [
        {
          messageId: 'userMember',
          data: { role: 'roles/bigquery.admin', member: 'user:alice@example.com', scope: 'project projects/data' },
          line: 4,
          column: 13,
          endColumn: 37,
        },
      ],
    },
    {
      name: 'users among a folder binding\'s members',
      grants: [
        gcpBinding({ role: 'roles/browser', member: 'group:eng@example.com', scope: 'folders/5', scopeKind: 'folder', variant: 'binding', line: 6, column: 5 }),
        gcpBinding({ role: 'roles/browser', member: 'user:bob@example.com', scope: 'folders/5', scopeKind: 'folder', variant: 'binding', line: 7, column: 5 }),
        gcpBinding({ role: 'roles/browser', member: 'principal://goog/subject/carol@example.com', scope: 'folders/5', scopeKind: 'folder', variant: 'binding', line: 8, column: 5 }),
      ],
      errors: [
        { messageId: 'userMember', line: 7, column: 5 },
        { messageId: 'userMember', line: 8, column: 5 },
      ],
    },
  ],
});
