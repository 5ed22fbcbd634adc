/**
 * Hostile repositories: links and file functions that reach outside the scanned tree, file names and values
 * carrying terminal escapes, Markdown and HTML. Nothing outside is read; nothing from the files acts on the
 * terminal or the rendered PR comment.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan, type ScanResult } from '../src/pipeline/scan.js';
import { formats } from '../src/report/index.js';
import { mdCode, mdText } from '../src/report/markdown.js';

const ESC = '\u001b';
const EVIL_NAME = `evil${ESC}[31mred${ESC}]8;;x.example${'\u0007'}\u202e.tf`;
const WILDCARD = (sid: string, name: string) =>
  `resource "aws_iam_policy" "${name}" {\n  name   = "p"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Sid = "${sid}", Effect = "Allow", Action = "*", Resource = "*" }]\n  })\n}\n`;

let base: string;
let repo: string;
let result: ScanResult;

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-hostile-'));
  repo = path.join(base, 'repo');
  const outside = path.join(base, 'outside');
  fs.mkdirSync(path.join(repo, 'stack'), { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'evil.tf'), WILDCARD('outside', 'outside'));
  fs.writeFileSync(path.join(outside, 'policy.json'), '{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}');
  fs.symlinkSync(path.join(outside, 'evil.tf'), path.join(repo, 'linked.tf'));
  fs.symlinkSync(outside, path.join(repo, 'linked-dir'));
  fs.writeFileSync(
    path.join(repo, 'stack', 'main.tf'),
    'resource "aws_iam_policy" "f" {\n  name   = "f"\n  policy = file("../../outside/policy.json")\n}\nresource "aws_iam_policy" "t" {\n  name   = "t"\n  policy = templatefile("/etc/passwd", {})\n}\n',
  );
  fs.writeFileSync(path.join(repo, EVIL_NAME), WILDCARD(`x${ESC}[2J${ESC}[1;1H<img src=x onerror=alert(1)>`, 'evil'));
  fs.writeFileSync(path.join(repo, '..dots.tf'), WILDCARD('dots', 'dots'));
  result = await scan({ paths: ['.'], cwd: repo });
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('hostile repository', () => {
  it('does not follow links out of the tree and reports them', () => {
    expect(result.files.has('linked.tf')).toBe(false);
    expect(result.grants.some((g) => g.source.file.startsWith('linked'))).toBe(false);
    const linkErrors = result.errors.filter((e) => e.code === 'symlink').map((e) => e.file);
    expect(linkErrors.sort()).toEqual(['linked-dir', 'linked.tf']);
  });

  it('refuses file() and templatefile() outside the tree, with located errors', () => {
    const located = result.errors.filter((e) => e.file === 'stack/main.tf').map((e) => `${e.line}:${e.column} ${e.message}`);
    expect(located).toEqual([
      '3:17 The path "../../outside/policy.json" is outside the scanned directory; only files inside it are read.',
      '7:25 The path "/etc/passwd" is outside the scanned directory; only files inside it are read.',
    ]);
  });

  it('reports files with control characters and dots in their names under their real paths', () => {
    expect([...result.files.keys()].sort()).toEqual(['..dots.tf', EVIL_NAME, 'stack/main.tf']);
    expect(result.findings.some((f) => f.span.file === EVIL_NAME)).toBe(true);
  });

  it.each(['text', 'compact'] as const)('%s output escapes terminal control sequences from names and values', (format) => {
    const out = formats[format](result, { color: false, cwd: repo });
    expect(out).toContain('evil\\x1b[31mred\\x1b]8;;x.example\\x07\\u202e.tf');
    if (format === 'text') expect(out).toContain('x\\x1b[2J\\x1b[1;1H<img');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
  });

  it.each(['sarif', 'json'] as const)('%s output keeps hostile text as escaped JSON strings', (format) => {
    const out = formats[format](result, { color: false, cwd: repo });
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    const parsed = JSON.parse(out) as unknown;
    // JSON keeps the name exactly (escaped by JSON itself); SARIF holds it as a percent-encoded URI.
    const name = format === 'json' ? JSON.stringify(EVIL_NAME).slice(1, -1) : 'evil%1B%5B31mred%1B%5D8%3B%3Bx.example%07%E2%80%AE.tf';
    expect(JSON.stringify(parsed)).toContain(name);
  });
});

describe('Markdown for PR comments', () => {
  it('neutralizes markup, HTML, mentions and control characters in text', () => {
    expect(mdText('<img src=x onerror=alert(1)> [click](https://evil.example) @org/team **bold** | cell\n# heading')).toBe(
      '&lt;img src=x onerror=alert\\(1\\)\\> \\[click\\]\\(https://evil.example\\) @\u200borg/team \\*\\*bold\\*\\* \\| cell \\# heading',
    );
    expect(mdText(`a${ESC}[31mb`)).toBe('a\\\\x1b\\[31mb');
  });

  it('keeps any text inside inline code, whatever backticks it holds', () => {
    expect(mdCode('a ``` b')).toBe('````a ``` b````');
    expect(mdCode('`start')).toBe('`` `start ``');
    expect(mdCode(`x${ESC}]8;;u\u0007y\nz`)).toBe('`x\\x1b]8;;u\\x07y z`');
  });
});
