/**
 * The GitHub REST calls the Action makes, through one Octokit with throttling (writes one at a time, comment
 * endpoints paced) and one retry policy for faults (see FaultPolicy): 5xx answers, network errors, requests that get
 * no answer in time, and rate limits, each with bounded attempts and waits. Every call is awaited before the next:
 * the Action never sends requests in parallel. `GITHUB_API_URL` is the base, so GitHub Enterprise Server works unchanged.
 */
import { Octokit } from '@octokit/rest';
import { throttling } from '@octokit/plugin-throttling';
import type { EndpointDefaults, OctokitResponse } from '@octokit/types';
import { TOOL_NAME, TOOL_VERSION } from '../report/tool.js';

const ActionOctokit = Octokit.plugin(throttling);

/** What Octokit's request hook receives and calls. */
type HookOptions = Required<EndpointDefaults>;
type HookRequest = (options: HookOptions) => OctokitResponse<unknown> | Promise<OctokitResponse<unknown>>;

/** How the client meets faults. The defaults suit GitHub; tests shorten the waits. */
export interface FaultPolicy {
  /** Milliseconds one attempt may take before it is abandoned (a server that never answers). */
  requestTimeoutMs: number;
  /** Attempts per request when the fault may pass (5xx, network error, timeout, rate limit). */
  maxAttempts: number;
  /** First wait after a 5xx, network error or timeout; doubled at each further attempt. */
  backoffMs: number;
  /** The longest wait a rate limit may ask for (Retry-After, reset time); a longer one fails the request at once. */
  maxRateLimitWaitMs: number;
  /** Pace writes as GitHub asks (one at a time, a second apart; comments three seconds apart). */
  paceWrites: boolean;
  /** Waits `ms` milliseconds (tests record the waits instead of sleeping). */
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_FAULT_POLICY: FaultPolicy = {
  requestTimeoutMs: 20_000,
  maxAttempts: 3,
  backoffMs: 1_000,
  maxRateLimitWaitMs: 60_000,
  paceWrites: true,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Without a Retry-After header, GitHub asks to wait at least a minute after a secondary rate limit. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;

/** An attempt that got no answer within FaultPolicy.requestTimeoutMs. */
export class RequestTimeoutError extends Error {
  constructor(label: string, ms: number) {
    super(`${label}: no answer within ${formatWait(ms)}`);
    this.name = 'RequestTimeoutError';
  }
}

interface HttpFault {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

/** How long to wait before the next attempt after `err`, or undefined when the request should fail now. */
export function retryWait(err: unknown, attempt: number, policy: FaultPolicy, now = Date.now()): { ms: number; reason: string } | undefined {
  if (attempt >= policy.maxAttempts) return undefined;
  const backoff = policy.backoffMs * 2 ** (attempt - 1);
  if (err instanceof RequestTimeoutError) return { ms: backoff, reason: 'no answer in time' };
  const fault = (err ?? {}) as HttpFault;
  const status = typeof fault.status === 'number' ? fault.status : undefined;
  // No response at all (connection refused or reset): request.js reports status 500 without a response.
  if (status === undefined || (status >= 500 && !fault.response)) return { ms: backoff, reason: `network error (${firstLine(err)})` };
  if (status >= 500) return { ms: backoff, reason: `HTTP ${status}` };
  const headers = fault.response?.headers ?? {};
  const secondary = /secondary rate limit/i.test(fault.message ?? '');
  const primary = String(headers['x-ratelimit-remaining'] ?? '') === '0';
  if (status !== 429 && !(status === 403 && (secondary || primary))) return undefined;
  const retryAfter = retryAfterMs(headers['retry-after'], now);
  const reset = Number(headers['x-ratelimit-reset']);
  let ms: number;
  if (retryAfter !== undefined) ms = retryAfter;
  else if (primary && Number.isFinite(reset)) ms = Math.max(0, reset * 1000 - now) + 1000;
  else if (secondary) ms = SECONDARY_LIMIT_WAIT_MS;
  else ms = backoff;
  const reason = `HTTP ${status}, ${secondary ? 'secondary rate limit' : primary ? 'rate limit' : 'too many requests'}`;
  if (ms > policy.maxRateLimitWaitMs) return undefined;
  return { ms, reason };
}

/** Retry-After in seconds, or as an HTTP date. */
function retryAfterMs(header: string | number | undefined, now: number): number | undefined {
  if (header === undefined || String(header).trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds) * 1000;
  const date = Date.parse(String(header));
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function formatWait(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** The first line of an error's message (Octokit errors can carry a response body after it). */
export function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
}

export interface IssueComment {
  id: number;
  body: string;
}

export interface ReviewComment {
  id: number;
  body: string;
  path: string;
  line: number | null;
  in_reply_to_id?: number;
}

export interface PullFile {
  filename: string;
  status: string;
  patch?: string;
}

export interface Review {
  user: string | undefined;
  state: string;
}

export interface NewReviewComment {
  path: string;
  line: number;
  side: 'RIGHT';
  body: string;
}

export interface Repo {
  owner: string;
  repo: string;
}

export class GitHubClient {
  private readonly octokit: InstanceType<typeof ActionOctokit>;

  private readonly policy: FaultPolicy;

  constructor(token: string, baseUrl: string, private readonly repo: Repo, private readonly log: (line: string) => void, policy: Partial<FaultPolicy> = {}) {
    this.policy = { ...DEFAULT_FAULT_POLICY, ...policy };
    this.octokit = new ActionOctokit({
      auth: token,
      baseUrl,
      userAgent: `${TOOL_NAME}-action/${TOOL_VERSION}`,
      throttle: {
        enabled: this.policy.paceWrites,
        // Rate limits are retried by the fault policy below, once, with its bounds.
        onRateLimit: () => false,
        onSecondaryRateLimit: () => false,
      },
      log: { debug: () => {}, info: () => {}, warn: (m: string) => this.log(m), error: (m: string) => this.log(m) },
    });
    // Wrapped after the throttling plugin, so every attempt is paced like the first.
    this.octokit.hook.wrap('request', (request, options) => this.withRetries(request, options));
  }

  private async withRetries(request: HookRequest, options: HookOptions): Promise<OctokitResponse<unknown>> {
    // Paginated calls come with their URL expanded; the others with a template and its parameters.
    const label = `${options.method} ${new URL(this.octokit.request.endpoint.parse(options).url).pathname}`;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(request, options, label);
      } catch (err) {
        const wait = retryWait(err, attempt, this.policy);
        if (!wait) throw err;
        this.log(`${label}: ${wait.reason} (attempt ${attempt} of ${this.policy.maxAttempts}); retrying in ${formatWait(wait.ms)}`);
        await this.policy.sleep(wait.ms);
      }
    }
  }

  /** One attempt, abandoned (and its connection aborted) after requestTimeoutMs. */
  private async attempt(request: HookRequest, options: HookOptions, label: string): Promise<OctokitResponse<unknown>> {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(new RequestTimeoutError(label, this.policy.requestTimeoutMs));
        controller.abort();
      }, this.policy.requestTimeoutMs);
    });
    try {
      return await Promise.race([request({ ...options, request: { ...options.request, signal: controller.signal } }), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  async issueComments(issue: number): Promise<IssueComment[]> {
    const all = await this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.repo, issue_number: issue, per_page: 100 });
    return all.map((c) => ({ id: c.id, body: c.body ?? '' }));
  }

  async createIssueComment(issue: number, body: string): Promise<number> {
    const { data } = await this.octokit.rest.issues.createComment({ ...this.repo, issue_number: issue, body });
    return data.id;
  }

  async updateIssueComment(id: number, body: string): Promise<void> {
    await this.octokit.rest.issues.updateComment({ ...this.repo, comment_id: id, body });
  }

  /** Files of a pull request with their patches (the API lists at most 3,000 files). */
  async pullFiles(pull: number): Promise<PullFile[]> {
    const all = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, { ...this.repo, pull_number: pull, per_page: 100 });
    return all.map((f) => ({ filename: f.filename, status: f.status, ...(f.patch !== undefined ? { patch: f.patch } : {}) }));
  }

  async reviewComments(pull: number): Promise<ReviewComment[]> {
    const all = await this.octokit.paginate(this.octokit.rest.pulls.listReviewComments, { ...this.repo, pull_number: pull, per_page: 100 });
    return all.map((c) => ({
      id: c.id,
      body: c.body,
      path: c.path,
      line: c.line ?? null,
      ...(c.in_reply_to_id !== undefined ? { in_reply_to_id: c.in_reply_to_id } : {}),
    }));
  }

  /** One review holding every inline comment: one notification, one request, all or nothing. */
  async createReview(pull: number, commitId: string, body: string, comments: NewReviewComment[]): Promise<void> {
    await this.octokit.rest.pulls.createReview({ ...this.repo, pull_number: pull, commit_id: commitId, event: 'COMMENT', body, comments });
  }

  async updateReviewComment(id: number, body: string): Promise<void> {
    await this.octokit.rest.pulls.updateReviewComment({ ...this.repo, comment_id: id, body });
  }

  async reviews(pull: number): Promise<Review[]> {
    const all = await this.octokit.paginate(this.octokit.rest.pulls.listReviews, { ...this.repo, pull_number: pull, per_page: 100 });
    return all.map((r) => ({ user: r.user?.login, state: r.state }));
  }

  /** Whether `user` is an active member of `org/team`; undefined when the token may not read the team. */
  async isTeamMember(org: string, teamSlug: string, user: string): Promise<boolean | undefined> {
    try {
      const { data } = await this.octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: teamSlug, username: user });
      return data.state === 'active';
    } catch (e) {
      const status = httpStatus(e);
      if (status === 404) return false;
      if (status === 403 || status === 401) return undefined;
      throw e;
    }
  }
}

export function httpStatus(e: unknown): number | undefined {
  const status = (e as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}
