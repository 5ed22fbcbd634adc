/** Positions of HCL text decoded out of Terraform JSON strings. */
import type { Pos, Range } from './ast.js';
import { LazyRange, type PositionTable, type Positions } from '../positions.js';

/**
 * Positions for text decoded out of a JSON string: offset k of the decoded text sits at file offset `offsets[k]`
 * (or `base + k` when the string had no escapes). Reported offsets are file offsets.
 */
export class MappedPositions implements Positions {
  constructor(
    private readonly file: PositionTable,
    private readonly base: number,
    private readonly offsets: Int32Array | null,
  ) {}

  pos(offset: number): Pos {
    const offsets = this.offsets;
    return this.file.pos(offsets ? offsets[Math.min(offset, offsets.length - 1)]! : this.base + offset);
  }

  range(start: number, end: number): Range {
    return new LazyRange(this, start, end);
  }
}
