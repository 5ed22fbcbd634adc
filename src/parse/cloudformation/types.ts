import type { ToolError } from '../../model/finding.js';
import type { SourceSpan } from '../../model/span.js';
import type { ObjectValue, Value } from '../../evaluate/value.js';

/** A parsed template: the document as a Value (spans on every node), or the one located error that stopped parsing. */
export type ParsedTemplate =
  | {
      value: Value;
      /** For each object: the span of each `key: value` pair, key included (resources and properties point at these). */
      keySpans: WeakMap<ObjectValue, Map<string, SourceSpan>>;
      error?: undefined;
    }
  | { value?: undefined; keySpans?: undefined; error: ToolError };

/** Deeper documents are reported as a parse error instead of exhausting the stack. */
export const MAX_NESTING = 256;
