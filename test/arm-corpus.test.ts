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
    (await import('node:fs')).writeFileSync('/tmp/arm-errors.json', JSON.stringify(result.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`), null, 1));
    const byKind: Record<string, number> = {};
    for (const g of result.grants) byKind[`${g.kind} ${String(g.details?.scopeKind ?? '-')}`] = (byKind[`${g.kind} ${String(g.details?.scopeKind ?? '-')}`] ?? 0) + 1;
    expect({ files: result.stats.files, grants: result.grants.length, unresolved: result.unresolved.length, errors: result.errors.length, byKind }).toEqual({});

  });
});
