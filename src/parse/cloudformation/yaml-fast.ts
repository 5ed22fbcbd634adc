/**
 * A fast reader for the YAML that templates are written in: block and flow collections, plain, quoted and block
 * scalars, tags, anchors and aliases, comments. It yields exactly what the `yaml` package path yields (same values,
 * spans and key spans; checked by a differential test over the corpus) at a fraction of the cost. Anything outside
 * that subset, and anything malformed, makes it give up (`undefined`), and the caller parses with the `yaml` package,
 * which also words the errors.
 */
import type { SourceSpan } from '../../model/span.js';
import type { ObjectValue, Value } from '../../evaluate/value.js';
import { SHORT_FORM_TAGS } from './intrinsics.js';
import { LineIndex } from './position.js';
import { MAX_NESTING, PROPERTIES_DEPTH } from './types.js';

/** Objects whose key spans are kept: a tag or anchor alone on the line above a node counts one level more here. */
const KEY_SPAN_DEPTH = PROPERTIES_DEPTH + 1;

class GiveUp extends Error {
  constructor(readonly at: number) {
    super('outside the fast subset');
  }
}

const MAX_ALIAS_EXPANSION = 100_000;

// Character codes.
const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const COMMA = 44;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;
const SQUOTE = 39;
const DQUOTE = 34;
const BANG = 33;
const AMP = 38;
const STAR = 42;
const PIPE = 124;
const GT = 62;

const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const NULL_WORDS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);

/** YAML 1.2 core schema, as the `yaml` package resolves plain scalars. */
function resolvePlain(text: string): string | number | boolean | null {
  if (NULL_WORDS.has(text)) return null;
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === DASH || c === 43 || c === 46) {
    if (INT.test(text) || FLOAT.test(text)) return Number(text);
    if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
    if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
    if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
    if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN;
  }
  return text;
}

interface Props {
  tag?: string;
  tagStart?: number;
  anchor?: string;
  /** Offset just after the last property. */
  end?: number;
  /** Nodes read before the anchored node (its size, for the alias budget, is the difference afterwards). */
  countBefore?: number;
}

/** Shared by every node without a tag or anchor (never written to). */
const NO_PROPS: Props = Object.freeze({});

interface Node {
  value: Value;
  /** Offset just after the node's value (before trailing spaces and comments). */
  end: number;
}

/** Where the fast reader gave up (for its tests); undefined when it did not. */
export function fastYamlGiveUpOffset(text: string, file: string): number | undefined {
  try {
    new FastYaml(text, file).document();
    return undefined;
  } catch (e) {
    if (e instanceof GiveUp) return e.at;
    throw e;
  }
}

export function parseYamlFast(text: string, file: string): { value: Value; keySpans: WeakMap<ObjectValue, Map<string, SourceSpan>> } | undefined {
  try {
    const reader = new FastYaml(text, file);
    return { value: reader.document(), keySpans: reader.keySpans };
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}

class FastYaml {
  readonly keySpans = new WeakMap<ObjectValue, Map<string, SourceSpan>>();
  private readonly lines: LineIndex;
  private pos = 0;
  private readonly anchors = new Map<string, { value: Value; size: number }>();
  private nodeCount = 0;
  /** Indentation of the block collection holding the flow collection being read (its lines must go further). */
  private flowBlockIndent = -1;
  private aliasExpansion = 0;

  constructor(
    private readonly text: string,
    file: string,
  ) {
    this.lines = new LineIndex(text, file);
    if (text.includes('\t') && /^[ ]*\t/m.test(text)) throw new GiveUp(0);
  }

  private giveUp(): never {
    throw new GiveUp(this.pos);
  }

  private span(start: number, end: number): SourceSpan {
    return this.lines.span(start, end);
  }

  /** Column (0-based) of an offset. */
  private columnOf(offset: number): number {
    let i = offset;
    while (i > 0 && this.text.charCodeAt(i - 1) !== LF) i--;
    return offset - i;
  }

  /** Skips spaces, line breaks and comments; returns whether a line break was crossed. */
  private skipBlank(): boolean {
    const t = this.text;
    let p = this.pos;
    let crossed = false;
    for (;;) {
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
  private skipInline(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === SPACE || c === TAB) this.pos++;
      else break;
    }
  }

  /** After a node on a line: only spaces and a comment may follow before the line break. */
  private atLineEnd(): boolean {
    const t = this.text;
    let p = this.pos;
    while (p < t.length && (t.charCodeAt(p) === SPACE || t.charCodeAt(p) === TAB)) p++;
    const c = t.charCodeAt(p);
    return p >= t.length || c === LF || c === CR || (c === HASH && p > this.pos);
  }

  document(): Value {
    const t = this.text;
    this.skipBlank();
    if (t.charCodeAt(this.pos) === 37 /* % */) this.giveUp();
    if (t.startsWith('---', this.pos) && isBreakOrEnd(t.charCodeAt(this.pos + 3))) {
      if (this.columnOf(this.pos) !== 0) this.giveUp();
      this.pos += 3;
      this.skipBlank();
    }
    if (this.pos >= t.length) return { kind: 'null', span: this.span(0, 0) };
    const node = this.blockNode(-1, 0, false);
    this.skipBlank();
    if (this.pos < t.length) {
      if (t.startsWith('...', this.pos) && isBreakOrEnd(t.charCodeAt(this.pos + 3))) {
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
  private blockNode(parentIndent: number, depth: number, inMapValue: boolean): Node {
    if (depth > MAX_NESTING) this.giveUp();
    const t = this.text;
    const props = this.properties();
    if (props.tag !== undefined || props.anchor !== undefined) {
      if (this.atLineEnd()) {
        // Properties alone on their line: the node starts on a following line.
        this.skipBlank();
        const nextColumn = this.columnOf(this.pos);
        const c = t.charCodeAt(this.pos);
        if (this.pos >= t.length || (nextColumn <= parentIndent && !(inMapValue && nextColumn === parentIndent && c === DASH))) {
          // Nothing follows: an empty node right after the properties (a tagged one reads as empty text).
          const at = props.end!;
          const empty: Value = props.tag !== undefined ? { kind: 'string', value: '', span: this.span(at, at) } : { kind: 'null', span: this.span(at, at) };
          this.nodeCount++;
          return this.finish(props, { value: empty, end: at }, depth);
        }
        const inner = this.blockNode(parentIndent, depth + 1, inMapValue);
        return this.finish(props, inner, depth);
      }
      this.skipInline();
    }
    const c = t.charCodeAt(this.pos);
    let node: Node;
    if (c === DASH && isWhiteOrEnd(t.charCodeAt(this.pos + 1))) {
      if (props.tag !== undefined || props.anchor !== undefined) {
        // `!Tag - item` on one line is not YAML.
        this.giveUp();
      }
      node = this.blockSequence(this.columnOf(this.pos), depth);
    } else if (c === STAR) {
      node = this.alias();
      if (this.isKeyIndicator()) this.giveUp();
    } else if (c === LBRACKET || c === LBRACE) {
      this.flowBlockIndent = parentIndent;
      node = this.flowCollection(depth);
      if (this.isKeyIndicator()) this.giveUp();
    } else if (c === PIPE || c === GT) {
      node = this.blockScalar(parentIndent);
    } else if (this.implicitKeyAhead(false)) {
      if (props.tag !== undefined || props.anchor !== undefined) {
        // A tagged mapping must start on the next line; `!Tag key: value` tags the key.
        this.giveUp();
      }
      node = this.blockMapping(this.columnOf(this.pos), depth);
    } else {
      node = this.inlineScalar(parentIndent, props.tag !== undefined, false);
    }
    return this.finish(props, node, depth);
  }

  /** Applies a tag (long-form intrinsic object) and records an anchor. */
  private finish(props: Props, node: Node, depth: number): Node {
    if (props === NO_PROPS) return node;
    let value = node.value;
    if (props.tag !== undefined) {
      const tag = props.tag;
      const key = SHORT_FORM_TAGS.get(tag) ?? tag;
      let argument = value;
      if (key === 'Fn::GetAtt' && value.kind === 'string') {
        const dot = value.value.indexOf('.');
        const parts = dot === -1 ? [value.value] : [value.value.slice(0, dot), value.value.slice(dot + 1)];
        argument = { kind: 'list', items: parts.map((p) => ({ kind: 'string', value: p, span: value.span! })), span: value.span! };
      }
      const span = this.spanTo(props.tagStart!, value.span!);
      const obj: ObjectValue = { kind: 'object', entries: new Map<string, Value>().set(key, argument), span };
      if (depth <= KEY_SPAN_DEPTH) this.keySpans.set(obj, new Map<string, SourceSpan>().set(key, span));
      value = obj;
      this.nodeCount++;
    }
    if (props.anchor !== undefined) this.anchors.set(props.anchor, { value, size: this.nodeCount - props.countBefore! });
    return { value, end: node.end };
  }

  /** Tag and anchor before a node, in either order. */
  private properties(): Props {
    const t = this.text;
    const first = t.charCodeAt(this.pos);
    if (first !== BANG && first !== AMP) return NO_PROPS;
    const props: Props = {};
    for (let i = 0; i < 2; i++) {
      const c = t.charCodeAt(this.pos);
      if (c === BANG && props.tag === undefined) this.readTag(props);
      else if (c === AMP && props.anchor === undefined) this.readAnchor(props);
      else break;
      if (!this.atLineEnd()) {
        const next = t.charCodeAt(this.pos);
        if (next !== SPACE && next !== TAB) this.giveUp();
        this.skipInline();
      }
    }
    if (props.anchor !== undefined && props.tag !== undefined) this.giveUp();
    return props;
  }

  /** The tag at `this.pos` (`!Name`; verbatim and secondary tags are left to the yaml package). */
  private readTag(props: Props): void {
    const t = this.text;
    if (t.charCodeAt(this.pos + 1) === BANG || t.charCodeAt(this.pos + 1) === 60 /* < */) this.giveUp();
    const s = this.pos;
    const p = this.nameEnd(s + 1);
    if (p === s + 1) this.giveUp();
    props.tag = t.slice(s, p);
    props.tagStart = s;
    this.pos = p;
    props.end = p;
  }

  /** The anchor at `this.pos` (`&name`). */
  private readAnchor(props: Props): void {
    const s = this.pos + 1;
    const p = this.nameEnd(s);
    if (p === s) this.giveUp();
    props.anchor = this.text.slice(s, p);
    props.countBefore = this.nodeCount;
    this.pos = p;
    props.end = p;
  }

  /** End of a tag, anchor or alias name: the next space, line break or flow indicator. */
  private nameEnd(p: number): number {
    const t = this.text;
    while (p < t.length && !isWhite(t.charCodeAt(p)) && !isFlowIndicator(t.charCodeAt(p))) p++;
    return p;
  }

  private alias(): Node {
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
  private implicitKeyAhead(inFlow: boolean): boolean {
    const t = this.text;
    let p = this.pos;
    const c = t.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      p = this.skipQuoted(p);
      if (p < 0) return false;
      while (t.charCodeAt(p) === SPACE) p++;
      return t.charCodeAt(p) === COLON && (inFlow || isWhiteOrEnd(t.charCodeAt(p + 1)));
    }
    if (c === BANG || c === AMP || c === STAR || c === LBRACKET || c === LBRACE) return false;
    if (inFlow ? c === COMMA || c === RBRACKET : c === PIPE || c === GT) return false;
    for (; p < t.length; p++) {
      const d = t.charCodeAt(p);
      if (d === LF || (inFlow && (d === CR || isFlowIndicator(d)))) return false;
      if (d === COLON) {
        const n = t.charCodeAt(p + 1);
        if (isWhiteOrEnd(n) || (inFlow && isFlowIndicator(n))) return true;
      }
      if (d === HASH && isWhite(t.charCodeAt(p - 1))) return false;
    }
    return false;
  }

  /** End offset of a quoted scalar on one line starting at `p`, or -1 when it spans lines. */
  private skipQuoted(p: number): number {
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

  private isKeyIndicator(): boolean {
    const t = this.text;
    let p = this.pos;
    while (t.charCodeAt(p) === SPACE) p++;
    return t.charCodeAt(p) === COLON;
  }

  private blockMapping(indent: number, depth: number): Node {
    const t = this.text;
    const start = this.pos;
    const entries = new Map<string, Value>();
    const spans = depth <= KEY_SPAN_DEPTH ? new Map<string, SourceSpan>() : undefined;
    let end = start;
    let lastSpan: SourceSpan | undefined;
    for (;;) {
      const keyStart = this.pos;
      const c = t.charCodeAt(keyStart);
      let key: string;
      if (c === DQUOTE || c === SQUOTE) {
        // An implicit key stays on one line.
        key = this.quotedScalar(Number.POSITIVE_INFINITY).value;
        this.skipInline();
      } else {
        if (c === DASH && isWhiteOrEnd(t.charCodeAt(keyStart + 1))) this.giveUp();
        if (c === 63 /* ? */ && isWhiteOrEnd(t.charCodeAt(keyStart + 1))) this.giveUp();
        let p = keyStart;
        while (p < t.length) {
          const d = t.charCodeAt(p);
          if (d === LF) this.giveUp();
          if (d === COLON && isWhiteOrEnd(t.charCodeAt(p + 1))) break;
          if (d === HASH && isWhite(t.charCodeAt(p - 1))) this.giveUp();
          p++;
        }
        let e = p;
        while (e > keyStart && isWhite(t.charCodeAt(e - 1))) e--;
        const raw = t.slice(keyStart, e);
        if (raw === '' || !isPlainStart(raw)) this.giveUp();
        key = String(resolvePlain(raw));
        this.pos = p;
      }
      if (t.charCodeAt(this.pos) !== COLON) this.giveUp();
      this.nodeCount++;
      this.pos++;
      let value: Value;
      let valueEnd: number;
      if (this.atLineEnd()) {
        this.skipInline();
        const nullAt = this.pos;
        this.skipBlank();
        const column = this.columnOf(this.pos);
        const d = t.charCodeAt(this.pos);
        if (this.pos < t.length && (column > indent || (column === indent && d === DASH && isWhiteOrEnd(t.charCodeAt(this.pos + 1))))) {
          const node = this.blockNode(indent, depth + 1, true);
          value = node.value;
          valueEnd = node.end;
        } else {
          // `key:` with nothing after it: a null after the colon and its spaces, as the yaml package places it.
          value = { kind: 'null', span: this.span(nullAt, nullAt) };
          valueEnd = nullAt;
          this.nodeCount++;
        }
      } else {
        this.skipInline();
        // `key: - item` is not YAML; `key: !Tag` alone on its line may take a sequence at the key's indentation.
        if (t.charCodeAt(this.pos) === DASH && isWhiteOrEnd(t.charCodeAt(this.pos + 1))) this.giveUp();
        const node = this.blockNode(indent, depth + 1, true);
        value = node.value;
        valueEnd = node.end;
      }
      entries.delete(key);
      entries.set(key, value);
      spans?.set(key, this.spanTo(keyStart, value.span!));
      end = valueEnd;
      lastSpan = value.span!;
      this.skipBlank();
      if (this.pos >= t.length) break;
      const column = this.columnOf(this.pos);
      if (column < indent) break;
      if (column > indent) this.giveUp();
      const d = t.charCodeAt(this.pos);
      if (d === DASH && isWhiteOrEnd(t.charCodeAt(this.pos + 1))) break;
      if (t.startsWith('---', this.pos) || t.startsWith('...', this.pos)) {
        if (column === 0 && isBreakOrEnd(t.charCodeAt(this.pos + 3))) break;
      }
    }
    const obj: ObjectValue = { kind: 'object', entries, span: this.spanTo(start, lastSpan!) };
    if (spans) this.keySpans.set(obj, spans);
    this.nodeCount++;
    return { value: obj, end };
  }

  /** From an offset to the end of a child's span (a collection ends where its last value ends). */
  private spanTo(start: number, last: SourceSpan): SourceSpan {
    return this.lines.spanTo(start, last);
  }

  private blockSequence(indent: number, depth: number): Node {
    const t = this.text;
    const start = this.pos;
    const items: Value[] = [];
    let end = start;
    let lastSpan: SourceSpan | undefined;
    for (;;) {
      // At `-`.
      this.pos++;
      let node: Node;
      if (this.atLineEnd()) {
        const dashEnd = this.pos;
        this.skipBlank();
        const column = this.columnOf(this.pos);
        if (this.pos < t.length && column > indent) node = this.blockNode(indent, depth + 1, false);
        else {
          node = { value: { kind: 'null', span: this.span(dashEnd, dashEnd) }, end: dashEnd };
          this.nodeCount++;
        }
      } else {
        this.skipInline();
        node = this.blockNode(indent, depth + 1, false);
      }
      items.push(node.value);
      end = node.end;
      lastSpan = node.value.span!;
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
    return { value: { kind: 'list', items, span: this.spanTo(start, lastSpan!) }, end };
  }

  /** A scalar that starts on this line: quoted (possibly running over lines) or plain (one line only). */
  private inlineScalar(parentIndent: number, tagged: boolean, inFlow: boolean): Node {
    const t = this.text;
    const start = this.pos;
    const c = t.charCodeAt(start);
    this.nodeCount++;
    if (c === DQUOTE || c === SQUOTE) {
      const quoted = this.quotedScalar(inFlow ? this.flowBlockIndent : parentIndent);
      return { value: { kind: 'string', value: quoted.value, span: this.span(start, this.pos) }, end: this.pos };
    }
    let p = start;
    while (p < t.length) {
      const d = t.charCodeAt(p);
      if (d === LF || d === CR) break;
      if (d === HASH && isWhite(t.charCodeAt(p - 1))) break;
      if (d === COLON) {
        const n = t.charCodeAt(p + 1);
        if (isWhiteOrEnd(n) || (inFlow && isFlowIndicator(n))) {
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
    if (raw !== '' && !isPlainStart(raw)) this.giveUp();
    if (!inFlow && raw !== '') {
      const folded = this.plainContinuation(raw, e, parentIndent);
      raw = folded.text;
      e = folded.end;
    }
    this.pos = e;
    const span = this.span(start, e);
    if (tagged) return { value: { kind: 'string', value: raw, span }, end: e };
    const resolved = resolvePlain(raw);
    if (resolved === null) return { value: { kind: 'null', span }, end: e };
    if (typeof resolved === 'boolean') return { value: { kind: 'bool', value: resolved, span }, end: e };
    if (typeof resolved === 'number') {
      return { value: String(resolved) === raw ? { kind: 'number', value: resolved, span } : { kind: 'string', value: raw, span }, end: e };
    }
    return { value: { kind: 'string', value: resolved, span }, end: e };
  }

  /**
   * A plain scalar (block context) continued on following lines indented past its parent: YAML folds one line break
   * into a space and each empty line into a newline. `end` is just after the text read so far; returns the whole text
   * and where it ends (unchanged when no line continues it).
   */
  private plainContinuation(first: string, firstEnd: number, parentIndent: number): { text: string; end: number } {
    const t = this.text;
    // Reads stay within the text (reading past its end makes optimized code bail out).
    const n = t.length;
    let text = first;
    let end = firstEnd;
    for (;;) {
      let p = end;
      while (p < n && (t.charCodeAt(p) === SPACE || t.charCodeAt(p) === TAB)) p++;
      if (p < n && t.charCodeAt(p) === CR) p++;
      // A comment (or the end of the text) ends the scalar.
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
      // `- item` just past a sequence's dash column belongs to the sequence (and is left to it).
      if (c === DASH && (s + 1 >= n || isWhite(t.charCodeAt(s + 1))) && indent <= parentIndent + 1) break;
      if (parentIndent < 0 || !isPlainStart(t.slice(s, s + 2)) || c === DASH || c === 63 /* ? */ || c === COLON) this.giveUp();
      let q = s;
      let comment = false;
      for (; q < n; q++) {
        const d = t.charCodeAt(q);
        if (d === LF || d === CR) break;
        if (d === HASH && isWhite(t.charCodeAt(q - 1))) {
          comment = true;
          break;
        }
        // `key: value` inside a scalar's continuation is an error the yaml package words.
        if (d === COLON && (q + 1 >= n || isWhite(t.charCodeAt(q + 1)))) this.giveUp();
      }
      let lineEnd = q;
      while (lineEnd > s && isWhite(t.charCodeAt(lineEnd - 1))) lineEnd--;
      text += (breaks === 1 ? ' ' : '\n'.repeat(breaks - 1)) + t.slice(s, lineEnd);
      end = lineEnd;
      if (comment) break;
    }
    return { text, end };
  }

  /**
   * A single- or double-quoted scalar at `this.pos`, folded over lines as YAML does. Its continuation lines must be
   * indented past `parentIndent` (the enclosing block collection's indentation).
   */
  private quotedScalar(parentIndent: number): { value: string } {
    const t = this.text;
    const q = t.charCodeAt(this.pos);
    let p = this.pos + 1;
    let out = '';
    let chunk = p;
    for (;;) {
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
          case 'n': out += '\n'; break;
          case 't': case '\t': out += '\t'; break;
          case 'r': out += '\r'; break;
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case ' ': out += ' '; break;
          case '0': out += '\0'; break;
          case 'a': out += '\x07'; break;
          case 'b': out += '\b'; break;
          case 'e': out += '\x1b'; break;
          case 'f': out += '\f'; break;
          case 'v': out += '\v'; break;
          case 'x': case 'u': case 'U': {
            const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
            const hex = t.slice(p, p + n);
            if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) this.giveUp();
            out += String.fromCodePoint(parseInt(hex, 16));
            p += n;
            break;
          }
          case '\n': case '\r': {
            // Escaped line break: the next line continues the text without a space.
            if (e === '\r' && t.charCodeAt(p) === LF) p++;
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
        // Folding: trailing spaces dropped, one break becomes a space, each further empty line a newline.
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
        if (t.startsWith('---', p) || t.startsWith('...', p)) {
          if (this.columnOf(p) === 0) this.giveUp();
        }
        if (p < t.length && this.columnOf(p) <= parentIndent) this.giveUp();
        out += breaks > 1 ? '\n'.repeat(breaks - 1) : ' ';
        chunk = p;
        continue;
      }
      p++;
    }
  }

  /** `|` and `>` scalars with chomping and indentation indicators. */
  private blockScalar(parentIndent: number): Node {
    const t = this.text;
    const start = this.pos;
    const literal = t.charCodeAt(start) === PIPE;
    let p = start + 1;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    let explicit = 0;
    for (let i = 0; i < 2; i++) {
      const d = t.charCodeAt(p);
      if (d === DASH) chomp = 'strip';
      else if (d === 43) chomp = 'keep';
      else if (d >= 49 && d <= 57) explicit = d - 48;
      else break;
      p++;
    }
    this.pos = p;
    if (!this.atLineEnd()) this.giveUp();
    while (p < t.length && t.charCodeAt(p) !== LF) p++;
    const headerEnd = p;
    p++; // past the line break
    const baseIndent = Math.max(parentIndent, 0);
    // An explicit indentation indicator counts from the parent collection's indentation.
    if (explicit > 0 && parentIndent < 0) this.giveUp();
    let contentIndent = explicit > 0 ? parentIndent + explicit : -1;
    const lines: string[] = [];
    let lastContentEnd = headerEnd;
    let q = p;
    let leadingMax = 0;
    while (q <= t.length) {
      let lineEnd = t.indexOf('\n', q);
      if (lineEnd === -1) lineEnd = t.length;
      let s = q;
      while (s < lineEnd && t.charCodeAt(s) === SPACE) s++;
      const blank = s >= lineEnd || (s === lineEnd - 1 && t.charCodeAt(s) === CR);
      const indentHere = s - q;
      if (blank && contentIndent >= 0 && indentHere > contentIndent) {
        // Spaces beyond the indentation on an otherwise empty line are content.
        if (!literal) this.giveUp();
        lines.push(t.slice(q + contentIndent, s));
        lastContentEnd = s;
      } else if (blank) {
        if (contentIndent < 0) leadingMax = Math.max(leadingMax, indentHere);
        lines.push('');
      } else {
        if (contentIndent < 0) {
          if (indentHere <= baseIndent && parentIndent >= 0) break;
          if (indentHere < leadingMax) this.giveUp();
          contentIndent = indentHere;
        }
        if (indentHere < contentIndent) break;
        if (t.charCodeAt(s) === TAB) this.giveUp();
        let content = t.slice(q + contentIndent, lineEnd);
        if (content.endsWith('\r')) content = content.slice(0, -1);
        lines.push(content);
        lastContentEnd = lineEnd;
      }
      if (lineEnd >= t.length) {
        q = t.length + 1;
        break;
      }
      q = lineEnd + 1;
    }
    // Trailing blank lines belong to the scalar only for chomping.
    let contentLines = lines.length;
    while (contentLines > 0 && lines[contentLines - 1] === '') contentLines--;
    const trailingBlank = lines.length - contentLines;
    const body = lines.slice(0, contentLines);
    let value: string;
    if (literal) value = body.join('\n');
    else {
      // Folding: a break between two lines of text becomes a space, unless empty lines stand between them (one
      // newline each); breaks next to more-indented lines are kept. Leading empty lines are newlines.
      value = '';
      let started = false;
      let previousIndented = false;
      let emptyLines = 0;
      for (const line of body) {
        if (line === '') {
          emptyLines++;
          continue;
        }
        const indented = line.charCodeAt(0) === SPACE || line.charCodeAt(0) === TAB;
        if (!started) value = '\n'.repeat(emptyLines) + line;
        else if (!indented && !previousIndented) value += (emptyLines === 0 ? ' ' : '\n'.repeat(emptyLines)) + line;
        else value += '\n'.repeat(emptyLines + 1) + line;
        started = true;
        previousIndented = indented;
        emptyLines = 0;
      }
    }
    if (body.length > 0) {
      if (chomp === 'clip') value += '\n';
      else if (chomp === 'keep') value += '\n'.repeat(1 + trailingBlank);
    } else if (chomp === 'keep') value = '\n'.repeat(trailingBlank);
    // Resume after the last line read as content or blank, at the next line's start.
    const resume = lastContentEnd;
    this.pos = resume;
    this.nodeCount++;
    return { value: { kind: 'string', value, span: this.span(start, resume) }, end: resume };
  }

  private flowCollection(depth: number): Node {
    if (depth > MAX_NESTING) this.giveUp();
    const t = this.text;
    const start = this.pos;
    const open = t.charCodeAt(start);
    const close = open === LBRACKET ? RBRACKET : RBRACE;
    this.pos++;
    const items: Value[] = [];
    const entries = new Map<string, Value>();
    const spans = depth <= KEY_SPAN_DEPTH ? new Map<string, SourceSpan>() : undefined;
    for (;;) {
      this.skipBlank();
      const c = t.charCodeAt(this.pos);
      if (this.pos >= t.length) this.giveUp();
      if (c === close) {
        this.pos++;
        break;
      }
      if (open === LBRACE) {
        const keyStart = this.pos;
        const key = this.flowKey();
        const value = this.flowPairValue(depth, close);
        entries.delete(key);
        entries.set(key, value);
        spans?.set(key, this.spanTo(keyStart, value.span!));
      } else if (this.implicitKeyAhead(true)) {
        // `[a, key: value]`: the entry is a mapping of that one pair.
        const keyStart = this.pos;
        const key = this.flowKey();
        const value = this.flowPairValue(depth + 1, close);
        const span = this.spanTo(keyStart, value.span!);
        const pair: ObjectValue = { kind: 'object', entries: new Map([[key, value]]), span };
        if (depth + 1 <= KEY_SPAN_DEPTH) this.keySpans.set(pair, new Map([[key, span]]));
        this.nodeCount++;
        items.push(pair);
      } else {
        const node = this.flowNode(depth + 1);
        this.skipBlank();
        if (t.charCodeAt(this.pos) === COLON) this.giveUp();
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
    if (open === LBRACKET) return { value: { kind: 'list', items, span }, end: this.pos };
    const obj: ObjectValue = { kind: 'object', entries, span };
    if (spans) this.keySpans.set(obj, spans);
    return { value: obj, end: this.pos };
  }

  /** A scalar key in a flow collection, up to (not including) its `:`. */
  private flowKey(): string {
    const t = this.text;
    const c = t.charCodeAt(this.pos);
    let key: string;
    if (c === DQUOTE || c === SQUOTE) {
      key = this.quotedScalar(this.flowBlockIndent).value;
      this.nodeCount++;
    } else {
      if (c === BANG || c === AMP || c === STAR || c === LBRACKET || c === LBRACE || c === 63) this.giveUp();
      const node = this.inlineScalar(-1, false, true);
      if (node.value.kind === 'list' || node.value.kind === 'object') this.giveUp();
      key = node.value.kind === 'null' ? (node.value.span!.endColumn === node.value.span!.column ? '' : 'null') : String((node.value as { value: unknown }).value);
      if (node.value.kind === 'string' && node.value.value === '') this.giveUp();
    }
    this.skipBlank();
    // `{key}` and `{key: }` (null values) are left to the yaml package.
    if (t.charCodeAt(this.pos) !== COLON) this.giveUp();
    this.pos++;
    return key;
  }

  /** The value after a flow key's `:`. */
  private flowPairValue(depth: number, close: number): Value {
    this.skipBlank();
    const d = this.text.charCodeAt(this.pos);
    if (d === COMMA || d === close) this.giveUp();
    return this.flowNode(depth + 1).value;
  }

  private flowNode(depth: number): Node {
    const t = this.text;
    const props = this.flowProperties();
    const c = t.charCodeAt(this.pos);
    let node: Node;
    if (c === LBRACKET || c === LBRACE) node = this.flowCollection(depth);
    else if (c === STAR) node = this.alias();
    else if (props.tag !== undefined && (c === COMMA || c === RBRACKET || c === RBRACE)) {
      // `[!GetAZs ]`: the tagged text is empty and sits where the collection goes on (on the tag's line only).
      if (t.lastIndexOf('\n', this.pos) >= props.tagStart!) this.giveUp();
      this.nodeCount++;
      node = { value: { kind: 'string', value: '', span: this.span(this.pos, this.pos) }, end: this.pos };
    } else node = this.inlineScalar(-1, props.tag !== undefined, true);
    return this.finish(props, node!, depth);
  }

  private flowProperties(): Props {
    const t = this.text;
    const first = t.charCodeAt(this.pos);
    if (first !== BANG && first !== AMP) return NO_PROPS;
    const props: Props = {};
    for (let i = 0; i < 2; i++) {
      const c = t.charCodeAt(this.pos);
      if (c !== BANG && c !== AMP) break;
      if (c === BANG) {
        if (props.tag !== undefined) this.giveUp();
        this.readTag(props);
      } else {
        if (props.anchor !== undefined) this.giveUp();
        this.readAnchor(props);
      }
      const before = this.pos;
      this.skipBlank();
      if (this.pos === before && !isFlowIndicator(t.charCodeAt(this.pos))) this.giveUp();
    }
    if (props.anchor !== undefined && props.tag !== undefined) this.giveUp();
    return props;
  }
}

function isWhite(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR;
}

function isWhiteOrEnd(c: number): boolean {
  return Number.isNaN(c) || isWhite(c);
}

function isBreakOrEnd(c: number): boolean {
  return Number.isNaN(c) || c === LF || c === CR || c === SPACE;
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

/** Plain scalars may not start with an indicator (a few may when followed by a non-space). */
function isPlainStart(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c === DASH || c === 63 || c === COLON) return raw.length > 1 && !isWhite(raw.charCodeAt(1));
  return !(
    c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE || c === HASH || c === AMP || c === STAR ||
    c === BANG || c === PIPE || c === GT || c === SQUOTE || c === DQUOTE || c === 37 || c === 64 || c === 96
  );
}
