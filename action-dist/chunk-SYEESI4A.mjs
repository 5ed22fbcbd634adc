import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  LazyRange,
  OffsetRange,
  POSITIONS,
  PositionTable,
  endOffset,
  fitted,
  startOffset
} from "./chunk-MEY65LLP.mjs";

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
function unicodeIdentLength(text, i, start) {
  const cp = text.codePointAt(i);
  if (cp < 128) return 0;
  const ch = String.fromCodePoint(cp);
  return (start ? ID_START : ID_CONTINUE).test(ch) ? ch.length : 0;
}
var ASCII_IDENT_START = new Uint8Array(128);
var ASCII_IDENT_CONTINUE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_IDENT_START[c] = isAsciiIdentStart(c) ? 1 : 0;
  ASCII_IDENT_CONTINUE[c] = isAsciiIdentContinue(c) ? 1 : 0;
}
function scanIdent(text, i) {
  const len = text.length;
  const first = text.charCodeAt(i);
  i += first < 128 ? ASCII_IDENT_START[first] : unicodeIdentLength(text, i, true);
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c < 128 && ASCII_IDENT_CONTINUE[c] === 1) {
      i++;
      continue;
    }
    if (c < 128) break;
    const n = unicodeIdentLength(text, i, false);
    if (n === 0) break;
    i += n;
  }
  return i;
}
function isIdentStartAt(text, i) {
  const c = text.charCodeAt(i);
  if (isAsciiIdentStart(c)) return true;
  return c >= 128 && unicodeIdentLength(text, i, true) > 0;
}
var TokenBuffer = class {
  types = new Uint8Array(4096);
  starts = new Int32Array(4096);
  ends = new Int32Array(4096);
  /** Set by pushText only: read for text tokens only. */
  escapes = new Uint8Array(4096);
  count = 0;
  push(type, start, end) {
    const n = this.count;
    if (n === this.types.length) this.grow();
    this.types[n] = type;
    this.starts[n] = start;
    this.ends[n] = end;
    this.count = n + 1;
  }
  /** A string or template text token, and whether its text may hold an escape (most hold none). */
  pushText(type, start, end, escapes) {
    const n = this.count;
    this.push(type, start, end);
    this.escapes[n] = escapes ? 1 : 0;
  }
  grow() {
    const size = this.types.length * 2;
    const types = new Uint8Array(size);
    types.set(this.types);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const escapes = new Uint8Array(size);
    escapes.set(this.escapes);
    this.types = types;
    this.starts = starts;
    this.ends = ends;
    this.escapes = escapes;
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
function scan(text, positions, bareTemplate = false) {
  const scanner = new Scanner(text, positions, bareTemplate);
  scanner.run();
  const out = scanner.out;
  out.push(0 /* EOF */, text.length, text.length);
  return { types: out.types, starts: out.starts, ends: out.ends, escapes: out.escapes, count: out.count, buffer: out, comments: scanner.comments, errors: scanner.errors };
}
var Scanner = class {
  constructor(text, positions, bareTemplate) {
    this.text = text;
    this.positions = positions;
    this.len = text.length;
    this.modes = [bareTemplate ? MODE_BARE : MODE_MAIN];
    this.i = text.charCodeAt(0) === 65279 ? 1 : 0;
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
    const text = this.text;
    const end = text.charCodeAt(start + 2) === 126 ? start + 3 : start + 2;
    this.out.push(text.charCodeAt(start) === 36 ? 11 /* TemplateInterp */ : 12 /* TemplateControl */, start, end);
    this.retBraces.push(++this.braces);
    if (this.modes[this.modes.length - 1] === MODE_HEREDOC) this.heredocs[this.heredocs.length - 1].startOfLine = false;
    this.modes.push(MODE_MAIN);
    this.i = end;
  }
  /** Inside a quoted string. */
  stringToken() {
    const text = this.text;
    const len = this.len;
    let i = this.i;
    const c = text.charCodeAt(i);
    if (c === 34) {
      this.out.push(5 /* CQuote */, i, i + 1);
      this.modes.pop();
      this.i = i + 1;
      return;
    }
    if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === 123) {
      this.beginSequence(i);
      return;
    }
    if (c === 10 || c === 13) {
      this.out.push(7 /* QuotedNewline */, i, i);
      this.modes.pop();
      return;
    }
    const start = i;
    let escapes = false;
    while (i < len) {
      const d = text.charCodeAt(i);
      if (d === 34 || d === 10 || d === 13) break;
      if (d === 92) {
        const e = text.charCodeAt(i + 1);
        i += i + 1 < len && e !== 10 && e !== 13 ? 2 : 1;
        escapes = true;
        continue;
      }
      if (d === 36 || d === 37) {
        const e = text.charCodeAt(i + 1);
        if (e === 123) break;
        if (e === d && text.charCodeAt(i + 2) === 123) {
          i += 3;
          escapes = true;
          continue;
        }
      }
      i++;
    }
    this.out.pushText(6 /* QuotedLit */, start, i, escapes);
    this.i = i;
  }
  /** Inside a heredoc or a bare template: literal text runs up to a sequence or the end of the line. */
  templateTextToken(mode) {
    const text = this.text;
    const len = this.len;
    let i = this.i;
    const c = text.charCodeAt(i);
    if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === 123) {
      this.beginSequence(i);
      return;
    }
    const start = i;
    let endsLine = false;
    let escapes = false;
    while (i < len) {
      const d = text.charCodeAt(i);
      if (d === 10) {
        i++;
        endsLine = true;
        break;
      }
      if (d === 36 || d === 37) {
        const e = text.charCodeAt(i + 1);
        if (e === 123) break;
        if (e === d && text.charCodeAt(i + 2) === 123) {
          i += 3;
          escapes = true;
          continue;
        }
      }
      i++;
    }
    this.i = i;
    if (mode === MODE_BARE) {
      this.out.pushText(10 /* StringLit */, start, i, escapes);
      return;
    }
    const doc = this.heredocs[this.heredocs.length - 1];
    if (doc.startOfLine && (endsLine || i >= len) && isHeredocMarkerLine(text, start, i, doc.marker)) {
      this.closeHeredoc(start, i, endsLine);
      return;
    }
    doc.startOfLine = endsLine;
    this.out.pushText(10 /* StringLit */, start, i, escapes);
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
    const text = this.text;
    let i = this.i;
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9) c = text.charCodeAt(++i);
    this.i = i;
    if (i >= this.len) return;
    if (c < 128 && ASCII_IDENT_START[c] === 1) {
      const end = scanIdent(text, i);
      this.out.push(2 /* Ident */, i, end);
      this.i = end;
      return;
    }
    if (isDigit(c)) {
      const end = scanNumber(text, i);
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
    const text = this.text;
    const next = text.charCodeAt(i + 1);
    switch (c) {
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
        if (next === 46 && text.charCodeAt(i + 2) === 46) this.emit(40 /* Ellipsis */, i, 3);
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
    if (c >= 128 && isIdentStartAt(text, i)) {
      const end = scanIdent(text, i);
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
    const text = this.text;
    const end = scanHeredocIntro(text, i);
    if (end === 0) return false;
    let markerStart = i + 2;
    if (text.charCodeAt(markerStart) === 45) markerStart++;
    const markerEnd = scanIdent(text, markerStart);
    this.heredocs.push({ marker: text.slice(markerStart, markerEnd), startOfLine: true });
    this.emit(8 /* OHeredoc */, i, end - i);
    this.modes.push(MODE_HEREDOC);
    return true;
  }
  lineComment(i) {
    const text = this.text;
    let end = text.indexOf("\n", i);
    if (end < 0) end = text.length;
    let textEnd = end;
    if (textEnd > i && text.charCodeAt(textEnd - 1) === 13) textEnd--;
    this.comments.push({ text: text.slice(i, textEnd), kind: "line", range: this.positions.range(i, textEnd) });
    this.i = end;
    if (end < text.length) this.emit(1 /* Newline */, textEnd, end + 1 - textEnd);
  }
  blockComment(i) {
    const text = this.text;
    const close = text.indexOf("*/", i + 2);
    const end = close < 0 ? text.length : close + 2;
    if (close < 0) this.errors.push({ message: "Unterminated comment: expected '*/' before the end of the file", start: i, end: i + 2 });
    this.comments.push({ text: text.slice(i, end), kind: "block", range: this.positions.range(i, end) });
    this.i = end;
  }
};
var SINGLE_CHAR_TOKEN = new Uint8Array(128);
SINGLE_CHAR_TOKEN[10] = 1 /* Newline */;
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
function scanHeredocIntro(text, i) {
  let j = i + 2;
  if (text.charCodeAt(j) === 45) j++;
  if (!isIdentStartAt(text, j)) return 0;
  j = scanIdent(text, j);
  if (text.charCodeAt(j) === 13) j++;
  return text.charCodeAt(j) === 10 ? j + 1 : 0;
}
function isHeredocMarkerLine(text, start, end, marker) {
  while (start < end && isGoSpace(text.charCodeAt(start))) start++;
  while (end > start && isGoSpace(text.charCodeAt(end - 1))) end--;
  return end - start === marker.length && text.startsWith(marker, start);
}
function scanNumber(text, i) {
  const len = text.length;
  i++;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      i++;
    } else if (c === 46 && isDigit(text.charCodeAt(i + 1))) {
      i += 2;
    } else if (c === 101 || c === 69) {
      const e = text.charCodeAt(i + 1);
      if (isDigit(e)) i += 2;
      else if ((e === 43 || e === 45) && isDigit(text.charCodeAt(i + 2))) i += 3;
      else break;
    } else {
      break;
    }
  }
  return i;
}

// src/parse/hcl/nodes.ts
var HclNode = class extends OffsetRange {
};
var BodyNode = class extends HclNode {
  constructor(positions, start, end, attributes, blocks, items) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "Body";
    this.attributes = attributes;
    this.blocks = blocks;
    this.items = items;
  }
};
var AttributeNode = class extends HclNode {
  constructor(positions, start, end, name, expr) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "Attribute";
    this.name = name;
    this.expr = expr;
  }
  /** The name is the identifier the attribute starts with: its range is made when asked for (rarely). */
  get nameRange() {
    return this[POSITIONS].range(this.startOffset, this.startOffset + this.name.length);
  }
};
var BlockNode = class extends HclNode {
  constructor(positions, start, end, blockType, labels, labelRanges, body) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "Block";
    this.blockType = blockType;
    this.labels = labels;
    this.labelRanges = labelRanges;
    this.body = body;
  }
  /** The type is the identifier the block starts with: its range is made when asked for (rarely). */
  get typeRange() {
    return this[POSITIONS].range(this.startOffset, this.startOffset + this.blockType.length);
  }
};
var LiteralNode = class extends HclNode {
  constructor(positions, start, end, value) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "Literal";
    this.value = value;
  }
};
var TemplateNode = class extends HclNode {
  constructor(positions, start, end, parts) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "Template";
    this.parts = parts;
  }
};
var TemplateLiteralNode = class extends HclNode {
  constructor(positions, start, end, value) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "TemplateLiteral";
    this.value = value;
  }
};
var TemplateInterpolationNode = class extends HclNode {
  constructor(positions, start, end, expr, stripLeft, stripRight) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "TemplateInterpolation";
    this.expr = expr;
    this.stripLeft = stripLeft;
    this.stripRight = stripRight;
  }
};
var TupleNode = class extends HclNode {
  constructor(positions, start, end, items) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "Tuple";
    this.items = items;
  }
};
var ObjectItemNode = class extends HclNode {
  constructor(positions, start, end, key, value) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.key = key;
    this.value = value;
  }
};
var ObjectNode = class extends HclNode {
  constructor(positions, start, end, items) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "Object";
    this.items = items;
  }
};
var VariableNode = class extends HclNode {
  constructor(positions, start, end, name) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "Variable";
    this.name = name;
  }
};
var GetAttrNode = class extends HclNode {
  constructor(positions, start, end, object, name) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "GetAttr";
    this.object = object;
    this.name = name;
  }
};
var IndexNode = class extends HclNode {
  constructor(positions, start, end, object, key) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "Index";
    this.object = object;
    this.key = key;
  }
};
var SplatNode = class extends HclNode {
  constructor(positions, start, end, object, kind, each) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "Splat";
    this.object = object;
    this.kind = kind;
    this.each = each;
  }
};
var SplatItemNode = class extends HclNode {
  constructor(positions, start, end) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "SplatItem";
  }
};
var FunctionCallNode = class extends HclNode {
  constructor(positions, start, end, name, args, expandFinal) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "FunctionCall";
    this.name = name;
    this.args = args;
    this.expandFinal = expandFinal;
  }
};
var ConditionalNode = class extends HclNode {
  constructor(positions, start, end, cond, then, otherwise) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "Conditional";
    this.cond = cond;
    this.then = then;
    this.else = otherwise;
  }
};
var BinaryNode = class extends HclNode {
  constructor(positions, start, end, op, left, right) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "Binary";
    this.op = op;
    this.left = left;
    this.right = right;
  }
};
var UnaryNode = class extends HclNode {
  constructor(positions, start, end, op, operand) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "Unary";
    this.op = op;
    this.operand = operand;
  }
};
var ForNode = class extends HclNode {
  constructor(positions, start, end, valueVar, collection, valueExpr, group, kind) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "For";
    this.valueVar = valueVar;
    this.collection = collection;
    this.valueExpr = valueExpr;
    this.group = group;
    this.kind = kind;
  }
};
var ParenNode = class extends HclNode {
  constructor(positions, start, end, expr) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = void 0;
    this.range = this;
    this.type = "Paren";
    this.expr = expr;
  }
};

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
function startOf(node) {
  return startOffset(node.range);
}
function endOf(node) {
  return endOffset(node.range);
}
var LINEAR_DUPLICATE_SCAN = 16;
var HclParser = class {
  constructor(text, positions, bareTemplate = false) {
    this.text = text;
    this.positions = positions;
    this.tokens = scan(text, positions, bareTemplate);
    this.types = this.tokens.types;
    this.starts = this.tokens.starts;
    this.ends = this.tokens.ends;
    this.escapes = this.tokens.escapes;
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
  escapes;
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
    if (!this.recovery && !this.aborted) this.errors.push({ message, range: this.positions.range(start, end) });
    this.recovery = true;
  }
  /** A problem that does not derail parsing (bad escape, duplicate attribute...). */
  report(message, start, end) {
    if (!this.aborted) this.errors.push({ message, range: this.positions.range(start, end) });
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
        range: this.positions.range(this.starts[at], this.ends[at])
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
    const { attributes, blocks, items } = this.parseBodyItems(-1, "");
    return new BodyNode(this.positions, 0, this.text.length, attributes, blocks, items);
  }
  /** Parses body items up to the `}` matching `openBrace` (or EOF at top level, openBrace -1). Consumes the `}`. */
  parseBodyItems(openBrace, blockType) {
    const attributes = [];
    const blocks = [];
    const items = [];
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
        items.push(item);
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
      items.push(item);
    }
    return { attributes: fitted(attributes), blocks: fitted(blocks), items: fitted(items), close };
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
    return new AttributeNode(this.positions, start, endOf(expr), name, expr);
  }
  parseBlock(typeIndex) {
    const blockType = this.tokenText(typeIndex);
    const start = this.starts[typeIndex];
    const labels = [];
    const labelRanges = [];
    const emptyBody = (at) => new BodyNode(this.positions, at, at, [], [], []);
    if (!this.enter(typeIndex)) return this.block(blockType, typeIndex, labels, labelRanges, emptyBody(start), this.ends[typeIndex]);
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
          labelRanges.push(this.positions.range(this.starts[i2], this.ends[i2]));
          continue;
        }
        this.failAtToken(
          t2 === 27 /* Equal */ ? `Unexpected '=' in the definition of block '${blockType}': a block has labels and a body in braces, not a value` : t2 === 1 /* Newline */ ? `Expected '{' to open the body of block '${blockType}' on the same line as its header, found end of line` : `Expected a quoted block label or '{' after '${blockType}', found ${this.describe(i2)}`,
          i2
        );
        this.recoverAfterBodyItem();
        const end = labelRanges.length > 0 ? endOffset(labelRanges[labelRanges.length - 1]) : this.ends[typeIndex];
        return this.block(blockType, typeIndex, labels, labelRanges, emptyBody(end), end);
      }
      let parts;
      const afterOpen = this.types[this.pos];
      if (afterOpen === 1 /* Newline */ || afterOpen === 0 /* EOF */ || afterOpen === 15 /* CBrace */) {
        parts = this.parseBodyItems(openBrace, blockType);
      } else {
        parts = this.parseSingleLineBody(openBrace, blockType);
      }
      const closeEnd = parts.close >= 0 ? this.ends[parts.close] : this.starts[this.pos];
      const body = new BodyNode(this.positions, this.starts[openBrace], closeEnd, parts.attributes, parts.blocks, parts.items);
      const i = this.pos;
      const t = this.types[i];
      if (t === 1 /* Newline */) this.pos++;
      else if (t !== 0 /* EOF */ && !(t === 15 /* CBrace */ && this.recovery)) {
        this.failAtToken(`Expected a newline after the closing '}' of block '${blockType}', found ${this.describe(i)}`, i);
        this.recoverAfterBodyItem();
      }
      return this.block(blockType, typeIndex, labels, labelRanges, body, closeEnd);
    } finally {
      this.depth--;
    }
  }
  block(blockType, typeIndex, labels, labelRanges, body, end) {
    const start = this.starts[typeIndex];
    return new BlockNode(this.positions, start, end, blockType, fitted(labels), fitted(labelRanges), body);
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
    return { value, range: this.positions.range(this.starts[open], end) };
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
      return new ConditionalNode(this.positions, startOf(cond), endOf(otherwise), cond, then, otherwise);
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
      left = new BinaryNode(this.positions, startOf(left), endOf(right), BINARY_OP[this.types[i]], left, right);
    }
  }
  /** A term with its attribute/index/splat traversals. */
  parseOperand() {
    const start = this.starts[this.next()];
    const term = this.parseTerm();
    const after = this.types[this.next()];
    return after === 20 /* Dot */ || after === 16 /* OBrack */ ? this.parseTraversals(term, start) : term;
  }
  placeholder(start, end) {
    return new LiteralNode(this.positions, start, end, null);
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
        return new ParenNode(this.positions, start, end, inner);
      }
      case 3 /* Number */: {
        this.read();
        const source = this.tokenText(i);
        const value = Number(source);
        if (!Number.isFinite(value)) this.report(`Invalid number literal '${source}'`, start, this.ends[i]);
        return new LiteralNode(this.positions, start, this.ends[i], Number.isFinite(value) ? value : 0);
      }
      case 2 /* Ident */: {
        this.read();
        const after = this.peek();
        if (after === 18 /* OParen */ || after === 39 /* DoubleColon */) return this.parseFunctionCall(i);
        const name = this.tokenText(i);
        const end = this.ends[i];
        if (name === "true") return new LiteralNode(this.positions, start, end, true);
        if (name === "false") return new LiteralNode(this.positions, start, end, false);
        if (name === "null") return new LiteralNode(this.positions, start, end, null);
        return new VariableNode(this.positions, start, end, name);
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
          return new UnaryNode(this.positions, start, endOf(operand), t === 26 /* Minus */ ? "-" : "!", operand);
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
    let result = from;
    for (; ; ) {
      const i = this.next();
      const t = this.types[i];
      if (t === 20 /* Dot */) {
        this.read();
        const j = this.next();
        const tj = this.types[j];
        if (tj === 2 /* Ident */) {
          this.read();
          result = new GetAttrNode(this.positions, start, this.ends[j], result, this.tokenText(j));
        } else if (tj === 3 /* Number */) {
          this.read();
          result = this.legacyIndex(result, start, j);
        } else if (tj === 22 /* Star */) {
          this.read();
          result = this.parseAttrSplat(result, start, i, j);
        } else {
          this.failAtToken(`Expected an attribute name, a number or '*' after '.', found ${this.describe(j)}`, j);
          return result;
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
          if (!this.enter(i)) return result;
          try {
            const item = new SplatItemNode(this.positions, this.starts[i], this.ends[close]);
            const each = this.parseTraversals(item, this.starts[i]);
            result = new SplatNode(this.positions, start, endOf(each), result, "full", each);
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
        result = new IndexNode(this.positions, start, end, result, key);
        continue;
      }
      return result;
    }
  }
  /** Legacy `foo.0` index; `foo.0.1` lexes as one number and is rejected as HCL does. */
  legacyIndex(object, start, numberIndex) {
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
    const key = new LiteralNode(this.positions, this.starts[numberIndex], end, value);
    const index = new IndexNode(this.positions, start, end, object, key);
    index.legacy = true;
    return index;
  }
  /** `x.*.a.b`: only attribute (and legacy index) steps belong to the splat. */
  parseAttrSplat(object, start, dotIndex, starIndex) {
    const itemStart = this.starts[dotIndex];
    let each = new SplatItemNode(this.positions, itemStart, this.ends[starIndex]);
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
        each = new GetAttrNode(this.positions, itemStart, this.ends[j], each, this.tokenText(j));
      } else {
        this.failAtToken(
          tj === 22 /* Star */ ? "A splat '*' cannot be used inside another attribute-only splat expression" : `Expected an attribute name after '.', found ${this.describe(j)}`,
          j
        );
        break;
      }
      end = this.ends[j];
    }
    return new SplatNode(this.positions, start, end, object, "attr", each);
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
      const sep = this.next();
      const ts = this.types[sep];
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
        ts === 0 /* EOF */ ? `Missing ')' to close the call to '${name}' opened at ${this.where(this.starts[open])}: reached the end of the file` : `Expected ',' or ')' after an argument of '${name}', found ${this.describe(sep)}`,
        sep
      );
      close = this.recoverTo(19 /* CParen */);
      break;
    }
    this.popNewlines();
    const call = new FunctionCallNode(this.positions, start, this.ends[close], name, fitted(args), expandFinal);
    return call;
  }
  parseTuple() {
    const open = this.read();
    const start = this.starts[open];
    this.pushNewlines(false);
    try {
      if (this.isKeyword(this.next(), "for")) return this.parseFor(open, "tuple");
      const items = [];
      let close;
      for (; ; ) {
        if (this.peek() === 17 /* CBrack */) {
          close = this.read();
          break;
        }
        const errorsBefore = this.errors.length;
        items.push(this.parseExpression());
        if (this.recovery && this.errors.length > errorsBefore) {
          close = this.recoverTo(17 /* CBrack */);
          break;
        }
        const sep = this.next();
        const ts = this.types[sep];
        if (ts === 17 /* CBrack */) {
          close = this.read();
          break;
        }
        if (ts === 21 /* Comma */) {
          this.read();
          continue;
        }
        this.failAtToken(
          ts === 0 /* EOF */ ? `Missing ']' to close the list opened at ${this.where(start)}: reached the end of the file` : `Expected ',' or ']' after a list item, found ${this.describe(sep)}`,
          sep
        );
        close = this.recoverTo(17 /* CBrack */);
        break;
      }
      return new TupleNode(this.positions, start, this.ends[close], fitted(items));
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
    const items = [];
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
      items.push(new ObjectItemNode(this.positions, startOf(key), endOf(value), key, value));
      if (this.recovery && this.errors.length > errorsBefore) {
        close = this.recoverTo(15 /* CBrace */);
        break;
      }
      const sep = this.next();
      const ts = this.types[sep];
      if (ts === 15 /* CBrace */) {
        close = this.read();
        break;
      }
      if (ts === 21 /* Comma */ || ts === 1 /* Newline */) {
        this.read();
        continue;
      }
      this.failAtToken(
        ts === 0 /* EOF */ ? `Missing '}' to close the object opened at ${this.where(start)}: reached the end of the file` : `Expected ',' or a newline between object items, found ${this.describe(sep)}`,
        sep
      );
      close = this.recoverTo(15 /* CBrace */);
      break;
    }
    this.popNewlines();
    return new ObjectNode(this.positions, start, this.ends[close], fitted(items));
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
      this.report("A for expression that builds a list cannot have a key ('=>'); use '{' ... '}' to build an object", startOf(keyExpr), endOf(keyExpr));
    }
    if (kind === "tuple" && group) {
      this.report("Grouping '...' can only be used in a for expression that builds an object", this.starts[groupAt], this.ends[groupAt]);
    }
    if (kind === "object" && !keyExpr) {
      this.report("A for expression that builds an object needs a key: 'key => value'", startOf(valueExpr), endOf(valueExpr));
    }
    const node = new ForNode(this.positions, start, this.ends[close], valueVar, collection, valueExpr, group, kind);
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
        const literal = t === 6 /* QuotedLit */;
        const close = literal ? i + 1 : i;
        const from = literal ? this.starts[i] : this.ends[open];
        const to = literal ? this.ends[i] : from;
        this.pos = close + 1;
        const part = new TemplateLiteralNode(this.positions, from, to, literal ? this.unescape(i, true) : "");
        return new TemplateNode(this.positions, this.starts[open], this.ends[close], [part]);
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
    const node = new TemplateNode(this.positions, start, end, fitted(this.nestTemplateParts(melded, end)));
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
    const node = new TemplateInterpolationNode(this.positions, start, end, expr, stripLeft, stripRight);
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
          const literal = new TemplateLiteralNode(this.positions, part.start, part.end, part.value);
          target.push(literal);
          break;
        }
        case "interp":
          target.push(part.node);
          break;
        case "if": {
          const node = { type: "TemplateIf", cond: part.cond, then: [], range: this.positions.range(part.start, part.end) };
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
            range: this.positions.range(part.start, part.end)
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
            top.node.range = this.positions.range(top.start, part.end);
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
      this.fail(`Missing '%{${closer}}' for the directive opened at ${this.where(top.start)}`, top.start, endOf(top.node));
      top.node.range = this.positions.range(top.start, templateEnd);
    }
    return root;
  }
  /** Literal text of a template token: quoted strings process backslash escapes; both forms process `$${` and `%%{`. */
  unescape(i, quoted) {
    const text = this.text;
    const end = this.ends[i];
    let k = this.starts[i];
    if (this.escapes[i] === 0) return text.slice(k, end);
    let chunk = k;
    let out = "";
    while (k < end) {
      const c = text.charCodeAt(k);
      if (c === 92 && quoted) {
        out += text.slice(chunk, k);
        k = this.escape(k, end, (s) => out += s);
        chunk = k;
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(k + 1) === c && text.charCodeAt(k + 2) === 123 && k + 2 < end) {
        out += text.slice(chunk, k + 1);
        k += 2;
        chunk = k;
        continue;
      }
      k++;
    }
    return chunk === this.starts[i] ? text.slice(chunk, end) : out + text.slice(chunk, end);
  }
  /** Processes the escape at `k` (a backslash); returns the offset after it. */
  escape(k, end, emit) {
    const text = this.text;
    if (k + 1 >= end) {
      this.report("Invalid escape sequence: a backslash must be followed by an escape character", k, k + 1);
      return k + 1;
    }
    const selector = text.charCodeAt(k + 1);
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
        while (n < digits && k + 2 + n < end && isHexDigit(text.charCodeAt(k + 2 + n))) n++;
        if (n < digits) {
          this.report(
            `Invalid escape sequence: \\${String.fromCharCode(selector)} must be followed by ${digits === 4 ? "four" : "eight"} hexadecimal digits`,
            k,
            k + 2 + n
          );
          return k + 2 + n;
        }
        const codePoint = Number.parseInt(text.slice(k + 2, k + 2 + digits), 16);
        if (codePoint > 1114111 || codePoint >= 55296 && codePoint <= 57343) {
          this.report(`Invalid escape sequence: U+${codePoint.toString(16).toUpperCase()} is not a valid Unicode character`, k, k + 2 + digits);
        } else {
          emit(String.fromCodePoint(codePoint));
        }
        return k + 2 + digits;
      }
      default: {
        const width = selector >= 55296 && selector <= 56319 ? 2 : 1;
        const symbol = text.slice(k + 1, k + 1 + width);
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
  constructor(text) {
    this.text = text;
    if (text.charCodeAt(0) === 65279) this.i = 1;
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
    const text = this.text;
    for (; ; ) {
      const c = text.charCodeAt(this.i);
      if (c === 32 || c === 10 || c === 13 || c === 9) this.i++;
      else return;
    }
  }
  value() {
    this.space();
    const text = this.text;
    const start = this.i;
    const c = text.charCodeAt(start);
    if (c === 123) return this.nested(() => this.object());
    if (c === 91) return this.nested(() => this.array());
    if (c === 34) return this.string();
    if (c === 45 || c >= 48 && c <= 57) return this.number();
    if (text.startsWith("true", start)) return this.literal(start, 4, true);
    if (text.startsWith("false", start)) return this.literal(start, 5, false);
    if (text.startsWith("null", start)) return this.literal(start, 4, null);
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
    const items = [];
    this.space();
    if (this.text.charCodeAt(this.i) === 93) {
      this.i++;
      return { kind: "array", start, end: this.i, items };
    }
    for (; ; ) {
      items.push(this.value());
      this.space();
      const c = this.text.charCodeAt(this.i);
      if (c === 44) {
        this.i++;
        continue;
      }
      if (c === 93) {
        this.i++;
        return { kind: "array", start, end: this.i, items };
      }
      this.error("Expected ',' or ']' after an array item", this.i);
    }
  }
  number() {
    const text = this.text;
    const start = this.i;
    const digits = () => {
      const from = this.i;
      while (text.charCodeAt(this.i) >= 48 && text.charCodeAt(this.i) <= 57) this.i++;
      return this.i - from;
    };
    if (text.charCodeAt(this.i) === 45) this.i++;
    if (text.charCodeAt(this.i) === 48) this.i++;
    else if (digits() === 0) this.error("Expected a digit in the number", this.i);
    if (text.charCodeAt(this.i) === 46) {
      this.i++;
      if (digits() === 0) this.error("Expected a digit after '.' in the number", this.i);
    }
    const e = text.charCodeAt(this.i);
    if (e === 101 || e === 69) {
      this.i++;
      const sign = text.charCodeAt(this.i);
      if (sign === 43 || sign === 45) this.i++;
      if (digits() === 0) this.error("Expected a digit in the exponent of the number", this.i);
    }
    return { kind: "number", start, end: this.i, value: Number(text.slice(start, this.i)) };
  }
  string() {
    const text = this.text;
    const start = this.i++;
    let j = this.i;
    for (; ; ) {
      const c = text.charCodeAt(j);
      if (c === 34) {
        this.i = j + 1;
        return { kind: "string", start, end: this.i, value: text.slice(start + 1, j), offsets: null };
      }
      if (c === 92 || c < 32 || j >= text.length) break;
      j++;
    }
    let value = "";
    const offsets = [];
    j = this.i;
    for (; ; ) {
      if (j >= text.length) throw new JsonSyntaxError(`Unterminated string: expected '"' before the end of the file`, start, start + 1);
      const c = text.charCodeAt(j);
      if (c === 34) break;
      if (c < 32) this.error(`Expected '"' to close the string (control characters must be escaped)`, j);
      if (c !== 92) {
        value += text[j];
        offsets.push(j);
        j++;
        continue;
      }
      const e = text.charCodeAt(j + 1);
      const simple = e === 34 ? '"' : e === 92 ? "\\" : e === 47 ? "/" : e === 98 ? "\b" : e === 102 ? "\f" : e === 110 ? "\n" : e === 114 ? "\r" : e === 116 ? "	" : void 0;
      if (simple !== void 0) {
        value += simple;
        offsets.push(j);
        j += 2;
        continue;
      }
      if (e === 117 && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
        value += String.fromCharCode(Number.parseInt(text.slice(j + 2, j + 6), 16));
        offsets.push(j);
        j += 6;
        continue;
      }
      throw new JsonSyntaxError(`Invalid escape sequence '\\${text[j + 1] ?? ""}' in a JSON string`, j, Math.min(j + 2, text.length));
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
  constructor(text, positions) {
    this.text = text;
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
    const body = this.emptyBody(node);
    if (node.kind !== "object") {
      this.error("Expected a JSON object at the top level of a Terraform JSON file", node);
      return body;
    }
    if (variables) {
      const seen = /* @__PURE__ */ new Set();
      for (const prop of node.props) if (prop.key.value !== COMMENT_KEY) this.addAttribute(body, prop, "attributes", seen);
    } else {
      for (const prop of node.props) {
        if (prop.key.value === COMMENT_KEY) continue;
        const rule = TOP_LEVEL[prop.key.value] ?? { labels: 0, context: "attributes" };
        this.addBlocks(body, prop, rule);
      }
    }
    body.range = this.range(0, this.text.length);
    return body;
  }
  emptyBody(node) {
    return { type: "Body", range: this.range(node.start, node.end), attributes: [], blocks: [], items: [], fromJson: true };
  }
  body(node, context, blockType) {
    const body = this.emptyBody(node);
    if (node.kind !== "object") {
      this.error(`Expected a JSON object for the body of block '${blockType}'`, node);
      return body;
    }
    const rules = NESTED[context];
    const seen = /* @__PURE__ */ new Set();
    for (const prop of node.props) {
      const name = prop.key.value;
      if (name === COMMENT_KEY) continue;
      const rule = Object.hasOwn(rules, name) ? rules[name] : void 0;
      if (rule && isBlockShaped(prop.value)) this.addBlocks(body, prop, rule);
      else this.addAttribute(body, prop, context, seen);
    }
    return body;
  }
  addAttribute(body, prop, context, seen) {
    const name = prop.key.value;
    if (seen.has(name)) {
      this.error(`Duplicate attribute '${name}' in this JSON object`, prop.key);
      return;
    }
    const expr = context === "variable" && name === "type" && prop.value.kind === "string" ? this.stringAsExpression(prop.value) : this.expression(prop.value);
    const attribute = {
      type: "Attribute",
      name,
      nameRange: this.range(prop.key.start, prop.key.end),
      expr,
      range: this.range(prop.key.start, prop.value.end)
    };
    seen.add(name);
    body.attributes.push(attribute);
    body.items.push(attribute);
  }
  /** One property whose value holds blocks of type `prop.key`: labels nest as object keys, arrays repeat. */
  addBlocks(body, prop, rule) {
    const blockType = prop.key.value;
    const typeRange = this.range(prop.key.start, prop.key.end);
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
        range: this.range(prop.key.start, node.end)
      };
      body.blocks.push(block);
      body.items.push(block);
    };
    collect(prop.value, []);
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
        const items = node.props.map((prop) => ({
          key: this.template(prop.key),
          value: this.expression(prop.value),
          range: this.range(prop.key.start, prop.value.end)
        }));
        return { type: "Object", items, range: this.range(node.start, node.end) };
      }
    }
  }
  /**
   * Parses the decoded text of a JSON string, then moves every range from decoded-text offsets to file positions
   * (the parser combines offsets of child nodes, so it must work in one coordinate space).
   */
  parseString(node, parse, bareTemplate) {
    const parser = new HclParser(node.value, new PositionTable(node.value), bareTemplate);
    const result = parse(parser);
    parser.dispose();
    const mapped = new MappedPositions(this.positions, node.start + 1, node.offsets);
    remapRanges(result, mapped, 0);
    for (const e of parser.errors) this.errors.push({ message: e.message, range: mapped.range(startOffset(e.range), endOffset(e.range)) });
    return result;
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
      const range = value;
      node.range = mapped.range(startOffset(range), endOffset(range));
    } else if (value !== null && typeof value === "object") {
      remapRanges(value, mapped, depth + 1);
    }
  }
}
function isBlockShaped(node) {
  return node.kind === "object" || node.kind === "array" && node.items.every((item) => item.kind === "object");
}
function parseTfJson(text, file) {
  const positions = new PositionTable(text);
  const converter = new JsonConverter(text, positions);
  const empty = { type: "Body", range: positions.range(0, text.length), attributes: [], blocks: [], items: [], fromJson: true };
  let body = empty;
  try {
    const document = new JsonReader(text).document();
    body = converter.root(document, file.endsWith(".tfvars.json"));
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      converter.errors.push({ message: error.message, range: positions.range(error.start, error.end) });
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      converter.errors.push({ message: `Could not parse this file: ${reason}`, range: positions.range(0, 0) });
    }
  }
  const errors = converter.errors.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return { file: { path: file, body, comments: [] }, errors };
}

// src/parse/hcl/warm-up.ts
var WARM_UP_SAMPLE = [
  "# line comment",
  "// line comment",
  "/* block",
  "   comment */",
  'variable "names" {',
  "  type    = list(string)",
  '  default = ["a", "b",]',
  "}",
  "locals {",
  "  n      = -1.5e3 + 2 * (3 - 1) / 4 % 5",
  '  s      = "x-${var.a}-$${lit}-%%{lit} \\"q\\" \\n \\u00e9"',
  '  cond   = var.enabled && !var.off || var.x == 1 ? "yes" : null',
  "  cmp    = [1 < 2, 2 > 1, 3 <= 3, 4 >= 4, 5 != 6, true, false]",
  "  splat  = aws_instance.web[*].id",
  "  attrs  = aws_instance.web.*.id",
  "  legacy = var.list.0",
  '  index  = var.map["key"][0].attr',
  '  list   = [for i, v in var.list : upper(v) if v != ""]',
  '  map    = { for k, v in var.map : k => v... if k != "x" }',
  '  object = { a = 1, "b" = 2, (var.k) = 3, c : 4 }',
  "  empty  = {}",
  "  call   = merge(var.a, { b = 1 }, concat([1], [2])...)",
  '  scoped = provider::aws::arn_parse("arn:aws:iam::123456789012:root")',
  "  text   = <<EOT",
  "hello ${var.name}",
  "%{ for x in var.list ~}",
  "item ${x}",
  "%{ endfor ~}",
  "%{ if var.a }yes%{ else }no%{ endif }",
  "EOT",
  "  indent = <<-EOT",
  "    indented ${var.x}",
  "      more",
  "    EOT",
  "}\r",
  'resource "aws_iam_role" "r" {',
  '  name = "r"',
  '  dynamic "inline_policy" {',
  "    for_each = var.policies",
  "    content {",
  "      name   = inline_policy.key",
  '      policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "*" }] })',
  "    }",
  "  }",
  "}",
  'data aws_iam_policy_document d { version = "2012-10-17" }',
  ""
].join("\n");
var WARM_UP_PASSES = 3;
var FILES_BEFORE_WARM_UP = 8;
var filesParsed = 0;
function warmUpBeforeParse(parse) {
  if (++filesParsed !== FILES_BEFORE_WARM_UP) return;
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) parse(WARM_UP_SAMPLE);
}

// src/parse/hcl/index.ts
function parseHcl(text, file) {
  warmUpBeforeParse(parseSample);
  const positions = new PositionTable(text);
  try {
    const parser = new HclParser(text, positions);
    const body = parser.parseFile();
    parser.dispose();
    const errors = parser.errors.slice().sort((a, b) => a.range.start.offset - b.range.start.offset);
    return { file: { path: file, body, comments: parser.tokens.comments }, errors };
  } catch (error) {
    const range = positions.range(0, 0);
    const reason = error instanceof Error ? error.message : String(error);
    return {
      file: { path: file, body: { type: "Body", range, attributes: [], blocks: [], items: [] }, comments: [] },
      errors: [{ message: `Could not parse this file: ${reason}`, range }]
    };
  }
}
function parseSample(text) {
  const parser = new HclParser(text, new PositionTable(text));
  parser.parseFile();
  parser.dispose();
}

// src/evaluate/terraform/values.ts
var EvalError = class {
  constructor(message, file, range) {
    this.message = message;
    this.file = file;
    this.range = range;
  }
  message;
  file;
  range;
};
function spanOf(range, file) {
  if (!(range instanceof OffsetRange)) return makeSpan(range, file);
  const known = range.span;
  if (known !== void 0 && known.file === file) return known;
  return range.span = makeSpan(range, file);
}
function makeSpan(range, file) {
  const start = range.start;
  const end = range.end;
  return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
var mkStr = (value, span, unknowns) => unknowns && unknowns.length > 0 ? { kind: "string", value, unknowns, span } : { kind: "string", value, span };
var mkNum = (value, span) => ({ kind: "number", value, span });
var mkBool = (value, span) => ({ kind: "bool", value, span });
var mkNull = (span) => ({ kind: "null", span });
var mkList = (items, span) => ({ kind: "list", items, span });
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
  let text;
  if (pointAt <= 0) text = "0." + "0".repeat(-pointAt) + digits;
  else if (pointAt >= digits.length) text = digits + "0".repeat(pointAt - digits.length);
  else text = digits.slice(0, pointAt) + "." + digits.slice(pointAt);
  return (negative ? "-" : "") + text;
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
function parseNumber(text) {
  return NUMBER_TEXT.test(text) ? Number(text) : void 0;
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
function toSetItems(items) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const item of items) {
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

export {
  parseTfJson,
  parseHcl,
  EvalError,
  spanOf,
  mkStr,
  mkNum,
  mkBool,
  mkNull,
  mkList,
  mkObj,
  mkUnknown,
  isWhollyKnown,
  firstUnknown,
  typeName,
  formatNumber,
  primitiveToString,
  parseNumber,
  valuesEqual,
  sortedKeys,
  compareStrings,
  toSetItems,
  jsonEncode,
  fromJson
};
