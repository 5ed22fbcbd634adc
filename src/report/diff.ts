/** Renders an entitlement diff: text for terminals, markdown for pull-request comments, JSON for tools. */
import type { AccessChange, EntitlementDiff } from '../analyze/diff.js';
import type { Principal } from '../model/grant.js';
import { oneLine } from './escape.js';
import { mdCode, mdText } from './markdown.js';
import { plural } from './summary.js';
import { TOOL_NAME, TOOL_VERSION } from './tool.js';

export type DiffFormat = 'text' | 'markdown' | 'json';

const SIGN = { added: '+', removed: '-', changed: '~' } as const;

function principalLabel(p: Principal): string {
  return `${p.type} ${p.name}`;
}

function what(c: AccessChange): string {
  const effect = c.effect === 'deny' ? 'DENY ' : '';
  return `${effect}${c.access} on ${c.target}`;
}

function where(c: AccessChange): string {
  return `${c.span.file}:${c.span.line}:${c.span.column}`;
}

export function diffSummaryLine(diff: EntitlementDiff): string {
  const s = diff.summary;
  return `${plural(s.added, 'grant')} added, ${s.removed} removed, ${s.changed} changed for ${plural(s.principals, 'principal')} · ${plural(s.newFindings, 'new finding')}, ${s.fixedFindings} fixed`;
}

export function renderDiffText(diff: EntitlementDiff): string {
  const out: string[] = [];
  for (const p of diff.principals) {
    out.push(oneLine(principalLabel(p.principal)));
    for (const c of p.changes) {
      const sev = c.severity ? ` [${c.severity}${c.category ? ` ${c.category}` : ''}]` : '';
      const cond = c.change === 'changed' ? ` (conditions ${c.conditionsBefore || 'none'} → ${c.conditionsAfter || 'none'})` : c.conditions ? ` when ${c.conditions}` : '';
      out.push(`  ${SIGN[c.change]} ${oneLine(what(c))}${oneLine(cond)}${sev}  ${oneLine(where(c))} (${oneLine(c.address)})`);
    }
    out.push('');
  }
  if (diff.principals.length === 0) out.push('No access added or removed.', '');
  out.push(diffSummaryLine(diff));
  return out.join('\n') + '\n';
}

export function renderDiffMarkdown(diff: EntitlementDiff, options: { link?: (file: string, line: number) => string } = {}): string {
  const out: string[] = ['### Access changes', ''];
  if (diff.principals.length === 0) {
    out.push('No access added or removed.', '');
  }
  for (const p of diff.principals) {
    const counts = (['added', 'removed', 'changed'] as const)
      .map((k) => [k, p.changes.filter((c) => c.change === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ');
    out.push(`<details><summary><b>${mdText(p.principal.type)}</b> ${mdCode(p.principal.name)}: ${counts}</summary>`, '');
    out.push('| | access | on | severity | where |', '|---|---|---|---|---|');
    for (const c of p.changes) {
      const loc = `${c.span.file}:${c.span.line}`;
      const place = options.link ? `[${mdText(loc)}](${options.link(c.span.file, c.span.line)})` : mdCode(loc);
      const sev = c.severity ? `${c.severity}${c.category ? ` (${c.category})` : ''}` : '';
      out.push(`| ${SIGN[c.change] === '-' ? '➖' : SIGN[c.change] === '+' ? '➕' : '✏️'} | ${mdCode((c.effect === 'deny' ? 'DENY ' : '') + c.access)} | ${mdCode(c.target)} | ${sev} | ${place} |`);
    }
    out.push('', '</details>', '');
  }
  out.push(`_${mdText(diffSummaryLine(diff))}_`);
  return out.join('\n') + '\n';
}

export function renderDiffJson(diff: EntitlementDiff): string {
  return (
    JSON.stringify(
      {
        version: 1,
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        summary: diff.summary,
        principals: diff.principals.map((p) => ({
          principal: p.principal,
          changes: p.changes.map((c) => ({
            change: c.change,
            effect: c.effect,
            kind: c.kind,
            access: c.access,
            target: c.target,
            conditions: c.conditions || undefined,
            conditionsBefore: c.conditionsBefore,
            conditionsAfter: c.conditionsAfter,
            severity: c.severity,
            category: c.category,
            ruleIds: c.ruleIds,
            address: c.address,
            file: c.span.file,
            line: c.span.line,
            column: c.span.column,
          })),
        })),
        newFindings: diff.newFindings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, file: f.span.file, line: f.span.line, column: f.span.column, fingerprint: f.fingerprint })),
        fixedFindings: diff.fixedFindings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, file: f.span.file, line: f.span.line, column: f.span.column, fingerprint: f.fingerprint })),
      },
      null,
      2,
    ) + '\n'
  );
}

export function renderDiff(diff: EntitlementDiff, format: DiffFormat): string {
  return format === 'json' ? renderDiffJson(diff) : format === 'markdown' ? renderDiffMarkdown(diff) : renderDiffText(diff);
}
