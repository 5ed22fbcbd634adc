/**
 * Recursive-descent parser for HCL2 native syntax over the token stream from lexer.ts.
 * Follows HCL's grammar and newline rules (newlines end attributes and separate object items, but are ignored inside
 * parentheses, brackets and template sequences). Errors are located and say what was expected; after an error the
 * parser skips to the end of the current body item and carries on, so one file can report several problems.
 */
import type {
  Attribute,
  BinaryOp,
  Block,
  Body,
  Expression,
  ForExpr,
  FunctionCallExpr,
  HclDiagnostic,
  LiteralExpr,
  ObjectItem,
  Range,
  TemplateExpr,
  TemplateFor,
  TemplateIf,
  TemplateInterpolation,
  TemplateLiteral,
  TemplatePart,
} from './ast.js';
import { isGoSpace, recycleTokens, scan, Tok, TOKEN_NAMES, type TokenStream } from './lexer.js';
import { endOffset, startOffset, type Positions } from '../positions.js';
import { fitted } from '../../shared/arrays.js';
import {
  AttributeNode,
  BinaryNode,
  BlockNode,
  BodyNode,
  ConditionalNode,
  ForNode,
  FunctionCallNode,
  GetAttrNode,
  IndexNode,
  LiteralNode,
  ObjectItemNode,
  ObjectNode,
  ParenNode,
  SplatItemNode,
  SplatNode,
  TemplateInterpolationNode,
  TemplateLiteralNode,
  TemplateNode,
  TupleNode,
  UnaryNode,
  VariableNode,
} from './nodes.js';

/** Deeper nesting than this is reported instead of risking the call stack. */
export const MAX_NESTING = 500;

const BINARY_LEVEL = new Int8Array(64);
const BINARY_OP: BinaryOp[] = [];
function defineBinary(type: Tok, level: number, op: BinaryOp): void {
  BINARY_LEVEL[type] = level;
  BINARY_OP[type] = op;
}
// HCL precedence, lowest first.
defineBinary(Tok.Or, 1, '||');
defineBinary(Tok.And, 2, '&&');
defineBinary(Tok.EqualOp, 3, '==');
defineBinary(Tok.NotEqual, 3, '!=');
defineBinary(Tok.Lt, 4, '<');
defineBinary(Tok.Gt, 4, '>');
defineBinary(Tok.LtEq, 4, '<=');
defineBinary(Tok.GtEq, 4, '>=');
defineBinary(Tok.Plus, 5, '+');
defineBinary(Tok.Minus, 5, '-');
defineBinary(Tok.Star, 6, '*');
defineBinary(Tok.Slash, 6, '/');
defineBinary(Tok.Percent, 6, '%');

/** A template piece before directives are nested: literals keep their values after strip markers are applied. */
type RawTemplatePart =
  | { kind: 'literal'; value: string; start: number; end: number }
  | { kind: 'interp'; node: TemplateInterpolation; start: number; end: number }
  | { kind: 'if'; cond: Expression; start: number; end: number }
  | { kind: 'for'; keyVar?: string; valueVar: string; collection: Expression; start: number; end: number }
  | { kind: 'else' | 'endif' | 'endfor'; start: number; end: number };

interface BodyParts {
  attributes: Attribute[];
  blocks: Block[];
  items: Array<Attribute | Block>;
  /** Index of the closing `}` token, or -1 when the body ended without one. */
  close: number;
}

/**
 * Where a node of the tree being built starts and ends. The one load of `range` here serves every kind of node, so V8
 * compiles it as the generic load it is (twenty node classes) instead of compiling each call site for the few
 * classes it has met so far, and throwing that code away at the next one.
 */
function startOf(node: { range: Range }): number {
  return startOffset(node.range);
}

function endOf(node: { range: Range }): number {
  return endOffset(node.range);
}

/** Attributes of one body checked for a repeated name by a scan; beyond this many, through a map. */
const LINEAR_DUPLICATE_SCAN = 16;

export class HclParser {
  readonly errors: HclDiagnostic[] = [];
  readonly tokens: TokenStream;
  private readonly types: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly escapes: Uint8Array;
  private readonly eofIndex: number;
  private pos = 0;
  private includeNewlines = true;
  private readonly newlineStack: boolean[] = [];
  /** Set after a syntax error until the next body item: suppresses the follow-on errors of one mistake. */
  private recovery = false;
  /** Set when nesting exceeded MAX_NESTING: everything after that point is skipped. */
  private aborted = false;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly positions: Positions,
    bareTemplate = false,
  ) {
    this.tokens = scan(text, positions, bareTemplate);
    this.types = this.tokens.types;
    this.starts = this.tokens.starts;
    this.ends = this.tokens.ends;
    this.escapes = this.tokens.escapes;
    this.eofIndex = this.tokens.count - 1;
    for (const e of this.tokens.errors) this.errors.push({ message: e.message, range: positions.range(e.start, e.end) });
  }

  /** Releases the token arrays for reuse by the next parser; this parser must not be used afterwards. */
  dispose(): void {
    recycleTokens(this.tokens);
  }

  // ---- token access -------------------------------------------------------------------------------------------

  /** Index of the next significant token (newlines are skipped where they carry no meaning). */
  private next(): number {
    let i = this.pos;
    if (!this.includeNewlines) while (this.types[i] === Tok.Newline) i++;
    return i;
  }

  private peek(): Tok {
    return this.types[this.next()] as Tok;
  }

  private read(): number {
    const i = this.next();
    this.pos = i < this.eofIndex ? i + 1 : this.eofIndex;
    return i;
  }

  private pushNewlines(include: boolean): void {
    this.newlineStack.push(this.includeNewlines);
    this.includeNewlines = include;
  }

  private popNewlines(): void {
    this.includeNewlines = this.newlineStack.pop() ?? true;
  }

  private tokenText(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  private isKeyword(i: number, word: string): boolean {
    return this.types[i] === Tok.Ident && this.ends[i]! - this.starts[i]! === word.length && this.text.startsWith(word, this.starts[i]!);
  }

  private describe(i: number): string {
    const t = this.types[i] as Tok;
    switch (t) {
      case Tok.Ident:
        return `'${this.tokenText(i)}'`;
      case Tok.Number:
        return `number ${this.tokenText(i)}`;
      case Tok.Invalid:
        return `invalid character '${this.tokenText(i)}'`;
      case Tok.Newline:
        return 'end of line';
      default:
        return TOKEN_NAMES[t] ?? 'unexpected token';
    }
  }

  private where(offset: number): string {
    const p = this.positions.pos(offset);
    return `${p.line}:${p.column}`;
  }

  // ---- diagnostics --------------------------------------------------------------------------------------------

  /** A syntax error that derails parsing of the current item: later errors in the same item are suppressed. */
  private fail(message: string, start: number, end: number): void {
    if (!this.recovery && !this.aborted) this.errors.push({ message, range: this.positions.range(start, end) });
    this.recovery = true;
  }

  /** A problem that does not derail parsing (bad escape, duplicate attribute...). */
  private report(message: string, start: number, end: number): void {
    if (!this.aborted) this.errors.push({ message, range: this.positions.range(start, end) });
  }

  private failAtToken(message: string, i: number): void {
    const t = this.types[i];
    const end = t === Tok.Newline || t === Tok.EOF ? this.starts[i]! : this.ends[i]!;
    this.fail(message, this.starts[i]!, end);
  }

  /** Enter one nesting level; false (after reporting) when the input nests too deeply. */
  private enter(at: number): boolean {
    if (++this.depth <= MAX_NESTING) return true;
    this.depth--;
    if (!this.aborted) {
      this.errors.push({
        message: `Nesting is too deep: more than ${MAX_NESTING} levels of nested blocks or expressions; the rest of the file was not parsed`,
        range: this.positions.range(this.starts[at]!, this.ends[at]!),
      });
    }
    this.aborted = true;
    this.recovery = true;
    this.pos = this.eofIndex;
    return false;
  }

  /** Skip to the token closing the current bracket of type `close`, counting nested pairs; returns its index (or EOF). */
  private recoverTo(close: Tok): number {
    this.recovery = true;
    const open = openerOf(close);
    let nest = 0;
    for (;;) {
      const i = this.pos;
      let t = this.types[i] as Tok;
      if (t === Tok.EOF) return i;
      this.pos = i + 1;
      if (close === Tok.TemplateSeqEnd && t === Tok.TemplateControl) t = Tok.TemplateInterp;
      if (t === open) nest++;
      else if (t === close) {
        if (nest === 0) return i;
        nest--;
      }
    }
  }

  /** Skip past the end of the current attribute or block: the next newline outside brackets (stops before a `}` that closes the enclosing body). */
  private recoverAfterBodyItem(): void {
    this.recovery = true;
    const open: Tok[] = [];
    for (;;) {
      const i = this.pos;
      const t = this.types[i] as Tok;
      if (t === Tok.EOF) return;
      if (t === Tok.CBrace && open.length === 0) return;
      this.pos = i + 1;
      switch (t) {
        case Tok.Newline:
          if (open.length === 0) return;
          break;
        case Tok.OBrace:
        case Tok.OBrack:
        case Tok.OParen:
        case Tok.OQuote:
        case Tok.OHeredoc:
        case Tok.TemplateInterp:
        case Tok.TemplateControl:
          open.push(t);
          break;
        case Tok.CBrace:
        case Tok.CBrack:
        case Tok.CParen:
        case Tok.CQuote:
        case Tok.CHeredoc:
        case Tok.QuotedNewline: {
          const opener = t === Tok.QuotedNewline ? Tok.OQuote : openerOf(t);
          while (open.length > 0 && open[open.length - 1] !== opener) open.pop();
          open.pop();
          break;
        }
        case Tok.TemplateSeqEnd:
          while (open.length > 0 && open[open.length - 1] !== Tok.TemplateInterp && open[open.length - 1] !== Tok.TemplateControl) open.pop();
          open.pop();
          break;
      }
    }
  }

  // ---- bodies ---------------------------------------------------------------------------------------------------

  parseFile(): Body {
    const { attributes, blocks, items } = this.parseBodyItems(-1, '');
    return new BodyNode(this.positions, 0, this.text.length, attributes, blocks, items);
  }

  /** Parses body items up to the `}` matching `openBrace` (or EOF at top level, openBrace -1). Consumes the `}`. */
  private parseBodyItems(openBrace: number, blockType: string): BodyParts {
    const attributes: Attribute[] = [];
    const blocks: Block[] = [];
    const items: Array<Attribute | Block> = [];
    // Duplicate names are found by a scan of the attributes so far; a map only for long bodies (most have a handful).
    let byName: Map<string, Attribute> | undefined;
    let close = -1;
    for (;;) {
      this.recovery = false;
      const i = this.pos;
      const t = this.types[i] as Tok;
      if (t === Tok.Newline) {
        this.pos++;
        continue;
      }
      if (t === Tok.EOF) {
        if (openBrace >= 0) {
          this.fail(
            `Missing '}' to close block '${blockType}' opened at ${this.where(this.starts[openBrace]!)}: reached the end of the file`,
            this.starts[openBrace]!,
            this.ends[openBrace]!,
          );
        }
        break;
      }
      if (t === Tok.CBrace) {
        this.pos++;
        if (openBrace >= 0) {
          close = i;
          break;
        }
        this.fail("Unexpected '}': there is no open block to close here", this.starts[i]!, this.ends[i]!);
        continue;
      }
      if (t !== Tok.Ident) {
        this.failAtToken(
          t === Tok.OQuote
            ? 'Expected an attribute name or block type, found a quoted string (attribute names must not be quoted)'
            : `Expected an attribute or block definition, found ${this.describe(i)}`,
          i,
        );
        this.recoverAfterBodyItem();
        continue;
      }
      const item = this.parseBodyItem();
      if (!item) continue;
      if (item.type === 'Block') {
        blocks.push(item);
        items.push(item);
        continue;
      }
      if (byName === undefined && attributes.length === LINEAR_DUPLICATE_SCAN) byName = new Map(attributes.map((a) => [a.name, a]));
      const existing = byName ? byName.get(item.name) : attributes.find((a) => a.name === item.name);
      if (existing) {
        this.report(
          `Duplicate attribute '${item.name}': it was already set at ${existing.nameRange.start.line}:${existing.nameRange.start.column}`,
          startOffset(item.nameRange),
          endOffset(item.nameRange),
        );
        continue;
      }
      byName?.set(item.name, item);
      attributes.push(item);
      items.push(item);
    }
    return { attributes: fitted(attributes), blocks: fitted(blocks), items: fitted(items), close };
  }

  private parseBodyItem(): Attribute | Block | null {
    const nameIndex = this.read();
    const i = this.pos;
    const t = this.types[i] as Tok;
    if (t === Tok.Equal) return this.parseAttribute(nameIndex, false);
    if (t === Tok.OQuote || t === Tok.Ident || t === Tok.OBrace) return this.parseBlock(nameIndex);
    const name = this.tokenText(nameIndex);
    this.failAtToken(
      t === Tok.Newline || t === Tok.EOF
        ? `Expected '=' and a value after '${name}' (or block labels and '{'), found ${this.describe(i)}`
        : `Expected '=' after attribute name '${name}' (or block labels and '{'), found ${this.describe(i)}`,
      i,
    );
    this.recoverAfterBodyItem();
    return null;
  }

  private parseAttribute(nameIndex: number, singleLine: boolean): Attribute {
    this.pos++; // '='
    const expr = this.parseExpression();
    const name = this.tokenText(nameIndex);
    if (!singleLine) {
      const i = this.pos;
      const t = this.types[i];
      if (t === Tok.Newline) this.pos++;
      else if (t !== Tok.EOF) {
        this.failAtToken(
          t === Tok.Comma
            ? `Expected a newline after the value of '${name}', found ','. Attributes are separated by newlines, not commas`
            : `Expected a newline after the value of '${name}', found ${this.describe(i)}`,
          i,
        );
        this.recoverAfterBodyItem();
      }
    }
    const start = this.starts[nameIndex]!;
    return new AttributeNode(this.positions, start, endOf(expr), name, expr);
  }

  private parseBlock(typeIndex: number): Block {
    const blockType = this.tokenText(typeIndex);
    const start = this.starts[typeIndex]!;
    const labels: string[] = [];
    const labelRanges: Range[] = [];
    const emptyBody = (at: number): Body => new BodyNode(this.positions, at, at, [], [], []);

    if (!this.enter(typeIndex)) return this.block(blockType, typeIndex, labels, labelRanges, emptyBody(start), this.ends[typeIndex]!);
    try {
      let openBrace = -1;
      for (;;) {
        const i = this.pos;
        const t = this.types[i] as Tok;
        if (t === Tok.OBrace) {
          openBrace = i;
          this.pos++;
          break;
        }
        if (t === Tok.OQuote) {
          const label = this.parseQuotedLabel();
          labels.push(label.value);
          labelRanges.push(label.range);
          continue;
        }
        if (t === Tok.Ident) {
          this.pos++;
          labels.push(this.tokenText(i));
          labelRanges.push(this.positions.range(this.starts[i]!, this.ends[i]!));
          continue;
        }
        this.failAtToken(
          t === Tok.Equal
            ? `Unexpected '=' in the definition of block '${blockType}': a block has labels and a body in braces, not a value`
            : t === Tok.Newline
              ? `Expected '{' to open the body of block '${blockType}' on the same line as its header, found end of line`
              : `Expected a quoted block label or '{' after '${blockType}', found ${this.describe(i)}`,
          i,
        );
        this.recoverAfterBodyItem();
        const end = labelRanges.length > 0 ? endOffset(labelRanges[labelRanges.length - 1]!) : this.ends[typeIndex]!;
        return this.block(blockType, typeIndex, labels, labelRanges, emptyBody(end), end);
      }

      let parts: BodyParts;
      const afterOpen = this.types[this.pos];
      if (afterOpen === Tok.Newline || afterOpen === Tok.EOF || afterOpen === Tok.CBrace) {
        parts = this.parseBodyItems(openBrace, blockType);
      } else {
        parts = this.parseSingleLineBody(openBrace, blockType);
      }
      const closeEnd = parts.close >= 0 ? this.ends[parts.close]! : this.starts[this.pos]!;
      const body: Body = new BodyNode(this.positions, this.starts[openBrace]!, closeEnd, parts.attributes, parts.blocks, parts.items);

      const i = this.pos;
      const t = this.types[i];
      if (t === Tok.Newline) this.pos++;
      else if (t !== Tok.EOF && !(t === Tok.CBrace && this.recovery)) {
        this.failAtToken(`Expected a newline after the closing '}' of block '${blockType}', found ${this.describe(i)}`, i);
        this.recoverAfterBodyItem();
      }
      return this.block(blockType, typeIndex, labels, labelRanges, body, closeEnd);
    } finally {
      this.depth--;
    }
  }

  private block(blockType: string, typeIndex: number, labels: string[], labelRanges: Range[], body: Body, end: number): Block {
    const start = this.starts[typeIndex]!;
    return new BlockNode(this.positions, start, end, blockType, fitted(labels), fitted(labelRanges), body);
  }

  /** `name { attr = value }` on one line: exactly one attribute, closed on the same line. */
  private parseSingleLineBody(openBrace: number, blockType: string): BodyParts {
    const parts: BodyParts = { attributes: [], blocks: [], items: [], close: -1 };
    const i = this.pos;
    if (this.types[i] !== Tok.Ident || this.types[i + 1] !== Tok.Equal) {
      this.failAtToken(
        `Expected a single 'name = value' attribute in one-line block '${blockType}' (nested blocks need their own lines), found ${this.describe(
          this.types[i] === Tok.Ident ? i + 1 : i,
        )}`,
        this.types[i] === Tok.Ident ? i + 1 : i,
      );
      parts.close = this.closeIndex(this.recoverTo(Tok.CBrace));
      return parts;
    }
    this.pos++;
    const attr = this.parseAttribute(i, true);
    parts.attributes.push(attr);
    parts.items.push(attr);
    const j = this.pos;
    const t = this.types[j];
    if (t === Tok.CBrace) {
      this.pos++;
      parts.close = j;
      return parts;
    }
    if (t === Tok.EOF) {
      this.fail(
        `Missing '}' to close block '${blockType}' opened at ${this.where(this.starts[openBrace]!)}: reached the end of the file`,
        this.starts[openBrace]!,
        this.ends[openBrace]!,
      );
      return parts;
    }
    this.failAtToken(
      t === Tok.Comma
        ? `Expected '}' after the attribute of one-line block '${blockType}', found ','. A one-line block holds only one attribute; put several on their own lines`
        : `Expected '}' to close one-line block '${blockType}' on the same line, found ${this.describe(j)}`,
      j,
    );
    parts.close = this.closeIndex(this.recoverTo(Tok.CBrace));
    return parts;
  }

  private closeIndex(i: number): number {
    return this.types[i] === Tok.CBrace ? i : -1;
  }

  private parseQuotedLabel(): { value: string; range: Range } {
    const open = this.pos++;
    let value = '';
    let end = this.ends[open]!;
    for (;;) {
      const i = this.pos;
      const t = this.types[i] as Tok;
      if (t === Tok.QuotedLit) {
        value += this.unescape(i, true);
        this.pos++;
        end = this.ends[i]!;
        continue;
      }
      if (t === Tok.CQuote) {
        this.pos++;
        end = this.ends[i]!;
        break;
      }
      if (t === Tok.TemplateInterp || t === Tok.TemplateControl) {
        const which = t === Tok.TemplateInterp ? '$' : '%';
        this.report(
          `Template sequences are not allowed in a block label; write '${which}${which}{' for a literal '${which}{'`,
          this.starts[i]!,
          this.ends[i]!,
        );
        this.pos++;
        end = this.ends[this.recoverTo(Tok.TemplateSeqEnd)]!;
        continue;
      }
      if (t === Tok.QuotedNewline) {
        this.pos++;
        this.fail(`Unterminated string: expected '"' before the end of the line`, this.starts[open]!, this.starts[i]!);
        end = this.starts[i]!;
        break;
      }
      // EOF is the only other possibility inside a string.
      this.fail(`Unterminated string: expected '"' before the end of the file`, this.starts[open]!, this.starts[i]!);
      end = this.starts[i]!;
      break;
    }
    return { value, range: this.positions.range(this.starts[open]!, end) };
  }

  // ---- expressions ----------------------------------------------------------------------------------------------

  /** Parses the whole input as one expression (newlines allowed), reporting anything left over. */
  parseStandaloneExpression(): Expression {
    this.pushNewlines(false);
    const expr = this.parseExpression();
    const rest = this.next();
    if (this.types[rest] !== Tok.EOF) this.failAtToken(`Expected the end of the expression, found ${this.describe(rest)}`, rest);
    this.popNewlines();
    return expr;
  }

  parseExpression(): Expression {
    const at = this.next();
    if (!this.enter(at)) return this.placeholder(this.starts[this.eofIndex]!, this.starts[this.eofIndex]!);
    try {
      const cond = this.parseBinary(1);
      if (this.peek() !== Tok.Question) return cond;
      this.read();
      const then = this.parseExpression();
      const c = this.next();
      if (this.types[c] !== Tok.Colon) {
        this.failAtToken(`Expected ':' and the false result of the conditional expression, found ${this.describe(c)}`, c);
        return cond;
      }
      this.read();
      const otherwise = this.parseExpression();
      return new ConditionalNode(this.positions, startOf(cond), endOf(otherwise), cond, then, otherwise);
    } finally {
      this.depth--;
    }
  }

  /** Precedence climbing over HCL's left-associative binary operators. */
  private parseBinary(minLevel: number): Expression {
    let left = this.parseOperand();
    for (;;) {
      const i = this.next();
      const level = BINARY_LEVEL[this.types[i]!]!;
      if (level === 0 || level < minLevel) return left;
      this.read();
      const right = this.parseBinary(level + 1);
      left = new BinaryNode(this.positions, startOf(left), endOf(right), BINARY_OP[this.types[i]!]!, left, right);
    }
  }

  /** A term with its attribute/index/splat traversals. */
  private parseOperand(): Expression {
    // A term starts at its first token, and most have no traversal after them.
    const start = this.starts[this.next()]!;
    const term = this.parseTerm();
    const after = this.types[this.next()];
    return after === Tok.Dot || after === Tok.OBrack ? this.parseTraversals(term, start) : term;
  }

  private placeholder(start: number, end: number): LiteralExpr {
    return new LiteralNode(this.positions, start, end, null);
  }

  private parseTerm(): Expression {
    const i = this.next();
    const t = this.types[i] as Tok;
    const start = this.starts[i]!;
    switch (t) {
      case Tok.OParen: {
        this.read();
        this.pushNewlines(false);
        const inner = this.parseExpression();
        let end: number;
        const c = this.next();
        if (this.types[c] === Tok.CParen) {
          this.read();
          end = this.ends[c]!;
        } else {
          this.failAtToken(`Expected ')' to close '(' at ${this.where(start)}, found ${this.describe(c)}`, c);
          end = this.ends[this.recoverTo(Tok.CParen)]!;
        }
        this.popNewlines();
        return new ParenNode(this.positions, start, end, inner);
      }
      case Tok.Number: {
        this.read();
        const source = this.tokenText(i);
        const value = Number(source);
        if (!Number.isFinite(value)) this.report(`Invalid number literal '${source}'`, start, this.ends[i]!);
        return new LiteralNode(this.positions, start, this.ends[i]!, Number.isFinite(value) ? value : 0);
      }
      case Tok.Ident: {
        this.read();
        const after = this.peek();
        if (after === Tok.OParen || after === Tok.DoubleColon) return this.parseFunctionCall(i);
        const name = this.tokenText(i);
        const end = this.ends[i]!;
        if (name === 'true') return new LiteralNode(this.positions, start, end, true);
        if (name === 'false') return new LiteralNode(this.positions, start, end, false);
        if (name === 'null') return new LiteralNode(this.positions, start, end, null);
        return new VariableNode(this.positions, start, end, name);
      }
      case Tok.OQuote:
      case Tok.OHeredoc:
        this.read();
        return this.parseTemplate(i);
      case Tok.Minus:
      case Tok.Bang: {
        if (!this.enter(i)) return this.placeholder(start, start);
        try {
          this.read();
          const operand = this.parseOperand();
          return new UnaryNode(this.positions, start, endOf(operand), t === Tok.Minus ? '-' : '!', operand);
        } finally {
          this.depth--;
        }
      }
      case Tok.OBrack:
        return this.parseTuple();
      case Tok.OBrace:
        return this.parseObject();
      default:
        this.failAtToken(`Expected an expression, found ${this.describe(i)}`, i);
        return this.placeholder(start, t === Tok.EOF || t === Tok.Newline ? start : this.ends[i]!);
    }
  }

  private parseTraversals(from: Expression, start: number): Expression {
    let result = from;
    for (;;) {
      const i = this.next();
      const t = this.types[i];
      if (t === Tok.Dot) {
        this.read();
        const j = this.next();
        const tj = this.types[j];
        if (tj === Tok.Ident) {
          this.read();
          result = new GetAttrNode(this.positions, start, this.ends[j]!, result, this.tokenText(j));
        } else if (tj === Tok.Number) {
          this.read();
          result = this.legacyIndex(result, start, j);
        } else if (tj === Tok.Star) {
          this.read();
          result = this.parseAttrSplat(result, start, i, j);
        } else {
          this.failAtToken(`Expected an attribute name, a number or '*' after '.', found ${this.describe(j)}`, j);
          return result;
        }
        continue;
      }
      if (t === Tok.OBrack) {
        this.read();
        const k = this.next();
        if (this.types[k] === Tok.Star) {
          this.read();
          const c = this.next();
          let close: number;
          if (this.types[c] === Tok.CBrack) {
            close = this.read();
          } else {
            this.failAtToken(`Expected ']' right after '[*' in a splat expression, found ${this.describe(c)}`, c);
            close = this.recoverTo(Tok.CBrack);
          }
          if (!this.enter(i)) return result;
          try {
            const item = new SplatItemNode(this.positions, this.starts[i]!, this.ends[close]!);
            const each = this.parseTraversals(item, this.starts[i]!);
            result = new SplatNode(this.positions, start, endOf(each), result, 'full', each);
          } finally {
            this.depth--;
          }
          continue;
        }
        this.pushNewlines(false);
        const key = this.parseExpression();
        const c = this.next();
        let end: number;
        if (this.types[c] === Tok.CBrack) {
          this.read();
          end = this.ends[c]!;
        } else {
          this.failAtToken(`Expected ']' to close the index started at ${this.where(this.starts[i]!)}, found ${this.describe(c)}`, c);
          end = this.ends[this.recoverTo(Tok.CBrack)]!;
        }
        this.popNewlines();
        result = new IndexNode(this.positions, start, end, result, key);
        continue;
      }
      return result;
    }
  }

  /** Legacy `foo.0` index; `foo.0.1` lexes as one number and is rejected as HCL does. */
  private legacyIndex(object: Expression, start: number, numberIndex: number): Expression {
    const source = this.tokenText(numberIndex);
    const end = this.ends[numberIndex]!;
    if (source.includes('.')) {
      const [first, second] = source.split('.');
      this.report(
        `Invalid legacy index '.${source}': chained legacy indexes are not allowed; write [${first}][${second}] instead`,
        this.starts[numberIndex]!,
        end,
      );
    }
    const value = Number.parseInt(source, 10);
    const key: LiteralExpr = new LiteralNode(this.positions, this.starts[numberIndex]!, end, value);
    const index = new IndexNode(this.positions, start, end, object, key);
    index.legacy = true;
    return index;
  }

  /** `x.*.a.b`: only attribute (and legacy index) steps belong to the splat. */
  private parseAttrSplat(object: Expression, start: number, dotIndex: number, starIndex: number): Expression {
    const itemStart = this.starts[dotIndex]!;
    let each: Expression = new SplatItemNode(this.positions, itemStart, this.ends[starIndex]!);
    let end = this.ends[starIndex]!;
    while (this.peek() === Tok.Dot) {
      this.read();
      const j = this.next();
      const tj = this.types[j];
      if (tj === Tok.Number) {
        this.read();
        each = this.legacyIndex(each, itemStart, j);
      } else if (tj === Tok.Ident) {
        this.read();
        each = new GetAttrNode(this.positions, itemStart, this.ends[j]!, each, this.tokenText(j));
      } else {
        this.failAtToken(
          tj === Tok.Star
            ? "A splat '*' cannot be used inside another attribute-only splat expression"
            : `Expected an attribute name after '.', found ${this.describe(j)}`,
          j,
        );
        break;
      }
      end = this.ends[j]!;
    }
    return new SplatNode(this.positions, start, end, object, 'attr', each);
  }

  private parseFunctionCall(nameIndex: number): Expression {
    const start = this.starts[nameIndex]!;
    let name = this.tokenText(nameIndex);
    while (this.peek() === Tok.DoubleColon) {
      this.read();
      const j = this.next();
      if (this.types[j] !== Tok.Ident) {
        this.failAtToken(`Expected a function name after '::', found ${this.describe(j)}`, j);
        return this.placeholder(start, this.starts[j]!);
      }
      this.read();
      name += '::' + this.tokenText(j);
    }
    const open = this.next();
    if (this.types[open] !== Tok.OParen) {
      this.failAtToken(`Expected '(' to start the arguments of function '${name}', found ${this.describe(open)}`, open);
      return this.placeholder(start, this.starts[open]!);
    }
    this.read();
    this.pushNewlines(false);
    const args: Expression[] = [];
    let expandFinal = false;
    let close: number;
    for (;;) {
      if (this.peek() === Tok.CParen) {
        close = this.read();
        break;
      }
      const errorsBefore = this.errors.length;
      args.push(this.parseExpression());
      if (this.recovery && this.errors.length > errorsBefore) {
        close = this.recoverTo(Tok.CParen);
        break;
      }
      const sep = this.next();
      const ts = this.types[sep];
      if (ts === Tok.CParen) {
        close = this.read();
        break;
      }
      if (ts === Tok.Ellipsis) {
        this.read();
        expandFinal = true;
        const c = this.next();
        if (this.types[c] === Tok.CParen) {
          close = this.read();
        } else {
          this.failAtToken(`Expected ')' right after '...' in the call to '${name}', found ${this.describe(c)}`, c);
          close = this.recoverTo(Tok.CParen);
        }
        break;
      }
      if (ts === Tok.Comma) {
        this.read();
        continue;
      }
      this.failAtToken(
        ts === Tok.EOF
          ? `Missing ')' to close the call to '${name}' opened at ${this.where(this.starts[open]!)}: reached the end of the file`
          : `Expected ',' or ')' after an argument of '${name}', found ${this.describe(sep)}`,
        sep,
      );
      close = this.recoverTo(Tok.CParen);
      break;
    }
    this.popNewlines();
    const call: FunctionCallExpr = new FunctionCallNode(this.positions, start, this.ends[close]!, name, fitted(args), expandFinal);
    return call;
  }

  private parseTuple(): Expression {
    const open = this.read();
    const start = this.starts[open]!;
    this.pushNewlines(false);
    try {
      if (this.isKeyword(this.next(), 'for')) return this.parseFor(open, 'tuple');
      const items: Expression[] = [];
      let close: number;
      for (;;) {
        if (this.peek() === Tok.CBrack) {
          close = this.read();
          break;
        }
        const errorsBefore = this.errors.length;
        items.push(this.parseExpression());
        if (this.recovery && this.errors.length > errorsBefore) {
          close = this.recoverTo(Tok.CBrack);
          break;
        }
        const sep = this.next();
        const ts = this.types[sep];
        if (ts === Tok.CBrack) {
          close = this.read();
          break;
        }
        if (ts === Tok.Comma) {
          this.read();
          continue;
        }
        this.failAtToken(
          ts === Tok.EOF
            ? `Missing ']' to close the list opened at ${this.where(start)}: reached the end of the file`
            : `Expected ',' or ']' after a list item, found ${this.describe(sep)}`,
          sep,
        );
        close = this.recoverTo(Tok.CBrack);
        break;
      }
      return new TupleNode(this.positions, start, this.ends[close]!, fitted(items));
    } finally {
      this.popNewlines();
    }
  }

  private parseObject(): Expression {
    const open = this.read();
    const start = this.starts[open]!;
    this.pushNewlines(false);
    const isFor = this.isKeyword(this.next(), 'for');
    if (isFor) {
      try {
        return this.parseFor(open, 'object');
      } finally {
        this.popNewlines();
      }
    }
    this.popNewlines();
    this.pushNewlines(true);
    const items: ObjectItem[] = [];
    let close: number;
    for (;;) {
      const i = this.next();
      const t = this.types[i];
      if (t === Tok.Newline) {
        this.read();
        continue;
      }
      if (t === Tok.CBrace) {
        close = this.read();
        break;
      }
      const errorsBefore = this.errors.length;
      const key = this.parseExpression();
      if (this.recovery && this.errors.length > errorsBefore) {
        close = this.recoverTo(Tok.CBrace);
        break;
      }
      const eq = this.next();
      const te = this.types[eq];
      if (te !== Tok.Equal && te !== Tok.Colon) {
        this.failAtToken(
          te === Tok.EOF
            ? `Missing '}' to close the object opened at ${this.where(start)}: reached the end of the file`
            : `Expected '=' or ':' after an object key, found ${this.describe(eq)}`,
          eq,
        );
        close = this.recoverTo(Tok.CBrace);
        break;
      }
      this.read();
      const value = this.parseExpression();
      items.push(new ObjectItemNode(this.positions, startOf(key), endOf(value), key, value));
      if (this.recovery && this.errors.length > errorsBefore) {
        close = this.recoverTo(Tok.CBrace);
        break;
      }
      const sep = this.next();
      const ts = this.types[sep];
      if (ts === Tok.CBrace) {
        close = this.read();
        break;
      }
      if (ts === Tok.Comma || ts === Tok.Newline) {
        this.read();
        continue;
      }
      this.failAtToken(
        ts === Tok.EOF
          ? `Missing '}' to close the object opened at ${this.where(start)}: reached the end of the file`
          : `Expected ',' or a newline between object items, found ${this.describe(sep)}`,
        sep,
      );
      close = this.recoverTo(Tok.CBrace);
      break;
    }
    this.popNewlines();
    return new ObjectNode(this.positions, start, this.ends[close]!, fitted(items));
  }

  /** `[for k, v in coll : value if cond]` / `{for k, v in coll : key => value... if cond}` (called at `for`, newlines off). */
  private parseFor(open: number, kind: 'tuple' | 'object'): Expression {
    const closeType = kind === 'tuple' ? Tok.CBrack : Tok.CBrace;
    const closeChar = kind === 'tuple' ? ']' : '}';
    const start = this.starts[open]!;
    this.read(); // for
    const bail = (): Expression => this.placeholder(start, this.ends[this.recoverTo(closeType)]!);
    let j = this.next();
    if (this.types[j] !== Tok.Ident) {
      this.failAtToken(`Expected a variable name after 'for', found ${this.describe(j)}`, j);
      return bail();
    }
    this.read();
    let keyVar: string | undefined;
    let valueVar = this.tokenText(j);
    if (this.peek() === Tok.Comma) {
      this.read();
      j = this.next();
      if (this.types[j] !== Tok.Ident) {
        this.failAtToken(`Expected a value variable name after ',' in the for expression, found ${this.describe(j)}`, j);
        return bail();
      }
      this.read();
      keyVar = valueVar;
      valueVar = this.tokenText(j);
    }
    j = this.next();
    if (!this.isKeyword(j, 'in')) {
      this.failAtToken(`Expected 'in' after the for expression's variable names, found ${this.describe(j)}`, j);
      return bail();
    }
    this.read();
    let errorsBefore = this.errors.length;
    const collection = this.parseExpression();
    if (this.recovery && this.errors.length > errorsBefore) return bail();
    j = this.next();
    if (this.types[j] !== Tok.Colon) {
      this.failAtToken(`Expected ':' after the collection of the for expression, found ${this.describe(j)}`, j);
      return bail();
    }
    this.read();
    errorsBefore = this.errors.length;
    let keyExpr: Expression | undefined;
    let valueExpr = this.parseExpression();
    if (this.peek() === Tok.FatArrow) {
      this.read();
      keyExpr = valueExpr;
      valueExpr = this.parseExpression();
    }
    if (this.recovery && this.errors.length > errorsBefore) return bail();
    let group = false;
    let groupAt = -1;
    if (this.peek() === Tok.Ellipsis) {
      groupAt = this.read();
      group = true;
    }
    let cond: Expression | undefined;
    if (this.isKeyword(this.next(), 'if')) {
      this.read();
      errorsBefore = this.errors.length;
      cond = this.parseExpression();
      if (this.recovery && this.errors.length > errorsBefore) return bail();
    }
    j = this.next();
    let close: number;
    if (this.types[j] === closeType) {
      close = this.read();
    } else {
      this.failAtToken(`Expected '${closeChar}' to end the for expression opened at ${this.where(start)}, found ${this.describe(j)}`, j);
      close = this.recoverTo(closeType);
    }
    if (kind === 'tuple' && keyExpr) {
      this.report("A for expression that builds a list cannot have a key ('=>'); use '{' ... '}' to build an object", startOf(keyExpr), endOf(keyExpr));
    }
    if (kind === 'tuple' && group) {
      this.report("Grouping '...' can only be used in a for expression that builds an object", this.starts[groupAt]!, this.ends[groupAt]!);
    }
    if (kind === 'object' && !keyExpr) {
      this.report("A for expression that builds an object needs a key: 'key => value'", startOf(valueExpr), endOf(valueExpr));
    }
    const node: ForExpr = new ForNode(this.positions, start, this.ends[close]!, valueVar, collection, valueExpr, group, kind);
    if (keyVar !== undefined) node.keyVar = keyVar;
    if (keyExpr) node.keyExpr = keyExpr;
    if (cond) node.cond = cond;
    return node;
  }

  // ---- templates ------------------------------------------------------------------------------------------------

  /** Parses the whole input as a template without delimiters (scanner must have been in bare-template mode). */
  parseBareTemplate(): TemplateExpr {
    return this.parseTemplate(-1);
  }

  /** Parses a quoted string or heredoc; `open` is the opening token (already consumed), or -1 for a bare template. */
  private parseTemplate(open: number): TemplateExpr {
    // Most strings are one literal between quotes: built directly, as the general path below would build them.
    if (open >= 0 && this.types[open] === Tok.OQuote) {
      const i = this.pos;
      const t = this.types[i];
      if (t === Tok.CQuote || (t === Tok.QuotedLit && this.types[i + 1] === Tok.CQuote)) {
        const literal = t === Tok.QuotedLit;
        const close = literal ? i + 1 : i;
        const from = literal ? this.starts[i]! : this.ends[open]!;
        const to = literal ? this.ends[i]! : from;
        this.pos = close + 1;
        const part: TemplateLiteral = new TemplateLiteralNode(this.positions, from, to, literal ? this.unescape(i, true) : '');
        return new TemplateNode(this.positions, this.starts[open]!, this.ends[close]!, [part]);
      }
    }
    const bare = open < 0;
    const heredoc = !bare && this.types[open] === Tok.OHeredoc;
    const closeType = bare ? Tok.EOF : heredoc ? Tok.CHeredoc : Tok.CQuote;
    const start = bare ? 0 : this.starts[open]!;
    let marker = '';
    let flush = false;
    if (heredoc) {
      flush = this.text.charCodeAt(start + 2) === 0x2d;
      marker = this.text.slice(start + (flush ? 3 : 2), this.ends[open]!).trimEnd();
    }
    const raw: RawTemplatePart[] = [];
    let trimNext = false;
    let end: number;
    // Template content holds no newline tokens, so the raw position is the next token.
    for (;;) {
      const i = this.pos;
      const t = this.types[i] as Tok;
      if (t === closeType) {
        if (!bare) this.pos++;
        end = this.ends[i]!;
        break;
      }
      if (t === Tok.QuotedLit || t === Tok.StringLit) {
        this.pos++;
        let value = this.unescape(i, t === Tok.QuotedLit);
        if (trimNext) value = trimStartGo(value);
        trimNext = false;
        raw.push({ kind: 'literal', value, start: this.starts[i]!, end: this.ends[i]! });
        continue;
      }
      trimNext = false;
      if (t === Tok.TemplateInterp || t === Tok.TemplateControl) {
        const stripLeft = this.ends[i]! - this.starts[i]! === 3;
        const previous = raw[raw.length - 1];
        if (stripLeft && previous?.kind === 'literal') previous.value = trimEndGo(previous.value);
        this.pos++;
        this.pushNewlines(false);
        const part = t === Tok.TemplateInterp ? this.parseInterpolation(i, stripLeft) : this.parseDirective(i);
        this.popNewlines();
        if (part) {
          raw.push(part);
          const last = this.pos - 1;
          trimNext = this.types[last] === Tok.TemplateSeqEnd && this.ends[last]! - this.starts[last]! === 2;
        }
        continue;
      }
      if (t === Tok.QuotedNewline) {
        this.pos++;
        this.fail(`Unterminated string: expected '"' before the end of the line`, start, this.starts[i]!);
        end = this.starts[i]!;
        break;
      }
      if (t === Tok.EOF) {
        this.fail(
          heredoc
            ? `Unterminated heredoc: expected the closing marker '${marker}' on a line of its own before the end of the file`
            : `Unterminated string: expected '"' before the end of the file`,
          start,
          heredoc ? start + 2 + (flush ? 1 : 0) + marker.length : this.ends[open]!,
        );
        end = this.starts[i]!;
        break;
      }
      // Stray tokens left by a malformed sequence.
      this.pos++;
      this.failAtToken(`Unexpected ${this.describe(i)} in a template`, i);
    }

    const stripped = flush ? flushHeredocIndent(raw) : 0;
    const melded = meldLiterals(raw);
    if (melded.length === 0) {
      const at = bare ? 0 : this.ends[open]!;
      melded.push({ kind: 'literal', value: '', start: at, end: at });
    }
    const node: TemplateExpr = new TemplateNode(this.positions, start, end, fitted(this.nestTemplateParts(melded, end)));
    if (heredoc) node.heredoc = stripped > 0 ? { marker, indent: flush, stripped } : { marker, indent: flush };
    return node;
  }

  /** After `${`: the expression and the closing `}`. */
  private parseInterpolation(open: number, stripLeft: boolean): RawTemplatePart {
    const expr = this.parseExpression();
    const c = this.next();
    let end: number;
    let stripRight = false;
    if (this.types[c] === Tok.TemplateSeqEnd) {
      this.read();
      end = this.ends[c]!;
      stripRight = end - this.starts[c]! === 2;
    } else {
      this.failAtToken(
        this.types[c] === Tok.EOF
          ? `Missing '}' to close the interpolation opened at ${this.where(this.starts[open]!)}: reached the end of the file`
          : `Expected '}' to close the interpolation opened at ${this.where(this.starts[open]!)}, found ${this.describe(c)}`,
        c,
      );
      end = this.ends[this.recoverTo(Tok.TemplateSeqEnd)]!;
    }
    const start = this.starts[open]!;
    const node: TemplateInterpolation = new TemplateInterpolationNode(this.positions, start, end, expr, stripLeft, stripRight);
    return { kind: 'interp', node, start, end };
  }

  /** After `%{`: one directive keyword with its operands and the closing `}`. */
  private parseDirective(open: number): RawTemplatePart | null {
    const start = this.starts[open]!;
    const k = this.next();
    if (this.types[k] !== Tok.Ident) {
      this.failAtToken(`Expected a template directive (if, else, endif, for, endfor) after '%{', found ${this.describe(k)}`, k);
      this.recoverTo(Tok.TemplateSeqEnd);
      return null;
    }
    this.read();
    const keyword = this.tokenText(k);
    let part: RawTemplatePart;
    switch (keyword) {
      case 'if':
        part = { kind: 'if', cond: this.parseExpression(), start, end: 0 };
        break;
      case 'else':
      case 'endif':
      case 'endfor':
        part = { kind: keyword, start, end: 0 };
        break;
      case 'for': {
        let j = this.next();
        if (this.types[j] !== Tok.Ident) {
          this.failAtToken(`Expected a variable name after '%{for', found ${this.describe(j)}`, j);
          this.recoverTo(Tok.TemplateSeqEnd);
          return null;
        }
        this.read();
        let keyVar: string | undefined;
        let valueVar = this.tokenText(j);
        if (this.peek() === Tok.Comma) {
          this.read();
          j = this.next();
          if (this.types[j] !== Tok.Ident) {
            this.failAtToken(`Expected a value variable name after ',' in '%{for', found ${this.describe(j)}`, j);
            this.recoverTo(Tok.TemplateSeqEnd);
            return null;
          }
          this.read();
          keyVar = valueVar;
          valueVar = this.tokenText(j);
        }
        j = this.next();
        if (!this.isKeyword(j, 'in')) {
          this.failAtToken(`Expected 'in' after the variable names of '%{for', found ${this.describe(j)}`, j);
          this.recoverTo(Tok.TemplateSeqEnd);
          return null;
        }
        this.read();
        const collection = this.parseExpression();
        part = { kind: 'for', valueVar, collection, start, end: 0 };
        if (keyVar !== undefined) part.keyVar = keyVar;
        break;
      }
      default:
        this.failAtToken(`Unknown template directive '${keyword}': expected if, else, endif, for or endfor`, k);
        this.recoverTo(Tok.TemplateSeqEnd);
        return null;
    }
    const c = this.next();
    if (this.types[c] === Tok.TemplateSeqEnd) {
      this.read();
      part.end = this.ends[c]!;
    } else {
      this.failAtToken(`Expected '}' to end the '%{${keyword}' directive, found ${this.describe(c)}`, c);
      part.end = this.ends[this.recoverTo(Tok.TemplateSeqEnd)]!;
    }
    return part;
  }

  /** Turns the flat part list into nested TemplateIf / TemplateFor nodes, reporting unbalanced directives. */
  private nestTemplateParts(raw: RawTemplatePart[], templateEnd: number): TemplatePart[] {
    const root: TemplatePart[] = [];
    type Frame = { node: TemplateIf | TemplateFor; target: TemplatePart[]; start: number; inElse: boolean };
    const stack: Frame[] = [];
    let target = root;
    for (const part of raw) {
      switch (part.kind) {
        case 'literal': {
          const literal: TemplateLiteral = new TemplateLiteralNode(this.positions, part.start, part.end, part.value);
          target.push(literal);
          break;
        }
        case 'interp':
          target.push(part.node);
          break;
        case 'if': {
          const node: TemplateIf = { type: 'TemplateIf', cond: part.cond, then: [], range: this.positions.range(part.start, part.end) };
          target.push(node);
          stack.push({ node, target, start: part.start, inElse: false });
          target = node.then;
          break;
        }
        case 'for': {
          const node: TemplateFor = {
            type: 'TemplateFor',
            valueVar: part.valueVar,
            collection: part.collection,
            body: [],
            range: this.positions.range(part.start, part.end),
          };
          if (part.keyVar !== undefined) node.keyVar = part.keyVar;
          target.push(node);
          stack.push({ node, target, start: part.start, inElse: false });
          target = node.body;
          break;
        }
        case 'else': {
          const top = stack[stack.length - 1];
          if (top && top.node.type === 'TemplateIf' && !top.inElse) {
            top.inElse = true;
            top.node.else = [];
            target = top.node.else;
          } else {
            this.fail(
              top?.node.type === 'TemplateIf'
                ? `Unexpected '%{else}': the '%{if}' at ${this.where(top.start)} already has an else branch`
                : "Unexpected '%{else}': it must be inside a '%{if}' directive",
              part.start,
              part.end,
            );
          }
          break;
        }
        case 'endif':
        case 'endfor': {
          const wanted = part.kind === 'endif' ? 'TemplateIf' : 'TemplateFor';
          const top = stack[stack.length - 1];
          if (top && top.node.type === wanted) {
            stack.pop();
            top.node.range = this.positions.range(top.start, part.end);
            target = top.target;
          } else {
            const opener = part.kind === 'endif' ? 'if' : 'for';
            this.fail(
              top
                ? `Unexpected '%{${part.kind}}': expected '%{${top.node.type === 'TemplateIf' ? 'endif' : 'endfor'}}' to close the directive at ${this.where(top.start)}`
                : `Unexpected '%{${part.kind}}': there is no open '%{${opener}}' directive`,
              part.start,
              part.end,
            );
          }
          break;
        }
      }
    }
    while (stack.length > 0) {
      const top = stack.pop()!;
      const closer = top.node.type === 'TemplateIf' ? 'endif' : 'endfor';
      this.fail(`Missing '%{${closer}}' for the directive opened at ${this.where(top.start)}`, top.start, endOf(top.node));
      top.node.range = this.positions.range(top.start, templateEnd);
    }
    return root;
  }

  /** Literal text of a template token: quoted strings process backslash escapes; both forms process `$${` and `%%{`. */
  private unescape(i: number, quoted: boolean): string {
    const text = this.text;
    const end = this.ends[i]!;
    let k = this.starts[i]!;
    // The scanner saw no backslash and no `$${` / `%%{`: the text is the value.
    if (this.escapes[i] === 0) return text.slice(k, end);
    let chunk = k;
    let out = '';
    while (k < end) {
      const c = text.charCodeAt(k);
      if (c === 0x5c && quoted) {
        out += text.slice(chunk, k);
        k = this.escape(k, end, (s) => (out += s));
        chunk = k;
        continue;
      }
      if ((c === 0x24 || c === 0x25) && text.charCodeAt(k + 1) === c && text.charCodeAt(k + 2) === 0x7b && k + 2 < end) {
        out += text.slice(chunk, k + 1);
        k += 2;
        chunk = k;
        continue;
      }
      k++;
    }
    return chunk === this.starts[i] ? text.slice(chunk, end) : out + text.slice(chunk, end);
  }

  /** Processes the escape at `k` (a backslash); returns the offset after it. */
  private escape(k: number, end: number, emit: (s: string) => void): number {
    const text = this.text;
    if (k + 1 >= end) {
      this.report('Invalid escape sequence: a backslash must be followed by an escape character', k, k + 1);
      return k + 1;
    }
    const selector = text.charCodeAt(k + 1);
    switch (selector) {
      case 0x6e:
        emit('\n');
        return k + 2;
      case 0x72:
        emit('\r');
        return k + 2;
      case 0x74:
        emit('\t');
        return k + 2;
      case 0x22:
        emit('"');
        return k + 2;
      case 0x5c:
        emit('\\');
        return k + 2;
      case 0x75 /* u */:
      case 0x55 /* U */: {
        const digits = selector === 0x75 ? 4 : 8;
        let n = 0;
        while (n < digits && k + 2 + n < end && isHexDigit(text.charCodeAt(k + 2 + n))) n++;
        if (n < digits) {
          this.report(
            `Invalid escape sequence: \\${String.fromCharCode(selector)} must be followed by ${digits === 4 ? 'four' : 'eight'} hexadecimal digits`,
            k,
            k + 2 + n,
          );
          return k + 2 + n;
        }
        const codePoint = Number.parseInt(text.slice(k + 2, k + 2 + digits), 16);
        if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
          this.report(`Invalid escape sequence: U+${codePoint.toString(16).toUpperCase()} is not a valid Unicode character`, k, k + 2 + digits);
        } else {
          emit(String.fromCodePoint(codePoint));
        }
        return k + 2 + digits;
      }
      default: {
        const width = selector >= 0xd800 && selector <= 0xdbff ? 2 : 1;
        const symbol = text.slice(k + 1, k + 1 + width);
        this.report(`Invalid escape sequence '\\${symbol}': expected one of \\n \\r \\t \\" \\\\ \\uNNNN \\UNNNNNNNN`, k, k + 1 + width);
        emit(symbol);
        return k + 1 + width;
      }
    }
  }
}

function openerOf(close: Tok): Tok {
  switch (close) {
    case Tok.CBrace:
      return Tok.OBrace;
    case Tok.CBrack:
      return Tok.OBrack;
    case Tok.CParen:
      return Tok.OParen;
    case Tok.CQuote:
      return Tok.OQuote;
    case Tok.CHeredoc:
      return Tok.OHeredoc;
    case Tok.TemplateSeqEnd:
      return Tok.TemplateInterp;
    default:
      return Tok.EOF;
  }
}

function isHexDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

function trimStartGo(s: string): string {
  let i = 0;
  while (i < s.length && isGoSpace(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}

function trimEndGo(s: string): string {
  let i = s.length;
  while (i > 0 && isGoSpace(s.charCodeAt(i - 1))) i--;
  return i === s.length ? s : s.slice(0, i);
}

/**
 * `<<-` heredocs: remove the smallest leading-whitespace width found on any non-blank line from every line.
 * Works on the per-line literal tokens after strip markers, as HCL does, so interpolated values never affect it.
 */
function flushHeredocIndent(raw: RawTemplatePart[]): number {
  let minSpaces = Number.POSITIVE_INFINITY;
  let atLineStart = true;
  const adjust: Array<Extract<RawTemplatePart, { kind: 'literal' }>> = [];
  for (const part of raw) {
    if (atLineStart) {
      atLineStart = false;
      let spaces = 0;
      if (part.kind === 'literal') {
        const value = part.value;
        let ws = 0;
        while (ws < value.length && isGoSpace(value.charCodeAt(ws))) ws++;
        if (ws === value.length && value.endsWith('\n')) {
          spaces = Number.POSITIVE_INFINITY;
        } else {
          spaces = ws;
          adjust.push(part);
        }
      }
      if (spaces < minSpaces) minSpaces = spaces;
    }
    if (part.kind === 'literal' && part.value.endsWith('\n')) atLineStart = true;
  }
  if (!Number.isFinite(minSpaces) || minSpaces === 0) return 0;
  for (const part of adjust) {
    part.value = part.value.slice(minSpaces);
    part.start += minSpaces;
  }
  return minSpaces;
}

/** Joins consecutive literal parts (heredocs produce one per line). */
function meldLiterals(raw: RawTemplatePart[]): RawTemplatePart[] {
  if (raw.length < 2) return raw;
  const out: RawTemplatePart[] = [];
  for (const part of raw) {
    const previous = out[out.length - 1];
    if (part.kind === 'literal' && previous?.kind === 'literal') {
      out[out.length - 1] = { kind: 'literal', value: previous.value + part.value, start: previous.start, end: part.end };
    } else {
      out.push(part);
    }
  }
  return out;
}
