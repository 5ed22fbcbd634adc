/** The installed executable: built once (tsc, then the esbuild bundle the bin points at), run as a child process. */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, hasCorpus, ROOT } from './support/corpus.js';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: { grantlint: string } };
const bin = path.join(ROOT, pkg.bin.grantlint);

beforeAll(() => {
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // tsc still emits when some other file has a type error; type checking is `tsc --noEmit`'s job, not this test's.
  }
  execFileSync(process.execPath, [path.join(ROOT, 'dist', 'scripts', 'build-cli.js')], { cwd: ROOT, stdio: 'pipe' });
  expect(fs.existsSync(bin)).toBe(true);
});

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('grantlint executable', () => {
  it('is the package bin and starts with a node shebang', () => {
    expect(pkg.bin.grantlint).toBe('dist/bundle/grantlint.mjs');
    expect(fs.readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('prints its version', () => {
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('exits 1 on findings, 0 below the threshold, 2 on unparsable input', () => {
    expect(run(['scan', 'fixtures/cli/basic', '--format', 'compact']).code).toBe(1);
    expect(run(['scan', 'fixtures/cli/basic', '--fail-on', 'none']).code).toBe(0);
    const broken = run(['scan', 'fixtures/cli/broken', '--format', 'json']);
    expect(broken.code).toBe(2);
    expect(JSON.parse(broken.stdout).errors.length).toBe(2);
    expect(broken.stderr).toBe('');
  });

  it('rejects bad flags with exit 2 and no stack trace', () => {
    const r = run(['scan', '--fail-on', 'everything']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: "grantlint: invalid --fail-on 'everything'; valid values: critical, high, medium, low, info, none\nRun 'grantlint --help' for usage.\n",
    });
  });

  it('rejects a thread count that is not a whole number from 1 to 64', () => {
    expect(run(['scan', '--threads', '0']).stderr).toBe("grantlint: invalid --threads '0'; expected a whole number from 1 to 64\nRun 'grantlint --help' for usage.\n");
    expect(run(['scan', '--threads', 'two']).code).toBe(2);
  });

  // Worker threads exist only in the built tree and the bundles: this is where they are tested.
  it.skipIf(!hasCorpus)('gives byte-identical output with worker threads and without', () => {
    const target = path.join(CORPUS, 'terraform', 'terraform-aws-modules__terraform-aws-iam');
    const json = (threads: number) => {
      const r = run(['scan', target, '--format', 'json', '--fail-on', 'none', '--threads', String(threads), '--debug']);
      expect(r.code).toBe(0);
      // Only a run with workers times the parallel stage.
      expect(r.stderr.includes(' parallel ')).toBe(threads > 1);
      const out = JSON.parse(r.stdout) as { stats: { durationMs?: number; grants: number } };
      delete out.stats.durationMs;
      return JSON.stringify(out);
    };
    const one = json(1);
    expect((JSON.parse(one) as { stats: { grants: number } }).stats.grants).toBe(222);
    expect(json(2)).toBe(one);
    expect(json(3)).toBe(one);
  });
});
