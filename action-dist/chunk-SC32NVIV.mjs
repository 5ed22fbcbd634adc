import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  PositionTable,
  fitted
} from "./chunk-MEY65LLP.mjs";
import {
  LineStarts
} from "./chunk-XF6FTM5H.mjs";

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
var isDigit = (c) => c >= 48 /* D0 */ && c <= 57 /* D9 */;
var isHex = (c) => isDigit(c) || c >= 97 /* a */ && c <= 102 || c >= 65 /* A */ && c <= 70;
var tokenPool = [];
function lex(text, errors) {
  const lexer = new Lexer(text, errors, tokenPool);
  lexer.run();
  const lines = new LineStarts(text, { starts: lexer.lineStarts.slice(0, lexer.lineCount), count: lexer.lineCount });
  return { tokens: tokenPool, count: lexer.count, comments: lexer.comments, lines };
}
var Lexer = class {
  constructor(text, errors, tokens) {
    this.text = text;
    this.errors = errors;
    this.tokens = tokens;
    this.len = text.length;
    if (this.len > 0 && text.charCodeAt(0) === 65279 /* Bom */) {
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
    const text = this.text;
    const len = this.len;
    let value = "";
    let pos = this.pos;
    let runStart = pos;
    for (; ; ) {
      if (pos >= len) {
        this.pos = pos;
        value += text.slice(runStart, pos);
        this.error("Unterminated string: expected a closing quote (')", this.tStart, this.tLine, this.tCol);
        this.push(continuation ? 6 /* StringRight */ : 3 /* StringComplete */, value, false);
        return;
      }
      const c = text.charCodeAt(pos);
      if (c === 39 /* Quote */) {
        value += text.slice(runStart, pos);
        this.pos = pos + 1;
        this.push(continuation ? 6 /* StringRight */ : 3 /* StringComplete */, value, false);
        return;
      }
      if (c === 10 /* LF */ || c === 13 /* CR */) {
        this.pos = pos;
        value += text.slice(runStart, pos);
        this.error("Unterminated string: a single-quoted string cannot span lines (use a multi-line string)", this.tStart, this.tLine, this.tCol);
        this.push(continuation ? 6 /* StringRight */ : 3 /* StringComplete */, value, false);
        return;
      }
      if (c === 36 /* Dollar */ && text.charCodeAt(pos + 1) === 123 /* LBrace */) {
        value += text.slice(runStart, pos);
        this.pos = pos + 2;
        this.push(continuation ? 5 /* StringMiddle */ : 4 /* StringLeft */, value, false);
        if (!continuation) this.holes.push({ braces: 0, multiline: false, dollars: 1 });
        return;
      }
      if (c === 92 /* Backslash */) {
        value += text.slice(runStart, pos);
        const escStart = pos;
        const escCol = pos - this.lineStart + 1;
        pos++;
        const e = pos < len ? text.charCodeAt(pos) : -1;
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
          value += text[pos];
          pos++;
        } else if (e === 117 /* u */ && text.charCodeAt(pos + 1) === 123 /* LBrace */) {
          let p = pos + 2;
          while (p < len && isHex(text.charCodeAt(p))) p++;
          const hex = text.slice(pos + 2, p);
          const code = hex.length > 0 && hex.length <= 6 ? parseInt(hex, 16) : -1;
          if (text.charCodeAt(p) === 125 /* RBrace */ && code >= 0 && code <= 1114111) {
            value += String.fromCodePoint(code);
            pos = p + 1;
          } else {
            pos = Math.min(p + (text.charCodeAt(p) === 125 /* RBrace */ ? 1 : 0), len);
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
    const text = this.text;
    const len = this.len;
    let value = "";
    if (!continuation) {
      if (text.charCodeAt(this.pos) === 13 /* CR */ && text.charCodeAt(this.pos + 1) === 10 /* LF */) this.pos++;
      if (text.charCodeAt(this.pos) === 10 /* LF */) {
        this.pos++;
        this.newline();
      }
    }
    let runStart = this.pos;
    for (; ; ) {
      const pos = this.pos;
      if (pos >= len) {
        value += text.slice(runStart, pos);
        this.error("Unterminated multi-line string: expected '''", this.tStart, this.tLine, this.tCol);
        this.push(continuation ? 6 /* StringRight */ : 3 /* StringComplete */, value, true);
        return;
      }
      const c = text.charCodeAt(pos);
      if (c === 39 /* Quote */ && text.charCodeAt(pos + 1) === 39 /* Quote */ && text.charCodeAt(pos + 2) === 39 /* Quote */) {
        let q = pos + 3;
        while (q < len && text.charCodeAt(q) === 39 /* Quote */) q++;
        value += text.slice(runStart, q - 3);
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
        while (d < len && text.charCodeAt(d) === 36 /* Dollar */) d++;
        if (d - pos >= dollars && text.charCodeAt(d) === 123 /* LBrace */) {
          value += text.slice(runStart, d - dollars);
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
    const text = this.text;
    let p = this.pos + 2;
    while (p < this.len) {
      const x = text.charCodeAt(p);
      if (x === 10 /* LF */ || x === 13 /* CR */) break;
      p++;
    }
    this.pos = p;
    this.comment("line");
  }
  blockComment() {
    const text = this.text;
    this.pos += 2;
    let closed = false;
    while (this.pos < this.len) {
      const x = text.charCodeAt(this.pos);
      if (x === 42 /* Star */ && text.charCodeAt(this.pos + 1) === 47 /* Slash */) {
        this.pos += 2;
        closed = true;
        break;
      }
      this.pos++;
      if (x === 10 /* LF */ || x === 13 /* CR */ && text.charCodeAt(this.pos) !== 10 /* LF */) this.newline();
    }
    if (!closed) this.error("Unterminated block comment: expected */", this.tStart, this.tLine, this.tCol);
    this.comment("block");
  }
  /** `#disable-next-line BCP001 ...` and `#disable-diagnostics ...`: directives kept with the comments. */
  directive() {
    const text = this.text;
    let p = this.pos + 1;
    while (p < this.len && (isIdentPart(text.charCodeAt(p)) || text.charCodeAt(p) === 45 /* Minus */)) p++;
    const name = text.slice(this.pos + 1, p);
    if (name === "disable-next-line" || name === "disable-diagnostics" || name === "restore-diagnostics") {
      while (p < this.len) {
        const x = text.charCodeAt(p);
        if (x === 10 /* LF */ || x === 13 /* CR */) break;
        p++;
      }
      this.pos = p;
      this.comment("directive");
      return;
    }
    this.pos = Math.max(p, this.pos + 1);
    this.error(`Unknown directive "${text.slice(this.tStart, this.pos)}": expected #disable-next-line or #disable-diagnostics`, this.tStart, this.tLine, this.tCol);
    this.push(43 /* Invalid */, text.slice(this.tStart, this.pos), false);
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
    const text = this.text;
    let d = this.pos;
    while (d < this.len && text.charCodeAt(d) === 36 /* Dollar */) d++;
    if (text.charCodeAt(d) === 39 /* Quote */ && text.charCodeAt(d + 1) === 39 /* Quote */ && text.charCodeAt(d + 2) === 39 /* Quote */) {
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
    const text = this.text;
    const len = this.len;
    while (this.pos < len) {
      const pos = this.pos;
      const c = text.charCodeAt(pos);
      if (c === 32 /* Space */ || c === 9 /* Tab */) {
        this.pos = pos + 1;
        continue;
      }
      if (c === 10 /* LF */ || c === 13 /* CR */) {
        this.pos = pos + 1;
        if (c === 13 /* CR */ && text.charCodeAt(pos + 1) === 10 /* LF */) continue;
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
        while (p < len && isIdentPart(text.charCodeAt(p))) p++;
        this.pos = p;
        this.push(1 /* Identifier */, text.slice(pos, p), false);
        continue;
      }
      if (isDigit(c)) {
        let p = pos + 1;
        while (p < len && isDigit(text.charCodeAt(p))) p++;
        this.pos = p;
        this.push(2 /* Number */, text.slice(pos, p), false);
        continue;
      }
      const c2 = text.charCodeAt(pos + 1);
      switch (c) {
        case 39 /* Quote */:
          if (c2 === 39 /* Quote */ && text.charCodeAt(pos + 2) === 39 /* Quote */) {
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
          if (c2 === 46 /* Dot */ && text.charCodeAt(pos + 2) === 46 /* Dot */) this.punct(19 /* Ellipsis */, 3);
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
          const bad = text.slice(pos, this.pos);
          this.error(`Unexpected character "${bad}"`, pos, this.tLine, this.tCol);
          this.push(43 /* Invalid */, bad, false);
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
  constructor(text, path, fileKind, errors) {
    this.path = path;
    this.fileKind = fileKind;
    this.errors = errors;
    const lexed = lex(text, errors);
    this.tokens = lexed.tokens;
    this.count = lexed.count;
    this.comments = lexed.comments;
    this.positions = new PositionTable(text, lexed.lines);
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
        const path = this.parseStringOnLine("a module path string");
        this.expectOnLine(23 /* Assign */);
        const value = this.parseDeclarationBody("module");
        return { type: "Module", decorators, name, path, value, range: this.range(first) };
      }
      case "test": {
        const name = this.identifier("a test name");
        const path = this.parseStringOnLine("a test file path string");
        this.expectOnLine(23 /* Assign */);
        const value = this.parseDeclarationBody("test");
        return { type: "Test", decorators, name, path, value, range: this.range(first) };
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
        const path = this.parseStringOnLine("a file path string");
        return { type: "Extends", decorators, path, range: this.range(first) };
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
    let items;
    let wildcard;
    if (this.k() === 7 /* LBrace */ && !this.tok.nl) {
      this.advance();
      items = [];
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
        items.push(item);
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
    if (items) decl.items = items;
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
  nodeError(range, message) {
    return {
      message,
      line: range.start.line,
      column: range.start.column,
      endLine: range.end.line,
      endColumn: range.end.column,
      offset: range.start.offset,
      endOffset: range.end.offset
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
    const body = this.parseExpression();
    return { type: "Lambda", params: fitted(params), body, range: this.range(first) };
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
    const body = this.parseExpression();
    return { type: "TypedLambda", params, returnType, body, range: this.range(open) };
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
    const items = [];
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
        items.push(t.kind === 19 /* Ellipsis */ ? this.parseSpread() : this.parseExpression());
        this.expectSeparator(10 /* RBracket */, "array items");
      } catch (e) {
        if (e !== ABORT || this.k() === 0 /* EOF */) throw e;
        this.recoverInContainer(itemStart, 10 /* RBracket */);
      }
    }
    return { type: "Array", items: fitted(items), range: this.range(open) };
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
    const body = this.isKeyword(this.tok, "if") && this.peek(1).kind === 11 /* LParen */ ? this.parseIf() : this.parseExpression();
    this.expect(10 /* RBracket */, '"]" to close the for-expression');
    const node = { type: "For", item, iterable, body, range: this.range(open) };
    if (index) node.index = index;
    return node;
  }
  parseIf() {
    const ifTok = this.advance();
    this.expect(11 /* LParen */);
    const condition = this.parseExpression();
    this.expect(12 /* RParen */, '")" to close the condition');
    if (this.k() !== 7 /* LBrace */) this.fail('"{" after the if condition');
    const body = this.parseObject();
    return { type: "If", condition, body, range: this.range(ifTok) };
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
    const items = [];
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
        items.push({ type: "TupleTypeItem", decorators, value, range: this.range(t) });
        this.expectSeparator(10 /* RBracket */, "tuple items");
      } catch (e) {
        if (e !== ABORT || this.k() === 0 /* EOF */) throw e;
        this.recoverInContainer(itemStart, 10 /* RBracket */);
      }
    }
    return { type: "TupleType", items: fitted(items), range: this.range(open) };
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
    for (const text of LEXER_WARM_UP_ENDS) lex(text, []);
  }
  for (let i = 0; i < 8; i++) {
    parse(PARSER_WARM_UP, "warm-up.bicep");
    parse(BICEPPARAM_WARM_UP, "warm-up.bicepparam");
  }
}

// src/parse/bicep/index.ts
function parseBicep(text, file) {
  const errors = [];
  const fileKind = file.toLowerCase().endsWith(".bicepparam") ? "bicepparam" : "bicep";
  const parser = new BicepParser(text, file, fileKind, errors);
  const program = parser.parseProgram();
  errors.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  return { program, errors, comments: parser.comments };
}
function warmUpBicepParser() {
  warmUp(parseBicep);
}

export {
  parseBicep,
  warmUpBicepParser
};
