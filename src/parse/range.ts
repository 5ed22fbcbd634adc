/**
 * Positions in a parsed file, shared by the syntax trees of every hand-written parser (HCL, Bicep): 1-based line and
 * column (end column exclusive) and the 0-based UTF-16 offset. The front ends turn them into a SourceSpan once.
 */

/** A position. Treat positions as read-only: parsers share one object between nodes that start or end together. */
export interface Pos {
  line: number;
  column: number;
  /** 0-based UTF-16 offset into the file text. */
  offset: number;
}

export interface Range {
  start: Pos;
  end: Pos;
}
