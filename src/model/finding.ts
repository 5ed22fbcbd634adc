import type { Category, Severity } from './severity.js';
import type { SourceSpan } from './span.js';
import type { Principal } from './grant.js';

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Message id in the rule's meta.messages. */
  messageId: string;
  data: Record<string, string | number>;
  /** Rendered message. */
  message: string;
  span: SourceSpan;
  principal?: Principal;
  /** Ids of the grants behind the finding. */
  grantIds: string[];
  /** Stable across line shifts: rule, address, principal, normalized grant. */
  fingerprint: string;
  suppressed?: { kind: 'inline' | 'exemption' | 'baseline'; reason: string; expires?: string };
}

/** A problem of the tool itself (unreadable or unparsable input, bad flags, bad policy file). Never suppressible. */
export interface ToolError {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  /** Machine-readable kind: parse, read, too-large, binary, encoding, symlink, config, internal. */
  code: string;
}

/** Something a front end could not evaluate that is not part of a grant (a remote module call, a linked template). */
export interface UnresolvedItem {
  span: import('./span.js').SourceSpan;
  /** The expression or source as written. */
  expr: string;
  reason: string;
}
