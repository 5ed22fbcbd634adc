/**
 * JSON text of a policy (a heredoc, a quoted string, a rendered file) parsed into a Value whose nodes carry
 * file positions. Unevaluated interpolations (`${expr}`) are accepted where a value is expected, so
 * `"Resource": ${jsonencode(var.arns)}` parses into an unknown element instead of failing.
 */
import type { SourceSpan } from '../../model/span.js';
import type { StringValue, Value } from '../../evaluate/value.js';

export interface JsonPositionError {
  message: string;
  line: number;
  column: number;
}

export type TextPosition = { line: number; column: number };

/** Maps an offset in a string's text to its position in the file, when the layout allows it. */
export type PositionMapper = (offset: number) => TextPosition | undefined;

/**
 * Where the characters of an evaluated string sit in its file, judged from its span and line count:
 * a heredoc body starts on the line after `<<EOF` and ends on the line before the marker; a quoted string
 * is one line starting after its `"`; a whole rendered file starts at the span start. Other layouts
 * (compact jsonencode output spread over a multi-line call, template directives) cannot be mapped.
 */
export function positionMapperFor(value: StringValue): PositionMapper {
  const span = value.span;
  if (!span) return () => undefined;
  const text = value.value;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const newlines = lineStarts.length - 1;
  const locate = (offset: number): { lineIndex: number; columnIndex: number } => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { lineIndex: lo, columnIndex: offset - lineStarts[lo]! };
  };
  const spanLines = span.endLine - span.line;
  if (newlines > 0 && spanLines === newlines + 1 && text.endsWith('\n')) {
    return (offset) => {
      const { lineIndex, columnIndex } = locate(offset);
      return { line: span.line + 1 + lineIndex, column: 1 + (value.indent ?? 0) + columnIndex };
    };
  }
  // On one line, the span must be exactly the text (rendered file) or the text in quotes: with escapes (`\"`) in
  // between, offsets in the text no longer match columns in the file.
  const width = span.endColumn - span.column;
  if (newlines === 0 && width !== text.length && width !== text.length + 2) return () => undefined;
  if (spanLines === newlines) {
    // A quoted string's span includes its opening quote.
    const firstColumn = newlines === 0 && span.endColumn - span.column > text.length ? span.column + 1 : span.column;
    return (offset) => {
      const { lineIndex, columnIndex } = locate(offset);
      return lineIndex === 0 ? { line: span.line, column: firstColumn + columnIndex } : { line: span.line + lineIndex, column: 1 + columnIndex };
    };
  }
  return () => undefined;
}

const MAX_POLICY_NESTING = 256;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Parses JSON text into a Value. Every node gets a span from `map` (falling back to `fallback`), and
 * `${expr}` written where a value is expected becomes an unknown value. Strings keep `${expr}` text and list
 * the ones named in `unknownExprs`.
 */
export function parseJsonWithPositions(
  text: string,
  map: PositionMapper,
  fallback: SourceSpan,
  unknownExprs: readonly string[] = [],
): { value?: Value; error?: JsonPositionError } {
  let pos = 0;
  const spanOf = (start: number, end: number): SourceSpan => {
    const a = map(start);
    const b = map(end);
    if (!a || !b) return fallback;
    return { file: fallback.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  const skipSpace = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) pos++;
      else break;
    }
  };
  const fail = (expected: string): never => {
    const found = pos < text.length ? `'${text[pos]}'` : 'end of text';
    throw new JsonSyntaxError(`invalid policy JSON: expected ${expected}, found ${found}`, pos);
  };
  const unknownsIn = (s: string): string[] => unknownExprs.filter((e) => s.includes('${' + e + '}'));

  const parseString = (): string => {
    const start = pos;
    pos++; // opening quote
    let out = '';
    while (pos < text.length) {
      const c = text[pos]!;
      if (c === '"') {
        pos++;
        return out;
      }
      if (c === '\\') {
        const e = text[pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          pos += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
        } else {
          pos++;
          fail('a valid escape sequence');
        }
        continue;
      }
      if (c === '\n') fail('\'"\' to close the string');
      out += c;
      pos++;
    }
    pos = start;
    return fail('\'"\' to close the string');
  };

  const parseInterpolation = (): Value => {
    const start = pos;
    let depth = 1;
    pos += 2;
    while (pos < text.length && depth > 0) {
      const c = text[pos]!;
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '"') {
        parseString();
        continue;
      }
      pos++;
    }
    if (depth > 0) {
      pos = start;
      fail("'}' to close the interpolation");
    }
    const expr = text.slice(start + 2, pos - 1).trim();
    return { kind: 'unknown', expr, reason: 'interpolation', span: spanOf(start, pos) };
  };

  // Deeper documents are reported instead of exhausting the stack (policies nest four or five levels).
  let nesting = 0;
  const parseValue = (): Value => {
    if (++nesting > MAX_POLICY_NESTING) throw new JsonSyntaxError(`invalid policy JSON: nested deeper than ${MAX_POLICY_NESTING} levels`, pos);
    try {
      return parseValueAt();
    } finally {
      nesting--;
    }
  };
  const parseValueAt = (): Value => {
    skipSpace();
    const start = pos;
    const c = text[pos];
    if (c === '{') {
      pos++;
      const entries = new Map<string, Value>();
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return { kind: 'object', entries, span: spanOf(start, pos) };
      }
      for (;;) {
        skipSpace();
        if (text[pos] !== '"') fail('a property name in double quotes');
        const key = parseString();
        skipSpace();
        if (text[pos] !== ':') fail("':' after the property name");
        pos++;
        const v = parseValue();
        // Duplicate keys: the last one wins, as in JSON.parse.
        entries.set(key, v);
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return { kind: 'object', entries, span: spanOf(start, pos) };
        }
        fail("',' or '}' after a property value");
      }
    }
    if (c === '[') {
      pos++;
      const items: Value[] = [];
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return { kind: 'list', items, span: spanOf(start, pos) };
      }
      for (;;) {
        items.push(parseValue());
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return { kind: 'list', items, span: spanOf(start, pos) };
        }
        fail("',' or ']' after a list item");
      }
    }
    if (c === '"') {
      const s = parseString();
      const unknowns = unknownsIn(s);
      const v: StringValue = { kind: 'string', value: s, span: spanOf(start, pos) };
      if (unknowns.length > 0) v.unknowns = unknowns;
      return v;
    }
    if (c === '$' && text[pos + 1] === '{') return parseInterpolation();
    const literal = /^(true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(pos, pos + 64));
    if (literal) {
      const word = literal[1]!;
      pos += word.length;
      const span = spanOf(start, pos);
      if (word === 'true' || word === 'false') return { kind: 'bool', value: word === 'true', span };
      if (word === 'null') return { kind: 'null', span };
      return { kind: 'number', value: Number(word), span };
    }
    return fail('a JSON value');
  };

  try {
    const value = parseValue();
    skipSpace();
    if (pos < text.length) fail('end of the document');
    return { value };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const at = map(e.offset) ?? { line: fallback.line, column: fallback.column };
    return { error: { message: e.message, line: at.line, column: at.column } };
  }
}
