/** Decoding of input bytes: strict UTF-8, and positions of the first offending byte for located errors. */

import { isUtf8 } from 'node:buffer';

/** The text, without a byte-order mark, or undefined when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Buffer): string | undefined {
  // isUtf8 + toString is several times faster than a fatal TextDecoder on large inputs.
  if (!isUtf8(bytes)) return undefined;
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bytes.toString('utf8', hasBom ? 3 : 0);
}

const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

/**
 * UTF-16 text announced by a byte-order mark (Windows tools write plans and templates that way), decoded;
 * undefined when there is no UTF-16 BOM, or `{ invalid: true }` when the bytes after it are not UTF-16.
 */
export function decodeUtf16WithBom(bytes: Uint8Array): string | { invalid: true } | undefined {
  if (bytes.length < 2) return undefined;
  const decoder = bytes[0] === 0xff && bytes[1] === 0xfe ? utf16le : bytes[0] === 0xfe && bytes[1] === 0xff ? utf16be : undefined;
  if (!decoder) return undefined;
  try {
    return decoder.decode(bytes);
  } catch {
    return { invalid: true };
  }
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence (bytes.length if none). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + length > bytes.length) return i;
    let codePoint = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are invalid too.
    if (codePoint < min || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return i;
    i += length;
  }
  return bytes.length;
}

/** 1-based line and column (in characters of the valid prefix) of a byte offset. */
export function positionAtByteOffset(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}
