import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);

// src/parse/lines.ts
var LineStarts = class {
  /** Offset of the first character of each line (a line starts after `\n`). */
  starts;
  count;
  /** Line of the last lookup: parsers ask for offsets mostly in order, on the same or the next line. */
  recent = 0;
  /** `known`: line starts a lexer already recorded (first `count` entries), for its own line-break rules. */
  constructor(text, known) {
    if (known) {
      this.starts = known.starts;
      this.count = known.count;
      return;
    }
    let count = 1;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
    const starts = new Int32Array(count);
    let line = 1;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts[line++] = i + 1;
    this.starts = starts;
    this.count = count;
  }
  /** 0-based index of the line holding `offset`: the last line, or the next one, before a binary search. */
  indexOf(offset) {
    const starts = this.starts;
    const count = this.count;
    const recent = this.recent;
    if (offset >= starts[recent]) {
      if (recent + 1 >= count || offset < starts[recent + 1]) return recent;
      if (recent + 2 >= count || offset < starts[recent + 2]) return this.recent = recent + 1;
    }
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.recent = lo;
    return lo;
  }
};

export {
  LineStarts
};
