import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  LineStarts
} from "./chunk-XF6FTM5H.mjs";

// src/parse/cloudformation/position.ts
var LineIndex = class {
  /**
   * `columnShifts`: spaces added at the start of some lines (1-based line -> count) when the text was re-indented
   * before parsing; positions are reported in the original text.
   */
  constructor(text, file, columnShifts) {
    this.text = text;
    this.file = file;
    this.columnShifts = columnShifts;
    this.lines = new LineStarts(text);
  }
  text;
  file;
  columnShifts;
  lines;
  column(lineIndex, offset) {
    const column = offset - this.lines.starts[lineIndex] + 1;
    const shift = this.columnShifts?.get(lineIndex + 1);
    return shift ? Math.max(1, column - shift) : column;
  }
  position(offset) {
    const i = this.lines.indexOf(offset);
    return { line: i + 1, column: this.column(i, offset) };
  }
  /** Span of text[start, end): end is exclusive, so endColumn is the column just after the last character. */
  span(start, end) {
    while (end > start + 1 && isSpace(this.text.charCodeAt(end - 1))) end--;
    if (end < start) end = start;
    const a = this.lines.indexOf(start);
    const b = end === start ? a : this.lines.indexOf(end);
    return { file: this.file, line: a + 1, column: this.column(a, start), endLine: b + 1, endColumn: this.column(b, end) };
  }
  /** From an offset to the end of an existing span (a collection ends where its last value ends). */
  spanTo(start, last) {
    const a = this.lines.indexOf(start);
    return { file: this.file, line: a + 1, column: this.column(a, start), endLine: last.endLine, endColumn: last.endColumn };
  }
};
function isSpace(c) {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

export {
  LineIndex
};
