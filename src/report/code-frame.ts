/** A code frame: the lines around a span with a line-number gutter and carets under the span's first line. */
import type { SourceSpan } from '../model/span.js';
import { escapeControl } from './escape.js';
import type { Palette } from './ansi.js';

export interface CodeFrameOptions {
  /** Lines shown before and after the span's first line. */
  context?: number;
  palette: Palette;
}

/** Lines of `text` split the way editors count them (LF, CRLF or CR); a final line break opens no extra line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function codeFrame(lines: readonly string[], span: Pick<SourceSpan, 'line' | 'column' | 'endLine' | 'endColumn'>, options: CodeFrameOptions): string {
  const context = options.context ?? 2;
  const { palette: p } = options;
  if (span.line < 1 || span.line > lines.length) return '';
  const first = Math.max(1, span.line - context);
  const last = Math.min(lines.length, span.line + context);
  const gutterWidth = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const raw = lines[n - 1]!;
    const marker = n === span.line ? p.red('>') : ' ';
    const gutter = p.dim(`${String(n).padStart(gutterWidth)} |`);
    out.push(`${marker} ${gutter}${raw.length > 0 ? ' ' + escapeControl(raw) : ''}`);
    if (n === span.line) {
      const startIndex = Math.min(Math.max(span.column - 1, 0), raw.length);
      const endIndex = span.endLine > span.line ? raw.length : Math.min(Math.max(span.endColumn - 1, startIndex + 1), Math.max(raw.length, startIndex + 1));
      // Measure on the escaped text so carets stay under the characters as printed; keep tabs as tabs.
      const lead = escapeControl(raw.slice(0, startIndex)).replace(/[^\t]/g, ' ');
      const width = Math.max(1, escapeControl(raw.slice(startIndex, endIndex)).length);
      out.push(`  ${p.dim(`${' '.repeat(gutterWidth)} |`)} ${lead}${p.red('^'.repeat(width))}`);
    }
  }
  return out.join('\n');
}
