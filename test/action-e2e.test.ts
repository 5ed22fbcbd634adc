/**
 * The bundled Action (action-dist/index.mjs) run as GitHub runs it: a node process with the runner's environment
 * (GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, INPUT_*), against a local GitHub API that validates every
 * request with GitHub's OpenAPI description. The pull request is a temporary git repository with real commits.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patchesFromGitDiff } from '../src/action/hunks.js';
import { FakeGitHub } from './action-fake-github.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUNDLE = path.join(ROOT, 'action-dist', 'index.mjs');
const FIXTURES = path.join(ROOT, 'fixtures', 'action');
const TOKEN = 'ghs_e2eSecretToken0123456789';
const OWNER = 'acme';
const REPO = 'infra';
const PULL = 7;
/** Each run of the bundle waits for the throttling plugin's pacing of comment writes (3 s apart), as on GitHub. */
const E2E_TIMEOUT_MS = 300_000;

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
}

/** Replaces the tracked content of `repo` by the files of `dir` (plus `extra`) and commits. */
function commitTree(repo: string, dir: string | undefined, message: string, extra: Record<string, string> = {}): string {
  for (const entry of fs.readdirSync(repo)) if (entry !== '.git') fs.rmSync(path.join(repo, entry), { recursive: true, force: true });
  if (dir) fs.cpSync(dir, repo, { recursive: true });
  for (const [file, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    fs.writeFileSync(path.join(repo, file), text);
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--allow-empty', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}

function newRepo(): string {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-action-'));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.email', 'dev@example.com');
  git(repo, 'config', 'user.name', 'Dev');
  git(repo, 'config', 'commit.gpgsign', 'false');
  return repo;
}

/** The PR files API's answer for base...head, computed by git as GitHub does. */
function pullFiles(repo: string, base: string, head: string) {
  const statuses = git(repo, 'diff', '--name-status', '--no-renames', `${base}...${head}`)
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t') as [string, string]);
  const patches = patchesFromGitDiff(execFileSync('git', ['-C', repo, 'diff', '--no-color', '--unified=3', '--no-renames', `${base}...${head}`]).toString());
  const status = { A: 'added', M: 'modified', D: 'removed' } as Record<string, string>;
  return statuses.map(([s, filename]) => ({ filename, status: status[s] ?? 'modified', ...(patches.has(filename) ? { patch: patches.get(filename)! } : {}) }));
}

interface Run {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

async function runBundle(options: { repo: string; api: string; event: string; base?: string; head: string; checkout?: string; inputs?: Record<string, string> }): Promise<Run> {
  git(options.repo, 'checkout', '-q', '--detach', options.checkout ?? options.head);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-runner-'));
  const eventPath = path.join(work, 'event.json');
  const payload = options.base ? { action: 'synchronize', number: PULL, pull_request: { number: PULL, head: { sha: options.head }, base: { sha: options.base } } } : { ref: 'refs/heads/main', after: options.head };
  fs.writeFileSync(eventPath, JSON.stringify(payload));
  const outputFile = path.join(work, 'output');
  const summaryFile = path.join(work, 'summary.md');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  // The runner sets every declared input, with action.yml's defaults for those not given.
  const inputs: Record<string, string> = {
    paths: '.',
    config: '',
    'fail-on': 'high',
    'new-only': '',
    comment: 'update',
    inline: 'true',
    'max-inline': '30',
    sarif: '',
    'working-directory': '.',
    'base-ref': '',
    'github-token': TOKEN,
    ...options.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: options.head,
    GITHUB_WORKSPACE: options.repo,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.api,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(process.execPath, [BUNDLE], { cwd: options.repo, env, maxBuffer: 1 << 26 }, (error, out) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout: out });
    });
  });
  return { code, stdout, outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')), summary: fs.readFileSync(summaryFile, 'utf8') };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

const annotationsOf = (stdout: string) => stdout.split('\n').filter((l) => /^::(error|warning|notice)[ :]/.test(l));

describe('the bundled Action on a pull request', () => {
  let repo: string;
  let base: string;
  let head: string;
  let fixed: string;
  let github: FakeGitHub;

  beforeAll(async () => {
    repo = newRepo();
    base = commitTree(repo, path.join(FIXTURES, 'pr', 'base'), 'base');
    head = commitTree(repo, path.join(FIXTURES, 'pr', 'head'), 'head: admin attachment, wider table access');
    fixed = commitTree(repo, path.join(FIXTURES, 'pr', 'fixed'), 'fix: drop the admin attachment');
    github = new FakeGitHub({ owner: OWNER, repo: REPO, pull: PULL, token: TOKEN, files: pullFiles(repo, base, head) });
    await github.start();
  });
  afterAll(async () => {
    await github.stop();
    fs.rmSync(repo, { recursive: true, force: true });
  }, E2E_TIMEOUT_MS);

  it('first run: one summary comment and one review with the finding on a changed line', async () => {
    const run = await runBundle({ repo, api: github.url, event: 'pull_request', base, head });
    expect(github.violations).toEqual([]);
    expect(run.code).toBe(1);
    expect(github.writesSince(0).map((r) => `${r.method} ${r.operation}`)).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    ]);
    expect(github.issueComments).toHaveLength(1);
    const summary = github.issueComments[0]!.body;
    expect(summary).toMatch(/^<!-- grantlint:summary ns=\. digest=[0-9a-f]{16} -->\n### ❌ grantlint: 2 new findings\n/);
    expect(summary).toContain('#### Access changes in this PR');
    expect(summary).toContain(`[iam.tf:35](https://github.com/${OWNER}/${REPO}/blob/${head}/iam.tf#L35)`);
    // The wildcard finding starts on line 21 (the statement), outside the diff hunk (lines 23-35): summary only.
    expect(summary).toContain(`[iam.tf:21](https://github.com/${OWNER}/${REPO}/blob/${head}/iam.tf#L21)`);
    // Old debt (legacy.tf) is not a new finding.
    expect(summary).not.toContain('legacy.tf');

    expect(github.reviews).toHaveLength(1);
    expect(github.reviews[0]).toMatchObject({ state: 'COMMENTED', commit_id: head });
    expect(github.reviewComments.map((c) => [c.path, c.line, c.side])).toEqual([['iam.tf', 35, 'RIGHT']]);
    expect(github.reviewComments[0]!.body).toMatch(/^<!-- grantlint:finding ns=\. fp=[^ ]+ -->\n🟥 \*\*critical\*\* · \[`aws-iam-full-admin`\]/);

    expect(run.outputs).toMatchObject({ critical: '1', high: '1', medium: '0', low: '0', info: '0', findings: '2', 'new-findings': '2', passed: 'false', sarif: '' });
    expect(Number(run.outputs['grants-added'])).toBeGreaterThan(0);
    expect(annotationsOf(run.stdout)).toEqual([
      '::error title=critical%3A aws-iam-full-admin,file=iam.tf,line=35,endLine=35,col=16,endColumn=61::Attaching the AWS-managed policy `AdministratorAccess` gives administrator-level access: it allows every action on every resource. Attach a policy limited to the actions and resources the principal needs.',
      '::error title=high%3A aws-iam-wildcard-action,file=iam.tf,line=21,endLine=28::Action `dynamodb:*` allows all 79 `dynamodb` actions, including ones nobody meant to grant (deletes, policy changes). List the `dynamodb` actions the principal needs.',
    ]);
    // The job summary holds the full report, old debt included.
    expect(run.summary).toContain('1 finding already present before this change');
    expect(run.summary).toContain('legacy.tf:6');
    // The token is masked first and never printed otherwise.
    expect(run.stdout.startsWith(`::add-mask::${TOKEN}\n`)).toBe(true);
    expect(run.stdout.split(TOKEN)).toHaveLength(2);
  }, E2E_TIMEOUT_MS);

  it('a re-run on the same head posts nothing', async () => {
    const mark = github.requests.length;
    const run = await runBundle({ repo, api: github.url, event: 'pull_request', base, head });
    expect(run.code).toBe(1);
    expect(github.violations).toEqual([]);
    expect(github.writesSince(mark)).toEqual([]);
    expect(github.issueComments).toHaveLength(1);
    expect(github.reviewComments).toHaveLength(1);
  }, E2E_TIMEOUT_MS);

  it('a push that fixes a finding updates the summary and marks the inline comment fixed', async () => {
    github.files = pullFiles(repo, base, fixed);
    const before = github.issueComments[0]!.body;
    const mark = github.requests.length;
    const run = await runBundle({ repo, api: github.url, event: 'pull_request', base, head: fixed });
    expect(github.violations).toEqual([]);
    expect(github.writesSince(mark).map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${github.issueComments[0]!.id}`,
      `PATCH /repos/${OWNER}/${REPO}/pulls/comments/${github.reviewComments[0]!.id}`,
    ]);
    expect(github.issueComments).toHaveLength(1);
    const summary = github.issueComments[0]!.body;
    expect(summary).not.toBe(before);
    expect(summary).not.toContain('aws-iam-full-admin');
    expect(summary).toContain(`[iam.tf:21](https://github.com/${OWNER}/${REPO}/blob/${fixed}/iam.tf#L21)`);
    const comment = github.reviewComments[0]!.body;
    expect(comment.split('\n')[0]).toMatch(new RegExp(`^<!-- grantlint:finding ns=\\. fp=[^ ]+ fixed=${fixed} -->$`));
    expect(comment).toContain(`✅ Fixed in commit ${fixed.slice(0, 12)}.`);
    expect(comment).toContain('<details><summary>Original finding</summary>');
    // Both new findings left are on line 21, outside the diff: no new review.
    expect(github.reviews).toHaveLength(1);
    expect(run.code).toBe(1);
    expect(run.outputs.critical).toBe('0');
  }, E2E_TIMEOUT_MS);

  it('push events get the job summary, annotations and SARIF, and no comments', async () => {
    const mark = github.requests.length;
    const run = await runBundle({ repo, api: github.url, event: 'push', head, inputs: { sarif: 'reports/grantlint.sarif' } });
    expect(github.requests.length).toBe(mark);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ critical: '1', high: '1', medium: '1', findings: '3', 'new-findings': '', 'grants-added': '', sarif: 'reports/grantlint.sarif' });
    const sarif = JSON.parse(fs.readFileSync(path.join(repo, 'reports', 'grantlint.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId).sort()).toEqual(['aws-iam-full-admin', 'aws-iam-user-static-credentials', 'aws-iam-wildcard-action']);
    expect(run.summary).toMatch(/^### ❌ grantlint: 3 findings\n/);
    fs.rmSync(path.join(repo, 'reports'), { recursive: true, force: true });
  }, E2E_TIMEOUT_MS);
});

describe('the bundled Action with a read-only token', () => {
  it('degrades to annotations and the job summary with a one-line notice; the result still follows the findings', async () => {
    const repo = newRepo();
    const base = commitTree(repo, path.join(FIXTURES, 'pr', 'base'), 'base');
    const head = commitTree(repo, path.join(FIXTURES, 'pr', 'head'), 'head');
    const github = new FakeGitHub({ owner: OWNER, repo: REPO, pull: PULL, token: TOKEN, files: pullFiles(repo, base, head) });
    github.readOnly = true;
    await github.start();
    try {
      const run = await runBundle({ repo, api: github.url, event: 'pull_request', base, head });
      expect(github.violations).toEqual([]);
      expect(run.code).toBe(1);
      expect(github.issueComments).toEqual([]);
      expect(github.reviews).toEqual([]);
      const notices = annotationsOf(run.stdout).filter((l) => l.startsWith('::notice'));
      expect(notices).toEqual([
        '::notice::grantlint: The token cannot comment on this pull request (HTTP 403: fork or read-only token); results are in the job summary and annotations.',
      ]);
      expect(annotationsOf(run.stdout).filter((l) => l.startsWith('::error'))).toHaveLength(2);
      expect(run.summary).toContain('> The token cannot comment on this pull request (HTTP 403');
      expect(run.summary).toContain(`[iam.tf:35](https://github.com/${OWNER}/${REPO}/blob/${head}/iam.tf#L35)`);
      expect(run.outputs.passed).toBe('false');
    } finally {
      await github.stop();
      fs.rmSync(repo, { recursive: true, force: true });
    }
  }, E2E_TIMEOUT_MS);
});

describe('the bundled Action on a pull request with 300 new findings', () => {
  it('keeps the comment, the review and the annotations within GitHub limits', async () => {
    const repo = newRepo();
    const base = commitTree(repo, path.join(FIXTURES, 'pr', 'base'), 'base');
    const attachments = Array.from(
      { length: 300 },
      (_, i) => `resource "aws_iam_role_policy_attachment" "admin_${String(i).padStart(3, '0')}" {\n  role       = aws_iam_role.app.name\n  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"\n}\n`,
    ).join('\n');
    const head = commitTree(repo, path.join(FIXTURES, 'pr', 'base'), 'head: 300 admin attachments', { 'admins.tf': attachments });
    const github = new FakeGitHub({ owner: OWNER, repo: REPO, pull: PULL, token: TOKEN, files: pullFiles(repo, base, head) });
    await github.start();
    try {
      const run = await runBundle({ repo, api: github.url, event: 'pull_request', base, head });
      expect(github.violations).toEqual([]);
      expect(run.code).toBe(1);
      expect(run.outputs).toMatchObject({ critical: '300', findings: '300', 'new-findings': '300' });
      const body = github.issueComments[0]!.body;
      expect(body.length).toBeLessThanOrEqual(60_000);
      expect(body.endsWith('_This summary was cut to fit a comment. The full report is in the [job summary](https://github.com/acme/infra/actions/runs/4242)._\n')).toBe(true);
      expect((body.match(/<details>/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length);
      expect(github.reviews).toHaveLength(1);
      expect(github.reviewComments).toHaveLength(30);
      expect(github.reviews[0]!.body).toBe('**grantlint**: 30 findings on lines this pull request changes; 270 more are listed in the summary comment.');
      // Most severe first, then by file and line: the first 30 attachments.
      expect(github.reviewComments.map((c) => c.line)).toEqual(Array.from({ length: 30 }, (_, i) => 3 + i * 5));
      expect(annotationsOf(run.stdout).filter((l) => l.startsWith('::error'))).toHaveLength(10);
      expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
      expect(run.summary).toContain(`[admins.tf:1498](https://github.com/${OWNER}/${REPO}/blob/${head}/admins.tf#L1498)`);
    } finally {
      await github.stop();
      fs.rmSync(repo, { recursive: true, force: true });
    }
  }, E2E_TIMEOUT_MS);
});

describe('the approval gate', () => {
  it('fails until an approver (a team member) approves, then passes', async () => {
    const repo = newRepo();
    const policy = fs.readFileSync(path.join(FIXTURES, 'approval', '.grantlint.yaml'), 'utf8');
    const base = commitTree(repo, path.join(FIXTURES, 'pr', 'base'), 'base', { '.grantlint.yaml': policy });
    const head = commitTree(repo, path.join(FIXTURES, 'pr', 'head'), 'head', { '.grantlint.yaml': policy });
    const github = new FakeGitHub({ owner: OWNER, repo: REPO, pull: PULL, token: TOKEN, files: pullFiles(repo, base, head) });
    await github.start();
    try {
      const inputs = { 'fail-on': 'none', inline: 'false' };
      const pending = await runBundle({ repo, api: github.url, event: 'pull_request', base, head, inputs });
      expect(github.violations).toEqual([]);
      expect(pending.code).toBe(1);
      expect(pending.outputs.passed).toBe('false');
      const waiting = github.issueComments[0]!.body;
      expect(waiting).toContain('### ❌ grantlint: 2 new findings · 1 approval missing');
      expect(waiting).toContain(
        '- ⏳ needs an approving review from `alice` or team `acme/security`: Administrator access needs the security team (`role orders-app` at [iam.tf:35]',
      );

      // bob (in acme/security) approves; carol (not in it) approved too; the review event re-runs the check.
      github.teamMembers.set('acme/security', ['bob']);
      github.reviews.push({ id: 1, user: { login: 'carol' }, state: 'APPROVED', body: '', commit_id: head });
      github.reviews.push({ id: 2, user: { login: 'bob' }, state: 'APPROVED', body: '', commit_id: head });
      const mark = github.requests.length;
      const approved = await runBundle({ repo, api: github.url, event: 'pull_request_review', base, head, inputs });
      expect(github.violations).toEqual([]);
      expect(approved.code).toBe(0);
      expect(approved.outputs.passed).toBe('true');
      expect(github.requests.slice(mark).map((r) => `${r.method} ${r.path}`)).toEqual([
        `GET /repos/${OWNER}/${REPO}/pulls/${PULL}/reviews`,
        `GET /orgs/acme/teams/security/memberships/carol`,
        `GET /orgs/acme/teams/security/memberships/bob`,
        `GET /repos/${OWNER}/${REPO}/issues/${PULL}/comments`,
        `PATCH /repos/${OWNER}/${REPO}/issues/comments/${github.issueComments[0]!.id}`,
      ]);
      expect(github.issueComments[0]!.body).toContain('### ✅ grantlint: 2 new findings');
      expect(github.issueComments[0]!.body).toContain('- ✅ approved by `bob`: Administrator access needs the security team');
    } finally {
      await github.stop();
      fs.rmSync(repo, { recursive: true, force: true });
    }
  }, E2E_TIMEOUT_MS);
});

describe('the bundled Action in a monorepo', () => {
  it('keeps one summary per working directory, honours comment modes, and skips inline comments on a merge checkout', async () => {
    const repo = newRepo();
    const prFixtures = path.join(FIXTURES, 'pr');
    const tree = (stage: string) => ({
      'team-a/iam.tf': fs.readFileSync(path.join(prFixtures, stage, 'iam.tf'), 'utf8'),
      'team-b/iam.tf': fs.readFileSync(path.join(prFixtures, stage, 'iam.tf'), 'utf8'),
    });
    const base = commitTree(repo, undefined, 'base', tree('base'));
    const head = commitTree(repo, undefined, 'head', tree('head'));
    const github = new FakeGitHub({ owner: OWNER, repo: REPO, pull: PULL, token: TOKEN, files: pullFiles(repo, base, head) });
    // A busy conversation: the summaries land on the third page of comments.
    for (let i = 0; i < 230; i++) github.issueComments.push({ id: i + 1, body: `comment ${i}`, user: { login: 'someone', type: 'User' } });
    await github.start();
    try {
      const a = await runBundle({ repo, api: github.url, event: 'pull_request', base, head, inputs: { 'working-directory': 'team-a' } });
      const b = await runBundle({ repo, api: github.url, event: 'pull_request', base, head, inputs: { 'working-directory': 'team-b', inline: 'false' } });
      expect(github.violations).toEqual([]);
      expect([a.code, b.code]).toEqual([1, 1]);
      const ours = () => github.issueComments.slice(230);
      expect(ours().map((c) => c.body.split('\n')[0]!.replace(/digest=\w+/, 'digest=…'))).toEqual([
        '<!-- grantlint:summary ns=team-a digest=… -->',
        '<!-- grantlint:summary ns=team-b digest=… -->',
      ]);
      // Paths in comments and links are repository-relative, whatever the working directory.
      expect(github.reviewComments.map((c) => [c.path, c.line])).toEqual([['team-a/iam.tf', 35]]);
      expect(ours()[1]!.body).toContain(`[team-b/iam.tf:35](https://github.com/${OWNER}/${REPO}/blob/${head}/team-b/iam.tf#L35)`);
      expect(annotationsOf(b.stdout).filter((l) => l.startsWith('::error')).map((l) => /file=([^,]+),line=(\d+)/.exec(l)!.slice(1).join(':'))).toEqual([
        'team-b/iam.tf:35',
        'team-b/iam.tf:21',
      ]);

      // comment: new posts another summary; comment: off posts none.
      await runBundle({ repo, api: github.url, event: 'pull_request', base, head, inputs: { 'working-directory': 'team-b', inline: 'false', comment: 'new' } });
      const mark = github.requests.length;
      await runBundle({ repo, api: github.url, event: 'pull_request', base, head, inputs: { 'working-directory': 'team-b', inline: 'false', comment: 'off' } });
      expect(ours()).toHaveLength(3);
      expect(github.requests.length).toBe(mark);
      // Re-running team-a pages through all comments (3 pages of 100), finds its summary unchanged, writes nothing.
      const again = github.requests.length;
      await runBundle({ repo, api: github.url, event: 'pull_request', base, head, inputs: { 'working-directory': 'team-a' } });
      expect(github.requests.slice(again).filter((r) => r.path.endsWith('/issues/7/comments')).length).toBe(3);
      expect(github.writesSince(again)).toEqual([]);

      // A merge commit checked out (actions/checkout's default on pull_request): no inline comments, a notice why.
      git(repo, 'checkout', '-q', '--detach', head);
      git(repo, 'commit', '-q', '--allow-empty', '-m', 'merge stand-in');
      const merge = git(repo, 'rev-parse', 'HEAD');
      const reviewsBefore = github.reviews.length;
      const onMerge = await runBundle({ repo, api: github.url, event: 'pull_request', base, head, checkout: merge, inputs: { 'working-directory': 'team-a', comment: 'off' } });
      expect(github.reviews.length).toBe(reviewsBefore);
      expect(onMerge.summary).toContain(`> The checked-out commit ${merge.slice(0, 12)} is not the pull request's head ${head.slice(0, 12)}`);
    } finally {
      await github.stop();
      fs.rmSync(repo, { recursive: true, force: true });
    }
  }, E2E_TIMEOUT_MS);
});
