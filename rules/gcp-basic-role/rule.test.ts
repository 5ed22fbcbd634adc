import { gcpBinding } from '../../src/analyze/gcp/test-grants.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'predefined role on a project',
      grants: [gcpBinding({ role: 'roles/storage.objectViewer', member: 'group:eng@example.com', scope: 'projects/app', scopeKind: 'project', line: 4, column: 12 })],
    },
    {
      name: 'viewer basic role is not flagged',
      grants: [gcpBinding({ role: 'roles/viewer', member: 'group:eng@example.com', scope: 'projects/app', scopeKind: 'project', line: 4, column: 12 })],
    },
    {
      name: 'owner of one resource (a bucket) is resource-level, not hierarchy-level',
      grants: [gcpBinding({ role: 'roles/owner', member: 'group:eng@example.com', scope: 'storage_bucket:assets', scopeKind: 'resource', line: 4, column: 12 })],
    },
    {
      name: 'owner on a billing account is not a hierarchy node',
      grants: [gcpBinding({ role: 'roles/owner', member: 'group:fin@example.com', scope: 'billingAccounts/0A-1B', scopeKind: 'billing-account', line: 4, column: 12 })],
    },
    {
      name: 'deleted member grants nothing',
      grants: [gcpBinding({ role: 'roles/owner', member: 'deleted:user:old@example.com?uid=1', scope: 'projects/app', scopeKind: 'project', line: 4, column: 12 })],
    },
  ],
  invalid: [
    {
      name: 'owner on a project',
      grants: [gcpBinding({ role: 'roles/owner', member: 'user:alice@example.com', scope: 'projects/app', scopeKind: 'project', line: 4, column: 12, endColumn: 36 })],
      errors: [
        {
          messageId: 'basicRole',
          data: {
            role: 'roles/owner',
            member: 'user:alice@example.com',
            scope: 'project projects/app',
            reach: 'full control of every resource below it, including its IAM policy',
          },
          severity: 'high',
          line: 4,
          column: 12,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'editor on a folder through an authoritative binding, lower severity',
      grants: [
        gcpBinding({ role: 'roles/editor', member: 'group:ops@example.com', scope: 'folders/123', scopeKind: 'folder', variant: 'binding', line: 9, column: 7 }),
      ],
      errors: [{ messageId: 'basicRole', severity: 'medium', line: 9, column: 7 }],
    },
    {
      name: 'owner on the organization to an unknown member is still reported',
      grants: [gcpBinding({ role: 'roles/owner', member: '${var.admin}', scope: 'organizations/42', scopeKind: 'organization', line: 2, column: 3 })],
      errors: [{ messageId: 'basicRole', data: { role: 'roles/owner', member: '${var.admin}', scope: 'organization organizations/42', reach: 'full control of every resource below it, including its IAM policy' }, line: 2, column: 3 }],
    },
  ],
});
