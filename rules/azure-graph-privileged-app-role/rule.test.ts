import { azServicePrincipal, azureAppRole } from '../../src/analyze/azure/test-grants.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    { name: 'User.Read.All is read-only', grants: [azureAppRole({ appRole: 'User.Read.All', principal: azServicePrincipal('reporting'), line: 4, column: 3 })] },
    { name: 'an app role of another API', grants: [azureAppRole({ appRole: 'Orders.Write', principal: azServicePrincipal('shop'), graph: false, line: 4, column: 3 })] },
  ],
  invalid: [
    {
      name: 'RoleManagement.ReadWrite.Directory by value',
      grants: [azureAppRole({ appRole: 'RoleManagement.ReadWrite.Directory', principal: azServicePrincipal('automation'), line: 26, column: 3, endColumn: 101 })],
      errors: [
        {
          messageId: 'privilegedGraphPermission',
          data: { permission: 'RoleManagement.ReadWrite.Directory', principal: 'service-principal automation', reach: 'assign any directory role, Global Administrator included' },
          severity: 'critical',
          line: 26,
          column: 3,
          endColumn: 101,
        },
      ],
    },
    {
      name: 'AppRoleAssignment.ReadWrite.All by app role id',
      grants: [azureAppRole({ appRole: '06b708a9-e830-4db3-a914-8e69da51d44f', principal: azServicePrincipal('ci'), line: 9, column: 5 })],
      errors: [{ messageId: 'privilegedGraphPermission', data: { permission: 'AppRoleAssignment.ReadWrite.All', principal: 'service-principal ci', reach: 'grant any application, itself included, any Graph permission' }, line: 9, column: 5 }],
    },
  ],
});
