/**
 * Offset → 1-based line/column conversion for one file (columns count UTF-16 units), and ranges that keep only their
 * offsets: shared by the hand-written parsers (HCL, Bicep).
 */
import type { Pos, Range } from './range.js';
import { LineStarts } from './lines.js';
import type { SourceSpan } from '../model/span.js';

/** Converts offsets of the text being parsed to file positions. */
export interface Positions {
  pos(offset: number): Pos;
  range(start: number, end: number): Range;
}

export class PositionTable implements Positions {
  /** Found on the first question: many files are parsed and never asked for a line (variable files, unused modules). */
  private lines: LineStarts | undefined;
  private readonly text: string;
  /** Column 1 of line 1 starts after a byte order mark. */
  private readonly firstColumnOffset: number;

  /** `lines` when a lexer already found where the lines start (by its own line-break rules). */
  constructor(text: string, lines?: LineStarts) {
    this.text = text;
    this.lines = lines;
    this.firstColumnOffset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  pos(offset: number): Pos {
    const lines = (this.lines ??= new LineStarts(this.text));
    const line = lines.indexOf(offset);
    const lineStart = line === 0 ? this.firstColumnOffset : lines.starts[line]!;
    return { line: line + 1, column: Math.max(1, offset - lineStart + 1), offset };
  }

  range(start: number, end: number): Range {
    return new LazyRange(this, start, end);
  }
}

/** Where a range keeps its positions table: a symbol, so that code walking a syntax tree's fields never walks into it. */
export const POSITIONS: unique symbol = Symbol('positions');

/**
 * A range that keeps only its offsets and turns them into line/column when read: most ranges of a syntax tree are
 * never read, and three objects per node (range and two positions) were a third of the parser's memory and time.
 *
 * Subclasses (LazyRange; the HCL nodes, which are their own ranges) set the fields in their own constructors: one
 * constructor storing into objects of many classes is slow, and V8 skips a default constructor like this one.
 */
export abstract class OffsetRange implements Range {
  declare [POSITIONS]: Positions;
  declare startOffset: number;
  declare endOffset: number;
  /** The source span last made of this range, for its file (see spanOf in the Terraform evaluator). */
  declare span: SourceSpan | undefined;

  get start(): Pos {
    return this[POSITIONS].pos(this.startOffset);
  }

  get end(): Pos {
    return this[POSITIONS].pos(this.endOffset);
  }
}

/** A range of its own, for a node that is not one (and for the parsers whose nodes are plain objects). */
export class LazyRange extends OffsetRange {
  constructor(positions: Positions, startOffset: number, endOffset: number) {
    super();
    this[POSITIONS] = positions;
    this.startOffset = startOffset;
    this.endOffset = endOffset;
    this.span = undefined;
  }
}

/** Offset where a range starts, without computing its line and column. */
export function startOffset(range: Range): number {
  return range instanceof OffsetRange ? range.startOffset : range.start.offset;
}

/** Offset where a range ends, without computing its line and column. */
export function endOffset(range: Range): number {
  return range instanceof OffsetRange ? range.endOffset : range.end.offset;
}
