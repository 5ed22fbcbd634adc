import { azureRoleDefinition } from '../../src/analyze/azure/test-grants.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rule.js';

const SUB = '/subscriptions/00000000-0000-0000-0000-000000000001';
const MG = '/providers/Microsoft.Management/managementGroups/corp';

new RuleTester().run(rule, {
  valid: [
    { name: 'read actions on a subscription', grants: [azureRoleDefinition({ name: 'auditor', actions: ['*/read'], assignableScopes: [SUB], line: 3, column: 3 })] },
    { name: 'service wildcard on a subscription', grants: [azureRoleDefinition({ name: 'vm-operator', actions: ['Microsoft.Compute/virtualMachines/*'], assignableScopes: [SUB], line: 3, column: 3 })] },
    { name: 'role assignment read is not a write', grants: [azureRoleDefinition({ name: 'rbac-reader', actions: ['Microsoft.Authorization/roleAssignments/read'], assignableScopes: [MG], line: 3, column: 3 })] },
  ],
  invalid: [
    {
      name: 'every action is critical',
      grants: [azureRoleDefinition({ name: 'sub-admin', actions: ['*'], assignableScopes: [SUB], line: 7, column: 3, endLine: 10, endColumn: 4 })],
      errors: [{ messageId: 'allActions', data: { role: 'sub-admin' }, severity: 'critical', line: 7, column: 3, endLine: 10, endColumn: 4 }],
    },
    {
      name: 'Microsoft.Authorization wildcard and role assignment write',
      grants: [azureRoleDefinition({ name: 'ops', actions: ['Microsoft.Authorization/*', 'Microsoft.Authorization/roleAssignments/write', 'Microsoft.Network/*/read'], assignableScopes: [SUB], line: 12, column: 5 })],
      errors: [
        { messageId: 'authorizationWrite', data: { role: 'ops', action: 'Microsoft.Authorization/*' }, severity: 'high', line: 12, column: 5 },
        { messageId: 'authorizationWrite', data: { role: 'ops', action: 'Microsoft.Authorization/roleAssignments/write' }, severity: 'high', line: 12, column: 5 },
      ],
    },
    {
      name: 'wildcard actions assignable at a management group',
      grants: [azureRoleDefinition({ name: 'net-ops', actions: ['Microsoft.Network/*'], assignableScopes: [MG], line: 20, column: 3, file: 'main.bicep', format: 'bicep' })],
      errors: [{ messageId: 'wideScope', data: { role: 'net-ops', action: 'Microsoft.Network/*', scope: MG }, severity: 'medium', line: 20, column: 3, file: 'main.bicep' }],
    },
  ],
});
