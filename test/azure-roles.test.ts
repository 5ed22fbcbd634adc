/** grantlint's Azure role catalog: role id forms, scope kinds, Entra roles, Graph permissions, `--azure-roles` files. */
import { describe, expect, it } from 'vitest';
import {
  AzureRoleCatalog,
  AzureRolesFileError,
  DEFAULT_AZURE_ROLES,
  entraRole,
  hasPrivilegedActions,
  parseAzureRolesJson,
  privilegedGraphAppRole,
  roleDefinitionGuid,
} from '../src/analyze/azure/roles.js';
import { scopeKindOfId } from '../src/extract/azure/grants.js';

describe('role definition ids', () => {
  it.each([
    ['8E3AF657-A8FF-443C-A75C-2FE8C4BCB635', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'],
    ['/subscriptions/${subscription().subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c', 'b24988ac-6180-42a0-ab88-20f7382dd24c'],
    ['/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9', '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9'],
    ['/providers/Microsoft.Management/managementGroups/mg/providers/Microsoft.Authorization/roledefinitions/f58310d9-a9f6-439a-9e8d-f62e7b41a168', 'f58310d9-a9f6-439a-9e8d-f62e7b41a168'],
    ['/providers/Microsoft.Authorization/roleDefinitions/${guid(x)}', undefined],
    ['Owner', undefined],
  ])('%s → %s', (id, guid) => expect(roleDefinitionGuid(id)).toBe(guid));

  it('names built-in roles by GUID and by name, with the privileged flag', () => {
    expect([DEFAULT_AZURE_ROLES.byGuid('8E3AF657-A8FF-443C-A75C-2FE8C4BCB635')?.name, DEFAULT_AZURE_ROLES.named('user access administrator')?.id]).toEqual([
      'Owner',
      '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
    ]);
    expect(['Owner', 'Contributor', 'User Access Administrator', 'Role Based Access Control Administrator', 'Reservations Administrator', 'Reader'].map((n) => DEFAULT_AZURE_ROLES.named(n)?.privileged)).toEqual([true, true, true, true, true, false]);
  });
});

describe('scope kinds', () => {
  it.each([
    ['/', 'tenant'],
    ['/providers/Microsoft.Management/managementGroups/corp', 'management-group'],
    ['/subscriptions/${subscription().subscriptionId}', 'subscription'],
    ['/subscriptions/s/resourceGroups/${format(\'{0}/{1}\', a, b)}', 'resource-group'],
    ['/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv', 'resource'],
    ['/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/x', 'resource'],
    ['${var.scope}', undefined],
  ])('%s is %s', (id, kind) => expect(scopeKindOfId(id)).toBe(kind));
});

describe('Entra roles and Graph permissions', () => {
  it('finds directory roles by template id or display name', () => {
    expect([entraRole('62e90394-69f5-4237-9190-012177145e10')?.name, entraRole('privileged role administrator')?.privileged, entraRole('Directory Readers')?.privileged, entraRole('nope')]).toEqual([
      'Global Administrator',
      true,
      false,
      undefined,
    ]);
  });

  it('finds privileged Graph application permissions by value or id', () => {
    expect([privilegedGraphAppRole('rolemanagement.readwrite.directory')?.id, privilegedGraphAppRole('19dbc75e-c2e2-444c-a770-ec69d8559fc7')?.value, privilegedGraphAppRole('User.Read.All')]).toEqual([
      '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8',
      'Directory.ReadWrite.All',
      undefined,
    ]);
  });
});

describe('--azure-roles files', () => {
  it('reads the az CLI output, custom roles privileged by their actions', () => {
    const roles = parseAzureRolesJson(
      JSON.stringify([
        { name: 'aaaaaaaa-0000-0000-0000-000000000001', roleName: 'Deployer', permissions: [{ actions: ['Microsoft.Authorization/roleAssignments/write'] }], assignableScopes: ['/'] },
        { id: '/providers/Microsoft.Authorization/roleDefinitions/aaaaaaaa-0000-0000-0000-000000000002', properties: { roleName: 'Viewer', permissions: [{ actions: ['*/read'] }] } },
        { name: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', roleName: 'Owner', permissions: [{ actions: ['*'] }] },
      ]),
      'roles.json',
    );
    expect(roles.map((r) => [r.id, r.name, r.privileged])).toEqual([
      ['aaaaaaaa-0000-0000-0000-000000000001', 'Deployer', true],
      ['aaaaaaaa-0000-0000-0000-000000000002', 'Viewer', false],
      ['8e3af657-a8ff-443c-a75c-2fe8c4bcb635', 'Owner', true],
    ]);
    const catalog = new AzureRoleCatalog(roles);
    expect([catalog.named('deployer')?.origin, catalog.byGuid('8e3af657-a8ff-443c-a75c-2fe8c4bcb635')?.kind]).toEqual(['file', 'owner']);
  });

  it.each([
    ['{', 'roles.json: not valid JSON: '],
    ['{"a": 1}', 'roles.json: expected an array of role definitions (the output of `az role definition list`)'],
    ['[1]', 'roles.json: role definition [0]: expected an object'],
    ['[{"name": "aaaaaaaa-0000-0000-0000-000000000001"}]', 'roles.json: role definition [0]: expected "roleName", a non-empty string'],
  ])('rejects %s', (text, message) => {
    expect(() => parseAzureRolesJson(text, 'roles.json')).toThrow(AzureRolesFileError);
    expect(() => parseAzureRolesJson(text, 'roles.json')).toThrow(message);
  });

  it('knows which actions make a role privileged', () => {
    expect([hasPrivilegedActions(['*']), hasPrivilegedActions(['Microsoft.Authorization/*/Write']), hasPrivilegedActions(['Microsoft.Compute/*'])]).toEqual([true, true, false]);
  });
});
