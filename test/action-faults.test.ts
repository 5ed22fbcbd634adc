/**
 * The Action against a GitHub API that fails: 5xx answers, rate limits (429 with Retry-After, 403 secondary rate
 * limit), and requests that never get an answer. runAction runs in process against the local fake GitHub with
 * fault injection; the client's waits are recorded instead of slept and its request timeout is short, so each
 * scenario takes well under a second while exercising the production retry policy.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { patchesFromGitDiff } from '../src/action/hunks.js';
import { DEFAULT_FAULT_POLICY, RequestTimeoutError, retryWait } from '../src/action/github.js';
import { runAction } from '../src/action/run.js';
import { FakeGitHub } from './action-fake-github.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'action', 'pr');
const TOKEN = 'ghs_faultsSecretToken0123456789';
const OWNER = 'acme';
const REPO = 'infra';
const PULL = 7;
/** Short, but above the first request's latency on a busy machine (fetch is warmed up in beforeAll). */
const TIMEOUT_MS = 500;

const COMMENTS = /^\/repos\/acme\/infra\/issues\/7\/comments$/;
const REVIEWS = /^\/repos\/acme\/infra\/pulls\/7\/reviews$/;
const ANY = /^\//;
const SECONDARY = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest' };

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
}

let repo: string;
let base: string;
let head: string;
let github: FakeGitHub;

function commit(dir: string, message: string): string {
  for (const entry of fs.readdirSync(repo)) if (entry !== '.git') fs.rmSync(path.join(repo, entry), { recursive: true, force: true });
  fs.cpSync(dir, repo, { recursive: true });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}

interface FaultRun {
  code: number;
  stdout: string;
  summary: string;
  /** Waits the client asked for, in milliseconds. */
  waits: number[];
  /** Lines the client logged about retries. */
  retries: string[];
}

async function run(): Promise<FaultRun> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-faults-'));
  const eventPath = path.join(work, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: PULL, pull_request: { number: PULL, head: { sha: head }, base: { sha: base } } }));
  const summaryFile = path.join(work, 'summary.md');
  fs.writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: head,
    GITHUB_WORKSPACE: repo,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    'INPUT_GITHUB-TOKEN': TOKEN,
  };
  let stdout = '';
  const waits: number[] = [];
  const code = await runAction({
    env,
    stdout: (text) => void (stdout += text),
    faults: { requestTimeoutMs: TIMEOUT_MS, paceWrites: false, sleep: async (ms) => void waits.push(ms) },
  });
  const summary = fs.readFileSync(summaryFile, 'utf8');
  fs.rmSync(work, { recursive: true, force: true });
  return { code, stdout, summary, waits, retries: stdout.split('\n').filter((l) => l.includes('retrying in')) };
}

/** What every run must keep whatever GitHub does: the findings decide the exit code and the job summary has them. */
function expectResultsKept(r: FaultRun): void {
  expect(r.code).toBe(1);
  expect(r.summary).toContain('aws-iam-full-admin');
  expect(r.summary).toContain('iam.tf:35');
  expect(r.stdout).toContain('::error title=critical%3A aws-iam-full-admin,file=iam.tf,line=35');
  // No stack trace and never the token.
  expect(r.stdout).not.toMatch(/\n\s+at /);
  expect(r.stdout.split(TOKEN)).toHaveLength(2);
}

beforeAll(async () => {
  // The first fetch of a process loads the HTTP client; a scenario's timeouts must not measure that.
  const warm = new FakeGitHub({ owner: OWNER, repo: REPO, pull: PULL, token: TOKEN, files: [] });
  await fetch(`${await warm.start()}/repos/${OWNER}/${REPO}/issues/${PULL}/comments`, { headers: { authorization: `token ${TOKEN}` } }).then((r) => r.text());
  await warm.stop();
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-faults-repo-'));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.email', 'dev@example.com');
  git(repo, 'config', 'user.name', 'Dev');
  git(repo, 'config', 'commit.gpgsign', 'false');
  base = commit(path.join(FIXTURES, 'base'), 'base');
  head = commit(path.join(FIXTURES, 'head'), 'head');
});

afterAll(() => {
  fs.rmSync(repo, { recursive: true, force: true });
});

describe('the Action when GitHub fails', () => {
  beforeEach(async () => {
    const patches = patchesFromGitDiff(execFileSync('git', ['-C', repo, 'diff', '--no-color', '--unified=3', '--no-renames', `${base}...${head}`]).toString());
    github = new FakeGitHub({ owner: OWNER, repo: REPO, pull: PULL, token: TOKEN, files: [...patches].map(([filename, patch]) => ({ filename, status: 'modified', patch })) });
    await github.start();
    return () => github.stop();
  });

  it('500 and 502 then success: the request is retried with backoff and the comment posted once', async () => {
    github.inject('GET', COMMENTS, { status: 500 }, { status: 502, body: { message: 'Bad Gateway' } });
    github.inject('POST', REVIEWS, { status: 503, body: { message: 'Service Unavailable' } });
    const r = await run();
    expectResultsKept(r);
    expect(github.violations).toEqual([]);
    expect(github.requestsTo('GET', COMMENTS)).toHaveLength(3);
    expect(github.requestsTo('POST', COMMENTS)).toHaveLength(1);
    expect(github.requestsTo('POST', REVIEWS)).toHaveLength(2);
    expect(github.issueComments).toHaveLength(1);
    expect(github.reviewComments.map((c) => [c.path, c.line])).toEqual([['iam.tf', 35]]);
    expect(r.waits).toEqual([1000, 2000, 1000]);
    expect(r.retries).toEqual([
      'grantlint: GET /repos/acme/infra/issues/7/comments: HTTP 500 (attempt 1 of 3); retrying in 1 s',
      'grantlint: GET /repos/acme/infra/issues/7/comments: HTTP 502 (attempt 2 of 3); retrying in 2 s',
      'grantlint: POST /repos/acme/infra/pulls/7/reviews: HTTP 503 (attempt 1 of 3); retrying in 1 s',
    ]);
    expect(r.stdout).toContain('grantlint: summary comment created; 1 inline comment(s) posted');
    expect(r.summary).not.toContain('Could not publish');
  });

  it('a persistent 503: three attempts, then a notice; the job summary and the exit code are unchanged', async () => {
    github.inject(undefined, ANY, { status: 503, body: { message: 'Service Unavailable' }, times: Infinity });
    const started = Date.now();
    const r = await run();
    expect(Date.now() - started).toBeLessThan(10_000);
    expectResultsKept(r);
    // The first call gives up after its attempts; publishing stops there.
    expect(github.requests.map((q) => `${q.method} ${q.path}`)).toEqual(Array(3).fill('GET /repos/acme/infra/issues/7/comments'));
    expect(r.waits).toEqual([1000, 2000]);
    const notice = 'Could not publish pull-request comments (HTTP 503: Service Unavailable); results are in the job summary and annotations.';
    expect(r.stdout).toContain(`::notice::grantlint: ${notice}`);
    expect(r.summary).toContain(notice);
    expect(github.issueComments).toEqual([]);
  });

  it('rate limits: 403 secondary and 429 wait what Retry-After asks, a secondary limit without it a minute', async () => {
    github.inject('POST', COMMENTS, { status: 403, body: SECONDARY, headers: { 'retry-after': '3' } }, { status: 429, body: { message: 'Too Many Requests' }, headers: { 'retry-after': '7' } });
    github.inject('POST', REVIEWS, { status: 403, body: SECONDARY });
    const r = await run();
    expectResultsKept(r);
    expect(github.violations).toEqual([]);
    expect(github.requestsTo('POST', COMMENTS)).toHaveLength(3);
    expect(github.requestsTo('POST', REVIEWS)).toHaveLength(2);
    expect(github.issueComments).toHaveLength(1);
    expect(github.reviews).toHaveLength(1);
    expect(r.waits).toEqual([3000, 7000, 60_000]);
    expect(r.retries).toEqual([
      'grantlint: POST /repos/acme/infra/issues/7/comments: HTTP 403, secondary rate limit (attempt 1 of 3); retrying in 3 s',
      'grantlint: POST /repos/acme/infra/issues/7/comments: HTTP 429, too many requests (attempt 2 of 3); retrying in 7 s',
      'grantlint: POST /repos/acme/infra/pulls/7/reviews: HTTP 403, secondary rate limit (attempt 1 of 3); retrying in 60 s',
    ]);
  });

  it('a rate limit that asks for more than a minute fails the request at once instead of idling the job', async () => {
    github.inject('GET', COMMENTS, { status: 403, body: { message: 'API rate limit exceeded for installation ID 1.' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) } });
    const r = await run();
    expectResultsKept(r);
    expect(github.requests).toHaveLength(1);
    expect(r.waits).toEqual([]);
    // A rate limit is not a token that cannot comment: the notice names it.
    expect(r.summary).toContain('Could not publish pull-request comments (HTTP 403: API rate limit exceeded for installation ID 1.); results are in the job summary and annotations.');
    expect(r.summary).not.toContain('The token cannot comment');
  });

  it('a request that never gets an answer is abandoned after the timeout and retried', async () => {
    github.inject('POST', COMMENTS, { hang: true });
    const r = await run();
    expectResultsKept(r);
    expect(github.requestsTo('POST', COMMENTS)).toHaveLength(2);
    expect(github.issueComments).toHaveLength(1);
    expect(r.waits).toEqual([1000]);
    expect(r.retries).toEqual(['grantlint: POST /repos/acme/infra/issues/7/comments: no answer in time (attempt 1 of 3); retrying in 1 s']);
  });

  it('a server that never answers: bounded attempts, then a notice naming the timeout', async () => {
    github.inject(undefined, ANY, { hang: true, times: Infinity });
    const started = Date.now();
    const r = await run();
    expect(Date.now() - started).toBeLessThan(10_000);
    expectResultsKept(r);
    expect(github.requests).toHaveLength(3);
    expect(r.waits).toEqual([1000, 2000]);
    const notice = `Could not publish pull-request comments (GET /repos/acme/infra/issues/7/comments: no answer within 500 ms); results are in the job summary and annotations.`;
    expect(r.summary).toContain(notice);
  });
});

describe('retryWait', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  const answer = (status: number, message: string, headers: Record<string, string> = {}) => Object.assign(new Error(message), { status, response: { headers } });

  it('backs off 1 s then 2 s after 5xx, timeouts and network errors, and stops after the third attempt', () => {
    expect(retryWait(answer(504, 'Gateway Timeout'), 1, DEFAULT_FAULT_POLICY, now)).toEqual({ ms: 1000, reason: 'HTTP 504' });
    expect(retryWait(new RequestTimeoutError('GET /x', 20_000), 2, DEFAULT_FAULT_POLICY, now)).toEqual({ ms: 2000, reason: 'no answer in time' });
    expect(retryWait(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { status: 500 }), 1, DEFAULT_FAULT_POLICY, now)).toEqual({ ms: 1000, reason: 'network error (connect ECONNREFUSED 127.0.0.1:1)' });
    expect(retryWait(answer(503, 'Service Unavailable'), 3, DEFAULT_FAULT_POLICY, now)).toBeUndefined();
  });

  it('never retries answers that will not change: 401, 403 without a rate limit, 404, 422', () => {
    for (const status of [401, 403, 404, 422]) expect(retryWait(answer(status, 'No'), 1, DEFAULT_FAULT_POLICY, now)).toBeUndefined();
  });

  it('reads Retry-After in seconds or as a date, and the primary limit from its reset time', () => {
    expect(retryWait(answer(429, 'Too Many Requests', { 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }), 1, DEFAULT_FAULT_POLICY, now)).toEqual({ ms: 30_000, reason: 'HTTP 429, too many requests' });
    const reset = String(now / 1000 + 20);
    expect(retryWait(answer(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), 1, DEFAULT_FAULT_POLICY, now)).toEqual({ ms: 21_000, reason: 'HTTP 403, rate limit' });
    expect(retryWait(answer(429, 'Too Many Requests', { 'retry-after': '61' }), 1, DEFAULT_FAULT_POLICY, now)).toBeUndefined();
  });
});
