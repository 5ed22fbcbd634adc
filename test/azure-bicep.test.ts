/** Bicep files through the Bicep front end: the Bicep evaluator's resources → Azure grants, with positions. */
import { describe, expect, it } from 'vitest';
import type { Grant } from '../src/model/grant.js';
import { scan } from '../src/pipeline/scan.js';
import { bicepFrontEnd } from '../src/pipeline/frontends/bicep.js';
import { ROOT } from './support/corpus.js';

const row = (g: Grant) =>
  [g.source.address, `${g.principal.type}:${g.principal.name}`, g.role ?? '-', String(g.details?.scopeKind ?? '-'), `${g.source.file}:${g.source.line}:${g.source.column}`].join(' | ');

describe('Bicep front end', () => {
  it('extracts role assignments across loops, modules and existing role definitions with their scope kinds', async () => {
    const result = await scan({ paths: ['fixtures/azure/bicep'], cwd: ROOT, rules: [], frontEnds: [bicepFrontEnd] });
    expect(result.errors).toEqual([]);
    expect(result.grants.map(row)).toEqual([
      'module.app.contributor | managed-identity:id-app | Contributor | resource-group | fixtures/azure/bicep/app.bicep:6:1',
      'readers[0] | group:11111111-1111-1111-1111-111111111111 | Reader | subscription | fixtures/azure/bicep/main.bicep:14:1',
      'readers[1] | group:22222222-2222-2222-2222-222222222222 | Reader | subscription | fixtures/azure/bicep/main.bicep:14:1',
      // roleDefinitionId: owner.id, of an `existing` role definition named by its GUID.
      'breakGlass | user:33333333-3333-3333-3333-333333333333 | Owner | subscription | fixtures/azure/bicep/main.bicep:33:1',
    ]);
    expect(result.files.has('fixtures/azure/bicep/app.bicep')).toBe(true);
  });
});
