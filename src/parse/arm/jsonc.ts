/**
 * JSON as Azure Resource Manager accepts it → Value with a span on every node: `//` and block comments, trailing
 * commas, and line breaks inside strings (ARM templates carry multi-line expressions). One pass, no intermediate
 * tree. Errors are located (file:line:col and what was expected).
 */
import type { ToolError } from '../../model/finding.js';
import type { SourceSpan } from '../../model/span.js';
import type { ObjectValue, Value } from '../../evaluate/value.js';
import { LineIndex } from '../cloudformation/position.js';

/** Deeper documents are reported as a parse error instead of exhausting the stack. */
const MAX_NESTING = 256;

export type ParsedJsonc =
  | {
      value: Value;
      /** For each object: the span of each `"key": value` pair, key included. */
      keySpans: WeakMap<ObjectValue, Map<string, SourceSpan>>;
      /** Comments with their position (for inline suppressions). */
      comments: Array<{ line: number; column: number; text: string }>;
      error?: undefined;
    }
  | { value?: undefined; keySpans?: undefined; comments?: undefined; error: ToolError };

export function parseJsonc(text: string, file: string): ParsedJsonc {
  const parser = new JsoncParser(text, file);
  try {
    const value = parser.parseDocument();
    return { value, keySpans: parser.keySpans, comments: parser.comments };
  } catch (e) {
    if (e instanceof JsoncSyntaxError) {
      const { line, column } = new LineIndex(text, file).position(e.offset);
      return { error: { file, line, column, message: `invalid JSON: ${e.message}`, code: 'parse' } };
    }
    throw e;
  }
}

class JsoncSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Positions are tracked while reading (the parser only moves forward): the current line and the offset where it
 * starts, so a span costs no search.
 */
class JsoncParser {
  pos = 0;
  private line = 1;
  private lineStart = 0;
  readonly keySpans = new WeakMap<ObjectValue, Map<string, SourceSpan>>();
  readonly comments: Array<{ line: number; column: number; text: string }> = [];

  constructor(
    readonly text: string,
    readonly file: string,
  ) {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** Line breaks in text[from, to) that the reader passed over. */
  private advanceLines(from: number, to: number): void {
    for (let i = this.text.indexOf('\n', from); i !== -1 && i < to; i = this.text.indexOf('\n', i + 1)) {
      this.line++;
      this.lineStart = i + 1;
    }
  }

  private mark(): { line: number; column: number } {
    return { line: this.line, column: this.pos - this.lineStart + 1 };
  }

  /** Span from a mark to the current position. */
  private spanFrom(start: { line: number; column: number }): SourceSpan {
    return { file: this.file, line: start.line, column: start.column, endLine: this.line, endColumn: this.pos - this.lineStart + 1 };
  }

  parseDocument(): Value {
    this.skipSpace();
    const value = this.parseValue(0);
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('expected end of file after the top-level value');
    return value;
  }

  private fail(message: string, offset = this.pos): never {
    throw new JsoncSyntaxError(message, offset);
  }

  private skipSpace(): void {
    const t = this.text;
    let p = this.pos;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 10) {
        p++;
        this.line++;
        this.lineStart = p;
      } else if (c === 32 || c === 13 || c === 9 || c === 0xfeff || c === 0xa0) p++;
      else if (c === 47 && t.charCodeAt(p + 1) === 47) {
        const end = t.indexOf('\n', p);
        const stop = end === -1 ? t.length : end;
        this.comments.push({ line: this.line, column: p - this.lineStart + 1, text: t.slice(p, stop).replace(/\r$/, '') });
        p = stop;
      } else if (c === 47 && t.charCodeAt(p + 1) === 42) {
        const end = t.indexOf('*/', p + 2);
        if (end === -1) this.fail('unterminated block comment: expected */', p);
        this.comments.push({ line: this.line, column: p - this.lineStart + 1, text: t.slice(p, end + 2) });
        this.advanceLines(p, end);
        p = end + 2;
      } else break;
    }
    this.pos = p;
  }

  private parseValue(depth: number): Value {
    if (depth > MAX_NESTING) this.fail(`document nested deeper than ${MAX_NESTING} levels`);
    const c = this.text[this.pos];
    switch (c) {
      case '{':
        return this.parseObject(depth);
      case '[':
        return this.parseArray(depth);
      case '"': {
        const start = this.mark();
        const value = this.parseString();
        return { kind: 'string', value, span: this.spanFrom(start) };
      }
      case 't':
        return this.parseWord('true', { kind: 'bool', value: true });
      case 'f':
        return this.parseWord('false', { kind: 'bool', value: false });
      case 'n':
        return this.parseWord('null', { kind: 'null' });
      case undefined:
        return this.fail('unexpected end of file: expected a value');
      default:
        if (c === '-' || (c >= '0' && c <= '9')) return this.parseNumber();
        return this.fail(`unexpected character ${JSON.stringify(c)}: expected a value`);
    }
  }

  private parseWord(word: string, value: Value): Value {
    const start = this.mark();
    if (!this.text.startsWith(word, this.pos)) this.fail('unexpected text: expected a value');
    this.pos += word.length;
    return { ...value, span: this.spanFrom(start) };
  }

  private parseNumber(): Value {
    const start = this.mark();
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = this.pos;
    const match = m.exec(this.text);
    if (!match) return this.fail('invalid number');
    this.pos += match[0].length;
    return { kind: 'number', value: Number(match[0]), span: this.spanFrom(start) };
  }

  /** A string; raw line breaks and tabs are kept as written (ARM accepts them). */
  private parseString(): string {
    const t = this.text;
    let p = this.pos + 1;
    let out = '';
    let chunk = p;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 34) break;
      if (Number.isNaN(c)) this.fail('unterminated string: expected a closing "', this.pos);
      if (c === 10) {
        this.line++;
        this.lineStart = p + 1;
      }
      if (c === 92) {
        out += t.slice(chunk, p);
        const e = t[p + 1];
        if (e === 'u') {
          const hex = t.slice(p + 2, p + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid \\u escape: expected four hex digits', p);
          out += String.fromCharCode(parseInt(hex, 16));
          p += 6;
        } else {
          const r = e === undefined ? undefined : ESCAPES[e];
          if (r === undefined) this.fail(`invalid escape \\${e ?? ''}`, p);
          out += r;
          p += 2;
        }
        chunk = p;
        continue;
      }
      p++;
    }
    out += t.slice(chunk, p);
    this.pos = p + 1;
    return out;
  }

  private parseObject(depth: number): ObjectValue {
    const start = this.mark();
    this.pos++;
    const entries = new Map<string, Value>();
    const spans = new Map<string, SourceSpan>();
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === '}') {
        this.pos++;
        break;
      }
      const keyStart = this.mark();
      if (this.text[this.pos] !== '"') this.fail(this.text[this.pos] === undefined ? "unexpected end of file: expected '}'" : "expected a property name in double quotes or '}'");
      const key = this.parseString();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail(`expected ':' after property name ${JSON.stringify(key)}`);
      this.pos++;
      this.skipSpace();
      const value = this.parseValue(depth + 1);
      entries.delete(key);
      entries.set(key, value);
      spans.set(key, this.spanFrom(keyStart));
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '}') {
        this.pos++;
        break;
      }
      this.fail(c === undefined ? "unexpected end of file: expected ',' or '}'" : "expected ',' or '}' after a property value");
    }
    const obj: ObjectValue = { kind: 'object', entries, span: this.spanFrom(start) };
    this.keySpans.set(obj, spans);
    return obj;
  }

  private parseArray(depth: number): Value {
    const start = this.mark();
    this.pos++;
    const items: Value[] = [];
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === ']') {
        this.pos++;
        break;
      }
      items.push(this.parseValue(depth + 1));
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        break;
      }
      this.fail(c === undefined ? "unexpected end of file: expected ',' or ']'" : "expected ',' or ']' after an array item");
    }
    return { kind: 'list', items, span: this.spanFrom(start) };
  }
}
