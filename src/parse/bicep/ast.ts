/**
 * Bicep syntax tree (both `.bicep` and `.bicepparam`). Every node has a range: 1-based line/column, end column
 * exclusive, plus 0-based UTF-16 offsets. This file is the contract between the Bicep parser (src/parse/bicep) and
 * the Bicep evaluator (src/evaluate/bicep).
 */

import type { Range } from '../range.js';

export type { Pos, Range } from '../range.js';

interface NodeBase {
  range: Range;
}

export interface Comment extends NodeBase {
  /** Raw text including the `//` or `/* *\/` markers, or the whole `#disable-next-line ...` directive line. */
  text: string;
  kind: 'line' | 'block' | 'directive';
}

export interface ParseError {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based offsets of the error range. */
  offset: number;
  endOffset: number;
}

export interface BicepProgram extends NodeBase {
  type: 'Program';
  /** Repository-relative path as given to the parser. */
  path: string;
  /** `bicepparam` for `.bicepparam` files (using/extends/param assignments), else `bicep`. */
  fileKind: 'bicep' | 'bicepparam';
  statements: Statement[];
}

export interface Identifier extends NodeBase {
  type: 'Identifier';
  name: string;
}

/** `@expr` before a declaration, object-type property or tuple item. `expr` is a call (possibly `ns.fn(...)`). */
export interface Decorator extends NodeBase {
  type: 'Decorator';
  expr: Expression;
  /** Name of the decorator function (`description` for `@sys.description(...)`), '' when malformed. */
  name: string;
  /** Namespace when written qualified (`sys` in `@sys.description`). */
  namespace?: string;
  args: Expression[];
}

export type Statement =
  | TargetScopeDecl
  | MetadataDecl
  | ParamDecl
  | VarDecl
  | ResourceDecl
  | ModuleDecl
  | OutputDecl
  | TypeDecl
  | FunctionDecl
  | ImportDecl
  | ExtensionDecl
  | TestDecl
  | AssertDecl
  | UsingDecl
  | ExtendsDecl
  | ExtensionConfigDecl;

export interface TargetScopeDecl extends NodeBase {
  type: 'TargetScope';
  decorators: Decorator[];
  value: Expression;
}

export interface MetadataDecl extends NodeBase {
  type: 'Metadata';
  decorators: Decorator[];
  name: Identifier;
  value: Expression;
}

/**
 * `param name type = default` in `.bicep`; `param name = value` in `.bicepparam` (then `paramType` is absent and
 * `value` is the assigned value).
 */
export interface ParamDecl extends NodeBase {
  type: 'Param';
  decorators: Decorator[];
  name: Identifier;
  paramType?: TypeExpression;
  /** `param x resource 'Microsoft.X/y@v'`. */
  resourceType?: StringExpr;
  value?: Expression;
}

export interface VarDecl extends NodeBase {
  type: 'Var';
  decorators: Decorator[];
  name: Identifier;
  varType?: TypeExpression;
  value: Expression;
}

export interface ResourceDecl extends NodeBase {
  type: 'Resource';
  decorators: Decorator[];
  name: Identifier;
  /** `'Microsoft.Authorization/roleAssignments@2022-04-01'` */
  resourceType: StringExpr;
  existing: boolean;
  /** An ObjectExpr, an IfCondition or a ForExpr. */
  value: Expression;
}

export interface ModuleDecl extends NodeBase {
  type: 'Module';
  decorators: Decorator[];
  name: Identifier;
  /** Module path: local file, `br:`/`br/alias:` registry or `ts:` template spec. */
  path: StringExpr;
  value: Expression;
}

export interface OutputDecl extends NodeBase {
  type: 'Output';
  decorators: Decorator[];
  name: Identifier;
  outputType?: TypeExpression;
  resourceType?: StringExpr;
  value: Expression;
}

export interface TypeDecl extends NodeBase {
  type: 'TypeDecl';
  decorators: Decorator[];
  name: Identifier;
  value: TypeExpression;
}

export interface FunctionDecl extends NodeBase {
  type: 'Function';
  decorators: Decorator[];
  name: Identifier;
  lambda: TypedLambdaExpr;
}

export interface ImportItem extends NodeBase {
  type: 'ImportItem';
  /** The exported name; an Identifier or a quoted name (`'not-an-identifier' as x`). */
  original: Identifier | StringExpr;
  alias?: Identifier;
}

/** `import {a, b as c} from 'x'` (items) or `import * as ns from 'x'` (wildcard). */
export interface ImportDecl extends NodeBase {
  type: 'Import';
  decorators: Decorator[];
  items?: ImportItem[];
  wildcard?: Identifier;
  from: StringExpr;
}

/** `extension az`, `extension 'br:...' with {...} as alias`, and the older `provider` keyword. */
export interface ExtensionDecl extends NodeBase {
  type: 'Extension';
  decorators: Decorator[];
  keyword: 'extension' | 'provider';
  specification: Identifier | StringExpr;
  config?: Expression;
  alias?: Identifier;
}

export interface TestDecl extends NodeBase {
  type: 'Test';
  decorators: Decorator[];
  name: Identifier;
  path: StringExpr;
  value: Expression;
}

export interface AssertDecl extends NodeBase {
  type: 'Assert';
  decorators: Decorator[];
  name: Identifier;
  value: Expression;
}

/** `.bicepparam`: `using './main.bicep'` or `using none`. */
export interface UsingDecl extends NodeBase {
  type: 'Using';
  decorators: Decorator[];
  /** Absent for `using none`. */
  path?: StringExpr;
  /** `using './main.bicep' with {...}` */
  config?: Expression;
}

/** `.bicepparam`: `extends './shared.bicepparam'`. */
export interface ExtendsDecl extends NodeBase {
  type: 'Extends';
  decorators: Decorator[];
  path: StringExpr;
}

/** `.bicepparam`: `extensionConfig name with {...}`. */
export interface ExtensionConfigDecl extends NodeBase {
  type: 'ExtensionConfig';
  decorators: Decorator[];
  name: Identifier;
  config: Expression;
}

// ---------------------------------------------------------------------------------------------------------------
// Expressions

export type Expression =
  | Literal
  | StringExpr
  | ArrayExpr
  | ObjectExpr
  | VariableExpr
  | PropertyAccessExpr
  | IndexAccessExpr
  | ResourceAccessExpr
  | CallExpr
  | NonNullExpr
  | UnaryExpr
  | BinaryExpr
  | TernaryExpr
  | ParenExpr
  | LambdaExpr
  | ForExpr
  | IfCondition;

/** Numbers (integers), `true`, `false`, `null`. */
export interface Literal extends NodeBase {
  type: 'Literal';
  value: number | boolean | null;
}

/**
 * A single-quoted or multi-line string. `segments` always has one more entry than `expressions`: the text is
 * segments[0] + ${expressions[0]} + segments[1] + ... Escapes are decoded; a multi-line string's leading newline is dropped.
 */
export interface StringExpr extends NodeBase {
  type: 'String';
  segments: string[];
  expressions: Expression[];
  multiline: boolean;
}

/** `...expr` inside an array or object. */
export interface SpreadElement extends NodeBase {
  type: 'Spread';
  expr: Expression;
}

export interface ArrayExpr extends NodeBase {
  type: 'Array';
  items: Array<Expression | SpreadElement>;
}

export interface ObjectProperty extends NodeBase {
  type: 'Property';
  /** An identifier key or a string key (possibly interpolated). */
  key: Identifier | StringExpr;
  /** The key's text when static (identifier or string without interpolation); undefined otherwise. */
  name?: string;
  value: Expression;
}

export interface ObjectExpr extends NodeBase {
  type: 'Object';
  properties: Array<ObjectProperty | SpreadElement>;
  /** Nested child resources declared inside a resource body. */
  resources: ResourceDecl[];
}

/** A bare name: a parameter, variable, resource, module, loop variable, lambda parameter or namespace (`az`, `sys`). */
export interface VariableExpr extends NodeBase {
  type: 'Variable';
  name: string;
}

/** `a.b` or `a.?b` (safe). */
export interface PropertyAccessExpr extends NodeBase {
  type: 'PropertyAccess';
  object: Expression;
  property: Identifier;
  safe: boolean;
}

/** `a[i]`, `a[?i]` (safe), `a[^i]` (from the end). */
export interface IndexAccessExpr extends NodeBase {
  type: 'IndexAccess';
  object: Expression;
  index: Expression;
  safe: boolean;
  fromEnd: boolean;
}

/** `parent::child` */
export interface ResourceAccessExpr extends NodeBase {
  type: 'ResourceAccess';
  object: Expression;
  resource: Identifier;
}

/** `fn(args)` or `ns.fn(args)` / `res.fn(args)` (then `object` is the expression before the dot). */
export interface CallExpr extends NodeBase {
  type: 'Call';
  object?: Expression;
  name: Identifier;
  args: Expression[];
}

/** Postfix `expr!` */
export interface NonNullExpr extends NodeBase {
  type: 'NonNull';
  expr: Expression;
}

export interface UnaryExpr extends NodeBase {
  type: 'Unary';
  operator: '!' | '-' | '+';
  operand: Expression;
}

export type BinaryOperator =
  | '||'
  | '&&'
  | '??'
  | '=='
  | '!='
  | '=~'
  | '!~'
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '*'
  | '/'
  | '%';

export interface BinaryExpr extends NodeBase {
  type: 'Binary';
  operator: BinaryOperator;
  left: Expression;
  right: Expression;
}

export interface TernaryExpr extends NodeBase {
  type: 'Ternary';
  condition: Expression;
  then: Expression;
  else: Expression;
}

export interface ParenExpr extends NodeBase {
  type: 'Paren';
  expr: Expression;
}

/** `x => body` or `(x, y) => body`. */
export interface LambdaExpr extends NodeBase {
  type: 'Lambda';
  params: Identifier[];
  body: Expression;
}

export interface TypedLambdaParam extends NodeBase {
  type: 'TypedLambdaParam';
  name: Identifier;
  paramType: TypeExpression;
}

/** The signature and body of a `func` declaration: `(a string, b int) string => body`. */
export interface TypedLambdaExpr extends NodeBase {
  type: 'TypedLambda';
  params: TypedLambdaParam[];
  returnType: TypeExpression;
  body: Expression;
}

/** `[for item in iterable: body]`, `[for (item, index) in iterable: body]`; the body may be an IfCondition. */
export interface ForExpr extends NodeBase {
  type: 'For';
  item: Identifier;
  index?: Identifier;
  iterable: Expression;
  body: Expression;
}

/** `if (condition) { ... }` as the value of a resource/module or the body of a for-expression. */
export interface IfCondition extends NodeBase {
  type: 'If';
  condition: Expression;
  body: Expression;
}

// ---------------------------------------------------------------------------------------------------------------
// Types

export type TypeExpression =
  | TypeName
  | TypePropertyAccess
  | TypeIndexAccess
  | TypeAdditionalPropertiesAccess
  | ResourceDerivedType
  | TypeLiteral
  | UnionType
  | ArrayType
  | NullableType
  | NonNullType
  | ParenType
  | ObjectType
  | TupleType;

/** `string`, `int`, a declared or imported type name, or `sys`/a wildcard import namespace before a `.`. */
export interface TypeName extends NodeBase {
  type: 'TypeName';
  name: string;
}

/** `ns.type`, `myType.property`. */
export interface TypePropertyAccess extends NodeBase {
  type: 'TypePropertyAccess';
  object: TypeExpression;
  property: Identifier;
}

/** `tupleType[1]` or `arrayType[*]` (index `'*'`). */
export interface TypeIndexAccess extends NodeBase {
  type: 'TypeIndexAccess';
  object: TypeExpression;
  index: number | '*';
}

/** `dictType.*` */
export interface TypeAdditionalPropertiesAccess extends NodeBase {
  type: 'TypeAdditionalPropertiesAccess';
  object: TypeExpression;
}

/** `resourceInput<'Microsoft.Storage/storageAccounts@2023-01-01'>` (optionally `sys.`-qualified). */
export interface ResourceDerivedType extends NodeBase {
  type: 'ResourceDerivedType';
  kind: 'resourceInput' | 'resourceOutput';
  namespace?: string;
  resourceType: StringExpr;
}

/** A literal type: `'a'`, `10`, `-10`, `true`, `!true`, `null`. The value is the folded literal. */
export interface TypeLiteral extends NodeBase {
  type: 'TypeLiteral';
  value: string | number | boolean | null;
}

export interface UnionType extends NodeBase {
  type: 'UnionType';
  members: TypeExpression[];
}

/** `T[]` */
export interface ArrayType extends NodeBase {
  type: 'ArrayType';
  element: TypeExpression;
}

/** `T?` */
export interface NullableType extends NodeBase {
  type: 'NullableType';
  inner: TypeExpression;
}

/** `T!` */
export interface NonNullType extends NodeBase {
  type: 'NonNullType';
  inner: TypeExpression;
}

export interface ParenType extends NodeBase {
  type: 'ParenType';
  inner: TypeExpression;
}

export interface ObjectTypeProperty extends NodeBase {
  type: 'ObjectTypeProperty';
  decorators: Decorator[];
  /** Identifier or string key; absent for the `*:` additional-properties matcher. */
  key?: Identifier | StringExpr;
  /** Static key text; `*` for the additional-properties matcher. */
  name: string;
  value: TypeExpression;
}

export interface ObjectType extends NodeBase {
  type: 'ObjectType';
  properties: ObjectTypeProperty[];
  /** The `*: T` matcher when present (also listed in `properties` with name `*`). */
  additionalProperties?: ObjectTypeProperty;
}

export interface TupleTypeItem extends NodeBase {
  type: 'TupleTypeItem';
  decorators: Decorator[];
  value: TypeExpression;
}

export interface TupleType extends NodeBase {
  type: 'TupleType';
  items: TupleTypeItem[];
}
