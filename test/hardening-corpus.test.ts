/**
 * Whole-corpus check: every folder of ../shared/corpus scanned end to end. Files either scan or give located
 * errors (parse, evaluate, read...); none may give an `internal` error, which is how a crash surfaces.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, hasCorpus } from './support/corpus.js';
import { scan } from '../src/pipeline/scan.js';

const FOLDERS = ['terraform', 'tfplan', 'cloudformation', 'bicep', 'arm'];

describe.runIf(hasCorpus)('whole corpus: no crashes', () => {
  it.each(FOLDERS)('%s', async (folder) => {
    const started = Date.now();
    const result = await scan({ paths: [folder], cwd: CORPUS, today: '2026-01-01' });
    const byCode = new Map<string, number>();
    for (const e of result.errors) byCode.set(e.code, (byCode.get(e.code) ?? 0) + 1);
    console.log(
      `${folder}: ${result.stats.files} files, ${result.grants.length} grants, ${result.findings.length} findings, errors ${JSON.stringify(Object.fromEntries([...byCode].sort()))}, ${Date.now() - started} ms`,
    );
    const internal = result.errors.filter((e) => e.code === 'internal').map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`);
    expect(internal).toEqual([]);
    expect(result.stats.files).toBeGreaterThan(100);
    for (const e of result.errors) {
      // Located: a file inside the scanned folder (or the policy), a real position, and a message.
      expect(e.file === '' || !path.isAbsolute(e.file)).toBe(true);
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.column).toBeGreaterThanOrEqual(1);
      expect(e.message.length).toBeGreaterThan(0);
    }
  });
});
