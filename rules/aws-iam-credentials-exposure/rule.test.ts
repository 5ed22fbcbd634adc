import { RuleTester } from '../../src/testing/rule-tester.js';
import { role, testGrant, user } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'AssumeRole on one named role',
      grants: [testGrant({ kind: 'identity-policy', principal: user('ci'), actions: ['sts:AssumeRole'], resources: ['arn:aws:iam::123456789012:role/deploy'], line: 3, column: 5 })],
    },
    {
      name: 'a condition that never holds',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: user('ci'),
          actions: ['iam:CreateAccessKey'],
          resources: ['*'],
          conditions: { DateLessThan: { 'aws:CurrentTime': ['2018-01-01T00:00:00Z'] } },
          line: 3,
          column: 5,
        }),
      ],
    },
  ],
  invalid: [
    {
      name: 'ecr:GetAuthorizationToken accepts only * and still returns credentials',
      grants: [
        testGrant({ kind: 'identity-policy', principal: role('builder'), actions: ['ecr:GetAuthorizationToken'], resources: ['arn:aws:ecr:eu-west-1:123456789012:repository/app'], line: 6, column: 5 }),
      ],
      errors: [
        {
          messageId: 'credentialsExposure',
          data: { principal: 'builder', count: 1, actions: '`ecr:GetAuthorizationToken`', sources: 'main.tf:6' },
          line: 6,
          column: 5,
        },
      ],
    },
    {
      name: 'credentials actions split across two policies, named in list order',
      grants: [
        testGrant({ kind: 'identity-policy', principal: user('ci'), actions: ['sts:AssumeRole'], resources: ['*'], line: 12, column: 5 }),
        testGrant({ kind: 'identity-policy', principal: user('ci'), actions: ['iam:CreateAccessKey'], resources: ['*'], line: 3, column: 5 }),
      ],
      errors: [
        {
          messageId: 'credentialsExposure',
          data: { principal: 'ci', count: 2, actions: '`iam:CreateAccessKey`, `sts:AssumeRole`', sources: 'main.tf:3, main.tf:12' },
          line: 3,
          column: 5,
        },
      ],
    },
  ],
});
