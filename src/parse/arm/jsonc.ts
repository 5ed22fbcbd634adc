/**
 * JSON as Azure Resource Manager accepts it → Value with a span on every node: `//` and block comments, trailing
 * commas, and line breaks inside strings (ARM templates carry multi-line expressions). Read by the shared JSON reader;
 * errors are located (file:line:col and what was expected), comments are kept for inline suppressions.
 */
import { ARM_JSON } from '../json/dialects.js';
import { parseJsonValue, type JsonReadResult } from '../json/reader.js';

/** Deeper documents are reported as a parse error instead of exhausting the stack. */
const MAX_NESTING = 256;

export type ParsedJsonc = JsonReadResult;

export function parseJsonc(text: string, file: string): ParsedJsonc {
  return parseJsonValue(text, { ...ARM_JSON, file, maxDepth: MAX_NESTING });
}
