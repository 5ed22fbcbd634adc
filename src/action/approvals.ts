/**
 * The approval gate: policy `approvals` entries name access that needs a human yes. When a pull request adds such
 * access (an added or changed entry of the entitlement diff whose grant matches), the check passes only once one of
 * the entry's approvers has approved the pull request.
 * Grants are selected with the organization-rule matcher itself (compiled as a `deny` rule), so `match` means exactly
 * what it means in `orgRules`.
 */
import type { EntitlementDiff } from '../analyze/diff.js';
import type { Finding } from '../model/finding.js';
import type { Grant } from '../model/grant.js';
import type { Category } from '../model/severity.js';
import type { SourceSpan } from '../model/span.js';
import { asList } from '../policy/globs.js';
import { compileOrgRule } from '../policy/org-rules.js';
import type { ApprovalInput, Located } from '../policy/types.js';

export interface ApprovalNeed {
  /** Index of the entry in the merged policy (for messages). */
  index: number;
  approvers: string[];
  reason: string;
  /** The added grants that need it (at most a few are shown). */
  grants: Grant[];
  /** Where the entry was written. */
  declared: SourceSpan;
}

export interface ApprovalOutcome extends ApprovalNeed {
  /** Logins of approvers whose latest review approves the pull request. */
  approvedBy: string[];
  /** Teams whose membership the token could not read. */
  unreadableTeams: string[];
}

const spanKey = (s: SourceSpan) => `${s.file}\u0000${s.line}\u0000${s.column}\u0000${s.endLine}\u0000${s.endColumn}`;

/** Grants of the head side behind an added or changed access entry. */
export function addedGrants(diff: EntitlementDiff, headGrants: readonly Grant[]): Grant[] {
  const keys = new Set<string>();
  for (const p of diff.principals) {
    for (const c of p.changes) {
      if (c.change === 'removed') continue;
      keys.add(`${p.principal.type}\u0000${p.principal.name}\u0000${c.address}\u0000${spanKey(c.span)}`);
    }
  }
  return headGrants.filter((g) => keys.has(`${g.principal.type}\u0000${g.principal.name}\u0000${g.source.address ?? g.source.file}\u0000${spanKey(g.source)}`));
}

/** The approval entries the added grants trigger. `root` is the repository root grant paths are relative to. */
export function approvalNeeds(entries: ReadonlyArray<Located<ApprovalInput>>, added: readonly Grant[], headFindings: readonly Finding[], root: string): ApprovalNeed[] {
  const needs: ApprovalNeed[] = [];
  entries.forEach((entry, index) => {
    const spec = entry.value;
    let selected = [...added];
    if (spec.match) {
      const matcher = compileOrgRule({ value: { id: `org/approval-${index}`, match: spec.match, deny: true }, absFile: entry.absFile, span: entry.span }, root);
      const matched = new Set<Grant>();
      matcher.check({ grants: selected, unresolved: [], options: {}, report: (r) => void ('grant' in r && matched.add(r.grant)) });
      selected = selected.filter((g) => matched.has(g));
    }
    const categories = asList(spec.categories) as Category[];
    if (categories.length > 0) {
      const flagged = new Set(headFindings.filter((f) => !f.suppressed && categories.includes(f.category)).flatMap((f) => f.grantIds));
      selected = selected.filter((g) => flagged.has(g.id));
    }
    if (selected.length === 0) return;
    needs.push({
      index,
      approvers: asList(spec.approvers),
      reason: spec.reason ?? describeTrigger(spec),
      grants: selected,
      declared: entry.span,
    });
  });
  return needs;
}

function describeTrigger(spec: ApprovalInput): string {
  const parts: string[] = [];
  const categories = asList(spec.categories);
  if (categories.length > 0) parts.push(`adds access flagged ${categories.join(', ')}`);
  if (spec.match) parts.push('adds access matching an approval rule of the policy');
  return `the pull request ${parts.join(' and ')}`;
}

export interface ApprovalSources {
  /** Latest review state per login, in review order. */
  reviews: ReadonlyArray<{ user: string | undefined; state: string }>;
  isTeamMember(org: string, team: string, user: string): Promise<boolean | undefined>;
}

/** Which needs are met: a user approver approved, or an approving reviewer belongs to an approver team. */
export async function checkApprovals(needs: readonly ApprovalNeed[], sources: ApprovalSources): Promise<ApprovalOutcome[]> {
  const latest = new Map<string, string>();
  for (const r of sources.reviews) {
    // COMMENTED reviews do not change an earlier approval or change request.
    if (r.user && r.state !== 'COMMENTED' && r.state !== 'PENDING') latest.set(r.user.toLowerCase(), r.state);
  }
  const approvers = [...latest].filter(([, state]) => state === 'APPROVED').map(([user]) => user);
  const outcomes: ApprovalOutcome[] = [];
  for (const need of needs) {
    const approvedBy = new Set<string>();
    const unreadableTeams: string[] = [];
    for (const approver of need.approvers) {
      const slash = approver.indexOf('/');
      if (slash < 0) {
        if (approvers.includes(approver.toLowerCase())) approvedBy.add(approver.toLowerCase());
        continue;
      }
      const org = approver.slice(0, slash);
      const team = approver.slice(slash + 1);
      for (const user of approvers) {
        // One request at a time: membership is asked only for reviewers who approved.
        const member = await sources.isTeamMember(org, team, user);
        if (member === undefined) {
          if (!unreadableTeams.includes(approver)) unreadableTeams.push(approver);
        } else if (member) approvedBy.add(user);
      }
    }
    outcomes.push({ ...need, approvedBy: [...approvedBy].sort(), unreadableTeams });
  }
  return outcomes;
}
