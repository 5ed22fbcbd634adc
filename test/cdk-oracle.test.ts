/**
 * CDK oracle: each fixture app under fixtures/cdk/*-app is synthesized here with aws-cdk-lib (our own fixtures only;
 * scanning never runs user code), its templates go through the CloudFormation front end, and the grants must match
 * those the CDK front end reads from the TypeScript: kind, principal, effect, actions, resources, managed policy and
 * conditions, with construct paths in place of the logical ids of the template. Known differences are listed with
 * their reason; the list may only shrink (a difference that disappears fails the test until its entry is removed).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/corpus.js';
import { discover } from '../src/discover/index.js';
import { cdkFrontEnd } from '../src/pipeline/frontends/cdk.js';
import { scanTemplate } from '../src/pipeline/frontends/cloudformation.js';
import type { Grant } from '../src/model/grant.js';
import { canonicalJson } from '../src/extract/grant.js';

const APPS = readdirSync(path.join(ROOT, 'fixtures/cdk'))
  .filter((d) => d.endsWith('-app') && existsSync(path.join(ROOT, 'fixtures/cdk', d, 'bin/app.ts')))
  .sort();

/** Differences between the TypeScript and the synthesized templates, with why. This list may only shrink. */
const KNOWN_DIFFERENCES: Array<{ app: string; side: 'template-only' | 'source-only'; grant: string; reason: string }> = [];

let cdkAvailable = true;
try {
  await import('aws-cdk-lib');
} catch {
  cdkAvailable = false;
  console.warn('NOTICE: aws-cdk-lib is not installed: the CDK oracle test is skipped (npm install to run it)');
}

const outdirs: string[] = [];
afterAll(() => {
  for (const d of outdirs) rmSync(d, { recursive: true, force: true });
});

/** Synthesizes one fixture app into a fresh directory, with construct paths in the template metadata. */
async function synthesize(app: string): Promise<string> {
  const outdir = mkdtempSync(path.join(os.tmpdir(), `grantlint-cdk-${app}-`));
  outdirs.push(outdir);
  process.env.CDK_OUTDIR = outdir;
  process.env.CDK_CONTEXT_JSON = JSON.stringify({ 'aws:cdk:enable-path-metadata': true });
  try {
    await import(pathToFileURL(path.join(ROOT, 'fixtures/cdk', app, 'bin/app.ts')).href);
  } finally {
    delete process.env.CDK_OUTDIR;
    delete process.env.CDK_CONTEXT_JSON;
  }
  return outdir;
}

/** Grants of the synthesized templates, logical ids replaced by construct paths. */
function templateGrants(outdir: string): Grant[] {
  const out: Grant[] = [];
  for (const name of readdirSync(outdir).filter((f) => f.endsWith('.template.json')).sort()) {
    const text = readFileSync(path.join(outdir, name), 'utf8');
    const template = JSON.parse(text) as { Resources?: Record<string, { Metadata?: Record<string, string> }> };
    const paths = new Map<string, string>();
    for (const [logicalId, r] of Object.entries(template.Resources ?? {})) {
      const cdkPath = r.Metadata?.['aws:cdk:path'];
      if (cdkPath) paths.set(logicalId, cdkPath.replace(/\/(Resource|Default)$/, ''));
    }
    const rename = (s: string) =>
      s.replace(/\$\{([A-Za-z0-9]+)(\.[A-Za-z]+)?\}/g, (m, id: string, attr: string | undefined) => (paths.has(id) ? '${' + paths.get(id)! + (attr ?? '') + '}' : m));
    const scanned = scanTemplate({ absPath: path.join(outdir, name), path: name, text }, {});
    expect(scanned.errors).toEqual([]);
    for (const g of scanned.grants) {
      out.push({
        ...g,
        principal: { ...g.principal, name: paths.get(g.principal.name) ?? rename(g.principal.name) },
        resources: g.resources.map(rename),
        notResources: g.notResources.map(rename),
        ...(g.role !== undefined ? { role: rename(g.role) } : {}),
      });
    }
  }
  return out;
}

function sourceGrants(app: string): Grant[] {
  const found = discover({ paths: [path.join('fixtures/cdk', app)], cwd: ROOT });
  const all = new Map(found.files.map((f) => [f.path, f]));
  const result = cdkFrontEnd.run(found.files.filter((f) => cdkFrontEnd.claims(f)), all, { root: ROOT, varFiles: [], vars: {}, parameters: {}, parameterFiles: [], debug: true });
  expect(result.errors).toEqual([]);
  return result.grants;
}

/** What is compared: who may do what on what, not where it is written. */
function key(g: Grant): string {
  return canonicalJson({
    kind: g.kind,
    principal: `${g.principal.type}:${g.principal.name}`,
    effect: g.effect,
    actions: [...g.actions].sort(),
    notActions: [...g.notActions].sort(),
    resources: [...g.resources].sort(),
    notResources: [...g.notResources].sort(),
    role: g.role ?? '',
    conditions: g.conditions,
  });
}

/** Keys of `a` not matched one-for-one in `b`. */
function missing(a: Grant[], b: Grant[]): string[] {
  const pool = b.map(key);
  const out: string[] = [];
  for (const k of a.map(key)) {
    const i = pool.indexOf(k);
    if (i >= 0) pool.splice(i, 1);
    else out.push(k);
  }
  return out.sort();
}

describe.skipIf(!cdkAvailable)('CDK oracle: grants from the TypeScript match grants from the synthesized templates', () => {
  it('has three fixture apps', () => {
    expect(APPS).toEqual(['data-app', 'pipeline-app', 'platform-app']);
  });

  for (const app of APPS) {
    it(app, async () => {
      const outdir = await synthesize(app);
      const fromTemplates = templateGrants(outdir);
      const fromSource = sourceGrants(app);
      expect(fromTemplates.length).toBeGreaterThan(5);
      const differences = [
        ...missing(fromTemplates, fromSource).map((grant) => ({ side: 'template-only', grant })),
        ...missing(fromSource, fromTemplates).map((grant) => ({ side: 'source-only', grant })),
      ];
      const known = KNOWN_DIFFERENCES.filter((d) => d.app === app).map(({ side, grant }) => ({ side, grant }));
      expect(differences).toEqual(known);
    });
  }
});
