/**
 * The local files a `.bicep` file calls as modules or imports from, found before it is parsed: from the text where
 * every such declaration is written plainly (nearly always), from the parsed file where one is not. The evaluator
 * chooses its root files with these without parsing every file first (see index.ts).
 */
import type { SourceFile } from '../../model/document.js';
import { parseBicep } from '../../parse/bicep/index.js';
import { isRegistryPath, localReferences, resolveLocal } from './evaluate.js';

const KEYWORDS = ['module', 'import'];

/** After a keyword: what makes its line a possible declaration (not a property `module:`, not the end of a line). */
const CANDIDATE_REST = /(?![A-Za-z0-9_])(?![ \t]*(?:[:=]|[\r\n]|$))/y;

/** The plain forms, from a candidate line's start: the quoted path, its escapes still in, in group 1. */
const DECLARATION =
  /\uFEFF?[ \t]*(?:module[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]*|import[ \t]*(?:\{[^}]*\}|\*[ \t]*as[ \t]+[A-Za-z_][A-Za-z0-9_]*)[ \t]*from[ \t]*)'((?:[^'\\\r\n$]|\\[\\'nrt$]|\$(?!\{))*)'(?!')/y;


const ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", n: '\n', r: '\r', t: '\t', $: '$' };

const decode = (quoted: string) => quoted.replace(/\\(.)/g, (_, c: string) => ESCAPES[c]!);

/**
 * Offsets of the lines that may start a module or import declaration: the keyword first on its line (after spaces,
 * tabs and a byte order mark), then neither `:` nor `=` nor the end of the line. By indexOf: far faster than /^…/m.
 */
function candidateLines(text: string): number[] {
  const starts: number[] = [];
  for (const keyword of KEYWORDS) {
    for (let at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + keyword.length)) {
      let lineStart = at;
      for (let c = text.charCodeAt(lineStart - 1); c === 32 || c === 9 || c === 0xfeff; c = text.charCodeAt(--lineStart - 1));
      if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) continue;
      CANDIDATE_REST.lastIndex = at + keyword.length;
      if (CANDIDATE_REST.test(text)) starts.push(lineStart);
    }
  }
  return starts.sort((a, b) => a - b);
}

const SPECIAL = /[/'$]/g;
const KEYWORD_AFTER_COMMENT = /[ \t]*(?:module|import)(?![A-Za-z0-9_])/y;
const KEYWORD_AFTER_A_COMMENT = /\*\/[ \t]*(?:module|import)(?![A-Za-z0-9_])/;

/**
 * The block comments and multi-line strings of a text as [start, end) offsets, found as the lexer finds them:
 * lines starting inside them start no declaration. Undefined where this simple scan could go wrong (a `$'''`
 * string with holes, a `'''` in a hole) or a declaration could hide (a keyword right after a block comment).
 */
function longTokens(text: string): Array<[number, number]> | undefined {
  const regions: Array<[number, number]> = [];
  const len = text.length;
  // Scans a single-quoted string from after its quote; returns the offset after it (it never spans lines).
  const singleQuoted = (from: number): number | undefined => {
    for (let i = from; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c === 39) return i + 1;
      if (c === 10 || c === 13) return i;
      if (c === 92) i++;
      else if (c === 36 && text.charCodeAt(i + 1) === 123) {
        // A hole: an expression up to its `}`, with braces and strings of its own.
        let depth = 0;
        for (i += 2; i < len; i++) {
          const h = text.charCodeAt(i);
          if (h === 10 || h === 13) return i;
          if (h === 123) depth++;
          else if (h === 125 && depth-- === 0) break;
          else if (h === 39) {
            if (text.startsWith("'''", i)) return undefined;
            const end = singleQuoted(i + 1);
            if (end === undefined) return undefined;
            i = end - 1;
          }
        }
      }
    }
    return len;
  };
  for (let i = 0; i < len; i++) {
    // Only `/`, a quote and `$` start anything here: jump to the next one.
    SPECIAL.lastIndex = i;
    if (!SPECIAL.test(text)) break;
    i = SPECIAL.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? len : eol;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? len : close + 2;
      regions.push([i, end]);
      KEYWORD_AFTER_COMMENT.lastIndex = end;
      if (KEYWORD_AFTER_COMMENT.test(text)) return undefined;
      i = end - 1;
    } else if (c === 36 && text.charCodeAt(i + 1) === 36) {
      // `$$'''`: holes with their own dollar count.
      return undefined;
    } else if (c === 39) {
      if (text.startsWith("'''", i)) {
        if (text.charCodeAt(i - 1) === 36) return undefined;
        const close = text.indexOf("'''", i + 3);
        let end = close < 0 ? len : close + 3;
        while (end < len && text.charCodeAt(end) === 39) end++;
        regions.push([i, end]);
        i = end - 1;
      } else {
        const end = singleQuoted(i + 1);
        if (end === undefined) return undefined;
        i = end - 1;
      }
    }
  }
  return regions;
}

/**
 * The references as the text shows them; undefined when that could mislead: a candidate line that is not plain, or
 * block comments and multi-line strings this scan cannot place with certainty (see longTokens).
 */
function plainReferences(file: SourceFile): string[] | undefined {
  const targets: string[] = [];
  const text = file.text;
  if (!text.includes('module') && !text.includes('import')) return targets;
  const lines = candidateLines(text);
  const comments = text.includes('/*');
  // With no candidate line, only a declaration right after a block comment could be missed.
  if (lines.length === 0) return comments && KEYWORD_AFTER_A_COMMENT.test(text) ? undefined : targets;
  const hidden = comments || text.includes("'''") ? longTokens(text) : [];
  if (!hidden) return undefined;
  for (const lineStart of lines) {
    if (hidden.some(([start, end]) => lineStart > start && lineStart < end)) continue;
    DECLARATION.lastIndex = lineStart;
    const d = DECLARATION.exec(text);
    if (!d) return undefined;
    const target = decode(d[1]!);
    if (!isRegistryPath(target)) targets.push(resolveLocal(file.path, target));
  }
  return targets;
}

/** Found once per file: the scan asks when it splits the files into jobs and again when a job evaluates them. */
const referencesByFile = new WeakMap<SourceFile, { text: string; targets: string[] }>();

/** What localReferences finds in the parsed file, in the same order; usually without parsing it. */
export function moduleReferences(file: SourceFile): string[] {
  const known = referencesByFile.get(file);
  if (known?.text === file.text) return known.targets;
  const targets = plainReferences(file) ?? localReferences(file.path, parseBicep(file.text, file.path).program);
  referencesByFile.set(file, { text: file.text, targets });
  return targets;
}
