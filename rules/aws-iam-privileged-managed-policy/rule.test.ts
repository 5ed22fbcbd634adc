import { RuleTester } from '../../src/testing/rule-tester.js';
import { group, role, testGrant } from '../../src/testing/grants.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'admin-level policies are aws-iam-full-admin',
      grants: [
        testGrant({ kind: 'identity-policy', role: 'arn:aws:iam::aws:policy/AdministratorAccess', line: 2, column: 1 }),
        testGrant({ kind: 'identity-policy', role: 'arn:aws:iam::aws:policy/IAMFullAccess', line: 6, column: 1 }),
      ],
    },
    {
      name: 'read-only and narrow managed policies',
      grants: [
        testGrant({ kind: 'identity-policy', role: 'arn:aws:iam::aws:policy/ReadOnlyAccess', line: 2, column: 1 }),
        testGrant({ kind: 'identity-policy', role: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', line: 6, column: 1 }),
      ],
    },
    {
      name: 'customer-managed policy with a privileged-sounding name',
      grants: [testGrant({ kind: 'identity-policy', role: 'arn:aws:iam::123456789012:policy/AWSCloudShellFullAccess', line: 2, column: 1 })],
    },
  ],
  invalid: [
    {
      name: 'CloudShell full access on a group',
      grants: [
        testGrant({
          kind: 'identity-policy',
          principal: group('developers'),
          role: 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess',
          line: 8,
          column: 16,
          endLine: 8,
          endColumn: 66,
        }),
      ],
      errors: [
        {
          messageId: 'privilegedPolicy',
          data: { policy: 'AWSCloudShellFullAccess', principal: 'developers', reason: 'shell with file transfer; CIS asks to restrict it' },
          line: 8,
          column: 16,
          endLine: 8,
          endColumn: 66,
        },
      ],
    },
    {
      name: 'job-function policy on a role',
      grants: [testGrant({ kind: 'identity-policy', principal: role('ops'), role: 'arn:aws:iam::aws:policy/job-function/SystemAdministrator', line: 3, column: 1 })],
      errors: [
        {
          messageId: 'privilegedPolicy',
          data: { policy: 'job-function/SystemAdministrator', principal: 'ops', reason: 'broad service administration including scoped iam:PassRole' },
          line: 3,
          column: 1,
        },
      ],
    },
  ],
});
