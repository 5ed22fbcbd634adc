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

  /** Line of the last lookup: readers ask for offsets in order, mostly on the same or the next line. */
  private recent = 0;

  /** 0-based index of the line holding `offset`. */
  private lineIndex(offset: number): number {
    const starts = this.starts;
    const recent = this.recent;
    if (offset >= starts[recent]!) {
      if (recent + 1 >= starts.length || offset < starts[recent + 1]!) return recent;
      if (recent + 2 >= starts.length || offset < starts[recent + 2]!) return (this.recent = recent + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.recent = lo;
    return lo;
  }

  private column(lineIndex: number, offset: number): number {
    const column = offset - this.starts[lineIndex]! + 1;
    const shift = this.columnShifts?.get(lineIndex + 1);
    return shift ? Math.max(1, column - shift) : column;
  }

  position(offset: number): { line: number; column: number } {
    const i = this.lineIndex(offset);
    return { line: i + 1, column: this.column(i, offset) };
  }

  /** Span of text[start, end): end is exclusive, so endColumn is the column just after the last character. */
  span(start: number, end: number): SourceSpan {
    // Collections end after their trailing line break; a span ends at the last character written.
    while (end > start + 1 && isSpace(this.text.charCodeAt(end - 1))) end--;
    if (end < start) end = start;
    const a = this.lineIndex(start);
    const b = end === start ? a : this.lineIndex(end);
    return { file: this.file, line: a + 1, column: this.column(a, start), endLine: b + 1, endColumn: this.column(b, end) };
  }

  /** From an offset to the end of an existing span (a collection ends where its last value ends). */
  spanTo(start: number, last: SourceSpan): SourceSpan {
    const a = this.lineIndex(start);
    return { file: this.file, line: a + 1, column: this.column(a, start), endLine: last.endLine, endColumn: last.endColumn };
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
