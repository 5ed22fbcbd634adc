import { azGroup, azServicePrincipal, azureDirectoryRole, azureRoleAssignment } from '../../src/analyze/azure/test-grants.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    { name: 'Directory Readers is not privileged', grants: [azureDirectoryRole({ role: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', principal: azGroup('staff'), line: 2, column: 3 })] },
    { name: 'a custom directory role by object id is not in the catalog', grants: [azureDirectoryRole({ role: 'aaaaaaaa-0000-0000-0000-000000000001', principal: azGroup('staff'), line: 2, column: 3 })] },
    { name: 'Azure RBAC Owner is another rule', grants: [azureRoleAssignment({ role: 'Owner', principal: azGroup('ops'), scope: '/subscriptions/s', line: 2, column: 3 })] },
  ],
  invalid: [
    {
      name: 'Global Administrator by template id is critical',
      grants: [azureDirectoryRole({ role: '62e90394-69f5-4237-9190-012177145e10', principal: azServicePrincipal('automation'), line: 16, column: 3, endColumn: 62 })],
      errors: [
        {
          messageId: 'privilegedDirectoryRole',
          data: { role: 'Global Administrator', principal: 'service-principal automation' },
          severity: 'critical',
          line: 16,
          column: 3,
          endColumn: 62,
        },
      ],
    },
    {
      name: 'User Administrator by display name is high',
      grants: [azureDirectoryRole({ role: 'User Administrator', principal: azGroup('helpdesk'), line: 21, column: 3 })],
      errors: [{ messageId: 'privilegedDirectoryRole', data: { role: 'User Administrator', principal: 'group helpdesk' }, severity: 'high', line: 21, column: 3 }],
    },
  ],
});
