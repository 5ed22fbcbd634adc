/** Human-readable report: findings grouped by file with code frames, then tool errors, then one summary line. */
import type { Finding, ToolError } from '../model/finding.js';
import { palette, type Palette } from './ansi.js';
import { codeFrame, splitLines } from './code-frame.js';
import { escapeControl, oneLine } from './escape.js';
import { activeFindings, summaryLine } from './summary.js';
import type { Reporter } from './types.js';

export const textReporter: Reporter = (result, context) => {
  const p = palette(context.color);
  const linesByFile = new Map<string, string[]>();
  const linesOf = (file: string): string[] | undefined => {
    let lines = linesByFile.get(file);
    if (!lines) {
      const text = result.files.get(file);
      if (text === undefined) return undefined;
      lines = splitLines(text);
      linesByFile.set(file, lines);
    }
    return lines;
  };

  const out: string[] = [];
  let currentFile: string | undefined;
  for (const finding of activeFindings(result)) {
    if (finding.span.file !== currentFile) {
      currentFile = finding.span.file;
      out.push(p.underline(p.bold(oneLine(currentFile))), '');
    }
    out.push(renderFinding(finding, linesOf(finding.span.file), p), '');
  }
  if (result.errors.length > 0) {
    out.push(p.bold('Errors (inputs grantlint could not read or understand):'));
    for (const error of result.errors) out.push(renderError(error, p));
    out.push('');
  }
  out.push(p.bold(summaryLine(result)));
  return out.join('\n') + '\n';
};

function renderFinding(finding: Finding, lines: string[] | undefined, p: Palette): string {
  const { span } = finding;
  const head = `  ${p.severity(finding.severity, finding.severity.toUpperCase())} ${p.bold(finding.ruleId)}: ${escapeControl(finding.message)}`;
  const address = span.address ? ` ${p.dim(`(${escapeControl(span.address)})`)}` : '';
  const at = `  ${p.dim('at')} ${oneLine(span.file)}:${span.line}:${span.column}${address}`;
  const frame = lines ? codeFrame(lines, span, { palette: p }) : '';
  return frame ? `${head}\n${at}\n\n${indent(frame, '  ')}` : `${head}\n${at}`;
}

function renderError(error: ToolError, p: Palette): string {
  const where = error.file ? `${oneLine(error.file)}:${error.line}:${error.column}` : 'grantlint';
  return `  ${where} ${p.red(error.code)}: ${escapeControl(error.message)}`;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}
