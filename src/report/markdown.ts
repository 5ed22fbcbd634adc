/**
 * Markdown that carries text from scanned files (PR comments, job summaries): the text must not become markup,
 * links, mentions or HTML in the rendered comment.
 */
import { oneLine } from './escape.js';

/** Inline code that survives any content: a fence longer than any backtick run inside. */
export function mdCode(text: string): string {
  const clean = oneLine(text);
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** Plain text in a table cell or sentence: markup characters escaped, HTML neutralized, mentions broken. */
export function mdText(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_{}[\]()#+!|~>]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/@/g, '@\u200b');
}
