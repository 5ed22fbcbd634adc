/**
 * Baselines: the findings a team has accepted for now, recorded by fingerprint (rule, file, logical address,
 * principal, normalized grant — never a line), so `scan --baseline` reports only what is new and lists what is gone.
 */
import { yamlPackage } from '../shared/packages.js';
import type { Finding, ToolError } from '../model/finding.js';

export const BASELINE_FILE_NAME = '.grantlint-baseline.json';

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  address: string | null;
  principal: string | null;
  /** The message when recorded, so a reader knows what was accepted. */
  message: string;
}

export interface Baseline {
  version: 1;
  tool: string;
  entries: BaselineEntry[];
}

/** Active findings (not suppressed) as a baseline, sorted for stable diffs of the file. */
export function createBaseline(findings: readonly Finding[], tool: string): Baseline {
  const byPrint = new Map<string, BaselineEntry>();
  for (const f of findings) {
    if (f.suppressed || byPrint.has(f.fingerprint)) continue;
    byPrint.set(f.fingerprint, {
      fingerprint: f.fingerprint,
      ruleId: f.ruleId,
      file: f.span.file,
      address: f.span.address ?? null,
      principal: f.principal ? `${f.principal.type}:${f.principal.name}` : null,
      message: f.message,
    });
  }
  const entries = [...byPrint.values()].sort(
    (a, b) => compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(a.address ?? '', b.address ?? '') || compare(a.fingerprint, b.fingerprint),
  );
  return { version: 1, tool, entries };
}

export function baselineText(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + '\n';
}

/** Parses a baseline file; problems are located ToolErrors (code `config`). */
export function parseBaseline(text: string, file: string): { baseline: Baseline | undefined; errors: ToolError[] } {
  const lineCounter = new (yamlPackage().LineCounter)();
  const doc = yamlPackage().parseDocument(text, { lineCounter, prettyErrors: false });
  const error = (offset: number, message: string): ToolError => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col, message, code: 'config' };
  };
  if (doc.errors.length > 0) return { baseline: undefined, errors: doc.errors.map((e) => error(e.pos[0], `invalid JSON: ${e.message.split('\n')[0]}`)) };
  const value = doc.toJS() as Partial<Baseline> | null;
  if (!value || value.version !== 1 || !Array.isArray(value.entries)) {
    return { baseline: undefined, errors: [error(0, `not a grantlint baseline: expected {"version": 1, "entries": [...]} as written by 'grantlint baseline'`)] };
  }
  const errors: ToolError[] = [];
  value.entries.forEach((entry, i) => {
    if (!entry || typeof entry.fingerprint !== 'string' || typeof entry.ruleId !== 'string') {
      const node = doc.getIn(['entries', i], true) as { range?: [number, number, number] } | undefined;
      errors.push(error(node?.range?.[0] ?? 0, `baseline entry ${i} needs a string fingerprint and ruleId`));
    }
  });
  return errors.length > 0 ? { baseline: undefined, errors } : { baseline: { version: 1, tool: String(value.tool ?? ''), entries: value.entries }, errors };
}

export interface BaselineOutcome {
  /** Findings in the baseline are kept, marked suppressed (kind `baseline`). */
  findings: Finding[];
  /** Baseline entries that no longer occur: fixed, or changed enough to be a new finding. */
  gone: BaselineEntry[];
}

export function applyBaseline(findings: readonly Finding[], baseline: Baseline, baselineFile: string): BaselineOutcome {
  const entries = new Map(baseline.entries.map((e) => [e.fingerprint, e]));
  const seen = new Set<string>();
  const out = findings.map((f) => {
    if (f.suppressed || !entries.has(f.fingerprint)) return f;
    seen.add(f.fingerprint);
    return { ...f, suppressed: { kind: 'baseline' as const, reason: `accepted in ${baselineFile}` } };
  });
  return { findings: out, gone: baseline.entries.filter((e) => !seen.has(e.fingerprint)) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
