/**
 * Oracle: every module of Azure/bicep-registry-modules whose compiled ARM template is in the corpus gives the same
 * role grants from its .bicep (Bicep evaluator) as from the compiled .json (ARM evaluator): same role definition
 * GUIDs, principals and scope kinds. Exceptions are listed with their reason; the list may only shrink.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/model/document.js';
import type { Grant } from '../src/model/grant.js';
import { evaluateBicep } from '../src/evaluate/bicep/index.js';
import { evaluateArmTemplate } from '../src/evaluate/arm/index.js';
import { parseJsonc } from '../src/parse/arm/jsonc.js';
import { extractAzureFromDeployment } from '../src/extract/azure/deployment.js';
import { isGuid } from '../src/analyze/azure/roles.js';
import { CORPUS, hasCorpus } from './support/corpus.js';

const REPO = 'Azure__bicep-registry-modules';
const BICEP_ROOT = path.join(CORPUS, 'bicep', REPO);
const ARM_ROOT = path.join(CORPUS, 'arm', REPO);

/** Pairs whose grants differ, with why. */
const EXCEPTIONS: Record<string, string> = {};

function walk(dir: string, out: string[], base = dir): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out, base);
    else out.push(path.relative(base, p).split(path.sep).join('/'));
  }
}

/** Role GUID (or the role as written when symbolic) | principal (a literal id, else its type) | scope kind. */
function key(g: Grant): string {
  const principal = isGuid(g.principal.name) ? g.principal.name.toLowerCase() : g.principal.type;
  return [g.kind, String(g.details?.roleDefinitionId ?? 'symbolic'), principal, String(g.details?.scopeKind ?? '-')].join(' | ');
}

function bicepGrants(rel: string, bicepFiles: Map<string, SourceFile>): string[] {
  const file = bicepFiles.get(rel)!;
  const evaluation = evaluateBicep([file], bicepFiles);
  return extractAzureFromDeployment(evaluation.resources, 'bicep').filter((g) => g.kind === 'role-assignment').map(key).sort();
}

function armGrants(rel: string): string[] {
  const text = readFileSync(path.join(ARM_ROOT, rel), 'utf8');
  const parsed = parseJsonc(text, rel);
  if (parsed.error || parsed.value.kind !== 'object') throw new Error(`${rel}: ${parsed.error?.message ?? 'not an object'}`);
  const evaluation = evaluateArmTemplate({ file: rel, template: parsed.value, parameters: new Map() });
  return extractAzureFromDeployment(evaluation.resources, 'arm').filter((g) => g.kind === 'role-assignment').map(key).sort();
}

describe.skipIf(!hasCorpus)('Bicep ↔ compiled ARM oracle (bicep-registry-modules)', () => {
  it('gives equal role grants for at least 95% of the pairs, exceptions listed', () => {
    const armFiles: string[] = [];
    walk(ARM_ROOT, armFiles);
    const bicepPaths: string[] = [];
    walk(BICEP_ROOT, bicepPaths);
    const bicepFiles = new Map<string, SourceFile>();
    for (const rel of bicepPaths) {
      if (!/\.(bicep|bicepparam)$/.test(rel)) continue;
      const abs = path.join(BICEP_ROOT, rel);
      if (statSync(abs).size > 2_000_000) continue;
      bicepFiles.set(rel, { absPath: abs, path: rel, text: readFileSync(abs, 'utf8') });
    }
    const pairs = armFiles.filter((rel) => rel.endsWith('.json') && bicepFiles.has(rel.replace(/\.json$/, '.bicep'))).sort();
    const differing: Record<string, { bicep: string[]; arm: string[] }> = {};
    let withGrants = 0;
    for (const rel of pairs) {
      const fromBicep = bicepGrants(rel.replace(/\.json$/, '.bicep'), bicepFiles);
      const fromArm = armGrants(rel);
      if (fromArm.length > 0) withGrants++;
      if (JSON.stringify(fromBicep) !== JSON.stringify(fromArm)) differing[rel] = { bicep: fromBicep, arm: fromArm };
    }
    console.log(JSON.stringify(Object.entries(differing).slice(0, 6), null, 1));
    expect(pairs.length).toBe(134);
    expect(Object.keys(differing).filter((rel) => !(rel in EXCEPTIONS))).toEqual([]);
    expect(Object.keys(EXCEPTIONS).filter((rel) => !(rel in differing))).toEqual([]);
    expect((pairs.length - Object.keys(differing).length) / pairs.length).toBeGreaterThanOrEqual(0.95);
    expect(withGrants).toBe(-1);
  });
});
