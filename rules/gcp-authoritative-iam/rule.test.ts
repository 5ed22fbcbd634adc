import { gcpBinding } from '../../src/analyze/gcp/test-grants.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rule.js';

const project = { scope: 'projects/app', scopeKind: 'project' } as const;

new RuleTester().run(rule, {
  valid: [
    {
      name: 'additive members only',
      grants: [
        gcpBinding({ ...project, role: 'roles/viewer', member: 'group:a@example.com', line: 1, column: 1, address: 'google_project_iam_member.a' }),
        gcpBinding({ ...project, role: 'roles/viewer', member: 'group:b@example.com', line: 6, column: 1, address: 'google_project_iam_member.b' }),
      ],
    },
    {
      name: 'a binding alone for its role',
      grants: [
        gcpBinding({ ...project, role: 'roles/viewer', member: 'group:a@example.com', variant: 'binding', line: 1, column: 1, address: 'google_project_iam_binding.viewers' }),
        gcpBinding({ ...project, role: 'roles/browser', member: 'group:b@example.com', line: 6, column: 1, address: 'google_project_iam_member.b' }),
      ],
    },
    {
      name: 'same role on another project',
      grants: [
        gcpBinding({ ...project, role: 'roles/viewer', member: 'group:a@example.com', variant: 'binding', line: 1, column: 1, address: 'google_project_iam_binding.viewers' }),
        gcpBinding({ scope: 'projects/other', scopeKind: 'project', role: 'roles/viewer', member: 'group:b@example.com', line: 6, column: 1, address: 'google_project_iam_member.b' }),
      ],
    },
  ],
  invalid: [
    {
      name: 'a policy is reported once, at its first grant',
      grants: [
        gcpBinding({ ...project, role: 'roles/viewer', member: 'group:b@example.com', variant: 'policy', file: 'policy.tf', line: 9, column: 16, address: 'google_project_iam_policy.app' }),
        gcpBinding({ ...project, role: 'roles/viewer', member: 'group:a@example.com', variant: 'policy', file: 'policy.tf', line: 4, column: 16, address: 'google_project_iam_policy.app' }),
      ],
      errors: [
        {
          messageId: 'policy',
          data: { resource: 'google_project_iam_policy.app', scope: 'project projects/app', role: 'roles/viewer' },
          file: 'policy.tf',
          line: 4,
          column: 16,
        },
      ],
    },
    {
      name: 'a policy and members on the same project',
      grants: [
        gcpBinding({ ...project, role: 'roles/viewer', member: 'group:a@example.com', variant: 'policy', line: 4, column: 16, address: 'google_project_iam_policy.app' }),
        gcpBinding({ ...project, role: 'roles/logging.viewer', member: 'group:b@example.com', line: 20, column: 12, address: 'google_project_iam_member.logs' }),
        gcpBinding({ ...project, role: 'roles/browser', member: 'group:c@example.com', line: 30, column: 12, address: 'module.m.google_project_iam_member.b["x"]' }),
      ],
      errors: [
        {
          messageId: 'policyConflict',
          data: {
            resource: 'google_project_iam_policy.app',
            scope: 'project projects/app',
            role: 'roles/viewer',
            others: '`google_project_iam_member.logs` and `module.m.google_project_iam_member.b["x"]`',
          },
          line: 4,
          column: 16,
        },
      ],
    },
    {
      name: 'a binding and a member of the same role on the same bucket',
      grants: [
        gcpBinding({ scope: 'storage_bucket:assets', scopeKind: 'resource', role: 'roles/storage.objectViewer', member: 'group:a@example.com', variant: 'binding', line: 3, column: 14, address: 'google_storage_bucket_iam_binding.readers' }),
        gcpBinding({ scope: 'storage_bucket:assets', scopeKind: 'resource', role: 'roles/storage.objectViewer', member: 'serviceAccount:cdn@p.iam.gserviceaccount.com', line: 12, column: 12, address: 'google_storage_bucket_iam_member.cdn' }),
      ],
      errors: [
        {
          messageId: 'bindingConflict',
          data: {
            resource: 'google_storage_bucket_iam_binding.readers',
            scope: 'storage_bucket:assets',
            role: 'roles/storage.objectViewer',
            others: '`google_storage_bucket_iam_member.cdn`',
          },
          line: 3,
          column: 14,
        },
      ],
    },
    {
      name: 'two bindings of one role each report the other',
      grants: [
        gcpBinding({ ...project, role: 'roles/viewer', member: 'group:a@example.com', variant: 'binding', line: 1, column: 1, address: 'google_project_iam_binding.a' }),
        gcpBinding({ ...project, role: 'roles/viewer', member: 'group:b@example.com', variant: 'binding', line: 8, column: 1, address: 'google_project_iam_binding.b' }),
      ],
      errors: [
        { messageId: 'bindingConflict', line: 1, column: 1 },
        { messageId: 'bindingConflict', line: 8, column: 1 },
      ],
    },
  ],
});
