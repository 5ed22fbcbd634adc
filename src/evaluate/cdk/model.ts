/**
 * The evaluated CDK / CDKTF app: the contract between src/evaluate/cdk and src/extract/aws/cdk.ts.
 * Values are the shared `Value`s plus what a TypeScript program holds that a policy document never does:
 * arrays and object literals that may contain constructs, constructs themselves, and references to imported names.
 */
import type { SourceSpan } from '../../model/span.js';
import type { ToolError, UnresolvedItem } from '../../model/finding.js';
import type { Value } from '../value.js';
import type { TfResource } from '../terraform/model.js';

export interface JsArray {
  kind: 'array';
  items: JsValue[];
  span?: SourceSpan;
}

export interface JsRecord {
  kind: 'record';
  entries: Map<string, JsValue>;
  span?: SourceSpan;
  /** Span of each property (`key: value`), for attribute spans of CDKTF resources. */
  keySpans?: Map<string, SourceSpan>;
}

/** A name imported from a package (`iam`, `iam.PolicyStatement`, `Effect.DENY`): the package and the member path. */
export interface JsImportRef {
  kind: 'import';
  source: string;
  path: string[];
  span?: SourceSpan;
}

/** An object built with `new` (or a static factory) from a known library class. */
export interface CdkObject {
  kind: 'cdk';
  /** Library class name with aliases applied (`Role`, `PolicyStatement`, `Bucket`, `IamRole`...), or a class of the project. */
  className: string;
  /** Package it was imported from (`aws-cdk-lib/aws-iam`); `''` for classes of the project. */
  source: string;
  /** Construct id path (`MyStack/DeployRole`); `''` for the app and for objects that are not constructs. */
  path: string;
  span: SourceSpan;
  /** The properties argument (object literal), when it is one. */
  props: JsRecord;
  /** Other arguments (principals' constructor arguments, CDKTF scope/id are not kept here). */
  args: JsValue[];
  /** `this.x = ...` assignments and derived members (a function's role). */
  fields: Map<string, JsValue>;
  /** The enclosing stack (for its account). */
  stack?: CdkObject;
  /** Identities, Policy, ManagedPolicy, PolicyDocument: statements added by calls, in order. */
  statements: AddedStatement[];
  /** Resources: statements of the resource policy. */
  resourceStatements: AddedStatement[];
  /** Policy/ManagedPolicy: the identities it is attached to by calls. */
  attachedTo: CdkObject[];
  /** Identities: managed policies added by calls or `managedPolicies`. */
  managedPolicies: JsValue[];
  /** AWS managed or imported policies: the ARN. */
  arn?: string;
  /** CDKTF resources: the Terraform address the object stands for (`aws_iam_role.app`). */
  tfAddress?: string;
}

export interface AddedStatement {
  /** A PolicyStatement object (explicit) or a statement object built from a grant fact. */
  statement: CdkObject | { kind: 'fact'; value: Value };
  /** Where the statement is written: the statement's object literal, or the grant call. */
  span: SourceSpan;
  /** `Bucket.grantRead` for statements of a grant method. */
  grantMethod?: string;
  /** Resource policy statements of a grant to a principal that has no policy of its own: that principal. */
  principal?: CdkObject;
}

export type JsValue = Value | JsArray | JsRecord | JsImportRef | CdkObject;

export interface CdkEvaluation {
  /** Every library object created, in creation order. */
  objects: CdkObject[];
  /** CDKTF resources in the shape of evaluated Terraform, for the Terraform extractors. */
  tfResources: TfResource[];
  errors: ToolError[];
  unresolved: UnresolvedItem[];
  comments: Map<string, Array<{ line: number; column: number; text: string }>>;
}
