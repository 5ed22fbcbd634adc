import { gcpBinding } from '../../src/analyze/gcp/test-grants.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'bucket readable by a group',
      grants: [gcpBinding({ role: 'roles/storage.objectViewer', member: 'group:web@example.com', scope: 'storage_bucket:site', scopeKind: 'resource', line: 4, column: 13 })],
    },
    {
      name: 'a domain member is an organization, not the public',
      grants: [gcpBinding({ role: 'roles/run.invoker', member: 'domain:example.com', scope: 'cloud_run_service:p/api', scopeKind: 'resource', line: 4, column: 13 })],
    },
    {
      name: 'a workload identity pool set is not public',
      grants: [
        gcpBinding({
          role: 'roles/iam.workloadIdentityUser',
          member: 'principalSet://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/gh/*',
          scope: 'service_account:projects/p/serviceAccounts/ci@p.iam.gserviceaccount.com',
          scopeKind: 'resource',
          line: 4,
          column: 13,
        }),
      ],
    },
  ],
  invalid: [
    {
      name: 'allUsers on a bucket',
      grants: [gcpBinding({ role: 'roles/storage.objectViewer', member: 'allUsers', scope: 'storage_bucket:site', scopeKind: 'resource', line: 4, column: 13, endColumn: 23 })],
      errors: [{ messageId: 'allUsers', data: { role: 'roles/storage.objectViewer', scope: 'storage_bucket:site' }, line: 4, column: 13, endColumn: 23 }],
    },
    {
      name: 'allAuthenticatedUsers on a KMS key through a policy document',
      grants: [
        gcpBinding({
          role: 'roles/cloudkms.cryptoKeyDecrypter',
          member: 'allAuthenticatedUsers',
          scope: 'kms_crypto_key:projects/p/locations/global/keyRings/r/cryptoKeys/k',
          scopeKind: 'resource',
          variant: 'policy',
          file: 'policy.tf',
          line: 7,
          column: 19,
        }),
      ],
      errors: [
        {
          messageId: 'allAuthenticatedUsers',
          data: { role: 'roles/cloudkms.cryptoKeyDecrypter', scope: 'kms_crypto_key:projects/p/locations/global/keyRings/r/cryptoKeys/k' },
          file: 'policy.tf',
          line: 7,
          column: 19,
        },
      ],
    },
    {
      name: 'both public members on a dataset: two findings in source order',
      grants: [
        gcpBinding({ role: 'roles/bigquery.dataViewer', member: 'allUsers', scope: 'bigquery_dataset:p/sales', scopeKind: 'resource', variant: 'binding', line: 5, column: 6 }),
        gcpBinding({ role: 'roles/bigquery.dataViewer', member: 'allAuthenticatedUsers', scope: 'bigquery_dataset:p/sales', scopeKind: 'resource', variant: 'binding', line: 5, column: 18 }),
      ],
      errors: [
        { messageId: 'allUsers', line: 5, column: 6 },
        { messageId: 'allAuthenticatedUsers', line: 5, column: 18 },
      ],
    },
  ],
});
