/**
 * The one JSON reader of the front ends that need source positions: CloudFormation templates and Terraform plans
 * (strict JSON), ARM templates (comments, trailing commas, line breaks in strings) and IAM policies embedded in other
 * files (offsets mapped back to the host file, `${expr}` interpolations). One forward pass builds Values with a span on
 * every node; the current line is tracked while reading, so a span costs no search.
 */
import type { SourceSpan } from '../../model/span.js';
import type { ObjectValue, StringValue, Value } from '../../evaluate/value.js';
import type { ToolError } from '../../model/finding.js';
import type { JsonMessages, JsonProblem, JsonProblemKind } from './dialects.js';

export type TextPosition = { line: number; column: number };

/** Maps an offset in the text to its position in the file, when the layout allows it. */
export type PositionMapper = (offset: number) => TextPosition | undefined;

export interface JsonComment {
  line: number;
  column: number;
  /** As written, delimiters included (a line comment without its line break). */
  text: string;
}

export interface JsonReadOptions {
  /** The file named in spans (unless `positions` maps them). */
  file: string;
  messages: JsonMessages;
  /** Deepest nesting allowed, the top-level value being depth 0; deeper documents are an error, not a stack overflow. */
  maxDepth: number;
  /** `//` and block comments between tokens, collected in the result. */
  comments?: boolean;
  /** A comma before `}` or `]`. */
  trailingCommas?: boolean;
  /** Raw control characters inside strings: all rejected (RFC 8259, the default), all kept, or only line breaks rejected. */
  controlCharactersInStrings?: 'reject' | 'allow' | 'reject-line-breaks';
  /** U+FEFF anywhere counts as whitespace (a leading byte order mark is always skipped). */
  byteOrderMarkIsSpace?: boolean;
  /** U+00A0 counts as whitespace. */
  noBreakSpaceIsSpace?: boolean;
  /** A repeated key keeps the last value either way; 'move' also moves the key to where it was last written. */
  duplicateKeys?: 'move' | 'keep-position';
  /** Record the span of each `"key": value` pair of the objects down to this depth (the top-level value is depth 0). */
  keySpanDepth?: number;
  /**
   * `${expr}` where a value is expected becomes an unknown value; strings that contain `${e}` for an `e` of
   * `unknownExprs` list it in `unknowns`.
   */
  interpolations?: { unknownExprs: readonly string[] };
  /** Text embedded in another file: positions come from `map`; nodes it cannot place get the `fallback` span. */
  positions?: { map: PositionMapper; fallback: SourceSpan };
}

export type JsonReadResult =
  | {
      value: Value;
      /** For each object: the span of each `"key": value` pair, key included (empty unless `keySpans`). */
      keySpans: WeakMap<ObjectValue, Map<string, SourceSpan>>;
      comments: JsonComment[];
      error?: undefined;
    }
  | { value?: undefined; keySpans?: undefined; comments?: undefined; error: ToolError };

export function parseJsonValue(text: string, options: JsonReadOptions): JsonReadResult {
  const reader = new JsonReader(text, options);
  try {
    const value = reader.document();
    return { value, keySpans: reader.keySpans, comments: reader.comments };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const { message, offset } = options.messages(e.problem, text);
    const positions = options.positions;
    const at = positions ? (positions.map(offset) ?? { line: positions.fallback.line, column: positions.fallback.column }) : positionOf(text, offset);
    return { error: { file: options.file, line: at.line, column: at.column, message, code: 'parse' } };
  }
}

/** 1-based line and column of an offset (error path only: counts line breaks from the start). */
function positionOf(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

class JsonSyntaxError extends Error {
  constructor(readonly problem: JsonProblem) {
    super(problem.kind);
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Value of a hex digit, or -1. */
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

class JsonReader {
  private pos = 0;
  /** Current line (1-based) and the offset where it starts. */
  private line = 1;
  private lineStart = 0;
  readonly keySpans = new WeakMap<ObjectValue, Map<string, SourceSpan>>();
  readonly comments: JsonComment[] = [];

  private readonly file: string;
  private readonly maxDepth: number;
  private readonly allowComments: boolean;
  private readonly trailingCommas: boolean;
  private readonly controlCharacters: 'reject' | 'allow' | 'reject-line-breaks';
  private readonly bomIsSpace: boolean;
  private readonly nbspIsSpace: boolean;
  private readonly moveDuplicates: boolean;
  private readonly keySpanDepth: number;
  private readonly interpolations: boolean;
  private readonly unknownExprs: readonly string[];
  private readonly map: PositionMapper | undefined;
  private readonly fallback: SourceSpan | undefined;

  constructor(
    private readonly text: string,
    options: JsonReadOptions,
  ) {
    this.file = options.file;
    this.maxDepth = options.maxDepth;
    this.allowComments = options.comments ?? false;
    this.trailingCommas = options.trailingCommas ?? false;
    this.controlCharacters = options.controlCharactersInStrings ?? 'reject';
    this.bomIsSpace = options.byteOrderMarkIsSpace ?? false;
    this.nbspIsSpace = options.noBreakSpaceIsSpace ?? false;
    this.moveDuplicates = (options.duplicateKeys ?? 'move') === 'move';
    this.keySpanDepth = options.keySpanDepth ?? -1;
    this.interpolations = options.interpolations !== undefined;
    this.unknownExprs = options.interpolations?.unknownExprs ?? [];
    this.map = options.positions?.map;
    this.fallback = options.positions?.fallback;
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  document(): Value {
    const value = this.value(0);
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('trailing-text', this.pos);
    return value;
  }

  private fail(kind: JsonProblemKind, offset: number, key?: string): never {
    throw new JsonSyntaxError(key === undefined ? { kind, offset } : { kind, offset, key });
  }

  /** Span from a start (offset, line, line start) to the current position. */
  private spanFrom(start: number, startLine: number, startLineStart: number): SourceSpan {
    if (this.map) return this.mappedSpan(start, this.pos);
    return { file: this.file, line: startLine, column: start - startLineStart + 1, endLine: this.line, endColumn: this.pos - this.lineStart + 1 };
  }

  private mappedSpan(start: number, end: number): SourceSpan {
    const a = this.map!(start);
    const b = this.map!(end);
    if (!a || !b) return this.fallback!;
    return { file: this.fallback!.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  private skipSpace(): void {
    const t = this.text;
    let p = this.pos;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 13 || c === 9) p++;
      else if (c === 10) {
        p++;
        this.line++;
        this.lineStart = p;
      } else if (c === 47 && this.allowComments && (t.charCodeAt(p + 1) === 47 || t.charCodeAt(p + 1) === 42)) p = this.comment(p);
      else if ((c === 0xfeff && this.bomIsSpace) || (c === 0xa0 && this.nbspIsSpace)) p++;
      else break;
    }
    this.pos = p;
  }

  /** Records the comment at `p` and returns the offset after it. */
  private comment(p: number): number {
    const t = this.text;
    const column = p - this.lineStart + 1;
    if (t.charCodeAt(p + 1) === 47) {
      const lineBreak = t.indexOf('\n', p);
      const stop = lineBreak === -1 ? t.length : lineBreak;
      const end = t.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
      this.comments.push({ line: this.line, column, text: t.slice(p, end) });
      return stop;
    }
    const close = t.indexOf('*/', p + 2);
    if (close === -1) this.fail('unterminated-comment', p);
    this.comments.push({ line: this.line, column, text: t.slice(p, close + 2) });
    for (let i = t.indexOf('\n', p); i !== -1 && i < close; i = t.indexOf('\n', i + 1)) {
      this.line++;
      this.lineStart = i + 1;
    }
    return close + 2;
  }

  private value(depth: number): Value {
    const searchStart = this.pos;
    this.skipSpace();
    const start = this.pos;
    if (depth > this.maxDepth) throw new JsonSyntaxError({ kind: 'too-deep', offset: start, maxDepth: this.maxDepth, searchStart });
    const startLine = this.line;
    const startLineStart = this.lineStart;
    const t = this.text;
    const c = t.charCodeAt(start);
    switch (c) {
      case 123: // {
        return this.object(depth, startLine, startLineStart);
      case 91: // [
        return this.array(depth, startLine, startLineStart);
      case 34: {
        const value = this.string();
        const v: StringValue = { kind: 'string', value, span: this.spanFrom(start, startLine, startLineStart) };
        if (this.unknownExprs.length > 0) {
          const unknowns = this.unknownExprs.filter((e) => value.includes('${' + e + '}'));
          if (unknowns.length > 0) v.unknowns = unknowns;
        }
        return v;
      }
      case 116: // t
        this.word('true');
        return { kind: 'bool', value: true, span: this.spanFrom(start, startLine, startLineStart) };
      case 102: // f
        this.word('false');
        return { kind: 'bool', value: false, span: this.spanFrom(start, startLine, startLineStart) };
      case 110: // n
        this.word('null');
        return { kind: 'null', span: this.spanFrom(start, startLine, startLineStart) };
      default:
        if (c === 45 || isDigit(c)) {
          const value = this.number();
          return { kind: 'number', value, span: this.spanFrom(start, startLine, startLineStart) };
        }
        if (c === 36 && this.interpolations && t.charCodeAt(start + 1) === 123) return this.interpolation(startLine, startLineStart);
        return this.fail(start >= t.length ? 'end-of-text' : 'unexpected-character', start);
    }
  }

  private word(word: string): void {
    if (!this.text.startsWith(word, this.pos)) this.fail('bad-literal', this.pos);
    this.pos += word.length;
  }

  /** `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`: a fraction or exponent without digits is left unread. */
  private number(): number {
    const t = this.text;
    const start = this.pos;
    let p = start;
    if (t.charCodeAt(p) === 45) p++;
    const first = t.charCodeAt(p);
    if (first === 48) p++;
    else if (isDigit(first)) {
      p++;
      while (isDigit(t.charCodeAt(p))) p++;
    } else this.fail('bad-number', start);
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
  private string(): string {
    const t = this.text;
    const quote = this.pos;
    let p = quote + 1;
    let out = '';
    let chunk = p;
    for (;;) {
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
      if (c !== c) this.fail('unterminated-string', quote); // NaN: past the end
      this.controlCharacter(c, p);
      p++;
    }
    this.pos = p + 1;
    return out + t.slice(chunk, p);
  }

  /** The character that the escape at `p` (a backslash) stands for. */
  private escape(p: number): string {
    const t = this.text;
    switch (t.charCodeAt(p + 1)) {
      case 34:
        return '"';
      case 92:
        return '\\';
      case 47:
        return '/';
      case 98:
        return '\b';
      case 102:
        return '\f';
      case 110:
        return '\n';
      case 114:
        return '\r';
      case 116:
        return '\t';
      case 117: {
        let code = 0;
        for (let i = p + 2; i < p + 6; i++) {
          const h = hexValue(t.charCodeAt(i));
          if (h < 0) this.fail('bad-unicode-escape', p);
          code = code * 16 + h;
        }
        return String.fromCharCode(code);
      }
      default:
        return this.fail('bad-escape', p);
    }
  }

  /** A raw control character at `p` inside a string: rejected, or kept (a line break still starts a new line). */
  private controlCharacter(c: number, p: number): void {
    const mode = this.controlCharacters;
    if (mode === 'reject' || (mode === 'reject-line-breaks' && c === 10)) this.fail('control-character', p);
    if (c === 10) {
      this.line++;
      this.lineStart = p + 1;
    }
  }

  private object(depth: number, startLine: number, startLineStart: number): ObjectValue {
    const t = this.text;
    const start = this.pos;
    this.pos++;
    const entries = new Map<string, Value>();
    const spans = depth <= this.keySpanDepth ? new Map<string, SourceSpan>() : undefined;
    this.skipSpace();
    if (t.charCodeAt(this.pos) !== 125) {
      for (;;) {
        const keyStart = this.pos;
        const keyLine = this.line;
        const keyLineStart = this.lineStart;
        if (t.charCodeAt(keyStart) !== 34) this.fail('expected-key', keyStart);
        const key = this.string();
        this.skipSpace();
        if (t.charCodeAt(this.pos) !== 58) this.fail('expected-colon', this.pos, key);
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
        this.fail('expected-comma-or-brace', this.pos);
      }
    }
    this.pos++;
    const obj: ObjectValue = { kind: 'object', entries, span: this.spanFrom(start, startLine, startLineStart) };
    if (spans) this.keySpans.set(obj, spans);
    return obj;
  }

  private array(depth: number, startLine: number, startLineStart: number): Value {
    const t = this.text;
    const start = this.pos;
    this.pos++;
    const items: Value[] = [];
    this.skipSpace();
    if (t.charCodeAt(this.pos) !== 93) {
      for (;;) {
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
        this.fail('expected-comma-or-bracket', this.pos);
      }
    }
    this.pos++;
    return { kind: 'list', items, span: this.spanFrom(start, startLine, startLineStart) };
  }

  /** `${...}` up to its matching brace (strings inside may hold braces): an unknown value. */
  private interpolation(startLine: number, startLineStart: number): Value {
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
    if (depth > 0) this.fail('unterminated-interpolation', start);
    const expr = t.slice(start + 2, this.pos - 1).trim();
    return { kind: 'unknown', expr, reason: 'interpolation', span: this.spanFrom(start, startLine, startLineStart) };
  }
}
