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

  it('links each role assignment to the identity of its own deployment when two root files reuse a symbolic name', async () => {
    const root = '/repo';
    const template = (name: string) =>
      [
        "resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {",
        `  name: '${name}'`,
        "  location: 'westeurope'",
        '}',
        "resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {",
        "  name: guid('ra')",
        '  properties: {',
        "    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b24988ac-6185-4b8e-9ebe-5a4df0d0e8f6')",
        '    principalId: identity.properties.principalId',
        '  }',
        '}',
        '',
      ].join('\n');
    const files = [
      { absPath: '/repo/a.bicep', path: 'a.bicep', text: template('id-a') },
      { absPath: '/repo/b.bicep', path: 'b.bicep', text: template('id-b') },
    ];
    // Read as one job (both roots through one extractor) and as the scan splits them (one job each).
    const { partition: _partition, ...oneJob } = bicepFrontEnd;
    const together = await scan({ paths: [], sources: { root, files }, rules: [], frontEnds: [oneJob] });
    const result = await scan({ paths: [], sources: { root, files }, rules: [], frontEnds: [bicepFrontEnd] });
    expect(together.grants).toEqual(result.grants);
    const contributor = '/subscriptions/\${subscription().subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6185-4b8e-9ebe-5a4df0d0e8f6';
    expect(result.grants.map(row)).toEqual([
      `ra | managed-identity:id-a | ${contributor} | resource-group | a.bicep:5:1`,
      `ra | managed-identity:id-b | ${contributor} | resource-group | b.bicep:5:1`,
    ]);
  });
});
