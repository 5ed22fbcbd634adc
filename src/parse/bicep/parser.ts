/**
 * Recursive-descent parser for Bicep and `.bicepparam` files over the lexer's tokens.
 * Newlines matter only where Bicep gives them meaning: the end of a declaration, between decorators and what they
 * decorate, and as separators in objects, arrays, object types, tuples and import lists. Binary and postfix operators
 * never continue across a line break; `?`/`:` of a ternary and the tokens inside parentheses may.
 * Errors are recorded and the parser recovers at the next array item, object property or statement.
 */
import type * as A from './ast.js';
import { lex, T, TOKEN_TEXT, type Token } from './lexer.js';
import { PositionTable } from '../positions.js';
import { fitted } from '../../shared/arrays.js';

/** Thrown after an error has been recorded, to unwind to the nearest recovery point. */
class Abort {
  readonly aborted = true;
}
const ABORT = new Abort();

/** Nesting limit for expressions and types: deeper input gets one located error instead of a stack overflow. */
const MAX_DEPTH = 150;

const PRECEDENCE: Partial<Record<T, number>> = {
  [T.DoubleQuestion]: 1,
  [T.Or]: 2,
  [T.And]: 3,
  [T.Eq]: 4,
  [T.NotEq]: 4,
  [T.EqI]: 4,
  [T.NotEqI]: 4,
  [T.Lt]: 5,
  [T.Le]: 5,
  [T.Gt]: 5,
  [T.Ge]: 5,
  [T.Plus]: 6,
  [T.Minus]: 6,
  [T.Star]: 7,
  [T.Slash]: 7,
  [T.Percent]: 7,
};

/** The operator a binary token stands for is its text; the precedence table lists the binary tokens. */
const BINARY_OPERATOR: Partial<Record<T, A.BinaryOperator>> = Object.fromEntries(
  Object.keys(PRECEDENCE).map((kind) => [kind, TOKEN_TEXT[Number(kind)] as A.BinaryOperator]),
);

const STATEMENT_KEYWORDS = new Set([
  'targetScope',
  'metadata',
  'param',
  'var',
  'resource',
  'module',
  'output',
  'type',
  'func',
  'import',
  'extension',
  'provider',
  'test',
  'assert',
  'using',
  'extends',
  'extensionConfig',
]);

const BICEPPARAM_ONLY = new Set(['using', 'extends', 'extensionConfig']);
const BICEP_ONLY = new Set(['targetScope', 'metadata', 'resource', 'module', 'output', 'test', 'assert', 'extension', 'provider']);

const EXPECTED_DECLARATION =
  'a declaration (targetScope, metadata, param, var, resource, module, output, type, func, import, extension, test or assert)';
const EXPECTED_PARAM_DECLARATION = 'a declaration (using, extends, param, var, type, func, import or extensionConfig)';

export class BicepParser {
  private i = 0;
  private depth = 0;
  /** Tokens of this file: the first `count` of the lexer's shared objects (see lex). */
  private readonly tokens: readonly Token[];
  private readonly count: number;
  readonly comments: A.Comment[];
  /** Ranges keep offsets and work out lines and columns when read, from the lines the lexer found. */
  private readonly positions: PositionTable;

  constructor(
    text: string,
    private readonly path: string,
    private readonly fileKind: 'bicep' | 'bicepparam',
    readonly errors: A.ParseError[],
  ) {
    const lexed = lex(text, errors);
    this.tokens = lexed.tokens;
    this.count = lexed.count;
    this.comments = lexed.comments;
    this.positions = new PositionTable(text, lexed.lines);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Token helpers

  private get tok(): Token {
    return this.tokens[this.i]!;
  }

  /** Kind of the current token (a call, so checks before an advance() do not narrow checks after it). */
  private k(): T {
    return this.tokens[this.i]!.kind;
  }

  private peek(k: number): Token {
    const j = this.i + k;
    return this.tokens[j < this.count ? j : this.count - 1]!;
  }

  private get prev(): Token {
    return this.tokens[this.i > 0 ? this.i - 1 : 0]!;
  }

  private advance(): Token {
    const t = this.tokens[this.i]!;
    if (t.kind !== T.EOF) this.i++;
    return t;
  }

  private range(first: Token): A.Range {
    return this.positions.range(first.start, this.prev.end);
  }

  private isKeyword(t: Token, word: string): boolean {
    return t.kind === T.Identifier && t.text === word;
  }

  private describe(t: Token): string {
    switch (t.kind) {
      case T.EOF:
        return 'end of file';
      case T.Identifier:
      case T.Number:
      case T.Invalid:
        return `"${t.text}"`;
      case T.StringComplete:
      case T.StringLeft:
        return 'a string';
      case T.StringMiddle:
      case T.StringRight:
        return '"}"';
      default:
        return `"${TOKEN_TEXT[t.kind]}"`;
    }
  }

  /** `line L column C` of a token's start, for messages that point back at an opening bracket. */
  private where(t: Token): string {
    const at = this.positions.pos(t.start);
    return `line ${at.line} column ${at.column}`;
  }

  private errorAt(t: Token, message: string): void {
    // The lexer already reported the unexpected character itself.
    if (t.kind === T.Invalid) return;
    const start = this.positions.pos(t.start);
    const end = this.positions.pos(t.end);
    this.errors.push({ message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset: t.start, endOffset: t.end });
  }

  /**
   * Records "Expected X but found Y" and unwinds. With `sameLine`, X belonged on the current line: a token on a later
   * line is reported as "a new line" just after the last token of the line.
   */
  private fail(expected: string, sameLine = false): never {
    const t = this.tok;
    if (sameLine && t.nl && t.kind !== T.EOF && this.i > 0) {
      const p = this.prev;
      const at = this.positions.pos(p.end);
      this.errors.push({
        message: `Expected ${expected} but found a new line`,
        line: at.line,
        column: at.column,
        endLine: at.line,
        endColumn: at.column + 1,
        offset: p.end,
        endOffset: p.end + 1,
      });
    } else {
      this.errorAt(t, `Expected ${expected} but found ${this.describe(t)}`);
    }
    throw ABORT;
  }

  private expect(kind: T, expected = `"${TOKEN_TEXT[kind]}"`): Token {
    if (this.k() !== kind) this.fail(expected);
    return this.advance();
  }

  /** Like expect, but the token must be on the current line (declaration headers). */
  private expectOnLine(kind: T, expected = `"${TOKEN_TEXT[kind]}"`): Token {
    if (this.k() !== kind || this.tok.nl) this.fail(expected, true);
    return this.advance();
  }

  private expectKeyword(word: string): Token {
    if (!this.isKeyword(this.tok, word) || this.tok.nl) this.fail(`"${word}"`, true);
    return this.advance();
  }

  private identifier(expected: string, sameLine = true): A.Identifier {
    const t = this.tok;
    if (t.kind !== T.Identifier || (sameLine && t.nl)) this.fail(expected, sameLine);
    this.advance();
    return { type: 'Identifier', name: t.text, range: this.positions.range(t.start, t.end) };
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) {
      this.errorAt(this.tok, `Nesting too deep: more than ${MAX_DEPTH} nested expressions or types`);
      // Nothing after this point is trustworthy: stop parsing the file.
      this.i = this.count - 1;
      throw ABORT;
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Program and statements

  parseProgram(): A.BicepProgram {
    const statements: A.Statement[] = [];
    while (this.k() !== T.EOF) {
      const start = this.i;
      try {
        const statement = this.parseStatement();
        statements.push(statement);
        if (!this.tok.nl && this.k() !== T.EOF) {
          this.errorAt(this.tok, `Expected a new line after the declaration but found ${this.describe(this.tok)}`);
          this.recoverStatement(start);
        }
      } catch (e) {
        if (e !== ABORT) {
          // A defect of this parser must not take the scan down: report it where it happened and go on.
          const at = this.tokens[start]!;
          this.errorAt(at, `Internal parser error: ${e instanceof Error ? e.message : String(e)}`);
        }
        this.recoverStatement(start);
      }
    }
    const eof = this.tokens[this.count - 1]!;
    return { type: 'Program', path: this.path, fileKind: this.fileKind, statements, range: this.positions.range(0, eof.end) };
  }

  /** Skips the rest of the failed statement's line, then lines that cannot start a declaration. */
  private recoverStatement(start: number): void {
    this.depth = 0;
    if (this.i === start && this.k() !== T.EOF) this.i++;
    while (this.k() !== T.EOF && !this.tok.nl) this.i++;
    while (this.k() !== T.EOF && !this.startsStatement(this.tok)) {
      this.i++;
      while (this.k() !== T.EOF && !this.tok.nl) this.i++;
    }
  }

  private startsStatement(t: Token): boolean {
    return t.kind === T.At || (t.kind === T.Identifier && STATEMENT_KEYWORDS.has(t.text));
  }

  private parseStatement(): A.Statement {
    const first = this.tok;
    const decorators = this.parseDecorators();
    const kw = this.tok;
    if (kw.kind !== T.Identifier || !STATEMENT_KEYWORDS.has(kw.text)) {
      this.fail(this.fileKind === 'bicepparam' ? EXPECTED_PARAM_DECLARATION : EXPECTED_DECLARATION, decorators.length > 0);
    }
    if (this.fileKind === 'bicep' && BICEPPARAM_ONLY.has(kw.text)) {
      this.errorAt(kw, `"${kw.text}" declarations are only allowed in .bicepparam files`);
      throw ABORT;
    }
    if (this.fileKind === 'bicepparam' && BICEP_ONLY.has(kw.text)) {
      this.errorAt(kw, `"${kw.text}" declarations are not allowed in .bicepparam files`);
      throw ABORT;
    }
    this.advance();
    switch (kw.text) {
      case 'targetScope': {
        this.expectOnLine(T.Assign);
        const value = this.parseValueOnLine();
        return { type: 'TargetScope', decorators, value, range: this.range(first) };
      }
      case 'metadata': {
        const name = this.identifier('a metadata name');
        this.expectOnLine(T.Assign);
        const value = this.parseValueOnLine();
        return { type: 'Metadata', decorators, name, value, range: this.range(first) };
      }
      case 'param':
        return this.parseParam(first, decorators);
      case 'var': {
        const name = this.identifier('a variable name');
        let varType: A.TypeExpression | undefined;
        if (this.k() !== T.Assign) {
          if (!this.typeStartsOnLine()) this.fail('"=" or a type', true);
          varType = this.parseType();
        }
        this.expectOnLine(T.Assign);
        const value = this.parseValueOnLine();
        return varType
          ? { type: 'Var', decorators, name, varType, value, range: this.range(first) }
          : { type: 'Var', decorators, name, value, range: this.range(first) };
      }
      case 'resource':
        return this.parseResource(first, decorators);
      case 'module': {
        const name = this.identifier('a module name');
        const path = this.parseStringOnLine('a module path string');
        this.expectOnLine(T.Assign);
        const value = this.parseDeclarationBody('module');
        return { type: 'Module', decorators, name, path, value, range: this.range(first) };
      }
      case 'test': {
        const name = this.identifier('a test name');
        const path = this.parseStringOnLine('a test file path string');
        this.expectOnLine(T.Assign);
        const value = this.parseDeclarationBody('test');
        return { type: 'Test', decorators, name, path, value, range: this.range(first) };
      }
      case 'output': {
        const name = this.identifier('an output name');
        if (this.isKeyword(this.tok, 'resource') && !this.tok.nl && this.isStringStart(this.peek(1))) {
          this.advance();
          const resourceType = this.parseStringOnLine('a resource type string');
          this.expectOnLine(T.Assign);
          const value = this.parseValueOnLine();
          return { type: 'Output', decorators, name, resourceType, value, range: this.range(first) };
        }
        if (!this.typeStartsOnLine() || this.k() === T.Assign) this.fail('an output type', true);
        const outputType = this.parseType();
        this.expectOnLine(T.Assign);
        const value = this.parseValueOnLine();
        return { type: 'Output', decorators, name, outputType, value, range: this.range(first) };
      }
      case 'type': {
        const name = this.identifier('a type name');
        this.expectOnLine(T.Assign);
        if (!this.typeStartsOnLine()) this.fail('a type', true);
        const value = this.parseType();
        return { type: 'TypeDecl', decorators, name, value, range: this.range(first) };
      }
      case 'func': {
        const name = this.identifier('a function name');
        if (this.tok.nl) this.fail('"("', true);
        const lambda = this.parseTypedLambda();
        return { type: 'Function', decorators, name, lambda, range: this.range(first) };
      }
      case 'import':
        return this.parseImport(first, decorators);
      case 'extension':
      case 'provider': {
        let specification: A.Identifier | A.StringExpr;
        if (this.k() === T.Identifier && !this.tok.nl) specification = this.identifier('an extension name');
        else specification = this.parseStringOnLine('an extension name or reference string');
        let config: A.Expression | undefined;
        let alias: A.Identifier | undefined;
        if (this.isKeyword(this.tok, 'with') && !this.tok.nl) {
          this.advance();
          if (this.k() !== T.LBrace || this.tok.nl) this.fail('an object after "with"', true);
          config = this.parseObject();
        }
        if (this.isKeyword(this.tok, 'as') && !this.tok.nl) {
          this.advance();
          alias = this.identifier('an alias name');
        }
        const decl: A.ExtensionDecl = { type: 'Extension', decorators, keyword: kw.text as 'extension' | 'provider', specification, range: this.range(first) };
        if (config) decl.config = config;
        if (alias) decl.alias = alias;
        return decl;
      }
      case 'assert': {
        const name = this.identifier('an assertion name');
        this.expectOnLine(T.Assign);
        const value = this.parseValueOnLine();
        return { type: 'Assert', decorators, name, value, range: this.range(first) };
      }
      case 'using': {
        const decl: A.UsingDecl = { type: 'Using', decorators, range: this.range(first) };
        if (this.isKeyword(this.tok, 'none') && !this.tok.nl) this.advance();
        else decl.path = this.parseStringOnLine('a file path string or "none"');
        if (this.isKeyword(this.tok, 'with') && !this.tok.nl) {
          this.advance();
          if (this.k() !== T.LBrace || this.tok.nl) this.fail('an object after "with"', true);
          decl.config = this.parseObject();
        }
        decl.range = this.range(first);
        return decl;
      }
      case 'extends': {
        const path = this.parseStringOnLine('a file path string');
        return { type: 'Extends', decorators, path, range: this.range(first) };
      }
      default: {
        // extensionConfig
        const name = this.identifier('an extension name');
        this.expectKeyword('with');
        if (this.k() !== T.LBrace || this.tok.nl) this.fail('an object after "with"', true);
        const config = this.parseObject();
        return { type: 'ExtensionConfig', decorators, name, config, range: this.range(first) };
      }
    }
  }

  private parseParam(first: Token, decorators: A.Decorator[]): A.ParamDecl {
    const name = this.identifier('a parameter name');
    if (this.fileKind === 'bicepparam') {
      this.expectOnLine(T.Assign);
      const value = this.parseValueOnLine();
      return { type: 'Param', decorators, name, value, range: this.range(first) };
    }
    const decl: A.ParamDecl = { type: 'Param', decorators, name, range: this.range(first) };
    if (this.isKeyword(this.tok, 'resource') && !this.tok.nl && this.isStringStart(this.peek(1))) {
      this.advance();
      decl.resourceType = this.parseStringOnLine('a resource type string');
    } else {
      if (!this.typeStartsOnLine() || this.k() === T.Assign || this.k() === T.EOF) this.fail('a parameter type', true);
      decl.paramType = this.parseType();
    }
    if (this.k() === T.Assign && !this.tok.nl) {
      this.advance();
      decl.value = this.parseValueOnLine();
    }
    decl.range = this.range(first);
    return decl;
  }

  private parseResource(first: Token, decorators: A.Decorator[]): A.ResourceDecl {
    const name = this.identifier('a resource name');
    const resourceType = this.parseStringOnLine('a resource type string');
    let existing = false;
    if (this.isKeyword(this.tok, 'existing') && !this.tok.nl) {
      this.advance();
      existing = true;
    }
    this.expectOnLine(T.Assign);
    const value = this.parseDeclarationBody('resource');
    return { type: 'Resource', decorators, name, resourceType, existing, value, range: this.range(first) };
  }

  /** The value of a resource, module or test: an object, `if (...) {...}` or a for-expression (may start on the next line). */
  private parseDeclarationBody(what: string): A.Expression {
    const t = this.tok;
    if (t.kind === T.LBrace) return this.parseObject();
    if (this.isKeyword(t, 'if') && this.peek(1).kind === T.LParen) return this.parseIf();
    if (t.kind === T.LBracket && this.isForStart(1)) return this.parseArrayOrFor();
    return this.fail(`an object, "if" condition or "for" loop as the ${what} body`);
  }

  private parseImport(first: Token, decorators: A.Decorator[]): A.ImportDecl {
    let items: A.ImportItem[] | undefined;
    let wildcard: A.Identifier | undefined;
    if (this.k() === T.LBrace && !this.tok.nl) {
      this.advance();
      items = [];
      for (;;) {
        const t = this.tok;
        if (t.kind === T.RBrace) {
          this.advance();
          break;
        }
        const itemStart = this.tok;
        let original: A.Identifier | A.StringExpr;
        if (t.kind === T.Identifier) original = this.identifier('an imported symbol name', false);
        else if (t.kind === T.StringComplete) original = this.parseString();
        else return this.fail('an imported symbol name or "}"');
        const item: A.ImportItem = { type: 'ImportItem', original, range: this.range(itemStart) };
        if (this.isKeyword(this.tok, 'as') && !this.tok.nl) {
          this.advance();
          item.alias = this.identifier('an alias name');
          item.range = this.range(itemStart);
        }
        items.push(item);
        if (this.k() === T.Comma) this.advance();
        else if (this.k() !== T.RBrace && !this.tok.nl) this.fail('",", a new line or "}"', true);
      }
    } else if (this.k() === T.Star && !this.tok.nl) {
      this.advance();
      this.expectKeyword('as');
      wildcard = this.identifier('a namespace name');
    } else {
      this.fail('"{" or "*" after import');
    }
    this.expectKeyword('from');
    const from = this.parseStringOnLine('a file path string');
    const decl: A.ImportDecl = { type: 'Import', decorators, from, range: this.range(first) };
    if (items) decl.items = items;
    if (wildcard) decl.wildcard = wildcard;
    return decl;
  }

  private parseDecorators(): A.Decorator[] {
    const decorators: A.Decorator[] = [];
    while (this.k() === T.At) {
      const at = this.advance();
      if (this.k() !== T.Identifier || this.tok.nl) this.fail('a decorator name after "@"', true);
      const nameTok = this.tok;
      const expr = this.parsePostfix(this.parsePrimary(), nameTok);
      if (expr.type !== 'Call') {
        this.errors.push(this.nodeError(expr.range, 'Expected a decorator call such as @description(\'...\')'));
        throw ABORT;
      }
      const decorator: A.Decorator = { type: 'Decorator', expr, name: expr.name.name, args: expr.args, range: this.range(at) };
      if (expr.object?.type === 'Variable') decorator.namespace = expr.object.name;
      decorators.push(decorator);
      if (!this.tok.nl && this.k() !== T.EOF) this.fail('a new line after the decorator', true);
    }
    return fitted(decorators);
  }

  private nodeError(range: A.Range, message: string): A.ParseError {
    return {
      message,
      line: range.start.line,
      column: range.start.column,
      endLine: range.end.line,
      endColumn: range.end.column,
      offset: range.start.offset,
      endOffset: range.end.offset,
    };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Expressions

  private parseValueOnLine(): A.Expression {
    if (this.tok.nl || this.k() === T.EOF) this.fail('a value', true);
    return this.parseExpression();
  }

  parseExpression(): A.Expression {
    this.enter();
    try {
      const first = this.tok;
      const condition = this.parseBinary(1);
      if (this.k() !== T.Question) return condition;
      this.advance();
      const then = this.parseExpression();
      this.expect(T.Colon, '":" of the conditional expression');
      const otherwise = this.parseExpression();
      return { type: 'Ternary', condition, then, else: otherwise, range: this.range(first) };
    } finally {
      this.depth--;
    }
  }

  private parseBinary(minPrecedence: number): A.Expression {
    const first = this.tok;
    let left = this.parseUnary();
    for (;;) {
      const t = this.tok;
      if (t.nl) return left;
      const precedence = PRECEDENCE[t.kind];
      if (precedence === undefined || precedence < minPrecedence) return left;
      this.advance();
      const right = this.parseBinary(precedence + 1);
      left = { type: 'Binary', operator: BINARY_OPERATOR[t.kind]!, left, right, range: this.range(first) };
    }
  }

  private parseUnary(): A.Expression {
    const t = this.tok;
    if (t.kind === T.Bang || t.kind === T.Minus || t.kind === T.Plus) {
      this.enter();
      try {
        this.advance();
        const operand = this.parseUnary();
        const operator = t.kind === T.Bang ? '!' : t.kind === T.Minus ? '-' : '+';
        return { type: 'Unary', operator, operand, range: this.range(t) };
      } finally {
        this.depth--;
      }
    }
    return this.parsePostfix(this.parsePrimary(), t);
  }

  private parsePostfix(expr: A.Expression, first: Token): A.Expression {
    for (;;) {
      const t = this.tok;
      if (t.nl) return expr;
      switch (t.kind) {
        case T.Dot: {
          this.advance();
          const name = this.identifier('a property or function name after "."');
          if (this.k() === T.LParen && !this.tok.nl) {
            const args = this.parseArguments();
            expr = { type: 'Call', object: expr, name, args, range: this.range(first) };
          } else {
            expr = { type: 'PropertyAccess', object: expr, property: name, safe: false, range: this.range(first) };
          }
          break;
        }
        case T.DotQuestion: {
          this.advance();
          const name = this.identifier('a property name after ".?"');
          expr = { type: 'PropertyAccess', object: expr, property: name, safe: true, range: this.range(first) };
          break;
        }
        case T.LBracket: {
          this.advance();
          let safe = false;
          let fromEnd = false;
          if (this.k() === T.Question) {
            this.advance();
            safe = true;
          }
          if (this.k() === T.Caret) {
            this.advance();
            fromEnd = true;
          }
          const index = this.parseExpression();
          this.expect(T.RBracket);
          expr = { type: 'IndexAccess', object: expr, index, safe, fromEnd, range: this.range(first) };
          break;
        }
        case T.DoubleColon: {
          this.advance();
          const resource = this.identifier('a nested resource name after "::"');
          expr = { type: 'ResourceAccess', object: expr, resource, range: this.range(first) };
          break;
        }
        case T.Bang:
          this.advance();
          expr = { type: 'NonNull', expr, range: this.range(first) };
          break;
        default:
          return expr;
      }
    }
  }

  private parseArguments(): A.Expression[] {
    this.expect(T.LParen);
    const args: A.Expression[] = [];
    if (this.k() === T.RParen) {
      this.advance();
      return args;
    }
    for (;;) {
      args.push(this.parseExpression());
      if (this.k() === T.Comma) {
        this.advance();
        continue;
      }
      if (this.k() === T.RParen) {
        this.advance();
        return fitted(args);
      }
      this.fail('"," or ")" in the argument list');
    }
  }

  private parsePrimary(): A.Expression {
    const t = this.tok;
    // A value missing at the end of a line must not swallow the next declaration.
    if (t.nl && this.startsDeclarationLine(t, false)) this.fail('an expression', true);
    switch (t.kind) {
      case T.Number:
        this.advance();
        return { type: 'Literal', value: Number(t.text), range: this.range(t) };
      case T.StringComplete:
      case T.StringLeft:
        return this.parseString();
      case T.LBracket:
        return this.parseArrayOrFor();
      case T.LBrace:
        return this.parseObject();
      case T.LParen:
        return this.isLambdaParams() ? this.parseLambda() : this.parseParenthesized();
      case T.Identifier: {
        if (t.text === 'true' || t.text === 'false') {
          this.advance();
          return { type: 'Literal', value: t.text === 'true', range: this.range(t) };
        }
        if (t.text === 'null') {
          this.advance();
          return { type: 'Literal', value: null, range: this.range(t) };
        }
        const next = this.peek(1);
        if (next.kind === T.Arrow) return this.parseLambda();
        if (next.kind === T.LParen && !next.nl) {
          const name = this.identifier('a function name', false);
          const args = this.parseArguments();
          return { type: 'Call', name, args, range: this.range(t) };
        }
        this.advance();
        return { type: 'Variable', name: t.text, range: this.range(t) };
      }
      default:
        return this.fail('an expression');
    }
  }

  private parseParenthesized(): A.Expression {
    const open = this.advance();
    const expr = this.parseExpression();
    this.expect(T.RParen, '")"');
    return { type: 'Paren', expr, range: this.range(open) };
  }

  /** At `(`: is this `(a, b) =>`? */
  private isLambdaParams(): boolean {
    let j = this.i + 1;
    const toks = this.tokens;
    if (toks[j]!.kind === T.RParen) return toks[j + 1]!.kind === T.Arrow;
    for (;;) {
      if (toks[j]!.kind !== T.Identifier) return false;
      j++;
      const k = toks[j]!.kind;
      if (k === T.RParen) return toks[j + 1]!.kind === T.Arrow;
      if (k !== T.Comma) return false;
      j++;
    }
  }

  private parseLambda(): A.Expression {
    const first = this.tok;
    const params: A.Identifier[] = [];
    if (first.kind === T.LParen) {
      this.advance();
      while (this.k() !== T.RParen) {
        params.push(this.identifier('a lambda parameter name', false));
        if (this.k() === T.Comma) this.advance();
      }
      this.advance();
    } else {
      params.push(this.identifier('a lambda parameter name', false));
    }
    this.expect(T.Arrow);
    const body = this.parseExpression();
    return { type: 'Lambda', params: fitted(params), body, range: this.range(first) };
  }

  private parseTypedLambda(): A.TypedLambdaExpr {
    const open = this.expect(T.LParen, '"(" to start the parameter list');
    const params: A.TypedLambdaParam[] = [];
    while (this.k() !== T.RParen) {
      const pStart = this.tok;
      const name = this.identifier('a parameter name or ")"', false);
      const paramType = this.parseType();
      params.push({ type: 'TypedLambdaParam', name, paramType, range: this.range(pStart) });
      if (this.k() === T.Comma) this.advance();
      else if (this.k() !== T.RParen) this.fail('"," or ")" in the parameter list');
    }
    this.advance();
    if (this.k() === T.Arrow) this.fail('a return type');
    const returnType = this.parseType();
    this.expect(T.Arrow, '"=>"');
    const body = this.parseExpression();
    return { type: 'TypedLambda', params, returnType, body, range: this.range(open) };
  }

  private isStringStart(t: Token): boolean {
    return t.kind === T.StringComplete || t.kind === T.StringLeft;
  }

  private parseStringOnLine(expected: string): A.StringExpr {
    if (!this.isStringStart(this.tok) || this.tok.nl) this.fail(expected, true);
    return this.parseString();
  }

  /** At a StringComplete or StringLeft token. */
  private parseString(): A.StringExpr {
    const first = this.advance();
    const segments = [first.text];
    const expressions: A.Expression[] = [];
    if (first.kind === T.StringLeft) {
      for (;;) {
        expressions.push(this.parseExpression());
        const t = this.tok;
        if (t.kind === T.StringMiddle) {
          this.advance();
          segments.push(t.text);
          continue;
        }
        if (t.kind === T.StringRight) {
          this.advance();
          segments.push(t.text);
          break;
        }
        this.fail('"}" to close the string interpolation');
      }
    }
    return { type: 'String', segments: fitted(segments), expressions: fitted(expressions), multiline: first.multiline, range: this.range(first) };
  }

  private isForStart(k: number): boolean {
    const t = this.peek(k);
    if (t.kind !== T.Identifier || t.text !== 'for') return false;
    const next = this.peek(k + 1).kind;
    return next === T.Identifier || next === T.LParen;
  }

  /** Could this line-leading token only start a top-level declaration (so an unclosed bracket before it ends here)? */
  private startsDeclarationLine(t: Token, allowResource: boolean): boolean {
    if (t.kind === T.At) return !allowResource;
    if (t.kind !== T.Identifier || !STATEMENT_KEYWORDS.has(t.text)) return false;
    if (allowResource && t.text === 'resource') return false;
    const next = this.peek(1);
    if (next.nl) return false;
    if (t.text === 'targetScope') return next.kind === T.Assign;
    if (t.text === 'import') return next.kind === T.LBrace || next.kind === T.Star;
    return next.kind === T.Identifier || next.kind === T.StringComplete;
  }

  /** After an error inside an array or object: skip to the next line (or the closing bracket on this line). */
  private recoverInContainer(itemStart: number, closer: T): void {
    if (this.i === itemStart && this.k() !== closer && this.k() !== T.EOF) this.i++;
    let nesting = 0;
    for (;;) {
      const t = this.tok;
      if (t.kind === T.EOF || t.nl) return;
      const k = t.kind;
      if (k === T.LBrace || k === T.LBracket || k === T.LParen || k === T.StringLeft) nesting++;
      else if (k === T.RBrace || k === T.RBracket || k === T.RParen || k === T.StringRight) {
        if (nesting === 0 && k === closer) return;
        if (nesting > 0) nesting--;
      }
      this.i++;
    }
  }

  /** Separator after an array item / object property: ",", a line break, or the closing bracket. */
  private expectSeparator(closer: T, what: string): void {
    const t = this.tok;
    if (t.kind === T.Comma) {
      this.advance();
      return;
    }
    if (t.kind === closer || t.nl || t.kind === T.EOF) return;
    this.errorAt(t, `Expected "," or a new line between ${what} but found ${this.describe(t)}`);
  }

  private parseArrayOrFor(): A.Expression {
    if (this.isForStart(1)) return this.parseFor();
    const open = this.advance();
    const items: Array<A.Expression | A.SpreadElement> = [];
    for (;;) {
      const t = this.tok;
      if (t.kind === T.RBracket) {
        this.advance();
        break;
      }
      if (t.kind === T.EOF) this.fail('"]" to close the array');
      if (t.nl && this.startsDeclarationLine(t, false)) {
        this.errorAt(t, `Expected "]" to close the array opened at ${this.where(open)} but found ${this.describe(t)}`);
        break;
      }
      const itemStart = this.i;
      try {
        items.push(t.kind === T.Ellipsis ? this.parseSpread() : this.parseExpression());
        this.expectSeparator(T.RBracket, 'array items');
      } catch (e) {
        if (e !== ABORT || this.k() === T.EOF) throw e;
        this.recoverInContainer(itemStart, T.RBracket);
      }
    }
    return { type: 'Array', items: fitted(items), range: this.range(open) };
  }

  private parseSpread(): A.SpreadElement {
    const dots = this.advance();
    const expr = this.parseExpression();
    return { type: 'Spread', expr, range: this.range(dots) };
  }

  private parseFor(): A.ForExpr {
    const open = this.advance();
    this.advance(); // for
    let item: A.Identifier;
    let index: A.Identifier | undefined;
    if (this.k() === T.LParen) {
      this.advance();
      item = this.identifier('the loop item name', false);
      this.expect(T.Comma, '"," and the loop index name');
      index = this.identifier('the loop index name', false);
      this.expect(T.RParen);
    } else {
      item = this.identifier('the loop item name', false);
    }
    if (!this.isKeyword(this.tok, 'in')) this.fail('"in"');
    this.advance();
    const iterable = this.parseExpression();
    this.expect(T.Colon, '":" after the loop collection');
    const body = this.isKeyword(this.tok, 'if') && this.peek(1).kind === T.LParen ? this.parseIf() : this.parseExpression();
    this.expect(T.RBracket, '"]" to close the for-expression');
    const node: A.ForExpr = { type: 'For', item, iterable, body, range: this.range(open) };
    if (index) node.index = index;
    return node;
  }

  private parseIf(): A.IfCondition {
    const ifTok = this.advance();
    this.expect(T.LParen);
    const condition = this.parseExpression();
    this.expect(T.RParen, '")" to close the condition');
    if (this.k() !== T.LBrace) this.fail('"{" after the if condition');
    const body = this.parseObject();
    return { type: 'If', condition, body, range: this.range(ifTok) };
  }

  parseObject(): A.ObjectExpr {
    const open = this.advance();
    const properties: Array<A.ObjectProperty | A.SpreadElement> = [];
    const resources: A.ResourceDecl[] = [];
    for (;;) {
      const t = this.tok;
      if (t.kind === T.RBrace) {
        this.advance();
        break;
      }
      if (t.kind === T.EOF) this.fail('"}" to close the object');
      if (t.nl && this.startsDeclarationLine(t, true)) {
        this.errorAt(t, `Expected "}" to close the object opened at ${this.where(open)} but found ${this.describe(t)}`);
        break;
      }
      const itemStart = this.i;
      try {
        if (t.kind === T.Ellipsis) {
          properties.push(this.parseSpread());
        } else if (t.kind === T.At || (this.isKeyword(t, 'resource') && this.peek(1).kind === T.Identifier && !this.peek(1).nl)) {
          const decorators = this.parseDecorators();
          if (!this.isKeyword(this.tok, 'resource')) {
            if (this.startsDeclarationLine(this.tok, true)) {
              // Decorators of a top-level declaration after an unclosed object: end the object here.
              this.i = itemStart;
              this.errorAt(t, `Expected "}" to close the object opened at ${this.where(open)} but found ${this.describe(t)}`);
              break;
            }
            this.fail('a nested "resource" declaration after the decorators');
          }
          this.advance();
          resources.push(this.parseResource(t, decorators));
        } else {
          properties.push(this.parseProperty());
        }
        this.expectSeparator(T.RBrace, 'object properties');
      } catch (e) {
        if (e !== ABORT || this.k() === T.EOF) throw e;
        this.recoverInContainer(itemStart, T.RBrace);
      }
    }
    return { type: 'Object', properties: fitted(properties), resources: fitted(resources), range: this.range(open) };
  }

  private parseProperty(): A.ObjectProperty {
    const t = this.tok;
    let key: A.Identifier | A.StringExpr;
    let name: string | undefined;
    if (t.kind === T.Identifier) {
      key = this.identifier('a property name', false);
      name = key.name;
    } else if (this.isStringStart(t)) {
      key = this.parseString();
      if (key.expressions.length === 0) name = key.segments[0];
    } else {
      return this.fail('a property name, "..." or "}"');
    }
    this.expect(T.Colon, '":" after the property name');
    const value = this.parseValueOnLine();
    const property: A.ObjectProperty = { type: 'Property', key, value, range: this.range(t) };
    if (name !== undefined) property.name = name;
    return property;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Types

  /** A type continues on this line, or on the next one when it starts with the `|` of a multi-line union. */
  private typeStartsOnLine(): boolean {
    return !this.tok.nl || this.k() === T.Pipe;
  }

  parseType(): A.TypeExpression {
    this.enter();
    try {
      const first = this.tok;
      let leadingPipe = false;
      if (first.kind === T.Pipe) {
        this.advance();
        leadingPipe = true;
      }
      const single = this.parseSingularType();
      if (!leadingPipe && this.k() !== T.Pipe) return single;
      const members = [single];
      while (this.k() === T.Pipe) {
        this.advance();
        members.push(this.parseSingularType());
      }
      return { type: 'UnionType', members, range: this.range(first) };
    } finally {
      this.depth--;
    }
  }

  private parseSingularType(): A.TypeExpression {
    const first = this.tok;
    let type = this.parsePrimaryType();
    for (;;) {
      const t = this.tok;
      if (t.nl) return type;
      switch (t.kind) {
        case T.LBracket: {
          this.advance();
          const inner = this.tok;
          if (inner.kind === T.RBracket) {
            this.advance();
            type = { type: 'ArrayType', element: type, range: this.range(first) };
            break;
          }
          let index: number | '*';
          if (inner.kind === T.Star) index = '*';
          else if (inner.kind === T.Number) index = Number(inner.text);
          else return this.fail('"]", "*" or an index in the type');
          this.advance();
          this.expect(T.RBracket);
          type = { type: 'TypeIndexAccess', object: type, index, range: this.range(first) };
          break;
        }
        case T.Question:
          this.advance();
          type = { type: 'NullableType', inner: type, range: this.range(first) };
          break;
        case T.Bang:
          this.advance();
          type = { type: 'NonNullType', inner: type, range: this.range(first) };
          break;
        case T.Dot: {
          this.advance();
          if (this.k() === T.Star) {
            this.advance();
            type = { type: 'TypeAdditionalPropertiesAccess', object: type, range: this.range(first) };
            break;
          }
          const nameTok = this.tok;
          const property = this.identifier('a property name or "*" after "."');
          if (type.type === 'TypeName' && this.isResourceDerived(nameTok)) {
            type = this.parseResourceDerived(first, nameTok, type.name);
            break;
          }
          type = { type: 'TypePropertyAccess', object: type, property, range: this.range(first) };
          break;
        }
        default:
          return type;
      }
    }
  }

  /** `resourceInput` / `resourceOutput` directly followed by `<` (the `<` is the current token when called after the name). */
  private isResourceDerived(nameTok: Token): boolean {
    return (nameTok.text === 'resourceInput' || nameTok.text === 'resourceOutput') && this.k() === T.Lt;
  }

  /** At `<`, the name token already consumed. */
  private parseResourceDerived(first: Token, nameTok: Token, namespace?: string): A.ResourceDerivedType {
    this.advance();
    if (this.k() !== T.StringComplete) this.fail('a resource type string such as \'Microsoft.Storage/storageAccounts@2023-01-01\'');
    const resourceType = this.parseString();
    this.expect(T.Gt, '">"');
    const node: A.ResourceDerivedType = {
      type: 'ResourceDerivedType',
      kind: nameTok.text as 'resourceInput' | 'resourceOutput',
      resourceType,
      range: this.range(first),
    };
    if (namespace !== undefined) node.namespace = namespace;
    return node;
  }

  private parsePrimaryType(): A.TypeExpression {
    const t = this.tok;
    switch (t.kind) {
      case T.Identifier: {
        this.advance();
        if (t.text === 'true' || t.text === 'false') return { type: 'TypeLiteral', value: t.text === 'true', range: this.range(t) };
        if (t.text === 'null') return { type: 'TypeLiteral', value: null, range: this.range(t) };
        if (this.isResourceDerived(t) && !this.tok.nl) return this.parseResourceDerived(t, t);
        return { type: 'TypeName', name: t.text, range: this.range(t) };
      }
      case T.StringComplete:
        this.advance();
        return { type: 'TypeLiteral', value: t.text, range: this.range(t) };
      case T.StringLeft:
        return this.fail('a type (string literal types cannot be interpolated)');
      case T.Number:
        this.advance();
        return { type: 'TypeLiteral', value: Number(t.text), range: this.range(t) };
      case T.Minus:
      case T.Plus:
      case T.Bang: {
        this.advance();
        const v = this.tok;
        if (t.kind === T.Bang ? this.isKeyword(v, 'true') || this.isKeyword(v, 'false') : v.kind === T.Number) {
          this.advance();
          const value = t.kind === T.Bang ? v.text !== 'true' : t.kind === T.Minus ? -Number(v.text) : Number(v.text);
          return { type: 'TypeLiteral', value, range: this.range(t) };
        }
        return this.fail(t.kind === T.Bang ? '"true" or "false" after "!" in a type' : 'a number in the literal type');
      }
      case T.LBrace:
        return this.parseObjectType();
      case T.LBracket:
        return this.parseTupleType();
      case T.LParen: {
        this.advance();
        const inner = this.parseType();
        this.expect(T.RParen);
        return { type: 'ParenType', inner, range: this.range(t) };
      }
      default:
        return this.fail('a type');
    }
  }

  private parseObjectType(): A.ObjectType {
    const open = this.advance();
    const properties: A.ObjectTypeProperty[] = [];
    let additionalProperties: A.ObjectTypeProperty | undefined;
    for (;;) {
      const t = this.tok;
      if (t.kind === T.RBrace) {
        this.advance();
        break;
      }
      if (t.kind === T.EOF) this.fail('"}" to close the object type');
      if (t.nl && t.kind !== T.At && this.startsDeclarationLine(t, false)) {
        this.errorAt(t, `Expected "}" to close the object type opened at ${this.where(open)} but found ${this.describe(t)}`);
        break;
      }
      const itemStart = this.i;
      try {
        const decorators = this.parseDecorators();
        const keyTok = this.tok;
        let key: A.Identifier | A.StringExpr | undefined;
        let name: string;
        if (keyTok.kind === T.Star) {
          this.advance();
          name = '*';
        } else if (keyTok.kind === T.Identifier) {
          key = this.identifier('a property name', false);
          name = key.name;
        } else if (keyTok.kind === T.StringComplete) {
          key = this.parseString();
          name = key.segments[0]!;
        } else {
          this.fail('a property name, "*" or "}"');
        }
        this.expect(T.Colon, '":" after the property name');
        if (!this.typeStartsOnLine()) this.fail('a type', true);
        const value = this.parseType();
        const property: A.ObjectTypeProperty = { type: 'ObjectTypeProperty', decorators, name, value, range: this.range(decorators.length > 0 ? t : keyTok) };
        if (key) property.key = key;
        properties.push(property);
        if (name === '*' && !key) additionalProperties = property;
        this.expectSeparator(T.RBrace, 'object type properties');
      } catch (e) {
        if (e !== ABORT || this.k() === T.EOF) throw e;
        this.recoverInContainer(itemStart, T.RBrace);
      }
    }
    const node: A.ObjectType = { type: 'ObjectType', properties: fitted(properties), range: this.range(open) };
    if (additionalProperties) node.additionalProperties = additionalProperties;
    return node;
  }

  private parseTupleType(): A.TupleType {
    const open = this.advance();
    const items: A.TupleTypeItem[] = [];
    for (;;) {
      const t = this.tok;
      if (t.kind === T.RBracket) {
        this.advance();
        break;
      }
      if (t.kind === T.EOF) this.fail('"]" to close the tuple type');
      const itemStart = this.i;
      try {
        const decorators = this.parseDecorators();
        const value = this.parseType();
        items.push({ type: 'TupleTypeItem', decorators, value, range: this.range(t) });
        this.expectSeparator(T.RBracket, 'tuple items');
      } catch (e) {
        if (e !== ABORT || this.k() === T.EOF) throw e;
        this.recoverInContainer(itemStart, T.RBracket);
      }
    }
    return { type: 'TupleType', items: fitted(items), range: this.range(open) };
  }
}

