/** The ARM expression functions, evaluated the way a template deployment would (unknowns stay symbolic). */
import { describe, expect, it } from 'vitest';
import { evaluateArmTemplate } from '../src/evaluate/arm/index.js';
import { fromPlain, toPlain, type ObjectValue } from '../src/evaluate/value.js';

const TEMPLATE = {
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  contentVersion: '1.0.0.0',
  parameters: {
    names: { type: 'array', defaultValue: ['a', 'b'] },
    flag: { type: 'bool', defaultValue: false },
    required: { type: 'string' },
    optional: { type: 'array', nullable: true },
    obj: { type: 'object', defaultValue: { k: 'v', n: 1 } },
  },
  variables: { prefix: "[concat('pre-', parameters('names')[0])]", ids: { owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635' } },
};

/** Value of `expr` as the property of a resource in a resource-group deployment. */
function evaluate(expr: unknown): unknown {
  const template = fromPlain({
    ...TEMPLATE,
    resources: [{ type: 'Microsoft.Authorization/roleDefinitions', apiVersion: '2022-04-01', name: 'r', properties: { value: expr } }],
  }) as ObjectValue;
  const result = evaluateArmTemplate({ file: 't.json', template, parameters: new Map() });
  expect(result.errors).toEqual([]);
  const properties = result.resources[0]!.body.get('properties')!;
  return toPlain((properties as ObjectValue).entries.get('value')!);
}

describe('ARM functions', () => {
  it.each<[string, unknown]>([
    ["[parameters('names')]", ['a', 'b']],
    ["[variables('prefix')]", 'pre-a'],
    ["[parameters('required')]", "${parameters('required')}"],
    ["[parameters('optional')]", null],
    ["[length(coalesce(parameters('optional'), createArray()))]", 0],
    ["[format('{0}/{1}', parameters('names')[1], 7)]", 'b/7'],
    ["[concat(parameters('names'), createArray('c'))]", ['a', 'b', 'c']],
    ["[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('ids').owner)]", '/subscriptions/${subscription().subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635'],
    ["[tenantResourceId('Microsoft.Authorization/roleDefinitions', 'x')]", '/providers/Microsoft.Authorization/roleDefinitions/x'],
    ["[resourceId('Microsoft.KeyVault/vaults/accessPolicies', 'kv', 'add')]", '/subscriptions/${subscription().subscriptionId}/resourceGroups/${resourceGroup().name}/providers/Microsoft.KeyVault/vaults/kv/accessPolicies/add'],
    ["[managementGroupResourceId('mg1', 'Microsoft.Authorization/roleDefinitions', 'x')]", '/providers/Microsoft.Management/managementGroups/mg1/providers/Microsoft.Authorization/roleDefinitions/x'],
    ["[extensionResourceId(resourceGroup().id, 'Microsoft.Authorization/locks', 'l')]", '/subscriptions/${subscription().subscriptionId}/resourceGroups/${resourceGroup().name}/providers/Microsoft.Authorization/locks/l'],
    ["[guid(resourceGroup().id, 'x')]", "${guid(resourceGroup().id, 'x')}"],
    ["[last(split('a/b/c', '/'))]", 'c'],
    ["[first(parameters('names'))]", 'a'],
    ["[toUpper('ab')]", 'AB'],
    ["[toLower(concat('AB-', parameters('required')))]", "ab-${parameters('required')}"],
    ["[union(parameters('obj'), createObject('k', 'w'))]", { k: 'w', n: 1 }],
    ["[contains(parameters('names'), 'b')]", true],
    ["[contains(parameters('obj'), 'K')]", true],
    ["[empty(parameters('names'))]", false],
    ["[if(parameters('flag'), 'yes', 'no')]", 'no'],
    ["[if(equals(parameters('required'), 'x'), 'yes', 'no')]", "${if(equals(parameters('required'), 'x'), 'yes', 'no')}"],
    ["[and(not(parameters('flag')), or(false(), true()))]", true],
    ["[map(parameters('names'), lambda('n', concat(lambdaVariables('n'), '!')))]", ['a!', 'b!']],
    ["[filter(parameters('names'), lambda('n', equals(lambdaVariables('n'), 'b')))]", ['b']],
    ["[tryGet(parameters('obj'), 'missing')]", null],
    ["[subscription().subscriptionId]", '${subscription().subscriptionId}'],
    ["[reference('x').principalId]", "${reference('x').principalId}"],
    ['[[not an expression]', '[not an expression]'],
  ])('%s', (expr, expected) => {
    expect(evaluate(expr)).toEqual(expected);
  });

  it('expands property copy loops', () => {
    expect(evaluate({ copy: [{ name: 'items', count: 2, input: "[concat('i', string(copyIndex('items')))]" }] })).toEqual({ items: ['i0', 'i1'] });
  });

  it('reports an invalid expression at its string', () => {
    const template = fromPlain(
      { ...TEMPLATE, resources: [{ type: 'Microsoft.Authorization/roleDefinitions', name: 'r', properties: { roleName: "[concat('a']" } }] },
      { file: 't.json', line: 3, column: 5, endLine: 3, endColumn: 20 },
    ) as ObjectValue;
    const result = evaluateArmTemplate({ file: 't.json', template, parameters: new Map() });
    expect(result.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`)).toEqual([
      't.json:3:5 invalid template expression: unexpected end of expression: expected "," or ")" in concat(...) (at offset 11 of "[concat(\'a\']")',
    ]);
  });
});
