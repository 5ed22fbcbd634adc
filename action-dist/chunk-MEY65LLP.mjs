import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  LineStarts
} from "./chunk-XF6FTM5H.mjs";

// src/parse/positions.ts
var PositionTable = class {
  /** Found on the first question: many files are parsed and never asked for a line (variable files, unused modules). */
  lines;
  text;
  /** Column 1 of line 1 starts after a byte order mark. */
  firstColumnOffset;
  /** `lines` when a lexer already found where the lines start (by its own line-break rules). */
  constructor(text, lines) {
    this.text = text;
    this.lines = lines;
    this.firstColumnOffset = text.charCodeAt(0) === 65279 ? 1 : 0;
  }
  pos(offset) {
    const lines = this.lines ??= new LineStarts(this.text);
    const line = lines.indexOf(offset);
    const lineStart = line === 0 ? this.firstColumnOffset : lines.starts[line];
    return { line: line + 1, column: Math.max(1, offset - lineStart + 1), offset };
  }
  range(start, end) {
    return new LazyRange(this, start, end);
  }
};
var POSITIONS = /* @__PURE__ */ Symbol("positions");
var OffsetRange = class {
  get start() {
    return this[POSITIONS].pos(this.startOffset);
  }
  get end() {
    return this[POSITIONS].pos(this.endOffset);
  }
};
var LazyRange = class extends OffsetRange {
  constructor(positions, startOffset2, endOffset2) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = startOffset2;
    this.endOffset = endOffset2;
    this.span = void 0;
  }
};
function startOffset(range) {
  return range instanceof OffsetRange ? range.startOffset : range.start.offset;
}
function endOffset(range) {
  return range instanceof OffsetRange ? range.endOffset : range.end.offset;
}

// src/shared/arrays.ts
function fitted(list) {
  return list.length === 0 ? list : list.slice();
}

export {
  PositionTable,
  POSITIONS,
  OffsetRange,
  LazyRange,
  startOffset,
  endOffset,
  fitted
};
