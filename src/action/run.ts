/**
 * The GitHub Action: scan the working directory with the policy, compare with the pull request's base, then report
 * through every channel the token allows. The exit code depends only on findings, tool errors and the approval
 * gate, never on whether a comment could be posted.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { EntitlementDiff } from '../analyze/diff.js';
import type { Finding, ToolError } from '../model/finding.js';
import type { Grant } from '../model/grant.js';
import { severityRank } from '../model/severity.js';
import { runDiff } from '../pipeline/diff.js';
import { GitError } from '../pipeline/git.js';
import { scan, type ScanResult } from '../pipeline/scan.js';
import { resolvePolicy } from '../policy/index.js';
import { sarifReporter } from '../report/sarif.js';
import { activeFindings } from '../report/summary.js';
import { ruleHelpUri, TOOL_NAME } from '../report/tool.js';
import { addedGrants, approvalNeeds, checkApprovals, type ApprovalNeed, type ApprovalOutcome } from './approvals.js';
import { annotation, appendStepSummary, maskCommand, writeOutputs, type AnnotationLevel } from './commands.js';
import { firstLine, GitHubClient, httpStatus, type FaultPolicy } from './github.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { namespaceOf } from './markers.js';
import { publishPullRequest, type PullRequestRef } from './publish.js';
import { bySeverity, countsBySeverity, jobSummary, summaryComment, type ReportModel } from './render.js';

export const EXIT_PASSED = 0;
export const EXIT_FAILED = 1;
export const EXIT_TOOL_ERROR = 2;

/** Workflow-command annotations per level and step that GitHub shows; more are dropped by the runner. */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface ActionIo {
  env: Record<string, string | undefined>;
  /** Standard output: the runner reads workflow commands from it. */
  stdout: (text: string) => void;
  /** How the GitHub client meets faults (tests shorten timeouts and waits); GitHub's defaults otherwise. */
  faults?: Partial<FaultPolicy>;
}

/** Events whose payload holds `pull_request`. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

interface EventPayload {
  pull_request?: { number: number; head: { sha: string }; base: { sha: string } };
}

export async function runAction(io: ActionIo): Promise<number> {
  const out = io.stdout;
  let inputs: ActionInputs;
  try {
    inputs = readInputs(io.env);
  } catch (e) {
    if (e instanceof InputError) {
      out(annotation('error', `${TOOL_NAME}: ${e.message}`));
      return EXIT_TOOL_ERROR;
    }
    throw e;
  }
  if (inputs.token) out(maskCommand(inputs.token));

  const workspace = io.env.GITHUB_WORKSPACE ?? process.cwd();
  const cwd = path.resolve(workspace, inputs.workingDirectory);
  const eventName = io.env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(io.env.GITHUB_EVENT_PATH);
  const pr = PULL_REQUEST_EVENTS.has(eventName) && payload.pull_request ? payload.pull_request : undefined;
  const notices: string[] = [];

  // Resolved here as the scan would (config, else found upward) because the approval gate reads it too; with errors
  // the scan resolves it again and reports them.
  const policy = resolvePolicy({ config: inputs.config, paths: inputs.paths, cwd, discover: true }).policy;
  const scanOptions = { paths: inputs.paths, cwd, ...(policy ? { policy } : { config: inputs.config }) };
  const result = await scan(scanOptions);
  const errors: ToolError[] = [...result.errors];
  const active = activeFindings(result);

  // Compare with the base: the pull request's base commit, or base-ref.
  const baseRef = inputs.baseRef ?? pr?.base.sha;
  let diff: EntitlementDiff | undefined;
  let headGrants: readonly Grant[] = [];
  let headFindings: readonly Finding[] = [];
  if (baseRef) {
    try {
      const outcome = await runDiff({ ...scanOptions, mode: 'git', base: baseRef });
      diff = outcome.diff;
      headGrants = outcome.after.grants;
      headFindings = outcome.after.findings;
    } catch (e) {
      if (!(e instanceof GitError)) throw e;
      notices.push(`Could not compare with ${baseRef.slice(0, 12)} (${e.message}); all findings are reported. Check out with \`fetch-depth: 0\` so the base commit is available.`);
    }
  }
  const newOnly = (inputs.newOnly ?? pr !== undefined) && diff !== undefined;
  const reported = newOnly ? diff!.newFindings : active;

  const client = inputs.token && pr ? new GitHubClient(inputs.token, io.env.GITHUB_API_URL ?? 'https://api.github.com', repoOf(io.env), (line) => out(`${TOOL_NAME}: ${line}\n`), io.faults) : undefined;

  // The approval gate applies to pull requests that add matching access.
  let approvals: ApprovalOutcome[] = [];
  if (pr && diff && policy?.approvals?.length) {
    const needs = approvalNeeds(policy.approvals, addedGrants(diff, headGrants), headFindings, result.root);
    approvals = await resolveApprovals(needs, client, pr.number, notices);
  }

  const threshold = inputs.failOn === 'none' ? Infinity : severityRank(inputs.failOn);
  const failing = reported.filter((f) => !f.suppressed && severityRank(f.severity) >= threshold);
  const gatePending = approvals.some((a) => a.approvedBy.length === 0);
  const passed = errors.length === 0 && failing.length === 0 && !gatePending;

  const server = io.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository = io.env.GITHUB_REPOSITORY ?? '';
  // actions/checkout takes the merge commit on pull_request by default: its line numbers are not the head's, so
  // inline comments (placed on the head's diff) are left out and links point at what was scanned.
  const checkedOut = checkedOutCommit(result.root);
  const scannedHead = !pr || checkedOut === undefined || checkedOut === pr.head.sha;
  if (!scannedHead && inputs.inline) {
    notices.push(`The checked-out commit ${checkedOut!.slice(0, 12)} is not the pull request's head ${pr!.head.sha.slice(0, 12)} (a merge commit?), so no inline comments were posted: check out \`ref: \${{ github.event.pull_request.head.sha }}\`.`);
  }
  const headSha = scannedHead ? (pr?.head.sha ?? io.env.GITHUB_SHA ?? checkedOut ?? 'HEAD') : checkedOut!;
  const rulesById = new Map(result.rules.map((r) => [r.meta.id, r.meta]));
  const model: ReportModel = {
    passed,
    reported,
    newOnly,
    active,
    errors,
    diff,
    approvals,
    failOn: inputs.failOn,
    notices,
    link: (file, line) => `${server}/${repository}/blob/${headSha}/${encodePath(file)}#L${line}`,
    // Built-in rules link to their page; organization rules only to an https link the policy gives.
    ruleDocs: (id) => {
      const docs = rulesById.get(id)?.docs;
      if (docs?.startsWith('rules/')) return ruleHelpUri({ docs });
      return docs?.startsWith('https://') ? docs : undefined;
    },
  };

  let sarifPath: string | undefined;
  if (inputs.sarif) sarifPath = writeSarif(result, path.resolve(workspace, inputs.sarif), workspace, errors, out);

  for (const line of annotations(reported, errors, result.root, workspace)) out(line);

  if (pr && client && (inputs.comment !== 'off' || inputs.inline)) {
    const jobUrl = `${server}/${repository}/actions/runs/${io.env.GITHUB_RUN_ID ?? ''}`;
    const pull: PullRequestRef = { number: pr.number, headSha: pr.head.sha, baseSha: pr.base.sha };
    const namespace = namespaceOf(inputs.workingDirectory);
    try {
      const published = await publishPullRequest({
        client,
        pull,
        namespace,
        comment: inputs.comment,
        summary: summaryComment(model, namespace, jobUrl),
        inline: inputs.inline && scannedHead,
        maxInline: inputs.maxInline,
        reported,
        present: new Set(active.map((f) => f.fingerprint)),
        root: result.root,
        ruleDocs: model.ruleDocs,
      });
      out(`${TOOL_NAME}: summary comment ${published.summary}; ${published.inlinePosted} inline comment(s) posted, ${published.inlineSkipped} over max-inline, ${published.markedFixed} marked fixed\n`);
    } catch (e) {
      const status = httpStatus(e);
      // A 403 is a token without write access, unless it is a rate limit the client gave up waiting for.
      const forbidden = status === 404 || (status === 403 && !/rate limit/i.test(firstLine(e)));
      const message =
        forbidden
          ? `The token cannot comment on this pull request (HTTP ${status}: fork or read-only token); results are in the job summary and annotations.`
          : `Could not publish pull-request comments (${status ? `HTTP ${status}: ` : ''}${firstLine(e)}); results are in the job summary and annotations.`;
      notices.push(message);
      out(annotation('notice', `${TOOL_NAME}: ${message}`));
    }
  } else if (pr && !inputs.token && (inputs.comment !== 'off' || inputs.inline)) {
    notices.push('No github-token was given, so no pull-request comments were posted.');
  }

  if (io.env.GITHUB_STEP_SUMMARY) appendStepSummary(io.env.GITHUB_STEP_SUMMARY, jobSummary(model));

  if (io.env.GITHUB_OUTPUT) {
    const counts = countsBySeverity(reported);
    writeOutputs(io.env.GITHUB_OUTPUT, {
      ...counts,
      findings: reported.length,
      'new-findings': diff ? diff.newFindings.length : '',
      'grants-added': diff ? diff.summary.added : '',
      sarif: sarifPath ?? '',
      passed: String(passed),
    });
  }
  if (errors.length > 0) return EXIT_TOOL_ERROR;
  return passed ? EXIT_PASSED : EXIT_FAILED;
}

function checkedOutCommit(root: string): string | undefined {
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return undefined;
  }
}

function readPayload(file: string | undefined): EventPayload {
  if (!file) return {};
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}

function repoOf(env: Record<string, string | undefined>): { owner: string; repo: string } {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return { owner, repo };
}

async function resolveApprovals(needs: ApprovalNeed[], client: GitHubClient | undefined, pull: number, notices: string[]): Promise<ApprovalOutcome[]> {
  if (needs.length === 0) return [];
  const unmet = needs.map((n) => ({ ...n, approvedBy: [], unreadableTeams: [] }));
  if (!client) {
    notices.push('No github-token was given, so approvals could not be read.');
    return unmet;
  }
  try {
    const reviews = await client.reviews(pull);
    return await checkApprovals(needs, { reviews, isTeamMember: (org, team, user) => client.isTeamMember(org, team, user) });
  } catch (e) {
    notices.push(`Could not read the pull request's reviews (${httpStatus(e) ? `HTTP ${httpStatus(e)}: ` : ''}${firstLine(e)}); required approvals count as missing.`);
    return unmet;
  }
}

function writeSarif(result: ScanResult, target: string, workspace: string, errors: ToolError[], out: (t: string) => void): string | undefined {
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, sarifReporter(result, { color: false, cwd: workspace }));
    return path.relative(workspace, target).split(path.sep).join('/');
  } catch (e) {
    const message = `cannot write SARIF file ${target}: ${(e as NodeJS.ErrnoException).code ?? firstLine(e)}`;
    errors.push({ file: '', line: 1, column: 1, message, code: 'write' });
    out(annotation('error', `${TOOL_NAME}: ${message}`));
    return undefined;
  }
}

const LEVEL_OF: Record<Finding['severity'], AnnotationLevel> = { critical: 'error', high: 'error', medium: 'warning', low: 'warning', info: 'notice' };

/** The most severe findings and errors as annotations, at most ANNOTATIONS_PER_LEVEL per level (GitHub drops the rest). */
export function annotations(findings: readonly Finding[], errors: readonly ToolError[], root: string, workspace: string): string[] {
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const lines: string[] = [];
  const fileOf = (file: string) => (file ? path.relative(workspace, path.join(root, file)).split(path.sep).join('/') : undefined);
  for (const e of errors) {
    if (used.error >= ANNOTATIONS_PER_LEVEL) break;
    used.error++;
    lines.push(annotation('error', e.message, { title: `${TOOL_NAME} ${e.code} error`, file: fileOf(e.file), line: e.line, col: e.column }));
  }
  for (const f of [...findings].sort(bySeverity)) {
    if (f.suppressed) continue;
    const level = LEVEL_OF[f.severity];
    if (used[level] >= ANNOTATIONS_PER_LEVEL) continue;
    used[level]++;
    const sameLine = f.span.line === f.span.endLine;
    lines.push(
      annotation(level, f.message, {
        title: `${f.severity}: ${f.ruleId}`,
        file: fileOf(f.span.file),
        line: f.span.line,
        endLine: f.span.endLine,
        ...(sameLine ? { col: f.span.column, endColumn: f.span.endColumn } : {}),
      }),
    );
  }
  return lines;
}

/** A repository path in a URL: each segment percent-encoded, parentheses too (they would end a markdown link). */
export function encodePath(file: string): string {
  return file
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/\(/g, '%28').replace(/\)/g, '%29'))
    .join('/');
}
