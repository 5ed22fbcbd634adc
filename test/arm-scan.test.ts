/**
 * ARM JSON end to end: fixtures/azure/arm templates through the real pipeline (claim → JSONC → evaluator →
 * Azure extraction) with exact positions, parameter files, copy loops, conditions, nested and linked templates,
 * and located errors for bad JSON and bad expressions.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Grant } from '../src/model/grant.js';
import { scan } from '../src/pipeline/scan.js';
import { armFrontEnd } from '../src/pipeline/frontends/arm.js';
import { ROOT } from './support/corpus.js';

const row = (g: Grant) =>
  [
    g.kind,
    g.source.address,
    `${g.principal.type}:${g.principal.name}`,
    g.role ?? '-',
    `${String(g.details?.scopeKind ?? '-')}:${g.scope ?? '-'}`,
    `${g.source.file}:${g.source.line}:${g.source.column}`,
    g.details?.conditional ? 'conditional' : '',
  ].join(' | ');

async function scanArm(file: string) {
  return scan({ paths: [path.join('fixtures/azure/arm', file)], cwd: ROOT, rules: [], frontEnds: [armFrontEnd] });
}

describe('ARM templates', () => {
  it('reads a template with its sibling parameter file, copy loops, references and legacy role assignments', async () => {
    const result = await scanArm('');
    const grants = result.grants.filter((g) => g.source.file === 'fixtures/azure/arm/rbac.json');
    expect(grants.map(row)).toEqual([
      'role-assignment | resources[1] | managed-identity:id-deployer | Owner | resource-group:/subscriptions/${subscription().subscriptionId}/resourceGroups/${resourceGroup().name} | fixtures/azure/arm/rbac.json:23:5 | ',
      'role-assignment | resources[2][0] | user:11111111-1111-1111-1111-111111111111 | Reader | resource-group:/subscriptions/${subscription().subscriptionId}/resourceGroups/${resourceGroup().name} | fixtures/azure/arm/rbac.json:33:5 | ',
      'role-assignment | resources[2][1] | user:33333333-3333-3333-3333-333333333333 | Reader | resource-group:/subscriptions/${subscription().subscriptionId}/resourceGroups/${resourceGroup().name} | fixtures/azure/arm/rbac.json:33:5 | ',
      'role-assignment | resources[3] | unknown:22222222-2222-2222-2222-222222222222 | Contributor | resource:Microsoft.KeyVault/vaults/kv-app | fixtures/azure/arm/rbac.json:45:5 | ',
      'resource-policy | kv-app | managed-identity:id-deployer | - | resource:kv-app | fixtures/azure/arm/rbac.json:63:11 | ',
    ]);
    expect(grants.at(-1)!.actions).toEqual(['secrets/all', 'keys/get', 'keys/purge']);
    expect(result.files.has('fixtures/azure/arm/rbac.parameters.json')).toBe(true);
  });

  it('follows inline nested deployments to their scope and reports linked templates', async () => {
    const result = await scanArm('nested.json');
    expect(result.grants.map(row)).toEqual([
      'role-assignment | resources[0] | group:44444444-4444-4444-4444-444444444444 | User Access Administrator | management-group:/providers/Microsoft.Management/managementGroups/${managementGroup().name} | fixtures/azure/arm/nested.json:9:5 | ',
      'role-assignment | sub-contributor/resources[0] | group:44444444-4444-4444-4444-444444444444 | Contributor | subscription:/subscriptions/${subscription().subscriptionId} | fixtures/azure/arm/nested.json:34:13 | ',
      'role-definition | resources[3] | role:ops-operator | ops-operator | -:/providers/Microsoft.Management/managementGroups/${managementGroup().name} | fixtures/azure/arm/nested.json:58:5 | ',
    ]);
    expect(result.grants[2]!.actions).toEqual(['*']);
    expect(result.grants[2]!.details?.assignableScopeKinds).toEqual(['management-group']);
    expect(result.unresolved.map((u) => `${u.span.file}:${u.span.line}:${u.span.column} ${u.reason} ${u.expr}`)).toEqual([
      'fixtures/azure/arm/nested.json:48:5 linked-template https://example.com/templates/rbac.json',
    ]);
  });

  it('gives located errors for invalid JSON and keeps going', async () => {
    const result = await scanArm('invalid.json');
    expect(result.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`)).toEqual([
      "fixtures/azure/arm/invalid.json:15:3 invalid JSON: expected ',' or '}' after a property value",
    ]);
  });
});
