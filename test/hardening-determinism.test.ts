/**
 * Determinism: the same files give byte-identical JSON and SARIF whatever order they are discovered in, however
 * often they are scanned, and in whatever time zone. `stats.durationMs` (wall time, the one field that measures the
 * machine rather than the input) is set to 0 before comparing.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/corpus.js';
import { scan, type ScanResult } from '../src/pipeline/scan.js';
import type { SourceFile } from '../src/model/document.js';
import { formats } from '../src/report/index.js';

const BASE = path.join(ROOT, 'fixtures');
const FOLDERS = ['demo', 'cloudformation', 'azure'];

function readTree(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...readTree(full));
    else out.push({ absPath: full, path: path.relative(BASE, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') });
  }
  return out;
}

/** A fixed permutation (Fisher–Yates with a small LCG), so a failure names the order that caused it. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function rendered(result: ScanResult): { json: string; sarif: string } {
  const timeless = { ...result, stats: { ...result.stats, durationMs: 0 } };
  return { json: formats.json(timeless, { color: false, cwd: BASE }), sarif: formats.sarif(timeless, { color: false, cwd: BASE }) };
}

const files = FOLDERS.flatMap((f) => readTree(path.join(BASE, f)));
const scanOrder = (order: SourceFile[]) => scan({ paths: [], sources: { root: BASE, files: order }, today: '2026-01-01' });

describe('determinism', () => {
  it('file order and repeated runs do not change JSON or SARIF', async () => {
    const reference = rendered(await scanOrder(files));
    const parsed = JSON.parse(reference.json) as { findings: unknown[]; grants: unknown[] };
    expect(parsed.grants.length).toBeGreaterThan(20);
    expect(parsed.findings.length).toBeGreaterThan(10);
    for (const order of [[...files].reverse(), shuffled(files, 1), shuffled(files, 2), shuffled(files, 3), files]) {
      const again = rendered(await scanOrder(order));
      expect(again.json).toBe(reference.json);
      expect(again.sarif).toBe(reference.sarif);
    }
  });

  it('the time zone does not change the CLI output', () => {
    const cli = path.join(ROOT, 'dist/src/cli/main.js');
    const run = (tz: string, format: string) => {
      const r = spawnSync(process.execPath, [cli, 'scan', 'fixtures/demo', '--format', format], { cwd: ROOT, env: { ...process.env, TZ: tz, NO_COLOR: '1' }, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      return r.stdout.replace(/"durationMs": ?\d+/g, '"durationMs": 0');
    };
    for (const format of ['json', 'sarif']) {
      const utc = run('UTC', format);
      expect(utc.length).toBeGreaterThan(1000);
      expect(run('Pacific/Kiritimati', format)).toBe(utc);
      expect(run('America/Adak', format)).toBe(utc);
    }
  });
});
