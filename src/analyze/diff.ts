/**
 * The entitlement diff: what access a change adds, removes or changes, per principal.
 * Grants are matched across the two sides by identity (address, principal, action or role, resource or scope), never
 * by line, so moving a block or reformatting a file changes nothing.
 */
import type { Finding } from '../model/finding.js';
import type { Grant, Principal } from '../model/grant.js';
import { severityRank, type Category, type Severity } from '../model/severity.js';
import type { SourceSpan } from '../model/span.js';
import { canonicalJson } from '../extract/grant.js';

/** One unit of access: one action (or role) on one resource (or scope), for one principal, from one declaration. */
export interface AccessAtom {
  principal: Principal;
  /** Declaring address (or file when the format has no addresses). */
  address: string;
  kind: Grant['kind'];
  effect: Grant['effect'];
  /** `s3:GetObject`, `NOT iam:*` for NotAction, a role name for role-based grants. */
  access: string;
  /** Resource, `NOT arn:...` for NotResource, or the scope. */
  target: string;
  /** Canonical JSON of the conditions ('' when none). */
  conditions: string;
  span: SourceSpan;
  grantId: string;
}

export interface AccessChange {
  change: 'added' | 'removed' | 'changed';
  address: string;
  kind: Grant['kind'];
  effect: Grant['effect'];
  access: string;
  target: string;
  /** For `changed`: the conditions before and after. */
  conditionsBefore?: string;
  conditionsAfter?: string;
  conditions: string;
  /** Where it is declared: the after side for added/changed, the before side for removed. */
  span: SourceSpan;
  /** The most severe finding on the grant behind it, on its side. */
  severity?: Severity;
  category?: Category;
  ruleIds: string[];
}

export interface PrincipalDiff {
  principal: Principal;
  changes: AccessChange[];
}

export interface DiffSummary {
  added: number;
  removed: number;
  changed: number;
  principals: number;
  /** New findings (fingerprint absent on the before side). */
  newFindings: number;
  fixedFindings: number;
}

export interface EntitlementDiff {
  principals: PrincipalDiff[];
  summary: DiffSummary;
  newFindings: Finding[];
  fixedFindings: Finding[];
}

export interface DiffSide {
  grants: readonly Grant[];
  findings: readonly Finding[];
}

const principalKey = (p: Principal) => `${p.type}\u0000${p.name}`;

export function atomsOf(grant: Grant): AccessAtom[] {
  const accesses = grant.role
    ? [grant.role]
    : [...grant.actions, ...grant.notActions.map((a) => `NOT ${a}`)];
  if (accesses.length === 0) accesses.push(grant.kind === 'credential' ? `credential:${String(grant.details?.credentialType ?? 'key')}` : '(none)');
  const targets = [...grant.resources, ...grant.notResources.map((r) => `NOT ${r}`)];
  // A trust policy's target is the role it lets principals assume.
  const attachedTo = typeof grant.details?.attachedTo === 'string' ? grant.details.attachedTo : undefined;
  if (targets.length === 0) targets.push(grant.scope ?? (grant.kind === 'trust-policy' && attachedTo ? `role ${attachedTo}` : '*'));
  const conditions = Object.keys(grant.conditions).length ? canonicalJson(grant.conditions) : '';
  const address = grant.source.address ?? grant.source.file;
  const out: AccessAtom[] = [];
  for (const access of accesses) {
    for (const target of targets) {
      out.push({ principal: grant.principal, address, kind: grant.kind, effect: grant.effect, access, target, conditions, span: grant.source, grantId: grant.id });
    }
  }
  return out;
}

/** Identity without conditions: a change of conditions on the same access is `changed`, not removed + added. */
const atomKey = (a: AccessAtom) => [principalKey(a.principal), a.address, a.kind, a.effect, a.access.toLowerCase(), a.target].join('\u0001');

export function diffGrants(before: DiffSide, after: DiffSide): EntitlementDiff {
  const beforeAtoms = indexAtoms(before.grants);
  const afterAtoms = indexAtoms(after.grants);
  const worstBefore = worstFindingByGrant(before.findings);
  const worstAfter = worstFindingByGrant(after.findings);
  const byPrincipal = new Map<string, PrincipalDiff>();
  const add = (atom: AccessAtom, change: AccessChange) => {
    const key = principalKey(atom.principal);
    let entry = byPrincipal.get(key);
    if (!entry) byPrincipal.set(key, (entry = { principal: atom.principal, changes: [] }));
    entry.changes.push(change);
  };
  const describe = (atom: AccessAtom, change: AccessChange['change'], worst: Map<string, Finding[]>): AccessChange => {
    const findings = worst.get(atom.grantId) ?? [];
    const top = findings[0];
    return {
      change,
      address: atom.address,
      kind: atom.kind,
      effect: atom.effect,
      access: atom.access,
      target: atom.target,
      conditions: atom.conditions,
      span: atom.span,
      ...(top ? { severity: top.severity, category: top.category } : {}),
      ruleIds: [...new Set(findings.map((f) => f.ruleId))].sort(),
    };
  };
  for (const [key, atom] of afterAtoms) {
    const old = beforeAtoms.get(key);
    if (!old) add(atom, describe(atom, 'added', worstAfter));
    else if (old.conditions !== atom.conditions) {
      add(atom, { ...describe(atom, 'changed', worstAfter), conditionsBefore: old.conditions, conditionsAfter: atom.conditions });
    }
  }
  for (const [key, atom] of beforeAtoms) if (!afterAtoms.has(key)) add(atom, describe(atom, 'removed', worstBefore));

  const principals = [...byPrincipal.values()].sort((a, b) => compare(a.principal.type + a.principal.name, b.principal.type + b.principal.name));
  for (const p of principals) p.changes.sort(compareChanges);
  const beforePrints = new Set(before.findings.map((f) => f.fingerprint));
  const afterPrints = new Set(after.findings.map((f) => f.fingerprint));
  const newFindings = after.findings.filter((f) => !beforePrints.has(f.fingerprint) && !f.suppressed);
  const fixedFindings = before.findings.filter((f) => !afterPrints.has(f.fingerprint) && !f.suppressed);
  const count = (c: AccessChange['change']) => principals.reduce((n, p) => n + p.changes.filter((x) => x.change === c).length, 0);
  return {
    principals,
    summary: {
      added: count('added'),
      removed: count('removed'),
      changed: count('changed'),
      principals: principals.length,
      newFindings: newFindings.length,
      fixedFindings: fixedFindings.length,
    },
    newFindings,
    fixedFindings,
  };
}

/** Findings of the `after` side whose fingerprint does not occur at the base: what a pull request introduces. */
export function newOnly(findings: readonly Finding[], baseFindings: readonly Finding[]): Finding[] {
  const base = new Set(baseFindings.map((f) => f.fingerprint));
  return findings.filter((f) => !base.has(f.fingerprint));
}

function indexAtoms(grants: readonly Grant[]): Map<string, AccessAtom> {
  const out = new Map<string, AccessAtom>();
  for (const g of grants) for (const atom of atomsOf(g)) if (!out.has(atomKey(atom))) out.set(atomKey(atom), atom);
  return out;
}

function worstFindingByGrant(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.suppressed) continue;
    for (const id of f.grantIds) {
      const list = out.get(id);
      if (list) list.push(f);
      else out.set(id, [f]);
    }
  }
  for (const list of out.values()) list.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || compare(a.ruleId, b.ruleId));
  return out;
}

const CHANGE_ORDER = { added: 0, changed: 1, removed: 2 } as const;

function compareChanges(a: AccessChange, b: AccessChange): number {
  return (
    CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] ||
    (b.severity ? severityRank(b.severity) : 0) - (a.severity ? severityRank(a.severity) : 0) ||
    compare(a.address, b.address) ||
    compare(a.access, b.access) ||
    compare(a.target, b.target)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
