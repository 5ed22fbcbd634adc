/** Offsets → 1-based line/column for one text (see LineStarts), with spans of template nodes. */
import type { SourceSpan } from '../../model/span.js';
import { LineStarts } from '../lines.js';

export class LineIndex {
  private readonly lines: LineStarts;

  /**
   * `columnShifts`: spaces added at the start of some lines (1-based line -> count) when the text was re-indented
   * before parsing; positions are reported in the original text.
   */
  constructor(
    readonly text: string,
    readonly file: string,
    private readonly columnShifts?: ReadonlyMap<number, number>,
  ) {
    this.lines = new LineStarts(text);
  }

  private column(lineIndex: number, offset: number): number {
    const column = offset - this.lines.starts[lineIndex]! + 1;
    const shift = this.columnShifts?.get(lineIndex + 1);
    return shift ? Math.max(1, column - shift) : column;
  }

  position(offset: number): { line: number; column: number } {
    const i = this.lines.indexOf(offset);
    return { line: i + 1, column: this.column(i, offset) };
  }

  /** Span of text[start, end): end is exclusive, so endColumn is the column just after the last character. */
  span(start: number, end: number): SourceSpan {
    // Collections end after their trailing line break; a span ends at the last character written.
    while (end > start + 1 && isSpace(this.text.charCodeAt(end - 1))) end--;
    if (end < start) end = start;
    const a = this.lines.indexOf(start);
    const b = end === start ? a : this.lines.indexOf(end);
    return { file: this.file, line: a + 1, column: this.column(a, start), endLine: b + 1, endColumn: this.column(b, end) };
  }

  /** From an offset to the end of an existing span (a collection ends where its last value ends). */
  spanTo(start: number, last: SourceSpan): SourceSpan {
    const a = this.lines.indexOf(start);
    return { file: this.file, line: a + 1, column: this.column(a, start), endLine: last.endLine, endColumn: last.endColumn };
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
