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
function getAttr(v, key) {
  return v?.kind === "object" ? v.entries.get(key) : void 0;
}

// src/parse/cloudformation/types.ts
var MAX_NESTING = 256;
var PROPERTIES_DEPTH = 3;

// src/parse/json/dialects.ts
var atEnd = (problem, text) => problem.offset >= text.length;
var TEMPLATE_MESSAGES = {
  "end-of-text": () => "unexpected end of file: expected a value",
  "unexpected-character": (p, text) => `unexpected character ${JSON.stringify(text[p.offset])}: expected a value`,
  "bad-literal": () => "unexpected text: expected a value",
  "bad-number": () => "invalid number",
  "unterminated-string": () => "unterminated string",
  "control-character": () => "control character in string: write it as an escape (\\n, \\t)",
  "bad-unicode-escape": () => "invalid \\u escape",
  "bad-escape": (p, text) => `invalid escape \\${text[p.offset + 1] ?? ""}`,
  "expected-key": () => "expected a property name in double quotes",
  "expected-colon": (p) => `expected ':' after property name ${JSON.stringify(p.key)}`,
  "expected-comma-or-brace": (p, text) => atEnd(p, text) ? "unexpected end of file: expected ',' or '}'" : "expected ',' or '}' after a property value",
  "expected-comma-or-bracket": (p, text) => atEnd(p, text) ? "unexpected end of file: expected ',' or ']'" : "expected ',' or ']' after an array item",
  "trailing-text": () => "expected end of file after the top-level value",
  "too-deep": (p) => `template nested deeper than ${p.maxDepth} levels`,
  "unterminated-comment": () => "unterminated block comment: expected */",
  "unterminated-interpolation": () => "unterminated interpolation: expected '}'"
};
var ARM_MESSAGES = {
  ...TEMPLATE_MESSAGES,
  "unterminated-string": () => 'unterminated string: expected a closing "',
  "bad-unicode-escape": () => "invalid \\u escape: expected four hex digits",
  "expected-key": (p, text) => atEnd(p, text) ? "unexpected end of file: expected '}'" : "expected a property name in double quotes or '}'",
  "too-deep": (p) => `document nested deeper than ${p.maxDepth} levels`
};
var prefixed = (table) => (problem, text) => ({ message: `invalid JSON: ${table[problem.kind](problem, text)}`, offset: problem.offset });
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
var policyMessages = (problem, text) => {
  if (problem.kind === "too-deep") return { message: `invalid policy JSON: nested deeper than ${problem.maxDepth + 1} levels`, offset: problem.searchStart ?? problem.offset };
  const offset = problem.kind === "bad-escape" || problem.kind === "bad-unicode-escape" ? problem.offset + 1 : problem.offset;
  const found = offset < text.length ? `'${text[offset]}'` : "end of text";
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
function parseJsonValue(text, options) {
  const reader = new JsonReader(text, options);
  try {
    const value = reader.document();
    return { value, keySpans: reader.keySpans, comments: reader.comments };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const { message, offset } = options.messages(e.problem, text);
    const positions = options.positions;
    const at = positions ? positions.map(offset) ?? { line: positions.fallback.line, column: positions.fallback.column } : positionOf(text, offset);
    return { error: { file: options.file, line: at.line, column: at.column, message, code: "parse" } };
  }
}
function positionOf(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
var JsonSyntaxError = class extends Error {
  constructor(problem) {
    super(problem.kind);
    this.problem = problem;
  }
  problem;
};
var isDigit = (c) => c >= 48 && c <= 57;
function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}
var JsonReader = class {
  constructor(text, options) {
    this.text = text;
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
    if (text.charCodeAt(0) === 65279) this.pos = 1;
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
    throw new JsonSyntaxError(key === void 0 ? { kind, offset } : { kind, offset, key });
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
    if (depth > this.maxDepth) throw new JsonSyntaxError({ kind: "too-deep", offset: start, maxDepth: this.maxDepth, searchStart });
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
        if (c === 45 || isDigit(c)) {
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
    else if (isDigit(first)) {
      p++;
      while (isDigit(t.charCodeAt(p))) p++;
    } else this.fail("bad-number", start);
    if (t.charCodeAt(p) === 46 && isDigit(t.charCodeAt(p + 1))) {
      p += 2;
      while (isDigit(t.charCodeAt(p))) p++;
    }
    const e = t.charCodeAt(p);
    if (e === 101 || e === 69) {
      let q = p + 1;
      const sign = t.charCodeAt(q);
      if (sign === 43 || sign === 45) q++;
      if (isDigit(t.charCodeAt(q))) {
        q++;
        while (isDigit(t.charCodeAt(q))) q++;
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
    const obj = { kind: "object", entries, span: this.spanFrom(start, startLine, startLineStart) };
    if (spans) this.keySpans.set(obj, spans);
    return obj;
  }
  array(depth, startLine, startLineStart) {
    const t = this.text;
    const start = this.pos;
    this.pos++;
    const items = [];
    this.skipSpace();
    if (t.charCodeAt(this.pos) !== 93) {
      for (; ; ) {
        items.push(this.value(depth + 1));
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
    return { kind: "list", items, span: this.spanFrom(start, startLine, startLineStart) };
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

// src/parse/cloudformation/json.ts
function parseJsonTemplate(text, file) {
  const r = parseJsonValue(text, { ...TEMPLATE_JSON, file, maxDepth: MAX_NESTING });
  return r.error ? { error: r.error } : { value: r.value, keySpans: r.keySpans };
}

export {
  __commonJS,
  __toESM,
  unknown,
  scalarText,
  collectUnknowns,
  toPlain,
  fromPlain,
  getAttr,
  MAX_NESTING,
  PROPERTIES_DEPTH,
  ARM_JSON,
  POLICY_JSON,
  parseJsonValue,
  parseJsonTemplate
};
