/** Runs the CLI in-process and captures what it prints (shared by the cli-, e2e- and report- tests). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../src/cli/run.js';
import { ROOT } from './support/corpus.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], options: { cwd?: string; tty?: boolean; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    stdoutIsTty: options.tty ?? false,
  });
  return { code, stdout, stderr };
}

/** A fresh directory that looks like a git repository (a `.git` folder), removed by the returned function. */
export function tempRepo(prefix: string): { dir: string; write: (rel: string, content: string | Buffer) => void; remove: () => void } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `grantlint-${prefix}-`)));
  fs.mkdirSync(path.join(dir, '.git'));
  return {
    dir,
    write(rel, content) {
      const abs = path.join(dir, rel);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, content);
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export const FIXTURES = path.join(ROOT, 'fixtures', 'cli');
