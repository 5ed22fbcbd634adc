/**
 * The evaluated Terraform configuration: the contract between src/evaluate/terraform and src/extract/<cloud>/terraform.ts.
 */
import type { SourceSpan } from '../../model/span.js';
import type { ToolError } from '../../model/finding.js';
import type { Value } from '../value.js';

/** One resource or data source instance (after count/for_each expansion). */
export interface TfResource {
  mode: 'managed' | 'data';
  /** e.g. aws_iam_role_policy */
  type: string;
  /** Block label, e.g. deploy */
  name: string;
  /** Full instance address: `module.ci.aws_iam_role_policy.deploy["x"]`, `data.aws_iam_policy_document.p`. */
  address: string;
  /** Address without the instance key: `module.ci.aws_iam_role_policy.deploy`. */
  baseAddress: string;
  /** Module path prefix, '' for the root: `module.ci`. */
  modulePath: string;
  /** Span of the whole block in its file (file is repository-relative). */
  span: SourceSpan;
  /** Evaluated arguments. Nested blocks appear as a list of objects under the block type name
   *  (e.g. `statement` → list of objects, each with its own span), dynamic blocks expanded. */
  body: Map<string, Value>;
  /** Span of each argument or nested block type, by name (the first one for repeated blocks). */
  attrSpans: Map<string, SourceSpan>;
  /** `count`/`for_each` key of this instance, when expanded. */
  instanceKey?: string | number;
}

/** A call of a module that was not evaluated (remote source, missing directory): reported as unresolved (info). */
export interface TfUnresolvedModule {
  address: string;
  source: string;
  span: SourceSpan;
  reason: string;
}

export interface TfEvaluation {
  resources: TfResource[];
  unresolvedModules: TfUnresolvedModule[];
  errors: ToolError[];
  /** Comments that may be directives (they mention grantlint), per file: repository-relative path -> comments. */
  comments: Map<string, Array<{ line: number; column: number; endLine: number; text: string }>>;
}
