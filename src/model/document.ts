import type { ToolError, UnresolvedItem } from './finding.js';
import type { Grant } from './grant.js';

/** One input file as read by discover. */
export interface SourceFile {
  /** Absolute path on disk. */
  absPath: string;
  /** Repository-relative POSIX path used in every output. */
  path: string;
  text: string;
}

/** What each front end (parse → evaluate → extract of one format) returns for its files. */
export interface FrontEndResult {
  grants: Grant[];
  errors: ToolError[];
  unresolved: UnresolvedItem[];
  /** Files the front end read (repository-relative). */
  files: string[];
  /** Comments that may hold suppressions, by file: line -> comment text. */
  comments?: Map<string, Array<{ line: number; column: number; text: string }>>;
}
