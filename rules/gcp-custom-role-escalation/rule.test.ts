import { gcpBinding, gcpCustomRole } from '../../src/analyze/gcp/test-grants.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'read-only custom role',
      grants: [gcpCustomRole({ role: 'projects/p/roles/reader', permissions: ['storage.objects.get', 'storage.objects.list'], line: 5, column: 3 })],
    },
    {
      name: 'part of a multi-permission method is not enough',
      grants: [
        gcpCustomRole({
          role: 'projects/p/roles/runDeployer',
          permissions: ['run.services.create', 'run.services.update', 'iam.serviceAccounts.actAs'],
          line: 5,
          column: 3,
        }),
      ],
    },
    {
      name: 'a DISABLED role grants nothing',
      grants: [gcpCustomRole({ role: 'projects/p/roles/old', permissions: ['iam.roles.update'], stage: 'DISABLED', line: 5, column: 3 })],
    },
    {
      name: 'bindings of predefined roles are not role definitions',
      grants: [gcpBinding({ role: 'roles/iam.roleAdmin', member: 'group:a@example.com', scope: 'projects/p', scopeKind: 'project', line: 2, column: 3 })],
    },
  ],
  invalid: [
    {
      name: 'single escalation permission',
      grants: [gcpCustomRole({ role: 'projects/p/roles/keyMaker', permissions: ['iam.serviceAccounts.get', 'iam.serviceAccountKeys.create'], line: 6, column: 17, endLine: 9, endColumn: 4 })],
      errors: [
        {
          messageId: 'escalation',
          data: {
            role: 'projects/p/roles/keyMaker',
            permissions: '`iam.serviceAccountKeys.create`',
            effect: 'create keys for service accounts and act as them',
            method: 'CreateServiceAccountKey',
          },
          line: 6,
          column: 17,
          endLine: 9,
          endColumn: 4,
        },
      ],
    },
    {
      name: 'a complete multi-permission method, matched case-insensitively',
      grants: [
        gcpCustomRole({
          role: 'organizations/1/roles/runAdmin',
          scopeKind: 'organization',
          permissions: ['run.services.create', 'IAM.serviceaccounts.actAs', 'run.services.setIamPolicy'],
          line: 3,
          column: 1,
        }),
      ],
      errors: [
        {
          messageId: 'escalation',
          data: {
            role: 'organizations/1/roles/runAdmin',
            permissions: '`run.services.create`, `iam.serviceAccounts.actAs`, `run.services.setIamPolicy`',
            effect: 'deploy a public Cloud Run service that runs as a service account',
            method: 'ExfilCloudRunServiceUnauthCall',
          },
          line: 3,
          column: 1,
        },
      ],
    },
    {
      name: 'one finding per method, and other setIamPolicy permissions at medium',
      grants: [
        gcpCustomRole({
          role: 'projects/p/roles/ops',
          permissions: ['iam.roles.update', 'resourcemanager.projects.setIamPolicy', 'storage.buckets.setIamPolicy'],
          line: 4,
          column: 3,
        }),
      ],
      errors: [
        { messageId: 'escalation', data: { role: 'projects/p/roles/ops', permissions: '`iam.roles.update`', effect: 'add any permission to a custom role it holds', method: 'UpdateIAMRole' }, line: 4, column: 3 },
        { messageId: 'escalation', data: { role: 'projects/p/roles/ops', permissions: '`resourcemanager.projects.setIamPolicy`', effect: 'grant anyone any role on projects', method: 'SetProjectIAMPolicy' }, line: 4, column: 3 },
        { messageId: 'setIamPolicy', data: { role: 'projects/p/roles/ops', permissions: '`storage.buckets.setIamPolicy`' }, severity: 'medium', line: 4, column: 3 },
      ],
    },
  ],
});
