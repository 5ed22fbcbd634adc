import { gcpBinding } from '../../src/analyze/gcp/test-grants.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'token creator on one service account',
      grants: [
        gcpBinding({
          role: 'roles/iam.serviceAccountTokenCreator',
          member: 'group:deployers@example.com',
          scope: 'service_account:projects/p/serviceAccounts/deploy@p.iam.gserviceaccount.com',
          scopeKind: 'resource',
          line: 3,
          column: 22,
        }),
      ],
    },
    {
      name: 'ordinary predefined role on a project',
      grants: [gcpBinding({ role: 'roles/logging.logWriter', member: 'serviceAccount:app@p.iam.gserviceaccount.com', scope: 'projects/p', scopeKind: 'project', line: 3, column: 22 })],
    },
    {
      name: 'basic roles are gcp-basic-role findings',
      grants: [gcpBinding({ role: 'roles/owner', member: 'group:root@example.com', scope: 'projects/p', scopeKind: 'project', line: 3, column: 22 })],
    },
    {
      name: 'privileged role with a deleted member',
      grants: [gcpBinding({ role: 'roles/iam.securityAdmin', member: 'deleted:group:old@example.com?uid=5', scope: 'projects/p', scopeKind: 'project', line: 3, column: 22 })],
    },
  ],
  invalid: [
    {
      name: 'service account user on a project (CIS 1.6)',
      grants: [
        gcpBinding({ role: 'roles/iam.serviceAccountUser', member: 'user:dev@example.com', scope: 'projects/app', scopeKind: 'project', line: 8, column: 12, endColumn: 34 }),
      ],
      errors: [
        {
          messageId: 'impersonation',
          data: { role: 'roles/iam.serviceAccountUser', member: 'user:dev@example.com', scope: 'project projects/app', permissions: '`iam.serviceAccounts.actAs`' },
          line: 8,
          column: 12,
          endColumn: 34,
        },
      ],
    },
    {
      name: 'project IAM admin on a folder',
      grants: [gcpBinding({ role: 'roles/resourcemanager.projectIamAdmin', member: 'group:platform@example.com', scope: 'folders/9', scopeKind: 'folder', variant: 'binding', line: 2, column: 5 })],
      errors: [
        {
          messageId: 'iamAdmin',
          data: {
            role: 'roles/resourcemanager.projectIamAdmin',
            member: 'group:platform@example.com',
            scope: 'folder folders/9',
            permissions: '`resourcemanager.projects.setIamPolicy`',
          },
          line: 2,
          column: 5,
        },
      ],
    },
    {
      name: 'each capability has its own message',
      grants: [
        gcpBinding({ role: 'roles/iam.serviceAccountKeyAdmin', member: 'group:a@example.com', scope: 'organizations/1', scopeKind: 'organization', line: 1, column: 1 }),
        gcpBinding({ role: 'roles/iam.roleAdmin', member: 'group:a@example.com', scope: 'organizations/1', scopeKind: 'organization', line: 2, column: 1 }),
        gcpBinding({ role: 'roles/cloudbuild.builds.editor', member: 'group:a@example.com', scope: 'projects/p', scopeKind: 'project', line: 3, column: 1 }),
        gcpBinding({ role: 'roles/iam.workloadIdentityUser', member: 'principalSet://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/gh/*', scope: 'projects/p', scopeKind: 'project', line: 4, column: 1 }),
      ],
      errors: [
        { messageId: 'serviceAccountKeys', line: 1, column: 1 },
        { messageId: 'roleAdmin', line: 2, column: 1 },
        { messageId: 'runsAsServiceAccount', line: 3, column: 1 },
        { messageId: 'impersonation', line: 4, column: 1 },
      ],
    },
  ],
});
