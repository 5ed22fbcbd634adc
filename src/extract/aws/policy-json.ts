/**
 * JSON text of a policy (a heredoc, a quoted string, a rendered file) parsed into a Value whose nodes carry
 * file positions. Unevaluated interpolations (`${expr}`) are accepted where a value is expected, so
 * `"Resource": ${jsonencode(var.arns)}` parses into an unknown element instead of failing.
 */
import type { SourceSpan } from '../../model/span.js';
import type { StringValue, Value } from '../../evaluate/value.js';
import { LineIndex } from '../../parse/cloudformation/position.js';
import { POLICY_JSON } from '../../parse/json/dialects.js';
import { parseJsonValue, type PositionMapper } from '../../parse/json/reader.js';

export type { PositionMapper, TextPosition } from '../../parse/json/reader.js';

export interface JsonPositionError {
  message: string;
  line: number;
  column: number;
}

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
  const lines = new LineIndex(text, span.file);
  const newlines = lines.position(text.length).line - 1;
  /** 0-based line and column of an offset in the text. */
  const locate = (offset: number): { lineIndex: number; columnIndex: number } => {
    const { line, column } = lines.position(offset);
    return { lineIndex: line - 1, columnIndex: column - 1 };
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

/** Policies nest four or five levels; deeper documents are reported instead of exhausting the stack. */
const MAX_POLICY_NESTING = 256;

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
  const r = parseJsonValue(text, {
    ...POLICY_JSON,
    file: fallback.file,
    // The policy dialect counts the document itself as the first level.
    maxDepth: MAX_POLICY_NESTING - 1,
    interpolations: { unknownExprs },
    positions: { map, fallback },
  });
  return r.error ? { error: { message: r.error.message, line: r.error.line, column: r.error.column } } : { value: r.value };
}
