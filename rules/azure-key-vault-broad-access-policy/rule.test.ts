import { azManagedIdentity, azUser, azureAccessPolicy } from '../../src/analyze/azure/test-grants.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rule.js';

new RuleTester().run(rule, {
  valid: [
    { name: 'get and list secrets', grants: [azureAccessPolicy({ principal: azManagedIdentity('app'), permissions: { secrets: ['Get', 'List'] }, line: 8, column: 3 })] },
    { name: 'no permissions at all', grants: [azureAccessPolicy({ principal: azUser('bob'), permissions: {}, line: 8, column: 3 })] },
  ],
  invalid: [
    {
      name: 'all on secrets and purge on keys',
      grants: [azureAccessPolicy({ principal: azManagedIdentity('deployer'), permissions: { keys: ['Get', 'Purge'], secrets: ['All'] }, line: 15, column: 1, endLine: 21, endColumn: 2 })],
      errors: [
        {
          messageId: 'allPermissions',
          data: { vault: 'azurerm_key_vault.main', principal: 'managed-identity deployer', objects: 'secrets' },
          severity: 'high',
          line: 15,
          column: 1,
          endLine: 21,
          endColumn: 2,
        },
        { messageId: 'purge', data: { vault: 'azurerm_key_vault.main', principal: 'managed-identity deployer', objects: 'keys' }, severity: 'medium', line: 15, column: 1 },
      ],
    },
    {
      name: 'all in an ARM vault',
      grants: [azureAccessPolicy({ principal: azUser('alice'), vault: 'kv', permissions: { certificates: ['all'], keys: ['all'] }, line: 30, column: 11, file: 'vault.json', format: 'arm' })],
      errors: [{ messageId: 'allPermissions', data: { vault: 'kv', principal: 'user alice', objects: 'certificates, keys' }, line: 30, column: 11, file: 'vault.json' }],
    },
  ],
});
