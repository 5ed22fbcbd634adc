/**
 * Bicep and `.bicepparam` parser entry point. Never throws: syntax errors come back located, with the statements
 * that could be parsed around them.
 */
import type { BicepProgram, Comment, ParseError } from './ast.js';
import { BicepParser } from './parser.js';
import { warmUp } from './warm-up.js';

export type * from './ast.js';

export interface BicepParseResult {
  program: BicepProgram;
  errors: ParseError[];
  /** `//`, `/* *\/` comments and `#disable-next-line` directives, in source order. */
  comments: Comment[];
}

/** Parses `text`; `file` (repository-relative) names the program and decides `.bicepparam` mode by its extension. */
export function parseBicep(text: string, file: string): BicepParseResult {
  const errors: ParseError[] = [];
  const fileKind = file.toLowerCase().endsWith('.bicepparam') ? 'bicepparam' : 'bicep';
  const parser = new BicepParser(text, file, fileKind, errors);
  const program = parser.parseProgram();
  // Lexer errors come first in the list; report everything in source order.
  errors.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  return { program, errors, comments: parser.comments };
}

/**
 * Prepares the parser for a scan of many files (see warm-up.ts): worth it from a few dozen files on, a waste of
 * ~50 ms for one small file. Idempotent.
 */
export function warmUpBicepParser(): void {
  warmUp(parseBicep);
}
