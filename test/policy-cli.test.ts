import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, tempRepo } from './cli-support.js';
import { loadPolicy } from '../src/policy/load.js';
import { STARTER_POLICY } from '../src/policy/init.js';
import { HELP_TEXT } from '../src/cli/help.js';

interface JsonOut {
  findings: Array<{ ruleId: string; file: string; line: number; column: number; severity: string; suppressed?: { kind: string; reason: string } }>;
  errors: Array<{ file: string; line: number; column: number; message: string; code: string }>;
}

describe('scan with the policy file found above the scanned path', () => {
  it('runs the organization rules of fixtures/policy/org/.grantlint.yaml with its override', async () => {
    const run = await cli(['scan', 'fixtures/policy/org', '--format', 'json']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as JsonOut;
    expect(out.errors).toEqual([]);
    expect(out.findings.filter((f) => f.ruleId.startsWith('org/')).map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.severity}`)).toEqual([
      'fixtures/policy/org/app/iam.tf:11:7 org/trusted-accounts high',
      'fixtures/policy/org/app/iam.tf:26:18 org/iam-only-in-bootstrap critical',
      'fixtures/policy/org/app/iam.tf:40:18 org/github-oidc-repos high',
      // medium in the rule, high for gcp/** by the override.
      'fixtures/policy/org/gcp/main.tf:10:13 org/gcp-member-domains high',
      'fixtures/policy/org/gcp/main.tf:16:13 org/gcp-member-domains high',
    ]);
    // `aws-iam-passrole-wildcard: off` in the policy.
    expect(out.findings.some((f) => f.ruleId === 'aws-iam-passrole-wildcard')).toBe(false);
  });

  it('links organization rules to their docs in SARIF', async () => {
    const run = await cli(['scan', 'fixtures/policy/org', '--format', 'sarif']);
    const rules = JSON.parse(run.stdout).runs[0].tool.driver.rules as Array<{ id: string; helpUri: string }>;
    expect(rules.find((r) => r.id === 'org/trusted-accounts')!.helpUri).toBe('https://wiki.example.com/iam/trusted-accounts');
  });

  it('fails with exit 2 and located errors for a bad policy given with --config, running no rule', async () => {
    const run = await cli(['scan', 'fixtures/policy/org', '--config', 'fixtures/policy/invalid/bad.json', '--format', 'json']);
    expect(run.code).toBe(2);
    const out = JSON.parse(run.stdout) as JsonOut;
    expect(out.findings).toEqual([]);
    expect(out.errors).toEqual([
      {
        file: 'fixtures/policy/invalid/bad.json',
        line: 3,
        column: 27,
        message: "invalid 'rules.aws-iam-full-admin': expected one of off, critical, high, medium, low, info or an object",
        code: 'config',
      },
    ]);
    const text = await cli(['scan', 'fixtures/policy/org', '--config', 'fixtures/policy/invalid/cycle-a.yaml']);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain("fixtures/policy/invalid/cycle-b.yaml:1:11 config: extends './cycle-a.yaml' forms a cycle");
  });

  it('runs the recommended pack without a policy file', async () => {
    const out = JSON.parse((await cli(['scan', 'fixtures/policy/baseline', '--format', 'json'])).stdout) as JsonOut;
    expect(out.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['12 aws-iam-full-admin', '27 aws-iam-wildcard-action', '35 aws-iam-user-static-credentials']);
    const strict = JSON.parse((await cli(['scan', 'fixtures/policy/baseline', '--config', 'fixtures/policy/extends/base.yaml', '--format', 'json'])).stdout) as JsonOut;
    // base.yaml: grantlint:strict, with aws-iam-wildcard-action lowered to medium; none of the four documents states a Version.
    expect(strict.findings.map((f) => `${f.line} ${f.ruleId} ${f.severity}`)).toEqual([
      '4 aws-iam-policy-version low',
      '12 aws-iam-full-admin critical',
      '12 aws-iam-policy-version low',
      '19 aws-iam-policy-version low',
      '27 aws-iam-policy-version low',
      '27 aws-iam-wildcard-action medium',
      '35 aws-iam-user-static-credentials medium',
    ]);
  });
});

describe('grantlint init', () => {
  const repo = tempRepo('init');
  afterAll(() => repo.remove());

  it('writes a starter policy that validates, and never overwrites one without --force', async () => {
    expect(await cli(['init'], { cwd: repo.dir })).toEqual({ code: 0, stdout: 'wrote .grantlint.yaml\n', stderr: '' });
    const file = path.join(repo.dir, '.grantlint.yaml');
    expect(fs.readFileSync(file, 'utf8')).toBe(STARTER_POLICY);
    expect(loadPolicy(file).errors).toEqual([]);
    expect(await cli(['init'], { cwd: repo.dir })).toEqual({ code: 2, stdout: '', stderr: 'grantlint: .grantlint.yaml already exists; pass --force to overwrite it\n' });
    expect((await cli(['init', '--force'], { cwd: repo.dir })).code).toBe(0);
    expect(await cli(['init', 'envs/prod'], { cwd: repo.dir })).toEqual({ code: 0, stdout: 'wrote envs/prod/.grantlint.yaml\n', stderr: '' });
    // The starter is what a scan of the repository now uses.
    repo.write('iam.tf', 'resource "aws_iam_user" "a" {\n  name = "a"\n}\n');
    expect((await cli(['scan', '.'], { cwd: repo.dir })).code).toBe(0);
  });
});

describe('help', () => {
  it('lists the policy commands and flags', () => {
    for (const text of ['grantlint baseline [paths...]', 'grantlint report --compliance FRAMEWORK', 'grantlint init [dir]', '--config FILE', '--baseline FILE', '--compliance NAME', '--force']) {
      expect(HELP_TEXT).toContain(text);
    }
  });
});
