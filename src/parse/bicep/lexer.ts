/**
 * Bicep lexer: one pass over char codes producing all tokens of a file. Newlines are not tokens: each token records
 * whether a line break (outside comments) came before it, which is all the parser needs for Bicep's
 * newline-separated statements, object properties and array items.
 * String interpolation is resolved here: `'a${x}b'` becomes StringLeft('a'), tokens of x, StringRight('b').
 */
import type { Comment, ParseError } from './ast.js';
import { LineStarts } from '../lines.js';

export const enum T {
  EOF,
  Identifier,
  Number,
  /** A string without interpolation; `text` is the decoded value. */
  StringComplete,
  /** `'text${` */
  StringLeft,
  /** `}text${` */
  StringMiddle,
  /** `}text'` */
  StringRight,
  LBrace,
  RBrace,
  LBracket,
  RBracket,
  LParen,
  RParen,
  Comma,
  Colon,
  DoubleColon,
  Semicolon,
  Dot,
  DotQuestion,
  Ellipsis,
  Question,
  DoubleQuestion,
  At,
  Assign,
  Arrow,
  Eq,
  NotEq,
  EqI,
  NotEqI,
  Lt,
  Le,
  Gt,
  Ge,
  Plus,
  Minus,
  Star,
  Slash,
  Percent,
  Bang,
  And,
  Or,
  Pipe,
  Caret,
  /** An unexpected character (already reported). */
  Invalid,
}

export interface Token {
  kind: T;
  /** 0-based offsets; end exclusive (lines and columns come from the line starts: see LexResult.lines). */
  start: number;
  end: number;
  /** A line break precedes this token (or it is the first token of the file). */
  nl: boolean;
  /** Identifier name, decoded string piece, or the number's source text. */
  text: string;
  /** String pieces: part of a `'''` multi-line string. */
  multiline: boolean;
}

/** Display form of a token kind for "expected ... but found ..." messages. */
export const TOKEN_TEXT: Record<number, string> = {
  [T.EOF]: 'end of file',
  [T.LBrace]: '{',
  [T.RBrace]: '}',
  [T.LBracket]: '[',
  [T.RBracket]: ']',
  [T.LParen]: '(',
  [T.RParen]: ')',
  [T.Comma]: ',',
  [T.Colon]: ':',
  [T.DoubleColon]: '::',
  [T.Semicolon]: ';',
  [T.Dot]: '.',
  [T.DotQuestion]: '.?',
  [T.Ellipsis]: '...',
  [T.Question]: '?',
  [T.DoubleQuestion]: '??',
  [T.At]: '@',
  [T.Assign]: '=',
  [T.Arrow]: '=>',
  [T.Eq]: '==',
  [T.NotEq]: '!=',
  [T.EqI]: '=~',
  [T.NotEqI]: '!~',
  [T.Lt]: '<',
  [T.Le]: '<=',
  [T.Gt]: '>',
  [T.Ge]: '>=',
  [T.Plus]: '+',
  [T.Minus]: '-',
  [T.Star]: '*',
  [T.Slash]: '/',
  [T.Percent]: '%',
  [T.Bang]: '!',
  [T.And]: '&&',
  [T.Or]: '||',
  [T.Pipe]: '|',
  [T.Caret]: '^',
};

const enum C {
  Tab = 9,
  LF = 10,
  CR = 13,
  Space = 32,
  Bang = 33,
  Hash = 35,
  Dollar = 36,
  Percent = 37,
  Amp = 38,
  Quote = 39,
  LParen = 40,
  RParen = 41,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  D0 = 48,
  D9 = 57,
  Colon = 58,
  Semicolon = 59,
  Lt = 60,
  Eq = 61,
  Gt = 62,
  Question = 63,
  At = 64,
  A = 65,
  Z = 90,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  Caret = 94,
  Underscore = 95,
  a = 97,
  n = 110,
  r = 114,
  t = 116,
  u = 117,
  z = 122,
  LBrace = 123,
  Pipe = 124,
  RBrace = 125,
  Tilde = 126,
  Bom = 0xfeff,
}

const isIdentStart = (c: number) => (c >= C.a && c <= C.z) || (c >= C.A && c <= C.Z) || c === C.Underscore;
const isIdentPart = (c: number) => isIdentStart(c) || (c >= C.D0 && c <= C.D9);
const isDigit = (c: number) => c >= C.D0 && c <= C.D9;
const isHex = (c: number) => isDigit(c) || (c >= C.a && c <= 102) || (c >= C.A && c <= 70);

/** An open string interpolation hole: how many `{` are open inside it and how its string continues after `}`. */
interface Hole {
  braces: number;
  multiline: boolean;
  /** Number of `$` that open a hole in this multi-line string. */
  dollars: number;
}

export interface LexResult {
  /** The file's tokens are the first `count` (the last is EOF); the array holds older tokens after them. */
  tokens: readonly Token[];
  count: number;
  comments: Comment[];
  /** Where each line starts, by this lexer's line-break rules (a lone CR breaks a line outside multi-line strings). */
  lines: LineStarts;
}

/**
 * Token objects, reused by every file this thread lexes: a file's tokens live only while it is parsed (syntax trees keep
 * positions, never tokens), and new objects for each file were a fifth of a Bicep scan's allocations.
 */
const tokenPool: Token[] = [];

/** Lexes a file into the shared token objects: they are valid until the next call. */
export function lex(text: string, errors: ParseError[]): LexResult {
  const lexer = new Lexer(text, errors, tokenPool);
  lexer.run();
  const lines = new LineStarts(text, { starts: lexer.lineStarts.slice(0, lexer.lineCount), count: lexer.lineCount });
  return { tokens: tokenPool, count: lexer.count, comments: lexer.comments, lines };
}

/** A class rather than closures: V8 keeps fields of a hot object in registers far better than captured mutable locals. */
class Lexer {
  /** Tokens written so far into `tokens`. */
  count = 0;
  readonly comments: Comment[] = [];
  private readonly len: number;
  private readonly holes: Hole[] = [];
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private nl = true;
  /** Offset where each line starts (line 1 at 0, even after a byte order mark); the first `lineCount` are set. */
  lineStarts = new Int32Array(64);
  lineCount = 1;
  // Start of the token being scanned.
  private tStart = 0;
  private tLine = 1;
  private tCol = 1;

  constructor(
    private readonly text: string,
    private readonly errors: ParseError[],
    private readonly tokens: Token[],
  ) {
    this.len = text.length;
    if (this.len > 0 && text.charCodeAt(0) === C.Bom) {
      this.pos = 1;
      this.lineStart = 1;
    }
  }

  private error(message: string, start: number, startLine: number, startCol: number): void {
    this.errors.push({
      message,
      line: startLine,
      column: startCol,
      endLine: this.line,
      endColumn: this.pos - this.lineStart + 1,
      offset: start,
      endOffset: this.pos,
    });
  }

  private push(kind: T, tokenText: string, multiline: boolean): void {
    const t = this.tokens[this.count];
    if (t === undefined) {
      this.tokens.push({
        kind,
        start: this.tStart,
        end: this.pos,
        nl: this.nl,
        text: tokenText,
        multiline,
      });
    } else {
      t.kind = kind;
      t.start = this.tStart;
      t.end = this.pos;
      t.nl = this.nl;
      t.text = tokenText;
      t.multiline = multiline;
    }
    this.count++;
    this.nl = false;
  }

  /** Fixed-width punctuation token. */
  private punct(kind: T, width: number): void {
    this.pos += width;
    this.push(kind, '', false);
  }

  private newline(): void {
    this.line++;
    this.lineStart = this.pos;
    if (this.lineCount === this.lineStarts.length) {
      const grown = new Int32Array(this.lineStarts.length * 2);
      grown.set(this.lineStarts);
      this.lineStarts = grown;
    }
    this.lineStarts[this.lineCount++] = this.pos;
  }

  private comment(kind: Comment['kind']): void {
    const { tStart, pos } = this;
    this.comments.push({
      kind,
      text: this.text.slice(tStart, pos),
      range: {
        start: { line: this.tLine, column: this.tCol, offset: tStart },
        end: { line: this.line, column: pos - this.lineStart + 1, offset: pos },
      },
    });
  }

  /** Scans a single-quoted string body from `pos` (just after `'` or the `}` closing a hole). */
  private scanString(continuation: boolean): void {
    const text = this.text;
    const len = this.len;
    let value = '';
    let pos = this.pos;
    let runStart = pos;
    for (;;) {
      if (pos >= len) {
        this.pos = pos;
        value += text.slice(runStart, pos);
        this.error("Unterminated string: expected a closing quote (')", this.tStart, this.tLine, this.tCol);
        this.push(continuation ? T.StringRight : T.StringComplete, value, false);
        return;
      }
      const c = text.charCodeAt(pos);
      if (c === C.Quote) {
        value += text.slice(runStart, pos);
        this.pos = pos + 1;
        this.push(continuation ? T.StringRight : T.StringComplete, value, false);
        return;
      }
      if (c === C.LF || c === C.CR) {
        this.pos = pos;
        value += text.slice(runStart, pos);
        this.error('Unterminated string: a single-quoted string cannot span lines (use a multi-line string)', this.tStart, this.tLine, this.tCol);
        this.push(continuation ? T.StringRight : T.StringComplete, value, false);
        return;
      }
      if (c === C.Dollar && text.charCodeAt(pos + 1) === C.LBrace) {
        value += text.slice(runStart, pos);
        this.pos = pos + 2;
        this.push(continuation ? T.StringMiddle : T.StringLeft, value, false);
        if (!continuation) this.holes.push({ braces: 0, multiline: false, dollars: 1 });
        return;
      }
      if (c === C.Backslash) {
        value += text.slice(runStart, pos);
        const escStart = pos;
        const escCol = pos - this.lineStart + 1;
        pos++;
        const e = pos < len ? text.charCodeAt(pos) : -1;
        if (e === C.n) {
          value += '\n';
          pos++;
        } else if (e === C.r) {
          value += '\r';
          pos++;
        } else if (e === C.t) {
          value += '\t';
          pos++;
        } else if (e === C.Backslash || e === C.Quote || e === C.Dollar) {
          value += text[pos];
          pos++;
        } else if (e === C.u && text.charCodeAt(pos + 1) === C.LBrace) {
          let p = pos + 2;
          while (p < len && isHex(text.charCodeAt(p))) p++;
          const hex = text.slice(pos + 2, p);
          const code = hex.length > 0 && hex.length <= 6 ? parseInt(hex, 16) : -1;
          if (text.charCodeAt(p) === C.RBrace && code >= 0 && code <= 0x10ffff) {
            value += String.fromCodePoint(code);
            pos = p + 1;
          } else {
            pos = Math.min(p + (text.charCodeAt(p) === C.RBrace ? 1 : 0), len);
            this.pos = pos;
            this.error('Invalid \\u{...} escape: expected 1 to 6 hexadecimal digits up to 10FFFF', escStart, this.line, escCol);
          }
        } else {
          if (e !== -1 && e !== C.LF && e !== C.CR) pos++;
          this.pos = pos;
          this.error("Invalid escape sequence: expected one of \\\\, \\', \\n, \\r, \\t, \\$ or \\u{...}", escStart, this.line, escCol);
        }
        runStart = pos;
        continue;
      }
      pos++;
    }
  }

  /** Scans a `'''` string body from `pos`; `dollars` > 0 enables `$…{` holes (the `$'''` form). */
  private scanMultiline(continuation: boolean, dollars: number): void {
    const text = this.text;
    const len = this.len;
    let value = '';
    if (!continuation) {
      // A line break right after the opening quotes is not part of the value.
      if (text.charCodeAt(this.pos) === C.CR && text.charCodeAt(this.pos + 1) === C.LF) this.pos++;
      if (text.charCodeAt(this.pos) === C.LF) {
        this.pos++;
        this.newline();
      }
    }
    let runStart = this.pos;
    for (;;) {
      const pos = this.pos;
      if (pos >= len) {
        value += text.slice(runStart, pos);
        this.error("Unterminated multi-line string: expected '''", this.tStart, this.tLine, this.tCol);
        this.push(continuation ? T.StringRight : T.StringComplete, value, true);
        return;
      }
      const c = text.charCodeAt(pos);
      if (c === C.Quote && text.charCodeAt(pos + 1) === C.Quote && text.charCodeAt(pos + 2) === C.Quote) {
        // The last three quotes of a run close the string; earlier ones are content.
        let q = pos + 3;
        while (q < len && text.charCodeAt(q) === C.Quote) q++;
        value += text.slice(runStart, q - 3);
        this.pos = q;
        this.push(continuation ? T.StringRight : T.StringComplete, value, true);
        return;
      }
      if (c === C.LF) {
        this.pos = pos + 1;
        this.newline();
        continue;
      }
      if (c === C.Dollar && dollars > 0) {
        let d = pos;
        while (d < len && text.charCodeAt(d) === C.Dollar) d++;
        if (d - pos >= dollars && text.charCodeAt(d) === C.LBrace) {
          value += text.slice(runStart, d - dollars);
          this.pos = d + 1;
          this.push(continuation ? T.StringMiddle : T.StringLeft, value, true);
          if (!continuation) this.holes.push({ braces: 0, multiline: true, dollars });
          return;
        }
        this.pos = d;
        continue;
      }
      this.pos = pos + 1;
    }
  }

  private lineComment(): void {
    const text = this.text;
    let p = this.pos + 2;
    while (p < this.len) {
      const x = text.charCodeAt(p);
      if (x === C.LF || x === C.CR) break;
      p++;
    }
    this.pos = p;
    this.comment('line');
  }

  private blockComment(): void {
    const text = this.text;
    this.pos += 2;
    let closed = false;
    while (this.pos < this.len) {
      const x = text.charCodeAt(this.pos);
      if (x === C.Star && text.charCodeAt(this.pos + 1) === C.Slash) {
        this.pos += 2;
        closed = true;
        break;
      }
      this.pos++;
      if (x === C.LF || (x === C.CR && text.charCodeAt(this.pos) !== C.LF)) this.newline();
    }
    if (!closed) this.error('Unterminated block comment: expected */', this.tStart, this.tLine, this.tCol);
    this.comment('block');
  }

  /** `#disable-next-line BCP001 ...` and `#disable-diagnostics ...`: directives kept with the comments. */
  private directive(): void {
    const text = this.text;
    let p = this.pos + 1;
    while (p < this.len && (isIdentPart(text.charCodeAt(p)) || text.charCodeAt(p) === C.Minus)) p++;
    const name = text.slice(this.pos + 1, p);
    if (name === 'disable-next-line' || name === 'disable-diagnostics' || name === 'restore-diagnostics') {
      while (p < this.len) {
        const x = text.charCodeAt(p);
        if (x === C.LF || x === C.CR) break;
        p++;
      }
      this.pos = p;
      this.comment('directive');
      return;
    }
    this.pos = Math.max(p, this.pos + 1);
    this.error(`Unknown directive "${text.slice(this.tStart, this.pos)}": expected #disable-next-line or #disable-diagnostics`, this.tStart, this.tLine, this.tCol);
    this.push(T.Invalid, text.slice(this.tStart, this.pos), false);
  }

  private closeBrace(): void {
    this.pos++;
    const holes = this.holes;
    const hole = holes.length > 0 ? holes[holes.length - 1]! : undefined;
    if (hole && hole.braces === 0) {
      if (hole.multiline) this.scanMultiline(true, hole.dollars);
      else this.scanString(true);
      if (this.tokens[this.count - 1]!.kind === T.StringRight) holes.pop();
      return;
    }
    if (hole) hole.braces--;
    this.push(T.RBrace, '', false);
  }

  private dollar(): void {
    const text = this.text;
    let d = this.pos;
    while (d < this.len && text.charCodeAt(d) === C.Dollar) d++;
    if (text.charCodeAt(d) === C.Quote && text.charCodeAt(d + 1) === C.Quote && text.charCodeAt(d + 2) === C.Quote) {
      const dollars = d - this.pos;
      this.pos = d + 3;
      this.scanMultiline(false, dollars);
      return;
    }
    this.pos = d;
    this.error('Unexpected "$": expected an expression ($ only starts an interpolated multi-line string)', this.tStart, this.tLine, this.tCol);
    this.push(T.Invalid, '$', false);
  }

  run(): void {
    const text = this.text;
    const len = this.len;
    while (this.pos < len) {
      const pos = this.pos;
      const c = text.charCodeAt(pos);
      if (c === C.Space || c === C.Tab) {
        this.pos = pos + 1;
        continue;
      }
      if (c === C.LF || c === C.CR) {
        this.pos = pos + 1;
        if (c === C.CR && text.charCodeAt(pos + 1) === C.LF) continue;
        this.newline();
        this.nl = true;
        // A hole of a single-line string cannot span lines: close it so later braces are not read as string text.
        const holes = this.holes;
        while (holes.length > 0 && !holes[holes.length - 1]!.multiline) holes.pop();
        continue;
      }
      this.tStart = pos;
      this.tLine = this.line;
      this.tCol = pos - this.lineStart + 1;
      if (isIdentStart(c)) {
        let p = pos + 1;
        while (p < len && isIdentPart(text.charCodeAt(p))) p++;
        this.pos = p;
        this.push(T.Identifier, text.slice(pos, p), false);
        continue;
      }
      if (isDigit(c)) {
        let p = pos + 1;
        while (p < len && isDigit(text.charCodeAt(p))) p++;
        this.pos = p;
        this.push(T.Number, text.slice(pos, p), false);
        continue;
      }
      const c2 = text.charCodeAt(pos + 1);
      switch (c) {
        case C.Quote:
          if (c2 === C.Quote && text.charCodeAt(pos + 2) === C.Quote) {
            this.pos = pos + 3;
            this.scanMultiline(false, 0);
          } else {
            this.pos = pos + 1;
            this.scanString(false);
          }
          continue;
        case C.Slash:
          if (c2 === C.Slash) this.lineComment();
          else if (c2 === C.Star) this.blockComment();
          else this.punct(T.Slash, 1);
          continue;
        case C.Hash:
          this.directive();
          continue;
        case C.Dollar:
          this.dollar();
          continue;
        case C.LBrace:
          if (this.holes.length > 0) this.holes[this.holes.length - 1]!.braces++;
          this.punct(T.LBrace, 1);
          continue;
        case C.RBrace:
          this.closeBrace();
          continue;
        case C.LBracket:
          this.punct(T.LBracket, 1);
          continue;
        case C.RBracket:
          this.punct(T.RBracket, 1);
          continue;
        case C.LParen:
          this.punct(T.LParen, 1);
          continue;
        case C.RParen:
          this.punct(T.RParen, 1);
          continue;
        case C.Comma:
          this.punct(T.Comma, 1);
          continue;
        case C.Semicolon:
          this.punct(T.Semicolon, 1);
          continue;
        case C.Colon:
          if (c2 === C.Colon) this.punct(T.DoubleColon, 2);
          else this.punct(T.Colon, 1);
          continue;
        case C.Dot:
          if (c2 === C.Dot && text.charCodeAt(pos + 2) === C.Dot) this.punct(T.Ellipsis, 3);
          else if (c2 === C.Question) this.punct(T.DotQuestion, 2);
          else this.punct(T.Dot, 1);
          continue;
        case C.Question:
          if (c2 === C.Question) this.punct(T.DoubleQuestion, 2);
          else this.punct(T.Question, 1);
          continue;
        case C.At:
          this.punct(T.At, 1);
          continue;
        case C.Eq:
          if (c2 === C.Eq) this.punct(T.Eq, 2);
          else if (c2 === C.Tilde) this.punct(T.EqI, 2);
          else if (c2 === C.Gt) this.punct(T.Arrow, 2);
          else this.punct(T.Assign, 1);
          continue;
        case C.Bang:
          if (c2 === C.Eq) this.punct(T.NotEq, 2);
          else if (c2 === C.Tilde) this.punct(T.NotEqI, 2);
          else this.punct(T.Bang, 1);
          continue;
        case C.Lt:
          if (c2 === C.Eq) this.punct(T.Le, 2);
          else this.punct(T.Lt, 1);
          continue;
        case C.Gt:
          if (c2 === C.Eq) this.punct(T.Ge, 2);
          else this.punct(T.Gt, 1);
          continue;
        case C.Plus:
          this.punct(T.Plus, 1);
          continue;
        case C.Minus:
          this.punct(T.Minus, 1);
          continue;
        case C.Star:
          this.punct(T.Star, 1);
          continue;
        case C.Percent:
          this.punct(T.Percent, 1);
          continue;
        case C.Caret:
          this.punct(T.Caret, 1);
          continue;
        case C.Amp:
          if (c2 === C.Amp) {
            this.punct(T.And, 2);
          } else {
            this.pos = pos + 1;
            this.error('Unexpected "&": expected "&&"', pos, this.tLine, this.tCol);
            this.push(T.Invalid, '&', false);
          }
          continue;
        case C.Pipe:
          if (c2 === C.Pipe) this.punct(T.Or, 2);
          else this.punct(T.Pipe, 1);
          continue;
        default: {
          // Anything else: one code point, reported once.
          this.pos = pos + (c >= 0xd800 && c <= 0xdbff && pos + 1 < len ? 2 : 1);
          const bad = text.slice(pos, this.pos);
          this.error(`Unexpected character "${bad}"`, pos, this.tLine, this.tCol);
          this.push(T.Invalid, bad, false);
        }
      }
    }
    this.tStart = this.pos;
    this.tLine = this.line;
    this.tCol = this.pos - this.lineStart + 1;
    this.push(T.EOF, '', false);
  }
}
