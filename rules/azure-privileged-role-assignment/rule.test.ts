import { azGroup, azManagedIdentity, azServicePrincipal, azUser, azureDirectoryRole, azureRoleAssignment } from '../../src/analyze/azure/test-grants.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rule.js';

const SUB = '/subscriptions/00000000-0000-0000-0000-000000000001';

new RuleTester().run(rule, {
  valid: [
    { name: 'Reader on a subscription', grants: [azureRoleAssignment({ role: 'Reader', principal: azGroup('auditors'), scope: SUB, line: 3, column: 3 })] },
    {
      name: 'data role on one storage account',
      grants: [azureRoleAssignment({ role: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe', principal: azManagedIdentity('app'), scope: `${SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st`, line: 9, column: 3 })],
    },
    { name: 'an Entra directory role is not an Azure RBAC role', grants: [azureDirectoryRole({ role: 'Global Reader', principal: azGroup('ops'), line: 2, column: 3 })] },
  ],
  invalid: [
    {
      name: 'Owner on a subscription is critical',
      grants: [azureRoleAssignment({ role: 'Owner', principal: azManagedIdentity('deployer'), scope: SUB, line: 16, column: 3, endColumn: 40 })],
      errors: [
        {
          messageId: 'privilegedRole',
          data: {
            role: 'Owner',
            principal: 'managed-identity deployer',
            scope: `subscription ${SUB}`,
            reach: 'full control, including granting any role to anyone',
          },
          severity: 'critical',
          line: 16,
          column: 3,
          endColumn: 40,
        },
      ],
    },
    {
      name: 'User Access Administrator on a management group by role definition id',
      grants: [
        azureRoleAssignment({
          role: '/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
          principal: azGroup('platform'),
          scope: '/providers/Microsoft.Management/managementGroups/corp',
          line: 5,
          column: 7,
          file: 'main.json',
          format: 'arm',
        }),
      ],
      errors: [{ messageId: 'privilegedRole', severity: 'critical', line: 5, column: 7, file: 'main.json' }],
    },
    {
      name: 'Contributor on a resource group is high',
      grants: [azureRoleAssignment({ role: 'Contributor', principal: azUser('alice@example.com'), scope: `${SUB}/resourceGroups/app`, line: 22, column: 3 })],
      errors: [{ messageId: 'privilegedRole', data: { role: 'Contributor', principal: 'user alice@example.com', scope: `resource group ${SUB}/resourceGroups/app`, reach: 'full control of every resource except access management' }, severity: 'high', line: 22, column: 3 }],
    },
    {
      name: 'Owner on one key vault is medium',
      grants: [azureRoleAssignment({ role: 'Owner', principal: azServicePrincipal('ci'), scope: 'azurerm_key_vault.main', scopeKind: 'resource', line: 30, column: 3 })],
      errors: [{ messageId: 'privilegedRole', severity: 'medium', line: 30, column: 3 }],
    },
    {
      name: 'RBAC administrator constrained by an ABAC condition is one level lower',
      grants: [
        azureRoleAssignment({
          role: 'Role Based Access Control Administrator',
          principal: azGroup('app-owners'),
          scope: SUB,
          condition: "((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})))",
          line: 40,
          column: 3,
        }),
      ],
      errors: [{ messageId: 'privilegedRole', severity: 'high', line: 40, column: 3 }],
    },
  ],
});
