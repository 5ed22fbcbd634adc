/**
 * The AWS data files that ship with grantlint (generated from dev dependencies by scripts/): the service catalogue and
 * the AWS-managed policies, each a JSON Lines file whose first line indexes the others, so that a scan reads and parses
 * only the lines it needs.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../report/tool.js';

/** Where a data file lives in the package (read from src/, dist/ and the CLI bundle; the Action bundle rewrites this). */
export function awsDataFile(name: string): string {
  return path.join(PACKAGE_ROOT, 'src', 'analyze', 'aws', name);
}

/** The first line of a data file: where it came from, and each keyed line as [byte offset after this line, byte length]. */
export interface IndexedLinesHeader {
  source: string;
  index: Record<string, [offset: number, length: number]>;
}

/** The text of a data file: the header line, then the lines in the order given; keys as the index should hold them. */
export function indexedLinesText(source: string, lines: ReadonlyArray<readonly [key: string, line: string]>): string {
  const index: IndexedLinesHeader['index'] = {};
  let offset = 0;
  for (const [key, line] of lines) {
    const length = Buffer.byteLength(line);
    index[key] = [offset, length];
    offset += length + 1;
  }
  const header: IndexedLinesHeader = { source, index };
  return [JSON.stringify(header), ...lines.map(([, line]) => line)].join('\n') + '\n';
}

/** Reads an indexed data file lazily: the header on first use, each line when asked for. */
export class IndexedLines {
  private index: Map<string, [number, number]> | undefined;
  private bodyStart = 0;

  constructor(readonly file: string) {}

  keys(): IterableIterator<string> {
    return this.load().keys();
  }

  has(key: string): boolean {
    return this.load().has(key);
  }

  get size(): number {
    return this.load().size;
  }

  /** The line stored under `key`, or undefined. */
  line(key: string): string | undefined {
    const at = this.load().get(key);
    if (!at) return undefined;
    const [offset, length] = at;
    const fd = openSync(this.file, 'r');
    try {
      return readExactly(fd, this.bodyStart + offset, length, this.file).toString('utf8');
    } finally {
      closeSync(fd);
    }
  }

  private load(): Map<string, [number, number]> {
    if (this.index) return this.index;
    const fd = openSync(this.file, 'r');
    try {
      let head = Buffer.alloc(0);
      let newline = -1;
      while (newline < 0) {
        const chunk = Buffer.allocUnsafe(64 * 1024);
        const n = readSync(fd, chunk, 0, chunk.length, head.length);
        if (n === 0) throw new Error(`${this.file}: no header line`);
        head = Buffer.concat([head, chunk.subarray(0, n)]);
        newline = head.indexOf(10);
      }
      const header = JSON.parse(head.toString('utf8', 0, newline)) as IndexedLinesHeader;
      this.bodyStart = newline + 1;
      this.index = new Map(Object.entries(header.index));
    } finally {
      closeSync(fd);
    }
    return this.index;
  }
}

function readExactly(fd: number, position: number, length: number, file: string): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  for (let filled = 0; filled < length; ) {
    const n = readSync(fd, buffer, filled, length - filled, position + filled);
    if (n === 0) throw new Error(`${file}: a line ends early`);
    filled += n;
  }
  return buffer;
}
