import { gcpBinding } from '../../src/analyze/gcp/test-grants.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rule.js';

const trusted = { trustedDomains: ['example.com', '*.example.org'] };

new RuleTester().run(rule, {
  valid: [
    {
      name: 'inactive without trusted domains, even for personal accounts',
      grants: [gcpBinding({ role: 'roles/viewer', member: 'user:someone@gmail.com', scope: 'projects/p', scopeKind: 'project', line: 1, column: 1 })],
    },
    {
      name: 'members of trusted domains and their subdomains',
      options: trusted,
      grants: [
        gcpBinding({ role: 'roles/viewer', member: 'user:Alice@Example.com', scope: 'projects/p', scopeKind: 'project', line: 1, column: 1 }),
        gcpBinding({ role: 'roles/viewer', member: 'group:eng@eu.example.org', scope: 'projects/p', scopeKind: 'project', line: 2, column: 1 }),
        gcpBinding({ role: 'roles/viewer', member: 'domain:example.org', scope: 'projects/p', scopeKind: 'project', line: 3, column: 1 }),
      ],
    },
    {
      name: 'service accounts, public members and unknown members are judged elsewhere',
      options: trusted,
      grants: [
        gcpBinding({ role: 'roles/viewer', member: 'serviceAccount:x@other-proj.iam.gserviceaccount.com', scope: 'projects/p', scopeKind: 'project', line: 1, column: 1 }),
        gcpBinding({ role: 'roles/viewer', member: 'allUsers', scope: 'storage_bucket:b', scopeKind: 'resource', line: 2, column: 1 }),
        gcpBinding({ role: 'roles/viewer', member: 'user:${var.owner_email}', scope: 'projects/p', scopeKind: 'project', line: 3, column: 1 }),
      ],
    },
    {
      name: 'one comma-separated string; subdomains of a trusted domain',
      options: { trustedDomains: 'example.com' },
      grants: [gcpBinding({ role: 'roles/viewer', member: 'group:eng@corp.example.com', scope: 'projects/p', scopeKind: 'project', line: 1, column: 1 })],
    },
  ],
  invalid: [
    {
      name: 'partner domain member on a bucket',
      options: trusted,
      grants: [gcpBinding({ role: 'roles/storage.objectAdmin', member: 'user:contractor@vendor.io', scope: 'storage_bucket:exports', scopeKind: 'resource', line: 6, column: 12, endColumn: 41 })],
      errors: [
        {
          messageId: 'untrustedDomain',
          data: {
            role: 'roles/storage.objectAdmin',
            member: 'user:contractor@vendor.io',
            scope: 'storage_bucket:exports',
            domain: 'vendor.io',
            trusted: '`example.com`, `example.org`',
          },
          line: 6,
          column: 12,
          endColumn: 41,
        },
      ],
    },
    {
      name: 'personal Gmail account and a whole foreign domain',
      options: trusted,
      grants: [
        gcpBinding({ role: 'roles/editor', member: 'user:dev.person@gmail.com', scope: 'projects/p', scopeKind: 'project', line: 3, column: 5 }),
        gcpBinding({ role: 'roles/viewer', member: 'domain:notexample.com', scope: 'projects/p', scopeKind: 'project', line: 4, column: 5 }),
      ],
      errors: [
        { messageId: 'personalAccount', data: { role: 'roles/editor', member: 'user:dev.person@gmail.com', scope: 'project projects/p', domain: 'gmail.com' }, line: 3, column: 5 },
        { messageId: 'untrustedDomain', line: 4, column: 5 },
      ],
    },
  ],
});
