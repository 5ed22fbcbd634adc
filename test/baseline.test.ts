import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, tempRepo } from './cli-support.js';
import { applyBaseline, createBaseline, parseBaseline } from '../src/analyze/baseline.js';
import type { Finding } from '../src/model/finding.js';

const SOURCE = path.resolve(import.meta.dirname, '../fixtures/policy/baseline/main.tf');

describe('baseline round trip', () => {
  const repo = tempRepo('baseline');
  afterAll(() => repo.remove());

  it('records findings, then reports only new ones after lines shift, and lists entries that no longer occur', async () => {
    const original = fs.readFileSync(SOURCE, 'utf8');
    repo.write('iam/main.tf', original);
    // Only these rules run (setting a severity turns a rule on): the test does not move when rules are added.
    repo.write('.grantlint.yaml', 'rules:\n  aws-iam-full-admin: critical\n  aws-iam-wildcard-action: high\n  aws-iam-user-static-credentials: medium\n');

    const written = await cli(['baseline', '.'], { cwd: repo.dir });
    expect(written).toEqual({ code: 0, stdout: 'wrote 3 entries to .grantlint-baseline.json\n', stderr: '' });
    const baseline = JSON.parse(fs.readFileSync(path.join(repo.dir, '.grantlint-baseline.json'), 'utf8')) as { version: number; entries: Array<Record<string, unknown>> };
    expect(baseline.version).toBe(1);
    expect(baseline.entries.map((e) => [e.ruleId, e.file, e.address, e.principal])).toEqual([
      ['aws-iam-full-admin', 'iam/main.tf', 'aws_iam_role_policy.admin', 'role:admin'],
      ['aws-iam-user-static-credentials', 'iam/main.tf', 'aws_iam_access_key.bot', 'user:bot'],
      ['aws-iam-wildcard-action', 'iam/main.tf', 'aws_iam_role_policy.queues', 'role:worker'],
    ]);

    const clean = await cli(['scan', '.', '--baseline', '.grantlint-baseline.json', '--format', 'json'], { cwd: repo.dir });
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout).findings.map((f: { ruleId: string; line: number; suppressed?: { kind: string } }) => `${f.line} ${f.ruleId} ${f.suppressed?.kind}`)).toEqual([
      '12 aws-iam-full-admin baseline',
      '27 aws-iam-wildcard-action baseline',
      '35 aws-iam-user-static-credentials baseline',
    ]);
    expect(clean.stderr).toBe('');

    // Lines shift (a comment block on top), the queue policy is fixed, and a new wildcard appears.
    const changed =
      '# Reviewed 2026-01.\n# Owner: platform.\n\n' +
      original.replace('"sqs:*"', '"sqs:SendMessage"').replace('resource "aws_iam_access_key" "bot"', 'resource "aws_iam_role_policy" "logs" {\n  name   = "logs"\n  role   = "worker"\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "logs:*", Resource = "*" }] })\n}\n\nresource "aws_iam_access_key" "bot"');
    repo.write('iam/main.tf', changed);
    const after = await cli(['scan', '.', '--baseline', '.grantlint-baseline.json', '--format', 'json'], { cwd: repo.dir });
    expect(after.code).toBe(1);
    const findings = JSON.parse(after.stdout).findings as Array<{ ruleId: string; line: number; address: string; suppressed?: unknown }>;
    expect(findings.filter((f) => !f.suppressed).map((f) => `${f.line} ${f.ruleId} ${f.address}`)).toEqual(['41 aws-iam-wildcard-action aws_iam_role_policy.logs']);
    expect(findings.filter((f) => f.suppressed).map((f) => `${f.line} ${f.ruleId}`)).toEqual(['15 aws-iam-full-admin', '44 aws-iam-user-static-credentials']);
    const gone = baseline.entries.find((e) => e.ruleId === 'aws-iam-wildcard-action')!;
    expect(after.stderr).toBe(
      `grantlint: 1 baseline entry no longer occurs (fixed or changed); update .grantlint-baseline.json with 'grantlint baseline':\n  iam/main.tf aws_iam_role_policy.queues aws-iam-wildcard-action ${String(gone.fingerprint)}\n`,
    );
  });

  it('rejects a file that is not a baseline, with its location', async () => {
    repo.write('bad-baseline.json', '{\n  "version": 1,\n  "entries": [\n    { "ruleId": "x" }\n  ]\n}\n');
    const run = await cli(['scan', '.', '--baseline', 'bad-baseline.json'], { cwd: repo.dir });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'grantlint: bad-baseline.json:4:5: baseline entry 0 needs a string fingerprint and ruleId\n' });
    const missing = await cli(['scan', '.', '--baseline', 'nope.json'], { cwd: repo.dir });
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'grantlint: cannot read baseline nope.json: ENOENT\n' });
  });
});

describe('baseline functions', () => {
  const finding = (ruleId: string, fingerprint: string, line: number, suppressed?: Finding['suppressed']): Finding => ({
    ruleId,
    category: 'wildcard',
    severity: 'high',
    messageId: 'm',
    data: {},
    message: `${ruleId} message`,
    span: { file: 'a.tf', line, column: 1, endLine: line, endColumn: 2, address: 'aws_iam_policy.p' },
    grantIds: [],
    fingerprint,
    ...(suppressed ? { suppressed } : {}),
  });

  it('leaves out suppressed findings and duplicates, and matches by fingerprint only', () => {
    const baseline = createBaseline([finding('r1', 'f1', 3), finding('r1', 'f1', 9), finding('r2', 'f2', 5, { kind: 'inline', reason: 'ok' })], 'grantlint 0.1.0');
    expect(baseline.entries.map((e) => e.fingerprint)).toEqual(['f1']);
    const outcome = applyBaseline([finding('r1', 'f1', 40), finding('r3', 'f3', 41)], baseline, 'b.json');
    expect(outcome.findings.map((f) => `${f.ruleId} ${f.suppressed?.reason ?? '-'}`)).toEqual(['r1 accepted in b.json', 'r3 -']);
    expect(outcome.gone).toEqual([]);
    expect(parseBaseline('[1, 2', 'b.json').errors.map((e) => `${e.line}:${e.column} ${e.code}`)).toEqual([expect.stringMatching(/^\d+:\d+ config$/)]);
  });
});
