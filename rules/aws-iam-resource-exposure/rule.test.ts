import { RuleTester } from '../../src/testing/rule-tester.js';
import { role, testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'bucket policy of one bucket',
      grants: [testGrant({ kind: 'identity-policy', principal: role('ops'), actions: ['s3:PutBucketPolicy'], resources: ['arn:aws:s3:::assets'], line: 3, column: 5 })],
    },
    {
      name: 'write actions are not permissions management',
      grants: [testGrant({ kind: 'identity-policy', principal: role('ops'), actions: ['s3:PutObject'], resources: ['*'], line: 3, column: 5 })],
    },
    {
      name: 'permissions management behind a tag condition',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: role('ops'),
          actions: ['kms:PutKeyPolicy'],
          resources: ['*'],
          conditions: { StringEquals: { 'aws:ResourceTag/owner': ['ops'] } },
          line: 3,
          column: 5,
        }),
      ],
    },
  ],
  invalid: [
    {
      name: 's3:PutBucket* on every bucket',
      grants: [testGrant({ kind: 'identity-policy', principal: role('ops'), actions: ['s3:PutBucketPolicy', 's3:PutBucketAcl', 's3:PutObject'], resources: ['*'], line: 8, column: 5 })],
      errors: [
        {
          messageId: 'resourceExposure',
          data: { principal: 'ops', count: 2, actions: '`s3:PutBucketAcl`, `s3:PutBucketPolicy`', sources: 'main.tf:8' },
          line: 8,
          column: 5,
        },
      ],
    },
    {
      name: 'an AWS-managed policy expands to its statements',
      grants: [testGrant({ kind: 'identity-policy', principal: role('ops'), role: 'arn:aws:iam::aws:policy/AmazonSQSFullAccess', line: 2, column: 1 })],
      errors: [
        {
          messageId: 'resourceExposure',
          data: { principal: 'ops', count: 3, actions: '`sqs:AddPermission`, `sqs:RemovePermission`, `sqs:SetQueueAttributes`', sources: 'main.tf:2 (AWS-managed AmazonSQSFullAccess)' },
          line: 2,
          column: 1,
        },
      ],
    },
  ],
});
