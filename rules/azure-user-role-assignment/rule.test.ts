import { azGroup, azManagedIdentity, azUser, azureDirectoryRole, azureRoleAssignment } from '../../src/analyze/azure/test-grants.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rule.js';

const RG = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/app';

new RuleTester().run(rule, {
  valid: [
    { name: 'group', grants: [azureRoleAssignment({ role: 'Reader', principal: azGroup('eng'), principalType: 'Group', scope: RG, line: 4, column: 3 })] },
    { name: 'managed identity', grants: [azureRoleAssignment({ role: 'Contributor', principal: azManagedIdentity('app'), scope: RG, line: 4, column: 3 })] },
  ],
  invalid: [
    {
      name: 'principalType User on a resource group',
      grants: [azureRoleAssignment({ role: 'Reader', principal: azUser('11111111-2222-3333-4444-555555555555'), principalType: 'User', scope: RG, line: 22, column: 3, endColumn: 30 })],
      errors: [
        {
          messageId: 'userAssignment',
          data: { role: 'Reader', user: '11111111-2222-3333-4444-555555555555', scope: `resource group ${RG}` },
          severity: 'medium',
          line: 22,
          column: 3,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'directory role for a user',
      grants: [azureDirectoryRole({ role: 'Helpdesk Administrator', principal: azUser('azuread_user.bob'), line: 7, column: 3 })],
      errors: [{ messageId: 'userAssignment', data: { role: 'Helpdesk Administrator', user: 'azuread_user.bob', scope: 'directory /' }, line: 7, column: 3 }],
    },
  ],
});
