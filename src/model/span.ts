/** Where something was written. Lines and columns are 1-based; end is exclusive of nothing: it is the last
 * character's line and the column just after it (like editors show a selection). Converted once, at the parser boundary. */
export interface SourceSpan {
  /** Repository-relative POSIX path. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Logical address, e.g. `module.ci.aws_iam_role.deploy[0]` or `Resources/DeployRole`. */
  address?: string;
}

export type SourceFormat = 'terraform' | 'tfplan' | 'cloudformation' | 'bicep' | 'arm' | 'cdk';

export interface GrantSource extends SourceSpan {
  format: SourceFormat;
}

/** Orders spans by file, then position: the one sort every output uses. */
export function compareSpans(a: SourceSpan, b: SourceSpan): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn;
}
