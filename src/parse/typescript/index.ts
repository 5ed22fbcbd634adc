/**
 * TypeScript source → syntax tree, for reading CDK and CDKTF apps without running them.
 * A thin wrapper over @babel/parser (TypeScript plugin, no type checking): the project's TypeScript 7 compiler has no
 * JavaScript API, which rules out typescript-estree. Positions are converted here, once, to 1-based spans.
 */
import { babelParserPackage } from '../../shared/packages.js';
import type * as t from '@babel/types';
import type { SourceSpan } from '../../model/span.js';
import type { ToolError } from '../../model/finding.js';

export type { t };

export interface ParsedTypeScript {
  program?: t.Program;
  comments: Array<{ line: number; column: number; text: string }>;
  error?: ToolError;
}

export function parseTypeScript(text: string, file: string): ParsedTypeScript {
  try {
    const ast = babelParserPackage().parse(text, {
      sourceType: 'module',
      plugins: ['typescript', 'decorators-legacy'],
      allowReturnOutsideFunction: false,
    });
    const comments = (ast.comments ?? []).map((c) => ({
      line: c.loc!.start.line,
      column: c.loc!.start.column + 1,
      text: c.value.trim(),
    }));
    return { program: ast.program, comments };
  } catch (e) {
    const err = e as Error & { loc?: { line: number; column: number } };
    const message = err.message.replace(/\s*\(\d+:\d+\)$/, '');
    return {
      comments: [],
      error: { file, line: err.loc?.line ?? 1, column: (err.loc?.column ?? 0) + 1, message: `invalid TypeScript: ${message}`, code: 'parse' },
    };
  }
}

/** The 1-based span of a node (Babel columns are 0-based; its end column is already just after the last character). */
export function nodeSpan(node: t.Node, file: string, address?: string): SourceSpan {
  const loc = node.loc!;
  const span: SourceSpan = { file, line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1 };
  if (address !== undefined) span.address = address;
  return span;
}

/** The source text of a node, as written. */
export function nodeText(node: t.Node, text: string): string {
  return text.slice(node.start!, node.end!);
}
