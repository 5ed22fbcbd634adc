import { gcpBinding, gcpServiceAccountKey } from '../../src/analyze/gcp/test-grants.js';
import { testGrant } from '../../src/testing/grants.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'a binding of the key admin role is not a key',
      grants: [gcpBinding({ role: 'roles/iam.serviceAccountKeyAdmin', member: 'group:a@example.com', scope: 'projects/p', scopeKind: 'project', line: 1, column: 1 })],
    },
    {
      name: 'an inactive HMAC key cannot authenticate',
      grants: [
        testGrant({
          cloud: 'gcp',
          kind: 'credential',
          principal: { type: 'service-account', name: 'serviceAccount:s3@p.iam.gserviceaccount.com' },
          details: { credentialType: 'hmac-key', resourceType: 'google_storage_hmac_key', state: 'INACTIVE' },
          address: 'google_storage_hmac_key.old',
          line: 1,
          column: 1,
        }),
      ],
    },
    {
      name: 'an AWS access key is another rule\'s business',
      grants: [testGrant({ kind: 'credential', details: { credentialType: 'access-key' }, line: 1, column: 1 })],
    },
  ],
  invalid: [
    {
      name: 'Terraform-generated key',
      grants: [gcpServiceAccountKey({ email: 'ci@p.iam.gserviceaccount.com', line: 12, column: 1, endLine: 14, endColumn: 2 })],
      errors: [
        {
          messageId: 'generatedKey',
          data: { account: 'serviceAccount:ci@p.iam.gserviceaccount.com' },
          line: 12,
          column: 1,
          endLine: 14,
          endColumn: 2,
        },
      ],
    },
    {
      name: 'uploaded public key',
      grants: [gcpServiceAccountKey({ email: 'legacy@p.iam.gserviceaccount.com', keyOrigin: 'uploaded', line: 3, column: 1 })],
      errors: [{ messageId: 'uploadedKey', data: { account: 'serviceAccount:legacy@p.iam.gserviceaccount.com' }, line: 3, column: 1 }],
    },
    {
      name: 'active HMAC key',
      grants: [
        testGrant({
          cloud: 'gcp',
          kind: 'credential',
          principal: { type: 'service-account', name: 'serviceAccount:s3@p.iam.gserviceaccount.com' },
          details: { credentialType: 'hmac-key', resourceType: 'google_storage_hmac_key', state: 'ACTIVE' },
          address: 'google_storage_hmac_key.s3',
          line: 7,
          column: 1,
        }),
      ],
      errors: [{ messageId: 'hmacKey', data: { account: 'serviceAccount:s3@p.iam.gserviceaccount.com' }, line: 7, column: 1 }],
    },
  ],
});
