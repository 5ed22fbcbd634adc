/**
 * Mutations of real files: what editors, broken merges, bad encodings and hostile authors make of them.
 * Positions are fractions of the text length so one mutation plan applies to any seed.
 */
import fc from 'fast-check';

export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flipBytes'; at: number; count: number; mask: number }
  | { kind: 'invalidUtf8'; at: number; bytes: number[] }
  | { kind: 'nest'; at: number; open: string; depth: number }
  | { kind: 'hugeString'; at: number; length: number }
  | { kind: 'bracket'; at: number; char: string }
  | { kind: 'deleteSlice'; at: number; length: number }
  | { kind: 'duplicateSlice'; at: number; length: number }
  | { kind: 'token'; at: number; token: string }
  | { kind: 'bom' }
  | { kind: 'crlf' }
  | { kind: 'loneCr' };

/** Tokens that start or end a construct in one of the formats: inserting one in the wrong place is the usual bug. */
const TOKENS = ['${', '%{', '}', '<<EOF\n', '<<-EOT\n', 'EOF\n', '!Ref ', '!Sub ', '&a ', '*a', '<<: *a', '---\n', '...\n', '\t', '"', "'", "'''", '/*', '*/', '//', '#', '\\', '\\u', '\\u{', '[[', '[', ']]', ':', ',', '=', '=>', '?', '...', '\u0000', '\u2028', '\ud800', '\udc00', '`', '@', 'for ', ' in ', 'if ', 'resource ', '- ', '? ', '|\n', '>-\n', '{{', '}}', '1e999', '-0', '0x', 'NaN'];
const OPENERS = ['[', '{', '(', '[for x in ', '${', '!If [', '- ', '  a:\n', '"a":{', 'f(', '[[', '%{ if x }'];
const BRACKETS = ['[', ']', '{', '}', '(', ')', '"', "'", '<', '>'];

const at = fc.double({ min: 0, max: 1, noNaN: true });

// Cheap mutations are weighted up: large ones (deep nesting, huge strings) are rarer so a run covers more inputs.
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('flipBytes' as const), at, count: fc.integer({ min: 1, max: 8 }), mask: fc.integer({ min: 1, max: 255 }) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('invalidUtf8' as const), at, bytes: fc.array(fc.constantFrom(0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xf0, 0xf4, 0xf8, 0xfe, 0xff), { minLength: 1, maxLength: 4 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('nest' as const), at, open: fc.constantFrom(...OPENERS), depth: fc.integer({ min: 1, max: 300 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('nest' as const), at, open: fc.constantFrom(...OPENERS), depth: fc.integer({ min: 1000, max: 20_000 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('hugeString' as const), at, length: fc.integer({ min: 1000, max: 200_000 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('bracket' as const), at, char: fc.constantFrom(...BRACKETS) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('deleteSlice' as const), at, length: fc.integer({ min: 1, max: 200 }) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('duplicateSlice' as const), at, length: fc.integer({ min: 1, max: 400 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('token' as const), at, token: fc.constantFrom(...TOKENS) }), weight: 6 },
  { arbitrary: fc.constant({ kind: 'bom' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'crlf' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'loneCr' as const }), weight: 1 },
);

export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 4 });

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Applies a mutation. Byte-level mutations go through UTF-8 and back with replacement characters, as discover does. */
export function mutate(text: string, m: Mutation): string {
  const index = (f: number) => Math.min(text.length, Math.floor(f * (text.length + 1)));
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, index(m.at));
    case 'flipBytes': {
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.length === 0) return text;
      const start = Math.min(bytes.length - 1, Math.floor(m.at * bytes.length));
      for (let i = 0; i < m.count && start + i * 7 < bytes.length; i++) bytes[start + i * 7]! ^= m.mask;
      return decoder.decode(bytes);
    }
    case 'invalidUtf8': {
      const bytes = Buffer.from(text, 'utf8');
      const i = Math.floor(m.at * bytes.length);
      return decoder.decode(Buffer.concat([bytes.subarray(0, i), Buffer.from(m.bytes), bytes.subarray(i)]));
    }
    case 'nest': {
      const i = index(m.at);
      return text.slice(0, i) + m.open.repeat(m.depth) + text.slice(i);
    }
    case 'hugeString': {
      const i = index(m.at);
      return text.slice(0, i) + 'A'.repeat(m.length) + text.slice(i);
    }
    case 'bracket':
    case 'token': {
      const i = index(m.at);
      return text.slice(0, i) + (m.kind === 'bracket' ? m.char : m.token) + text.slice(i);
    }
    case 'deleteSlice': {
      const i = index(m.at);
      return text.slice(0, i) + text.slice(i + m.length);
    }
    case 'duplicateSlice': {
      const i = index(m.at);
      return text.slice(0, i + m.length) + text.slice(i);
    }
    case 'bom':
      return '\ufeff' + text;
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'loneCr':
      return text.replace(/\r?\n/g, '\r');
  }
}

export function mutateAll(text: string, ms: readonly Mutation[]): string {
  return ms.reduce(mutate, text);
}
