/** `--azure-roles FILE` end to end through the CLI, and located errors for bad input. */
import { describe, expect, it } from 'vitest';
import { cli } from './cli-support.js';

describe('grantlint --azure-roles', () => {
  it('names custom roles from the file and marks them privileged by their actions', async () => {
    const run = await cli(['grants', '--format', 'json', '--azure-roles', 'fixtures/azure/roles/custom-roles.json', 'fixtures/azure/roles/main.tf']);
    expect(run.stderr).toBe('');
    const grants = (JSON.parse(run.stdout) as { grants: Array<{ role: string; details: Record<string, unknown> }> }).grants;
    expect(grants.map((g) => [g.role, g.details.roleDefinitionId, g.details.privilegedRole, g.details.scopeKind])).toEqual([
      ['App Deployer', 'aaaaaaaa-0000-0000-0000-000000000001', true, 'subscription'],
    ]);
  });

  it('without the file, the role is its GUID', async () => {
    const run = await cli(['grants', '--format', 'json', 'fixtures/azure/roles/main.tf']);
    const grants = (JSON.parse(run.stdout) as { grants: Array<{ role: string }> }).grants;
    expect(grants.map((g) => g.role)).toEqual(['/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Authorization/roleDefinitions/aaaaaaaa-0000-0000-0000-000000000001']);
  });

  it('stops with exit 2 and says what is wrong in a bad file', async () => {
    const run = await cli(['grants', '--azure-roles', 'fixtures/azure/roles/broken-roles.json', 'fixtures/azure/roles/main.tf']);
    expect([run.code, run.stderr]).toEqual([
      2,
      'grantlint: --azure-roles fixtures/azure/roles/broken-roles.json: role definition [0]: expected "name" or "id" holding the role definition GUID\n',
    ]);
  });
});

describe('bad Bicep', () => {
  it('gets located errors, not a crash', async () => {
    const run = await cli(['grants', '--format', 'json', 'fixtures/azure/bicep-invalid']);
    expect(run.stderr).toBe('');
    const errors = (JSON.parse(run.stdout) as { errors: Array<{ file: string; line: number; column: number; message: string }> }).errors;
    expect(errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`)).toEqual([
      'fixtures/azure/bicep-invalid/main.bicep:5:5 Expected "," or ")" in the argument list but found "principalId"',
    ]);
    expect(run.code).toBe(2);
  });
});
