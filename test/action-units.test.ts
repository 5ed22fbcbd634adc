/** The Action's parts on their own: inputs, workflow commands, diff hunks, markers, truncation, and the fake API's checks. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotation, command, limitBytes, maskCommand, writeOutputs } from '../src/action/commands.js';
import { execFileSync } from 'node:child_process';
import { commentableLines, localPatches, patchesFromGitDiff } from '../src/action/hunks.js';
import { runAction } from '../src/action/run.js';
import { InputError, readInputs, INPUT_NAMES } from '../src/action/inputs.js';
import { findingMarker, namespaceOf, parseMarker, summaryMarker } from '../src/action/markers.js';
import { truncateMarkdown } from '../src/action/render.js';
import { encodePath } from '../src/action/run.js';
import { addedGrants, approvalNeeds, checkApprovals, type ApprovalNeed } from '../src/action/approvals.js';
import { runDiff } from '../src/pipeline/diff.js';
import { loadPolicy } from '../src/policy/load.js';
import { FakeGitHub } from './action-fake-github.js';

describe('action inputs', () => {
  const defaults = Object.fromEntries(INPUT_NAMES.map((n) => [`INPUT_${n.toUpperCase()}`, '']));

  it('reads every input with its default', () => {
    expect(readInputs({ ...defaults, GITHUB_TOKEN: 'from-env' })).toEqual({
      paths: ['.'],
      config: undefined,
      failOn: 'high',
      newOnly: undefined,
      comment: 'update',
      inline: true,
      maxInline: 30,
      sarif: undefined,
      workingDirectory: '.',
      baseRef: undefined,
      token: 'from-env',
    });
  });

  it('splits paths by line and parses booleans as the toolkit does', () => {
    const inputs = readInputs({ ...defaults, INPUT_PATHS: 'infra/prod\n  infra/stage  \n\n', 'INPUT_NEW-ONLY': 'False', INPUT_INLINE: 'TRUE', 'INPUT_MAX-INLINE': '5' });
    expect(inputs.paths).toEqual(['infra/prod', 'infra/stage']);
    expect(inputs.newOnly).toBe(false);
    expect(inputs.inline).toBe(true);
    expect(inputs.maxInline).toBe(5);
  });

  it('rejects unknown inputs and invalid values, listing the valid ones', () => {
    expect(() => readInputs({ ...defaults, INPUT_FAILON: 'high' })).toThrow(
      new InputError("unknown input 'failon'; valid inputs: paths, config, fail-on, new-only, comment, inline, max-inline, sarif, working-directory, base-ref, github-token"),
    );
    expect(() => readInputs({ ...defaults, 'INPUT_FAIL-ON': 'severe' })).toThrow(new InputError("invalid input fail-on 'severe'; valid values: critical, high, medium, low, info, none"));
    expect(() => readInputs({ ...defaults, INPUT_COMMENT: 'hide' })).toThrow(new InputError("invalid input comment 'hide'; valid values: update, new, off"));
    expect(() => readInputs({ ...defaults, INPUT_INLINE: 'yes' })).toThrow(new InputError("invalid input inline 'yes'; valid values: true, false"));
    expect(() => readInputs({ ...defaults, 'INPUT_MAX-INLINE': '-1' })).toThrow(new InputError("invalid input max-inline '-1'; valid values: a whole number from 0 to 1000"));
  });
});

describe('workflow commands', () => {
  it('escapes messages and properties so scanned text cannot start a command', () => {
    expect(annotation('error', 'line1\n::add-mask::x 100%', { file: 'a,b:c.tf', line: 3, title: 'high: r' })).toBe(
      '::error file=a%2Cb%3Ac.tf,line=3,title=high%3A r::line1%0A::add-mask::x 100%25\n',
    );
    expect(command('notice', {}, 'plain')).toBe('::notice::plain\n');
    expect(maskCommand('s3cr%t')).toBe('::add-mask::s3cr%25t\n');
  });

  it('writes outputs with heredoc delimiters', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-out-')), 'output');
    writeOutputs(file, { critical: 2, sarif: 'a\nb' });
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^critical<<(ghadelimiter_[0-9a-f-]{36})\n2\n\1\nsarif<<(ghadelimiter_[0-9a-f-]{36})\na\nb\n\2\n$/);
  });

  it('cuts text at a line boundary within a byte budget', () => {
    expect(limitBytes('aaaa\nbbbb\ncccc\n', 12, '!')).toBe('aaaa\nbbbb!');
    expect(limitBytes('short\n', 100, '!')).toBe('short\n');
    // A multi-byte character is never split.
    expect(limitBytes('ééé\néééé\n', 10, '')).toBe('ééé');
  });
});

describe('diff hunks', () => {
  const patch = ['@@ -1,4 +1,5 @@', ' a', '-b', '+B', '+C', ' d', '\\ No newline at end of file', '@@ -20,2 +21,3 @@ resource "x" {', ' y', '+z', ' w'].join('\n');

  it('lists the new-side lines of every hunk: context and added lines', () => {
    expect([...commentableLines(patch)]).toEqual([1, 2, 3, 4, 21, 22, 23]);
  });

  it('splits git diff output by new path and skips deleted files', () => {
    const diff = [
      'diff --git a/x.tf b/x.tf',
      'index 1..2 100644',
      '--- a/x.tf',
      '+++ b/x.tf',
      '@@ -1 +1 @@',
      '-a',
      '+b',
      'diff --git a/gone.tf b/gone.tf',
      'deleted file mode 100644',
      '--- a/gone.tf',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-a',
      '',
    ].join('\n');
    const patches = patchesFromGitDiff(diff);
    expect([...patches.keys()]).toEqual(['x.tf']);
    expect([...commentableLines(patches.get('x.tf')!)]).toEqual([1]);
  });
});

describe('the local diff fallback', () => {
  it('gives the same commentable lines as the PR files API would', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-localdiff-'));
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'dev@example.com');
    git('config', 'user.name', 'Dev');
    fs.writeFileSync(path.join(repo, 'a.tf'), Array.from({ length: 20 }, (_, i) => `# line ${i + 1}`).join('\n') + '\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    fs.writeFileSync(path.join(repo, 'a.tf'), Array.from({ length: 20 }, (_, i) => (i === 9 ? '# changed' : `# line ${i + 1}`)).join('\n') + '\n');
    fs.writeFileSync(path.join(repo, 'b.tf'), '# new\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'head');
    const head = git('rev-parse', 'HEAD');
    const all = localPatches(repo, base, head, []);
    expect([...all.keys()]).toEqual(['a.tf', 'b.tf']);
    expect([...commentableLines(all.get('a.tf')!)]).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect([...localPatches(repo, base, head, ['b.tf']).keys()]).toEqual(['b.tf']);
    fs.rmSync(repo, { recursive: true, force: true });
  });
});

describe('tool errors', () => {
  it('an invalid policy file fails the run with a located error annotation (exit 2)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-action-policy-'));
    execFileSync('git', ['-C', dir, 'init', '-q']);
    fs.writeFileSync(path.join(dir, '.grantlint.yaml'), 'approvals:\n  - approvers: [bob]\n');
    fs.writeFileSync(path.join(dir, 'main.tf'), '');
    const outputFile = path.join(dir, 'out');
    fs.writeFileSync(outputFile, '');
    let stdout = '';
    const code = await runAction({
      env: { GITHUB_WORKSPACE: dir, GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REPOSITORY: 'acme/infra', GITHUB_OUTPUT: outputFile, 'INPUT_FAIL-ON': 'high' },
      stdout: (t) => void (stdout += t),
    });
    expect(code).toBe(2);
    expect(stdout).toBe(`::error title=grantlint config error,file=.grantlint.yaml,line=2,col=5::'approvals[0]' is missing required 'match', 'categories'\n`);
    expect(fs.readFileSync(outputFile, 'utf8')).toMatch(/^passed<<(\S+)\nfalse\n\1$/m);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('markers', () => {
  it('round-trips namespaces, fingerprints and fixed commits, and cannot be closed by a directory name', () => {
    const ns = namespaceOf('./infra/--> x/');
    expect(ns).toBe('infra%2F--%3E%20x');
    expect(parseMarker(`${summaryMarker(ns, 'abc')}\nbody`)).toEqual({ kind: 'summary', namespace: ns, digest: 'abc' });
    expect(parseMarker(findingMarker('.', 'fp:1 2', 'deadbeef'))).toEqual({ kind: 'finding', namespace: '.', fingerprint: 'fp:1 2', fixedIn: 'deadbeef' });
    expect(parseMarker('<!-- other-bot:summary ns=. -->')).toBeUndefined();
    expect(parseMarker('text first <!-- grantlint:summary ns=. digest=a -->')).toBeUndefined();
  });
});

describe('markdown truncation', () => {
  it('closes open details blocks and ends with the note, within the limit', () => {
    const text = ['# t', '<details><summary>s</summary>', '', ...Array.from({ length: 100 }, (_, i) => `| row ${i} |`), '</details>', ''].join('\n');
    const cut = truncateMarkdown(text, 300, 'NOTE\n');
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut.endsWith('\n</details>\n\nNOTE\n')).toBe(true);
    expect(cut.startsWith('# t\n<details><summary>s</summary>\n\n| row 0 |\n')).toBe(true);
    expect(truncateMarkdown('small', 300, 'NOTE')).toBe('small');
  });

  it('encodes repository paths for links', () => {
    expect(encodePath('infra/prod (old)/a b#1.tf')).toBe('infra/prod%20%28old%29/a%20b%231.tf');
  });
});

describe('approvals', () => {
  const need: ApprovalNeed = { index: 0, approvers: ['Alice', 'acme/security'], reason: 'r', grants: [], declared: { file: '.grantlint.yaml', line: 3, column: 5, endLine: 3, endColumn: 9 } };

  it('counts the latest non-comment review of each user; team approvers by membership', async () => {
    const asked: string[] = [];
    const outcome = await checkApprovals([need], {
      reviews: [
        { user: 'alice', state: 'APPROVED' },
        { user: 'alice', state: 'CHANGES_REQUESTED' },
        { user: 'dave', state: 'APPROVED' },
        { user: 'dave', state: 'COMMENTED' },
        { user: 'erin', state: 'APPROVED' },
      ],
      isTeamMember: async (org, team, user) => {
        asked.push(`${org}/${team}/${user}`);
        return user === 'dave' ? true : user === 'erin' ? undefined : false;
      },
    });
    expect(outcome[0]!.approvedBy).toEqual(['dave']);
    expect(outcome[0]!.unreadableTeams).toEqual(['acme/security']);
    expect(asked).toEqual(['acme/security/dave', 'acme/security/erin']);
  });
});

describe('approval entries of the policy file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-approvals-'));
  const write = (text: string) => {
    const file = path.join(dir, '.grantlint.yaml');
    fs.writeFileSync(file, text);
    return file;
  };

  it('are validated with located errors', () => {
    const file = write('approvals:\n  - categories: [admn]\n    approvers: [alice]\n  - approvers: [bob]\n');
    const { policy, errors } = loadPolicy(file);
    expect(policy).toBeUndefined();
    expect(errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      "2:17 invalid 'approvals[0].categories': expected one of admin, wildcard, privilege-escalation, data-exfiltration, credentials-exposure, permissions-management, public-access, cross-account, federation, privileged-role, custom-role, static-credentials, direct-user-grant, policy-violation, malformed, unresolved",
      "2:18 invalid 'approvals[0].categories[0]': expected one of admin, wildcard, privilege-escalation, data-exfiltration, credentials-exposure, permissions-management, public-access, cross-account, federation, privileged-role, custom-role, static-credentials, direct-user-grant, policy-violation, malformed, unresolved",
      "4:5 'approvals[1]' is missing required 'match', 'categories'",
    ]);
  });

  it('select added grants with the organization-rule matcher', async () => {
    const file = write('approvals:\n  - match: { actions: ["dynamodb:*"] }\n    approvers: [acme/data]\n  - match: { actions: ["s3:*"] }\n    approvers: [carol]\n');
    const { policy, errors } = loadPolicy(file);
    expect(errors).toEqual([]);
    const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'action', 'pr');
    const outcome = await runDiff({ mode: 'dirs', before: path.join(fixtures, 'base'), after: path.join(fixtures, 'head') });
    const added = addedGrants(outcome.diff, outcome.after.grants);
    expect(added.map((g) => `${g.source.file}:${g.source.line} ${g.role ?? g.actions.join(',')}`)).toEqual(['iam.tf:21 dynamodb:*', 'iam.tf:35 arn:aws:iam::aws:policy/AdministratorAccess']);
    const needs = approvalNeeds(policy!.approvals!, added, outcome.after.findings, fixtures);
    // Matching means what it means in orgRules: the AdministratorAccess attachment allows dynamodb:* and s3:* too.
    expect(needs.map((n) => [n.index, n.approvers, n.reason, n.grants.map((g) => `${g.source.file}:${g.source.line}`)])).toEqual([
      [0, ['acme/data'], 'the pull request adds access matching an approval rule of the policy', ['iam.tf:21', 'iam.tf:35']],
      [1, ['carol'], 'the pull request adds access matching an approval rule of the policy', ['iam.tf:35']],
    ]);
  });
});

describe('the fake GitHub API', () => {
  const github = new FakeGitHub({ owner: 'acme', repo: 'infra', pull: 7, token: 't0k', files: [{ filename: 'a.tf', status: 'modified', patch: '@@ -1,1 +1,2 @@\n a\n+b' }] });
  beforeAll(async () => void (await github.start()));
  afterAll(async () => github.stop());
  const call = (method: string, p: string, body?: unknown) =>
    fetch(`${github.url}${p}`, { method, headers: { authorization: 'token t0k', 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });

  it('rejects what GitHub would reject: unknown operations, bodies against the schema, lines outside the diff', async () => {
    expect((await call('GET', '/repos/acme/infra/pulls/7/nonsense')).status).toBe(404);
    expect((await call('POST', '/repos/acme/infra/pulls/7/reviews', { event: 'SHIP', comments: [] })).status).toBe(200);
    expect((await call('POST', '/repos/acme/infra/pulls/7/reviews', { event: 'COMMENT', body: 'x', comments: [{ path: 'a.tf', line: 9, body: 'x', positon: 1 }] })).status).toBe(422);
    expect((await call('POST', '/repos/acme/infra/pulls/7/reviews', { event: 'COMMENT', body: 'x', comments: [{ path: 'a.tf', line: 2, side: 'RIGHT', body: 'ok' }] })).status).toBe(200);
    expect(github.violations).toEqual([
      'GET /repos/acme/infra/pulls/7/nonsense: no such operation in GitHub\'s OpenAPI description',
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews: data/event must be equal to one of the allowed values',
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews: /comments/0/positon is not a property of the operation\'s schema',
      'review comment on a.tf:9 outside the diff',
    ]);
    expect(github.reviewComments.map((c) => [c.path, c.line])).toEqual([['a.tf', 2]]);
  });
});
