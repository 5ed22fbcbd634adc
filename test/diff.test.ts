import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDiff, newFindingsSince } from '../src/pipeline/diff.js';
import { scan } from '../src/pipeline/scan.js';
import type { EntitlementDiff } from '../src/analyze/diff.js';
import { ROOT } from './support/corpus.js';
import { builtinRules } from '../rules/index.js';

const FIX = path.join(ROOT, 'fixtures/diff');

/** The diff as lines a reviewer reads: change, principal, access, target, location. */
function lines(diff: EntitlementDiff): string[] {
  return diff.principals.flatMap((p) =>
    p.changes.map((c) => `${c.change} ${p.principal.type}:${p.principal.name} ${c.effect} ${c.access} on ${c.target} @${c.span.file}:${c.span.line}:${c.span.column}`),
  );
}

const EXPECTED_SOURCE_DIFF = (prefix: string) => [
  `changed federated:token.actions.githubusercontent.com allow sts:AssumeRoleWithWebIdentity on role ci-deploy @${prefix}main.tf:5:18`,
  `added role:ci-deploy allow iam:PassRole on * @${prefix}main.tf:29:7`,
  `added role:ci-deploy allow lambda:UpdateFunctionCode on * @${prefix}main.tf:29:7`,
  `removed user:legacy-ops allow ec2:DescribeInstances on * @${prefix}main.tf:39:18`,
];

describe('entitlement diff', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });

  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'grantlint-diff-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    cpSync(path.join(FIX, 'before/main.tf'), path.join(repo, 'infra/main.tf'), { recursive: true });
    // Old debt in a file the change does not touch: an access key that new-only must not blame on the change.
    writeFileSync(path.join(repo, 'infra/unrelated.tf'), 'resource "aws_iam_user" "x" {\n  name = "x"\n}\n\nresource "aws_iam_access_key" "x" {\n  user = aws_iam_user.x.name\n}\n');
    git('add', '-A');
    git('commit', '-qm', 'base');
    cpSync(path.join(FIX, 'after/main.tf'), path.join(repo, 'infra/main.tf'));
    git('add', '-A');
    git('commit', '-qm', 'head');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('two directories: added, removed and changed access per principal, matched by identity not line', async () => {
    const { diff } = await runDiff({ mode: 'dirs', before: path.join(FIX, 'before'), after: path.join(FIX, 'after') });
    expect(lines(diff)).toEqual(EXPECTED_SOURCE_DIFF(''));
    expect(diff.summary).toEqual({ added: 2, removed: 1, changed: 1, principals: 3, newFindings: diff.newFindings.length, fixedFindings: diff.fixedFindings.length });
  });

  it('working tree against a git base, read from git objects without touching the tree', async () => {
    const head = git('rev-parse', 'HEAD');
    const before = readFileSync(path.join(repo, 'infra/main.tf'), 'utf8');
    const { diff } = await runDiff({ mode: 'git', base: 'HEAD~1', paths: ['.'], cwd: repo });
    expect(lines(diff)).toEqual(EXPECTED_SOURCE_DIFF('infra/'));
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('status', '--porcelain')).toBe('');
    expect(readFileSync(path.join(repo, 'infra/main.tf'), 'utf8')).toBe(before);
  });

  it('a plan: before and after of each resource change', async () => {
    const { diff } = await runDiff({ mode: 'plan', planFiles: [path.join(FIX, 'plan.json')], cwd: ROOT });
    expect(diff.principals.flatMap((p) => p.changes.map((c) => `${c.change} ${p.principal.type}:${p.principal.name} ${c.access} on ${c.target}`))).toEqual([
      'added role:ci-deploy iam:PassRole on *',
      'added role:ci-deploy lambda:UpdateFunctionCode on *',
      'added unknown:(unattached) cloudtrail:LookupEvents on *',
      'removed user:legacy-ops ec2:DescribeInstances on *',
    ]);
  });

  it('new-only keeps just the findings the change introduces', async () => {
    // Every built-in rule, so the expectation does not depend on which pack is the default.
    const request = { paths: ['.'], cwd: repo, rules: [...builtinRules] };
    const full = await scan(request);
    const fresh = await newFindingsSince(request, 'HEAD~1', full);
    expect(full.findings.map((f) => f.ruleId)).toContain('aws-iam-user-static-credentials');
    expect(fresh.map((f) => `${f.ruleId} ${f.span.file}:${f.span.line}:${f.span.column}`)).toEqual([
      'aws-trust-github-oidc-sub infra/main.tf:5:18',
      'aws-iam-passrole-wildcard infra/main.tf:29:7',
      'aws-iam-privilege-escalation infra/main.tf:29:7',
      'aws-iam-wildcard-resource infra/main.tf:29:7',
    ]);
  });
});
