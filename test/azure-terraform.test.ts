/**
 * Azure extraction from Terraform: fixtures/azure/terraform (.tf → HCL → evaluator → extractAzureFromTerraform) with
 * exact positions, and the azurerm/azuread resources of the shared corpus, every one accounted for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateTerraform } from '../src/evaluate/terraform/index.js';
import { AZURE_TERRAFORM_GRANT_TYPES, extractAzureFromTerraform } from '../src/extract/azure/terraform.js';
import type { Grant } from '../src/model/grant.js';
import type { SourceFile } from '../src/model/document.js';
import { AzureRoleCatalog, parseAzureRolesJson } from '../src/analyze/azure/roles.js';
import { CORPUS, ROOT, hasCorpus } from './support/corpus.js';

function evaluate(root: string, relPaths: string[]) {
  const files: SourceFile[] = relPaths.map((p) => ({ absPath: path.join(root, p), path: p, text: readFileSync(path.join(root, p), 'utf8') }));
  const all = new Map(files.map((f) => [f.path, f]));
  return evaluateTerraform(files, all, { root, varFiles: [], vars: {}, parameters: {}, parameterFiles: [], debug: false });
}

/** kind | address | principal type:name | role | scope kind:scope | file:line:col */
const row = (g: Grant) =>
  [
    g.kind,
    g.source.address,
    `${g.principal.type}:${g.principal.name}`,
    g.role ?? '-',
    `${String(g.details?.scopeKind ?? '-')}:${g.scope ?? '-'}`,
    `${g.source.file}:${g.source.line}:${g.source.column}`,
  ].join(' | ');

describe('Azure grants from Terraform fixtures', () => {
  const dir = 'fixtures/azure/terraform';
  const evaluation = evaluate(ROOT, [`${dir}/main.tf`, `${dir}/keyvault.tf`, `${dir}/entra.tf`]);
  const result = extractAzureFromTerraform(evaluation.resources);

  it('extracts every grant with its position', () => {
    expect(result.errors).toEqual([]);
    expect(result.grants.map(row)).toEqual([
      'role-assignment | azuread_directory_role_assignment.admin | service-principal:azuread_service_principal.automation | Global Administrator | directory:/ | fixtures/azure/terraform/entra.tf:16:3',
      'role-assignment | azuread_directory_role_member.legacy | unknown:44444444-4444-4444-4444-444444444444 | Global Administrator | directory:/ | fixtures/azure/terraform/entra.tf:21:3',
      'role-assignment | azuread_app_role_assignment.graph | service-principal:azuread_service_principal.automation | RoleManagement.ReadWrite.Directory | -:- | fixtures/azure/terraform/entra.tf:26:3',
      'resource-policy | azurerm_key_vault.main | unknown:22222222-2222-2222-2222-222222222222 | - | resource:azurerm_key_vault.main | fixtures/azure/terraform/keyvault.tf:8:3',
      'resource-policy | azurerm_key_vault_access_policy.ci | managed-identity:id-deployer | - | resource:azurerm_key_vault.main | fixtures/azure/terraform/keyvault.tf:15:1',
      'role-assignment | azurerm_role_assignment.owner_sub | managed-identity:id-deployer | Owner | subscription:data.azurerm_subscription.primary | fixtures/azure/terraform/main.tf:16:3',
      'role-assignment | azurerm_role_assignment.contributor_rg | user:11111111-2222-3333-4444-555555555555 | Contributor | resource-group:azurerm_resource_group.app | fixtures/azure/terraform/main.tf:22:3',
      'role-assignment | azurerm_role_assignment.mg_uaa | group:${var.ops_group_id} | User Access Administrator | management-group:/providers/Microsoft.Management/managementGroups/platform | fixtures/azure/terraform/main.tf:29:3',
      'role-definition | azurerm_role_definition.ops | role:ops-operator | ops-operator | -:${data.azurerm_subscription.primary.id} | fixtures/azure/terraform/main.tf:37:3',
      'role-assignment | azurerm_role_assignment.custom | managed-identity:id-deployer | ops-operator | resource-group:azurerm_resource_group.app | fixtures/azure/terraform/main.tf:46:3',
    ]);
  });

  it('resolves roles through the catalog and records what the rules need', () => {
    const byAddress = new Map(result.grants.map((g) => [g.source.address, g]));
    expect(byAddress.get('azurerm_role_assignment.owner_sub')!.details).toEqual({
      resourceType: 'azurerm_role_assignment',
      scopeKind: 'subscription',
      roleDefinitionId: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
      roleName: 'Owner',
      roleKind: 'owner',
      privilegedRole: true,
    });
    expect(byAddress.get('azurerm_role_assignment.custom')!.details?.roleDefinition).toBe('azurerm_role_definition.ops');
    expect(byAddress.get('azurerm_role_definition.ops')!.actions).toEqual(['Microsoft.Authorization/*/write', 'Microsoft.Compute/*']);
    expect(byAddress.get('azurerm_role_definition.ops')!.notActions).toEqual(['Microsoft.Compute/virtualMachines/delete']);
    expect(byAddress.get('azurerm_role_definition.ops')!.resources).toEqual(['/subscriptions/00000000-0000-0000-0000-000000000001']);
    expect(byAddress.get('azurerm_key_vault_access_policy.ci')!.actions).toEqual(['keys/get', 'keys/purge', 'secrets/all']);
    expect(byAddress.get('azurerm_key_vault.main')!.actions).toEqual(['secrets/get', 'secrets/list']);
    expect(byAddress.get('azuread_app_role_assignment.graph')!.details).toMatchObject({ graphAppRole: true, privilegedRole: true, graphPermission: 'RoleManagement.ReadWrite.Directory' });
    expect(byAddress.get('azuread_directory_role_member.legacy')!.details).toMatchObject({ roleTemplateId: '62e90394-69f5-4237-9190-012177145e10', privilegedRole: true });
  });

  it('reports a role assignment without a role at the resource', () => {
    const r = evaluation.resources.find((x) => x.address === 'azurerm_role_assignment.mg_uaa')!;
    const broken = { ...r, body: new Map([...r.body].filter(([k]) => k !== 'role_definition_name')) };
    expect(extractAzureFromTerraform([broken]).errors).toEqual([
      {
        file: 'fixtures/azure/terraform/main.tf',
        line: 27,
        column: 1,
        endLine: 32,
        endColumn: 2,
        message: 'azurerm_role_assignment.mg_uaa: expected argument "role_definition_id" or "role_definition_name"',
        code: 'parse',
      },
    ]);
  });

  it('names custom roles loaded with --azure-roles', () => {
    const roles = parseAzureRolesJson(
      JSON.stringify([{ name: 'aaaaaaaa-0000-0000-0000-000000000001', roleName: 'Deployer', roleType: 'CustomRole', permissions: [{ actions: ['*'] }], assignableScopes: ['/'] }]),
      'roles.json',
    );
    const r = evaluation.resources.find((x) => x.address === 'azurerm_role_assignment.contributor_rg')!;
    const custom = { ...r, body: new Map(r.body).set('role_definition_id', { kind: 'string' as const, value: '/providers/Microsoft.Authorization/roleDefinitions/AAAAAAAA-0000-0000-0000-000000000001' }) };
    const [g] = extractAzureFromTerraform([custom], new AzureRoleCatalog(roles)).grants;
    expect([g!.role, g!.details?.privilegedRole, g!.details?.roleDefinitionId]).toEqual(['Deployer', true, 'aaaaaaaa-0000-0000-0000-000000000001']);
  });
});

describe.skipIf(!hasCorpus)('Azure grants from the Terraform corpus', () => {
  const repos = readdirSync(path.join(CORPUS, 'terraform')).filter((r) => r.startsWith('Azure__'));

  /** Per repository: evaluated grant-bearing instances by type, and grants by type. */
  const counts = Object.fromEntries(
    repos.map((repo) => {
      const root = path.join(CORPUS, 'terraform', repo);
      const rel: string[] = [];
      const walk = (d: string) => {
        for (const e of readdirSync(path.join(root, d), { withFileTypes: true })) {
          const p = d ? `${d}/${e.name}` : e.name;
          if (e.isDirectory()) walk(p);
          else if (/\.(tf|tfvars)$/.test(e.name)) rel.push(p);
        }
      };
      walk('');
      const evaluation = evaluate(root, rel);
      const extraction = extractAzureFromTerraform(evaluation.resources);
      const byType: Record<string, [number, number]> = {};
      const withGrant = new Set(extraction.grants.map((g) => g.source.address));
      for (const r of evaluation.resources) {
        if (r.mode !== 'managed' || !AZURE_TERRAFORM_GRANT_TYPES.has(r.type)) continue;
        const c = (byType[r.type] ??= [0, 0]);
        c[0]++;
        // A key vault without inline access_policy blocks grants nothing: not a dropped resource.
        const inline = r.body.get('access_policy');
        if (withGrant.has(r.address) || (r.type === 'azurerm_key_vault' && (!inline || inline.kind === 'null' || (inline.kind === 'list' && inline.items.length === 0)))) c[1]++;
      }
      return [repo, { byType, grants: extraction.grants.length, errors: extraction.errors.length }];
    }),
  );

  it('accounts for every azurerm/azuread grant resource (none dropped silently)', () => {
    for (const { byType } of Object.values(counts)) for (const [type, [instances, accounted]] of Object.entries(byType)) expect([type, accounted]).toEqual([type, instances]);
    expect(counts).toEqual({
      'Azure__terraform-azurerm-avm-res-keyvault-vault': {
        byType: { azurerm_key_vault: [6, 6], azurerm_key_vault_access_policy: [1, 1], azurerm_role_assignment: [2, 2] },
        errors: 0,
        grants: 2,
      },
      'Azure__terraform-azurerm-avm-res-storage-storageaccount': { byType: {}, errors: 0, grants: 0 },
      // module.test_core is declared three times in the tests folder: the evaluator yields its resources once per
      // declaration, with one address, so equal grants collapse (32 instances → 20 assignments + 4 definitions).
      'Azure__terraform-azurerm-caf-enterprise-scale': { byType: { azurerm_role_assignment: [32, 32], azurerm_role_definition: [6, 6] }, errors: 0, grants: 24 },
    });
  });
});
