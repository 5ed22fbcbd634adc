/**
 * The ARM corpus (Enterprise-Scale, azure-docs-json-samples, quickstart templates, compiled bicep-registry-modules)
 * through the ARM front end: no internal errors, parse errors only for the files that are not valid ARM JSON
 * (each located), grant counts pinned.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/pipeline/scan.js';
import { armFrontEnd } from '../src/pipeline/frontends/arm.js';
import { CORPUS, hasCorpus } from './support/corpus.js';

describe.skipIf(!hasCorpus)('ARM corpus', () => {
  it('scans every template without internal errors', async () => {
    const result = await scan({ paths: ['.'], cwd: path.join(CORPUS, 'arm'), rules: [], frontEnds: [armFrontEnd] });
    expect(result.errors.filter((e) => e.code !== 'parse')).toEqual([]);
    // Documentation snippets with `...` placeholders or unquoted names: not JSON, reported where they stop.
    expect(result.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`)).toEqual([
      'Azure__azure-docs-json-samples/azure-resource-manager/functions/date/datetimeadd-automation.json:31:5 invalid JSON: unexpected character \".\": expected a value',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/default-mg.json:5:5 invalid JSON: unexpected character \"m\": expected a value',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/default-rg.json:5:5 invalid JSON: unexpected character \"r\": expected a value',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/default-sub.json:5:5 invalid JSON: unexpected character \"s\": expected a value',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/default-tenant.json:5:5 invalid JSON: unexpected text: expected a value',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/different-sub-to-resource-group.json:14:11 invalid JSON: expected a property name in double quotes or \'}\'',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/management-group-to-tenant.json:14:11 invalid JSON: expected a property name in double quotes or \'}\'',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/mg-to-resource-group.json:18:15 invalid JSON: expected a property name in double quotes or \'}\'',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/mg-to-subscription.json:18:15 invalid JSON: expected a property name in double quotes or \'}\'',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/resource-group-to-subscription.json:14:11 invalid JSON: expected a property name in double quotes or \'}\'',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/resource-group-to-tenant.json:14:11 invalid JSON: expected a property name in double quotes or \'}\'',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/same-sub-to-resource-group.json:13:11 invalid JSON: expected a property name in double quotes or \'}\'',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/scope-mg.json:22:11 invalid JSON: expected a property name in double quotes or \'}\'',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/sub-to-resource-group.json:13:11 invalid JSON: expected a property name in double quotes or \'}\'',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/sub-to-sub.json:14:11 invalid JSON: expected a property name in double quotes or \'}\'',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/subscription-to-tenant.json:14:11 invalid JSON: expected a property name in double quotes or \'}\'',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/tenant-to-mg.json:22:11 invalid JSON: expected a property name in double quotes or \'}\'',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/tenant-to-rg.json:18:15 invalid JSON: expected a property name in double quotes or \'}\'',
      'Azure__azure-docs-json-samples/azure-resource-manager/scope/tenant-to-subscription.json:18:15 invalid JSON: expected a property name in double quotes or \'}\'',
    ]);
    const byKind: Record<string, number> = {};
    for (const g of result.grants) byKind[`${g.kind} ${String(g.details?.scopeKind ?? '-')}`] = (byKind[`${g.kind} ${String(g.details?.scopeKind ?? '-')}`] ?? 0) + 1;
    expect({ files: result.stats.files, grants: result.grants.length, unresolved: result.unresolved.length, errors: result.errors.length, byKind }).toEqual({
      files: 451,
      grants: 144,
      // Linked templates (templateLink): reported, not followed.
      unresolved: 21,
      errors: 19,
      byKind: {
        'resource-policy resource': 12,
        // Scope given as a parameter without a value (Enterprise-Scale policy assignment templates).
        'role-assignment -': 12,
        'role-assignment management-group': 63,
        'role-assignment resource': 10,
        'role-assignment resource-group': 8,
        'role-assignment subscription': 6,
        'role-assignment tenant': 30,
        'role-definition -': 3,
      },
    });
  });
});
