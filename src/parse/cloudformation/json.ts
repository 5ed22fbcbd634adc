/** Strict JSON templates (and Terraform plans) → Value with a span on every node, through the shared JSON reader. */
import { TEMPLATE_JSON } from '../json/dialects.js';
import { parseJsonValue } from '../json/reader.js';
import { MAX_NESTING, type ParsedTemplate } from './types.js';

export function parseJsonTemplate(text: string, file: string): ParsedTemplate {
  const r = parseJsonValue(text, { ...TEMPLATE_JSON, file, maxDepth: MAX_NESTING });
  return r.error ? { error: r.error } : { value: r.value, keySpans: r.keySpans };
}
