/**
 * The syntax nodes the HCL parser makes. Each node is its own range (`node.range === node` until something moves the
 * tree): one object where a node and its range were two. The corpus parses to about half a million nodes, and their
 * range objects were a sixth of what the garbage collector copied during a Terraform scan.
 *
 * The shapes are those of ast.ts, the contract; Terraform JSON syntax (json.ts) still builds plain objects, and code
 * reading a tree must not tell the two apart. Every class sets all of its fields in its own constructor: a shared
 * constructor storing into objects of twenty classes made the parse a quarter slower.
 */
import { OffsetRange, POSITIONS, type Positions } from '../positions.js';
import type { Range } from '../range.js';
import type * as ast from './ast.js';

abstract class HclNode extends OffsetRange {
  /** The node itself; replaced when the tree is moved into another text (templatefile, a string of Terraform JSON). */
  declare range: Range;
}

export class BodyNode extends HclNode implements ast.Body {
  declare type: 'Body';
  declare attributes: ast.Attribute[];
  declare blocks: ast.Block[];
  declare items: Array<ast.Attribute | ast.Block>;
  constructor(positions: Positions, start: number, end: number, attributes: ast.Attribute[], blocks: ast.Block[], items: Array<ast.Attribute | ast.Block>) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'Body';
    this.attributes = attributes;
    this.blocks = blocks;
    this.items = items;
  }
}

export class AttributeNode extends HclNode implements ast.Attribute {
  declare type: 'Attribute';
  declare name: string;
  declare expr: ast.Expression;
  constructor(positions: Positions, start: number, end: number, name: string, expr: ast.Expression) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'Attribute';
    this.name = name;
    this.expr = expr;
  }

  /** The name is the identifier the attribute starts with: its range is made when asked for (rarely). */
  get nameRange(): Range {
    return this[POSITIONS].range(this.startOffset, this.startOffset + this.name.length);
  }
}

export class BlockNode extends HclNode implements ast.Block {
  declare type: 'Block';
  declare blockType: string;
  declare labels: string[];
  declare labelRanges: Range[];
  declare body: ast.Body;
  constructor(positions: Positions, start: number, end: number, blockType: string, labels: string[], labelRanges: Range[], body: ast.Body) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'Block';
    this.blockType = blockType;
    this.labels = labels;
    this.labelRanges = labelRanges;
    this.body = body;
  }

  /** The type is the identifier the block starts with: its range is made when asked for (rarely). */
  get typeRange(): Range {
    return this[POSITIONS].range(this.startOffset, this.startOffset + this.blockType.length);
  }
}

export class LiteralNode extends HclNode implements ast.LiteralExpr {
  declare type: 'Literal';
  declare value: string | number | boolean | null;
  constructor(positions: Positions, start: number, end: number, value: string | number | boolean | null) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'Literal';
    this.value = value;
  }
}

export class TemplateNode extends HclNode implements ast.TemplateExpr {
  declare type: 'Template';
  declare parts: ast.TemplatePart[];
  declare heredoc?: ast.TemplateExpr['heredoc'];
  constructor(positions: Positions, start: number, end: number, parts: ast.TemplatePart[]) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'Template';
    this.parts = parts;
  }
}

export class TemplateLiteralNode extends HclNode implements ast.TemplateLiteral {
  declare type: 'TemplateLiteral';
  declare value: string;
  constructor(positions: Positions, start: number, end: number, value: string) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'TemplateLiteral';
    this.value = value;
  }
}

export class TemplateInterpolationNode extends HclNode implements ast.TemplateInterpolation {
  declare type: 'TemplateInterpolation';
  declare expr: ast.Expression;
  declare stripLeft: boolean;
  declare stripRight: boolean;
  constructor(positions: Positions, start: number, end: number, expr: ast.Expression, stripLeft: boolean, stripRight: boolean) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'TemplateInterpolation';
    this.expr = expr;
    this.stripLeft = stripLeft;
    this.stripRight = stripRight;
  }
}

export class TupleNode extends HclNode implements ast.TupleExpr {
  declare type: 'Tuple';
  declare items: ast.Expression[];
  constructor(positions: Positions, start: number, end: number, items: ast.Expression[]) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'Tuple';
    this.items = items;
  }
}

export class ObjectItemNode extends HclNode implements ast.ObjectItem {
  declare key: ast.Expression;
  declare value: ast.Expression;
  constructor(positions: Positions, start: number, end: number, key: ast.Expression, value: ast.Expression) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.key = key;
    this.value = value;
  }
}

export class ObjectNode extends HclNode implements ast.ObjectExpr {
  declare type: 'Object';
  declare items: ast.ObjectItem[];
  constructor(positions: Positions, start: number, end: number, items: ast.ObjectItem[]) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'Object';
    this.items = items;
  }
}

export class VariableNode extends HclNode implements ast.VariableExpr {
  declare type: 'Variable';
  declare name: string;
  constructor(positions: Positions, start: number, end: number, name: string) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'Variable';
    this.name = name;
  }
}

export class GetAttrNode extends HclNode implements ast.GetAttrExpr {
  declare type: 'GetAttr';
  declare object: ast.Expression;
  declare name: string;
  constructor(positions: Positions, start: number, end: number, object: ast.Expression, name: string) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'GetAttr';
    this.object = object;
    this.name = name;
  }
}

export class IndexNode extends HclNode implements ast.IndexExpr {
  declare type: 'Index';
  declare object: ast.Expression;
  declare key: ast.Expression;
  declare legacy?: boolean;
  constructor(positions: Positions, start: number, end: number, object: ast.Expression, key: ast.Expression) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'Index';
    this.object = object;
    this.key = key;
  }
}

export class SplatNode extends HclNode implements ast.SplatExpr {
  declare type: 'Splat';
  declare object: ast.Expression;
  declare kind: 'full' | 'attr';
  declare each: ast.Expression;
  constructor(positions: Positions, start: number, end: number, object: ast.Expression, kind: 'full' | 'attr', each: ast.Expression) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'Splat';
    this.object = object;
    this.kind = kind;
    this.each = each;
  }
}

export class SplatItemNode extends HclNode implements ast.SplatItemExpr {
  declare type: 'SplatItem';
  constructor(positions: Positions, start: number, end: number) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'SplatItem';
  }
}

export class FunctionCallNode extends HclNode implements ast.FunctionCallExpr {
  declare type: 'FunctionCall';
  declare name: string;
  declare args: ast.Expression[];
  declare expandFinal: boolean;
  constructor(positions: Positions, start: number, end: number, name: string, args: ast.Expression[], expandFinal: boolean) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'FunctionCall';
    this.name = name;
    this.args = args;
    this.expandFinal = expandFinal;
  }
}

export class ConditionalNode extends HclNode implements ast.ConditionalExpr {
  declare type: 'Conditional';
  declare cond: ast.Expression;
  declare then: ast.Expression;
  declare else: ast.Expression;
  constructor(positions: Positions, start: number, end: number, cond: ast.Expression, then: ast.Expression, otherwise: ast.Expression) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'Conditional';
    this.cond = cond;
    this.then = then;
    this.else = otherwise;
  }
}

export class BinaryNode extends HclNode implements ast.BinaryExpr {
  declare type: 'Binary';
  declare op: ast.BinaryOp;
  declare left: ast.Expression;
  declare right: ast.Expression;
  constructor(positions: Positions, start: number, end: number, op: ast.BinaryOp, left: ast.Expression, right: ast.Expression) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'Binary';
    this.op = op;
    this.left = left;
    this.right = right;
  }
}

export class UnaryNode extends HclNode implements ast.UnaryExpr {
  declare type: 'Unary';
  declare op: '!' | '-';
  declare operand: ast.Expression;
  constructor(positions: Positions, start: number, end: number, op: '!' | '-', operand: ast.Expression) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'Unary';
    this.op = op;
    this.operand = operand;
  }
}

export class ForNode extends HclNode implements ast.ForExpr {
  declare type: 'For';
  declare valueVar: string;
  declare collection: ast.Expression;
  declare valueExpr: ast.Expression;
  declare group: boolean;
  declare kind: 'tuple' | 'object';
  declare keyVar?: string;
  declare keyExpr?: ast.Expression;
  declare cond?: ast.Expression;
  constructor(positions: Positions, start: number, end: number, valueVar: string, collection: ast.Expression, valueExpr: ast.Expression, group: boolean, kind: 'tuple' | 'object') {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'For';
    this.valueVar = valueVar;
    this.collection = collection;
    this.valueExpr = valueExpr;
    this.group = group;
    this.kind = kind;
  }
}

export class ParenNode extends HclNode implements ast.ParenExpr {
  declare type: 'Paren';
  declare expr: ast.Expression;
  constructor(positions: Positions, start: number, end: number, expr: ast.Expression) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = start;
    this.endOffset = end;
    this.span = undefined;
    this.range = this;
    this.type = 'Paren';
    this.expr = expr;
  }
}
