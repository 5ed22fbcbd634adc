import { RuleTester } from '../../src/testing/rule-tester.js';
import { role, service, testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'Version 2012-10-17 with a policy variable',
      grants: [
        testGrant({
          kind: 'identity-policy',
          actions: ['s3:GetObject'],
          resources: ['arn:aws:s3:::home/${aws:username}/*'],
          details: { policy: 'home', policyVersion: '2012-10-17', statementIndex: 0 },
          line: 4,
          column: 5,
        }),
      ],
    },
    {
      name: 'version not recorded: not a policy document, not evaluated, or written by SAM',
      grants: [
        testGrant({ kind: 'resource-policy', principal: service('sns.amazonaws.com'), actions: ['lambda:InvokeFunction'], line: 2, column: 1 }),
        testGrant({ kind: 'identity-policy', actions: ['sqs:ReceiveMessage'], resources: ['*'], details: { policy: 'FnRolePolicy0', statementIndex: 0 }, line: 9, column: 9 }),
      ],
    },
    {
      name: 'AWS-managed policy attachment',
      grants: [
        testGrant({
          kind: 'identity-policy',
          role: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
          actions: ['s3:Get*'],
          resources: ['*'],
          details: { policy: 'ReadOnlyAccess', policyVersion: null, statementIndex: 0 },
          line: 3,
          column: 1,
        }),
      ],
    },
  ],
  invalid: [
    {
      name: 'no Version: one finding for the document, at its first statement',
      grants: [
        testGrant({ kind: 'identity-policy', principal: role('app'), actions: ['sqs:SendMessage'], resources: ['*'], details: { policy: 'app-queue', policyVersion: null, statementIndex: 1 }, line: 12, column: 7 }),
        testGrant({ kind: 'identity-policy', principal: role('app'), actions: ['s3:GetObject'], resources: ['*'], details: { policy: 'app-queue', policyVersion: null, statementIndex: 0 }, line: 6, column: 7, endLine: 10, endColumn: 8 }),
        testGrant({ kind: 'identity-policy', principal: role('worker'), actions: ['s3:GetObject'], resources: ['*'], details: { policy: 'app-queue', policyVersion: null, statementIndex: 0 }, line: 6, column: 7, endLine: 10, endColumn: 8 }),
      ],
      errors: [{ messageId: 'noVersion', data: { policy: 'app-queue' }, line: 6, column: 7, endLine: 10, endColumn: 8, severity: 'low' }],
    },
    {
      name: 'Version 2008-10-17 in a trust policy',
      grants: [
        testGrant({
          kind: 'trust-policy',
          principal: service('ec2.amazonaws.com'),
          actions: ['sts:AssumeRole'],
          details: { policy: 'batch trust policy', attachedTo: 'batch', policyVersion: '2008-10-17', statementIndex: 0 },
          address: 'aws_iam_role.batch',
          line: 21,
          column: 5,
        }),
      ],
      errors: [{ messageId: 'oldVersion', data: { policy: 'batch trust policy', version: '`2008-10-17`' }, line: 21, column: 5, severity: 'low' }],
    },
    {
      name: 'no Version and a policy variable in a condition: medium',
      grants: [
        testGrant({ kind: 'identity-policy', actions: ['s3:ListBucket'], resources: ['arn:aws:s3:::home'], details: { policy: 'home', policyVersion: null, statementIndex: 0 }, line: 5, column: 5 }),
        testGrant({
          kind: 'identity-policy',
          actions: ['s3:ListBucket'],
          resources: ['arn:aws:s3:::home'],
          conditions: { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } },
          details: { policy: 'home', policyVersion: null, statementIndex: 1 },
          line: 11,
          column: 5,
        }),
      ],
      errors: [{ messageId: 'literalVariables', data: { policy: 'home', variables: '`${aws:username}`', versionText: 'has no `Version` element' }, line: 5, column: 5, severity: 'medium' }],
    },
    {
      name: 'Version 2008-10-17 with a principal tag variable, beside an unevaluated expression and a pseudo parameter',
      grants: [
        testGrant({
          kind: 'identity-policy',
          actions: ['ec2:StopInstances'],
          resources: ['arn:aws:ec2:*:${AWS::AccountId}:instance/*', '${aws_s3_bucket.b.arn}'],
          conditions: { StringEquals: { 'aws:ResourceTag/team': ['${aws:PrincipalTag/team}'] } },
          unresolved: ['aws_s3_bucket.b.arn'],
          details: { policy: 'team-ops', policyVersion: '2008-10-17', statementIndex: 0 },
          line: 8,
          column: 3,
        }),
      ],
      errors: [
        { messageId: 'literalVariables', data: { policy: 'team-ops', variables: '`${aws:PrincipalTag/team}`', versionText: 'states `Version` 2008-10-17' }, line: 8, column: 3, severity: 'medium' },
      ],
    },
    {
      name: 'Version that is not a policy language version',
      grants: [
        testGrant({ kind: 'resource-policy', principal: service('sns.amazonaws.com'), actions: ['sqs:SendMessage'], details: { policy: 'jobs resource policy', attachedTo: 'jobs', policyVersion: '2012-10-18', statementIndex: 0 }, line: 30, column: 9 }),
      ],
      errors: [{ messageId: 'unknownVersion', data: { policy: 'jobs resource policy', version: '`2012-10-18`' }, line: 30, column: 9, severity: 'medium' }],
    },
  ],
});
