/** Offsets → 1-based line/column for one text, computed once per file (binary search per lookup). */
import type { SourceSpan } from '../../model/span.js';

export class LineIndex {
  private readonly starts: number[] = [0];

  /**
   * `columnShifts`: spaces added at the start of some lines (1-based line -> count) when the text was re-indented
   * before parsing; positions are reported in the original text.
   */
  constructor(
    readonly text: string,
    readonly file: string,
    private readonly columnShifts?: ReadonlyMap<number, number>,
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const column = offset - starts[lo]! + 1;
    const shift = this.columnShifts?.get(lo + 1);
    return { line: lo + 1, column: shift ? Math.max(1, column - shift) : column };
  }

  /** Span of text[start, end): end is exclusive, so endColumn is the column just after the last character. */
  span(start: number, end: number): SourceSpan {
    // Collections end after their trailing line break; a span ends at the last character written.
    while (end > start + 1 && isSpace(this.text.charCodeAt(end - 1))) end--;
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
