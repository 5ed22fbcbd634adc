/**
 * The rule engine: runs each rule over every grant, turns reports into findings (rendered message, span,
 * fingerprint), drops duplicates and sorts. It never imports rules/: the caller hands in the registry, so the
 * engine serves built-in rules, organization policy rules and single rules under test alike.
 */
import type { Finding, ToolError, UnresolvedItem } from '../model/finding.js';
import type { Grant } from '../model/grant.js';
import type { ItemReport, RuleContext, RuleModule, RuleReport } from '../model/rule.js';
import type { Severity } from '../model/severity.js';
import type { SourceSpan } from '../model/span.js';
import { grantFindingFingerprint, itemFindingFingerprint } from './fingerprint.js';
import { renderMessage } from './messages.js';

export interface RuleSetting {
  severity?: Severity | 'off';
  options?: Record<string, unknown>;
}

/** Per-rule settings by rule id; rules without an entry run with their default severity and no options. */
export type EngineSettings = ReadonlyMap<string, RuleSetting>;

export interface EngineInput {
  grants: readonly Grant[];
  unresolved: readonly UnresolvedItem[];
  rules: readonly RuleModule[];
  settings?: EngineSettings;
}

export interface EngineResult {
  /** Deduplicated, sorted by file, line, column, rule id. */
  findings: Finding[];
  /** One internal error (code `internal`) per rule that threw or reported something invalid; its findings are dropped. */
  errors: ToolError[];
}

export function runRules(input: EngineInput): EngineResult {
  const findings: Finding[] = [];
  const errors: ToolError[] = [];
  for (const rule of input.rules) {
    const setting = input.settings?.get(rule.meta.id);
    const severity = setting?.severity;
    if (severity === 'off') continue;
    const fromRule: Finding[] = [];
    const context: RuleContext = {
      grants: input.grants,
      unresolved: input.unresolved,
      options: setting?.options ?? {},
      report: (r) => fromRule.push(toFinding(rule, r, severity)),
    };
    try {
      rule.check(context);
      for (const finding of fromRule) findings.push(finding);
    } catch (e) {
      errors.push(ruleError(rule, e));
    }
  }
  return { findings: sortFindings(dedupe(findings)), errors };
}

/** Thrown by `report` for a report the rule's meta does not allow; the engine turns it into a ToolError. */
class InvalidReportError extends Error {}

function toFinding(rule: RuleModule, r: RuleReport | ItemReport, severitySetting: Severity | undefined): Finding {
  const { meta } = rule;
  const template = Object.hasOwn(meta.messages, r.messageId) ? meta.messages[r.messageId] : undefined;
  if (template === undefined) throw new InvalidReportError(`reported unknown messageId '${r.messageId}'`);
  const data = r.data ?? {};
  const base = {
    ruleId: meta.id,
    category: meta.category,
    severity: severitySetting ?? r.severity ?? meta.severity,
    messageId: r.messageId,
    data,
    message: renderMessage(template, data),
  };
  if ('item' in r) {
    return {
      ...base,
      span: copySpan(r.item.span),
      grantIds: [],
      fingerprint: itemFindingFingerprint({ ruleId: meta.id, item: r.item, key: r.key }),
    };
  }
  const span = copySpan(r.span ?? r.grant.source);
  const principal = r.principal ?? r.grant.principal;
  const grants = [r.grant, ...(r.related ?? [])];
  return {
    ...base,
    span,
    principal,
    grantIds: [...new Set(grants.map((g) => g.id))],
    fingerprint: grantFindingFingerprint({
      ruleId: meta.id,
      file: span.file,
      address: span.address ?? r.grant.source.address,
      principal,
      grants,
      key: r.key,
    }),
  };
}

/** A plain SourceSpan (grant sources also carry `format`, which findings do not repeat). */
function copySpan(s: SourceSpan): SourceSpan {
  const span: SourceSpan = { file: s.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
  if (s.address !== undefined) span.address = s.address;
  return span;
}

function ruleError(rule: RuleModule, e: unknown): ToolError {
  const reason = e instanceof Error ? e.message : String(e);
  const what = e instanceof InvalidReportError ? 'made an invalid report' : 'failed';
  return { file: rule.meta.docs, line: 1, column: 1, message: `rule ${rule.meta.id} ${what}: ${reason}`, code: 'internal' };
}

/** The same finding twice (a rule visiting one grant through two paths) is reported once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.fingerprint}|${f.span.file}|${f.span.line}|${f.span.column}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.span.file, b.span.file) ||
    a.span.line - b.span.line ||
    a.span.column - b.span.column ||
    compareText(a.ruleId, b.ruleId) ||
    a.span.endLine - b.span.endLine ||
    a.span.endColumn - b.span.endColumn
  );
}

/** Stable: findings of one rule at one position keep the order the rule reported them in. */
function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
