/**
 * HCL2 syntax tree. Every node has a span (1-based line/column, end exclusive column) and byte offsets.
 * This file is the contract between the HCL parser (src/parse/hcl) and the Terraform evaluator (src/evaluate/terraform).
 */

import type { Range } from '../range.js';

export type { Pos, Range } from '../range.js';

interface NodeBase {
  /** Nodes of the native syntax are their own range (`node.range === node`, see nodes.ts): code walking a tree skips `range`. */
  range: Range;
}

export interface Comment extends NodeBase {
  /** Raw text including the `#`, `//` or `/* *\/` markers. */
  text: string;
  kind: 'line' | 'block';
}

export interface HclFile {
  path: string;
  body: Body;
  comments: Comment[];
}

export interface Body extends NodeBase {
  type: 'Body';
  attributes: Attribute[];
  blocks: Block[];
  /** Attributes and blocks in source order. */
  items: Array<Attribute | Block>;
  /**
   * Set on bodies read from Terraform's JSON syntax (parseTfJson). Without a provider schema JSON cannot tell a
   * nested block from a map-valued attribute: known block names (meta-blocks, IAM policy statements) become blocks,
   * anything else stays an attribute whose value may be an object or a tuple of objects.
   */
  fromJson?: boolean;
}

export interface Attribute extends NodeBase {
  type: 'Attribute';
  name: string;
  nameRange: Range;
  expr: Expression;
}

export interface Block extends NodeBase {
  type: 'Block';
  blockType: string;
  typeRange: Range;
  labels: string[];
  labelRanges: Range[];
  body: Body;
}

export type Expression =
  | LiteralExpr
  | TemplateExpr
  | TupleExpr
  | ObjectExpr
  | VariableExpr
  | GetAttrExpr
  | IndexExpr
  | SplatExpr
  | FunctionCallExpr
  | ConditionalExpr
  | BinaryExpr
  | UnaryExpr
  | ForExpr
  | ParenExpr
  | SplatItemExpr;

export interface LiteralExpr extends NodeBase {
  type: 'Literal';
  value: string | number | boolean | null;
}

/** A quoted string or heredoc. Parts alternate literal text, interpolations and directives. */
export interface TemplateExpr extends NodeBase {
  type: 'Template';
  parts: TemplatePart[];
  heredoc?: { marker: string; indent: boolean; /** `<<-`: spaces removed from the start of every line. */ stripped?: number };
}

export type TemplatePart = TemplateLiteral | TemplateInterpolation | TemplateIf | TemplateFor;

export interface TemplateLiteral extends NodeBase {
  type: 'TemplateLiteral';
  /** Text with escapes processed (`$${` → `${`, `\n` → newline in quoted strings). */
  value: string;
}

export interface TemplateInterpolation extends NodeBase {
  type: 'TemplateInterpolation';
  expr: Expression;
  stripLeft: boolean;
  stripRight: boolean;
}

export interface TemplateIf extends NodeBase {
  type: 'TemplateIf';
  cond: Expression;
  then: TemplatePart[];
  else?: TemplatePart[];
}

export interface TemplateFor extends NodeBase {
  type: 'TemplateFor';
  keyVar?: string;
  valueVar: string;
  collection: Expression;
  body: TemplatePart[];
}

export interface TupleExpr extends NodeBase {
  type: 'Tuple';
  items: Expression[];
}

export interface ObjectItem extends NodeBase {
  /** The key expression: a bare identifier is a VariableExpr whose name is the key (Terraform treats it as a literal key). */
  key: Expression;
  value: Expression;
}

export interface ObjectExpr extends NodeBase {
  type: 'Object';
  items: ObjectItem[];
}

/** A root name: `var`, `local`, `aws_iam_role`, `each`, `count`, `path`, `module`, `data`, a for-variable... */
export interface VariableExpr extends NodeBase {
  type: 'Variable';
  name: string;
}

export interface GetAttrExpr extends NodeBase {
  type: 'GetAttr';
  object: Expression;
  name: string;
}

export interface IndexExpr extends NodeBase {
  type: 'Index';
  object: Expression;
  key: Expression;
  /** Legacy `foo.0` form. */
  legacy?: boolean;
}

/** `x[*].a.b` (full) or `x.*.a` (attribute-only). `each` holds the traversal applied to every element, relative to SplatItem. */
export interface SplatExpr extends NodeBase {
  type: 'Splat';
  object: Expression;
  kind: 'full' | 'attr';
  each: Expression;
}

/** Stands for the current element inside SplatExpr.each. */
export interface SplatItemExpr extends NodeBase {
  type: 'SplatItem';
}

export interface FunctionCallExpr extends NodeBase {
  type: 'FunctionCall';
  /** May contain a provider namespace: `provider::aws::arn_parse`. */
  name: string;
  args: Expression[];
  /** Last argument followed by `...`. */
  expandFinal: boolean;
}

export interface ConditionalExpr extends NodeBase {
  type: 'Conditional';
  cond: Expression;
  then: Expression;
  else: Expression;
}

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface BinaryExpr extends NodeBase {
  type: 'Binary';
  op: BinaryOp;
  left: Expression;
  right: Expression;
}

export interface UnaryExpr extends NodeBase {
  type: 'Unary';
  op: '!' | '-';
  operand: Expression;
}

export interface ForExpr extends NodeBase {
  type: 'For';
  keyVar?: string;
  valueVar: string;
  collection: Expression;
  /** Present for object-producing `{for ...: k => v}`. */
  keyExpr?: Expression;
  valueExpr: Expression;
  cond?: Expression;
  /** `...` grouping mode in object for. */
  group: boolean;
  kind: 'tuple' | 'object';
}

export interface ParenExpr extends NodeBase {
  type: 'Paren';
  expr: Expression;
}

export type AnyNode = Expression | Body | Attribute | Block;

export interface HclDiagnostic {
  message: string;
  range: Range;
}

export interface HclParseResult {
  file: HclFile;
  /** Located errors; the parser recovers and keeps going. Empty means the file is valid HCL. */
  errors: HclDiagnostic[];
}
