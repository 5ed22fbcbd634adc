import { RuleTester } from '../../src/testing/rule-tester.js';
import { testGrant, user } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'user without credentials',
      grants: [testGrant({ kind: 'identity-policy', principal: user('ci'), actions: ['s3:GetObject'], line: 3, column: 1 })],
    },
    {
      name: 'GCP service account key is not an AWS credential',
      grants: [
        testGrant({
          kind: 'credential',
          cloud: 'gcp',
          principal: { type: 'service-account', name: 'ci@example.iam.gserviceaccount.com' },
          details: { credentialType: 'service-account-key' },
          line: 3,
          column: 1,
        }),
      ],
    },
  ],
  invalid: [
    {
      name: 'access key',
      grants: [
        testGrant({
          kind: 'credential',
          principal: user('reporting-bot'),
          details: { credentialType: 'access-key' },
          address: 'aws_iam_access_key.reporting',
          line: 16,
          column: 1,
          endLine: 18,
          endColumn: 2,
        }),
      ],
      errors: [{ messageId: 'accessKey', data: { user: 'reporting-bot' }, line: 16, column: 1, endLine: 18, endColumn: 2 }],
    },
    {
      name: 'login profile and an unnamed credential type',
      grants: [
        testGrant({ kind: 'credential', principal: user('alice'), details: { credentialType: 'login-profile' }, line: 5, column: 1 }),
        testGrant({ kind: 'credential', principal: user('alice'), details: { credentialType: 'ssh-key' }, line: 9, column: 1 }),
      ],
      errors: [
        { messageId: 'loginProfile', data: { user: 'alice' }, line: 5, column: 1 },
        { messageId: 'otherCredential', data: { user: 'alice', type: 'ssh-key' }, line: 9, column: 1 },
      ],
    },
  ],
});
