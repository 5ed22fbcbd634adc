import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES, tempRepo } from './cli-support.js';
import { scan } from '../src/pipeline/scan.js';
import type { FrontEnd, FrontEndEntry } from '../src/pipeline/frontend.js';

type JsonFinding = { ruleId: string; file: string; line: number; column: number; fingerprint: string };

function copyDir(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true });
}

describe('fingerprints', () => {
  const repo = tempRepo('fingerprints');
  afterAll(() => repo.remove());

  it('stay the same when lines shift', async () => {
    copyDir(path.join(FIXTURES, 'basic'), repo.dir);
    const before = JSON.parse((await cli(['scan', '.', '--format', 'sarif'], { cwd: repo.dir })).stdout);
    const beforeJson = JSON.parse((await cli(['scan', '.', '--format', 'json'], { cwd: repo.dir })).stdout);

    for (const rel of ['main.tf', 'modules/storage/main.tf']) {
      const abs = path.join(repo.dir, rel);
      fs.writeFileSync(abs, '\n\n\n# moved down\n\n' + fs.readFileSync(abs, 'utf8'));
    }
    const after = JSON.parse((await cli(['scan', '.', '--format', 'sarif'], { cwd: repo.dir })).stdout);
    const afterJson = JSON.parse((await cli(['scan', '.', '--format', 'json'], { cwd: repo.dir })).stdout);

    const fingerprints = (log: any) => log.runs[0].results.map((r: any) => [r.ruleId, r.partialFingerprints['grantlint/v1']]);
    const lines = (log: any) => log.runs[0].results.map((r: any) => r.locations[0].physicalLocation.region.startLine);
    // The copy has no policy file: the recommended pack runs (aws-iam-user-attached-policy is strict-only).
    expect(fingerprints(before).length).toBe(2);
    expect(fingerprints(after)).toEqual(fingerprints(before));
    expect(lines(after)).toEqual(lines(before).map((l: number) => l + 5));
    expect(afterJson.findings.map((f: JsonFinding) => f.fingerprint)).toEqual(beforeJson.findings.map((f: JsonFinding) => f.fingerprint));
    expect(afterJson.findings.map((f: JsonFinding) => f.fingerprint)).toEqual(fingerprints(before).map((x: string[]) => x[1]));
  });
});

describe('discovery problems end to end', () => {
  const repo = tempRepo('discovery');
  let outside: ReturnType<typeof tempRepo>;

  beforeAll(() => {
    outside = tempRepo('outside');
    outside.write('elsewhere.tf', 'resource "aws_iam_user" "x" { name = "x" }\n');
    fs.cpSync(path.join(FIXTURES, 'broken', 'main.tf'), path.join(repo.dir, 'good', 'main.tf'), { recursive: true });
    repo.write('.gitignore', 'generated/\n');
    repo.write('generated/bad.tf', 'this is { not terraform\n');
    repo.write('bad/binary.tf', Buffer.from([0x61, 0x20, 0x3d, 0x20, 0x00, 0x0a]));
    repo.write('bad/latin1.tf', Buffer.from('name = "caf\xe9"\n', 'latin1'));
    repo.write('bad/huge.tf', Buffer.alloc(5 * 1024 * 1024 + 10, 0x0a));
    repo.write('package-lock.json', Buffer.alloc(5 * 1024 * 1024 + 10, 0x20));
    fs.symlinkSync(outside.dir, path.join(repo.dir, 'shared'));
    fs.symlinkSync(path.join(repo.dir, 'good'), path.join(repo.dir, 'good', 'again'));
  });
  afterAll(() => {
    repo.remove();
    outside.remove();
  });

  it('reports each unreadable input, exits 2, and still scans the other files', async () => {
    const run = await cli(['scan', '.', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.errors).toEqual([
      { file: 'bad/binary.tf', line: 1, column: 5, message: 'binary file (contains a NUL byte); expected UTF-8 text', code: 'binary' },
      { file: 'bad/huge.tf', line: 1, column: 1, message: 'file is larger than 5 MB (5242890 bytes); not scanned', code: 'too-large' },
      { file: 'bad/latin1.tf', line: 1, column: 12, message: 'invalid UTF-8 byte sequence; expected UTF-8 text', code: 'encoding' },
      { file: 'good/again', line: 1, column: 1, message: 'symlink loop: the link points back to good', code: 'symlink' },
      {
        file: 'shared',
        line: 1,
        column: 1,
        message: `symlink points outside the repository root (${outside.dir}); not followed. Scan the target directly or pass --ignore shared`,
        code: 'symlink',
      },
    ]);
    expect(report.findings.map((f: JsonFinding) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual(['good/main.tf:11:38 aws-iam-full-admin']);
    expect(report.stats.files).toBe(1);
  });

  it('exits on findings alone once the problem paths are ignored', async () => {
    const run = await cli(['scan', '.', '--format', 'compact', '--ignore', 'bad', '--ignore', 'shared', '--ignore', '**/again'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${repo.dir}/good/main.tf: line 11, col 38, Error - Statement allows every action (\`*\`) on every resource (\`*\`): the principal is a full administrator and can switch off any control. Allow only the actions and resources it needs. (aws-iam-full-admin)\n`);
  });
});

describe('several formats in one tree', () => {
  it('gives each file to the front end that claims it and leaves other YAML alone', async () => {
    const run = await cli(['grants', 'fixtures/cli/mixed']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'role BuildRole (Resources/BuildRole)',
        '  allow  s3:*  on *  [identity-policy]  fixtures/cli/mixed/stack.yaml:17:17',
        '',
        'service codebuild.amazonaws.com',
        '  allow  sts:AssumeRole  on BuildRole  [trust-policy]  fixtures/cli/mixed/stack.yaml:9:13',
        '',
        'user ci (aws_iam_user.ci)',
        '  allow  holds a long-lived credential (access-key)  [credential]  fixtures/cli/mixed/main.tf:5:1',
        '',
        '3 grants for 3 principals in 2 files · 0 errors',
        '',
      ].join('\n'),
    );
    const scanRun = await cli(['scan', 'fixtures/cli/mixed', '--format', 'json']);
    expect(JSON.parse(scanRun.stdout).findings.map((f: JsonFinding) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      'fixtures/cli/mixed/main.tf:5:1 aws-iam-user-static-credentials',
      'fixtures/cli/mixed/stack.yaml:9:13 aws-trust-service-no-source',
      'fixtures/cli/mixed/stack.yaml:17:17 aws-iam-data-exfiltration',
      'fixtures/cli/mixed/stack.yaml:17:17 aws-iam-resource-exposure',
      'fixtures/cli/mixed/stack.yaml:17:17 aws-iam-wildcard-action',
      'fixtures/cli/mixed/stack.yaml:17:17 aws-iam-wildcard-resource',
    ]);
  });
});

describe('pipeline', () => {
  const repo = tempRepo('pipeline');
  afterAll(() => repo.remove());

  /** Two Terraform files for a failing front end, and a YAML file for one that reads it without finding anything. */
  const twoFormats = (): void => {
    repo.write('a.tf', 'x = 1\n');
    repo.write('b.tf', 'x = 2\n');
    repo.write('t.yaml', 'x: 1\n');
  };
  const quiet: FrontEnd = {
    format: 'cloudformation',
    claims: (f) => f.path.endsWith('.yaml'),
    run: (files) => ({ grants: [], errors: [], unresolved: [], files: files.map((f) => f.path) }),
  };

  it('turns a front end that throws into internal errors for its files, and keeps other front ends going', async () => {
    twoFormats();
    const exploding: FrontEnd = {
      format: 'terraform',
      claims: (f) => f.path.endsWith('.tf'),
      run: () => {
        throw new Error('evaluator bug');
      },
    };
    const result = await scan({ paths: ['.'], cwd: repo.dir, frontEnds: [exploding, quiet], rules: [] });
    expect(result.errors).toEqual([
      { file: 'a.tf', line: 1, column: 1, message: 'terraform front end failed: evaluator bug', code: 'internal' },
      { file: 'b.tf', line: 1, column: 1, message: 'terraform front end failed: evaluator bug', code: 'internal' },
    ]);
    expect([...result.files.keys()].sort()).toEqual(['a.tf', 'b.tf', 't.yaml']);
    expect(result.stats.files).toBe(3);
    expect(result.root).toBe(repo.dir);

    const debug = await scan({ paths: ['.'], cwd: repo.dir, frontEnds: [exploding, quiet], rules: [], debug: true });
    expect(debug.errors[0]!.message).toMatch(/^terraform front end failed: evaluator bug\nError: evaluator bug\n    at /);
    expect(debug.errors[1]!.message).toBe('terraform front end failed: evaluator bug');
  });

  it('reports a front end whose code cannot be loaded at its first file, and keeps other front ends going', async () => {
    twoFormats();
    const unloadable: FrontEndEntry = {
      format: 'terraform',
      claims: (f) => f.path.endsWith('.tf'),
      load: () => Promise.reject(new Error("Cannot find module './terraform.js'")),
    };
    const result = await scan({ paths: ['.'], cwd: repo.dir, frontEnds: [unloadable, quiet], rules: [] });
    expect(result.errors).toEqual([
      { file: 'a.tf', line: 1, column: 1, message: "loading the terraform front end (2 files not scanned) failed: Cannot find module './terraform.js'", code: 'internal' },
    ]);
    expect([...result.files.keys()].sort()).toEqual(['a.tf', 'b.tf', 't.yaml']);
    expect(result.stats.files).toBe(3);
  });

  it('scans files handed in as sources instead of discovering paths', async () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'broken', 'main.tf'), 'utf8');
    const result = await scan({
      paths: [],
      sources: {
        root: '/virtual',
        files: [
          { absPath: '/virtual/iam/main.tf', path: 'iam/main.tf', text },
          { absPath: '/virtual/README.md', path: 'README.md', text: '# not claimed' },
        ],
        errors: [{ file: 'iam/gone.tf', line: 1, column: 1, message: 'cannot read: no such file or directory', code: 'read' }],
      },
    });
    expect(result.root).toBe('/virtual');
    expect([...result.files.keys()]).toEqual(['iam/main.tf']);
    expect(result.findings.map((f) => `${f.span.file}:${f.span.line}:${f.span.column} ${f.ruleId}`)).toEqual(['iam/main.tf:11:38 aws-iam-full-admin']);
    expect(result.errors.map((e) => e.file)).toEqual(['iam/gone.tf']);
  });

  it('passes the front ends\' directive comments on, for suppressions', async () => {
    const result = await scan({ paths: ['fixtures/cli/basic', 'fixtures/policy/suppress/main.tf'], cwd: path.resolve(FIXTURES, '../..'), rules: [] });
    // Comments that do not mention grantlint cannot be directives: they stay behind.
    expect(result.comments.has('fixtures/cli/basic/main.tf')).toBe(false);
    expect(result.comments.get('fixtures/policy/suppress/main.tf')?.map((c) => `${c.line}:${c.column} ${c.text.slice(0, 40)}`)).toEqual([
      '1:1 # grantlint-ignore aws-iam-full-admin re',
      '14:3 // grantlint-ignore aws-iam-wildcard-act',
      '21:1 # grantlint-ignore aws-iam-wildcard-acti',
      '28:1 # grantlint-ignore aws-iam-wildcard-acto',
      '35:1 # grantlint-ignore aws-iam-full-admin re',
      '42:1 # grantlint-ignore aws-iam-wildcard-acti',
    ]);
  });

  it('sorts grants by file, line, column and id', async () => {
    const result = await scan({ paths: ['fixtures/cli'], cwd: path.resolve(FIXTURES, '../..'), rules: [] });
    const keys = result.grants.map((g) => [g.source.file, g.source.line, g.source.column, g.id] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0)));
    expect(keys).toEqual(sorted);
    expect(keys.length).toBe(12);
  });
});
