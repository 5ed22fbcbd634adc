/**
 * `grantlint diff --base` on a large tree with a small change: the shared Terraform corpus (2,000+ files) committed
 * to a temporary git repository, then three files changed. Prints the wall time of runDiff (a benchmark, not a test).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runDiff } from '../src/pipeline/diff.js';
import { listFiles } from './measure.js';

export async function diffBenchMs(corpusTerraform: string): Promise<{ files: number; ms: number; added: number }> {
  const repo = mkdtempSync(path.join(tmpdir(), 'grantlint-diff-bench-'));
  try {
    cpSync(corpusTerraform, repo, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'add', '-A');
    git('-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'commit', '-qm', 'base');
    const files = listFiles(repo, (n) => n.endsWith('.tf'));
    // Three changes in three module directories: each adds a role policy with new access.
    for (const [i, f] of [files[10]!, files[Math.floor(files.length / 2)]!, files[files.length - 10]!].entries()) {
      appendFileSync(
        f,
        `\nresource "aws_iam_role_policy" "bench_${i}" {\n  role   = "bench-${i}"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = "*" }] })\n}\n`,
      );
    }
    const t0 = performance.now();
    const outcome = await runDiff({ mode: 'git', base: 'HEAD', paths: ['.'], cwd: repo });
    return { files: files.length, ms: performance.now() - t0, added: outcome.diff.summary.added };
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}
