import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  yamlPackage
} from "./chunk-FZ5EKLDY.mjs";
import {
  LineIndex
} from "./chunk-S2ETVMBP.mjs";
import {
  MAX_NESTING,
  PROPERTIES_DEPTH,
  parseJsonTemplate
} from "./chunk-E2WJM2F3.mjs";

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
function jsonTemplateByText(text) {
  const n = text.length;
  let p = text.charCodeAt(0) === 65279 ? 1 : 0;
  while (p < n && isJsonSpace(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== LBRACE) return void 0;
  const isObject = [];
  const keyOf = [];
  let pendingKey;
  let resourcesKeys = 0;
  let typedResource = false;
  const resourceNames = /* @__PURE__ */ new Set();
  let typesInResource = 0;
  let backslash = text.indexOf("\\", p);
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c === QUOTE) {
      const start = p + 1;
      let q = text.indexOf('"', start);
      if (q < 0) return void 0;
      if (backslash >= 0 && backslash < start) backslash = text.indexOf("\\", start);
      const escaped = backslash >= 0 && backslash < q;
      if (escaped) {
        for (q = backslash; q < n; q++) {
          const d = text.charCodeAt(q);
          if (d === BACKSLASH) q++;
          else if (d === QUOTE) break;
        }
        if (q >= n) return void 0;
      }
      const end = q + 1;
      q = end;
      while (q < n && isJsonSpace(text.charCodeAt(q))) q++;
      const depth = isObject.length;
      if (text.charCodeAt(q) !== COLON || !isObject[depth - 1]) {
        p = end;
        continue;
      }
      const key = text.slice(start, end - 1);
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
        while (v < n && isJsonSpace(text.charCodeAt(v))) v++;
        if (text.startsWith('"AWS::', v) || text.startsWith('"Custom::', v)) typedResource = true;
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
function lineAt(text, start) {
  let end = text.indexOf("\n", start);
  const next = end === -1 ? text.length : end + 1;
  if (end === -1) end = text.length;
  let content = start;
  while (content < end && text.charCodeAt(content) === 32) content++;
  return { start, end: end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end, next, content };
}
function isEmptyLine(text, line) {
  let p = line.content;
  while (p < line.end && text.charCodeAt(p) === 9) p++;
  return p >= line.end || text.charCodeAt(p) === 35;
}
var TOP_LEVEL_KEY = /^[A-Za-z0-9_][^\s:#]*[ \t]*:(?:[ \t]|$)/;
var RESOURCES_LINE = /^Resources[ \t]*:[ \t]*(?:#.*)?$/;
var ANY_RESOURCES_KEY = /^["']?Resources["']?[ \t]*:/gm;
var RESOURCE_NAME_LINE = /^( +)([A-Za-z0-9]+)[ \t]*:[ \t]*(?:#.*)?$/;
var TYPE_LINE = /^( +)Type[ \t]*:[ \t]+["']?(?:AWS|Custom)::/;
var BLOCK_SCALAR_HEADER = /(?:^|:|-)[ \t]+(?:![^\s]+[ \t]+)?[|>][-+0-9]*[ \t]*(?:#.*)?$/;
function yamlTemplateByText(text) {
  if (text.includes("\r") && /\r(?!\n)/.test(text)) return void 0;
  const keys = text.match(ANY_RESOURCES_KEY);
  if (keys?.length !== 1) return void 0;
  let p = text.charCodeAt(0) === 65279 ? 1 : 0;
  let first = true;
  let blockScalarIndent = -1;
  for (; ; ) {
    if (p >= text.length) return void 0;
    const line = lineAt(text, p);
    const next = line.next;
    const indent = line.content - line.start;
    if (blockScalarIndent >= 0) {
      if (isEmptyLine(text, line) && line.content >= line.end) {
        p = next;
        continue;
      }
      if (indent > blockScalarIndent) {
        p = next;
        continue;
      }
      blockScalarIndent = -1;
    }
    if (isEmptyLine(text, line)) {
      p = next;
      continue;
    }
    const body = text.slice(line.start, line.end);
    if (first) {
      first = false;
      if (body.startsWith("---")) {
        if (!/^---[ \t]*(?:#.*)?$/.test(body)) return void 0;
        first = true;
        p = next;
        continue;
      }
      if (!TOP_LEVEL_KEY.test(body)) return void 0;
    }
    if (indent === 0 && RESOURCES_LINE.test(body)) return firstResourceIsTyped(text, next);
    if (!closesWhatItOpens(body)) return void 0;
    if (BLOCK_SCALAR_HEADER.test(body)) blockScalarIndent = indent;
    p = next;
  }
}
function firstResourceIsTyped(text, from) {
  const lines = contentLines(text, from, 2);
  if (lines.length < 2) return void 0;
  const nameMatch = RESOURCE_NAME_LINE.exec(text.slice(lines[0].start, lines[0].end));
  const typeMatch = TYPE_LINE.exec(text.slice(lines[1].start, lines[1].end));
  if (!nameMatch || !typeMatch) return void 0;
  const nameIndent = nameMatch[1].length;
  const typeIndent = typeMatch[1].length;
  if (typeIndent <= nameIndent) return void 0;
  if (keyLinesAt(text, nameIndent, nameMatch[2]) !== 1) return void 0;
  for (let p = lines[1].next; p < text.length; ) {
    const line = lineAt(text, p);
    p = line.next;
    if (isEmptyLine(text, line)) continue;
    const indent = line.content - line.start;
    if (indent <= nameIndent) break;
    if (indent === typeIndent && /^Type[ \t]*:/.test(text.slice(line.content, line.end))) return void 0;
  }
  return true;
}
function keyLinesAt(text, indent, key) {
  const needle = "\n" + " ".repeat(indent) + key;
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    let p = at + needle.length;
    while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
    if (text.charCodeAt(p) === COLON) count++;
  }
  return count;
}
function contentLines(text, from, count) {
  const out = [];
  let p = from;
  while (out.length < count && p < text.length) {
    const line = lineAt(text, p);
    if (!isEmptyLine(text, line)) out.push(line);
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
function resolvePlain(text) {
  if (NULL_WORDS.has(text)) return null;
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57 || c === DASH || c === 43 || c === 46) {
    if (INT.test(text) || FLOAT.test(text)) return Number(text);
    if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
    if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
    if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
    if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN;
  }
  return text;
}
var NO_PROPS = Object.freeze({});
function parseYamlFast(text, file) {
  try {
    const reader = new FastYaml(text, file);
    return { value: reader.document(), keySpans: reader.keySpans };
  } catch (e) {
    if (e instanceof GiveUp) return void 0;
    throw e;
  }
}
var FastYaml = class {
  constructor(text, file) {
    this.text = text;
    this.lines = new LineIndex(text, file);
    if (text.includes("	") && /^[ ]*\t/m.test(text)) throw new GiveUp(0);
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
    if (depth > MAX_NESTING) this.giveUp();
    const t = this.text;
    const props = this.properties();
    if (props.tag !== void 0 || props.anchor !== void 0) {
      if (this.atLineEnd()) {
        this.skipBlank();
        const nextColumn = this.columnOf(this.pos);
        const c2 = t.charCodeAt(this.pos);
        if (this.pos >= t.length || nextColumn <= parentIndent && !(inMapValue && nextColumn === parentIndent && c2 === DASH)) {
          const at = props.end;
          const empty = props.tag !== void 0 ? { kind: "string", value: "", span: this.span(at, at) } : { kind: "null", span: this.span(at, at) };
          this.nodeCount++;
          return this.finish(props, { value: empty, end: at }, depth);
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
      const obj = { kind: "object", entries: (/* @__PURE__ */ new Map()).set(key, argument), span };
      if (depth <= KEY_SPAN_DEPTH) this.keySpans.set(obj, (/* @__PURE__ */ new Map()).set(key, span));
      value = obj;
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
    const obj = { kind: "object", entries, span: this.spanTo(start, lastSpan) };
    if (spans) this.keySpans.set(obj, spans);
    this.nodeCount++;
    return { value: obj, end };
  }
  /** From an offset to the end of a child's span (a collection ends where its last value ends). */
  spanTo(start, last) {
    return this.lines.spanTo(start, last);
  }
  blockSequence(indent, depth) {
    const t = this.text;
    const start = this.pos;
    const items = [];
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
      items.push(node.value);
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
    return { value: { kind: "list", items, span: this.spanTo(start, lastSpan) }, end };
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
    let text = first;
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
      text += (breaks === 1 ? " " : "\n".repeat(breaks - 1)) + t.slice(s, lineEnd);
      end = lineEnd;
      if (comment) break;
    }
    return { text, end };
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
    const literal = t.charCodeAt(start) === PIPE;
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
        if (!literal) this.giveUp();
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
    const body = lines.slice(0, contentLines2);
    let value;
    if (literal) value = body.join("\n");
    else {
      value = "";
      let started = false;
      let previousIndented = false;
      let emptyLines = 0;
      for (const line of body) {
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
    if (body.length > 0) {
      if (chomp === "clip") value += "\n";
      else if (chomp === "keep") value += "\n".repeat(1 + trailingBlank);
    } else if (chomp === "keep") value = "\n".repeat(trailingBlank);
    const resume = lastContentEnd;
    this.pos = resume;
    this.nodeCount++;
    return { value: { kind: "string", value, span: this.span(start, resume) }, end: resume };
  }
  flowCollection(depth) {
    if (depth > MAX_NESTING) this.giveUp();
    const t = this.text;
    const start = this.pos;
    const open = t.charCodeAt(start);
    const close = open === LBRACKET2 ? RBRACKET2 : RBRACE2;
    this.pos++;
    const items = [];
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
        const pair = { kind: "object", entries: /* @__PURE__ */ new Map([[key, value]]), span: span2 };
        if (depth + 1 <= KEY_SPAN_DEPTH) this.keySpans.set(pair, /* @__PURE__ */ new Map([[key, span2]]));
        this.nodeCount++;
        items.push(pair);
      } else {
        const node = this.flowNode(depth + 1);
        this.skipBlank();
        if (t.charCodeAt(this.pos) === COLON2) this.giveUp();
        items.push(node.value);
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
    if (open === LBRACKET2) return { value: { kind: "list", items, span }, end: this.pos };
    const obj = { kind: "object", entries, span };
    if (spans) this.keySpans.set(obj, spans);
    return { value: obj, end: this.pos };
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
function parseYamlTemplate(text, file) {
  return parseYamlFast(text, file) ?? parseYamlWithPackage(text, file);
}
function parseYamlWithPackage(text, file) {
  let lines = new LineIndex(text, file);
  const tooDeep = deepNestingOffset(text);
  if (tooDeep !== void 0) return { error: parseError(lines, tooDeep, `template nested deeper than ${MAX_NESTING} levels`) };
  let doc;
  try {
    doc = parseYaml(text);
  } catch (e) {
    return { error: parseError(lines, 0, `invalid YAML: ${e.message}`) };
  }
  const first = doc.errors[0];
  if (first) {
    const reindented = doc.errors.some((e) => e.code === "BAD_INDENT") ? reindentFlowContinuations(text) : void 0;
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
function parseYaml(text) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return yamlPackage().parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: false });
  } finally {
    Error.stackTraceLimit = limit;
  }
}
function reindentFlowContinuations(text) {
  const lines = text.split("\n");
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
    const range = node.range ?? [0, 0, 0];
    if (depth > MAX_NESTING) throw new NestingError(range[0], `template nested deeper than ${MAX_NESTING} levels`);
    if (this.resolving.size > 0 && ++this.aliasExpansion > MAX_ALIAS_EXPANSION2) {
      throw new NestingError(range[0], `aliases expand to more than ${MAX_ALIAS_EXPANSION2} nodes`);
    }
    const tag = node.tag;
    const intrinsic = tag && tag.startsWith("!") && !tag.startsWith("!!") ? tag : void 0;
    const start = intrinsic ? this.tagStart(range[0], intrinsic) : range[0];
    const own = this.lines.span(range[0], range[1]);
    const inner = this.convertUntagged(node, depth, own);
    if (!intrinsic) return inner;
    const tagged = this.lines.span(start, range[0]);
    const span = { ...tagged, endLine: inner.span.endLine, endColumn: inner.span.endColumn };
    const key = SHORT_FORM_TAGS.get(intrinsic) ?? intrinsic;
    let argument = inner;
    if (key === "Fn::GetAtt" && inner.kind === "string") {
      const dot = inner.value.indexOf(".");
      const parts = dot === -1 ? [inner.value] : [inner.value.slice(0, dot), inner.value.slice(dot + 1)];
      argument = { kind: "list", items: parts.map((p) => ({ kind: "string", value: p, span: inner.span })), span: inner.span };
    }
    const obj = { kind: "object", entries: /* @__PURE__ */ new Map([[key, argument]]), span };
    this.keySpans.set(obj, /* @__PURE__ */ new Map([[key, span]]));
    return obj;
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
      for (const pair of node.items) {
        const keyNode = pair.key;
        const key = keyNode === null ? "" : isScalar(keyNode) ? String(keyNode.value) : JSON.stringify(keyNode.toJSON());
        const value = pair.value ? this.convert(pair.value, depth + 1) : { kind: "null", span: this.keyOnlySpan(keyNode) };
        entries.delete(key);
        entries.set(key, value);
        lastValueSpan = value.span;
        const keyStart = keyNode?.range?.[0] ?? 0;
        const keySpan = this.lines.span(keyStart, keyNode?.range?.[1] ?? keyStart);
        spans.set(key, { ...keySpan, endLine: value.span.endLine, endColumn: value.span.endColumn });
      }
      const obj = { kind: "object", entries, span: node.flow ? span : this.endAtLast(span, lastValueSpan ? [lastValueSpan] : []) };
      this.keySpans.set(obj, spans);
      return obj;
    }
    if (isSeq(node)) {
      const items = node.items.map((item) => this.convert(item, depth + 1));
      return { kind: "list", items, span: node.flow ? span : this.endAtLast(span, items.map((i) => i.span)) };
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
    const text = this.lines.text;
    let i = valueStart;
    while (i > 0 && /\s/.test(text[i - 1])) i--;
    return text.startsWith(tag, i - tag.length) ? i - tag.length : valueStart;
  }
};
function deepNestingOffset(text) {
  let depth = 0;
  let quote = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === 32) {
        if (++indent > 4 * MAX_NESTING) return i;
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
    else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32)) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
      i--;
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_NESTING) return i;
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
function hasTemplateExtension(path) {
  const lower = path.toLowerCase();
  return TEMPLATE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
function parseTemplate(text, file) {
  return isJsonTemplate(text, file) ? parseJsonTemplate(text, file) : parseYamlTemplate(text, file);
}
function isJsonTemplate(text, file) {
  const lower = file.toLowerCase();
  return lower.endsWith(".json") || lower.endsWith(".template") && /^\uFEFF?\s*\{/.test(text);
}
function mayBeTemplateText(text) {
  return text.includes("AWSTemplateFormatVersion") || text.includes("Resources") && (text.includes("AWS::") || text.includes("Custom::"));
}
function declaresTemplate(text) {
  return text.includes("AWSTemplateFormatVersion") || /^(?:Resources\s*:|\s*\{?\s*"Resources"\s*:)/m.test(text);
}
function templateByText(text, yaml) {
  if (!declaresTemplate(text)) return void 0;
  return yaml ? yamlTemplateByText(text) : jsonTemplateByText(text);
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

// src/pipeline/frontends/cloudformation-claims.ts
var parsedFiles = /* @__PURE__ */ new WeakMap();
function parsed(file) {
  let result = parsedFiles.get(file);
  if (!result) {
    result = parseTemplate(file.text, file.path);
    parsedFiles.set(file, result);
  }
  return result;
}
var LEADING_FORMAT_VERSION = /^\uFEFF?\s*\{\s*"AWSTemplateFormatVersion"\s*:|^AWSTemplateFormatVersion\s*:/m;
var claimDecisions = /* @__PURE__ */ new WeakMap();
function claimsTemplate(file) {
  if (!hasTemplateExtension(file.path)) return false;
  const known = claimDecisions.get(file);
  if (known?.text === file.text) return known.claimed;
  const claimed = decideClaim(file);
  claimDecisions.set(file, { text: file.text, claimed });
  return claimed;
}
function decideClaim(file) {
  if (!mayBeTemplateText(file.text)) return false;
  const lower = file.path.toLowerCase();
  const yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
  if (yaml ? /^AWSTemplateFormatVersion\s*:/m.test(file.text) : LEADING_FORMAT_VERSION.test(file.text)) return true;
  if (templateByText(file.text, !isJsonTemplate(file.text, file.path))) return true;
  const result = parsed(file);
  return result.error ? declaresTemplate(file.text) : isTemplate(result.value);
}
function forgetParsed(file) {
  parsedFiles.delete(file);
}

export {
  parsed,
  claimsTemplate,
  forgetParsed
};
