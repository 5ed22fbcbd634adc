/**
 * HCL2 native-syntax scanner. Produces a flat token stream as parallel arrays (type, start, end offsets) so that the
 * Terraform corpus lexes without allocating an object per token. Like HCL's own scanner it tracks a mode stack
 * (expression / quoted template / heredoc) and brace depth, so a `}` closes an interpolation only at the right level.
 * Comments are collected separately; a line comment still yields the newline that terminates it.
 */
import type { Comment } from './ast.js';
import type { Positions } from '../positions.js';

export const enum Tok {
  EOF,
  Newline,
  Ident,
  Number,
  OQuote,
  CQuote,
  QuotedLit,
  /** A raw newline inside a quoted string: the string is unterminated. The string mode ends here. */
  QuotedNewline,
  OHeredoc,
  CHeredoc,
  StringLit,
  /** `${` or `${~` */
  TemplateInterp,
  /** `%{` or `%{~` */
  TemplateControl,
  /** `}` or `~}` closing a template sequence */
  TemplateSeqEnd,
  OBrace,
  CBrace,
  OBrack,
  CBrack,
  OParen,
  CParen,
  Dot,
  Comma,
  Star,
  Slash,
  Percent,
  Plus,
  Minus,
  Equal,
  Lt,
  Gt,
  Bang,
  Question,
  Colon,
  EqualOp,
  NotEqual,
  LtEq,
  GtEq,
  And,
  Or,
  DoubleColon,
  Ellipsis,
  FatArrow,
  Invalid,
}

/** Human wording for "found X" in diagnostics. */
export const TOKEN_NAMES: Record<number, string> = {
  [Tok.EOF]: 'end of file',
  [Tok.Newline]: 'newline',
  [Tok.Ident]: 'identifier',
  [Tok.Number]: 'number',
  [Tok.OQuote]: "'\"'",
  [Tok.CQuote]: "'\"'",
  [Tok.QuotedLit]: 'string text',
  [Tok.QuotedNewline]: 'newline inside a string',
  [Tok.OHeredoc]: 'heredoc',
  [Tok.CHeredoc]: 'heredoc end marker',
  [Tok.StringLit]: 'template text',
  [Tok.TemplateInterp]: "'${'",
  [Tok.TemplateControl]: "'%{'",
  [Tok.TemplateSeqEnd]: "'}'",
  [Tok.OBrace]: "'{'",
  [Tok.CBrace]: "'}'",
  [Tok.OBrack]: "'['",
  [Tok.CBrack]: "']'",
  [Tok.OParen]: "'('",
  [Tok.CParen]: "')'",
  [Tok.Dot]: "'.'",
  [Tok.Comma]: "','",
  [Tok.Star]: "'*'",
  [Tok.Slash]: "'/'",
  [Tok.Percent]: "'%'",
  [Tok.Plus]: "'+'",
  [Tok.Minus]: "'-'",
  [Tok.Equal]: "'='",
  [Tok.Lt]: "'<'",
  [Tok.Gt]: "'>'",
  [Tok.Bang]: "'!'",
  [Tok.Question]: "'?'",
  [Tok.Colon]: "':'",
  [Tok.EqualOp]: "'=='",
  [Tok.NotEqual]: "'!='",
  [Tok.LtEq]: "'<='",
  [Tok.GtEq]: "'>='",
  [Tok.And]: "'&&'",
  [Tok.Or]: "'||'",
  [Tok.DoubleColon]: "'::'",
  [Tok.Ellipsis]: "'...'",
  [Tok.FatArrow]: "'=>'",
  [Tok.Invalid]: 'invalid character',
};

export interface TokenStream {
  types: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /** For string and template text tokens only: 1 when the text may hold an escape (`\`, `$${`, `%%{`). */
  escapes: Uint8Array;
  count: number;
  buffer: TokenBuffer;
  comments: Comment[];
  /** Scanner-level problems (unterminated block comment). */
  errors: Array<{ message: string; start: number; end: number }>;
}

const MODE_MAIN = 0;
const MODE_STRING = 1;
const MODE_HEREDOC = 2;
/** A template with no delimiters (a string value of Terraform's JSON syntax): text until the end of input. */
const MODE_BARE = 3;

interface HeredocState {
  marker: string;
  startOfLine: boolean;
}

/** Go's unicode.IsSpace, which HCL uses for strip markers, heredoc indentation and end-marker trimming. */
export function isGoSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

const ID_START = /[\p{ID_Start}]/u;
const ID_CONTINUE = /[\p{ID_Continue}]/u;

function isAsciiIdentStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

function isAsciiIdentContinue(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Length in UTF-16 units of the code point at `i` when it can start an identifier (non-ASCII path), else 0. */
function unicodeIdentLength(text: string, i: number, start: boolean): number {
  const cp = text.codePointAt(i)!;
  if (cp < 0x80) return 0;
  const ch = String.fromCodePoint(cp);
  return (start ? ID_START : ID_CONTINUE).test(ch) ? ch.length : 0;
}

/** 1 for the ASCII characters that start an identifier (letters, `_`) and that continue one (also digits, `-`). */
const ASCII_IDENT_START = new Uint8Array(128);
const ASCII_IDENT_CONTINUE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_IDENT_START[c] = isAsciiIdentStart(c) ? 1 : 0;
  ASCII_IDENT_CONTINUE[c] = isAsciiIdentContinue(c) ? 1 : 0;
}

/** Scans an identifier starting at `i` (which must start one); returns the end offset. */
export function scanIdent(text: string, i: number): number {
  const len = text.length;
  const first = text.charCodeAt(i);
  i += first < 0x80 ? ASCII_IDENT_START[first]! : unicodeIdentLength(text, i, true);
  while (i < len) {
    const c = text.charCodeAt(i);
    // A table, not a call per character: the CLI runs V8 without inlining (see v8-tuning.ts) and a cold scan reads
    // most identifiers before this loop is optimised.
    if (c < 0x80 && ASCII_IDENT_CONTINUE[c] === 1) {
      i++;
      continue;
    }
    if (c < 0x80) break;
    const n = unicodeIdentLength(text, i, false);
    if (n === 0) break;
    i += n;
  }
  return i;
}

export function isIdentStartAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isAsciiIdentStart(c)) return true;
  return c >= 0x80 && unicodeIdentLength(text, i, true) > 0;
}

/**
 * Token columns in typed arrays. One buffer is recycled between files (parsing is synchronous and a parser drops its
 * tokens when done), so scanning a corpus does not allocate and grow fresh arrays for every file.
 */
export class TokenBuffer {
  types = new Uint8Array(4096);
  starts = new Int32Array(4096);
  ends = new Int32Array(4096);
  /** Set by pushText only: read for text tokens only. */
  escapes = new Uint8Array(4096);
  count = 0;

  push(type: Tok, start: number, end: number): void {
    const n = this.count;
    if (n === this.types.length) this.grow();
    this.types[n] = type;
    this.starts[n] = start;
    this.ends[n] = end;
    this.count = n + 1;
  }

  /** A string or template text token, and whether its text may hold an escape (most hold none). */
  pushText(type: Tok, start: number, end: number, escapes: boolean): void {
    const n = this.count;
    this.push(type, start, end);
    this.escapes[n] = escapes ? 1 : 0;
  }

  private grow(): void {
    const size = this.types.length * 2;
    const types = new Uint8Array(size);
    types.set(this.types);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const escapes = new Uint8Array(size);
    escapes.set(this.escapes);
    this.types = types;
    this.starts = starts;
    this.ends = ends;
    this.escapes = escapes;
  }
}

let spareBuffer: TokenBuffer | null = null;

function takeBuffer(): TokenBuffer {
  const buffer = spareBuffer ?? new TokenBuffer();
  spareBuffer = null;
  buffer.count = 0;
  return buffer;
}

/** Hands a token buffer back for reuse; the stream it came from must not be read afterwards. */
export function recycleTokens(stream: TokenStream): void {
  spareBuffer = stream.buffer;
}

export function scan(text: string, positions: Positions, bareTemplate = false): TokenStream {
  const scanner = new Scanner(text, positions, bareTemplate);
  scanner.run();
  const out = scanner.out;
  out.push(Tok.EOF, text.length, text.length);
  return { types: out.types, starts: out.starts, ends: out.ends, escapes: out.escapes, count: out.count, buffer: out, comments: scanner.comments, errors: scanner.errors };
}

/**
 * The scanner state machine, split into one small method per mode and per rare construct: V8 compiles and keeps
 * small hot methods optimised, where one giant function was recompiled again and again on cold paths.
 */
class Scanner {
  readonly out = takeBuffer();
  readonly comments: Comment[] = [];
  readonly errors: TokenStream['errors'] = [];
  private readonly len: number;
  private readonly modes: number[];
  private readonly heredocs: HeredocState[] = [];
  /** Brace depths at which a `}` closes a template sequence instead of an object. */
  private readonly retBraces: number[] = [];
  private braces = 0;
  private i: number;

  constructor(
    private readonly text: string,
    private readonly positions: Positions,
    bareTemplate: boolean,
  ) {
    this.len = text.length;
    this.modes = [bareTemplate ? MODE_BARE : MODE_MAIN];
    // A UTF-8 byte order mark is not content.
    this.i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  run(): void {
    const modes = this.modes;
    while (this.i < this.len) {
      const mode = modes[modes.length - 1]!;
      if (mode === MODE_MAIN) this.expressionToken();
      else if (mode === MODE_STRING) this.stringToken();
      else this.templateTextToken(mode);
    }
  }

  /** `${` / `%{` (optionally with `~`): expression mode until the matching `}`. */
  private beginSequence(start: number): void {
    const text = this.text;
    const end = text.charCodeAt(start + 2) === 0x7e /* ~ */ ? start + 3 : start + 2;
    this.out.push(text.charCodeAt(start) === 0x24 ? Tok.TemplateInterp : Tok.TemplateControl, start, end);
    this.retBraces.push(++this.braces);
    if (this.modes[this.modes.length - 1] === MODE_HEREDOC) this.heredocs[this.heredocs.length - 1]!.startOfLine = false;
    this.modes.push(MODE_MAIN);
    this.i = end;
  }

  /** Inside a quoted string. */
  private stringToken(): void {
    const text = this.text;
    const len = this.len;
    let i = this.i;
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      this.out.push(Tok.CQuote, i, i + 1);
      this.modes.pop();
      this.i = i + 1;
      return;
    }
    if ((c === 0x24 /* $ */ || c === 0x25) /* % */ && text.charCodeAt(i + 1) === 0x7b /* { */) {
      this.beginSequence(i);
      return;
    }
    if (c === 0x0a || c === 0x0d) {
      // Quoted strings cannot span lines: end the string here so the rest of the file lexes normally.
      this.out.push(Tok.QuotedNewline, i, i);
      this.modes.pop();
      return;
    }
    const start = i;
    let escapes = false;
    while (i < len) {
      const d = text.charCodeAt(i);
      if (d === 0x22 || d === 0x0a || d === 0x0d) break;
      if (d === 0x5c /* backslash */) {
        const e = text.charCodeAt(i + 1);
        i += i + 1 < len && e !== 0x0a && e !== 0x0d ? 2 : 1;
        escapes = true;
        continue;
      }
      if (d === 0x24 || d === 0x25) {
        const e = text.charCodeAt(i + 1);
        if (e === 0x7b) break;
        // `$${` and `%%{` are escapes for a literal `${` / `%{`.
        if (e === d && text.charCodeAt(i + 2) === 0x7b) {
          i += 3;
          escapes = true;
          continue;
        }
      }
      i++;
    }
    this.out.pushText(Tok.QuotedLit, start, i, escapes);
    this.i = i;
  }

  /** Inside a heredoc or a bare template: literal text runs up to a sequence or the end of the line. */
  private templateTextToken(mode: number): void {
    const text = this.text;
    const len = this.len;
    let i = this.i;
    const c = text.charCodeAt(i);
    if ((c === 0x24 || c === 0x25) && text.charCodeAt(i + 1) === 0x7b) {
      this.beginSequence(i);
      return;
    }
    const start = i;
    let endsLine = false;
    let escapes = false;
    while (i < len) {
      const d = text.charCodeAt(i);
      if (d === 0x0a) {
        i++;
        endsLine = true;
        break;
      }
      if (d === 0x24 || d === 0x25) {
        const e = text.charCodeAt(i + 1);
        if (e === 0x7b) break;
        if (e === d && text.charCodeAt(i + 2) === 0x7b) {
          i += 3;
          escapes = true;
          continue;
        }
      }
      i++;
    }
    this.i = i;
    if (mode === MODE_BARE) {
      this.out.pushText(Tok.StringLit, start, i, escapes);
      return;
    }
    const doc = this.heredocs[this.heredocs.length - 1]!;
    if (doc.startOfLine && (endsLine || i >= len) && isHeredocMarkerLine(text, start, i, doc.marker)) {
      this.closeHeredoc(start, i, endsLine);
      return;
    }
    doc.startOfLine = endsLine;
    this.out.pushText(Tok.StringLit, start, i, escapes);
  }

  /** The closing marker line, then separately the newline that ends the attribute. */
  private closeHeredoc(start: number, end: number, endsLine: boolean): void {
    let markerEnd = end;
    if (endsLine) {
      markerEnd--;
      if (markerEnd > start && this.text.charCodeAt(markerEnd - 1) === 0x0d) markerEnd--;
    }
    this.out.push(Tok.CHeredoc, start, markerEnd);
    if (endsLine) this.out.push(Tok.Newline, markerEnd, end);
    this.heredocs.pop();
    this.modes.pop();
  }

  /** One token in expression mode (after skipping spaces). */
  private expressionToken(): void {
    const text = this.text;
    let i = this.i;
    let c = text.charCodeAt(i);
    while (c === 0x20 || c === 0x09) c = text.charCodeAt(++i);
    this.i = i;
    if (i >= this.len) return;
    if (c < 0x80 && ASCII_IDENT_START[c] === 1) {
      const end = scanIdent(text, i);
      this.out.push(Tok.Ident, i, end);
      this.i = end;
      return;
    }
    if (isDigit(c)) {
      const end = scanNumber(text, i);
      this.out.push(Tok.Number, i, end);
      this.i = end;
      return;
    }
    const single = c < 0x80 ? SINGLE_CHAR_TOKEN[c]! : 0;
    if (single !== 0) {
      this.out.push(single, i, i + 1);
      this.i = i + 1;
      return;
    }
    this.punctuation(c, i);
  }

  private punctuation(c: number, i: number): void {
    const text = this.text;
    const next = text.charCodeAt(i + 1);
    switch (c) {
      case 0x0d:
        if (next === 0x0a) this.emit(Tok.Newline, i, 2);
        else this.invalid(i);
        return;
      case 0x23 /* # */:
        this.lineComment(i);
        return;
      case 0x2f /* / */:
        if (next === 0x2f) this.lineComment(i);
        else if (next === 0x2a) this.blockComment(i);
        else this.emit(Tok.Slash, i, 1);
        return;
      case 0x22 /* " */:
        this.emit(Tok.OQuote, i, 1);
        this.modes.push(MODE_STRING);
        return;
      case 0x7b /* { */:
        this.emit(Tok.OBrace, i, 1);
        this.braces++;
        return;
      case 0x7d /* } */:
        this.closeBrace(i, 1);
        return;
      case 0x7e /* ~ */:
        if (next === 0x7d) this.closeBrace(i, 2);
        else this.invalid(i);
        return;
      case 0x2e /* . */:
        if (next === 0x2e && text.charCodeAt(i + 2) === 0x2e) this.emit(Tok.Ellipsis, i, 3);
        else this.emit(Tok.Dot, i, 1);
        return;
      case 0x3d /* = */:
        if (next === 0x3d) this.emit(Tok.EqualOp, i, 2);
        else if (next === 0x3e) this.emit(Tok.FatArrow, i, 2);
        else this.emit(Tok.Equal, i, 1);
        return;
      case 0x21 /* ! */:
        if (next === 0x3d) this.emit(Tok.NotEqual, i, 2);
        else this.emit(Tok.Bang, i, 1);
        return;
      case 0x3c /* < */:
        if (next === 0x3c && this.heredocIntro(i)) return;
        if (next === 0x3d) this.emit(Tok.LtEq, i, 2);
        else this.emit(Tok.Lt, i, 1);
        return;
      case 0x3e /* > */:
        if (next === 0x3d) this.emit(Tok.GtEq, i, 2);
        else this.emit(Tok.Gt, i, 1);
        return;
      case 0x3a /* : */:
        if (next === 0x3a) this.emit(Tok.DoubleColon, i, 2);
        else this.emit(Tok.Colon, i, 1);
        return;
      case 0x26 /* & */:
        if (next === 0x26) this.emit(Tok.And, i, 2);
        else this.invalid(i);
        return;
      case 0x7c /* | */:
        if (next === 0x7c) this.emit(Tok.Or, i, 2);
        else this.invalid(i);
        return;
    }
    if (c >= 0x80 && isIdentStartAt(text, i)) {
      const end = scanIdent(text, i);
      this.out.push(Tok.Ident, i, end);
      this.i = end;
      return;
    }
    this.invalid(i);
  }

  private emit(type: Tok, i: number, width: number): void {
    this.out.push(type, i, i + width);
    this.i = i + width;
  }

  /** `}` or `~}`: ends a template sequence when it matches the brace depth that opened one. */
  private closeBrace(i: number, width: number): void {
    const retBraces = this.retBraces;
    if (retBraces.length > 0 && retBraces[retBraces.length - 1] === this.braces) {
      this.out.push(Tok.TemplateSeqEnd, i, i + width);
      retBraces.pop();
      this.modes.pop();
    } else {
      // A stray `~}` is still a sequence end, so the parser reports it as one.
      this.out.push(width === 2 ? Tok.TemplateSeqEnd : Tok.CBrace, i, i + width);
    }
    this.braces--;
    this.i = i + width;
  }

  /** One invalid character (a whole surrogate pair when there is one). */
  private invalid(i: number): void {
    this.emit(Tok.Invalid, i, this.text.codePointAt(i)! > 0xffff ? 2 : 1);
  }

  private heredocIntro(i: number): boolean {
    const text = this.text;
    const end = scanHeredocIntro(text, i);
    if (end === 0) return false;
    let markerStart = i + 2;
    if (text.charCodeAt(markerStart) === 0x2d) markerStart++;
    const markerEnd = scanIdent(text, markerStart);
    this.heredocs.push({ marker: text.slice(markerStart, markerEnd), startOfLine: true });
    this.emit(Tok.OHeredoc, i, end - i);
    this.modes.push(MODE_HEREDOC);
    return true;
  }

  private lineComment(i: number): void {
    const text = this.text;
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    let textEnd = end;
    if (textEnd > i && text.charCodeAt(textEnd - 1) === 0x0d) textEnd--;
    this.comments.push({ text: text.slice(i, textEnd), kind: 'line', range: this.positions.range(i, textEnd) });
    this.i = end;
    // The newline that ends a line comment still ends the attribute or block before it.
    if (end < text.length) this.emit(Tok.Newline, textEnd, end + 1 - textEnd);
  }

  private blockComment(i: number): void {
    const text = this.text;
    const close = text.indexOf('*/', i + 2);
    const end = close < 0 ? text.length : close + 2;
    if (close < 0) this.errors.push({ message: "Unterminated comment: expected '*/' before the end of the file", start: i, end: i + 2 });
    this.comments.push({ text: text.slice(i, end), kind: 'block', range: this.positions.range(i, end) });
    this.i = end;
  }
}

/** Tokens that are always exactly one character, by char code (0: not one of them). */
const SINGLE_CHAR_TOKEN = new Uint8Array(128);
SINGLE_CHAR_TOKEN[0x0a] = Tok.Newline;
SINGLE_CHAR_TOKEN[0x5b] = Tok.OBrack;
SINGLE_CHAR_TOKEN[0x5d] = Tok.CBrack;
SINGLE_CHAR_TOKEN[0x28] = Tok.OParen;
SINGLE_CHAR_TOKEN[0x29] = Tok.CParen;
SINGLE_CHAR_TOKEN[0x2c] = Tok.Comma;
SINGLE_CHAR_TOKEN[0x2a] = Tok.Star;
SINGLE_CHAR_TOKEN[0x25] = Tok.Percent;
SINGLE_CHAR_TOKEN[0x2b] = Tok.Plus;
SINGLE_CHAR_TOKEN[0x2d] = Tok.Minus;
SINGLE_CHAR_TOKEN[0x3f] = Tok.Question;

/** `<<` `-`? Ident Newline; returns the offset after the newline, or 0 when this is not a heredoc opener. */
function scanHeredocIntro(text: string, i: number): number {
  let j = i + 2;
  if (text.charCodeAt(j) === 0x2d) j++;
  if (!isIdentStartAt(text, j)) return 0;
  j = scanIdent(text, j);
  if (text.charCodeAt(j) === 0x0d) j++;
  return text.charCodeAt(j) === 0x0a ? j + 1 : 0;
}

function isHeredocMarkerLine(text: string, start: number, end: number, marker: string): boolean {
  while (start < end && isGoSpace(text.charCodeAt(start))) start++;
  while (end > start && isGoSpace(text.charCodeAt(end - 1))) end--;
  return end - start === marker.length && text.startsWith(marker, start);
}

/** HCL number literal: digits with optional `.digits` and exponent parts; never ends in a `.`. */
function scanNumber(text: string, i: number): number {
  const len = text.length;
  i++;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      i++;
    } else if (c === 0x2e && isDigit(text.charCodeAt(i + 1))) {
      i += 2;
    } else if (c === 0x65 || c === 0x45) {
      const e = text.charCodeAt(i + 1);
      if (isDigit(e)) i += 2;
      else if ((e === 0x2b || e === 0x2d) && isDigit(text.charCodeAt(i + 2))) i += 3;
      else break;
    } else {
      break;
    }
  }
  return i;
}

