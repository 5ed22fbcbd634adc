import { RuleTester } from '../../src/testing/rule-tester.js';
import { account, role, service, testGrant, user } from '../../src/testing/grants.js';
import rule from './rule.js';

const trust = (roleName: string, principal: ReturnType<typeof role>, line: number, conditions = {}) =>
  testGrant({ kind: 'trust-policy', principal, actions: ['sts:AssumeRole'], conditions, details: { attachedTo: roleName, trustedBy: 'sts:AssumeRole' }, line, column: 3 });

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the admin role does not trust the caller',
      grants: [
        testGrant({ kind: 'identity-policy', principal: user('dev'), actions: ['sts:AssumeRole'], resources: ['*'], line: 3, column: 5 }),
        trust('admin', service('ec2.amazonaws.com'), 10),
        testGrant({ kind: 'identity-policy', principal: role('admin'), actions: ['*'], resources: ['*'], line: 20, column: 5 }),
      ],
    },
    {
      name: 'the caller may assume other roles only',
      grants: [
        testGrant({ kind: 'identity-policy', principal: user('dev'), actions: ['sts:AssumeRole'], resources: ['arn:aws:iam::123456789012:role/readonly-*'], line: 3, column: 5 }),
        trust('admin', account('arn:aws:iam::123456789012:root'), 10),
        testGrant({ kind: 'identity-policy', principal: role('admin'), actions: ['*'], resources: ['*'], line: 20, column: 5 }),
      ],
    },
    {
      name: 'the trust requires MFA',
      grants: [
        testGrant({ kind: 'identity-policy', principal: user('dev'), actions: ['sts:AssumeRole'], resources: ['*'], line: 3, column: 5 }),
        trust('admin', account('arn:aws:iam::123456789012:root'), 10, { Bool: { 'aws:MultiFactorAuthPresent': ['true'] } }),
        testGrant({ kind: 'identity-policy', principal: role('admin'), actions: ['*'], resources: ['*'], line: 20, column: 5 }),
      ],
    },
    {
      name: 'the assumed role gives nothing the caller lacks',
      grants: [
        testGrant({ kind: 'identity-policy', principal: user('dev'), actions: ['sts:AssumeRole', 'iam:CreateAccessKey'], resources: ['*'], line: 3, column: 5 }),
        trust('keys', user('dev'), 10),
        testGrant({ kind: 'identity-policy', principal: role('keys'), actions: ['iam:CreateAccessKey'], resources: ['*'], line: 20, column: 5 }),
      ],
    },
  ],
  invalid: [
    {
      name: 'a user assumes an administrator role that trusts the account',
      grants: [
        testGrant({ kind: 'identity-policy', principal: user('dev'), actions: ['sts:AssumeRole'], resources: ['*'], line: 3, column: 5 }),
        trust('admin', account('arn:aws:iam::123456789012:root'), 10),
        testGrant({ kind: 'identity-policy', principal: role('admin'), actions: ['*'], resources: ['*'], line: 20, column: 5 }),
      ],
      errors: [
        {
          messageId: 'chain',
          data: { principal: 'dev', chain: '`admin`', hops: 'main.tf:3 → trust main.tf:10', gain: 'administrator access (main.tf:20)', target: 'admin' },
          line: 3,
          column: 5,
        },
      ],
    },
    {
      name: 'a two-hop chain to a role with an escalation path',
      grants: [
        testGrant({ kind: 'identity-policy', principal: role('ci'), actions: ['sts:AssumeRole'], resources: ['arn:aws:iam::123456789012:role/deploy'], line: 3, column: 5 }),
        trust('deploy', role('ci'), 10),
        testGrant({ kind: 'identity-policy', principal: role('deploy'), actions: ['sts:AssumeRole'], resources: ['*'], line: 15, column: 5 }),
        trust('iam-admin', { type: 'role', name: 'arn:aws:iam::123456789012:role/deploy' }, 22),
        testGrant({ kind: 'identity-policy', principal: role('iam-admin'), actions: ['iam:AttachRolePolicy'], resources: ['*'], line: 30, column: 5 }),
      ],
      errors: [
        {
          messageId: 'chain',
          data: {
            principal: 'ci',
            chain: '`deploy` then `iam-admin`',
            hops: 'main.tf:3 → trust main.tf:10; main.tf:15 → trust main.tf:22',
            gain: 'privilege escalation through AttachRolePolicy (iam-009, main.tf:30)',
            target: 'iam-admin',
          },
          line: 3,
          column: 5,
        },
        {
          messageId: 'chain',
          data: {
            principal: 'deploy',
            chain: '`iam-admin`',
            hops: 'main.tf:15 → trust main.tf:22',
            gain: 'privilege escalation through AttachRolePolicy (iam-009, main.tf:30)',
            target: 'iam-admin',
          },
          line: 15,
          column: 5,
        },
      ],
    },
  ],
});
