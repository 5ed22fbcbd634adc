import type { ToolError } from '../../model/finding.js';
import type { SourceSpan } from '../../model/span.js';
import type { ObjectValue, Value } from '../../evaluate/value.js';

/** A parsed template: the document as a Value (spans on every node), or the one located error that stopped parsing. */
export type ParsedTemplate =
  | {
      value: Value;
      /**
       * The span of each `key: value` pair, key included, for the objects readTemplate reads them of (the root, the
       * Resources, each resource and its Properties): objects down to PROPERTIES_DEPTH.
       */
      keySpans: WeakMap<ObjectValue, Map<string, SourceSpan>>;
      error?: undefined;
    }
  | { value?: undefined; keySpans?: undefined; error: ToolError };

/** Deeper documents are reported as a parse error instead of exhausting the stack. */
export const MAX_NESTING = 256;

/**
 * Depth of a resource's Properties (the root is 0, Resources 1, a resource 2): the deepest objects whose key spans the
 * readers record. Deeper objects (the statements and intrinsics that make most of a template) are never asked for theirs.
 */
export const PROPERTIES_DEPTH = 3;
