/** Findings and tool errors of a scan as LSP diagnostics: 0-based ranges, severities, rule ids and their documentation. */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { Finding, ToolError } from '../model/finding.js';
import type { RuleMeta } from '../model/rule.js';
import type { Severity } from '../model/severity.js';
import type { SourceSpan } from '../model/span.js';
import { ruleHelpUri, TOOL_NAME } from '../report/tool.js';
import { TOOL_ERROR_RULE_PREFIX } from '../report/compact.js';
import { META_RULES } from '../analyze/suppressions.js';

export const DIAGNOSTIC_SOURCE = TOOL_NAME;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  critical: DiagnosticSeverity.Error,
  high: DiagnosticSeverity.Error,
  medium: DiagnosticSeverity.Warning,
  low: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** A 1-based span (end column just after the last character) as a 0-based LSP range. */
export function rangeOf(span: Pick<SourceSpan, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  return {
    start: { line: Math.max(0, span.line - 1), character: Math.max(0, span.column - 1) },
    end: { line: Math.max(0, span.endLine - 1), character: Math.max(0, span.endColumn - 1) },
  };
}

/** Documentation of every rule that may appear in a result: the rules that ran and the engine's meta-rules. */
export function ruleDocs(rules: ReadonlyArray<{ meta: RuleMeta }>): Map<string, string> {
  const docs = new Map<string, string>();
  for (const meta of Object.values(META_RULES)) docs.set(meta.id, ruleHelpUri(meta));
  for (const r of rules) if (r.meta.docs) docs.set(r.meta.id, ruleHelpUri(r.meta));
  return docs;
}

export function findingDiagnostic(f: Finding, docs: ReadonlyMap<string, string>): Diagnostic {
  const href = docs.get(f.ruleId);
  return {
    range: rangeOf(f.span),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    data: { ruleId: f.ruleId, severity: f.severity },
  };
}

/** A tool error where it happened; without an end, it covers nothing and editors underline the word at its start. */
export function errorDiagnostic(e: ToolError): Diagnostic {
  const span = { line: e.line, column: e.column, endLine: e.endLine ?? e.line, endColumn: e.endColumn ?? e.column };
  return {
    range: rangeOf(span),
    severity: DiagnosticSeverity.Error,
    code: `${TOOL_ERROR_RULE_PREFIX}${e.code}`,
    source: DIAGNOSTIC_SOURCE,
    message: e.message,
  };
}

/** Diagnostics of each file, in the order of the scan (errors first, as the compact format prints them). */
export function diagnosticsByFile(
  result: { findings: readonly Finding[]; errors: readonly ToolError[] },
  docs: ReadonlyMap<string, string>,
): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  const add = (file: string, d: Diagnostic) => {
    const list = byFile.get(file);
    if (list) list.push(d);
    else byFile.set(file, [d]);
  };
  for (const e of result.errors) if (e.file !== '') add(e.file, errorDiagnostic(e));
  for (const f of result.findings) if (!f.suppressed) add(f.span.file, findingDiagnostic(f, docs));
  return byFile;
}
