/**
 * cfn-lint as the judge of what is a readable template: every corpus template that cfn-lint's own decoder reads
 * without a parse error (rule E0000) must parse here without an error. cfn-lint's decoder runs once, in one Python
 * process, over every file; nothing is cached in the repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, hasCorpus } from './support/corpus.js';
import { parseTemplate } from '../src/parse/cloudformation/index.js';

const ROOT = path.join(CORPUS, 'cloudformation');

/** The Python interpreter cfn-lint runs with (from its launcher, through a pyenv shim if need be). */
function cfnLintPython(): string | undefined {
  const launcher = (process.env.PATH ?? '')
    .split(path.delimiter)
    .map((dir) => path.join(dir, 'cfn-lint'))
    .find((p) => existsSync(p));
  if (!launcher) return undefined;
  let script = launcher;
  const firstLine = readFileSync(script, 'utf8').split('\n', 1)[0] ?? '';
  if (!/python/.test(firstLine)) {
    // A pyenv shim is a shell script: ask pyenv for the real launcher.
    const which = spawnSync('pyenv', ['which', 'cfn-lint'], { encoding: 'utf8' });
    if (which.status !== 0) return undefined;
    script = which.stdout.trim();
  }
  const shebang = /^#!\s*(\S+)/.exec(readFileSync(script, 'utf8').split('\n', 1)[0] ?? '')?.[1];
  return shebang && existsSync(shebang) ? shebang : undefined;
}

const DECODE = `
import json, sys
from cfnlint.decode import decode
import cfnlint.version
out = {"version": cfnlint.version.__version__, "errors": {}}
for path in sys.stdin.read().splitlines():
    _, matches = decode(path)
    errors = [[m.linenumber, m.columnnumber, m.message] for m in (matches or []) if m.rule.id == "E0000"]
    if errors:
        out["errors"][path] = errors
print(json.dumps(out))
`;

const python = hasCorpus ? cfnLintPython() : undefined;
if (hasCorpus && !python) process.stdout.write('NOTICE: cfn-lint is not on PATH: the cfn-lint agreement test is skipped\n');

describe.skipIf(!python)('cfn-lint agreement', () => {
  it('parses every template cfn-lint reads without E0000', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(ya?ml|json|template)$/.test(e.name)) files.push(p);
      }
    };
    walk(ROOT);
    const output = execFileSync(python!, ['-c', DECODE], { input: files.join('\n'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const result = JSON.parse(output) as { version: string; errors: Record<string, Array<[number, number, string]>> };
    const rejected = new Set(Object.keys(result.errors));
    const disagreements: string[] = [];
    for (const f of files) {
      if (rejected.has(f)) continue;
      const parsed = parseTemplate(readFileSync(f, 'utf8'), path.relative(ROOT, f));
      if (parsed.error) disagreements.push(`${path.relative(ROOT, f)}:${parsed.error.line}:${parsed.error.column} ${parsed.error.message}`);
    }
    process.stdout.write(`cfn-lint ${result.version}: ${files.length} files, ${files.length - rejected.size} read without E0000, ${disagreements.length} not parsed here\n`);
    expect(result.version.startsWith('1.')).toBe(true);
    expect(disagreements).toEqual([]);
  }, 300_000);
});
