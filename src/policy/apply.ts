/**
 * Running a policy: which rules are on (packs, `rules`, organization rules), with which settings per file
 * (`overrides`, ESLint style: later entries win), then the accountable part (inline suppressions, exemptions).
 */
import path from 'node:path';
import type { Finding, ToolError, UnresolvedItem } from '../model/finding.js';
import type { Grant } from '../model/grant.js';
import type { RuleModule } from '../model/rule.js';
import { runRules, compareFindings, type RuleSetting } from '../analyze/engine.js';
import { applySuppressions, collectInlineSuppressions, exemptionSuppressions, META_RULE_IDS, todayUtc, type CommentInput } from '../analyze/suppressions.js';
import { builtinRules } from '../../rules/index.js';
import { packs as packRuleIds } from '../../rules/packs.js';
import { compileGlobs, matchesGlobs, type GlobList } from './globs.js';
import { compileOrgRules } from './org-rules.js';
import type { Policy } from './types.js';

export interface PolicyRunInput {
  policy: Policy;
  grants: readonly Grant[];
  unresolved: readonly UnresolvedItem[];
  /** Absolute scan root: finding paths are relative to it, policy globs to the policy file's directory. */
  root: string;
}

export interface PolicyRunResult {
  findings: Finding[];
  errors: ToolError[];
  /** Every rule that ran for at least one file. */
  rules: RuleModule[];
}

/** Runs the policy's rules; with overrides, once per distinct set of matching overrides, keeping each run's own files. */
export function runPolicy(input: PolicyRunInput): PolicyRunResult {
  const { policy, root } = input;
  const orgRules = compileOrgRules(policy.orgRules, root);
  const all = [...builtinRules, ...orgRules];
  const fromPacks = new Set(policy.packs.flatMap((p) => packRuleIds[p]));
  const orgIds = new Set(orgRules.map((r) => r.meta.id));
  const baseOn = (id: string, setting: RuleSetting | undefined) =>
    setting?.severity !== 'off' && (fromPacks.has(id) || orgIds.has(id) || setting?.severity !== undefined);

  const overrides = policy.overrides.map((o) => ({ ...o, globs: compileGlobs(o.files, 'path')!, prefix: pathPrefix(root, o.baseDir) }));
  const groupOf = memoize((file: string) =>
    overrides
      .map((o, i) => (matchesWithPrefix(o.globs, o.prefix, file) ? i : -1))
      .filter((i) => i >= 0)
      .join(','),
  );

  const runGroup = (key: string) => {
    const applied = key === '' ? [] : key.split(',').map((i) => overrides[Number(i)]!);
    const settings = new Map(policy.rules);
    const turnedOn = new Set<string>();
    for (const o of applied) {
      for (const [id, s] of o.rules) {
        settings.set(id, { ...settings.get(id), ...s });
        if (s.severity !== undefined && s.severity !== 'off') turnedOn.add(id);
      }
    }
    const rules = all.filter((r) => {
      const setting = settings.get(r.meta.id);
      return setting?.severity !== 'off' && (baseOn(r.meta.id, policy.rules.get(r.meta.id)) || turnedOn.has(r.meta.id));
    });
    return { rules, result: runRules({ grants: input.grants, unresolved: input.unresolved, rules, settings }) };
  };

  if (overrides.length === 0) {
    const { rules, result } = runGroup('');
    return { findings: result.findings, errors: result.errors, rules };
  }
  const keys = new Set<string>(['']);
  for (const g of input.grants) keys.add(groupOf(g.source.file));
  for (const u of input.unresolved) keys.add(groupOf(u.span.file));
  const findings: Finding[] = [];
  const errors = new Map<string, ToolError>();
  const ran = new Map<string, RuleModule>();
  for (const key of [...keys].sort()) {
    const { rules, result } = runGroup(key);
    for (const r of rules) ran.set(r.meta.id, r);
    for (const f of result.findings) if (groupOf(f.span.file) === key) findings.push(f);
    for (const e of result.errors) errors.set(`${e.file}|${e.message}`, e);
  }
  return { findings: findings.sort(compareFindings), errors: [...errors.values()], rules: [...ran.values()].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1)) };
}

/** Rule ids a suppression or exemption may name: built-in, the policy's organization rules, the engine's meta-rules. */
export function knownRuleIds(policy: Policy | undefined): Set<string> {
  return new Set([...builtinRules.map((r) => r.meta.id), ...(policy?.orgRules ?? []).map((r) => r.value.id), ...META_RULE_IDS]);
}

/** Inline suppressions and the policy's exemptions applied to the findings, with the meta findings they cause. */
export function settleFindings(input: {
  findings: readonly Finding[];
  files: ReadonlyMap<string, string>;
  comments: ReadonlyMap<string, readonly CommentInput[]>;
  policy: Policy | undefined;
  root: string;
  /** YYYY-MM-DD; defaults to today (UTC). */
  today?: string;
}): Finding[] {
  const inline = collectInlineSuppressions({ files: input.files, comments: input.comments, knownRuleIds: knownRuleIds(input.policy) });
  const exemptions = exemptionSuppressions(input.policy?.exemptions ?? [], input.root);
  return applySuppressions({
    findings: input.findings,
    suppressions: [...inline.suppressions, ...exemptions],
    invalid: inline.invalid,
    today: input.today ?? todayUtc(),
    ...(input.policy ? { settings: input.policy.rules } : {}),
  });
}

function matchesWithPrefix(globs: GlobList, prefix: string, file: string): boolean {
  return file.startsWith(prefix) && matchesGlobs(globs, file.slice(prefix.length));
}

function pathPrefix(root: string, dir: string): string {
  const rel = path.relative(root, dir).split(path.sep).join('/');
  return rel === '' ? '' : `${rel}/`;
}

function memoize<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) cache.set(key, (value = fn(key)));
    return value as T;
  };
}
