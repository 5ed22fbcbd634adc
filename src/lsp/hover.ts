/**
 * Hover on a grant: who it is for, what it allows on what, and where that principal's access comes from: its
 * effective AWS permissions (src/analyze/aws) for roles, users and groups, else the principal's grants in this scan.
 */
import type { Grant } from '../model/grant.js';
import { effectivePermissions } from '../analyze/aws/effective.js';
import { principalReport, renderEffectiveText } from '../analyze/aws/effective-report.js';

/** Items listed at most per list in a hover; the rest are counted. */
const SHOWN = 12;

/** The grant of `file` whose span holds the 1-based position, the innermost when spans nest. */
export function grantAt(grants: readonly Grant[], file: string, line: number, column: number): Grant | undefined {
  let best: Grant | undefined;
  for (const g of grants) {
    const s = g.source;
    if (s.file !== file) continue;
    const afterStart = line > s.line || (line === s.line && column >= s.column);
    const beforeEnd = line < s.endLine || (line === s.endLine && column < s.endColumn);
    if (!afterStart || !beforeEnd) continue;
    if (!best || spanSize(g) < spanSize(best)) best = g;
  }
  return best;
}

function spanSize(g: Grant): number {
  return (g.source.endLine - g.source.line) * 10_000 + (g.source.endColumn - g.source.column);
}

function list(items: readonly string[]): string {
  const shown = items.slice(0, SHOWN).map((i) => `\`${i}\``).join(', ');
  return items.length > SHOWN ? `${shown} and ${items.length - SHOWN} more` : shown;
}

function principalText(g: Grant): string {
  return `${g.principal.type} \`${g.principal.name}\`${g.principal.address ? ` (${g.principal.address})` : ''}`;
}

/** Markdown for a hover on `grant`, given every grant of the same analysis. */
export function grantHover(grant: Grant, grants: readonly Grant[]): string {
  const lines = [`**${grant.effect === 'deny' ? 'Deny' : 'Allow'}** · ${grant.cloud} ${grant.kind}${grant.source.address ? ` · \`${grant.source.address}\`` : ''}`, ''];
  lines.push(`- Principal: ${principalText(grant)}`);
  if (grant.role !== undefined) lines.push(`- Role: \`${grant.role}\``);
  if (grant.actions.length > 0) lines.push(`- Actions: ${list(grant.actions)}`);
  if (grant.notActions.length > 0) lines.push(`- NotActions: ${list(grant.notActions)}`);
  if (grant.resources.length > 0) lines.push(`- Resources: ${list(grant.resources)}`);
  if (grant.notResources.length > 0) lines.push(`- NotResources: ${list(grant.notResources)}`);
  if (grant.scope !== undefined) lines.push(`- Scope: \`${grant.scope}\``);
  const conditions = Object.entries(grant.conditions).flatMap(([op, byKey]) => Object.entries(byKey).map(([k, v]) => `${op} ${k} ${v.join('|')}`));
  if (conditions.length > 0) lines.push(`- Conditions: ${list(conditions)}`);
  if (grant.unresolved.length > 0) lines.push(`- Not evaluated: ${list(grant.unresolved)}`);
  lines.push('');

  const holder = grant.cloud === 'aws' ? effectivePermissions(grants).principals.get(`${grant.principal.type}:${grant.principal.name}`) : undefined;
  if (holder) {
    lines.push(`**Effective access of ${grant.principal.type} \`${grant.principal.name}\`** (this module and the modules it calls)`, '');
    lines.push('```text', renderEffectiveText([principalReport(holder)], grant.principal.name).trimEnd(), '```');
    return lines.join('\n');
  }
  const same = grants.filter((g) => g.principal.type === grant.principal.type && g.principal.name === grant.principal.name);
  lines.push(`**Grants of ${principalText(grant)}** (${same.length} in this analysis)`, '');
  for (const g of same.slice(0, SHOWN)) {
    const what = g.role !== undefined ? `role \`${g.role}\`` : list(g.actions.length > 0 ? g.actions : g.notActions.map((a) => `not ${a}`));
    lines.push(`- ${g.effect} ${what} — ${g.source.file}:${g.source.line}`);
  }
  if (same.length > SHOWN) lines.push(`- and ${same.length - SHOWN} more`);
  return lines.join('\n');
}
