/**
 * Publishing on a pull request: the sticky summary comment and one batched review of inline comments, then marking
 * inline comments of vanished findings as fixed. Comments are found by their hidden markers only.
 */
import type { Finding } from '../model/finding.js';
import type { GitHubClient, NewReviewComment } from './github.js';
import { commentableLines, localPatches } from './hunks.js';
import { parseMarker } from './markers.js';
import { bySeverity, fixedCommentBody, inlineCommentBody } from './render.js';
import type { CommentMode } from './inputs.js';
import { TOOL_NAME } from '../report/tool.js';
import { plural } from '../report/summary.js';

/** The API lists at most this many files of a pull request; beyond it the local diff is used. */
const PULL_FILES_LIMIT = 3000;

export interface PullRequestRef {
  number: number;
  headSha: string;
  baseSha: string;
}

export interface PublishRequest {
  client: GitHubClient;
  pull: PullRequestRef;
  namespace: string;
  comment: CommentMode;
  summary: { body: string; digest: string };
  inline: boolean;
  maxInline: number;
  /** Findings the check is about, candidates for inline comments. */
  reported: readonly Finding[];
  /** Fingerprints of every finding still present at the head (an inline comment whose fingerprint is not here is fixed). */
  present: ReadonlySet<string>;
  /** Repository root on disk, for the local diff fallback. */
  root: string;
  ruleDocs: (ruleId: string) => string | undefined;
}

export interface PublishResult {
  summary: 'created' | 'updated' | 'unchanged' | 'off';
  inlinePosted: number;
  /** Findings on diff lines left out because of max-inline. */
  inlineSkipped: number;
  markedFixed: number;
}

export async function publishPullRequest(req: PublishRequest): Promise<PublishResult> {
  const result: PublishResult = { summary: 'off', inlinePosted: 0, inlineSkipped: 0, markedFixed: 0 };
  if (req.comment !== 'off') result.summary = await publishSummary(req);
  if (req.inline) Object.assign(result, await publishInline(req));
  return result;
}

async function publishSummary(req: PublishRequest): Promise<PublishResult['summary']> {
  if (req.comment === 'new') {
    await req.client.createIssueComment(req.pull.number, req.summary.body);
    return 'created';
  }
  const ours = (await req.client.issueComments(req.pull.number)).filter((c) => {
    const marker = parseMarker(c.body);
    return marker?.kind === 'summary' && marker.namespace === req.namespace;
  });
  const latest = ours[ours.length - 1];
  if (!latest) {
    await req.client.createIssueComment(req.pull.number, req.summary.body);
    return 'created';
  }
  if (parseMarker(latest.body)?.digest === req.summary.digest) return 'unchanged';
  await req.client.updateIssueComment(latest.id, req.summary.body);
  return 'updated';
}

async function publishInline(req: PublishRequest): Promise<Pick<PublishResult, 'inlinePosted' | 'inlineSkipped' | 'markedFixed'>> {
  const lines = await diffLines(req);
  const existing = (await req.client.reviewComments(req.pull.number))
    .map((c) => ({ comment: c, marker: parseMarker(c.body) }))
    .filter((x) => x.marker?.kind === 'finding' && x.marker.namespace === req.namespace && x.marker.fingerprint !== undefined);
  const open = new Set(existing.filter((x) => !x.marker!.fixedIn).map((x) => x.marker!.fingerprint!));

  const seen = new Set<string>();
  const candidates: Finding[] = [];
  for (const f of [...req.reported].sort(bySeverity)) {
    if (f.suppressed || open.has(f.fingerprint) || seen.has(f.fingerprint)) continue;
    if (!lines.get(f.span.file)?.has(f.span.line)) continue;
    seen.add(f.fingerprint);
    candidates.push(f);
  }
  const posted = candidates.slice(0, req.maxInline);
  if (posted.length > 0) {
    const comments: NewReviewComment[] = posted.map((f) => ({ path: f.span.file, line: f.span.line, side: 'RIGHT', body: inlineCommentBody(f, req.namespace, req.ruleDocs(f.ruleId)) }));
    const more = candidates.length - posted.length;
    const body = `**${TOOL_NAME}**: ${plural(posted.length, 'finding')} on lines this pull request changes${more > 0 ? `; ${more} more are listed in the summary comment` : ''}.`;
    await req.client.createReview(req.pull.number, req.pull.headSha, body, comments);
  }

  let markedFixed = 0;
  for (const { comment, marker } of existing) {
    if (marker!.fixedIn || req.present.has(marker!.fingerprint!)) continue;
    await req.client.updateReviewComment(comment.id, fixedCommentBody(comment.body, req.namespace, marker!.fingerprint!, req.pull.headSha));
    markedFixed++;
  }
  return { inlinePosted: posted.length, inlineSkipped: candidates.length - posted.length, markedFixed };
}

/** Commentable new-side lines per file: from the PR files API, or the local diff where the API has no patch. */
async function diffLines(req: PublishRequest): Promise<Map<string, Set<number>>> {
  const files = await req.client.pullFiles(req.pull.number);
  const out = new Map<string, Set<number>>();
  const missing: string[] = [];
  for (const f of files) {
    if (f.status === 'removed') continue;
    if (f.patch !== undefined) out.set(f.filename, commentableLines(f.patch));
    else missing.push(f.filename);
  }
  if (missing.length > 0 || files.length >= PULL_FILES_LIMIT) {
    try {
      const local = localPatches(req.root, req.pull.baseSha, req.pull.headSha, files.length >= PULL_FILES_LIMIT ? [] : missing);
      for (const [file, patch] of local) if (!out.has(file)) out.set(file, commentableLines(patch));
    } catch {
      // Without both commits locally (shallow checkout) those files get no inline comments; the summary lists them.
    }
  }
  return out;
}
