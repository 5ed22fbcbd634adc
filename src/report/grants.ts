/** The grant inventory (`grantlint grants`): who can do what, where, grouped by principal. */
import type { Grant } from '../model/grant.js';
import type { ScanResult } from '../pipeline/scan.js';
import { palette } from './ansi.js';
import { escapeControl, oneLine } from './escape.js';
import { toJsonError } from './json.js';
import { plural } from './summary.js';
import { TOOL_NAME, TOOL_VERSION } from './tool.js';
import type { Reporter } from './types.js';

export function principalKey(g: Grant): string {
  return `${g.principal.type}:${g.principal.name}`;
}

/** Grants by principal, principals in name order, grants in scan order. */
export function groupByPrincipal(grants: readonly Grant[]): Array<{ principal: Grant['principal']; grants: Grant[] }> {
  const groups = new Map<string, { principal: Grant['principal']; grants: Grant[] }>();
  for (const g of grants) {
    const key = principalKey(g);
    const group = groups.get(key);
    if (group) group.grants.push(g);
    else groups.set(key, { principal: g.principal, grants: [g] });
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, group]) => group);
}

function what(g: Grant): string {
  if (g.kind === 'credential') return `holds a long-lived credential (${g.details?.credentialType ?? 'unknown type'})`;
  const parts: string[] = [];
  if (g.role) parts.push(`role ${g.role}`);
  if (g.actions.length > 0) parts.push(g.actions.join(', '));
  if (g.notActions.length > 0) parts.push(`all actions except ${g.notActions.join(', ')}`);
  return parts.join('; ') || '(no actions)';
}

function where(g: Grant): string {
  const parts: string[] = [];
  if (g.scope) parts.push(g.scope);
  if (g.resources.length > 0) parts.push(g.resources.join(', '));
  if (g.notResources.length > 0) parts.push(`all resources except ${g.notResources.join(', ')}`);
  // Trust policies and attachments name their target rather than resources.
  if (parts.length === 0 && g.details?.attachedTo) parts.push(g.details.attachedTo);
  return parts.join('; ');
}

export const grantsTextReporter: Reporter = (result, context) => {
  const p = palette(context.color);
  const out: string[] = [];
  for (const group of groupByPrincipal(result.grants)) {
    const declared = group.principal.address ? ` ${p.dim(`(${escapeControl(group.principal.address)})`)}` : '';
    out.push(`${p.bold(`${group.principal.type} ${escapeControl(group.principal.name)}`)}${declared}`);
    const rows = group.grants.map((g) => [
      g.effect === 'deny' ? p.red('deny ') : 'allow',
      escapeControl(what(g)),
      where(g) ? `on ${escapeControl(where(g))}` : '',
      p.dim(`[${g.kind}]`),
      [Object.keys(g.conditions).length > 0 || g.details?.conditional ? 'conditional' : '', g.unresolved.length > 0 ? `unresolved: ${g.unresolved.join(', ')}` : '']
        .filter(Boolean)
        .join('; '),
      p.dim(`${oneLine(g.source.file)}:${g.source.line}:${g.source.column}`),
    ]);
    for (const row of rows) out.push(`  ${row.filter(Boolean).join('  ')}`);
    out.push('');
  }
  if (result.errors.length > 0) {
    out.push(p.bold('Errors (inputs grantlint could not read or understand):'));
    for (const e of result.errors) out.push(`  ${oneLine(e.file || TOOL_NAME)}:${e.line}:${e.column} ${p.red(e.code)}: ${escapeControl(e.message)}`);
    out.push('');
  }
  const principals = groupByPrincipal(result.grants).length;
  out.push(p.bold(`${plural(result.grants.length, 'grant')} for ${plural(principals, 'principal')} in ${plural(result.stats.files, 'file')} · ${plural(result.errors.length, 'error')}`));
  return out.join('\n') + '\n';
};

export const grantsJsonReporter: Reporter = (result: ScanResult) =>
  JSON.stringify(
    {
      version: 1,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      principals: groupByPrincipal(result.grants).map((g) => ({ principal: g.principal, grants: g.grants.map((x) => x.id) })),
      grants: result.grants,
      errors: result.errors.map(toJsonError),
      stats: result.stats,
    },
    null,
    2,
  ) + '\n';
