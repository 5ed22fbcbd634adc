/** The one way every extractor builds a grant: fills defaults and computes the stable id. */
import { digest } from '../shared/hash.js';
import type { Grant } from '../model/grant.js';

export type GrantInput = Omit<Grant, 'id' | 'notActions' | 'resources' | 'notResources' | 'conditions' | 'unresolved'> &
  Partial<Pick<Grant, 'notActions' | 'resources' | 'notResources' | 'conditions' | 'unresolved'>>;

/** Identity of a grant: where it is declared (logical address, not line) and what it says. */
export function grantIdentity(g: Omit<Grant, 'id'>): string {
  return JSON.stringify([
    g.cloud,
    g.kind,
    g.source.format,
    g.source.file,
    g.source.address ?? '',
    g.principal.type,
    g.principal.name,
    g.effect,
    [...g.actions].sort(),
    [...g.notActions].sort(),
    g.role ?? '',
    [...g.resources].sort(),
    [...g.notResources].sort(),
    g.scope ?? '',
    sortKeysDeep(g.conditions),
    g.details?.sid ?? '',
    g.details?.attachedTo ?? '',
  ]);
}

export function hashText(text: string, length = 16): string {
  return digest('sha256', text).slice(0, length);
}

/** The same grant read through another front end (a plan, a CDKTF app): new format and details, id recomputed. */
export function reformatGrant(g: Grant, format: Grant['source']['format'], details?: Grant['details']): Grant {
  const { id: _previous, ...rest } = g;
  const next: Omit<Grant, 'id'> = { ...rest, source: { ...g.source, format }, ...(details ? { details: { ...g.details, ...details } } : {}) };
  return { id: hashText(grantIdentity(next)), ...next };
}

export function makeGrant(input: GrantInput): Grant {
  const g: Omit<Grant, 'id'> = {
    notActions: [],
    resources: [],
    notResources: [],
    conditions: {},
    unresolved: [],
    ...input,
  };
  return { id: hashText(grantIdentity(g)), ...g };
}

/** JSON with object keys sorted at every level: equal content gives equal text. */
export function canonicalJson(x: unknown): string {
  return JSON.stringify(sortKeysDeep(x));
}

function sortKeysDeep(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sortKeysDeep);
  if (x && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(x).sort()) out[k] = sortKeysDeep((x as Record<string, unknown>)[k]);
    return out;
  }
  return x;
}
