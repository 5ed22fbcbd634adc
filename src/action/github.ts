/**
 * The GitHub REST calls the Action makes, through one Octokit with throttling (writes one at a time, comment
 * endpoints paced) and retry (5xx). Every call is awaited before the next: the Action never sends requests in parallel.
 * `GITHUB_API_URL` is the base, so GitHub Enterprise Server works unchanged.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { TOOL_NAME, TOOL_VERSION } from '../report/tool.js';

const ActionOctokit = Octokit.plugin(throttling, retry);

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

  constructor(token: string, baseUrl: string, private readonly repo: Repo, private readonly log: (line: string) => void) {
    this.octokit = new ActionOctokit({
      auth: token,
      baseUrl,
      userAgent: `${TOOL_NAME}-action/${TOOL_VERSION}`,
      throttle: {
        onRateLimit: (retryAfter, options, _octokit, retryCount) => {
          this.log(`rate limit reached for ${options.method} ${options.url}; retrying in ${retryAfter} s`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
          this.log(`secondary rate limit reached for ${options.method} ${options.url}; retrying in ${retryAfter} s`);
          return retryCount < 1;
        },
      },
      retry: { retries: 2 },
      log: { debug: () => {}, info: () => {}, warn: (m: string) => this.log(m), error: (m: string) => this.log(m) },
    });
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
