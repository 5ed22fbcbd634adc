import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/corpus.js';
import { cli, FIXTURES } from './cli-support.js';
import { HELP_TEXT } from '../src/cli/help.js';
import { TOOL_VERSION } from '../src/report/tool.js';

const basic = 'fixtures/cli/basic';
const broken = 'fixtures/cli/broken';
const clean = 'fixtures/cli/clean';

/** VS Code's `$eslint-compact` problem matcher pattern. */
const ESLINT_COMPACT = /^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$/;

describe('exit codes', () => {
  it.each([
    [[basic], 1],
    [[basic, '--fail-on', 'critical'], 1],
    [[basic, '--fail-on', 'none'], 0],
    [[clean], 0],
    [[clean, '--fail-on', 'info'], 0],
    // Only the low finding of the storage module is left: below the default threshold, at or above `low`.
    [[basic, '--ignore', 'fixtures/cli/basic/main.tf'], 0],
    [[basic, '--ignore', 'fixtures/cli/basic/main.tf', '--fail-on', 'low'], 1],
    [[basic, '--ignore', 'fixtures/cli/basic/main.tf', '--fail-on', 'medium'], 0],
    // Any input that cannot be parsed makes the run unreliable: 2, whatever the findings.
    [[broken], 2],
    [[broken, '--fail-on', 'none'], 2],
  ])('scan %j exits %i', async (args, expected) => {
    const run = await cli(['scan', ...args, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(expected);
  });
});

describe('usage errors exit 2 and list the valid values', () => {
  it.each([
    [['scan', '--format', 'xml'], "grantlint: invalid --format 'xml' for scan; valid values: text, json, sarif, compact"],
    [['grants', '--format', 'sarif'], "grantlint: invalid --format 'sarif' for grants; valid values: text, json"],
    [['rules', '--format', 'compact'], "grantlint: invalid --format 'compact' for rules; valid values: text, markdown, json"],
    [['scan', '--fail-on', 'severe'], "grantlint: invalid --fail-on 'severe'; valid values: critical, high, medium, low, info, none"],
    [['lint'], "grantlint: unknown command 'lint'; valid commands: scan, grants, diff, rules, baseline, report, init"],
    [['scan', '--var', 'region'], "grantlint: invalid --var 'region'; expected NAME=VALUE"],
    [['scan', '--format'], "grantlint: option '--format' needs a value"],
    [['scan', '--debug=yes'], "grantlint: option '--debug' does not take a value"],
    [['rules', 'somewhere'], "grantlint: 'rules' takes no paths (got 'somewhere')"],
    [
      ['scan', '--colour'],
      "grantlint: unknown option '--colour'; valid options: --format, --output, --fail-on, --ignore, --var-file, --var, --param, --param-file, --azure-roles, --debug, --threads, --principal, --base, --plan, --new-only, --config, --baseline, --compliance, --force, --help, --version",
    ],
  ])('%j', async (args, message) => {
    const run = await cli(args);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${message}\nRun 'grantlint --help' for usage.\n` });
  });
});

describe('help and version', () => {
  it('prints the help for --help and for no command', async () => {
    expect(await cli(['--help'])).toEqual({ code: 0, stdout: HELP_TEXT, stderr: '' });
    expect(await cli([])).toEqual({ code: 0, stdout: HELP_TEXT, stderr: '' });
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(TOOL_VERSION).toBe(pkg.version);
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('json format', () => {
  it('follows the report contract exactly', async () => {
    const run = await cli(['scan', basic, '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['version', 'tool', 'findings', 'grants', 'errors', 'stats']);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'grantlint', version: TOOL_VERSION });
    expect(report.errors).toEqual([]);
    expect({ ...report.stats, durationMs: 0 }).toEqual({ files: 2, grants: 3, findings: 3, durationMs: 0 });
    expect(typeof report.stats.durationMs).toBe('number');
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual([
        'ruleId',
        'category',
        'severity',
        'message',
        'file',
        'line',
        'column',
        'endLine',
        'endColumn',
        'address',
        'principal',
        'fingerprint',
      ]);
      expect(finding.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    }
    const admin = report.findings.find((f: { ruleId: string }) => f.ruleId === 'aws-iam-full-admin');
    expect({ ...admin, message: undefined, fingerprint: undefined }).toEqual({
      ruleId: 'aws-iam-full-admin',
      category: 'admin',
      severity: 'critical',
      message: undefined,
      file: 'fixtures/cli/basic/main.tf',
      line: 22,
      column: 7,
      endLine: 27,
      endColumn: 8,
      address: 'aws_iam_role_policy.deploy',
      principal: { type: 'role', name: 'ci-deploy', address: 'aws_iam_role.deploy' },
      fingerprint: undefined,
    });
    expect(report.findings.map((f: { ruleId: string; file: string; line: number }) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      'fixtures/cli/basic/main.tf:7 aws-trust-cross-account-no-external-id',
      'fixtures/cli/basic/main.tf:22 aws-iam-full-admin',
      'fixtures/cli/basic/modules/storage/main.tf:2 aws-iam-user-attached-policy',
    ]);
    // Grants are the grant model itself, sorted by file, line, column.
    expect(report.grants.map((g: { kind: string; source: { file: string; line: number; column: number } }) => `${g.kind} ${g.source.file}:${g.source.line}:${g.source.column}`)).toEqual([
      'trust-policy fixtures/cli/basic/main.tf:7:18',
      'identity-policy fixtures/cli/basic/main.tf:22:7',
      'identity-policy fixtures/cli/basic/modules/storage/main.tf:2:3',
    ]);
  });

  it('lists parse errors with their location and code, and still reports the other findings', async () => {
    const run = await cli(['scan', broken, '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(run.code).toBe(2);
    expect(report.errors).toEqual([
      {
        file: 'fixtures/cli/broken/syntax.tf',
        line: 1,
        column: 32,
        message: "Missing '}' to close block 'resource' opened at 1:32: reached the end of the file",
        code: 'parse',
      },
      { file: 'fixtures/cli/broken/syntax.tf', line: 3, column: 19, message: 'Expected an expression, found end of line', code: 'parse' },
    ]);
    expect(report.findings.map((f: { ruleId: string; file: string; line: number; column: number }) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      'fixtures/cli/broken/main.tf:11:38 aws-iam-full-admin',
      'fixtures/cli/broken/main.tf:11:38 aws-iam-policy-version',
    ]);
  });
});

describe('compact format', () => {
  it('prints lines that $eslint-compact parses, tool errors first', async () => {
    const run = await cli(['scan', broken, '--format', 'compact']);
    expect(run.code).toBe(2);
    const file = (rel: string) => path.join(ROOT, 'fixtures', 'cli', 'broken', rel);
    expect(run.stdout.split('\n')).toEqual([
      `${file('syntax.tf')}: line 1, col 32, Error - Missing '}' to close block 'resource' opened at 1:32: reached the end of the file (grantlint/parse)`,
      `${file('syntax.tf')}: line 3, col 19, Error - Expected an expression, found end of line (grantlint/parse)`,
      `${file('main.tf')}: line 11, col 38, Error - Statement allows every action (\`*\`) on every resource (\`*\`): the principal is a full administrator and can switch off any control. Allow only the actions and resources it needs. (aws-iam-full-admin)`,
      `${file('main.tf')}: line 11, col 38, Warning - \`aws_iam_role_policy.admin\` has no \`Version\` element, so IAM reads it with the 2008-10-17 language, where policy variables such as \`\${aws:username}\` are not replaced. Add \`"Version": "2012-10-17"\`. (aws-iam-policy-version)`,
      '',
    ]);
  });

  it('maps severities to Error, Warning and Info', async () => {
    const run = await cli(['scan', basic, '--format', 'compact']);
    const parsed = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => ESLINT_COMPACT.exec(line))
      .map((m) => (m ? [path.relative(ROOT, m[1]!), Number(m[2]), Number(m[3]), m[4], m[6]] : null));
    expect(parsed).toEqual([
      ['fixtures/cli/basic/main.tf', 7, 18, 'Warning', 'aws-trust-cross-account-no-external-id'],
      ['fixtures/cli/basic/main.tf', 22, 7, 'Error', 'aws-iam-full-admin'],
      ['fixtures/cli/basic/modules/storage/main.tf', 2, 3, 'Warning', 'aws-iam-user-attached-policy'],
    ]);
  });

  it('prints info findings as Info', async () => {
    const run = await cli(['scan', 'fixtures/cli/vars', '--format', 'compact']);
    expect(run.stdout.trimEnd().split('\n').map((l) => ESLINT_COMPACT.exec(l)?.slice(2, 5).concat(ESLINT_COMPACT.exec(l)![6]!))).toEqual([
      ['14', '18', 'Warning', 'aws-trust-service-no-source'],
      ['22', '18', 'Info', 'unresolved-reference'],
    ]);
  });
});

describe('text format', () => {
  it('groups findings by file with code frames and a summary', async () => {
    const run = await cli(['scan', basic]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatchSnapshot();
    expect(run.stdout.endsWith('\n3 findings (1 critical, 1 medium, 1 low) in 2 files · 0 errors · 3 grants\n')).toBe(true);
  });

  it('lists errors apart from findings', async () => {
    const run = await cli(['scan', broken]);
    expect(run.stdout).toMatchSnapshot();
    expect(run.stdout.endsWith('\n2 findings (1 critical, 1 low) in 2 files · 2 errors · 2 grants\n')).toBe(true);
  });

  it('is coloured only on a terminal without NO_COLOR', async () => {
    expect((await cli(['scan', basic], { tty: true })).stdout).toContain('\u001b[');
    expect((await cli(['scan', basic], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await cli(['scan', basic], { tty: false })).stdout).not.toContain('\u001b[');
  });

  it('says so when there is nothing to report', async () => {
    const run = await cli(['scan', clean]);
    expect(run).toEqual({ code: 0, stdout: '0 findings in 1 file · 0 errors · 2 grants\n', stderr: '' });
  });
});

describe('variables', () => {
  it('passes --var and --var-file to the Terraform evaluator', async () => {
    const ids = async (args: string[]) => JSON.parse((await cli(['scan', 'fixtures/cli/vars', '--format', 'json', ...args])).stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    // The ECS task role's trust has no source condition, whatever the variables.
    expect(await ids([])).toEqual(['aws-trust-service-no-source', 'unresolved-reference']);
    expect(await ids(['--var', 'bucket=reports'])).toEqual(['aws-trust-service-no-source']);
    expect(await ids(['--var', 'bucket=reports', '--var-file', 'fixtures/cli/wide.tfvars'])).toEqual(['aws-trust-service-no-source', 'aws-iam-resource-exposure', 'aws-iam-wildcard-action']);
  });
});

describe('--output', () => {
  it('writes the report to a file and nothing to stdout', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-output-'));
    try {
      const target = path.join(dir, 'reports', 'scan.sarif');
      const run = await cli(['scan', basic, '--format', 'sarif', '--output', target]);
      expect(run).toEqual({ code: 1, stdout: '', stderr: '' });
      expect(JSON.parse(fs.readFileSync(target, 'utf8')).version).toBe('2.1.0');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 when the file cannot be written', async () => {
    const run = await cli(['scan', clean, '--output', path.join(FIXTURES, 'clean', 'main.tf', 'report.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^grantlint: cannot write .*report\.txt: (ENOTDIR|EEXIST)\n$/);
  });
});

describe('grants command', () => {
  it('lists who can do what, where, grouped by principal', async () => {
    const run = await cli(['grants', basic]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'account arn:aws:iam::111122223333:root',
        '  allow  sts:AssumeRole  on ci-deploy  [trust-policy]  fixtures/cli/basic/main.tf:7:18',
        '',
        'role ci-deploy (aws_iam_role.deploy)',
        '  allow  *  on *  [identity-policy]  fixtures/cli/basic/main.tf:22:7',
        '',
        'user analyst (module.storage.aws_iam_user.analyst)',
        '  allow  s3:GetObject, s3:ListBucket  on arn:aws:s3:::reports, arn:aws:s3:::reports/*  [identity-policy]  fixtures/cli/basic/modules/storage/main.tf:2:3',
        '',
        '3 grants for 3 principals in 2 files · 0 errors',
        '',
      ].join('\n'),
    );
  });

  it('prints the inventory as JSON', async () => {
    const run = await cli(['grants', basic, '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['version', 'tool', 'principals', 'grants', 'errors', 'stats']);
    expect(report.principals.map((p: { principal: { type: string; name: string }; grants: string[] }) => [p.principal.type, p.principal.name, p.grants.length])).toEqual([
      ['account', 'arn:aws:iam::111122223333:root', 1],
      ['role', 'ci-deploy', 1],
      ['user', 'analyst', 1],
    ]);
    expect(report.stats.findings).toBe(0);
  });

  it('exits 2 when an input cannot be parsed', async () => {
    expect((await cli(['grants', broken])).code).toBe(2);
  });
});

describe('rules command', () => {
  it('lists the rules as text, markdown and JSON', async () => {
    const text = await cli(['rules']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^aws-iam-full-admin +critical +admin +Disallow /m);
    const markdown = await cli(['rules', '--format', 'markdown']);
    expect(markdown.stdout.split('\n')[0]).toBe('| Rule | Title | Category | Severity | Packs | Compliance |');
    const json = JSON.parse((await cli(['rules', '--format', 'json'])).stdout);
    const admin = json.rules.find((r: { id: string }) => r.id === 'aws-iam-full-admin');
    expect(admin).toMatchObject({ id: 'aws-iam-full-admin', severity: 'critical', category: 'admin', helpUri: 'https://github.com/grantlint/grantlint/blob/main/rules/aws-iam-full-admin/README.md' });
    expect(text.stdout.trimEnd().endsWith(`\n${json.rules.length} rules`)).toBe(true);
  });
});

describe('internal errors', () => {
  it('prints one line without a stack trace and exits 2', async () => {
    let stderr = '';
    const { runCli } = await import('../src/cli/run.js');
    const code = await runCli(['scan', clean], {
      stdout: () => {
        throw new Error('disk on fire\n    at somewhere (file.js:1:1)');
      },
      stderr: (t) => void (stderr += t),
      cwd: ROOT,
      env: {},
      stdoutIsTty: false,
    });
    expect(code).toBe(2);
    expect(stderr).toBe('grantlint: internal error: disk on fire (run with --debug for details)\n');
  });

  it('keeps the stack with --debug', async () => {
    let stderr = '';
    const { runCli } = await import('../src/cli/run.js');
    await runCli(['scan', clean, '--debug'], {
      stdout: () => {
        throw new Error('disk on fire');
      },
      stderr: (t) => void (stderr += t),
      cwd: ROOT,
      env: {},
      stdoutIsTty: false,
    });
    expect(stderr).toMatch(/^grantlint: timings: discover \d+ ms · claim \d+ ms · terraform \d+ ms · rules \d+ ms · total \d+ ms\n/);
    expect(stderr).toContain('grantlint: internal error: Error: disk on fire\n    at ');
  });
});
