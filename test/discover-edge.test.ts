import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover, MAX_FILE_BYTES } from '../src/discover/index.js';
import { firstInvalidUtf8Offset } from '../src/discover/text.js';

let base: string;
let repo: string;
let outside: string;

function write(rel: string, content: string | Buffer): void {
  const abs = path.join(repo, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
}

beforeAll(() => {
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-discover-')));
  repo = path.join(base, 'repo');
  outside = path.join(base, 'outside');
  fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
  fs.mkdirSync(outside, { recursive: true });
  fs.writeFileSync(path.join(outside, 'secret.tf'), 'resource "x" "y" {}\n');

  write('.gitignore', 'ignored/\n*.local.tf\n');
  write('main.tf', 'resource "aws_iam_role" "r" {}\n');
  write('notes.txt', 'not IaC\n');
  write('ignored/skip.tf', 'x = 1\n');
  write('override.local.tf', 'x = 1\n');
  write('modules/app/.gitignore', '!keep.local.tf\ngenerated.tf\n');
  write('modules/app/keep.local.tf', 'x = 1\n');
  write('modules/app/generated.tf', 'x = 1\n');
  write('modules/app/main.tf', 'x = 1\n');
  write('modules/app/vars.tfvars', 'x = 1\n');
  write('node_modules/pkg/main.tf', 'x = 1\n');
  write('.terraform/modules/m/main.tf', 'x = 1\n');
  write('legacy/old.tf', 'x = 1\n');
  write('templates/stack.yaml', 'Resources: {}\n');

  // A 5 MB+ Terraform file is reported; an oversized lockfile nobody claims is not.
  write('big/huge.tf', Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
  write('big/package-lock.json', Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
  write('bad/binary.tf', Buffer.concat([Buffer.from('a = 1\nb = "'), Buffer.from([0x00, 0x01]), Buffer.from('"\n')]));
  write('bad/latin1.tf', Buffer.concat([Buffer.from('a = 1\nname = "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]));

  // Symlinks: one inside the root (followed), one leaving it (reported), a loop back to an ancestor, a self-loop.
  fs.symlinkSync(path.join(repo, 'main.tf'), path.join(repo, 'modules', 'linked.tf'));
  fs.symlinkSync(outside, path.join(repo, 'escape'));
  fs.symlinkSync(path.join(outside, 'secret.tf'), path.join(repo, 'escape-file.tf'));
  fs.symlinkSync(path.join(repo, 'modules'), path.join(repo, 'modules', 'app', 'loop'));
  fs.symlinkSync(path.join(repo, 'self.tf'), path.join(repo, 'self.tf'));
});

afterAll(() => {
  fs.rmSync(base, { recursive: true, force: true });
});

const byName = (file: { path: string }) => /\.(tf|tfvars)$/.test(file.path);

describe('discover', () => {
  it('walks the repository, honouring .gitignore layers, skipped directories and symlink rules', () => {
    const result = discover({ paths: ['.'], cwd: repo, wanted: byName });
    expect(result.root).toBe(repo);
    expect(result.files.map((f) => f.path)).toEqual([
      'legacy/old.tf',
      'main.tf',
      'modules/app/keep.local.tf',
      'modules/app/main.tf',
      'modules/app/vars.tfvars',
      'modules/linked.tf',
    ]);
    expect(result.files.find((f) => f.path === 'modules/linked.tf')?.text).toBe('resource "aws_iam_role" "r" {}\n');
    expect(result.errors.map((e) => [e.file, e.line, e.column, e.code])).toEqual([
      ['bad/binary.tf', 2, 6, 'binary'],
      ['bad/latin1.tf', 2, 12, 'encoding'],
      ['big/huge.tf', 1, 1, 'too-large'],
      ['escape', 1, 1, 'symlink'],
      ['escape-file.tf', 1, 1, 'symlink'],
      ['modules/app/loop', 1, 1, 'symlink'],
      ['self.tf', 1, 1, 'symlink'],
    ]);
    expect(result.errors.find((e) => e.file === 'big/huge.tf')?.message).toBe(`file is larger than 5 MB (${MAX_FILE_BYTES + 1} bytes); not scanned`);
    expect(result.errors.find((e) => e.file === 'escape')?.message).toBe(
      `symlink points outside the repository root (${outside}); not followed. Scan the target directly or pass --ignore escape`,
    );
    expect(result.errors.find((e) => e.file === 'modules/app/loop')?.message).toBe('symlink loop: the link points back to modules');
  });

  it('reads every candidate extension when no front end filter is given', () => {
    const result = discover({ paths: ['templates', 'notes.txt'], cwd: repo });
    expect(result.root).toBe(repo);
    // An explicitly named file is read whatever its extension; directories only yield candidate extensions.
    expect(result.files.map((f) => f.path)).toEqual(['notes.txt', 'templates/stack.yaml']);
  });

  it('applies --ignore globs to files and whole directories', () => {
    const result = discover({ paths: ['.'], cwd: repo, wanted: byName, ignore: ['legacy', '**/*.tfvars', 'bad/**', 'big', 'escape*', 'self.tf', 'modules/app/loop'] });
    expect(result.files.map((f) => f.path)).toEqual(['main.tf', 'modules/app/keep.local.tf', 'modules/app/main.tf', 'modules/linked.tf']);
    expect(result.errors).toEqual([]);
  });

  it('uses the git top-level as root when scanning a subdirectory, and its .gitignore', () => {
    const result = discover({ paths: ['modules/app'], cwd: repo, wanted: byName, ignore: ['**/loop'] });
    expect(result.root).toBe(repo);
    expect(result.files.map((f) => f.path)).toEqual(['modules/app/keep.local.tf', 'modules/app/main.tf', 'modules/app/vars.tfvars']);
  });

  it('scans a file named explicitly even when .gitignore excludes it', () => {
    const result = discover({ paths: ['ignored/skip.tf'], cwd: repo, wanted: byName });
    expect(result.files.map((f) => f.path)).toEqual(['ignored/skip.tf']);
  });

  it('scans a directory named explicitly even when .gitignore excludes it, but not when --ignore does', () => {
    expect(discover({ paths: ['ignored'], cwd: repo, wanted: byName }).files.map((f) => f.path)).toEqual(['ignored/skip.tf']);
    expect(discover({ paths: ['ignored'], cwd: repo, wanted: byName, ignore: ['ignored'] }).files).toEqual([]);
  });

  it('uses the common directory as root outside a git repository', () => {
    const result = discover({ paths: [path.join(outside, 'secret.tf')], cwd: base });
    expect(result.root).toBe(outside);
    expect(result.files.map((f) => f.path)).toEqual(['secret.tf']);
  });

  it('decodes UTF-16 text announced by a byte-order mark and drops a UTF-8 BOM', () => {
    write('encodings/le.tf', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('x = "é"\n', 'utf16le')]));
    write('encodings/be.tf', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('y = 1\n', 'utf16le').swap16()]));
    write('encodings/bom8.tf', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('z = 2\n')]));
    write('encodings/odd.tf', Buffer.from([0xff, 0xfe, 0x41]));
    const result = discover({ paths: ['encodings'], cwd: repo });
    expect(result.files.map((f) => [f.path, f.text])).toEqual([
      ['encodings/be.tf', 'y = 1\n'],
      ['encodings/bom8.tf', 'z = 2\n'],
      ['encodings/le.tf', 'x = "é"\n'],
    ]);
    expect(result.errors).toEqual([{ file: 'encodings/odd.tf', line: 1, column: 1, message: 'invalid UTF-16 text after a UTF-16 byte-order mark', code: 'encoding' }]);
  });

  it('keeps a real U+FFFD and a UTF-8 BOM followed by a second one as they are written', () => {
    write('replacement/real.tf', Buffer.from('note = "\uFFFD"\n'));
    write('replacement/two-boms.tf', Buffer.from('\uFEFF\uFEFFa = 1\n'));
    const result = discover({ paths: ['replacement'], cwd: repo });
    expect(result.files.map((f) => [f.path, f.text])).toEqual([
      ['replacement/real.tf', 'note = "\uFFFD"\n'],
      ['replacement/two-boms.tf', '\uFEFFa = 1\n'],
    ]);
    expect(result.errors).toEqual([]);
  });

  it('reports a path that does not exist', () => {
    const result = discover({ paths: ['missing-dir'], cwd: repo });
    expect(result.errors).toEqual([{ file: 'missing-dir', line: 1, column: 1, message: 'path not found: missing-dir', code: 'read' }]);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file', () => {
    write('locked/locked.tf', 'x = 1\n');
    fs.chmodSync(path.join(repo, 'locked/locked.tf'), 0o000);
    try {
      const result = discover({ paths: ['locked'], cwd: repo });
      expect(result.errors.map((e) => [e.file, e.code, e.message])).toEqual([['locked/locked.tf', 'read', 'cannot read: permission denied']]);
    } finally {
      fs.chmodSync(path.join(repo, 'locked/locked.tf'), 0o644);
    }
  });
});

describe('firstInvalidUtf8Offset', () => {
  it.each([
    ['valid multi-byte text', Buffer.from('añ€😀'), 10],
    ['lone continuation byte', Buffer.from([0x61, 0x80]), 1],
    ['overlong encoding of "/"', Buffer.from([0xc0, 0xaf]), 0],
    ['encoded UTF-16 surrogate', Buffer.from([0x61, 0xed, 0xa0, 0x80]), 1],
    ['truncated sequence at the end', Buffer.from([0x61, 0x62, 0xe2, 0x82]), 2],
    ['code point above U+10FFFF', Buffer.from([0xf4, 0x90, 0x80, 0x80]), 0],
  ])('%s', (_name, bytes, expected) => {
    expect(firstInvalidUtf8Offset(bytes)).toBe(expected);
  });
});
