/**
 * `grantlint grants --principal <glob>`: the effective AWS permissions of the matching principals, by service and
 * access level, each action with the statements (file:line) that grant it and the conditions that narrow them.
 */
import { minimatch } from 'minimatch';
import type { Grant } from '../../model/grant.js';
import {
  effectiveActions,
  effectivePermissions,
  statementLocation,
  type EffectiveStatement,
  type PrincipalPermissions,
} from './effective.js';
import { serviceActionCount } from './iam-data.js';

const LEVEL_ORDER = ['Permissions management', 'Write', 'Tagging', 'Read', 'List'];

export interface EffectiveSource {
  location: string;
  address?: string;
  policy?: string;
  via?: string;
  /** Narrowing conditions, as written. */
  conditions?: Record<string, Record<string, string[]>>;
  /** The statement's resources (or `NotResource: ...`). */
  resources: string[];
}

export interface EffectiveLevel {
  level: string;
  actions: Array<{ action: string; sources: number[] }>;
}

export interface EffectiveService {
  service: string;
  /** Actions the principal may perform / actions the service has. */
  allowed: number;
  total: number;
  levels: EffectiveLevel[];
}

export interface PrincipalReport {
  principal: string;
  type: string;
  address?: string;
  boundary?: { text: string; resolved: boolean };
  sources: EffectiveSource[];
  services: EffectiveService[];
}

/** Principals whose name, `type:name` or address matches the glob (case-sensitive, as IAM names are). */
export function matchingPrincipals(grants: readonly Grant[], glob: string): PrincipalPermissions[] {
  const { principals } = effectivePermissions(grants);
  const matches = (text: string | undefined) => text !== undefined && minimatch(text, glob, { dot: true });
  return [...principals.values()]
    .filter((p) => p.principal.type !== 'unknown')
    .filter((p) => matches(p.principal.name) || matches(`${p.principal.type}:${p.principal.name}`) || matches(p.principal.address))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function sourceOf(s: EffectiveStatement): EffectiveSource {
  const out: EffectiveSource = {
    location: statementLocation(s),
    resources: s.notResources.length > 0 ? s.notResources.map((r) => `NotResource: ${r}`) : [...s.resources],
  };
  if (s.grant.source.address !== undefined) out.address = s.grant.source.address;
  if (typeof s.grant.details?.policy === 'string') out.policy = s.grant.details.policy;
  if (s.via !== undefined) out.via = s.via;
  if (Object.keys(s.conditions).length > 0) out.conditions = s.conditions;
  return out;
}

export function principalReport(p: PrincipalPermissions): PrincipalReport {
  const sources: EffectiveSource[] = [];
  const sourceIndex = new Map<EffectiveStatement, number>();
  const indexOf = (s: EffectiveStatement): number => {
    let i = sourceIndex.get(s);
    if (i === undefined) {
      i = sources.push(sourceOf(s)) - 1;
      sourceIndex.set(s, i);
    }
    return i;
  };
  const byService = new Map<string, Map<string, EffectiveLevel['actions']>>();
  for (const a of effectiveActions(p)) {
    const service = a.action.slice(0, a.action.indexOf(':'));
    const levels = byService.get(service) ?? new Map<string, EffectiveLevel['actions']>();
    byService.set(service, levels);
    const level = a.accessLevel ?? 'Read';
    const list = levels.get(level) ?? [];
    levels.set(level, list);
    list.push({ action: a.action, sources: a.statements.map(indexOf) });
  }
  const services: EffectiveService[] = [...byService.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([service, levels]) => ({
      service,
      allowed: [...levels.values()].reduce((n, l) => n + l.length, 0),
      total: serviceActionCount(service),
      levels: LEVEL_ORDER.filter((l) => levels.has(l)).map((level) => ({ level, actions: levels.get(level)! })),
    }));
  const report: PrincipalReport = { principal: p.principal.name, type: p.principal.type, sources, services };
  if (p.principal.address !== undefined) report.address = p.principal.address;
  if (p.boundary) report.boundary = { text: p.boundary.text, resolved: p.boundary.statements !== undefined };
  return report;
}

function conditionText(conditions: Record<string, Record<string, string[]>>): string {
  return Object.entries(conditions)
    .flatMap(([op, byKey]) => Object.entries(byKey).map(([key, values]) => `${op} ${key} ${values.join('|')}`))
    .join(', ');
}

function sourceText(s: EffectiveSource): string {
  const parts = [s.location];
  if (s.policy) parts.push(`policy ${s.policy}`);
  if (s.via) parts.push(`via ${s.via}`);
  const where = s.resources.length === 1 && s.resources[0] === '*' ? '' : ` on ${s.resources.slice(0, 3).join(', ')}${s.resources.length > 3 ? ', …' : ''}`;
  const when = s.conditions ? ` when ${conditionText(s.conditions)}` : '';
  return `${parts.join(', ')}${where}${when}`;
}

/** At most this many actions are named per access level; the rest are counted. */
const SHOWN_ACTIONS = 8;

export function renderEffectiveText(reports: readonly PrincipalReport[], glob: string): string {
  if (reports.length === 0) return `No AWS role, user or group matches '${glob}'.\n`;
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`${r.type} ${r.principal}${r.address ? ` (${r.address})` : ''}`);
    if (r.boundary) lines.push(`  permissions boundary: ${r.boundary.text}${r.boundary.resolved ? '' : ' (content unknown: not applied)'}`);
    if (r.services.length === 0) lines.push('  no effective permissions');
    for (const s of r.services) {
      lines.push(`  ${s.service}: ${s.allowed === s.total ? 'all' : s.allowed} of ${s.total} actions`);
      for (const level of s.levels) {
        lines.push(`    ${level.level} (${level.actions.length})`);
        // Group the actions of a level by the statements granting them: one line per set of sources.
        const bySources = new Map<string, string[]>();
        for (const a of level.actions) {
          const key = a.sources.join(',');
          bySources.set(key, [...(bySources.get(key) ?? []), a.action]);
        }
        for (const [key, actions] of bySources) {
          const shown = actions.slice(0, SHOWN_ACTIONS).join(', ') + (actions.length > SHOWN_ACTIONS ? ` and ${actions.length - SHOWN_ACTIONS} more` : '');
          lines.push(`      ${shown}`);
          for (const i of key.split(',')) lines.push(`        from ${sourceText(r.sources[Number(i)]!)}`);
        }
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function renderEffectiveJson(reports: readonly PrincipalReport[]): string {
  return `${JSON.stringify({ version: 1, principals: reports }, null, 2)}\n`;
}

/** The report for `grants --principal`, in the grants command's formats (text, json). */
export function effectivePermissionsReport(grants: readonly Grant[], glob: string, format: string): string {
  const reports = matchingPrincipals(grants, glob).map(principalReport);
  return format === 'json' ? renderEffectiveJson(reports) : renderEffectiveText(reports, glob);
}
