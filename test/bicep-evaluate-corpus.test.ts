/**
 * Evaluates every Bicep repository of the shared corpus as one scan root: no crash, no evaluation error besides the
 * parse errors of files that are invalid upstream, and exact figures for known role assignments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/model/document.js';
import { evaluateBicep, type BicepEvaluation } from '../src/evaluate/bicep/index.js';
import { extractAzureFromDeployment, isAzureGrantType } from '../src/extract/azure/deployment.js';
import { toPlain } from '../src/evaluate/value.js';
import { CORPUS, hasCorpus } from './support/corpus.js';

const BICEP_CORPUS = path.join(CORPUS, 'bicep');

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    // JSON and text files too: templates read them with loadJsonContent()/loadTextContent().
    else if (entry.isFile() && /\.(bicep|bicepparam|json|jsonc|txt)$/.test(entry.name)) out.push(p);
  }
}

function loadRepo(repo: string): { files: SourceFile[]; all: Map<string, SourceFile> } {
  const root = path.join(BICEP_CORPUS, repo);
  const abs: string[] = [];
  walk(root, abs);
  const all = new Map<string, SourceFile>();
  for (const a of abs.sort()) {
    const rel = path.relative(root, a).split(path.sep).join('/');
    all.set(rel, { absPath: a, path: rel, text: readFileSync(a, 'utf8') });
  }
  return { files: [...all.values()], all };
}

const repos = hasCorpus ? readdirSync(BICEP_CORPUS).filter((r) => r.startsWith('Azure__')).sort() : [];
const evaluations = new Map<string, BicepEvaluation>();
let cpuMs = 0;
if (hasCorpus) {
  const cpu0 = process.cpuUsage();
  for (const repo of repos) {
    const { files, all } = loadRepo(repo);
    evaluations.set(repo, evaluateBicep(files, all));
  }
  const cpu = process.cpuUsage(cpu0);
  cpuMs = (cpu.user + cpu.system) / 1000;
}

const ROLE_ASSIGNMENTS = 'Microsoft.Authorization/roleAssignments';

describe.skipIf(!hasCorpus)('Bicep evaluation over the shared corpus', () => {
  it('evaluates every repository; errors are only parse errors of upstream-invalid or placeholder files', () => {
    expect(repos).toEqual(['Azure__ALZ-Bicep', 'Azure__azure-docs-bicep-samples', 'Azure__azure-quickstart-templates', 'Azure__bicep', 'Azure__bicep-registry-modules']);
    for (const repo of ['Azure__ALZ-Bicep', 'Azure__azure-quickstart-templates', 'Azure__bicep-registry-modules']) expect(evaluations.get(repo)!.errors, repo).toEqual([]);
    for (const e of evaluations.get('Azure__bicep')!.errors) {
      expect(e.code).toBe('parse');
      expect(e.file).toMatch(/(^|\/)Invalid|Decompiler\.IntegrationTests\/Files\/Working\/(issue5455|nested-outer)\//);
    }
    expect([...new Set(evaluations.get('Azure__azure-docs-bicep-samples')!.errors.map((e) => e.file))]).toEqual([
      'syntax-samples/modules/conditional-definition.bicep',
      'syntax-samples/modules/dependsOn-definition.bicep',
      'syntax-samples/modules/iterative-definition.bicep',
      'syntax-samples/modules/scope-definition.bicep',
    ]);
    console.log(`bicep evaluate: ${repos.length} repositories, ${[...evaluations.values()].reduce((n, e) => n + e.resources.length, 0)} resource instances, ${cpuMs.toFixed(0)} ms CPU (parse included)`);
  });

  it('extracts the same grants when only grant-related resource bodies are evaluated (as the front end does)', () => {
    // The scan evaluates other resources' bodies lazily (not at all) and module parameters on first use: same grants.
    const grants = (ev: BicepEvaluation) => extractAzureFromDeployment(ev.resources, 'bicep').map((g) => JSON.stringify(g));
    for (const repo of repos) {
      const { files, all } = loadRepo(repo);
      const lean = evaluateBicep(files, all, { resourceBodies: isAzureGrantType });
      const full = evaluations.get(repo)!;
      expect(grants(lean), repo).toEqual(grants(full));
      expect(lean.errors, repo).toEqual(full.errors);
      expect(lean.unresolved, repo).toEqual(full.unresolved);
      // Without the bodies that evaluated some modules early (for their outputs), modules come in declaration order.
      expect(lean.resources.map((r) => r.address).sort(), repo).toEqual(full.resources.map((r) => r.address).sort());
    }
  });

  it('finds the quickstart role assignments with their scopes, roles and principals', () => {
    const ev = evaluations.get('Azure__azure-quickstart-templates')!;
    const ras = ev.resources.filter((r) => r.type === ROLE_ASSIGNMENTS);
    expect(
      ras.map((r) => {
        const p = r.body.get('properties');
        const props = p?.kind === 'object' ? p.entries : new Map();
        return [`${r.span.file}:${r.span.line}`, r.address, r.deploymentScope.kind, toPlain(props.get('roleDefinitionId')!), toPlain(props.get('principalId')!)];
      }),
    ).toEqual([
      [
        'quickstarts/microsoft.authorization/rbac-builtinrole-resourcegroup/main.bicep:8',
        'roleAssignment',
        'resourceGroup',
        '/subscriptions/${subscription().subscriptionId}/resourceGroups/${resourceGroup().name}/providers/Microsoft.Authorization/roleDefinitions/${roleDefinitionID}',
        '${principalId}',
      ],
      [
        'quickstarts/microsoft.authorization/rbac-managedidentity/main.bicep:10',
        'roleassignment',
        'resourceGroup',
        '/subscriptions/${subscription().subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c',
        '${msi.properties.principalId}',
      ],
      [
        'subscription-deployments/create-rg-lock-role-assignment/applylock.bicep:20',
        'module.applyLock.roleAssignment',
        'resourceGroup',
        '/subscriptions/${subscription().subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c',
        '${principalId}',
      ],
      [
        'subscription-deployments/subscription-role-assignment/main.bicep:12',
        'roleAssignment',
        'subscription',
        '/subscriptions/${subscription().subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c',
        '${principalId}',
      ],
      [
        'tenant-deployments/tenant-role-assignment/main.bicep:11',
        'roleAssignment',
        'tenant',
        '/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
        '${principalId}',
      ],
    ]);
    // The managed identity principal stays linked to the identity resource.
    const msi = ras[1]!.body.get('properties');
    const principal = msi?.kind === 'object' ? msi.entries.get('principalId') : undefined;
    expect(principal?.kind === 'unknown' && principal.ref).toEqual({ address: 'msi', attribute: 'properties.principalId' });
  });

  it('expands the ALZ policy-identity role assignments through module loops at management-group scope', () => {
    const ras = evaluations.get('Azure__ALZ-Bicep')!.resources.filter((r) => r.type === ROLE_ASSIGNMENTS);
    expect(ras).toHaveLength(166);
    // Every one deploys at management-group scope: the policy sample's subscription-scope loop is empty once the
    // parameters it reads with loadJsonContent() are known.
    expect(ras.filter((r) => r.deploymentScope.kind === 'managementGroup')).toHaveLength(166);
    const first = ras[0]!;
    expect(first.address).toBe('module.modPolAssiIntRootDeployMdfcConfig.module.modPolicyIdentityRoleAssignmentMgsMany[0].module.modRoleAssignment[*].resRoleAssignment');
    const props = first.body.get('properties');
    expect(props?.kind === 'object' && toPlain(props.entries.get('roleDefinitionId')!)).toBe('/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635');
  });
});
