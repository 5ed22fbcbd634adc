/**
 * action-dist/ is committed (a JavaScript action runs from the checked-out repository): it must be exactly what
 * scripts/build-action.ts produces from the current sources. Rebuild with:
 *   npm run build:action
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_DIST, buildActionBundle } from '../scripts/build-action.js';
import { INPUT_NAMES } from '../src/action/inputs.js';

function listFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

describe('the committed Action bundle', () => {
  it('is byte for byte what the build produces now', async () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-bundle-'));
    try {
      await buildActionBundle(fresh);
      const expected = listFiles(fresh);
      expect(listFiles(ACTION_DIST)).toEqual(expected);
      const stale = expected.filter((f) => !fs.readFileSync(path.join(fresh, f)).equals(fs.readFileSync(path.join(ACTION_DIST, f))));
      expect(stale, 'action-dist/ is stale: run `npm run build:action`').toEqual([]);
      expect(expected).toContain('index.mjs');
      expect(expected).toEqual(expect.arrayContaining(['iam-catalogue.jsonl', 'managed-policies.jsonl']));
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('action.yml runs the bundle on node24 and declares exactly the inputs the code reads', () => {
    const manifest = parse(fs.readFileSync(path.join(ACTION_DIST, '..', 'action.yml'), 'utf8')) as { runs: { using: string; main: string }; inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    expect(manifest.runs).toEqual({ using: 'node24', main: 'action-dist/index.mjs' });
    expect(Object.keys(manifest.inputs)).toEqual(INPUT_NAMES);
    expect(Object.keys(manifest.outputs)).toEqual(['critical', 'high', 'medium', 'low', 'info', 'findings', 'new-findings', 'grants-added', 'sarif', 'passed']);
  });
});
