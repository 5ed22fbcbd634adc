import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/evaluate/terraform/index.ts
import { readFileSync } from "node:fs";
import path5 from "node:path";

// src/parse/hcl/lexer.ts
var TOKEN_NAMES = {
  [0 /* EOF */]: "end of file",
  [1 /* Newline */]: "newline",
  [2 /* Ident */]: "identifier",
  [3 /* Number */]: "number",
  [4 /* OQuote */]: `'"'`,
  [5 /* CQuote */]: `'"'`,
  [6 /* QuotedLit */]: "string text",
  [7 /* QuotedNewline */]: "newline inside a string",
  [8 /* OHeredoc */]: "heredoc",
  [9 /* CHeredoc */]: "heredoc end marker",
  [10 /* StringLit */]: "template text",
  [11 /* TemplateInterp */]: "'${'",
  [12 /* TemplateControl */]: "'%{'",
  [13 /* TemplateSeqEnd */]: "'}'",
  [14 /* OBrace */]: "'{'",
  [15 /* CBrace */]: "'}'",
  [16 /* OBrack */]: "'['",
  [17 /* CBrack */]: "']'",
  [18 /* OParen */]: "'('",
  [19 /* CParen */]: "')'",
  [20 /* Dot */]: "'.'",
  [21 /* Comma */]: "','",
  [22 /* Star */]: "'*'",
  [23 /* Slash */]: "'/'",
  [24 /* Percent */]: "'%'",
  [25 /* Plus */]: "'+'",
  [26 /* Minus */]: "'-'",
  [27 /* Equal */]: "'='",
  [28 /* Lt */]: "'<'",
  [29 /* Gt */]: "'>'",
  [30 /* Bang */]: "'!'",
  [31 /* Question */]: "'?'",
  [32 /* Colon */]: "':'",
  [33 /* EqualOp */]: "'=='",
  [34 /* NotEqual */]: "'!='",
  [35 /* LtEq */]: "'<='",
  [36 /* GtEq */]: "'>='",
  [37 /* And */]: "'&&'",
  [38 /* Or */]: "'||'",
  [39 /* DoubleColon */]: "'::'",
  [40 /* Ellipsis */]: "'...'",
  [41 /* FatArrow */]: "'=>'",
  [42 /* Invalid */]: "invalid character"
};
var MODE_MAIN = 0;
var MODE_STRING = 1;
var MODE_HEREDOC = 2;
var MODE_BARE = 3;
function isGoSpace(c) {
  if (c <= 32) return c === 32 || c >= 9 && c <= 13;
  if (c < 133) return false;
  return c === 133 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
var ID_START = /[\p{ID_Start}]/u;
var ID_CONTINUE = /[\p{ID_Continue}]/u;
function isAsciiIdentStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
}
function isAsciiIdentContinue(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 45;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function unicodeIdentLength(text2, i, start) {
  const cp = text2.codePointAt(i);
  if (cp < 128) return 0;
  const ch = String.fromCodePoint(cp);
  return (start ? ID_START : ID_CONTINUE).test(ch) ? ch.length : 0;
}
function scanIdent(text2, i) {
  const len = text2.length;
  i += isAsciiIdentStart(text2.charCodeAt(i)) ? 1 : unicodeIdentLength(text2, i, true);
  while (i < len) {
    const c = text2.charCodeAt(i);
    if (isAsciiIdentContinue(c)) {
      i++;
      continue;
    }
    if (c < 128) break;
    const n = unicodeIdentLength(text2, i, false);
    if (n === 0) break;
    i += n;
  }
  return i;
}
function isIdentStartAt(text2, i) {
  const c = text2.charCodeAt(i);
  if (isAsciiIdentStart(c)) return true;
  return c >= 128 && unicodeIdentLength(text2, i, true) > 0;
}
var TokenBuffer = class {
  types = new Uint8Array(4096);
  starts = new Int32Array(4096);
  ends = new Int32Array(4096);
  count = 0;
  push(type, start, end) {
    const n = this.count;
    if (n === this.types.length) this.grow();
    this.types[n] = type;
    this.starts[n] = start;
    this.ends[n] = end;
    this.count = n + 1;
  }
  grow() {
    const size = this.types.length * 2;
    const types = new Uint8Array(size);
    types.set(this.types);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.types = types;
    this.starts = starts;
    this.ends = ends;
  }
};
var spareBuffer = null;
function takeBuffer() {
  const buffer = spareBuffer ?? new TokenBuffer();
  spareBuffer = null;
  buffer.count = 0;
  return buffer;
}
function recycleTokens(stream) {
  spareBuffer = stream.buffer;
}
function scan(text2, positions, bareTemplate = false) {
  const scanner = new Scanner(text2, positions, bareTemplate);
  scanner.run();
  const out = scanner.out;
  out.push(0 /* EOF */, text2.length, text2.length);
  return { types: out.types, starts: out.starts, ends: out.ends, count: out.count, buffer: out, comments: scanner.comments, errors: scanner.errors };
}
var Scanner = class {
  constructor(text2, positions, bareTemplate) {
    this.text = text2;
    this.positions = positions;
    this.len = text2.length;
    this.modes = [bareTemplate ? MODE_BARE : MODE_MAIN];
    this.i = text2.charCodeAt(0) === 65279 ? 1 : 0;
  }
  text;
  positions;
  out = takeBuffer();
  comments = [];
  errors = [];
  len;
  modes;
  heredocs = [];
  /** Brace depths at which a `}` closes a template sequence instead of an object. */
  retBraces = [];
  braces = 0;
  i;
  run() {
    const modes = this.modes;
    while (this.i < this.len) {
      const mode = modes[modes.length - 1];
      if (mode === MODE_MAIN) this.expressionToken();
      else if (mode === MODE_STRING) this.stringToken();
      else this.templateTextToken(mode);
    }
  }
  /** `${` / `%{` (optionally with `~`): expression mode until the matching `}`. */
  beginSequence(start) {
    const text2 = this.text;
    const end = text2.charCodeAt(start + 2) === 126 ? start + 3 : start + 2;
    this.out.push(text2.charCodeAt(start) === 36 ? 11 /* TemplateInterp */ : 12 /* TemplateControl */, start, end);
    this.retBraces.push(++this.braces);
    if (this.modes[this.modes.length - 1] === MODE_HEREDOC) this.heredocs[this.heredocs.length - 1].startOfLine = false;
    this.modes.push(MODE_MAIN);
    this.i = end;
  }
  /** Inside a quoted string. */
  stringToken() {
    const text2 = this.text;
    const len = this.len;
    let i = this.i;
    const c = text2.charCodeAt(i);
    if (c === 34) {
      this.out.push(5 /* CQuote */, i, i + 1);
      this.modes.pop();
      this.i = i + 1;
      return;
    }
    if ((c === 36 || c === 37) && text2.charCodeAt(i + 1) === 123) {
      this.beginSequence(i);
      return;
    }
    if (c === 10 || c === 13) {
      this.out.push(7 /* QuotedNewline */, i, i);
      this.modes.pop();
      return;
    }
    const start = i;
    while (i < len) {
      const d = text2.charCodeAt(i);
      if (d === 34 || d === 10 || d === 13) break;
      if (d === 92) {
        const e = text2.charCodeAt(i + 1);
        i += i + 1 < len && e !== 10 && e !== 13 ? 2 : 1;
        continue;
      }
      if (d === 36 || d === 37) {
        const e = text2.charCodeAt(i + 1);
        if (e === 123) break;
        if (e === d && text2.charCodeAt(i + 2) === 123) {
          i += 3;
          continue;
        }
      }
      i++;
    }
    this.out.push(6 /* QuotedLit */, start, i);
    this.i = i;
  }
  /** Inside a heredoc or a bare template: literal text runs up to a sequence or the end of the line. */
  templateTextToken(mode) {
    const text2 = this.text;
    const len = this.len;
    let i = this.i;
    const c = text2.charCodeAt(i);
    if ((c === 36 || c === 37) && text2.charCodeAt(i + 1) === 123) {
      this.beginSequence(i);
      return;
    }
    const start = i;
    let endsLine = false;
    while (i < len) {
      const d = text2.charCodeAt(i);
      if (d === 10) {
        i++;
        endsLine = true;
        break;
      }
      if (d === 36 || d === 37) {
        const e = text2.charCodeAt(i + 1);
        if (e === 123) break;
        if (e === d && text2.charCodeAt(i + 2) === 123) {
          i += 3;
          continue;
        }
      }
      i++;
    }
    this.i = i;
    if (mode === MODE_BARE) {
      this.out.push(10 /* StringLit */, start, i);
      return;
    }
    const doc = this.heredocs[this.heredocs.length - 1];
    if (doc.startOfLine && (endsLine || i >= len) && isHeredocMarkerLine(text2, start, i, doc.marker)) {
      this.closeHeredoc(start, i, endsLine);
      return;
    }
    doc.startOfLine = endsLine;
    this.out.push(10 /* StringLit */, start, i);
  }
  /** The closing marker line, then separately the newline that ends the attribute. */
  closeHeredoc(start, end, endsLine) {
    let markerEnd = end;
    if (endsLine) {
      markerEnd--;
      if (markerEnd > start && this.text.charCodeAt(markerEnd - 1) === 13) markerEnd--;
    }
    this.out.push(9 /* CHeredoc */, start, markerEnd);
    if (endsLine) this.out.push(1 /* Newline */, markerEnd, end);
    this.heredocs.pop();
    this.modes.pop();
  }
  /** One token in expression mode (after skipping spaces). */
  expressionToken() {
    const text2 = this.text;
    let i = this.i;
    let c = text2.charCodeAt(i);
    while (c === 32 || c === 9) c = text2.charCodeAt(++i);
    this.i = i;
    if (i >= this.len) return;
    if (isAsciiIdentStart(c)) {
      const end = scanIdent(text2, i);
      this.out.push(2 /* Ident */, i, end);
      this.i = end;
      return;
    }
    if (isDigit(c)) {
      const end = scanNumber(text2, i);
      this.out.push(3 /* Number */, i, end);
      this.i = end;
      return;
    }
    const single = c < 128 ? SINGLE_CHAR_TOKEN[c] : 0;
    if (single !== 0) {
      this.out.push(single, i, i + 1);
      this.i = i + 1;
      return;
    }
    this.punctuation(c, i);
  }
  punctuation(c, i) {
    const text2 = this.text;
    const next = text2.charCodeAt(i + 1);
    switch (c) {
      case 10:
        this.emit(1 /* Newline */, i, 1);
        return;
      case 13:
        if (next === 10) this.emit(1 /* Newline */, i, 2);
        else this.invalid(i);
        return;
      case 35:
        this.lineComment(i);
        return;
      case 47:
        if (next === 47) this.lineComment(i);
        else if (next === 42) this.blockComment(i);
        else this.emit(23 /* Slash */, i, 1);
        return;
      case 34:
        this.emit(4 /* OQuote */, i, 1);
        this.modes.push(MODE_STRING);
        return;
      case 123:
        this.emit(14 /* OBrace */, i, 1);
        this.braces++;
        return;
      case 125:
        this.closeBrace(i, 1);
        return;
      case 126:
        if (next === 125) this.closeBrace(i, 2);
        else this.invalid(i);
        return;
      case 46:
        if (next === 46 && text2.charCodeAt(i + 2) === 46) this.emit(40 /* Ellipsis */, i, 3);
        else this.emit(20 /* Dot */, i, 1);
        return;
      case 61:
        if (next === 61) this.emit(33 /* EqualOp */, i, 2);
        else if (next === 62) this.emit(41 /* FatArrow */, i, 2);
        else this.emit(27 /* Equal */, i, 1);
        return;
      case 33:
        if (next === 61) this.emit(34 /* NotEqual */, i, 2);
        else this.emit(30 /* Bang */, i, 1);
        return;
      case 60:
        if (next === 60 && this.heredocIntro(i)) return;
        if (next === 61) this.emit(35 /* LtEq */, i, 2);
        else this.emit(28 /* Lt */, i, 1);
        return;
      case 62:
        if (next === 61) this.emit(36 /* GtEq */, i, 2);
        else this.emit(29 /* Gt */, i, 1);
        return;
      case 58:
        if (next === 58) this.emit(39 /* DoubleColon */, i, 2);
        else this.emit(32 /* Colon */, i, 1);
        return;
      case 38:
        if (next === 38) this.emit(37 /* And */, i, 2);
        else this.invalid(i);
        return;
      case 124:
        if (next === 124) this.emit(38 /* Or */, i, 2);
        else this.invalid(i);
        return;
    }
    if (c >= 128 && isIdentStartAt(text2, i)) {
      const end = scanIdent(text2, i);
      this.out.push(2 /* Ident */, i, end);
      this.i = end;
      return;
    }
    this.invalid(i);
  }
  emit(type, i, width) {
    this.out.push(type, i, i + width);
    this.i = i + width;
  }
  /** `}` or `~}`: ends a template sequence when it matches the brace depth that opened one. */
  closeBrace(i, width) {
    const retBraces = this.retBraces;
    if (retBraces.length > 0 && retBraces[retBraces.length - 1] === this.braces) {
      this.out.push(13 /* TemplateSeqEnd */, i, i + width);
      retBraces.pop();
      this.modes.pop();
    } else {
      this.out.push(width === 2 ? 13 /* TemplateSeqEnd */ : 15 /* CBrace */, i, i + width);
    }
    this.braces--;
    this.i = i + width;
  }
  /** One invalid character (a whole surrogate pair when there is one). */
  invalid(i) {
    this.emit(42 /* Invalid */, i, this.text.codePointAt(i) > 65535 ? 2 : 1);
  }
  heredocIntro(i) {
    const text2 = this.text;
    const end = scanHeredocIntro(text2, i);
    if (end === 0) return false;
    let markerStart = i + 2;
    if (text2.charCodeAt(markerStart) === 45) markerStart++;
    const markerEnd = scanIdent(text2, markerStart);
    this.heredocs.push({ marker: text2.slice(markerStart, markerEnd), startOfLine: true });
    this.emit(8 /* OHeredoc */, i, end - i);
    this.modes.push(MODE_HEREDOC);
    return true;
  }
  lineComment(i) {
    const text2 = this.text;
    let end = text2.indexOf("\n", i);
    if (end < 0) end = text2.length;
    let textEnd = end;
    if (textEnd > i && text2.charCodeAt(textEnd - 1) === 13) textEnd--;
    this.comments.push({ text: text2.slice(i, textEnd), kind: "line", range: this.positions.range(i, textEnd) });
    this.i = end;
    if (end < text2.length) this.emit(1 /* Newline */, textEnd, end + 1 - textEnd);
  }
  blockComment(i) {
    const text2 = this.text;
    const close = text2.indexOf("*/", i + 2);
    const end = close < 0 ? text2.length : close + 2;
    if (close < 0) this.errors.push({ message: "Unterminated comment: expected '*/' before the end of the file", start: i, end: i + 2 });
    this.comments.push({ text: text2.slice(i, end), kind: "block", range: this.positions.range(i, end) });
    this.i = end;
  }
};
var SINGLE_CHAR_TOKEN = new Uint8Array(128);
SINGLE_CHAR_TOKEN[91] = 16 /* OBrack */;
SINGLE_CHAR_TOKEN[93] = 17 /* CBrack */;
SINGLE_CHAR_TOKEN[40] = 18 /* OParen */;
SINGLE_CHAR_TOKEN[41] = 19 /* CParen */;
SINGLE_CHAR_TOKEN[44] = 21 /* Comma */;
SINGLE_CHAR_TOKEN[42] = 22 /* Star */;
SINGLE_CHAR_TOKEN[37] = 24 /* Percent */;
SINGLE_CHAR_TOKEN[43] = 25 /* Plus */;
SINGLE_CHAR_TOKEN[45] = 26 /* Minus */;
SINGLE_CHAR_TOKEN[63] = 31 /* Question */;
function scanHeredocIntro(text2, i) {
  let j = i + 2;
  if (text2.charCodeAt(j) === 45) j++;
  if (!isIdentStartAt(text2, j)) return 0;
  j = scanIdent(text2, j);
  if (text2.charCodeAt(j) === 13) j++;
  return text2.charCodeAt(j) === 10 ? j + 1 : 0;
}
function isHeredocMarkerLine(text2, start, end, marker) {
  while (start < end && isGoSpace(text2.charCodeAt(start))) start++;
  while (end > start && isGoSpace(text2.charCodeAt(end - 1))) end--;
  return end - start === marker.length && text2.startsWith(marker, start);
}
function scanNumber(text2, i) {
  const len = text2.length;
  i++;
  while (i < len) {
    const c = text2.charCodeAt(i);
    if (isDigit(c)) {
      i++;
    } else if (c === 46 && isDigit(text2.charCodeAt(i + 1))) {
      i += 2;
    } else if (c === 101 || c === 69) {
      const e = text2.charCodeAt(i + 1);
      if (isDigit(e)) i += 2;
      else if ((e === 43 || e === 45) && isDigit(text2.charCodeAt(i + 2))) i += 3;
      else break;
    } else {
      break;
    }
  }
  return i;
}

// src/parse/lines.ts
var LineStarts = class {
  /** Offset of the first character of each line (a line starts after `\n`). */
  starts;
  count;
  /** Line of the last lookup: parsers ask for offsets mostly in order, on the same or the next line. */
  recent = 0;
  /** `known`: line starts a lexer already recorded (first `count` entries), for its own line-break rules. */
  constructor(text2, known2) {
    if (known2) {
      this.starts = known2.starts;
      this.count = known2.count;
      return;
    }
    let count = 1;
    for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) count++;
    const starts = new Int32Array(count);
    let line = 1;
    for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) starts[line++] = i + 1;
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

// src/parse/positions.ts
var PositionTable = class {
  lines;
  /** Column 1 of line 1 starts after a byte order mark. */
  firstColumnOffset;
  /** `lines` when a lexer already found where the lines start (by its own line-break rules). */
  constructor(text2, lines) {
    this.lines = lines ?? new LineStarts(text2);
    this.firstColumnOffset = text2.charCodeAt(0) === 65279 ? 1 : 0;
  }
  pos(offset) {
    const line = this.lines.indexOf(offset);
    const lineStart = line === 0 ? this.firstColumnOffset : this.lines.starts[line];
    return { line: line + 1, column: Math.max(1, offset - lineStart + 1), offset };
  }
  range(start, end) {
    return new LazyRange(this, start, end);
  }
};
var LazyRange = class {
  constructor(positions, startOffset2, endOffset2) {
    this.positions = positions;
    this.startOffset = startOffset2;
    this.endOffset = endOffset2;
  }
  positions;
  startOffset;
  endOffset;
  /** The source span last made of this range, for its file (see spanOf in the Terraform evaluator). */
  span = void 0;
  get start() {
    return this.positions.pos(this.startOffset);
  }
  get end() {
    return this.positions.pos(this.endOffset);
  }
};
function startOffset(range2) {
  return range2 instanceof LazyRange ? range2.startOffset : range2.start.offset;
}
function endOffset(range2) {
  return range2 instanceof LazyRange ? range2.endOffset : range2.end.offset;
}

// src/shared/arrays.ts
function fitted(list3) {
  return list3.length === 0 ? list3 : list3.slice();
}

// src/parse/hcl/parser.ts
var MAX_NESTING = 500;
var BINARY_LEVEL = new Int8Array(64);
var BINARY_OP = [];
function defineBinary(type, level, op) {
  BINARY_LEVEL[type] = level;
  BINARY_OP[type] = op;
}
defineBinary(38 /* Or */, 1, "||");
defineBinary(37 /* And */, 2, "&&");
defineBinary(33 /* EqualOp */, 3, "==");
defineBinary(34 /* NotEqual */, 3, "!=");
defineBinary(28 /* Lt */, 4, "<");
defineBinary(29 /* Gt */, 4, ">");
defineBinary(35 /* LtEq */, 4, "<=");
defineBinary(36 /* GtEq */, 4, ">=");
defineBinary(25 /* Plus */, 5, "+");
defineBinary(26 /* Minus */, 5, "-");
defineBinary(22 /* Star */, 6, "*");
defineBinary(23 /* Slash */, 6, "/");
defineBinary(24 /* Percent */, 6, "%");
var LINEAR_DUPLICATE_SCAN = 16;
var HclParser = class {
  constructor(text2, positions, bareTemplate = false) {
    this.text = text2;
    this.positions = positions;
    this.tokens = scan(text2, positions, bareTemplate);
    this.types = this.tokens.types;
    this.starts = this.tokens.starts;
    this.ends = this.tokens.ends;
    this.eofIndex = this.tokens.count - 1;
    for (const e of this.tokens.errors) this.errors.push({ message: e.message, range: positions.range(e.start, e.end) });
  }
  text;
  positions;
  errors = [];
  tokens;
  types;
  starts;
  ends;
  eofIndex;
  pos = 0;
  includeNewlines = true;
  newlineStack = [];
  /** Set after a syntax error until the next body item: suppresses the follow-on errors of one mistake. */
  recovery = false;
  /** Set when nesting exceeded MAX_NESTING: everything after that point is skipped. */
  aborted = false;
  depth = 0;
  /** Releases the token arrays for reuse by the next parser; this parser must not be used afterwards. */
  dispose() {
    recycleTokens(this.tokens);
  }
  // ---- token access -------------------------------------------------------------------------------------------
  /** Index of the next significant token (newlines are skipped where they carry no meaning). */
  next() {
    let i = this.pos;
    if (!this.includeNewlines) while (this.types[i] === 1 /* Newline */) i++;
    return i;
  }
  peek() {
    return this.types[this.next()];
  }
  read() {
    const i = this.next();
    this.pos = i < this.eofIndex ? i + 1 : this.eofIndex;
    return i;
  }
  pushNewlines(include) {
    this.newlineStack.push(this.includeNewlines);
    this.includeNewlines = include;
  }
  popNewlines() {
    this.includeNewlines = this.newlineStack.pop() ?? true;
  }
  tokenText(i) {
    return this.text.slice(this.starts[i], this.ends[i]);
  }
  isKeyword(i, word) {
    return this.types[i] === 2 /* Ident */ && this.ends[i] - this.starts[i] === word.length && this.text.startsWith(word, this.starts[i]);
  }
  range(start, end) {
    return this.positions.range(start, end);
  }
  describe(i) {
    const t = this.types[i];
    switch (t) {
      case 2 /* Ident */:
        return `'${this.tokenText(i)}'`;
      case 3 /* Number */:
        return `number ${this.tokenText(i)}`;
      case 42 /* Invalid */:
        return `invalid character '${this.tokenText(i)}'`;
      case 1 /* Newline */:
        return "end of line";
      default:
        return TOKEN_NAMES[t] ?? "unexpected token";
    }
  }
  where(offset) {
    const p = this.positions.pos(offset);
    return `${p.line}:${p.column}`;
  }
  // ---- diagnostics --------------------------------------------------------------------------------------------
  /** A syntax error that derails parsing of the current item: later errors in the same item are suppressed. */
  fail(message, start, end) {
    if (!this.recovery && !this.aborted) this.errors.push({ message, range: this.range(start, end) });
    this.recovery = true;
  }
  /** A problem that does not derail parsing (bad escape, duplicate attribute...). */
  report(message, start, end) {
    if (!this.aborted) this.errors.push({ message, range: this.range(start, end) });
  }
  failAtToken(message, i) {
    const t = this.types[i];
    const end = t === 1 /* Newline */ || t === 0 /* EOF */ ? this.starts[i] : this.ends[i];
    this.fail(message, this.starts[i], end);
  }
  /** Enter one nesting level; false (after reporting) when the input nests too deeply. */
  enter(at) {
    if (++this.depth <= MAX_NESTING) return true;
    this.depth--;
    if (!this.aborted) {
      this.errors.push({
        message: `Nesting is too deep: more than ${MAX_NESTING} levels of nested blocks or expressions; the rest of the file was not parsed`,
        range: this.range(this.starts[at], this.ends[at])
      });
    }
    this.aborted = true;
    this.recovery = true;
    this.pos = this.eofIndex;
    return false;
  }
  /** Skip to the token closing the current bracket of type `close`, counting nested pairs; returns its index (or EOF). */
  recoverTo(close) {
    this.recovery = true;
    const open = openerOf(close);
    let nest = 0;
    for (; ; ) {
      const i = this.pos;
      let t = this.types[i];
      if (t === 0 /* EOF */) return i;
      this.pos = i + 1;
      if (close === 13 /* TemplateSeqEnd */ && t === 12 /* TemplateControl */) t = 11 /* TemplateInterp */;
      if (t === open) nest++;
      else if (t === close) {
        if (nest === 0) return i;
        nest--;
      }
    }
  }
  /** Skip past the end of the current attribute or block: the next newline outside brackets (stops before a `}` that closes the enclosing body). */
  recoverAfterBodyItem() {
    this.recovery = true;
    const open = [];
    for (; ; ) {
      const i = this.pos;
      const t = this.types[i];
      if (t === 0 /* EOF */) return;
      if (t === 15 /* CBrace */ && open.length === 0) return;
      this.pos = i + 1;
      switch (t) {
        case 1 /* Newline */:
          if (open.length === 0) return;
          break;
        case 14 /* OBrace */:
        case 16 /* OBrack */:
        case 18 /* OParen */:
        case 4 /* OQuote */:
        case 8 /* OHeredoc */:
        case 11 /* TemplateInterp */:
        case 12 /* TemplateControl */:
          open.push(t);
          break;
        case 15 /* CBrace */:
        case 17 /* CBrack */:
        case 19 /* CParen */:
        case 5 /* CQuote */:
        case 9 /* CHeredoc */:
        case 7 /* QuotedNewline */: {
          const opener = t === 7 /* QuotedNewline */ ? 4 /* OQuote */ : openerOf(t);
          while (open.length > 0 && open[open.length - 1] !== opener) open.pop();
          open.pop();
          break;
        }
        case 13 /* TemplateSeqEnd */:
          while (open.length > 0 && open[open.length - 1] !== 11 /* TemplateInterp */ && open[open.length - 1] !== 12 /* TemplateControl */) open.pop();
          open.pop();
          break;
      }
    }
  }
  // ---- bodies ---------------------------------------------------------------------------------------------------
  parseFile() {
    const { attributes, blocks, items: items2 } = this.parseBodyItems(-1, "");
    return { type: "Body", range: this.range(0, this.text.length), attributes, blocks, items: items2 };
  }
  /** Parses body items up to the `}` matching `openBrace` (or EOF at top level, openBrace -1). Consumes the `}`. */
  parseBodyItems(openBrace, blockType) {
    const attributes = [];
    const blocks = [];
    const items2 = [];
    let byName;
    let close = -1;
    for (; ; ) {
      this.recovery = false;
      const i = this.pos;
      const t = this.types[i];
      if (t === 1 /* Newline */) {
        this.pos++;
        continue;
      }
      if (t === 0 /* EOF */) {
        if (openBrace >= 0) {
          this.fail(
            `Missing '}' to close block '${blockType}' opened at ${this.where(this.starts[openBrace])}: reached the end of the file`,
            this.starts[openBrace],
            this.ends[openBrace]
          );
        }
        break;
      }
      if (t === 15 /* CBrace */) {
        this.pos++;
        if (openBrace >= 0) {
          close = i;
          break;
        }
        this.fail("Unexpected '}': there is no open block to close here", this.starts[i], this.ends[i]);
        continue;
      }
      if (t !== 2 /* Ident */) {
        this.failAtToken(
          t === 4 /* OQuote */ ? "Expected an attribute name or block type, found a quoted string (attribute names must not be quoted)" : `Expected an attribute or block definition, found ${this.describe(i)}`,
          i
        );
        this.recoverAfterBodyItem();
        continue;
      }
      const item = this.parseBodyItem();
      if (!item) continue;
      if (item.type === "Block") {
        blocks.push(item);
        items2.push(item);
        continue;
      }
      if (byName === void 0 && attributes.length === LINEAR_DUPLICATE_SCAN) byName = new Map(attributes.map((a) => [a.name, a]));
      const existing = byName ? byName.get(item.name) : attributes.find((a) => a.name === item.name);
      if (existing) {
        this.report(
          `Duplicate attribute '${item.name}': it was already set at ${existing.nameRange.start.line}:${existing.nameRange.start.column}`,
          startOffset(item.nameRange),
          endOffset(item.nameRange)
        );
        continue;
      }
      byName?.set(item.name, item);
      attributes.push(item);
      items2.push(item);
    }
    return { attributes: fitted(attributes), blocks: fitted(blocks), items: fitted(items2), close };
  }
  parseBodyItem() {
    const nameIndex = this.read();
    const i = this.pos;
    const t = this.types[i];
    if (t === 27 /* Equal */) return this.parseAttribute(nameIndex, false);
    if (t === 4 /* OQuote */ || t === 2 /* Ident */ || t === 14 /* OBrace */) return this.parseBlock(nameIndex);
    const name = this.tokenText(nameIndex);
    this.failAtToken(
      t === 1 /* Newline */ || t === 0 /* EOF */ ? `Expected '=' and a value after '${name}' (or block labels and '{'), found ${this.describe(i)}` : `Expected '=' after attribute name '${name}' (or block labels and '{'), found ${this.describe(i)}`,
      i
    );
    this.recoverAfterBodyItem();
    return null;
  }
  parseAttribute(nameIndex, singleLine) {
    this.pos++;
    const expr = this.parseExpression();
    const name = this.tokenText(nameIndex);
    if (!singleLine) {
      const i = this.pos;
      const t = this.types[i];
      if (t === 1 /* Newline */) this.pos++;
      else if (t !== 0 /* EOF */) {
        this.failAtToken(
          t === 21 /* Comma */ ? `Expected a newline after the value of '${name}', found ','. Attributes are separated by newlines, not commas` : `Expected a newline after the value of '${name}', found ${this.describe(i)}`,
          i
        );
        this.recoverAfterBodyItem();
      }
    }
    const start = this.starts[nameIndex];
    return {
      type: "Attribute",
      name,
      nameRange: this.range(start, this.ends[nameIndex]),
      expr,
      range: this.range(start, endOffset(expr.range))
    };
  }
  parseBlock(typeIndex2) {
    const blockType = this.tokenText(typeIndex2);
    const start = this.starts[typeIndex2];
    const labels = [];
    const labelRanges = [];
    const emptyBody = (at) => ({ type: "Body", range: this.range(at, at), attributes: [], blocks: [], items: [] });
    if (!this.enter(typeIndex2)) return this.block(blockType, typeIndex2, labels, labelRanges, emptyBody(start), this.ends[typeIndex2]);
    try {
      let openBrace = -1;
      for (; ; ) {
        const i2 = this.pos;
        const t2 = this.types[i2];
        if (t2 === 14 /* OBrace */) {
          openBrace = i2;
          this.pos++;
          break;
        }
        if (t2 === 4 /* OQuote */) {
          const label = this.parseQuotedLabel();
          labels.push(label.value);
          labelRanges.push(label.range);
          continue;
        }
        if (t2 === 2 /* Ident */) {
          this.pos++;
          labels.push(this.tokenText(i2));
          labelRanges.push(this.range(this.starts[i2], this.ends[i2]));
          continue;
        }
        this.failAtToken(
          t2 === 27 /* Equal */ ? `Unexpected '=' in the definition of block '${blockType}': a block has labels and a body in braces, not a value` : t2 === 1 /* Newline */ ? `Expected '{' to open the body of block '${blockType}' on the same line as its header, found end of line` : `Expected a quoted block label or '{' after '${blockType}', found ${this.describe(i2)}`,
          i2
        );
        this.recoverAfterBodyItem();
        const end = labelRanges.length > 0 ? endOffset(labelRanges[labelRanges.length - 1]) : this.ends[typeIndex2];
        return this.block(blockType, typeIndex2, labels, labelRanges, emptyBody(end), end);
      }
      let parts;
      const afterOpen = this.types[this.pos];
      if (afterOpen === 1 /* Newline */ || afterOpen === 0 /* EOF */ || afterOpen === 15 /* CBrace */) {
        parts = this.parseBodyItems(openBrace, blockType);
      } else {
        parts = this.parseSingleLineBody(openBrace, blockType);
      }
      const closeEnd = parts.close >= 0 ? this.ends[parts.close] : this.starts[this.pos];
      const body2 = {
        type: "Body",
        range: this.range(this.starts[openBrace], closeEnd),
        attributes: parts.attributes,
        blocks: parts.blocks,
        items: parts.items
      };
      const i = this.pos;
      const t = this.types[i];
      if (t === 1 /* Newline */) this.pos++;
      else if (t !== 0 /* EOF */ && !(t === 15 /* CBrace */ && this.recovery)) {
        this.failAtToken(`Expected a newline after the closing '}' of block '${blockType}', found ${this.describe(i)}`, i);
        this.recoverAfterBodyItem();
      }
      return this.block(blockType, typeIndex2, labels, labelRanges, body2, closeEnd);
    } finally {
      this.depth--;
    }
  }
  block(blockType, typeIndex2, labels, labelRanges, body2, end) {
    return {
      type: "Block",
      blockType,
      typeRange: this.range(this.starts[typeIndex2], this.ends[typeIndex2]),
      labels: fitted(labels),
      labelRanges: fitted(labelRanges),
      body: body2,
      range: this.range(this.starts[typeIndex2], end)
    };
  }
  /** `name { attr = value }` on one line: exactly one attribute, closed on the same line. */
  parseSingleLineBody(openBrace, blockType) {
    const parts = { attributes: [], blocks: [], items: [], close: -1 };
    const i = this.pos;
    if (this.types[i] !== 2 /* Ident */ || this.types[i + 1] !== 27 /* Equal */) {
      this.failAtToken(
        `Expected a single 'name = value' attribute in one-line block '${blockType}' (nested blocks need their own lines), found ${this.describe(
          this.types[i] === 2 /* Ident */ ? i + 1 : i
        )}`,
        this.types[i] === 2 /* Ident */ ? i + 1 : i
      );
      parts.close = this.closeIndex(this.recoverTo(15 /* CBrace */));
      return parts;
    }
    this.pos++;
    const attr = this.parseAttribute(i, true);
    parts.attributes.push(attr);
    parts.items.push(attr);
    const j = this.pos;
    const t = this.types[j];
    if (t === 15 /* CBrace */) {
      this.pos++;
      parts.close = j;
      return parts;
    }
    if (t === 0 /* EOF */) {
      this.fail(
        `Missing '}' to close block '${blockType}' opened at ${this.where(this.starts[openBrace])}: reached the end of the file`,
        this.starts[openBrace],
        this.ends[openBrace]
      );
      return parts;
    }
    this.failAtToken(
      t === 21 /* Comma */ ? `Expected '}' after the attribute of one-line block '${blockType}', found ','. A one-line block holds only one attribute; put several on their own lines` : `Expected '}' to close one-line block '${blockType}' on the same line, found ${this.describe(j)}`,
      j
    );
    parts.close = this.closeIndex(this.recoverTo(15 /* CBrace */));
    return parts;
  }
  closeIndex(i) {
    return this.types[i] === 15 /* CBrace */ ? i : -1;
  }
  parseQuotedLabel() {
    const open = this.pos++;
    let value = "";
    let end = this.ends[open];
    for (; ; ) {
      const i = this.pos;
      const t = this.types[i];
      if (t === 6 /* QuotedLit */) {
        value += this.unescape(i, true);
        this.pos++;
        end = this.ends[i];
        continue;
      }
      if (t === 5 /* CQuote */) {
        this.pos++;
        end = this.ends[i];
        break;
      }
      if (t === 11 /* TemplateInterp */ || t === 12 /* TemplateControl */) {
        const which = t === 11 /* TemplateInterp */ ? "$" : "%";
        this.report(
          `Template sequences are not allowed in a block label; write '${which}${which}{' for a literal '${which}{'`,
          this.starts[i],
          this.ends[i]
        );
        this.pos++;
        end = this.ends[this.recoverTo(13 /* TemplateSeqEnd */)];
        continue;
      }
      if (t === 7 /* QuotedNewline */) {
        this.pos++;
        this.fail(`Unterminated string: expected '"' before the end of the line`, this.starts[open], this.starts[i]);
        end = this.starts[i];
        break;
      }
      this.fail(`Unterminated string: expected '"' before the end of the file`, this.starts[open], this.starts[i]);
      end = this.starts[i];
      break;
    }
    return { value, range: this.range(this.starts[open], end) };
  }
  // ---- expressions ----------------------------------------------------------------------------------------------
  /** Parses the whole input as one expression (newlines allowed), reporting anything left over. */
  parseStandaloneExpression() {
    this.pushNewlines(false);
    const expr = this.parseExpression();
    const rest = this.next();
    if (this.types[rest] !== 0 /* EOF */) this.failAtToken(`Expected the end of the expression, found ${this.describe(rest)}`, rest);
    this.popNewlines();
    return expr;
  }
  parseExpression() {
    const at = this.next();
    if (!this.enter(at)) return this.placeholder(this.starts[this.eofIndex], this.starts[this.eofIndex]);
    try {
      const cond = this.parseBinary(1);
      if (this.peek() !== 31 /* Question */) return cond;
      this.read();
      const then = this.parseExpression();
      const c = this.next();
      if (this.types[c] !== 32 /* Colon */) {
        this.failAtToken(`Expected ':' and the false result of the conditional expression, found ${this.describe(c)}`, c);
        return cond;
      }
      this.read();
      const otherwise = this.parseExpression();
      return {
        type: "Conditional",
        cond,
        then,
        else: otherwise,
        range: this.range(startOffset(cond.range), endOffset(otherwise.range))
      };
    } finally {
      this.depth--;
    }
  }
  /** Precedence climbing over HCL's left-associative binary operators. */
  parseBinary(minLevel) {
    let left = this.parseOperand();
    for (; ; ) {
      const i = this.next();
      const level = BINARY_LEVEL[this.types[i]];
      if (level === 0 || level < minLevel) return left;
      this.read();
      const right = this.parseBinary(level + 1);
      left = {
        type: "Binary",
        op: BINARY_OP[this.types[i]],
        left,
        right,
        range: this.range(startOffset(left.range), endOffset(right.range))
      };
    }
  }
  /** A term with its attribute/index/splat traversals. */
  parseOperand() {
    const term = this.parseTerm();
    return this.parseTraversals(term, startOffset(term.range));
  }
  placeholder(start, end) {
    return { type: "Literal", value: null, range: this.range(start, end) };
  }
  parseTerm() {
    const i = this.next();
    const t = this.types[i];
    const start = this.starts[i];
    switch (t) {
      case 18 /* OParen */: {
        this.read();
        this.pushNewlines(false);
        const inner = this.parseExpression();
        let end;
        const c = this.next();
        if (this.types[c] === 19 /* CParen */) {
          this.read();
          end = this.ends[c];
        } else {
          this.failAtToken(`Expected ')' to close '(' at ${this.where(start)}, found ${this.describe(c)}`, c);
          end = this.ends[this.recoverTo(19 /* CParen */)];
        }
        this.popNewlines();
        return { type: "Paren", expr: inner, range: this.range(start, end) };
      }
      case 3 /* Number */: {
        this.read();
        const source = this.tokenText(i);
        const value = Number(source);
        if (!Number.isFinite(value)) this.report(`Invalid number literal '${source}'`, start, this.ends[i]);
        return { type: "Literal", value: Number.isFinite(value) ? value : 0, range: this.range(start, this.ends[i]) };
      }
      case 2 /* Ident */: {
        this.read();
        const after = this.peek();
        if (after === 18 /* OParen */ || after === 39 /* DoubleColon */) return this.parseFunctionCall(i);
        const name = this.tokenText(i);
        const range2 = this.range(start, this.ends[i]);
        if (name === "true") return { type: "Literal", value: true, range: range2 };
        if (name === "false") return { type: "Literal", value: false, range: range2 };
        if (name === "null") return { type: "Literal", value: null, range: range2 };
        return { type: "Variable", name, range: range2 };
      }
      case 4 /* OQuote */:
      case 8 /* OHeredoc */:
        this.read();
        return this.parseTemplate(i);
      case 26 /* Minus */:
      case 30 /* Bang */: {
        if (!this.enter(i)) return this.placeholder(start, start);
        try {
          this.read();
          const operand = this.parseOperand();
          return { type: "Unary", op: t === 26 /* Minus */ ? "-" : "!", operand, range: this.range(start, endOffset(operand.range)) };
        } finally {
          this.depth--;
        }
      }
      case 16 /* OBrack */:
        return this.parseTuple();
      case 14 /* OBrace */:
        return this.parseObject();
      default:
        this.failAtToken(`Expected an expression, found ${this.describe(i)}`, i);
        return this.placeholder(start, t === 0 /* EOF */ || t === 1 /* Newline */ ? start : this.ends[i]);
    }
  }
  parseTraversals(from, start) {
    let result2 = from;
    for (; ; ) {
      const i = this.next();
      const t = this.types[i];
      if (t === 20 /* Dot */) {
        this.read();
        const j = this.next();
        const tj = this.types[j];
        if (tj === 2 /* Ident */) {
          this.read();
          result2 = { type: "GetAttr", object: result2, name: this.tokenText(j), range: this.range(start, this.ends[j]) };
        } else if (tj === 3 /* Number */) {
          this.read();
          result2 = this.legacyIndex(result2, start, j);
        } else if (tj === 22 /* Star */) {
          this.read();
          result2 = this.parseAttrSplat(result2, start, i, j);
        } else {
          this.failAtToken(`Expected an attribute name, a number or '*' after '.', found ${this.describe(j)}`, j);
          return result2;
        }
        continue;
      }
      if (t === 16 /* OBrack */) {
        this.read();
        const k = this.next();
        if (this.types[k] === 22 /* Star */) {
          this.read();
          const c2 = this.next();
          let close;
          if (this.types[c2] === 17 /* CBrack */) {
            close = this.read();
          } else {
            this.failAtToken(`Expected ']' right after '[*' in a splat expression, found ${this.describe(c2)}`, c2);
            close = this.recoverTo(17 /* CBrack */);
          }
          if (!this.enter(i)) return result2;
          try {
            const item = { type: "SplatItem", range: this.range(this.starts[i], this.ends[close]) };
            const each = this.parseTraversals(item, this.starts[i]);
            result2 = { type: "Splat", object: result2, kind: "full", each, range: this.range(start, endOffset(each.range)) };
          } finally {
            this.depth--;
          }
          continue;
        }
        this.pushNewlines(false);
        const key = this.parseExpression();
        const c = this.next();
        let end;
        if (this.types[c] === 17 /* CBrack */) {
          this.read();
          end = this.ends[c];
        } else {
          this.failAtToken(`Expected ']' to close the index started at ${this.where(this.starts[i])}, found ${this.describe(c)}`, c);
          end = this.ends[this.recoverTo(17 /* CBrack */)];
        }
        this.popNewlines();
        result2 = { type: "Index", object: result2, key, range: this.range(start, end) };
        continue;
      }
      return result2;
    }
  }
  /** Legacy `foo.0` index; `foo.0.1` lexes as one number and is rejected as HCL does. */
  legacyIndex(object2, start, numberIndex) {
    const source = this.tokenText(numberIndex);
    const end = this.ends[numberIndex];
    if (source.includes(".")) {
      const [first, second] = source.split(".");
      this.report(
        `Invalid legacy index '.${source}': chained legacy indexes are not allowed; write [${first}][${second}] instead`,
        this.starts[numberIndex],
        end
      );
    }
    const value = Number.parseInt(source, 10);
    const key = { type: "Literal", value, range: this.range(this.starts[numberIndex], end) };
    return { type: "Index", object: object2, key, legacy: true, range: this.range(start, end) };
  }
  /** `x.*.a.b`: only attribute (and legacy index) steps belong to the splat. */
  parseAttrSplat(object2, start, dotIndex, starIndex) {
    const itemStart = this.starts[dotIndex];
    let each = { type: "SplatItem", range: this.range(itemStart, this.ends[starIndex]) };
    let end = this.ends[starIndex];
    while (this.peek() === 20 /* Dot */) {
      this.read();
      const j = this.next();
      const tj = this.types[j];
      if (tj === 3 /* Number */) {
        this.read();
        each = this.legacyIndex(each, itemStart, j);
      } else if (tj === 2 /* Ident */) {
        this.read();
        each = { type: "GetAttr", object: each, name: this.tokenText(j), range: this.range(itemStart, this.ends[j]) };
      } else {
        this.failAtToken(
          tj === 22 /* Star */ ? "A splat '*' cannot be used inside another attribute-only splat expression" : `Expected an attribute name after '.', found ${this.describe(j)}`,
          j
        );
        break;
      }
      end = this.ends[j];
    }
    return { type: "Splat", object: object2, kind: "attr", each, range: this.range(start, end) };
  }
  parseFunctionCall(nameIndex) {
    const start = this.starts[nameIndex];
    let name = this.tokenText(nameIndex);
    while (this.peek() === 39 /* DoubleColon */) {
      this.read();
      const j = this.next();
      if (this.types[j] !== 2 /* Ident */) {
        this.failAtToken(`Expected a function name after '::', found ${this.describe(j)}`, j);
        return this.placeholder(start, this.starts[j]);
      }
      this.read();
      name += "::" + this.tokenText(j);
    }
    const open = this.next();
    if (this.types[open] !== 18 /* OParen */) {
      this.failAtToken(`Expected '(' to start the arguments of function '${name}', found ${this.describe(open)}`, open);
      return this.placeholder(start, this.starts[open]);
    }
    this.read();
    this.pushNewlines(false);
    const args = [];
    let expandFinal = false;
    let close;
    for (; ; ) {
      if (this.peek() === 19 /* CParen */) {
        close = this.read();
        break;
      }
      const errorsBefore = this.errors.length;
      args.push(this.parseExpression());
      if (this.recovery && this.errors.length > errorsBefore) {
        close = this.recoverTo(19 /* CParen */);
        break;
      }
      const sep2 = this.next();
      const ts = this.types[sep2];
      if (ts === 19 /* CParen */) {
        close = this.read();
        break;
      }
      if (ts === 40 /* Ellipsis */) {
        this.read();
        expandFinal = true;
        const c = this.next();
        if (this.types[c] === 19 /* CParen */) {
          close = this.read();
        } else {
          this.failAtToken(`Expected ')' right after '...' in the call to '${name}', found ${this.describe(c)}`, c);
          close = this.recoverTo(19 /* CParen */);
        }
        break;
      }
      if (ts === 21 /* Comma */) {
        this.read();
        continue;
      }
      this.failAtToken(
        ts === 0 /* EOF */ ? `Missing ')' to close the call to '${name}' opened at ${this.where(this.starts[open])}: reached the end of the file` : `Expected ',' or ')' after an argument of '${name}', found ${this.describe(sep2)}`,
        sep2
      );
      close = this.recoverTo(19 /* CParen */);
      break;
    }
    this.popNewlines();
    const call = { type: "FunctionCall", name, args: fitted(args), expandFinal, range: this.range(start, this.ends[close]) };
    return call;
  }
  parseTuple() {
    const open = this.read();
    const start = this.starts[open];
    this.pushNewlines(false);
    try {
      if (this.isKeyword(this.next(), "for")) return this.parseFor(open, "tuple");
      const items2 = [];
      let close;
      for (; ; ) {
        if (this.peek() === 17 /* CBrack */) {
          close = this.read();
          break;
        }
        const errorsBefore = this.errors.length;
        items2.push(this.parseExpression());
        if (this.recovery && this.errors.length > errorsBefore) {
          close = this.recoverTo(17 /* CBrack */);
          break;
        }
        const sep2 = this.next();
        const ts = this.types[sep2];
        if (ts === 17 /* CBrack */) {
          close = this.read();
          break;
        }
        if (ts === 21 /* Comma */) {
          this.read();
          continue;
        }
        this.failAtToken(
          ts === 0 /* EOF */ ? `Missing ']' to close the list opened at ${this.where(start)}: reached the end of the file` : `Expected ',' or ']' after a list item, found ${this.describe(sep2)}`,
          sep2
        );
        close = this.recoverTo(17 /* CBrack */);
        break;
      }
      return { type: "Tuple", items: fitted(items2), range: this.range(start, this.ends[close]) };
    } finally {
      this.popNewlines();
    }
  }
  parseObject() {
    const open = this.read();
    const start = this.starts[open];
    this.pushNewlines(false);
    const isFor = this.isKeyword(this.next(), "for");
    if (isFor) {
      try {
        return this.parseFor(open, "object");
      } finally {
        this.popNewlines();
      }
    }
    this.popNewlines();
    this.pushNewlines(true);
    const items2 = [];
    let close;
    for (; ; ) {
      const i = this.next();
      const t = this.types[i];
      if (t === 1 /* Newline */) {
        this.read();
        continue;
      }
      if (t === 15 /* CBrace */) {
        close = this.read();
        break;
      }
      const errorsBefore = this.errors.length;
      const key = this.parseExpression();
      if (this.recovery && this.errors.length > errorsBefore) {
        close = this.recoverTo(15 /* CBrace */);
        break;
      }
      const eq = this.next();
      const te = this.types[eq];
      if (te !== 27 /* Equal */ && te !== 32 /* Colon */) {
        this.failAtToken(
          te === 0 /* EOF */ ? `Missing '}' to close the object opened at ${this.where(start)}: reached the end of the file` : `Expected '=' or ':' after an object key, found ${this.describe(eq)}`,
          eq
        );
        close = this.recoverTo(15 /* CBrace */);
        break;
      }
      this.read();
      const value = this.parseExpression();
      items2.push({ key, value, range: this.range(startOffset(key.range), endOffset(value.range)) });
      if (this.recovery && this.errors.length > errorsBefore) {
        close = this.recoverTo(15 /* CBrace */);
        break;
      }
      const sep2 = this.next();
      const ts = this.types[sep2];
      if (ts === 15 /* CBrace */) {
        close = this.read();
        break;
      }
      if (ts === 21 /* Comma */ || ts === 1 /* Newline */) {
        this.read();
        continue;
      }
      this.failAtToken(
        ts === 0 /* EOF */ ? `Missing '}' to close the object opened at ${this.where(start)}: reached the end of the file` : `Expected ',' or a newline between object items, found ${this.describe(sep2)}`,
        sep2
      );
      close = this.recoverTo(15 /* CBrace */);
      break;
    }
    this.popNewlines();
    return { type: "Object", items: fitted(items2), range: this.range(start, this.ends[close]) };
  }
  /** `[for k, v in coll : value if cond]` / `{for k, v in coll : key => value... if cond}` (called at `for`, newlines off). */
  parseFor(open, kind) {
    const closeType = kind === "tuple" ? 17 /* CBrack */ : 15 /* CBrace */;
    const closeChar = kind === "tuple" ? "]" : "}";
    const start = this.starts[open];
    this.read();
    const bail = () => this.placeholder(start, this.ends[this.recoverTo(closeType)]);
    let j = this.next();
    if (this.types[j] !== 2 /* Ident */) {
      this.failAtToken(`Expected a variable name after 'for', found ${this.describe(j)}`, j);
      return bail();
    }
    this.read();
    let keyVar;
    let valueVar = this.tokenText(j);
    if (this.peek() === 21 /* Comma */) {
      this.read();
      j = this.next();
      if (this.types[j] !== 2 /* Ident */) {
        this.failAtToken(`Expected a value variable name after ',' in the for expression, found ${this.describe(j)}`, j);
        return bail();
      }
      this.read();
      keyVar = valueVar;
      valueVar = this.tokenText(j);
    }
    j = this.next();
    if (!this.isKeyword(j, "in")) {
      this.failAtToken(`Expected 'in' after the for expression's variable names, found ${this.describe(j)}`, j);
      return bail();
    }
    this.read();
    let errorsBefore = this.errors.length;
    const collection = this.parseExpression();
    if (this.recovery && this.errors.length > errorsBefore) return bail();
    j = this.next();
    if (this.types[j] !== 32 /* Colon */) {
      this.failAtToken(`Expected ':' after the collection of the for expression, found ${this.describe(j)}`, j);
      return bail();
    }
    this.read();
    errorsBefore = this.errors.length;
    let keyExpr;
    let valueExpr = this.parseExpression();
    if (this.peek() === 41 /* FatArrow */) {
      this.read();
      keyExpr = valueExpr;
      valueExpr = this.parseExpression();
    }
    if (this.recovery && this.errors.length > errorsBefore) return bail();
    let group = false;
    let groupAt = -1;
    if (this.peek() === 40 /* Ellipsis */) {
      groupAt = this.read();
      group = true;
    }
    let cond;
    if (this.isKeyword(this.next(), "if")) {
      this.read();
      errorsBefore = this.errors.length;
      cond = this.parseExpression();
      if (this.recovery && this.errors.length > errorsBefore) return bail();
    }
    j = this.next();
    let close;
    if (this.types[j] === closeType) {
      close = this.read();
    } else {
      this.failAtToken(`Expected '${closeChar}' to end the for expression opened at ${this.where(start)}, found ${this.describe(j)}`, j);
      close = this.recoverTo(closeType);
    }
    if (kind === "tuple" && keyExpr) {
      this.report("A for expression that builds a list cannot have a key ('=>'); use '{' ... '}' to build an object", startOffset(keyExpr.range), endOffset(keyExpr.range));
    }
    if (kind === "tuple" && group) {
      this.report("Grouping '...' can only be used in a for expression that builds an object", this.starts[groupAt], this.ends[groupAt]);
    }
    if (kind === "object" && !keyExpr) {
      this.report("A for expression that builds an object needs a key: 'key => value'", startOffset(valueExpr.range), endOffset(valueExpr.range));
    }
    const node = {
      type: "For",
      valueVar,
      collection,
      valueExpr,
      group,
      kind,
      range: this.range(start, this.ends[close])
    };
    if (keyVar !== void 0) node.keyVar = keyVar;
    if (keyExpr) node.keyExpr = keyExpr;
    if (cond) node.cond = cond;
    return node;
  }
  // ---- templates ------------------------------------------------------------------------------------------------
  /** Parses the whole input as a template without delimiters (scanner must have been in bare-template mode). */
  parseBareTemplate() {
    return this.parseTemplate(-1);
  }
  /** Parses a quoted string or heredoc; `open` is the opening token (already consumed), or -1 for a bare template. */
  parseTemplate(open) {
    if (open >= 0 && this.types[open] === 4 /* OQuote */) {
      const i = this.pos;
      const t = this.types[i];
      if (t === 5 /* CQuote */ || t === 6 /* QuotedLit */ && this.types[i + 1] === 5 /* CQuote */) {
        const literal2 = t === 6 /* QuotedLit */;
        const close = literal2 ? i + 1 : i;
        const from = literal2 ? this.starts[i] : this.ends[open];
        const to = literal2 ? this.ends[i] : from;
        this.pos = close + 1;
        const part = { type: "TemplateLiteral", value: literal2 ? this.unescape(i, true) : "", range: this.range(from, to) };
        return { type: "Template", parts: [part], range: this.range(this.starts[open], this.ends[close]) };
      }
    }
    const bare = open < 0;
    const heredoc = !bare && this.types[open] === 8 /* OHeredoc */;
    const closeType = bare ? 0 /* EOF */ : heredoc ? 9 /* CHeredoc */ : 5 /* CQuote */;
    const start = bare ? 0 : this.starts[open];
    let marker = "";
    let flush = false;
    if (heredoc) {
      flush = this.text.charCodeAt(start + 2) === 45;
      marker = this.text.slice(start + (flush ? 3 : 2), this.ends[open]).trimEnd();
    }
    const raw = [];
    let trimNext = false;
    let end;
    for (; ; ) {
      const i = this.pos;
      const t = this.types[i];
      if (t === closeType) {
        if (!bare) this.pos++;
        end = this.ends[i];
        break;
      }
      if (t === 6 /* QuotedLit */ || t === 10 /* StringLit */) {
        this.pos++;
        let value = this.unescape(i, t === 6 /* QuotedLit */);
        if (trimNext) value = trimStartGo(value);
        trimNext = false;
        raw.push({ kind: "literal", value, start: this.starts[i], end: this.ends[i] });
        continue;
      }
      trimNext = false;
      if (t === 11 /* TemplateInterp */ || t === 12 /* TemplateControl */) {
        const stripLeft = this.ends[i] - this.starts[i] === 3;
        const previous = raw[raw.length - 1];
        if (stripLeft && previous?.kind === "literal") previous.value = trimEndGo(previous.value);
        this.pos++;
        this.pushNewlines(false);
        const part = t === 11 /* TemplateInterp */ ? this.parseInterpolation(i, stripLeft) : this.parseDirective(i);
        this.popNewlines();
        if (part) {
          raw.push(part);
          const last = this.pos - 1;
          trimNext = this.types[last] === 13 /* TemplateSeqEnd */ && this.ends[last] - this.starts[last] === 2;
        }
        continue;
      }
      if (t === 7 /* QuotedNewline */) {
        this.pos++;
        this.fail(`Unterminated string: expected '"' before the end of the line`, start, this.starts[i]);
        end = this.starts[i];
        break;
      }
      if (t === 0 /* EOF */) {
        this.fail(
          heredoc ? `Unterminated heredoc: expected the closing marker '${marker}' on a line of its own before the end of the file` : `Unterminated string: expected '"' before the end of the file`,
          start,
          heredoc ? start + 2 + (flush ? 1 : 0) + marker.length : this.ends[open]
        );
        end = this.starts[i];
        break;
      }
      this.pos++;
      this.failAtToken(`Unexpected ${this.describe(i)} in a template`, i);
    }
    const stripped = flush ? flushHeredocIndent(raw) : 0;
    const melded = meldLiterals(raw);
    if (melded.length === 0) {
      const at = bare ? 0 : this.ends[open];
      melded.push({ kind: "literal", value: "", start: at, end: at });
    }
    const node = { type: "Template", parts: fitted(this.nestTemplateParts(melded, end)), range: this.range(start, end) };
    if (heredoc) node.heredoc = stripped > 0 ? { marker, indent: flush, stripped } : { marker, indent: flush };
    return node;
  }
  /** After `${`: the expression and the closing `}`. */
  parseInterpolation(open, stripLeft) {
    const expr = this.parseExpression();
    const c = this.next();
    let end;
    let stripRight = false;
    if (this.types[c] === 13 /* TemplateSeqEnd */) {
      this.read();
      end = this.ends[c];
      stripRight = end - this.starts[c] === 2;
    } else {
      this.failAtToken(
        this.types[c] === 0 /* EOF */ ? `Missing '}' to close the interpolation opened at ${this.where(this.starts[open])}: reached the end of the file` : `Expected '}' to close the interpolation opened at ${this.where(this.starts[open])}, found ${this.describe(c)}`,
        c
      );
      end = this.ends[this.recoverTo(13 /* TemplateSeqEnd */)];
    }
    const start = this.starts[open];
    const node = { type: "TemplateInterpolation", expr, stripLeft, stripRight, range: this.range(start, end) };
    return { kind: "interp", node, start, end };
  }
  /** After `%{`: one directive keyword with its operands and the closing `}`. */
  parseDirective(open) {
    const start = this.starts[open];
    const k = this.next();
    if (this.types[k] !== 2 /* Ident */) {
      this.failAtToken(`Expected a template directive (if, else, endif, for, endfor) after '%{', found ${this.describe(k)}`, k);
      this.recoverTo(13 /* TemplateSeqEnd */);
      return null;
    }
    this.read();
    const keyword = this.tokenText(k);
    let part;
    switch (keyword) {
      case "if":
        part = { kind: "if", cond: this.parseExpression(), start, end: 0 };
        break;
      case "else":
      case "endif":
      case "endfor":
        part = { kind: keyword, start, end: 0 };
        break;
      case "for": {
        let j = this.next();
        if (this.types[j] !== 2 /* Ident */) {
          this.failAtToken(`Expected a variable name after '%{for', found ${this.describe(j)}`, j);
          this.recoverTo(13 /* TemplateSeqEnd */);
          return null;
        }
        this.read();
        let keyVar;
        let valueVar = this.tokenText(j);
        if (this.peek() === 21 /* Comma */) {
          this.read();
          j = this.next();
          if (this.types[j] !== 2 /* Ident */) {
            this.failAtToken(`Expected a value variable name after ',' in '%{for', found ${this.describe(j)}`, j);
            this.recoverTo(13 /* TemplateSeqEnd */);
            return null;
          }
          this.read();
          keyVar = valueVar;
          valueVar = this.tokenText(j);
        }
        j = this.next();
        if (!this.isKeyword(j, "in")) {
          this.failAtToken(`Expected 'in' after the variable names of '%{for', found ${this.describe(j)}`, j);
          this.recoverTo(13 /* TemplateSeqEnd */);
          return null;
        }
        this.read();
        const collection = this.parseExpression();
        part = { kind: "for", valueVar, collection, start, end: 0 };
        if (keyVar !== void 0) part.keyVar = keyVar;
        break;
      }
      default:
        this.failAtToken(`Unknown template directive '${keyword}': expected if, else, endif, for or endfor`, k);
        this.recoverTo(13 /* TemplateSeqEnd */);
        return null;
    }
    const c = this.next();
    if (this.types[c] === 13 /* TemplateSeqEnd */) {
      this.read();
      part.end = this.ends[c];
    } else {
      this.failAtToken(`Expected '}' to end the '%{${keyword}' directive, found ${this.describe(c)}`, c);
      part.end = this.ends[this.recoverTo(13 /* TemplateSeqEnd */)];
    }
    return part;
  }
  /** Turns the flat part list into nested TemplateIf / TemplateFor nodes, reporting unbalanced directives. */
  nestTemplateParts(raw, templateEnd) {
    const root = [];
    const stack = [];
    let target = root;
    for (const part of raw) {
      switch (part.kind) {
        case "literal": {
          const literal2 = { type: "TemplateLiteral", value: part.value, range: this.range(part.start, part.end) };
          target.push(literal2);
          break;
        }
        case "interp":
          target.push(part.node);
          break;
        case "if": {
          const node = { type: "TemplateIf", cond: part.cond, then: [], range: this.range(part.start, part.end) };
          target.push(node);
          stack.push({ node, target, start: part.start, inElse: false });
          target = node.then;
          break;
        }
        case "for": {
          const node = {
            type: "TemplateFor",
            valueVar: part.valueVar,
            collection: part.collection,
            body: [],
            range: this.range(part.start, part.end)
          };
          if (part.keyVar !== void 0) node.keyVar = part.keyVar;
          target.push(node);
          stack.push({ node, target, start: part.start, inElse: false });
          target = node.body;
          break;
        }
        case "else": {
          const top = stack[stack.length - 1];
          if (top && top.node.type === "TemplateIf" && !top.inElse) {
            top.inElse = true;
            top.node.else = [];
            target = top.node.else;
          } else {
            this.fail(
              top?.node.type === "TemplateIf" ? `Unexpected '%{else}': the '%{if}' at ${this.where(top.start)} already has an else branch` : "Unexpected '%{else}': it must be inside a '%{if}' directive",
              part.start,
              part.end
            );
          }
          break;
        }
        case "endif":
        case "endfor": {
          const wanted = part.kind === "endif" ? "TemplateIf" : "TemplateFor";
          const top = stack[stack.length - 1];
          if (top && top.node.type === wanted) {
            stack.pop();
            top.node.range = this.range(top.start, part.end);
            target = top.target;
          } else {
            const opener = part.kind === "endif" ? "if" : "for";
            this.fail(
              top ? `Unexpected '%{${part.kind}}': expected '%{${top.node.type === "TemplateIf" ? "endif" : "endfor"}}' to close the directive at ${this.where(top.start)}` : `Unexpected '%{${part.kind}}': there is no open '%{${opener}}' directive`,
              part.start,
              part.end
            );
          }
          break;
        }
      }
    }
    while (stack.length > 0) {
      const top = stack.pop();
      const closer = top.node.type === "TemplateIf" ? "endif" : "endfor";
      this.fail(`Missing '%{${closer}}' for the directive opened at ${this.where(top.start)}`, top.start, endOffset(top.node.range));
      top.node.range = this.range(top.start, templateEnd);
    }
    return root;
  }
  /** Literal text of a template token: quoted strings process backslash escapes; both forms process `$${` and `%%{`. */
  unescape(i, quoted) {
    const text2 = this.text;
    const end = this.ends[i];
    let k = this.starts[i];
    let chunk = k;
    let out = "";
    while (k < end) {
      const c = text2.charCodeAt(k);
      if (c === 92 && quoted) {
        out += text2.slice(chunk, k);
        k = this.escape(k, end, (s) => out += s);
        chunk = k;
        continue;
      }
      if ((c === 36 || c === 37) && text2.charCodeAt(k + 1) === c && text2.charCodeAt(k + 2) === 123 && k + 2 < end) {
        out += text2.slice(chunk, k + 1);
        k += 2;
        chunk = k;
        continue;
      }
      k++;
    }
    return chunk === this.starts[i] ? text2.slice(chunk, end) : out + text2.slice(chunk, end);
  }
  /** Processes the escape at `k` (a backslash); returns the offset after it. */
  escape(k, end, emit) {
    const text2 = this.text;
    if (k + 1 >= end) {
      this.report("Invalid escape sequence: a backslash must be followed by an escape character", k, k + 1);
      return k + 1;
    }
    const selector = text2.charCodeAt(k + 1);
    switch (selector) {
      case 110:
        emit("\n");
        return k + 2;
      case 114:
        emit("\r");
        return k + 2;
      case 116:
        emit("	");
        return k + 2;
      case 34:
        emit('"');
        return k + 2;
      case 92:
        emit("\\");
        return k + 2;
      case 117:
      case 85: {
        const digits = selector === 117 ? 4 : 8;
        let n = 0;
        while (n < digits && k + 2 + n < end && isHexDigit(text2.charCodeAt(k + 2 + n))) n++;
        if (n < digits) {
          this.report(
            `Invalid escape sequence: \\${String.fromCharCode(selector)} must be followed by ${digits === 4 ? "four" : "eight"} hexadecimal digits`,
            k,
            k + 2 + n
          );
          return k + 2 + n;
        }
        const codePoint = Number.parseInt(text2.slice(k + 2, k + 2 + digits), 16);
        if (codePoint > 1114111 || codePoint >= 55296 && codePoint <= 57343) {
          this.report(`Invalid escape sequence: U+${codePoint.toString(16).toUpperCase()} is not a valid Unicode character`, k, k + 2 + digits);
        } else {
          emit(String.fromCodePoint(codePoint));
        }
        return k + 2 + digits;
      }
      default: {
        const width = selector >= 55296 && selector <= 56319 ? 2 : 1;
        const symbol = text2.slice(k + 1, k + 1 + width);
        this.report(`Invalid escape sequence '\\${symbol}': expected one of \\n \\r \\t \\" \\\\ \\uNNNN \\UNNNNNNNN`, k, k + 1 + width);
        emit(symbol);
        return k + 1 + width;
      }
    }
  }
};
function openerOf(close) {
  switch (close) {
    case 15 /* CBrace */:
      return 14 /* OBrace */;
    case 17 /* CBrack */:
      return 16 /* OBrack */;
    case 19 /* CParen */:
      return 18 /* OParen */;
    case 5 /* CQuote */:
      return 4 /* OQuote */;
    case 9 /* CHeredoc */:
      return 8 /* OHeredoc */;
    case 13 /* TemplateSeqEnd */:
      return 11 /* TemplateInterp */;
    default:
      return 0 /* EOF */;
  }
}
function isHexDigit(c) {
  return c >= 48 && c <= 57 || c >= 97 && c <= 102 || c >= 65 && c <= 70;
}
function trimStartGo(s) {
  let i = 0;
  while (i < s.length && isGoSpace(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}
function trimEndGo(s) {
  let i = s.length;
  while (i > 0 && isGoSpace(s.charCodeAt(i - 1))) i--;
  return i === s.length ? s : s.slice(0, i);
}
function flushHeredocIndent(raw) {
  let minSpaces = Number.POSITIVE_INFINITY;
  let atLineStart = true;
  const adjust = [];
  for (const part of raw) {
    if (atLineStart) {
      atLineStart = false;
      let spaces = 0;
      if (part.kind === "literal") {
        const value = part.value;
        let ws = 0;
        while (ws < value.length && isGoSpace(value.charCodeAt(ws))) ws++;
        if (ws === value.length && value.endsWith("\n")) {
          spaces = Number.POSITIVE_INFINITY;
        } else {
          spaces = ws;
          adjust.push(part);
        }
      }
      if (spaces < minSpaces) minSpaces = spaces;
    }
    if (part.kind === "literal" && part.value.endsWith("\n")) atLineStart = true;
  }
  if (!Number.isFinite(minSpaces) || minSpaces === 0) return 0;
  for (const part of adjust) {
    part.value = part.value.slice(minSpaces);
    part.start += minSpaces;
  }
  return minSpaces;
}
function meldLiterals(raw) {
  if (raw.length < 2) return raw;
  const out = [];
  for (const part of raw) {
    const previous = out[out.length - 1];
    if (part.kind === "literal" && previous?.kind === "literal") {
      out[out.length - 1] = { kind: "literal", value: previous.value + part.value, start: previous.start, end: part.end };
    } else {
      out.push(part);
    }
  }
  return out;
}

// src/parse/hcl/positions.ts
var MappedPositions = class {
  constructor(file, base, offsets) {
    this.file = file;
    this.base = base;
    this.offsets = offsets;
  }
  file;
  base;
  offsets;
  pos(offset) {
    const offsets = this.offsets;
    return this.file.pos(offsets ? offsets[Math.min(offset, offsets.length - 1)] : this.base + offset);
  }
  range(start, end) {
    return new LazyRange(this, start, end);
  }
};

// src/parse/hcl/json.ts
var JsonSyntaxError = class extends Error {
  constructor(message, start, end) {
    super(message);
    this.start = start;
    this.end = end;
  }
  start;
  end;
};
var JsonReader = class {
  constructor(text2) {
    this.text = text2;
    if (text2.charCodeAt(0) === 65279) this.i = 1;
  }
  text;
  i = 0;
  depth = 0;
  document() {
    const value = this.value();
    this.space();
    if (this.i < this.text.length) this.error("Expected the end of the JSON document", this.i);
    return value;
  }
  describe(at) {
    if (at >= this.text.length) return "the end of the file";
    const ch = String.fromCodePoint(this.text.codePointAt(at));
    return ch === "\n" || ch === "\r" ? "a line break" : `'${ch}'`;
  }
  error(expected, at) {
    throw new JsonSyntaxError(`${expected}, found ${this.describe(at)}`, at, Math.min(at + 1, this.text.length));
  }
  space() {
    const text2 = this.text;
    for (; ; ) {
      const c = text2.charCodeAt(this.i);
      if (c === 32 || c === 10 || c === 13 || c === 9) this.i++;
      else return;
    }
  }
  value() {
    this.space();
    const text2 = this.text;
    const start = this.i;
    const c = text2.charCodeAt(start);
    if (c === 123) return this.nested(() => this.object());
    if (c === 91) return this.nested(() => this.array());
    if (c === 34) return this.string();
    if (c === 45 || c >= 48 && c <= 57) return this.number();
    if (text2.startsWith("true", start)) return this.literal(start, 4, true);
    if (text2.startsWith("false", start)) return this.literal(start, 5, false);
    if (text2.startsWith("null", start)) return this.literal(start, 4, null);
    return this.error("Expected a JSON value", start);
  }
  literal(start, width, value) {
    this.i = start + width;
    return { kind: "literal", start, end: this.i, value };
  }
  nested(read) {
    if (++this.depth > MAX_NESTING) {
      throw new JsonSyntaxError(`Nesting is too deep: more than ${MAX_NESTING} levels of JSON arrays and objects`, this.i, this.i + 1);
    }
    const node = read();
    this.depth--;
    return node;
  }
  object() {
    const start = this.i++;
    const props = [];
    this.space();
    if (this.text.charCodeAt(this.i) === 125) {
      this.i++;
      return { kind: "object", start, end: this.i, props };
    }
    for (; ; ) {
      this.space();
      if (this.text.charCodeAt(this.i) !== 34) this.error("Expected a quoted property name", this.i);
      const key = this.string();
      this.space();
      if (this.text.charCodeAt(this.i) !== 58) this.error(`Expected ':' after property name "${key.value}"`, this.i);
      this.i++;
      props.push({ key, value: this.value() });
      this.space();
      const c = this.text.charCodeAt(this.i);
      if (c === 44) {
        this.i++;
        continue;
      }
      if (c === 125) {
        this.i++;
        return { kind: "object", start, end: this.i, props };
      }
      this.error(`Expected ',' or '}' after the value of property "${key.value}"`, this.i);
    }
  }
  array() {
    const start = this.i++;
    const items2 = [];
    this.space();
    if (this.text.charCodeAt(this.i) === 93) {
      this.i++;
      return { kind: "array", start, end: this.i, items: items2 };
    }
    for (; ; ) {
      items2.push(this.value());
      this.space();
      const c = this.text.charCodeAt(this.i);
      if (c === 44) {
        this.i++;
        continue;
      }
      if (c === 93) {
        this.i++;
        return { kind: "array", start, end: this.i, items: items2 };
      }
      this.error("Expected ',' or ']' after an array item", this.i);
    }
  }
  number() {
    const text2 = this.text;
    const start = this.i;
    const digits = () => {
      const from = this.i;
      while (text2.charCodeAt(this.i) >= 48 && text2.charCodeAt(this.i) <= 57) this.i++;
      return this.i - from;
    };
    if (text2.charCodeAt(this.i) === 45) this.i++;
    if (text2.charCodeAt(this.i) === 48) this.i++;
    else if (digits() === 0) this.error("Expected a digit in the number", this.i);
    if (text2.charCodeAt(this.i) === 46) {
      this.i++;
      if (digits() === 0) this.error("Expected a digit after '.' in the number", this.i);
    }
    const e = text2.charCodeAt(this.i);
    if (e === 101 || e === 69) {
      this.i++;
      const sign = text2.charCodeAt(this.i);
      if (sign === 43 || sign === 45) this.i++;
      if (digits() === 0) this.error("Expected a digit in the exponent of the number", this.i);
    }
    return { kind: "number", start, end: this.i, value: Number(text2.slice(start, this.i)) };
  }
  string() {
    const text2 = this.text;
    const start = this.i++;
    let j = this.i;
    for (; ; ) {
      const c = text2.charCodeAt(j);
      if (c === 34) {
        this.i = j + 1;
        return { kind: "string", start, end: this.i, value: text2.slice(start + 1, j), offsets: null };
      }
      if (c === 92 || c < 32 || j >= text2.length) break;
      j++;
    }
    let value = "";
    const offsets = [];
    j = this.i;
    for (; ; ) {
      if (j >= text2.length) throw new JsonSyntaxError(`Unterminated string: expected '"' before the end of the file`, start, start + 1);
      const c = text2.charCodeAt(j);
      if (c === 34) break;
      if (c < 32) this.error(`Expected '"' to close the string (control characters must be escaped)`, j);
      if (c !== 92) {
        value += text2[j];
        offsets.push(j);
        j++;
        continue;
      }
      const e = text2.charCodeAt(j + 1);
      const simple = e === 34 ? '"' : e === 92 ? "\\" : e === 47 ? "/" : e === 98 ? "\b" : e === 102 ? "\f" : e === 110 ? "\n" : e === 114 ? "\r" : e === 116 ? "	" : void 0;
      if (simple !== void 0) {
        value += simple;
        offsets.push(j);
        j += 2;
        continue;
      }
      if (e === 117 && /^[0-9a-fA-F]{4}$/.test(text2.slice(j + 2, j + 6))) {
        value += String.fromCharCode(Number.parseInt(text2.slice(j + 2, j + 6), 16));
        offsets.push(j);
        j += 6;
        continue;
      }
      throw new JsonSyntaxError(`Invalid escape sequence '\\${text2[j + 1] ?? ""}' in a JSON string`, j, Math.min(j + 2, text2.length));
    }
    offsets.push(j);
    this.i = j + 1;
    return { kind: "string", start, end: this.i, value, offsets: Int32Array.from(offsets) };
  }
};
var TOP_LEVEL = {
  resource: { labels: 2, context: "resource" },
  data: { labels: 2, context: "resource" },
  ephemeral: { labels: 2, context: "resource" },
  module: { labels: 1, context: "attributes" },
  variable: { labels: 1, context: "variable" },
  output: { labels: 1, context: "output" },
  provider: { labels: 1, context: "resource" },
  locals: { labels: 0, context: "attributes" },
  terraform: { labels: 0, context: "terraform" },
  moved: { labels: 0, context: "attributes" },
  import: { labels: 0, context: "attributes" },
  removed: { labels: 0, context: "resource" },
  check: { labels: 1, context: "check" }
};
var RESOURCE_BLOCKS = {
  lifecycle: { labels: 0, context: "resource" },
  provisioner: { labels: 1, context: "resource" },
  connection: { labels: 0, context: "attributes" },
  dynamic: { labels: 1, context: "dynamic" },
  precondition: { labels: 0, context: "attributes" },
  postcondition: { labels: 0, context: "attributes" },
  statement: { labels: 0, context: "resource" },
  principals: { labels: 0, context: "attributes" },
  not_principals: { labels: 0, context: "attributes" },
  condition: { labels: 0, context: "attributes" },
  inline_policy: { labels: 0, context: "attributes" }
};
var NESTED = {
  top: TOP_LEVEL,
  resource: RESOURCE_BLOCKS,
  dynamic: { content: { labels: 0, context: "resource" } },
  terraform: {
    required_providers: { labels: 0, context: "attributes" },
    backend: { labels: 1, context: "attributes" },
    cloud: { labels: 0, context: "cloud" },
    provider_meta: { labels: 1, context: "attributes" }
  },
  cloud: { workspaces: { labels: 0, context: "attributes" } },
  variable: { validation: { labels: 0, context: "attributes" } },
  output: { precondition: { labels: 0, context: "attributes" } },
  check: { data: { labels: 2, context: "resource" }, assert: { labels: 0, context: "attributes" } },
  attributes: {}
};
var COMMENT_KEY = "//";
var JsonConverter = class {
  constructor(text2, positions) {
    this.text = text2;
    this.positions = positions;
  }
  text;
  positions;
  errors = [];
  range(start, end) {
    return this.positions.range(start, end);
  }
  error(message, node) {
    this.errors.push({ message, range: this.range(node.start, node.end) });
  }
  root(node, variables) {
    const body2 = this.emptyBody(node);
    if (node.kind !== "object") {
      this.error("Expected a JSON object at the top level of a Terraform JSON file", node);
      return body2;
    }
    if (variables) {
      const seen = /* @__PURE__ */ new Set();
      for (const prop2 of node.props) if (prop2.key.value !== COMMENT_KEY) this.addAttribute(body2, prop2, "attributes", seen);
    } else {
      for (const prop2 of node.props) {
        if (prop2.key.value === COMMENT_KEY) continue;
        const rule = TOP_LEVEL[prop2.key.value] ?? { labels: 0, context: "attributes" };
        this.addBlocks(body2, prop2, rule);
      }
    }
    body2.range = this.range(0, this.text.length);
    return body2;
  }
  emptyBody(node) {
    return { type: "Body", range: this.range(node.start, node.end), attributes: [], blocks: [], items: [], fromJson: true };
  }
  body(node, context, blockType) {
    const body2 = this.emptyBody(node);
    if (node.kind !== "object") {
      this.error(`Expected a JSON object for the body of block '${blockType}'`, node);
      return body2;
    }
    const rules = NESTED[context];
    const seen = /* @__PURE__ */ new Set();
    for (const prop2 of node.props) {
      const name = prop2.key.value;
      if (name === COMMENT_KEY) continue;
      const rule = Object.hasOwn(rules, name) ? rules[name] : void 0;
      if (rule && isBlockShaped(prop2.value)) this.addBlocks(body2, prop2, rule);
      else this.addAttribute(body2, prop2, context, seen);
    }
    return body2;
  }
  addAttribute(body2, prop2, context, seen) {
    const name = prop2.key.value;
    if (seen.has(name)) {
      this.error(`Duplicate attribute '${name}' in this JSON object`, prop2.key);
      return;
    }
    const expr = context === "variable" && name === "type" && prop2.value.kind === "string" ? this.stringAsExpression(prop2.value) : this.expression(prop2.value);
    const attribute = {
      type: "Attribute",
      name,
      nameRange: this.range(prop2.key.start, prop2.key.end),
      expr,
      range: this.range(prop2.key.start, prop2.value.end)
    };
    seen.add(name);
    body2.attributes.push(attribute);
    body2.items.push(attribute);
  }
  /** One property whose value holds blocks of type `prop.key`: labels nest as object keys, arrays repeat. */
  addBlocks(body2, prop2, rule) {
    const blockType = prop2.key.value;
    const typeRange = this.range(prop2.key.start, prop2.key.end);
    const collect = (node, labels) => {
      if (node.kind === "array") {
        for (const item of node.items) collect(item, labels);
        return;
      }
      if (labels.length < rule.labels) {
        if (node.kind !== "object") {
          this.error(`Expected a JSON object whose keys are the labels of block '${blockType}'`, node);
          return;
        }
        for (const labelProp of node.props) {
          if (labelProp.key.value !== COMMENT_KEY) collect(labelProp.value, [...labels, labelProp.key]);
        }
        return;
      }
      const block = {
        type: "Block",
        blockType,
        typeRange,
        labels: labels.map((l) => l.value),
        labelRanges: labels.map((l) => this.range(l.start, l.end)),
        body: this.body(node, rule.context, blockType),
        range: this.range(prop2.key.start, node.end)
      };
      body2.blocks.push(block);
      body2.items.push(block);
    };
    collect(prop2.value, []);
  }
  expression(node) {
    switch (node.kind) {
      case "string":
        return this.template(node);
      case "number":
      case "literal":
        return { type: "Literal", value: node.value, range: this.range(node.start, node.end) };
      case "array":
        return { type: "Tuple", items: node.items.map((item) => this.expression(item)), range: this.range(node.start, node.end) };
      case "object": {
        const items2 = node.props.map((prop2) => ({
          key: this.template(prop2.key),
          value: this.expression(prop2.value),
          range: this.range(prop2.key.start, prop2.value.end)
        }));
        return { type: "Object", items: items2, range: this.range(node.start, node.end) };
      }
    }
  }
  /**
   * Parses the decoded text of a JSON string, then moves every range from decoded-text offsets to file positions
   * (the parser combines offsets of child nodes, so it must work in one coordinate space).
   */
  parseString(node, parse, bareTemplate) {
    const parser = new HclParser(node.value, new PositionTable(node.value), bareTemplate);
    const result2 = parse(parser);
    parser.dispose();
    const mapped = new MappedPositions(this.positions, node.start + 1, node.offsets);
    remapRanges(result2, mapped, 0);
    for (const e of parser.errors) this.errors.push({ message: e.message, range: mapped.range(startOffset(e.range), endOffset(e.range)) });
    return result2;
  }
  /** A JSON string is a template: literal text with `${...}` interpolations and `%{...}` directives. */
  template(node) {
    const template = this.parseString(node, (parser) => parser.parseBareTemplate(), true);
    template.range = this.range(node.start, node.end);
    return template;
  }
  stringAsExpression(node) {
    return this.parseString(node, (parser) => parser.parseStandaloneExpression(), false);
  }
};
function remapRanges(node, mapped, depth) {
  if (node === null || typeof node !== "object" || depth > MAX_NESTING * 4) return;
  if (Array.isArray(node)) {
    for (const item of node) remapRanges(item, mapped, depth + 1);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "range") {
      const range2 = value;
      node.range = mapped.range(startOffset(range2), endOffset(range2));
    } else if (value !== null && typeof value === "object") {
      remapRanges(value, mapped, depth + 1);
    }
  }
}
function isBlockShaped(node) {
  return node.kind === "object" || node.kind === "array" && node.items.every((item) => item.kind === "object");
}
function parseTfJson(text2, file) {
  const positions = new PositionTable(text2);
  const converter = new JsonConverter(text2, positions);
  const empty2 = { type: "Body", range: positions.range(0, text2.length), attributes: [], blocks: [], items: [], fromJson: true };
  let body2 = empty2;
  try {
    const document = new JsonReader(text2).document();
    body2 = converter.root(document, file.endsWith(".tfvars.json"));
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      converter.errors.push({ message: error.message, range: positions.range(error.start, error.end) });
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      converter.errors.push({ message: `Could not parse this file: ${reason}`, range: positions.range(0, 0) });
    }
  }
  const errors = converter.errors.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return { file: { path: file, body: body2, comments: [] }, errors };
}

// src/parse/hcl/index.ts
function parseHcl(text2, file) {
  const positions = new PositionTable(text2);
  try {
    const parser = new HclParser(text2, positions);
    const body2 = parser.parseFile();
    parser.dispose();
    const errors = parser.errors.slice().sort((a, b) => a.range.start.offset - b.range.start.offset);
    return { file: { path: file, body: body2, comments: parser.tokens.comments }, errors };
  } catch (error) {
    const range2 = positions.range(0, 0);
    const reason = error instanceof Error ? error.message : String(error);
    return {
      file: { path: file, body: { type: "Body", range: range2, attributes: [], blocks: [], items: [] }, comments: [] },
      errors: [{ message: `Could not parse this file: ${reason}`, range: range2 }]
    };
  }
}

// src/evaluate/budget.ts
var MAX_EVALUATION_STEPS = 2e6;
var remaining = Infinity;
var active = false;
var limitOfUnit = MAX_EVALUATION_STEPS;
var largestUnit = 0;
function countStep() {
  return --remaining < 0;
}
function countSteps(n) {
  remaining -= n;
  return remaining < 0;
}
var BudgetExhausted = class extends Error {
  constructor(file, span) {
    super("evaluation budget exhausted");
    this.file = file;
    this.span = span;
    this.name = "BudgetExhausted";
  }
  file;
  span;
};
function runWithBudget(what, fn, limit = MAX_EVALUATION_STEPS) {
  if (active) return { result: fn() };
  active = true;
  remaining = limit;
  limitOfUnit = limit;
  try {
    return { result: fn() };
  } catch (err) {
    if (err instanceof BudgetExhausted) return { result: void 0, exhausted: budgetError(err, what) };
    throw err;
  } finally {
    largestUnit = Math.max(largestUnit, limit - Math.max(remaining, 0));
    active = false;
    remaining = Infinity;
  }
}
function budgetError(err, what) {
  const at = err.span ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const limit = limitOfUnit.toLocaleString("en-US");
  return {
    file: err.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    message: `evaluation of ${err.file} stopped: it needs more than ${limit} evaluation steps (limit ${limit}); simplify nested loops or split the ${what}`,
    code: "too-large"
  };
}

// src/evaluate/terraform/values.ts
var EvalError = class {
  constructor(message, file, range2) {
    this.message = message;
    this.file = file;
    this.range = range2;
  }
  message;
  file;
  range;
};
function spanOf(range2, file) {
  if (!(range2 instanceof LazyRange)) return makeSpan(range2, file);
  const known2 = range2.span;
  if (known2 !== void 0 && known2.file === file) return known2;
  return range2.span = makeSpan(range2, file);
}
function makeSpan(range2, file) {
  const start = range2.start;
  const end = range2.end;
  return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
var mkStr = (value, span, unknowns) => unknowns && unknowns.length > 0 ? { kind: "string", value, unknowns, span } : { kind: "string", value, span };
var mkNum = (value, span) => ({ kind: "number", value, span });
var mkBool = (value, span) => ({ kind: "bool", value, span });
var mkNull = (span) => ({ kind: "null", span });
var mkList = (items2, span) => ({ kind: "list", items: items2, span });
var mkObj = (entries, span) => ({ kind: "object", entries, span });
var mkUnknown = (expr, span, reason, ref) => ref ? { kind: "unknown", expr, reason, ref, span } : { kind: "unknown", expr, reason, span };
function isWhollyKnown(v) {
  switch (v.kind) {
    case "unknown":
      return false;
    case "string":
      return !v.unknowns || v.unknowns.length === 0;
    case "list":
      return v.items.every(isWhollyKnown);
    case "object":
      for (const x of v.entries.values()) if (!isWhollyKnown(x)) return false;
      return true;
    default:
      return true;
  }
}
function firstUnknown(v) {
  switch (v.kind) {
    case "unknown":
      return v;
    case "list":
      for (const i of v.items) {
        const u = firstUnknown(i);
        if (u) return u;
      }
      return void 0;
    case "object":
      for (const i of v.entries.values()) {
        const u = firstUnknown(i);
        if (u) return u;
      }
      return void 0;
    default:
      return void 0;
  }
}
function typeName(v) {
  switch (v.kind) {
    case "list":
      return "tuple";
    case "object":
      return "object";
    case "unknown":
      return "unknown value";
    default:
      return v.kind;
  }
}
function formatNumber(n) {
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n === 0 ? 0 : n) : BigInt(n).toString();
  const s = String(n);
  const e = s.indexOf("e");
  if (e < 0) return s;
  const negative = s.startsWith("-");
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const digits = mantissa.replace(".", "");
  const pointAt = (dot < 0 ? mantissa.length : dot) + exponent;
  let text2;
  if (pointAt <= 0) text2 = "0." + "0".repeat(-pointAt) + digits;
  else if (pointAt >= digits.length) text2 = digits + "0".repeat(pointAt - digits.length);
  else text2 = digits.slice(0, pointAt) + "." + digits.slice(pointAt);
  return (negative ? "-" : "") + text2;
}
function primitiveToString(v) {
  switch (v.kind) {
    case "string":
      return v.value;
    case "number":
      return formatNumber(v.value);
    case "bool":
      return v.value ? "true" : "false";
    default:
      return void 0;
  }
}
var NUMBER_TEXT = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
function parseNumber(text2) {
  return NUMBER_TEXT.test(text2) ? Number(text2) : void 0;
}
function valuesEqual(a, b) {
  if (a.kind === "unknown" || b.kind === "unknown") return void 0;
  if (a.kind === "string" && b.kind === "string") {
    if (a.unknowns?.length || b.unknowns?.length) return void 0;
    return a.value === b.value;
  }
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "number":
    case "bool":
      return a.value === b.value;
    case "null":
      return true;
    case "list": {
      const bi = b.items;
      if (a.items.length !== bi.length) return false;
      let unsure = false;
      for (let i = 0; i < bi.length; i++) {
        const eq = valuesEqual(a.items[i], bi[i]);
        if (eq === false) return false;
        if (eq === void 0) unsure = true;
      }
      return unsure ? void 0 : true;
    }
    case "object": {
      const be = b.entries;
      if (a.entries.size !== be.size) return false;
      let unsure = false;
      for (const [k, x] of a.entries) {
        const y = be.get(k);
        if (!y) return false;
        const eq = valuesEqual(x, y);
        if (eq === false) return false;
        if (eq === void 0) unsure = true;
      }
      return unsure ? void 0 : true;
    }
    default:
      return false;
  }
}
function sortedKeys(o) {
  return [...o.entries.keys()].sort(compareStrings);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareSetElements(a, b) {
  if (a.kind === "number" && b.kind === "number") return a.value - b.value;
  if (a.kind === "string" && b.kind === "string") return compareStrings(a.value, b.value);
  return compareStrings(jsonEncode(a).text, jsonEncode(b).text);
}
function toSetItems(items2) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const item of items2) {
    const key = item.kind === "string" ? "s" + item.value : "j" + jsonEncode(item).text;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out.sort(compareSetElements);
}
var HTML_UNSAFE = /[<>&\u2028\u2029]/g;
function jsonQuote(s) {
  return JSON.stringify(s).replace(HTML_UNSAFE, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}
function jsonEncode(v) {
  const unknowns = [];
  const addUnknown = (e) => {
    if (!unknowns.includes(e)) unknowns.push(e);
  };
  const enc = (x) => {
    switch (x.kind) {
      case "string":
        for (const u of x.unknowns ?? []) addUnknown(u);
        return jsonQuote(x.value);
      case "number":
        return formatNumber(x.value);
      case "bool":
        return x.value ? "true" : "false";
      case "null":
        return "null";
      case "unknown":
        addUnknown(x.expr);
        return jsonQuote("${" + x.expr + "}");
      case "list":
        return "[" + x.items.map(enc).join(",") + "]";
      case "object":
        return "{" + sortedKeys(x).map((k) => jsonQuote(k) + ":" + enc(x.entries.get(k))).join(",") + "}";
    }
  };
  return { text: enc(v), unknowns };
}
function fromJson(x, span) {
  if (x === null || x === void 0) return mkNull(span);
  if (typeof x === "string") return mkStr(x, span);
  if (typeof x === "number") return mkNum(x, span);
  if (typeof x === "boolean") return mkBool(x, span);
  if (Array.isArray(x)) return mkList(x.map((i) => fromJson(i, span)), span);
  const entries = /* @__PURE__ */ new Map();
  for (const [k, val] of Object.entries(x)) entries.set(k, fromJson(val, span));
  return mkObj(entries, span);
}

// src/evaluate/terraform/expr.ts
var SPLAT_ITEM = "[*]";
function bind(sc, name, value) {
  return { host: sc.host, file: sc.file, text: sc.text, vars: { name, value, next: sc.vars } };
}
function lookupBinding(sc, name) {
  for (let b = sc.vars; b; b = b.next) if (b.name === name) return b.value;
  return void 0;
}
function exprText(e, sc) {
  return sc.text.slice(startOffset(e.range), endOffset(e.range));
}
function exprSpan(e, sc) {
  return spanOf(e.range, sc.file);
}
function fail(message, e, sc) {
  throw new EvalError(message, sc.file, e.range);
}
function unknownFor(e, sc, cause, fallbackReason = "unknown") {
  const u = cause ? firstUnknown(cause) : void 0;
  return mkUnknown(exprText(e, sc), exprSpan(e, sc), u?.reason ?? (cause?.kind === "string" ? "unknown" : fallbackReason));
}
var resourceObjects = /* @__PURE__ */ new WeakMap();
var unknownCollections = /* @__PURE__ */ new WeakMap();
function markResource(obj3, address, type) {
  resourceObjects.set(obj3, { address, type });
  return obj3;
}
function markUnknownCollection(u, element2) {
  unknownCollections.set(u, element2);
  return u;
}
var ID_IS_NAME = /* @__PURE__ */ new Set(["aws_iam_role", "aws_iam_user", "aws_iam_group"]);
function missingResourceAttr(obj3, mark, name, node, sc) {
  if (name === "id" && ID_IS_NAME.has(mark.type)) {
    const n = obj3.entries.get("name");
    if (n && n.kind === "string") return n;
  }
  return mkUnknown(exprText(node, sc), exprSpan(node, sc), "computed-attribute", { address: mark.address, attribute: name });
}
function getAttr(v, name, node, sc) {
  switch (v.kind) {
    case "object": {
      const got = v.entries.get(name);
      const mark = resourceObjects.get(v);
      if (mark && (!got || got.kind === "null")) return missingResourceAttr(v, mark, name, node, sc);
      if (got) return got;
      return fail(`This object does not have an attribute named "${name}".`, node, sc);
    }
    case "unknown":
      return unknownFor(node, sc, v);
    case "null":
      return fail(`Attempt to get attribute "${name}" from a null value.`, node, sc);
    default:
      return fail(`Unsupported attribute "${name}": a ${typeName(v)} value has no attributes.`, node, sc);
  }
}
function indexValue(v, key, node, sc) {
  if (v.kind === "unknown") {
    const element2 = unknownCollections.get(v);
    return element2 ?? unknownFor(node, sc, v);
  }
  if (key.kind === "unknown" || key.kind === "string" && key.unknowns?.length) return unknownFor(node, sc, key);
  switch (v.kind) {
    case "list": {
      const n = key.kind === "number" ? key.value : key.kind === "string" ? parseNumber(key.value) : void 0;
      if (n === void 0 || !Number.isInteger(n)) return fail(`Invalid index: a number is required, got ${typeName(key)}.`, node, sc);
      const item = v.items[n];
      if (!item || n < 0) return fail(`Invalid index: the collection has ${v.items.length} elements, index ${n} is out of range.`, node, sc);
      return item;
    }
    case "object": {
      const k = key.kind === "string" ? key.value : key.kind === "number" ? formatNumber(key.value) : void 0;
      if (k === void 0) return fail(`Invalid index: a string key is required, got ${typeName(key)}.`, node, sc);
      const got = v.entries.get(k);
      const mark = resourceObjects.get(v);
      if (mark && (!got || got.kind === "null")) return missingResourceAttr(v, mark, k, node, sc);
      if (got) return got;
      return fail(`Invalid index: the given key "${k}" does not identify an element in this collection.`, node, sc);
    }
    case "null":
      return fail("Invalid index: cannot index a null value.", node, sc);
    default:
      return fail(`Invalid index: a ${typeName(v)} value cannot be indexed.`, node, sc);
  }
}
var callFunction = (node, sc) => mkUnknown(exprText(node, sc), exprSpan(node, sc), "unsupported-function");
function setFunctionCaller(fn) {
  callFunction = fn;
}
var MAX_STRING_LENGTH = 4194304;
var MAX_LIST_ITEMS = 1e6;
function withinBounds(v, e, sc) {
  if (v.kind === "string") {
    if (v.value.length > MAX_STRING_LENGTH) fail(`This string grows to ${v.value.length.toLocaleString("en-US")} characters; limit 4,194,304.`, e, sc);
    if (countSteps(v.value.length >>> 10)) outOfBudget(e, sc);
  } else if (v.kind === "list") {
    if (v.items.length > MAX_LIST_ITEMS) fail(`This list grows to ${v.items.length.toLocaleString("en-US")} elements; limit 1,000,000.`, e, sc);
    if (countSteps(v.items.length)) outOfBudget(e, sc);
  }
  return v;
}
function outOfBudget(e, sc) {
  throw new BudgetExhausted(sc.file, spanOf(e.range, sc.file));
}
function evaluate(e, sc) {
  if (countStep()) outOfBudget(e, sc);
  switch (e.type) {
    case "Literal": {
      const span = exprSpan(e, sc);
      const v = e.value;
      if (v === null) return mkNull(span);
      if (typeof v === "string") return mkStr(v, span);
      if (typeof v === "number") return mkNum(v, span);
      return mkBool(v, span);
    }
    case "Template":
      return withinBounds(evalTemplate(e, sc), e, sc);
    case "Tuple":
      return mkList(
        e.items.map((i) => evaluate(i, sc)),
        exprSpan(e, sc)
      );
    case "Object": {
      const entries = /* @__PURE__ */ new Map();
      for (const item of e.items) {
        let key;
        if (item.key.type === "Variable") key = item.key.name;
        else {
          const k = evaluate(item.key, sc);
          if (k.kind === "unknown" || k.kind === "string" && k.unknowns?.length) return unknownFor(e, sc, k);
          if (k.kind === "string") key = k.value;
          else if (k.kind === "number" || k.kind === "bool") key = k.kind === "number" ? formatNumber(k.value) : String(k.value);
          else return fail(`Invalid object key: a string is required, got ${typeName(k)}.`, item.key, sc);
        }
        entries.set(key, evaluate(item.value, sc));
      }
      return mkObj(entries, exprSpan(e, sc));
    }
    case "Variable": {
      const bound2 = lookupBinding(sc, e.name);
      if (bound2) return bound2;
      return fail(`Invalid reference "${e.name}": a reference needs an attribute (such as var.${e.name} or ${e.name}.NAME) or "${e.name}" is not available here.`, e, sc);
    }
    case "GetAttr":
      return evalGetAttr(e, sc);
    case "Index":
      return evalIndex(e, sc);
    case "Splat":
      return evalSplat(e, sc);
    case "SplatItem": {
      const item = lookupBinding(sc, SPLAT_ITEM);
      if (!item) return fail("A splat item is only valid inside a splat expression.", e, sc);
      return item;
    }
    case "FunctionCall":
      return withinBounds(callFunction(e, sc), e, sc);
    case "Conditional": {
      const c = evaluate(e.cond, sc);
      const cond = toBool(c, e.cond, sc);
      if (cond === void 0) return unknownFor(e, sc, c);
      const result2 = evaluate(cond ? e.then : e.else, sc);
      if ((result2.kind === "number" || result2.kind === "bool") && isStringLiteral(cond ? e.else : e.then)) return mkStr(formatPrimitive(result2), result2.span);
      return result2;
    }
    case "Binary":
      return evalBinary(e, sc);
    case "Unary": {
      const v = evaluate(e.operand, sc);
      if (e.op === "!") {
        const b = toBool(v, e.operand, sc);
        return b === void 0 ? unknownFor(e, sc, v) : mkBool(!b, exprSpan(e, sc));
      }
      const n = toNumber(v, e.operand, sc);
      return n === void 0 ? unknownFor(e, sc, v) : mkNum(-n, exprSpan(e, sc));
    }
    case "For":
      return evalFor(e, sc);
    case "Paren":
      return evaluate(e.expr, sc);
  }
}
function isStringLiteral(e) {
  return e.type === "Literal" && typeof e.value === "string" || e.type === "Template";
}
function formatPrimitive(v) {
  return v.kind === "number" ? formatNumber(v.value) : String(v.value);
}
function toBool(v, node, sc) {
  if (v.kind === "bool") return v.value;
  if (v.kind === "unknown") return void 0;
  if (v.kind === "string") {
    if (v.unknowns?.length) return void 0;
    if (v.value === "true") return true;
    if (v.value === "false") return false;
  }
  if (v.kind === "null") return fail("Invalid condition: the value is null; a bool is required.", node, sc);
  return fail(`Invalid value: a bool is required, got ${typeName(v)}.`, node, sc);
}
function toNumber(v, node, sc) {
  if (v.kind === "number") return v.value;
  if (v.kind === "unknown") return void 0;
  if (v.kind === "string") {
    if (v.unknowns?.length) return void 0;
    const n = parseNumber(v.value);
    if (n !== void 0) return n;
  }
  if (v.kind === "null") return fail("Invalid operand: the value is null; a number is required.", node, sc);
  return fail(`Invalid operand: a number is required, got ${typeName(v)}${v.kind === "string" ? ` "${v.value}"` : ""}.`, node, sc);
}
function evalGetAttr(e, sc) {
  const obj3 = e.object;
  if (obj3.type === "Variable" && !lookupBinding(sc, obj3.name)) {
    const host = sc.host;
    switch (obj3.name) {
      case "var":
        return host.variable(e.name, e, sc);
      case "local":
        return host.local(e.name, e, sc);
      case "module":
        return host.moduleRef(e.name, e, sc);
      case "path":
      case "terraform":
        return host.namedValue(obj3.name, e.name, e, sc);
      case "data":
      case "ephemeral":
        return fail(`A ${obj3.name === "data" ? "data source" : "ephemeral resource"} reference needs a type and a name: ${obj3.name}.${e.name}.NAME.`, e, sc);
      case "count":
      case "each":
      case "self":
        return fail(`"${obj3.name}.${e.name}" is only available in a block with ${obj3.name === "self" ? "a provisioner" : obj3.name === "count" ? "count" : "for_each"}.`, e, sc);
      default:
        return host.resource("managed", obj3.name, e.name, e, sc);
    }
  }
  if (obj3.type === "GetAttr" && obj3.object.type === "Variable" && !lookupBinding(sc, obj3.object.name)) {
    if (obj3.object.name === "data" || obj3.object.name === "ephemeral") return sc.host.resource(obj3.object.name, obj3.name, e.name, e, sc);
    if (obj3.object.name === "module") return sc.host.moduleOutput(obj3.name, void 0, e.name, e, sc);
  }
  if (obj3.type === "Index" && obj3.object.type === "GetAttr" && obj3.object.object.type === "Variable" && obj3.object.object.name === "module" && !lookupBinding(sc, "module")) {
    return sc.host.moduleOutput(obj3.object.name, evaluate(obj3.key, sc), e.name, e, sc);
  }
  return getAttr(evaluate(obj3, sc), e.name, e, sc);
}
function evalIndex(e, sc) {
  return indexValue(evaluate(e.object, sc), evaluate(e.key, sc), e, sc);
}
function evalSplat(e, sc) {
  const source = evaluate(e.object, sc);
  const apply = (item) => evaluate(e.each, bind(sc, SPLAT_ITEM, item));
  switch (source.kind) {
    case "list":
      return mkList(source.items.map(apply), exprSpan(e, sc));
    case "null":
      return mkList([], exprSpan(e, sc));
    case "unknown": {
      const element2 = unknownCollections.get(source);
      if (element2) {
        const r = apply(element2);
        if (r.kind === "unknown" && r.ref) return mkUnknown(exprText(e, sc), exprSpan(e, sc), r.reason ?? "computed-attribute", r.ref);
      }
      return unknownFor(e, sc, source);
    }
    default:
      return mkList([apply(source)], exprSpan(e, sc));
  }
}
function evalBinary(e, sc) {
  const span = exprSpan(e, sc);
  const op = e.op;
  if (op === "&&" || op === "||") {
    const l2 = evaluate(e.left, sc);
    const lb = toBool(l2, e.left, sc);
    if (lb === (op === "||")) return mkBool(lb, span);
    const r2 = evaluate(e.right, sc);
    const rb = toBool(r2, e.right, sc);
    if (rb === (op === "||")) return mkBool(rb, span);
    if (lb === void 0 || rb === void 0) return unknownFor(e, sc, lb === void 0 ? l2 : r2);
    return mkBool(op === "||" ? lb || rb : lb && rb, span);
  }
  const l = evaluate(e.left, sc);
  const r = evaluate(e.right, sc);
  if (op === "==" || op === "!=") {
    const eq = valuesEqual(l, r);
    if (eq === void 0) return unknownFor(e, sc, isWhollyKnown(l) ? r : l);
    return mkBool(op === "==" ? eq : !eq, span);
  }
  const a = toNumber(l, e.left, sc);
  const b = toNumber(r, e.right, sc);
  if (a === void 0 || b === void 0) return unknownFor(e, sc, a === void 0 ? l : r);
  switch (op) {
    case "+":
      return mkNum(decimalRound(a + b), span);
    case "-":
      return mkNum(decimalRound(a - b), span);
    case "*":
      return mkNum(decimalRound(a * b), span);
    case "/":
      if (b === 0) return fail("Division by zero.", e, sc);
      return mkNum(a / b, span);
    case "%":
      if (b === 0) return fail("Modulo by zero.", e, sc);
      return mkNum(a % b, span);
    case "<":
      return mkBool(a < b, span);
    case "<=":
      return mkBool(a <= b, span);
    case ">":
      return mkBool(a > b, span);
    case ">=":
      return mkBool(a >= b, span);
  }
}
function decimalRound(n) {
  return Number.isInteger(n) || !Number.isFinite(n) ? n : Number(n.toPrecision(15));
}
function iterate(v, withKeys = true) {
  if (v.kind === "list") return v.items.map((item, i) => [withKeys ? mkNum(i, item.span) : void 0, item]);
  if (v.kind === "object") return sortedKeys(v).map((k) => [withKeys ? mkStr(k, v.entries.get(k).span) : void 0, v.entries.get(k)]);
  return void 0;
}
function evalFor(e, sc) {
  const span = exprSpan(e, sc);
  const coll = evaluate(e.collection, sc);
  if (coll.kind === "unknown") return unknownFor(e, sc, coll);
  if (coll.kind === "null") return fail("Iteration over a null value is not allowed.", e.collection, sc);
  const pairs = iterate(coll, e.keyVar !== void 0);
  if (!pairs) return fail(`A for expression needs a collection to iterate, got ${typeName(coll)}.`, e.collection, sc);
  const items2 = [];
  const entries = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  for (const [k, v] of pairs) {
    let inner = bind(sc, e.valueVar, v);
    if (e.keyVar) inner = bind(inner, e.keyVar, k);
    if (e.cond) {
      const c = evaluate(e.cond, inner);
      const cb = toBool(c, e.cond, inner);
      if (cb === void 0) return unknownFor(e, sc, c);
      if (!cb) continue;
    }
    if (e.kind === "tuple") {
      items2.push(evaluate(e.valueExpr, inner));
      continue;
    }
    const kv = evaluate(e.keyExpr, inner);
    if (kv.kind === "unknown" || kv.kind === "string" && kv.unknowns?.length) return unknownFor(e, sc, kv);
    const key = kv.kind === "string" ? kv.value : kv.kind === "number" ? formatNumber(kv.value) : kv.kind === "bool" ? String(kv.value) : void 0;
    if (key === void 0) return fail(`Invalid object key: a string is required, got ${typeName(kv)}.`, e.keyExpr, sc);
    const value = evaluate(e.valueExpr, inner);
    if (e.group) {
      const g = groups.get(key);
      if (g) g.push(value);
      else groups.set(key, [value]);
    } else {
      if (entries.has(key)) return fail(`Duplicate object key "${key}" in a for expression (use "..." to group values by key).`, e.keyExpr, sc);
      entries.set(key, value);
    }
  }
  if (e.kind === "tuple") return mkList(items2, span);
  if (e.group) for (const [k, g] of groups) entries.set(k, mkList(g, span));
  return mkObj(entries, span);
}
var TemplateBuilder = class {
  text = "";
  unknowns = [];
  whollyUnknown;
};
function evalTemplate(e, sc) {
  const only = e.parts.length === 1 ? e.parts[0] : void 0;
  if (only?.type === "TemplateInterpolation" && !e.heredoc) return evaluate(only.expr, sc);
  if (only?.type === "TemplateLiteral") {
    const literal2 = mkStr(only.value, exprSpan(e, sc));
    return e.heredoc?.stripped && literal2.kind === "string" ? { ...literal2, indent: e.heredoc.stripped } : literal2;
  }
  const out = new TemplateBuilder();
  appendParts(e.parts, sc, out);
  if (out.whollyUnknown) return unknownFor(e, sc, out.whollyUnknown);
  return mkStr(out.text, exprSpan(e, sc), out.unknowns);
}
function appendParts(parts, sc, out) {
  for (const part of parts) {
    if (out.whollyUnknown) return;
    switch (part.type) {
      case "TemplateLiteral":
        out.text += part.value;
        break;
      case "TemplateInterpolation":
        appendValue(evaluate(part.expr, sc), part.expr, sc, out);
        break;
      case "TemplateIf": {
        const c = evaluate(part.cond, sc);
        const b = toBool(c, part.cond, sc);
        if (b === void 0) out.whollyUnknown = c;
        else if (b) appendParts(part.then, sc, out);
        else if (part.else) appendParts(part.else, sc, out);
        break;
      }
      case "TemplateFor": {
        const coll = evaluate(part.collection, sc);
        if (coll.kind === "unknown") {
          out.whollyUnknown = coll;
          break;
        }
        const pairs = iterate(coll, part.keyVar !== void 0);
        if (!pairs) return fail(`A template for directive needs a collection, got ${typeName(coll)}.`, part.collection, sc);
        for (const [k, v] of pairs) {
          let inner = bind(sc, part.valueVar, v);
          if (part.keyVar) inner = bind(inner, part.keyVar, k);
          appendParts(part.body, inner, out);
        }
        break;
      }
    }
  }
}
function appendValue(v, node, sc, out) {
  switch (v.kind) {
    case "string":
      out.text += v.value;
      for (const u of v.unknowns ?? []) if (!out.unknowns.includes(u)) out.unknowns.push(u);
      return;
    case "number":
      out.text += formatNumber(v.value);
      return;
    case "bool":
      out.text += v.value ? "true" : "false";
      return;
    case "unknown":
      out.text += "${" + v.expr + "}";
      if (!out.unknowns.includes(v.expr)) out.unknowns.push(v.expr);
      return;
    case "null":
      return fail("Invalid template interpolation value: the expression result is null.", node, sc);
    default:
      return fail(`Invalid template interpolation value: a string is required, got ${typeName(v)}.`, node, sc);
  }
}

// src/evaluate/terraform/components.ts
import path from "node:path";

// src/shared/connected-groups.ts
function connectedGroups(files, keyOf, linksOf) {
  const parent = /* @__PURE__ */ new Map();
  const find = (node) => {
    let root = node;
    for (let up = parent.get(root); up !== void 0 && up !== root; up = parent.get(root)) root = up;
    if (!parent.has(root)) parent.set(root, root);
    for (let x = node; x !== root; ) {
      const up = parent.get(x);
      parent.set(x, root);
      x = up;
    }
    return root;
  };
  const union3 = (a, b) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const keys = files.map((f) => {
    const key = keyOf(f);
    find(key);
    for (const link of linksOf(f)) union3(key, link);
    return key;
  });
  const groups = /* @__PURE__ */ new Map();
  files.forEach((f, i) => {
    const name = find(keys[i]);
    const group = groups.get(name) ?? { files: [], bytes: 0 };
    group.files.push(f);
    group.bytes += f.text.length;
    groups.set(name, group);
  });
  return [...groups.entries()].sort((a, b) => b[1].bytes - a[1].bytes || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, g]) => g.files);
}

// src/evaluate/terraform/components.ts
var HCL_SOURCE = /\bsource\s*=\s*"((?:[^"\\\n]|\\.)*)"/g;
var JSON_SOURCE = /"source"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g;
var dirOf = (p) => {
  const d = path.posix.dirname(p);
  return d === "." ? "" : d;
};
function localModuleDir(fromDir, source) {
  if (!(source === "." || source === ".." || source.startsWith("./") || source.startsWith("../"))) return void 0;
  const dir = path.posix.normalize(path.posix.join(fromDir, source)).replace(/\/+$/, "");
  return dir === "." ? "" : dir;
}
function commentedOut(text2, offset) {
  const lineStart = text2.lastIndexOf("\n", offset) + 1;
  const before = text2.slice(lineStart, offset).trimStart();
  return before.startsWith("#") || before.startsWith("//");
}
function calledDirs(file) {
  const lower = file.path.toLowerCase();
  if (!lower.endsWith(".tf") && !lower.endsWith(".tf.json")) return [];
  if (!file.text.includes("source")) return [];
  const dirs = [];
  const pattern = lower.endsWith(".json") ? JSON_SOURCE : HCL_SOURCE;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(file.text); m; m = pattern.exec(file.text)) {
    if (commentedOut(file.text, m.index)) continue;
    let source = m[1];
    if (source.includes("\\")) {
      try {
        source = JSON.parse(`"${source}"`);
      } catch {
        continue;
      }
    }
    const dir = localModuleDir(dirOf(file.path), source);
    if (dir !== void 0) dirs.push(dir);
  }
  return dirs;
}
function terraformComponents(files) {
  return connectedGroups(files, (f) => dirOf(f.path), calledDirs);
}

// src/evaluate/terraform/module.ts
import path4 from "node:path";

// src/evaluate/terraform/types.ts
var ANY = { kind: "any" };
function parseType(expr, evalDefault) {
  switch (expr.type) {
    case "Variable":
      return primitiveType(expr.name);
    case "Template":
      if (expr.parts.length === 1 && expr.parts[0].type === "TemplateLiteral") return primitiveType(expr.parts[0].value);
      return ANY;
    case "Literal":
      return typeof expr.value === "string" ? primitiveType(expr.value) : ANY;
    case "Paren":
      return parseType(expr.expr, evalDefault);
    case "FunctionCall": {
      const arg = expr.args[0];
      switch (expr.name) {
        case "list":
        case "set":
        case "map":
          return { kind: expr.name, elem: arg ? parseType(arg, evalDefault) : ANY };
        case "tuple":
          return { kind: "tuple", elems: arg?.type === "Tuple" ? arg.items.map((i) => parseType(i, evalDefault)) : [] };
        case "object": {
          const attrs = /* @__PURE__ */ new Map();
          if (arg?.type === "Object") {
            for (const item of arg.items) {
              const name = objectKeyName(item.key);
              if (name === void 0) continue;
              attrs.set(name, parseAttrType(item.value, evalDefault));
            }
          }
          return { kind: "object", attrs };
        }
        default:
          return ANY;
      }
    }
    default:
      return ANY;
  }
}
function parseAttrType(expr, evalDefault) {
  if (expr.type === "FunctionCall" && expr.name === "optional") {
    const inner = expr.args[0] ? parseType(expr.args[0], evalDefault) : ANY;
    const dflt = expr.args[1];
    return dflt ? { type: inner, optional: true, default: evalDefault(dflt) } : { type: inner, optional: true };
  }
  return { type: parseType(expr, evalDefault), optional: false };
}
function primitiveType(name) {
  switch (name) {
    case "string":
    case "number":
    case "bool":
      return { kind: name };
    case "list":
      return { kind: "list", elem: ANY };
    case "map":
      return { kind: "map", elem: ANY };
    default:
      return ANY;
  }
}
function objectKeyName(key) {
  if (key.type === "Variable") return key.name;
  if (key.type === "Literal" && typeof key.value === "string") return key.value;
  if (key.type === "Template" && key.parts.length === 1 && key.parts[0].type === "TemplateLiteral") return key.parts[0].value;
  if (key.type === "Paren") return objectKeyName(key.expr);
  return void 0;
}
function convertToType(v, t) {
  if (t.kind === "any" || v.kind === "unknown" || v.kind === "null") return v;
  switch (t.kind) {
    case "string": {
      if (v.kind === "number" || v.kind === "bool") return mkStr(primitiveToString(v), v.span);
      return v;
    }
    case "number": {
      if (v.kind === "string" && !v.unknowns?.length) {
        const n = parseNumber(v.value);
        return n === void 0 ? v : mkNum(n, v.span);
      }
      return v;
    }
    case "bool": {
      if (v.kind === "string" && (v.value === "true" || v.value === "false")) return mkBool(v.value === "true", v.span);
      return v;
    }
    case "list":
    case "set": {
      if (v.kind !== "list") return v;
      const items2 = v.items.map((i) => convertToType(i, t.elem));
      return mkList(t.kind === "set" && items2.every(isWhollyKnown) ? toSetItems(items2) : items2, v.span);
    }
    case "map": {
      if (v.kind !== "object") return v;
      const entries = /* @__PURE__ */ new Map();
      for (const k of sortedKeys(v)) entries.set(k, convertToType(v.entries.get(k), t.elem));
      return mkObj(entries, v.span);
    }
    case "tuple": {
      if (v.kind !== "list") return v;
      return mkList(v.items.map((i, n) => convertToType(i, t.elems[n] ?? ANY)), v.span);
    }
    case "object": {
      if (v.kind !== "object") return v;
      const entries = /* @__PURE__ */ new Map();
      for (const [name, attr] of t.attrs) {
        const given = v.entries.get(name);
        if (given && given.kind !== "null") entries.set(name, convertToType(given, attr.type));
        else if (attr.optional) entries.set(name, attr.default ? convertToType(attr.default, attr.type) : mkNull(v.span));
        else if (given) entries.set(name, given);
      }
      return mkObj(entries, v.span);
    }
  }
}

// src/shared/hash.ts
import crypto from "node:crypto";
var oneShot = crypto.hash;
function digest(algorithm, text2, encoding = "hex") {
  return oneShot ? oneShot(algorithm, text2, encoding) : crypto.createHash(algorithm).update(text2, "utf8").digest(encoding);
}

// src/evaluate/terraform/functions.ts
import path3 from "node:path";

// src/shared/packages.ts
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var yaml;
var ajv;
var babelParser;
function yamlPackage() {
  yaml ??= require2("yaml");
  return yaml;
}
function ajvPackage() {
  ajv ??= require2("ajv");
  return ajv;
}
function babelParserPackage() {
  babelParser ??= require2("@babel/parser");
  return babelParser;
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str2) => {
  let begs, beg, left, right = void 0, result2;
  let ai = str2.indexOf(a);
  let bi = str2.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str2.length;
    while (i >= 0 && !result2) {
      if (i === ai) {
        begs.push(i);
        ai = str2.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result2 = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str2.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result2 = [left, right];
    }
  }
  return result2;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str2) {
  return !isNaN(str2) ? parseInt(str2, 10) : str2.charCodeAt(0);
}
function escapeBraces(str2) {
  return str2.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str2) {
  return str2.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items2) {
  for (let i = 0; i < items2.length; i++) {
    target.push(items2[i]);
  }
}
function balancedWithBudget(str2, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str2.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str2.slice(0, r[0]),
    body: str2.slice(r[0] + 1, r[1]),
    post: str2.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str2, budget) {
  budget.remaining -= str2.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str2.length - 1; i >= 0; i--) {
    const c = str2.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str2.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str2, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str2, str2, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str2.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body: body2, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body2 + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str2 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str2, options = {}) {
  if (!str2) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str2.slice(0, 2) === "{}") {
    str2 = "\\{\\}" + str2.slice(2);
  }
  return expand_(escapeBraces(str2), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str2) {
  return "{" + str2 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length2 = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length2 + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length2 += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body2, isAlphaSequence, max, maxLength, budget) {
  const n = body2.split(/\.\./);
  const N2 = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N2;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length2 = 0;
  for (let i = x; test(i, y) && N2.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length2 + c.length > maxLength)
      break;
    N2.push(c);
    length2 += c.length;
  }
  return N2;
}
function expand_(str2, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str2];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str2;
  for (; ; ) {
    const m = balancedWithBudget(str2, masked, budget);
    if (!m) {
      return combine(acc, str2, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str2 = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str2 = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str2 = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str2 = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub2 = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub2 });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items2, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items2) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items2, nocase) => {
  let id = 1;
  const split2 = (out) => ({ t: "split", id: id++, out });
  const seq = (items3, next) => items3.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split2(alts(next));
      case "?":
        return split2([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split2(alts(MATCH)), next };
    }
    const after = split2([]);
    const entry = split2(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items2, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub2 = this.state();
        this.add(sub2, node.sub, i, false);
        this.done(sub2);
        return this.addRun(state, { t: "run", neg: node, state: sub2 }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub2 = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub2 }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars2, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars2[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items2) => {
  let min = 0;
  let max = 0;
  for (const it of items2) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars2, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars2[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items2] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items2 = normalize(items2, this.#form);
    const [start, size] = compile(items2, nocase);
    this.#start = start;
    this.#size = size;
    if (items2.every((it) => it.t === "lit")) {
      this.#literal = items2.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items2) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items2.length - 1; j >= 0; j--) {
        const l = lit2(items2[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items2);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars2) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars2 === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars2 = codePoints(s);
    }
    if (chars2 !== void 0 && (chars2.length < min || chars2.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars2 ??= codePoints(s);
        const end = chars2.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars2, 0) || !hasAffix(this.#suffix, chars2, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars2 ??= codePoints(s);
      const end = chars2.length - this.#suffix.length;
      return testLinear(this.#linear, chars2, prefix2, end);
    }
    chars2 ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars2.length; i++) {
        state = sim.step(state, chars2[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str2 = chars2 === s;
    for (let i = 0; i < chars2.length; i++) {
      if (d.dead)
        return false;
      const code = str2 ? s.charCodeAt(i) : chars2[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars2[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path2 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path2.win32.sep : path2.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def2) => {
  if (!def2 || typeof def2 !== "object" || !Object.keys(def2).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def2, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def2, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def2, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def2, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def2, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def2, options)),
    defaults: (options) => orig.defaults(ext(def2, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def2, options)),
    match: (list3, pattern, options = {}) => orig.match(list3, pattern, ext(def2, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list3, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list3 = list3.filter((f) => mm.match(f));
  if (mm.options.nonull && !list3.length) {
    list3.push(pattern);
  }
  return list3;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body2 = pattern.slice(i + 1, close);
      if (body2.startsWith("\\"))
        body2 = body2.slice(1);
      if ([...body2].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body2;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return true;
    }
    const s = nextSep(f, k, sep2);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep2))
      k++;
  }
  return false;
};
var isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep2);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep2))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep2)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep2))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep2))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts = parts.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body: body2, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body2.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body2 = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body2) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body: body2, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body2, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body2, partial, fileIndex, 0, fileIndex + body2.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub2 = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body2.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub2 !== false) {
          return sub2;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split2 = this.#cachedSplit(f);
    if (!split2) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split2 = this.#split(f);
    }
    const ff = split2.parts;
    const resolved = this.#level2 ? split2.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def2) {
    return minimatch.defaults(def2).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/evaluate/terraform/functions.ts
var fns = /* @__PURE__ */ new Map();
function def(names, min, max, unknowns, impl) {
  for (const n of Array.isArray(names) ? names : [names]) fns.set(n, { min, max, unknowns, impl });
}
function argNode(c, i) {
  return c.node.args[Math.min(i, c.node.args.length - 1)] ?? c.node;
}
function bad(c, i, message) {
  return fail(`Invalid argument ${i + 1} of ${c.node.name}(): ${message}`, argNode(c, i), c.sc);
}
function callFail(c, message) {
  return fail(`${c.node.name}(): ${message}`, c.node, c.sc);
}
function asString(v, c, i) {
  const s = v.kind === "null" ? void 0 : primitiveToString(v);
  if (s === void 0) return bad(c, i, `a string is required, got ${typeName(v)}.`);
  return s;
}
function asNumber(v, c, i) {
  if (v.kind === "number") return v.value;
  if (v.kind === "string") {
    const n = parseNumber(v.value);
    if (n !== void 0) return n;
  }
  return bad(c, i, `a number is required, got ${typeName(v)}.`);
}
function asInt(v, c, i) {
  const n = asNumber(v, c, i);
  if (!Number.isInteger(n)) return bad(c, i, `a whole number is required, got ${formatNumber(n)}.`);
  return n;
}
function asBool(v, c, i) {
  if (v.kind === "bool") return v.value;
  if (v.kind === "string" && (v.value === "true" || v.value === "false")) return v.value === "true";
  return bad(c, i, `a bool is required, got ${typeName(v)}.`);
}
function asList(v, c, i) {
  if (v.kind === "list") return v.items;
  return bad(c, i, `a list, set or tuple is required, got ${typeName(v)}.`);
}
function asObject(v, c, i) {
  if (v.kind === "object") return v;
  return bad(c, i, `a map or object is required, got ${typeName(v)}.`);
}
function stringList(v, c, i) {
  return asList(v, c, i).map((x) => asString(x, c, i));
}
var S = (s, c) => mkStr(s, c.span);
var N = (n, c) => mkNum(n, c.span);
var B = (b, c) => mkBool(b, c.span);
var L = (items2, c) => mkList(items2, c.span);
var graphemes = new Intl.Segmenter(void 0, { granularity: "grapheme" });
var chars = (s) => {
  if (!/[^\x00-\x7f]/.test(s)) return s.split("");
  return Array.from(graphemes.segment(s), (g) => g.segment);
};
function unifyPrimitives(items2) {
  const hasString = items2.some((i) => i.kind === "string");
  const hasOther = items2.some((i) => i.kind === "number" || i.kind === "bool");
  if (!hasString || !hasOther) return items2;
  return items2.map((i) => i.kind === "number" || i.kind === "bool" ? mkStr(primitiveToString(i), i.span) : i);
}
function unknownResult(c, cause, reason) {
  const u = cause ? firstUnknown(cause) : void 0;
  return mkUnknown(exprText(c.node, c.sc), c.span, reason ?? u?.reason ?? "unknown");
}
function hasTopUnknown(v) {
  return v.kind === "unknown" || v.kind === "string" && !!v.unknowns?.length;
}
var regexCache = /* @__PURE__ */ new Map();
function compileRegex(pattern, global) {
  const cacheKey = (global ? "g" : "-") + pattern;
  const cached = regexCache.get(cacheKey);
  if (cached !== void 0) return cached;
  let flags = global ? "g" : "";
  let body2 = pattern;
  const lead = /^\(\?([imsU]+)\)/.exec(body2);
  if (lead) {
    for (const f of lead[1]) if (f !== "U" && !flags.includes(f)) flags += f;
    body2 = body2.slice(lead[0].length);
  }
  body2 = body2.replace(/\(\?P</g, "(?<").replace(/\\A/g, "^").replace(/\\z/g, "$(?![\\s\\S])");
  let result2;
  try {
    result2 = new RegExp(body2, flags);
  } catch (err) {
    result2 = `invalid regular expression: ${err.message}`;
  }
  regexCache.set(cacheKey, result2);
  return result2;
}
function regexResult(m, c) {
  if (m.groups && Object.keys(m.groups).length > 0) {
    const entries = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(m.groups)) entries.set(k, v === void 0 ? mkNull(c.span) : S(v, c));
    return mkObj(entries, c.span);
  }
  if (m.length > 1) return L(m.slice(1).map((g) => g === void 0 ? mkNull(c.span) : S(g, c)), c);
  return S(m[0], c);
}
var VERB = /%([-+# 0]*)(\[\d+\])?(\d+)?(?:\.(\d+))?([a-zA-Z%])/g;
function formatString(fmt, args, c, firstArg) {
  const unknowns = [];
  let next = 0;
  let used = 0;
  let whollyUnknown;
  const text2 = fmt.replace(VERB, (_m, flags, explicit, width, prec, verb) => {
    if (verb === "%") return "%";
    const idx = explicit ? Number(explicit.slice(1, -1)) - 1 : next;
    next = idx + 1;
    used = Math.max(used, next);
    const v = args[idx];
    if (!v) return callFail(c, `not enough arguments for the "%${verb}" verb at position ${idx + 1}.`);
    let out;
    if (hasTopUnknown(v) || (verb === "v" || verb === "q") && !isWhollyKnown(v)) {
      if (verb !== "s" && verb !== "v") {
        whollyUnknown = v;
        return "";
      }
      if (v.kind === "string") {
        for (const u of v.unknowns ?? []) if (!unknowns.includes(u)) unknowns.push(u);
        out = v.value;
      } else {
        const u = firstUnknown(v);
        if (!unknowns.includes(u.expr)) unknowns.push(u.expr);
        out = "${" + u.expr + "}";
      }
    } else out = formatVerb(v, verb, flags, prec, c, firstArg + idx);
    if (width && out.length < Number(width)) {
      const pad = (flags.includes("0") && !flags.includes("-") ? "0" : " ").repeat(Number(width) - out.length);
      if (flags.includes("-")) out += pad;
      else if (pad[0] === "0" && /^[-+]/.test(out)) out = out[0] + pad + out.slice(1);
      else out = pad + out;
    }
    return out;
  });
  if (whollyUnknown) return unknownResult(c, whollyUnknown);
  if (used < args.length) return callFail(c, `too many arguments; the format string uses ${used}, ${args.length} given.`);
  return mkStr(text2, c.span, unknowns);
}
function formatVerb(v, verb, flags, prec, c, argIndex) {
  const plus = (n, s) => flags.includes("+") && n >= 0 ? "+" + s : flags.includes(" ") && n >= 0 ? " " + s : s;
  switch (verb) {
    case "v":
      if (flags.includes("#")) return jsonEncode(v).text;
      if (v.kind === "null") return "null";
      return primitiveToString(v) ?? jsonEncode(v).text;
    case "s":
      return asString(v, c, argIndex);
    case "q":
      return JSON.stringify(asString(v, c, argIndex));
    case "t":
      return String(asBool(v, c, argIndex));
    case "d": {
      const n = asNumber(v, c, argIndex);
      if (!Number.isInteger(n)) return bad(c, argIndex, `%d needs a whole number, got ${formatNumber(n)}.`);
      return plus(n, formatNumber(n));
    }
    case "f":
    case "F": {
      const n = asNumber(v, c, argIndex);
      return plus(n, n.toFixed(prec === void 0 ? 6 : Number(prec)));
    }
    case "e":
    case "E": {
      const n = asNumber(v, c, argIndex);
      const s = n.toExponential(prec === void 0 ? 6 : Number(prec)).replace(/e([+-])(\d)$/, "e$10$2");
      return plus(n, verb === "E" ? s.toUpperCase() : s);
    }
    case "g":
    case "G": {
      const n = asNumber(v, c, argIndex);
      const s = goFormatG(n, prec === void 0 ? void 0 : Number(prec));
      return plus(n, verb === "G" ? s.toUpperCase() : s);
    }
    case "b":
      return asInt(v, c, argIndex).toString(2);
    case "o":
      return asInt(v, c, argIndex).toString(8);
    case "x":
    case "X": {
      if (v.kind === "string") {
        const hex2 = Buffer.from(v.value, "utf8").toString("hex");
        return verb === "X" ? hex2.toUpperCase() : hex2;
      }
      const hex = asInt(v, c, argIndex).toString(16);
      return verb === "X" ? hex.toUpperCase() : hex;
    }
    default:
      return callFail(c, `unsupported format verb "%${verb}".`);
  }
}
function goFormatG(n, prec) {
  if (n === 0) return "0";
  const expForm = prec === void 0 ? n.toExponential() : n.toExponential(Math.max(prec, 1) - 1);
  const [mantissa, expText] = expForm.split("e");
  const exp = Number(expText);
  const digits = mantissa.replace("-", "").replace(".", "").replace(/0+$/, "") || "0";
  let eprec = prec === void 0 ? 6 : Math.max(prec, 1);
  if (prec !== void 0 && eprec > digits.length && digits.length >= exp + 1) eprec = digits.length;
  if (exp < -4 || exp >= eprec) {
    const m = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
    return `${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const fixed2 = n.toFixed(Math.max(0, digits.length - 1 - exp));
  return fixed2.includes(".") ? fixed2.replace(/\.?0+$/, "") : fixed2;
}
function yamlEncode(v) {
  const block = (x) => x.kind === "list" && x.items.length > 0 || x.kind === "object" && x.entries.size > 0;
  const scalar = (x, contentIndent) => {
    switch (x.kind) {
      case "string": {
        if (!x.value.includes("\n")) return JSON.stringify(x.value);
        const trailing = /\n*$/.exec(x.value)[0].length;
        const indicator = trailing === 0 ? "|-" : trailing === 1 ? "|" : "|+";
        const body2 = trailing === 1 ? x.value.slice(0, -1) : trailing === 0 ? x.value : x.value.slice(0, -1);
        const pad = " ".repeat(contentIndent);
        return indicator + "\n" + body2.split("\n").map((l) => l === "" ? "" : pad + l).join("\n");
      }
      case "number":
        return formatNumber(x.value);
      case "bool":
        return String(x.value);
      case "list":
        return "[]";
      case "object":
        return "{}";
      default:
        return "null";
    }
  };
  const node = (x, indent) => {
    const pad = " ".repeat(indent);
    if (x.kind === "object" && x.entries.size > 0) {
      return sortedKeys(x).map((k) => {
        const child = x.entries.get(k);
        const head = pad + JSON.stringify(k) + ":";
        if (!block(child)) return head + " " + scalar(child, indent + 2);
        return head + "\n" + node(child, child.kind === "list" ? indent : indent + 2);
      }).join("\n");
    }
    if (x.kind === "list" && x.items.length > 0) {
      return x.items.map((item) => {
        if (!block(item)) return pad + "- " + scalar(item, indent + 2);
        return pad + "- " + node(item, indent + 2).slice(indent + 2);
      }).join("\n");
    }
    return pad + scalar(x, indent + 2);
  };
  return node(v, 0) + "\n";
}
function parseIp(text2) {
  if (text2.includes(":")) {
    const halves = text2.split("::");
    if (halves.length > 2) return void 0;
    const group = (s) => s === "" ? [] : s.split(":");
    const head = group(halves[0]);
    const tail = halves.length === 2 ? group(halves[1]) : [];
    const fill = 8 - head.length - tail.length;
    if (halves.length === 1 && fill !== 0 || fill < 0) return void 0;
    const all = [...head, ...Array(halves.length === 2 ? fill : 0).fill("0"), ...tail];
    let addr = 0n;
    for (const g of all) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return void 0;
      addr = addr << 16n | BigInt(parseInt(g, 16));
    }
    return { addr, bits: 128 };
  }
  const parts = text2.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return void 0;
  return { addr: parts.reduce((a, p) => a << 8n | BigInt(Number(p)), 0n), bits: 32 };
}
function formatIp(addr, bits) {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((s) => String(addr >> s & 255n)).join(".");
  const groups = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(Number(addr >> s & 0xffffn));
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(":");
  return hex.slice(0, best).join(":") + "::" + hex.slice(best + bestLen).join(":");
}
function parseCidr(text2, c, i) {
  const slash = text2.indexOf("/");
  const ip = slash < 0 ? void 0 : parseIp(text2.slice(0, slash));
  const prefix2 = slash < 0 ? NaN : Number(text2.slice(slash + 1));
  if (!ip || !Number.isInteger(prefix2) || prefix2 < 0 || prefix2 > ip.bits) return bad(c, i, `invalid CIDR address "${text2}".`);
  const hostBits = BigInt(ip.bits - prefix2);
  return { addr: ip.addr >> hostBits << hostBits, prefix: prefix2, bits: ip.bits };
}
function subnet(base, newbits, netnum, c) {
  const prefix2 = base.prefix + newbits;
  if (newbits < 0 || prefix2 > base.bits) return callFail(c, `insufficient address space to extend prefix of ${base.prefix} by ${newbits}.`);
  if (netnum < 0n || netnum >= 1n << BigInt(newbits)) return callFail(c, `prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}.`);
  const addr = base.addr | netnum << BigInt(base.bits - prefix2);
  return `${formatIp(addr, base.bits)}/${prefix2}`;
}
function readFileArg(args, c) {
  return c.sc.host.readFile(asString(args[0], c, 0), argNode(c, 0), c.sc);
}
def("lower", 1, 1, "strict", (a, c) => S(asString(a[0], c, 0).toLowerCase(), c));
def("upper", 1, 1, "strict", (a, c) => S(asString(a[0], c, 0).toUpperCase(), c));
def("title", 1, 1, "strict", (a, c) => S(asString(a[0], c, 0).replace(new RegExp("(^|[\\s\\x00-\\x2f\\x3a-\\x40\\x5b-\\x5e\\x60\\x7b-\\x7f])(\\p{L})", "gu"), (_m, p, l) => p + l.toUpperCase()), c));
def("trimspace", 1, 1, "strict", (a, c) => S(asString(a[0], c, 0).trim(), c));
def("chomp", 1, 1, "strict", (a, c) => S(asString(a[0], c, 0).replace(/(\r\n|\n|\r)+$/, ""), c));
def("strrev", 1, 1, "strict", (a, c) => S(chars(asString(a[0], c, 0)).reverse().join(""), c));
def("trim", 2, 2, "strict", (a, c) => {
  const s = chars(asString(a[0], c, 0));
  const cut = new Set(chars(asString(a[1], c, 1)));
  let i = 0;
  let j = s.length;
  while (i < j && cut.has(s[i])) i++;
  while (j > i && cut.has(s[j - 1])) j--;
  return S(s.slice(i, j).join(""), c);
});
def("trimprefix", 2, 2, "strict", (a, c) => {
  const s = asString(a[0], c, 0);
  const p = asString(a[1], c, 1);
  return S(s.startsWith(p) ? s.slice(p.length) : s, c);
});
def("trimsuffix", 2, 2, "strict", (a, c) => {
  const s = asString(a[0], c, 0);
  const p = asString(a[1], c, 1);
  return S(p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s, c);
});
def("substr", 3, 3, "strict", (a, c) => {
  const s = chars(asString(a[0], c, 0));
  let offset = asInt(a[1], c, 1);
  const length2 = asInt(a[2], c, 2);
  if (offset < 0) offset = Math.max(0, s.length + offset);
  if (offset > s.length) return bad(c, 1, "offset is beyond the end of the string.");
  return S(s.slice(offset, length2 < 0 ? void 0 : offset + length2).join(""), c);
});
def("startswith", 2, 2, "strict", (a, c) => B(asString(a[0], c, 0).startsWith(asString(a[1], c, 1)), c));
def("endswith", 2, 2, "strict", (a, c) => B(asString(a[0], c, 0).endsWith(asString(a[1], c, 1)), c));
def("strcontains", 2, 2, "strict", (a, c) => B(asString(a[0], c, 0).includes(asString(a[1], c, 1)), c));
def("indent", 2, 2, "strict", (a, c) => S(asString(a[1], c, 1).replace(/\n/g, "\n" + " ".repeat(asInt(a[0], c, 0))), c));
def("split", 2, 2, "strict", (a, c) => {
  const sep2 = asString(a[0], c, 0);
  const s = asString(a[1], c, 1);
  if (s === "") return L([S("", c)], c);
  return L((sep2 === "" ? chars(s) : s.split(sep2)).map((p) => S(p, c)), c);
});
def("join", 2, Infinity, "partial", (a, c) => {
  const sep2 = a[0];
  if (hasTopUnknown(sep2)) return unknownResult(c, sep2);
  const sepText = asString(sep2, c, 0);
  const parts = [];
  const unknowns = [];
  for (let i = 1; i < a.length; i++) {
    const list3 = a[i];
    if (list3.kind === "unknown") return unknownResult(c, list3);
    for (const item of asList(list3, c, i)) {
      if (item.kind === "unknown") {
        parts.push("${" + item.expr + "}");
        if (!unknowns.includes(item.expr)) unknowns.push(item.expr);
        continue;
      }
      if (item.kind === "null") return bad(c, i, "the list contains a null element.");
      parts.push(asString(item, c, i));
      if (item.kind === "string") {
        for (const u of item.unknowns ?? []) if (!unknowns.includes(u)) unknowns.push(u);
      }
    }
  }
  return mkStr(parts.join(sepText), c.span, unknowns);
});
def("replace", 3, 3, "strict", (a, c) => {
  const s = asString(a[0], c, 0);
  const search = asString(a[1], c, 1);
  const rep = asString(a[2], c, 2);
  if (search.length > 1 && search.startsWith("/") && search.endsWith("/")) {
    const re = compileRegex(search.slice(1, -1), true);
    if (typeof re === "string") return bad(c, 1, re);
    const jsRep = rep.replace(/\$\{(\d+)\}/g, "$$$1").replace(/\$\{(\w+)\}/g, "$$<$1>");
    return S(s.replace(re, jsRep), c);
  }
  return S(search === "" ? s : s.split(search).join(rep), c);
});
def("format", 1, Infinity, "partial", (a, c) => {
  if (hasTopUnknown(a[0])) return unknownResult(c, a[0]);
  return formatString(asString(a[0], c, 0), a.slice(1), c, 1);
});
def("formatlist", 1, Infinity, "deep", (a, c) => {
  const fmt = asString(a[0], c, 0);
  let n = -1;
  for (let i = 1; i < a.length; i++) {
    if (a[i].kind !== "list") continue;
    const len = a[i].items.length;
    if (n >= 0 && len !== n) return bad(c, i, `all lists must have the same length (${n} and ${len}).`);
    n = len;
  }
  if (n < 0) n = 1;
  const out = [];
  for (let k = 0; k < n; k++) out.push(formatString(fmt, a.slice(1).map((x) => x.kind === "list" ? x.items[k] : x), c, 1));
  return L(out, c);
});
def("regex", 2, 2, "strict", (a, c) => {
  const re = compileRegex(asString(a[0], c, 0), false);
  if (typeof re === "string") return bad(c, 0, re);
  const m = re.exec(asString(a[1], c, 1));
  if (!m) return callFail(c, "the pattern did not match any part of the given string.");
  return regexResult(m, c);
});
def("regexall", 2, 2, "strict", (a, c) => {
  const re = compileRegex(asString(a[0], c, 0), true);
  if (typeof re === "string") return bad(c, 0, re);
  const s = asString(a[1], c, 1);
  re.lastIndex = 0;
  const out = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(regexResult(m, c));
    if (m[0] === "") re.lastIndex++;
  }
  return L(out, c);
});
var hash = (alg, enc) => (a, c) => S(digest(alg, asString(a[0], c, 0), enc), c);
def("md5", 1, 1, "strict", hash("md5", "hex"));
def("sha1", 1, 1, "strict", hash("sha1", "hex"));
def("sha256", 1, 1, "strict", hash("sha256", "hex"));
def("sha512", 1, 1, "strict", hash("sha512", "hex"));
def("base64sha256", 1, 1, "strict", hash("sha256", "base64"));
def("base64sha512", 1, 1, "strict", hash("sha512", "base64"));
def("base64encode", 1, 1, "strict", (a, c) => S(Buffer.from(asString(a[0], c, 0), "utf8").toString("base64"), c));
def("base64decode", 1, 1, "strict", (a, c) => {
  const s = asString(a[0], c, 0);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) return bad(c, 0, "the string is not valid base64.");
  return S(Buffer.from(s, "base64").toString("utf8"), c);
});
def(
  "urlencode",
  1,
  1,
  "strict",
  (a, c) => S(encodeURIComponent(asString(a[0], c, 0)).replace(/[!'()*]/g, (ch) => "%" + ch.charCodeAt(0).toString(16).toUpperCase()).replace(/%20/g, "+"), c)
);
def("jsonencode", 1, 1, "partial", (a, c) => {
  const v = a[0];
  if (v.kind === "unknown") return unknownResult(c, v);
  const { text: text2, unknowns } = jsonEncode(v);
  return { ...mkStr(text2, c.span, unknowns), source: v };
});
def("yamlencode", 1, 1, "deep", (a, c) => ({ ...S(yamlEncode(a[0]), c), source: a[0] }));
def("jsondecode", 1, 1, "strict", (a, c) => {
  const text2 = asString(a[0], c, 0);
  try {
    return fromJson(JSON.parse(text2), c.span);
  } catch (err) {
    return bad(c, 0, `the string is not valid JSON: ${err.message}.`);
  }
});
def("yamldecode", 1, 1, "strict", (a, c) => {
  try {
    return fromJson(yamlPackage().parse(asString(a[0], c, 0), { version: "1.1" }) ?? null, c.span);
  } catch (err) {
    if (err instanceof EvalError) throw err;
    return bad(c, 0, `the string is not valid YAML: ${err.message.split("\n")[0]}.`);
  }
});
def("tostring", 1, 1, "partial", (a, c) => {
  const v = a[0];
  if (v.kind === "unknown" || v.kind === "string" || v.kind === "null") return v;
  const s = primitiveToString(v);
  if (s === void 0) return bad(c, 0, `cannot convert ${typeName(v)} to string.`);
  return S(s, c);
});
def("tonumber", 1, 1, "strict", (a, c) => a[0].kind === "null" ? a[0] : N(asNumber(a[0], c, 0), c));
def("tobool", 1, 1, "strict", (a, c) => a[0].kind === "null" ? a[0] : B(asBool(a[0], c, 0), c));
def(["sensitive", "nonsensitive"], 1, 1, "partial", (a) => a[0]);
def("length", 1, 1, "strict", (a, c) => {
  const v = a[0];
  if (v.kind === "string") return N(chars(v.value).length, c);
  if (v.kind === "list") return N(v.items.length, c);
  if (v.kind === "object") return N(v.entries.size, c);
  return bad(c, 0, `a collection or string is required, got ${typeName(v)}.`);
});
def("concat", 1, Infinity, "strict", (a, c) => L(a.flatMap((x, i) => asList(x, c, i)), c));
def("merge", 0, Infinity, "strict", (a, c) => {
  const entries = /* @__PURE__ */ new Map();
  a.forEach((x, i) => {
    if (x.kind === "null") return;
    for (const [k, v] of asObject(x, c, i).entries) {
      entries.delete(k);
      entries.set(k, v);
    }
  });
  return mkObj(entries, c.span);
});
def("flatten", 1, 1, "strict", (a, c) => {
  let unknown2;
  const out = [];
  const walk = (items2) => {
    for (const i of items2) {
      if (i.kind === "list") walk(i.items);
      else if (i.kind === "unknown") unknown2 ??= i;
      else out.push(i);
    }
  };
  walk(asList(a[0], c, 0));
  return unknown2 ? unknownResult(c, unknown2) : L(out, c);
});
def("distinct", 1, 1, "deep", (a, c) => {
  const out = [];
  for (const i of asList(a[0], c, 0)) if (!out.some((o) => valuesEqual(o, i))) out.push(i);
  return L(out, c);
});
def("compact", 1, 1, "deep", (a, c) => L(asList(a[0], c, 0).filter((i) => !(i.kind === "null" || i.kind === "string" && i.value === "")), c));
def("coalesce", 1, Infinity, "partial", (a, c) => {
  for (const v of a) {
    if (v.kind === "unknown") return unknownResult(c, v);
    if (v.kind === "null" || v.kind === "string" && v.value === "" && !v.unknowns?.length) continue;
    return v;
  }
  return callFail(c, "no non-null, non-empty-string arguments.");
});
def("coalescelist", 1, Infinity, "strict", (a, c) => {
  for (let i = 0; i < a.length; i++) if (asList(a[i], c, i).length > 0) return a[i];
  return callFail(c, "no non-empty list arguments.");
});
def("lookup", 2, 3, "strict", (a, c) => {
  const m = a[0];
  const key = asString(a[1], c, 1);
  if (m.kind === "object") {
    const got = m.entries.get(key);
    if (got) return got;
  } else if (m.kind !== "null") return bad(c, 0, `a map or object is required, got ${typeName(m)}.`);
  if (a.length === 3) return a[2];
  return callFail(c, `the map has no key "${key}" and no default was given.`);
});
def("element", 2, 2, "strict", (a, c) => {
  const items2 = asList(a[0], c, 0);
  const i = asInt(a[1], c, 1);
  if (items2.length === 0) return bad(c, 0, "cannot use element() with an empty list.");
  return items2[(i % items2.length + items2.length) % items2.length];
});
def("index", 2, 2, "deep", (a, c) => {
  const i = asList(a[0], c, 0).findIndex((x) => valuesEqual(x, a[1]));
  if (i < 0) return callFail(c, "the given value is not in the list.");
  return N(i, c);
});
def("contains", 2, 2, "deep", (a, c) => B(asList(a[0], c, 0).some((x) => valuesEqual(x, a[1])), c));
def("keys", 1, 1, "strict", (a, c) => {
  const o = asObject(a[0], c, 0);
  return L(
    sortedKeys(o).map((k) => S(k, c)),
    c
  );
});
def("values", 1, 1, "strict", (a, c) => {
  const o = asObject(a[0], c, 0);
  return L(
    sortedKeys(o).map((k) => o.entries.get(k)),
    c
  );
});
def("zipmap", 2, 2, "partial", (a, c) => {
  if (!isWhollyKnown(a[0])) return unknownResult(c, a[0]);
  if (a[1].kind === "unknown") return unknownResult(c, a[1]);
  const keys = stringList(a[0], c, 0);
  const vals = asList(a[1], c, 1);
  if (keys.length !== vals.length) return callFail(c, `the keys and values lists have different lengths (${keys.length} and ${vals.length}).`);
  const entries = /* @__PURE__ */ new Map();
  keys.forEach((k, i) => entries.set(k, vals[i]));
  return mkObj(entries, c.span);
});
def("range", 1, 3, "strict", (a, c) => {
  const nums = a.map((x, i) => asNumber(x, c, i));
  const [start, limit, step] = nums.length === 1 ? [0, nums[0], 1] : [nums[0], nums[1], nums[2] ?? (nums[1] >= nums[0] ? 1 : -1)];
  if (step === 0) return bad(c, 2, "the step must not be zero.");
  if (step > 0 && limit < start || step < 0 && limit > start) return bad(c, 2, "the step moves away from the limit.");
  const count = Math.ceil((limit - start) / step);
  if (count > 1024) return callFail(c, `more than 1024 values (${count}).`);
  const out = [];
  for (let i = 0; i < count; i++) out.push(N(start + i * step, c));
  return L(out, c);
});
def("slice", 3, 3, "strict", (a, c) => {
  const items2 = asList(a[0], c, 0);
  const start = asInt(a[1], c, 1);
  const end = asInt(a[2], c, 2);
  if (start < 0 || start > items2.length) return bad(c, 1, `start index ${start} is out of range.`);
  if (end < start || end > items2.length) return bad(c, 2, `end index ${end} is out of range.`);
  return L(items2.slice(start, end), c);
});
def("reverse", 1, 1, "strict", (a, c) => L([...asList(a[0], c, 0)].reverse(), c));
def("sort", 1, 1, "deep", (a, c) => L(stringList(a[0], c, 0).sort(compareStrings).map((s) => S(s, c)), c));
def("toset", 1, 1, "deep", (a, c) => L(toSetItems(unifyPrimitives(asList(a[0], c, 0))), c));
def("tolist", 1, 1, "strict", (a, c) => L(unifyPrimitives(asList(a[0], c, 0)), c));
def("tomap", 1, 1, "strict", (a, c) => {
  const o = asObject(a[0], c, 0);
  const keys = sortedKeys(o);
  const vals = unifyPrimitives(keys.map((k) => o.entries.get(k)));
  return mkObj(new Map(keys.map((k, i) => [k, vals[i]])), c.span);
});
def("setunion", 1, Infinity, "deep", (a, c) => L(toSetItems(unifyPrimitives(a.flatMap((x, i) => asList(x, c, i)))), c));
var MAX_SET_COMPARISONS = 1e7;
var checkComparisons = (lists, c) => {
  const pairs = lists[0].length * lists.slice(1).reduce((n, l) => n + l.length, 0);
  if (pairs > MAX_SET_COMPARISONS) callFail(c, `comparing ${pairs} pairs of elements; limit 10,000,000.`);
};
def("setintersection", 1, Infinity, "deep", (a, c) => {
  const lists = a.map((x, i) => asList(x, c, i));
  checkComparisons(lists, c);
  return L(toSetItems(lists[0].filter((v) => lists.every((l) => l.some((o) => valuesEqual(o, v))))), c);
});
def("setsubtract", 2, 2, "deep", (a, c) => {
  const other = asList(a[1], c, 1);
  checkComparisons([asList(a[0], c, 0), other], c);
  return L(toSetItems(asList(a[0], c, 0).filter((v) => !other.some((o) => valuesEqual(o, v)))), c);
});
def("setproduct", 1, Infinity, "deep", (a, c) => {
  const lists = a.map((x, i) => asList(x, c, i));
  const size = lists.reduce((n, l) => n * l.length, 1);
  if (size > 1e5) return callFail(c, `the product has ${size} elements; limit 100,000.`);
  let out = [[]];
  for (const items2 of lists) out = out.flatMap((prefix2) => items2.map((item) => [...prefix2, item]));
  return L(
    out.map((t) => L(t, c)),
    c
  );
});
def("one", 1, 1, "strict", (a, c) => {
  const items2 = asList(a[0], c, 0);
  if (items2.length > 1) return bad(c, 0, `must be a list with no more than one element, got ${items2.length}.`);
  return items2[0] ?? mkNull(c.span);
});
def("alltrue", 1, 1, "deep", (a, c) => B(asList(a[0], c, 0).every((x) => asBool(x, c, 0)), c));
def("anytrue", 1, 1, "deep", (a, c) => B(asList(a[0], c, 0).some((x) => asBool(x, c, 0)), c));
def("chunklist", 2, 2, "strict", (a, c) => {
  const items2 = asList(a[0], c, 0);
  const size = asInt(a[1], c, 1);
  if (size < 0) return bad(c, 1, "the chunk size must not be negative.");
  if (size === 0) return L([a[0]], c);
  const out = [];
  for (let i = 0; i < items2.length; i += size) out.push(L(items2.slice(i, i + size), c));
  return L(out, c);
});
def("transpose", 1, 1, "deep", (a, c) => {
  const o = asObject(a[0], c, 0);
  const out = /* @__PURE__ */ new Map();
  for (const k of sortedKeys(o)) for (const v of stringList(o.entries.get(k), c, 0)) (out.get(v) ?? out.set(v, []).get(v)).push(S(k, c));
  return mkObj(new Map([...out].sort(([x], [y]) => compareStrings(x, y)).map(([k, v]) => [k, L(v, c)])), c.span);
});
def("matchkeys", 3, 3, "deep", (a, c) => {
  const vals = asList(a[0], c, 0);
  const keys = asList(a[1], c, 1);
  const search = asList(a[2], c, 2);
  if (vals.length !== keys.length) return callFail(c, "the values and keys lists must have the same length.");
  return L(
    vals.filter((_, i) => search.some((s) => valuesEqual(s, keys[i]))),
    c
  );
});
def("min", 1, Infinity, "strict", (a, c) => N(Math.min(...a.map((x, i) => asNumber(x, c, i))), c));
def("max", 1, Infinity, "strict", (a, c) => N(Math.max(...a.map((x, i) => asNumber(x, c, i))), c));
def("sum", 1, 1, "deep", (a, c) => {
  const items2 = asList(a[0], c, 0);
  if (items2.length === 0) return bad(c, 0, "cannot sum an empty list.");
  return N(
    items2.reduce((s, x) => s + asNumber(x, c, 0), 0),
    c
  );
});
def("abs", 1, 1, "strict", (a, c) => N(Math.abs(asNumber(a[0], c, 0)), c));
def("ceil", 1, 1, "strict", (a, c) => N(Math.ceil(asNumber(a[0], c, 0)), c));
def("floor", 1, 1, "strict", (a, c) => N(Math.floor(asNumber(a[0], c, 0)), c));
def("signum", 1, 1, "strict", (a, c) => N(Math.sign(asNumber(a[0], c, 0)), c));
def("pow", 2, 2, "strict", (a, c) => N(Math.pow(asNumber(a[0], c, 0), asNumber(a[1], c, 1)), c));
def("log", 2, 2, "strict", (a, c) => N(Math.log(asNumber(a[0], c, 0)) / Math.log(asNumber(a[1], c, 1)), c));
def("parseint", 2, 2, "strict", (a, c) => {
  const s = asString(a[0], c, 0);
  const base = asInt(a[1], c, 1);
  if (base < 2 || base > 62) return bad(c, 1, "the base must be between 2 and 62.");
  const n = parseInt(s, base);
  if (Number.isNaN(n) || !new RegExp(`^[-+]?[0-9a-zA-Z]+$`).test(s) || n.toString(base) !== s.replace(/^\+/, "").toLowerCase().replace(/^(-?)0+(?=.)/, "$1"))
    return bad(c, 0, `cannot parse "${s}" as a base ${base} integer.`);
  return N(n, c);
});
def("cidrsubnet", 3, 3, "strict", (a, c) => {
  const base = parseCidr(asString(a[0], c, 0), c, 0);
  return S(subnet(base, asInt(a[1], c, 1), BigInt(asInt(a[2], c, 2)), c), c);
});
def("cidrsubnets", 1, Infinity, "strict", (a, c) => {
  const base = parseCidr(asString(a[0], c, 0), c, 0);
  const out = [];
  let next = base.addr;
  const end = base.addr + (1n << BigInt(base.bits - base.prefix));
  for (let i = 1; i < a.length; i++) {
    const newbits = asInt(a[i], c, i);
    const prefix2 = base.prefix + newbits;
    if (newbits < 1 || prefix2 > base.bits) return bad(c, i, `cannot extend prefix /${base.prefix} by ${newbits} bits.`);
    const size = 1n << BigInt(base.bits - prefix2);
    const start = (next + size - 1n) / size * size;
    if (start + size > end) return bad(c, i, "not enough remaining address space for a subnet of this size.");
    out.push(S(`${formatIp(start, base.bits)}/${prefix2}`, c));
    next = start + size;
  }
  return L(out, c);
});
def("cidrhost", 2, 2, "strict", (a, c) => {
  const base = parseCidr(asString(a[0], c, 0), c, 0);
  const size = 1n << BigInt(base.bits - base.prefix);
  let host = BigInt(asInt(a[1], c, 1));
  if (host < 0n) host += size;
  if (host < 0n || host >= size) return bad(c, 1, `prefix of ${base.prefix} does not accommodate a host numbered ${a[1].kind === "number" ? a[1].value : ""}.`);
  return S(formatIp(base.addr + host, base.bits), c);
});
def("cidrnetmask", 1, 1, "strict", (a, c) => {
  const base = parseCidr(asString(a[0], c, 0), c, 0);
  if (base.bits !== 32) return bad(c, 0, "only IPv4 prefixes have a netmask.");
  return S(formatIp((1n << 32n) - 1n ^ (1n << BigInt(32 - base.prefix)) - 1n, 32), c);
});
def("file", 1, 1, "strict", (a, c) => {
  const f = readFileArg(a, c);
  return f ? mkStr(f.text, { file: f.path, line: 1, column: 1, endLine: 1, endColumn: 1 }) : unknownResult(c, void 0, "missing-file");
});
def("filebase64", 1, 1, "strict", (a, c) => {
  const f = readFileArg(a, c);
  return f ? S(Buffer.from(f.text, "utf8").toString("base64"), c) : unknownResult(c, void 0, "missing-file");
});
for (const [name, alg, enc] of [
  ["filemd5", "md5", "hex"],
  ["filesha1", "sha1", "hex"],
  ["filesha256", "sha256", "hex"],
  ["filesha512", "sha512", "hex"],
  ["filebase64sha256", "sha256", "base64"],
  ["filebase64sha512", "sha512", "base64"]
]) {
  def(name, 1, 1, "strict", (a, c) => {
    const f = readFileArg(a, c);
    return f ? S(digest(alg, f.text, enc), c) : unknownResult(c, void 0, "missing-file");
  });
}
def("fileexists", 1, 1, "strict", (a, c) => B(readFileArg(a, c) !== void 0, c));
def("fileset", 2, 2, "strict", (a, c) => {
  const { dir, files } = c.sc.host.filesUnder(asString(a[0], c, 0), argNode(c, 0), c.sc);
  const pattern = asString(a[1], c, 1);
  const matched = files.map((f) => path3.posix.relative(dir, f)).filter((rel) => minimatch(rel, pattern, { dot: true }));
  return L(
    matched.sort(compareStrings).map((m) => S(m, c)),
    c
  );
});
def("templatefile", 2, 2, "partial", (a, c) => {
  if (hasTopUnknown(a[0])) return unknownResult(c, a[0]);
  const vars = a[1];
  if (vars.kind === "unknown") return unknownResult(c, vars);
  const f = readFileArg(a, c);
  if (!f) return unknownResult(c, void 0, "missing-file");
  const template = c.sc.host.parseTemplate(f.text, f.path, c.node, c.sc);
  let inner = { host: c.sc.host, file: f.path, text: f.text, vars: void 0 };
  for (const [k, v] of asObject(vars, c, 1).entries) inner = bind(inner, k, v);
  const result2 = evaluate(template, inner);
  if (result2.kind !== "string" && result2.kind !== "unknown") {
    const s = primitiveToString(result2);
    return s === void 0 ? callFail(c, `the template produced a ${typeName(result2)}, not a string.`) : S(s, c);
  }
  return result2;
});
def("templatestring", 2, 2, "partial", (a, c) => {
  if (hasTopUnknown(a[0])) return unknownResult(c, a[0]);
  if (a[1].kind === "unknown") return unknownResult(c, a[1]);
  const text2 = asString(a[0], c, 0);
  const template = c.sc.host.parseTemplate(text2, c.sc.file, c.node, c.sc);
  let inner = { host: c.sc.host, file: c.sc.file, text: text2, vars: void 0 };
  for (const [k, v] of asObject(a[1], c, 1).entries) inner = bind(inner, k, v);
  const result2 = evaluate(template, inner);
  return result2.kind === "string" ? { ...result2, span: c.span } : result2;
});
def("basename", 1, 1, "strict", (a, c) => S(path3.posix.basename(asString(a[0], c, 0)), c));
def("dirname", 1, 1, "strict", (a, c) => S(path3.posix.dirname(asString(a[0], c, 0)), c));
def("abspath", 1, 1, "strict", (a, c) => {
  const cwd = c.sc.host.namedValue("path", "cwd", c.node, c.sc);
  return S(path3.posix.resolve(cwd.kind === "string" ? cwd.value : "/", asString(a[0], c, 0)), c);
});
def("pathexpand", 1, 1, "strict", (a, c) => {
  const p = asString(a[0], c, 0);
  return p.startsWith("~") ? unknownResult(c, void 0, "environment") : S(p, c);
});
for (const name of ["uuid", "timestamp", "bcrypt", "uuidv5", "plantimestamp"]) def(name, 0, Infinity, "partial", (_a, c) => unknownResult(c, void 0, "apply-time-function"));
function callTry(node, sc) {
  if (node.args.length === 0) return fail("try(): at least one argument is required.", node, sc);
  const errors = [];
  for (const arg of node.args) {
    try {
      return evaluate(arg, sc);
    } catch (err) {
      if (!(err instanceof EvalError)) throw err;
      errors.push(err.message);
    }
  }
  return fail(`try(): no argument could be evaluated without errors: ${errors.join(" / ")}`, node, sc);
}
function callCan(node, sc) {
  if (node.args.length !== 1) return fail("can(): exactly one argument is required.", node, sc);
  try {
    const v = evaluate(node.args[0], sc);
    if (v.kind === "unknown") return mkUnknown(exprText(node, sc), exprSpan(node, sc), v.reason ?? "unknown");
    return mkBool(true, exprSpan(node, sc));
  } catch (err) {
    if (!(err instanceof EvalError)) throw err;
    return mkBool(false, exprSpan(node, sc));
  }
}
function callFunction2(node, sc) {
  if (node.name === "try") return callTry(node, sc);
  if (node.name === "can") return callCan(node, sc);
  const span = exprSpan(node, sc);
  const fn = fns.get(node.name);
  if (!fn) return mkUnknown(exprText(node, sc), span, "unsupported-function");
  let args = node.args.map((a) => evaluate(a, sc));
  if (node.expandFinal && args.length > 0) {
    const last = args[args.length - 1];
    if (last.kind === "unknown") return mkUnknown(exprText(node, sc), span, last.reason ?? "unknown");
    if (last.kind !== "list") return fail(`${node.name}(): the argument before "..." must be a list, got ${typeName(last)}.`, node.args[node.args.length - 1], sc);
    args = [...args.slice(0, -1), ...last.items];
  }
  if (args.length < fn.min || args.length > fn.max) {
    const expected = fn.min === fn.max ? `${fn.min}` : fn.max === Infinity ? `at least ${fn.min}` : `${fn.min} to ${fn.max}`;
    return fail(`${node.name}(): ${expected} argument${fn.max === 1 ? "" : "s"} expected, got ${args.length}.`, node, sc);
  }
  const c = { node, sc, span };
  if (fn.unknowns !== "partial") {
    for (const a of args) {
      if (fn.unknowns === "strict" ? hasTopUnknown(a) : !isWhollyKnown(a)) return unknownResult(c, a);
    }
  }
  return fn.impl(args, c);
}
setFunctionCaller(callFunction2);

// src/evaluate/terraform/module.ts
var MAX_INSTANCES = 1e5;
var MAX_MODULE_INSTANCES = 2e4;
var MAX_MODULE_DEPTH = 32;
var ModuleDef = class {
  constructor(dir, files) {
    this.dir = dir;
    this.files = files;
    for (const file of files) {
      for (const block of file.hcl.body.blocks) {
        const [l0, l1] = block.labels;
        switch (block.blockType) {
          case "variable":
            if (l0 !== void 0 && !this.variables.has(l0)) this.variables.set(l0, { name: l0, block, file });
            break;
          case "locals":
            for (const attr of block.body.attributes) if (!this.locals.has(attr.name)) this.locals.set(attr.name, { attr, file });
            break;
          case "output":
            if (l0 !== void 0 && !this.outputs.has(l0)) this.outputs.set(l0, { block, file });
            break;
          case "resource":
          case "data": {
            if (l0 === void 0 || l1 === void 0) break;
            const mode = block.blockType === "resource" ? "managed" : "data";
            const key = `${mode}:${l0}.${l1}`;
            if (!this.resources.has(key)) this.resources.set(key, { mode, type: l0, name: l1, block, file });
            break;
          }
          case "module": {
            if (l0 === void 0 || this.moduleCalls.has(l0)) break;
            const src = block.body.attributes.find((a) => a.name === "source");
            const literal2 = src ? staticString(src.expr) : void 0;
            const source = literal2 ?? (src ? file.text.slice(src.expr.range.start.offset, src.expr.range.end.offset) : "");
            const call = { name: l0, block, file, source, sourceSpan: spanOf((src ?? block).range, file.path) };
            const localDir = literal2 === void 0 ? void 0 : localModuleDir(dir, literal2);
            if (localDir !== void 0) call.localDir = localDir;
            this.moduleCalls.set(l0, call);
            break;
          }
          default:
            break;
        }
      }
    }
  }
  dir;
  files;
  variables = /* @__PURE__ */ new Map();
  locals = /* @__PURE__ */ new Map();
  outputs = /* @__PURE__ */ new Map();
  resources = /* @__PURE__ */ new Map();
  moduleCalls = /* @__PURE__ */ new Map();
};
function staticString(e) {
  if (e.type === "Literal") return typeof e.value === "string" ? e.value : void 0;
  if (e.type === "Template" && e.parts.every((p) => p.type === "TemplateLiteral")) return e.parts.map((p) => p.type === "TemplateLiteral" ? p.value : "").join("");
  return void 0;
}
var RESOURCE_META_ATTRS = /* @__PURE__ */ new Set(["count", "for_each", "provider", "depends_on"]);
var RESOURCE_META_BLOCKS = /* @__PURE__ */ new Set(["lifecycle", "provisioner", "connection"]);
var MODULE_META_ATTRS = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
var NO_NAMES = /* @__PURE__ */ new Set();
var BUSY = /* @__PURE__ */ Symbol("busy");
function instanceSuffix(key) {
  if (key === void 0) return "";
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
var ModuleInstance = class _ModuleInstance {
  constructor(ctx, def2, modulePath, rootDir, inputs, rootInputs, ancestry, quiet = false) {
    this.ctx = ctx;
    this.def = def2;
    this.modulePath = modulePath;
    this.rootDir = rootDir;
    this.inputs = inputs;
    this.rootInputs = rootInputs;
    this.ancestry = ancestry;
    this.quiet = quiet;
  }
  ctx;
  def;
  modulePath;
  rootDir;
  inputs;
  rootInputs;
  ancestry;
  quiet;
  varValues = /* @__PURE__ */ new Map();
  varsWithoutValue = /* @__PURE__ */ new Set();
  fileScopes = /* @__PURE__ */ new Map();
  localValues = /* @__PURE__ */ new Map();
  outputValues = /* @__PURE__ */ new Map();
  resourceStates = /* @__PURE__ */ new Map();
  callStates = /* @__PURE__ */ new Map();
  // ---- safe evaluation ---------------------------------------------------------------------------------------------
  scopeFor(file, bindings = []) {
    let sc = this.fileScopes.get(file);
    if (!sc) {
      sc = { host: this, file: file.path, text: file.text, vars: void 0 };
      this.fileScopes.set(file, sc);
    }
    for (const [n, v] of bindings) sc = bind(sc, n, v);
    return sc;
  }
  /** Block bodies being evaluated for an unknown count/for_each: Terraform would not evaluate them yet. */
  quietBlocks = [];
  /**
   * Reports an evaluation error, except where Terraform would not have evaluated the expression: anywhere in a
   * module instance whose count/for_each is unknown (`quiet`) and inside resources whose count/for_each is unknown.
   */
  report(err) {
    if (this.quiet) return;
    for (const q of this.quietBlocks) if (q.file === err.file && contains(q.range, err.range)) return;
    this.ctx.reportError(err);
  }
  /** Evaluates an expression; an error is reported and becomes an unknown (reason `error`). */
  safeEval(e, sc) {
    try {
      return evaluate(e, sc);
    } catch (err) {
      if (err instanceof BudgetExhausted) throw err;
      this.report(asEvalError(err, e, sc));
      return mkUnknown(exprText(e, sc), exprSpan(e, sc), "error");
    }
  }
  // ---- EvalHost ----------------------------------------------------------------------------------------------------
  variable(name, node, sc) {
    const cached = this.varValues.get(name);
    if (cached) return cached;
    if (this.varsWithoutValue.has(name)) return mkUnknown(`var.${name}`, exprSpan(node, sc), "input-variable");
    const decl = this.def.variables.get(name);
    if (!decl) return fail(`Reference to undeclared input variable "${name}".`, node, sc);
    const declScope = this.scopeFor(decl.file);
    const attr = (n) => decl.block.body.attributes.find((a) => a.name === n);
    if (decl.type === void 0) {
      const typeAttr = attr("type");
      decl.type = typeAttr ? parseType(typeAttr.expr, (e) => this.safeEval(e, declScope)) : { kind: "any" };
    }
    let value;
    const input = this.inputs?.get(name);
    if (input) value = this.safeEval(input.attr.expr, input.scope);
    else if (this.rootInputs) {
      const cli = this.rootInputs.cli.get(name);
      value = cli !== void 0 ? this.rootInputs.parseCliValue(cli, decl.type) : this.rootInputs.values.get(name);
    }
    const nullableAttr = attr("nullable");
    const nullable = !(nullableAttr && nullableAttr.expr.type === "Literal" && nullableAttr.expr.value === false);
    if (value === void 0 || value.kind === "null" && !nullable) {
      const dflt = attr("default");
      if (dflt) value = this.safeEval(dflt.expr, declScope);
    }
    if (value === void 0) {
      this.varsWithoutValue.add(name);
      return mkUnknown(`var.${name}`, exprSpan(node, sc), "input-variable");
    }
    value = convertToType(value, decl.type);
    this.varValues.set(name, value);
    return value;
  }
  local(name, node, sc) {
    const cached = this.localValues.get(name);
    if (cached === BUSY) return fail(`Cycle: local.${name} refers to itself (directly or through other values).`, node, sc);
    if (cached) return cached;
    const decl = this.def.locals.get(name);
    if (!decl) return fail(`Reference to undeclared local value "${name}".`, node, sc);
    this.localValues.set(name, BUSY);
    const value = this.safeEval(decl.attr.expr, this.scopeFor(decl.file));
    this.localValues.set(name, value);
    return value;
  }
  namedValue(root, name, node, sc) {
    const span = exprSpan(node, sc);
    if (root === "terraform" && name === "workspace") return mkStr("default", span);
    if (root === "path") {
      if (name === "module") return mkStr(path4.posix.relative(this.rootDir, this.def.dir) || ".", span);
      if (name === "root") return mkStr(".", span);
      if (name === "cwd") return mkStr(path4.posix.join(this.ctx.repoRoot.split(path4.sep).join("/"), this.rootDir), span);
    }
    return fail(`Unknown attribute "${name}" of "${root}".`, node, sc);
  }
  readFile(p, node, sc) {
    const rel = this.repoPath(p, node, sc);
    const text2 = this.ctx.readFile(rel);
    return text2 === void 0 ? void 0 : { path: rel, text: text2 };
  }
  filesUnder(p, node, sc) {
    const dir = this.repoPath(p, node, sc);
    return { dir, files: this.ctx.filesUnder(dir) };
  }
  parseTemplate(text2, file, node, sc) {
    return this.ctx.parseTemplate(text2, file, node, sc);
  }
  /** Resolves a path relative to the working directory (the root module) to a repository-relative path. */
  repoPath(p, node, sc) {
    const root = this.ctx.repoRoot.split(path4.sep).join("/");
    let rel;
    if (path4.posix.isAbsolute(p)) rel = path4.posix.relative(root, p);
    else rel = path4.posix.normalize(path4.posix.join(this.rootDir, p));
    if (rel === ".." || rel.startsWith("../") || path4.posix.isAbsolute(rel))
      return fail(`The path "${p}" is outside the scanned directory; only files inside it are read.`, node, sc);
    return rel === "." ? "" : rel.replace(/\/$/, "");
  }
  resource(mode, type, name, node, sc) {
    if (mode === "ephemeral") {
      const address = (this.modulePath ? this.modulePath + "." : "") + `ephemeral.${type}.${name}`;
      return markResource(mkObj(/* @__PURE__ */ new Map(), exprSpan(node, sc)), address, type);
    }
    const state = this.resourceState(mode, type, name);
    if (!state) return fail(`Reference to undeclared ${mode === "data" ? "data source" : "resource"} "${mode === "data" ? "data." : ""}${type}.${name}".`, node, sc);
    if (state.value) return state.value;
    const { expansion } = state;
    let value;
    switch (expansion.kind) {
      case "single":
        value = this.instanceObject(state, 0, node, sc);
        break;
      case "count":
        value = mkList(
          expansion.instances.map((_, i) => this.instanceObject(state, i, node, sc)),
          spanOf(state.decl.block.range, state.decl.file.path)
        );
        break;
      case "for_each": {
        const entries = /* @__PURE__ */ new Map();
        expansion.instances.forEach((inst, i) => entries.set(String(inst.key), this.instanceObject(state, i, node, sc)));
        value = mkObj(entries, spanOf(state.decl.block.range, state.decl.file.path));
        break;
      }
      case "unknown": {
        const u = mkUnknown(state.baseAddress, spanOf(state.decl.block.range, state.decl.file.path), "unknown-count");
        value = markUnknownCollection(u, this.instanceObject(state, 0, node, sc));
        break;
      }
    }
    state.value = value;
    return value;
  }
  moduleRef(name, node, sc) {
    const state = this.callState(name, node, sc);
    if (state.value) return state.value;
    const span = spanOf(state.decl.block.range, state.decl.file.path);
    let value;
    if (!state.expansion) value = mkUnknown(exprText(node, sc), exprSpan(node, sc), state.unresolvedReason === "remote" ? "remote-module" : "missing-module");
    else {
      const outputs = state.children.map((child) => child.outputsObject());
      switch (state.expansion.kind) {
        case "single":
          value = outputs[0];
          break;
        case "count":
          value = mkList(outputs, span);
          break;
        case "for_each":
          value = mkObj(new Map(state.expansion.instances.map((inst, i) => [String(inst.key), outputs[i]])), span);
          break;
        case "unknown":
          value = markUnknownCollection(mkUnknown(`module.${name}`, span, "unknown-count"), outputs[0]);
          break;
      }
    }
    state.value = value;
    return value;
  }
  moduleOutput(name, key, output, node, sc) {
    const state = this.callState(name, node, sc);
    if (!state.expansion) return mkUnknown(exprText(node, sc), exprSpan(node, sc), state.unresolvedReason === "remote" ? "remote-module" : "missing-module");
    const { kind, instances } = state.expansion;
    let child;
    if (kind === "unknown") child = state.children[0];
    else if (key === void 0) {
      if (kind === "single") child = state.children[0];
      else return fail(`module.${name} has ${kind}; select an instance (module.${name}[KEY].${output}).`, node, sc);
    } else {
      if (!isWhollyKnown(key)) return mkUnknown(exprText(node, sc), exprSpan(node, sc), firstUnknown(key)?.reason ?? "unknown");
      const wanted = kind === "count" ? key.kind === "number" ? key.value : key.kind === "string" ? parseNumber(key.value) : void 0 : key.kind === "string" ? key.value : key.kind === "number" ? formatNumber(key.value) : void 0;
      const i = kind === "single" ? -1 : instances.findIndex((inst) => inst.key === wanted);
      if (i < 0) return fail(`module.${name}${kind === "single" ? " has no count or for_each" : ` has no instance with the key ${typeName(key)} ${JSON.stringify(wanted ?? null)}`}.`, node, sc);
      child = state.children[i];
    }
    return child.output(output, node, sc);
  }
  // ---- outputs -------------------------------------------------------------------------------------------------------
  outputs;
  /** All outputs as one object (for `module.x` used as a whole value). */
  outputsObject() {
    if (this.outputs) return this.outputs;
    const entries = /* @__PURE__ */ new Map();
    this.outputs = mkObj(entries, void 0);
    for (const [name, decl] of this.def.outputs) {
      const sc = this.scopeFor(decl.file);
      const v = this.outputValue(name, decl.block, sc);
      entries.set(name, v);
    }
    return this.outputs;
  }
  output(name, node, sc) {
    const decl = this.def.outputs.get(name);
    if (!decl) return fail(`The module at ${this.def.dir || "."} has no output named "${name}".`, node, sc);
    return this.outputValue(name, decl.block, sc);
  }
  outputValue(name, block, sc) {
    const cached = this.outputValues.get(name);
    if (cached === BUSY) return mkUnknown(`${this.modulePath}.${name}`, exprSpan(block, sc), "cycle");
    if (cached) return cached;
    const decl = this.def.outputs.get(name);
    const valueAttr = decl.block.body.attributes.find((a) => a.name === "value");
    this.outputValues.set(name, BUSY);
    const value = valueAttr ? this.safeEval(valueAttr.expr, this.scopeFor(decl.file)) : mkNull(spanOf(decl.block.range, decl.file.path));
    this.outputValues.set(name, value);
    return value;
  }
  // ---- expansion -----------------------------------------------------------------------------------------------------
  /** count / for_each of a resource or module call. Errors are reported; the result is always usable. */
  expand(block, scope) {
    const countAttr = block.body.attributes.find((a) => a.name === "count");
    const forEachAttr = block.body.attributes.find((a) => a.name === "for_each");
    if (countAttr) {
      const v = this.safeEval(countAttr.expr, scope);
      let n;
      try {
        n = v.kind === "null" ? fail("count must not be null.", countAttr.expr, scope) : toNumber(v, countAttr.expr, scope);
        if (n !== void 0 && (!Number.isInteger(n) || n < 0)) fail(`count must be a whole number of at least 0, got ${formatNumber(n)}.`, countAttr.expr, scope);
        if (n !== void 0 && n > MAX_INSTANCES) fail(`count expands to ${n} instances; limit 100,000.`, countAttr.expr, scope);
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
        this.report(err);
        return unknownExpansion(v, "count");
      }
      if (n === void 0) return unknownExpansion(v, "count");
      const instances = [];
      for (let i = 0; i < n; i++) instances.push({ key: i, bindings: [["count", mkObj(/* @__PURE__ */ new Map([["index", { kind: "number", value: i, span: exprSpan(countAttr.expr, scope) }]]), void 0)]] });
      return { instances, kind: "count" };
    }
    if (forEachAttr) {
      const v = this.safeEval(forEachAttr.expr, scope);
      const span = exprSpan(forEachAttr.expr, scope);
      try {
        const keyed = forEachItems(v, forEachAttr.expr, scope);
        if (!keyed) return unknownExpansion(v, "for_each");
        if (keyed.length > MAX_INSTANCES) fail(`for_each expands to ${keyed.length} instances; limit 100,000.`, forEachAttr.expr, scope);
        const instances = keyed.map(([k, value]) => ({ key: k, bindings: [["each", mkObj(/* @__PURE__ */ new Map([["key", mkStr(k, span)], ["value", value]]), span)]] }));
        return { instances, kind: "for_each" };
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
        this.report(err);
        return unknownExpansion(v, "for_each");
      }
    }
    return { instances: [{ bindings: [] }], kind: "single" };
  }
  // ---- resources -----------------------------------------------------------------------------------------------------
  resourceState(mode, type, name) {
    const key = `${mode}:${type}.${name}`;
    const existing = this.resourceStates.get(key);
    if (existing) return existing;
    const decl = this.def.resources.get(key);
    if (!decl) return void 0;
    const baseAddress = (this.modulePath ? this.modulePath + "." : "") + (mode === "data" ? "data." : "") + `${type}.${name}`;
    const state = { decl, baseAddress, expansion: { instances: [], kind: "single" }, bodies: [], objects: [] };
    this.resourceStates.set(key, state);
    state.expansion = this.expand(decl.block, this.scopeFor(decl.file));
    return state;
  }
  instanceBody(state, i, node, sc) {
    const done = state.bodies[i];
    if (done === "busy") {
      if (node && sc) return fail(`Cycle: ${state.baseAddress} refers to itself (directly or through other values).`, node, sc);
      return { entries: /* @__PURE__ */ new Map(), spans: /* @__PURE__ */ new Map() };
    }
    if (done) return done;
    state.bodies[i] = "busy";
    const inst = state.expansion.instances[i];
    const mark = { address: state.baseAddress + instanceSuffix(inst.key), type: state.decl.type };
    const quiet = state.expansion.kind === "unknown";
    if (quiet) this.quietBlocks.push({ file: state.decl.file.path, range: state.decl.block.body.range });
    const body2 = this.evalBody(state.decl.block.body, this.scopeFor(state.decl.file, inst.bindings), RESOURCE_META_ATTRS, RESOURCE_META_BLOCKS, mark);
    if (quiet) this.quietBlocks.pop();
    state.bodies[i] = body2;
    return body2;
  }
  instanceObject(state, i, node, sc) {
    const existing = state.objects[i];
    if (existing) return existing;
    const body2 = this.instanceBody(state, i, node, sc);
    const inst = state.expansion.instances[i];
    const obj3 = markResource(mkObj(body2.entries, spanOf(state.decl.block.range, state.decl.file.path)), state.baseAddress + instanceSuffix(inst.key), state.decl.type);
    state.objects[i] = obj3;
    return obj3;
  }
  /** Evaluates a block body: attributes, nested blocks as lists of objects, dynamic blocks expanded. */
  evalBody(body2, sc, skipAttrs, skipBlocks, mark) {
    const entries = /* @__PURE__ */ new Map();
    const spans = /* @__PURE__ */ new Map();
    const blockLists = /* @__PURE__ */ new Map();
    const blockList = (type, span) => {
      let list3 = blockLists.get(type);
      if (!list3) {
        list3 = [];
        blockLists.set(type, list3);
        entries.set(type, mkList(list3, span));
        if (!spans.has(type)) spans.set(type, span);
      }
      return list3;
    };
    for (const item of body2.items) {
      if (item.type === "Attribute") {
        if (skipAttrs.has(item.name)) continue;
        entries.set(item.name, this.safeEval(item.expr, sc));
        spans.set(item.name, exprSpan(item, sc));
        continue;
      }
      if (skipBlocks.has(item.blockType)) continue;
      if (item.blockType === "dynamic" && item.labels.length > 0) {
        const span2 = exprSpan(item, sc);
        const list3 = blockList(item.labels[0], span2);
        for (const obj4 of this.expandDynamic(item, sc, mark)) list3.push(obj4);
        continue;
      }
      const span = exprSpan(item, sc);
      const nested = this.evalBody(item.body, sc, NO_NAMES, NO_NAMES, mark);
      const obj3 = mkObj(nested.entries, span);
      blockList(item.blockType, span).push(mark ? markResource(obj3, mark.address, mark.type) : obj3);
    }
    return { entries, spans };
  }
  /** `dynamic "x" { for_each, iterator, labels, content {} }` → one object per element (one with unknowns when the collection is unknown). */
  expandDynamic(block, sc, mark) {
    const span = exprSpan(block, sc);
    const forEach = block.body.attributes.find((a) => a.name === "for_each");
    const iteratorAttr = block.body.attributes.find((a) => a.name === "iterator");
    const content = block.body.blocks.find((b) => b.blockType === "content");
    if (!forEach || !content) {
      this.report(new EvalError(`A dynamic block needs a for_each argument and a content block.`, sc.file, block.range));
      return [];
    }
    const iterName = iteratorAttr?.expr.type === "Variable" ? iteratorAttr.expr.name : block.labels[0];
    const coll = this.safeEval(forEach.expr, sc);
    const one2 = (key, value) => {
      const inner = bind(sc, iterName, mkObj(/* @__PURE__ */ new Map([["key", key], ["value", value]]), value.span));
      const obj3 = mkObj(this.evalBody(content.body, inner, NO_NAMES, NO_NAMES, mark).entries, span);
      return mark ? markResource(obj3, mark.address, mark.type) : obj3;
    };
    if (coll.kind === "unknown") {
      const u = mkUnknown(exprText(forEach.expr, sc), exprSpan(forEach.expr, sc), coll.reason ?? "unknown");
      return [one2(u, u)];
    }
    if (coll.kind === "null") {
      this.report(new EvalError("The for_each of a dynamic block must not be null.", sc.file, forEach.expr.range));
      return [];
    }
    const pairs = iterate(coll);
    if (!pairs) {
      this.report(new EvalError(`The for_each of a dynamic block needs a collection, got ${typeName(coll)}.`, sc.file, forEach.expr.range));
      return [];
    }
    if (pairs.length > MAX_INSTANCES) {
      this.report(new EvalError(`for_each expands to ${pairs.length} instances; limit 100,000.`, sc.file, forEach.expr.range));
      return [];
    }
    return pairs.map(([k, v]) => one2(k, v));
  }
  // ---- module calls --------------------------------------------------------------------------------------------------
  callState(name, node, sc) {
    const existing = this.callStates.get(name);
    if (existing) return existing;
    const decl = this.def.moduleCalls.get(name);
    if (!decl) return fail(`Reference to undeclared module "${name}".`, node, sc);
    return this.startCall(decl);
  }
  startCall(decl) {
    const state = { decl, children: [] };
    this.callStates.set(decl.name, state);
    const address = (this.modulePath ? this.modulePath + "." : "") + `module.${decl.name}`;
    const unresolved = (reason, kind) => {
      state.unresolvedReason = kind;
      this.ctx.unresolved.push({ address, source: decl.source, span: decl.sourceSpan, reason });
      return state;
    };
    if (decl.localDir === void 0) return unresolved("remote module source; not fetched", "remote");
    const childDef = this.ctx.defs.get(decl.localDir);
    if (!childDef) return unresolved(`local module directory "${decl.localDir || "."}" has no scanned Terraform files`, "missing");
    if (decl.localDir === this.def.dir || this.ancestry.includes(decl.localDir)) return unresolved("module calls itself (directly or through other modules)", "missing");
    if (this.ancestry.length >= MAX_MODULE_DEPTH) return unresolved(`modules nested deeper than ${MAX_MODULE_DEPTH} levels`, "missing");
    const callerScope = this.scopeFor(decl.file);
    const expansion = this.expand(decl.block, callerScope);
    this.ctx.moduleInstances += expansion.instances.length;
    if (this.ctx.moduleInstances > MAX_MODULE_INSTANCES) return unresolved(`more than ${MAX_MODULE_INSTANCES} module instances in this scan`, "missing");
    state.expansion = expansion;
    const args = decl.block.body.attributes.filter((a) => !MODULE_META_ATTRS.has(a.name));
    for (const inst of expansion.instances) {
      const scope = this.scopeFor(decl.file, inst.bindings);
      const inputs = new Map(args.map((a) => [a.name, { attr: a, scope }]));
      state.children.push(
        new _ModuleInstance(this.ctx, childDef, address + instanceSuffix(inst.key), this.rootDir, inputs, void 0, [...this.ancestry, this.def.dir], this.quiet || expansion.kind === "unknown")
      );
    }
    return state;
  }
  // ---- emission ------------------------------------------------------------------------------------------------------
  /** Evaluates every resource of this module and its called modules into the output list. */
  emit() {
    for (const decl of this.def.resources.values()) {
      const state = this.resourceState(decl.mode, decl.type, decl.name);
      state.expansion.instances.forEach((inst, i) => {
        const body2 = this.instanceBody(state, i);
        this.ctx.resources.push({
          mode: decl.mode,
          type: decl.type,
          name: decl.name,
          address: state.baseAddress + instanceSuffix(inst.key),
          baseAddress: state.baseAddress,
          modulePath: this.modulePath,
          span: spanOf(decl.block.range, decl.file.path),
          body: body2.entries,
          attrSpans: body2.spans,
          ...inst.key !== void 0 ? { instanceKey: inst.key } : {}
        });
      });
    }
    for (const decl of this.def.moduleCalls.values()) {
      const state = this.callStates.get(decl.name) ?? this.startCall(decl);
      for (const child of state.children) child.emit();
    }
  }
};
function unknownExpansion(v, kind) {
  const reason = v.kind === "unknown" ? v.reason ?? "unknown" : "error";
  const bindings = kind === "count" ? [["count", mkObj(/* @__PURE__ */ new Map([["index", mkUnknown("count.index", v.span, reason)]]), v.span)]] : [["each", mkObj(/* @__PURE__ */ new Map([["key", mkUnknown("each.key", v.span, reason)], ["value", mkUnknown("each.value", v.span, reason)]]), v.span)]];
  return { instances: [{ bindings }], kind: "unknown" };
}
function forEachItems(v, node, sc) {
  if (v.kind === "unknown") return void 0;
  if (v.kind === "object") return sortedKeys(v).map((k) => [k, v.entries.get(k)]);
  if (v.kind === "list") {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const item of v.items) {
      if (item.kind === "unknown" || item.kind === "string" && item.unknowns?.length) return void 0;
      if (item.kind !== "string") return fail(`for_each needs a map or a set of strings; this collection holds a ${typeName(item)}.`, node, sc);
      if (seen.has(item.value)) continue;
      seen.add(item.value);
      out.push([item.value, item]);
    }
    return out.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  }
  if (v.kind === "null") return fail("for_each must not be null.", node, sc);
  return fail(`for_each needs a map or a set of strings, got ${typeName(v)}.`, node, sc);
}
function contains(outer, inner) {
  return outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;
}
function asEvalError(err, e, sc) {
  if (err instanceof EvalError) return err;
  if (err instanceof RangeError && /Invalid (string|array) length/.test(err.message)) return new EvalError(`This expression builds a value too large to evaluate (${err.message}).`, sc.file, e.range);
  if (err instanceof RangeError) return new EvalError(`This expression is nested too deeply to evaluate (${err.message}).`, sc.file, e.range);
  return new EvalError(`Internal error while evaluating this expression: ${err instanceof Error ? err.message : String(err)}`, sc.file, e.range);
}

// src/shared/directives.ts
function mayHoldDirective(comment) {
  return comment.text.includes("grantlint");
}

// src/evaluate/terraform/index.ts
var isJson = (p) => p.toLowerCase().endsWith(".json");
var isVarsFile = (p) => /\.tfvars(\.json)?$/i.test(p);
var isConfigFile = (p) => /\.tf(\.json)?$/i.test(p);
function autoVarsRank(name) {
  if (name === "terraform.tfvars") return 0;
  if (name === "terraform.tfvars.json") return 1;
  if (/\.auto\.tfvars(\.json)?$/.test(name)) return 2;
  return void 0;
}
var staticHost = {
  variable: (n, node, sc) => fail(`Variables may not be used here (var.${n}).`, node, sc),
  local: (n, node, sc) => fail(`Local values may not be used here (local.${n}).`, node, sc),
  moduleRef: (n, node, sc) => fail(`Module outputs may not be used here (module.${n}).`, node, sc),
  moduleOutput: (n, _k, _o, node, sc) => fail(`Module outputs may not be used here (module.${n}).`, node, sc),
  resource: (_m, t, n, node, sc) => fail(`Resource attributes may not be used here (${t}.${n}).`, node, sc),
  namedValue: (r, n, node, sc) => fail(`"${r}.${n}" may not be used here.`, node, sc),
  readFile: (_p, node, sc) => fail("Functions that read files may not be used here.", node, sc),
  filesUnder: (_p, node, sc) => fail("Functions that read files may not be used here.", node, sc),
  parseTemplate: (_t, _f, node, sc) => fail("templatefile may not be used here.", node, sc)
};
function stripSpans(v) {
  const { span: _span, ...rest } = v;
  switch (rest.kind) {
    case "list":
      return { ...rest, items: rest.items.map(stripSpans) };
    case "object":
      return { ...rest, entries: new Map([...rest.entries].map(([k, x]) => [k, stripSpans(x)])) };
    default:
      return rest;
  }
}
var TEMPLATE_MARKER = "GRANTLINT_TEMPLATE_END_7F3A";
function shiftRanges(node, prefix2) {
  if (Array.isArray(node)) {
    for (const n of node) shiftRanges(n, prefix2);
    return;
  }
  if (!node || typeof node !== "object") return;
  const rec = node;
  for (const [k, v] of Object.entries(rec)) {
    if (k === "range" && v && typeof v === "object") {
      const r = v;
      rec.range = {
        start: { line: r.start.line - 1, column: r.start.column, offset: r.start.offset - prefix2 },
        end: { line: r.end.line - 1, column: r.end.column, offset: r.end.offset - prefix2 }
      };
    } else if (v && typeof v === "object") shiftRanges(v, prefix2);
  }
}
function parseTemplateText(text2, file, node, sc) {
  if (text2.split(/\r?\n/).includes(TEMPLATE_MARKER)) return fail(`The template ${file} cannot be read.`, node, sc);
  const endsWithNewline = text2.endsWith("\n");
  const prefix2 = `t = <<${TEMPLATE_MARKER}
`;
  const wrapped = prefix2 + text2 + (endsWithNewline ? "" : "\n") + TEMPLATE_MARKER + "\n";
  const parsed3 = parseHcl(wrapped, file);
  const attr = parsed3.file.body.attributes[0];
  if (parsed3.errors.length > 0 || !attr || attr.expr.type !== "Template") {
    const e = parsed3.errors[0];
    const line = e ? e.range.start.line - 1 : 1;
    throw new EvalError(`Invalid template ${file}:${line}:${e?.range.start.column ?? 1}: ${e?.message ?? "not a template"}`, sc.file, node.range);
  }
  const template = attr.expr;
  shiftRanges(template, prefix2.length);
  const lines = text2.split("\n");
  const lastLine = lines[lines.length - 1];
  template.range = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: lines.length, column: lastLine.length + 1, offset: text2.length }
  };
  if (!endsWithNewline) {
    const last = template.parts[template.parts.length - 1];
    if (last?.type === "TemplateLiteral" && last.value.endsWith("\n")) last.value = last.value.slice(0, -1);
  }
  return template;
}
function evaluateTerraform(files, all, options, knownCalls) {
  const errors = [];
  const seenErrors = /* @__PURE__ */ new Set();
  const reportError = (err) => {
    const e = err instanceof EvalError ? { file: err.file, line: err.range.start.line, column: err.range.start.column, endLine: err.range.end.line, endColumn: err.range.end.column, message: err.message, code: "evaluate" } : err;
    const key = `${e.file}:${e.line}:${e.column}:${e.code}:${e.message}`;
    if (seenErrors.has(key)) return;
    seenErrors.add(key);
    errors.push(e);
  };
  const comments = /* @__PURE__ */ new Map();
  const parseFile = (p, text2) => {
    const result2 = isJson(p) ? parseTfJson(text2, p) : parseHcl(text2, p);
    for (const e of result2.errors) {
      reportError({ file: p, line: e.range.start.line, column: e.range.start.column, endLine: e.range.end.line, endColumn: e.range.end.column, message: e.message, code: "parse" });
    }
    const directives = result2.file.comments.filter(mayHoldDirective);
    if (directives.length > 0) {
      comments.set(
        p,
        directives.map((c) => ({ line: c.range.start.line, column: c.range.start.column, endLine: c.range.end.line, text: c.text }))
      );
    }
    return { path: p, text: text2, hcl: result2.file };
  };
  const configByDir = /* @__PURE__ */ new Map();
  const varsByDir = /* @__PURE__ */ new Map();
  const parsedVarFiles = /* @__PURE__ */ new Map();
  for (const f of [...files].sort((a, b) => compareStrings(a.path, b.path))) {
    const dir = dirOf(f.path);
    if (isConfigFile(f.path)) {
      const list3 = configByDir.get(dir) ?? [];
      list3.push(f);
      configByDir.set(dir, list3);
    } else if (isVarsFile(f.path) && autoVarsRank(path5.posix.basename(f.path)) !== void 0) {
      const parsed3 = parseFile(f.path, f.text);
      parsedVarFiles.set(f.path, parsed3);
      const list3 = varsByDir.get(dir) ?? [];
      list3.push(parsed3);
      varsByDir.set(dir, list3);
    } else if (isVarsFile(f.path)) {
      parsedVarFiles.set(f.path, parseFile(f.path, f.text));
    }
  }
  const loaded = /* @__PURE__ */ new Map();
  const parsedCalls = /* @__PURE__ */ new Map();
  const defs = {
    get(dir) {
      let def2 = loaded.get(dir);
      if (def2) return def2;
      const list3 = configByDir.get(dir);
      if (!list3) return void 0;
      def2 = new ModuleDef(
        dir,
        list3.map((f) => parseFile(f.path, f.text))
      );
      loaded.set(dir, def2);
      parsedCalls.set(dir, localCalls([...def2.moduleCalls.values()].map((c) => c.localDir)));
      return def2;
    }
  };
  const localCalls = (dirsCalled) => [...new Set(dirsCalled.filter((d) => d !== void 0 && configByDir.has(d)))].sort(compareStrings);
  const calls = knownCalls ?? new Map([...configByDir].map(([dir, list3]) => [dir, localCalls(list3.flatMap((f) => calledDirs(f)))]));
  let sortedPaths;
  const filesByDir = /* @__PURE__ */ new Map();
  const ctx = {
    defs,
    resources: [],
    unresolved: [],
    reportError,
    readFile: (p) => all.get(p)?.text,
    filesUnder: (dir) => {
      let list3 = filesByDir.get(dir);
      if (!list3) {
        const prefix2 = dir === "" ? "" : dir + "/";
        sortedPaths ??= [...all.keys()].sort(compareStrings);
        list3 = sortedPaths.filter((p) => p.startsWith(prefix2));
        filesByDir.set(dir, list3);
      }
      return list3;
    },
    parseTemplate: parseTemplateText,
    repoRoot: options.root,
    moduleInstances: 0
  };
  const rootPosix = options.root.split(path5.sep).join("/");
  const extraVarFiles = [];
  for (const abs of options.varFiles) {
    const absPosix = abs.split(path5.sep).join("/");
    const rel = path5.posix.relative(rootPosix, absPosix);
    const shown = rel.startsWith("..") || path5.posix.isAbsolute(rel) ? absPosix : rel;
    const cached = parsedVarFiles.get(shown);
    if (cached) {
      extraVarFiles.push(cached);
      continue;
    }
    let text2 = all.get(shown)?.text;
    if (text2 === void 0) {
      try {
        text2 = readFileSync(abs, "utf8");
      } catch (err) {
        reportError({ file: shown, line: 1, column: 1, message: `Cannot read the variable file: ${err.message}`, code: "read" });
        continue;
      }
    }
    extraVarFiles.push(parseFile(shown, text2));
  }
  const evalVarFile = (file, into) => {
    const sc = { host: staticHost, file: file.path, text: file.text, vars: void 0 };
    for (const attr of file.hcl.body.attributes) {
      try {
        into.set(attr.name, evaluate(attr.expr, sc));
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
        reportError(err);
      }
    }
  };
  const parseCliValue = (text2, type) => {
    const primitive = !type || type.kind === "string" || type.kind === "number" || type.kind === "bool";
    if (primitive && type || !/^\s*([[{"\-\d]|(true|false|null)\s*$)/.test(text2)) return mkStr(text2, void 0);
    const parsed3 = parseHcl(`value = ${text2}
`, "--var");
    const attr = parsed3.file.body.attributes[0];
    if (parsed3.errors.length > 0 || !attr) return mkStr(text2, void 0);
    try {
      return stripSpans(evaluate(attr.expr, { host: staticHost, file: "--var", text: `value = ${text2}
`, vars: void 0 }));
    } catch {
      return mkStr(text2, void 0);
    }
  };
  const cli = new Map(Object.entries(options.vars));
  const rootInputs = (dir) => {
    const values = /* @__PURE__ */ new Map();
    const auto = (varsByDir.get(dir) ?? []).map((f) => ({ f, rank: autoVarsRank(path5.posix.basename(f.path)) })).sort((a, b) => a.rank - b.rank || compareStrings(a.f.path, b.f.path));
    for (const { f } of auto) evalVarFile(f, values);
    for (const f of extraVarFiles) evalVarFile(f, values);
    return { values, cli, parseCliValue };
  };
  const dirs = [...configByDir.keys()].sort(compareStrings);
  const called = /* @__PURE__ */ new Set();
  for (const dir of dirs) for (const target of calls.get(dir) ?? []) if (target !== dir) called.add(target);
  const reached = /* @__PURE__ */ new Set();
  const lastUse = /* @__PURE__ */ new Map();
  const roots = [];
  const reach = (dir, root) => {
    if (lastUse.get(dir) === root) return;
    lastUse.set(dir, root);
    reached.add(dir);
    for (const target of calls.get(dir) ?? []) reach(target, root);
  };
  for (const dir of dirs) if (!called.has(dir)) reach(dir, roots.push(dir) - 1);
  for (const dir of dirs) if (!reached.has(dir)) reach(dir, roots.push(dir) - 1);
  roots.forEach((dir, i) => {
    try {
      const { exhausted } = runWithBudget("module", () => new ModuleInstance(ctx, defs.get(dir), "", dir, void 0, rootInputs(dir), []).emit());
      if (exhausted) reportError(exhausted);
    } catch (err) {
      const file = configByDir.get(dir)[0]?.path ?? dir;
      reportError({ file, line: 1, column: 1, message: `Internal error while evaluating the module in "${dir || "."}": ${err instanceof Error ? err.message : String(err)}`, code: "internal" });
    }
    for (const loadedDir of [...loaded.keys()]) if ((lastUse.get(loadedDir) ?? i) <= i) loaded.delete(loadedDir);
  });
  for (const dir of dirs) if (!parsedCalls.has(dir)) defs.get(dir);
  loaded.clear();
  if (!knownCalls && dirs.some((dir) => (calls.get(dir) ?? []).join("\n") !== (parsedCalls.get(dir) ?? []).join("\n"))) {
    return evaluateTerraform(files, all, options, parsedCalls);
  }
  const sortedComments = new Map([...comments].sort((a, b) => compareStrings(a[0], b[0])));
  return { resources: ctx.resources, unresolvedModules: ctx.unresolved, errors, comments: sortedComments };
}

// src/extract/aws/terraform.ts
import path6 from "node:path";

// src/model/span.ts
function compareSpans(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn;
}

// src/analyze/aws/data-files.ts
import { fileURLToPath as __bundleFileURLToPath } from "node:url";
import { closeSync, openSync, readSync } from "node:fs";
function awsDataFile(name) {
  return __bundleFileURLToPath(new URL(`./${name}`, import.meta.url));
}
var IndexedLines = class {
  constructor(file) {
    this.file = file;
  }
  file;
  index;
  bodyStart = 0;
  keys() {
    return this.load().keys();
  }
  has(key) {
    return this.load().has(key);
  }
  get size() {
    return this.load().size;
  }
  /** The line stored under `key`, or undefined. */
  line(key) {
    const at = this.load().get(key);
    if (!at) return void 0;
    const [offset, length2] = at;
    const fd = openSync(this.file, "r");
    try {
      return readExactly(fd, this.bodyStart + offset, length2, this.file).toString("utf8");
    } finally {
      closeSync(fd);
    }
  }
  load() {
    if (this.index) return this.index;
    const fd = openSync(this.file, "r");
    try {
      let head = Buffer.alloc(0);
      let newline = -1;
      while (newline < 0) {
        const chunk = Buffer.allocUnsafe(64 * 1024);
        const n = readSync(fd, chunk, 0, chunk.length, head.length);
        if (n === 0) throw new Error(`${this.file}: no header line`);
        head = Buffer.concat([head, chunk.subarray(0, n)]);
        newline = head.indexOf(10);
      }
      const header = JSON.parse(head.toString("utf8", 0, newline));
      this.bodyStart = newline + 1;
      this.index = new Map(Object.entries(header.index));
    } finally {
      closeSync(fd);
    }
    return this.index;
  }
};
function readExactly(fd, position, length2, file) {
  const buffer = Buffer.allocUnsafe(length2);
  for (let filled = 0; filled < length2; ) {
    const n = readSync(fd, buffer, filled, length2 - filled, position + filled);
    if (n === 0) throw new Error(`${file}: a line ends early`);
    filled += n;
  }
  return buffer;
}

// src/analyze/aws/iam-data.ts
var CATALOGUE_PATH = awsDataFile("iam-catalogue.jsonl");
var ACCESS_LEVELS = ["List", "Read", "Write", "Permissions management", "Tagging"];
var catalogueFile = new IndexedLines(CATALOGUE_PATH);
var services = /* @__PURE__ */ new Map();
var everyAction;
function decodeService(line) {
  const [prefix2, actions, resourceTypes] = JSON.parse(line);
  const byLowerName = /* @__PURE__ */ new Map();
  const all = [];
  for (const [name, level, types, keys] of actions) {
    const info = {
      name: `${prefix2}:${name}`,
      accessLevel: ACCESS_LEVELS[level],
      wildcardOnly: types.length === 0,
      resourceTypes: types,
      conditionKeys: keys
    };
    byLowerName.set(name.toLowerCase(), info);
    all.push(info.name);
  }
  return {
    byLowerName,
    all,
    resourceTypes: new Map(resourceTypes.map(([key, arn, keys]) => [key.toLowerCase(), { key, arn, conditionKeys: keys }]))
  };
}
function serviceCatalogue(prefix2) {
  const key = prefix2.toLowerCase();
  const cached = services.get(key);
  if (cached) return cached;
  const line = catalogueFile.line(key);
  if (line === void 0) return void 0;
  const catalogue = decodeService(line);
  services.set(key, catalogue);
  return catalogue;
}
function splitAction(action) {
  const colon = action.indexOf(":");
  if (colon <= 0 || colon === action.length - 1) return void 0;
  return [action.slice(0, colon), action.slice(colon + 1)];
}
function actionInfo(action) {
  const parts = splitAction(action);
  if (!parts) return void 0;
  return serviceCatalogue(parts[0])?.byLowerName.get(parts[1].toLowerCase());
}
function isKnownService(prefix2) {
  return catalogueFile.has(prefix2.toLowerCase());
}
function knownServices() {
  return [...catalogueFile.keys()];
}
function isKnownAction(action) {
  return actionInfo(action) !== void 0;
}
function hasWildcard(text2) {
  return text2.includes("*") || text2.includes("?");
}
var wildcardRegexCache = /* @__PURE__ */ new Map();
function wildcardRegex(pattern) {
  let re = wildcardRegexCache.get(pattern);
  if (!re) {
    const body2 = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
    re = new RegExp(`^${body2}$`, "i");
    wildcardRegexCache.set(pattern, re);
  }
  return re;
}
function expandActionPattern(pattern) {
  const text2 = pattern.trim();
  if (text2 === "*") {
    everyAction ??= knownServices().flatMap((p) => serviceCatalogue(p)?.all ?? []);
    return everyAction;
  }
  const parts = splitAction(text2);
  if (!parts) return [];
  const [prefixPattern, namePattern] = parts;
  const prefixesToSearch = hasWildcard(prefixPattern) ? knownServices().filter((p) => wildcardRegex(prefixPattern).test(p)) : isKnownService(prefixPattern) ? [prefixPattern.toLowerCase()] : [];
  const out = [];
  for (const prefix2 of prefixesToSearch) {
    const catalogue = serviceCatalogue(prefix2);
    if (!catalogue) continue;
    if (namePattern === "*") {
      out.push(...catalogue.all);
    } else if (!hasWildcard(namePattern)) {
      const info = catalogue.byLowerName.get(namePattern.toLowerCase());
      if (info) out.push(info.name);
    } else {
      const re = wildcardRegex(namePattern);
      for (const [lower, info] of catalogue.byLowerName) if (re.test(lower)) out.push(info.name);
    }
  }
  return out;
}
function accessLevel(action) {
  return actionInfo(action)?.accessLevel;
}
function acceptsOnlyWildcardResource(action) {
  return actionInfo(action)?.wildcardOnly ?? false;
}
function serviceActionCount(prefix2) {
  return serviceCatalogue(prefix2)?.all.length ?? 0;
}

// src/analyze/aws/policy-semantics.ts
function isUnresolvedText(text2) {
  return text2.includes("${");
}
function actionPatternMatches(pattern, action) {
  if (isUnresolvedText(pattern)) return false;
  if (pattern === "*") return true;
  return hasWildcard(pattern) ? wildcardRegex(pattern).test(action) : pattern.toLowerCase() === action.toLowerCase();
}
var allActionsCache;
function allActions() {
  allActionsCache ??= expandActionPattern("*");
  return allActionsCache;
}
var coveredCache = /* @__PURE__ */ new WeakMap();
function coveredActions(grant) {
  const key = grant;
  const cached = coveredCache.get(key);
  if (cached) return cached;
  let result2;
  if (grant.notActions.length > 0) {
    const excluded = grant.notActions.filter((p) => !isUnresolvedText(p));
    result2 = allActions().filter((a) => !excluded.some((p) => actionPatternMatches(p, a)));
  } else {
    const seen = /* @__PURE__ */ new Set();
    for (const pattern of grant.actions) {
      if (isUnresolvedText(pattern)) continue;
      for (const a of expandActionPattern(pattern)) seen.add(a);
    }
    result2 = [...seen];
  }
  coveredCache.set(key, result2);
  return result2;
}
function grantCoversAction(grant, action) {
  if (grant.notActions.length > 0) return !grant.notActions.some((p) => actionPatternMatches(p, action));
  return grant.actions.some((p) => actionPatternMatches(p, action));
}
function unknownActionElements(elements) {
  return elements.filter(isUnknownActionElement);
}
var unknownElementCache = /* @__PURE__ */ new Map();
function isUnknownActionElement(e) {
  if (isUnresolvedText(e) || e === "*") return false;
  let unknown2 = unknownElementCache.get(e);
  if (unknown2 === void 0) {
    unknown2 = hasWildcard(e) ? expandActionPattern(e).length === 0 : !isKnownAction(e);
    unknownElementCache.set(e, unknown2);
  }
  return unknown2;
}
function isWildcardResourceElement(resource) {
  if (resource === "*") return true;
  const parts = resource.split(":");
  if (parts[0] !== "arn" || parts.length < 6) return false;
  const [, , serviceName, region, account, ...rest] = parts;
  return serviceName === "*" && region === "*" && account === "*" && rest.join(":") === "*";
}
function isWildcardResource(resources) {
  return resources.some(isWildcardResourceElement);
}
function isFullAdmin(grant) {
  return grant.effect === "allow" && grant.notActions.length === 0 && grant.actions.includes("*") && grant.notResources.length === 0 && isWildcardResource(grant.resources);
}
function serviceWildcards(grant) {
  return grant.actions.filter((a) => a === "*" || /^[a-z0-9-]+:\*$/i.test(a));
}
var MANAGED_POLICIES = [
  { name: "AdministratorAccess", level: "admin", reason: "allows every action on every resource", statements: [{ actions: ["*"], resources: ["*"] }] },
  {
    name: "PowerUserAccess",
    level: "admin",
    reason: "allows every action outside IAM, Organizations and Account management: near-administrator",
    statements: [{ notActions: ["iam:*", "organizations:*", "account:*"], resources: ["*"] }]
  },
  {
    name: "IAMFullAccess",
    level: "privileged",
    reason: "allows iam:* which opens every IAM self-escalation path",
    statements: [{ actions: ["iam:*"], resources: ["*"] }]
  },
  { name: "AWSOrganizationsFullAccess", level: "privileged", reason: "controls the whole organization (accounts, SCPs)" },
  { name: "AWSCloudShellFullAccess", level: "privileged", reason: "shell with file transfer; CIS asks to restrict it" },
  { name: "AdministratorAccess-Amplify", level: "privileged", reason: "service administrator variant with wide IAM and compute permissions" },
  { name: "AdministratorAccess-AWSElasticBeanstalk", level: "privileged", reason: "service administrator variant with wide IAM and compute permissions" },
  { name: "job-function/SystemAdministrator", level: "privileged", reason: "broad service administration including scoped iam:PassRole" },
  { name: "job-function/NetworkAdministrator", level: "privileged", reason: "broad network administration" },
  { name: "job-function/DatabaseAdministrator", level: "privileged", reason: "broad database administration including scoped iam:PassRole" },
  { name: "job-function/DataScientist", level: "privileged", reason: "broad data and compute access including scoped iam:PassRole" },
  { name: "ReadOnlyAccess", level: "read-all", reason: "reads every service, including data (exfiltration)" }
];
var MANAGED_BY_NAME = new Map(MANAGED_POLICIES.map((p) => [p.name.toLowerCase(), p]));
var AWS_MANAGED_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/(.+)$/;
function awsManagedPolicyName(arn) {
  return AWS_MANAGED_ARN.exec(arn)?.[1];
}
function awsManagedPolicyFacts(arn) {
  const name = awsManagedPolicyName(arn);
  if (name === void 0) return void 0;
  return MANAGED_BY_NAME.get(name.toLowerCase());
}

// src/extract/grant.ts
function grantIdentity(g) {
  return JSON.stringify([
    g.cloud,
    g.kind,
    g.source.format,
    g.source.file,
    g.source.address ?? "",
    g.principal.type,
    g.principal.name,
    g.effect,
    [...g.actions].sort(),
    [...g.notActions].sort(),
    g.role ?? "",
    [...g.resources].sort(),
    [...g.notResources].sort(),
    g.scope ?? "",
    sortKeysDeep(g.conditions),
    g.details?.sid ?? "",
    g.details?.attachedTo ?? ""
  ]);
}
function hashText(text2, length2 = 16) {
  return digest("sha256", text2).slice(0, length2);
}
function reformatGrant(g, format2, details) {
  const { id: _previous, ...rest } = g;
  const next = { ...rest, source: { ...g.source, format: format2 }, ...details ? { details: { ...g.details, ...details } } : {} };
  return { id: hashText(grantIdentity(next)), ...next };
}
function makeGrant(input) {
  const g = {
    notActions: [],
    resources: [],
    notResources: [],
    conditions: {},
    unresolved: [],
    ...input
  };
  return { id: hashText(grantIdentity(g)), ...g };
}
function canonicalJson(x) {
  return JSON.stringify(sortKeysDeep(x));
}
function sortKeysDeep(x) {
  if (Array.isArray(x)) return x.map(sortKeysDeep);
  if (x && typeof x === "object") {
    const out = {};
    for (const k of Object.keys(x).sort()) out[k] = sortKeysDeep(x[k]);
    return out;
  }
  return x;
}

// src/parse/cloudformation/position.ts
var LineIndex = class {
  /**
   * `columnShifts`: spaces added at the start of some lines (1-based line -> count) when the text was re-indented
   * before parsing; positions are reported in the original text.
   */
  constructor(text2, file, columnShifts) {
    this.text = text2;
    this.file = file;
    this.columnShifts = columnShifts;
    this.lines = new LineStarts(text2);
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

// src/parse/cloudformation/types.ts
var MAX_NESTING2 = 256;
var PROPERTIES_DEPTH = 3;

// src/parse/json/dialects.ts
var atEnd = (problem, text2) => problem.offset >= text2.length;
var TEMPLATE_MESSAGES = {
  "end-of-text": () => "unexpected end of file: expected a value",
  "unexpected-character": (p, text2) => `unexpected character ${JSON.stringify(text2[p.offset])}: expected a value`,
  "bad-literal": () => "unexpected text: expected a value",
  "bad-number": () => "invalid number",
  "unterminated-string": () => "unterminated string",
  "control-character": () => "control character in string: write it as an escape (\\n, \\t)",
  "bad-unicode-escape": () => "invalid \\u escape",
  "bad-escape": (p, text2) => `invalid escape \\${text2[p.offset + 1] ?? ""}`,
  "expected-key": () => "expected a property name in double quotes",
  "expected-colon": (p) => `expected ':' after property name ${JSON.stringify(p.key)}`,
  "expected-comma-or-brace": (p, text2) => atEnd(p, text2) ? "unexpected end of file: expected ',' or '}'" : "expected ',' or '}' after a property value",
  "expected-comma-or-bracket": (p, text2) => atEnd(p, text2) ? "unexpected end of file: expected ',' or ']'" : "expected ',' or ']' after an array item",
  "trailing-text": () => "expected end of file after the top-level value",
  "too-deep": (p) => `template nested deeper than ${p.maxDepth} levels`,
  "unterminated-comment": () => "unterminated block comment: expected */",
  "unterminated-interpolation": () => "unterminated interpolation: expected '}'"
};
var ARM_MESSAGES = {
  ...TEMPLATE_MESSAGES,
  "unterminated-string": () => 'unterminated string: expected a closing "',
  "bad-unicode-escape": () => "invalid \\u escape: expected four hex digits",
  "expected-key": (p, text2) => atEnd(p, text2) ? "unexpected end of file: expected '}'" : "expected a property name in double quotes or '}'",
  "too-deep": (p) => `document nested deeper than ${p.maxDepth} levels`
};
var prefixed = (table) => (problem, text2) => ({ message: `invalid JSON: ${table[problem.kind](problem, text2)}`, offset: problem.offset });
var POLICY_EXPECTED = {
  "end-of-text": "a JSON value",
  "unexpected-character": "a JSON value",
  "bad-literal": "a JSON value",
  "bad-number": "a JSON value",
  "unterminated-string": `'"' to close the string`,
  "control-character": `'"' to close the string`,
  "bad-unicode-escape": "a valid escape sequence",
  "bad-escape": "a valid escape sequence",
  "expected-key": "a property name in double quotes",
  "expected-colon": "':' after the property name",
  "expected-comma-or-brace": "',' or '}' after a property value",
  "expected-comma-or-bracket": "',' or ']' after a list item",
  "trailing-text": "end of the document",
  "unterminated-comment": "'*/' to close the comment",
  "unterminated-interpolation": "'}' to close the interpolation"
};
var policyMessages = (problem, text2) => {
  if (problem.kind === "too-deep") return { message: `invalid policy JSON: nested deeper than ${problem.maxDepth + 1} levels`, offset: problem.searchStart ?? problem.offset };
  const offset = problem.kind === "bad-escape" || problem.kind === "bad-unicode-escape" ? problem.offset + 1 : problem.offset;
  const found = offset < text2.length ? `'${text2[offset]}'` : "end of text";
  return { message: `invalid policy JSON: expected ${POLICY_EXPECTED[problem.kind]}, found ${found}`, offset };
};
var TEMPLATE_JSON = { messages: prefixed(TEMPLATE_MESSAGES), keySpanDepth: PROPERTIES_DEPTH };
var ARM_JSON = {
  messages: prefixed(ARM_MESSAGES),
  comments: true,
  trailingCommas: true,
  controlCharactersInStrings: "allow",
  byteOrderMarkIsSpace: true,
  noBreakSpaceIsSpace: true
};
var POLICY_JSON = {
  messages: policyMessages,
  controlCharactersInStrings: "reject-line-breaks",
  byteOrderMarkIsSpace: true,
  duplicateKeys: "keep-position"
};

// src/parse/json/reader.ts
function parseJsonValue(text2, options) {
  const reader = new JsonReader2(text2, options);
  try {
    const value = reader.document();
    return { value, keySpans: reader.keySpans, comments: reader.comments };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError2)) throw e;
    const { message, offset } = options.messages(e.problem, text2);
    const positions = options.positions;
    const at = positions ? positions.map(offset) ?? { line: positions.fallback.line, column: positions.fallback.column } : positionOf(text2, offset);
    return { error: { file: options.file, line: at.line, column: at.column, message, code: "parse" } };
  }
}
function positionOf(text2, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text2.indexOf("\n"); i !== -1 && i < offset; i = text2.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
var JsonSyntaxError2 = class extends Error {
  constructor(problem) {
    super(problem.kind);
    this.problem = problem;
  }
  problem;
};
var isDigit2 = (c) => c >= 48 && c <= 57;
function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}
var JsonReader2 = class {
  constructor(text2, options) {
    this.text = text2;
    this.file = options.file;
    this.maxDepth = options.maxDepth;
    this.allowComments = options.comments ?? false;
    this.trailingCommas = options.trailingCommas ?? false;
    this.controlCharacters = options.controlCharactersInStrings ?? "reject";
    this.bomIsSpace = options.byteOrderMarkIsSpace ?? false;
    this.nbspIsSpace = options.noBreakSpaceIsSpace ?? false;
    this.moveDuplicates = (options.duplicateKeys ?? "move") === "move";
    this.keySpanDepth = options.keySpanDepth ?? -1;
    this.interpolations = options.interpolations !== void 0;
    this.unknownExprs = options.interpolations?.unknownExprs ?? [];
    this.map = options.positions?.map;
    this.fallback = options.positions?.fallback;
    if (text2.charCodeAt(0) === 65279) this.pos = 1;
  }
  text;
  pos = 0;
  /** Current line (1-based) and the offset where it starts. */
  line = 1;
  lineStart = 0;
  keySpans = /* @__PURE__ */ new WeakMap();
  comments = [];
  file;
  maxDepth;
  allowComments;
  trailingCommas;
  controlCharacters;
  bomIsSpace;
  nbspIsSpace;
  moveDuplicates;
  keySpanDepth;
  interpolations;
  unknownExprs;
  map;
  fallback;
  document() {
    const value = this.value(0);
    this.skipSpace();
    if (this.pos < this.text.length) this.fail("trailing-text", this.pos);
    return value;
  }
  fail(kind, offset, key) {
    throw new JsonSyntaxError2(key === void 0 ? { kind, offset } : { kind, offset, key });
  }
  /** Span from a start (offset, line, line start) to the current position. */
  spanFrom(start, startLine, startLineStart) {
    if (this.map) return this.mappedSpan(start, this.pos);
    return { file: this.file, line: startLine, column: start - startLineStart + 1, endLine: this.line, endColumn: this.pos - this.lineStart + 1 };
  }
  mappedSpan(start, end) {
    const a = this.map(start);
    const b = this.map(end);
    if (!a || !b) return this.fallback;
    return { file: this.fallback.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  skipSpace() {
    const t = this.text;
    let p = this.pos;
    for (; ; ) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 13 || c === 9) p++;
      else if (c === 10) {
        p++;
        this.line++;
        this.lineStart = p;
      } else if (c === 47 && this.allowComments && (t.charCodeAt(p + 1) === 47 || t.charCodeAt(p + 1) === 42)) p = this.comment(p);
      else if (c === 65279 && this.bomIsSpace || c === 160 && this.nbspIsSpace) p++;
      else break;
    }
    this.pos = p;
  }
  /** Records the comment at `p` and returns the offset after it. */
  comment(p) {
    const t = this.text;
    const column = p - this.lineStart + 1;
    if (t.charCodeAt(p + 1) === 47) {
      const lineBreak = t.indexOf("\n", p);
      const stop = lineBreak === -1 ? t.length : lineBreak;
      const end = t.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
      this.comments.push({ line: this.line, column, text: t.slice(p, end) });
      return stop;
    }
    const close = t.indexOf("*/", p + 2);
    if (close === -1) this.fail("unterminated-comment", p);
    this.comments.push({ line: this.line, column, text: t.slice(p, close + 2) });
    for (let i = t.indexOf("\n", p); i !== -1 && i < close; i = t.indexOf("\n", i + 1)) {
      this.line++;
      this.lineStart = i + 1;
    }
    return close + 2;
  }
  value(depth) {
    const searchStart = this.pos;
    this.skipSpace();
    const start = this.pos;
    if (depth > this.maxDepth) throw new JsonSyntaxError2({ kind: "too-deep", offset: start, maxDepth: this.maxDepth, searchStart });
    const startLine = this.line;
    const startLineStart = this.lineStart;
    const t = this.text;
    const c = t.charCodeAt(start);
    switch (c) {
      case 123:
        return this.object(depth, startLine, startLineStart);
      case 91:
        return this.array(depth, startLine, startLineStart);
      case 34: {
        const value = this.string();
        const v = { kind: "string", value, span: this.spanFrom(start, startLine, startLineStart) };
        if (this.unknownExprs.length > 0) {
          const unknowns = this.unknownExprs.filter((e) => value.includes("${" + e + "}"));
          if (unknowns.length > 0) v.unknowns = unknowns;
        }
        return v;
      }
      case 116:
        this.word("true");
        return { kind: "bool", value: true, span: this.spanFrom(start, startLine, startLineStart) };
      case 102:
        this.word("false");
        return { kind: "bool", value: false, span: this.spanFrom(start, startLine, startLineStart) };
      case 110:
        this.word("null");
        return { kind: "null", span: this.spanFrom(start, startLine, startLineStart) };
      default:
        if (c === 45 || isDigit2(c)) {
          const value = this.number();
          return { kind: "number", value, span: this.spanFrom(start, startLine, startLineStart) };
        }
        if (c === 36 && this.interpolations && t.charCodeAt(start + 1) === 123) return this.interpolation(startLine, startLineStart);
        return this.fail(start >= t.length ? "end-of-text" : "unexpected-character", start);
    }
  }
  word(word) {
    if (!this.text.startsWith(word, this.pos)) this.fail("bad-literal", this.pos);
    this.pos += word.length;
  }
  /** `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`: a fraction or exponent without digits is left unread. */
  number() {
    const t = this.text;
    const start = this.pos;
    let p = start;
    if (t.charCodeAt(p) === 45) p++;
    const first = t.charCodeAt(p);
    if (first === 48) p++;
    else if (isDigit2(first)) {
      p++;
      while (isDigit2(t.charCodeAt(p))) p++;
    } else this.fail("bad-number", start);
    if (t.charCodeAt(p) === 46 && isDigit2(t.charCodeAt(p + 1))) {
      p += 2;
      while (isDigit2(t.charCodeAt(p))) p++;
    }
    const e = t.charCodeAt(p);
    if (e === 101 || e === 69) {
      let q = p + 1;
      const sign = t.charCodeAt(q);
      if (sign === 43 || sign === 45) q++;
      if (isDigit2(t.charCodeAt(q))) {
        q++;
        while (isDigit2(t.charCodeAt(q))) q++;
        p = q;
      }
    }
    this.pos = p;
    return Number(t.slice(start, p));
  }
  /** The string whose opening quote is at the current position, decoded; leaves the position after its closing quote. */
  string() {
    const t = this.text;
    const quote = this.pos;
    let p = quote + 1;
    let out = "";
    let chunk = p;
    for (; ; ) {
      const c = t.charCodeAt(p);
      if (c >= 32 && c !== 34 && c !== 92) {
        p++;
        continue;
      }
      if (c === 34) break;
      if (c === 92) {
        out += t.slice(chunk, p);
        out += this.escape(p);
        p += t.charCodeAt(p + 1) === 117 ? 6 : 2;
        chunk = p;
        continue;
      }
      if (c !== c) this.fail("unterminated-string", quote);
      this.controlCharacter(c, p);
      p++;
    }
    this.pos = p + 1;
    return out + t.slice(chunk, p);
  }
  /** The character that the escape at `p` (a backslash) stands for. */
  escape(p) {
    const t = this.text;
    switch (t.charCodeAt(p + 1)) {
      case 34:
        return '"';
      case 92:
        return "\\";
      case 47:
        return "/";
      case 98:
        return "\b";
      case 102:
        return "\f";
      case 110:
        return "\n";
      case 114:
        return "\r";
      case 116:
        return "	";
      case 117: {
        let code = 0;
        for (let i = p + 2; i < p + 6; i++) {
          const h = hexValue(t.charCodeAt(i));
          if (h < 0) this.fail("bad-unicode-escape", p);
          code = code * 16 + h;
        }
        return String.fromCharCode(code);
      }
      default:
        return this.fail("bad-escape", p);
    }
  }
  /** A raw control character at `p` inside a string: rejected, or kept (a line break still starts a new line). */
  controlCharacter(c, p) {
    const mode = this.controlCharacters;
    if (mode === "reject" || mode === "reject-line-breaks" && c === 10) this.fail("control-character", p);
    if (c === 10) {
      this.line++;
      this.lineStart = p + 1;
    }
  }
  object(depth, startLine, startLineStart) {
    const t = this.text;
    const start = this.pos;
    this.pos++;
    const entries = /* @__PURE__ */ new Map();
    const spans = depth <= this.keySpanDepth ? /* @__PURE__ */ new Map() : void 0;
    this.skipSpace();
    if (t.charCodeAt(this.pos) !== 125) {
      for (; ; ) {
        const keyStart = this.pos;
        const keyLine = this.line;
        const keyLineStart = this.lineStart;
        if (t.charCodeAt(keyStart) !== 34) this.fail("expected-key", keyStart);
        const key = this.string();
        this.skipSpace();
        if (t.charCodeAt(this.pos) !== 58) this.fail("expected-colon", this.pos, key);
        this.pos++;
        const value = this.value(depth + 1);
        if (this.moveDuplicates) entries.delete(key);
        entries.set(key, value);
        if (spans) spans.set(key, this.spanFrom(keyStart, keyLine, keyLineStart));
        this.skipSpace();
        const c = t.charCodeAt(this.pos);
        if (c === 44) {
          this.pos++;
          this.skipSpace();
          if (this.trailingCommas && t.charCodeAt(this.pos) === 125) break;
          continue;
        }
        if (c === 125) break;
        this.fail("expected-comma-or-brace", this.pos);
      }
    }
    this.pos++;
    const obj3 = { kind: "object", entries, span: this.spanFrom(start, startLine, startLineStart) };
    if (spans) this.keySpans.set(obj3, spans);
    return obj3;
  }
  array(depth, startLine, startLineStart) {
    const t = this.text;
    const start = this.pos;
    this.pos++;
    const items2 = [];
    this.skipSpace();
    if (t.charCodeAt(this.pos) !== 93) {
      for (; ; ) {
        items2.push(this.value(depth + 1));
        this.skipSpace();
        const c = t.charCodeAt(this.pos);
        if (c === 44) {
          this.pos++;
          if (this.trailingCommas) {
            this.skipSpace();
            if (t.charCodeAt(this.pos) === 93) break;
          }
          continue;
        }
        if (c === 93) break;
        this.fail("expected-comma-or-bracket", this.pos);
      }
    }
    this.pos++;
    return { kind: "list", items: items2, span: this.spanFrom(start, startLine, startLineStart) };
  }
  /** `${...}` up to its matching brace (strings inside may hold braces): an unknown value. */
  interpolation(startLine, startLineStart) {
    const t = this.text;
    const start = this.pos;
    let depth = 1;
    this.pos += 2;
    while (this.pos < t.length && depth > 0) {
      const c = t.charCodeAt(this.pos);
      if (c === 34) {
        this.string();
        continue;
      }
      if (c === 123) depth++;
      else if (c === 125) depth--;
      else if (c === 10) {
        this.line++;
        this.lineStart = this.pos + 1;
      }
      this.pos++;
    }
    if (depth > 0) this.fail("unterminated-interpolation", start);
    const expr = t.slice(start + 2, this.pos - 1).trim();
    return { kind: "unknown", expr, reason: "interpolation", span: this.spanFrom(start, startLine, startLineStart) };
  }
};

// src/extract/aws/policy-json.ts
function positionMapperFor(value) {
  const span = value.span;
  if (!span) return () => void 0;
  const text2 = value.value;
  const lines = new LineIndex(text2, span.file);
  const newlines = lines.position(text2.length).line - 1;
  const locate = (offset) => {
    const { line, column } = lines.position(offset);
    return { lineIndex: line - 1, columnIndex: column - 1 };
  };
  const spanLines = span.endLine - span.line;
  if (newlines > 0 && spanLines === newlines + 1 && text2.endsWith("\n")) {
    return (offset) => {
      const { lineIndex, columnIndex } = locate(offset);
      return { line: span.line + 1 + lineIndex, column: 1 + (value.indent ?? 0) + columnIndex };
    };
  }
  const width = span.endColumn - span.column;
  if (newlines === 0 && width !== text2.length && width !== text2.length + 2) return () => void 0;
  if (spanLines === newlines) {
    const firstColumn = newlines === 0 && span.endColumn - span.column > text2.length ? span.column + 1 : span.column;
    return (offset) => {
      const { lineIndex, columnIndex } = locate(offset);
      return lineIndex === 0 ? { line: span.line, column: firstColumn + columnIndex } : { line: span.line + lineIndex, column: 1 + columnIndex };
    };
  }
  return () => void 0;
}
var MAX_POLICY_NESTING = 256;
function parseJsonWithPositions(text2, map, fallback, unknownExprs = []) {
  const r = parseJsonValue(text2, {
    ...POLICY_JSON,
    file: fallback.file,
    // The policy dialect counts the document itself as the first level.
    maxDepth: MAX_POLICY_NESTING - 1,
    interpolations: { unknownExprs },
    positions: { map, fallback }
  });
  return r.error ? { error: { message: r.error.message, line: r.error.line, column: r.error.column } } : { value: r.value };
}

// src/extract/aws/policy.ts
var STATEMENT_ELEMENTS = ["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal", "Condition"];
function element(entries, name) {
  const exact = entries.get(name);
  if (exact) return exact;
  for (const [k, v] of entries) if (k.toLowerCase() === name.toLowerCase()) return v;
  return void 0;
}
function jsonSource(v) {
  const source = v.source;
  return source && (source.kind === "object" || source.kind === "list") ? source : void 0;
}
var StatementReader = class {
  unresolved = [];
  malformed = [];
  noteUnknown(expr, ref) {
    if (!this.unresolved.some((u) => u.expr === expr)) this.unresolved.push(ref ? { expr, ref } : { expr });
  }
  /** The text of a scalar; unknowns become `${expr}` and are recorded. */
  text(v, what) {
    switch (v.kind) {
      case "string":
        for (const u of v.unknowns ?? []) this.noteUnknown(u);
        return v.value;
      case "number":
      case "bool":
        return String(v.value);
      case "unknown":
        this.noteUnknown(v.expr, v.ref);
        return "${" + v.expr + "}";
      case "null":
        return void 0;
      default:
        this.malformed.push(`${what} must be a string or a list of strings`);
        return void 0;
    }
  }
  /** A string-or-list element as a list of texts. */
  list(v, what) {
    if (!v) return [];
    if (v.kind === "list") return v.items.flatMap((i) => this.text(i, what) ?? []);
    const t = this.text(v, what);
    return t === void 0 ? [] : [t];
  }
  principals(v, what) {
    if (v.kind === "string" && v.value === "*") return [{ key: "*", value: "*" }];
    if (v.kind === "unknown") {
      this.noteUnknown(v.expr, v.ref);
      return [{ key: "?", value: "${" + v.expr + "}", ...v.ref ? { ref: v.ref } : {} }];
    }
    if (v.kind !== "object") {
      this.malformed.push(`${what} must be "*" or an object such as {"AWS": ...}`);
      return [];
    }
    const out = [];
    for (const [key, value] of v.entries) {
      const items2 = value.kind === "list" ? value.items : [value];
      for (const item of items2) {
        const text2 = this.text(item, `${what}.${key}`);
        if (text2 === void 0) continue;
        const ref = item.kind === "unknown" ? item.ref : void 0;
        out.push(ref ? { key, value: text2, ref } : { key, value: text2 });
      }
    }
    return out;
  }
  conditions(v) {
    const out = {};
    if (v.kind === "unknown") {
      this.noteUnknown(v.expr, v.ref);
      return out;
    }
    if (v.kind !== "object") {
      this.malformed.push("Condition must be an object of operators");
      return out;
    }
    for (const [operator, keys] of v.entries) {
      if (keys.kind === "unknown") {
        this.noteUnknown(keys.expr, keys.ref);
        continue;
      }
      if (keys.kind !== "object") {
        this.malformed.push(`Condition operator ${operator} must map condition keys to values`);
        continue;
      }
      const byKey = out[operator] ??= {};
      for (const [key, values] of keys.entries) byKey[key] = [...byKey[key] ?? [], ...this.list(values, `Condition ${operator} ${key}`)];
    }
    return out;
  }
};
function readStatement(v, index) {
  const r = new StatementReader();
  const get = (name) => element(v.entries, name);
  for (const key of v.entries.keys()) {
    if (!STATEMENT_ELEMENTS.includes(key)) {
      const proper = STATEMENT_ELEMENTS.find((e) => e.toLowerCase() === key.toLowerCase());
      r.malformed.push(proper ? `element "${key}" must be spelled "${proper}"` : `unknown statement element "${key}"`);
    }
  }
  const sidValue = get("Sid");
  const sid = sidValue ? r.text(sidValue, "Sid") : void 0;
  let effect = "allow";
  const effectValue = get("Effect");
  const effectText = effectValue ? r.text(effectValue, "Effect") : void 0;
  if (effectText === void 0) r.malformed.push("missing Effect");
  else if (effectText === "Deny") effect = "deny";
  else if (effectText !== "Allow" && effectValue?.kind !== "unknown" && !(effectValue?.kind === "string" && effectValue.unknowns?.length)) {
    r.malformed.push(`Effect "${effectText}" must be "Allow" or "Deny"`);
    if (effectText.toLowerCase() === "deny") effect = "deny";
  }
  const action = get("Action");
  const notAction = get("NotAction");
  if (action && notAction) r.malformed.push("Action and NotAction in one statement");
  if (!action && !notAction) r.malformed.push("missing Action or NotAction");
  const resource = get("Resource");
  const notResource = get("NotResource");
  if (resource && notResource) r.malformed.push("Resource and NotResource in one statement");
  const principal = get("Principal");
  const notPrincipal = get("NotPrincipal");
  if (principal && notPrincipal) r.malformed.push("Principal and NotPrincipal in one statement");
  const condition = get("Condition");
  const statement = {
    index,
    effect,
    actions: r.list(action, "Action"),
    notActions: r.list(notAction, "NotAction"),
    resources: r.list(resource, "Resource"),
    notResources: r.list(notResource, "NotResource"),
    conditions: condition ? r.conditions(condition) : {},
    unresolved: r.unresolved,
    malformed: r.malformed
  };
  if (sid !== void 0) statement.sid = sid;
  if (principal) statement.principals = r.principals(principal, "Principal");
  if (notPrincipal) statement.notPrincipals = r.principals(notPrincipal, "NotPrincipal");
  if (v.span) statement.span = v.span;
  return statement;
}
function locatedError(fallback, message, at) {
  return { file: fallback.file, line: at?.line ?? fallback.line, column: at?.column ?? fallback.column, message, code: "parse" };
}
function parsePolicyDocument(doc, fallback) {
  const result2 = { statements: [], errors: [], unresolved: [] };
  const where = doc.span ?? fallback;
  let value = doc;
  if (doc.kind === "string" && doc.value.trim() === "" && !doc.unknowns?.length) {
    result2.unresolved.push({ span: where, expr: '""', reason: "empty policy document: it grants nothing" });
    return result2;
  }
  if (doc.kind === "string") {
    const source = jsonSource(doc);
    if (source) value = source;
    else {
      const parsed3 = parseJsonWithPositions(doc.value, positionMapperFor(doc), where, doc.unknowns ?? []);
      if (!parsed3.value) {
        result2.errors.push(locatedError(where, parsed3.error.message, parsed3.error));
        return result2;
      }
      value = parsed3.value;
    }
  }
  if (value.kind === "unknown") {
    result2.unresolved.push({ span: value.span ?? where, expr: value.expr, reason: value.reason ?? "policy document could not be evaluated" });
    return result2;
  }
  if (value.kind === "null") return result2;
  if (value.kind !== "object") {
    result2.errors.push(locatedError(value.span ?? where, "invalid policy document: expected a JSON object with a Statement element"));
    return result2;
  }
  const version = element(value.entries, "Version");
  if (!version || version.kind === "null") result2.version = null;
  else if (version.kind === "string" && !version.unknowns?.length) result2.version = version.value;
  const statements = element(value.entries, "Statement");
  if (!statements) {
    result2.errors.push(locatedError(value.span ?? where, "invalid policy document: missing Statement element"));
    return result2;
  }
  const items2 = statements.kind === "list" ? statements.items : [statements];
  items2.forEach((item, index) => {
    if (item.kind === "object") result2.statements.push(readStatement(item, index));
    else if (item.kind === "unknown") {
      result2.unresolved.push({ span: item.span ?? statements.span ?? where, expr: item.expr, reason: item.reason ?? "statement could not be evaluated" });
    } else if (item.kind !== "null") {
      result2.errors.push(locatedError(item.span ?? where, `invalid policy document: Statement ${index} must be an object`));
    }
  });
  return result2;
}
var ACCOUNT_ID = /^\d{12}$/;
function federatedIssuer(text2) {
  const oidc = /:oidc-provider\/(.+)$/.exec(text2);
  return oidc ? oidc[1] : text2;
}
function classifyPrincipal(entry) {
  const { key, value } = entry;
  if (value === "*" && (key === "*" || key === "AWS")) return { type: "public", name: "*" };
  switch (key) {
    case "Service":
      return { type: "service", name: value };
    case "Federated":
      return { type: "federated", name: federatedIssuer(value) };
    case "CanonicalUser":
      return { type: "account", name: value };
    default:
      break;
  }
  if (ACCOUNT_ID.test(value)) return { type: "account", name: value };
  const arn = /^arn:[^:]*:(iam|sts)::([^:]*):(.+)$/.exec(value);
  if (arn) {
    const [, , account, rest] = arn;
    if (rest === "root") return account === "*" ? { type: "public", name: value } : { type: "account", name: value };
    if (/^(role|assumed-role)\//.test(rest)) return { type: "role", name: value };
    if (/^(user|federated-user)\//.test(rest)) return { type: "user", name: value };
  }
  return { type: "unknown", name: value };
}
function trustActions(statement) {
  const assume = statement.actions.filter((a) => /^sts:(AssumeRole|\*)/i.test(a) || a === "*");
  return (assume.length > 0 ? assume : statement.actions).join(",");
}
function grantsFromStatements(statements, ctx) {
  const grants = [];
  const keep = ctx.keepUnresolved ?? (() => true);
  for (const s of statements) {
    const span = s.span ?? ctx.fallbackSpan;
    const source = { ...span, address: ctx.address ?? span.address, format: ctx.format };
    if (source.address === void 0) delete source.address;
    const malformed = [...s.malformed];
    const unknownActions = unknownActionElements([...s.actions, ...s.notActions]);
    const base = {
      cloud: "aws",
      kind: ctx.kind,
      effect: s.effect,
      actions: s.actions,
      notActions: s.notActions,
      resources: s.resources,
      notResources: s.notResources,
      conditions: s.conditions,
      source,
      unresolved: [.../* @__PURE__ */ new Set([...ctx.unresolved ?? [], ...s.unresolved.filter(keep).map((u) => u.expr)])]
    };
    if (ctx.role !== void 0) base.role = ctx.role;
    const details = (principal, extra = {}) => {
      const d = { ...ctx.details, ...extra, statementIndex: s.index };
      if (ctx.policyName !== void 0) d.policy = ctx.policyName;
      if (s.origin !== void 0) d.policyDocument = s.origin;
      if (ctx.policyVersion !== void 0) d.policyVersion = ctx.policyVersion;
      if (s.sid !== void 0 && s.sid !== "") d.sid = s.sid;
      const attachedTo = ctx.attachedTo ?? (ctx.kind === "identity-policy" && principal.type !== "unknown" ? principal.name : void 0);
      if (attachedTo !== void 0) d.attachedTo = attachedTo;
      if (ctx.kind === "trust-policy") d.trustedBy = trustActions(s);
      if (unknownActions.length > 0) d.unknownActions = unknownActions;
      if (malformed.length > 0) d.malformed = [...malformed];
      return d;
    };
    if (ctx.kind === "identity-policy") {
      if (s.principals || s.notPrincipals) malformed.push("Principal in an identity policy");
      const principals = ctx.principals && ctx.principals.length > 0 ? ctx.principals : [{ type: "unknown", name: "(unattached)" }];
      for (const principal of principals) grants.push(makeGrant({ ...base, principal, details: details(principal) }));
      continue;
    }
    const resolve = (entry) => ctx.resolvePrincipal?.(entry) ?? classifyPrincipal(entry);
    const extraFor = (entry, principal) => {
      const extra = {};
      if (principal.name !== entry.value) extra.principalText = entry.value;
      return extra;
    };
    if (s.principals && s.principals.length > 0) {
      for (const entry of s.principals) {
        const principal = resolve(entry);
        grants.push(makeGrant({ ...base, principal, details: details(principal, extraFor(entry, principal)) }));
      }
    }
    if (s.notPrincipals && s.notPrincipals.length > 0) {
      const principal = { type: "public", name: "*" };
      const notPrincipals = s.notPrincipals.map((e) => resolve(e).name);
      grants.push(makeGrant({ ...base, principal, details: details(principal, { notPrincipals }) }));
    }
    if (!s.principals?.length && !s.notPrincipals?.length) {
      malformed.push(`missing Principal in a ${ctx.kind === "trust-policy" ? "trust" : "resource"} policy statement`);
      const principal = { type: "unknown", name: "(none)" };
      grants.push(makeGrant({ ...base, principal, details: details(principal) }));
    }
  }
  return grants;
}
function grantsFromPolicyDocument(doc, ctx, toolWritten = false) {
  const parsed3 = parsePolicyDocument(doc, ctx.fallbackSpan);
  const unresolved = parsed3.unresolved.map((u) => ctx.address && !u.span.address ? { ...u, span: { ...u.span, address: ctx.address } } : u);
  const withVersion = toolWritten || parsed3.version === void 0 ? ctx : { ...ctx, policyVersion: parsed3.version };
  return { grants: grantsFromStatements(parsed3.statements, withVersion), errors: parsed3.errors, unresolved, statements: parsed3.statements };
}

// src/evaluate/value.ts
var unknown = (expr, extra = {}) => ({ kind: "unknown", expr, ...extra });
function scalarText(v) {
  switch (v?.kind) {
    case "string":
      return v.value;
    case "number":
    case "bool":
      return String(v.value);
    case "unknown":
      return "${" + v.expr + "}";
    default:
      return void 0;
  }
}
function collectUnknowns(v, out = []) {
  const add = (e) => {
    if (!out.includes(e)) out.push(e);
  };
  switch (v.kind) {
    case "unknown":
      add(v.expr);
      break;
    case "string":
      for (const u of v.unknowns ?? []) add(u);
      break;
    case "list":
      for (const i of v.items) collectUnknowns(i, out);
      break;
    case "object":
      for (const i of v.entries.values()) collectUnknowns(i, out);
      break;
    default:
      break;
  }
  return out;
}
function toPlain(v) {
  switch (v.kind) {
    case "string":
    case "number":
    case "bool":
      return v.value;
    case "null":
      return null;
    case "unknown":
      return "${" + v.expr + "}";
    case "list":
      return v.items.map(toPlain);
    case "object": {
      const o = {};
      for (const [k, x] of v.entries) o[k] = toPlain(x);
      return o;
    }
  }
}
function fromPlain(x, span) {
  const withSpan = (v) => span ? { ...v, span } : v;
  if (x === null || x === void 0) return withSpan({ kind: "null" });
  if (typeof x === "string") return withSpan({ kind: "string", value: x });
  if (typeof x === "number") return withSpan({ kind: "number", value: x });
  if (typeof x === "boolean") return withSpan({ kind: "bool", value: x });
  if (Array.isArray(x)) return withSpan({ kind: "list", items: x.map((i) => fromPlain(i, span)) });
  const entries = /* @__PURE__ */ new Map();
  for (const [k, val] of Object.entries(x)) entries.set(k, fromPlain(val, span));
  return withSpan({ kind: "object", entries });
}
function getAttr2(v, key) {
  return v?.kind === "object" ? v.entries.get(key) : void 0;
}

// src/extract/aws/shared-extraction.ts
function knownString(v) {
  return v?.kind === "string" && !v.unknowns?.length ? v.value : void 0;
}
var displayText = scalarText;
function itemsOf(v) {
  if (!v || v.kind === "null") return [];
  return v.kind === "list" ? v.items : [v];
}
function unresolvedExprs(v, keep, intoObjects) {
  if (!v) return [];
  const out = [];
  const visit = (x) => {
    if (x.kind === "unknown") {
      if (keep({ expr: x.expr, ...x.ref ? { ref: x.ref } : {} })) out.push(x.expr);
    } else if (x.kind === "string") {
      for (const u of x.unknowns ?? []) if (keep({ expr: u })) out.push(u);
    } else if (x.kind === "list") x.items.forEach(visit);
    else if (intoObjects && x.kind === "object") [...x.entries.values()].forEach(visit);
  };
  visit(v);
  return [...new Set(out)];
}
function attachedPolicyGrants(principal, arn, facts, source, unresolved, details) {
  const statements = facts?.statements ?? [{ resources: [] }];
  return statements.map(
    (s) => makeGrant({
      cloud: "aws",
      kind: "identity-policy",
      principal,
      effect: "allow",
      actions: s.actions ?? [],
      notActions: s.notActions ?? [],
      resources: s.resources,
      role: arn,
      source,
      unresolved,
      details: { ...details }
    })
  );
}
function membershipGrant(user, group, source, unresolved, extra, conditional = false) {
  const details = { attachedTo: group.name, ...extra };
  if (group.address) details.groupAddress = group.address;
  if (conditional) details.conditional = true;
  return makeGrant({ cloud: "aws", kind: "membership", principal: user, effect: "allow", actions: [], role: group.name, source, unresolved, details });
}
function credentialGrant(user, source, unresolved, details) {
  return makeGrant({ cloud: "aws", kind: "credential", principal: user, effect: "allow", actions: [], source, unresolved, details });
}
function lambdaPrincipalKey(text2) {
  if (text2 === "*") return "*";
  return /\.amazonaws\.com(\.cn)?$/.test(text2) || !text2.startsWith("arn:") && text2.includes(".") ? "Service" : "AWS";
}
var LAMBDA_PERMISSION_CONDITIONS = [
  ["SourceArn", "source_arn", "ArnLike", "aws:SourceArn"],
  ["SourceAccount", "source_account", "StringEquals", "aws:SourceAccount"],
  ["PrincipalOrgID", "principal_org_id", "StringEquals", "aws:PrincipalOrgID"],
  ["EventSourceToken", "event_source_token", "StringEquals", "lambda:EventSourceToken"],
  ["FunctionUrlAuthType", "function_url_auth_type", "StringEquals", "lambda:FunctionUrlAuthType"]
];
function lambdaPermissionConditions(language, read) {
  const conditions = {};
  for (const [property, argument, operator, key] of LAMBDA_PERMISSION_CONDITIONS) {
    const text2 = displayText(read(language === "cloudformation" ? property : argument));
    if (text2 !== void 0) (conditions[operator] ??= {})[key] = [text2];
  }
  return conditions;
}
function lambdaPermissionGrant(principal, action, resource, conditions, source, unresolved, details) {
  return makeGrant({ cloud: "aws", kind: "resource-policy", principal, effect: "allow", actions: action ? [action] : [], resources: [resource], conditions, source, unresolved, details });
}

// src/extract/aws/terraform.ts
var IDENTITY_RESOURCE = { role: "aws_iam_role", user: "aws_iam_user", group: "aws_iam_group" };
var RESOURCE_POLICIES = {
  aws_s3_bucket_policy: { policy: "policy", target: ["bucket"] },
  aws_s3_bucket: { policy: "policy", target: ["bucket", "bucket_prefix"] },
  aws_s3_access_point: { policy: "policy", target: ["name"] },
  aws_sqs_queue_policy: { policy: "policy", target: ["queue_url"] },
  aws_sqs_queue: { policy: "policy", target: ["name", "name_prefix"] },
  aws_sns_topic_policy: { policy: "policy", target: ["arn"] },
  aws_sns_topic: { policy: "policy", target: ["name", "name_prefix"] },
  aws_kms_key: { policy: "policy", target: ["description"] },
  aws_kms_key_policy: { policy: "policy", target: ["key_id"] },
  aws_ecr_repository_policy: { policy: "policy", target: ["repository"] },
  aws_ecrpublic_repository_policy: { policy: "policy", target: ["repository_name"] },
  aws_secretsmanager_secret_policy: { policy: "policy", target: ["secret_arn"] },
  aws_secretsmanager_secret: { policy: "policy", target: ["name", "name_prefix"] },
  aws_glacier_vault: { policy: "access_policy", target: ["name"] },
  aws_opensearch_domain_policy: { policy: "access_policies", target: ["domain_name"] },
  aws_elasticsearch_domain_policy: { policy: "access_policies", target: ["domain_name"] },
  aws_cloudwatch_log_resource_policy: { policy: "policy_document", target: ["policy_name"] },
  aws_efs_file_system_policy: { policy: "policy", target: ["file_system_id"] },
  aws_backup_vault_policy: { policy: "policy", target: ["backup_vault_name"] },
  aws_api_gateway_rest_api_policy: { policy: "policy", target: ["rest_api_id"] },
  aws_dynamodb_resource_policy: { policy: "policy", target: ["resource_arn"] },
  aws_kinesis_resource_policy: { policy: "policy", target: ["resource_arn"] },
  aws_codeartifact_domain_permissions_policy: { policy: "policy_document", target: ["domain"] },
  aws_codeartifact_repository_permissions_policy: { policy: "policy_document", target: ["repository"] }
};
var INLINE_POLICIES = {
  aws_iam_role_policy: { identity: "role", attr: "role" },
  aws_iam_user_policy: { identity: "user", attr: "user" },
  aws_iam_group_policy: { identity: "group", attr: "group" }
};
var ATTACHMENTS = {
  aws_iam_role_policy_attachment: { identities: [["role", "role"]], policy: "policy_arn", authoritative: false },
  aws_iam_user_policy_attachment: { identities: [["user", "user"]], policy: "policy_arn", authoritative: false },
  aws_iam_group_policy_attachment: { identities: [["group", "group"]], policy: "policy_arn", authoritative: false },
  aws_iam_policy_attachment: {
    identities: [
      ["role", "roles"],
      ["user", "users"],
      ["group", "groups"]
    ],
    policy: "policy_arn",
    authoritative: true
  },
  aws_iam_role_policy_attachments_exclusive: { identities: [["role", "role_name"]], policy: "policy_arns", authoritative: true },
  aws_iam_user_policy_attachments_exclusive: { identities: [["user", "user_name"]], policy: "policy_arns", authoritative: true },
  aws_iam_group_policy_attachments_exclusive: { identities: [["group", "group_name"]], policy: "policy_arns", authoritative: true }
};
var CREDENTIALS = {
  aws_iam_access_key: { type: "access-key", user: "user" },
  aws_iam_user_login_profile: { type: "login-profile", user: "user" },
  aws_iam_service_specific_credential: { type: "service-specific-credential", user: "user_name" },
  aws_iam_signing_certificate: { type: "signing-certificate", user: "user_name" }
};
var COMPUTED_ROOTS = /^(data\.[a-z][a-z0-9_]*|module|[a-z][a-z0-9]*_[a-z0-9_]+)\.[A-Za-z_]/;
var NON_RESOURCE_ROOTS = /^(var|local|each|count|path|terraform|self)\./;
function isComputedReference(u) {
  if (u.ref) return true;
  if (/(?<![\w.])(var|local)\./.test(u.expr)) return false;
  if (refOf({ kind: "unknown", expr: u.expr })) return true;
  return COMPUTED_ROOTS.test(u.expr) && !NON_RESOURCE_ROOTS.test(u.expr);
}
var keepUnresolved = (u) => !isComputedReference(u);
function unresolvedOf(v) {
  return unresolvedExprs(v, keepUnresolved, true);
}
var DOCUMENT_REFERENCE = /data\.aws_iam_policy_document\.([\w-]+)(\[[^\]]*\]|\.\*)?\.((?:minified_)?json)/g;
var WRAPPED_REFERENCE = new RegExp(
  '^(?:(?:one|try|tostring|element|coalesce|flatten|compact|tolist|toset|join)\\(\\s*(?:"[^"]*"\\s*,\\s*)?)*((?:data\\.)?aws_[a-z0-9_]+\\.[A-Za-z_][\\w-]*)(\\[[^\\]]*\\]|\\.\\*)?\\.([a-z_]+)(?:\\s*(?:,\\s*(?:"[^"]*"|\\d+|null|\\[\\])\\s*)*\\))*\\s*$'
);
var REPLACED_DOCUMENT = /^(?:replace\(\s*)+(data\.aws_iam_policy_document\.[\w-]+)(\[[^\]]*\]|\.\*)?\.((?:minified_)?json)\s*,/;
function refOf(v) {
  if (v?.kind !== "unknown") return void 0;
  if (v.ref) return v.ref;
  const m = WRAPPED_REFERENCE.exec(v.expr) ?? REPLACED_DOCUMENT.exec(v.expr);
  if (!m) return void 0;
  const index = m[2] && m[2] !== ".*" && m[2] !== "[*]" ? m[2] : "";
  return { address: m[1] + index, attribute: m[3], ...v.span ? { file: v.span.file } : {} };
}
function onlyUnknowns(v) {
  let first;
  const visit = (x) => {
    switch (x.kind) {
      case "unknown":
        first ??= x;
        return true;
      case "list":
        return x.items.every(visit);
      case "object":
        return [...x.entries.values()].every(visit);
      case "null":
        return true;
      default:
        return false;
    }
  };
  return visit(v) ? first : void 0;
}
var AwsTerraformExtractor = class {
  constructor(resources, options) {
    this.resources = resources;
    this.format = options.format ?? "terraform";
    const add = (index, key, r) => {
      const list3 = index.get(key);
      if (list3) list3.push(r);
      else index.set(key, [r]);
    };
    for (const r of resources) {
      this.byAddress.set(r.address, r);
      add(this.byBaseAddress, r.baseAddress, r);
      add(this.byLocalAddress, r.modulePath ? r.baseAddress.slice(r.modulePath.length + 1) : r.baseAddress, r);
      const name = knownString(r.body.get("name"));
      if (name !== void 0 && r.mode === "managed") add(this.byName, `${r.type}|${name}`, r);
    }
  }
  resources;
  grants = [];
  unresolved = [];
  errors = [];
  byAddress = /* @__PURE__ */ new Map();
  byBaseAddress = /* @__PURE__ */ new Map();
  /** Base address without the module path (`data.aws_iam_policy_document.this`) -> instances in every module. */
  byLocalAddress = /* @__PURE__ */ new Map();
  /** `type|name` -> declared identities and policies, for references by name or ARN. */
  byName = /* @__PURE__ */ new Map();
  documents = /* @__PURE__ */ new Map();
  documentsInProgress = /* @__PURE__ */ new Set();
  consumedDocuments = /* @__PURE__ */ new Set();
  attachmentsByPolicy = /* @__PURE__ */ new Map();
  membersByGroup = /* @__PURE__ */ new Map();
  format;
  run() {
    const aws = this.resources.filter((r) => r.type.startsWith("aws_"));
    for (const r of aws) if (r.mode === "managed") this.collectAttachments(r);
    for (const r of aws) if (r.mode === "managed") this.collectMemberships(r);
    for (const r of aws) {
      if (r.mode !== "managed") continue;
      if (r.type === "aws_iam_policy") this.managedPolicy(r);
      else if (r.type in INLINE_POLICIES) this.inlinePolicy(r);
      else if (r.type === "aws_iam_role") this.role(r);
      else if (r.type in RESOURCE_POLICIES) this.resourcePolicy(r);
      else if (r.type === "aws_lambda_permission") this.lambdaPermission(r);
      else if (r.type in CREDENTIALS) this.credential(r);
    }
    const documents = aws.filter((r) => r.mode === "data" && r.type === "aws_iam_policy_document");
    for (const r of documents) this.report(this.dataDocument(r), r);
    for (const r of documents) if (!this.consumedDocuments.has(r.address)) this.unusedDocument(r);
    this.grants.sort((a, b) => compareSpans(a.source, b.source));
    for (const g of this.grants) {
      if (g.kind !== "identity-policy") continue;
      if (g.principal.type === "group") {
        const members = this.membersByGroup.get(g.principal.address ?? g.principal.name);
        if (members) g.details = { ...g.details, members };
      }
      const boundary = g.principal.address ? this.byAddress.get(g.principal.address)?.body.get("permissions_boundary") : void 0;
      const boundaryText = boundary && boundary.kind !== "null" ? displayText(boundary) : void 0;
      if (boundaryText) g.details = { ...g.details, permissionsBoundary: boundaryText };
    }
    return { grants: this.grants, unresolved: this.unresolved, errors: this.errors };
  }
  // ---------- lookups ----------
  /** The resources a reference names, relative to the referring resource's module, or absolute. */
  lookup(ref, from) {
    const found = this.lookupAddress(ref, from);
    if (found.length > 0 || !ref.file) return found;
    const dir = path6.posix.dirname(ref.file);
    const local = ref.address.replace(/\[[^\]]*\]$/, "");
    const inModule = (this.byLocalAddress.get(local) ?? []).filter((r) => path6.posix.dirname(r.span.file) === dir);
    const modulePaths = new Set(inModule.map((r) => r.modulePath));
    return modulePaths.size === 1 ? inModule : [];
  }
  lookupAddress(ref, from) {
    const prefixed2 = from.modulePath && !ref.address.startsWith(from.modulePath + ".") ? [`${from.modulePath}.${ref.address}`] : [];
    for (const c of [...prefixed2, ref.address]) {
      const exact = this.byAddress.get(c);
      if (exact) return [exact];
      const instances = this.byBaseAddress.get(c.replace(/\[[^\]]*\]$/, ""));
      if (instances?.length) {
        const same = instances.find((i) => i.instanceKey !== void 0 && i.instanceKey === from.instanceKey);
        return same ? [same] : instances;
      }
    }
    return [];
  }
  attrSpan(r, name) {
    return { ...r.attrSpans.get(name) ?? r.span, address: r.address };
  }
  principalOfResource(r, type) {
    return { type, name: knownString(r.body.get("name")) ?? r.address, address: r.address };
  }
  /** Declared identity with this name (same module first), for references written as plain names or ARNs. */
  identityByName(type, text2, from) {
    const name = text2.startsWith("arn:") ? text2.slice(text2.lastIndexOf("/") + 1) : text2;
    const found = this.byName.get(`${IDENTITY_RESOURCE[type]}|${name}`);
    if (!found?.length) return void 0;
    return found.find((r) => r.modulePath === from.modulePath) ?? found[0];
  }
  /** The identities an attribute names (`role = aws_iam_role.r.name`, `users = ["a", "b"]`). */
  identities(v, type, from) {
    const out = [];
    for (const item of itemsOf(v)) {
      const ref = refOf(item);
      if (ref) {
        const targets = this.lookup(ref, from).filter((r) => r.type === IDENTITY_RESOURCE[type]);
        if (targets.length > 0) {
          out.push(...targets.map((t) => this.principalOfResource(t, type)));
          continue;
        }
      }
      const text2 = displayText(item);
      if (text2 === void 0) continue;
      const declared = item.kind === "string" && !item.unknowns?.length ? this.identityByName(type, text2, from) : void 0;
      out.push(declared ? this.principalOfResource(declared, type) : { type, name: text2 });
    }
    return out;
  }
  /** The name of what a resource policy protects, and its address when declared here. */
  target(v, from) {
    if (!v) return { name: from.address, address: from.address };
    const ref = refOf(v);
    if (ref) {
      const [target] = this.lookup(ref, from);
      if (target) {
        const name = ["name", "bucket", "function_name"].map((a) => knownString(target.body.get(a))).find((n) => n !== void 0) ?? target.address;
        return { name, address: target.address };
      }
    }
    return { name: displayText(v) ?? from.address };
  }
  // ---------- policy documents ----------
  /** Statements of a policy value: a reference to a policy document data source or policy, or the document itself. */
  document(v, fallback, from) {
    const ref = refOf(v);
    if (ref) {
      const [target] = this.lookup(ref, from);
      if (target?.type === "aws_iam_policy_document" && target.mode === "data" && /^(minified_)?json$/.test(ref.attribute)) {
        this.consumedDocuments.add(target.address);
        return { ...this.dataDocument(target), documentAddress: target.address };
      }
      if (target && target.mode === "managed" && ref.attribute === "policy" && target.body.get("policy")) {
        return this.document(target.body.get("policy"), this.attrSpan(target, "policy"), target);
      }
    }
    return parsePolicyDocument(v, fallback);
  }
  dataDocument(r) {
    const cached = this.documents.get(r.address);
    if (cached) return cached;
    if (this.documentsInProgress.has(r.address)) {
      return { statements: [], errors: [{ ...this.errorAt(r.span), message: `policy document ${r.address} includes itself`, code: "parse" }], unresolved: [] };
    }
    this.documentsInProgress.add(r.address);
    const result2 = { statements: [], errors: [], unresolved: [] };
    const version = r.body.get("version");
    if (!version || version.kind === "null") result2.version = "2012-10-17";
    else if (version.kind === "string" && !version.unknowns?.length) result2.version = version.value;
    const merge = (into, from) => {
      for (const s of from) {
        const at = s.sid ? into.findIndex((x) => x.sid === s.sid) : -1;
        if (at >= 0) into[at] = s;
        else into.push(s);
      }
    };
    const include = (attr) => {
      const out = [];
      for (const item of this.documentItems(r.body.get(attr), r)) {
        const doc = this.document(item, this.attrSpan(r, attr), r);
        if (!doc.documentAddress) {
          result2.errors.push(...doc.errors);
          result2.unresolved.push(...doc.unresolved);
        }
        merge(out, doc.statements);
      }
      return out;
    };
    const statements = [...include("source_policy_documents"), ...include("source_json")];
    const own = r.body.get("statement");
    if (own?.kind === "unknown") {
      result2.unresolved.push({ span: own.span ?? this.attrSpan(r, "statement"), expr: own.expr, reason: own.reason ?? "statement blocks could not be evaluated" });
    }
    itemsOf(own).forEach((block, index) => {
      const placeholder2 = block.kind === "object" ? onlyUnknowns(block) : void 0;
      if (placeholder2) {
        result2.unresolved.push({ span: block.span ?? this.attrSpan(r, "statement"), expr: placeholder2.expr, reason: placeholder2.reason ?? "dynamic statement over an unknown collection" });
      } else if (block.kind === "object") merge(statements, [{ ...readStatement(this.statementFromBlock(block), index), origin: r.address }]);
      else if (block.kind === "unknown") {
        result2.unresolved.push({ span: block.span ?? this.attrSpan(r, "statement"), expr: block.expr, reason: block.reason ?? "statement could not be evaluated" });
      }
    });
    merge(statements, include("override_policy_documents"));
    merge(statements, include("override_json"));
    result2.statements = statements;
    this.documentsInProgress.delete(r.address);
    this.documents.set(r.address, result2);
    return result2;
  }
  /**
   * Items of a list of documents. `concat(data.aws_iam_policy_document.a[*].json, data...b[*].json)` is unknown
   * to the evaluator but names its documents: the instances that exist are the list.
   */
  documentItems(v, from) {
    if (v?.kind !== "unknown" || refOf(v)) return itemsOf(v);
    const refs = [];
    const rest = v.expr.replace(DOCUMENT_REFERENCE, (_m, address, index, attribute) => {
      const keep = index && index !== ".*" && index !== "[*]" ? index : "";
      refs.push({ kind: "unknown", expr: _m, ref: { address: `data.aws_iam_policy_document.${address}${keep}`, attribute }, ...v.span ? { span: v.span } : {} });
      return "";
    });
    let valueVariables = false;
    const others = rest.replace(/\b(flatten|concat|compact|tolist|null)\b|""|(var|local)\.[\w-]+(\[[^\]]*\])?(?=\s*(\?|\|\||&&)?)/g, (m, _f, root, _i, condition) => {
      if (root && !condition) valueVariables = true;
      return " ";
    });
    if (refs.length === 0 || !/^[\s(),[\]?:|&!]*$/.test(others)) return [v];
    const found = refs.filter((ref) => ref.kind === "unknown" && ref.ref && this.lookup(ref.ref, from).length > 0);
    return valueVariables ? [...found, { ...v, reason: "partly evaluated list of policy documents" }] : found;
  }
  /** An `aws_iam_policy_document` statement block rewritten with AWS element names. */
  statementFromBlock(block) {
    const entries = /* @__PURE__ */ new Map();
    const present2 = (v) => v !== void 0 && v.kind !== "null" && !(v.kind === "list" && v.items.length === 0);
    const copy = (from, to) => {
      const v = block.entries.get(from);
      if (present2(v)) entries.set(to, v);
    };
    copy("sid", "Sid");
    entries.set("Effect", block.entries.get("effect") && block.entries.get("effect").kind !== "null" ? block.entries.get("effect") : { kind: "string", value: "Allow" });
    copy("actions", "Action");
    copy("not_actions", "NotAction");
    copy("resources", "Resource");
    copy("not_resources", "NotResource");
    for (const [from, to] of [
      ["principals", "Principal"],
      ["not_principals", "NotPrincipal"]
    ]) {
      const blocks = block.entries.get(from);
      if (present2(blocks)) entries.set(to, this.principalFromBlocks(blocks));
    }
    const conditions = block.entries.get("condition");
    if (present2(conditions)) entries.set("Condition", this.conditionFromBlocks(conditions));
    return { kind: "object", entries, ...block.span ? { span: block.span } : {} };
  }
  principalFromBlocks(blocks) {
    if (blocks.kind === "unknown") return blocks;
    const byType = /* @__PURE__ */ new Map();
    for (const b of itemsOf(blocks)) {
      if (b.kind !== "object") continue;
      const type = displayText(b.entries.get("type") ?? { kind: "null" }) ?? "?";
      const identifiers = b.entries.get("identifiers");
      if (type === "*") return { kind: "string", value: "*", ...b.span ? { span: b.span } : {} };
      const list3 = byType.get(type) ?? [];
      list3.push(...identifiers?.kind === "list" ? identifiers.items : identifiers ? [identifiers] : []);
      byType.set(type, list3);
    }
    const entries = /* @__PURE__ */ new Map();
    for (const [type, items2] of byType) entries.set(type, { kind: "list", items: items2 });
    return { kind: "object", entries };
  }
  conditionFromBlocks(blocks) {
    if (blocks.kind === "unknown") return blocks;
    const byTest = /* @__PURE__ */ new Map();
    for (const b of itemsOf(blocks)) {
      if (b.kind !== "object") continue;
      const test = displayText(b.entries.get("test") ?? { kind: "null" }) ?? "?";
      const variable = displayText(b.entries.get("variable") ?? { kind: "null" }) ?? "?";
      const keys = byTest.get(test) ?? /* @__PURE__ */ new Map();
      keys.set(variable, [...keys.get(variable) ?? [], ...itemsOf(b.entries.get("values"))]);
      byTest.set(test, keys);
    }
    const entries = /* @__PURE__ */ new Map();
    for (const [test, keys] of byTest) {
      const keyEntries = /* @__PURE__ */ new Map();
      for (const [k, items2] of keys) keyEntries.set(k, { kind: "list", items: items2 });
      entries.set(test, { kind: "object", entries: keyEntries });
    }
    return { kind: "object", entries };
  }
  /** Grants of a policy attribute, or an unresolved entry when it has no value to read. */
  emitPolicy(r, attr, value, ctx) {
    const fallbackSpan = value?.span ? { ...value.span, address: r.address } : this.attrSpan(r, attr);
    if (!value || value.kind === "null") return;
    const doc = this.document(value, fallbackSpan, r);
    if (!doc.documentAddress) this.report(doc, r);
    this.grants.push(
      ...grantsFromStatements(doc.statements, {
        ...ctx,
        ...doc.version !== void 0 ? { policyVersion: doc.version } : {},
        format: this.format,
        address: r.address,
        fallbackSpan,
        keepUnresolved,
        resolvePrincipal: (entry) => this.resolvePrincipal(entry, r)
      })
    );
  }
  /** A Principal entry that references a declared role or user names it. */
  resolvePrincipal(entry, from) {
    const ref = entry.ref ?? refOf(/^\$\{[^}]*\}$/.test(entry.value) ? { kind: "unknown", expr: entry.value.slice(2, -1) } : void 0);
    if (!ref) return void 0;
    const [target] = this.lookup(ref, from);
    if (target?.type === "aws_iam_role") return this.principalOfResource(target, "role");
    if (target?.type === "aws_iam_user") return this.principalOfResource(target, "user");
    if (target?.type === "aws_iam_openid_connect_provider" || target?.type === "aws_iam_saml_provider") {
      const url = knownString(target.body.get("url"));
      return { type: "federated", name: url ? url.replace(/^https:\/\//, "") : knownString(target.body.get("name")) ?? target.address, address: target.address };
    }
    if (entry.key === "Service") return { type: "service", name: entry.value };
    if (/(^|\.)data\.aws_caller_identity\.[\w-]+$/.test(ref.address) && ref.attribute === "account_id") return { type: "account", name: entry.value };
    const classified = classifyPrincipal(entry);
    const declaredType = /(?:^|\.)aws_iam_(role|user)\.[^.]+$/.exec(ref.address.replace(/\[[^\]]*\]$/, ""))?.[1];
    if (classified.type === "unknown" && declaredType) classified.type = declaredType;
    return { ...classified, ...target ? { address: target.address } : {} };
  }
  /** Parse errors and unevaluated parts of a document, located at the resource that holds it. */
  report(doc, r) {
    this.errors.push(...doc.errors);
    this.unresolved.push(...doc.unresolved.map((u) => ({ ...u, span: { ...u.span, address: u.span.address ?? r.address } })));
  }
  errorAt(span) {
    return { file: span.file, line: span.line, column: span.column };
  }
  unresolvedAttr(r, attr, expr, reason) {
    this.unresolved.push({ span: this.attrSpan(r, attr), expr, reason });
  }
  /**
   * Why a policy value gives nothing to read: an expression that could not be evaluated, or a policy document
   * data source whose statements all could not be evaluated. Undefined when there are statements (or none written).
   */
  unreadable(v, r, what) {
    if (v.kind === "unknown" && !refOf(v)) return { expr: v.expr, reason: v.reason ?? `${what} could not be evaluated` };
    if (v.kind !== "unknown") return void 0;
    const doc = this.document(v, this.attrSpan(r, "policy"), r);
    const first = doc.unresolved[0];
    if (doc.statements.length > 0 || !first) return void 0;
    return { expr: first.expr, reason: doc.documentAddress ? `policy document ${doc.documentAddress} could not be evaluated` : first.reason };
  }
  // ---------- identity policies ----------
  collectAttachments(r) {
    const roleExclusive = r.type === "aws_iam_role" && r.body.get("managed_policy_arns");
    const spec = ATTACHMENTS[r.type];
    if (!spec && !roleExclusive) return;
    const principals = spec ? spec.identities.flatMap(([type, attr]) => this.identities(r.body.get(attr), type, r)) : [this.principalOfResource(r, "role")];
    const policyAttr = spec?.policy ?? "managed_policy_arns";
    const identityUnresolved = spec ? spec.identities.flatMap(([, attr]) => unresolvedOf(r.body.get(attr))) : [];
    const policies = r.body.get(policyAttr);
    if (policies?.kind === "unknown" && !refOf(policies)) {
      this.unresolvedAttr(r, policyAttr, policies.expr, policies.reason ?? "attached policies could not be evaluated");
      return;
    }
    for (const policy of itemsOf(policies)) {
      const attachment = {
        resource: r,
        principals,
        authoritative: spec?.authoritative ?? true,
        unresolved: [...identityUnresolved, ...unresolvedOf(policy)]
      };
      const declared = this.declaredPolicy(policy, r);
      if (declared) {
        const list3 = this.attachmentsByPolicy.get(declared.address) ?? [];
        list3.push(attachment);
        this.attachmentsByPolicy.set(declared.address, list3);
      } else {
        this.externalPolicyGrants(policy, attachment, policyAttr);
      }
    }
  }
  /** A `data "aws_iam_policy"` lookup of an existing policy: its ARN when written, else its name. */
  policyLookup(v, from) {
    const ref = refOf(v);
    if (!ref) return void 0;
    const target = this.lookup(ref, from).find((t) => t.type === "aws_iam_policy" && t.mode === "data");
    if (!target) return void 0;
    const arn = knownString(target.body.get("arn"));
    const name = knownString(target.body.get("name")) ?? (arn ? arn.slice(arn.lastIndexOf("/") + 1) : target.address);
    return arn ? { address: target.address, arn, name } : { address: target.address, name };
  }
  /** The `aws_iam_policy` in the scan that a policy ARN designates. */
  declaredPolicy(v, from) {
    const ref = refOf(v);
    if (ref) return this.lookup(ref, from).find((t) => t.type === "aws_iam_policy" && t.mode === "managed");
    const text2 = knownString(v);
    if (!text2 || awsManagedPolicyName(text2) !== void 0) return void 0;
    const name = /:policy\/(?:.*\/)?([^/]+)$/.exec(text2)?.[1];
    const found = name ? this.byName.get(`aws_iam_policy|${name}`) : void 0;
    return found?.find((p) => p.modulePath === from.modulePath) ?? found?.[0];
  }
  /** Grants of an attachment of a policy not declared in the scan (AWS-managed, another stack's, unknown). */
  externalPolicyGrants(policy, a, policyAttr) {
    const r = a.resource;
    const lookup = this.policyLookup(policy, r);
    const arn = lookup?.arn ?? displayText(policy);
    if (arn === void 0) return;
    const span = { ...policy.span ?? r.attrSpans.get(policyAttr) ?? r.span, address: r.address };
    const managedName = awsManagedPolicyName(arn) ?? (lookup?.arn === void 0 ? lookup?.name : void 0);
    const facts = awsManagedPolicyFacts(arn) ?? (lookup && !lookup.arn ? awsManagedPolicyFacts(`arn:aws:iam::aws:policy/${lookup.name}`) : void 0);
    for (const principal of a.principals) {
      const details = { policy: managedName ?? arn, attachment: r.address };
      if (lookup) details.policyLookup = lookup.address;
      if (principal.type !== "unknown") details.attachedTo = principal.name;
      if (a.authoritative) details.authoritative = true;
      if (awsManagedPolicyName(arn) !== void 0) details.awsManaged = true;
      if (facts) details.managedPolicyLevel = facts.level;
      this.grants.push(...attachedPolicyGrants(principal, arn, facts, { ...span, format: this.format }, a.unresolved, details));
    }
  }
  managedPolicy(r) {
    const name = knownString(r.body.get("name")) ?? r.address;
    const policy = r.body.get("policy");
    if (!policy || policy.kind === "null") return;
    const attachments = this.attachmentsByPolicy.get(r.address);
    const unreadable = this.unreadable(policy, r, "policy document");
    if (unreadable) {
      this.unresolvedAttr(r, "policy", unreadable.expr, unreadable.reason);
      for (const a of attachments ?? []) {
        const attr = ATTACHMENTS[a.resource.type]?.policy ?? "managed_policy_arns";
        this.unresolvedAttr(a.resource, attr, unreadable.expr, `the attached policy ${r.address} could not be evaluated`);
      }
      return;
    }
    if (!attachments?.length) {
      this.emitPolicy(r, "policy", policy, { kind: "identity-policy", policyName: name, principals: [], details: { unattached: true } });
      return;
    }
    for (const a of attachments) {
      const details = { attachment: a.resource.address };
      if (a.authoritative) details.authoritative = true;
      this.emitPolicy(r, "policy", policy, { kind: "identity-policy", policyName: name, principals: a.principals, details, unresolved: a.unresolved });
    }
  }
  inlinePolicy(r) {
    const spec = INLINE_POLICIES[r.type];
    const identity = r.body.get(spec.attr);
    const principals = this.identities(identity, spec.identity, r);
    const policy = r.body.get("policy");
    const unreadable = policy && this.unreadable(policy, r, "policy document");
    if (unreadable) {
      this.unresolvedAttr(r, "policy", unreadable.expr, unreadable.reason);
      return;
    }
    this.emitPolicy(r, "policy", policy, {
      kind: "identity-policy",
      policyName: knownString(r.body.get("name")) ?? r.address,
      principals,
      details: { inline: true },
      unresolved: unresolvedOf(identity)
    });
  }
  role(r) {
    const self = this.principalOfResource(r, "role");
    const trust = r.body.get("assume_role_policy");
    const unreadable = trust && this.unreadable(trust, r, "trust policy");
    if (unreadable) {
      this.unresolvedAttr(r, "assume_role_policy", unreadable.expr, unreadable.reason);
    } else {
      this.emitPolicy(r, "assume_role_policy", trust, {
        kind: "trust-policy",
        attachedTo: self.name,
        policyName: `${self.name} trust policy`,
        details: { roleAddress: r.address }
      });
    }
    for (const block of itemsOf(r.body.get("inline_policy"))) {
      if (block.kind !== "object") continue;
      const policy = block.entries.get("policy");
      if (!policy || policy.kind === "null") continue;
      const unreadable2 = this.unreadable(policy, r, "inline policy");
      if (unreadable2) {
        this.unresolved.push({ span: { ...policy.span ?? this.attrSpan(r, "inline_policy"), address: r.address }, ...unreadable2 });
        continue;
      }
      const name = knownString(block.entries.get("name"));
      this.emitPolicy(r, "inline_policy", policy, {
        kind: "identity-policy",
        policyName: name ?? `${r.address} inline_policy`,
        principals: [self],
        details: { inline: true }
      });
    }
  }
  // ---------- resource policies ----------
  resourcePolicy(r) {
    const spec = RESOURCE_POLICIES[r.type];
    const policy = r.body.get(spec.policy);
    if (!policy || policy.kind === "null") return;
    const unreadable = this.unreadable(policy, r, "resource policy");
    if (unreadable) {
      this.unresolvedAttr(r, spec.policy, unreadable.expr, unreadable.reason);
      return;
    }
    const targetAttr = spec.target.find((t) => r.body.get(t) && r.body.get(t).kind !== "null");
    const isPolicyResource = r.type.endsWith("_policy");
    const target = targetAttr && isPolicyResource ? this.target(r.body.get(targetAttr), r) : this.selfTarget(r, targetAttr);
    const details = { resourceType: r.type };
    if (target.address) details.resourceAddress = target.address;
    this.emitPolicy(r, spec.policy, policy, { kind: "resource-policy", attachedTo: target.name, policyName: `${target.name} resource policy`, details });
  }
  selfTarget(r, attr) {
    const name = attr && attr !== "description" ? knownString(r.body.get(attr)) : void 0;
    return { name: name ?? r.address, address: r.address };
  }
  lambdaPermission(r) {
    const principalValue = r.body.get("principal");
    const functionName = r.body.get("function_name");
    if (!principalValue || principalValue.kind === "null") return;
    const text2 = displayText(principalValue) ?? "";
    const principalRef = refOf(principalValue);
    const entry = { key: lambdaPrincipalKey(text2), value: text2, ...principalRef ? { ref: principalRef } : {} };
    const principal = this.resolvePrincipal(entry, r) ?? classifyPrincipal(entry);
    const conditions = lambdaPermissionConditions("terraform", (name) => r.body.get(name));
    const target = this.target(functionName, r);
    const qualifier = knownString(r.body.get("qualifier"));
    const actionText = displayText(r.body.get("action"));
    const details = { resourceType: r.type, attachedTo: target.name, policy: `${target.name} resource policy` };
    if (target.address) details.resourceAddress = target.address;
    const sid = knownString(r.body.get("statement_id"));
    if (sid) details.sid = sid;
    if (principal.name !== text2) details.principalText = text2;
    const unresolved = [.../* @__PURE__ */ new Set([...unresolvedOf(principalValue), ...unresolvedOf(r.body.get("action")), ...unresolvedOf(r.body.get("source_arn"))])];
    const resource = qualifier ? `${target.name}:${qualifier}` : target.name;
    this.grants.push(lambdaPermissionGrant(principal, actionText, resource, conditions, { ...r.span, address: r.address, format: this.format }, unresolved, details));
  }
  // ---------- memberships and credentials ----------
  collectMemberships(r) {
    if (r.type === "aws_iam_group_membership") {
      const [group] = this.identities(r.body.get("group"), "group", r);
      if (!group) return;
      const users = this.identities(r.body.get("users"), "user", r);
      const members = users.map((u) => u.name);
      this.addMembers(group, members);
      for (const user of users) this.membershipGrant(r, user, group, { members, authoritative: true });
      if (users.length === 0) this.membershipGrant(r, { type: "unknown", name: "(no members)" }, group, { members });
    } else if (r.type === "aws_iam_user_group_membership") {
      const [user] = this.identities(r.body.get("user"), "user", r);
      if (!user) return;
      for (const group of this.identities(r.body.get("groups"), "group", r)) {
        this.addMembers(group, [user.name]);
        this.membershipGrant(r, user, group, {});
      }
    }
  }
  addMembers(group, members) {
    const key = group.address ?? group.name;
    const list3 = this.membersByGroup.get(key) ?? [];
    for (const m of members) if (!list3.includes(m)) list3.push(m);
    this.membersByGroup.set(key, list3);
  }
  membershipGrant(r, user, group, extra) {
    const unresolved = [.../* @__PURE__ */ new Set([...unresolvedOf(r.body.get("group")), ...unresolvedOf(r.body.get("groups")), ...unresolvedOf(r.body.get("users")), ...unresolvedOf(r.body.get("user"))])];
    this.grants.push(membershipGrant(user, group, { ...r.span, address: r.address, format: this.format }, unresolved, extra));
  }
  credential(r) {
    const spec = CREDENTIALS[r.type];
    const userValue = r.body.get(spec.user);
    const [user] = this.identities(userValue, "user", r);
    const details = { credentialType: spec.type };
    const status = knownString(r.body.get("status"));
    if (status) details.status = status;
    const pgp = r.body.get("pgp_key");
    if (pgp && pgp.kind !== "null") details.encrypted = true;
    const service = knownString(r.body.get("service_name"));
    if (service) details.serviceName = service;
    this.grants.push(credentialGrant(user ?? { type: "user", name: r.address }, { ...r.span, address: r.address, format: this.format }, unresolvedOf(userValue), details));
  }
  // ---------- documents no resource uses ----------
  /** A policy document data source no scanned resource uses: its statements still state grants worth checking. */
  unusedDocument(r) {
    const doc = this.dataDocument(r);
    const withPrincipals = doc.statements.some((s) => s.principals || s.notPrincipals);
    const trust = withPrincipals && doc.statements.every((s) => s.actions.some((a) => /^sts:(AssumeRole|TagSession|SetSourceIdentity)/i.test(a)));
    const kind = trust ? "trust-policy" : withPrincipals ? "resource-policy" : "identity-policy";
    this.grants.push(
      ...grantsFromStatements(doc.statements, {
        kind,
        format: this.format,
        address: r.address,
        fallbackSpan: { ...r.span, address: r.address },
        policyName: r.address,
        principals: [],
        details: { unattached: true },
        ...doc.version !== void 0 ? { policyVersion: doc.version } : {},
        keepUnresolved,
        resolvePrincipal: (entry) => this.resolvePrincipal(entry, r)
      })
    );
  }
};
function splitByRoot(resources) {
  const roots = [];
  let current = [];
  let addresses = /* @__PURE__ */ new Set();
  let rootDir;
  for (const r of resources) {
    const dir = r.modulePath === "" ? path6.posix.dirname(r.span.file) : void 0;
    if (addresses.has(r.address) || dir !== void 0 && rootDir !== void 0 && dir !== rootDir) {
      roots.push(current);
      current = [];
      addresses = /* @__PURE__ */ new Set();
      rootDir = void 0;
    }
    if (dir !== void 0) rootDir ??= dir;
    current.push(r);
    addresses.add(r.address);
  }
  if (current.length > 0) roots.push(current);
  return roots;
}
function extractAwsFromTerraform(resources, options = {}) {
  const out = { grants: [], unresolved: [], errors: [] };
  const seen = /* @__PURE__ */ new Set();
  const once = (key) => !seen.has(key) && seen.add(key) !== void 0;
  for (const root of splitByRoot(resources)) {
    const part = new AwsTerraformExtractor(root, options).run();
    out.grants.push(...part.grants.filter((g) => once(`g ${g.id}`)));
    out.unresolved.push(...part.unresolved.filter((u) => once(`u ${JSON.stringify([u.span, u.expr, u.reason])}`)));
    out.errors.push(...part.errors.filter((e) => once(`e ${JSON.stringify(e)}`)));
  }
  return out;
}

// src/extract/gcp/members.ts
var PREFIX_TYPES = {
  user: "user",
  group: "group",
  serviceAccount: "service-account",
  // Every account of a Google Workspace / Cloud Identity domain: a set of users, like a group.
  domain: "group",
  // Cloud Storage / BigQuery convenience members: whoever holds a basic role on the project.
  projectOwner: "group",
  projectEditor: "group",
  projectViewer: "group"
};
function principalIdentifierType(text2) {
  if (/\/(workloadIdentityPools|workforcePools)\//.test(text2)) return "federated";
  if (text2.startsWith("principalSet://cloudresourcemanager.googleapis.com/") && text2.endsWith("/type/ServiceAccount")) {
    return "service-account";
  }
  if (text2.startsWith("principal://iam.googleapis.com/") && text2.includes("/serviceAccounts/")) return "service-account";
  if (text2.startsWith("principal://goog/subject/")) return "user";
  if (text2.startsWith("principalSet://goog/group/") || text2.startsWith("principalSet://goog/cloudIdentityCustomerId/")) {
    return "group";
  }
  return "unknown";
}
function parseMember(written) {
  let rest = written.trim();
  let deleted = false;
  if (rest.startsWith("deleted:")) {
    deleted = true;
    rest = rest.slice("deleted:".length);
  }
  const base = { name: written, deleted, unrecognized: false };
  if (rest === "allUsers" || rest === "allAuthenticatedUsers") {
    return { ...base, type: "public", memberKind: rest };
  }
  if (rest.startsWith("principal://") || rest.startsWith("principalSet://")) {
    const memberKind = rest.startsWith("principal://") ? "principal" : "principalSet";
    return { ...base, type: principalIdentifierType(rest), memberKind };
  }
  const colon = rest.indexOf(":");
  const prefix2 = colon > 0 ? rest.slice(0, colon) : "";
  const type = PREFIX_TYPES[prefix2];
  if (!type) return { ...base, type: "unknown", memberKind: prefix2 || "unknown", unrecognized: !rest.startsWith("${") };
  const value = rest.slice(colon + 1).replace(/\?uid=.*$/, "");
  const parsed3 = { ...base, type, memberKind: prefix2 };
  if (prefix2 === "domain") {
    parsed3.domain = value.toLowerCase();
  } else if (prefix2 === "user" || prefix2 === "group" || prefix2 === "serviceAccount") {
    parsed3.email = value.toLowerCase();
    const at = value.lastIndexOf("@");
    if (at >= 0) parsed3.domain = value.slice(at + 1).toLowerCase();
  }
  return parsed3;
}

// src/extract/gcp/storage-acl.ts
var STORAGE_ACL_RESOURCES = {
  google_storage_bucket_access_control: { target: "bucket", form: "entry" },
  google_storage_default_object_access_control: { target: "default-object", form: "entry" },
  google_storage_object_access_control: { target: "object", form: "entry" },
  google_storage_bucket_acl: { target: "bucket", form: "list" },
  google_storage_default_object_acl: { target: "default-object", form: "list" },
  google_storage_object_acl: { target: "object", form: "list" }
};
var PREDEFINED_ACL_ENTRIES = {
  publicRead: ["READER:allUsers"],
  publicReadWrite: ["READER:allUsers", "WRITER:allUsers"],
  authenticatedRead: ["READER:allAuthenticatedUsers"]
};
var ENTITY_PREFIXES = [
  ["user-", "user:"],
  ["group-", "group:"],
  ["domain-", "domain:"],
  ["project-owners-", "projectOwner:"],
  ["project-editors-", "projectEditor:"],
  ["project-viewers-", "projectViewer:"]
];
function aclEntityMember(entity) {
  for (const [prefix2, member] of ENTITY_PREFIXES) {
    if (entity.startsWith(prefix2)) return member + entity.slice(prefix2.length);
  }
  return entity;
}
function splitRoleEntity(text2) {
  const colon = text2.indexOf(":");
  return colon > 0 ? { role: text2.slice(0, colon), entity: text2.slice(colon + 1) } : void 0;
}

// src/extract/gcp/references.ts
var REFERENCE_EXPR = /^((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*(?:\[(?:"[^"]*"|\d+)\])?)\.([a-z_]+)$/;
var SERVICE_ACCOUNT_DOMAIN = "iam.gserviceaccount.com";
var ResourceIndex = class {
  byAddress = /* @__PURE__ */ new Map();
  byBase = /* @__PURE__ */ new Map();
  constructor(resources) {
    for (const r of resources) {
      this.byAddress.set(r.address, r);
      if (!this.byBase.has(r.baseAddress)) this.byBase.set(r.baseAddress, r);
    }
  }
  get(address) {
    return this.byAddress.get(address) ?? this.byBase.get(address);
  }
  /** Resource named by an expression written in a module (`google_service_account.ci.email`), with the attribute. */
  lookupExpr(expr, modulePath) {
    const m = REFERENCE_EXPR.exec(expr);
    if (!m) return void 0;
    const resource = this.get(modulePath ? `${modulePath}.${m[1]}` : m[1]);
    return resource ? { resource, attribute: m[2] } : void 0;
  }
  /** Resource and attribute an unknown value refers to: from the evaluator's ref, else from the expression text. */
  lookupValue(v, modulePath) {
    if (v.kind !== "unknown") return void 0;
    if (v.ref) {
      const resource = this.get(v.ref.address);
      if (resource) return { resource, attribute: v.ref.attribute };
    }
    return this.lookupExpr(v.expr, modulePath);
  }
  /** Text of a value: strings as written, references to declared resources resolved where their arguments allow. */
  text(v, modulePath) {
    if (!v) return void 0;
    switch (v.kind) {
      case "null":
        return void 0;
      case "string": {
        let text2 = v.value;
        const unresolved = [];
        const refs = [];
        for (const expr of v.unknowns ?? []) {
          const target = this.lookupExpr(expr, modulePath);
          if (target) refs.push(target.resource);
          const value = target && attributeText(target.resource, target.attribute);
          if (value !== void 0) text2 = text2.split("${" + expr + "}").join(value);
          else unresolved.push(expr);
        }
        return { text: text2, unresolved, refs };
      }
      case "number":
      case "bool":
        return { text: String(v.value), unresolved: [], refs: [] };
      case "unknown": {
        const target = this.lookupValue(v, modulePath);
        const value = target && attributeText(target.resource, target.attribute);
        const refs = target ? [target.resource] : [];
        if (value !== void 0) return { text: value, unresolved: [], refs };
        return { text: "${" + v.expr + "}", unresolved: [v.expr], refs };
      }
      case "list":
      case "object":
        return { text: JSON.stringify(toPlain(v)), unresolved: collectUnknowns(v), refs: [] };
    }
  }
};
function literalArg(r, name) {
  const v = r.body.get(name);
  if (!v) return void 0;
  if (v.kind === "string") return v.unknowns?.length ? void 0 : v.value;
  if (v.kind === "number" || v.kind === "bool") return String(v.value);
  return void 0;
}
function serviceAccountEmail(r) {
  const accountId = literalArg(r, "account_id");
  if (accountId === void 0) return void 0;
  if (accountId.includes("@")) return accountId;
  const project = literalArg(r, "project");
  return project === void 0 ? void 0 : `${accountId}@${project}.${SERVICE_ACCOUNT_DOMAIN}`;
}
function customRoleName(r) {
  const roleId = literalArg(r, "role_id");
  if (roleId === void 0) return void 0;
  if (r.type === "google_project_iam_custom_role") {
    const project = literalArg(r, "project");
    return project === void 0 ? void 0 : `projects/${project}/roles/${roleId}`;
  }
  const org = literalArg(r, "org_id");
  return org === void 0 ? void 0 : `organizations/${org}/roles/${roleId}`;
}
function isServiceAccountResource(r) {
  return r.type === "google_service_account";
}
function isCustomRoleResource(r) {
  return r.mode === "managed" && (r.type === "google_project_iam_custom_role" || r.type === "google_organization_iam_custom_role");
}
function attributeText(r, attribute) {
  if (isServiceAccountResource(r)) {
    const email = serviceAccountEmail(r);
    const project = literalArg(r, "project") ?? (email?.endsWith(SERVICE_ACCOUNT_DOMAIN) ? email.split("@")[1].split(".")[0] : void 0);
    switch (attribute) {
      case "email":
        return email;
      case "member":
        return email && `serviceAccount:${email}`;
      case "name":
      case "id":
        return email && project !== void 0 ? `projects/${project}/serviceAccounts/${email}` : void 0;
      default:
        break;
    }
  }
  if (isCustomRoleResource(r) && (attribute === "id" || attribute === "name")) return customRoleName(r);
  if (attribute === "id") return void 0;
  return literalArg(r, attribute);
}

// src/extract/gcp/terraform.ts
var IAM_RESOURCE = /^google_([a-z0-9_]+)_iam_(member|binding|policy)$/;
var PROVIDER_DEFAULT_PROJECT = "projects/(provider default)";
var HIERARCHY_SCOPES = {
  organization: { arg: "org_id", prefix: "organizations/", kind: "organization" },
  folder: { arg: "folder", prefix: "folders/", kind: "folder" },
  project: { arg: "project", prefix: "projects/", kind: "project" },
  billing_account: { arg: "billing_account_id", prefix: "billingAccounts/", kind: "billing-account" }
};
var GRANT_ARGS = /* @__PURE__ */ new Set([
  "role",
  "member",
  "members",
  "condition",
  "policy_data",
  "etag",
  "provider",
  "depends_on",
  "lifecycle",
  "count",
  "for_each",
  "timeouts"
]);
var CONDITION_KEY = "gcp:condition";
function parseIamResourceType(type) {
  const m = IAM_RESOURCE.exec(type);
  return m ? { parent: m[1], variant: m[2] } : void 0;
}
function extractGcpFromTerraform(resources) {
  return new GcpExtractor(resources).run();
}
var GcpExtractor = class {
  constructor(resources) {
    this.resources = resources;
    this.index = new ResourceIndex(resources);
    for (const r of resources) {
      if (isCustomRoleResource(r)) {
        const name = customRoleName(r);
        if (name) this.customRoles.set(name, r.address);
      } else if (isServiceAccountResource(r) && r.mode === "managed") {
        const email = serviceAccountEmail(r)?.toLowerCase();
        if (email && !this.serviceAccounts.has(email)) this.serviceAccounts.set(email, r.address);
      }
    }
  }
  resources;
  index;
  grants = /* @__PURE__ */ new Map();
  unresolved = [];
  errors = [];
  /** Custom role names declared in the scan → address, to link bindings to their role definition. */
  customRoles = /* @__PURE__ */ new Map();
  /** Emails of service accounts declared in the scan → address, to link members written as literal emails. */
  serviceAccounts = /* @__PURE__ */ new Map();
  run() {
    for (const r of this.resources) {
      if (r.mode !== "managed") continue;
      const iam = parseIamResourceType(r.type);
      if (iam) this.iamResource(r, iam.parent, iam.variant);
      else if (isCustomRoleResource(r)) this.customRole(r);
      else if (r.type === "google_service_account_key") this.serviceAccountKey(r);
      else if (r.type === "google_storage_hmac_key") this.hmacKey(r);
      else if (r.type in STORAGE_ACL_RESOURCES) this.storageAcl(r);
      else if (r.type === "google_iam_workload_identity_pool_provider" || r.type === "google_iam_workforce_pool_provider") {
        this.identityPoolProvider(r);
      }
    }
    return { grants: [...this.grants.values()], unresolved: this.unresolved, errors: this.errors };
  }
  add(g) {
    if (!this.grants.has(g.id)) this.grants.set(g.id, g);
  }
  text(v, r) {
    return this.index.text(v, r.modulePath);
  }
  error(r, span, message) {
    const at = span ?? r.span;
    this.errors.push({
      file: at.file,
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      message: `${r.address}: ${message}`,
      code: "parse"
    });
  }
  // ---- google_*_iam_member / _binding / _policy ----
  iamResource(r, parent, variant) {
    const scope = this.scopeOf(r, parent);
    let bindings;
    if (variant === "policy") {
      const fromPolicy = this.policyBindings(r);
      if (!fromPolicy) return;
      bindings = fromPolicy;
    } else {
      const membersArg = variant === "member" ? "member" : "members";
      const membersValue = r.body.get(membersArg);
      if (!membersValue || membersValue.kind === "null") {
        this.error(r, void 0, `expected argument "${membersArg}" (${variant === "member" ? "one member" : "a list of members"})`);
        return;
      }
      bindings = [
        {
          role: r.body.get("role"),
          roleSpan: r.attrSpans.get("role"),
          members: variant === "member" ? [membersValue] : elementsOf(membersValue),
          membersSpan: r.attrSpans.get(membersArg),
          condition: r.body.get("condition")
        }
      ];
    }
    for (const b of bindings) this.bindingGrants(r, variant, parent, scope, b);
  }
  bindingGrants(r, variant, parent, scope, b) {
    const role = this.text(b.role, r);
    if (!role) {
      this.error(r, b.roleSpan ?? b.membersSpan, 'expected argument "role" (a role name such as "roles/viewer")');
      return;
    }
    const conditions = {};
    const conditionUnresolved = this.condition(b.condition, r, conditions);
    const roleDefinition = this.customRoles.get(role.text) ?? role.refs.find(isCustomRoleResource)?.address;
    for (const member of b.members) {
      if (member.kind === "null") continue;
      const who = this.principal(member, r);
      const details = {
        scopeKind: scope.kind,
        authoritative: variant !== "member",
        resourceType: r.type,
        iamVariant: variant,
        parent,
        memberKind: who.memberKind
      };
      if (scope.args) details.scopeArgs = scope.args;
      if (who.deleted) details.deletedMember = true;
      if (who.unrecognized) details.unrecognizedMember = true;
      if (who.domain) details.memberDomain = who.domain;
      if (b.policy) details.policy = b.policy;
      if (b.auditConfigServices?.length) details.auditConfigServices = b.auditConfigServices;
      if (roleDefinition) details.roleDefinition = roleDefinition;
      const span = member.span ?? b.membersSpan ?? r.span;
      this.add(
        makeGrant({
          cloud: "gcp",
          kind: "iam-member",
          principal: who.principal,
          effect: "allow",
          actions: [],
          role: role.text,
          scope: scope.scope,
          conditions,
          source: { ...span, format: "terraform", address: r.address },
          unresolved: unique([...who.unresolved, ...role.unresolved, ...scope.unresolved, ...conditionUnresolved]),
          details
        })
      );
    }
  }
  /** Scope of an IAM resource: the hierarchy node or the resource its identifying arguments name. */
  scopeOf(r, parent) {
    const level = HIERARCHY_SCOPES[parent];
    if (level) {
      const id = this.text(r.body.get(level.arg), r);
      if (!id) {
        return parent === "project" ? { scope: PROVIDER_DEFAULT_PROJECT, kind: level.kind, unresolved: [] } : { kind: level.kind, unresolved: [] };
      }
      const scope = id.text.startsWith(level.prefix) ? id.text : level.prefix + id.text;
      return { scope, kind: level.kind, unresolved: id.unresolved };
    }
    const args = {};
    const unresolved = [];
    for (const name of argumentOrder(r)) {
      if (GRANT_ARGS.has(name)) continue;
      const t = this.text(r.body.get(name), r);
      if (!t) continue;
      args[name] = t.text;
      unresolved.push(...t.unresolved);
    }
    const values = Object.values(args);
    return { scope: values.length ? `${parent}:${values.join("/")}` : parent, kind: "resource", unresolved, args };
  }
  /** Bindings of an `_iam_policy` resource: from the data.google_iam_policy it names, or from literal JSON. */
  policyBindings(r) {
    const span = r.attrSpans.get("policy_data");
    const v = r.body.get("policy_data");
    if (!v || v.kind === "null") {
      this.error(r, void 0, 'expected argument "policy_data" (data.google_iam_policy.<name>.policy_data or a JSON IAM policy)');
      return void 0;
    }
    if (v.kind === "string" && v.source?.kind === "object") {
      const bindings = getAttr2(v.source, "bindings");
      if (bindings) return this.bindingObjects(elementsOf(bindings), r, v.span ?? span ?? r.span);
    }
    if (v.kind === "string" && !v.unknowns?.length) return this.jsonPolicyBindings(r, v.value, v.span ?? span);
    if (v.kind === "string" && isJson2(v.value)) return this.jsonPolicyBindings(r, v.value, v.span ?? span, v.unknowns);
    const target = v.kind === "unknown" ? this.index.lookupValue(v, r.modulePath) : void 0;
    if (target?.resource.type === "google_iam_policy" && target.resource.mode === "data") {
      return this.policyDocumentBindings(target.resource, r);
    }
    let expr = "policy_data";
    let why = "not a google_iam_policy document or JSON policy";
    if (v.kind === "unknown") [expr, why] = [v.expr, v.reason ?? "unknown value"];
    else if (v.kind === "string") [expr, why] = [(v.unknowns ?? []).join(", "), "the policy text has parts that could not be evaluated"];
    this.unresolved.push({
      span: { ...span ?? r.span, address: r.address },
      expr,
      reason: `${r.address}: the IAM policy could not be evaluated (${why})`
    });
    return void 0;
  }
  /** Bindings of a data.google_iam_policy: its `binding` blocks, each with role, members, optional condition. */
  policyDocumentBindings(doc, r) {
    const auditConfigServices = [];
    for (const a of elementsOf(doc.body.get("audit_config") ?? { kind: "null" })) {
      const service = this.text(getAttr2(a, "service"), doc);
      if (service) auditConfigServices.push(service.text);
    }
    const blocks = elementsOf(doc.body.get("binding") ?? { kind: "null" });
    return this.bindingObjects(blocks, r, doc.attrSpans.get("binding") ?? doc.span, doc.address, auditConfigServices);
  }
  /**
   * Binding objects (`binding` blocks of a policy document, or `bindings` items of a jsonencode'd policy):
   * `{ role, members, condition }`, the condition a block list or an object.
   */
  bindingObjects(blocks, r, fallback, policy, auditConfigServices) {
    const out = [];
    for (const block of blocks) {
      if (block.kind !== "object") {
        this.unresolved.push({
          span: { ...block.span ?? fallback, address: r.address },
          expr: block.kind === "unknown" ? block.expr : JSON.stringify(toPlain(block)),
          reason: `${r.address}: IAM policy bindings${policy ? ` of ${policy}` : ""} could not be evaluated`
        });
        continue;
      }
      const members = getAttr2(block, "members");
      const binding = {
        role: getAttr2(block, "role"),
        roleSpan: getAttr2(block, "role")?.span ?? block.span ?? fallback,
        members: members ? elementsOf(members) : [],
        membersSpan: members?.span ?? block.span ?? fallback,
        condition: getAttr2(block, "condition")
      };
      if (policy) binding.policy = policy;
      if (auditConfigServices) binding.auditConfigServices = auditConfigServices;
      out.push(binding);
    }
    return out;
  }
  /** policy_data written as JSON (`jsonencode({ bindings = [...] })` or a heredoc). */
  jsonPolicyBindings(r, json, span, unknowns = []) {
    let doc;
    try {
      doc = JSON.parse(json);
    } catch (e) {
      this.error(r, span, `policy_data: expected a JSON IAM policy ({"bindings": [{"role": ..., "members": [...]}]}): ${e.message}`);
      return void 0;
    }
    const bindings = doc?.bindings;
    if (!Array.isArray(bindings)) {
      this.error(r, span, 'policy_data: expected a JSON IAM policy with a "bindings" array');
      return void 0;
    }
    const text2 = (value) => {
      const inside = unknowns.filter((u) => value.includes("${" + u + "}"));
      return { kind: "string", value, ...inside.length ? { unknowns: inside } : {}, ...span ? { span } : {} };
    };
    const out = [];
    for (const b of bindings) {
      const members = Array.isArray(b?.members) ? b.members : [];
      const cond = b?.condition;
      out.push({
        role: typeof b?.role === "string" ? text2(b.role) : void 0,
        roleSpan: span,
        members: members.filter((m) => typeof m === "string").map(text2),
        membersSpan: span,
        condition: cond ? jsonCondition(cond) : void 0
      });
    }
    return out;
  }
  /** Fills `conditions` from a condition block; returns unknown expressions found in it. */
  condition(v, r, conditions) {
    const block = firstBlock(v);
    if (!block) return [];
    if (block.kind === "unknown") {
      conditions[CONDITION_KEY] = { expression: ["${" + block.expr + "}"] };
      return [block.expr];
    }
    const out = {};
    const unresolved = [];
    for (const key of ["title", "description", "expression"]) {
      const t = this.text(getAttr2(block, key), r);
      if (!t) continue;
      out[key] = [t.text];
      unresolved.push(...t.unresolved);
    }
    if (Object.keys(out).length) conditions[CONDITION_KEY] = out;
    return unresolved;
  }
  principal(member, r, rewrite) {
    const t = this.text(member, r) ?? { text: "", unresolved: [], refs: [] };
    const parsed3 = parseMember(rewrite ? rewrite(t.text) : t.text);
    const account = t.refs.find(isServiceAccountResource);
    let type = parsed3.type;
    if (type === "unknown" && account && member.kind === "unknown") type = "service-account";
    const principal = { type, name: parsed3.name };
    const address = account?.address ?? (parsed3.memberKind === "serviceAccount" && parsed3.email ? this.serviceAccounts.get(parsed3.email) : void 0);
    if (address) principal.address = address;
    return {
      principal,
      unresolved: t.unresolved,
      memberKind: parsed3.memberKind,
      deleted: parsed3.deleted,
      unrecognized: parsed3.unrecognized,
      domain: parsed3.domain
    };
  }
  // ---- custom roles ----
  customRole(r) {
    const isProject = r.type === "google_project_iam_custom_role";
    const roleId = this.text(r.body.get("role_id"), r);
    if (!roleId) {
      this.error(r, void 0, 'expected argument "role_id"');
      return;
    }
    const parentArg = isProject ? "project" : "org_id";
    const parentText = this.text(r.body.get(parentArg), r);
    const scope = isProject ? parentText ? `projects/${parentText.text}` : PROVIDER_DEFAULT_PROJECT : `organizations/${parentText?.text ?? "(missing org_id)"}`;
    if (!isProject && !parentText) this.error(r, void 0, 'expected argument "org_id"');
    const permissionsValue = r.body.get("permissions");
    const actions = [];
    const unresolved = [...roleId.unresolved, ...parentText?.unresolved ?? []];
    for (const p of permissionsValue ? elementsOf(permissionsValue) : []) {
      const t = this.text(p, r);
      if (!t) continue;
      if (p.kind === "unknown") unresolved.push(...t.unresolved);
      else {
        actions.push(t.text);
        unresolved.push(...t.unresolved);
      }
    }
    const role = `${scope}/roles/${roleId.text}`;
    const details = {
      scopeKind: isProject ? "project" : "organization",
      resourceType: r.type,
      stage: this.text(r.body.get("stage"), r)?.text ?? "GA"
    };
    const title = this.text(r.body.get("title"), r)?.text;
    if (title !== void 0) details.title = title;
    const span = permissionsValue?.span ?? r.attrSpans.get("permissions") ?? r.span;
    this.add(
      makeGrant({
        cloud: "gcp",
        kind: "role-definition",
        principal: { type: "role", name: role, address: r.address },
        effect: "allow",
        actions,
        role,
        scope,
        source: { ...span, format: "terraform", address: r.address },
        unresolved: unique(unresolved),
        details
      })
    );
  }
  // ---- Cloud Storage legacy ACLs ----
  storageAcl(r) {
    const spec = STORAGE_ACL_RESOURCES[r.type];
    const unresolved = [];
    const arg = (name) => {
      const t = this.text(r.body.get(name), r);
      if (t) unresolved.push(...t.unresolved);
      return t?.text ?? `(missing ${name})`;
    };
    const bucket = arg("bucket");
    const parent = spec.target === "object" ? "storage_object" : "storage_bucket";
    const scope = spec.target === "object" ? `storage_object:${bucket}/${arg("object")}` : `storage_bucket:${bucket}`;
    const entries = [];
    if (spec.form === "entry") {
      const role = this.text(r.body.get("role"), r);
      const entity = r.body.get("entity");
      if (!role || !entity || entity.kind === "null") {
        this.error(r, void 0, 'expected arguments "role" (OWNER, READER or WRITER) and "entity" (allUsers, user-<email>, group-<email>...)');
        return;
      }
      entries.push({ role: role.text, entity, roleUnresolved: role.unresolved });
    } else {
      for (const item of elementsOf(r.body.get("role_entity") ?? { kind: "null" })) {
        const t = this.text(item, r);
        if (!t) continue;
        const split2 = splitRoleEntity(t.text);
        const entity = { kind: "string", value: split2?.entity ?? t.text, ...item.span ? { span: item.span } : {} };
        if (t.unresolved.length) Object.assign(entity, { unknowns: t.unresolved });
        entries.push({ role: split2?.role ?? t.text, entity, roleUnresolved: [] });
      }
      for (const name of ["predefined_acl", "default_acl"]) {
        const predefined = this.text(r.body.get(name), r)?.text;
        const span = r.attrSpans.get(name);
        for (const entry of predefined && PREDEFINED_ACL_ENTRIES[predefined] || []) {
          const split2 = splitRoleEntity(entry);
          entries.push({ role: split2.role, entity: { kind: "string", value: split2.entity, ...span ? { span } : {} }, roleUnresolved: [] });
        }
      }
    }
    for (const e of entries) {
      const who = this.principal(e.entity, r, aclEntityMember);
      const details = {
        scopeKind: "resource",
        authoritative: spec.form === "list",
        resourceType: r.type,
        iamVariant: "acl",
        parent,
        memberKind: who.memberKind,
        aclTarget: spec.target
      };
      if (who.domain) details.memberDomain = who.domain;
      const span = e.entity.span ?? r.attrSpans.get(spec.form === "entry" ? "entity" : "role_entity") ?? r.span;
      this.add(
        makeGrant({
          cloud: "gcp",
          kind: "iam-member",
          principal: who.principal,
          effect: "allow",
          actions: [],
          role: `acl:${e.role}`,
          scope,
          source: { ...span, format: "terraform", address: r.address },
          unresolved: unique([...who.unresolved, ...e.roleUnresolved, ...unresolved]),
          details
        })
      );
    }
  }
  // ---- service account keys ----
  /** The service account a key belongs to, from the argument naming it (email, id, resource name or reference). */
  keyOwner(r, arg, expected) {
    const t = this.text(r.body.get(arg), r);
    if (!t) {
      this.error(r, void 0, `expected argument "${arg}" (${expected})`);
      return void 0;
    }
    const account = t.refs.find(isServiceAccountResource);
    const email = (account && serviceAccountEmail(account)) ?? emailOfServiceAccountId(t.text);
    const principal = { type: "service-account", name: email ? `serviceAccount:${email}` : t.text };
    const address = account?.address ?? (email ? this.serviceAccounts.get(email.toLowerCase()) : void 0);
    if (address) principal.address = address;
    return { principal, unresolved: email ? [] : t.unresolved };
  }
  serviceAccountKey(r) {
    const owner = this.keyOwner(r, "service_account_id", "the service account email, id or resource name");
    if (!owner) return;
    const uploaded = r.body.get("public_key_data");
    this.add(
      makeGrant({
        cloud: "gcp",
        kind: "credential",
        principal: owner.principal,
        effect: "allow",
        actions: [],
        source: { ...r.span, format: "terraform", address: r.address },
        unresolved: owner.unresolved,
        details: {
          credentialType: "service-account-key",
          resourceType: r.type,
          keyOrigin: uploaded && uploaded.kind !== "null" ? "uploaded" : "google-generated"
        }
      })
    );
  }
  /** HMAC keys let S3-compatible clients call Cloud Storage as the service account, with a static secret. */
  hmacKey(r) {
    const owner = this.keyOwner(r, "service_account_email", "the service account email");
    if (!owner) return;
    const state = this.text(r.body.get("state"), r)?.text ?? "ACTIVE";
    this.add(
      makeGrant({
        cloud: "gcp",
        kind: "credential",
        principal: owner.principal,
        effect: "allow",
        actions: [],
        source: { ...r.span, format: "terraform", address: r.address },
        unresolved: owner.unresolved,
        details: { credentialType: "hmac-key", resourceType: r.type, state }
      })
    );
  }
  // ---- workload / workforce identity federation ----
  identityPoolProvider(r) {
    const workload = r.type === "google_iam_workload_identity_pool_provider";
    const unresolved = [];
    const arg = (name) => {
      const t = this.text(r.body.get(name), r);
      if (t) unresolved.push(...t.unresolved);
      return t?.text;
    };
    const pool = arg(workload ? "workload_identity_pool_id" : "workforce_pool_id") ?? "(missing pool)";
    const providerId = arg(workload ? "workload_identity_pool_provider_id" : "provider_id") ?? "(missing provider id)";
    const scope = workload ? `projects/${arg("project") ?? "(provider default)"}/locations/global/workloadIdentityPools/${pool}/providers/${providerId}` : `locations/${arg("location") ?? "global"}/workforcePools/${pool}/providers/${providerId}`;
    const conditions = {};
    const attributeCondition = arg("attribute_condition");
    if (attributeCondition !== void 0) conditions["gcp:attribute_condition"] = { expression: [attributeCondition] };
    const mapping = r.body.get("attribute_mapping");
    if (mapping?.kind === "object") {
      const m = {};
      for (const [k, v] of mapping.entries) {
        const t = this.text(v, r);
        if (!t) continue;
        m[k] = [t.text];
        unresolved.push(...t.unresolved);
      }
      conditions["gcp:attribute_mapping"] = m;
    } else if (mapping?.kind === "unknown") {
      conditions["gcp:attribute_mapping"] = { "*": ["${" + mapping.expr + "}"] };
      unresolved.push(mapping.expr);
    }
    let providerType = "unknown";
    let issuer = "(unknown identity provider)";
    const oidc = firstBlock(r.body.get("oidc"));
    const aws = firstBlock(r.body.get("aws"));
    if (oidc) {
      providerType = "oidc";
      const t = this.text(getAttr2(oidc, "issuer_uri"), r);
      if (t) {
        issuer = t.text;
        unresolved.push(...t.unresolved);
      }
      const audiences = getAttr2(oidc, "allowed_audiences");
      if (audiences) {
        const values = elementsOf(audiences).flatMap((a) => {
          const at = this.text(a, r);
          if (at) unresolved.push(...at.unresolved);
          return at ? [at.text] : [];
        });
        conditions["gcp:oidc"] = { allowed_audiences: values };
      }
    } else if (aws) {
      providerType = "aws";
      const t = this.text(getAttr2(aws, "account_id"), r);
      issuer = `aws:${t?.text ?? "(missing account_id)"}`;
      if (t) unresolved.push(...t.unresolved);
    } else if (firstBlock(r.body.get("saml"))) {
      providerType = "saml";
      issuer = "saml";
    } else if (firstBlock(r.body.get("x509"))) {
      providerType = "x509";
      issuer = "x509";
    }
    const span = r.attrSpans.get("attribute_condition") ?? r.span;
    this.add(
      makeGrant({
        cloud: "gcp",
        kind: "trust-policy",
        principal: { type: "federated", name: issuer },
        effect: "allow",
        actions: [],
        scope,
        conditions,
        source: { ...span, format: "terraform", address: r.address },
        unresolved: unique(unresolved),
        details: {
          resourceType: r.type,
          providerType,
          pool: workload ? "workload" : "workforce",
          attributeConditionMissing: attributeCondition === void 0
        }
      })
    );
  }
};
function jsonCondition(c) {
  const entries = /* @__PURE__ */ new Map();
  for (const key of ["title", "description", "expression"]) {
    if (typeof c[key] === "string") entries.set(key, { kind: "string", value: c[key] });
  }
  return { kind: "object", entries };
}
function isJson2(text2) {
  try {
    JSON.parse(text2);
    return true;
  } catch {
    return false;
  }
}
function elementsOf(v) {
  if (v.kind === "list") return v.items;
  if (v.kind === "null") return [];
  return [v];
}
function firstBlock(v) {
  if (!v || v.kind === "null") return void 0;
  if (v.kind === "list") return v.items.find((i) => i.kind === "object" || i.kind === "unknown");
  return v.kind === "object" || v.kind === "unknown" ? v : void 0;
}
function argumentOrder(r) {
  const names = [...r.body.keys()];
  return names.map((name, i) => ({ name, i, span: r.attrSpans.get(name) })).sort((a, b) => a.span && b.span ? a.span.line - b.span.line || a.span.column - b.span.column : a.i - b.i).map((x) => x.name);
}
function emailOfServiceAccountId(id) {
  if (id.includes("${")) return void 0;
  const last = id.split("/").pop();
  return last.includes("@") ? last : void 0;
}
function unique(xs) {
  return [...new Set(xs)];
}

// src/analyze/azure/roles.ts
var BUILTIN_ROLE_LIST = [
  ["Owner", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "owner", true],
  ["Contributor", "b24988ac-6180-42a0-ab88-20f7382dd24c", "contributor", true],
  ["User Access Administrator", "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", "role-admin", true],
  ["Role Based Access Control Administrator", "f58310d9-a9f6-439a-9e8d-f62e7b41a168", "role-admin", true],
  ["Reservations Administrator", "a8889054-8d42-49c9-bc1c-52486c10e7cd", "role-admin", true],
  ["Reader", "acdd72a7-3385-48ef-bd42-f606fba81ae7", "reader"],
  ["Azure File Sync Administrator", "92b92042-07d9-4307-87f7-36a593fc5850", "data-access"],
  ["Key Vault Administrator", "00482a5a-887f-4fb3-b363-3b7fe8e74483", "data-access"],
  ["Key Vault Data Access Administrator", "8b54135c-b56d-4d72-a534-26097cfdc8d8", "role-admin"],
  ["Key Vault Secrets Officer", "b86a8fe4-44ce-4948-aee5-eccb2c155cd7", "data-access"],
  ["Key Vault Secrets User", "4633458b-17de-408a-b874-0445c86b69e6", "data-access"],
  ["Key Vault Crypto Officer", "14b46e9e-c2b7-41b4-b07b-48a6ebf60603", "data-access"],
  ["Key Vault Certificates Officer", "a4417e6f-fecd-4de8-b567-7b0420556985", "data-access"],
  ["Key Vault Contributor", "f25e0fa2-a7c8-4377-a976-54943a77a395", "service-admin"],
  ["Storage Blob Data Owner", "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "data-access"],
  ["Storage Blob Data Contributor", "ba92f5b4-2d11-453d-a403-e96b0029c9fe", "data-access"],
  ["Storage Blob Data Reader", "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1", "data-access"],
  ["Storage Account Contributor", "17d1049b-9a84-46fb-8f53-869881c3d3ab", "data-access"],
  ["Storage Account Key Operator Service Role", "81a9662b-bebf-436f-a333-f67b29880f12", "data-access"],
  ["Reader and Data Access", "c12c1c16-33a1-487b-954d-41c89c60f349", "data-access"],
  ["Virtual Machine Contributor", "9980e02c-c2be-4d73-94e8-173b1dc7cf3c", "execution"],
  ["Virtual Machine Administrator Login", "1c0163c0-47e6-4577-8991-ea5c82e286e4", "execution"],
  ["Virtual Machine Data Access Administrator (preview)", "66f75aeb-eabe-4b70-9f1e-c350c4c9ad04", "role-admin"],
  ["Managed Identity Operator", "f1a07417-d97a-45cb-824c-7a7467783830", "execution"],
  ["Managed Identity Contributor", "e40ec5ca-96e0-45a2-b4ff-59039f2c2b59", "service-admin"],
  ["Automation Contributor", "f353d9bd-d4a6-484e-a77a-8050b599b867", "execution"],
  ["Log Analytics Contributor", "92aaf0da-9dab-42b6-94a3-d43ce8d16293", "execution"],
  ["Security Admin", "fb1c8493-542b-48eb-b624-b4c8fea62acd", "service-admin"],
  ["Network Contributor", "4d97b98b-1d4f-4787-a291-c67834d212e7", "service-admin"],
  ["Locks Contributor", "28bf596f-4eb7-45ce-b5bc-6cf482fec137", "service-admin"],
  ["Azure Kubernetes Service Cluster Admin Role", "0ab0b1a8-8aac-4efd-b8c2-3ee1fb270be8", "execution"],
  ["Azure Kubernetes Service RBAC Cluster Admin", "b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b", "execution"]
];
var BUILTIN_ROLES = new Map(
  BUILTIN_ROLE_LIST.map(([name, id, kind, privileged]) => [id, { id, name, kind, privileged: privileged ?? false, origin: "builtin" }])
);
var ENTRA_ROLE_LIST = [
  ["Global Administrator", "62e90394-69f5-4237-9190-012177145e10", true],
  ["Privileged Role Administrator", "e8611ab8-c189-46e8-94e1-60213ab1f814", true],
  ["Privileged Authentication Administrator", "7be44c8a-adaf-4e2a-84d6-ab2649e08a13", true],
  ["Application Administrator", "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", true],
  ["Cloud Application Administrator", "158c047a-c907-4556-b7ef-446551a6b5f7", true],
  ["Application Developer", "cf1c38e5-3621-4004-a7cb-879624dced7c", true],
  ["Security Administrator", "194ae4cb-b126-40b2-bd5b-6091b380977d", true],
  ["Security Operator", "5f2222b1-57c3-48ba-8ad5-d4759f1fde6f", true],
  ["Security Reader", "5d6b6bb7-de71-4623-b4af-96380a352509", true],
  ["Conditional Access Administrator", "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9", true],
  ["User Administrator", "fe930be7-5e62-47db-91af-98c3a49a38b1", true],
  ["Authentication Administrator", "c4e39bd9-1100-46d3-8c65-fb160da0071f", true],
  ["Authentication Extensibility Administrator", "25a516ed-2fa0-40ea-a2d0-12923a21473a", true],
  ["Helpdesk Administrator", "729827e3-9c14-49f7-bb1b-9608f156bbb8", true],
  ["Password Administrator", "966707d0-3269-4727-9be2-8c3a10f19b9d", true],
  ["Hybrid Identity Administrator", "8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2", true],
  ["External Identity Provider Administrator", "be2f45a1-457d-42af-a067-6ec1fa63bc45", true],
  ["Domain Name Administrator", "8329153b-31d0-4727-b945-745eb3bc5f31", true],
  ["Directory Writers", "9360feb5-f418-4baa-8175-e2a00bac4301", true],
  ["Intune Administrator", "3a2c62db-5318-420d-8d74-23affee5d9d5", true],
  ["Cloud Device Administrator", "7698a772-787b-4ac8-901f-60d6b08affd2", true],
  ["Global Reader", "f2ef992c-3afb-46b9-b7cf-a126ee74c451", true],
  ["B2C IEF Keyset Administrator", "aaf43236-0c0d-4d5f-883a-6955382ac081", true],
  ["Lifecycle Workflows Administrator", "59d46f88-662b-457b-bceb-5c3809e5908f", true],
  ["Attribute Provisioning Administrator", "ecb2c6bf-0ab6-418e-bd87-7986f8d63bbe", true],
  ["Attribute Provisioning Reader", "422218e4-db15-4ef9-bbe0-8afb41546d79", true],
  ["Agent ID Administrator", "db506228-d27e-4b7d-95e5-295956d6615f", true],
  ["Partner Tier1 Support", "4ba39ca4-527c-499a-b93d-d9b492c50246", true],
  ["Partner Tier2 Support", "e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8", true],
  ["Exchange Administrator", "29232cdf-9323-42fd-ade2-1d097af3e4de", false],
  ["SharePoint Administrator", "f28a1f50-f6e7-4571-818b-6a12f2af6b6c", false],
  ["Groups Administrator", "fdd7a751-b60b-444a-984c-02652fe8fa1c", false],
  ["Directory Synchronization Accounts", "d29b2b05-8046-44ba-8758-1e26182fcf32", false],
  ["Directory Readers", "88d8e3e3-8f55-4a1e-953a-9b9898b8876b", false]
];
var ENTRA_ROLES = new Map(ENTRA_ROLE_LIST.map(([name, id, privileged]) => [id, { id, name, privileged }]));
var ENTRA_BY_NAME = new Map([...ENTRA_ROLES.values()].map((r) => [r.name.toLowerCase(), r]));
function entraRole(idOrName) {
  const key = idOrName.trim().toLowerCase();
  return ENTRA_ROLES.get(key) ?? ENTRA_BY_NAME.get(key);
}
var MICROSOFT_GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
var PRIVILEGED_GRAPH_APP_ROLE_LIST = [
  ["RoleManagement.ReadWrite.Directory", "9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8", "assign any directory role, Global Administrator included"],
  ["AppRoleAssignment.ReadWrite.All", "06b708a9-e830-4db3-a914-8e69da51d44f", "grant any application, itself included, any Graph permission"],
  ["Application.ReadWrite.All", "1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9", "add credentials to any application and act as it"],
  ["Directory.ReadWrite.All", "19dbc75e-c2e2-444c-a770-ec69d8559fc7", "rewrite users, groups and applications in the directory"],
  ["User.ReadWrite.All", "741f803b-c850-494e-b5df-cde7c675a1ca", "rewrite any user"],
  ["Group.ReadWrite.All", "62a82d76-70ea-41e2-9197-370581804d09", "change the membership of any group, role-assignable groups excepted"],
  ["GroupMember.ReadWrite.All", "dbaae8cf-10b5-4b86-a4a1-f871c94c6695", "change the membership of any group"],
  ["ServicePrincipalEndpoint.ReadWrite.All", "89c8469c-83ad-45f7-8ff2-6e3d4285709e", "change the endpoints of any service principal"],
  ["Policy.ReadWrite.ConditionalAccess", "01c0a623-fc9b-48e9-b794-0756f8e8f067", "switch off conditional access"],
  ["UserAuthenticationMethod.ReadWrite.All", "50483e42-d915-4231-9639-7fdb7fd190e5", "reset the sign-in methods of any user"]
];
var GRAPH_ROLES = /* @__PURE__ */ new Map();
for (const [value, id, reach] of PRIVILEGED_GRAPH_APP_ROLE_LIST) {
  const role = { value, id, reach };
  GRAPH_ROLES.set(value.toLowerCase(), role);
  GRAPH_ROLES.set(id, role);
}
function privilegedGraphAppRole(valueOrId) {
  return GRAPH_ROLES.get(valueOrId.trim().toLowerCase());
}
var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var ROLE_DEFINITION_GUID = /\/roleDefinitions\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:$|[/?])/i;
function roleDefinitionGuid(text2) {
  if (GUID.test(text2)) return text2.toLowerCase();
  const m = ROLE_DEFINITION_GUID.exec(text2);
  return m ? m[1].toLowerCase() : void 0;
}
var AzureRoleCatalog = class {
  byId = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  constructor(extra = []) {
    for (const r of [...BUILTIN_ROLES.values(), ...extra]) {
      const known2 = this.byId.get(r.id);
      const merged = known2 ? { ...r, kind: known2.kind, privileged: known2.privileged } : r;
      this.byId.set(r.id, merged);
      this.byName.set(r.name.toLowerCase(), merged);
    }
  }
  byGuid(id) {
    return this.byId.get(id.toLowerCase());
  }
  named(name) {
    return this.byName.get(name.trim().toLowerCase());
  }
};
var DEFAULT_AZURE_ROLES = new AzureRoleCatalog();

// src/extract/azure/grants.ts
function maskUnknowns(text2) {
  let out = "";
  for (let i = 0; i < text2.length; i++) {
    if (text2[i] === "$" && text2[i + 1] === "{") {
      let depth = 0;
      let j = i + 1;
      for (; j < text2.length; j++) {
        if (text2[j] === "{") depth++;
        else if (text2[j] === "}" && --depth === 0) break;
      }
      out += "X";
      i = j;
    } else out += text2[i];
  }
  return out;
}
function scopeKindOfId(id) {
  const text2 = maskUnknowns(id.trim()).replace(/\/+$/, "");
  if (text2 === "") return id.trim() === "/" ? "tenant" : void 0;
  if (!text2.startsWith("/")) return void 0;
  const parts = text2.slice(1).split("/");
  const lower = parts.map((p) => p.toLowerCase());
  if (lower[0] === "providers" && lower[1] === "microsoft.management" && lower[2] === "managementgroups") {
    return parts.length === 4 ? "management-group" : "resource";
  }
  if (lower[0] === "subscriptions") {
    if (parts.length === 2) return "subscription";
    if (lower[2] === "resourcegroups") return parts.length === 4 ? "resource-group" : "resource";
    return "resource";
  }
  if (lower[0] === "providers") return "resource";
  return void 0;
}
function principalTypeOf(declared, managedIdentity) {
  if (managedIdentity) return "managed-identity";
  switch (declared?.toLowerCase()) {
    case "user":
      return "user";
    case "group":
    case "foreigngroup":
      return "group";
    case "serviceprincipal":
      return "service-principal";
    default:
      return "unknown";
  }
}
function roleAssignmentGrant(input) {
  const { catalog } = input;
  const guid = input.role === void 0 || input.roleIsName ? void 0 : roleDefinitionGuid(input.role);
  const known2 = guid ? catalog.byGuid(guid) : input.roleIsName && input.role !== void 0 ? catalog.named(input.role) : void 0;
  const details = { resourceType: input.resourceType };
  if (input.scopeKind) details.scopeKind = input.scopeKind;
  const roleGuid = guid ?? known2?.id;
  if (roleGuid) details.roleDefinitionId = roleGuid;
  if (known2) {
    details.roleName = known2.name;
    details.roleKind = known2.kind;
    details.privilegedRole = known2.privileged;
  }
  if (input.principalType) details.principalType = input.principalType;
  if (input.conditional) details.conditional = true;
  if (input.condition) details.condition = input.condition;
  if (input.roleDefinition) details.roleDefinition = input.roleDefinition;
  return makeGrant({
    cloud: "azure",
    kind: "role-assignment",
    principal: input.principal,
    effect: "allow",
    actions: [],
    role: known2?.name ?? input.role ?? "(missing role)",
    ...input.scope !== void 0 ? { scope: input.scope } : {},
    source: input.source,
    unresolved: unique2(input.unresolved),
    details
  });
}
function roleDefinitionGrant(input) {
  const scopeKinds = unique2(input.assignableScopes.map((s) => scopeKindOfId(s) ?? "unknown"));
  const details = {
    resourceType: input.resourceType,
    dataActions: input.dataActions,
    notDataActions: input.notDataActions,
    assignableScopes: input.assignableScopes,
    assignableScopeKinds: scopeKinds
  };
  const guid = input.id ? roleDefinitionGuid(input.id) : void 0;
  if (guid) details.roleDefinitionId = guid;
  if (input.conditional) details.conditional = true;
  return makeGrant({
    cloud: "azure",
    kind: "role-definition",
    principal: { type: "role", name: input.name, address: input.source.address ?? input.name },
    effect: "allow",
    actions: input.actions,
    notActions: input.notActions,
    role: input.name,
    resources: input.assignableScopes,
    ...input.scope !== void 0 ? { scope: input.scope } : {},
    source: input.source,
    unresolved: unique2(input.unresolved),
    details
  });
}
function accessPolicyGrant(input) {
  const actions = [];
  for (const [kind, list3] of Object.entries(input.permissions)) for (const p of list3) actions.push(`${kind.toLowerCase()}/${p.toLowerCase()}`);
  const details = { resourceType: input.resourceType, scopeKind: "resource", attachedTo: input.vault };
  if (input.conditional) details.conditional = true;
  return makeGrant({
    cloud: "azure",
    kind: "resource-policy",
    principal: input.principal,
    effect: "allow",
    actions: unique2(actions),
    resources: [input.vault],
    scope: input.vault,
    source: input.source,
    unresolved: unique2(input.unresolved),
    details
  });
}
function directoryRoleGrant(input) {
  const known2 = entraRole(input.role);
  const details = { resourceType: input.resourceType, scopeKind: "directory", directoryRole: true };
  if (known2) {
    details.roleName = known2.name;
    details.roleTemplateId = known2.id;
    details.privilegedRole = known2.privileged;
  }
  return makeGrant({
    cloud: "azure",
    kind: "role-assignment",
    principal: input.principal,
    effect: "allow",
    actions: [],
    role: known2?.name ?? input.role,
    scope: input.directoryScope ?? "/",
    source: input.source,
    unresolved: unique2(input.unresolved),
    details
  });
}
function appRoleGrant(input) {
  const privileged = privilegedGraphAppRole(input.appRole);
  const details = { resourceType: input.resourceType, appRole: true, appRoleResource: input.resource };
  if (input.graph) details.graphAppRole = true;
  if (privileged) {
    details.graphPermission = privileged.value;
    details.privilegedRole = true;
    details.reach = privileged.reach;
  }
  return makeGrant({
    cloud: "azure",
    kind: "role-assignment",
    principal: input.principal,
    effect: "allow",
    actions: [],
    role: privileged?.value ?? input.appRole,
    resources: [input.resource],
    source: input.source,
    unresolved: unique2(input.unresolved),
    details
  });
}
function unique2(xs) {
  return [...new Set(xs)];
}

// src/extract/azure/terraform.ts
var ROLE_ASSIGNMENT_TYPES = /* @__PURE__ */ new Set(["azurerm_role_assignment", "azurerm_pim_active_role_assignment", "azurerm_pim_eligible_role_assignment"]);
var AZURE_TERRAFORM_GRANT_TYPES = /* @__PURE__ */ new Set([
  ...ROLE_ASSIGNMENT_TYPES,
  "azurerm_role_definition",
  "azurerm_key_vault_access_policy",
  "azurerm_key_vault",
  "azuread_directory_role_assignment",
  "azuread_directory_role_member",
  "azuread_app_role_assignment"
]);
var SCOPE_KIND_OF_TYPE = {
  azurerm_management_group: "management-group",
  azurerm_subscription: "subscription",
  azurerm_resource_group: "resource-group"
};
var MANAGED_IDENTITY_TYPES = /* @__PURE__ */ new Set(["azurerm_user_assigned_identity"]);
var ACCESS_POLICY_PERMISSIONS = {
  key_permissions: "keys",
  secret_permissions: "secrets",
  certificate_permissions: "certificates",
  storage_permissions: "storage"
};
function extractAzureFromTerraform(resources, catalog = DEFAULT_AZURE_ROLES) {
  return new AzureTerraformExtractor(resources, catalog).run();
}
var AzureTerraformExtractor = class {
  constructor(resources, catalog) {
    this.resources = resources;
    this.catalog = catalog;
    this.index = new ResourceIndex(resources);
    for (const r of resources) {
      if (r.type !== "azurerm_role_definition") continue;
      const name = this.text(r.body.get("name"), r);
      if (name && name.unresolved.length === 0) this.roleDefinitionsByName.set(name.text.toLowerCase(), r);
    }
  }
  resources;
  catalog;
  index;
  grants = /* @__PURE__ */ new Map();
  errors = [];
  /** Custom role definitions declared in the scan by name, to link `role_definition_name` to them. */
  roleDefinitionsByName = /* @__PURE__ */ new Map();
  run() {
    for (const r of this.resources) {
      if (r.mode !== "managed") continue;
      if (ROLE_ASSIGNMENT_TYPES.has(r.type)) this.roleAssignment(r);
      else if (r.type === "azurerm_role_definition") this.roleDefinition(r);
      else if (r.type === "azurerm_key_vault_access_policy") this.accessPolicy(r, r.body, r.span, this.refText(r.body.get("key_vault_id"), r));
      else if (r.type === "azurerm_key_vault") this.inlineAccessPolicies(r);
      else if (r.type === "azuread_directory_role_assignment") this.directoryRole(r, "role_id", "principal_object_id");
      else if (r.type === "azuread_directory_role_member") this.directoryRole(r, "role_object_id", "member_object_id");
      else if (r.type === "azuread_app_role_assignment") this.appRole(r);
    }
    return { grants: [...this.grants.values()], unresolved: [], errors: this.errors };
  }
  add(g) {
    if (!this.grants.has(g.id)) this.grants.set(g.id, g);
  }
  text(v, r) {
    return this.index.text(v, r.modulePath);
  }
  /** Text of an argument that names a resource: the resource address when it refers to one declared in the scan. */
  refText(v, r) {
    const t = this.text(v, r);
    if (!t) return "(unknown)";
    if (t.unresolved.length > 0 && t.refs[0]) return t.refs[0].address;
    return t.text;
  }
  source(r, span) {
    return { ...span ?? r.span, format: "terraform", address: r.address };
  }
  error(r, message) {
    const at = r.span;
    this.errors.push({ file: at.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, message: `${r.address}: ${message}`, code: "parse" });
  }
  /** The principal an object id names: a managed identity declared in the scan, else the id with the declared type. */
  principal(v, r, declaredType) {
    const t = this.text(v, r);
    if (!t) return { principal: { type: "unknown", name: "(missing principal)" }, unresolved: [] };
    const identity = t.refs.find((x) => MANAGED_IDENTITY_TYPES.has(x.type) || x.body.has("identity"));
    if (identity) {
      const name = this.text(identity.body.get("name"), identity);
      return {
        principal: { type: "managed-identity", name: name && name.unresolved.length === 0 ? name.text : identity.address, address: identity.address },
        unresolved: []
      };
    }
    const servicePrincipal = t.refs.find((x) => x.type === "azuread_service_principal");
    if (servicePrincipal) return { principal: { type: "service-principal", name: servicePrincipal.address, address: servicePrincipal.address }, unresolved: [] };
    const user = t.refs.find((x) => x.type === "azuread_user");
    if (user) return { principal: { type: "user", name: user.address, address: user.address }, unresolved: [] };
    const group = t.refs.find((x) => x.type === "azuread_group");
    if (group) return { principal: { type: "group", name: group.address, address: group.address }, unresolved: [] };
    return { principal: { type: principalTypeOf(declaredType, false), name: t.text }, unresolved: t.unresolved };
  }
  roleAssignment(r) {
    const roleId = this.text(r.body.get("role_definition_id"), r);
    const roleName2 = this.text(r.body.get("role_definition_name"), r);
    const role = roleId ?? roleName2;
    if (!role) {
      this.error(r, 'expected argument "role_definition_id" or "role_definition_name"');
      return;
    }
    const principalType = this.text(r.body.get("principal_type"), r);
    const principalTypeText = principalType && principalType.unresolved.length === 0 ? principalType.text : void 0;
    const who = this.principal(r.body.get("principal_id"), r, principalTypeText);
    const scope = this.scopeOf(r.body.get("scope"), r);
    const definition = roleId?.refs.find((x) => x.type === "azurerm_role_definition") ?? (roleName2 ? this.roleDefinitionsByName.get(roleName2.text.toLowerCase()) : void 0);
    const condition = this.text(r.body.get("condition"), r);
    const byDefinition = definition !== void 0 && (!roleId || roleId.unresolved.length > 0);
    this.add(
      roleAssignmentGrant({
        catalog: this.catalog,
        // `azurerm_role_definition.x.role_definition_resource_id` is computed: the definition's name says which role.
        role: byDefinition ? this.literalName(definition) : role.text,
        roleIsName: byDefinition || !roleId,
        principal: who.principal,
        principalType: principalTypeText,
        scope: scope.text,
        scopeKind: scope.kind,
        source: this.source(r, r.attrSpans.get(roleId ? "role_definition_id" : "role_definition_name")),
        // A role defined in the scan is known by name even when its id is computed.
        unresolved: [...definition ? [] : role.unresolved, ...who.unresolved, ...scope.unresolved],
        condition: condition?.text,
        resourceType: r.type,
        roleDefinition: definition?.address
      })
    );
  }
  literalName(r) {
    const name = this.text(r.body.get("name"), r);
    return name && name.unresolved.length === 0 ? name.text : r.address;
  }
  scopeOf(v, r) {
    const t = this.text(v, r);
    if (!t) return { text: void 0, kind: void 0, unresolved: [] };
    const fromId = scopeKindOfId(t.text);
    if (fromId) return { text: t.text, kind: fromId, unresolved: t.unresolved };
    const target = t.refs[0];
    const expr = v?.kind === "unknown" ? v.expr : t.text;
    const type = target?.type ?? /(?:^|\$\{)(?:data\.)?(azurerm_[a-z_]+)\./.exec(expr)?.[1];
    if (type) {
      const kind = SCOPE_KIND_OF_TYPE[type] ?? "resource";
      return { text: target?.address ?? t.text, kind, unresolved: target ? [] : t.unresolved };
    }
    return { text: t.text, kind: void 0, unresolved: t.unresolved };
  }
  roleDefinition(r) {
    const name = this.text(r.body.get("name"), r);
    const permissions = listOf(r.body.get("permissions"));
    const strings2 = (key) => permissions.flatMap((p) => p.kind === "object" ? this.strings(p.entries.get(key), r) : []);
    const unresolved = [...name?.unresolved ?? []];
    const scopes = this.strings(r.body.get("assignable_scopes"), r, unresolved);
    const scope = this.text(r.body.get("scope"), r);
    if (scopes.length === 0 && scope) scopes.push(scope.text);
    const id = this.text(r.body.get("role_definition_id"), r);
    this.add(
      roleDefinitionGrant({
        name: name?.text ?? r.address,
        id: id?.text,
        actions: strings2("actions"),
        notActions: strings2("not_actions"),
        dataActions: strings2("data_actions"),
        notDataActions: strings2("not_data_actions"),
        assignableScopes: scopes,
        scope: scope?.text,
        source: this.source(r, r.attrSpans.get("permissions")),
        unresolved: [...unresolved, ...permissions.flatMap((p) => p.kind === "unknown" ? [p.expr] : [])],
        resourceType: r.type
      })
    );
  }
  /** Texts of a list argument; unknown items go to `unresolved`. */
  strings(v, r, unresolved = []) {
    const out = [];
    for (const item of listOf(v)) {
      const t = this.text(item, r);
      if (!t) continue;
      if (item.kind === "unknown") unresolved.push(...t.unresolved);
      else out.push(t.text);
    }
    return out;
  }
  accessPolicy(r, body2, span, vault) {
    const who = this.principal(body2.get("object_id"), r);
    const permissions = {};
    const unresolved = [...who.unresolved];
    for (const [arg, kind] of Object.entries(ACCESS_POLICY_PERMISSIONS)) {
      const list3 = this.strings(body2.get(arg), r, unresolved);
      if (list3.length > 0) permissions[kind] = list3;
    }
    this.add(accessPolicyGrant({ principal: who.principal, vault, permissions, source: this.source(r, span), unresolved, resourceType: r.type }));
  }
  inlineAccessPolicies(r) {
    for (const block of listOf(r.body.get("access_policy"))) {
      if (block.kind !== "object") continue;
      this.accessPolicy(r, block.entries, block.span ?? r.attrSpans.get("access_policy") ?? r.span, r.address);
    }
  }
  directoryRole(r, roleArg, principalArg) {
    const role = this.text(r.body.get(roleArg), r);
    if (!role) {
      this.error(r, `expected argument "${roleArg}"`);
      return;
    }
    const declared = role.refs.find((x) => x.type === "azuread_directory_role");
    const roleText = declared ? this.text(declared.body.get("template_id"), declared) ?? this.text(declared.body.get("display_name"), declared) : void 0;
    const who = this.principal(r.body.get(principalArg), r);
    const scope = this.text(r.body.get("directory_scope_id"), r);
    this.add(
      directoryRoleGrant({
        principal: who.principal,
        role: roleText?.text ?? role.text,
        directoryScope: scope?.text,
        source: this.source(r, r.attrSpans.get(roleArg)),
        unresolved: [...roleText ? roleText.unresolved : role.unresolved, ...who.unresolved],
        resourceType: r.type
      })
    );
  }
  appRole(r) {
    const appRoleValue = r.body.get("app_role_id");
    const appRole = this.text(appRoleValue, r);
    if (!appRole) {
      this.error(r, 'expected argument "app_role_id"');
      return;
    }
    const expr = appRoleValue?.kind === "unknown" ? appRoleValue.expr : appRole.text;
    const named = /app_role_ids\[\s*"([^"]+)"\s*\]/.exec(expr)?.[1];
    const resource = this.text(r.body.get("resource_object_id"), r);
    const resourceRef = resource?.refs[0];
    const graphId = resourceRef ? this.text(resourceRef.body.get("client_id") ?? resourceRef.body.get("application_id"), resourceRef)?.text : void 0;
    const graph = graphId === MICROSOFT_GRAPH_APP_ID || /msgraph|microsoft_graph|graph/i.test(resource?.text ?? "") || /msgraph|graph/i.test(expr);
    const who = this.principal(r.body.get("principal_object_id"), r, "ServicePrincipal");
    this.add(
      appRoleGrant({
        principal: who.principal.type === "unknown" ? { ...who.principal, type: "service-principal" } : who.principal,
        appRole: named ?? appRole.text,
        resource: resourceRef?.address ?? resource?.text ?? "(unknown)",
        graph,
        source: this.source(r, r.attrSpans.get("app_role_id")),
        unresolved: [...named ? [] : appRole.unresolved, ...who.unresolved],
        resourceType: r.type
      })
    );
  }
};
function listOf(v) {
  if (!v || v.kind === "null") return [];
  return v.kind === "list" ? v.items : [v];
}

// src/analyze/azure/catalog-options.ts
var catalogs = /* @__PURE__ */ new WeakMap();
function azureRoleCatalog(options) {
  const extra = options.azureRoles;
  if (!extra || extra.length === 0) return DEFAULT_AZURE_ROLES;
  let catalog = catalogs.get(extra);
  if (!catalog) {
    catalog = new AzureRoleCatalog(extra);
    catalogs.set(extra, catalog);
  }
  return catalog;
}

// src/pipeline/frontends/terraform.ts
var TERRAFORM_EXTENSIONS = [".tf", ".tf.json", ".tfvars", ".tfvars.json"];
function isTerraformPath(p) {
  const lower = p.toLowerCase();
  return TERRAFORM_EXTENSIONS.some((ext2) => lower.endsWith(ext2));
}
var terraformFrontEnd = {
  format: "terraform",
  claims: (file) => isTerraformPath(file.path),
  partition: terraformComponents,
  run(files, all, options) {
    const evaluation = evaluateTerraform(files, all, options);
    const extractions = [
      extractAwsFromTerraform(evaluation.resources),
      extractGcpFromTerraform(evaluation.resources),
      extractAzureFromTerraform(evaluation.resources, azureRoleCatalog(options))
    ];
    const unresolvedModules = evaluation.unresolvedModules.map((m) => ({
      span: { ...m.span, address: m.span.address ?? m.address },
      expr: m.source,
      reason: m.reason
    }));
    const comments = /* @__PURE__ */ new Map();
    for (const [file, list3] of evaluation.comments) {
      comments.set(
        file,
        list3.map((c) => ({ line: c.line, column: c.column, text: c.text }))
      );
    }
    return {
      grants: extractions.flatMap((x) => x.grants),
      errors: [...evaluation.errors, ...extractions.flatMap((x) => x.errors)],
      unresolved: [...unresolvedModules, ...extractions.flatMap((x) => x.unresolved)],
      files: files.map((f) => f.path),
      comments
    };
  }
};

// src/pipeline/frontend.ts
function eachFileApart(files) {
  return files.map((f) => [f]);
}

// src/parse/cloudformation/json.ts
function parseJsonTemplate(text2, file) {
  const r = parseJsonValue(text2, { ...TEMPLATE_JSON, file, maxDepth: MAX_NESTING2 });
  return r.error ? { error: r.error } : { value: r.value, keySpans: r.keySpans };
}

// src/parse/tfplan/index.ts
function looksLikePlan(text2) {
  const head = text2.slice(0, 4096);
  return head.includes('"format_version"') && (text2.includes('"resource_changes"') || text2.includes('"planned_values"'));
}
function parsePlan(text2, file) {
  const parsed3 = parseJsonTemplate(text2, file);
  if (parsed3.error) return { error: { ...parsed3.error, message: parsed3.error.message.replace(/^invalid JSON/, "invalid plan JSON") } };
  const root = parsed3.value;
  if (root.kind !== "object" || !root.entries.has("format_version")) return { notPlan: true };
  if (!root.entries.has("resource_changes") && !root.entries.has("planned_values")) return { notPlan: true };
  const formatVersion = stringOf(getAttr2(root, "format_version")) ?? "";
  const resourceChanges = [];
  for (const rc of listOf2(getAttr2(root, "resource_changes"))) {
    const change = getAttr2(rc, "change");
    const entry = resourceEntry(rc, file);
    if (!entry) continue;
    resourceChanges.push({
      ...entry,
      actions: listOf2(getAttr2(change, "actions")).map((a) => stringOf(a)),
      ...present("before", getAttr2(change, "before")),
      ...present("after", getAttr2(change, "after")),
      ...present("afterUnknown", getAttr2(change, "after_unknown"))
    });
  }
  const plannedOnly = [];
  if (resourceChanges.length === 0) {
    const collect = (module) => {
      for (const r of listOf2(getAttr2(module, "resources"))) {
        const entry = resourceEntry(r, file);
        if (entry) plannedOnly.push({ ...entry, actions: ["create"], ...present("after", getAttr2(r, "values")) });
      }
      for (const child of listOf2(getAttr2(module, "child_modules"))) collect(child);
    };
    collect(getAttr2(getAttr2(root, "planned_values"), "root_module"));
  }
  const rootModule = getAttr2(getAttr2(root, "configuration"), "root_module");
  return {
    plan: {
      file,
      formatVersion,
      resourceChanges,
      plannedOnly,
      ...rootModule ? { configuration: moduleConfig(rootModule) } : {}
    }
  };
}
function resourceEntry(v, file) {
  const address = stringOf(getAttr2(v, "address"));
  const type = stringOf(getAttr2(v, "type"));
  const name = stringOf(getAttr2(v, "name"));
  if (!address || !type || !name) return void 0;
  const mode = stringOf(getAttr2(v, "mode")) === "data" ? "data" : "managed";
  const index = getAttr2(v, "index");
  return {
    address,
    moduleAddress: stringOf(getAttr2(v, "module_address")) ?? "",
    mode,
    type,
    name,
    ...index?.kind === "string" || index?.kind === "number" ? { index: index.value } : {},
    span: v.span ?? { file, line: 1, column: 1, endLine: 1, endColumn: 1 }
  };
}
function moduleConfig(module) {
  const resources = [];
  for (const r of listOf2(getAttr2(module, "resources"))) {
    const address = stringOf(getAttr2(r, "address"));
    const type = stringOf(getAttr2(r, "type"));
    const name = stringOf(getAttr2(r, "name"));
    if (!address || !type || !name) continue;
    const references = /* @__PURE__ */ new Map();
    const expressions = getAttr2(r, "expressions");
    if (expressions?.kind === "object") {
      for (const [key, expr] of expressions.entries) {
        const refs = listOf2(getAttr2(expr, "references")).map(stringOf).filter((x) => !!x);
        if (refs.length) references.set(key, refs);
      }
    }
    resources.push({ address, type, name, mode: stringOf(getAttr2(r, "mode")) === "data" ? "data" : "managed", references });
  }
  const calls = /* @__PURE__ */ new Map();
  const moduleCalls = getAttr2(module, "module_calls");
  if (moduleCalls?.kind === "object") {
    for (const [name, call] of moduleCalls.entries) {
      const child = getAttr2(call, "module");
      calls.set(name, { source: stringOf(getAttr2(call, "source")) ?? "", module: child ? moduleConfig(child) : { resources: [], calls: /* @__PURE__ */ new Map() } });
    }
  }
  return { resources, calls };
}
function present(key, v) {
  return v && v.kind !== "null" ? { [key]: v } : {};
}
function listOf2(v) {
  return v?.kind === "list" ? v.items : [];
}
function stringOf(v) {
  return v?.kind === "string" ? v.value : void 0;
}

// src/evaluate/tfplan/index.ts
import path7 from "node:path";
function planResources(plan, side, all) {
  const locate = configLocator(plan, all);
  const out = [];
  for (const rc of [...plan.resourceChanges, ...plan.plannedOnly]) {
    const value = side === "after" ? rc.after : rc.before;
    if (!value || value.kind !== "object") continue;
    if (side === "after" && rc.actions.length === 1 && rc.actions[0] === "delete") continue;
    const declared = locate(rc);
    const references = referencesOf(plan.configuration, rc);
    const body2 = /* @__PURE__ */ new Map();
    const attrSpans = /* @__PURE__ */ new Map();
    const unknownAttrs = side === "after" && rc.afterUnknown?.kind === "object" ? rc.afterUnknown.entries : void 0;
    for (const [key, v] of value.entries) {
      const span = declared?.attrSpans.get(key) ?? v.span;
      if (span) attrSpans.set(key, span);
      body2.set(key, declared ? respan(v, span ?? declared.span) : v);
    }
    for (const [key, flag] of unknownAttrs ?? []) {
      if (flag.kind === "bool" && flag.value === true) {
        const ref = references.get(key)?.find((r) => /\.[a-z_]+$/.test(r) && r.split(".").length >= 3);
        const target = ref ? absoluteRef(rc.moduleAddress, ref) : void 0;
        body2.set(key, {
          kind: "unknown",
          // Not written as a reference: an unknown attribute must not read as a link to itself.
          expr: ref ?? `(known after apply: ${rc.address}.${key})`,
          reason: "computed-attribute",
          ...target ? { ref: target } : {},
          ...attrSpans.get(key) ? { span: attrSpans.get(key) } : {}
        });
      }
    }
    const baseAddress = rc.address.replace(/\[[^\]]*\]$/, "");
    out.push({
      mode: rc.mode,
      type: rc.type,
      name: rc.name,
      address: rc.address,
      baseAddress,
      modulePath: rc.moduleAddress,
      span: { ...declared?.span ?? rc.span, address: rc.address },
      body: body2,
      attrSpans,
      ...rc.index !== void 0 ? { instanceKey: rc.index } : {}
    });
  }
  return out;
}
function absoluteRef(moduleAddress, ref) {
  const parts = ref.split(".");
  const isData = parts[0] === "data";
  const need = isData ? 4 : 3;
  if (parts.length < need || parts[0] === "var" || parts[0] === "local" || parts[0] === "module") return void 0;
  const address = parts.slice(0, need - 1).join(".");
  return { address: moduleAddress ? `${moduleAddress}.${address}` : address, attribute: parts.slice(need - 1).join(".") };
}
function referencesOf(config, rc) {
  const module = moduleConfigAt(config, rc.moduleAddress);
  const local = rc.address.slice(rc.moduleAddress ? rc.moduleAddress.length + 1 : 0).replace(/\[[^\]]*\]$/, "");
  return module?.resources.find((r) => r.address === local)?.references ?? /* @__PURE__ */ new Map();
}
function moduleConfigAt(config, moduleAddress) {
  let module = config;
  for (const name of moduleNames(moduleAddress)) module = module?.calls.get(name)?.module;
  return module;
}
function moduleNames(moduleAddress) {
  const names = [];
  const re = /module\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?/g;
  for (let m = re.exec(moduleAddress); m; m = re.exec(moduleAddress)) names.push(m[1]);
  return names;
}
function configLocator(plan, all) {
  const planDir = path7.posix.dirname(plan.file);
  const blocksByDir = /* @__PURE__ */ new Map();
  const blocksIn = (dir) => {
    let blocks = blocksByDir.get(dir);
    if (blocks) return blocks;
    blocks = /* @__PURE__ */ new Map();
    blocksByDir.set(dir, blocks);
    for (const file of all.values()) {
      if (path7.posix.dirname(file.path) !== dir) continue;
      const isJson3 = file.path.endsWith(".tf.json");
      if (!isJson3 && !file.path.endsWith(".tf")) continue;
      const parsed3 = isJson3 ? parseTfJson(file.text, file.path) : parseHcl(file.text, file.path);
      for (const block of parsed3.file.body.blocks) addBlock(blocks, block, file.path);
    }
    return blocks;
  };
  const dirOf2 = (moduleAddress) => {
    let dir = planDir;
    let module = plan.configuration;
    for (const name of moduleNames(moduleAddress)) {
      const call = module?.calls.get(name);
      if (!call || !/^\.\.?\//.test(call.source)) return void 0;
      dir = path7.posix.normalize(path7.posix.join(dir, call.source));
      module = call.module;
    }
    return dir;
  };
  return (rc) => {
    const dir = dirOf2(rc.moduleAddress);
    if (dir === void 0) return void 0;
    return blocksIn(dir === "." ? "." : dir).get(`${rc.mode}.${rc.type}.${rc.name}`);
  };
}
function addBlock(blocks, block, file) {
  if (block.blockType !== "resource" && block.blockType !== "data" || block.labels.length !== 2) return;
  const mode = block.blockType === "data" ? "data" : "managed";
  const attrSpans = /* @__PURE__ */ new Map();
  for (const attr of block.body.attributes) attrSpans.set(attr.name, spanOf(attr.range, file));
  for (const nested of block.body.blocks) if (!attrSpans.has(nested.blockType)) attrSpans.set(nested.blockType, spanOf(nested.range, file));
  blocks.set(`${mode}.${block.labels[0]}.${block.labels[1]}`, { span: spanOf(block.range, file), attrSpans });
}
function respan(v, span) {
  switch (v.kind) {
    case "list":
      return { ...v, span, items: v.items.map((i) => respan(i, span)) };
    case "object": {
      const entries = /* @__PURE__ */ new Map();
      for (const [k, x] of v.entries) entries.set(k, respan(x, span));
      return { ...v, span, entries };
    }
    default:
      return { ...v, span };
  }
}

// src/pipeline/frontends/tfplan.ts
function planGrants(files, all, side, options = {}) {
  const grants = [];
  const errors = [];
  const unresolved = [];
  const read = [];
  for (const file of files) {
    const { plan, error } = parsePlan(file.text, file.path);
    read.push(file.path);
    if (error) {
      errors.push(error);
      continue;
    }
    if (!plan) continue;
    const resources = planResources(plan, side, all);
    for (const extraction of [extractAwsFromTerraform(resources), extractGcpFromTerraform(resources), extractAzureFromTerraform(resources, azureRoleCatalog(options))]) {
      for (const g of extraction.grants) grants.push(reformatGrant(g, "tfplan", { planFile: file.path }));
      errors.push(...extraction.errors);
      unresolved.push(...extraction.unresolved);
    }
  }
  return { grants, errors, unresolved, files: read };
}
var tfplanFrontEnd = {
  format: "tfplan",
  claims: (file) => file.path.toLowerCase().endsWith(".json") && !file.path.endsWith(".tf.json") && looksLikePlan(file.text),
  run: (files, all, options) => planGrants(files, all, "after", options),
  // Each plan is read on its own.
  partition: eachFileApart
};

// src/pipeline/frontends/cloudformation.ts
import path8 from "node:path";

// src/parse/cloudformation/detect.ts
var QUOTE = 34;
var BACKSLASH = 92;
var COLON = 58;
var LBRACE = 123;
var RBRACE = 125;
var LBRACKET = 91;
var RBRACKET = 93;
var SLASH = 47;
function isJsonSpace(c) {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
function jsonTemplateByText(text2) {
  const n = text2.length;
  let p = text2.charCodeAt(0) === 65279 ? 1 : 0;
  while (p < n && isJsonSpace(text2.charCodeAt(p))) p++;
  if (text2.charCodeAt(p) !== LBRACE) return void 0;
  const isObject = [];
  const keyOf = [];
  let pendingKey;
  let resourcesKeys = 0;
  let typedResource = false;
  const resourceNames = /* @__PURE__ */ new Set();
  let typesInResource = 0;
  let backslash = text2.indexOf("\\", p);
  while (p < n) {
    const c = text2.charCodeAt(p);
    if (c === QUOTE) {
      const start = p + 1;
      let q = text2.indexOf('"', start);
      if (q < 0) return void 0;
      if (backslash >= 0 && backslash < start) backslash = text2.indexOf("\\", start);
      const escaped = backslash >= 0 && backslash < q;
      if (escaped) {
        for (q = backslash; q < n; q++) {
          const d = text2.charCodeAt(q);
          if (d === BACKSLASH) q++;
          else if (d === QUOTE) break;
        }
        if (q >= n) return void 0;
      }
      const end = q + 1;
      q = end;
      while (q < n && isJsonSpace(text2.charCodeAt(q))) q++;
      const depth = isObject.length;
      if (text2.charCodeAt(q) !== COLON || !isObject[depth - 1]) {
        p = end;
        continue;
      }
      const key = text2.slice(start, end - 1);
      const inResources = depth >= 2 && keyOf[1] === "Resources" && isObject[1] === true;
      if (escaped && depth <= 3) return void 0;
      if (depth === 1) {
        if (key === "AWSTemplateFormatVersion") return true;
        if (key === "Resources") resourcesKeys++;
      } else if (depth === 2 && inResources) {
        if (resourceNames.has(key)) return void 0;
        resourceNames.add(key);
      } else if (depth === 3 && inResources && key === "Type") {
        if (++typesInResource > 1) return void 0;
        let v = q + 1;
        while (v < n && isJsonSpace(text2.charCodeAt(v))) v++;
        if (text2.startsWith('"AWS::', v) || text2.startsWith('"Custom::', v)) typedResource = true;
      }
      pendingKey = key;
      p = q + 1;
      continue;
    }
    if (c === LBRACE || c === LBRACKET) {
      keyOf.push(isObject[isObject.length - 1] ? pendingKey : void 0);
      isObject.push(c === LBRACE);
      if (isObject.length === 3) typesInResource = 0;
      pendingKey = void 0;
    } else if (c === RBRACE || c === RBRACKET) {
      isObject.pop();
      keyOf.pop();
    } else if (c === SLASH) return void 0;
    p++;
  }
  return resourcesKeys === 1 && typedResource ? true : void 0;
}
function lineAt(text2, start) {
  let end = text2.indexOf("\n", start);
  const next = end === -1 ? text2.length : end + 1;
  if (end === -1) end = text2.length;
  let content = start;
  while (content < end && text2.charCodeAt(content) === 32) content++;
  return { start, end: end > start && text2.charCodeAt(end - 1) === 13 ? end - 1 : end, next, content };
}
function isEmptyLine(text2, line) {
  let p = line.content;
  while (p < line.end && text2.charCodeAt(p) === 9) p++;
  return p >= line.end || text2.charCodeAt(p) === 35;
}
var TOP_LEVEL_KEY = /^[A-Za-z0-9_][^\s:#]*[ \t]*:(?:[ \t]|$)/;
var RESOURCES_LINE = /^Resources[ \t]*:[ \t]*(?:#.*)?$/;
var ANY_RESOURCES_KEY = /^["']?Resources["']?[ \t]*:/gm;
var RESOURCE_NAME_LINE = /^( +)([A-Za-z0-9]+)[ \t]*:[ \t]*(?:#.*)?$/;
var TYPE_LINE = /^( +)Type[ \t]*:[ \t]+["']?(?:AWS|Custom)::/;
var BLOCK_SCALAR_HEADER = /(?:^|:|-)[ \t]+(?:![^\s]+[ \t]+)?[|>][-+0-9]*[ \t]*(?:#.*)?$/;
function yamlTemplateByText(text2) {
  if (text2.includes("\r") && /\r(?!\n)/.test(text2)) return void 0;
  const keys = text2.match(ANY_RESOURCES_KEY);
  if (keys?.length !== 1) return void 0;
  let p = text2.charCodeAt(0) === 65279 ? 1 : 0;
  let first = true;
  let blockScalarIndent = -1;
  for (; ; ) {
    if (p >= text2.length) return void 0;
    const line = lineAt(text2, p);
    const next = line.next;
    const indent = line.content - line.start;
    if (blockScalarIndent >= 0) {
      if (isEmptyLine(text2, line) && line.content >= line.end) {
        p = next;
        continue;
      }
      if (indent > blockScalarIndent) {
        p = next;
        continue;
      }
      blockScalarIndent = -1;
    }
    if (isEmptyLine(text2, line)) {
      p = next;
      continue;
    }
    const body2 = text2.slice(line.start, line.end);
    if (first) {
      first = false;
      if (body2.startsWith("---")) {
        if (!/^---[ \t]*(?:#.*)?$/.test(body2)) return void 0;
        first = true;
        p = next;
        continue;
      }
      if (!TOP_LEVEL_KEY.test(body2)) return void 0;
    }
    if (indent === 0 && RESOURCES_LINE.test(body2)) return firstResourceIsTyped(text2, next);
    if (!closesWhatItOpens(body2)) return void 0;
    if (BLOCK_SCALAR_HEADER.test(body2)) blockScalarIndent = indent;
    p = next;
  }
}
function firstResourceIsTyped(text2, from) {
  const lines = contentLines(text2, from, 2);
  if (lines.length < 2) return void 0;
  const nameMatch = RESOURCE_NAME_LINE.exec(text2.slice(lines[0].start, lines[0].end));
  const typeMatch = TYPE_LINE.exec(text2.slice(lines[1].start, lines[1].end));
  if (!nameMatch || !typeMatch) return void 0;
  const nameIndent = nameMatch[1].length;
  const typeIndent = typeMatch[1].length;
  if (typeIndent <= nameIndent) return void 0;
  if (keyLinesAt(text2, nameIndent, nameMatch[2]) !== 1) return void 0;
  for (let p = lines[1].next; p < text2.length; ) {
    const line = lineAt(text2, p);
    p = line.next;
    if (isEmptyLine(text2, line)) continue;
    const indent = line.content - line.start;
    if (indent <= nameIndent) break;
    if (indent === typeIndent && /^Type[ \t]*:/.test(text2.slice(line.content, line.end))) return void 0;
  }
  return true;
}
function keyLinesAt(text2, indent, key) {
  const needle = "\n" + " ".repeat(indent) + key;
  let count = 0;
  for (let at = text2.indexOf(needle); at !== -1; at = text2.indexOf(needle, at + needle.length)) {
    let p = at + needle.length;
    while (text2.charCodeAt(p) === 32 || text2.charCodeAt(p) === 9) p++;
    if (text2.charCodeAt(p) === COLON) count++;
  }
  return count;
}
function contentLines(text2, from, count) {
  const out = [];
  let p = from;
  while (out.length < count && p < text2.length) {
    const line = lineAt(text2, p);
    if (!isEmptyLine(text2, line)) out.push(line);
    p = line.next;
  }
  return out;
}
function closesWhatItOpens(line) {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c === QUOTE || c === 39) && (i === 0 || opensToken(line.charCodeAt(i - 1)))) {
      const close = c === QUOTE ? closingDoubleQuote(line, i + 1) : closingSingleQuote(line, i + 1);
      if (close === -1) return false;
      i = close;
    } else if (c === 35 && (i === 0 || line.charCodeAt(i - 1) === 32 || line.charCodeAt(i - 1) === 9)) break;
    else if (c === LBRACE || c === LBRACKET) depth++;
    else if ((c === RBRACE || c === RBRACKET) && --depth < 0) return false;
  }
  return depth === 0;
}
function opensToken(c) {
  return c === 32 || c === 9 || c === LBRACKET || c === LBRACE || c === 44 || c === COLON;
}
function closingDoubleQuote(line, from) {
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return -1;
}
function closingSingleQuote(line, from) {
  for (let i = from; i < line.length; i++) {
    if (line.charCodeAt(i) !== 39) continue;
    if (line.charCodeAt(i + 1) === 39) i++;
    else return i;
  }
  return -1;
}

// src/parse/cloudformation/intrinsics.ts
var SHORT_FORM_TAGS = new Map(
  [
    "Ref",
    "Condition",
    "Sub",
    "GetAtt",
    "Join",
    "If",
    "Select",
    "Split",
    "FindInMap",
    "Base64",
    "GetAZs",
    "ImportValue",
    "Equals",
    "Not",
    "And",
    "Or",
    "Cidr",
    "Transform",
    "Length",
    "ToJsonString"
  ].map((name) => ["!" + name, name === "Ref" || name === "Condition" ? name : "Fn::" + name])
);

// src/parse/cloudformation/yaml-fast.ts
var KEY_SPAN_DEPTH = PROPERTIES_DEPTH + 1;
var GiveUp = class extends Error {
  constructor(at) {
    super("outside the fast subset");
    this.at = at;
  }
  at;
};
var MAX_ALIAS_EXPANSION = 1e5;
var SPACE = 32;
var TAB = 9;
var LF = 10;
var CR = 13;
var HASH = 35;
var COLON2 = 58;
var DASH = 45;
var COMMA = 44;
var LBRACKET2 = 91;
var RBRACKET2 = 93;
var LBRACE2 = 123;
var RBRACE2 = 125;
var SQUOTE = 39;
var DQUOTE = 34;
var BANG = 33;
var AMP = 38;
var STAR = 42;
var PIPE = 124;
var GT = 62;
var INT = /^[-+]?[0-9]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
var NULL_WORDS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var TRUE_WORDS = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSE_WORDS = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
function resolvePlain(text2) {
  if (NULL_WORDS.has(text2)) return null;
  if (TRUE_WORDS.has(text2)) return true;
  if (FALSE_WORDS.has(text2)) return false;
  const c = text2.charCodeAt(0);
  if (c >= 48 && c <= 57 || c === DASH || c === 43 || c === 46) {
    if (INT.test(text2) || FLOAT.test(text2)) return Number(text2);
    if (/^0o[0-7]+$/.test(text2)) return parseInt(text2.slice(2), 8);
    if (/^0x[0-9a-fA-F]+$/.test(text2)) return parseInt(text2.slice(2), 16);
    if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text2)) return text2.startsWith("-") ? -Infinity : Infinity;
    if (/^\.(?:nan|NaN|NAN)$/.test(text2)) return NaN;
  }
  return text2;
}
var NO_PROPS = Object.freeze({});
function parseYamlFast(text2, file) {
  try {
    const reader = new FastYaml(text2, file);
    return { value: reader.document(), keySpans: reader.keySpans };
  } catch (e) {
    if (e instanceof GiveUp) return void 0;
    throw e;
  }
}
var FastYaml = class {
  constructor(text2, file) {
    this.text = text2;
    this.lines = new LineIndex(text2, file);
    if (text2.includes("	") && /^[ ]*\t/m.test(text2)) throw new GiveUp(0);
  }
  text;
  keySpans = /* @__PURE__ */ new WeakMap();
  lines;
  pos = 0;
  anchors = /* @__PURE__ */ new Map();
  nodeCount = 0;
  /** Indentation of the block collection holding the flow collection being read (its lines must go further). */
  flowBlockIndent = -1;
  aliasExpansion = 0;
  giveUp() {
    throw new GiveUp(this.pos);
  }
  span(start, end) {
    return this.lines.span(start, end);
  }
  /** Column (0-based) of an offset. */
  columnOf(offset) {
    let i = offset;
    while (i > 0 && this.text.charCodeAt(i - 1) !== LF) i--;
    return offset - i;
  }
  /** Skips spaces, line breaks and comments; returns whether a line break was crossed. */
  skipBlank() {
    const t = this.text;
    let p = this.pos;
    let crossed = false;
    for (; ; ) {
      const c = t.charCodeAt(p);
      if (c === SPACE || c === CR) p++;
      else if (c === LF) {
        crossed = true;
        p++;
      } else if (c === HASH && (p === 0 || isWhite(t.charCodeAt(p - 1)))) {
        while (p < t.length && t.charCodeAt(p) !== LF) p++;
      } else if (c === TAB) p++;
      else break;
    }
    this.pos = p;
    return crossed;
  }
  /** Spaces (and tabs) on the current line only. */
  skipInline() {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === SPACE || c === TAB) this.pos++;
      else break;
    }
  }
  /** After a node on a line: only spaces and a comment may follow before the line break. */
  atLineEnd() {
    const t = this.text;
    let p = this.pos;
    while (p < t.length && (t.charCodeAt(p) === SPACE || t.charCodeAt(p) === TAB)) p++;
    const c = t.charCodeAt(p);
    return p >= t.length || c === LF || c === CR || c === HASH && p > this.pos;
  }
  document() {
    const t = this.text;
    this.skipBlank();
    if (t.charCodeAt(this.pos) === 37) this.giveUp();
    if (t.startsWith("---", this.pos) && isBreakOrEnd(t.charCodeAt(this.pos + 3))) {
      if (this.columnOf(this.pos) !== 0) this.giveUp();
      this.pos += 3;
      this.skipBlank();
    }
    if (this.pos >= t.length) return { kind: "null", span: this.span(0, 0) };
    const node = this.blockNode(-1, 0, false);
    this.skipBlank();
    if (this.pos < t.length) {
      if (t.startsWith("...", this.pos) && isBreakOrEnd(t.charCodeAt(this.pos + 3))) {
        this.pos += 3;
        this.skipBlank();
        if (this.pos < t.length) this.giveUp();
      } else this.giveUp();
    }
    return node.value;
  }
  /**
   * A node in block context whose first character is at `this.pos` (blanks skipped). `parentIndent` is the indentation
   * of the enclosing collection; `inMapValue` allows a sequence at the parent's own indentation (`key:\n- item`).
   */
  blockNode(parentIndent, depth, inMapValue) {
    if (depth > MAX_NESTING2) this.giveUp();
    const t = this.text;
    const props = this.properties();
    if (props.tag !== void 0 || props.anchor !== void 0) {
      if (this.atLineEnd()) {
        this.skipBlank();
        const nextColumn = this.columnOf(this.pos);
        const c2 = t.charCodeAt(this.pos);
        if (this.pos >= t.length || nextColumn <= parentIndent && !(inMapValue && nextColumn === parentIndent && c2 === DASH)) {
          const at = props.end;
          const empty2 = props.tag !== void 0 ? { kind: "string", value: "", span: this.span(at, at) } : { kind: "null", span: this.span(at, at) };
          this.nodeCount++;
          return this.finish(props, { value: empty2, end: at }, depth);
        }
        const inner = this.blockNode(parentIndent, depth + 1, inMapValue);
        return this.finish(props, inner, depth);
      }
      this.skipInline();
    }
    const c = t.charCodeAt(this.pos);
    let node;
    if (c === DASH && isWhiteOrEnd(t.charCodeAt(this.pos + 1))) {
      if (props.tag !== void 0 || props.anchor !== void 0) {
        this.giveUp();
      }
      node = this.blockSequence(this.columnOf(this.pos), depth);
    } else if (c === STAR) {
      node = this.alias();
      if (this.isKeyIndicator()) this.giveUp();
    } else if (c === LBRACKET2 || c === LBRACE2) {
      this.flowBlockIndent = parentIndent;
      node = this.flowCollection(depth);
      if (this.isKeyIndicator()) this.giveUp();
    } else if (c === PIPE || c === GT) {
      node = this.blockScalar(parentIndent);
    } else if (this.implicitKeyAhead(false)) {
      if (props.tag !== void 0 || props.anchor !== void 0) {
        this.giveUp();
      }
      node = this.blockMapping(this.columnOf(this.pos), depth);
    } else {
      node = this.inlineScalar(parentIndent, props.tag !== void 0, false);
    }
    return this.finish(props, node, depth);
  }
  /** Applies a tag (long-form intrinsic object) and records an anchor. */
  finish(props, node, depth) {
    if (props === NO_PROPS) return node;
    let value = node.value;
    if (props.tag !== void 0) {
      const tag = props.tag;
      const key = SHORT_FORM_TAGS.get(tag) ?? tag;
      let argument = value;
      if (key === "Fn::GetAtt" && value.kind === "string") {
        const dot = value.value.indexOf(".");
        const parts = dot === -1 ? [value.value] : [value.value.slice(0, dot), value.value.slice(dot + 1)];
        argument = { kind: "list", items: parts.map((p) => ({ kind: "string", value: p, span: value.span })), span: value.span };
      }
      const span = this.spanTo(props.tagStart, value.span);
      const obj3 = { kind: "object", entries: (/* @__PURE__ */ new Map()).set(key, argument), span };
      if (depth <= KEY_SPAN_DEPTH) this.keySpans.set(obj3, (/* @__PURE__ */ new Map()).set(key, span));
      value = obj3;
      this.nodeCount++;
    }
    if (props.anchor !== void 0) this.anchors.set(props.anchor, { value, size: this.nodeCount - props.countBefore });
    return { value, end: node.end };
  }
  /** Tag and anchor before a node, in either order. */
  properties() {
    const t = this.text;
    const first = t.charCodeAt(this.pos);
    if (first !== BANG && first !== AMP) return NO_PROPS;
    const props = {};
    for (let i = 0; i < 2; i++) {
      const c = t.charCodeAt(this.pos);
      if (c === BANG && props.tag === void 0) this.readTag(props);
      else if (c === AMP && props.anchor === void 0) this.readAnchor(props);
      else break;
      if (!this.atLineEnd()) {
        const next = t.charCodeAt(this.pos);
        if (next !== SPACE && next !== TAB) this.giveUp();
        this.skipInline();
      }
    }
    if (props.anchor !== void 0 && props.tag !== void 0) this.giveUp();
    return props;
  }
  /** The tag at `this.pos` (`!Name`; verbatim and secondary tags are left to the yaml package). */
  readTag(props) {
    const t = this.text;
    if (t.charCodeAt(this.pos + 1) === BANG || t.charCodeAt(this.pos + 1) === 60) this.giveUp();
    const s = this.pos;
    const p = this.nameEnd(s + 1);
    if (p === s + 1) this.giveUp();
    props.tag = t.slice(s, p);
    props.tagStart = s;
    this.pos = p;
    props.end = p;
  }
  /** The anchor at `this.pos` (`&name`). */
  readAnchor(props) {
    const s = this.pos + 1;
    const p = this.nameEnd(s);
    if (p === s) this.giveUp();
    props.anchor = this.text.slice(s, p);
    props.countBefore = this.nodeCount;
    this.pos = p;
    props.end = p;
  }
  /** End of a tag, anchor or alias name: the next space, line break or flow indicator. */
  nameEnd(p) {
    const t = this.text;
    while (p < t.length && !isWhite(t.charCodeAt(p)) && !isFlowIndicator(t.charCodeAt(p))) p++;
    return p;
  }
  alias() {
    const t = this.text;
    const s = this.pos + 1;
    const p = this.nameEnd(s);
    const anchored = this.anchors.get(t.slice(s, p));
    if (!anchored) this.giveUp();
    this.aliasExpansion += anchored.size;
    if (this.aliasExpansion > MAX_ALIAS_EXPANSION) this.giveUp();
    this.pos = p;
    this.nodeCount += anchored.size;
    return { value: anchored.value, end: p };
  }
  /**
   * Whether the current line, from `this.pos`, holds an implicit key: `key:` followed by a space or the line end, or
   * in a flow collection (`[a, key: value]`) also by a flow indicator, or right after a quoted key (`"key":value`).
   */
  implicitKeyAhead(inFlow) {
    const t = this.text;
    let p = this.pos;
    const c = t.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      p = this.skipQuoted(p);
      if (p < 0) return false;
      while (t.charCodeAt(p) === SPACE) p++;
      return t.charCodeAt(p) === COLON2 && (inFlow || isWhiteOrEnd(t.charCodeAt(p + 1)));
    }
    if (c === BANG || c === AMP || c === STAR || c === LBRACKET2 || c === LBRACE2) return false;
    if (inFlow ? c === COMMA || c === RBRACKET2 : c === PIPE || c === GT) return false;
    for (; p < t.length; p++) {
      const d = t.charCodeAt(p);
      if (d === LF || inFlow && (d === CR || isFlowIndicator(d))) return false;
      if (d === COLON2) {
        const n = t.charCodeAt(p + 1);
        if (isWhiteOrEnd(n) || inFlow && isFlowIndicator(n)) return true;
      }
      if (d === HASH && isWhite(t.charCodeAt(p - 1))) return false;
    }
    return false;
  }
  /** End offset of a quoted scalar on one line starting at `p`, or -1 when it spans lines. */
  skipQuoted(p) {
    const t = this.text;
    const q = t.charCodeAt(p);
    for (let i = p + 1; i < t.length; i++) {
      const d = t.charCodeAt(i);
      if (d === LF) return -1;
      if (q === DQUOTE && d === 92) {
        i++;
        continue;
      }
      if (d === q) {
        if (q === SQUOTE && t.charCodeAt(i + 1) === SQUOTE) {
          i++;
          continue;
        }
        return i + 1;
      }
    }
    return -1;
  }
  isKeyIndicator() {
    const t = this.text;
    let p = this.pos;
    while (t.charCodeAt(p) === SPACE) p++;
    return t.charCodeAt(p) === COLON2;
  }
  blockMapping(indent, depth) {
    const t = this.text;
    const start = this.pos;
    const entries = /* @__PURE__ */ new Map();
    const spans = depth <= KEY_SPAN_DEPTH ? /* @__PURE__ */ new Map() : void 0;
    let end = start;
    let lastSpan;
    for (; ; ) {
      const keyStart = this.pos;
      const c = t.charCodeAt(keyStart);
      let key;
      if (c === DQUOTE || c === SQUOTE) {
        key = this.quotedScalar(Number.POSITIVE_INFINITY).value;
        this.skipInline();
      } else {
        if (c === DASH && isWhiteOrEnd(t.charCodeAt(keyStart + 1))) this.giveUp();
        if (c === 63 && isWhiteOrEnd(t.charCodeAt(keyStart + 1))) this.giveUp();
        let p = keyStart;
        while (p < t.length) {
          const d2 = t.charCodeAt(p);
          if (d2 === LF) this.giveUp();
          if (d2 === COLON2 && isWhiteOrEnd(t.charCodeAt(p + 1))) break;
          if (d2 === HASH && isWhite(t.charCodeAt(p - 1))) this.giveUp();
          p++;
        }
        let e = p;
        while (e > keyStart && isWhite(t.charCodeAt(e - 1))) e--;
        const raw = t.slice(keyStart, e);
        if (raw === "" || !isPlainStart(raw)) this.giveUp();
        key = String(resolvePlain(raw));
        this.pos = p;
      }
      if (t.charCodeAt(this.pos) !== COLON2) this.giveUp();
      this.nodeCount++;
      this.pos++;
      let value;
      let valueEnd;
      if (this.atLineEnd()) {
        this.skipInline();
        const nullAt = this.pos;
        this.skipBlank();
        const column2 = this.columnOf(this.pos);
        const d2 = t.charCodeAt(this.pos);
        if (this.pos < t.length && (column2 > indent || column2 === indent && d2 === DASH && isWhiteOrEnd(t.charCodeAt(this.pos + 1)))) {
          const node = this.blockNode(indent, depth + 1, true);
          value = node.value;
          valueEnd = node.end;
        } else {
          value = { kind: "null", span: this.span(nullAt, nullAt) };
          valueEnd = nullAt;
          this.nodeCount++;
        }
      } else {
        this.skipInline();
        if (t.charCodeAt(this.pos) === DASH && isWhiteOrEnd(t.charCodeAt(this.pos + 1))) this.giveUp();
        const node = this.blockNode(indent, depth + 1, true);
        value = node.value;
        valueEnd = node.end;
      }
      entries.delete(key);
      entries.set(key, value);
      spans?.set(key, this.spanTo(keyStart, value.span));
      end = valueEnd;
      lastSpan = value.span;
      this.skipBlank();
      if (this.pos >= t.length) break;
      const column = this.columnOf(this.pos);
      if (column < indent) break;
      if (column > indent) this.giveUp();
      const d = t.charCodeAt(this.pos);
      if (d === DASH && isWhiteOrEnd(t.charCodeAt(this.pos + 1))) break;
      if (t.startsWith("---", this.pos) || t.startsWith("...", this.pos)) {
        if (column === 0 && isBreakOrEnd(t.charCodeAt(this.pos + 3))) break;
      }
    }
    const obj3 = { kind: "object", entries, span: this.spanTo(start, lastSpan) };
    if (spans) this.keySpans.set(obj3, spans);
    this.nodeCount++;
    return { value: obj3, end };
  }
  /** From an offset to the end of a child's span (a collection ends where its last value ends). */
  spanTo(start, last) {
    return this.lines.spanTo(start, last);
  }
  blockSequence(indent, depth) {
    const t = this.text;
    const start = this.pos;
    const items2 = [];
    let end = start;
    let lastSpan;
    for (; ; ) {
      this.pos++;
      let node;
      if (this.atLineEnd()) {
        const dashEnd = this.pos;
        this.skipBlank();
        const column2 = this.columnOf(this.pos);
        if (this.pos < t.length && column2 > indent) node = this.blockNode(indent, depth + 1, false);
        else {
          node = { value: { kind: "null", span: this.span(dashEnd, dashEnd) }, end: dashEnd };
          this.nodeCount++;
        }
      } else {
        this.skipInline();
        node = this.blockNode(indent, depth + 1, false);
      }
      items2.push(node.value);
      end = node.end;
      lastSpan = node.value.span;
      this.skipBlank();
      if (this.pos >= t.length) break;
      const column = this.columnOf(this.pos);
      if (column < indent) break;
      const d = t.charCodeAt(this.pos);
      if (column > indent || d !== DASH || !isWhiteOrEnd(t.charCodeAt(this.pos + 1))) {
        if (column === indent && !(d === DASH && isWhiteOrEnd(t.charCodeAt(this.pos + 1)))) break;
        this.giveUp();
      }
    }
    this.nodeCount++;
    return { value: { kind: "list", items: items2, span: this.spanTo(start, lastSpan) }, end };
  }
  /** A scalar that starts on this line: quoted (possibly running over lines) or plain (one line only). */
  inlineScalar(parentIndent, tagged, inFlow) {
    const t = this.text;
    const start = this.pos;
    const c = t.charCodeAt(start);
    this.nodeCount++;
    if (c === DQUOTE || c === SQUOTE) {
      const quoted = this.quotedScalar(inFlow ? this.flowBlockIndent : parentIndent);
      return { value: { kind: "string", value: quoted.value, span: this.span(start, this.pos) }, end: this.pos };
    }
    let p = start;
    while (p < t.length) {
      const d = t.charCodeAt(p);
      if (d === LF || d === CR) break;
      if (d === HASH && isWhite(t.charCodeAt(p - 1))) break;
      if (d === COLON2) {
        const n = t.charCodeAt(p + 1);
        if (isWhiteOrEnd(n) || inFlow && isFlowIndicator(n)) {
          if (inFlow) break;
          this.giveUp();
        }
      }
      if (inFlow && isFlowIndicator(d)) break;
      p++;
    }
    let e = p;
    while (e > start && isWhite(t.charCodeAt(e - 1))) e--;
    let raw = t.slice(start, e);
    if (raw !== "" && !isPlainStart(raw)) this.giveUp();
    if (!inFlow && raw !== "") {
      const folded = this.plainContinuation(raw, e, parentIndent);
      raw = folded.text;
      e = folded.end;
    }
    this.pos = e;
    const span = this.span(start, e);
    if (tagged) return { value: { kind: "string", value: raw, span }, end: e };
    const resolved = resolvePlain(raw);
    if (resolved === null) return { value: { kind: "null", span }, end: e };
    if (typeof resolved === "boolean") return { value: { kind: "bool", value: resolved, span }, end: e };
    if (typeof resolved === "number") {
      return { value: String(resolved) === raw ? { kind: "number", value: resolved, span } : { kind: "string", value: raw, span }, end: e };
    }
    return { value: { kind: "string", value: resolved, span }, end: e };
  }
  /**
   * A plain scalar (block context) continued on following lines indented past its parent: YAML folds one line break
   * into a space and each empty line into a newline. `end` is just after the text read so far; returns the whole text
   * and where it ends (unchanged when no line continues it).
   */
  plainContinuation(first, firstEnd, parentIndent) {
    const t = this.text;
    const n = t.length;
    let text2 = first;
    let end = firstEnd;
    for (; ; ) {
      let p = end;
      while (p < n && (t.charCodeAt(p) === SPACE || t.charCodeAt(p) === TAB)) p++;
      if (p < n && t.charCodeAt(p) === CR) p++;
      if (p >= n || t.charCodeAt(p) !== LF) break;
      let breaks = 0;
      let lineStart = p;
      let s = p;
      while (s < n && t.charCodeAt(s) === LF) {
        breaks++;
        lineStart = s + 1;
        s = lineStart;
        while (s < n && (t.charCodeAt(s) === SPACE || t.charCodeAt(s) === TAB)) s++;
        if (s < n && t.charCodeAt(s) === CR) s++;
      }
      if (s >= n) break;
      let indentEnd = lineStart;
      while (indentEnd < n && t.charCodeAt(indentEnd) === SPACE) indentEnd++;
      const indent = indentEnd - lineStart;
      const c = t.charCodeAt(s);
      if (indent <= parentIndent || c === HASH) break;
      if (c === DASH && (s + 1 >= n || isWhite(t.charCodeAt(s + 1))) && indent <= parentIndent + 1) break;
      if (parentIndent < 0 || !isPlainStart(t.slice(s, s + 2)) || c === DASH || c === 63 || c === COLON2) this.giveUp();
      let q = s;
      let comment = false;
      for (; q < n; q++) {
        const d = t.charCodeAt(q);
        if (d === LF || d === CR) break;
        if (d === HASH && isWhite(t.charCodeAt(q - 1))) {
          comment = true;
          break;
        }
        if (d === COLON2 && (q + 1 >= n || isWhite(t.charCodeAt(q + 1)))) this.giveUp();
      }
      let lineEnd = q;
      while (lineEnd > s && isWhite(t.charCodeAt(lineEnd - 1))) lineEnd--;
      text2 += (breaks === 1 ? " " : "\n".repeat(breaks - 1)) + t.slice(s, lineEnd);
      end = lineEnd;
      if (comment) break;
    }
    return { text: text2, end };
  }
  /**
   * A single- or double-quoted scalar at `this.pos`, folded over lines as YAML does. Its continuation lines must be
   * indented past `parentIndent` (the enclosing block collection's indentation).
   */
  quotedScalar(parentIndent) {
    const t = this.text;
    const q = t.charCodeAt(this.pos);
    let p = this.pos + 1;
    let out = "";
    let chunk = p;
    for (; ; ) {
      if (p >= t.length) this.giveUp();
      const d = t.charCodeAt(p);
      if (d === q) {
        if (q === SQUOTE && t.charCodeAt(p + 1) === SQUOTE) {
          out += t.slice(chunk, p + 1);
          p += 2;
          chunk = p;
          continue;
        }
        out += t.slice(chunk, p);
        this.pos = p + 1;
        return { value: out };
      }
      if (q === DQUOTE && d === 92) {
        out += t.slice(chunk, p);
        const e = t[p + 1];
        p += 2;
        switch (e) {
          case "n":
            out += "\n";
            break;
          case "t":
          case "	":
            out += "	";
            break;
          case "r":
            out += "\r";
            break;
          case '"':
            out += '"';
            break;
          case "\\":
            out += "\\";
            break;
          case "/":
            out += "/";
            break;
          case " ":
            out += " ";
            break;
          case "0":
            out += "\0";
            break;
          case "a":
            out += "\x07";
            break;
          case "b":
            out += "\b";
            break;
          case "e":
            out += "\x1B";
            break;
          case "f":
            out += "\f";
            break;
          case "v":
            out += "\v";
            break;
          case "x":
          case "u":
          case "U": {
            const n = e === "x" ? 2 : e === "u" ? 4 : 8;
            const hex = t.slice(p, p + n);
            if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) this.giveUp();
            out += String.fromCodePoint(parseInt(hex, 16));
            p += n;
            break;
          }
          case "\n":
          case "\r": {
            if (e === "\r" && t.charCodeAt(p) === LF) p++;
            while (t.charCodeAt(p) === SPACE || t.charCodeAt(p) === TAB) p++;
            break;
          }
          default:
            this.giveUp();
        }
        chunk = p;
        continue;
      }
      if (d === LF || d === CR) {
        let e = p;
        while (e > chunk && isWhite(t.charCodeAt(e - 1))) e--;
        out += t.slice(chunk, e);
        let breaks = 0;
        while (p < t.length) {
          const f = t.charCodeAt(p);
          if (f === LF) {
            breaks++;
            p++;
          } else if (f === SPACE || f === TAB || f === CR) p++;
          else break;
        }
        if (t.startsWith("---", p) || t.startsWith("...", p)) {
          if (this.columnOf(p) === 0) this.giveUp();
        }
        if (p < t.length && this.columnOf(p) <= parentIndent) this.giveUp();
        out += breaks > 1 ? "\n".repeat(breaks - 1) : " ";
        chunk = p;
        continue;
      }
      p++;
    }
  }
  /** `|` and `>` scalars with chomping and indentation indicators. */
  blockScalar(parentIndent) {
    const t = this.text;
    const start = this.pos;
    const literal2 = t.charCodeAt(start) === PIPE;
    let p = start + 1;
    let chomp = "clip";
    let explicit = 0;
    for (let i = 0; i < 2; i++) {
      const d = t.charCodeAt(p);
      if (d === DASH) chomp = "strip";
      else if (d === 43) chomp = "keep";
      else if (d >= 49 && d <= 57) explicit = d - 48;
      else break;
      p++;
    }
    this.pos = p;
    if (!this.atLineEnd()) this.giveUp();
    while (p < t.length && t.charCodeAt(p) !== LF) p++;
    const headerEnd = p;
    p++;
    const baseIndent = Math.max(parentIndent, 0);
    if (explicit > 0 && parentIndent < 0) this.giveUp();
    let contentIndent = explicit > 0 ? parentIndent + explicit : -1;
    const lines = [];
    let lastContentEnd = headerEnd;
    let q = p;
    let leadingMax = 0;
    while (q <= t.length) {
      let lineEnd = t.indexOf("\n", q);
      if (lineEnd === -1) lineEnd = t.length;
      let s = q;
      while (s < lineEnd && t.charCodeAt(s) === SPACE) s++;
      const blank = s >= lineEnd || s === lineEnd - 1 && t.charCodeAt(s) === CR;
      const indentHere = s - q;
      if (blank && contentIndent >= 0 && indentHere > contentIndent) {
        if (!literal2) this.giveUp();
        lines.push(t.slice(q + contentIndent, s));
        lastContentEnd = s;
      } else if (blank) {
        if (contentIndent < 0) leadingMax = Math.max(leadingMax, indentHere);
        lines.push("");
      } else {
        if (contentIndent < 0) {
          if (indentHere <= baseIndent && parentIndent >= 0) break;
          if (indentHere < leadingMax) this.giveUp();
          contentIndent = indentHere;
        }
        if (indentHere < contentIndent) break;
        if (t.charCodeAt(s) === TAB) this.giveUp();
        let content = t.slice(q + contentIndent, lineEnd);
        if (content.endsWith("\r")) content = content.slice(0, -1);
        lines.push(content);
        lastContentEnd = lineEnd;
      }
      if (lineEnd >= t.length) {
        q = t.length + 1;
        break;
      }
      q = lineEnd + 1;
    }
    let contentLines2 = lines.length;
    while (contentLines2 > 0 && lines[contentLines2 - 1] === "") contentLines2--;
    const trailingBlank = lines.length - contentLines2;
    const body2 = lines.slice(0, contentLines2);
    let value;
    if (literal2) value = body2.join("\n");
    else {
      value = "";
      let started = false;
      let previousIndented = false;
      let emptyLines = 0;
      for (const line of body2) {
        if (line === "") {
          emptyLines++;
          continue;
        }
        const indented = line.charCodeAt(0) === SPACE || line.charCodeAt(0) === TAB;
        if (!started) value = "\n".repeat(emptyLines) + line;
        else if (!indented && !previousIndented) value += (emptyLines === 0 ? " " : "\n".repeat(emptyLines)) + line;
        else value += "\n".repeat(emptyLines + 1) + line;
        started = true;
        previousIndented = indented;
        emptyLines = 0;
      }
    }
    if (body2.length > 0) {
      if (chomp === "clip") value += "\n";
      else if (chomp === "keep") value += "\n".repeat(1 + trailingBlank);
    } else if (chomp === "keep") value = "\n".repeat(trailingBlank);
    const resume = lastContentEnd;
    this.pos = resume;
    this.nodeCount++;
    return { value: { kind: "string", value, span: this.span(start, resume) }, end: resume };
  }
  flowCollection(depth) {
    if (depth > MAX_NESTING2) this.giveUp();
    const t = this.text;
    const start = this.pos;
    const open = t.charCodeAt(start);
    const close = open === LBRACKET2 ? RBRACKET2 : RBRACE2;
    this.pos++;
    const items2 = [];
    const entries = /* @__PURE__ */ new Map();
    const spans = depth <= KEY_SPAN_DEPTH ? /* @__PURE__ */ new Map() : void 0;
    for (; ; ) {
      this.skipBlank();
      const c = t.charCodeAt(this.pos);
      if (this.pos >= t.length) this.giveUp();
      if (c === close) {
        this.pos++;
        break;
      }
      if (open === LBRACE2) {
        const keyStart = this.pos;
        const key = this.flowKey();
        const value = this.flowPairValue(depth, close);
        entries.delete(key);
        entries.set(key, value);
        spans?.set(key, this.spanTo(keyStart, value.span));
      } else if (this.implicitKeyAhead(true)) {
        const keyStart = this.pos;
        const key = this.flowKey();
        const value = this.flowPairValue(depth + 1, close);
        const span2 = this.spanTo(keyStart, value.span);
        const pair2 = { kind: "object", entries: /* @__PURE__ */ new Map([[key, value]]), span: span2 };
        if (depth + 1 <= KEY_SPAN_DEPTH) this.keySpans.set(pair2, /* @__PURE__ */ new Map([[key, span2]]));
        this.nodeCount++;
        items2.push(pair2);
      } else {
        const node = this.flowNode(depth + 1);
        this.skipBlank();
        if (t.charCodeAt(this.pos) === COLON2) this.giveUp();
        items2.push(node.value);
      }
      this.skipBlank();
      const d = t.charCodeAt(this.pos);
      if (d === COMMA) {
        this.pos++;
        continue;
      }
      if (d === close) {
        this.pos++;
        break;
      }
      this.giveUp();
    }
    this.nodeCount++;
    const span = this.span(start, this.pos);
    if (open === LBRACKET2) return { value: { kind: "list", items: items2, span }, end: this.pos };
    const obj3 = { kind: "object", entries, span };
    if (spans) this.keySpans.set(obj3, spans);
    return { value: obj3, end: this.pos };
  }
  /** A scalar key in a flow collection, up to (not including) its `:`. */
  flowKey() {
    const t = this.text;
    const c = t.charCodeAt(this.pos);
    let key;
    if (c === DQUOTE || c === SQUOTE) {
      key = this.quotedScalar(this.flowBlockIndent).value;
      this.nodeCount++;
    } else {
      if (c === BANG || c === AMP || c === STAR || c === LBRACKET2 || c === LBRACE2 || c === 63) this.giveUp();
      const node = this.inlineScalar(-1, false, true);
      if (node.value.kind === "list" || node.value.kind === "object") this.giveUp();
      key = node.value.kind === "null" ? node.value.span.endColumn === node.value.span.column ? "" : "null" : String(node.value.value);
      if (node.value.kind === "string" && node.value.value === "") this.giveUp();
    }
    this.skipBlank();
    if (t.charCodeAt(this.pos) !== COLON2) this.giveUp();
    this.pos++;
    return key;
  }
  /** The value after a flow key's `:`. */
  flowPairValue(depth, close) {
    this.skipBlank();
    const d = this.text.charCodeAt(this.pos);
    if (d === COMMA || d === close) this.giveUp();
    return this.flowNode(depth + 1).value;
  }
  flowNode(depth) {
    const t = this.text;
    const props = this.flowProperties();
    const c = t.charCodeAt(this.pos);
    let node;
    if (c === LBRACKET2 || c === LBRACE2) node = this.flowCollection(depth);
    else if (c === STAR) node = this.alias();
    else if (props.tag !== void 0 && (c === COMMA || c === RBRACKET2 || c === RBRACE2)) {
      if (t.lastIndexOf("\n", this.pos) >= props.tagStart) this.giveUp();
      this.nodeCount++;
      node = { value: { kind: "string", value: "", span: this.span(this.pos, this.pos) }, end: this.pos };
    } else node = this.inlineScalar(-1, props.tag !== void 0, true);
    return this.finish(props, node, depth);
  }
  flowProperties() {
    const t = this.text;
    const first = t.charCodeAt(this.pos);
    if (first !== BANG && first !== AMP) return NO_PROPS;
    const props = {};
    for (let i = 0; i < 2; i++) {
      const c = t.charCodeAt(this.pos);
      if (c !== BANG && c !== AMP) break;
      if (c === BANG) {
        if (props.tag !== void 0) this.giveUp();
        this.readTag(props);
      } else {
        if (props.anchor !== void 0) this.giveUp();
        this.readAnchor(props);
      }
      const before = this.pos;
      this.skipBlank();
      if (this.pos === before && !isFlowIndicator(t.charCodeAt(this.pos))) this.giveUp();
    }
    if (props.anchor !== void 0 && props.tag !== void 0) this.giveUp();
    return props;
  }
};
function isWhite(c) {
  return c === SPACE || c === TAB || c === LF || c === CR;
}
function isWhiteOrEnd(c) {
  return Number.isNaN(c) || isWhite(c);
}
function isBreakOrEnd(c) {
  return Number.isNaN(c) || c === LF || c === CR || c === SPACE;
}
function isFlowIndicator(c) {
  return c === COMMA || c === LBRACKET2 || c === RBRACKET2 || c === LBRACE2 || c === RBRACE2;
}
function isPlainStart(raw) {
  const c = raw.charCodeAt(0);
  if (c === DASH || c === 63 || c === COLON2) return raw.length > 1 && !isWhite(raw.charCodeAt(1));
  return !(c === COMMA || c === LBRACKET2 || c === RBRACKET2 || c === LBRACE2 || c === RBRACE2 || c === HASH || c === AMP || c === STAR || c === BANG || c === PIPE || c === GT || c === SQUOTE || c === DQUOTE || c === 37 || c === 64 || c === 96);
}

// src/parse/cloudformation/yaml.ts
function parseYamlTemplate(text2, file) {
  return parseYamlFast(text2, file) ?? parseYamlWithPackage(text2, file);
}
function parseYamlWithPackage(text2, file) {
  let lines = new LineIndex(text2, file);
  const tooDeep = deepNestingOffset(text2);
  if (tooDeep !== void 0) return { error: parseError(lines, tooDeep, `template nested deeper than ${MAX_NESTING2} levels`) };
  let doc;
  try {
    doc = parseYaml(text2);
  } catch (e) {
    return { error: parseError(lines, 0, `invalid YAML: ${e.message}`) };
  }
  const first = doc.errors[0];
  if (first) {
    const reindented = doc.errors.some((e) => e.code === "BAD_INDENT") ? reindentFlowContinuations(text2) : void 0;
    const retry = reindented ? parseYaml(reindented.text) : void 0;
    if (!reindented || !retry || retry.errors.length > 0) {
      return { error: parseError(lines, first.pos[0], `invalid YAML: ${firstLine(first.message)}`) };
    }
    doc = retry;
    lines = new LineIndex(reindented.text, file, reindented.shifts);
  }
  const converter = new YamlConverter(lines, doc);
  try {
    const value = doc.contents ? converter.convert(doc.contents, 0) : { kind: "null", span: lines.span(0, 0) };
    return { value, keySpans: converter.keySpans };
  } catch (e) {
    if (e instanceof NestingError) return { error: parseError(lines, e.offset, e.message) };
    throw e;
  }
}
function parseYaml(text2) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return yamlPackage().parseDocument(text2, { uniqueKeys: false, prettyErrors: false, strict: false });
  } finally {
    Error.stackTraceLimit = limit;
  }
}
function reindentFlowContinuations(text2) {
  const lines = text2.split("\n");
  const shifts = /* @__PURE__ */ new Map();
  let depth = 0;
  let openerIndent = 0;
  let quote;
  let blockScalarIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    const indent = line.length - line.trimStart().length;
    if (depth > 0 && quote === void 0 && line.trim() !== "" && indent <= openerIndent) {
      const add = openerIndent + 1 - indent;
      line = " ".repeat(add) + line;
      lines[i] = line;
      shifts.set(i + 1, add);
    }
    if (blockScalarIndent >= 0) {
      if (line.trim() === "" || indent > blockScalarIndent) continue;
      blockScalarIndent = -1;
    }
    if (depth === 0) openerIndent = indent;
    if (depth === 0 && quote === void 0 && /(?:^|[\s:-])[|>][-+0-9]*\s*(?:#.*)?$/.test(line)) {
      blockScalarIndent = indent;
      continue;
    }
    for (let j = 0; j < line.length; j++) {
      const c = line[j];
      if (quote !== void 0) {
        if (c === quote) {
          if (quote === "'" && line[j + 1] === "'") j++;
          else quote = void 0;
        } else if (c === "\\" && quote === '"') j++;
        continue;
      }
      if (c === "#" && (j === 0 || line[j - 1] === " " || line[j - 1] === "	")) break;
      if ((c === '"' || c === "'") && (j === 0 || /[\s\[{,:]/.test(line[j - 1]))) quote = c;
      else if (c === "[" || c === "{") depth++;
      else if ((c === "]" || c === "}") && depth > 0) depth--;
    }
    if (quote === "'" && depth === 0) quote = void 0;
  }
  return shifts.size > 0 ? { text: lines.join("\n"), shifts } : void 0;
}
var NestingError = class extends Error {
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var MAX_ALIAS_EXPANSION2 = 1e5;
var YamlConverter = class {
  constructor(lines, doc) {
    this.lines = lines;
    this.doc = doc;
  }
  lines;
  doc;
  keySpans = /* @__PURE__ */ new WeakMap();
  /** Anchored nodes being converted, to stop an alias that refers to its own ancestor. */
  resolving = /* @__PURE__ */ new Set();
  aliasExpansion = 0;
  convert(node, depth) {
    const range2 = node.range ?? [0, 0, 0];
    if (depth > MAX_NESTING2) throw new NestingError(range2[0], `template nested deeper than ${MAX_NESTING2} levels`);
    if (this.resolving.size > 0 && ++this.aliasExpansion > MAX_ALIAS_EXPANSION2) {
      throw new NestingError(range2[0], `aliases expand to more than ${MAX_ALIAS_EXPANSION2} nodes`);
    }
    const tag = node.tag;
    const intrinsic = tag && tag.startsWith("!") && !tag.startsWith("!!") ? tag : void 0;
    const start = intrinsic ? this.tagStart(range2[0], intrinsic) : range2[0];
    const own = this.lines.span(range2[0], range2[1]);
    const inner = this.convertUntagged(node, depth, own);
    if (!intrinsic) return inner;
    const tagged = this.lines.span(start, range2[0]);
    const span = { ...tagged, endLine: inner.span.endLine, endColumn: inner.span.endColumn };
    const key = SHORT_FORM_TAGS.get(intrinsic) ?? intrinsic;
    let argument = inner;
    if (key === "Fn::GetAtt" && inner.kind === "string") {
      const dot = inner.value.indexOf(".");
      const parts = dot === -1 ? [inner.value] : [inner.value.slice(0, dot), inner.value.slice(dot + 1)];
      argument = { kind: "list", items: parts.map((p) => ({ kind: "string", value: p, span: inner.span })), span: inner.span };
    }
    const obj3 = { kind: "object", entries: /* @__PURE__ */ new Map([[key, argument]]), span };
    this.keySpans.set(obj3, /* @__PURE__ */ new Map([[key, span]]));
    return obj3;
  }
  convertUntagged(node, depth, span) {
    const { isAlias, isMap, isScalar, isSeq } = yamlPackage();
    if (isScalar(node)) {
      const v = node.value;
      if (v === null || v === void 0) return { kind: "null", span };
      if (typeof v === "string") return { kind: "string", value: v, span };
      if (typeof v === "boolean") return { kind: "bool", value: v, span };
      if (typeof v === "number" || typeof v === "bigint") {
        const source = node.source;
        if (typeof source === "string" && source !== String(v)) return { kind: "string", value: source, span };
        return typeof v === "bigint" ? { kind: "string", value: String(v), span } : { kind: "number", value: v, span };
      }
      return { kind: "string", value: String(v), span };
    }
    if (isMap(node)) {
      const entries = /* @__PURE__ */ new Map();
      const spans = /* @__PURE__ */ new Map();
      let lastValueSpan;
      for (const pair2 of node.items) {
        const keyNode = pair2.key;
        const key = keyNode === null ? "" : isScalar(keyNode) ? String(keyNode.value) : JSON.stringify(keyNode.toJSON());
        const value = pair2.value ? this.convert(pair2.value, depth + 1) : { kind: "null", span: this.keyOnlySpan(keyNode) };
        entries.delete(key);
        entries.set(key, value);
        lastValueSpan = value.span;
        const keyStart = keyNode?.range?.[0] ?? 0;
        const keySpan = this.lines.span(keyStart, keyNode?.range?.[1] ?? keyStart);
        spans.set(key, { ...keySpan, endLine: value.span.endLine, endColumn: value.span.endColumn });
      }
      const obj3 = { kind: "object", entries, span: node.flow ? span : this.endAtLast(span, lastValueSpan ? [lastValueSpan] : []) };
      this.keySpans.set(obj3, spans);
      return obj3;
    }
    if (isSeq(node)) {
      const items2 = node.items.map((item) => this.convert(item, depth + 1));
      return { kind: "list", items: items2, span: node.flow ? span : this.endAtLast(span, items2.map((i) => i.span)) };
    }
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target || this.resolving.has(target)) return { kind: "null", span };
      this.resolving.add(target);
      try {
        return this.convert(target, depth + 1);
      } finally {
        this.resolving.delete(target);
      }
    }
    return { kind: "null", span };
  }
  /** A block collection ends where its last item ends. */
  endAtLast(span, children) {
    const last = children[children.length - 1];
    return last ? { ...span, endLine: last.endLine, endColumn: last.endColumn } : span;
  }
  keyOnlySpan(keyNode) {
    const r = keyNode?.range ?? [0, 0];
    return this.lines.span(r[1], r[1]);
  }
  /** The tag precedes its node (`!Sub 'x'`): start the intrinsic's span at the `!`. */
  tagStart(valueStart, tag) {
    const text2 = this.lines.text;
    let i = valueStart;
    while (i > 0 && /\s/.test(text2[i - 1])) i--;
    return text2.startsWith(tag, i - tag.length) ? i - tag.length : valueStart;
  }
};
function deepNestingOffset(text2) {
  let depth = 0;
  let quote = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === 32) {
        if (++indent > 4 * MAX_NESTING2) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote !== 0) {
      if (c === quote) quote = 0;
      else if (c === 92 && quote === 34) i++;
      continue;
    }
    if (c === 34 || c === 39) quote = c;
    else if (c === 35 && (i === 0 || text2.charCodeAt(i - 1) === 32)) {
      while (i < text2.length && text2.charCodeAt(i) !== 10) i++;
      i--;
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_NESTING2) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return void 0;
}
function parseError(lines, offset, message) {
  const { line, column } = lines.position(Math.min(offset, lines.text.length));
  return { file: lines.file, line, column, message, code: "parse" };
}
function firstLine(s) {
  const nl = s.indexOf("\n");
  return (nl === -1 ? s : s.slice(0, nl)).trim();
}

// src/parse/cloudformation/index.ts
var TEMPLATE_EXTENSIONS = [".yaml", ".yml", ".json", ".template"];
function hasTemplateExtension(path13) {
  const lower = path13.toLowerCase();
  return TEMPLATE_EXTENSIONS.some((ext2) => lower.endsWith(ext2));
}
function parseTemplate(text2, file) {
  return isJsonTemplate(text2, file) ? parseJsonTemplate(text2, file) : parseYamlTemplate(text2, file);
}
function isJsonTemplate(text2, file) {
  const lower = file.toLowerCase();
  return lower.endsWith(".json") || lower.endsWith(".template") && /^\uFEFF?\s*\{/.test(text2);
}
function mayBeTemplateText(text2) {
  return text2.includes("AWSTemplateFormatVersion") || text2.includes("Resources") && (text2.includes("AWS::") || text2.includes("Custom::"));
}
function declaresTemplate(text2) {
  return text2.includes("AWSTemplateFormatVersion") || /^(?:Resources\s*:|\s*\{?\s*"Resources"\s*:)/m.test(text2);
}
function templateByText(text2, yaml2) {
  if (!declaresTemplate(text2)) return void 0;
  return yaml2 ? yamlTemplateByText(text2) : jsonTemplateByText(text2);
}
function isTemplate(doc) {
  if (doc.kind !== "object") return false;
  if (doc.entries.has("AWSTemplateFormatVersion")) return true;
  const resources = doc.entries.get("Resources");
  if (resources?.kind !== "object") return false;
  for (const resource of resources.entries.values()) {
    if (resource.kind !== "object") continue;
    const type = resource.entries.get("Type");
    if (type?.kind === "string" && (type.value.startsWith("AWS::") || type.value.startsWith("Custom::"))) return true;
  }
  return false;
}

// src/evaluate/cloudformation/template.ts
var RESOURCE_ADDRESS_PREFIX = "Resources/";
function addressOf(logicalId, resource) {
  const metadata = resource.entries.get("Metadata");
  const cdkPath = metadata?.kind === "object" ? metadata.entries.get("aws:cdk:path") : void 0;
  return cdkPath?.kind === "string" && cdkPath.value !== "" ? cdkPath.value : RESOURCE_ADDRESS_PREFIX + logicalId;
}
function readTemplate(root, keySpans, file) {
  const template = {
    file,
    root,
    keySpans,
    parameters: /* @__PURE__ */ new Map(),
    mappings: void 0,
    conditions: /* @__PURE__ */ new Map(),
    resources: [],
    transforms: [],
    globals: void 0,
    unresolved: [],
    errors: []
  };
  const section = (name) => root.entries.get(name);
  const parameters = section("Parameters");
  if (parameters?.kind === "object") {
    for (const [name, p] of parameters.entries) if (p.kind === "object") template.parameters.set(name, p);
  }
  const mappings = section("Mappings");
  if (mappings?.kind === "object") template.mappings = mappings;
  const conditions = section("Conditions");
  if (conditions?.kind === "object") for (const [name, c] of conditions.entries) template.conditions.set(name, c);
  const globals = section("Globals");
  if (globals?.kind === "object") template.globals = globals;
  const transform = section("Transform");
  for (const t of transform?.kind === "list" ? transform.items : transform ? [transform] : []) {
    if (t.kind === "string") template.transforms.push(t.value);
    else if (t.kind === "object") {
      const name = t.entries.get("Name");
      if (name?.kind === "string") template.transforms.push(name.value);
    }
  }
  const resources = section("Resources");
  if (resources?.kind === "object") {
    const resourceSpans = keySpans.get(resources);
    for (const [logicalId, r] of resources.entries) {
      const entrySpan = resourceSpans?.get(logicalId) ?? r.span;
      if (logicalId.startsWith("Fn::ForEach::")) {
        template.unresolved.push({
          span: { ...entrySpan, address: RESOURCE_ADDRESS_PREFIX + logicalId },
          expr: logicalId,
          reason: "Fn::ForEach (AWS::LanguageExtensions) is not expanded"
        });
        continue;
      }
      if (r.kind !== "object") {
        template.unresolved.push({ span: { ...entrySpan, address: RESOURCE_ADDRESS_PREFIX + logicalId }, expr: logicalId, reason: "resource is not an object with a Type" });
        continue;
      }
      const type = r.entries.get("Type");
      if (type?.kind !== "string") {
        template.unresolved.push({ span: { ...entrySpan, address: RESOURCE_ADDRESS_PREFIX + logicalId }, expr: logicalId, reason: "resource has no Type string" });
        continue;
      }
      const address = addressOf(logicalId, r);
      const props = r.entries.get("Properties");
      const condition = r.entries.get("Condition");
      const raw = {
        logicalId,
        address,
        sourceAddress: address,
        type: type.value,
        span: { ...entrySpan, address },
        properties: props?.kind === "object" ? props : void 0,
        propertySpans: (props?.kind === "object" ? keySpans.get(props) : void 0) ?? /* @__PURE__ */ new Map()
      };
      if (condition?.kind === "string") raw.condition = condition.value;
      template.resources.push(raw);
    }
  }
  return template;
}

// src/evaluate/cloudformation/evaluate.ts
var PSEUDO_PARAMETERS = /* @__PURE__ */ new Set([
  "AWS::AccountId",
  "AWS::NotificationARNs",
  "AWS::NoValue",
  "AWS::Partition",
  "AWS::Region",
  "AWS::StackId",
  "AWS::StackName",
  "AWS::URLSuffix"
]);
var NO_VALUE = { kind: "null" };
function evaluateTemplate(template, options) {
  const { result: result2, exhausted } = runWithBudget("template", () => new Evaluator(template, options).run());
  if (result2) return result2;
  const logicalIds = template.resources.map((r) => r.logicalId);
  return { file: template.file, resources: [], byLogicalId: /* @__PURE__ */ new Map(), logicalIds, conditional: /* @__PURE__ */ new WeakSet(), unresolved: [...template.unresolved], errors: [...template.errors, exhausted] };
}
var Evaluator = class {
  constructor(template, options) {
    this.template = template;
    this.options = options;
    for (const r of template.resources) this.addresses.set(r.logicalId, r.address);
  }
  template;
  options;
  conditional = /* @__PURE__ */ new WeakSet();
  /** Lists that stand for "one of these" (both branches of an undecidable `Fn::If`). */
  choices = /* @__PURE__ */ new WeakSet();
  conditionCache = /* @__PURE__ */ new Map();
  conditionsInProgress = /* @__PURE__ */ new Set();
  parameterCache = /* @__PURE__ */ new Map();
  addresses = /* @__PURE__ */ new Map();
  unresolved = [];
  run() {
    const resources = [];
    const byLogicalId = /* @__PURE__ */ new Map();
    for (const raw of this.template.resources) {
      const resource = this.evaluateResource(raw);
      if (!resource) continue;
      resources.push(resource);
      byLogicalId.set(resource.logicalId, resource);
    }
    return {
      file: this.template.file,
      resources,
      byLogicalId,
      logicalIds: this.template.resources.map((r) => r.logicalId),
      conditional: this.conditional,
      unresolved: [...this.template.unresolved, ...this.unresolved],
      errors: [...this.template.errors]
    };
  }
  evaluateResource(raw) {
    let conditional = false;
    if (raw.condition !== void 0) {
      const holds = this.condition(raw.condition);
      if (holds === false) return void 0;
      conditional = holds === void 0;
    }
    const properties = /* @__PURE__ */ new Map();
    const wanted = this.options.resourceTypes?.has(raw.type) ?? true;
    if (raw.properties && wanted) {
      for (const [name, value] of raw.properties.entries) {
        const v = this.value(value);
        if (v === NO_VALUE) continue;
        properties.set(name, this.flattenChoice(v));
      }
    }
    const resource = {
      logicalId: raw.logicalId,
      address: raw.address,
      sourceAddress: raw.sourceAddress,
      type: raw.type,
      span: raw.span,
      properties,
      propertySpans: raw.propertySpans,
      conditional
    };
    if (raw.generatedFrom !== void 0) resource.generatedFrom = raw.generatedFrom;
    return resource;
  }
  /**
   * A property that is a choice becomes the list of its alternatives (a union, for policy elements); alternatives that
   * are lists are joined into one list, each item conditional.
   */
  flattenChoice(v) {
    if (v.kind === "list" && this.choices.has(v)) {
      const items2 = v.items.filter((i) => i !== NO_VALUE);
      let out;
      if (items2.length > 1 && items2.every((i) => i.kind === "list")) {
        const joined = items2.flatMap((i) => i.items).map((i) => this.ownCopy(i));
        for (const item of joined) this.conditional.add(item);
        out = { kind: "list", items: joined, ...v.span ? { span: v.span } : {} };
      } else out = items2.length === 1 ? this.ownCopy(items2[0]) : { kind: "list", items: items2, ...v.span ? { span: v.span } : {} };
      this.conditional.add(out);
      return out;
    }
    return v;
  }
  /**
   * Evaluates a value as written; returns NO_VALUE for `!Ref AWS::NoValue`. A list or object with nothing to evaluate
   * inside is returned as is (values are never modified), which spares copying most of a template.
   */
  value(v) {
    if (countStep()) throw new BudgetExhausted(this.template.file, v.span);
    switch (v.kind) {
      case "list": {
        let items2;
        for (let i = 0; i < v.items.length; i++) {
          const item = v.items[i];
          const e = this.value(item);
          if (e === item && items2 === void 0) continue;
          items2 ??= v.items.slice(0, i);
          if (e === NO_VALUE) continue;
          if (e.kind === "list" && this.choices.has(e)) {
            for (const alternative of e.items) {
              if (alternative === NO_VALUE) continue;
              const own = this.ownCopy(alternative);
              this.conditional.add(own);
              items2.push(own);
            }
          } else items2.push(e);
        }
        return items2 === void 0 ? v : { kind: "list", items: items2, ...v.span ? { span: v.span } : {} };
      }
      case "object": {
        if (v.entries.size === 1) {
          const [key, arg] = v.entries.entries().next().value;
          if (key === "Ref" || key.startsWith("Fn::") || key.startsWith("!") && key.length > 1) return this.intrinsic(key, arg, v);
        }
        let entries;
        for (const [key, item] of v.entries) {
          const e = this.value(item);
          if (e === item && entries === void 0) continue;
          if (entries === void 0) {
            entries = /* @__PURE__ */ new Map();
            for (const [k, x] of v.entries) {
              if (k === key) break;
              entries.set(k, x);
            }
          }
          if (e === NO_VALUE) continue;
          entries.set(key, this.flattenChoice(e));
        }
        return entries === void 0 ? v : { kind: "object", entries, ...v.span ? { span: v.span } : {} };
      }
      default:
        return v;
    }
  }
  /** A value marked conditional must be this occurrence only, not a node a YAML alias shares with other places. */
  ownCopy(v) {
    return v.kind === "list" || v.kind === "object" ? { ...v } : v;
  }
  unknownValue(expr, at, extra = {}) {
    return { kind: "unknown", expr, ...extra, ...at.span ? { span: at.span } : {} };
  }
  intrinsic(name, arg, node) {
    const span = node.span;
    const withSpan = (x) => span ? { ...x, span } : x;
    switch (name) {
      case "Ref":
        return arg.kind === "string" ? this.ref(arg.value, node) : this.unknownValue("Ref", node, { reason: "error" });
      case "Fn::GetAtt":
        return this.getAtt(arg, node);
      case "Fn::Sub":
        return this.sub(arg, node);
      case "Fn::Join": {
        const args = this.args(arg);
        if (args.length !== 2) return this.unknownValue("Fn::Join", node, { reason: "error" });
        const delimiter = this.value(args[0]);
        const list3 = this.value(args[1]);
        if (delimiter.kind !== "string" || list3.kind !== "list") return this.unknownValue(`Fn::Join(${exprText2(list3)})`, node, { reason: "unknown-list" });
        return withSpan(concatText(list3.items, delimiter.value));
      }
      case "Fn::Select": {
        const args = this.args(arg);
        if (args.length !== 2) return this.unknownValue("Fn::Select", node, { reason: "error" });
        const index = this.value(args[0]);
        const list3 = this.value(args[1]);
        const i = index.kind === "number" ? index.value : index.kind === "string" ? Number(index.value) : NaN;
        if (list3.kind === "list" && Number.isInteger(i) && i >= 0 && i < list3.items.length) return list3.items[i];
        return this.unknownValue(`Fn::Select(${exprText2(index)}, ${exprText2(list3)})`, node, { reason: "unknown-list" });
      }
      case "Fn::Split": {
        const args = this.args(arg);
        if (args.length !== 2) return this.unknownValue("Fn::Split", node, { reason: "error" });
        const delimiter = this.value(args[0]);
        const text2 = this.value(args[1]);
        if (delimiter.kind === "string" && delimiter.value !== "" && text2.kind === "string" && !text2.unknowns?.length) {
          return withSpan({ kind: "list", items: text2.value.split(delimiter.value).map((s) => withSpan({ kind: "string", value: s })) });
        }
        return this.unknownValue(`Fn::Split(${exprText2(text2)})`, node, { reason: "unknown-string" });
      }
      case "Fn::FindInMap":
        return this.findInMap(arg, node);
      case "Fn::If": {
        const args = this.args(arg);
        if (args.length !== 3 || args[0].kind !== "string") return this.unknownValue("Fn::If", node, { reason: "error" });
        const holds = this.condition(args[0].value);
        if (holds === true) return this.value(args[1]);
        if (holds === false) return this.value(args[2]);
        const choice = withSpan({ kind: "list", items: [this.value(args[1]), this.value(args[2])] });
        this.choices.add(choice);
        return choice;
      }
      case "Fn::Base64": {
        const text2 = this.value(arg);
        if (text2.kind === "string" && !text2.unknowns?.length) return withSpan({ kind: "string", value: Buffer.from(text2.value).toString("base64") });
        return this.unknownValue(`Fn::Base64(${exprText2(text2)})`, node, { reason: "unknown-string" });
      }
      case "Fn::GetAZs":
        return this.unknownValue("Fn::GetAZs", node, { reason: "deploy-time" });
      case "Fn::ImportValue": {
        const exported = this.value(arg);
        return this.unknownValue(`ImportValue(${exprText2(exported)})`, node, { reason: "import-value" });
      }
      case "Fn::Cidr":
        return this.unknownValue("Fn::Cidr", node, { reason: "deploy-time" });
      case "Fn::Length": {
        const list3 = this.value(arg);
        if (list3.kind === "list") return withSpan({ kind: "number", value: list3.items.length });
        return this.unknownValue(`Fn::Length(${exprText2(list3)})`, node, { reason: "unknown-list" });
      }
      case "Fn::ToJsonString": {
        const inner = this.value(arg);
        const unknowns = collectUnknowns(inner);
        const text2 = withSpan({ kind: "string", value: JSON.stringify(toPlain(inner)) });
        if (unknowns.length > 0) text2.unknowns = unknowns;
        return text2;
      }
      case "Fn::Transform":
        return this.unknownValue("Fn::Transform", node, { reason: "macro" });
      case "Fn::Equals":
      case "Fn::And":
      case "Fn::Or":
      case "Fn::Not": {
        const holds = this.conditionExpression(node);
        return holds === void 0 ? this.unknownValue(name, node, { reason: "condition" }) : withSpan({ kind: "bool", value: holds });
      }
      default:
        return this.unknownValue(name, node, { reason: "unsupported-function" });
    }
  }
  args(arg) {
    return arg.kind === "list" ? arg.items : [arg];
  }
  ref(name, at) {
    if (name === "AWS::NoValue") return NO_VALUE;
    if (name === "AWS::NotificationARNs") return this.unknownValue(name, at, { reason: "deploy-time" });
    if (PSEUDO_PARAMETERS.has(name)) return { kind: "string", value: "${" + name + "}", ...at.span ? { span: at.span } : {} };
    if (this.template.parameters.has(name)) return this.parameter(name, at);
    const address = this.addresses.get(name);
    if (address !== void 0) return this.unknownValue(name, at, { ref: { address, attribute: "Ref" }, reason: "computed-attribute" });
    return this.unknownValue(name, at, { reason: "undefined-reference" });
  }
  getAtt(arg, at) {
    const parts = arg.kind === "list" ? arg.items.map((i) => this.value(i)) : [this.value(arg)];
    const [target, attribute] = parts;
    if (target?.kind !== "string" || attribute?.kind !== "string") return this.unknownValue("Fn::GetAtt", at, { reason: "error" });
    const expr = `${target.value}.${attribute.value}`;
    const address = this.addresses.get(target.value);
    if (address !== void 0) return this.unknownValue(expr, at, { ref: { address, attribute: attribute.value }, reason: "computed-attribute" });
    return this.unknownValue(expr, at, { reason: "undefined-reference" });
  }
  parameter(name, at) {
    let value = this.parameterCache.get(name);
    if (!value) {
      value = this.parameterValue(name);
      this.parameterCache.set(name, value);
    }
    if (value.kind === "unknown") return this.unknownValue(value.expr, at, { reason: value.reason ?? "input-variable" });
    return at.span ? { ...value, span: at.span } : value;
  }
  parameterValue(name) {
    const declaration = this.template.parameters.get(name);
    const typeValue = declaration.entries.get("Type");
    const type = typeValue?.kind === "string" ? typeValue.value : "String";
    if (type.startsWith("AWS::SSM::Parameter::Value")) return { kind: "unknown", expr: name, reason: "ssm-parameter" };
    const given = this.options.parameters[name];
    let raw = given !== void 0 ? { kind: "string", value: given } : declaration.entries.get("Default");
    if (!raw) return { kind: "unknown", expr: name, reason: "input-variable" };
    if (raw.kind === "number" || raw.kind === "bool") raw = { kind: "string", value: String(raw.value) };
    const isList = type === "CommaDelimitedList" || type.startsWith("List<");
    if (isList && raw.kind === "string") {
      return { kind: "list", items: raw.value.split(",").map((s) => ({ kind: "string", value: s.trim() })) };
    }
    if (isList && raw.kind === "list") return raw;
    return raw.kind === "string" ? { kind: "string", value: raw.value } : { kind: "unknown", expr: name, reason: "input-variable" };
  }
  findInMap(arg, at) {
    const args = this.args(arg).map((a) => this.value(a));
    const names = args.slice(0, 3).map(keyText);
    const fallback = args[3]?.kind === "object" ? args[3].entries.get("DefaultValue") : void 0;
    const expr = `FindInMap(${args.slice(0, 3).map(exprText2).join(", ")})`;
    if (names.some((n) => n === void 0)) return fallback ?? this.unknownValue(expr, at, { reason: "unknown-key" });
    const [mapName, topKey, secondKey] = names;
    const map = this.template.mappings?.entries.get(mapName);
    const top = map?.kind === "object" ? map.entries.get(topKey) : void 0;
    const found = top?.kind === "object" ? top.entries.get(secondKey) : void 0;
    if (found) return this.value(found);
    return fallback ?? this.unknownValue(expr, at, { reason: "missing-mapping" });
  }
  /** `Fn::Sub` in both forms; `${!Literal}` writes `${Literal}`. */
  sub(arg, at) {
    let templateText;
    let variables;
    if (arg.kind === "list") {
      templateText = arg.items[0];
      const vars = arg.items[1] ? this.value(arg.items[1]) : void 0;
      if (vars?.kind === "object") variables = vars;
    } else templateText = arg;
    const text2 = templateText ? this.value(templateText) : void 0;
    if (text2?.kind !== "string") return this.unknownValue("Fn::Sub", at, { reason: "error" });
    let out = "";
    const unknowns = [...text2.unknowns ?? []];
    const source = text2.value;
    let i = 0;
    while (i < source.length) {
      const open = source.indexOf("${", i);
      if (open === -1) {
        out += source.slice(i);
        break;
      }
      out += source.slice(i, open);
      const close = source.indexOf("}", open + 2);
      if (close === -1) {
        out += source.slice(open);
        break;
      }
      const name = source.slice(open + 2, close);
      i = close + 1;
      if (name.startsWith("!")) {
        out += "${" + name.slice(1) + "}";
        continue;
      }
      const trimmed = name.trim();
      const variable = variables?.entries.get(trimmed);
      const replacement = variable ?? this.subReference(trimmed, at);
      if (replacement === NO_VALUE) continue;
      const piece = concatText([replacement], "");
      out += piece.value;
      for (const u of piece.unknowns ?? []) if (!unknowns.includes(u)) unknowns.push(u);
    }
    const result2 = { kind: "string", value: out, ...at.span ? { span: at.span } : {} };
    if (unknowns.length > 0) result2.unknowns = unknowns;
    return result2;
  }
  subReference(name, at) {
    const dot = name.indexOf(".");
    if (dot !== -1 && !PSEUDO_PARAMETERS.has(name)) {
      return this.getAtt({ kind: "list", items: [{ kind: "string", value: name.slice(0, dot) }, { kind: "string", value: name.slice(dot + 1) }] }, at);
    }
    return this.ref(name, at);
  }
  /** Named condition: true, false, or undefined when it depends on something unknown before deployment. */
  condition(name) {
    if (this.conditionCache.has(name)) return this.conditionCache.get(name);
    const expression = this.template.conditions.get(name);
    if (!expression || this.conditionsInProgress.has(name)) return void 0;
    this.conditionsInProgress.add(name);
    const holds = this.conditionExpression(expression);
    this.conditionsInProgress.delete(name);
    this.conditionCache.set(name, holds);
    return holds;
  }
  conditionExpression(v) {
    if (v.kind === "bool") return v.value;
    if (v.kind === "string") return v.value === "true" ? true : v.value === "false" ? false : void 0;
    if (v.kind !== "object" || v.entries.size !== 1) return void 0;
    const [key, arg] = v.entries.entries().next().value;
    const args = this.args(arg);
    switch (key) {
      case "Condition":
        return arg.kind === "string" ? this.condition(arg.value) : void 0;
      case "Fn::Not": {
        const x = this.conditionExpression(args[0] ?? NO_VALUE);
        return x === void 0 ? void 0 : !x;
      }
      case "Fn::And": {
        const xs = args.map((a) => this.conditionExpression(a));
        if (xs.includes(false)) return false;
        return xs.every((x) => x === true) ? true : void 0;
      }
      case "Fn::Or": {
        const xs = args.map((a) => this.conditionExpression(a));
        if (xs.includes(true)) return true;
        return xs.every((x) => x === false) ? false : void 0;
      }
      case "Fn::Equals": {
        if (args.length !== 2) return void 0;
        const a = comparable(this.value(args[0]));
        const b = comparable(this.value(args[1]));
        return a === void 0 || b === void 0 ? void 0 : a === b;
      }
      default:
        return void 0;
    }
  }
};
function comparable(v) {
  if (v.kind === "string") return v.unknowns?.length || v.value.includes("${AWS::") ? void 0 : v.value;
  if (v.kind === "number" || v.kind === "bool") return String(v.value);
  return void 0;
}
function keyText(v) {
  return v ? comparable(v) : void 0;
}
function exprText2(v) {
  if (v.kind === "unknown") return v.expr;
  if (v.kind === "string") return v.value;
  return JSON.stringify(toPlain(v));
}
function concatText(items2, delimiter) {
  const parts = [];
  const unknowns = [];
  const note = (u) => {
    if (!unknowns.includes(u)) unknowns.push(u);
  };
  for (const item of items2) {
    switch (item.kind) {
      case "string":
        parts.push(item.value);
        for (const u of item.unknowns ?? []) note(u);
        break;
      case "number":
      case "bool":
        parts.push(String(item.value));
        break;
      case "unknown":
        parts.push("${" + item.expr + "}");
        note(item.expr);
        break;
      case "null":
        break;
      default:
        parts.push(JSON.stringify(toPlain(item)));
        for (const u of collectUnknowns(item)) note(u);
    }
  }
  const out = { kind: "string", value: parts.join(delimiter) };
  if (unknowns.length > 0) out.unknowns = unknowns;
  return out;
}

// src/evaluate/cloudformation/parameters.ts
import { readFileSync as readFileSync2 } from "node:fs";
function readParameterFiles(files, displayPath) {
  const values = {};
  const errors = [];
  for (const abs of files) {
    const file = displayPath(abs);
    const fail2 = (message) => errors.push({ file, line: 1, column: 1, message, code: "config" });
    let data;
    try {
      data = JSON.parse(readFileSync2(abs, "utf8").replace(/^\uFEFF/, ""));
    } catch (e) {
      fail2(`cannot read parameter file: ${e.message}`);
      continue;
    }
    if (Array.isArray(data)) {
      for (const [i, entry] of data.entries()) {
        const key = entry?.ParameterKey;
        const value = entry?.ParameterValue;
        if (typeof key !== "string" || value === void 0 || value === null || typeof value === "object") {
          fail2(`parameter file entry ${i}: expected {"ParameterKey": "...", "ParameterValue": "..."}`);
          continue;
        }
        values[key] = String(value);
      }
    } else if (data && typeof data === "object" && typeof data.Parameters === "object" && data.Parameters !== null) {
      for (const [key, value] of Object.entries(data.Parameters)) {
        if (value === null || typeof value === "object") fail2(`parameter ${key}: expected a string value`);
        else values[key] = String(value);
      }
    } else {
      fail2('parameter file: expected [{"ParameterKey", "ParameterValue"}] or {"Parameters": {...}}');
    }
  }
  return { values, errors };
}

// src/extract/aws/sam-policy-template-codec.ts
var PARAMETER = /\$\{@([A-Za-z0-9_]+)(?:=([A-Za-z0-9_]+))?\}/g;
function lowerFirst(s) {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
function decodeText(t) {
  if (typeof t === "string") return t;
  const variables = {};
  const text2 = t[1].replace(PARAMETER, (_m, a, b) => {
    const [variable, parameter] = b === void 0 ? [lowerFirst(a), a] : [a, b];
    variables[variable] = { Ref: parameter };
    return "${" + variable + "}";
  });
  return { "Fn::Sub": Object.keys(variables).length > 0 ? [text2, variables] : text2 };
}
function decodeStatement([effect, actions, resource, condition]) {
  const statement = {
    Action: actions,
    Effect: effect === "A" ? "Allow" : "Deny",
    Resource: Array.isArray(resource) && resource[0] !== "sub" ? resource.map(decodeText) : decodeText(resource)
  };
  if (condition) {
    const decoded = {};
    for (const [operator, keys] of Object.entries(condition)) {
      const byKey = {};
      for (const [key, value] of Object.entries(keys)) byKey[key] = decodeText(value);
      decoded[operator] = byKey;
    }
    statement.Condition = decoded;
  }
  return statement;
}

// src/extract/aws/sam-policy-templates-data.ts
var SAM_POLICY_TEMPLATES = {
  AMIDescribePolicy: { "p": [], "s": [["A", ["ec2:DescribeImages"], "*"]] },
  AWSSecretsManagerGetSecretValuePolicy: { "p": ["SecretArn"], "s": [["A", ["secretsmanager:GetSecretValue"], ["sub", "${@SecretArn}"]]] },
  AWSSecretsManagerRotationPolicy: { "p": ["FunctionName"], "s": [["A", ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage"], ["sub", "arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:*"], { "StringEquals": { "secretsmanager:resource/AllowRotationLambdaArn": ["sub", "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${@FunctionName}"] } }], ["A", ["secretsmanager:GetRandomPassword"], "*"]] },
  AcmGetCertificatePolicy: { "p": ["CertificateArn"], "s": [["A", ["acm:GetCertificate"], ["sub", "${@CertificateArn}"]]] },
  AthenaQueryPolicy: { "p": ["WorkGroupName"], "s": [["A", ["athena:ListWorkGroups", "athena:GetExecutionEngine", "athena:GetExecutionEngines", "athena:GetNamespace", "athena:GetCatalogs", "athena:GetNamespaces", "athena:GetTables", "athena:GetTable"], "*"], ["A", ["athena:StartQueryExecution", "athena:GetQueryResults", "athena:DeleteNamedQuery", "athena:GetNamedQuery", "athena:ListQueryExecutions", "athena:StopQueryExecution", "athena:GetQueryResultsStream", "athena:ListNamedQueries", "athena:CreateNamedQuery", "athena:GetQueryExecution", "athena:BatchGetNamedQuery", "athena:BatchGetQueryExecution", "athena:GetWorkGroup"], ["sub", "arn:${AWS::Partition}:athena:${AWS::Region}:${AWS::AccountId}:workgroup/${@workgroupName=WorkGroupName}"]]] },
  CloudFormationDescribeStacksPolicy: { "p": [], "s": [["A", ["cloudformation:DescribeStacks"], ["sub", "arn:${AWS::Partition}:cloudformation:${AWS::Region}:${AWS::AccountId}:stack/*"]]] },
  CloudWatchDashboardPolicy: { "p": [], "s": [["A", ["cloudwatch:GetDashboard", "cloudwatch:ListDashboards", "cloudwatch:PutDashboard", "cloudwatch:ListMetrics"], "*"]] },
  CloudWatchDescribeAlarmHistoryPolicy: { "p": [], "s": [["A", ["cloudwatch:DescribeAlarmHistory"], "*"]] },
  CloudWatchPutMetricPolicy: { "p": [], "s": [["A", ["cloudwatch:PutMetricData"], "*"]] },
  CodeCommitCrudPolicy: { "p": ["RepositoryName"], "s": [["A", ["codecommit:GitPull", "codecommit:GitPush", "codecommit:CreateBranch", "codecommit:DeleteBranch", "codecommit:GetBranch", "codecommit:ListBranches", "codecommit:MergeBranchesByFastForward", "codecommit:MergeBranchesBySquash", "codecommit:MergeBranchesByThreeWay", "codecommit:UpdateDefaultBranch", "codecommit:BatchDescribeMergeConflicts", "codecommit:CreateUnreferencedMergeCommit", "codecommit:DescribeMergeConflicts", "codecommit:GetMergeCommit", "codecommit:GetMergeOptions", "codecommit:BatchGetPullRequests", "codecommit:CreatePullRequest", "codecommit:DescribePullRequestEvents", "codecommit:GetCommentsForPullRequest", "codecommit:GetCommitsFromMergeBase", "codecommit:GetMergeConflicts", "codecommit:GetPullRequest", "codecommit:ListPullRequests", "codecommit:MergePullRequestByFastForward", "codecommit:MergePullRequestBySquash", "codecommit:MergePullRequestByThreeWay", "codecommit:PostCommentForPullRequest", "codecommit:UpdatePullRequestDescription", "codecommit:UpdatePullRequestStatus", "codecommit:UpdatePullRequestTitle", "codecommit:DeleteFile", "codecommit:GetBlob", "codecommit:GetFile", "codecommit:GetFolder", "codecommit:PutFile", "codecommit:DeleteCommentContent", "codecommit:GetComment", "codecommit:GetCommentsForComparedCommit", "codecommit:PostCommentForComparedCommit", "codecommit:PostCommentReply", "codecommit:UpdateComment", "codecommit:BatchGetCommits", "codecommit:CreateCommit", "codecommit:GetCommit", "codecommit:GetCommitHistory", "codecommit:GetDifferences", "codecommit:GetObjectIdentifier", "codecommit:GetReferences", "codecommit:GetTree", "codecommit:GetRepository", "codecommit:UpdateRepositoryDescription", "codecommit:ListTagsForResource", "codecommit:TagResource", "codecommit:UntagResource", "codecommit:GetRepositoryTriggers", "codecommit:PutRepositoryTriggers", "codecommit:TestRepositoryTriggers", "codecommit:GetBranch", "codecommit:GetCommit", "codecommit:UploadArchive", "codecommit:GetUploadArchiveStatus", "codecommit:CancelUploadArchive"], ["sub", "arn:${AWS::Partition}:codecommit:${AWS::Region}:${AWS::AccountId}:${@RepositoryName}"]]] },
  CodeCommitReadPolicy: { "p": ["RepositoryName"], "s": [["A", ["codecommit:GitPull", "codecommit:GetBranch", "codecommit:ListBranches", "codecommit:BatchDescribeMergeConflicts", "codecommit:DescribeMergeConflicts", "codecommit:GetMergeCommit", "codecommit:GetMergeOptions", "codecommit:BatchGetPullRequests", "codecommit:DescribePullRequestEvents", "codecommit:GetCommentsForPullRequest", "codecommit:GetCommitsFromMergeBase", "codecommit:GetMergeConflicts", "codecommit:GetPullRequest", "codecommit:ListPullRequests", "codecommit:GetBlob", "codecommit:GetFile", "codecommit:GetFolder", "codecommit:GetComment", "codecommit:GetCommentsForComparedCommit", "codecommit:BatchGetCommits", "codecommit:GetCommit", "codecommit:GetCommitHistory", "codecommit:GetDifferences", "codecommit:GetObjectIdentifier", "codecommit:GetReferences", "codecommit:GetTree", "codecommit:GetRepository", "codecommit:ListTagsForResource", "codecommit:GetRepositoryTriggers", "codecommit:TestRepositoryTriggers", "codecommit:GetBranch", "codecommit:GetCommit", "codecommit:GetUploadArchiveStatus"], ["sub", "arn:${AWS::Partition}:codecommit:${AWS::Region}:${AWS::AccountId}:${@RepositoryName}"]]] },
  CodePipelineLambdaExecutionPolicy: { "p": [], "s": [["A", ["codepipeline:PutJobSuccessResult", "codepipeline:PutJobFailureResult"], "*"]] },
  CodePipelineReadOnlyPolicy: { "p": ["PipelineName"], "s": [["A", ["codepipeline:ListPipelineExecutions"], ["sub", "arn:${AWS::Partition}:codepipeline:${AWS::Region}:${AWS::AccountId}:${@pipelinename=PipelineName}"]]] },
  ComprehendBasicAccessPolicy: { "p": [], "s": [["A", ["comprehend:BatchDetectKeyPhrases", "comprehend:DetectDominantLanguage", "comprehend:DetectEntities", "comprehend:BatchDetectEntities", "comprehend:DetectKeyPhrases", "comprehend:DetectSentiment", "comprehend:BatchDetectDominantLanguage", "comprehend:BatchDetectSentiment"], "*"]] },
  CostExplorerReadOnlyPolicy: { "p": [], "s": [["A", ["ce:GetCostAndUsage", "ce:GetDimensionValues", "ce:GetReservationCoverage", "ce:GetReservationPurchaseRecommendation", "ce:GetReservationUtilization", "ce:GetTags"], "*"]] },
  DynamoDBBackupFullAccessPolicy: { "p": ["TableName"], "s": [["A", ["dynamodb:CreateBackup", "dynamodb:DescribeContinuousBackups"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}"]], ["A", ["dynamodb:DeleteBackup", "dynamodb:DescribeBackup", "dynamodb:ListBackups"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}/backup/*"]]] },
  DynamoDBCrudPolicy: { "p": ["TableName"], "s": [["A", ["dynamodb:GetItem", "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem", "dynamodb:BatchGetItem", "dynamodb:DescribeTable", "dynamodb:ConditionCheckItem"], [["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}/index/*"]]]] },
  DynamoDBReadPolicy: { "p": ["TableName"], "s": [["A", ["dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:DescribeTable"], [["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}/index/*"]]]] },
  DynamoDBReconfigurePolicy: { "p": ["TableName"], "s": [["A", ["dynamodb:UpdateTable"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}"]]] },
  DynamoDBRestoreFromBackupPolicy: { "p": ["TableName"], "s": [["A", ["dynamodb:RestoreTableFromBackup"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}/backup/*"]], ["A", ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:BatchWriteItem"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}"]]] },
  DynamoDBStreamReadPolicy: { "p": ["StreamName", "TableName"], "s": [["A", ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}/stream/${@StreamName}"]], ["A", ["dynamodb:ListStreams"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}/stream/*"]]] },
  DynamoDBWritePolicy: { "p": ["TableName"], "s": [["A", ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"], [["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}"], ["sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${@TableName}/index/*"]]]] },
  EC2CopyImagePolicy: { "p": ["ImageId"], "s": [["A", ["ec2:CopyImage"], ["sub", "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:image/${@ImageId}"]]] },
  EC2DescribePolicy: { "p": [], "s": [["A", ["ec2:DescribeRegions", "ec2:DescribeInstances"], "*"]] },
  EFSWriteAccessPolicy: { "p": ["AccessPoint", "FileSystem"], "s": [["A", ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"], ["sub", "arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:file-system/${@FileSystem=FileSystem}"], { "StringEquals": { "elasticfilesystem:AccessPointArn": ["sub", "arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:access-point/${@AccessPoint=AccessPoint}"] } }]] },
  EKSDescribePolicy: { "p": [], "s": [["A", ["eks:DescribeCluster", "eks:ListClusters"], "*"]] },
  EcsRunTaskPolicy: { "p": ["TaskDefinition"], "s": [["A", ["ecs:RunTask"], ["sub", "arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:task-definition/${@TaskDefinition}"]]] },
  ElasticMapReduceAddJobFlowStepsPolicy: { "p": ["ClusterId"], "s": [["A", "elasticmapreduce:AddJobFlowSteps", ["sub", "arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${@ClusterId}"]]] },
  ElasticMapReduceCancelStepsPolicy: { "p": ["ClusterId"], "s": [["A", "elasticmapreduce:CancelSteps", ["sub", "arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${@ClusterId}"]]] },
  ElasticMapReduceModifyInstanceFleetPolicy: { "p": ["ClusterId"], "s": [["A", ["elasticmapreduce:ModifyInstanceFleet", "elasticmapreduce:ListInstanceFleets"], ["sub", "arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${@ClusterId}"]]] },
  ElasticMapReduceModifyInstanceGroupsPolicy: { "p": ["ClusterId"], "s": [["A", ["elasticmapreduce:ModifyInstanceGroups", "elasticmapreduce:ListInstanceGroups"], ["sub", "arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${@ClusterId}"]]] },
  ElasticMapReduceSetTerminationProtectionPolicy: { "p": ["ClusterId"], "s": [["A", "elasticmapreduce:SetTerminationProtection", ["sub", "arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${@ClusterId}"]]] },
  ElasticMapReduceTerminateJobFlowsPolicy: { "p": ["ClusterId"], "s": [["A", "elasticmapreduce:TerminateJobFlows", ["sub", "arn:${AWS::Partition}:elasticmapreduce:${AWS::Region}:${AWS::AccountId}:cluster/${@ClusterId}"]]] },
  ElasticsearchHttpPostPolicy: { "p": ["DomainName"], "s": [["A", ["es:ESHttpPost", "es:ESHttpPut"], ["sub", "arn:${AWS::Partition}:es:${AWS::Region}:${AWS::AccountId}:domain/${@DomainName}/*"]]] },
  EventBridgePutEventsPolicy: { "p": ["EventBusName"], "s": [["A", "events:PutEvents", ["sub", "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/${@EventBusName}"]]] },
  FilterLogEventsPolicy: { "p": ["LogGroupName"], "s": [["A", ["logs:FilterLogEvents"], ["sub", "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${@LogGroupName}:log-stream:*"]]] },
  FirehoseCrudPolicy: { "p": ["DeliveryStreamName"], "s": [["A", ["firehose:CreateDeliveryStream", "firehose:DeleteDeliveryStream", "firehose:DescribeDeliveryStream", "firehose:PutRecord", "firehose:PutRecordBatch", "firehose:UpdateDestination"], ["sub", "arn:${AWS::Partition}:firehose:${AWS::Region}:${AWS::AccountId}:deliverystream/${@DeliveryStreamName}"]]] },
  FirehoseWritePolicy: { "p": ["DeliveryStreamName"], "s": [["A", ["firehose:PutRecord", "firehose:PutRecordBatch"], ["sub", "arn:${AWS::Partition}:firehose:${AWS::Region}:${AWS::AccountId}:deliverystream/${@DeliveryStreamName}"]]] },
  KMSDecryptPolicy: { "p": ["KeyId"], "s": [["A", "kms:Decrypt", ["sub", "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${@KeyId}"]]] },
  KMSEncryptPolicy: { "p": ["KeyId"], "s": [["A", "kms:Encrypt", ["sub", "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${@KeyId}"]]] },
  KMSEncryptPolicy_v2: { "p": ["KeyId"], "s": [["A", ["kms:Encrypt", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:GenerateDataKeyPair", "kms:GenerateDataKeyPairWithoutPlaintext"], ["sub", "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${@KeyId}"]]] },
  KinesisCrudPolicy: { "p": ["StreamName"], "s": [["A", ["kinesis:AddTagsToStream", "kinesis:CreateStream", "kinesis:DecreaseStreamRetentionPeriod", "kinesis:DeleteStream", "kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetShardIterator", "kinesis:IncreaseStreamRetentionPeriod", "kinesis:ListTagsForStream", "kinesis:MergeShards", "kinesis:PutRecord", "kinesis:PutRecords", "kinesis:SplitShard", "kinesis:RemoveTagsFromStream"], ["sub", "arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${@StreamName}"]]] },
  KinesisStreamReadPolicy: { "p": ["StreamName"], "s": [["A", ["kinesis:ListStreams", "kinesis:DescribeLimits"], ["sub", "arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/*"]], ["A", ["kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator"], ["sub", "arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${@StreamName}"]]] },
  LambdaInvokePolicy: { "p": ["FunctionName"], "s": [["A", ["lambda:InvokeFunction"], ["sub", "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${@FunctionName}*"]]] },
  MobileAnalyticsWriteOnlyAccessPolicy: { "p": [], "s": [["A", ["mobileanalytics:PutEvents"], "*"]] },
  OrganizationsListAccountsPolicy: { "p": [], "s": [["A", ["organizations:ListAccounts"], "*"]] },
  PinpointEndpointAccessPolicy: { "p": ["PinpointApplicationId"], "s": [["A", ["mobiletargeting:GetEndpoint", "mobiletargeting:UpdateEndpoint", "mobiletargeting:UpdateEndpointsBatch"], ["sub", "arn:${AWS::Partition}:mobiletargeting:${AWS::Region}:${AWS::AccountId}:apps/${@PinpointApplicationId}/endpoints/*"]]] },
  PollyFullAccessPolicy: { "p": ["LexiconName"], "s": [["A", ["polly:GetLexicon", "polly:DeleteLexicon"], [["sub", "arn:${AWS::Partition}:polly:${AWS::Region}:${AWS::AccountId}:lexicon/${@LexiconName}"]]], ["A", ["polly:DescribeVoices", "polly:ListLexicons", "polly:PutLexicon", "polly:SynthesizeSpeech"], [["sub", "arn:${AWS::Partition}:polly:${AWS::Region}:${AWS::AccountId}:lexicon/*"]]]] },
  RekognitionDetectOnlyPolicy: { "p": [], "s": [["A", ["rekognition:DetectFaces", "rekognition:DetectLabels", "rekognition:DetectModerationLabels", "rekognition:DetectText"], "*"]] },
  RekognitionFacesManagementPolicy: { "p": ["CollectionId"], "s": [["A", ["rekognition:IndexFaces", "rekognition:DeleteFaces", "rekognition:SearchFaces", "rekognition:SearchFacesByImage", "rekognition:ListFaces"], ["sub", "arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${@CollectionId}"]]] },
  RekognitionFacesPolicy: { "p": [], "s": [["A", ["rekognition:CompareFaces", "rekognition:DetectFaces"], "*"]] },
  RekognitionLabelsPolicy: { "p": [], "s": [["A", ["rekognition:DetectLabels", "rekognition:DetectModerationLabels"], "*"]] },
  RekognitionNoDataAccessPolicy: { "p": ["CollectionId"], "s": [["A", ["rekognition:CompareFaces", "rekognition:DetectFaces", "rekognition:DetectLabels", "rekognition:DetectModerationLabels"], ["sub", "arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${@CollectionId}"]]] },
  RekognitionReadPolicy: { "p": ["CollectionId"], "s": [["A", ["rekognition:ListCollections", "rekognition:ListFaces", "rekognition:SearchFaces", "rekognition:SearchFacesByImage"], ["sub", "arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${@CollectionId}"]]] },
  RekognitionWriteOnlyAccessPolicy: { "p": ["CollectionId"], "s": [["A", ["rekognition:CreateCollection", "rekognition:IndexFaces"], ["sub", "arn:${AWS::Partition}:rekognition:${AWS::Region}:${AWS::AccountId}:collection/${@CollectionId}"]]] },
  Route53ChangeResourceRecordSetsPolicy: { "p": ["HostedZoneId"], "s": [["A", ["route53:ChangeResourceRecordSets"], ["sub", "arn:${AWS::Partition}:route53:::hostedzone/${@HostedZoneId=HostedZoneId}"]]] },
  S3CrudPolicy: { "p": ["BucketName"], "s": [["A", ["s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:PutObject", "s3:PutObjectAcl", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration", "s3:DeleteObject"], [["sub", "arn:${AWS::Partition}:s3:::${@BucketName}"], ["sub", "arn:${AWS::Partition}:s3:::${@BucketName}/*"]]]] },
  S3FullAccessPolicy: { "p": ["BucketName"], "s": [["A", ["s3:GetObject", "s3:GetObjectAcl", "s3:GetObjectVersion", "s3:PutObject", "s3:PutObjectAcl", "s3:DeleteObject", "s3:DeleteObjectTagging", "s3:DeleteObjectVersionTagging", "s3:GetObjectTagging", "s3:GetObjectVersionTagging", "s3:PutObjectTagging", "s3:PutObjectVersionTagging"], [["sub", "arn:${AWS::Partition}:s3:::${@BucketName}/*"]]], ["A", ["s3:ListBucket", "s3:GetBucketLocation", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration"], [["sub", "arn:${AWS::Partition}:s3:::${@BucketName}"]]]] },
  S3ReadPolicy: { "p": ["BucketName"], "s": [["A", ["s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:GetLifecycleConfiguration"], [["sub", "arn:${AWS::Partition}:s3:::${@BucketName}"], ["sub", "arn:${AWS::Partition}:s3:::${@BucketName}/*"]]]] },
  S3WritePolicy: { "p": ["BucketName"], "s": [["A", ["s3:PutObject", "s3:PutObjectAcl", "s3:PutLifecycleConfiguration"], [["sub", "arn:${AWS::Partition}:s3:::${@BucketName}"], ["sub", "arn:${AWS::Partition}:s3:::${@BucketName}/*"]]]] },
  SESBulkTemplatedCrudPolicy: { "p": ["IdentityName"], "s": [["A", ["ses:GetIdentityVerificationAttributes", "ses:SendEmail", "ses:SendRawEmail", "ses:SendTemplatedEmail", "ses:SendBulkTemplatedEmail", "ses:VerifyEmailIdentity"], ["sub", "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${@IdentityName}"]]] },
  SESBulkTemplatedCrudPolicy_v2: { "p": ["IdentityName", "TemplateName"], "s": [["A", ["ses:SendEmail", "ses:SendRawEmail", "ses:SendTemplatedEmail", "ses:SendBulkTemplatedEmail"], [["sub", "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${@IdentityName}"], ["sub", "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:template/${@TemplateName}"]]], ["A", ["ses:GetIdentityVerificationAttributes", "ses:VerifyEmailIdentity"], "*"]] },
  SESCrudPolicy: { "p": ["IdentityName"], "s": [["A", ["ses:GetIdentityVerificationAttributes", "ses:SendEmail", "ses:SendRawEmail", "ses:VerifyEmailIdentity"], ["sub", "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${@IdentityName}"]]] },
  SESEmailTemplateCrudPolicy: { "p": [], "s": [["A", ["ses:CreateTemplate", "ses:GetTemplate", "ses:ListTemplates", "ses:UpdateTemplate", "ses:DeleteTemplate", "ses:TestRenderTemplate"], "*"]] },
  SESSendBouncePolicy: { "p": ["IdentityName"], "s": [["A", ["ses:SendBounce"], ["sub", "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${@IdentityName}"]]] },
  SNSCrudPolicy: { "p": ["TopicName"], "s": [["A", ["sns:ListSubscriptionsByTopic", "sns:CreateTopic", "sns:SetTopicAttributes", "sns:Subscribe", "sns:Publish"], ["sub", "arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${@TopicName}*"]]] },
  SNSPublishMessagePolicy: { "p": ["TopicName"], "s": [["A", ["sns:Publish"], ["sub", "arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${@TopicName}"]]] },
  SQSPollerPolicy: { "p": ["QueueName"], "s": [["A", ["sqs:ChangeMessageVisibility", "sqs:ChangeMessageVisibilityBatch", "sqs:DeleteMessage", "sqs:DeleteMessageBatch", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"], ["sub", "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${@QueueName}"]]] },
  SQSSendMessagePolicy: { "p": ["QueueName"], "s": [["A", ["sqs:SendMessage*"], ["sub", "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${@QueueName}"]]] },
  SSMParameterReadPolicy: { "p": ["ParameterName"], "s": [["A", ["ssm:DescribeParameters"], "*"], ["A", ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"], ["sub", "arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${@ParameterName}"]]] },
  SSMParameterWithSlashPrefixReadPolicy: { "p": ["ParameterName"], "s": [["A", ["ssm:DescribeParameters"], "*"], ["A", ["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"], ["sub", "arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${@ParameterName}"]]] },
  SageMakerCreateEndpointConfigPolicy: { "p": ["EndpointConfigName"], "s": [["A", ["sagemaker:CreateEndpointConfig"], ["sub", "arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:endpoint-config/${@EndpointConfigName}"]]] },
  SageMakerCreateEndpointPolicy: { "p": ["EndpointName"], "s": [["A", ["sagemaker:CreateEndpoint"], ["sub", "arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:endpoint/${@EndpointName}"]]] },
  ServerlessRepoReadWriteAccessPolicy: { "p": [], "s": [["A", ["serverlessrepo:CreateApplication", "serverlessrepo:CreateApplicationVersion", "serverlessrepo:UpdateApplication", "serverlessrepo:GetApplication", "serverlessrepo:ListApplications", "serverlessrepo:ListApplicationVersions", "serverlessrepo:ListApplicationDependencies"], [["sub", "arn:${AWS::Partition}:serverlessrepo:${AWS::Region}:${AWS::AccountId}:applications/*"]]]] },
  StepFunctionsCallbackPolicy: { "p": ["StateMachineName"], "s": [["A", ["states:SendTaskFailure", "states:SendTaskHeartbeat", "states:SendTaskSuccess"], ["sub", "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${@StateMachineName}"]]] },
  StepFunctionsExecutionPolicy: { "p": ["StateMachineName"], "s": [["A", ["states:StartExecution"], ["sub", "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${@StateMachineName}"]]] },
  StepFunctionsExecutionPolicy_v2: { "p": ["StateMachineName"], "s": [["A", ["states:StartExecution", "states:StartSyncExecution"], ["sub", "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${@StateMachineName}"]]] },
  TextractDetectAnalyzePolicy: { "p": [], "s": [["A", ["textract:DetectDocumentText", "textract:StartDocumentTextDetection", "textract:StartDocumentAnalysis", "textract:AnalyzeDocument"], "*"]] },
  TextractGetResultPolicy: { "p": [], "s": [["A", ["textract:GetDocumentTextDetection", "textract:GetDocumentAnalysis"], "*"]] },
  TextractPolicy: { "p": [], "s": [["A", ["textract:*"], "*"]] },
  VPCAccessPolicy: { "p": [], "s": [["A", ["ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DetachNetworkInterface"], "*"]] }
};

// src/extract/aws/sam-policy-templates.ts
function isSamPolicyTemplate(name) {
  return Object.hasOwn(SAM_POLICY_TEMPLATES, name);
}
function expandSamPolicyTemplate(name, parameters, span) {
  const template = SAM_POLICY_TEMPLATES[name];
  if (!template) return [];
  return template.s.map((s) => toValue(decodeStatement(s), parameters, span));
}
function toValue(x, parameters, span) {
  const at = span ? { span } : {};
  if (x === null) return { kind: "null", ...at };
  if (typeof x === "string") return { kind: "string", value: x, ...at };
  if (typeof x === "number") return { kind: "number", value: x, ...at };
  if (typeof x === "boolean") return { kind: "bool", value: x, ...at };
  if (Array.isArray(x)) return { kind: "list", items: x.map((i) => toValue(i, parameters, span)), ...at };
  const keys = Object.keys(x);
  if (keys.length === 1 && keys[0] === "Ref" && typeof x.Ref === "string") {
    const given = parameters.get(x.Ref);
    if (given) return given;
  }
  const entries = /* @__PURE__ */ new Map();
  for (const k of keys) entries.set(k, toValue(x[k], parameters, span));
  return { kind: "object", entries, ...at };
}

// src/extract/aws/sam-connectors.ts
var CONNECTOR_TYPE = "AWS::Serverless::Connector";
var KIND_OF_TYPE = {
  "AWS::Lambda::Function": "Function",
  "AWS::Serverless::Function": "Function",
  "AWS::StepFunctions::StateMachine": "StateMachine",
  "AWS::Serverless::StateMachine": "StateMachine",
  "AWS::DynamoDB::Table": "Table",
  "AWS::Serverless::SimpleTable": "Table",
  "AWS::SQS::Queue": "Queue",
  "AWS::SNS::Topic": "Topic",
  "AWS::S3::Bucket": "Bucket",
  "AWS::Events::EventBus": "EventBus",
  "AWS::Events::Rule": "Rule",
  "AWS::ApiGateway::RestApi": "RestApi",
  "AWS::Serverless::Api": "RestApi",
  "AWS::ApiGatewayV2::Api": "HttpApi",
  "AWS::Serverless::HttpApi": "HttpApi",
  "AWS::AppSync::DataSource": "DataSource",
  "AWS::AppSync::GraphQLApi": "GraphQLApi",
  "AWS::Location::PlaceIndex": "PlaceIndex"
};
var DYNAMODB_READ = ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:PartiQLSelect"];
var DYNAMODB_WRITE = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem", "dynamodb:PartiQLDelete", "dynamodb:PartiQLInsert", "dynamodb:PartiQLUpdate"];
var TABLE = { kind: "role-policy", role: "source", Read: [[DYNAMODB_READ, ["arn", "arn/index/*"]]], Write: [[DYNAMODB_WRITE, ["arn", "arn/index/*"]]] };
var INVOKE = ["lambda:InvokeAsync", "lambda:InvokeFunction"];
var STATE_MACHINE_START = { kind: "role-policy", role: "source", Write: [[["states:StartExecution"], ["arn"]]] };
var PUT_EVENTS = { kind: "role-policy", role: "source", Write: [[["events:PutEvents"], ["arn"]]] };
var PROFILES = {
  "Function->Table": TABLE,
  "DataSource->Table": TABLE,
  "Function->Queue": {
    kind: "role-policy",
    role: "source",
    Read: [[["sqs:ReceiveMessage", "sqs:GetQueueAttributes"], ["arn"]]],
    Write: [[["sqs:DeleteMessage", "sqs:SendMessage", "sqs:ChangeMessageVisibility", "sqs:PurgeQueue"], ["arn"]]]
  },
  "Function->Topic": { kind: "role-policy", role: "source", Write: [[["sns:Publish"], ["arn"]]] },
  "Function->Bucket": {
    kind: "role-policy",
    role: "source",
    Read: [
      [
        [
          "s3:GetObject",
          "s3:GetObjectAcl",
          "s3:GetObjectLegalHold",
          "s3:GetObjectRetention",
          "s3:GetObjectTorrent",
          "s3:GetObjectVersion",
          "s3:GetObjectVersionAcl",
          "s3:GetObjectVersionForReplication",
          "s3:GetObjectVersionTorrent",
          "s3:ListBucket",
          "s3:ListBucketMultipartUploads",
          "s3:ListBucketVersions",
          "s3:ListMultipartUploadParts"
        ],
        ["arn", "arn/*"]
      ]
    ],
    Write: [[["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:DeleteObjectVersion", "s3:PutObject", "s3:PutObjectLegalHold", "s3:PutObjectRetention", "s3:RestoreObject"], ["arn", "arn/*"]]]
  },
  "Function->Function": { kind: "role-policy", role: "source", Write: [[INVOKE, ["arn"]]] },
  "StateMachine->Function": { kind: "role-policy", role: "source", Write: [[INVOKE, ["arn"]]] },
  "DataSource->Function": { kind: "role-policy", role: "source", Write: [[INVOKE, ["arn", "arn:*"]]] },
  "Function->StateMachine": {
    kind: "role-policy",
    role: "source",
    Read: [
      [["states:DescribeStateMachine", "states:ListExecutions"], ["arn"]],
      [["states:DescribeExecution", "states:DescribeStateMachineForExecution", "states:GetExecutionHistory"], ["executions"]]
    ],
    Write: [
      [["states:StartExecution", "states:StartSyncExecution"], ["arn"]],
      [["states:StopExecution"], ["executions"]]
    ]
  },
  // The corpus grants Read and Write together only; which of the two carries events:DescribeRule is not observable there.
  "StateMachine->StateMachine": {
    kind: "role-policy",
    role: "source",
    Read: [
      [["states:DescribeExecution"], ["executions"]],
      [["events:DescribeRule"], ["syncExecutionRule"]]
    ],
    Write: [
      [["states:StartExecution"], ["arn"]],
      [["states:StopExecution"], ["executions"]],
      [["events:PutTargets", "events:PutRule"], ["syncExecutionRule"]]
    ]
  },
  "Rule->StateMachine": STATE_MACHINE_START,
  "Rule->EventBus": PUT_EVENTS,
  "DataSource->EventBus": PUT_EVENTS,
  "Function->EventBus": PUT_EVENTS,
  "Function->PlaceIndex": {
    kind: "role-policy",
    role: "source",
    Read: [[["geo:DescribePlaceIndex", "geo:GetPlace", "geo:SearchPlaceIndexForPosition", "geo:SearchPlaceIndexForSuggestions", "geo:SearchPlaceIndexForText"], ["arn"]]]
  },
  "Table->Function": { kind: "role-policy", role: "destination", Read: [[["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"], ["sourceArn/stream/*"]]] },
  "Queue->Function": {
    kind: "role-policy",
    role: "destination",
    Read: [[["sqs:ReceiveMessage", "sqs:GetQueueAttributes"], ["sourceArn"]]],
    Write: [[["sqs:DeleteMessage"], ["sourceArn"]]]
  },
  "Topic->Queue": { kind: "queue-policy", service: "sns.amazonaws.com" },
  "Rule->Queue": { kind: "queue-policy", service: "events.amazonaws.com" },
  "Rule->Topic": { kind: "topic-policy", service: "events.amazonaws.com" },
  "Topic->Function": { kind: "lambda-permission", service: "sns.amazonaws.com" },
  "Rule->Function": { kind: "lambda-permission", service: "events.amazonaws.com" },
  "Bucket->Function": { kind: "lambda-permission", service: "s3.amazonaws.com" },
  "RestApi->Function": { kind: "lambda-permission", service: "apigateway.amazonaws.com" },
  "HttpApi->Function": { kind: "lambda-permission", service: "apigateway.amazonaws.com" },
  "GraphQLApi->Function": { kind: "lambda-permission", service: "appsync.amazonaws.com" }
};
function connectorResources(template) {
  const byId = new Map(template.resources.map((r) => [r.logicalId, r]));
  const out = [];
  for (const connector of connectorsOf(template)) out.push(...expandConnector(template, byId, connector));
  return out;
}
function connectorsOf(template) {
  const out = [];
  const declared = template.root.entries.get("Resources");
  for (const r of template.resources) {
    if (r.type === CONNECTOR_TYPE && r.properties) {
      out.push({ logicalId: r.logicalId, address: r.address, sourceAddress: r.sourceAddress, properties: r.properties, span: r.span, ...r.condition !== void 0 ? { condition: r.condition } : {} });
      continue;
    }
    const body2 = declared?.kind === "object" ? declared.entries.get(r.logicalId) : void 0;
    const embedded = body2?.kind === "object" ? body2.entries.get("Connectors") : void 0;
    if (embedded?.kind !== "object") continue;
    for (const [name, connector] of embedded.entries) {
      const properties = connector.kind === "object" ? connector.entries.get("Properties") : void 0;
      if (properties?.kind !== "object") continue;
      out.push({
        logicalId: `${r.logicalId}${name}`,
        address: `${r.address}/Connectors/${name}`,
        sourceAddress: r.sourceAddress,
        properties,
        span: { ...connector.span ?? r.span, address: r.sourceAddress },
        host: r,
        ...r.condition !== void 0 ? { condition: r.condition } : {}
      });
    }
  }
  return out;
}
function expandConnector(template, byId, connector) {
  const props = connector.properties.entries;
  const permissionsValue = props.get("Permissions");
  const span = permissionsValue?.span ?? connector.span;
  const permissions = new Set((permissionsValue?.kind === "list" ? permissionsValue.items : []).flatMap((p) => p.kind === "string" ? [p.value] : []));
  const source = connector.host ? withGivenValues(endpointOfResource(connector.host, span), props.get("SourceReference")) : endpointOf(props.get("Source"), byId, span);
  const destinationValue = props.get("Destination");
  const destinations = destinationValue?.kind === "list" ? destinationValue.items : destinationValue ? [destinationValue] : [];
  const out = [];
  destinations.forEach((destinationItem, index) => {
    const destination = endpointOf(destinationItem, byId, span);
    const suffix = destinations.length > 1 || destinationValue?.kind === "list" ? `Destination${index}` : "";
    const profile = source?.kind && destination?.kind ? PROFILES[`${source.kind}->${destination.kind}`] : void 0;
    if (!source || !destination || !profile) {
      const unknownEnd = !source?.kind ? "Source" : !destination?.kind ? "Destination" : void 0;
      template.unresolved.push({
        span: { ...span, address: connector.sourceAddress },
        expr: `${source?.type ?? "?"} -> ${destination?.type ?? "?"}`,
        reason: unknownEnd ? `SAM connector ${unknownEnd} is neither a resource of the template (Id) nor a known resource Type` : "SAM connector between resource types it has no permissions profile for"
      });
      return;
    }
    const generated = generatedResource(connector, profile, permissions, source, destination, suffix, span);
    if (generated) out.push(generated);
  });
  return out;
}
function generatedResource(connector, profile, permissions, source, destination, suffix, span) {
  const resource = (logicalId, type, entries2, policyProperty) => {
    const r = {
      logicalId,
      address: `Resources/${logicalId}`,
      sourceAddress: connector.sourceAddress,
      type,
      span: { ...span, address: connector.sourceAddress },
      properties: object(entries2, span),
      propertySpans: new Map(entries2.map(([k]) => [k, span])),
      generatedFrom: connector.address
    };
    r.propertySpans.set(policyProperty, span);
    if (connector.condition !== void 0) r.condition = connector.condition;
    return r;
  };
  const sourceCondition = (service, resourceArn, action) => object(
    [
      ["Action", text(action, span)],
      ["Condition", object([["ArnEquals", object([["aws:SourceArn", source.arn ?? missing(span)]], span)]], span)],
      ["Effect", text("Allow", span)],
      ["Principal", object([["Service", text(service, span)]], span)],
      ["Resource", resourceArn ?? missing(span)]
    ],
    span
  );
  if (profile.kind === "role-policy") {
    const statements = [];
    for (const permission of ["Read", "Write"]) {
      if (!permissions.has(permission)) continue;
      for (const [actions, shapes] of profile[permission] ?? []) {
        statements.push(
          object(
            [
              ["Action", list(actions.map((a) => text(a, span)), span)],
              ["Effect", text("Allow", span)],
              ["Resource", list(shapes.map((s) => resourceOfShape(s, source, destination, span)), span)]
            ],
            span
          )
        );
      }
    }
    if (statements.length === 0) return void 0;
    const role = (profile.role === "source" ? source : destination).role;
    return resource(
      `${connector.logicalId}Policy${suffix}`,
      "AWS::IAM::ManagedPolicy",
      [
        ["PolicyDocument", policyDocument(statements, span)],
        ["Roles", list([role ?? missing(span)], span)]
      ],
      "PolicyDocument"
    );
  }
  if (!permissions.has("Write")) return void 0;
  if (profile.kind === "queue-policy" || profile.kind === "topic-policy") {
    const queue = profile.kind === "queue-policy";
    const statement = sourceCondition(profile.service, destination.arn, queue ? "sqs:SendMessage" : "sns:Publish");
    return resource(
      `${connector.logicalId}${queue ? "QueuePolicy" : "TopicPolicy"}${suffix}`,
      queue ? "AWS::SQS::QueuePolicy" : "AWS::SNS::TopicPolicy",
      [
        ["PolicyDocument", policyDocument([statement], span)],
        [queue ? "Queues" : "Topics", list([(queue ? destination.queueUrl : destination.arn) ?? missing(span)], span)]
      ],
      "PolicyDocument"
    );
  }
  const entries = [
    ["Action", text("lambda:InvokeFunction", span)],
    ["FunctionName", destination.arn ?? missing(span)],
    ["Principal", text(profile.service, span)],
    ["SourceArn", invokerArn(source, span)]
  ];
  if (source.kind === "Bucket") entries.push(["SourceAccount", object([["Fn::Sub", text("${AWS::AccountId}", span)]], span)]);
  return resource(`${connector.logicalId}WriteLambdaPermission${suffix}`, "AWS::Lambda::Permission", entries, "Principal");
}
function policyDocument(statements, span) {
  return object([["Statement", list(statements, span)], ["Version", text("2012-10-17", span)]], span);
}
function invokerArn(source, span) {
  if (source.kind === "RestApi" || source.kind === "HttpApi") {
    return sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${SourceResourceId}/${SourceQualifier}", [["SourceQualifier", source.qualifier ?? text("*", span)], ["SourceResourceId", source.resourceId ?? missing(span)]], span);
  }
  if (source.kind === "GraphQLApi") return sub("arn:${AWS::Partition}:appsync:${AWS::Region}:${AWS::AccountId}:apis/${SourceResourceId}", [["SourceResourceId", source.resourceId ?? missing(span)]], span);
  return source.arn ?? missing(span);
}
function resourceOfShape(shape, source, destination, span) {
  const destinationArn = destination.arn ?? missing(span);
  const sourceArn = source.arn ?? missing(span);
  switch (shape) {
    case "arn":
      return destinationArn;
    case "arn/index/*":
      return sub("${DestinationArn}/index/*", [["DestinationArn", destinationArn]], span);
    case "arn/*":
      return sub("${DestinationArn}/*", [["DestinationArn", destinationArn]], span);
    case "arn:*":
      return sub("${DestinationArn}:*", [["DestinationArn", destinationArn]], span);
    case "sourceArn":
      return sourceArn;
    case "sourceArn/stream/*":
      return sub("${SourceArn}/stream/*", [["SourceArn", sourceArn]], span);
    case "executions":
      return sub("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${DestinationName}:*", [["DestinationName", destination.name ?? missing(span)]], span);
    case "syncExecutionRule":
      return object([["Fn::Sub", text("arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule", span)]], span);
  }
}
function endpointOf(v, byId, span) {
  if (v?.kind !== "object") return void 0;
  const id = v.entries.get("Id");
  const declared = id?.kind === "string" ? byId.get(id.value) : void 0;
  if (id !== void 0 && !declared) return void 0;
  return withGivenValues(declared ? endpointOfResource(declared, span) : { kind: void 0, type: void 0 }, v);
}
function withGivenValues(endpoint, v) {
  if (v?.kind !== "object") return endpoint;
  const type = v.entries.get("Type");
  if (type?.kind === "string") {
    endpoint.type = type.value;
    endpoint.kind = KIND_OF_TYPE[type.value];
  }
  const given = [
    ["arn", "Arn"],
    ["name", "Name"],
    ["role", "RoleName"],
    ["queueUrl", "QueueUrl"],
    ["resourceId", "ResourceId"],
    ["qualifier", "Qualifier"]
  ];
  for (const [field, property] of given) {
    const value = v.entries.get(property);
    if (value !== void 0 && value.kind !== "null") endpoint[field] = value;
  }
  return endpoint;
}
function endpointOfResource(r, span) {
  const kind = KIND_OF_TYPE[r.type];
  const endpoint = { kind, type: r.type };
  const ref = ref_(r.logicalId, span);
  const attribute = (name) => getAtt(r.logicalId, name, span);
  const property = (name) => r.properties?.entries.get(name);
  switch (kind) {
    case "Function":
      endpoint.arn = attribute("Arn");
      endpoint.role = r.type === "AWS::Serverless::Function" ? samRole(r, span) : roleName(property("Role"));
      break;
    case "StateMachine":
      endpoint.arn = ref;
      endpoint.name = attribute("Name");
      endpoint.role = r.type === "AWS::Serverless::StateMachine" ? samRole(r, span) : roleName(property("RoleArn"));
      break;
    case "Queue":
      endpoint.arn = attribute("Arn");
      endpoint.queueUrl = ref;
      break;
    case "Topic":
      endpoint.arn = ref;
      break;
    case "Rule": {
      endpoint.arn = attribute("Arn");
      const targets = property("Targets");
      const first = targets?.kind === "list" ? targets.items[0] : void 0;
      endpoint.role = roleName(first?.kind === "object" ? first.entries.get("RoleArn") : void 0);
      break;
    }
    case "DataSource":
      endpoint.arn = attribute("DataSourceArn");
      endpoint.role = roleName(property("ServiceRoleArn"));
      break;
    case "RestApi":
    case "HttpApi":
      endpoint.resourceId = ref;
      break;
    case "GraphQLApi":
      endpoint.arn = attribute("Arn");
      endpoint.resourceId = attribute("ApiId");
      break;
    case "Table":
    case "Bucket":
    case "EventBus":
    case "PlaceIndex":
      endpoint.arn = attribute("Arn");
      break;
    case void 0:
      break;
  }
  return endpoint;
}
function samRole(r, span) {
  const given = r.properties?.entries.get("Role");
  return given && given.kind !== "null" ? roleName(given) : ref_(`${r.logicalId}Role`, span);
}
function roleName(v) {
  if (v?.kind !== "object" || v.entries.size !== 1) return v;
  const args = v.entries.get("Fn::GetAtt");
  const parts = args?.kind === "list" ? args.items : args?.kind === "string" ? args.value.split(".").map((value) => ({ kind: "string", value })) : [];
  const [resource, attribute] = parts;
  if (parts.length === 2 && resource?.kind === "string" && attribute?.kind === "string" && attribute.value === "Arn") return ref_(resource.value, v.span);
  return v;
}
function missing(span) {
  return ref_("AWS::NoValue", span);
}
function sub(template, variables, span) {
  return object([["Fn::Sub", list([text(template, span), object(variables, span)], span)]], span);
}
function ref_(logicalId, span) {
  return object([["Ref", text(logicalId, span)]], span);
}
function getAtt(logicalId, attribute, span) {
  return object([["Fn::GetAtt", list([text(logicalId, span), text(attribute, span)], span)]], span);
}
function text(value, span) {
  return span ? { kind: "string", value, span } : { kind: "string", value };
}
function object(entries, span) {
  return { kind: "object", entries: new Map(entries), ...span ? { span } : {} };
}
function list(items2, span) {
  return { kind: "list", items: items2, ...span ? { span } : {} };
}

// src/extract/aws/sam-transform.ts
var SAM_TRANSFORM = "AWS::Serverless-2016-10-31";
var SAM_WRITTEN_POLICY_NAMES = /* @__PURE__ */ new WeakSet();
function isSamWrittenPolicy(policyName2) {
  return policyName2 !== void 0 && SAM_WRITTEN_POLICY_NAMES.has(policyName2);
}
function samWrittenPolicy(document, name, span) {
  const nameValue = text(name, span);
  SAM_WRITTEN_POLICY_NAMES.add(nameValue);
  return object([["PolicyDocument", document], ["PolicyName", nameValue]], span);
}
function isSamTemplate(template) {
  return template.transforms.includes(SAM_TRANSFORM) || template.resources.some((r) => r.type.startsWith("AWS::Serverless::"));
}
var SERVICE_ROLE_POLICIES = /* @__PURE__ */ new Set([
  "AWSLambdaBasicExecutionRole",
  "AWSLambdaBasicDurableExecutionRolePolicy",
  "AWSLambdaRole",
  "AWSLambdaKinesisExecutionRole",
  "AWSLambdaDynamoDBExecutionRole",
  "AWSLambdaSQSQueueExecutionRole",
  "AWSLambdaMSKExecutionRole",
  "AWSLambdaVPCAccessExecutionRole",
  "AWSLambdaENIManagementAccess",
  "AWSCodeDeployRole",
  "AWSCodeDeployRoleForLambda",
  "AWSCodeDeployRoleForLambdaLimited",
  "AmazonAPIGatewayPushToCloudWatchLogs",
  "AWSConfigRulesExecutionRole",
  "AWSIoTLogging",
  "AWSIoTRuleActions",
  "AWSGlueServiceRole",
  "AWSAppSyncPushToCloudWatchLogs",
  "AmazonEC2ContainerServiceRole",
  "AmazonECSTaskExecutionRolePolicy"
]);
var EVENT_SOURCE_POLICIES = {
  SQS: "AWSLambdaSQSQueueExecutionRole",
  Kinesis: "AWSLambdaKinesisExecutionRole",
  DynamoDB: "AWSLambdaDynamoDBExecutionRole",
  MSK: "AWSLambdaMSKExecutionRole"
};
var OTHER_AWS_MANAGED_POLICIES = /^(AdministratorAccess|PowerUserAccess|ReadOnlyAccess|ViewOnlyAccess|SecurityAudit|Billing|SupportUser|DatabaseAdministrator|NetworkAdministrator|SystemAdministrator|DataScientist|SecretsManagerReadWrite|IAM[A-Za-z]*|CloudWatch[A-Za-z]*|CloudFront[A-Za-z]*|Comprehend[A-Za-z]*|AlexaForBusiness[A-Za-z]*|ResourceGroupsandTagEditor[A-Za-z]*)$/;
function isAwsManagedPolicyName(name) {
  return /^(AWS|Amazon)[A-Za-z0-9_-]+$/.test(name) || OTHER_AWS_MANAGED_POLICIES.test(name);
}
function managedPolicyArn(name) {
  return `arn:aws:iam::aws:policy/${SERVICE_ROLE_POLICIES.has(name) ? "service-role/" : ""}${name}`;
}
function withParameterDefault(template, v) {
  if (v?.kind !== "object" || v.entries.size !== 1) return v;
  const ref = v.entries.get("Ref");
  if (ref?.kind !== "string") return v;
  const fallback = template.parameters.get(ref.value)?.entries.get("Default");
  return fallback ?? v;
}
var DESTINATION_ACTIONS = {
  SQS: "sqs:SendMessage",
  SNS: "sns:publish",
  Lambda: "lambda:InvokeFunction",
  EventBridge: "events:PutEvents"
};
var ROLE_SPECS = {
  "AWS::Serverless::Function": { service: "lambda.amazonaws.com", baseline: ["AWSLambdaBasicExecutionRole"], tag: "lambda:createdBy", globals: "Function" },
  "AWS::Serverless::StateMachine": { service: "states.amazonaws.com", baseline: [], tag: "stateMachine:createdBy", globals: "StateMachine" }
};
function expandSam(template) {
  const out = [];
  for (const r of template.resources) {
    if (r.type === "AWS::Serverless::Api") {
      out.push(restApiWithPolicy(template, r) ?? r);
      continue;
    }
    out.push(r);
    const spec = ROLE_SPECS[r.type];
    if (!spec) continue;
    const role = generatedRole(template, r, spec);
    if (role) out.push(role);
    if (r.type === "AWS::Serverless::StateMachine") out.push(...stateMachineEventRoles(r));
  }
  out.push(...connectorResources(template));
  template.resources = out;
}
var STATE_MACHINE_EVENT_SERVICES = {
  Schedule: "events.amazonaws.com",
  CloudWatchEvent: "events.amazonaws.com",
  EventBridgeRule: "events.amazonaws.com",
  ScheduleV2: "scheduler.amazonaws.com",
  Api: "apigateway.amazonaws.com"
};
function stateMachineEventRoles(r) {
  const events = r.properties?.entries.get("Events");
  if (events?.kind !== "object") return [];
  const out = [];
  const alias = r.properties?.entries.get("AutoPublishAlias");
  const target = alias?.kind === "string" && isTrue(r.properties?.entries.get("UseAliasAsEventTarget")) ? `${r.logicalId}Alias${alias.value}` : r.logicalId;
  const machineBoundary = r.properties?.entries.get("PermissionsBoundary");
  for (const [eventId, event] of events.entries) {
    if (event.kind !== "object") continue;
    const type = event.entries.get("Type");
    const service = type?.kind === "string" ? STATE_MACHINE_EVENT_SERVICES[type.value] : void 0;
    if (!service || type?.kind !== "string") continue;
    const properties = event.entries.get("Properties");
    const props = properties?.kind === "object" ? properties.entries : /* @__PURE__ */ new Map();
    const givenRole = props.get("RoleArn");
    if (givenRole && givenRole.kind !== "null") continue;
    const span = event.span ?? r.span;
    const logicalId = `${r.logicalId}${eventId}Role`;
    const policyName2 = type.value === "ScheduleV2" ? `${r.logicalId}${eventId}StartExecutionPolicy` : `${logicalId}StartExecutionPolicy`;
    const statement = object(
      [
        ["Action", text("states:StartExecution", span)],
        ["Effect", text("Allow", span)],
        ["Resource", object([["Ref", text(target, span)]], span)]
      ],
      span
    );
    const policy = (name, s) => samWrittenPolicy(object([["Statement", list([s], span)]], span), name, span);
    const policies = [policy(policyName2, statement)];
    const deadLetter = props.get("DeadLetterConfig");
    const deadLetterArn = deadLetter?.kind === "object" ? deadLetter.entries.get("Arn") : void 0;
    if (type.value === "ScheduleV2" && deadLetterArn) {
      const sendMessage = object([["Action", text("sqs:SendMessage", span)], ["Effect", text("Allow", span)], ["Resource", deadLetterArn]], span);
      policies.push(policy(`${r.logicalId}${eventId}SQSPolicy`, sendMessage));
    }
    const entries = [
      ["AssumeRolePolicyDocument", serviceTrust(service, span)],
      ["Policies", list(policies, span)]
    ];
    const boundary = props.get("PermissionsBoundary") ?? machineBoundary;
    if (boundary && boundary.kind !== "null") entries.push(["PermissionsBoundary", boundary]);
    const role = {
      logicalId,
      address: `Resources/${logicalId}`,
      sourceAddress: r.sourceAddress,
      type: "AWS::IAM::Role",
      span,
      properties: object(entries, span),
      propertySpans: /* @__PURE__ */ new Map([
        ["AssumeRolePolicyDocument", span],
        ["Policies", span]
      ]),
      generatedFrom: r.address
    };
    if (r.condition !== void 0) role.condition = r.condition;
    out.push(role);
  }
  return out;
}
function serviceTrust(service, span) {
  return object(
    [
      ["Version", text("2012-10-17", span)],
      [
        "Statement",
        list(
          [
            object(
              [
                ["Action", list([text("sts:AssumeRole", span)], span)],
                ["Effect", text("Allow", span)],
                ["Principal", object([["Service", list([text(service, span)], span)]], span)]
              ],
              span
            )
          ],
          span
        )
      ]
    ],
    span
  );
}
function restApiWithPolicy(template, r) {
  const globals = template.globals?.entries.get("Api");
  const auth = r.properties?.entries.get("Auth") ?? (globals?.kind === "object" ? globals.entries.get("Auth") : void 0);
  const policy = auth?.kind === "object" ? auth.entries.get("ResourcePolicy") : void 0;
  if (policy?.kind !== "object") return void 0;
  const span = policy.span ?? r.span;
  const statements = [];
  const custom = policy.entries.get("CustomStatements");
  if (custom?.kind === "list") statements.push(...custom.items);
  else if (custom && custom.kind !== "null") statements.push(custom);
  for (const [property, effect] of [
    ["AwsAccountWhitelist", "Allow"],
    ["AwsAccountBlacklist", "Deny"]
  ]) {
    const accounts = policy.entries.get(property);
    if (!accounts || accounts.kind === "null") continue;
    const at = accounts.span ?? span;
    statements.push(
      object(
        [
          ["Effect", text(effect, at)],
          ["Principal", object([["AWS", accounts]], at)],
          ["Action", text("execute-api:Invoke", at)],
          ["Resource", text("execute-api:/*", at)]
        ],
        at
      )
    );
  }
  if (statements.length === 0) return void 0;
  const entries = [["Policy", object([["Version", text("2012-10-17", span)], ["Statement", list(statements, span)]], span)]];
  const name = r.properties?.entries.get("Name");
  if (name) entries.push(["Name", name]);
  return {
    ...r,
    type: "AWS::ApiGateway::RestApi",
    properties: object(entries, r.properties?.span ?? r.span),
    propertySpans: /* @__PURE__ */ new Map([["Policy", r.propertySpans.get("Auth") ?? span]]),
    generatedFrom: r.address
  };
}
function effectiveProperties(template, r, spec) {
  const merged = /* @__PURE__ */ new Map();
  const globals = template.globals?.entries.get(spec.globals);
  if (globals?.kind === "object") for (const [k, v] of globals.entries) merged.set(k, v);
  for (const [k, v] of r.properties?.entries ?? []) merged.set(k, v);
  return merged;
}
function generatedRole(template, r, spec) {
  const props = effectiveProperties(template, r, spec);
  const givenRole = props.get("Role");
  const roleCondition = givenRole ? conditionWithoutRole(template, givenRole) : void 0;
  if (givenRole && givenRole.kind !== "null" && roleCondition === void 0) return void 0;
  const logicalId = `${r.logicalId}Role`;
  const span = r.span;
  const propertySpan = (name) => r.propertySpans.get(name) ?? span;
  const managed = spec.baseline.map((name) => text(managedPolicyArn(name), span));
  const tracing = withParameterDefault(template, props.get("Tracing"));
  const tracingOn = r.type === "AWS::Serverless::Function" ? tracing?.kind === "string" && tracing.value === "Active" : tracing?.kind === "object" && isTrue(tracing.entries.get("Enabled"));
  if (tracingOn) managed.push(text(managedPolicyArn("AWSXrayWriteOnlyAccess"), tracing?.span ?? span));
  const vpc = props.get("VpcConfig");
  if (vpc && vpc.kind !== "null" && r.type === "AWS::Serverless::Function") managed.push(text(managedPolicyArn("AWSLambdaVPCAccessExecutionRole"), vpc.span ?? span));
  const events = props.get("Events");
  if (events?.kind === "object" && r.type === "AWS::Serverless::Function") {
    for (const event of events.entries.values()) {
      const type = event.kind === "object" ? event.entries.get("Type") : void 0;
      const policy = type?.kind === "string" ? EVENT_SOURCE_POLICIES[type.value] : void 0;
      if (policy) managed.push(text(managedPolicyArn(policy), event.span ?? span));
    }
  }
  const policies = [];
  if (r.type === "AWS::Serverless::Function") policies.push(...destinationPolicies(template, r.logicalId, props, span));
  const policiesValue = props.get("Policies");
  const items2 = policiesValue === void 0 || policiesValue.kind === "null" ? [] : policiesValue.kind === "list" ? policiesValue.items : [policiesValue];
  items2.forEach((item, index) => {
    const policyName2 = `${logicalId}Policy${index}`;
    const converted = convertPolicy(item, policyName2);
    if (converted.kind === "managed") managed.push(converted.value);
    else if (converted.kind === "inline") policies.push(converted.value);
    else if (item.kind !== "null") {
      template.unresolved.push({
        span: { ...item.span ?? span, address: r.sourceAddress },
        expr: JSON.stringify(toPlain(item)).slice(0, 200),
        reason: "SAM Policies entry that is not a managed policy, a policy document or a known policy template"
      });
    }
  });
  const entries = [];
  const trust = props.get("AssumeRolePolicyDocument");
  entries.push(["AssumeRolePolicyDocument", trust && trust.kind !== "null" ? trust : serviceTrust(spec.service, span)]);
  entries.push(["ManagedPolicyArns", list(managed, span)]);
  if (policies.length > 0) entries.push(["Policies", list(policies, policiesValue?.span ?? span)]);
  const boundary = props.get("PermissionsBoundary");
  if (boundary && boundary.kind !== "null") entries.push(["PermissionsBoundary", boundary]);
  const rolePath = props.get("RolePath");
  if (rolePath && rolePath.kind !== "null") entries.push(["Path", rolePath]);
  const address = `Resources/${logicalId}`;
  const propertySpans = /* @__PURE__ */ new Map([
    ["AssumeRolePolicyDocument", trust ? propertySpan("AssumeRolePolicyDocument") : span],
    ["ManagedPolicyArns", span],
    ["Policies", propertySpan("Policies")],
    ["PermissionsBoundary", propertySpan("PermissionsBoundary")]
  ]);
  const role = {
    logicalId,
    address,
    sourceAddress: r.sourceAddress,
    type: "AWS::IAM::Role",
    span,
    properties: object(entries, span),
    propertySpans,
    generatedFrom: r.address
  };
  const conditions = [r.condition, roleCondition].filter((c) => c !== void 0);
  if (conditions.length === 1) role.condition = conditions[0];
  else if (conditions.length === 2) role.condition = addCondition(template, `${conditions[0]}AND${conditions[1]}`, "Fn::And", conditions);
  return role;
}
function conditionWithoutRole(template, role) {
  const args = role.kind === "object" && role.entries.size === 1 ? role.entries.get("Fn::If") : void 0;
  if (args?.kind !== "list" || args.items.length !== 3 || args.items[0].kind !== "string") return void 0;
  const name = args.items[0].value;
  if (isNoValue(args.items[2])) return addCondition(template, `NOT${name}`, "Fn::Not", [name]);
  if (isNoValue(args.items[1])) return name;
  return void 0;
}
function addCondition(template, name, operator, of) {
  if (!template.conditions.has(name)) {
    const refs = of.map((c) => ({ kind: "object", entries: /* @__PURE__ */ new Map([["Condition", { kind: "string", value: c }]]) }));
    template.conditions.set(name, { kind: "object", entries: /* @__PURE__ */ new Map([[operator, { kind: "list", items: refs }]]) });
  }
  return name;
}
function destinationPolicies(template, functionId, props, span) {
  const out = [];
  const policy = (name, action, resource, at, version) => {
    const statement = object([["Action", text(action, at)], ["Effect", text("Allow", at)], ["Resource", resource]], at);
    const document = object([...version ? [["Version", text("2012-10-17", at)]] : [], ["Statement", list([statement], at)]], at);
    return samWrittenPolicy(document, name, at);
  };
  const dlq = props.get("DeadLetterQueue");
  if (dlq?.kind === "object") {
    const type = withParameterDefault(template, dlq.entries.get("Type"));
    const target = dlq.entries.get("TargetArn");
    const action = type?.kind === "string" ? { SQS: "sqs:SendMessage", SNS: "sns:Publish" }[type.value] : void 0;
    if (action && target) out.push(policy("DeadLetterQueuePolicy", action, target, dlq.span ?? span, true));
  }
  const destinationsOf = (config, prefix2, generated) => {
    if (config?.kind !== "object") return;
    for (const outcome of ["OnSuccess", "OnFailure"]) {
      const destination = config.entries.get(outcome);
      if (destination?.kind !== "object") continue;
      const type = withParameterDefault(template, destination.entries.get("Type"));
      const action = type?.kind === "string" ? DESTINATION_ACTIONS[type.value] : void 0;
      if (!action || type?.kind !== "string") continue;
      const target = withParameterDefault(template, destination.entries.get("Destination")) ?? generated(`${outcome}:${type.value}`);
      if (!target) continue;
      out.push(policy(`${prefix2}${outcome === "OnSuccess" && prefix2.endsWith("EventInvokeConfig") ? "OnSuccess" : outcome === "OnFailure" && prefix2.endsWith("EventInvokeConfig") ? "OnFailure" : ""}${type.value}Policy`, action, target, destination.span ?? span, false));
    }
  };
  const invokeConfig = props.get("EventInvokeConfig");
  if (invokeConfig?.kind === "object") {
    destinationsOf(invokeConfig.entries.get("DestinationConfig"), `${functionId}EventInvokeConfig`, (key) => {
      const [outcome, type] = key.split(":");
      const resource = `${functionId}EventInvokeConfig${outcome}${type === "SQS" ? "Queue" : "Topic"}`;
      if (type === "SQS") return object([["Fn::GetAtt", list([text(resource, span), text("Arn", span)], span)]], span);
      if (type === "SNS") return object([["Ref", text(resource, span)]], span);
      return void 0;
    });
  }
  const events = props.get("Events");
  if (events?.kind === "object") {
    for (const [eventId, event] of events.entries) {
      const properties = event.kind === "object" ? event.entries.get("Properties") : void 0;
      if (properties?.kind !== "object") continue;
      destinationsOf(properties.entries.get("DestinationConfig"), `${functionId}${eventId}`, () => void 0);
    }
  }
  return out;
}
function isTrue(v) {
  return v?.kind === "bool" && v.value || v?.kind === "string" && v.value.toLowerCase() === "true";
}
function convertPolicy(item, policyName2) {
  const span = item.span;
  if (item.kind === "string") return { kind: "managed", value: text(isAwsManagedPolicyName(item.value) ? managedPolicyArn(item.value) : item.value, span) };
  if (item.kind !== "object") return { kind: "none" };
  if (item.entries.has("Statement")) {
    return { kind: "inline", value: object([["PolicyDocument", item], ["PolicyName", text(policyName2, span)]], span) };
  }
  if (item.entries.size !== 1) return { kind: "none" };
  const [key, arg] = item.entries.entries().next().value;
  if (isSamPolicyTemplate(key)) {
    const parameters = new Map(arg.kind === "object" ? arg.entries : []);
    const statements = expandSamPolicyTemplate(key, parameters, span);
    const document = object([["Statement", list(statements, span)]], span);
    return { kind: "inline", value: samWrittenPolicy(document, policyName2, span) };
  }
  if (key === "Fn::If" && arg.kind === "list" && arg.items.length === 3) {
    const branches = [arg.items[1], arg.items[2]].map((b) => isNoValue(b) ? void 0 : convertPolicy(b, policyName2));
    const kinds = new Set(branches.filter((b) => b !== void 0 && b.kind !== "none").map((b) => b.kind));
    if (kinds.size !== 1) return { kind: "none" };
    const kind = [...kinds][0];
    const branchValue = (b, original) => b && b.kind !== "none" ? b.value : original;
    const value = object([["Fn::If", list([arg.items[0], branchValue(branches[0], arg.items[1]), branchValue(branches[1], arg.items[2])], arg.span)]], span);
    return { kind, value };
  }
  if (key === "Ref" || key.startsWith("Fn::")) return { kind: "managed", value: item };
  return { kind: "none" };
}
function isNoValue(v) {
  if (v.kind !== "object" || v.entries.size !== 1) return false;
  const ref = v.entries.get("Ref");
  return ref?.kind === "string" && ref.value === "AWS::NoValue";
}

// src/extract/aws/cloudformation.ts
var IDENTITY_TYPES = {
  "AWS::IAM::Role": { type: "role", nameProperty: "RoleName" },
  "AWS::IAM::User": { type: "user", nameProperty: "UserName" },
  "AWS::IAM::Group": { type: "group", nameProperty: "GroupName" }
};
var INLINE_POLICIES2 = {
  "AWS::IAM::RolePolicy": { identity: "role", property: "RoleName" },
  "AWS::IAM::UserPolicy": { identity: "user", property: "UserName" },
  "AWS::IAM::GroupPolicy": { identity: "group", property: "GroupName" }
};
var RESOURCE_POLICIES2 = {
  "AWS::S3::BucketPolicy": { policy: "PolicyDocument", target: "Bucket" },
  "AWS::SQS::QueuePolicy": { policy: "PolicyDocument", target: "Queues" },
  "AWS::SNS::TopicPolicy": { policy: "PolicyDocument", target: "Topics" },
  "AWS::KMS::Key": { policy: "KeyPolicy" },
  "AWS::ECR::Repository": { policy: "RepositoryPolicyText", nameProperty: "RepositoryName" },
  "AWS::SecretsManager::ResourcePolicy": { policy: "ResourcePolicy", target: "SecretId" },
  "AWS::Logs::ResourcePolicy": { policy: "PolicyDocument", nameProperty: "PolicyName" },
  "AWS::ApiGateway::RestApi": { policy: "Policy", nameProperty: "Name" },
  "AWS::OpenSearchService::Domain": { policy: "AccessPolicies", nameProperty: "DomainName" },
  "AWS::Elasticsearch::Domain": { policy: "AccessPolicies", nameProperty: "DomainName" }
};
function forMatching(text2) {
  return text2.replaceAll("${AWS::Partition}", "aws").replace(/\$\{AWS::([A-Za-z]+)\}/g, "$${AWS_$1}");
}
var CLOUDFORMATION_IAM_TYPES = /* @__PURE__ */ new Set([
  ...Object.keys(IDENTITY_TYPES),
  ...Object.keys(INLINE_POLICIES2),
  ...Object.keys(RESOURCE_POLICIES2),
  "AWS::IAM::Policy",
  "AWS::IAM::ManagedPolicy",
  "AWS::IAM::UserToGroupAddition",
  "AWS::IAM::AccessKey",
  "AWS::SSO::PermissionSet",
  "AWS::Lambda::Permission"
]);
function identityKey(type, name) {
  return `${type}:${name}`;
}
function extractAwsFromCloudFormation(evaluation) {
  return new CloudFormationExtractor(evaluation).run();
}
var CloudFormationExtractor = class {
  constructor(ev) {
    this.ev = ev;
    this.logicalIds = new Set(ev.logicalIds);
    for (const r of ev.resources) {
      this.byAddress.set(r.address, r);
      const identity = IDENTITY_TYPES[r.type];
      const name = identity ? knownString(r.properties.get(identity.nameProperty)) : void 0;
      if (identity && name !== void 0) {
        const key = identityKey(identity.type, name);
        if (!this.identitiesByName.has(key)) this.identitiesByName.set(key, r);
      }
      const policyName2 = r.type === "AWS::IAM::ManagedPolicy" ? knownString(r.properties.get("ManagedPolicyName")) : void 0;
      if (policyName2 !== void 0 && !this.managedPoliciesByName.has(policyName2)) this.managedPoliciesByName.set(policyName2, r);
    }
  }
  ev;
  grants = [];
  errors = [];
  unresolved = [];
  byAddress = /* @__PURE__ */ new Map();
  /** Every logical id of the template, including resources a false condition removed. */
  logicalIds;
  /** Managed policies of the template that some role, user or group lists in ManagedPolicyArns. */
  attachedManagedPolicies = /* @__PURE__ */ new Set();
  /** The first role, user or group of each type with a known name, and the first managed policy of each name. */
  identitiesByName = /* @__PURE__ */ new Map();
  managedPoliciesByName = /* @__PURE__ */ new Map();
  run() {
    for (const r of this.ev.resources) {
      if (!IDENTITY_TYPES[r.type]) continue;
      for (const arn of itemsOf(r.properties.get("ManagedPolicyArns"))) {
        const declared = this.declaredManagedPolicy(arn);
        if (declared) this.attachedManagedPolicies.add(declared.address);
      }
    }
    for (const r of this.ev.resources) {
      const identity = IDENTITY_TYPES[r.type];
      if (identity) this.identity(r, identity.type);
      else if (r.type === "AWS::IAM::Policy" || r.type === "AWS::IAM::ManagedPolicy") this.standalonePolicy(r);
      else if (INLINE_POLICIES2[r.type]) this.inlinePolicy(r);
      else if (r.type === "AWS::IAM::UserToGroupAddition") this.userToGroupAddition(r);
      else if (r.type === "AWS::IAM::AccessKey") this.accessKey(r);
      else if (r.type === "AWS::SSO::PermissionSet") this.permissionSet(r);
      else if (r.type === "AWS::Lambda::Permission") this.lambdaPermission(r);
      else if (RESOURCE_POLICIES2[r.type]) this.resourcePolicy(r);
    }
    const seen = /* @__PURE__ */ new Set();
    const grants = this.grants.filter((g) => !seen.has(g.id) && seen.add(g.id));
    const errorKeys = /* @__PURE__ */ new Set();
    const errors = this.errors.filter((e) => {
      const key = `${e.line}:${e.column}:${e.message}`;
      return !errorKeys.has(key) && errorKeys.add(key);
    });
    const unresolvedKeys = /* @__PURE__ */ new Set();
    const unresolved = this.unresolved.filter((u) => {
      const key = `${u.span.line}:${u.span.column}:${u.expr}`;
      return !unresolvedKeys.has(key) && unresolvedKeys.add(key);
    });
    return { grants, errors, unresolved };
  }
  // ---------- principals ----------
  principalOf(r, type) {
    const nameProperty = IDENTITY_TYPES[r.type]?.nameProperty;
    const name = nameProperty ? knownString(r.properties.get(nameProperty)) : void 0;
    return { type, name: name ?? r.logicalId, address: r.address };
  }
  /** A role/user/group named by a property: a Ref/GetAtt to a declared identity, its name, or the text as written. */
  identityNamed(v, type) {
    if (v.kind === "unknown" && v.ref) {
      const target = this.byAddress.get(v.ref.address);
      const identity = target ? IDENTITY_TYPES[target.type] : void 0;
      if (target && identity) return this.principalOf(target, identity.type);
      return { type, name: "${" + v.expr + "}" };
    }
    const text2 = displayText(v);
    if (text2 === void 0) return void 0;
    const named = this.identitiesByName.get(identityKey(type, text2));
    return named ? this.principalOf(named, type) : { type, name: text2 };
  }
  identitiesNamed(v, type) {
    return itemsOf(v).flatMap((item) => this.identityNamed(item, type) ?? []);
  }
  /** Principal entries of trust and resource policies that designate a declared role or user. */
  resolvePrincipal = (entry) => {
    if (!entry.ref) {
      if (!entry.value.includes("${AWS::")) return void 0;
      const principal = classifyPrincipal({ key: entry.key, value: forMatching(entry.value) });
      return { ...principal, name: principal.name === forMatching(entry.value) ? entry.value : principal.name };
    }
    const target = this.byAddress.get(entry.ref.address);
    const identity = target ? IDENTITY_TYPES[target.type] : void 0;
    return target && identity ? this.principalOf(target, identity.type) : void 0;
  };
  /** Expressions worth reporting: not the attributes of resources declared in the template (computed at deployment). */
  keepUnresolved = (u) => {
    if (u.ref) return false;
    const root = u.expr.split(".")[0];
    return !this.logicalIds.has(root);
  };
  unresolvedOf(v) {
    return unresolvedExprs(v, this.keepUnresolved, false);
  }
  // ---------- policy documents ----------
  propertySpan(r, property) {
    return { ...r.propertySpans.get(property) ?? r.span, address: r.sourceAddress };
  }
  /** Grants of one policy document; conditional when the resource, the policy entry or the statement is. */
  emitPolicy(r, property, doc, ctx, container, toolWritten = false) {
    if (!doc || doc.kind === "null") return;
    if (doc.kind === "list" && this.isConditional(doc)) {
      for (const alternative of doc.items) this.emitPolicy(r, property, alternative, ctx, doc, toolWritten);
      return;
    }
    const fallbackSpan = this.propertySpan(r, property);
    if (doc.kind === "unknown" && !doc.ref) {
      this.unresolved.push({ span: { ...doc.span ?? fallbackSpan, address: r.sourceAddress }, expr: doc.expr, reason: doc.reason ?? "policy document could not be evaluated" });
      return;
    }
    const result2 = grantsFromPolicyDocument(
      doc,
      {
        ...ctx,
        format: "cloudformation",
        address: r.sourceAddress,
        fallbackSpan,
        keepUnresolved: this.keepUnresolved,
        resolvePrincipal: this.resolvePrincipal
      },
      toolWritten
    );
    this.errors.push(...result2.errors);
    this.unresolved.push(...result2.unresolved);
    const wholeConditional = r.conditional || this.isConditional(doc) || container !== void 0 && this.isConditional(container);
    const statements = doc.kind === "object" ? doc.entries.get("Statement") : void 0;
    const statementValues = statements?.kind === "list" ? statements.items : statements ? [statements] : [];
    const conditionalStatements = /* @__PURE__ */ new Map();
    const statementIsConditional = (index) => {
      let conditional = conditionalStatements.get(index);
      if (conditional === void 0) {
        const statement = statementValues[index];
        conditional = statement !== void 0 && this.isConditionalDeep(statement);
        conditionalStatements.set(index, conditional);
      }
      return conditional;
    };
    for (const g of result2.grants) {
      const index = g.details?.statementIndex;
      if (wholeConditional || typeof index === "number" && statementIsConditional(index)) this.grants.push(markConditional(g));
      else this.grants.push(g);
    }
  }
  isConditional(v) {
    return this.ev.conditional.has(v);
  }
  isConditionalDeep(v) {
    if (this.ev.conditional.has(v)) return true;
    if (v.kind === "list") return v.items.some((i) => this.isConditionalDeep(i));
    if (v.kind === "object") {
      for (const x of v.entries.values()) if (this.isConditionalDeep(x)) return true;
    }
    return false;
  }
  /** `Policies: [{PolicyName, PolicyDocument}]` of a role, user or group. */
  inlinePolicies(r, principal, details) {
    for (const entry of itemsOf(r.properties.get("Policies"))) {
      if (entry.kind === "unknown") {
        this.unresolved.push({ span: { ...entry.span ?? this.propertySpan(r, "Policies"), address: r.sourceAddress }, expr: entry.expr, reason: entry.reason ?? "policy could not be evaluated" });
        continue;
      }
      if (entry.kind !== "object") continue;
      const name = displayText(entry.entries.get("PolicyName")) ?? `${r.logicalId} inline policy`;
      const policyName2 = entry.entries.get("PolicyName");
      const ctx = { kind: "identity-policy", policyName: name, principals: [principal], details: { ...details, inline: true } };
      this.emitPolicy(r, "Policies", entry.entries.get("PolicyDocument"), ctx, entry, isSamWrittenPolicy(policyName2));
    }
  }
  /** A managed policy of the template designated by an ARN value (`!Ref Policy`, or its name in an ARN). */
  declaredManagedPolicy(v) {
    if (v.kind === "unknown" && v.ref) {
      const target = this.byAddress.get(v.ref.address);
      return target?.type === "AWS::IAM::ManagedPolicy" ? target : void 0;
    }
    const text2 = knownString(v);
    if (!text2 || awsManagedPolicyName(forMatching(text2)) !== void 0) return void 0;
    const name = /:policy\/(?:.*\/)?([^/]+)$/.exec(text2)?.[1];
    if (!name) return void 0;
    return this.managedPoliciesByName.get(name);
  }
  /** `ManagedPolicyArns`: template policies expand to their statements; others are attachments of an ARN. */
  managedPolicyArns(r, property, principal, details) {
    for (const arnValue of itemsOf(r.properties.get(property))) {
      const declared = this.declaredManagedPolicy(arnValue);
      if (declared) {
        this.emitPolicy(declared, "PolicyDocument", declared.properties.get("PolicyDocument"), {
          kind: "identity-policy",
          policyName: this.managedPolicyName(declared),
          principals: [principal],
          details: { ...details, attachment: r.sourceAddress }
        });
        continue;
      }
      this.externalPolicy(r, property, arnValue, principal, details);
    }
  }
  managedPolicyName(r) {
    return knownString(r.properties.get("ManagedPolicyName")) ?? knownString(r.properties.get("PolicyName")) ?? r.logicalId;
  }
  /** Attachment of a policy not declared in the template (AWS-managed, another stack's, a parameter). */
  externalPolicy(r, property, arnValue, principal, extra) {
    const arn = displayText(arnValue);
    if (arn === void 0) return;
    const span = { ...arnValue.span ?? this.propertySpan(r, property), address: r.sourceAddress };
    const matchable = forMatching(arn);
    const managedName = awsManagedPolicyName(matchable);
    const facts = awsManagedPolicyFacts(matchable);
    const details = { ...extra, policy: managedName ?? arn, attachment: r.sourceAddress, attachedTo: principal.name };
    if (managedName !== void 0) details.awsManaged = true;
    if (facts) details.managedPolicyLevel = facts.level;
    if (r.conditional || this.isConditional(arnValue)) details.conditional = true;
    this.grants.push(...attachedPolicyGrants(principal, arn, facts, { ...span, format: "cloudformation" }, this.unresolvedOf(arnValue), details));
  }
  // ---------- resources ----------
  identity(r, type) {
    const self = this.principalOf(r, type);
    const details = {};
    const boundary = displayText(r.properties.get("PermissionsBoundary"));
    if (boundary !== void 0) details.permissionsBoundary = boundary;
    if (r.generatedFrom !== void 0) details.generatedFrom = r.generatedFrom;
    if (type === "role") {
      this.emitPolicy(r, "AssumeRolePolicyDocument", r.properties.get("AssumeRolePolicyDocument"), {
        kind: "trust-policy",
        attachedTo: self.name,
        policyName: `${self.name} trust policy`,
        details: { roleAddress: r.address, ...r.generatedFrom !== void 0 ? { generatedFrom: r.generatedFrom } : {} }
      });
    }
    this.inlinePolicies(r, self, details);
    this.managedPolicyArns(r, "ManagedPolicyArns", self, details);
    if (type === "user") {
      for (const group of this.identitiesNamed(r.properties.get("Groups"), "group")) this.membership(r, "Groups", self, group);
      const login = r.properties.get("LoginProfile");
      if (login && login.kind !== "null") {
        const extra = {};
        const reset = login.kind === "object" ? login.entries.get("PasswordResetRequired") : void 0;
        if (reset?.kind === "bool" || reset?.kind === "string") extra.passwordResetRequired = String(reset.value) === "true";
        this.credential(r, "LoginProfile", self, "login-profile", extra, []);
      }
    }
  }
  standalonePolicy(r) {
    const principals = [
      ...this.identitiesNamed(r.properties.get("Roles"), "role"),
      ...this.identitiesNamed(r.properties.get("Users"), "user"),
      ...this.identitiesNamed(r.properties.get("Groups"), "group")
    ];
    const managed = r.type === "AWS::IAM::ManagedPolicy";
    if (principals.length === 0 && managed && this.attachedManagedPolicies.has(r.address)) return;
    const details = managed ? {} : { inline: true };
    if (principals.length === 0) details.unattached = true;
    if (r.generatedFrom !== void 0) details.generatedFrom = r.generatedFrom;
    this.emitPolicy(r, "PolicyDocument", r.properties.get("PolicyDocument"), {
      kind: "identity-policy",
      policyName: this.managedPolicyName(r),
      principals,
      details
    });
  }
  inlinePolicy(r) {
    const spec = INLINE_POLICIES2[r.type];
    const principals = this.identitiesNamed(r.properties.get(spec.property), spec.identity);
    this.emitPolicy(r, "PolicyDocument", r.properties.get("PolicyDocument"), {
      kind: "identity-policy",
      policyName: knownString(r.properties.get("PolicyName")) ?? r.logicalId,
      principals,
      details: { inline: true }
    });
  }
  userToGroupAddition(r) {
    const group = this.identityNamed(r.properties.get("GroupName") ?? { kind: "null" }, "group");
    if (!group) return;
    for (const user of this.identitiesNamed(r.properties.get("Users"), "user")) this.membership(r, "Users", user, group);
  }
  membership(r, property, user, group) {
    const unresolved = [...this.unresolvedOf(r.properties.get("Groups")), ...this.unresolvedOf(r.properties.get("GroupName")), ...this.unresolvedOf(r.properties.get("Users"))];
    this.grants.push(membershipGrant(user, group, { ...this.propertySpan(r, property), format: "cloudformation" }, unresolved, {}, r.conditional));
  }
  accessKey(r) {
    const userValue = r.properties.get("UserName");
    const user = (userValue && this.identityNamed(userValue, "user")) ?? { type: "user", name: r.logicalId };
    const extra = {};
    const status = knownString(r.properties.get("Status"));
    if (status) extra.status = status;
    this.credential(r, void 0, user, "access-key", extra, this.unresolvedOf(userValue));
  }
  credential(r, property, user, credentialType, extra, unresolved) {
    const details = { credentialType, ...extra };
    if (r.conditional) details.conditional = true;
    const span = property ? this.propertySpan(r, property) : { ...r.span, address: r.sourceAddress };
    this.grants.push(credentialGrant(user, { ...span, format: "cloudformation" }, unresolved, details));
  }
  /** IAM Identity Center permission sets: the role each assigned account gets. */
  permissionSet(r) {
    const name = displayText(r.properties.get("Name")) ?? r.logicalId;
    const self = { type: "role", name, address: r.address };
    const details = { permissionSet: true };
    const boundary = r.properties.get("PermissionsBoundary");
    if (boundary?.kind === "object") {
      const arn = displayText(boundary.entries.get("ManagedPolicyArn"));
      const ref = boundary.entries.get("CustomerManagedPolicyReference");
      const refName = ref?.kind === "object" ? displayText(ref.entries.get("Name")) : void 0;
      if (arn ?? refName) details.permissionsBoundary = arn ?? refName;
    }
    this.emitPolicy(r, "InlinePolicy", r.properties.get("InlinePolicy"), { kind: "identity-policy", policyName: `${name} inline policy`, principals: [self], details: { ...details, inline: true } });
    this.managedPolicyArns(r, "ManagedPolicies", self, details);
    for (const reference of itemsOf(r.properties.get("CustomerManagedPolicyReferences"))) {
      if (reference.kind !== "object") continue;
      const policyName2 = displayText(reference.entries.get("Name"));
      if (policyName2 === void 0) continue;
      const path13 = displayText(reference.entries.get("Path")) ?? "/";
      const arnValue = { kind: "string", value: `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy${path13}${policyName2}`, ...reference.span ? { span: reference.span } : {} };
      this.externalPolicy(r, "CustomerManagedPolicyReferences", arnValue, self, { ...details, customerManaged: true });
    }
  }
  resourcePolicy(r) {
    const spec = RESOURCE_POLICIES2[r.type];
    let policy = r.properties.get(spec.policy);
    if (!policy && r.type === "AWS::ApiGateway::RestApi") {
      const body2 = r.properties.get("Body");
      policy = body2?.kind === "object" ? body2.entries.get("x-amazon-apigateway-policy") : void 0;
    }
    if (!policy || policy.kind === "null") return;
    const target = spec.target ? this.targetOf(r.properties.get(spec.target)) : void 0;
    const ownName = spec.nameProperty ? knownString(r.properties.get(spec.nameProperty)) : void 0;
    const name = target?.name ?? ownName ?? r.logicalId;
    const details = { resourceType: r.type, resourceAddress: target?.address ?? r.address };
    if (r.generatedFrom !== void 0) details.generatedFrom = r.generatedFrom;
    this.emitPolicy(r, spec.policy, policy, { kind: "resource-policy", attachedTo: name, policyName: `${name} resource policy`, details });
  }
  /** What a policy resource protects: a declared resource (by Ref/GetAtt) or the names as written. */
  targetOf(v) {
    const items2 = itemsOf(v);
    if (items2.length === 0) return void 0;
    const names = [];
    let address;
    for (const item of items2) {
      if (item.kind === "unknown" && item.ref) {
        const target = this.byAddress.get(item.ref.address);
        address ??= target?.address;
        names.push(target?.logicalId ?? item.expr);
      } else {
        const text2 = displayText(item);
        if (text2 !== void 0) names.push(text2);
      }
    }
    return { name: names.join(", "), ...address ? { address } : {} };
  }
  /** `AWS::Lambda::Permission` is one statement of the function's resource policy. */
  lambdaPermission(r) {
    const principalValue = r.properties.get("Principal");
    if (!principalValue || principalValue.kind === "null") return;
    const text2 = displayText(principalValue) ?? "";
    const entry = { key: lambdaPrincipalKey(text2), value: text2, ...principalValue.kind === "unknown" && principalValue.ref ? { ref: principalValue.ref } : {} };
    const principal = this.resolvePrincipal(entry) ?? classifyPrincipal(entry);
    const conditions = lambdaPermissionConditions("cloudformation", (name) => r.properties.get(name));
    const target = this.targetOf(r.properties.get("FunctionName")) ?? { name: r.logicalId };
    const action = displayText(r.properties.get("Action"));
    const details = { resourceType: r.type, attachedTo: target.name, policy: `${target.name} resource policy`, resourceAddress: target.address ?? r.address };
    if (principal.name !== text2) details.principalText = text2;
    if (r.conditional) details.conditional = true;
    if (r.generatedFrom !== void 0) details.generatedFrom = r.generatedFrom;
    const unresolved = [.../* @__PURE__ */ new Set([...this.unresolvedOf(principalValue), ...this.unresolvedOf(r.properties.get("Action")), ...this.unresolvedOf(r.properties.get("SourceArn"))])];
    this.grants.push(lambdaPermissionGrant(principal, action, target.name, conditions, { ...r.span, address: r.sourceAddress, format: "cloudformation" }, unresolved, details));
  }
};
function markConditional(g) {
  return { ...g, details: { ...g.details, conditional: true } };
}

// src/pipeline/frontends/cloudformation.ts
var parsedFiles = /* @__PURE__ */ new WeakMap();
function parsed(file) {
  let result2 = parsedFiles.get(file);
  if (!result2) {
    result2 = parseTemplate(file.text, file.path);
    parsedFiles.set(file, result2);
  }
  return result2;
}
var LEADING_FORMAT_VERSION = /^\uFEFF?\s*\{\s*"AWSTemplateFormatVersion"\s*:|^AWSTemplateFormatVersion\s*:/m;
var claimDecisions = /* @__PURE__ */ new WeakMap();
function claimsTemplate(file) {
  if (!hasTemplateExtension(file.path)) return false;
  const known2 = claimDecisions.get(file);
  if (known2?.text === file.text) return known2.claimed;
  const claimed = decideClaim(file);
  claimDecisions.set(file, { text: file.text, claimed });
  return claimed;
}
function decideClaim(file) {
  if (!mayBeTemplateText(file.text)) return false;
  const lower = file.path.toLowerCase();
  const yaml2 = lower.endsWith(".yaml") || lower.endsWith(".yml");
  if (yaml2 ? /^AWSTemplateFormatVersion\s*:/m.test(file.text) : LEADING_FORMAT_VERSION.test(file.text)) return true;
  if (templateByText(file.text, !isJsonTemplate(file.text, file.path))) return true;
  const result2 = parsed(file);
  return result2.error ? declaresTemplate(file.text) : isTemplate(result2.value);
}
function scanTemplate(file, parameters) {
  const result2 = parsed(file);
  parsedFiles.delete(file);
  if (result2.error) return { grants: [], errors: [result2.error], unresolved: [] };
  if (result2.value.kind !== "object") return { grants: [], errors: [], unresolved: [] };
  const raw = readTemplate(result2.value, result2.keySpans, file.path);
  if (isSamTemplate(raw)) expandSam(raw);
  const evaluation = evaluateTemplate(raw, { parameters, resourceTypes: CLOUDFORMATION_IAM_TYPES });
  const aws = extractAwsFromCloudFormation(evaluation);
  return { grants: aws.grants, errors: [...evaluation.errors, ...aws.errors], unresolved: [...evaluation.unresolved, ...aws.unresolved] };
}
var cloudFormationFrontEnd = {
  format: "cloudformation",
  claims: claimsTemplate,
  run(files, _all, options) {
    const fromFiles = readParameterFiles(options.parameterFiles, (abs) => path8.relative(options.root, abs).split(path8.sep).join("/"));
    const parameters = { ...fromFiles.values, ...options.parameters };
    const out = { grants: [], errors: [...fromFiles.errors], unresolved: [], files: [], comments: /* @__PURE__ */ new Map() };
    for (const file of files) {
      out.files.push(file.path);
      try {
        const scanned = scanTemplate(file, parameters);
        out.grants.push(...scanned.grants);
        out.errors.push(...scanned.errors);
        out.unresolved.push(...scanned.unresolved);
      } catch (e) {
        const message = `cloudformation front end failed: ${e.message}`;
        out.errors.push({ file: file.path, line: 1, column: 1, message: options.debug ? `${message}
${e.stack}` : message, code: "internal" });
      }
      const comments = suppressionComments(file.text);
      if (comments.length > 0) out.comments.set(file.path, comments);
    }
    return out;
  }
};
function suppressionComments(text2) {
  if (!text2.includes("grantlint")) return [];
  const out = [];
  const lines = text2.split("\n");
  lines.forEach((line, i) => {
    const m = /(^|\s)#\s*(grantlint.*)$/.exec(line);
    if (m) out.push({ line: i + 1, column: m.index + m[1].length + 1, text: m[2].trimEnd() });
  });
  return out;
}

// src/pipeline/frontends/bicep.ts
import { readFileSync as readFileSync3 } from "node:fs";
import path10 from "node:path";

// src/parse/bicep/lexer.ts
var TOKEN_TEXT = {
  [0 /* EOF */]: "end of file",
  [7 /* LBrace */]: "{",
  [8 /* RBrace */]: "}",
  [9 /* LBracket */]: "[",
  [10 /* RBracket */]: "]",
  [11 /* LParen */]: "(",
  [12 /* RParen */]: ")",
  [13 /* Comma */]: ",",
  [14 /* Colon */]: ":",
  [15 /* DoubleColon */]: "::",
  [16 /* Semicolon */]: ";",
  [17 /* Dot */]: ".",
  [18 /* DotQuestion */]: ".?",
  [19 /* Ellipsis */]: "...",
  [20 /* Question */]: "?",
  [21 /* DoubleQuestion */]: "??",
  [22 /* At */]: "@",
  [23 /* Assign */]: "=",
  [24 /* Arrow */]: "=>",
  [25 /* Eq */]: "==",
  [26 /* NotEq */]: "!=",
  [27 /* EqI */]: "=~",
  [28 /* NotEqI */]: "!~",
  [29 /* Lt */]: "<",
  [30 /* Le */]: "<=",
  [31 /* Gt */]: ">",
  [32 /* Ge */]: ">=",
  [33 /* Plus */]: "+",
  [34 /* Minus */]: "-",
  [35 /* Star */]: "*",
  [36 /* Slash */]: "/",
  [37 /* Percent */]: "%",
  [38 /* Bang */]: "!",
  [39 /* And */]: "&&",
  [40 /* Or */]: "||",
  [41 /* Pipe */]: "|",
  [42 /* Caret */]: "^"
};
var isIdentStart = (c) => c >= 97 /* a */ && c <= 122 /* z */ || c >= 65 /* A */ && c <= 90 /* Z */ || c === 95 /* Underscore */;
var isIdentPart = (c) => isIdentStart(c) || c >= 48 /* D0 */ && c <= 57 /* D9 */;
var isDigit3 = (c) => c >= 48 /* D0 */ && c <= 57 /* D9 */;
var isHex = (c) => isDigit3(c) || c >= 97 /* a */ && c <= 102 || c >= 65 /* A */ && c <= 70;
var tokenPool = [];
function lex(text2, errors) {
  const lexer = new Lexer(text2, errors, tokenPool);
  lexer.run();
  const lines = new LineStarts(text2, { starts: lexer.lineStarts.slice(0, lexer.lineCount), count: lexer.lineCount });
  return { tokens: tokenPool, count: lexer.count, comments: lexer.comments, lines };
}
var Lexer = class {
  constructor(text2, errors, tokens) {
    this.text = text2;
    this.errors = errors;
    this.tokens = tokens;
    this.len = text2.length;
    if (this.len > 0 && text2.charCodeAt(0) === 65279 /* Bom */) {
      this.pos = 1;
      this.lineStart = 1;
    }
  }
  text;
  errors;
  tokens;
  /** Tokens written so far into `tokens`. */
  count = 0;
  comments = [];
  len;
  holes = [];
  pos = 0;
  line = 1;
  lineStart = 0;
  nl = true;
  /** Offset where each line starts (line 1 at 0, even after a byte order mark); the first `lineCount` are set. */
  lineStarts = new Int32Array(64);
  lineCount = 1;
  // Start of the token being scanned.
  tStart = 0;
  tLine = 1;
  tCol = 1;
  error(message, start, startLine, startCol) {
    this.errors.push({
      message,
      line: startLine,
      column: startCol,
      endLine: this.line,
      endColumn: this.pos - this.lineStart + 1,
      offset: start,
      endOffset: this.pos
    });
  }
  push(kind, tokenText, multiline) {
    const t = this.tokens[this.count];
    if (t === void 0) {
      this.tokens.push({
        kind,
        start: this.tStart,
        end: this.pos,
        nl: this.nl,
        text: tokenText,
        multiline
      });
    } else {
      t.kind = kind;
      t.start = this.tStart;
      t.end = this.pos;
      t.nl = this.nl;
      t.text = tokenText;
      t.multiline = multiline;
    }
    this.count++;
    this.nl = false;
  }
  /** Fixed-width punctuation token. */
  punct(kind, width) {
    this.pos += width;
    this.push(kind, "", false);
  }
  newline() {
    this.line++;
    this.lineStart = this.pos;
    if (this.lineCount === this.lineStarts.length) {
      const grown = new Int32Array(this.lineStarts.length * 2);
      grown.set(this.lineStarts);
      this.lineStarts = grown;
    }
    this.lineStarts[this.lineCount++] = this.pos;
  }
  comment(kind) {
    const { tStart, pos } = this;
    this.comments.push({
      kind,
      text: this.text.slice(tStart, pos),
      range: {
        start: { line: this.tLine, column: this.tCol, offset: tStart },
        end: { line: this.line, column: pos - this.lineStart + 1, offset: pos }
      }
    });
  }
  /** Scans a single-quoted string body from `pos` (just after `'` or the `}` closing a hole). */
  scanString(continuation) {
    const text2 = this.text;
    const len = this.len;
    let value = "";
    let pos = this.pos;
    let runStart = pos;
    for (; ; ) {
      if (pos >= len) {
        this.pos = pos;
        value += text2.slice(runStart, pos);
        this.error("Unterminated string: expected a closing quote (')", this.tStart, this.tLine, this.tCol);
        this.push(continuation ? 6 /* StringRight */ : 3 /* StringComplete */, value, false);
        return;
      }
      const c = text2.charCodeAt(pos);
      if (c === 39 /* Quote */) {
        value += text2.slice(runStart, pos);
        this.pos = pos + 1;
        this.push(continuation ? 6 /* StringRight */ : 3 /* StringComplete */, value, false);
        return;
      }
      if (c === 10 /* LF */ || c === 13 /* CR */) {
        this.pos = pos;
        value += text2.slice(runStart, pos);
        this.error("Unterminated string: a single-quoted string cannot span lines (use a multi-line string)", this.tStart, this.tLine, this.tCol);
        this.push(continuation ? 6 /* StringRight */ : 3 /* StringComplete */, value, false);
        return;
      }
      if (c === 36 /* Dollar */ && text2.charCodeAt(pos + 1) === 123 /* LBrace */) {
        value += text2.slice(runStart, pos);
        this.pos = pos + 2;
        this.push(continuation ? 5 /* StringMiddle */ : 4 /* StringLeft */, value, false);
        if (!continuation) this.holes.push({ braces: 0, multiline: false, dollars: 1 });
        return;
      }
      if (c === 92 /* Backslash */) {
        value += text2.slice(runStart, pos);
        const escStart = pos;
        const escCol = pos - this.lineStart + 1;
        pos++;
        const e = pos < len ? text2.charCodeAt(pos) : -1;
        if (e === 110 /* n */) {
          value += "\n";
          pos++;
        } else if (e === 114 /* r */) {
          value += "\r";
          pos++;
        } else if (e === 116 /* t */) {
          value += "	";
          pos++;
        } else if (e === 92 /* Backslash */ || e === 39 /* Quote */ || e === 36 /* Dollar */) {
          value += text2[pos];
          pos++;
        } else if (e === 117 /* u */ && text2.charCodeAt(pos + 1) === 123 /* LBrace */) {
          let p = pos + 2;
          while (p < len && isHex(text2.charCodeAt(p))) p++;
          const hex = text2.slice(pos + 2, p);
          const code = hex.length > 0 && hex.length <= 6 ? parseInt(hex, 16) : -1;
          if (text2.charCodeAt(p) === 125 /* RBrace */ && code >= 0 && code <= 1114111) {
            value += String.fromCodePoint(code);
            pos = p + 1;
          } else {
            pos = Math.min(p + (text2.charCodeAt(p) === 125 /* RBrace */ ? 1 : 0), len);
            this.pos = pos;
            this.error("Invalid \\u{...} escape: expected 1 to 6 hexadecimal digits up to 10FFFF", escStart, this.line, escCol);
          }
        } else {
          if (e !== -1 && e !== 10 /* LF */ && e !== 13 /* CR */) pos++;
          this.pos = pos;
          this.error("Invalid escape sequence: expected one of \\\\, \\', \\n, \\r, \\t, \\$ or \\u{...}", escStart, this.line, escCol);
        }
        runStart = pos;
        continue;
      }
      pos++;
    }
  }
  /** Scans a `'''` string body from `pos`; `dollars` > 0 enables `$…{` holes (the `$'''` form). */
  scanMultiline(continuation, dollars) {
    const text2 = this.text;
    const len = this.len;
    let value = "";
    if (!continuation) {
      if (text2.charCodeAt(this.pos) === 13 /* CR */ && text2.charCodeAt(this.pos + 1) === 10 /* LF */) this.pos++;
      if (text2.charCodeAt(this.pos) === 10 /* LF */) {
        this.pos++;
        this.newline();
      }
    }
    let runStart = this.pos;
    for (; ; ) {
      const pos = this.pos;
      if (pos >= len) {
        value += text2.slice(runStart, pos);
        this.error("Unterminated multi-line string: expected '''", this.tStart, this.tLine, this.tCol);
        this.push(continuation ? 6 /* StringRight */ : 3 /* StringComplete */, value, true);
        return;
      }
      const c = text2.charCodeAt(pos);
      if (c === 39 /* Quote */ && text2.charCodeAt(pos + 1) === 39 /* Quote */ && text2.charCodeAt(pos + 2) === 39 /* Quote */) {
        let q = pos + 3;
        while (q < len && text2.charCodeAt(q) === 39 /* Quote */) q++;
        value += text2.slice(runStart, q - 3);
        this.pos = q;
        this.push(continuation ? 6 /* StringRight */ : 3 /* StringComplete */, value, true);
        return;
      }
      if (c === 10 /* LF */) {
        this.pos = pos + 1;
        this.newline();
        continue;
      }
      if (c === 36 /* Dollar */ && dollars > 0) {
        let d = pos;
        while (d < len && text2.charCodeAt(d) === 36 /* Dollar */) d++;
        if (d - pos >= dollars && text2.charCodeAt(d) === 123 /* LBrace */) {
          value += text2.slice(runStart, d - dollars);
          this.pos = d + 1;
          this.push(continuation ? 5 /* StringMiddle */ : 4 /* StringLeft */, value, true);
          if (!continuation) this.holes.push({ braces: 0, multiline: true, dollars });
          return;
        }
        this.pos = d;
        continue;
      }
      this.pos = pos + 1;
    }
  }
  lineComment() {
    const text2 = this.text;
    let p = this.pos + 2;
    while (p < this.len) {
      const x = text2.charCodeAt(p);
      if (x === 10 /* LF */ || x === 13 /* CR */) break;
      p++;
    }
    this.pos = p;
    this.comment("line");
  }
  blockComment() {
    const text2 = this.text;
    this.pos += 2;
    let closed = false;
    while (this.pos < this.len) {
      const x = text2.charCodeAt(this.pos);
      if (x === 42 /* Star */ && text2.charCodeAt(this.pos + 1) === 47 /* Slash */) {
        this.pos += 2;
        closed = true;
        break;
      }
      this.pos++;
      if (x === 10 /* LF */ || x === 13 /* CR */ && text2.charCodeAt(this.pos) !== 10 /* LF */) this.newline();
    }
    if (!closed) this.error("Unterminated block comment: expected */", this.tStart, this.tLine, this.tCol);
    this.comment("block");
  }
  /** `#disable-next-line BCP001 ...` and `#disable-diagnostics ...`: directives kept with the comments. */
  directive() {
    const text2 = this.text;
    let p = this.pos + 1;
    while (p < this.len && (isIdentPart(text2.charCodeAt(p)) || text2.charCodeAt(p) === 45 /* Minus */)) p++;
    const name = text2.slice(this.pos + 1, p);
    if (name === "disable-next-line" || name === "disable-diagnostics" || name === "restore-diagnostics") {
      while (p < this.len) {
        const x = text2.charCodeAt(p);
        if (x === 10 /* LF */ || x === 13 /* CR */) break;
        p++;
      }
      this.pos = p;
      this.comment("directive");
      return;
    }
    this.pos = Math.max(p, this.pos + 1);
    this.error(`Unknown directive "${text2.slice(this.tStart, this.pos)}": expected #disable-next-line or #disable-diagnostics`, this.tStart, this.tLine, this.tCol);
    this.push(43 /* Invalid */, text2.slice(this.tStart, this.pos), false);
  }
  closeBrace() {
    this.pos++;
    const holes = this.holes;
    const hole = holes.length > 0 ? holes[holes.length - 1] : void 0;
    if (hole && hole.braces === 0) {
      if (hole.multiline) this.scanMultiline(true, hole.dollars);
      else this.scanString(true);
      if (this.tokens[this.count - 1].kind === 6 /* StringRight */) holes.pop();
      return;
    }
    if (hole) hole.braces--;
    this.push(8 /* RBrace */, "", false);
  }
  dollar() {
    const text2 = this.text;
    let d = this.pos;
    while (d < this.len && text2.charCodeAt(d) === 36 /* Dollar */) d++;
    if (text2.charCodeAt(d) === 39 /* Quote */ && text2.charCodeAt(d + 1) === 39 /* Quote */ && text2.charCodeAt(d + 2) === 39 /* Quote */) {
      const dollars = d - this.pos;
      this.pos = d + 3;
      this.scanMultiline(false, dollars);
      return;
    }
    this.pos = d;
    this.error('Unexpected "$": expected an expression ($ only starts an interpolated multi-line string)', this.tStart, this.tLine, this.tCol);
    this.push(43 /* Invalid */, "$", false);
  }
  run() {
    const text2 = this.text;
    const len = this.len;
    while (this.pos < len) {
      const pos = this.pos;
      const c = text2.charCodeAt(pos);
      if (c === 32 /* Space */ || c === 9 /* Tab */) {
        this.pos = pos + 1;
        continue;
      }
      if (c === 10 /* LF */ || c === 13 /* CR */) {
        this.pos = pos + 1;
        if (c === 13 /* CR */ && text2.charCodeAt(pos + 1) === 10 /* LF */) continue;
        this.newline();
        this.nl = true;
        const holes = this.holes;
        while (holes.length > 0 && !holes[holes.length - 1].multiline) holes.pop();
        continue;
      }
      this.tStart = pos;
      this.tLine = this.line;
      this.tCol = pos - this.lineStart + 1;
      if (isIdentStart(c)) {
        let p = pos + 1;
        while (p < len && isIdentPart(text2.charCodeAt(p))) p++;
        this.pos = p;
        this.push(1 /* Identifier */, text2.slice(pos, p), false);
        continue;
      }
      if (isDigit3(c)) {
        let p = pos + 1;
        while (p < len && isDigit3(text2.charCodeAt(p))) p++;
        this.pos = p;
        this.push(2 /* Number */, text2.slice(pos, p), false);
        continue;
      }
      const c2 = text2.charCodeAt(pos + 1);
      switch (c) {
        case 39 /* Quote */:
          if (c2 === 39 /* Quote */ && text2.charCodeAt(pos + 2) === 39 /* Quote */) {
            this.pos = pos + 3;
            this.scanMultiline(false, 0);
          } else {
            this.pos = pos + 1;
            this.scanString(false);
          }
          continue;
        case 47 /* Slash */:
          if (c2 === 47 /* Slash */) this.lineComment();
          else if (c2 === 42 /* Star */) this.blockComment();
          else this.punct(36 /* Slash */, 1);
          continue;
        case 35 /* Hash */:
          this.directive();
          continue;
        case 36 /* Dollar */:
          this.dollar();
          continue;
        case 123 /* LBrace */:
          if (this.holes.length > 0) this.holes[this.holes.length - 1].braces++;
          this.punct(7 /* LBrace */, 1);
          continue;
        case 125 /* RBrace */:
          this.closeBrace();
          continue;
        case 91 /* LBracket */:
          this.punct(9 /* LBracket */, 1);
          continue;
        case 93 /* RBracket */:
          this.punct(10 /* RBracket */, 1);
          continue;
        case 40 /* LParen */:
          this.punct(11 /* LParen */, 1);
          continue;
        case 41 /* RParen */:
          this.punct(12 /* RParen */, 1);
          continue;
        case 44 /* Comma */:
          this.punct(13 /* Comma */, 1);
          continue;
        case 59 /* Semicolon */:
          this.punct(16 /* Semicolon */, 1);
          continue;
        case 58 /* Colon */:
          if (c2 === 58 /* Colon */) this.punct(15 /* DoubleColon */, 2);
          else this.punct(14 /* Colon */, 1);
          continue;
        case 46 /* Dot */:
          if (c2 === 46 /* Dot */ && text2.charCodeAt(pos + 2) === 46 /* Dot */) this.punct(19 /* Ellipsis */, 3);
          else if (c2 === 63 /* Question */) this.punct(18 /* DotQuestion */, 2);
          else this.punct(17 /* Dot */, 1);
          continue;
        case 63 /* Question */:
          if (c2 === 63 /* Question */) this.punct(21 /* DoubleQuestion */, 2);
          else this.punct(20 /* Question */, 1);
          continue;
        case 64 /* At */:
          this.punct(22 /* At */, 1);
          continue;
        case 61 /* Eq */:
          if (c2 === 61 /* Eq */) this.punct(25 /* Eq */, 2);
          else if (c2 === 126 /* Tilde */) this.punct(27 /* EqI */, 2);
          else if (c2 === 62 /* Gt */) this.punct(24 /* Arrow */, 2);
          else this.punct(23 /* Assign */, 1);
          continue;
        case 33 /* Bang */:
          if (c2 === 61 /* Eq */) this.punct(26 /* NotEq */, 2);
          else if (c2 === 126 /* Tilde */) this.punct(28 /* NotEqI */, 2);
          else this.punct(38 /* Bang */, 1);
          continue;
        case 60 /* Lt */:
          if (c2 === 61 /* Eq */) this.punct(30 /* Le */, 2);
          else this.punct(29 /* Lt */, 1);
          continue;
        case 62 /* Gt */:
          if (c2 === 61 /* Eq */) this.punct(32 /* Ge */, 2);
          else this.punct(31 /* Gt */, 1);
          continue;
        case 43 /* Plus */:
          this.punct(33 /* Plus */, 1);
          continue;
        case 45 /* Minus */:
          this.punct(34 /* Minus */, 1);
          continue;
        case 42 /* Star */:
          this.punct(35 /* Star */, 1);
          continue;
        case 37 /* Percent */:
          this.punct(37 /* Percent */, 1);
          continue;
        case 94 /* Caret */:
          this.punct(42 /* Caret */, 1);
          continue;
        case 38 /* Amp */:
          if (c2 === 38 /* Amp */) {
            this.punct(39 /* And */, 2);
          } else {
            this.pos = pos + 1;
            this.error('Unexpected "&": expected "&&"', pos, this.tLine, this.tCol);
            this.push(43 /* Invalid */, "&", false);
          }
          continue;
        case 124 /* Pipe */:
          if (c2 === 124 /* Pipe */) this.punct(40 /* Or */, 2);
          else this.punct(41 /* Pipe */, 1);
          continue;
        default: {
          this.pos = pos + (c >= 55296 && c <= 56319 && pos + 1 < len ? 2 : 1);
          const bad2 = text2.slice(pos, this.pos);
          this.error(`Unexpected character "${bad2}"`, pos, this.tLine, this.tCol);
          this.push(43 /* Invalid */, bad2, false);
        }
      }
    }
    this.tStart = this.pos;
    this.tLine = this.line;
    this.tCol = this.pos - this.lineStart + 1;
    this.push(0 /* EOF */, "", false);
  }
};

// src/parse/bicep/parser.ts
var Abort = class {
  aborted = true;
};
var ABORT = new Abort();
var MAX_DEPTH = 150;
var PRECEDENCE = {
  [21 /* DoubleQuestion */]: 1,
  [40 /* Or */]: 2,
  [39 /* And */]: 3,
  [25 /* Eq */]: 4,
  [26 /* NotEq */]: 4,
  [27 /* EqI */]: 4,
  [28 /* NotEqI */]: 4,
  [29 /* Lt */]: 5,
  [30 /* Le */]: 5,
  [31 /* Gt */]: 5,
  [32 /* Ge */]: 5,
  [33 /* Plus */]: 6,
  [34 /* Minus */]: 6,
  [35 /* Star */]: 7,
  [36 /* Slash */]: 7,
  [37 /* Percent */]: 7
};
var BINARY_OPERATOR = Object.fromEntries(
  Object.keys(PRECEDENCE).map((kind) => [kind, TOKEN_TEXT[Number(kind)]])
);
var STATEMENT_KEYWORDS = /* @__PURE__ */ new Set([
  "targetScope",
  "metadata",
  "param",
  "var",
  "resource",
  "module",
  "output",
  "type",
  "func",
  "import",
  "extension",
  "provider",
  "test",
  "assert",
  "using",
  "extends",
  "extensionConfig"
]);
var BICEPPARAM_ONLY = /* @__PURE__ */ new Set(["using", "extends", "extensionConfig"]);
var BICEP_ONLY = /* @__PURE__ */ new Set(["targetScope", "metadata", "resource", "module", "output", "test", "assert", "extension", "provider"]);
var EXPECTED_DECLARATION = "a declaration (targetScope, metadata, param, var, resource, module, output, type, func, import, extension, test or assert)";
var EXPECTED_PARAM_DECLARATION = "a declaration (using, extends, param, var, type, func, import or extensionConfig)";
var BicepParser = class {
  constructor(text2, path13, fileKind, errors) {
    this.path = path13;
    this.fileKind = fileKind;
    this.errors = errors;
    const lexed = lex(text2, errors);
    this.tokens = lexed.tokens;
    this.count = lexed.count;
    this.comments = lexed.comments;
    this.positions = new PositionTable(text2, lexed.lines);
  }
  path;
  fileKind;
  errors;
  i = 0;
  depth = 0;
  /** Tokens of this file: the first `count` of the lexer's shared objects (see lex). */
  tokens;
  count;
  comments;
  /** Ranges keep offsets and work out lines and columns when read, from the lines the lexer found. */
  positions;
  // ---------------------------------------------------------------------------------------------------------
  // Token helpers
  get tok() {
    return this.tokens[this.i];
  }
  /** Kind of the current token (a call, so checks before an advance() do not narrow checks after it). */
  k() {
    return this.tokens[this.i].kind;
  }
  peek(k) {
    const j = this.i + k;
    return this.tokens[j < this.count ? j : this.count - 1];
  }
  get prev() {
    return this.tokens[this.i > 0 ? this.i - 1 : 0];
  }
  advance() {
    const t = this.tokens[this.i];
    if (t.kind !== 0 /* EOF */) this.i++;
    return t;
  }
  range(first) {
    return this.positions.range(first.start, this.prev.end);
  }
  isKeyword(t, word) {
    return t.kind === 1 /* Identifier */ && t.text === word;
  }
  describe(t) {
    switch (t.kind) {
      case 0 /* EOF */:
        return "end of file";
      case 1 /* Identifier */:
      case 2 /* Number */:
      case 43 /* Invalid */:
        return `"${t.text}"`;
      case 3 /* StringComplete */:
      case 4 /* StringLeft */:
        return "a string";
      case 5 /* StringMiddle */:
      case 6 /* StringRight */:
        return '"}"';
      default:
        return `"${TOKEN_TEXT[t.kind]}"`;
    }
  }
  /** `line L column C` of a token's start, for messages that point back at an opening bracket. */
  where(t) {
    const at = this.positions.pos(t.start);
    return `line ${at.line} column ${at.column}`;
  }
  errorAt(t, message) {
    if (t.kind === 43 /* Invalid */) return;
    const start = this.positions.pos(t.start);
    const end = this.positions.pos(t.end);
    this.errors.push({ message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset: t.start, endOffset: t.end });
  }
  /**
   * Records "Expected X but found Y" and unwinds. With `sameLine`, X belonged on the current line: a token on a later
   * line is reported as "a new line" just after the last token of the line.
   */
  fail(expected, sameLine = false) {
    const t = this.tok;
    if (sameLine && t.nl && t.kind !== 0 /* EOF */ && this.i > 0) {
      const p = this.prev;
      const at = this.positions.pos(p.end);
      this.errors.push({
        message: `Expected ${expected} but found a new line`,
        line: at.line,
        column: at.column,
        endLine: at.line,
        endColumn: at.column + 1,
        offset: p.end,
        endOffset: p.end + 1
      });
    } else {
      this.errorAt(t, `Expected ${expected} but found ${this.describe(t)}`);
    }
    throw ABORT;
  }
  expect(kind, expected = `"${TOKEN_TEXT[kind]}"`) {
    if (this.k() !== kind) this.fail(expected);
    return this.advance();
  }
  /** Like expect, but the token must be on the current line (declaration headers). */
  expectOnLine(kind, expected = `"${TOKEN_TEXT[kind]}"`) {
    if (this.k() !== kind || this.tok.nl) this.fail(expected, true);
    return this.advance();
  }
  expectKeyword(word) {
    if (!this.isKeyword(this.tok, word) || this.tok.nl) this.fail(`"${word}"`, true);
    return this.advance();
  }
  identifier(expected, sameLine = true) {
    const t = this.tok;
    if (t.kind !== 1 /* Identifier */ || sameLine && t.nl) this.fail(expected, sameLine);
    this.advance();
    return { type: "Identifier", name: t.text, range: this.positions.range(t.start, t.end) };
  }
  enter() {
    if (++this.depth > MAX_DEPTH) {
      this.errorAt(this.tok, `Nesting too deep: more than ${MAX_DEPTH} nested expressions or types`);
      this.i = this.count - 1;
      throw ABORT;
    }
  }
  // ---------------------------------------------------------------------------------------------------------
  // Program and statements
  parseProgram() {
    const statements = [];
    while (this.k() !== 0 /* EOF */) {
      const start = this.i;
      try {
        const statement = this.parseStatement();
        statements.push(statement);
        if (!this.tok.nl && this.k() !== 0 /* EOF */) {
          this.errorAt(this.tok, `Expected a new line after the declaration but found ${this.describe(this.tok)}`);
          this.recoverStatement(start);
        }
      } catch (e) {
        if (e !== ABORT) {
          const at = this.tokens[start];
          this.errorAt(at, `Internal parser error: ${e instanceof Error ? e.message : String(e)}`);
        }
        this.recoverStatement(start);
      }
    }
    const eof = this.tokens[this.count - 1];
    return { type: "Program", path: this.path, fileKind: this.fileKind, statements, range: this.positions.range(0, eof.end) };
  }
  /** Skips the rest of the failed statement's line, then lines that cannot start a declaration. */
  recoverStatement(start) {
    this.depth = 0;
    if (this.i === start && this.k() !== 0 /* EOF */) this.i++;
    while (this.k() !== 0 /* EOF */ && !this.tok.nl) this.i++;
    while (this.k() !== 0 /* EOF */ && !this.startsStatement(this.tok)) {
      this.i++;
      while (this.k() !== 0 /* EOF */ && !this.tok.nl) this.i++;
    }
  }
  startsStatement(t) {
    return t.kind === 22 /* At */ || t.kind === 1 /* Identifier */ && STATEMENT_KEYWORDS.has(t.text);
  }
  parseStatement() {
    const first = this.tok;
    const decorators = this.parseDecorators();
    const kw = this.tok;
    if (kw.kind !== 1 /* Identifier */ || !STATEMENT_KEYWORDS.has(kw.text)) {
      this.fail(this.fileKind === "bicepparam" ? EXPECTED_PARAM_DECLARATION : EXPECTED_DECLARATION, decorators.length > 0);
    }
    if (this.fileKind === "bicep" && BICEPPARAM_ONLY.has(kw.text)) {
      this.errorAt(kw, `"${kw.text}" declarations are only allowed in .bicepparam files`);
      throw ABORT;
    }
    if (this.fileKind === "bicepparam" && BICEP_ONLY.has(kw.text)) {
      this.errorAt(kw, `"${kw.text}" declarations are not allowed in .bicepparam files`);
      throw ABORT;
    }
    this.advance();
    switch (kw.text) {
      case "targetScope": {
        this.expectOnLine(23 /* Assign */);
        const value = this.parseValueOnLine();
        return { type: "TargetScope", decorators, value, range: this.range(first) };
      }
      case "metadata": {
        const name = this.identifier("a metadata name");
        this.expectOnLine(23 /* Assign */);
        const value = this.parseValueOnLine();
        return { type: "Metadata", decorators, name, value, range: this.range(first) };
      }
      case "param":
        return this.parseParam(first, decorators);
      case "var": {
        const name = this.identifier("a variable name");
        let varType;
        if (this.k() !== 23 /* Assign */) {
          if (!this.typeStartsOnLine()) this.fail('"=" or a type', true);
          varType = this.parseType();
        }
        this.expectOnLine(23 /* Assign */);
        const value = this.parseValueOnLine();
        return varType ? { type: "Var", decorators, name, varType, value, range: this.range(first) } : { type: "Var", decorators, name, value, range: this.range(first) };
      }
      case "resource":
        return this.parseResource(first, decorators);
      case "module": {
        const name = this.identifier("a module name");
        const path13 = this.parseStringOnLine("a module path string");
        this.expectOnLine(23 /* Assign */);
        const value = this.parseDeclarationBody("module");
        return { type: "Module", decorators, name, path: path13, value, range: this.range(first) };
      }
      case "test": {
        const name = this.identifier("a test name");
        const path13 = this.parseStringOnLine("a test file path string");
        this.expectOnLine(23 /* Assign */);
        const value = this.parseDeclarationBody("test");
        return { type: "Test", decorators, name, path: path13, value, range: this.range(first) };
      }
      case "output": {
        const name = this.identifier("an output name");
        if (this.isKeyword(this.tok, "resource") && !this.tok.nl && this.isStringStart(this.peek(1))) {
          this.advance();
          const resourceType = this.parseStringOnLine("a resource type string");
          this.expectOnLine(23 /* Assign */);
          const value2 = this.parseValueOnLine();
          return { type: "Output", decorators, name, resourceType, value: value2, range: this.range(first) };
        }
        if (!this.typeStartsOnLine() || this.k() === 23 /* Assign */) this.fail("an output type", true);
        const outputType = this.parseType();
        this.expectOnLine(23 /* Assign */);
        const value = this.parseValueOnLine();
        return { type: "Output", decorators, name, outputType, value, range: this.range(first) };
      }
      case "type": {
        const name = this.identifier("a type name");
        this.expectOnLine(23 /* Assign */);
        if (!this.typeStartsOnLine()) this.fail("a type", true);
        const value = this.parseType();
        return { type: "TypeDecl", decorators, name, value, range: this.range(first) };
      }
      case "func": {
        const name = this.identifier("a function name");
        if (this.tok.nl) this.fail('"("', true);
        const lambda = this.parseTypedLambda();
        return { type: "Function", decorators, name, lambda, range: this.range(first) };
      }
      case "import":
        return this.parseImport(first, decorators);
      case "extension":
      case "provider": {
        let specification;
        if (this.k() === 1 /* Identifier */ && !this.tok.nl) specification = this.identifier("an extension name");
        else specification = this.parseStringOnLine("an extension name or reference string");
        let config;
        let alias;
        if (this.isKeyword(this.tok, "with") && !this.tok.nl) {
          this.advance();
          if (this.k() !== 7 /* LBrace */ || this.tok.nl) this.fail('an object after "with"', true);
          config = this.parseObject();
        }
        if (this.isKeyword(this.tok, "as") && !this.tok.nl) {
          this.advance();
          alias = this.identifier("an alias name");
        }
        const decl = { type: "Extension", decorators, keyword: kw.text, specification, range: this.range(first) };
        if (config) decl.config = config;
        if (alias) decl.alias = alias;
        return decl;
      }
      case "assert": {
        const name = this.identifier("an assertion name");
        this.expectOnLine(23 /* Assign */);
        const value = this.parseValueOnLine();
        return { type: "Assert", decorators, name, value, range: this.range(first) };
      }
      case "using": {
        const decl = { type: "Using", decorators, range: this.range(first) };
        if (this.isKeyword(this.tok, "none") && !this.tok.nl) this.advance();
        else decl.path = this.parseStringOnLine('a file path string or "none"');
        if (this.isKeyword(this.tok, "with") && !this.tok.nl) {
          this.advance();
          if (this.k() !== 7 /* LBrace */ || this.tok.nl) this.fail('an object after "with"', true);
          decl.config = this.parseObject();
        }
        decl.range = this.range(first);
        return decl;
      }
      case "extends": {
        const path13 = this.parseStringOnLine("a file path string");
        return { type: "Extends", decorators, path: path13, range: this.range(first) };
      }
      default: {
        const name = this.identifier("an extension name");
        this.expectKeyword("with");
        if (this.k() !== 7 /* LBrace */ || this.tok.nl) this.fail('an object after "with"', true);
        const config = this.parseObject();
        return { type: "ExtensionConfig", decorators, name, config, range: this.range(first) };
      }
    }
  }
  parseParam(first, decorators) {
    const name = this.identifier("a parameter name");
    if (this.fileKind === "bicepparam") {
      this.expectOnLine(23 /* Assign */);
      const value = this.parseValueOnLine();
      return { type: "Param", decorators, name, value, range: this.range(first) };
    }
    const decl = { type: "Param", decorators, name, range: this.range(first) };
    if (this.isKeyword(this.tok, "resource") && !this.tok.nl && this.isStringStart(this.peek(1))) {
      this.advance();
      decl.resourceType = this.parseStringOnLine("a resource type string");
    } else {
      if (!this.typeStartsOnLine() || this.k() === 23 /* Assign */ || this.k() === 0 /* EOF */) this.fail("a parameter type", true);
      decl.paramType = this.parseType();
    }
    if (this.k() === 23 /* Assign */ && !this.tok.nl) {
      this.advance();
      decl.value = this.parseValueOnLine();
    }
    decl.range = this.range(first);
    return decl;
  }
  parseResource(first, decorators) {
    const name = this.identifier("a resource name");
    const resourceType = this.parseStringOnLine("a resource type string");
    let existing = false;
    if (this.isKeyword(this.tok, "existing") && !this.tok.nl) {
      this.advance();
      existing = true;
    }
    this.expectOnLine(23 /* Assign */);
    const value = this.parseDeclarationBody("resource");
    return { type: "Resource", decorators, name, resourceType, existing, value, range: this.range(first) };
  }
  /** The value of a resource, module or test: an object, `if (...) {...}` or a for-expression (may start on the next line). */
  parseDeclarationBody(what) {
    const t = this.tok;
    if (t.kind === 7 /* LBrace */) return this.parseObject();
    if (this.isKeyword(t, "if") && this.peek(1).kind === 11 /* LParen */) return this.parseIf();
    if (t.kind === 9 /* LBracket */ && this.isForStart(1)) return this.parseArrayOrFor();
    return this.fail(`an object, "if" condition or "for" loop as the ${what} body`);
  }
  parseImport(first, decorators) {
    let items2;
    let wildcard;
    if (this.k() === 7 /* LBrace */ && !this.tok.nl) {
      this.advance();
      items2 = [];
      for (; ; ) {
        const t = this.tok;
        if (t.kind === 8 /* RBrace */) {
          this.advance();
          break;
        }
        const itemStart = this.tok;
        let original;
        if (t.kind === 1 /* Identifier */) original = this.identifier("an imported symbol name", false);
        else if (t.kind === 3 /* StringComplete */) original = this.parseString();
        else return this.fail('an imported symbol name or "}"');
        const item = { type: "ImportItem", original, range: this.range(itemStart) };
        if (this.isKeyword(this.tok, "as") && !this.tok.nl) {
          this.advance();
          item.alias = this.identifier("an alias name");
          item.range = this.range(itemStart);
        }
        items2.push(item);
        if (this.k() === 13 /* Comma */) this.advance();
        else if (this.k() !== 8 /* RBrace */ && !this.tok.nl) this.fail('",", a new line or "}"', true);
      }
    } else if (this.k() === 35 /* Star */ && !this.tok.nl) {
      this.advance();
      this.expectKeyword("as");
      wildcard = this.identifier("a namespace name");
    } else {
      this.fail('"{" or "*" after import');
    }
    this.expectKeyword("from");
    const from = this.parseStringOnLine("a file path string");
    const decl = { type: "Import", decorators, from, range: this.range(first) };
    if (items2) decl.items = items2;
    if (wildcard) decl.wildcard = wildcard;
    return decl;
  }
  parseDecorators() {
    const decorators = [];
    while (this.k() === 22 /* At */) {
      const at = this.advance();
      if (this.k() !== 1 /* Identifier */ || this.tok.nl) this.fail('a decorator name after "@"', true);
      const nameTok = this.tok;
      const expr = this.parsePostfix(this.parsePrimary(), nameTok);
      if (expr.type !== "Call") {
        this.errors.push(this.nodeError(expr.range, "Expected a decorator call such as @description('...')"));
        throw ABORT;
      }
      const decorator = { type: "Decorator", expr, name: expr.name.name, args: expr.args, range: this.range(at) };
      if (expr.object?.type === "Variable") decorator.namespace = expr.object.name;
      decorators.push(decorator);
      if (!this.tok.nl && this.k() !== 0 /* EOF */) this.fail("a new line after the decorator", true);
    }
    return fitted(decorators);
  }
  nodeError(range2, message) {
    return {
      message,
      line: range2.start.line,
      column: range2.start.column,
      endLine: range2.end.line,
      endColumn: range2.end.column,
      offset: range2.start.offset,
      endOffset: range2.end.offset
    };
  }
  // ---------------------------------------------------------------------------------------------------------
  // Expressions
  parseValueOnLine() {
    if (this.tok.nl || this.k() === 0 /* EOF */) this.fail("a value", true);
    return this.parseExpression();
  }
  parseExpression() {
    this.enter();
    try {
      const first = this.tok;
      const condition = this.parseBinary(1);
      if (this.k() !== 20 /* Question */) return condition;
      this.advance();
      const then = this.parseExpression();
      this.expect(14 /* Colon */, '":" of the conditional expression');
      const otherwise = this.parseExpression();
      return { type: "Ternary", condition, then, else: otherwise, range: this.range(first) };
    } finally {
      this.depth--;
    }
  }
  parseBinary(minPrecedence) {
    const first = this.tok;
    let left = this.parseUnary();
    for (; ; ) {
      const t = this.tok;
      if (t.nl) return left;
      const precedence = PRECEDENCE[t.kind];
      if (precedence === void 0 || precedence < minPrecedence) return left;
      this.advance();
      const right = this.parseBinary(precedence + 1);
      left = { type: "Binary", operator: BINARY_OPERATOR[t.kind], left, right, range: this.range(first) };
    }
  }
  parseUnary() {
    const t = this.tok;
    if (t.kind === 38 /* Bang */ || t.kind === 34 /* Minus */ || t.kind === 33 /* Plus */) {
      this.enter();
      try {
        this.advance();
        const operand = this.parseUnary();
        const operator = t.kind === 38 /* Bang */ ? "!" : t.kind === 34 /* Minus */ ? "-" : "+";
        return { type: "Unary", operator, operand, range: this.range(t) };
      } finally {
        this.depth--;
      }
    }
    return this.parsePostfix(this.parsePrimary(), t);
  }
  parsePostfix(expr, first) {
    for (; ; ) {
      const t = this.tok;
      if (t.nl) return expr;
      switch (t.kind) {
        case 17 /* Dot */: {
          this.advance();
          const name = this.identifier('a property or function name after "."');
          if (this.k() === 11 /* LParen */ && !this.tok.nl) {
            const args = this.parseArguments();
            expr = { type: "Call", object: expr, name, args, range: this.range(first) };
          } else {
            expr = { type: "PropertyAccess", object: expr, property: name, safe: false, range: this.range(first) };
          }
          break;
        }
        case 18 /* DotQuestion */: {
          this.advance();
          const name = this.identifier('a property name after ".?"');
          expr = { type: "PropertyAccess", object: expr, property: name, safe: true, range: this.range(first) };
          break;
        }
        case 9 /* LBracket */: {
          this.advance();
          let safe = false;
          let fromEnd = false;
          if (this.k() === 20 /* Question */) {
            this.advance();
            safe = true;
          }
          if (this.k() === 42 /* Caret */) {
            this.advance();
            fromEnd = true;
          }
          const index = this.parseExpression();
          this.expect(10 /* RBracket */);
          expr = { type: "IndexAccess", object: expr, index, safe, fromEnd, range: this.range(first) };
          break;
        }
        case 15 /* DoubleColon */: {
          this.advance();
          const resource = this.identifier('a nested resource name after "::"');
          expr = { type: "ResourceAccess", object: expr, resource, range: this.range(first) };
          break;
        }
        case 38 /* Bang */:
          this.advance();
          expr = { type: "NonNull", expr, range: this.range(first) };
          break;
        default:
          return expr;
      }
    }
  }
  parseArguments() {
    this.expect(11 /* LParen */);
    const args = [];
    if (this.k() === 12 /* RParen */) {
      this.advance();
      return args;
    }
    for (; ; ) {
      args.push(this.parseExpression());
      if (this.k() === 13 /* Comma */) {
        this.advance();
        continue;
      }
      if (this.k() === 12 /* RParen */) {
        this.advance();
        return fitted(args);
      }
      this.fail('"," or ")" in the argument list');
    }
  }
  parsePrimary() {
    const t = this.tok;
    if (t.nl && this.startsDeclarationLine(t, false)) this.fail("an expression", true);
    switch (t.kind) {
      case 2 /* Number */:
        this.advance();
        return { type: "Literal", value: Number(t.text), range: this.range(t) };
      case 3 /* StringComplete */:
      case 4 /* StringLeft */:
        return this.parseString();
      case 9 /* LBracket */:
        return this.parseArrayOrFor();
      case 7 /* LBrace */:
        return this.parseObject();
      case 11 /* LParen */:
        return this.isLambdaParams() ? this.parseLambda() : this.parseParenthesized();
      case 1 /* Identifier */: {
        if (t.text === "true" || t.text === "false") {
          this.advance();
          return { type: "Literal", value: t.text === "true", range: this.range(t) };
        }
        if (t.text === "null") {
          this.advance();
          return { type: "Literal", value: null, range: this.range(t) };
        }
        const next = this.peek(1);
        if (next.kind === 24 /* Arrow */) return this.parseLambda();
        if (next.kind === 11 /* LParen */ && !next.nl) {
          const name = this.identifier("a function name", false);
          const args = this.parseArguments();
          return { type: "Call", name, args, range: this.range(t) };
        }
        this.advance();
        return { type: "Variable", name: t.text, range: this.range(t) };
      }
      default:
        return this.fail("an expression");
    }
  }
  parseParenthesized() {
    const open = this.advance();
    const expr = this.parseExpression();
    this.expect(12 /* RParen */, '")"');
    return { type: "Paren", expr, range: this.range(open) };
  }
  /** At `(`: is this `(a, b) =>`? */
  isLambdaParams() {
    let j = this.i + 1;
    const toks = this.tokens;
    if (toks[j].kind === 12 /* RParen */) return toks[j + 1].kind === 24 /* Arrow */;
    for (; ; ) {
      if (toks[j].kind !== 1 /* Identifier */) return false;
      j++;
      const k = toks[j].kind;
      if (k === 12 /* RParen */) return toks[j + 1].kind === 24 /* Arrow */;
      if (k !== 13 /* Comma */) return false;
      j++;
    }
  }
  parseLambda() {
    const first = this.tok;
    const params = [];
    if (first.kind === 11 /* LParen */) {
      this.advance();
      while (this.k() !== 12 /* RParen */) {
        params.push(this.identifier("a lambda parameter name", false));
        if (this.k() === 13 /* Comma */) this.advance();
      }
      this.advance();
    } else {
      params.push(this.identifier("a lambda parameter name", false));
    }
    this.expect(24 /* Arrow */);
    const body2 = this.parseExpression();
    return { type: "Lambda", params: fitted(params), body: body2, range: this.range(first) };
  }
  parseTypedLambda() {
    const open = this.expect(11 /* LParen */, '"(" to start the parameter list');
    const params = [];
    while (this.k() !== 12 /* RParen */) {
      const pStart = this.tok;
      const name = this.identifier('a parameter name or ")"', false);
      const paramType = this.parseType();
      params.push({ type: "TypedLambdaParam", name, paramType, range: this.range(pStart) });
      if (this.k() === 13 /* Comma */) this.advance();
      else if (this.k() !== 12 /* RParen */) this.fail('"," or ")" in the parameter list');
    }
    this.advance();
    if (this.k() === 24 /* Arrow */) this.fail("a return type");
    const returnType = this.parseType();
    this.expect(24 /* Arrow */, '"=>"');
    const body2 = this.parseExpression();
    return { type: "TypedLambda", params, returnType, body: body2, range: this.range(open) };
  }
  isStringStart(t) {
    return t.kind === 3 /* StringComplete */ || t.kind === 4 /* StringLeft */;
  }
  parseStringOnLine(expected) {
    if (!this.isStringStart(this.tok) || this.tok.nl) this.fail(expected, true);
    return this.parseString();
  }
  /** At a StringComplete or StringLeft token. */
  parseString() {
    const first = this.advance();
    const segments = [first.text];
    const expressions = [];
    if (first.kind === 4 /* StringLeft */) {
      for (; ; ) {
        expressions.push(this.parseExpression());
        const t = this.tok;
        if (t.kind === 5 /* StringMiddle */) {
          this.advance();
          segments.push(t.text);
          continue;
        }
        if (t.kind === 6 /* StringRight */) {
          this.advance();
          segments.push(t.text);
          break;
        }
        this.fail('"}" to close the string interpolation');
      }
    }
    return { type: "String", segments: fitted(segments), expressions: fitted(expressions), multiline: first.multiline, range: this.range(first) };
  }
  isForStart(k) {
    const t = this.peek(k);
    if (t.kind !== 1 /* Identifier */ || t.text !== "for") return false;
    const next = this.peek(k + 1).kind;
    return next === 1 /* Identifier */ || next === 11 /* LParen */;
  }
  /** Could this line-leading token only start a top-level declaration (so an unclosed bracket before it ends here)? */
  startsDeclarationLine(t, allowResource) {
    if (t.kind === 22 /* At */) return !allowResource;
    if (t.kind !== 1 /* Identifier */ || !STATEMENT_KEYWORDS.has(t.text)) return false;
    if (allowResource && t.text === "resource") return false;
    const next = this.peek(1);
    if (next.nl) return false;
    if (t.text === "targetScope") return next.kind === 23 /* Assign */;
    if (t.text === "import") return next.kind === 7 /* LBrace */ || next.kind === 35 /* Star */;
    return next.kind === 1 /* Identifier */ || next.kind === 3 /* StringComplete */;
  }
  /** After an error inside an array or object: skip to the next line (or the closing bracket on this line). */
  recoverInContainer(itemStart, closer) {
    if (this.i === itemStart && this.k() !== closer && this.k() !== 0 /* EOF */) this.i++;
    let nesting = 0;
    for (; ; ) {
      const t = this.tok;
      if (t.kind === 0 /* EOF */ || t.nl) return;
      const k = t.kind;
      if (k === 7 /* LBrace */ || k === 9 /* LBracket */ || k === 11 /* LParen */ || k === 4 /* StringLeft */) nesting++;
      else if (k === 8 /* RBrace */ || k === 10 /* RBracket */ || k === 12 /* RParen */ || k === 6 /* StringRight */) {
        if (nesting === 0 && k === closer) return;
        if (nesting > 0) nesting--;
      }
      this.i++;
    }
  }
  /** Separator after an array item / object property: ",", a line break, or the closing bracket. */
  expectSeparator(closer, what) {
    const t = this.tok;
    if (t.kind === 13 /* Comma */) {
      this.advance();
      return;
    }
    if (t.kind === closer || t.nl || t.kind === 0 /* EOF */) return;
    this.errorAt(t, `Expected "," or a new line between ${what} but found ${this.describe(t)}`);
  }
  parseArrayOrFor() {
    if (this.isForStart(1)) return this.parseFor();
    const open = this.advance();
    const items2 = [];
    for (; ; ) {
      const t = this.tok;
      if (t.kind === 10 /* RBracket */) {
        this.advance();
        break;
      }
      if (t.kind === 0 /* EOF */) this.fail('"]" to close the array');
      if (t.nl && this.startsDeclarationLine(t, false)) {
        this.errorAt(t, `Expected "]" to close the array opened at ${this.where(open)} but found ${this.describe(t)}`);
        break;
      }
      const itemStart = this.i;
      try {
        items2.push(t.kind === 19 /* Ellipsis */ ? this.parseSpread() : this.parseExpression());
        this.expectSeparator(10 /* RBracket */, "array items");
      } catch (e) {
        if (e !== ABORT || this.k() === 0 /* EOF */) throw e;
        this.recoverInContainer(itemStart, 10 /* RBracket */);
      }
    }
    return { type: "Array", items: fitted(items2), range: this.range(open) };
  }
  parseSpread() {
    const dots = this.advance();
    const expr = this.parseExpression();
    return { type: "Spread", expr, range: this.range(dots) };
  }
  parseFor() {
    const open = this.advance();
    this.advance();
    let item;
    let index;
    if (this.k() === 11 /* LParen */) {
      this.advance();
      item = this.identifier("the loop item name", false);
      this.expect(13 /* Comma */, '"," and the loop index name');
      index = this.identifier("the loop index name", false);
      this.expect(12 /* RParen */);
    } else {
      item = this.identifier("the loop item name", false);
    }
    if (!this.isKeyword(this.tok, "in")) this.fail('"in"');
    this.advance();
    const iterable = this.parseExpression();
    this.expect(14 /* Colon */, '":" after the loop collection');
    const body2 = this.isKeyword(this.tok, "if") && this.peek(1).kind === 11 /* LParen */ ? this.parseIf() : this.parseExpression();
    this.expect(10 /* RBracket */, '"]" to close the for-expression');
    const node = { type: "For", item, iterable, body: body2, range: this.range(open) };
    if (index) node.index = index;
    return node;
  }
  parseIf() {
    const ifTok = this.advance();
    this.expect(11 /* LParen */);
    const condition = this.parseExpression();
    this.expect(12 /* RParen */, '")" to close the condition');
    if (this.k() !== 7 /* LBrace */) this.fail('"{" after the if condition');
    const body2 = this.parseObject();
    return { type: "If", condition, body: body2, range: this.range(ifTok) };
  }
  parseObject() {
    const open = this.advance();
    const properties = [];
    const resources = [];
    for (; ; ) {
      const t = this.tok;
      if (t.kind === 8 /* RBrace */) {
        this.advance();
        break;
      }
      if (t.kind === 0 /* EOF */) this.fail('"}" to close the object');
      if (t.nl && this.startsDeclarationLine(t, true)) {
        this.errorAt(t, `Expected "}" to close the object opened at ${this.where(open)} but found ${this.describe(t)}`);
        break;
      }
      const itemStart = this.i;
      try {
        if (t.kind === 19 /* Ellipsis */) {
          properties.push(this.parseSpread());
        } else if (t.kind === 22 /* At */ || this.isKeyword(t, "resource") && this.peek(1).kind === 1 /* Identifier */ && !this.peek(1).nl) {
          const decorators = this.parseDecorators();
          if (!this.isKeyword(this.tok, "resource")) {
            if (this.startsDeclarationLine(this.tok, true)) {
              this.i = itemStart;
              this.errorAt(t, `Expected "}" to close the object opened at ${this.where(open)} but found ${this.describe(t)}`);
              break;
            }
            this.fail('a nested "resource" declaration after the decorators');
          }
          this.advance();
          resources.push(this.parseResource(t, decorators));
        } else {
          properties.push(this.parseProperty());
        }
        this.expectSeparator(8 /* RBrace */, "object properties");
      } catch (e) {
        if (e !== ABORT || this.k() === 0 /* EOF */) throw e;
        this.recoverInContainer(itemStart, 8 /* RBrace */);
      }
    }
    return { type: "Object", properties: fitted(properties), resources: fitted(resources), range: this.range(open) };
  }
  parseProperty() {
    const t = this.tok;
    let key;
    let name;
    if (t.kind === 1 /* Identifier */) {
      key = this.identifier("a property name", false);
      name = key.name;
    } else if (this.isStringStart(t)) {
      key = this.parseString();
      if (key.expressions.length === 0) name = key.segments[0];
    } else {
      return this.fail('a property name, "..." or "}"');
    }
    this.expect(14 /* Colon */, '":" after the property name');
    const value = this.parseValueOnLine();
    const property = { type: "Property", key, value, range: this.range(t) };
    if (name !== void 0) property.name = name;
    return property;
  }
  // ---------------------------------------------------------------------------------------------------------
  // Types
  /** A type continues on this line, or on the next one when it starts with the `|` of a multi-line union. */
  typeStartsOnLine() {
    return !this.tok.nl || this.k() === 41 /* Pipe */;
  }
  parseType() {
    this.enter();
    try {
      const first = this.tok;
      let leadingPipe = false;
      if (first.kind === 41 /* Pipe */) {
        this.advance();
        leadingPipe = true;
      }
      const single = this.parseSingularType();
      if (!leadingPipe && this.k() !== 41 /* Pipe */) return single;
      const members = [single];
      while (this.k() === 41 /* Pipe */) {
        this.advance();
        members.push(this.parseSingularType());
      }
      return { type: "UnionType", members, range: this.range(first) };
    } finally {
      this.depth--;
    }
  }
  parseSingularType() {
    const first = this.tok;
    let type = this.parsePrimaryType();
    for (; ; ) {
      const t = this.tok;
      if (t.nl) return type;
      switch (t.kind) {
        case 9 /* LBracket */: {
          this.advance();
          const inner = this.tok;
          if (inner.kind === 10 /* RBracket */) {
            this.advance();
            type = { type: "ArrayType", element: type, range: this.range(first) };
            break;
          }
          let index;
          if (inner.kind === 35 /* Star */) index = "*";
          else if (inner.kind === 2 /* Number */) index = Number(inner.text);
          else return this.fail('"]", "*" or an index in the type');
          this.advance();
          this.expect(10 /* RBracket */);
          type = { type: "TypeIndexAccess", object: type, index, range: this.range(first) };
          break;
        }
        case 20 /* Question */:
          this.advance();
          type = { type: "NullableType", inner: type, range: this.range(first) };
          break;
        case 38 /* Bang */:
          this.advance();
          type = { type: "NonNullType", inner: type, range: this.range(first) };
          break;
        case 17 /* Dot */: {
          this.advance();
          if (this.k() === 35 /* Star */) {
            this.advance();
            type = { type: "TypeAdditionalPropertiesAccess", object: type, range: this.range(first) };
            break;
          }
          const nameTok = this.tok;
          const property = this.identifier('a property name or "*" after "."');
          if (type.type === "TypeName" && this.isResourceDerived(nameTok)) {
            type = this.parseResourceDerived(first, nameTok, type.name);
            break;
          }
          type = { type: "TypePropertyAccess", object: type, property, range: this.range(first) };
          break;
        }
        default:
          return type;
      }
    }
  }
  /** `resourceInput` / `resourceOutput` directly followed by `<` (the `<` is the current token when called after the name). */
  isResourceDerived(nameTok) {
    return (nameTok.text === "resourceInput" || nameTok.text === "resourceOutput") && this.k() === 29 /* Lt */;
  }
  /** At `<`, the name token already consumed. */
  parseResourceDerived(first, nameTok, namespace) {
    this.advance();
    if (this.k() !== 3 /* StringComplete */) this.fail("a resource type string such as 'Microsoft.Storage/storageAccounts@2023-01-01'");
    const resourceType = this.parseString();
    this.expect(31 /* Gt */, '">"');
    const node = {
      type: "ResourceDerivedType",
      kind: nameTok.text,
      resourceType,
      range: this.range(first)
    };
    if (namespace !== void 0) node.namespace = namespace;
    return node;
  }
  parsePrimaryType() {
    const t = this.tok;
    switch (t.kind) {
      case 1 /* Identifier */: {
        this.advance();
        if (t.text === "true" || t.text === "false") return { type: "TypeLiteral", value: t.text === "true", range: this.range(t) };
        if (t.text === "null") return { type: "TypeLiteral", value: null, range: this.range(t) };
        if (this.isResourceDerived(t) && !this.tok.nl) return this.parseResourceDerived(t, t);
        return { type: "TypeName", name: t.text, range: this.range(t) };
      }
      case 3 /* StringComplete */:
        this.advance();
        return { type: "TypeLiteral", value: t.text, range: this.range(t) };
      case 4 /* StringLeft */:
        return this.fail("a type (string literal types cannot be interpolated)");
      case 2 /* Number */:
        this.advance();
        return { type: "TypeLiteral", value: Number(t.text), range: this.range(t) };
      case 34 /* Minus */:
      case 33 /* Plus */:
      case 38 /* Bang */: {
        this.advance();
        const v = this.tok;
        if (t.kind === 38 /* Bang */ ? this.isKeyword(v, "true") || this.isKeyword(v, "false") : v.kind === 2 /* Number */) {
          this.advance();
          const value = t.kind === 38 /* Bang */ ? v.text !== "true" : t.kind === 34 /* Minus */ ? -Number(v.text) : Number(v.text);
          return { type: "TypeLiteral", value, range: this.range(t) };
        }
        return this.fail(t.kind === 38 /* Bang */ ? '"true" or "false" after "!" in a type' : "a number in the literal type");
      }
      case 7 /* LBrace */:
        return this.parseObjectType();
      case 9 /* LBracket */:
        return this.parseTupleType();
      case 11 /* LParen */: {
        this.advance();
        const inner = this.parseType();
        this.expect(12 /* RParen */);
        return { type: "ParenType", inner, range: this.range(t) };
      }
      default:
        return this.fail("a type");
    }
  }
  parseObjectType() {
    const open = this.advance();
    const properties = [];
    let additionalProperties;
    for (; ; ) {
      const t = this.tok;
      if (t.kind === 8 /* RBrace */) {
        this.advance();
        break;
      }
      if (t.kind === 0 /* EOF */) this.fail('"}" to close the object type');
      if (t.nl && t.kind !== 22 /* At */ && this.startsDeclarationLine(t, false)) {
        this.errorAt(t, `Expected "}" to close the object type opened at ${this.where(open)} but found ${this.describe(t)}`);
        break;
      }
      const itemStart = this.i;
      try {
        const decorators = this.parseDecorators();
        const keyTok = this.tok;
        let key;
        let name;
        if (keyTok.kind === 35 /* Star */) {
          this.advance();
          name = "*";
        } else if (keyTok.kind === 1 /* Identifier */) {
          key = this.identifier("a property name", false);
          name = key.name;
        } else if (keyTok.kind === 3 /* StringComplete */) {
          key = this.parseString();
          name = key.segments[0];
        } else {
          this.fail('a property name, "*" or "}"');
        }
        this.expect(14 /* Colon */, '":" after the property name');
        if (!this.typeStartsOnLine()) this.fail("a type", true);
        const value = this.parseType();
        const property = { type: "ObjectTypeProperty", decorators, name, value, range: this.range(decorators.length > 0 ? t : keyTok) };
        if (key) property.key = key;
        properties.push(property);
        if (name === "*" && !key) additionalProperties = property;
        this.expectSeparator(8 /* RBrace */, "object type properties");
      } catch (e) {
        if (e !== ABORT || this.k() === 0 /* EOF */) throw e;
        this.recoverInContainer(itemStart, 8 /* RBrace */);
      }
    }
    const node = { type: "ObjectType", properties: fitted(properties), range: this.range(open) };
    if (additionalProperties) node.additionalProperties = additionalProperties;
    return node;
  }
  parseTupleType() {
    const open = this.advance();
    const items2 = [];
    for (; ; ) {
      const t = this.tok;
      if (t.kind === 10 /* RBracket */) {
        this.advance();
        break;
      }
      if (t.kind === 0 /* EOF */) this.fail('"]" to close the tuple type');
      const itemStart = this.i;
      try {
        const decorators = this.parseDecorators();
        const value = this.parseType();
        items2.push({ type: "TupleTypeItem", decorators, value, range: this.range(t) });
        this.expectSeparator(10 /* RBracket */, "tuple items");
      } catch (e) {
        if (e !== ABORT || this.k() === 0 /* EOF */) throw e;
        this.recoverInContainer(itemStart, 10 /* RBracket */);
      }
    }
    return { type: "TupleType", items: fitted(items2), range: this.range(open) };
  }
};

// src/parse/bicep/warm-up.ts
var LEXER_WARM_UP = [
  "\uFEFF// line comment\r\n/* block\ncomment */ #disable-next-line BCP001\r",
  "param p string = 'a\\n\\r\\t\\\\\\'\\$\\u{41}${x}b${ {c: 1}.c }' /* */",
  "var m = '''\nmulti\n''' + $'''\n${a}''' + $$'''$${b}${c}'''",
  "var o = a.b.?c[?0][^1]!::d ?? (e ? f : g) == h != i =~ j !~ k < l <= m > n >= o + p - q * r / s % t && u || !v",
  "x => ...y | z @w [] , ; 123 ~ & § $ #bogus",
  "'a${b\n'unterminated\n'''unterminated"
].join("\n");
var LEXER_WARM_UP_ENDS = ["a}", "'''a'''", "$'''a${b}'''", "#", "a.", "'a'", "a/"];
var PARSER_WARM_UP = `targetScope = 'subscription'
metadata info = { a: 1 }
import { a, b as c, 'd-e' as f } from './x.bicep'
import * as ns from 'y.bicep'
extension az
extension 'br:x/y:1' with {
  k: 'v'
} as ext
@description('d')
@sys.secure()
@allowed([
  'a'
])
param p1 string = 'x'
param p2 int?
param p3 resource 'A/b@1'
param p4
  | 'a'
  | 'b'
var v1 int = -1
var v2 = [for (x, i) in range(0, 3): if (i > 0) { k: x }]
var v3 = [
  for x in y: x
]
var v4 = cond
  ? map(xs, x => x.?a[?0][^1]!)
  : filter(xs, (a, b) => a == b && a != b || !a ?? b)
var v5 = { ...o, 'k\${x}': 1, k2: [1, 'two', true, false, null, ...a], k3: (1 + 2) * 3 / 4 % 5 - 6 }
var v6 = $'''
\${a}'''
var v7 = a =~ b || a !~ c && a < b && a <= b && a > b && a >= b
@export()
type t1 = {
  @minLength(1)
  a: string?
  'b': int[]
  c: ('x' | -1 | !true | null)[]
  *: object
}
type t2 = [
  @description('x')
  string
  int
]
type t3 = t1.a
type t4 = t2[0]
type t5 = t1.*
type t6 = t5[*]
type t7 = resourceInput<'A/b@1'>.name
type t8 = sys.resourceOutput<'A/b@1'>
type t9 = t8!
func f1(a string, b int) string => '\${a}\${b}'
@batchSize(1)
resource r1 'A/b@1' = [for x in xs: {
  name: x
  @description('c')
  resource c1 'c' = {
    name: 'c'
  }
}]
resource r2 'A/b@1' existing = {
  name: r1[0]::c1.name
}
resource r3 'A/b@1' =
  if (a) {
  scope: r2
}
module m1 'm.bicep' = {
  name: 'm'
  params: { a: az.resourceGroup().id }
}
module m2 'br/public:x:1' = [for i in range(0, 2): if (true) {}]
output o1 string = m1.outputs.x
output o2 resource 'A/b@1' = r2
test t 'x.bicep' = {}
assert a1 = true
var bad1 =
var bad2 = [1 2, )
var bad3 = { a: 1 b }
var bad4 = (
param bad5 string: 'x'
type bad6 = 'a\${b}'
@secure
param bad7 string
var ok = 1 var bad8 = 2
var bad9 = {
  a: 1
param after string
`;
var BICEPPARAM_WARM_UP = `using './main.bicep'
extends './base.bicepparam'
import { t } from './t.bicep'
param a = 'x'
var b = a
extensionConfig k with {
  x: 1
}
resource bad 'A/b@1' = {}
using none
`;
var warmed = false;
function warmUp(parse) {
  if (warmed) return;
  warmed = true;
  for (let i = 0; i < 16; i++) {
    lex(LEXER_WARM_UP, []);
    for (const text2 of LEXER_WARM_UP_ENDS) lex(text2, []);
  }
  for (let i = 0; i < 8; i++) {
    parse(PARSER_WARM_UP, "warm-up.bicep");
    parse(BICEPPARAM_WARM_UP, "warm-up.bicepparam");
  }
}

// src/parse/bicep/index.ts
function parseBicep(text2, file) {
  const errors = [];
  const fileKind = file.toLowerCase().endsWith(".bicepparam") ? "bicepparam" : "bicep";
  const parser = new BicepParser(text2, file, fileKind, errors);
  const program = parser.parseProgram();
  errors.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  return { program, errors, comments: parser.comments };
}
function warmUpBicepParser() {
  warmUp(parseBicep);
}

// src/evaluate/bicep/evaluate.ts
import path9 from "node:path";

// src/evaluate/bicep/values.ts
var NULL = { kind: "null" };
var bool = (value) => ({ kind: "bool", value });
var num = (value) => ({ kind: "number", value });
var list2 = (items2) => ({ kind: "list", items: items2 });
var obj = (entries) => ({ kind: "object", entries: new Map(entries) });
var isUnknown = (v) => v.kind === "unknown" || v.kind === "string" && (v.unknowns?.length ?? 0) > 0;
function hasUnknown(v) {
  switch (v.kind) {
    case "unknown":
      return true;
    case "string":
      return (v.unknowns?.length ?? 0) > 0;
    case "list":
      return v.items.some(hasUnknown);
    case "object":
      for (const x of v.entries.values()) if (hasUnknown(x)) return true;
      return false;
    default:
      return false;
  }
}
var placeholder = (v) => "${" + v.expr + "}";
function concatText2(parts) {
  let text2 = "";
  let unknowns;
  const addUnknown = (e) => {
    unknowns ??= [];
    if (!unknowns.includes(e)) unknowns.push(e);
  };
  for (const p of parts) {
    switch (p.kind) {
      case "string":
        text2 += p.value;
        for (const u of p.unknowns ?? []) addUnknown(u);
        break;
      case "number":
      case "bool":
        text2 += String(p.value);
        break;
      case "null":
        break;
      case "unknown":
        text2 += placeholder(p);
        addUnknown(p.expr);
        break;
      default:
        text2 += JSON.stringify(plainForText(p));
        for (const u of collectUnknowns(p)) addUnknown(u);
    }
  }
  return unknowns ? { kind: "string", value: text2, unknowns } : { kind: "string", value: text2 };
}
function plainForText(v) {
  switch (v.kind) {
    case "list":
      return v.items.map(plainForText);
    case "object":
      return Object.fromEntries([...v.entries].map(([k, x]) => [k, plainForText(x)]));
    case "unknown":
      return placeholder(v);
    case "null":
      return null;
    default:
      return v.value;
  }
}
var sym = (...parts) => concatText2(parts.map((p) => typeof p === "string" ? { kind: "string", value: p } : p));
function valuesEqual2(a, b, ci = false) {
  if (hasUnknown(a) || hasUnknown(b)) return void 0;
  return plainEqual(a, b, ci);
}
function plainEqual(a, b, ci) {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "string":
      return ci ? a.value.toLowerCase() === b.value.toLowerCase() : a.value === b.value;
    case "number":
    case "bool":
      return a.value === b.value;
    case "null":
      return true;
    case "list": {
      const bi = b.items;
      return a.items.length === bi.length && a.items.every((x, i) => plainEqual(x, bi[i], ci));
    }
    case "object": {
      const be = b.entries;
      if (a.entries.size !== be.size) return false;
      for (const [k, x] of a.entries) {
        const y = be.get(k);
        if (!y || !plainEqual(x, y, ci)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}
function getProperty(o, key) {
  const exact = o.entries.get(key);
  if (exact) return exact;
  const lower = key.toLowerCase();
  for (const [k, v] of o.entries) if (k.toLowerCase() === lower) return v;
  return void 0;
}
var deployTime = (expr) => unknown(expr, { reason: "deployment-scope" });
function subscriptionObject(subscriptionId) {
  const id = subscriptionId ?? deployTime("subscription().subscriptionId");
  return obj([
    ["id", sym("/subscriptions/", id)],
    ["subscriptionId", id],
    ["tenantId", deployTime("subscription().tenantId")],
    ["displayName", deployTime("subscription().displayName")]
  ]);
}
function resourceGroupObject(name, subscriptionId) {
  const sub2 = subscriptionId ?? deployTime("subscription().subscriptionId");
  const rg = name ?? deployTime("resourceGroup().name");
  return obj([
    ["id", sym("/subscriptions/", sub2, "/resourceGroups/", rg)],
    ["name", rg],
    ["type", { kind: "string", value: "Microsoft.Resources/resourceGroups" }],
    ["location", deployTime("resourceGroup().location")],
    ["subscriptionId", sub2]
  ]);
}
function managementGroupObject(name) {
  const mg = name ?? deployTime("managementGroup().name");
  return obj([
    ["id", sym("/providers/Microsoft.Management/managementGroups/", mg)],
    ["name", mg],
    ["type", { kind: "string", value: "Microsoft.Management/managementGroups" }]
  ]);
}
function tenantObject() {
  return obj([
    ["id", { kind: "string", value: "/" }],
    ["tenantId", deployTime("tenant().tenantId")]
  ]);
}
function asBool2(v) {
  return v.kind === "bool" ? v.value : void 0;
}
function knownSegments(s) {
  let text2 = s.value;
  for (const u of s.unknowns ?? []) text2 = text2.split("${" + u + "}").join("\0");
  return text2.split("\0");
}
function symbolicPattern(s, ci = false) {
  const escaped = knownSegments(s).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp("^" + escaped.join("[\\s\\S]*") + "$", ci ? "i" : "");
}

// src/evaluate/bicep/functions.ts
var str = (value) => ({ kind: "string", value });
var unknownCall = (expr) => unknown(expr, { reason: "unknown-input" });
var known = (f) => (args, expr) => args.some(hasUnknown) ? unknownCall(expr) : f(args);
function typedSegments(type, names) {
  if (type.kind !== "string" || (type.unknowns?.length ?? 0) > 0) return sym(type, ...names.flatMap((n) => ["/", n]));
  const parts = type.value.split("/");
  const out = [parts[0] ?? ""];
  for (let i = 1; i < parts.length; i++) {
    out.push("/" + parts[i] + "/");
    out.push(names[i - 1] ?? str(""));
  }
  for (let i = parts.length - 1; i < names.length; i++) out.push("/", names[i]);
  return sym(...out);
}
function resourceIdUnder(scopeId, type, name) {
  const names = name.kind === "string" && !(name.unknowns?.length ?? 0) ? name.value.split("/").map(str) : [name];
  const prefix2 = scopeId.kind === "string" && scopeId.value === "/" ? "" : scopeId;
  return sym(prefix2, "/providers/", typedSegments(str(type), names));
}
function typeIndex(args, maxLeading) {
  for (let i = 0; i <= maxLeading && i < args.length; i++) {
    const a = args[i];
    if (a.kind === "string" && !(a.unknowns?.length ?? 0) && a.value.includes("/")) return i;
  }
  return -1;
}
var resourceId = (args, expr) => {
  const t = typeIndex(args, 2);
  if (t < 0) return unknownCall(expr);
  const lead = args.slice(0, t);
  const rg = resourceGroupObject(lead.length >= 1 ? lead[lead.length - 1] : void 0, lead.length === 2 ? lead[0] : void 0);
  return sym(getProperty(rg, "id"), "/providers/", typedSegments(args[t], args.slice(t + 1)));
};
var subscriptionResourceId = (args, expr) => {
  const t = typeIndex(args, 1);
  if (t < 0) return unknownCall(expr);
  const sub2 = subscriptionObject(t === 1 ? args[0] : void 0);
  return sym(getProperty(sub2, "id"), "/providers/", typedSegments(args[t], args.slice(t + 1)));
};
var tenantResourceId = (args, expr) => {
  if (args.length === 0) return unknownCall(expr);
  return sym("/providers/", typedSegments(args[0], args.slice(1)));
};
var managementGroupResourceId = (args, expr) => {
  const t = typeIndex(args, 1);
  if (t < 0) return unknownCall(expr);
  const mg = managementGroupObject(t === 1 ? args[0] : void 0);
  return sym(getProperty(mg, "id"), "/providers/", typedSegments(args[t], args.slice(t + 1)));
};
var extensionResourceId = (args, expr) => {
  if (args.length < 2) return unknownCall(expr);
  return sym(args[0], "/providers/", typedSegments(args[1], args.slice(2)));
};
var format = (args, expr) => {
  const f = args[0];
  if (!f || f.kind !== "string" || (f.unknowns?.length ?? 0) > 0) return unknownCall(expr);
  const parts = [];
  const re = /\{\{|\}\}|\{(\d+)(?:[,:][^}]*)?\}/g;
  let last = 0;
  for (let m = re.exec(f.value); m; m = re.exec(f.value)) {
    parts.push(str(f.value.slice(last, m.index)));
    if (m[0] === "{{") parts.push(str("{"));
    else if (m[0] === "}}") parts.push(str("}"));
    else parts.push(args[Number(m[1]) + 1] ?? str(m[0]));
    last = m.index + m[0].length;
  }
  parts.push(str(f.value.slice(last)));
  return concatText2(parts);
};
var concat = (args, expr) => {
  if (args.length > 0 && args.every((a) => a.kind === "list")) return list2(args.flatMap((a) => a.kind === "list" ? a.items : []));
  if (args.every((a) => a.kind === "string" || a.kind === "number" || a.kind === "bool" || a.kind === "null" || a.kind === "unknown")) {
    return args.some((a) => a.kind === "unknown") && args.every((a) => a.kind === "unknown") ? unknownCall(expr) : concatText2(args);
  }
  return unknownCall(expr);
};
var union = (args, expr) => {
  if (args.length > 0 && args.every((a) => a.kind === "object")) return args.reduce((acc, a) => mergeObjects(acc, a));
  if (args.length > 0 && args.every((a) => a.kind === "list")) {
    const items2 = [];
    for (const a of args) for (const x of a.kind === "list" ? a.items : []) if (!items2.some((y) => valuesEqual2(x, y) === true)) items2.push(x);
    return list2(items2);
  }
  return unknownCall(expr);
};
function mergeObjects(a, b) {
  const entries = new Map(a.entries);
  for (const [k, v] of b.entries) {
    const prev = entries.get(k);
    entries.set(k, prev?.kind === "object" && v.kind === "object" ? mergeObjects(prev, v) : v);
  }
  return { kind: "object", entries };
}
var contains2 = (args, expr) => {
  const [c, item] = args;
  if (!c || !item) return unknownCall(expr);
  if (c.kind === "list") {
    if (c.items.some((x) => valuesEqual2(x, item) === true)) return bool(true);
    return c.items.some(hasUnknown) || hasUnknown(item) ? unknownCall(expr) : bool(false);
  }
  if (c.kind === "string" && item.kind === "string" && (c.unknowns?.length ?? 0) > 0 && !hasUnknown(item) && knownSegments(c).some((seg) => seg.toLowerCase().includes(item.value.toLowerCase()))) {
    return bool(true);
  }
  if (hasUnknown(c) || hasUnknown(item)) return unknownCall(expr);
  if (c.kind === "string" && item.kind === "string") return bool(c.value.toLowerCase().includes(item.value.toLowerCase()));
  if (c.kind === "object" && item.kind === "string") return bool(getProperty(c, item.value) !== void 0);
  return unknownCall(expr);
};
var length = (args, expr) => {
  const a = args[0];
  if (a?.kind === "list") return num(a.items.length);
  if (a?.kind === "object") return num(a.entries.size);
  if (a?.kind === "string" && !(a.unknowns?.length ?? 0)) return num(a.value.length);
  return unknownCall(expr);
};
var empty = (args, expr) => {
  const a = args[0];
  if (!a) return unknownCall(expr);
  if (a.kind === "null") return bool(true);
  if (a.kind === "list") return bool(a.items.length === 0);
  if (a.kind === "object") return bool(a.entries.size === 0);
  if (a.kind === "string") return (a.unknowns?.length ?? 0) > 0 ? a.value.replace(/\$\{[^}]*\}/g, "") ? bool(false) : unknownCall(expr) : bool(a.value === "");
  return unknownCall(expr);
};
var firstOrLast = (last) => (args, expr) => {
  const a = args[0];
  if (a?.kind === "list") return (last ? a.items[a.items.length - 1] : a.items[0]) ?? NULL;
  if (a?.kind === "string" && !(a.unknowns?.length ?? 0)) return str(last ? a.value.slice(-1) : a.value.slice(0, 1));
  return unknownCall(expr);
};
var coalesce = (args, expr) => {
  for (const a of args) {
    if (a.kind === "unknown") return unknownCall(expr);
    if (a.kind !== "null") return a;
  }
  return NULL;
};
var split = known(([s, d]) => {
  if (s?.kind !== "string") return void 0;
  const delims = d?.kind === "string" ? [d.value] : d?.kind === "list" ? d.items.flatMap((x) => x.kind === "string" ? [x.value] : []) : [];
  if (delims.length === 0) return list2([str(s.value)]);
  const re = new RegExp(delims.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
  return list2(s.value.split(re).map(str));
});
var caseChange = (upper) => known(([s]) => s?.kind === "string" ? str(upper ? s.value.toUpperCase() : s.value.toLowerCase()) : void 0);
function toText(v) {
  if (v.kind === "string") return v;
  return concatText2([v]);
}
var BUILTINS = {
  resourceid: resourceId,
  subscriptionresourceid: subscriptionResourceId,
  tenantresourceid: tenantResourceId,
  managementgroupresourceid: managementGroupResourceId,
  extensionresourceid: extensionResourceId,
  format,
  concat,
  union,
  contains: contains2,
  length,
  empty,
  first: firstOrLast(false),
  last: firstOrLast(true),
  coalesce,
  split,
  tolower: caseChange(false),
  toupper: caseChange(true),
  // Deterministic hashes whose exact value does not matter before deployment: kept symbolic with their inputs.
  guid: (_args, expr) => sym(unknown(expr, { reason: "hash" })),
  uniquestring: (_args, expr) => sym(unknown(expr, { reason: "hash" })),
  newguid: (_args, expr) => unknown(expr, { reason: "deployment-time" }),
  utcnow: (_args, expr) => unknown(expr, { reason: "deployment-time" }),
  subscription: (args) => subscriptionObject(args[0]),
  resourcegroup: (args) => args.length >= 2 ? resourceGroupObject(args[1], args[0]) : resourceGroupObject(args[0]),
  managementgroup: (args) => managementGroupObject(args[0]),
  tenant: () => tenantObject(),
  string: (args, expr) => args[0] ? toText(args[0]) : unknownCall(expr),
  int: known(([a]) => a?.kind === "number" ? a : a?.kind === "string" && /^-?\d+$/.test(a.value.trim()) ? num(parseInt(a.value, 10)) : void 0),
  bool: known(
    ([a]) => a?.kind === "bool" ? a : a?.kind === "string" ? bool(a.value.toLowerCase() === "true") : a?.kind === "number" ? bool(a.value !== 0) : void 0
  ),
  any: (args) => args[0] ?? NULL,
  array: (args) => args[0]?.kind === "list" ? args[0] : list2(args[0] ? [args[0]] : []),
  createarray: (args) => list2(args),
  createobject: known((args) => {
    const entries = [];
    for (let i = 0; i + 1 < args.length; i += 2) if (args[i].kind === "string") entries.push([args[i].value, args[i + 1]]);
    return obj(entries);
  }),
  range: known(([s, c]) => s?.kind === "number" && c?.kind === "number" && c.value >= 0 && c.value <= 1e4 ? list2(Array.from({ length: c.value }, (_, i) => num(s.value + i))) : void 0),
  items: (args, expr) => args[0]?.kind === "object" ? list2(
    [...args[0].entries].sort(([a], [b]) => a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0).map(([k, v]) => obj([["key", str(k)], ["value", v]]))
  ) : unknownCall(expr),
  objectkeys: (args, expr) => args[0]?.kind === "object" ? list2([...args[0].entries.keys()].map(str)) : unknownCall(expr),
  join: known(([a, d]) => a?.kind === "list" && d?.kind === "string" ? concatText2(a.items.flatMap((x, i) => i > 0 ? [d, x] : [x])) : void 0),
  replace: known(([s, a, b]) => s?.kind === "string" && a?.kind === "string" && b?.kind === "string" ? str(s.value.split(a.value).join(b.value)) : void 0),
  startswith: known(([s, p]) => s?.kind === "string" && p?.kind === "string" ? bool(s.value.toLowerCase().startsWith(p.value.toLowerCase())) : void 0),
  endswith: known(([s, p]) => s?.kind === "string" && p?.kind === "string" ? bool(s.value.toLowerCase().endsWith(p.value.toLowerCase())) : void 0),
  trim: known(([s]) => s?.kind === "string" ? str(s.value.trim()) : void 0),
  substring: known(
    ([s, a, b]) => s?.kind === "string" && a?.kind === "number" ? str(b?.kind === "number" ? s.value.substr(a.value, b.value) : s.value.slice(a.value)) : void 0
  ),
  indexof: known(([s, p]) => s?.kind === "string" && p?.kind === "string" ? num(s.value.toLowerCase().indexOf(p.value.toLowerCase())) : void 0),
  lastindexof: known(([s, p]) => s?.kind === "string" && p?.kind === "string" ? num(s.value.toLowerCase().lastIndexOf(p.value.toLowerCase())) : void 0),
  skip: known(([a, n]) => n?.kind !== "number" ? void 0 : a?.kind === "list" ? list2(a.items.slice(Math.max(0, n.value))) : a?.kind === "string" ? str(a.value.slice(Math.max(0, n.value))) : void 0),
  take: known(([a, n]) => n?.kind !== "number" ? void 0 : a?.kind === "list" ? list2(a.items.slice(0, Math.max(0, n.value))) : a?.kind === "string" ? str(a.value.slice(0, Math.max(0, n.value))) : void 0),
  flatten: (args, expr) => args[0]?.kind === "list" && args[0].items.every((x) => x.kind === "list") ? list2(args[0].items.flatMap((x) => x.kind === "list" ? x.items : [])) : unknownCall(expr),
  intersection: known((args) => {
    if (args.length === 0 || !args.every((a) => a.kind === "list")) return void 0;
    const [first, ...rest] = args.map((a) => a.kind === "list" ? a.items : []);
    return list2(first.filter((x) => rest.every((r) => r.some((y) => valuesEqual2(x, y) === true))));
  }),
  min: known((args) => {
    const ns = (args.length === 1 && args[0].kind === "list" ? args[0].items : args).map((a) => a.kind === "number" ? a.value : NaN);
    return ns.length > 0 && ns.every((n) => !Number.isNaN(n)) ? num(Math.min(...ns)) : void 0;
  }),
  max: known((args) => {
    const ns = (args.length === 1 && args[0].kind === "list" ? args[0].items : args).map((a) => a.kind === "number" ? a.value : NaN);
    return ns.length > 0 && ns.every((n) => !Number.isNaN(n)) ? num(Math.max(...ns)) : void 0;
  }),
  json: known(([s]) => {
    if (s?.kind !== "string") return void 0;
    try {
      return fromPlain(JSON.parse(s.value));
    } catch {
      return void 0;
    }
  })
};
function builtin(name) {
  return BUILTINS[name.toLowerCase()];
}

// src/evaluate/bicep/evaluate.ts
var MAX_MODULE_DEPTH2 = 20;
var MAX_INSTANCES2 = 1e3;
var MAX_RESOURCES = 1e5;
var MAX_STRING_LENGTH2 = 4194304;
var SPAN_KEY_BASE = 67108864;
var IN_PROGRESS = unknown("(cycle)", { reason: "cycle" });
var BicepEvaluator = class {
  constructor(all, listed = [], evaluatesBody = () => true) {
    this.all = all;
    this.listed = listed;
    this.evaluatesBody = evaluatesBody;
    this.listedSet = new Set(listed);
  }
  all;
  listed;
  evaluatesBody;
  resources = [];
  unresolved = [];
  errors = [];
  comments = /* @__PURE__ */ new Map();
  /** Set once the resource budget is spent. */
  truncated = false;
  parsed = /* @__PURE__ */ new Map();
  /** Files given outside the scan (parameter files named on the command line). */
  extra = /* @__PURE__ */ new Map();
  /** Files whose parse errors and comments are recorded (a released file parsed again records nothing). */
  recorded = /* @__PURE__ */ new Set();
  /** Local module and import targets of every file parsed so far (see localReferences). */
  references = /* @__PURE__ */ new Map();
  /** Parse errors of the listed files, kept apart until listedFirst() puts them first. */
  listedErrors = /* @__PURE__ */ new Map();
  listedSet;
  /** Parses a repository-relative file (once while cached); null when missing. Parse errors are recorded once. */
  load(rel) {
    const cached = this.parsed.get(rel);
    if (cached !== void 0) return cached;
    const file = this.all.get(rel) ?? this.extra.get(rel);
    if (!file) {
      this.parsed.set(rel, null);
      return null;
    }
    const result2 = parseBicep(file.text, file.path);
    if (!this.recorded.has(rel)) this.record(rel, file, result2);
    const pf = {
      file,
      program: result2.program,
      params: /* @__PURE__ */ new Map(),
      vars: /* @__PURE__ */ new Map(),
      resources: /* @__PURE__ */ new Map(),
      modules: /* @__PURE__ */ new Map(),
      outputs: /* @__PURE__ */ new Map(),
      funcs: /* @__PURE__ */ new Map(),
      imports: /* @__PURE__ */ new Map(),
      namespaces: /* @__PURE__ */ new Map(),
      targetScope: "resourceGroup",
      spans: /* @__PURE__ */ new Map()
    };
    for (const s of result2.program.statements) {
      switch (s.type) {
        case "Param":
          pf.params.set(s.name.name, s);
          break;
        case "Var":
          pf.vars.set(s.name.name, s);
          break;
        case "Resource":
          pf.resources.set(s.name.name, s);
          break;
        case "Module":
          pf.modules.set(s.name.name, s);
          break;
        case "Output":
          pf.outputs.set(s.name.name, s);
          break;
        case "Function":
          pf.funcs.set(s.name.name, s);
          break;
        case "Import": {
          const from = staticString2(s.from);
          if (from === void 0) break;
          const target = resolveLocal(file.path, from);
          if (s.wildcard) pf.namespaces.set(s.wildcard.name, target);
          for (const item of s.items ?? []) {
            const name = item.original.type === "Identifier" ? item.original.name : staticString2(item.original);
            if (name !== void 0) pf.imports.set(item.alias?.name ?? name, { from: target, name });
          }
          break;
        }
        case "TargetScope": {
          const v = s.value.type === "String" ? staticString2(s.value) : void 0;
          if (v === "subscription" || v === "managementGroup" || v === "tenant" || v === "resourceGroup") pf.targetScope = v;
          break;
        }
        default:
          break;
      }
    }
    this.parsed.set(rel, pf);
    return pf;
  }
  /** The first parse of a file: its errors, comments and local references. */
  record(rel, file, result2) {
    this.recorded.add(rel);
    let errors = this.errors;
    if (this.listedSet.has(rel)) this.listedErrors.set(rel, errors = []);
    for (const e of result2.errors) {
      errors.push({ file: file.path, line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, message: e.message, code: "parse" });
    }
    if (result2.comments.length > 0) {
      this.comments.set(
        file.path,
        result2.comments.map((c) => ({ line: c.range.start.line, column: c.range.start.column, endLine: c.range.end.line, text: c.text }))
      );
    }
    this.references.set(rel, localReferences(file.path, result2.program));
  }
  /**
   * Drops a file's syntax tree from the cache (a later load parses it again). Trees kept for a whole scan make every
   * garbage collection copy them: evaluateBicep releases each tree once no later root file needs it.
   */
  release(rel) {
    if (this.parsed.get(rel)) this.parsed.delete(rel);
  }
  /** Files whose trees are in the cache. */
  cachedFiles() {
    const files = [];
    for (const [rel, pf] of this.parsed) if (pf) files.push(rel);
    return files;
  }
  /** Whether the file has been parsed in this evaluation. */
  wasParsed(rel) {
    return this.recorded.has(rel);
  }
  /**
   * Puts the parse errors and comments of the listed files first, in the listed order, as if they had all been parsed
   * before anything was evaluated: the report does not depend on when a file happened to be parsed.
   */
  listedFirst() {
    const others = this.errors.splice(0);
    for (const rel of this.listed) for (const e of this.listedErrors.get(rel) ?? []) this.errors.push(e);
    for (const e of others) this.errors.push(e);
    const comments = new Map(this.comments);
    this.comments.clear();
    for (const rel of this.listed) {
      const list3 = comments.get(rel);
      if (list3) this.comments.set(rel, list3);
    }
    for (const [file, list3] of comments) if (!this.comments.has(file)) this.comments.set(file, list3);
  }
  /** Evaluates a root file: every resource and module instance it (transitively) declares. */
  evaluateRoot(rel, options = {}) {
    const pf = this.load(rel);
    if (!pf) return;
    const provided = new Map(options.parameterValues ?? []);
    for (const [name, text2] of Object.entries(options.parameters ?? {})) {
      const decl = pf.params.get(name);
      if (decl) provided.set(name, paramFromText(text2, decl));
    }
    const inst = new FileInstance(this, pf, provided, "", rootScope(pf.targetScope), [rel]);
    try {
      const { exhausted } = runWithBudget("file", () => inst.collect());
      if (exhausted) this.errors.push(exhausted);
    } catch (e) {
      this.errors.push({ file: pf.file.path, line: 1, column: 1, message: `Bicep evaluation failed: ${e instanceof Error ? e.message : String(e)}`, code: "internal" });
    }
  }
  /** Values of a `.bicepparam` file's parameters (its variables and functions resolved), and the file it uses. */
  evaluateParamsFile(rel, file, chain) {
    if (file && !this.parsed.has(rel)) this.extra.set(rel, file);
    const pf = this.load(rel);
    const values = /* @__PURE__ */ new Map();
    if (!pf) return { values };
    const base = pf.program.statements.find((s) => s.type === "Extends");
    const basePath = base ? staticString2(base.path) : void 0;
    if (basePath !== void 0 && (chain?.length ?? 0) < MAX_MODULE_DEPTH2) {
      const target = resolveLocal(pf.file.path, basePath);
      if (!(chain ?? []).includes(target)) for (const [k, v] of this.evaluateParamsFile(target, void 0, [...chain ?? [rel], target]).values) values.set(k, v);
    }
    const inst = new FileInstance(this, pf, /* @__PURE__ */ new Map(), "", rootScope("resourceGroup"), [rel]);
    try {
      for (const name of pf.params.keys()) values.set(name, inst.param(name));
    } catch (e) {
      this.errors.push({ file: pf.file.path, line: 1, column: 1, message: `Bicep parameter evaluation failed: ${e instanceof Error ? e.message : String(e)}`, code: "internal" });
    }
    const using = pf.program.statements.find((s) => s.type === "Using");
    const usingPath = using?.path ? staticString2(using.path) : void 0;
    return usingPath === void 0 ? { values } : { using: resolveLocal(pf.file.path, usingPath), values };
  }
  /** Text of a file of the scan (for `loadJsonContent` and `loadTextContent`), by repository-relative path. */
  fileText(rel) {
    return (this.all.get(rel) ?? this.extra.get(rel))?.text;
  }
  /** The span of a declaration (with its address). */
  span(file, range2, address) {
    return { file, line: range2.start.line, column: range2.start.column, endLine: range2.end.line, endColumn: range2.end.column, address };
  }
};
function rootScope(kind) {
  const value = kind === "subscription" ? subscriptionObject() : kind === "managementGroup" ? managementGroupObject() : kind === "tenant" ? tenantObject() : resourceGroupObject();
  return { kind, value };
}
function armParameterValues(json) {
  const values = /* @__PURE__ */ new Map();
  const params = json?.parameters;
  if (!params || typeof params !== "object") return values;
  for (const [name, entry] of Object.entries(params)) {
    if (entry && typeof entry === "object" && "value" in entry) values.set(name, fromPlain(entry.value));
    else values.set(name, unknown(name, { reason: "parameter" }));
  }
  return values;
}
function paramFromText(text2, decl) {
  const t = decl.paramType?.type === "TypeName" ? decl.paramType.name : void 0;
  if (t === "int" && /^-?\d+$/.test(text2)) return num(Number(text2));
  if (t === "bool" && (text2 === "true" || text2 === "false")) return bool(text2 === "true");
  if ((t === "array" || t === "object") && /^[[{]/.test(text2)) {
    try {
      return fromPlain(JSON.parse(text2));
    } catch {
      return { kind: "string", value: text2 };
    }
  }
  return { kind: "string", value: text2 };
}
function selectJsonPath(value, jsonPath) {
  const re = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['([^']*)'\]/y;
  let rest = jsonPath.startsWith("$") ? jsonPath.slice(1) : jsonPath;
  let current = value;
  while (rest.length > 0 && current) {
    re.lastIndex = 0;
    const m = re.exec(rest);
    if (!m) return void 0;
    if (m[2] !== void 0) current = current.kind === "list" ? current.items[Number(m[2])] : void 0;
    else current = current.kind === "object" ? getProperty(current, m[1] ?? m[3]) : void 0;
    rest = rest.slice(m[0].length);
  }
  return current;
}
function localReferences(file, program) {
  const targets = [];
  for (const s of program.statements) {
    const target = s.type === "Module" ? staticString2(s.path) : s.type === "Import" ? staticString2(s.from) : void 0;
    if (target !== void 0 && !isRegistryPath(target)) targets.push(resolveLocal(file, target));
  }
  return targets;
}
function plainProperties(o) {
  const seen = /* @__PURE__ */ new Set();
  for (const p of o.properties) {
    if (p.type !== "Property" || p.name === void 0 || seen.has(p.name)) return false;
    seen.add(p.name);
  }
  return true;
}
function staticString2(s) {
  return s.expressions.length === 0 ? s.segments[0] : void 0;
}
var resolvedPaths = /* @__PURE__ */ new Map();
function resolveLocal(fromFile, target) {
  const key = `${fromFile}\0${target}`;
  let resolved = resolvedPaths.get(key);
  if (resolved === void 0) {
    resolved = path9.posix.normalize(path9.posix.join(path9.posix.dirname(fromFile), target.replace(/\\/g, "/")));
    if (resolvedPaths.size >= 1e4) resolvedPaths.clear();
    resolvedPaths.set(key, resolved);
  }
  return resolved;
}
var isRegistryPath = (p) => /^(br|ts)[:/]/i.test(p);
var FileInstance = class _FileInstance {
  constructor(ev, pf, provided, modulePath, scope, chain, passed) {
    this.ev = ev;
    this.pf = pf;
    this.provided = provided;
    this.modulePath = modulePath;
    this.scope = scope;
    this.chain = chain;
    this.passed = passed;
    this.env = { inst: this };
  }
  ev;
  pf;
  provided;
  modulePath;
  scope;
  chain;
  passed;
  /** Values of parameters, variables, outputs and resource names, each evaluated once (keyed by bare name: no
   *  key strings built per lookup). */
  paramValues = /* @__PURE__ */ new Map();
  varValues = /* @__PURE__ */ new Map();
  outputValues = /* @__PURE__ */ new Map();
  resourceNames = /* @__PURE__ */ new Map();
  /** Evaluated module instances by module symbolic name (for `mod.outputs.x`). */
  moduleInstances = /* @__PURE__ */ new Map();
  collected = false;
  env;
  get file() {
    return this.pf.file.path;
  }
  text(n) {
    return this.pf.file.text.slice(startOffset(n.range), endOffset(n.range));
  }
  /** The span of a node, shared by every value evaluated from it (the same extent in a file is the same span). */
  span(range2) {
    const endAt = endOffset(range2);
    const key = endAt >= SPAN_KEY_BASE ? -1 : startOffset(range2) * SPAN_KEY_BASE + endAt;
    let span = key < 0 ? void 0 : this.pf.spans.get(key);
    if (!span) {
      const { start, end } = range2;
      span = { file: this.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
      if (key >= 0) this.pf.spans.set(key, span);
    }
    return span;
  }
  address(symbol) {
    return this.modulePath ? `${this.modulePath}.${symbol}` : symbol;
  }
  memoized(memo, name, compute) {
    const hit = memo.get(name);
    if (hit) return hit === IN_PROGRESS ? unknown(name, { reason: "cycle" }) : hit;
    memo.set(name, IN_PROGRESS);
    const v = compute();
    memo.set(name, v);
    return v;
  }
  param(name) {
    return this.memoized(this.paramValues, name, () => {
      const given = this.provided.get(name);
      if (given) return given;
      const passed = this.passed?.params.get(name);
      if (passed) return this.passed.caller.eval(passed, this.passed.env);
      const decl = this.pf.params.get(name);
      if (decl.value) return this.eval(decl.value, this.env);
      if (decl.paramType?.type === "NullableType") return { kind: "null" };
      return unknown(name, { reason: "parameter" });
    });
  }
  variable(name) {
    return this.memoized(this.varValues, name, () => this.eval(this.pf.vars.get(name).value, this.env));
  }
  output(name) {
    const decl = this.pf.outputs.get(name);
    if (!decl) return unknown(`outputs.${name}`, { reason: "undeclared" });
    return this.memoized(this.outputValues, name, () => this.eval(decl.value, this.env));
  }
  /** A reference to a declared resource or module (symbolic; see model.ts). */
  reference(expr, address, attribute = "") {
    return unknown(expr, { ref: { address, attribute }, reason: "resource-reference" });
  }
  // ---------------------------------------------------------------------------------------------------------
  // Resources and modules
  collect() {
    if (this.collected) return;
    this.collected = true;
    for (const s of this.pf.program.statements) {
      if (s.type === "Resource") this.collectResource(s, this.env);
      else if (s.type === "Module" && !this.moduleInstances.has(s.name.name)) this.collectModule(s);
    }
  }
  /** Runs `emit` for every instance of a resource/module value: an object, `if (...) {}` or a for-expression. */
  expand(value, env, emit) {
    const withCondition = (e, env2, key) => {
      if (e.type === "Object") return emit(e, env2, key, false);
      if (e.type === "If" && e.body.type === "Object") {
        const c = asBool2(this.eval(e.condition, env2));
        if (c === false) return;
        emit(e.body, env2, key, c === void 0);
      }
    };
    if (value.type !== "For") return withCondition(value, env, void 0);
    const iterable = this.eval(value.iterable, env);
    if (iterable.kind === "list") {
      this.checkLoopSize(iterable.items.length, value.iterable);
      iterable.items.slice(0, MAX_INSTANCES2).forEach((item, i) => {
        const locals2 = /* @__PURE__ */ new Map([[value.item.name, item]]);
        if (value.index) locals2.set(value.index.name, num(i));
        withCondition(value.body, { inst: this, locals: locals2, parent: env }, i);
      });
      return;
    }
    const locals = /* @__PURE__ */ new Map([[value.item.name, unknown(`${this.text(value.iterable)}[*]`, { reason: "loop-item" })]]);
    if (value.index) locals.set(value.index.name, unknown(`${value.index.name}`, { reason: "loop-index" }));
    withCondition(value.body, { inst: this, locals, parent: env }, "*");
  }
  collectResource(decl, env, parent) {
    const typeText = staticString2(decl.resourceType) ?? this.text(decl.resourceType);
    const at = typeText.lastIndexOf("@");
    let type = at >= 0 ? typeText.slice(0, at) : typeText;
    const apiVersion = at >= 0 ? typeText.slice(at + 1) : "";
    if (parent && !type.includes("/")) type = `${parent.type}/${type}`;
    const baseAddress = parent ? `${parent.baseAddress}::${decl.name.name}` : this.address(decl.name.name);
    this.expand(decl.value, env, (body2, env2, key, conditional) => {
      const instanceAddress = parent ? `${parent.address}::${decl.name.name}` : baseAddress;
      const address = key === void 0 ? instanceAddress : `${instanceAddress}[${key}]`;
      const { values, spans } = this.ev.evaluatesBody(type) ? this.evalBody(body2, env2, true) : { values: /* @__PURE__ */ new Map(), spans: /* @__PURE__ */ new Map() };
      const resource = {
        symbolicName: decl.name.name,
        address,
        baseAddress,
        type,
        apiVersion,
        existing: decl.existing,
        span: this.ev.span(this.file, decl.range, address),
        body: values,
        propertySpans: spans,
        conditional,
        modulePath: this.modulePath,
        deploymentScope: this.scope,
        deployment: this.chain[0]
      };
      if (key !== void 0) resource.instanceKey = key;
      if (this.ev.resources.length >= MAX_RESOURCES) {
        if (!this.ev.truncated) {
          this.ev.truncated = true;
          this.ev.errors.push({ file: this.file, line: decl.range.start.line, column: decl.range.start.column, message: `More than ${MAX_RESOURCES} resource instances: evaluation stopped`, code: "too-large" });
        }
        return;
      }
      const parentRef = values.get("parent");
      if (parent) resource.parent = parent.address;
      else if (parentRef?.kind === "unknown" && parentRef.ref && parentRef.ref.attribute === "") resource.parent = parentRef.ref.address;
      this.ev.resources.push(resource);
      for (const nested of body2.resources) this.collectResource(nested, env2, { address, type, baseAddress });
    });
  }
  evalBody(body2, env, withSpans = false) {
    const values = /* @__PURE__ */ new Map();
    const spans = /* @__PURE__ */ new Map();
    for (const p of body2.properties) {
      if (p.type === "Spread") {
        const v = this.eval(p.expr, env);
        if (v.kind === "object") for (const [k, x] of v.entries) values.set(k, x);
        continue;
      }
      const key = p.name ?? this.keyText(p.key, env);
      values.set(key, this.eval(p.value, env));
      if (withSpans) spans.set(key, this.span(p.range));
    }
    return { values, spans };
  }
  keyText(key, env) {
    if (key.type === "Identifier") return key.name;
    const v = this.eval(key, env);
    return v.kind === "string" ? v.value : this.text(key);
  }
  collectModule(decl) {
    const instances = [];
    this.moduleInstances.set(decl.name.name, instances);
    const pathText = staticString2(decl.path);
    const span = this.ev.span(this.file, decl.range, this.address(`module.${decl.name.name}`));
    if (pathText === void 0) {
      this.ev.unresolved.push({ span, expr: this.text(decl.path), reason: "module path is not a literal string" });
      return;
    }
    if (isRegistryPath(pathText)) {
      this.ev.unresolved.push({ span, expr: pathText, reason: pathText.toLowerCase().startsWith("ts") ? "template-spec module" : "registry module" });
      return;
    }
    const target = resolveLocal(this.file, pathText);
    if (this.chain.includes(target) || this.chain.length >= MAX_MODULE_DEPTH2) {
      this.ev.unresolved.push({ span, expr: pathText, reason: this.chain.includes(target) ? "module cycle" : "module nesting too deep" });
      return;
    }
    if (!target.endsWith(".bicep")) {
      this.ev.unresolved.push({ span, expr: pathText, reason: "module is not a .bicep file" });
      return;
    }
    const child = this.ev.load(target);
    if (!child) {
      this.ev.unresolved.push({ span, expr: pathText, reason: "module file not found" });
      return;
    }
    this.expand(decl.value, this.env, (body2, env2, key) => {
      const call = this.moduleCall(body2, env2);
      const prefix2 = this.address(`module.${decl.name.name}${key === void 0 ? "" : `[${key}]`}`);
      const passed = call.deferred && { caller: this, env: env2, params: call.deferred };
      const instance = new _FileInstance(this.ev, child, call.params, prefix2, this.childScope(child.targetScope, call.scope), [...this.chain, target], passed);
      instances.push(instance);
      instance.collect();
    });
  }
  /**
   * The parameters and scope of one module call. Parameters written as plain properties whose evaluation can change
   * nothing but their own value (see isPure) are left to the module, which evaluates each one (here, in the caller)
   * when it first uses it: most never feed anything a grant reads. Everything else is evaluated now, in source order.
   */
  moduleCall(body2, env) {
    const paramsProp = body2.properties.find((p) => p.type === "Property" && p.name === "params");
    if (!plainProperties(body2) || paramsProp?.value.type === "Object" && !plainProperties(paramsProp.value)) {
      const { values } = this.evalBody(body2, env);
      const params2 = /* @__PURE__ */ new Map();
      const given = values.get("params");
      if (given?.kind === "object") for (const [k, v] of given.entries) params2.set(k, v);
      const scope2 = values.get("scope");
      return scope2 ? { params: params2, scope: scope2 } : { params: params2 };
    }
    const params = /* @__PURE__ */ new Map();
    const deferred = /* @__PURE__ */ new Map();
    let scope;
    for (const p of body2.properties) {
      if (p.name === "params" && p.value.type === "Object") {
        for (const q of p.value.properties) {
          if (this.isPure(q.value, env)) deferred.set(q.name, q.value);
          else params.set(q.name, this.eval(q.value, env));
        }
      } else if (p.name === "params") {
        const given = this.eval(p.value, env);
        if (given.kind === "object") for (const [k, v] of given.entries) params.set(k, v);
      } else if (p.name === "scope") {
        scope = this.eval(p.value, env);
      } else if (!this.isPure(p.value, env)) {
        this.eval(p.value, env);
      }
    }
    return scope ? { params, deferred, scope } : { params, deferred };
  }
  /**
   * Whether evaluating `e` (in `env`) has no effect but its value, so it may be evaluated later or not at all. The
   * effects are those of resolveReference: a module's output evaluates the module, a resource's name its `name`
   * property. So `e` must reach no module, no resource whose `name` or `scope` is impure, no user or imported
   * function, and no loop value that refers to a declaration here. Conservative: unsure is impure.
   */
  isPure(e, env) {
    switch (e.type) {
      case "Literal":
        return true;
      case "Variable":
        return this.isPureName(e.name, env);
      case "String":
        return e.expressions.every((x) => this.isPure(x, env));
      case "Array":
        return e.items.every((x) => this.isPure(x, env));
      case "Object":
        return e.properties.every((p) => p.type === "Spread" ? this.isPure(p.expr, env) : (p.key.type === "Identifier" || this.isPure(p.key, env)) && this.isPure(p.value, env));
      case "Spread":
      case "Paren":
      case "NonNull":
        return this.isPure(e.expr, env);
      case "PropertyAccess":
      case "ResourceAccess":
        return this.isPure(e.object, env);
      case "IndexAccess":
        return this.isPure(e.object, env) && this.isPure(e.index, env);
      case "Unary":
        return this.isPure(e.operand, env);
      case "Binary":
        return this.isPure(e.left, env) && this.isPure(e.right, env);
      case "Ternary":
        return this.isPure(e.condition, env) && this.isPure(e.then, env) && this.isPure(e.else, env);
      case "Call": {
        const ns = e.object?.type === "Variable" ? e.object.name : void 0;
        if (e.object && ns !== "az" && ns !== "sys") return false;
        if (!ns && (this.pf.funcs.has(e.name.name) || this.pf.imports.has(e.name.name))) return false;
        return e.args.every((a) => this.isPure(a, env));
      }
      case "Lambda":
        return this.isPure(e.body, env);
      case "For":
        return this.isPure(e.iterable, env) && this.isPure(e.body, env);
      case "If":
        return this.isPure(e.condition, env) && this.isPure(e.body, env);
    }
  }
  isPureName(name, env) {
    for (let x = env; x; x = x.parent) {
      const v = x.locals?.get(name);
      if (v) return this.isPureValue(v);
    }
    const pf = this.pf;
    if (pf.params.has(name)) {
      if (this.provided.has(name) || this.passed?.params.has(name)) return true;
      const value = pf.params.get(name).value;
      return !value || this.isPureSymbol("param:" + name, value);
    }
    if (pf.vars.has(name)) return this.isPureSymbol("var:" + name, pf.vars.get(name).value);
    if (pf.resources.has(name)) return this.isPureResource(name);
    return !pf.modules.has(name) && !pf.imports.has(name);
  }
  /** Of a resource, resolveReference evaluates only the `name` (and for an `existing` one the `scope`) property. */
  isPureResource(name) {
    const decl = this.pf.resources.get(name);
    if (decl.value.type !== "Object") return true;
    return decl.value.properties.every((p) => p.type !== "Property" || p.name !== "name" && p.name !== "scope" || this.isPureSymbol(`resource:${name}:${p.name}`, p.value));
  }
  /** A loop or lambda value: pure unless it holds a reference resolveReference would find here. */
  isPureValue(v) {
    switch (v.kind) {
      case "unknown": {
        if (!v.ref) return true;
        const local = this.modulePath ? v.ref.address.slice(this.modulePath.length + 1) : v.ref.address;
        const mod = /^module\.([A-Za-z_][\w]*)(?:\[\d+\])?$/.exec(local);
        if (mod) return !this.pf.modules.has(mod[1]);
        return !this.pf.resources.has(local) || this.isPureResource(local);
      }
      case "list":
        return v.items.every((x) => this.isPureValue(x));
      case "object":
        for (const x of v.entries.values()) if (!this.isPureValue(x)) return false;
        return true;
      default:
        return true;
    }
  }
  /** isPure of a parameter default or a variable, once per instance (a cycle counts as impure). */
  isPureSymbol(key, e) {
    const known2 = this.purity.get(key);
    if (known2 !== void 0) return known2;
    this.purity.set(key, false);
    const pure = this.isPure(e, this.env);
    this.purity.set(key, pure);
    return pure;
  }
  purity = /* @__PURE__ */ new Map();
  /** Deployment scope of a module: its file's targetScope, located by the call's `scope:` or the caller's own scope. */
  childScope(kind, scopeValue) {
    if (scopeValue) return { kind, value: scopeValue };
    if (kind === this.scope.kind) return this.scope;
    return rootScope(kind);
  }
  // ---------------------------------------------------------------------------------------------------------
  // Expressions
  lookup(name, env) {
    for (let e = env; e; e = e.parent) {
      const v = e.locals?.get(name);
      if (v) return v;
    }
    const pf = this.pf;
    if (pf.params.has(name)) return this.param(name);
    if (pf.vars.has(name)) return this.variable(name);
    if (pf.resources.has(name)) return this.reference(name, this.address(name));
    if (pf.modules.has(name)) return this.reference(name, this.address(`module.${name}`));
    const imported = pf.imports.get(name);
    if (imported) return this.importedValue(imported.from, imported.name, name);
    return unknown(name, { reason: "undeclared" });
  }
  /** A compile-time imported variable: evaluated in its own file with no parameters. */
  importedValue(from, name, expr) {
    const pf = this.ev.load(from);
    if (!pf || !pf.vars.has(name)) return unknown(expr, { reason: "import" });
    return new _FileInstance(this.ev, pf, /* @__PURE__ */ new Map(), this.modulePath, this.scope, [...this.chain, from]).variable(name);
  }
  /** A loop longer than MAX_INSTANCES is cut there, and says so at the loop's collection (never silently). */
  checkLoopSize(count, at) {
    if (count <= MAX_INSTANCES2) return;
    const { start, end } = at.range;
    const message = `This loop expands to ${count.toLocaleString("en-US")} instances; limit ${MAX_INSTANCES2.toLocaleString("en-US")}: only the first ${MAX_INSTANCES2.toLocaleString("en-US")} are checked.`;
    this.ev.errors.push({ file: this.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message, code: "too-large" });
  }
  /** Literals, strings, arrays, objects and call results point at the expression they came from; values of
   *  variables and parameters keep the span of their definition. */
  eval(e, env) {
    if (countStep()) throw new BudgetExhausted(this.file, { line: e.range.start.line, column: e.range.start.column, endLine: e.range.end.line, endColumn: e.range.end.column });
    const v = this.evalUnbounded(e, env);
    if (v.kind === "string" && v.value.length > MAX_STRING_LENGTH2) {
      const { start, end } = e.range;
      const message = `This string grows to ${v.value.length.toLocaleString("en-US")} characters; limit 4,194,304.`;
      this.ev.errors.push({ file: this.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message, code: "too-large" });
      return unknown(this.text(e), { reason: "error" });
    }
    return v;
  }
  evalUnbounded(e, env) {
    switch (e.type) {
      case "Literal":
        return e.value === null ? NULL : typeof e.value === "number" ? { kind: "number", value: e.value, span: this.span(e.range) } : bool(e.value);
      case "String": {
        if (e.expressions.length === 0) return { kind: "string", value: e.segments[0], span: this.span(e.range) };
        const parts = [];
        e.segments.forEach((seg, i) => {
          parts.push({ kind: "string", value: seg });
          const x = e.expressions[i];
          if (x) parts.push(this.eval(x, env));
        });
        return { ...concatText2(parts), span: this.span(e.range) };
      }
      case "Array": {
        const items2 = [];
        for (const item of e.items) {
          if (item.type === "Spread") {
            const v = this.eval(item.expr, env);
            if (v.kind === "list") items2.push(...v.items);
            else items2.push(unknown(this.text(item), { reason: "unknown-input" }));
          } else items2.push(this.eval(item, env));
        }
        return { kind: "list", items: items2, span: this.span(e.range) };
      }
      case "Object": {
        const { values } = this.evalBody(e, env);
        return { kind: "object", entries: values, span: this.span(e.range) };
      }
      case "Variable":
        return this.lookup(e.name, env);
      case "Paren":
        return this.eval(e.expr, env);
      case "NonNull":
        return this.eval(e.expr, env);
      case "PropertyAccess":
        return this.property(this.eval(e.object, env), e.property.name, e.safe, e);
      case "IndexAccess":
        return this.index(this.eval(e.object, env), this.eval(e.index, env), e);
      case "ResourceAccess": {
        const base = this.eval(e.object, env);
        if (base.kind === "unknown" && base.ref && base.ref.attribute === "") return this.reference(this.text(e), `${base.ref.address}::${e.resource.name}`);
        return unknown(this.text(e), { reason: "unknown-input" });
      }
      case "Unary": {
        const v = this.eval(e.operand, env);
        if (e.operator === "!") return v.kind === "bool" ? bool(!v.value) : unknown(this.text(e), { reason: "unknown-input" });
        if (v.kind === "number") return num(e.operator === "-" ? -v.value : v.value);
        return unknown(this.text(e), { reason: "unknown-input" });
      }
      case "Binary":
        return this.binary(e, env);
      case "Ternary": {
        const c = asBool2(this.eval(e.condition, env));
        if (c !== void 0) return this.eval(c ? e.then : e.else, env);
        const a = this.eval(e.then, env);
        const b = this.eval(e.else, env);
        return valuesEqual2(a, b) === true ? a : unknown(this.text(e), { reason: "condition" });
      }
      case "Call": {
        const v = this.call(e, env);
        return v.span || v.kind === "unknown" ? v : { ...v, span: this.span(e.range) };
      }
      case "For": {
        const iterable = this.eval(e.iterable, env);
        if (iterable.kind !== "list") return unknown(this.text(e), { reason: "unknown-input" });
        this.checkLoopSize(iterable.items.length, e.iterable);
        const items2 = [];
        iterable.items.slice(0, MAX_INSTANCES2).forEach((item, i) => {
          const locals = /* @__PURE__ */ new Map([[e.item.name, item]]);
          if (e.index) locals.set(e.index.name, num(i));
          const env2 = { inst: this, locals, parent: env };
          if (e.body.type === "If") {
            const c = asBool2(this.eval(e.body.condition, env2));
            if (c === false) return;
            items2.push(c === void 0 ? unknown(this.text(e.body), { reason: "condition" }) : this.eval(e.body.body, env2));
          } else items2.push(this.eval(e.body, env2));
        });
        return list2(items2);
      }
      case "If":
      case "Lambda":
        return unknown(this.text(e), { reason: "unsupported" });
    }
  }
  property(base, name, safe, e) {
    if (base.kind === "object") return getProperty(base, name) ?? (safe ? NULL : unknown(this.text(e), { reason: "missing-property" }));
    if (base.kind === "null" && safe) return NULL;
    if (base.kind === "unknown" && base.ref) {
      const attribute = base.ref.attribute ? `${base.ref.attribute}.${name}` : name;
      const resolved = this.resolveReference(base.ref.address, attribute);
      if (resolved) return resolved;
      return this.reference(this.text(e), base.ref.address, attribute);
    }
    if (base.kind === "unknown") return unknown(`${base.expr}${safe ? ".?" : "."}${name}`, { reason: base.reason ?? "unknown-input" });
    return unknown(this.text(e), { reason: "unknown-input" });
  }
  /** Known attributes of references: `mod.outputs.x` of an evaluated module, `res.name`/`res.type` of a single-instance resource. */
  resolveReference(address, attribute) {
    const local = this.modulePath ? address.slice(this.modulePath.length + 1) : address;
    const mod = /^module\.([A-Za-z_][\w]*)(?:\[(\d+)\])?$/.exec(local);
    if (mod) {
      const out = /^outputs\.([A-Za-z_][\w]*)$/.exec(attribute);
      if (!out) return void 0;
      const decl2 = this.pf.modules.get(mod[1]);
      if (decl2 && !this.moduleInstances.has(mod[1])) this.collectModule(decl2);
      const instances = this.moduleInstances.get(mod[1]);
      if (!instances) return void 0;
      const instance = mod[2] !== void 0 ? instances[Number(mod[2])] : instances.length === 1 ? instances[0] : void 0;
      return instance?.output(out[1]);
    }
    const decl = this.pf.resources.get(local);
    if (!decl) return void 0;
    if (attribute === "type" || attribute === "apiVersion") {
      const t2 = staticString2(decl.resourceType);
      if (t2 === void 0) return void 0;
      const at2 = t2.lastIndexOf("@");
      return { kind: "string", value: attribute === "type" ? t2.slice(0, at2 < 0 ? t2.length : at2) : t2.slice(at2 + 1) };
    }
    if (decl.value.type !== "Object" || attribute !== "name" && !(attribute === "id" && decl.existing)) return void 0;
    const body2 = decl.value;
    const prop2 = (key) => body2.properties.find((p) => p.type === "Property" && p.name === key);
    const nameProp = prop2("name");
    if (!nameProp) return void 0;
    const name = this.memoized(this.resourceNames, local, () => this.eval(nameProp.value, this.env));
    if (attribute === "name") return name;
    const scopeProp = prop2("scope");
    const scope = scopeProp ? this.eval(scopeProp.value, this.env) : this.scope.value;
    const scopeId = scope.kind === "object" ? getProperty(scope, "id") : void 0;
    const t = staticString2(decl.resourceType);
    if (!scopeId || t === void 0 || prop2("parent")) return void 0;
    const at = t.lastIndexOf("@");
    return resourceIdUnder(scopeId, at < 0 ? t : t.slice(0, at), name);
  }
  index(base, index, e) {
    if (base.kind === "list" && index.kind === "number") {
      const i = e.fromEnd ? base.items.length - index.value : index.value;
      return base.items[i] ?? (e.safe ? NULL : unknown(this.text(e), { reason: "index-out-of-range" }));
    }
    if (base.kind === "object" && index.kind === "string" && !isUnknown(index)) return getProperty(base, index.value) ?? (e.safe ? NULL : unknown(this.text(e), { reason: "missing-property" }));
    if (e.safe && base.kind === "object" && index.kind === "string") {
      const pattern = symbolicPattern(index, true);
      if (![...base.entries.keys()].some((k) => pattern.test(k))) return NULL;
    }
    if (base.kind === "null" && e.safe) return NULL;
    if (base.kind === "unknown" && base.ref) {
      if (base.ref.attribute === "" && index.kind === "number") return this.reference(this.text(e), `${base.ref.address}[${index.value}]`);
      return this.reference(this.text(e), base.ref.address, base.ref.attribute ? `${base.ref.attribute}[*]` : "");
    }
    if (base.kind === "unknown") {
      const key = index.kind === "number" ? String(index.value) : index.kind === "string" && !isUnknown(index) ? `'${index.value}'` : "*";
      return unknown(`${base.expr}[${e.safe ? "?" : ""}${key}]`, { reason: base.reason ?? "unknown-input" });
    }
    return unknown(this.text(e), { reason: "unknown-input" });
  }
  binary(e, env) {
    const l = this.eval(e.left, env);
    if (e.operator === "&&" && l.kind === "bool" && !l.value) return bool(false);
    if (e.operator === "||" && l.kind === "bool" && l.value) return bool(true);
    if (e.operator === "??") {
      if (l.kind === "null") return this.eval(e.right, env);
      return l.kind === "unknown" ? unknown(this.text(e), { reason: "unknown-input" }) : l;
    }
    const r = this.eval(e.right, env);
    const unknownResult2 = () => unknown(this.text(e), { reason: "unknown-input" });
    switch (e.operator) {
      case "&&":
      case "||":
        if (r.kind === "bool" && l.kind === "bool") return bool(e.operator === "&&" ? l.value && r.value : l.value || r.value);
        if (r.kind === "bool" && (e.operator === "&&" ? !r.value : r.value)) return bool(r.value);
        return unknownResult2();
      case "==":
      case "!=":
      case "=~":
      case "!~": {
        const eq = valuesEqual2(l, r, e.operator === "=~" || e.operator === "!~");
        return eq === void 0 ? unknownResult2() : bool(e.operator === "==" || e.operator === "=~" ? eq : !eq);
      }
      case "<":
      case "<=":
      case ">":
      case ">=": {
        if (!(l.kind === "number" && r.kind === "number" || l.kind === "string" && r.kind === "string" && !isUnknown(l) && !isUnknown(r))) return unknownResult2();
        const a = l.value;
        const b = r.value;
        return bool(e.operator === "<" ? a < b : e.operator === "<=" ? a <= b : e.operator === ">" ? a > b : a >= b);
      }
      default: {
        if (l.kind !== "number" || r.kind !== "number") return unknownResult2();
        const a = l.value;
        const b = r.value;
        if ((e.operator === "/" || e.operator === "%") && b === 0) return unknownResult2();
        return num(e.operator === "+" ? a + b : e.operator === "-" ? a - b : e.operator === "*" ? a * b : e.operator === "/" ? Math.trunc(a / b) : a % b);
      }
    }
  }
  call(e, env) {
    const name = e.name.name;
    const ns = e.object?.type === "Variable" ? e.object.name : void 0;
    const text2 = this.text(e);
    if (e.object && ns !== "az" && ns !== "sys") {
      if (ns && this.pf.namespaces.has(ns)) return this.callImported(this.pf.namespaces.get(ns), name, e.args, env, text2);
      return unknown(text2, { reason: "resource-function" });
    }
    if (!ns) {
      const user = this.pf.funcs.get(name);
      if (user) return this.callUser(this, user, e.args, env, text2);
      const imported = this.pf.imports.get(name);
      if (imported) return this.callImported(imported.from, imported.name, e.args, env, text2);
    }
    if (name.toLowerCase() === "reference" && e.args[0]) {
      const arg = e.args[0];
      const target = arg.type === "PropertyAccess" && arg.property.name.toLowerCase() === "id" ? this.eval(arg.object, env) : this.eval(arg, env);
      if (target.kind === "unknown" && target.ref && (target.ref.attribute === "id" || target.ref.attribute === "")) {
        const full = e.args.some((a) => a.type === "String" && staticString2(a)?.toLowerCase() === "full");
        return this.reference(text2, target.ref.address, full ? "" : "properties");
      }
      return unknown(text2, { reason: "deployment-time" });
    }
    const lower = name.toLowerCase();
    if (lower === "loadjsoncontent" || lower === "loadtextcontent") return this.loadContent(lower === "loadjsoncontent", e, env, text2);
    const lambdaResult = this.callWithLambda(lower, e, env, text2);
    if (lambdaResult) return lambdaResult;
    const f = builtin(name);
    if (!f) return unknown(text2, { reason: "unsupported-function" });
    const args = e.args.map((a) => this.eval(a, env));
    return f(args, text2) ?? unknown(text2, { reason: "unsupported-function" });
  }
  /** `loadJsonContent(path, [jsonPath])` / `loadTextContent(path)`: compile-time reads of files in the scan. */
  loadContent(json, e, env, text2) {
    const pathValue = e.args[0] ? this.eval(e.args[0], env) : void 0;
    if (pathValue?.kind !== "string" || isUnknown(pathValue)) return unknown(text2, { reason: "unknown-input" });
    const content = this.ev.fileText(resolveLocal(this.file, pathValue.value));
    if (content === void 0) return unknown(text2, { reason: "file-not-found" });
    if (!json) return { kind: "string", value: content };
    let value;
    try {
      value = fromPlain(JSON.parse(content.charCodeAt(0) === 65279 ? content.slice(1) : content));
    } catch {
      return unknown(text2, { reason: "invalid-json" });
    }
    const pathArg = e.args[1] ? this.eval(e.args[1], env) : void 0;
    if (!pathArg) return value;
    const selected = pathArg.kind === "string" && !isUnknown(pathArg) ? selectJsonPath(value, pathArg.value) : void 0;
    return selected ?? unknown(text2, { reason: "unsupported" });
  }
  callUser(owner, fn, args, env, text2) {
    const locals = /* @__PURE__ */ new Map();
    fn.lambda.params.forEach((p, i) => locals.set(p.name.name, args[i] ? this.eval(args[i], env) : NULL));
    if (this.depth > 64) return unknown(text2, { reason: "recursion" });
    this.depth++;
    try {
      return owner.eval(fn.lambda.body, { inst: owner, locals });
    } finally {
      this.depth--;
    }
  }
  depth = 0;
  callImported(from, name, args, env, text2) {
    const pf = this.ev.load(from);
    const fn = pf?.funcs.get(name);
    if (!pf || !fn) return unknown(text2, { reason: "import" });
    const owner = new _FileInstance(this.ev, pf, /* @__PURE__ */ new Map(), this.modulePath, this.scope, [...this.chain, from]);
    return this.callUser(owner, fn, args, env, text2);
  }
  /** map/filter/reduce/sort/toObject/groupBy-free lambda functions, over known arrays. */
  callWithLambda(name, e, env, text2) {
    if (name !== "map" && name !== "filter" && name !== "reduce" && name !== "toobject" && name !== "sort") return void 0;
    const lambda = e.args[name === "reduce" ? 2 : 1];
    if (!lambda || lambda.type !== "Lambda") return name === "toobject" ? void 0 : unknown(text2, { reason: "unknown-input" });
    const source = this.eval(e.args[0], env);
    if (source.kind !== "list") return unknown(text2, { reason: "unknown-input" });
    const apply = (fn, values) => {
      const locals = /* @__PURE__ */ new Map();
      fn.params.forEach((p, i) => locals.set(p.name, values[i] ?? NULL));
      return this.eval(fn.body, { inst: this, locals, parent: env });
    };
    const items2 = source.items.slice(0, MAX_INSTANCES2);
    switch (name) {
      case "map":
        return list2(items2.map((x, i) => apply(lambda, [x, num(i)])));
      case "filter": {
        const out = [];
        for (const [i, x] of items2.entries()) {
          const keep = asBool2(apply(lambda, [x, num(i)]));
          if (keep === void 0) return unknown(text2, { reason: "unknown-input" });
          if (keep) out.push(x);
        }
        return list2(out);
      }
      case "reduce": {
        let acc = this.eval(e.args[1], env);
        items2.forEach((x, i) => {
          acc = apply(lambda, [acc, x, num(i)]);
        });
        return acc;
      }
      case "toobject": {
        const entries = /* @__PURE__ */ new Map();
        const valueFn = e.args[2]?.type === "Lambda" ? e.args[2] : void 0;
        for (const x of items2) {
          const k = apply(lambda, [x]);
          if (k.kind !== "string" || isUnknown(k)) return unknown(text2, { reason: "unknown-input" });
          entries.set(k.value, valueFn ? apply(valueFn, [x]) : x);
        }
        return { kind: "object", entries };
      }
      default:
        return unknown(text2, { reason: "unsupported" });
    }
  }
};

// src/evaluate/bicep/references.ts
var KEYWORDS = ["module", "import"];
var CANDIDATE_REST = /(?![A-Za-z0-9_])(?![ \t]*(?:[:=]|[\r\n]|$))/y;
var DECLARATION = /\uFEFF?[ \t]*(?:module[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]*|import[ \t]*(?:\{[^}]*\}|\*[ \t]*as[ \t]+[A-Za-z_][A-Za-z0-9_]*)[ \t]*from[ \t]*)'((?:[^'\\\r\n$]|\\[\\'nrt$]|\$(?!\{))*)'(?!')/y;
var ESCAPES = { "\\": "\\", "'": "'", n: "\n", r: "\r", t: "	", $: "$" };
var decode = (quoted) => quoted.replace(/\\(.)/g, (_, c) => ESCAPES[c]);
function candidateLines(text2) {
  const starts = [];
  for (const keyword of KEYWORDS) {
    for (let at = text2.indexOf(keyword); at >= 0; at = text2.indexOf(keyword, at + keyword.length)) {
      let lineStart = at;
      for (let c = text2.charCodeAt(lineStart - 1); c === 32 || c === 9 || c === 65279; c = text2.charCodeAt(--lineStart - 1)) ;
      if (lineStart > 0 && text2.charCodeAt(lineStart - 1) !== 10 && text2.charCodeAt(lineStart - 1) !== 13) continue;
      CANDIDATE_REST.lastIndex = at + keyword.length;
      if (CANDIDATE_REST.test(text2)) starts.push(lineStart);
    }
  }
  return starts.sort((a, b) => a - b);
}
var SPECIAL = /[/'$]/g;
var KEYWORD_AFTER_COMMENT = /[ \t]*(?:module|import)(?![A-Za-z0-9_])/y;
var KEYWORD_AFTER_A_COMMENT = /\*\/[ \t]*(?:module|import)(?![A-Za-z0-9_])/;
function longTokens(text2) {
  const regions = [];
  const len = text2.length;
  const singleQuoted = (from) => {
    for (let i = from; i < len; i++) {
      const c = text2.charCodeAt(i);
      if (c === 39) return i + 1;
      if (c === 10 || c === 13) return i;
      if (c === 92) i++;
      else if (c === 36 && text2.charCodeAt(i + 1) === 123) {
        let depth = 0;
        for (i += 2; i < len; i++) {
          const h = text2.charCodeAt(i);
          if (h === 10 || h === 13) return i;
          if (h === 123) depth++;
          else if (h === 125 && depth-- === 0) break;
          else if (h === 39) {
            if (text2.startsWith("'''", i)) return void 0;
            const end = singleQuoted(i + 1);
            if (end === void 0) return void 0;
            i = end - 1;
          }
        }
      }
    }
    return len;
  };
  for (let i = 0; i < len; i++) {
    SPECIAL.lastIndex = i;
    if (!SPECIAL.test(text2)) break;
    i = SPECIAL.lastIndex - 1;
    const c = text2.charCodeAt(i);
    if (c === 47 && text2.charCodeAt(i + 1) === 47) {
      const eol = text2.indexOf("\n", i);
      i = eol < 0 ? len : eol;
    } else if (c === 47 && text2.charCodeAt(i + 1) === 42) {
      const close = text2.indexOf("*/", i + 2);
      const end = close < 0 ? len : close + 2;
      regions.push([i, end]);
      KEYWORD_AFTER_COMMENT.lastIndex = end;
      if (KEYWORD_AFTER_COMMENT.test(text2)) return void 0;
      i = end - 1;
    } else if (c === 36 && text2.charCodeAt(i + 1) === 36) {
      return void 0;
    } else if (c === 39) {
      if (text2.startsWith("'''", i)) {
        if (text2.charCodeAt(i - 1) === 36) return void 0;
        const close = text2.indexOf("'''", i + 3);
        let end = close < 0 ? len : close + 3;
        while (end < len && text2.charCodeAt(end) === 39) end++;
        regions.push([i, end]);
        i = end - 1;
      } else {
        const end = singleQuoted(i + 1);
        if (end === void 0) return void 0;
        i = end - 1;
      }
    }
  }
  return regions;
}
function plainReferences(file) {
  const targets = [];
  const text2 = file.text;
  if (!text2.includes("module") && !text2.includes("import")) return targets;
  const lines = candidateLines(text2);
  const comments = text2.includes("/*");
  if (lines.length === 0) return comments && KEYWORD_AFTER_A_COMMENT.test(text2) ? void 0 : targets;
  const hidden = comments || text2.includes("'''") ? longTokens(text2) : [];
  if (!hidden) return void 0;
  for (const lineStart of lines) {
    if (hidden.some(([start, end]) => lineStart > start && lineStart < end)) continue;
    DECLARATION.lastIndex = lineStart;
    const d = DECLARATION.exec(text2);
    if (!d) return void 0;
    const target = decode(d[1]);
    if (!isRegistryPath(target)) targets.push(resolveLocal(file.path, target));
  }
  return targets;
}
var referencesByFile = /* @__PURE__ */ new WeakMap();
function moduleReferences(file) {
  const known2 = referencesByFile.get(file);
  if (known2?.text === file.text) return known2.targets;
  const targets = plainReferences(file) ?? localReferences(file.path, parseBicep(file.text, file.path).program);
  referencesByFile.set(file, { text: file.text, targets });
  return targets;
}

// src/evaluate/bicep/index.ts
var WARM_UP_FROM_FILES = 30;
var filesEvaluatedOnThisThread = 0;
function evaluateBicep(files, all, options = {}) {
  filesEvaluatedOnThisThread += files.length;
  if (filesEvaluatedOnThisThread >= WARM_UP_FROM_FILES) warmUpBicepParser();
  const bicep = files.filter((f) => f.path.toLowerCase().endsWith(".bicep")).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const paramFiles = files.filter((f) => f.path.toLowerCase().endsWith(".bicepparam")).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const guessed = new Map(bicep.map((f) => [f.path, moduleReferences(f)]));
  const first = evaluateFrom(bicep, paramFiles, all, options, guessed);
  const confirmed = new Map(bicep.map((f) => [f.path, first.references.get(f.path) ?? []]));
  if (sameRoots(bicep, guessed, confirmed)) return result(first);
  return result(evaluateFrom(bicep, paramFiles, all, options, confirmed));
}
function result(evaluator) {
  return { resources: evaluator.resources, unresolved: evaluator.unresolved, errors: evaluator.errors, comments: evaluator.comments };
}
function referencedFiles(references) {
  const referenced = /* @__PURE__ */ new Set();
  for (const targets of references.values()) for (const t of targets) referenced.add(t);
  return referenced;
}
function sameRoots(bicep, a, b) {
  const ra = referencedFiles(a);
  const rb = referencedFiles(b);
  return bicep.every((f) => ra.has(f.path) === rb.has(f.path));
}
function evaluateFrom(bicep, paramFiles, all, options, references) {
  const evaluator = new BicepEvaluator(all, bicep.map((f) => f.path), options.resourceBodies);
  const referenced = referencedFiles(references);
  const valuesByFile = /* @__PURE__ */ new Map();
  for (const f of paramFiles) {
    const { using, values } = evaluator.evaluateParamsFile(f.path);
    if (using && !valuesByFile.has(using)) valuesByFile.set(using, values);
  }
  const fromOptions = /* @__PURE__ */ new Map();
  for (const f of options.parameterFiles ?? []) {
    if (f.path.toLowerCase().endsWith(".bicepparam")) {
      for (const [k, v] of evaluator.evaluateParamsFile(f.path, f).values) fromOptions.set(k, v);
      continue;
    }
    try {
      for (const [k, v] of armParameterValues(JSON.parse(f.text))) fromOptions.set(k, v);
    } catch (e) {
      evaluator.errors.push({ file: f.path, line: 1, column: 1, message: `Parameter file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, code: "parse" });
    }
  }
  const roots = bicep.filter((f) => !referenced.has(f.path));
  const lastUse = /* @__PURE__ */ new Map();
  roots.forEach((root, i) => {
    const stack = [root.path];
    while (stack.length > 0) {
      const file = stack.pop();
      if (lastUse.get(file) === i) continue;
      lastUse.set(file, i);
      for (const t of references.get(file) ?? []) stack.push(t);
    }
  });
  roots.forEach((root, i) => {
    const parameterValues = new Map([...valuesByFile.get(root.path) ?? [], ...fromOptions]);
    evaluator.evaluateRoot(root.path, { ...options.parameters ? { parameters: options.parameters } : {}, parameterValues });
    for (const file of evaluator.cachedFiles()) if ((lastUse.get(file) ?? i) <= i) evaluator.release(file);
  });
  for (const f of bicep) {
    if (evaluator.wasParsed(f.path)) continue;
    evaluator.load(f.path);
    evaluator.release(f.path);
  }
  evaluator.listedFirst();
  return evaluator;
}

// src/extract/azure/deployment.ts
var ROLE_ASSIGNMENTS = "microsoft.authorization/roleassignments";
var ROLE_DEFINITIONS = "microsoft.authorization/roledefinitions";
var KEY_VAULT = "microsoft.keyvault/vaults";
var KEY_VAULT_ACCESS_POLICIES = "microsoft.keyvault/vaults/accesspolicies";
var MANAGED_IDENTITY = "microsoft.managedidentity/userassignedidentities";
var DEPLOYMENT_SCOPE_KIND = {
  resourceGroup: "resource-group",
  subscription: "subscription",
  managementGroup: "management-group",
  tenant: "tenant"
};
var SCOPE_KIND_OF_TYPE2 = {
  "microsoft.resources/resourcegroups": "resource-group",
  "microsoft.management/managementgroups": "management-group",
  "microsoft.subscription/aliases": "subscription"
};
function isAzureGrantType(type) {
  const t = type.toLowerCase();
  return t === ROLE_ASSIGNMENTS || isLegacyRoleAssignment(t) || t === ROLE_DEFINITIONS || t === KEY_VAULT || t === KEY_VAULT_ACCESS_POLICIES || t === MANAGED_IDENTITY;
}
function isLegacyRoleAssignment(lowerType) {
  return lowerType.endsWith("/providers/roleassignments");
}
function extractAzureFromDeployment(resources, format2, catalog = DEFAULT_AZURE_ROLES) {
  return new DeploymentExtractor(resources, format2, catalog).run();
}
function valueText(v) {
  if (v?.kind === "list") return JSON.stringify(v.items.map(valueText));
  if (v?.kind === "object") return JSON.stringify(Object.fromEntries([...v.entries].map(([k, x]) => [k, valueText(x)])));
  return scalarText(v);
}
function prop(v, key) {
  return v?.kind === "object" ? v.entries.get(key) : void 0;
}
function items(v) {
  return v?.kind === "list" ? v.items : [];
}
function strings(v, unresolved) {
  const out = [];
  if (v?.kind === "unknown") unresolved.push(v.expr);
  for (const item of items(v)) {
    if (item.kind === "unknown") unresolved.push(item.expr);
    else {
      const t = valueText(item);
      if (t !== void 0) out.push(t);
      unresolved.push(...collectUnknowns(item));
    }
  }
  return out;
}
function addressKey(r, address) {
  return r.deployment === void 0 ? address : `${r.deployment}\0${address}`;
}
var DeploymentExtractor = class {
  constructor(resources, format2, catalog) {
    this.resources = resources;
    this.format = format2;
    this.catalog = catalog;
    for (const r of resources) {
      const key = addressKey(r, r.address);
      if (!this.byAddress.has(key)) this.byAddress.set(key, r);
      const base = addressKey(r, r.address.replace(/\[[^\]]*\]$/, ""));
      if (!this.byAddress.has(base)) this.byAddress.set(base, r);
    }
  }
  resources;
  format;
  catalog;
  byAddress = /* @__PURE__ */ new Map();
  grants = /* @__PURE__ */ new Map();
  run() {
    for (const r of this.resources) {
      if (r.existing) continue;
      const type = r.type.toLowerCase();
      if (type === ROLE_ASSIGNMENTS || isLegacyRoleAssignment(type)) this.roleAssignment(r, isLegacyRoleAssignment(type));
      else if (type === ROLE_DEFINITIONS) this.roleDefinition(r);
      else if (type === KEY_VAULT || type === KEY_VAULT_ACCESS_POLICIES) this.accessPolicies(r, type === KEY_VAULT);
    }
    return [...this.grants.values()];
  }
  add(g) {
    if (!this.grants.has(g.id)) this.grants.set(g.id, g);
  }
  source(r) {
    return { ...r.span, format: this.format, address: r.address };
  }
  /**
   * The resource an unknown value of `from` refers to (`uami.properties.principalId`,
   * `reference(resourceId(...)).principalId`): one of the same deployment.
   */
  referenced(from, v) {
    if (v?.kind !== "unknown" || !v.ref) return void 0;
    const resource = this.byAddress.get(addressKey(from, v.ref.address));
    return resource ? { resource, attribute: v.ref.attribute } : void 0;
  }
  principal(r, v, declaredType) {
    const target = this.referenced(r, v);
    if (target && target.resource.type.toLowerCase() === MANAGED_IDENTITY) {
      const name = valueText(target.resource.body.get("name"));
      return { principal: { type: "managed-identity", name: name ?? target.resource.address, address: target.resource.address }, unresolved: [] };
    }
    if (target && /(^|\.)identity\.principalId$/i.test(target.attribute)) {
      return { principal: { type: "managed-identity", name: `${target.resource.address} (system-assigned)`, address: target.resource.address }, unresolved: [] };
    }
    const text2 = valueText(v);
    if (text2 === void 0) return { principal: { type: principalTypeOf(declaredType, false), name: "(missing principal)" }, unresolved: [] };
    return { principal: { type: principalTypeOf(declaredType, false), name: text2 }, unresolved: v ? collectUnknowns(v) : [] };
  }
  scopeOf(r, legacy) {
    if (legacy) {
      const parentType = r.type.slice(0, r.type.toLowerCase().indexOf("/providers/"));
      const name = valueText(r.body.get("name")) ?? "";
      const parentName = name.split("/Microsoft.Authorization/")[0] ?? name;
      const kind = SCOPE_KIND_OF_TYPE2[parentType.toLowerCase()] ?? "resource";
      return { scope: `${parentType}/${parentName}`, kind, unresolved: [] };
    }
    const v = r.body.get("scope");
    if (!v || v.kind === "null") {
      return { scope: valueText(prop(r.deploymentScope.value, "id")) ?? valueText(r.deploymentScope.value), kind: DEPLOYMENT_SCOPE_KIND[r.deploymentScope.kind], unresolved: [] };
    }
    const target = this.referenced(r, v);
    if (target) {
      const kind = SCOPE_KIND_OF_TYPE2[target.resource.type.toLowerCase()] ?? "resource";
      return { scope: target.resource.address, kind, unresolved: [] };
    }
    return this.scopeFromValue(v);
  }
  /** A scope written as an id, a scope function's object (`subscription()`), or an ARM relative resource id. */
  scopeFromValue(v) {
    const id = v.kind === "object" ? prop(v, "id") : v;
    const text2 = valueText(id);
    if (text2 === void 0) return { scope: void 0, kind: void 0, unresolved: [] };
    const unresolved = id ? collectUnknowns(id) : [];
    const fromId = scopeKindOfId(text2);
    if (fromId) return { scope: text2, kind: fromId, unresolved };
    const scopeFunction = /^\$\{(resourceGroup|subscription|managementGroup|tenant)\(/.exec(text2)?.[1];
    if (scopeFunction) return { scope: text2, kind: DEPLOYMENT_SCOPE_KIND[scopeFunction], unresolved: [] };
    if (/^[A-Za-z0-9.]+\/[A-Za-z]/.test(text2)) return { scope: text2, kind: text2.toLowerCase().startsWith("microsoft.management/managementgroups/") ? "management-group" : "resource", unresolved };
    return { scope: text2, kind: void 0, unresolved };
  }
  roleAssignment(r, legacy) {
    const properties = r.body.get("properties");
    const roleValue = prop(properties, "roleDefinitionId");
    const principalType = valueText(prop(properties, "principalType"));
    const declaredType = principalType && !principalType.includes("${") ? principalType : void 0;
    const who = this.principal(r, prop(properties, "principalId"), declaredType);
    const scope = this.scopeOf(r, legacy);
    const definition = this.referenced(r, roleValue);
    const definitionResource = definition && definition.resource.type.toLowerCase() === ROLE_DEFINITIONS ? definition.resource : void 0;
    const definitionName = definitionResource ? valueText(prop(definitionResource.body.get("properties"), "roleName")) : void 0;
    const role = definitionResource ? definitionName ?? valueText(definitionResource.body.get("name")) : valueText(roleValue);
    const condition = valueText(prop(properties, "condition"));
    this.add(
      roleAssignmentGrant({
        catalog: this.catalog,
        role,
        roleIsName: definitionName !== void 0,
        principal: who.principal,
        principalType: declaredType,
        scope: scope.scope,
        scopeKind: scope.kind,
        source: this.source(r),
        unresolved: [...roleValue && !definitionResource ? collectUnknowns(roleValue).filter((u) => !isDeploymentContext(u)) : [], ...who.unresolved, ...scope.unresolved],
        conditional: r.conditional,
        condition,
        resourceType: r.type,
        roleDefinition: definitionResource?.address
      })
    );
  }
  roleDefinition(r) {
    const properties = r.body.get("properties");
    const unresolved = [];
    const permissions = items(prop(properties, "permissions"));
    const list3 = (key) => permissions.flatMap((p) => strings(prop(p, key), unresolved));
    const name = valueText(prop(properties, "roleName")) ?? valueText(r.body.get("name")) ?? r.address;
    this.add(
      roleDefinitionGrant({
        name,
        id: valueText(r.body.get("name")),
        actions: list3("actions"),
        notActions: list3("notActions"),
        dataActions: list3("dataActions"),
        notDataActions: list3("notDataActions"),
        assignableScopes: strings(prop(properties, "assignableScopes"), unresolved),
        scope: valueText(prop(r.deploymentScope.value, "id")) ?? DEPLOYMENT_SCOPE_KIND[r.deploymentScope.kind],
        source: this.source(r),
        unresolved,
        resourceType: r.type,
        conditional: r.conditional
      })
    );
  }
  accessPolicies(r, inline) {
    const vault = inline ? r.address : r.parent ?? valueText(r.body.get("name"))?.split("/")[0] ?? r.address;
    for (const entry of items(prop(r.body.get("properties"), "accessPolicies"))) {
      const who = this.principal(r, prop(entry, "objectId"), void 0);
      const unresolved = [...who.unresolved];
      const permissions = {};
      const granted = prop(entry, "permissions");
      if (granted?.kind === "object") {
        for (const [kind, list3] of granted.entries) {
          const values = strings(list3, unresolved);
          if (values.length > 0) permissions[kind] = values;
        }
      } else if (granted?.kind === "unknown") unresolved.push(granted.expr);
      this.add(
        accessPolicyGrant({
          principal: who.principal,
          vault,
          permissions,
          source: { ...entry.span ?? r.span, format: this.format, address: r.address },
          unresolved,
          resourceType: r.type,
          conditional: r.conditional
        })
      );
    }
  }
};
function isDeploymentContext(expr) {
  return /^(subscription|tenant|managementGroup|resourceGroup)\(\)(\.[A-Za-z]+)?$/.test(expr);
}

// src/pipeline/frontends/bicep.ts
function isBicepPath(p) {
  const lower = p.toLowerCase();
  return lower.endsWith(".bicep") || lower.endsWith(".bicepparam");
}
function parameterFileLinks(file) {
  const links = [];
  for (const s of parseBicep(file.text, file.path).program.statements) {
    const target = s.type === "Using" && s.path ? staticString2(s.path) : s.type === "Extends" ? staticString2(s.path) : void 0;
    if (target !== void 0) links.push(resolveLocal(file.path, target));
  }
  return links;
}
var bicepFrontEnd = {
  format: "bicep",
  claims: (file) => isBicepPath(file.path),
  // A root file goes with the modules it calls, the files it imports from and the parameter files that use it.
  partition: (files) => connectedGroups(files, (f) => f.path, (f) => f.path.toLowerCase().endsWith(".bicepparam") ? parameterFileLinks(f) : moduleReferences(f)),
  run(files, all, options) {
    const errors = [];
    const parameterFiles = [];
    for (const abs of options.parameterFiles) {
      const lower = abs.toLowerCase();
      if (!lower.endsWith(".bicepparam") && !lower.endsWith(".json")) continue;
      const rel = path10.relative(options.root, abs).split(path10.sep).join("/");
      try {
        parameterFiles.push(all.get(rel) ?? { absPath: abs, path: rel, text: readFileSync3(abs, "utf8") });
      } catch (e) {
        errors.push({ file: rel, line: 1, column: 1, message: `cannot read parameter file: ${e.message}`, code: "read" });
      }
    }
    const evaluation = evaluateBicep(files, all, { parameters: options.parameters, parameterFiles, resourceBodies: isAzureGrantType });
    const grants = extractAzureFromDeployment(evaluation.resources, "bicep", azureRoleCatalog(options));
    const comments = /* @__PURE__ */ new Map();
    for (const [file, list3] of evaluation.comments) {
      const directives = list3.filter(mayHoldDirective).map((c) => ({ line: c.line, column: c.column, text: c.text.replace(/\r?\n/g, " ") }));
      if (directives.length > 0) comments.set(file, directives);
    }
    return { grants, errors: [...errors, ...evaluation.errors], unresolved: evaluation.unresolved, files: files.map((f) => f.path), comments };
  }
};

// src/pipeline/frontends/arm.ts
import { readFileSync as readFileSync4 } from "node:fs";
import path11 from "node:path";

// src/parse/arm/jsonc.ts
var MAX_NESTING3 = 256;
function parseJsonc(text2, file) {
  return parseJsonValue(text2, { ...ARM_JSON, file, maxDepth: MAX_NESTING3 });
}

// src/parse/arm/expression.ts
var ArmExpressionError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function isExpressionString(s) {
  return s.length >= 2 && s[0] === "[" && s[1] !== "[" && s[s.length - 1] === "]";
}
function unescapeLiteral(s) {
  return s.startsWith("[[") ? s.slice(1) : s;
}
var cache2 = /* @__PURE__ */ new Map();
function parseArmExpression(source) {
  const hit = cache2.get(source);
  if (hit) return hit;
  const p = new ExprParser(source);
  p.skip();
  const e = p.expr();
  p.skip();
  if (p.pos < source.length) throw new ArmExpressionError(`unexpected ${JSON.stringify(source[p.pos])} after the expression`, p.pos);
  if (cache2.size > 2e4) cache2.clear();
  cache2.set(source, e);
  return e;
}
var MAX_EXPRESSION_DEPTH = 200;
var ExprParser = class {
  constructor(s) {
    this.s = s;
  }
  s;
  pos = 0;
  depth = 0;
  skip() {
    while (this.pos < this.s.length && /\s/.test(this.s[this.pos])) this.pos++;
  }
  expr() {
    if (++this.depth > MAX_EXPRESSION_DEPTH) throw new ArmExpressionError(`expression nested deeper than ${MAX_EXPRESSION_DEPTH} levels`, this.pos);
    try {
      return this.postfix(this.primary());
    } finally {
      this.depth--;
    }
  }
  postfix(start) {
    let e = start;
    for (; ; ) {
      this.skip();
      const c = this.s[this.pos];
      const safe = c === "?" && (this.s[this.pos + 1] === "." || this.s[this.pos + 1] === "[");
      const op = safe ? this.s[this.pos + 1] : c;
      if (op === ".") {
        this.pos += safe ? 2 : 1;
        this.skip();
        const m = /[A-Za-z_$][\w$-]*/y;
        m.lastIndex = this.pos;
        const name = m.exec(this.s);
        if (!name) throw new ArmExpressionError('expected a property name after "."', this.pos);
        this.pos += name[0].length;
        e = { type: "property", object: e, name: name[0], safe };
      } else if (op === "[") {
        this.pos += safe ? 2 : 1;
        this.skip();
        const index = this.expr();
        this.skip();
        if (this.s[this.pos] !== "]") throw new ArmExpressionError('expected "]" after an index', this.pos);
        this.pos++;
        e = { type: "index", object: e, index, safe };
      } else return e;
    }
  }
  primary() {
    const c = this.s[this.pos];
    if (c === "'") return this.string();
    if (c !== void 0 && /[-\d]/.test(c)) {
      const m2 = /-?\d+(\.\d+)?/y;
      m2.lastIndex = this.pos;
      const n = m2.exec(this.s);
      if (!n) throw new ArmExpressionError("invalid number", this.pos);
      this.pos += n[0].length;
      return { type: "number", value: Number(n[0]) };
    }
    const m = /[A-Za-z_][\w.]*/y;
    m.lastIndex = this.pos;
    const name = m.exec(this.s);
    if (!name) throw new ArmExpressionError(c === void 0 ? "unexpected end of expression: expected a function call or a literal" : `unexpected ${JSON.stringify(c)}: expected a function call or a literal`, this.pos);
    this.pos += name[0].length;
    this.skip();
    if (this.s[this.pos] !== "(") throw new ArmExpressionError(`expected "(" after function name ${name[0]}`, this.pos);
    this.pos++;
    const args = [];
    this.skip();
    if (this.s[this.pos] === ")") {
      this.pos++;
      return { type: "call", name: name[0], args };
    }
    for (; ; ) {
      this.skip();
      args.push(this.expr());
      this.skip();
      const d = this.s[this.pos];
      if (d === ",") {
        this.pos++;
        continue;
      }
      if (d === ")") {
        this.pos++;
        return { type: "call", name: name[0], args };
      }
      throw new ArmExpressionError(d === void 0 ? `unexpected end of expression: expected "," or ")" in ${name[0]}(...)` : `expected "," or ")" in ${name[0]}(...)`, this.pos);
    }
  }
  string() {
    let out = "";
    let p = this.pos + 1;
    for (; ; ) {
      const q = this.s.indexOf("'", p);
      if (q === -1) throw new ArmExpressionError("unterminated string literal: expected a closing '", this.pos);
      out += this.s.slice(p, q);
      if (this.s[q + 1] === "'") {
        out += "'";
        p = q + 2;
        continue;
      }
      this.pos = q + 1;
      return { type: "string", value: out };
    }
  }
};
function printArmExpr(e) {
  switch (e.type) {
    case "string":
      return `'${e.value.replace(/'/g, "''")}'`;
    case "number":
      return String(e.value);
    case "call":
      return `${e.name}(${e.args.map(printArmExpr).join(", ")})`;
    case "property":
      return `${printArmExpr(e.object)}${e.safe ? "?" : ""}.${e.name}`;
    case "index":
      return `${printArmExpr(e.object)}${e.safe ? "?" : ""}[${printArmExpr(e.index)}]`;
  }
}

// src/evaluate/arm/functions.ts
function textOf(v) {
  switch (v.kind) {
    case "string":
      return { text: v.value, unknowns: v.unknowns ?? [] };
    case "number":
    case "bool":
      return { text: String(v.value), unknowns: [] };
    case "null":
      return { text: "", unknowns: [] };
    case "unknown":
      return { text: "${" + v.expr + "}", unknowns: [v.expr] };
    default:
      return void 0;
  }
}
function joinText(parts) {
  const text2 = parts.map((p) => p.text).join("");
  const unknowns = [...new Set(parts.flatMap((p) => p.unknowns))];
  return unknowns.length > 0 ? { kind: "string", value: text2, unknowns } : { kind: "string", value: text2 };
}
function symbolic(expr) {
  return { kind: "string", value: "${" + expr + "}", unknowns: [expr] };
}
function obj2(entries) {
  return { kind: "object", entries: new Map(Object.entries(entries)) };
}
function scopeObject(fn) {
  const sub2 = "${subscription().subscriptionId}";
  switch (fn) {
    case "resourceGroup":
      return obj2({
        id: { kind: "string", value: `/subscriptions/${sub2}/resourceGroups/\${resourceGroup().name}`, unknowns: ["subscription().subscriptionId", "resourceGroup().name"] },
        name: symbolic("resourceGroup().name"),
        location: symbolic("resourceGroup().location")
      });
    case "subscription":
      return obj2({
        id: { kind: "string", value: `/subscriptions/${sub2}`, unknowns: ["subscription().subscriptionId"] },
        subscriptionId: symbolic("subscription().subscriptionId"),
        tenantId: symbolic("subscription().tenantId"),
        displayName: symbolic("subscription().displayName")
      });
    case "managementGroup":
      return obj2({
        id: { kind: "string", value: "/providers/Microsoft.Management/managementGroups/${managementGroup().name}", unknowns: ["managementGroup().name"] },
        name: symbolic("managementGroup().name")
      });
    case "tenant":
      return obj2({ id: { kind: "string", value: "/" }, tenantId: symbolic("tenant().tenantId") });
  }
}
function plainKnown(v) {
  switch (v.kind) {
    case "unknown":
      return void 0;
    case "string":
      return v.unknowns?.length ? void 0 : v.value;
    case "number":
    case "bool":
      return v.value;
    case "null":
      return null;
    case "list": {
      const out = [];
      for (const i of v.items) {
        const p = plainKnown(i);
        if (p === void 0) return void 0;
        out.push(p);
      }
      return out;
    }
    case "object": {
      const out = {};
      for (const [k, x] of v.entries) {
        const p = plainKnown(x);
        if (p === void 0) return void 0;
        out[k] = p;
      }
      return out;
    }
  }
}
function isKnown(v) {
  return plainKnown(v) !== void 0;
}
function deepEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function truthy(v) {
  if (v.kind === "bool") return v.value;
  if (v.kind === "string" && !v.unknowns?.length) {
    if (v.value.toLowerCase() === "true") return true;
    if (v.value.toLowerCase() === "false") return false;
  }
  return void 0;
}

// src/evaluate/arm/evaluate.ts
var MAX_COPY = 800;
var MAX_DEPTH2 = 32;
var MAX_STRING_LENGTH3 = 4194304;
var DEPLOYMENTS = "microsoft.resources/deployments";
function schemaScope(schema) {
  const s = (schema ?? "").toLowerCase();
  if (s.includes("subscriptiondeploymenttemplate")) return "subscription";
  if (s.includes("managementgroupdeploymenttemplate")) return "managementGroup";
  if (s.includes("tenantdeploymenttemplate")) return "tenant";
  return "resourceGroup";
}
var ArmEvaluator = class {
  constructor(file) {
    this.file = file;
  }
  file;
  resources = [];
  unresolved = [];
  errors = [];
  error(span, message) {
    const at = span ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    this.errors.push({ file: this.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, message, code: "parse" });
  }
  // ---- templates and resources ----
  template(template, given, scope, prefix2, conditional, depth, outer) {
    if (depth > MAX_DEPTH2) {
      this.error(template.span, `nested deployments deeper than ${MAX_DEPTH2} levels`);
      return;
    }
    const ctx = outer ? { ...outer, scope, addresses: /* @__PURE__ */ new Map(), copyIndex: /* @__PURE__ */ new Map(), lambdaVars: /* @__PURE__ */ new Map() } : {
      file: this.file,
      given,
      parameterDefs: asObject2(template.entries.get("parameters")),
      parameterCache: /* @__PURE__ */ new Map(),
      variableDefs: asObject2(template.entries.get("variables")),
      variableCache: /* @__PURE__ */ new Map(),
      evaluating: /* @__PURE__ */ new Set(),
      copyIndex: /* @__PURE__ */ new Map(),
      lambdaVars: /* @__PURE__ */ new Map(),
      scope,
      addresses: /* @__PURE__ */ new Map()
    };
    const list3 = resourceList(template.entries.get("resources"));
    for (const { key, value } of list3) {
      const type = stringOf2(value.entries.get("type"))?.toLowerCase();
      if (!type) continue;
      const address = this.baseAddress(prefix2, key, value, ctx);
      if (key.symbolic) ctx.addresses.set(key.name.toLowerCase(), address);
      if (isAzureGrantType(type) && !value.entries.has("copy")) {
        const id = textOf(this.resourceIdOf(value, type, ctx));
        if (id) ctx.addresses.set(id.text.toLowerCase(), address);
      }
    }
    for (const { key, value } of list3) this.resource(value, key, prefix2, conditional, depth, ctx);
  }
  baseAddress(prefix2, key, r, ctx) {
    if (key.symbolic) return prefix2 + key.name;
    const name = r.entries.has("copy") ? void 0 : this.eval(r.entries.get("name"), ctx);
    const text2 = name && name.kind === "string" && !name.unknowns?.length ? name.value : void 0;
    return prefix2 + (text2 ?? key.name);
  }
  /** The id a resource will have, as far as it is known before deployment. */
  resourceIdOf(r, type, ctx) {
    const name = this.eval(r.entries.get("name"), ctx);
    const nameText = textOf(name);
    if (!nameText) return unknown("resourceId");
    const typeText = stringOf2(r.entries.get("type")) ?? type;
    return this.resourceIdValue(ctx.scope, void 0, void 0, typeText, nameText.text.split("/").map((n) => ({ text: n, unknowns: nameText.unknowns.filter((u) => n.includes(u)) })));
  }
  resource(r, key, prefix2, inheritedConditional, depth, ctx) {
    const typeValue = r.entries.get("type");
    const type = stringOf2(typeValue);
    if (!type) {
      this.error(r.span, `resource ${key.name}: expected "type", a string such as "Microsoft.Authorization/roleAssignments"`);
      return;
    }
    const lower = type.toLowerCase();
    const isDeployment = lower === DEPLOYMENTS;
    if (!isDeployment && !isAzureGrantType(lower)) return;
    const base = this.baseAddress(prefix2, key, r, ctx);
    const copy = asObject2(r.entries.get("copy"));
    const instances = [];
    if (copy) {
      const count = this.eval(copy.entries.get("count"), ctx);
      const loop = stringOf2(copy.entries.get("name")) ?? "";
      if (count.kind === "number" && count.value <= MAX_COPY) {
        for (let i = 0; i < count.value; i++) instances.push({ address: `${base}[${i}]`, index: { kind: "number", value: i }, loop });
      } else instances.push({ address: `${base}[*]`, index: unknown("copyIndex()", { reason: "copy-loop" }), loop });
    } else instances.push({ address: base });
    for (const instance of instances) {
      const local = instance.index ? { ...ctx, copyIndex: new Map([...ctx.copyIndex, ["", instance.index], [instance.loop.toLowerCase(), instance.index]]) } : ctx;
      let conditional = inheritedConditional;
      if (r.entries.has("condition")) {
        const condition = truthy(this.eval(r.entries.get("condition"), local));
        if (condition === false) continue;
        if (condition === void 0) conditional = true;
      }
      if (isDeployment) this.deployment(r, instance.address, conditional, depth, local);
      else {
        const body2 = /* @__PURE__ */ new Map();
        for (const [k, v] of r.entries) {
          if (k === "copy" || k === "condition" || k === "dependsOn" || k === "comments" || k === "metadata") continue;
          body2.set(k, this.eval(v, local));
        }
        this.resources.push({
          type,
          address: instance.address,
          span: { ...r.span ?? { file: this.file, line: 1, column: 1, endLine: 1, endColumn: 1 }, address: instance.address },
          body: body2,
          conditional,
          ...lower.endsWith("/accesspolicies") ? { parent: this.parentAddress(body2, ctx) } : {},
          deploymentScope: { kind: ctx.scope, value: scopeObject(ctx.scope) }
        });
      }
    }
  }
  /** `vaults/accessPolicies` named `<vault>/add`: the vault's address when declared here, else its name. */
  parentAddress(body2, ctx) {
    const name = textOf(body2.get("name") ?? { kind: "null" })?.text ?? "";
    const vault = name.split("/")[0] ?? name;
    return ctx.addresses.get(vault.toLowerCase()) ?? vault;
  }
  deployment(r, address, conditional, depth, ctx) {
    const properties = asObject2(r.entries.get("properties"));
    const link = asObject2(properties?.entries.get("templateLink"));
    const span = { ...r.span ?? { file: this.file, line: 1, column: 1, endLine: 1, endColumn: 1 }, address };
    if (link) {
      const uri = this.eval(link.entries.get("uri") ?? link.entries.get("id") ?? link.entries.get("relativePath"), ctx);
      this.unresolved.push({ span, expr: textOf(uri)?.text ?? "templateLink", reason: "linked-template" });
      return;
    }
    const inner = asObject2(properties?.entries.get("template"));
    if (!inner) return;
    const scope = this.nestedScope(r, ctx);
    const evaluationScope = stringOf2(asObject2(properties?.entries.get("expressionEvaluationOptions"))?.entries.get("scope"))?.toLowerCase();
    if (evaluationScope === "inner") {
      const given = /* @__PURE__ */ new Map();
      const parameters = asObject2(properties?.entries.get("parameters"));
      for (const [name, p] of parameters?.entries ?? []) {
        const po = asObject2(p);
        if (po?.entries.has("value")) given.set(name, this.eval(po.entries.get("value"), ctx));
        else given.set(name, unknown(`parameters('${name}')`, { reason: "key-vault-reference" }));
      }
      this.template(inner, given, scope, `${address}/`, conditional, depth + 1);
    } else this.template(inner, ctx.given, scope, `${address}/`, conditional, depth + 1, ctx);
  }
  /** Where a nested deployment deploys: its `scope`, `subscriptionId` and `resourceGroup`, relative to the caller. */
  nestedScope(r, ctx) {
    if (r.entries.has("scope")) {
      const scope = textOf(this.eval(r.entries.get("scope"), ctx))?.text ?? "";
      if (/managementGroups\//i.test(scope)) return "managementGroup";
      if (scope === "/") return "tenant";
      if (/resourceGroups\//i.test(scope)) return "resourceGroup";
      if (/^\/?subscriptions\/[^/]+$/i.test(scope)) return "subscription";
    }
    if (r.entries.has("resourceGroup")) return "resourceGroup";
    if (r.entries.has("subscriptionId")) return ctx.scope === "resourceGroup" ? "resourceGroup" : "subscription";
    return ctx.scope;
  }
  // ---- values ----
  eval(v, ctx) {
    if (!v) return { kind: "null" };
    if (countStep()) throw new BudgetExhausted(this.file, v.span);
    switch (v.kind) {
      case "string": {
        if (!isExpressionString(v.value)) return v.value.startsWith("[[") ? { ...v, value: unescapeLiteral(v.value) } : v;
        let expr;
        try {
          expr = parseArmExpression(v.value.slice(1, -1));
        } catch (e) {
          if (!(e instanceof ArmExpressionError)) throw e;
          this.error(v.span, `invalid template expression: ${e.message} (at offset ${e.offset + 1} of ${JSON.stringify(v.value.length > 80 ? v.value.slice(0, 77) + "..." : v.value)})`);
          return unknown(v.value.slice(1, -1), { reason: "error" });
        }
        let out;
        try {
          out = this.expr(expr, ctx);
        } catch (err) {
          if (err instanceof BudgetExhausted && !err.span) err.span = v.span;
          throw err;
        }
        if (out.kind === "string" && out.value.length > MAX_STRING_LENGTH3) {
          this.error(v.span, `this string grows to ${out.value.length.toLocaleString("en-US")} characters; limit 4,194,304`);
          return unknown(v.value.slice(1, -1), { reason: "error" });
        }
        return v.span && !out.span ? { ...out, span: v.span } : out;
      }
      case "list":
        return { ...v, items: v.items.map((i) => this.eval(i, ctx)) };
      case "object": {
        const entries = /* @__PURE__ */ new Map();
        for (const [k, x] of v.entries) {
          if (k === "copy" && x.kind === "list") {
            for (const [name, list3] of this.propertyCopy(x, ctx)) entries.set(name, list3);
            continue;
          }
          entries.set(k, this.eval(x, ctx));
        }
        return { ...v, entries };
      }
      default:
        return v;
    }
  }
  /** Property copy loops: `"copy": [{ "name": "p", "count": n, "input": {...} }]` → `p: [...]`. */
  propertyCopy(loops, ctx) {
    const out = [];
    for (const loop of loops.items) {
      const lo = asObject2(loop);
      const name = stringOf2(lo?.entries.get("name"));
      if (!lo || !name) continue;
      const count = this.eval(lo.entries.get("count"), ctx);
      if (count.kind !== "number" || count.value > MAX_COPY) {
        out.push([name, unknown(`copy ${name}`, { reason: "copy-loop" })]);
        continue;
      }
      const items2 = [];
      for (let i = 0; i < count.value; i++) {
        const index = { kind: "number", value: i };
        items2.push(this.eval(lo.entries.get("input"), { ...ctx, copyIndex: new Map([...ctx.copyIndex, [name.toLowerCase(), index], ["", index]]) }));
      }
      out.push([name, { kind: "list", items: items2, ...lo.span ? { span: lo.span } : {} }]);
    }
    return out;
  }
  parameter(name, ctx) {
    const key = name;
    const cached = ctx.parameterCache.get(key);
    if (cached) return cached;
    const given = ctx.given.get(name) ?? [...ctx.given].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
    let value;
    if (given) value = given;
    else {
      const def2 = asObject2(ctx.parameterDefs?.entries.get(name) ?? [...ctx.parameterDefs?.entries ?? []].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1]);
      const guard = `p:${name}`;
      if (def2?.entries.has("defaultValue") && !ctx.evaluating.has(guard)) {
        ctx.evaluating.add(guard);
        value = this.eval(def2.entries.get("defaultValue"), ctx);
        ctx.evaluating.delete(guard);
      } else if (truthy(def2?.entries.get("nullable") ?? { kind: "null" }) === true) value = { kind: "null" };
      else value = unknown(`parameters('${name}')`, { reason: "input-variable" });
    }
    ctx.parameterCache.set(key, value);
    return value;
  }
  variable(name, ctx) {
    const cached = ctx.variableCache.get(name);
    if (cached) return cached;
    const guard = `v:${name}`;
    if (ctx.evaluating.has(guard)) return unknown(`variables('${name}')`, { reason: "cycle" });
    let value;
    const def2 = ctx.variableDefs?.entries.get(name) ?? [...ctx.variableDefs?.entries ?? []].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
    if (def2 === void 0) {
      const copies = ctx.variableDefs?.entries.get("copy");
      const fromCopy = copies?.kind === "list" ? this.propertyCopy(copies, ctx).find(([n]) => n.toLowerCase() === name.toLowerCase()) : void 0;
      value = fromCopy ? fromCopy[1] : unknown(`variables('${name}')`, { reason: "undefined-variable" });
    } else {
      ctx.evaluating.add(guard);
      value = this.eval(def2, { ...ctx, copyIndex: /* @__PURE__ */ new Map(), lambdaVars: /* @__PURE__ */ new Map() });
      ctx.evaluating.delete(guard);
    }
    ctx.variableCache.set(name, value);
    return value;
  }
  expr(e, ctx) {
    if (countStep()) throw new BudgetExhausted(this.file, void 0);
    switch (e.type) {
      case "string":
        return { kind: "string", value: e.value };
      case "number":
        return { kind: "number", value: e.value };
      case "property":
        return this.member(this.expr(e.object, ctx), e.name, e, e.safe);
      case "index": {
        const index = this.expr(e.index, ctx);
        if (index.kind === "number" || index.kind === "string" && !index.unknowns?.length) return this.member(this.expr(e.object, ctx), index.value, e, e.safe);
        return unknown(printArmExpr(e), { reason: "unknown-index" });
      }
      case "call": {
        const out = this.call(e, ctx);
        const size = out.kind === "list" ? out.items.length : out.kind === "string" ? out.value.length >>> 10 : 0;
        if (countSteps(size)) throw new BudgetExhausted(this.file, void 0);
        return out;
      }
    }
  }
  member(target, key, e, safe) {
    if (target.kind === "unknown") {
      const out = unknown(printArmExpr(e), { reason: target.reason ?? "computed-attribute" });
      if (target.ref) out.ref = { address: target.ref.address, attribute: target.ref.attribute ? `${target.ref.attribute}.${key}` : String(key) };
      return out;
    }
    if (target.kind === "object") {
      const hit = target.entries.get(String(key)) ?? [...target.entries].find(([k]) => k.toLowerCase() === String(key).toLowerCase())?.[1];
      if (hit) return hit;
      return safe ? { kind: "null" } : unknown(printArmExpr(e), { reason: "missing-property" });
    }
    if (target.kind === "list" && typeof key === "number") return target.items[key] ?? (safe ? { kind: "null" } : unknown(printArmExpr(e), { reason: "index-out-of-range" }));
    if (target.kind === "null" && safe) return target;
    return unknown(printArmExpr(e), { reason: "unsupported-access" });
  }
  call(e, ctx) {
    const name = e.name.toLowerCase();
    const printed = () => printArmExpr(e);
    const sym2 = (reason = "deployment-time") => unknown(printed(), { reason });
    switch (name) {
      case "lambdavariables": {
        const n = this.expr(e.args[0], ctx);
        return n.kind === "string" && ctx.lambdaVars.get(n.value) || sym2("lambda");
      }
      case "map":
      case "filter":
      case "reduce":
      case "toobject":
      case "sort":
        return this.lambdaCall(name, e, ctx);
      case "if": {
        const c = truthy(this.expr(e.args[0], ctx));
        if (c === void 0) return sym2("unknown-condition");
        return this.expr(e.args[c ? 1 : 2], ctx);
      }
      default:
        break;
    }
    const args = e.args.map((a) => this.expr(a, ctx));
    const a0 = args[0];
    const str2 = (v) => v?.kind === "string" && !v.unknowns?.length ? v.value : void 0;
    switch (name) {
      case "parameters":
        return str2(a0) !== void 0 ? this.parameter(str2(a0), ctx) : sym2("input-variable");
      case "variables":
        return str2(a0) !== void 0 ? this.variable(str2(a0), ctx) : sym2();
      case "concat": {
        if (args.length > 0 && args.every((a) => a.kind === "list")) return { kind: "list", items: args.flatMap((a) => a.items) };
        if (args.some((a) => a.kind === "list" || a.kind === "object")) return sym2("unsupported-value");
        return joinText(args.map((a) => textOf(a)));
      }
      case "format": {
        const f = str2(a0);
        if (f === void 0) return sym2();
        const parts = [];
        let last = 0;
        for (const m of f.matchAll(/\{(\d+)(?::[^}]*)?\}/g)) {
          parts.push({ text: f.slice(last, m.index), unknowns: [] });
          const arg = args[Number(m[1]) + 1];
          const t = arg ? textOf(arg) : void 0;
          if (!t) return sym2("unsupported-value");
          parts.push(t);
          last = m.index + m[0].length;
        }
        parts.push({ text: f.slice(last), unknowns: [] });
        return joinText(parts.map((p) => ({ ...p, text: p.unknowns.length ? p.text : p.text.replace(/\{\{/g, "{").replace(/\}\}/g, "}") })));
      }
      case "resourceid":
      case "subscriptionresourceid":
      case "tenantresourceid":
      case "managementgroupresourceid":
        return this.resourceIdCall(name, args, ctx) ?? sym2();
      case "extensionresourceid": {
        const texts = args.map(textOf);
        if (texts.some((t) => !t) || texts.length < 3) return sym2();
        const [base, type, ...names] = texts;
        return joinText([base, { text: "/providers/", unknowns: [] }, ...interleave(type, names)]);
      }
      case "resourcegroup":
      case "subscription":
      case "managementgroup":
      case "tenant":
        return scopeObject({ resourcegroup: "resourceGroup", subscription: "subscription", managementgroup: "managementGroup", tenant: "tenant" }[name]);
      case "deployment":
        return { kind: "object", entries: /* @__PURE__ */ new Map([["name", symbolic("deployment().name")], ["location", symbolic("deployment().location")]]) };
      case "reference":
        return this.reference(args, printed(), ctx);
      case "resourceinfo":
        return this.reference(args, printed(), ctx);
      case "copyindex": {
        const loop = args.find((a) => a.kind === "string");
        const offset = args.find((a) => a.kind === "number");
        const index = ctx.copyIndex.get(loop?.kind === "string" ? loop.value.toLowerCase() : "");
        if (!index || index.kind !== "number") return sym2("copy-loop");
        return { kind: "number", value: index.value + (offset?.kind === "number" ? offset.value : 0) };
      }
      case "guid":
      case "uniquestring":
      case "newguid":
      case "utcnow":
        return symbolic(printed());
      case "split": {
        const s = str2(a0);
        const sep2 = args[1];
        if (s === void 0) return sym2();
        const seps = sep2?.kind === "list" ? sep2.items.map(str2) : [str2(sep2)];
        if (seps.some((x) => x === void 0)) return sym2();
        return { kind: "list", items: s.split(new RegExp(seps.map((x) => escapeRegExp(x)).join("|"))).map((value) => ({ kind: "string", value })) };
      }
      case "join": {
        if (a0?.kind !== "list" || str2(args[1]) === void 0) return sym2();
        const texts = a0.items.map(textOf);
        if (texts.some((t) => !t)) return sym2();
        return joinText(texts.flatMap((t, i) => i === 0 ? [t] : [{ text: str2(args[1]), unknowns: [] }, t]));
      }
      case "first":
      case "last": {
        if (a0?.kind === "list") return (name === "first" ? a0.items[0] : a0.items[a0.items.length - 1]) ?? { kind: "null" };
        const s = str2(a0);
        if (s !== void 0) return { kind: "string", value: name === "first" ? s.slice(0, 1) : s.slice(-1) };
        return sym2();
      }
      case "tolower":
      case "toupper": {
        if (a0?.kind !== "string") return a0?.kind === "unknown" ? sym2(a0.reason) : sym2();
        if (a0.unknowns?.length) return { ...a0, value: caseOutsideUnknowns(a0.value, name === "tolower") };
        return { kind: "string", value: name === "tolower" ? a0.value.toLowerCase() : a0.value.toUpperCase() };
      }
      case "trim":
        return str2(a0) !== void 0 ? { kind: "string", value: str2(a0).trim() } : sym2();
      case "replace":
        return str2(a0) !== void 0 && str2(args[1]) !== void 0 && str2(args[2]) !== void 0 ? { kind: "string", value: str2(a0).split(str2(args[1])).join(str2(args[2])) } : sym2();
      case "startswith":
      case "endswith": {
        const s = str2(a0)?.toLowerCase();
        const t = str2(args[1])?.toLowerCase();
        if (s === void 0 || t === void 0) return sym2();
        return { kind: "bool", value: name === "startswith" ? s.startsWith(t) : s.endsWith(t) };
      }
      case "union":
        return union2(args) ?? sym2();
      case "intersection":
        return sym2("unsupported-function");
      case "contains": {
        const c = a0;
        const item = args[1];
        if (!c || !item || !isKnown(item)) return sym2();
        if (c.kind === "object") return { kind: "bool", value: [...c.entries.keys()].some((k) => k.toLowerCase() === String(plainKnown(item)).toLowerCase()) };
        if (c.kind === "list") {
          if (!c.items.every(isKnown)) return sym2();
          return { kind: "bool", value: c.items.some((x) => deepEqual(plainKnown(x), plainKnown(item))) };
        }
        if (str2(c) !== void 0 && str2(item) !== void 0) return { kind: "bool", value: str2(c).includes(str2(item)) };
        return sym2();
      }
      case "empty": {
        if (!a0) return sym2();
        if (a0.kind === "null") return { kind: "bool", value: true };
        if (a0.kind === "list") return { kind: "bool", value: a0.items.length === 0 };
        if (a0.kind === "object") return { kind: "bool", value: a0.entries.size === 0 };
        if (a0.kind === "string") return a0.unknowns?.length ? a0.value.replace(/\$\{[^}]*\}/g, "") !== "" ? { kind: "bool", value: false } : sym2() : { kind: "bool", value: a0.value === "" };
        return sym2();
      }
      case "length": {
        if (a0?.kind === "list") return { kind: "number", value: a0.items.length };
        if (a0?.kind === "object") return { kind: "number", value: a0.entries.size };
        if (str2(a0) !== void 0) return { kind: "number", value: str2(a0).length };
        return sym2();
      }
      case "coalesce": {
        for (const a of args) {
          if (a.kind === "null") continue;
          if (a.kind === "unknown") return sym2(a.reason);
          return a;
        }
        return { kind: "null" };
      }
      case "equals": {
        if (!a0 || !args[1] || !isKnown(a0) || !isKnown(args[1])) return sym2();
        return { kind: "bool", value: deepEqual(plainKnown(a0), plainKnown(args[1])) };
      }
      case "not": {
        const b = a0 ? truthy(a0) : void 0;
        return b === void 0 ? sym2() : { kind: "bool", value: !b };
      }
      case "and":
      case "or": {
        const bs = args.map(truthy);
        if (name === "and" && bs.includes(false)) return { kind: "bool", value: false };
        if (name === "or" && bs.includes(true)) return { kind: "bool", value: true };
        if (bs.includes(void 0)) return sym2();
        return { kind: "bool", value: name === "and" };
      }
      case "less":
      case "lessorequals":
      case "greater":
      case "greaterorequals": {
        const x = plainKnown(a0 ?? { kind: "null" });
        const y = plainKnown(args[1] ?? { kind: "null" });
        if ((typeof x !== "number" || typeof y !== "number") && (typeof x !== "string" || typeof y !== "string")) return sym2();
        const r = name === "less" ? x < y : name === "lessorequals" ? x <= y : name === "greater" ? x > y : x >= y;
        return { kind: "bool", value: r };
      }
      case "createobject": {
        const entries = /* @__PURE__ */ new Map();
        for (let i = 0; i + 1 < args.length; i += 2) {
          const k = str2(args[i]);
          if (k === void 0) return sym2();
          entries.set(k, args[i + 1]);
        }
        return { kind: "object", entries };
      }
      case "createarray":
        return { kind: "list", items: args };
      case "array":
        return a0?.kind === "list" ? a0 : a0 && a0.kind !== "unknown" ? { kind: "list", items: [a0] } : sym2();
      case "null":
        return { kind: "null" };
      case "true":
        return { kind: "bool", value: true };
      case "false":
        return { kind: "bool", value: false };
      case "string": {
        if (!a0) return sym2();
        if (a0.kind === "string") return a0;
        const p = plainKnown(a0);
        return p === void 0 ? sym2() : { kind: "string", value: typeof p === "object" ? JSON.stringify(p) : String(p) };
      }
      case "int":
        return str2(a0) !== void 0 && /^-?\d+$/.test(str2(a0)) ? { kind: "number", value: Number(str2(a0)) } : a0?.kind === "number" ? a0 : sym2();
      case "bool": {
        const b = a0 ? truthy(a0) : void 0;
        return b === void 0 ? sym2() : { kind: "bool", value: b };
      }
      case "json": {
        const s = str2(a0);
        if (s === void 0) return sym2();
        try {
          return fromJson2(JSON.parse(s));
        } catch {
          return sym2("invalid-json");
        }
      }
      case "items": {
        if (a0?.kind !== "object") return sym2();
        return { kind: "list", items: [...a0.entries].map(([k, v]) => ({ kind: "object", entries: /* @__PURE__ */ new Map([["key", { kind: "string", value: k }], ["value", v]]) })) };
      }
      case "objectkeys":
        return a0?.kind === "object" ? { kind: "list", items: [...a0.entries.keys()].map((value) => ({ kind: "string", value })) } : sym2();
      case "range": {
        const start = a0?.kind === "number" ? a0.value : void 0;
        const count = args[1]?.kind === "number" ? args[1].value : void 0;
        if (start === void 0 || count === void 0 || count > MAX_COPY) return sym2();
        return { kind: "list", items: Array.from({ length: count }, (_, i) => ({ kind: "number", value: start + i })) };
      }
      case "take":
      case "skip": {
        const n = args[1]?.kind === "number" ? args[1].value : void 0;
        if (n === void 0) return sym2();
        if (a0?.kind === "list") return { kind: "list", items: name === "take" ? a0.items.slice(0, n) : a0.items.slice(n) };
        if (str2(a0) !== void 0) return { kind: "string", value: name === "take" ? str2(a0).slice(0, n) : str2(a0).slice(n) };
        return sym2();
      }
      case "trygetvalue":
      case "tryget": {
        let cur = a0;
        for (const k of args.slice(1)) {
          if (cur?.kind === "null") return cur;
          if (cur?.kind === "object" && str2(k) !== void 0) cur = cur.entries.get(str2(k)) ?? { kind: "null" };
          else if (cur?.kind === "list" && k.kind === "number") cur = cur.items[k.value] ?? { kind: "null" };
          else return sym2();
        }
        return cur ?? sym2();
      }
      case "shallowmerge":
        return a0?.kind === "list" ? union2(a0.items) ?? sym2() : sym2();
      default:
        return sym2(name.startsWith("list") ? "deployment-time" : "unsupported-function");
    }
  }
  lambdaCall(name, e, ctx) {
    const sym2 = () => unknown(printArmExpr(e), { reason: "lambda" });
    const input = this.expr(e.args[0], ctx);
    if (input.kind !== "list") return sym2();
    const lambdaAt = name === "reduce" ? 2 : 1;
    const lambda = e.args[lambdaAt];
    if (lambda?.type !== "call" || lambda.name.toLowerCase() !== "lambda") return sym2();
    const params = lambda.args.slice(0, -1).map((a) => a.type === "string" ? a.value : "");
    const body2 = lambda.args[lambda.args.length - 1];
    const apply = (fn, values, names) => {
      const vars = new Map(ctx.lambdaVars);
      names.forEach((n, i) => vars.set(n, values[i] ?? { kind: "null" }));
      return this.expr(fn, { ...ctx, lambdaVars: vars });
    };
    switch (name) {
      case "map":
        return { kind: "list", items: input.items.map((x, i) => apply(body2, [x, { kind: "number", value: i }], params)) };
      case "filter": {
        const items2 = [];
        for (const [i, x] of input.items.entries()) {
          const keep = truthy(apply(body2, [x, { kind: "number", value: i }], params));
          if (keep === void 0) return sym2();
          if (keep) items2.push(x);
        }
        return { kind: "list", items: items2 };
      }
      case "reduce": {
        let acc = this.expr(e.args[1], ctx);
        for (const [i, x] of input.items.entries()) acc = apply(body2, [acc, x, { kind: "number", value: i }], params);
        return acc;
      }
      case "toobject": {
        const valueLambda = e.args[2];
        const entries = /* @__PURE__ */ new Map();
        for (const x of input.items) {
          const k = apply(body2, [x], params);
          if (k.kind !== "string" || k.unknowns?.length) return sym2();
          let v = x;
          if (valueLambda?.type === "call" && valueLambda.name.toLowerCase() === "lambda") {
            v = apply(valueLambda.args[valueLambda.args.length - 1], [x], valueLambda.args.slice(0, -1).map((a) => a.type === "string" ? a.value : ""));
          }
          entries.set(k.value, v);
        }
        return { kind: "object", entries };
      }
      default:
        return sym2();
    }
  }
  resourceIdCall(name, args, ctx) {
    const texts = args.map(textOf);
    if (texts.some((t) => !t)) return void 0;
    const list3 = texts;
    const typeAt = list3.findIndex((t) => t.text.includes("/") && !t.text.startsWith("/"));
    if (typeAt === -1) return void 0;
    const before = list3.slice(0, typeAt);
    const type = list3[typeAt];
    const names = list3.slice(typeAt + 1);
    switch (name) {
      case "tenantresourceid":
        return joinText([{ text: "/providers/", unknowns: [] }, ...interleave(type, names)]);
      case "managementgroupresourceid": {
        const mg = before[0] ?? textOf(symbolic("managementGroup().name"));
        return joinText([{ text: "/providers/Microsoft.Management/managementGroups/", unknowns: [] }, mg, { text: "/providers/", unknowns: [] }, ...interleave(type, names)]);
      }
      case "subscriptionresourceid": {
        const sub2 = before[0] ?? textOf(symbolic("subscription().subscriptionId"));
        return joinText([{ text: "/subscriptions/", unknowns: [] }, sub2, { text: "/providers/", unknowns: [] }, ...interleave(type, names)]);
      }
      default: {
        const sub2 = before.length === 2 ? before[0] : void 0;
        const rg = before.length === 2 ? before[1] : before[0];
        return this.resourceIdValue(ctx.scope, sub2, rg, type.text, names, type.unknowns);
      }
    }
  }
  /** `resourceId(...)` as ARM builds it for the deployment's scope. */
  resourceIdValue(scope, sub2, rg, type, names, typeUnknowns = []) {
    const subscription = sub2 ?? textOf(symbolic("subscription().subscriptionId"));
    const tail = [{ text: "/providers/", unknowns: [] }, ...interleave({ text: type, unknowns: typeUnknowns }, names)];
    if (rg || scope === "resourceGroup") {
      const group = rg ?? textOf(symbolic("resourceGroup().name"));
      return joinText([{ text: "/subscriptions/", unknowns: [] }, subscription, { text: "/resourceGroups/", unknowns: [] }, group, ...tail]);
    }
    if (scope === "subscription" || sub2) return joinText([{ text: "/subscriptions/", unknowns: [] }, subscription, ...tail]);
    if (scope === "managementGroup") return joinText([{ text: "/providers/Microsoft.Management/managementGroups/", unknowns: [] }, textOf(symbolic("managementGroup().name")), ...tail]);
    return joinText(tail);
  }
  /** `reference(...)`: unknown before deployment, linked to the resource it names when declared in this template. */
  reference(args, printed, ctx) {
    const target = args[0] ? textOf(args[0]) : void 0;
    const out = unknown(printed, { reason: "computed-attribute" });
    if (target) {
      const key = target.text.toLowerCase();
      const address = ctx.addresses.get(key) ?? [...ctx.addresses].find(([k]) => k.endsWith(key) || key.endsWith(k))?.[1];
      if (address) out.ref = { address, attribute: "" };
    }
    return out;
  }
};
function resourceList(v) {
  if (v?.kind === "list") return v.items.flatMap((x, i) => x.kind === "object" ? [{ key: { name: `resources[${i}]`, symbolic: false }, value: x }] : []);
  if (v?.kind === "object") return [...v.entries].flatMap(([k, x]) => x.kind === "object" ? [{ key: { name: k, symbolic: true }, value: x }] : []);
  return [];
}
function asObject2(v) {
  return v?.kind === "object" ? v : void 0;
}
function stringOf2(v) {
  return v?.kind === "string" ? v.value : void 0;
}
function interleave(type, names) {
  const segments = type.text.split("/");
  const out = [{ text: segments[0], unknowns: type.unknowns }];
  const flatNames = names.flatMap((n) => n.unknowns.length === 0 ? n.text.split("/").map((t) => ({ text: t, unknowns: [] })) : [n]);
  segments.slice(1).forEach((segment, i) => {
    out.push({ text: `/${segment}/`, unknowns: [] });
    out.push(flatNames[i] ?? { text: "", unknowns: [] });
  });
  for (const extra of flatNames.slice(segments.length - 1)) out.push({ text: "/", unknowns: [] }, extra);
  return out;
}
function union2(args) {
  if (args.length === 0) return void 0;
  if (args.every((a) => a.kind === "object")) {
    const entries = /* @__PURE__ */ new Map();
    for (const a of args) for (const [k, v] of a.entries) entries.set(k, v);
    return { kind: "object", entries };
  }
  if (args.every((a) => a.kind === "list")) {
    const items2 = [];
    const seen = /* @__PURE__ */ new Set();
    for (const a of args)
      for (const x of a.items) {
        const p = plainKnown(x);
        const key = p === void 0 ? void 0 : JSON.stringify(p);
        if (key !== void 0 && seen.has(key)) continue;
        if (key !== void 0) seen.add(key);
        items2.push(x);
      }
    return { kind: "list", items: items2 };
  }
  return void 0;
}
function fromJson2(x) {
  if (x === null) return { kind: "null" };
  if (typeof x === "string") return { kind: "string", value: x };
  if (typeof x === "number") return { kind: "number", value: x };
  if (typeof x === "boolean") return { kind: "bool", value: x };
  if (Array.isArray(x)) return { kind: "list", items: x.map(fromJson2) };
  return { kind: "object", entries: new Map(Object.entries(x).map(([k, v]) => [k, fromJson2(v)])) };
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function caseOutsideUnknowns(text2, lower) {
  return text2.replace(/(\$\{[^}]*\})|([^$]+|\$)/g, (m, u) => u ? m : lower ? m.toLowerCase() : m.toUpperCase());
}
function evaluateArmTemplate(input) {
  const evaluator = new ArmEvaluator(input.file);
  const schema = stringOf2(input.template.entries.get("$schema"));
  const { exhausted } = runWithBudget("template", () => evaluator.template(input.template, input.parameters, schemaScope(schema), "", false, 0));
  if (exhausted) evaluator.errors.push(exhausted);
  return { resources: evaluator.resources, unresolved: evaluator.unresolved, errors: evaluator.errors };
}

// src/evaluate/arm/index.ts
function armDocumentKind(doc) {
  if (doc.kind !== "object") return "other";
  const schema = doc.entries.get("$schema");
  const s = schema?.kind === "string" ? schema.value.toLowerCase() : "";
  if (s.includes("deploymentparameters")) return "parameters";
  if (s.includes("deploymenttemplate")) return "template";
  const resources = doc.entries.get("resources");
  if (doc.entries.has("contentVersion") && (resources?.kind === "list" || resources?.kind === "object")) return "template";
  if (doc.entries.has("contentVersion") && doc.entries.get("parameters")?.kind === "object" && !resources) return "parameters";
  return "other";
}
function parameterFileValues(doc, file, errors) {
  const out = /* @__PURE__ */ new Map();
  const parameters = doc.entries.get("parameters");
  if (parameters?.kind !== "object") {
    const at = doc.span;
    errors.push({ file, line: at?.line ?? 1, column: at?.column ?? 1, message: 'parameter file: expected "parameters", an object of { "value": ... } entries', code: "parse" });
    return out;
  }
  for (const [name, entry] of parameters.entries) {
    if (entry.kind === "object" && entry.entries.has("value")) out.set(name, entry.entries.get("value"));
    else if (entry.kind === "object" && entry.entries.has("reference")) out.set(name, { kind: "unknown", expr: `parameters('${name}')`, reason: "key-vault-reference" });
  }
  return out;
}

// src/pipeline/frontends/arm.ts
var TEMPLATE_SCHEMA = /"\$schema"\s*:\s*"[^"]*deployment(Template|Parameters)\.json/i;
function claimsArm(file) {
  const lower = file.path.toLowerCase();
  if (!lower.endsWith(".json") || lower.endsWith(".tf.json")) return false;
  if (TEMPLATE_SCHEMA.test(file.text.slice(0, 2e3))) return true;
  return file.text.includes('"contentVersion"') && /"resources"\s*:/.test(file.text) && !file.text.includes('"AWSTemplateFormatVersion"');
}
var parsedFiles2 = /* @__PURE__ */ new WeakMap();
function parsed2(file) {
  let result2 = parsedFiles2.get(file);
  if (!result2) {
    result2 = parseJsonc(file.text, file.path);
    parsedFiles2.set(file, result2);
  }
  return result2;
}
function siblingParameterPath(p) {
  return p.replace(/\.json$/i, ".parameters.json");
}
var armFrontEnd = {
  format: "arm",
  claims: claimsArm,
  // Each template reads only itself and its sibling parameter file (from `all`).
  partition: eachFileApart,
  run(files, all, options) {
    const out = { grants: [], errors: [], unresolved: [], files: [], comments: /* @__PURE__ */ new Map() };
    const catalog = azureRoleCatalog(options);
    const common = /* @__PURE__ */ new Map();
    for (const abs of options.parameterFiles) {
      if (!abs.toLowerCase().endsWith(".json")) continue;
      const rel = path11.relative(options.root, abs).split(path11.sep).join("/");
      let text2;
      try {
        text2 = all.get(rel)?.text ?? readFileSync4(abs, "utf8");
      } catch (e) {
        out.errors.push({ file: rel, line: 1, column: 1, message: `cannot read parameter file: ${e.message}`, code: "read" });
        continue;
      }
      const doc = parseJsonc(text2, rel);
      if (doc.error) out.errors.push(doc.error);
      else if (doc.value.kind === "object" && armDocumentKind(doc.value) !== "template") for (const [k, v] of parameterFileValues(doc.value, rel, out.errors)) common.set(k, v);
    }
    for (const [k, v] of Object.entries(options.parameters)) common.set(k, { kind: "string", value: v });
    const byPath = new Map(files.map((f) => [f.path, f]));
    for (const file of files) {
      out.files.push(file.path);
      const result2 = parsed2(file);
      parsedFiles2.delete(file);
      if (result2.error) {
        out.errors.push(result2.error);
        continue;
      }
      const directives = result2.comments.filter(mayHoldDirective).map((c) => ({ ...c, text: c.text.replace(/\r?\n/g, " ") }));
      if (directives.length > 0) out.comments.set(file.path, directives);
      if (result2.value.kind !== "object" || armDocumentKind(result2.value) !== "template") continue;
      try {
        const errors = [];
        const parameters = /* @__PURE__ */ new Map();
        const sibling = byPath.get(siblingParameterPath(file.path)) ?? all.get(siblingParameterPath(file.path));
        if (sibling) {
          const doc = parsed2(sibling);
          if (doc.value?.kind === "object" && armDocumentKind(doc.value) === "parameters") for (const [k, v] of parameterFileValues(doc.value, sibling.path, errors)) parameters.set(k, v);
        }
        for (const [k, v] of common) parameters.set(k, v);
        const evaluation = evaluateArmTemplate({ file: file.path, template: result2.value, parameters });
        out.grants.push(...extractAzureFromDeployment(evaluation.resources, "arm", catalog));
        out.errors.push(...errors, ...evaluation.errors);
        out.unresolved.push(...evaluation.unresolved);
      } catch (e) {
        const message = `arm front end failed: ${e.message}`;
        out.errors.push({ file: file.path, line: 1, column: 1, message: options.debug ? `${message}
${e.stack}` : message, code: "internal" });
      }
    }
    return out;
  }
};

// src/evaluate/cdk/evaluate.ts
import path12 from "node:path";

// src/parse/typescript/index.ts
function parseTypeScript(text2, file) {
  try {
    const ast = babelParserPackage().parse(text2, {
      sourceType: "module",
      plugins: ["typescript", "decorators-legacy"],
      allowReturnOutsideFunction: false
    });
    const comments = (ast.comments ?? []).map((c) => ({
      line: c.loc.start.line,
      column: c.loc.start.column + 1,
      text: c.value.trim()
    }));
    return { program: ast.program, comments };
  } catch (e) {
    const err = e;
    const message = err.message.replace(/\s*\(\d+:\d+\)$/, "");
    return {
      comments: [],
      error: { file, line: err.loc?.line ?? 1, column: (err.loc?.column ?? 0) + 1, message: `invalid TypeScript: ${message}`, code: "parse" }
    };
  }
}
function nodeSpan(node, file, address) {
  const loc = node.loc;
  const span = { file, line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1 };
  if (address !== void 0) span.address = address;
  return span;
}
function nodeText(node, text2) {
  return text2.slice(node.start, node.end);
}

// src/extract/cdk-facts.ts
var S3_READ = ["s3:GetObject*", "s3:GetBucket*", "s3:List*"];
var S3_PUT = ["s3:PutObject", "s3:PutObjectLegalHold", "s3:PutObjectRetention", "s3:PutObjectTagging", "s3:PutObjectVersionTagging", "s3:Abort*"];
var S3_DELETE = ["s3:DeleteObject*"];
var BUCKET_AND_OBJECTS = ["{arn}", "{arn}/{key}"];
var DDB_READ = ["dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:GetItem", "dynamodb:Scan", "dynamodb:ConditionCheckItem"];
var DDB_WRITE = ["dynamodb:BatchWriteItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];
var DDB_STREAM_RECORDS = { actions: ["dynamodb:GetRecords", "dynamodb:GetShardIterator"], resources: ["{arn}"] };
var KMS_ENCRYPT = ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"];
var KMS_ADMIN = [
  "kms:Create*",
  "kms:Describe*",
  "kms:Enable*",
  "kms:List*",
  "kms:Put*",
  "kms:Update*",
  "kms:Revoke*",
  "kms:Disable*",
  "kms:Get*",
  "kms:Delete*",
  "kms:TagResource",
  "kms:UntagResource",
  "kms:ScheduleKeyDeletion",
  "kms:CancelKeyDeletion"
];
var one = (actions, resources = ["{arn}"]) => [{ actions, resources }];
var CDK_CONSTRUCTS = {
  Bucket: {
    cfnType: "AWS::S3::Bucket",
    resourcePolicyType: "AWS::S3::BucketPolicy",
    attributes: { bucketArn: "Arn", bucketName: "Ref", bucketDomainName: "DomainName", bucketRegionalDomainName: "RegionalDomainName", bucketWebsiteUrl: "WebsiteURL" },
    arnAttribute: "Arn",
    grants: {
      grantRead: one(S3_READ, BUCKET_AND_OBJECTS),
      grantWrite: one([...S3_DELETE, ...S3_PUT], BUCKET_AND_OBJECTS),
      grantReadWrite: one([...S3_READ, ...S3_DELETE, ...S3_PUT], BUCKET_AND_OBJECTS),
      grantPut: one(S3_PUT, ["{arn}/{key}"]),
      grantDelete: one(S3_DELETE, ["{arn}/{key}"]),
      grantPutAcl: one(["s3:PutObjectAcl", "s3:PutObjectVersionAcl"], ["{arn}/{key}"])
    }
  },
  Table: {
    cfnType: "AWS::DynamoDB::Table",
    attributes: { tableArn: "Arn", tableName: "Ref", tableStreamArn: "StreamArn" },
    arnAttribute: "Arn",
    grants: {
      grantReadData: [{ actions: [...DDB_READ, "dynamodb:DescribeTable"], resources: ["{arn}"] }, DDB_STREAM_RECORDS],
      grantWriteData: one([...DDB_WRITE, "dynamodb:DescribeTable"]),
      grantReadWriteData: [{ actions: [...DDB_READ, ...DDB_WRITE, "dynamodb:DescribeTable"], resources: ["{arn}"] }, DDB_STREAM_RECORDS],
      grantFullAccess: one(["dynamodb:*"])
    }
  },
  Queue: {
    cfnType: "AWS::SQS::Queue",
    resourcePolicyType: "AWS::SQS::QueuePolicy",
    attributes: { queueArn: "Arn", queueUrl: "Ref", queueName: "QueueName" },
    arnAttribute: "Arn",
    grants: {
      grantConsumeMessages: one(["sqs:ReceiveMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueUrl", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]),
      grantSendMessages: one(["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"]),
      grantPurge: one(["sqs:PurgeQueue", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"])
    }
  },
  Topic: {
    cfnType: "AWS::SNS::Topic",
    resourcePolicyType: "AWS::SNS::TopicPolicy",
    attributes: { topicArn: "Ref", topicName: "TopicName" },
    arnAttribute: "Ref",
    grants: { grantPublish: one(["sns:Publish"]), grantSubscribe: one(["sns:Subscribe"]) }
  },
  Key: {
    cfnType: "AWS::KMS::Key",
    resourcePolicyType: "AWS::KMS::Key",
    attributes: { keyArn: "Arn", keyId: "Ref" },
    arnAttribute: "Arn",
    grants: {
      grantDecrypt: one(["kms:Decrypt"]),
      grantEncrypt: one(KMS_ENCRYPT),
      grantEncryptDecrypt: one(["kms:Decrypt", ...KMS_ENCRYPT]),
      grantAdmin: one(KMS_ADMIN),
      grantGenerateMac: one(["kms:GenerateMac"]),
      grantVerifyMac: one(["kms:VerifyMac"]),
      grantSign: one(["kms:Sign"]),
      grantVerify: one(["kms:Verify"])
    }
  },
  Secret: {
    cfnType: "AWS::SecretsManager::Secret",
    resourcePolicyType: "AWS::SecretsManager::ResourcePolicy",
    attributes: { secretArn: "Ref", secretName: "Ref", secretFullArn: "Ref" },
    arnAttribute: "Ref",
    grants: {
      grantRead: one(["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]),
      grantWrite: one(["secretsmanager:PutSecretValue", "secretsmanager:UpdateSecret", "secretsmanager:UpdateSecretVersionStage"])
    }
  },
  Function: {
    cfnType: "AWS::Lambda::Function",
    attributes: { functionArn: "Arn", functionName: "Ref" },
    arnAttribute: "Arn",
    grants: {
      grantInvoke: one(["lambda:InvokeFunction"], ["{arn}", "{arn}:*"]),
      grantInvokeUrl: [
        { actions: ["lambda:InvokeFunctionUrl"], resources: ["{arn}"], conditions: { StringEquals: { "lambda:FunctionUrlAuthType": ["AWS_IAM"] } } },
        { actions: ["lambda:InvokeFunction"], resources: ["{arn}"], conditions: { Bool: { "lambda:InvokedViaFunctionUrl": ["true"] } } }
      ],
      grantInvokeLatestVersion: one(["lambda:InvokeFunction"], ["{arn}:$LATEST", "{arn}"])
    }
  },
  Role: { cfnType: "AWS::IAM::Role", attributes: { roleArn: "Arn", roleName: "Ref", roleId: "RoleId" }, arnAttribute: "Arn", grants: {} },
  User: { cfnType: "AWS::IAM::User", attributes: { userArn: "Arn", userName: "Ref" }, arnAttribute: "Arn", grants: {} },
  Group: { cfnType: "AWS::IAM::Group", attributes: { groupArn: "Arn", groupName: "Ref" }, arnAttribute: "Arn", grants: {} },
  ManagedPolicy: { cfnType: "AWS::IAM::ManagedPolicy", attributes: { managedPolicyArn: "Ref", managedPolicyName: "Ref" }, arnAttribute: "Ref", grants: {} }
};
var CDK_CLASS_ALIASES = { TableV2: "Table", SingletonFunction: "Function", NodejsFunction: "Function", PythonFunction: "Function", DockerImageFunction: "Function" };
var LAMBDA_BASIC_EXECUTION_POLICY = "service-role/AWSLambdaBasicExecutionRole";

// src/evaluate/cdk/cdktf.ts
var PROVIDERS = [
  { prefix: "@cdktf/provider-aws", type: "aws_", data: "DataAws" },
  { prefix: "@cdktf/provider-azurerm", type: "azurerm_", data: "DataAzurerm" },
  { prefix: "@cdktf/provider-google", type: "google_", data: "DataGoogle" },
  { prefix: "@cdktf/provider-google-beta", type: "google_", data: "DataGoogle" }
];
function isCdktfSource(source) {
  return source === "cdktf" || source.startsWith("@cdktf/provider-") || source.startsWith(".gen/providers/");
}
function providerOf(source) {
  return [...PROVIDERS].sort((a, b) => b.prefix.length - a.prefix.length).find((p) => source === p.prefix || source.startsWith(`${p.prefix}/`));
}
function snakeCase(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase();
}
function terraformTypeOf(className, source) {
  const provider = providerOf(source);
  if (!provider || className.endsWith("Provider")) return void 0;
  if (className.startsWith(provider.data)) return { mode: "data", type: provider.type + snakeCase(className.slice(provider.data.length)) };
  return { mode: "managed", type: provider.type + snakeCase(className) };
}
function terraformName(id) {
  const text2 = id?.kind === "string" ? id.value : "unnamed";
  return text2.replace(/[^A-Za-z0-9_-]/g, "_");
}
function body(v) {
  switch (v.kind) {
    case "record": {
      const entries = /* @__PURE__ */ new Map();
      for (const [k, x] of v.entries) entries.set(snakeCase(k), body(x));
      return { kind: "object", entries, ...v.span ? { span: v.span } : {} };
    }
    case "array":
      return { kind: "list", items: v.items.map(body), ...v.span ? { span: v.span } : {} };
    case "cdk": {
      const address = v.tfAddress;
      return address ? { kind: "unknown", expr: `${address}.id`, ref: { address, attribute: "id" }, span: v.span } : { kind: "unknown", expr: v.path || v.className, reason: "construct", span: v.span };
    }
    case "import":
      return { kind: "unknown", expr: [v.source, ...v.path].join("."), reason: "unsupported-expression", ...v.span ? { span: v.span } : {} };
    default:
      return v;
  }
}
function toTfResource(o, className, source, id) {
  const kind = terraformTypeOf(className, source);
  if (!kind) return void 0;
  const name = terraformName(id);
  const address = kind.mode === "data" ? `data.${kind.type}.${name}` : `${kind.type}.${name}`;
  const evaluated = body(o.props);
  const attrSpans = /* @__PURE__ */ new Map();
  for (const [k, s] of o.props.keySpans ?? []) attrSpans.set(snakeCase(k), { ...s, address: o.path });
  return {
    mode: kind.mode,
    type: kind.type,
    name,
    address,
    baseAddress: address,
    modulePath: "",
    span: { ...o.span, address: o.path },
    body: evaluated.kind === "object" ? evaluated.entries : /* @__PURE__ */ new Map(),
    attrSpans
  };
}

// src/evaluate/cdk/evaluate.ts
var MAX_CALL_DEPTH = 12;
var MAX_LOOP_ITEMS = 200;
var Scope = class {
  constructor(parent, module, self) {
    this.parent = parent;
    this.module = module;
    this.self = self;
  }
  parent;
  module;
  self;
  vars = /* @__PURE__ */ new Map();
  lookup(name) {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }
  get thisObject() {
    return this.self ?? this.parent?.thisObject;
  }
};
var PSEUDO = {
  ACCOUNT_ID: "${AWS::AccountId}",
  REGION: "${AWS::Region}",
  PARTITION: "${AWS::Partition}",
  STACK_NAME: "${AWS::StackName}",
  URL_SUFFIX: "${AWS::URLSuffix}"
};
var STACK_MEMBERS = { account: "ACCOUNT_ID", region: "REGION", partition: "PARTITION", stackName: "STACK_NAME", urlSuffix: "URL_SUFFIX" };
var IDENTITY_CLASSES = /* @__PURE__ */ new Set(["Role", "User", "Group"]);
var PRINCIPAL_CLASSES = /* @__PURE__ */ new Set([
  "ServicePrincipal",
  "AccountPrincipal",
  "ArnPrincipal",
  "AnyPrincipal",
  "StarPrincipal",
  "AccountRootPrincipal",
  "FederatedPrincipal",
  "WebIdentityPrincipal",
  "OpenIdConnectPrincipal",
  "SamlPrincipal",
  "CompositePrincipal",
  "OrganizationPrincipal",
  "CanonicalUserPrincipal"
]);
function isCdkSource(source) {
  return source === "aws-cdk-lib" || source.startsWith("aws-cdk-lib/") || source.startsWith("@aws-cdk/") || source === "constructs" || isCdktfSource(source);
}
function evaluateCdk(files, all) {
  return new CdkEvaluator(all).run(files);
}
var CdkEvaluator = class {
  constructor(all) {
    this.all = all;
  }
  all;
  modules = /* @__PURE__ */ new Map();
  out = { objects: [], tfResources: [], errors: [], unresolved: [], comments: /* @__PURE__ */ new Map() };
  /** Project classes that some `new` ran; the others run once on their own. */
  instantiated = /* @__PURE__ */ new Set();
  depth = 0;
  run(files) {
    const modules = files.map((f) => this.module(f));
    for (const m of modules) this.guarded(m, () => this.runModule(m));
    for (const m of modules) {
      for (const stmt of m.program?.body ?? []) {
        const decl = classDeclarationOf(stmt);
        if (!decl || this.instantiated.has(decl) || !decl.superClass || !decl.id) continue;
        const self = this.makeObject(decl.id.name, "", decl.id.name, nodeSpan(decl, m.file.path, decl.id.name), emptyRecord(), []);
        self.stack = self;
        this.guarded(m, () => this.runClass({ kind: "local", node: decl, module: m, closure: m.scope }, self, []));
      }
    }
    return this.out;
  }
  /** A defect of the evaluator on one file is that file's error, not the end of the scan. */
  guarded(m, work) {
    try {
      const { exhausted } = runWithBudget("app", work);
      if (exhausted) this.out.errors.push(exhausted);
    } catch (e) {
      this.depth = 0;
      this.out.errors.push({ file: m.file.path, line: 1, column: 1, message: `cdk front end failed: ${e.message}`, code: "internal" });
    }
  }
  // ---------- modules ----------
  module(file) {
    let m = this.modules.get(file.path);
    if (m) return m;
    const parsed3 = parseTypeScript(file.text, file.path);
    m = { file, scope: void 0, imports: /* @__PURE__ */ new Map(), exports: /* @__PURE__ */ new Map(), state: "new" };
    if (parsed3.program) m.program = parsed3.program;
    m.scope = new Scope(void 0, m);
    if (parsed3.error) this.out.errors.push(parsed3.error);
    const directives = parsed3.comments.filter(mayHoldDirective);
    if (directives.length > 0) this.out.comments.set(file.path, directives);
    this.modules.set(file.path, m);
    for (const stmt of parsed3.program?.body ?? []) {
      if (stmt.type !== "ImportDeclaration" || stmt.importKind === "type") continue;
      for (const s of stmt.specifiers) {
        const imported = s.type === "ImportSpecifier" ? s.imported.type === "Identifier" ? s.imported.name : s.imported.value : s.type === "ImportDefaultSpecifier" ? "default" : "*";
        m.imports.set(s.local.name, { source: stmt.source.value, imported });
      }
    }
    return m;
  }
  runModule(m) {
    if (m.state !== "new") return;
    m.state = "running";
    const body2 = m.program?.body ?? [];
    for (const stmt of body2) this.hoist(stmt, m.scope);
    this.statements(body2, m.scope);
    m.state = "done";
  }
  /** The module a relative import names, when it is a file of the project. */
  relativeModule(from, source) {
    if (!source.startsWith(".")) return void 0;
    const base = path12.posix.normalize(path12.posix.join(path12.posix.dirname(from.file.path), source)).replace(/\.js$/, "");
    for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
      const file = this.all.get(candidate);
      if (file) return this.module(file);
    }
    return void 0;
  }
  importedValue(m, name, span) {
    const imp = m.imports.get(name);
    if (!imp) return void 0;
    const target = this.relativeModule(m, imp.source);
    if (target) {
      this.runModule(target);
      if (imp.imported === "*") return { kind: "record", entries: new Map([...target.exports].map(([k, v]) => [k, v])) };
      const exported = target.exports.get(imp.imported) ?? target.scope.lookup(imp.imported)?.value;
      return exported ?? { kind: "unknown", expr: name, reason: "unresolved-import", span };
    }
    if (imp.source.startsWith(".")) return { kind: "unknown", expr: name, reason: "unresolved-import", span };
    return { kind: "import", source: imp.source, path: imp.imported === "*" || imp.imported === "default" ? [] : [imp.imported], span };
  }
  // ---------- statements ----------
  hoist(stmt, scope) {
    const inner = stmt.type === "ExportNamedDeclaration" || stmt.type === "ExportDefaultDeclaration" ? stmt.declaration : stmt;
    if (!inner) return;
    if ((inner.type === "FunctionDeclaration" || inner.type === "ClassDeclaration") && inner.id) {
      const value = { kind: "local", node: inner, module: scope.module, closure: scope };
      scope.vars.set(inner.id.name, { value });
      if (stmt.type !== inner.type) scope.module.exports.set(stmt.type === "ExportDefaultDeclaration" ? "default" : inner.id.name, value);
    }
  }
  /** Runs statements; returns the value of a `return` when one is reached. */
  statements(body2, scope) {
    for (const stmt of body2) {
      const returned = this.statement(stmt, scope);
      if (returned !== void 0) return returned;
    }
    return void 0;
  }
  statement(stmt, scope) {
    switch (stmt.type) {
      case "ExpressionStatement":
        this.expr(stmt.expression, scope);
        return void 0;
      case "VariableDeclaration":
        this.declare(stmt, scope);
        return void 0;
      case "ExportNamedDeclaration":
        if (stmt.declaration?.type === "VariableDeclaration") {
          this.declare(stmt.declaration, scope);
          for (const d of stmt.declaration.declarations) {
            if (d.id.type === "Identifier") scope.module.exports.set(d.id.name, scope.lookup(d.id.name).value);
          }
        }
        for (const s of stmt.specifiers) {
          if (s.type !== "ExportSpecifier") continue;
          const exported = s.exported.type === "Identifier" ? s.exported.name : s.exported.value;
          const value = scope.lookup(s.local.name)?.value;
          if (value) scope.module.exports.set(exported, value);
        }
        return void 0;
      case "ExportDefaultDeclaration":
        if (stmt.declaration.type !== "ClassDeclaration" && stmt.declaration.type !== "FunctionDeclaration" && stmt.declaration.type !== "TSDeclareFunction") {
          scope.module.exports.set("default", this.expr(stmt.declaration, scope));
        }
        return void 0;
      case "FunctionDeclaration":
      case "ClassDeclaration":
        if (scope.parent) this.hoist(stmt, scope);
        return void 0;
      case "BlockStatement":
        return this.block(stmt.body, scope);
      case "IfStatement": {
        const a = this.statement(stmt.consequent, new Scope(scope, scope.module));
        if (a !== void 0) return a;
        return stmt.alternate ? this.statement(stmt.alternate, new Scope(scope, scope.module)) : void 0;
      }
      case "TryStatement":
        return this.block(stmt.block.body, scope);
      case "ForOfStatement":
        this.forOf(stmt, scope);
        return void 0;
      case "ReturnStatement":
        return stmt.argument ? this.expr(stmt.argument, scope) : { kind: "null" };
      default:
        return void 0;
    }
  }
  block(body2, scope) {
    const inner = new Scope(scope, scope.module);
    for (const s of body2) this.hoist(s, inner);
    return this.statements(body2, inner);
  }
  forOf(stmt, scope) {
    const iterable = this.expr(stmt.right, scope);
    if (iterable.kind !== "array" && iterable.kind !== "list") return;
    const items2 = iterable.kind === "array" ? iterable.items : iterable.items;
    for (const item of items2.slice(0, MAX_LOOP_ITEMS)) {
      const inner = new Scope(scope, scope.module);
      const left = stmt.left.type === "VariableDeclaration" ? stmt.left.declarations[0]?.id : stmt.left;
      if (left) this.bindPattern(left, item, inner);
      this.statement(stmt.body, inner);
    }
  }
  declare(decl, scope) {
    for (const d of decl.declarations) {
      const value = d.init ? this.expr(d.init, scope) : { kind: "null" };
      this.bindPattern(d.id, value, scope);
    }
  }
  bindPattern(pattern, value, scope) {
    if (pattern.type === "Identifier") scope.vars.set(pattern.name, { value });
    else if (pattern.type === "ObjectPattern") {
      for (const p of pattern.properties) {
        if (p.type === "ObjectProperty" && p.key.type === "Identifier") {
          const member = value.kind === "record" ? value.entries.get(p.key.name) : void 0;
          this.bindPattern(p.value, member ?? { kind: "unknown", expr: p.key.name, reason: "unsupported-expression" }, scope);
        }
      }
    } else if (pattern.type === "ArrayPattern") {
      pattern.elements.forEach((el, i) => {
        if (!el) return;
        const item = value.kind === "array" ? value.items[i] : void 0;
        this.bindPattern(el, item ?? { kind: "unknown", expr: `[${i}]`, reason: "unsupported-expression" }, scope);
      });
    } else if (pattern.type === "AssignmentPattern") {
      this.bindPattern(pattern.left, value.kind === "null" ? this.expr(pattern.right, scope) : value, scope);
    }
  }
  // ---------- expressions ----------
  span(node, scope) {
    return nodeSpan(node, scope.module.file.path);
  }
  text(node, scope) {
    return nodeText(node, scope.module.file.text);
  }
  unknown(node, scope, reason = "unsupported-expression") {
    return { kind: "unknown", expr: this.text(node, scope), reason, span: this.span(node, scope) };
  }
  expr(node, scope) {
    const span = this.span(node, scope);
    if (countStep()) throw new BudgetExhausted(span.file, span);
    switch (node.type) {
      case "StringLiteral":
        return { kind: "string", value: node.value, span };
      case "NumericLiteral":
        return { kind: "number", value: node.value, span };
      case "BooleanLiteral":
        return { kind: "bool", value: node.value, span };
      case "NullLiteral":
        return { kind: "null", span };
      case "TemplateLiteral":
        return this.template(node, scope);
      case "ArrayExpression": {
        const items2 = [];
        for (const el of node.elements) {
          if (!el) continue;
          if (el.type === "SpreadElement") {
            const spread = this.expr(el.argument, scope);
            if (spread.kind === "array") items2.push(...spread.items);
            else if (spread.kind === "list") items2.push(...spread.items);
            else items2.push(this.unknown(el, scope));
          } else items2.push(this.expr(el, scope));
        }
        return { kind: "array", items: items2, span };
      }
      case "ObjectExpression":
        return this.object(node, scope);
      case "Identifier":
        return this.identifier(node, scope);
      case "ThisExpression":
        return scope.thisObject ?? this.unknown(node, scope);
      case "TSAsExpression":
      case "TSSatisfiesExpression":
      case "TSNonNullExpression":
      case "TSTypeAssertion":
      case "ParenthesizedExpression":
        return this.expr(node.expression, scope);
      case "MemberExpression":
      case "OptionalMemberExpression":
        return this.member(node, scope);
      case "NewExpression":
        return this.construct(node, scope);
      case "CallExpression":
      case "OptionalCallExpression":
        return this.call(node, scope);
      case "AssignmentExpression":
        return this.assign(node, scope);
      case "ArrowFunctionExpression":
      case "FunctionExpression":
      case "ClassExpression":
        return { kind: "local", node, module: scope.module, closure: scope };
      case "BinaryExpression":
        if (node.operator === "+" && node.left.type !== "PrivateName") {
          const l = this.expr(node.left, scope);
          const r = this.expr(node.right, scope);
          if ((l.kind === "string" || l.kind === "unknown") && (r.kind === "string" || r.kind === "number" || r.kind === "unknown")) return concat2([l, r], span);
        }
        return this.unknown(node, scope);
      case "LogicalExpression": {
        const l = this.expr(node.left, scope);
        if (node.operator === "??" || node.operator === "||") return l.kind === "null" || l.kind === "unknown" ? this.expr(node.right, scope) : l;
        return this.unknown(node, scope);
      }
      default:
        return this.unknown(node, scope);
    }
  }
  template(node, scope) {
    const parts = [];
    node.quasis.forEach((q, i) => {
      parts.push({ kind: "string", value: q.value.cooked ?? q.value.raw });
      const e = node.expressions[i];
      if (e && e.type !== "TSAnyKeyword" && !e.type.startsWith("TS")) {
        const v = this.expr(e, scope);
        parts.push(v.kind === "string" || v.kind === "number" || v.kind === "bool" ? v : v.kind === "unknown" ? v : this.unknown(e, scope));
      }
    });
    return concat2(parts, this.span(node, scope));
  }
  object(node, scope) {
    const entries = /* @__PURE__ */ new Map();
    const keySpans = /* @__PURE__ */ new Map();
    for (const p of node.properties) {
      if (p.type === "SpreadElement") {
        const spread = this.expr(p.argument, scope);
        if (spread.kind === "record") {
          for (const [k, v] of spread.entries) entries.set(k, v);
          for (const [k, s] of spread.keySpans ?? []) keySpans.set(k, s);
        }
        continue;
      }
      if (p.type !== "ObjectProperty" && p.type !== "ObjectMethod") continue;
      const key = p.key.type === "Identifier" && !p.computed ? p.key.name : p.key.type === "StringLiteral" ? p.key.value : p.key.type === "NumericLiteral" ? String(p.key.value) : void 0;
      if (key === void 0 || p.type === "ObjectMethod") continue;
      entries.set(key, this.expr(p.value, scope));
      keySpans.set(key, this.span(p, scope));
    }
    return { kind: "record", entries, span: this.span(node, scope), keySpans };
  }
  identifier(node, scope) {
    if (node.name === "undefined") return { kind: "null", span: this.span(node, scope) };
    const bound2 = scope.lookup(node.name);
    if (bound2) return bound2.value;
    const imported = this.importedValue(scope.module, node.name, this.span(node, scope));
    if (imported) return imported;
    if (node.name === "JSON") return { kind: "import", source: "", path: ["JSON"] };
    return this.unknown(node, scope, "unknown-name");
  }
  member(node, scope) {
    const name = !node.computed && node.property.type === "Identifier" ? node.property.name : node.property.type === "StringLiteral" ? node.property.value : void 0;
    const object2 = this.expr(node.object, scope);
    if (name === void 0) {
      if (node.property.type === "NumericLiteral" && object2.kind === "array") return object2.items[node.property.value] ?? this.unknown(node, scope);
      return this.unknown(node, scope);
    }
    const span = this.span(node, scope);
    switch (object2.kind) {
      case "record":
        return object2.entries.get(name) ?? { kind: "null", span };
      case "import": {
        const ref = { kind: "import", source: object2.source, path: [...object2.path, name], span };
        return staticMember(ref) ?? ref;
      }
      case "cdk":
        return this.objectMember(object2, name, node, scope);
      case "string":
        return name === "length" ? { kind: "number", value: object2.value.length, span } : this.unknown(node, scope);
      default:
        return this.unknown(node, scope);
    }
  }
  /** A member of a library object: fields, known attributes (`bucket.bucketArn` → `${Stack/Bucket.Arn}`), the stack's pseudo parameters. */
  objectMember(o, name, node, scope) {
    const field = o.fields.get(name);
    if (field) return field;
    const span = this.span(node, scope);
    if (STACK_MEMBERS[name] && isStackLike(o)) {
      const account = name === "account" ? knownEnvAccount(o) : void 0;
      return { kind: "string", value: account ?? PSEUDO[STACK_MEMBERS[name]], span };
    }
    if ((name === "grantPrincipal" || name === "role") && IDENTITY_CLASSES.has(o.className)) return o;
    if (name === "grantPrincipal" && o.fields.has("role")) return o.fields.get("role");
    const fact = CDK_CONSTRUCTS[o.className];
    const attribute = fact?.attributes[name];
    if (attribute) return attributeValue(o, attribute, span);
    if (o.className === "ManagedPolicy" && name === "managedPolicyArn" && o.arn) return { kind: "string", value: o.arn, span };
    if (isCdktfSource(o.source)) return this.tfAttribute(o, name, node, scope);
    return this.unknown(node, scope);
  }
  tfAttribute(o, name, node, scope) {
    const address = o.tfAddress;
    const attr = snakeCase(name);
    if (!address) return this.unknown(node, scope);
    return { kind: "unknown", expr: `${address}.${attr}`, ref: { address, attribute: attr }, reason: "computed-attribute", span: this.span(node, scope) };
  }
  assign(node, scope) {
    const value = this.expr(node.right, scope);
    if (node.operator !== "=") return value;
    if (node.left.type === "MemberExpression" && !node.left.computed && node.left.property.type === "Identifier") {
      const target = this.expr(node.left.object, scope);
      if (target.kind === "cdk") target.fields.set(node.left.property.name, value);
      else if (target.kind === "record") target.entries.set(node.left.property.name, value);
    } else if (node.left.type === "Identifier") {
      const bound2 = scope.lookup(node.left.name);
      if (bound2) bound2.value = value;
    }
    return value;
  }
  args(nodes, scope) {
    const out = [];
    for (const a of nodes) {
      if (a.type === "SpreadElement") {
        const spread = this.expr(a.argument, scope);
        if (spread.kind === "array") out.push(...spread.items);
        else out.push(this.unknown(a, scope));
      } else out.push(this.expr(a, scope));
    }
    return out;
  }
  // ---------- new ----------
  construct(node, scope) {
    const callee = node.callee.type === "Super" ? void 0 : this.expr(node.callee, scope);
    const args = this.args(node.arguments, scope);
    const span = this.span(node, scope);
    if (callee && isLocal(callee) && (callee.node.type === "ClassDeclaration" || callee.node.type === "ClassExpression")) {
      const name = callee.node.id?.name ?? "Construct";
      const scopeObject3 = args[0]?.kind === "cdk" ? args[0] : void 0;
      const self = this.makeObject(name, "", this.childPath(scopeObject3, args[1]), span, args[2]?.kind === "record" ? args[2] : emptyRecord(), args);
      self.stack = !scopeObject3 || scopeObject3.className === "App" || scopeObject3.className === "Stage" ? self : scopeObject3.stack ?? self;
      this.instantiated.add(callee.node);
      this.runClass(callee, self, args);
      return self;
    }
    if (!callee || callee.kind !== "import" || callee.path.length === 0) return this.unknown(node, scope);
    const rawName = callee.path[callee.path.length - 1];
    const className = CDK_CLASS_ALIASES[rawName] ?? rawName;
    if (!isCdkSource(callee.source)) return this.unknown(node, scope);
    if (PRINCIPAL_CLASSES.has(className) || className === "PolicyStatement" || className === "PolicyDocument") {
      const props2 = args.find((a) => a.kind === "record") ?? emptyRecord();
      const o2 = this.makeObject(className, callee.source, "", span, props2, args);
      if (className === "PolicyStatement") o2.span = props2.span ?? span;
      if (className === "PolicyDocument") this.addStatements(o2, props2.entries.get("statements"), node);
      return o2;
    }
    const scopeObject2 = args[0]?.kind === "cdk" ? args[0] : void 0;
    const props = args[2]?.kind === "record" ? args[2] : emptyRecord();
    const o = this.makeObject(className, callee.source, this.childPath(scopeObject2, args[1]), span, props, args);
    if (className === "App") o.path = "";
    if (className === "Stack" || className === "TerraformStack") o.stack = o;
    else if (scopeObject2?.stack) o.stack = scopeObject2.stack;
    this.initConstruct(o, node);
    if (isCdktfSource(callee.source)) {
      const resource = toTfResource(o, rawName, callee.source, args[1]);
      if (resource) {
        o.tfAddress = resource.mode === "data" ? `data.${resource.type}.${resource.name}` : `${resource.type}.${resource.name}`;
        this.out.tfResources.push(resource);
      }
    }
    return o;
  }
  childPath(scopeObject2, id) {
    const idText = id?.kind === "string" ? id.value : id?.kind === "unknown" ? "${" + id.expr + "}" : "?";
    return scopeObject2 && scopeObject2.path !== "" ? `${scopeObject2.path}/${idText}` : idText;
  }
  makeObject(className, source, objectPath, span, props, args) {
    const o = { kind: "cdk", className, source, path: objectPath, span, props, args, fields: /* @__PURE__ */ new Map(), statements: [], resourceStatements: [], attachedTo: [], managedPolicies: [] };
    this.out.objects.push(o);
    return o;
  }
  /** What the construct's properties mean for IAM (statements given up front, a function's role, a key's default policy). */
  initConstruct(o, node) {
    const p = o.props.entries;
    switch (o.className) {
      case "Policy":
      case "ManagedPolicy": {
        this.addStatements(o, p.get("statements"), node);
        const document = p.get("document");
        if (document?.kind === "cdk") o.statements.push(...document.statements);
        if (o.className === "ManagedPolicy") {
          const name = p.get("managedPolicyName");
          o.arn = `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy/${name?.kind === "string" ? name.value : o.path}`;
        }
        break;
      }
      case "Role":
      case "User":
      case "Group": {
        const managed = p.get("managedPolicies");
        if (managed?.kind === "array") o.managedPolicies.push(...managed.items);
        break;
      }
      case "Function": {
        const role = p.get("role");
        if (role?.kind === "cdk") o.fields.set("role", role);
        else {
          const implicit = this.makeObject("Role", "aws-cdk-lib/aws-iam", `${o.path}/ServiceRole`, o.span, emptyRecord(), []);
          implicit.stack = o.stack;
          const trust = this.makeObject("ServicePrincipal", "aws-cdk-lib/aws-iam", "", o.span, emptyRecord(), [{ kind: "string", value: "lambda.amazonaws.com", span: o.span }]);
          implicit.props.entries.set("assumedBy", trust);
          implicit.managedPolicies.push(awsManaged(LAMBDA_BASIC_EXECUTION_POLICY, o.span));
          implicit.fields.set("implicitFor", o);
          o.fields.set("role", implicit);
        }
        const initial = p.get("initialPolicy");
        const fnRole = o.fields.get("role");
        if (fnRole?.kind === "cdk") this.addStatements(fnRole, initial, node);
        break;
      }
      case "Key": {
        const account = (o.stack && knownEnvAccount(o.stack)) ?? "${AWS::AccountId}";
        const statement = objectValue(
          {
            Action: "kms:*",
            Effect: "Allow",
            Principal: objectValue({ AWS: `arn:\${AWS::Partition}:iam::${account}:root` }, o.span),
            Resource: "*"
          },
          o.span
        );
        o.resourceStatements.push({ statement: { kind: "fact", value: statement }, span: o.span, grantMethod: "Key default policy" });
        break;
      }
      default:
        break;
    }
  }
  addStatements(target, list3, node) {
    if (!list3) return;
    const items2 = list3.kind === "array" ? list3.items : [list3];
    for (const item of items2) {
      if (item.kind === "cdk" && item.className === "PolicyStatement") target.statements.push({ statement: item, span: item.span });
      else if (item.kind === "unknown") {
        this.out.unresolved.push({ span: item.span ?? nodeSpan(node, target.span.file), expr: item.expr, reason: item.reason ?? "statement could not be evaluated" });
      }
    }
  }
  runClass(cls, self, args) {
    if (this.depth >= MAX_CALL_DEPTH) return;
    const node = cls.node;
    const ctor = node.body.body.find((m) => m.type === "ClassMethod" && m.kind === "constructor");
    const scope = new Scope(cls.closure, cls.module, self);
    this.depth++;
    try {
      if (ctor) this.bindParams(ctor.params, args, scope);
      const body2 = ctor?.body.body ?? [];
      const superIndex = body2.findIndex((s) => s.type === "ExpressionStatement" && s.expression.type === "CallExpression" && s.expression.callee.type === "Super");
      const superClass = node.superClass ? this.expr(node.superClass, cls.closure) : void 0;
      if (superIndex >= 0 && superClass && isLocal(superClass)) {
        const call = body2[superIndex].expression;
        this.runClass(superClass, self, this.args(call.arguments, scope));
      } else if (!ctor && superClass && isLocal(superClass)) this.runClass(superClass, self, args);
      for (const member of node.body.body) {
        if (member.type === "ClassProperty" && member.value && !member.static && member.key.type === "Identifier") {
          self.fields.set(member.key.name, this.expr(member.value, scope));
        }
      }
      for (const s of body2) this.hoist(s, scope);
      this.statements(body2.filter((_, i) => i !== superIndex), scope);
    } finally {
      this.depth--;
    }
  }
  bindParams(params, args, scope) {
    params.forEach((param, i) => {
      let p = param;
      if (p.type === "TSParameterProperty") p = p.parameter;
      const arg = args[i] ?? { kind: "null" };
      if (p.type === "RestElement") {
        this.bindPattern(p.argument, { kind: "array", items: args.slice(i) }, scope);
        return;
      }
      this.bindPattern(p, arg.kind === "unknown" && p.type === "Identifier" ? { ...arg, expr: p.name } : arg, scope);
    });
  }
  // ---------- calls ----------
  call(node, scope) {
    const span = this.span(node, scope);
    const callee = node.callee;
    if (callee.type === "MemberExpression" || callee.type === "OptionalMemberExpression") {
      const method = !callee.computed && callee.property.type === "Identifier" ? callee.property.name : void 0;
      const object2 = this.expr(callee.object, scope);
      const args2 = this.args(node.arguments, scope);
      if (method === void 0) return this.unknown(node, scope);
      if (object2.kind === "import") return this.staticCall(object2, method, args2, node, scope);
      if (object2.kind === "cdk") return this.method(object2, method, args2, node, scope);
      if (object2.kind === "array" && method === "concat") {
        return { kind: "array", items: [...object2.items, ...args2.flatMap((a) => a.kind === "array" ? a.items : [a])], span };
      }
      if (object2.kind === "array" && (method === "map" || method === "forEach" || method === "flatMap")) return this.arrayMap(object2, method, node, scope);
      if (object2.kind === "string" && method === "toLowerCase") return { kind: "string", value: object2.value.toLowerCase(), span };
      if (object2.kind === "string" && method === "toUpperCase") return { kind: "string", value: object2.value.toUpperCase(), span };
      return this.unknown(node, scope);
    }
    if (callee.type === "Super") return { kind: "null" };
    const fn = this.expr(callee, scope);
    const args = this.args(node.arguments, scope);
    if (isLocal(fn) && fn.node.type !== "ClassDeclaration" && fn.node.type !== "ClassExpression") {
      const result2 = this.invoke(fn, args, node, scope);
      return result2.kind === "unknown" && result2.reason === "recursion" ? this.unknown(node, scope, "recursion") : result2;
    }
    return this.unknown(node, scope);
  }
  invoke(fn, args, node, scope) {
    if (this.depth >= MAX_CALL_DEPTH) return this.unknown(node, scope, "recursion");
    const f = fn.node;
    const inner = new Scope(fn.closure, fn.module);
    this.bindParams(f.params, args, inner);
    this.depth++;
    try {
      if (f.body.type !== "BlockStatement") return this.expr(f.body, inner);
      for (const s of f.body.body) this.hoist(s, inner);
      return this.statements(f.body.body, inner) ?? { kind: "null" };
    } finally {
      this.depth--;
    }
  }
  arrayMap(array, method, node, scope) {
    const fnNode = node.arguments[0];
    const fn = fnNode && fnNode.type !== "SpreadElement" && fnNode.type !== "ArgumentPlaceholder" ? this.expr(fnNode, scope) : void 0;
    if (!fn || !isLocal(fn)) return this.unknown(node, scope);
    const items2 = [];
    array.items.slice(0, MAX_LOOP_ITEMS).forEach((item, i) => {
      const r = this.invoke(fn, [item, { kind: "number", value: i }], node, scope);
      if (method === "flatMap" && r.kind === "array") items2.push(...r.items);
      else items2.push(r);
    });
    return method === "forEach" ? { kind: "null" } : { kind: "array", items: items2, span: this.span(node, scope) };
  }
  /** Static calls of library classes and globals. */
  staticCall(ref, method, args, node, scope) {
    const owner = ref.path[ref.path.length - 1];
    const span = this.span(node, scope);
    if (owner === "JSON" && method === "stringify" || owner === "Fn" && method === "jsonencode" && isCdktfSource(ref.source) || owner === "Token" && method === "asString") {
      const arg = args[0];
      if (!arg) return this.unknown(node, scope);
      if (owner === "Token") return arg;
      const source = toValue2(arg);
      return { kind: "string", value: JSON.stringify(plainForJson(source)), source, span };
    }
    if (!isCdkSource(ref.source)) return this.unknown(node, scope);
    if (owner === "ManagedPolicy" && method === "fromAwsManagedPolicyName") {
      const name = args[0];
      if (name?.kind === "string") return awsManaged(name.value, span);
      return this.unknown(node, scope);
    }
    if (owner === "ManagedPolicy" && (method === "fromManagedPolicyArn" || method === "fromManagedPolicyName")) {
      const value = args[2];
      const o = this.makeObject("ManagedPolicy", ref.source, "", span, emptyRecord(), args);
      this.out.objects.pop();
      const text2 = value?.kind === "string" ? value.value : value?.kind === "unknown" ? "${" + value.expr + "}" : "?";
      o.arn = method === "fromManagedPolicyArn" ? text2 : `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy/${text2}`;
      return o;
    }
    if (owner === "Stack" && method === "of") return args[0]?.kind === "cdk" ? args[0].stack ?? args[0] : this.unknown(node, scope);
    if (owner === "Fn" && method === "join" && args[0]?.kind === "string" && args[1]?.kind === "array") {
      const sep2 = args[0].value;
      const parts = [];
      args[1].items.forEach((item, i) => {
        if (i > 0) parts.push({ kind: "string", value: sep2 });
        const v = toValue2(item);
        parts.push(v.kind === "string" || v.kind === "unknown" || v.kind === "number" ? v : { kind: "unknown", expr: "?" });
      });
      return concat2(parts, span);
    }
    if (owner === "PolicyStatement" && method === "fromJson" && args[0]) {
      const o = this.makeObject("PolicyStatement", ref.source, "", span, emptyRecord(), args);
      o.fields.set("json", args[0]);
      return o;
    }
    if ((owner === "Role" || owner === "User" || owner === "Group") && /^from/.test(method)) {
      const o = this.makeObject(owner, ref.source, this.childPath(args[0]?.kind === "cdk" ? args[0] : void 0, args[1]), span, emptyRecord(), args);
      const id = args[2];
      o.fields.set("imported", id ?? { kind: "null" });
      return o;
    }
    return this.unknown(node, scope);
  }
  /** Methods of library objects that change who may do what. */
  method(o, method, args, node, scope) {
    const span = this.span(node, scope);
    const fact = CDK_CONSTRUCTS[o.className];
    switch (method) {
      case "addToPolicy":
      case "addToPrincipalPolicy":
      case "addToRolePolicy": {
        const identity = o.className === "Function" ? o.fields.get("role") : o;
        if (identity?.kind === "cdk") this.addStatements(identity, args[0], node);
        return { kind: "null" };
      }
      case "addStatements":
        for (const a of args) this.addStatements(o, a, node);
        return { kind: "null" };
      case "addToResourcePolicy":
        if (args[0]?.kind === "cdk" && args[0].className === "PolicyStatement") o.resourceStatements.push({ statement: args[0], span: args[0].span });
        return { kind: "null" };
      case "attachInlinePolicy":
      case "addManagedPolicy": {
        const policy = args[0];
        if (policy?.kind === "cdk" && method === "attachInlinePolicy") policy.attachedTo.push(o);
        else if (policy) o.managedPolicies.push(policy);
        return { kind: "null" };
      }
      case "attachToRole":
      case "attachToUser":
      case "attachToGroup":
        if (args[0]?.kind === "cdk") o.attachedTo.push(args[0]);
        return { kind: "null" };
      case "withConditions":
      case "withSessionTags": {
        const copy = { ...o, fields: new Map(o.fields) };
        if (method === "withConditions" && args[0]) copy.fields.set("conditions", args[0]);
        if (method === "withSessionTags") copy.fields.set("sessionTags", { kind: "bool", value: true });
        return copy;
      }
      case "addActions":
      case "addNotActions":
      case "addResources":
      case "addNotResources":
      case "addPrincipals":
      case "addNotPrincipals": {
        const key = { addActions: "actions", addNotActions: "notActions", addResources: "resources", addNotResources: "notResources", addPrincipals: "principals", addNotPrincipals: "notPrincipals" }[method];
        appendProp(o, key, args);
        return { kind: "null" };
      }
      case "addAllResources":
        appendProp(o, "resources", [{ kind: "string", value: "*", span }]);
        return { kind: "null" };
      case "addAnyPrincipal":
        appendProp(o, "principals", [this.makeObject("AnyPrincipal", o.source, "", span, emptyRecord(), [])]);
        return { kind: "null" };
      case "addCondition":
      case "addConditions": {
        const conditions = o.props.entries.get("conditions") ?? { kind: "record", entries: /* @__PURE__ */ new Map() };
        if (method === "addCondition" && args[0]?.kind === "string" && args[1]) conditions.entries.set(args[0].value, args[1]);
        if (method === "addConditions" && args[0]?.kind === "record") for (const [k, v] of args[0].entries) conditions.entries.set(k, v);
        o.props.entries.set("conditions", conditions);
        return { kind: "null" };
      }
      case "arnForObjects":
        if (o.className === "Bucket") return concat2([attributeValue(o, "Arn", span), { kind: "string", value: "/" }, toValue2(args[0] ?? { kind: "string", value: "*" })], span);
        return this.unknown(node, scope);
      case "addPermission":
        if (o.className === "Function" && args[1]?.kind === "record") {
          const p = args[1].entries;
          const principal = p.get("principal");
          const action = p.get("action") ?? { kind: "string", value: "lambda:InvokeFunction" };
          const statement = this.makeObject("PolicyStatement", o.source, "", span, { kind: "record", entries: /* @__PURE__ */ new Map([["actions", { kind: "array", items: [action] }], ["principals", { kind: "array", items: principal ? [principal] : [] }], ["resources", { kind: "array", items: [attributeValue(o, "Arn", span)] }]]), span }, []);
          o.resourceStatements.push({ statement, span, grantMethod: "Function.addPermission" });
        }
        return { kind: "null" };
      default:
        break;
    }
    if (fact && method.startsWith("grant")) return this.grantCall(o, method, args, node, scope);
    return this.unknown(node, scope);
  }
  /** `bucket.grantRead(role)` and friends: statements from the facts table, added where CDK adds them. */
  grantCall(o, method, args, node, scope) {
    const span = this.span(node, scope);
    const fact = CDK_CONSTRUCTS[o.className];
    const grantMethod = `${o.className}.${method}`;
    if (o.className === "Bucket" && method === "grantPublicAccess") {
      const key = args[0] ?? { kind: "string", value: "*" };
      const actions = args.length > 1 ? args.slice(1) : [{ kind: "string", value: "s3:GetObject" }];
      o.resourceStatements.push({ statement: { kind: "fact", value: statementValue(actions.map(toValue2), [bucketObjects(o, key, span)], span, { AWS: { kind: "string", value: "*" } }) }, span, grantMethod });
      return { kind: "null" };
    }
    let statements = fact.grants[method];
    if (!statements && method === "grant" && args.length > 1) statements = [{ actions: [], resources: ["{arn}"] }];
    if (!statements) return this.unknown(node, scope, "unsupported-grant-method");
    const grantee = args[0];
    const identity = this.granteeIdentity(grantee);
    const keyArg = args[1] ?? { kind: "string", value: "*" };
    for (const s of statements) {
      const actions = method === "grant" ? args.slice(1).map(toValue2) : s.actions.map((a) => ({ kind: "string", value: a, span }));
      const resources = s.resources.map((pattern) => resourceFromPattern(o, pattern, keyArg, span));
      if (identity) {
        identity.statements.push({ statement: { kind: "fact", value: statementValue(actions, resources, span, void 0, s.conditions) }, span, grantMethod });
      } else if (grantee && grantee.kind === "cdk" && PRINCIPAL_CLASSES.has(grantee.className) && (fact.resourcePolicyType || o.className === "Function")) {
        o.resourceStatements.push({ statement: { kind: "fact", value: statementValue(actions, resources, span, void 0, s.conditions) }, span, grantMethod, principal: grantee });
      } else if (grantee) {
        this.out.unresolved.push({ span, expr: grantee.kind === "unknown" ? grantee.expr : this.text(node.arguments[0], scope), reason: "grantee could not be resolved" });
      }
    }
    return { kind: "null" };
  }
  granteeIdentity(grantee) {
    if (grantee?.kind !== "cdk") return void 0;
    if (IDENTITY_CLASSES.has(grantee.className)) return grantee;
    const role = grantee.fields.get("role") ?? grantee.fields.get("grantPrincipal");
    return role?.kind === "cdk" && IDENTITY_CLASSES.has(role.className) ? role : void 0;
  }
};
function isLocal(v) {
  return v.kind === "local";
}
function classDeclarationOf(stmt) {
  if (stmt.type === "ClassDeclaration") return stmt;
  if ((stmt.type === "ExportNamedDeclaration" || stmt.type === "ExportDefaultDeclaration") && stmt.declaration?.type === "ClassDeclaration") return stmt.declaration;
  return void 0;
}
function emptyRecord() {
  return { kind: "record", entries: /* @__PURE__ */ new Map() };
}
function isStackLike(o) {
  return o.stack === o || o.className === "Stack";
}
function knownEnvAccount(stack) {
  const env = stack.props.entries.get("env");
  const account = env?.kind === "record" ? env.entries.get("account") : void 0;
  return account?.kind === "string" && !account.unknowns?.length ? account.value : void 0;
}
function staticMember(ref) {
  const [owner, member] = ref.path.slice(-2);
  if (!isCdkSource(ref.source)) return void 0;
  if (owner === "Effect" && (member === "ALLOW" || member === "DENY")) return { kind: "string", value: member === "ALLOW" ? "Allow" : "Deny", ...ref.span ? { span: ref.span } : {} };
  if (owner === "Aws" && member && PSEUDO[member]) return { kind: "string", value: PSEUDO[member], ...ref.span ? { span: ref.span } : {} };
  return void 0;
}
function attributeValue(o, attribute, span) {
  const expr = attribute === "Ref" ? o.path : `${o.path}.${attribute}`;
  return { kind: "unknown", expr, ref: { address: o.path, attribute }, reason: "computed-attribute", ...span ? { span } : {} };
}
function awsManaged(name, span) {
  return {
    kind: "cdk",
    className: "ManagedPolicy",
    source: "aws-cdk-lib/aws-iam",
    path: "",
    span,
    props: emptyRecord(),
    args: [],
    fields: /* @__PURE__ */ new Map([["awsManaged", { kind: "bool", value: true }]]),
    statements: [],
    resourceStatements: [],
    attachedTo: [],
    managedPolicies: [],
    arn: `arn:\${AWS::Partition}:iam::aws:policy/${name}`
  };
}
function appendProp(o, key, items2) {
  const current = o.props.entries.get(key);
  const list3 = current?.kind === "array" ? current.items : current ? [current] : [];
  o.props.entries.set(key, { kind: "array", items: [...list3, ...items2] });
}
function concat2(parts, span) {
  let value = "";
  const unknowns = [];
  for (const p of parts) {
    if (p.kind === "string") {
      value += p.value;
      for (const u of p.unknowns ?? []) if (!unknowns.includes(u)) unknowns.push(u);
    } else if (p.kind === "number" || p.kind === "bool") value += String(p.value);
    else if (p.kind === "unknown") {
      value += "${" + p.expr + "}";
      if (!unknowns.includes(p.expr)) unknowns.push(p.expr);
    }
  }
  if (parts.length === 1 && parts[0].kind === "unknown") return { ...parts[0], span };
  const nonEmpty = parts.filter((p) => !(p.kind === "string" && p.value === ""));
  if (nonEmpty.length === 1 && nonEmpty[0].kind === "unknown") return { ...nonEmpty[0], span };
  return unknowns.length > 0 ? { kind: "string", value, unknowns, span } : { kind: "string", value, span };
}
function resourceFromPattern(o, pattern, key, span) {
  const arn = attributeValue(o, CDK_CONSTRUCTS[o.className].arnAttribute, span);
  if (pattern === "{arn}") return arn;
  if (pattern === "{arn}/{key}") return bucketObjects(o, key, span);
  return concat2([arn, { kind: "string", value: pattern.slice("{arn}".length) }], span);
}
function bucketObjects(o, key, span) {
  return concat2([attributeValue(o, "Arn", span), { kind: "string", value: "/" }, toValue2(key)], span);
}
function objectValue(entries, span) {
  const map = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(entries)) map.set(k, typeof v === "string" ? { kind: "string", value: v, ...span ? { span } : {} } : v);
  return { kind: "object", entries: map, ...span ? { span } : {} };
}
function statementValue(actions, resources, span, principal, conditions) {
  const entries = {
    Action: { kind: "list", items: actions, span },
    Effect: { kind: "string", value: "Allow", span },
    Resource: { kind: "list", items: resources, span }
  };
  if (principal) entries.Principal = { kind: "object", entries: new Map(Object.entries(principal)), span };
  if (conditions) {
    const ops = /* @__PURE__ */ new Map();
    for (const [op, keys] of Object.entries(conditions)) {
      ops.set(op, { kind: "object", entries: new Map(Object.entries(keys).map(([k, vs]) => [k, { kind: "list", items: vs.map((v) => ({ kind: "string", value: v })) }])) });
    }
    entries.Condition = { kind: "object", entries: ops, span };
  }
  return objectValue(entries, span);
}
function toValue2(v) {
  switch (v.kind) {
    case "array":
      return { kind: "list", items: v.items.map(toValue2), ...v.span ? { span: v.span } : {} };
    case "record": {
      const entries = /* @__PURE__ */ new Map();
      for (const [k, x] of v.entries) entries.set(k, toValue2(x));
      return { kind: "object", entries, ...v.span ? { span: v.span } : {} };
    }
    case "import":
      return { kind: "unknown", expr: [v.source, ...v.path].join("."), reason: "unsupported-expression", ...v.span ? { span: v.span } : {} };
    case "cdk": {
      const address = v.tfAddress;
      if (address) return { kind: "unknown", expr: address, ref: { address, attribute: "id" }, span: v.span };
      return { kind: "unknown", expr: v.path || v.className, reason: "construct", span: v.span };
    }
    default:
      return v.kind === "local" ? { kind: "unknown", expr: "function", reason: "unsupported-expression" } : v;
  }
}
function plainForJson(v) {
  switch (v.kind) {
    case "unknown":
      return "${" + v.expr + "}";
    case "list":
      return v.items.map(plainForJson);
    case "object":
      return Object.fromEntries([...v.entries].map(([k, x]) => [k, plainForJson(x)]));
    case "null":
      return null;
    default:
      return v.value;
  }
}

// src/extract/aws/cdk.ts
var CDK_POLICY_VERSION = "2012-10-17";
var IDENTITY_NAME_PROPS = {
  Role: { type: "role", nameProp: "roleName" },
  User: { type: "user", nameProp: "userName" },
  Group: { type: "group", nameProp: "groupName" }
};
function extractAwsFromCdk(evaluation) {
  return new CdkExtractor(evaluation).run();
}
function knownString2(v) {
  return v?.kind === "string" && !v.unknowns?.length ? v.value : void 0;
}
function itemsOf2(v) {
  if (!v || v.kind === "null") return [];
  return v.kind === "array" ? v.items : [v];
}
var CdkExtractor = class {
  constructor(ev) {
    this.ev = ev;
    for (const o of ev.objects) {
      if (o.path !== "" && IDENTITY_NAME_PROPS[o.className]) this.byPath.set(o.path, o);
      if (o.path !== "") this.paths.add(o.path);
    }
  }
  ev;
  grants = [];
  errors = [];
  unresolved = [];
  byPath = /* @__PURE__ */ new Map();
  /** Construct paths: their attributes are known at deployment, not worth reporting as unresolved. */
  paths = /* @__PURE__ */ new Set();
  keepUnresolved = (u) => {
    if (u.ref || this.paths.has(u.expr)) return false;
    const dot = u.expr.lastIndexOf(".");
    return dot < 0 || !this.paths.has(u.expr.slice(0, dot));
  };
  run() {
    const managedByIdentity = /* @__PURE__ */ new Set();
    for (const o of this.ev.objects) {
      if (!IDENTITY_NAME_PROPS[o.className] || o.source === "") continue;
      for (const m of o.managedPolicies) if (m.kind === "cdk") managedByIdentity.add(m);
    }
    for (const o of this.ev.objects) {
      if (o.source === "" || o.path === "" && o.className !== "Policy" && o.className !== "ManagedPolicy") continue;
      if (IDENTITY_NAME_PROPS[o.className]) this.identity(o);
      else if (o.className === "Policy" || o.className === "ManagedPolicy") this.standalonePolicy(o, managedByIdentity.has(o));
      if (o.resourceStatements.length > 0) this.resourcePolicy(o);
    }
    const seen = /* @__PURE__ */ new Set();
    return { grants: this.grants.filter((g) => !seen.has(g.id) && seen.add(g.id)), errors: this.errors, unresolved: [...this.ev.unresolved, ...this.unresolved] };
  }
  // ---------- principals ----------
  principalOf(o) {
    const spec = IDENTITY_NAME_PROPS[o.className];
    return { type: spec.type, name: knownString2(o.props.entries.get(spec.nameProp)) ?? o.path, address: o.path };
  }
  resolvePrincipal = (entry) => {
    if (entry.ref) {
      const target = this.byPath.get(entry.ref.address);
      return target ? this.principalOf(target) : void 0;
    }
    if (!entry.value.includes("${AWS::")) return void 0;
    const principal = classifyPrincipal({ key: entry.key, value: forMatching(entry.value) });
    return { ...principal, name: principal.name === forMatching(entry.value) ? entry.value : principal.name };
  };
  /** The Principal element entries a principal object stands for. */
  principalParts(v) {
    if (v.kind === "array") return v.items.flatMap((i) => this.principalParts(i));
    if (v.kind !== "cdk") return [{ key: "AWS", value: toValue2(v), action: "sts:AssumeRole" }];
    const arg = (i) => toValue2(v.args[i] ?? { kind: "null" });
    const option = (i, key) => {
      const o = v.args[i];
      return o?.kind === "record" ? o.entries.get(key) : void 0;
    };
    const str2 = (value) => ({ kind: "string", value, span: v.span });
    const root = (account) => concat2([str2("arn:${AWS::Partition}:iam::"), account, str2(":root")], v.span);
    let parts;
    switch (v.className) {
      case "ServicePrincipal": {
        const conditions = option(1, "conditions");
        parts = [{ key: "Service", value: arg(0), action: "sts:AssumeRole", ...conditions ? { conditions: toValue2(conditions) } : {} }];
        break;
      }
      case "AccountPrincipal":
        parts = [{ key: "AWS", value: root(arg(0)), action: "sts:AssumeRole" }];
        break;
      case "AccountRootPrincipal":
        parts = [{ key: "AWS", value: root(str2("${AWS::AccountId}")), action: "sts:AssumeRole" }];
        break;
      case "ArnPrincipal":
        parts = [{ key: "AWS", value: arg(0), action: "sts:AssumeRole" }];
        break;
      case "AnyPrincipal":
      case "StarPrincipal":
        parts = [{ key: "AWS", value: str2("*"), action: "sts:AssumeRole" }];
        break;
      case "CanonicalUserPrincipal":
        parts = [{ key: "CanonicalUser", value: arg(0), action: "sts:AssumeRole" }];
        break;
      case "OrganizationPrincipal":
        parts = [{ key: "AWS", value: str2("*"), action: "sts:AssumeRole", conditions: objectValue({ StringEquals: objectValue({ "aws:PrincipalOrgID": arg(0) }) }) }];
        break;
      case "FederatedPrincipal":
      case "WebIdentityPrincipal":
      case "OpenIdConnectPrincipal":
      case "SamlPrincipal": {
        const provider = v.args[0];
        const value = provider?.kind === "cdk" ? attributeValue(provider, "Ref", provider.span) : arg(0);
        const action = v.className === "FederatedPrincipal" ? knownString2(v.args[2]) ?? "sts:AssumeRole" : v.className === "SamlPrincipal" ? "sts:AssumeRoleWithSAML" : "sts:AssumeRoleWithWebIdentity";
        const conditions = v.args[1];
        parts = [{ key: "Federated", value, action, ...conditions && conditions.kind !== "null" ? { conditions: toValue2(conditions) } : {} }];
        break;
      }
      case "CompositePrincipal":
        return v.args.flatMap((a) => this.principalParts(a));
      default:
        if (IDENTITY_NAME_PROPS[v.className]) parts = [{ key: "AWS", value: attributeValue(v, "Arn", v.span), action: "sts:AssumeRole" }];
        else if (v.fields.get("role")?.kind === "cdk") return this.principalParts(v.fields.get("role"));
        else parts = [{ key: "?", value: toValue2(v), action: "sts:AssumeRole" }];
    }
    const extra = v.fields.get("conditions");
    if (extra) parts = parts.map((p) => ({ ...p, conditions: toValue2(extra) }));
    if (v.fields.has("sessionTags")) parts = parts.map((p) => ({ ...p, action: `${p.action},sts:TagSession` }));
    return parts;
  }
  /** `{AWS: [...], Service: [...]}` from principal parts. */
  principalElement(parts, span) {
    const byKey = /* @__PURE__ */ new Map();
    for (const p of parts) byKey.set(p.key, [...byKey.get(p.key) ?? [], p.value]);
    const entries = /* @__PURE__ */ new Map();
    for (const [k, vs] of byKey) entries.set(k, vs.length === 1 ? vs[0] : { kind: "list", items: vs, span });
    if (entries.size === 1 && entries.has("?")) return entries.get("?");
    return { kind: "object", entries, span };
  }
  // ---------- statements ----------
  /** A statement as the object a template would hold (AWS element names), spanning where it is written. */
  statementValue(added) {
    const s = added.statement;
    const principalGrantee = added.principal;
    if (s.kind === "fact") {
      const value = s.value;
      if (!principalGrantee) return value;
      const entries2 = new Map(value.entries);
      entries2.set("Principal", this.principalElement(this.principalParts(principalGrantee), added.span));
      return { ...value, entries: entries2 };
    }
    const json = s.fields.get("json");
    if (json) {
      const v = toValue2(json);
      if (v.kind === "object") return { ...v, span: added.span };
    }
    const p = s.props.entries;
    const entries = /* @__PURE__ */ new Map();
    const set = (element2, v) => {
      if (v && v.kind !== "null") entries.set(element2, toValue2(v));
    };
    set("Sid", p.get("sid"));
    entries.set("Effect", p.has("effect") ? toValue2(p.get("effect")) : { kind: "string", value: "Allow", span: added.span });
    set("Action", p.get("actions"));
    set("NotAction", p.get("notActions"));
    set("Resource", p.get("resources"));
    set("NotResource", p.get("notResources"));
    for (const [prop2, element2] of [["principals", "Principal"], ["notPrincipals", "NotPrincipal"]]) {
      const list3 = itemsOf2(p.get(prop2));
      if (list3.length > 0) entries.set(element2, this.principalElement(list3.flatMap((x) => this.principalParts(x)), added.span));
    }
    set("Condition", p.get("conditions"));
    if (!entries.has("Action") && !entries.has("NotAction")) entries.set("Action", { kind: "list", items: [], span: added.span });
    return { kind: "object", entries, span: added.span };
  }
  read(list3) {
    return list3.map((added, index) => ({ statement: readStatement(this.statementValue(added), index), added }));
  }
  emit(list3, ctx) {
    for (const { statement, added } of this.read(list3)) {
      const grants = grantsFromStatements([statement], { ...ctx, format: "cdk", policyVersion: CDK_POLICY_VERSION, resolvePrincipal: this.resolvePrincipal, keepUnresolved: this.keepUnresolved });
      for (const g of grants) this.grants.push(added.grantMethod ? { ...g, details: { ...g.details, grantMethod: added.grantMethod } } : g);
    }
  }
  // ---------- identities ----------
  identity(o) {
    const imported = o.fields.get("imported");
    if (imported) {
      const text2 = toValue2(imported);
      const name = text2.kind === "string" ? text2.value : text2.kind === "unknown" ? "${" + text2.expr + "}" : o.path;
      const self2 = { type: IDENTITY_NAME_PROPS[o.className].type, name };
      this.emit(o.statements, { kind: "identity-policy", address: `${o.path}/Policy`, principals: [self2], policyName: `${o.path}/Policy`, fallbackSpan: o.span, details: { inline: true, imported: true } });
      return;
    }
    const self = this.principalOf(o);
    const details = {};
    const boundary = o.props.entries.get("permissionsBoundary");
    if (boundary?.kind === "cdk" && boundary.arn) details.permissionsBoundary = boundary.arn;
    else if (boundary?.kind === "cdk") details.permissionsBoundary = boundary.path;
    if (o.className === "Role") this.trust(o, self);
    const inline = o.props.entries.get("inlinePolicies");
    if (inline?.kind === "record") {
      for (const [name, doc] of inline.entries) {
        if (doc.kind !== "cdk") {
          this.unresolvedValue(doc, o, "inline policy could not be evaluated");
          continue;
        }
        this.emit(doc.statements, { kind: "identity-policy", address: o.path, principals: [self], policyName: name, fallbackSpan: doc.span, details: { ...details, inline: true } });
      }
    }
    for (const m of o.managedPolicies) this.managedPolicy(o, m, self, details);
    if (o.statements.length > 0) {
      this.emit(o.statements, { kind: "identity-policy", address: `${o.path}/DefaultPolicy`, principals: [self], policyName: `${o.path}/DefaultPolicy`, fallbackSpan: o.span, details: { ...details, inline: true } });
    }
  }
  trust(o, self) {
    const assumedBy = o.props.entries.get("assumedBy");
    if (!assumedBy) return;
    const span = o.props.keySpans?.get("assumedBy") ?? o.span;
    if (assumedBy.kind === "unknown") {
      this.unresolvedValue(assumedBy, o, "trusted principal could not be evaluated");
      return;
    }
    const parts = this.principalParts(assumedBy);
    const groups = /* @__PURE__ */ new Map();
    for (const p of parts) {
      const key = JSON.stringify([p.action, p.conditions ? toValueKey(p.conditions) : null]);
      groups.set(key, [...groups.get(key) ?? [], p]);
    }
    const statements = [];
    for (const group of groups.values()) {
      const first = group[0];
      const entries = {
        Action: { kind: "list", items: first.action.split(",").map((a) => ({ kind: "string", value: a, span })), span },
        Effect: { kind: "string", value: "Allow", span },
        Principal: this.principalElement(group, span)
      };
      if (first.conditions) entries.Condition = first.conditions;
      statements.push({ statement: { kind: "fact", value: objectValue(entries, span) }, span });
    }
    this.emit(statements, { kind: "trust-policy", address: o.path, attachedTo: self.name, policyName: `${self.name} trust policy`, fallbackSpan: span, details: { roleAddress: o.path } });
  }
  managedPolicy(o, m, self, details) {
    if (m.kind !== "cdk") {
      this.unresolvedValue(m, o, "managed policy could not be evaluated");
      return;
    }
    if (m.path !== "" && m.className === "ManagedPolicy") {
      this.emit(m.statements, { kind: "identity-policy", address: m.path, principals: [self], policyName: policyName(m), fallbackSpan: m.span, details: { ...details, attachment: o.path } });
      return;
    }
    const arn = m.arn ?? m.path;
    const managedName = awsManagedPolicyName(forMatching(arn));
    const facts = awsManagedPolicyFacts(forMatching(arn));
    for (const s of facts?.statements ?? [{ resources: [] }]) {
      const d = { ...details, policy: managedName ?? arn, attachment: o.path, attachedTo: self.name };
      if (managedName !== void 0) d.awsManaged = true;
      if (facts) d.managedPolicyLevel = facts.level;
      this.grants.push(
        makeGrant({
          cloud: "aws",
          kind: "identity-policy",
          principal: self,
          effect: "allow",
          actions: s.actions ?? [],
          notActions: s.notActions ?? [],
          resources: s.resources,
          role: arn,
          source: { ...m.span, address: o.path, format: "cdk" },
          details: d
        })
      );
    }
  }
  standalonePolicy(o, attachedByIdentity) {
    const p = o.props.entries;
    const identities = [...itemsOf2(p.get("roles")), ...itemsOf2(p.get("users")), ...itemsOf2(p.get("groups")), ...o.attachedTo];
    const principals = [];
    for (const i of identities) {
      if (i.kind === "cdk" && IDENTITY_NAME_PROPS[i.className]) principals.push(this.principalOf(i));
      else this.unresolvedValue(i, o, "policy attachment could not be evaluated");
    }
    if (principals.length === 0 && attachedByIdentity) return;
    const managed = o.className === "ManagedPolicy";
    const details = managed ? {} : { inline: true };
    if (principals.length === 0) details.unattached = true;
    this.emit(o.statements, { kind: "identity-policy", address: o.path, principals, policyName: policyName(o), fallbackSpan: o.span, details });
  }
  resourcePolicy(o) {
    const fact = CDK_CONSTRUCTS[o.className];
    const details = { resourceType: fact?.resourcePolicyType ?? fact?.cfnType ?? o.className, resourceAddress: o.path };
    this.emit(o.resourceStatements, { kind: "resource-policy", address: o.className === "Key" ? o.path : `${o.path}/Policy`, attachedTo: o.path, policyName: `${o.path} resource policy`, fallbackSpan: o.span, details });
  }
  unresolvedValue(v, o, reason) {
    const value = toValue2(v);
    const expr = value.kind === "unknown" ? value.expr : JSON.stringify(value.kind);
    this.unresolved.push({ span: { ...value.span ?? o.span, address: o.path }, expr, reason });
  }
};
function policyName(o) {
  const p = o.props.entries;
  return knownString2(p.get("managedPolicyName")) ?? knownString2(p.get("policyName")) ?? o.path;
}
function toValueKey(v) {
  return JSON.stringify(v, (k, x) => k === "span" ? void 0 : x instanceof Map ? [...x] : x);
}

// src/pipeline/frontends/cdk.ts
var CDK_IMPORT = /(?:from\s*|require\(\s*|import\(\s*)['"](?:aws-cdk-lib(?:\/[^'"]*)?|@aws-cdk\/[^'"]+|cdktf|@cdktf\/provider-[^'"]+)['"]/;
function claimsCdkSource(file) {
  const p = file.path;
  if (!p.endsWith(".ts") || p.endsWith(".d.ts")) return false;
  if (/(^|\/)(node_modules|cdk\.out)\//.test(p)) return false;
  return CDK_IMPORT.test(file.text);
}
var cdkFrontEnd = {
  format: "cdk",
  claims: claimsCdkSource,
  run(files, all, options) {
    const evaluation = evaluateCdk(files, all);
    const aws = extractAwsFromCdk(evaluation);
    const tf = evaluation.tfResources;
    const fromTerraform = tf.length === 0 ? [] : [extractAwsFromTerraform(tf), extractGcpFromTerraform(tf), extractAzureFromTerraform(tf, azureRoleCatalog(options))];
    const tfGrants = fromTerraform.flatMap((x) => x.grants.map((g) => reformatGrant(g, "cdk")));
    return {
      grants: [...aws.grants, ...tfGrants],
      errors: [...evaluation.errors, ...aws.errors, ...fromTerraform.flatMap((x) => x.errors)],
      unresolved: [...aws.unresolved, ...fromTerraform.flatMap((x) => x.unresolved)],
      files: files.map((f) => f.path),
      comments: evaluation.comments
    };
  }
};

// src/pipeline/frontends/index.ts
var frontEnds = [terraformFrontEnd, bicepFrontEnd, tfplanFrontEnd, armFrontEnd, cloudFormationFrontEnd, cdkFrontEnd];

// src/pipeline/parallel.ts
import { existsSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var PARALLEL_MIN_BYTES = 1e6;
var MAX_THREADS = 4;
function planJobs(claimed) {
  const jobs = [];
  let order = 0;
  for (const [frontEnd, files] of claimed) {
    const groups = frontEnd.partition ? frontEnd.partition(files) : [files];
    for (const group of groups) {
      if (group.length === 0) continue;
      jobs.push({ frontEnd, files: group, bytes: group.reduce((n, f) => n + f.text.length, 0), order: order++ });
    }
  }
  jobs.sort((a, b) => b.bytes - a.bytes || a.order - b.order);
  return jobs.map(({ frontEnd, files, bytes }) => ({ frontEnd, files, bytes }));
}
function threadCount(jobs, requested) {
  if (jobs.length < 2) return 1;
  if (requested !== void 0) return Math.max(1, Math.min(requested, jobs.length));
  if (jobs.reduce((n, j) => n + j.bytes, 0) < PARALLEL_MIN_BYTES) return 1;
  return Math.max(1, Math.min(defaultThreads(), jobs.length));
}
function defaultThreads() {
  const cores = os.availableParallelism();
  return cores <= 2 ? 1 : Math.min(cores - 1, MAX_THREADS);
}
function workerScript() {
  for (const name of ["./scan-worker.mjs", "./scan-worker.js"]) {
    const url = new URL(name, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
  }
  return void 0;
}
function possibleThreads(requested) {
  return requested ?? defaultThreads();
}
var WorkerPool = class {
  workers = [];
  constructor(count, script = workerScript()) {
    if (!script) return;
    for (let i = 0; i < count; i++) this.workers.push(startWorker(script));
  }
  /** Takes up to `count` workers out of the pool (the rest are stopped). */
  take(count) {
    const taken = this.workers.splice(0, Math.max(0, count));
    this.stop();
    return taken;
  }
  stop() {
    for (const w of this.workers.splice(0)) w.stop();
  }
};
async function runJobs(jobs, all, options, threads, pool = threads > 1 ? new WorkerPool(threads - 1) : void 0) {
  const outcomes = new Array(jobs.length);
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const workers = pool ? pool.take(threads - 1) : [];
  const outputs = [];
  if (workers.length > 0) {
    const input = {
      counter,
      jobs: jobs.map((j) => ({ format: j.frontEnd.format, paths: j.files.map((f) => f.path) })),
      files: [...all.values()],
      options
    };
    for (const w of workers) outputs.push(w.run(input));
  }
  let ranHere = 0;
  for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1), ranHere++) outcomes[i] = runJob(jobs[i], all, options);
  if (ranHere === jobs.length) {
    for (const w of workers) w.stop();
  } else {
    for (const output of await Promise.all(outputs)) for (const [i, outcome] of output?.outcomes ?? []) outcomes[i] = outcome;
  }
  return jobs.map((job, i) => outcomes[i] ?? runJob(job, all, options));
}
function startWorker(script) {
  const worker = new Worker(script);
  worker.unref();
  let settle = () => void 0;
  const output = new Promise((resolve) => {
    let settled = false;
    settle = (result2) => {
      if (settled) return;
      settled = true;
      resolve(result2);
      void worker.terminate();
    };
  });
  worker.once("message", (result2) => settle(result2));
  worker.once("error", () => settle(void 0));
  worker.once("exit", () => settle(void 0));
  return {
    run(input) {
      worker.ref();
      worker.postMessage(input);
      return output;
    },
    stop: () => settle(void 0)
  };
}
function runJob(job, all, options) {
  const start = performance.now();
  let result2;
  try {
    result2 = job.frontEnd.run(job.files, all, options);
  } catch (e) {
    result2 = {
      grants: [],
      unresolved: [],
      files: [],
      errors: job.files.map((f, i) => internalError(f.path, `${job.frontEnd.format} front end`, e, options.debug && i === 0))
    };
  }
  return { result: result2, ms: performance.now() - start };
}
function internalError(file, stage, e, withStack) {
  const err = e instanceof Error ? e : new Error(String(e));
  const message = `${stage} failed: ${err.message}`;
  return { file, line: 1, column: 1, message: withStack && err.stack ? `${message}
${err.stack}` : message, code: "internal" };
}

export {
  __commonJS,
  __toESM,
  digest,
  hashText,
  canonicalJson,
  minimatch,
  Minimatch,
  parseHcl,
  yamlPackage,
  ajvPackage,
  compareSpans,
  awsDataFile,
  IndexedLines,
  serviceCatalogue,
  actionInfo,
  isKnownService,
  knownServices,
  hasWildcard,
  wildcardRegex,
  expandActionPattern,
  accessLevel,
  acceptsOnlyWildcardResource,
  serviceActionCount,
  isUnresolvedText,
  actionPatternMatches,
  coveredActions,
  grantCoversAction,
  isWildcardResource,
  isFullAdmin,
  serviceWildcards,
  awsManagedPolicyName,
  awsManagedPolicyFacts,
  parseMember,
  scopeKindOfId,
  planGrants,
  parseBicep,
  frontEnds,
  PARALLEL_MIN_BYTES,
  planJobs,
  threadCount,
  possibleThreads,
  WorkerPool,
  runJobs,
  runJob,
  internalError
};
