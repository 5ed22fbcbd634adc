/**
 * What the Action writes for people: the sticky pull-request summary, the inline comment bodies and the job summary.
 * Everything that came from scanned files goes through mdCode/mdText, so a file cannot inject markup or mentions.
 */
import type { EntitlementDiff } from '../analyze/diff.js';
import type { Finding, ToolError } from '../model/finding.js';
import { SEVERITIES, severityRank, type Severity } from '../model/severity.js';
import { renderDiffMarkdown } from '../report/diff.js';
import { mdCode, mdText } from '../report/markdown.js';
import { plural } from '../report/summary.js';
import { TOOL_NAME } from '../report/tool.js';
import type { ApprovalOutcome } from './approvals.js';
import { digestOf, findingMarker, summaryMarker } from './markers.js';

/** GitHub rejects comment bodies above 65,536 characters; stay well below. */
export const COMMENT_LIMIT = 60_000;

export type LinkBuilder = (file: string, line: number) => string;

export interface ReportModel {
  passed: boolean;
  /** Findings the check is about: new ones on a pull request, all active ones otherwise. */
  reported: Finding[];
  /** Whether `reported` holds only what the pull request introduces. */
  newOnly: boolean;
  /** Every active finding of the scanned files. */
  active: Finding[];
  errors: ToolError[];
  diff: EntitlementDiff | undefined;
  approvals: ApprovalOutcome[];
  failOn: string;
  /** One-line notices (base revision missing, read-only token). */
  notices: string[];
  link: LinkBuilder;
  ruleDocs: (ruleId: string) => string | undefined;
}

export const SEVERITY_ICON: Record<Severity, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', info: '⬜' };

export function countsBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function bySeverity(a: Finding, b: Finding): number {
  return severityRank(b.severity) - severityRank(a.severity) || (a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : 0) || a.span.line - b.span.line || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function countsText(findings: readonly Finding[]): string {
  const counts = countsBySeverity(findings);
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${SEVERITY_ICON[s]} ${counts[s]} ${s}`);
  return parts.length > 0 ? parts.join(' · ') : 'none';
}

function headline(model: ReportModel): string {
  const what = model.newOnly ? plural(model.reported.length, 'new finding') : plural(model.reported.length, 'finding');
  const pending = model.approvals.filter((a) => a.approvedBy.length === 0).length;
  const gate = pending > 0 ? ` · ${plural(pending, 'approval')} missing` : '';
  const errors = model.errors.length > 0 ? ` · ${plural(model.errors.length, 'error')}` : '';
  return `${model.passed ? '✅' : '❌'} ${TOOL_NAME}: ${what}${gate}${errors}`;
}

function findingsTable(findings: readonly Finding[], model: ReportModel): string[] {
  if (findings.length === 0) return [];
  const out = ['| Severity | Rule | Where | Finding |', '|---|---|---|---|'];
  for (const f of findings) {
    const loc = `${f.span.file}:${f.span.line}`;
    const docs = model.ruleDocs(f.ruleId);
    const rule = docs ? `[${mdCode(f.ruleId)}](${docs})` : mdCode(f.ruleId);
    out.push(`| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${rule} | [${mdText(loc)}](${model.link(f.span.file, f.span.line)}) | ${mdText(f.message)} |`);
  }
  return out;
}

function approvalSection(model: ReportModel): string[] {
  if (model.approvals.length === 0) return [];
  const out = ['#### Approvals required', ''];
  for (const a of model.approvals) {
    const who = a.approvers.map((x) => (x.includes('/') ? `team ${mdCode(x)}` : mdCode(x))).join(' or ');
    const shown = a.grants.slice(0, 3).map((g) => `${mdCode(`${g.principal.type} ${g.principal.name}`)} at [${mdText(`${g.source.file}:${g.source.line}`)}](${model.link(g.source.file, g.source.line)})`);
    const more = a.grants.length > 3 ? ` and ${a.grants.length - 3} more` : '';
    const state = a.approvedBy.length > 0 ? `✅ approved by ${a.approvedBy.map(mdCode).join(', ')}` : `⏳ needs an approving review from ${who}`;
    out.push(`- ${state}: ${mdText(a.reason)} (${shown.join(', ')}${more}).`);
    if (a.unreadableTeams.length > 0) {
      out.push(`  The token cannot read the membership of ${a.unreadableTeams.map(mdCode).join(', ')}: give the action a token with the \`read:org\` scope (or \`members: read\` for an app).`);
    }
  }
  out.push('');
  return out;
}

function errorSection(errors: readonly ToolError[]): string[] {
  if (errors.length === 0) return [];
  const rows = errors.map((e) => `- ${mdCode(`${e.file}:${e.line}:${e.column}`)} ${mdText(e.message)} (${mdText(e.code)})`);
  return [`<details><summary>${plural(errors.length, 'error')}: files that could not be read or understood</summary>`, '', ...rows, '', '</details>', ''];
}

/** The body shared by the PR summary and the job summary; `full` adds the findings that were already there. */
function reportBody(model: ReportModel, full: boolean): string[] {
  const out: string[] = [`### ${headline(model)}`, ''];
  for (const n of model.notices) out.push(`> ${n}`, '');
  const scope = model.newOnly ? 'New findings' : 'Findings';
  out.push(`**${scope}:** ${countsText(model.reported)} · fails on ${mdText(model.failOn)} and above${model.newOnly ? ` · ${plural(model.active.length, 'finding')} in the scanned files in all` : ''}`, '');
  out.push(...approvalSection(model));
  if (model.diff) {
    const diffMarkdown = renderDiffMarkdown(model.diff, { link: model.link }).replace(/^### Access changes\n/, '#### Access changes in this PR\n');
    out.push(diffMarkdown);
  }
  const reported = [...model.reported].sort(bySeverity);
  if (reported.length > 0) out.push(`#### ${scope} (${reported.length})`, '', ...findingsTable(reported, model), '');
  if (full && model.newOnly) {
    const fresh = new Set(model.reported.map((f) => f.fingerprint));
    const old = model.active.filter((f) => !fresh.has(f.fingerprint)).sort(bySeverity);
    if (old.length > 0) {
      out.push(`<details><summary>${plural(old.length, 'finding')} already present before this change</summary>`, '', ...findingsTable(old, model), '', '</details>', '');
    }
  }
  out.push(...errorSection(model.errors));
  return out;
}

/** Cuts markdown at a line boundary to fit `limit` characters with `note`, closing any `<details>` left open. */
export function truncateMarkdown(text: string, limit: number, note: string): string {
  if (text.length <= limit) return text;
  const closing = '\n</details>\n';
  let cut = text.slice(0, Math.max(0, limit - note.length - 64));
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  let open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  // Each closer costs characters too: drop lines until the closers fit.
  while (open > 0 && cut.length + note.length + open * closing.length + 2 > limit) {
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  }
  return `${cut}\n${closing.repeat(Math.max(0, open))}\n${note}`;
}

/** The sticky summary comment; its marker carries a digest of everything but the run link, so an unchanged report is not re-sent. */
export function summaryComment(model: ReportModel, namespace: string, jobSummaryUrl: string): { body: string; digest: string } {
  const content = reportBody(model, false).join('\n').trimEnd() + '\n';
  const digest = digestOf(content);
  const marker = summaryMarker(namespace, digest);
  const note = `_This summary was cut to fit a comment. The full report is in the [job summary](${jobSummaryUrl})._\n`;
  const body = truncateMarkdown(`${marker}\n${content}`, COMMENT_LIMIT, note);
  return { body, digest };
}

export function jobSummary(model: ReportModel): string {
  return reportBody(model, true).join('\n').trimEnd() + '\n';
}

export function inlineCommentBody(finding: Finding, namespace: string, docs: string | undefined): string {
  const rule = docs ? `[${mdCode(finding.ruleId)}](${docs})` : mdCode(finding.ruleId);
  return `${findingMarker(namespace, finding.fingerprint)}\n${SEVERITY_ICON[finding.severity]} **${finding.severity}** · ${rule}\n\n${mdText(finding.message)}\n`;
}

/** The edited body of an inline comment whose finding is gone: the original text kept, collapsed. */
export function fixedCommentBody(originalBody: string, namespace: string, fingerprint: string, commit: string): string {
  const original = originalBody.replace(/^<!--[^\n]*-->\n?/, '').trimEnd();
  return `${findingMarker(namespace, fingerprint, commit)}\n✅ Fixed in commit ${commit.slice(0, 12)}.\n\n<details><summary>Original finding</summary>\n\n${original}\n\n</details>\n`;
}
