/**
 * Bicep evaluator: parameters (defaults, .bicepparam, --param), variables, interpolation, loops, conditions, local and
 * registry modules, existing resources, user functions and the role-assignment functions, on in-memory files.
 */
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/model/document.js';
import { evaluateBicep, type BicepEvaluation, type BicepResource } from '../src/evaluate/bicep/index.js';
import { toPlain, type Value } from '../src/evaluate/value.js';

function run(files: Record<string, string>, parameters?: Record<string, string>): BicepEvaluation {
  const all = new Map<string, SourceFile>();
  for (const [p, text] of Object.entries(files)) all.set(p, { absPath: '/repo/' + p, path: p, text });
  return evaluateBicep([...all.values()], all, parameters ? { parameters } : {});
}

const plain = (r: BicepResource) => toPlain({ kind: 'object', entries: r.body });
const at = (v: { line: number; column: number; endLine: number; endColumn: number; file: string }) => `${v.file}:${v.line}:${v.column}-${v.endLine}:${v.endColumn}`;
const props = (r: BicepResource) => (r.body.get('properties') as Extract<Value, { kind: 'object' }>).entries;

const ROLE = "'Microsoft.Authorization/roleAssignments@2022-04-01'";

describe('Bicep evaluation', () => {
  it('evaluates parameters, variables, interpolation and the role-assignment functions', () => {
    const ev = run({
      'main.bicep': [
        "@description('Who')",
        'param principalId string',
        "param roleName string = 'Reader'",
        "var roles = {\n  Reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7'\n  Owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'\n}",
        `resource ra ${ROLE} = {`,
        "  name: guid(resourceGroup().id, principalId, roleName)",
        '  properties: {',
        "    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles[roleName])",
        '    principalId: principalId',
        "    principalType: toUpper('group') == 'GROUP' ? 'Group' : 'User'",
        "    description: 'grants ${roleName} to ${principalId}'",
        '  }',
        '}',
      ].join('\n'),
    });
    expect(ev.errors).toEqual([]);
    expect(ev.resources).toHaveLength(1);
    const ra = ev.resources[0]!;
    expect([ra.address, ra.type, ra.apiVersion, ra.existing, ra.conditional, ra.deploymentScope.kind]).toEqual([
      'ra',
      'Microsoft.Authorization/roleAssignments',
      '2022-04-01',
      false,
      false,
      'resourceGroup',
    ]);
    expect(at(ra.span)).toBe('main.bicep:8:1-16:2');
    expect(ra.span.address).toBe('ra');
    expect(at(ra.propertySpans.get('properties')!)).toBe('main.bicep:10:3-15:4');
    expect(plain(ra)).toEqual({
      name: '${guid(resourceGroup().id, principalId, roleName)}',
      properties: {
        roleDefinitionId: '/subscriptions/${subscription().subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7',
        principalId: '${principalId}',
        principalType: 'Group',
        description: 'grants Reader to ${principalId}',
      },
    });
    const principal = props(ra).get('principalId')!;
    expect(principal).toEqual({ kind: 'unknown', expr: 'principalId', reason: 'parameter' });
    const roleDef = props(ra).get('roleDefinitionId')!;
    expect(roleDef.kind === 'string' && roleDef.unknowns).toEqual(['subscription().subscriptionId']);
    // The role GUID keeps the span of the text it came from (the variable's value).
    expect(at((roleDef as { span: { file: string; line: number; column: number; endLine: number; endColumn: number } }).span)).toBe('main.bicep:11:23-11:105');
  });

  it('takes parameter values from the .bicepparam file that uses the template, then --param', () => {
    const files = {
      'infra/main.bicep': `param principalId string\nparam roleId string = 'x'\nparam count int = 1\nresource ra ${ROLE} = [for i in range(0, count): {\n  name: '\${principalId}-\${i}'\n  properties: { principalId: principalId, roleDefinitionId: roleId }\n}]\n`,
      'infra/main.bicepparam': "using './main.bicep'\nvar prefix = 'p'\nparam principalId = '${prefix}-1111'\nparam count = 2\n",
    };
    const ev = run(files);
    expect(ev.errors).toEqual([]);
    expect(ev.resources.map((r) => [r.address, r.instanceKey, toPlain(r.body.get('name')!)])).toEqual([
      ['ra[0]', 0, 'p-1111-0'],
      ['ra[1]', 1, 'p-1111-1'],
    ]);
    const extended = run({ ...files, 'infra/main.bicepparam': "using './main.bicep'\nextends 'base.bicepparam'\nparam count = 1\n", 'infra/base.bicepparam': "using none\nparam principalId = 'from-base'\nparam count = 5\n" });
    expect(extended.resources.map((r) => toPlain(r.body.get('name')!))).toEqual(['from-base-0']);
    const overridden = run(files, { roleId: 'r-2', count: '3' });
    expect(overridden.resources.map((r) => toPlain(props(r).get('roleDefinitionId')!))).toEqual(['r-2', 'r-2', 'r-2']);
  });

  it('applies parameter files named for the scan: ARM JSON and .bicepparam', () => {
    const all = new Map<string, SourceFile>();
    const main: SourceFile = { absPath: '/repo/main.bicep', path: 'main.bicep', text: `param principalId string\nparam roleId string\nresource ra ${ROLE} = {\n  properties: { principalId: principalId, roleDefinitionId: roleId }\n}\n` };
    all.set(main.path, main);
    const json: SourceFile = { absPath: '/params/p.json', path: '../params/p.json', text: '{"parameters": {"principalId": {"value": "p-json"}, "roleId": {"reference": {"keyVault": {}}}}}' };
    const bicepparam: SourceFile = { absPath: '/params/p.bicepparam', path: '../params/p.bicepparam', text: "using none\nparam roleId = 'r-bicepparam'\n" };
    const ev = evaluateBicep([main], all, { parameterFiles: [json, bicepparam] });
    expect(ev.errors).toEqual([]);
    expect(toPlain(ev.resources[0]!.body.get('properties')!)).toEqual({ principalId: 'p-json', roleDefinitionId: 'r-bicepparam' });
    const bad = evaluateBicep([main], all, { parameterFiles: [{ ...json, text: '{ nope' }] });
    expect(bad.errors.map((e) => [e.file, e.line, e.code])).toEqual([['../params/p.json', 1, 'parse']]);
  });

  it('expands loops over principals × roles, with conditions', () => {
    const ev = run({
      'main.bicep': [
        "var principals = ['a', 'b']",
        "var roles = ['r1', 'r2', 'r3']",
        'var pairs = flatten(map(principals, p => map(roles, r => { principal: p, role: r })))',
        `resource ra ${ROLE} = [for (pair, i) in pairs: if (pair.role != 'r3') {`,
        "  name: '${pair.principal}-${pair.role}'",
        '  properties: { principalId: pair.principal, roleDefinitionId: pair.role }',
        '}]',
        'param deploy bool',
        `resource maybe ${ROLE} = if (deploy) {\n  name: 'maybe'\n}`,
        `resource never ${ROLE} = if (false) {\n  name: 'never'\n}`,
        'param unknownList array',
        `resource each ${ROLE} = [for p in unknownList: {\n  name: p.name\n}]`,
      ].join('\n'),
    });
    expect(ev.errors).toEqual([]);
    expect(ev.resources.map((r) => [r.address, toPlain(r.body.get('name')!), r.conditional])).toEqual([
      ['ra[0]', 'a-r1', false],
      ['ra[1]', 'a-r2', false],
      ['ra[3]', 'b-r1', false],
      ['ra[4]', 'b-r2', false],
      ['maybe', 'maybe', true],
      ['each[*]', '${unknownList[*].name}', false],
    ]);
    expect(ev.resources[5]!.instanceKey).toBe('*');
  });

  it('evaluates local modules with parameters, scopes and outputs; registry modules are unresolved', () => {
    const ev = run({
      'main.bicep': [
        "targetScope = 'subscription'",
        "resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {\n  name: 'rg-app'\n  location: 'westeurope'\n}",
        "module id 'modules/identity.bicep' = {",
        "  name: 'identity'",
        '  scope: resourceGroup(rg.name)',
        '}',
        "module rbac 'modules/rbac.bicep' = {",
        "  name: 'rbac'",
        '  params: {',
        '    principalId: id.outputs.principalId',
        "    roles: ['Reader', 'Contributor']",
        '  }',
        '}',
        "module avm 'br/public:avm/res/storage/storage-account:0.9.0' = {\n  name: 'avm'\n}",
      ].join('\n'),
      'modules/identity.bicep': "resource mi 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {\n  name: 'mi-app'\n  location: 'westeurope'\n}\noutput principalId string = mi.properties.principalId\n",
      'modules/rbac.bicep': [
        "targetScope = 'subscription'",
        'param principalId string',
        'param roles array',
        `resource ra ${ROLE} = [for role in roles: {`,
        '  name: guid(subscription().id, principalId, role)',
        '  properties: { principalId: principalId, roleDefinitionId: role }',
        '}]',
      ].join('\n'),
    });
    expect(ev.errors).toEqual([]);
    expect(ev.resources.map((r) => [r.address, r.modulePath, r.deploymentScope.kind, r.span.file])).toEqual([
      ['rg', '', 'subscription', 'main.bicep'],
      ['module.id.mi', 'module.id', 'resourceGroup', 'modules/identity.bicep'],
      ['module.rbac.ra[0]', 'module.rbac', 'subscription', 'modules/rbac.bicep'],
      ['module.rbac.ra[1]', 'module.rbac', 'subscription', 'modules/rbac.bicep'],
    ]);
    expect(toPlain(ev.resources[1]!.deploymentScope.value)).toMatchObject({ name: 'rg-app', id: '/subscriptions/${subscription().subscriptionId}/resourceGroups/rg-app' });
    const principal = props(ev.resources[2]!).get('principalId')!;
    expect(principal).toEqual({ kind: 'unknown', expr: 'mi.properties.principalId', reason: 'resource-reference', ref: { address: 'module.id.mi', attribute: 'properties.principalId' } });
    expect(toPlain(props(ev.resources[3]!).get('roleDefinitionId')!)).toBe('Contributor');
    expect(ev.unresolved.map((u) => [u.expr, u.reason, at(u.span)])).toEqual([
      ['br/public:avm/res/storage/storage-account:0.9.0', 'registry module', 'main.bicep:17:1-19:2'],
    ]);
  });

  it('resolves module outputs referenced before the module declaration (declarations are order-independent)', () => {
    const ev = run({
      'main.bicep': `resource ra ${ROLE} = {\n  properties: { principalId: id.outputs.principalId }\n}\nmodule id 'id.bicep' = {\n  name: 'id'\n}\n`,
      'id.bicep': "output principalId string = '1111'\n",
    });
    expect(ev.errors).toEqual([]);
    expect(ev.unresolved).toEqual([]);
    expect(toPlain(props(ev.resources[0]!).get('principalId')!)).toBe('1111');
  });

  it('existing resources, nested children, parent and ::, scope references, reference()', () => {
    const ev = run({
      'main.bicep': [
        "resource contributor 'Microsoft.Authorization/roleDefinitions@2022-04-01' existing = {",
        '  scope: subscription()',
        "  name: 'b24988ac-6180-42a0-ab88-20f7382dd24c'",
        '}',
        "resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {",
        "  name: 'kv1'",
        "  resource secret 'secrets' = {\n    name: 's1'\n  }",
        '}',
        "resource policy 'Microsoft.KeyVault/vaults/accessPolicies@2023-07-01' = {\n  parent: kv\n  name: 'add'\n}",
        "resource mi 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {\n  name: 'mi'\n}",
        `resource ra ${ROLE} = {`,
        '  scope: kv',
        '  name: guid(kv::secret.id)',
        '  properties: {',
        '    roleDefinitionId: contributor.id',
        "    principalId: reference(mi.id, '2018-11-30').principalId",
        '  }',
        '}',
      ].join('\n'),
    });
    expect(ev.errors).toEqual([]);
    expect(ev.resources.map((r) => [r.address, r.type, r.existing, r.parent])).toEqual([
      ['contributor', 'Microsoft.Authorization/roleDefinitions', true, undefined],
      ['kv', 'Microsoft.KeyVault/vaults', false, undefined],
      ['kv::secret', 'Microsoft.KeyVault/vaults/secrets', false, 'kv'],
      ['policy', 'Microsoft.KeyVault/vaults/accessPolicies', false, 'kv'],
      ['mi', 'Microsoft.ManagedIdentity/userAssignedIdentities', true, undefined],
      ['ra', 'Microsoft.Authorization/roleAssignments', false, undefined],
    ]);
    const ra = ev.resources[5]!;
    expect(ra.body.get('scope')).toEqual({ kind: 'unknown', expr: 'kv', reason: 'resource-reference', ref: { address: 'kv', attribute: '' } });
    expect(toPlain(props(ra).get('roleDefinitionId')!)).toBe(
      '/subscriptions/${subscription().subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c',
    );
    expect(props(ra).get('principalId')).toEqual({
      kind: 'unknown',
      expr: "reference(mi.id, '2018-11-30').principalId",
      reason: 'resource-reference',
      ref: { address: 'mi', attribute: 'properties.principalId' },
    });
    expect(toPlain(ra.body.get('name')!)).toBe('${guid(kv::secret.id)}');
  });

  it('built-in functions with known and unknown inputs', () => {
    const ev = run({
      'main.bicep': [
        'param unknownSub string',
        `resource r ${ROLE} = {`,
        '  properties: {',
        "    a: concat('a', 'b', 1)",
        "    b: concat([1], [2, 3])",
        "    c: format('{0}-{1}-{0}', 'x', 2)",
        "    d: split('a/b/c', '/')",
        "    e: last(split('a/b/c', '/'))",
        "    f: first(['x', 'y'])",
        "    g: toLower('ABC')",
        "    h: union({ a: 1, n: { x: 1 } }, { b: 2, n: { y: 2 } })",
        "    i: contains(['a', 'b'], 'b')",
        "    j: empty([])",
        "    k: length('abcd')",
        "    l: coalesce(null, 'z')",
        "    m: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'sn')",
        "    n: resourceId(unknownSub, 'rg2', 'Microsoft.Storage/storageAccounts', 'sa')",
        "    o: tenantResourceId('Microsoft.Authorization/roleDefinitions', 'g')",
        "    p: managementGroupResourceId('mg1', 'Microsoft.Authorization/roleDefinitions', 'g')",
        "    q: extensionResourceId('/subscriptions/s', 'Microsoft.Authorization/roleDefinitions', 'g')",
        '    r: managementGroup().id',
        '    s: tenant().id',
        "    t: subscription('s1').id",
        "    u: toUpper(unknownSub)",
        "    v: 5 / 2 + 10 % 3 - -1",
        "    w: !empty('x') && 'a' =~ 'A'",
        "    x: unknownSub ?? 'fallback'",
        "    y: null ?? 'fallback'",
        "    z: [for x in range(1, 3): x * 2]",
        '  }',
        '}',
      ].join('\n'),
    });
    expect(ev.errors).toEqual([]);
    expect(toPlain(ev.resources[0]!.body.get('properties')!)).toEqual({
      a: 'ab1',
      b: [1, 2, 3],
      c: 'x-2-x',
      d: ['a', 'b', 'c'],
      e: 'c',
      f: 'x',
      g: 'abc',
      h: { a: 1, n: { x: 1, y: 2 }, b: 2 },
      i: true,
      j: true,
      k: 4,
      l: 'z',
      m: '/subscriptions/${subscription().subscriptionId}/resourceGroups/${resourceGroup().name}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/sn',
      n: '/subscriptions/${unknownSub}/resourceGroups/rg2/providers/Microsoft.Storage/storageAccounts/sa',
      o: '/providers/Microsoft.Authorization/roleDefinitions/g',
      p: '/providers/Microsoft.Management/managementGroups/mg1/providers/Microsoft.Authorization/roleDefinitions/g',
      q: '/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/g',
      r: '/providers/Microsoft.Management/managementGroups/${managementGroup().name}',
      s: '/',
      t: '/subscriptions/s1',
      u: '${toUpper(unknownSub)}',
      v: 4,
      w: true,
      x: '${unknownSub ?? \'fallback\'}',
      y: 'fallback',
      z: [2, 4, 6],
    });
  });

  it('user functions, imported variables and functions, lambdas', () => {
    const ev = run({
      'types.bicep': "@export()\nvar readerRole = 'acdd72a7-3385-48ef-bd42-f606fba81ae7'\n@export()\nfunc roleId(guid string) string => '/providers/Microsoft.Authorization/roleDefinitions/${guid}'\n",
      'main.bicep': [
        "import { readerRole, roleId } from 'types.bicep'",
        "import * as t from 'types.bicep'",
        'func double(x int) int => x * 2',
        `resource r ${ROLE} = {`,
        '  properties: {',
        '    a: roleId(readerRole)',
        '    b: t.roleId(\'x\')',
        '    c: double(21)',
        "    d: filter(map(range(0, 5), i => double(i)), v => v > 4)",
        "    e: reduce([1, 2, 3], 0, (acc, v) => acc + v)",
        '  }',
        '}',
      ].join('\n'),
    });
    expect(ev.errors).toEqual([]);
    // types.bicep is imported from, so it is not evaluated as a root of its own.
    expect(ev.resources.map((r) => r.address)).toEqual(['r']);
    expect(toPlain(ev.resources[0]!.body.get('properties')!)).toEqual({
      a: '/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7',
      b: '/providers/Microsoft.Authorization/roleDefinitions/x',
      c: 42,
      d: [6, 8],
      e: 6,
    });
  });

  it('loadJsonContent and loadTextContent read files of the scan at compile time', () => {
    const ev = run({
      'roles/custom.json': '{"permissions": [{"actions": ["*"], "notActions": ["Microsoft.Authorization/*/write"]}], "name": "ops"}',
      'roles/readme.txt': 'hello',
      'main.bicep': [
        "var role = loadJsonContent('roles/custom.json')",
        "resource rd 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {",
        '  name: guid(role.name)',
        '  properties: {',
        '    permissions: role.permissions',
        "    first: loadJsonContent('roles/custom.json', '$.permissions[0].actions')",
        "    text: loadTextContent('roles/readme.txt')",
        "    missing: loadJsonContent('roles/none.json')",
        "    filtered: loadJsonContent('roles/custom.json', '$.permissions[?(@.x)]')",
        '  }',
        '}',
      ].join('\n'),
    });
    expect(ev.errors).toEqual([]);
    expect(toPlain(ev.resources[0]!.body.get('properties')!)).toEqual({
      permissions: [{ actions: ['*'], notActions: ['Microsoft.Authorization/*/write'] }],
      first: ['*'],
      text: 'hello',
      missing: "${loadJsonContent('roles/none.json')}",
      filtered: "${loadJsonContent('roles/custom.json', '$.permissions[?(@.x)]')}",
    });
  });

  it('reports parse errors as located tool errors and keeps evaluating the rest', () => {
    const ev = run({ 'bad.bicep': `var x = (\nresource ok ${ROLE} = {\n  name: 'ok'\n}\n` });
    expect(ev.errors).toEqual([{ file: 'bad.bicep', line: 1, column: 10, endLine: 1, endColumn: 11, message: 'Expected an expression but found a new line', code: 'parse' }]);
    expect(ev.resources.map((r) => r.address)).toEqual(['ok']);
  });

  it('keeps comments per file for suppressions', () => {
    const ev = run({ 'main.bicep': `// grantlint-ignore owner-at-subscription: reviewed\nresource ra ${ROLE} = {\n  name: 'x'\n}\n` });
    expect(ev.comments.get('main.bicep')).toEqual([{ line: 1, column: 1, endLine: 1, text: '// grantlint-ignore owner-at-subscription: reviewed' }]);
  });
});
