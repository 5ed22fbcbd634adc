/**
 * Deciding from the text alone, without building a tree, that a YAML or JSON file is a template: most templates of a
 * repository say so in their first lines, and parsing every candidate up front (to claim it) would hold every tree
 * until the front end runs.
 *
 * `true` is returned only when, should the text parse, its tree satisfies `isTemplate` (the caller also checks
 * `declaresTemplate`, which decides for text that does not parse). Anything unusual returns `undefined`: parse and decide.
 */

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;
const SLASH = 47;

function isJsonSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * JSON: a top-level `AWSTemplateFormatVersion` key, or one top-level `Resources` object holding a resource whose
 * `Type` text starts with `AWS::` or `Custom::` (no duplicated resource name or `Type` that parsing would resolve
 * otherwise). Strings are skipped, not decoded; keys with escapes where they matter make it undecided.
 */
export function jsonTemplateByText(text: string): true | undefined {
  const n = text.length;
  let p = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (p < n && isJsonSpace(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== LBRACE) return undefined;
  /** Per open container: whether it is an object, and the key it is the value of (objects in objects only). */
  const isObject: boolean[] = [];
  const keyOf: Array<string | undefined> = [];
  let pendingKey: string | undefined;
  let resourcesKeys = 0;
  let typedResource = false;
  const resourceNames = new Set<string>();
  let typesInResource = 0;
  /** The next backslash at or after the string being read (-1: none left). */
  let backslash = text.indexOf('\\', p);
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c === QUOTE) {
      const start = p + 1;
      // The closing quote, found natively; only a string with a backslash before it is walked character by character.
      let q = text.indexOf('"', start);
      if (q < 0) return undefined;
      if (backslash >= 0 && backslash < start) backslash = text.indexOf('\\', start);
      const escaped = backslash >= 0 && backslash < q;
      if (escaped) {
        for (q = backslash; q < n; q++) {
          const d = text.charCodeAt(q);
          if (d === BACKSLASH) q++;
          else if (d === QUOTE) break;
        }
        if (q >= n) return undefined;
      }
      const end = q + 1;
      q = end;
      while (q < n && isJsonSpace(text.charCodeAt(q))) q++;
      const depth = isObject.length;
      if (text.charCodeAt(q) !== COLON || !isObject[depth - 1]) {
        p = end;
        continue;
      }
      // A key: its value follows the colon.
      const key = text.slice(start, end - 1);
      const inResources = depth >= 2 && keyOf[1] === 'Resources' && isObject[1] === true;
      if (escaped && depth <= 3) return undefined;
      if (depth === 1) {
        if (key === 'AWSTemplateFormatVersion') return true;
        if (key === 'Resources') resourcesKeys++;
      } else if (depth === 2 && inResources) {
        if (resourceNames.has(key)) return undefined;
        resourceNames.add(key);
      } else if (depth === 3 && inResources && key === 'Type') {
        if (++typesInResource > 1) return undefined;
        let v = q + 1;
        while (v < n && isJsonSpace(text.charCodeAt(v))) v++;
        if (text.startsWith('"AWS::', v) || text.startsWith('"Custom::', v)) typedResource = true;
      }
      pendingKey = key;
      p = q + 1;
      continue;
    }
    if (c === LBRACE || c === LBRACKET) {
      keyOf.push(isObject[isObject.length - 1] ? pendingKey : undefined);
      isObject.push(c === LBRACE);
      if (isObject.length === 3) typesInResource = 0;
      pendingKey = undefined;
    } else if (c === RBRACE || c === RBRACKET) {
      isObject.pop();
      keyOf.pop();
    } else if (c === SLASH) return undefined; // comments: not the strict JSON of templates
    p++;
  }
  return resourcesKeys === 1 && typedResource ? true : undefined;
}

/** A line's start and end (before the line break), for walking a text line by line. */
interface Line {
  start: number;
  end: number;
  /** Start of the next line (the text's length after the last). */
  next: number;
  /** Offset of the first character that is not a space. */
  content: number;
}

function lineAt(text: string, start: number): Line {
  let end = text.indexOf('\n', start);
  const next = end === -1 ? text.length : end + 1;
  if (end === -1) end = text.length;
  let content = start;
  while (content < end && text.charCodeAt(content) === 32) content++;
  return { start, end: end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end, next, content };
}

/** Blank or comment only. */
function isEmptyLine(text: string, line: Line): boolean {
  let p = line.content;
  while (p < line.end && text.charCodeAt(p) === 9) p++;
  return p >= line.end || text.charCodeAt(p) === 35;
}

const TOP_LEVEL_KEY = /^[A-Za-z0-9_][^\s:#]*[ \t]*:(?:[ \t]|$)/;
const RESOURCES_LINE = /^Resources[ \t]*:[ \t]*(?:#.*)?$/;
const ANY_RESOURCES_KEY = /^["']?Resources["']?[ \t]*:/gm;
const RESOURCE_NAME_LINE = /^( +)([A-Za-z0-9]+)[ \t]*:[ \t]*(?:#.*)?$/;
const TYPE_LINE = /^( +)Type[ \t]*:[ \t]+["']?(?:AWS|Custom)::/;
/** `key: |`, `- >-`, `key: !Sub |`: the lines after it are text up to the next line indented no further. */
const BLOCK_SCALAR_HEADER = /(?:^|:|-)[ \t]+(?:![^\s]+[ \t]+)?[|>][-+0-9]*[ \t]*(?:#.*)?$/;

/**
 * YAML: a top-level block mapping (its first line a plain key at column 0) with one `Resources:` key line, whose first
 * entry is a plain name line followed by `Type: AWS::...` (or `Custom::`). Every line before `Resources:` must close
 * what it opens (quotes, flow brackets), so that the `Resources:` line is certainly a key of the top-level mapping.
 */
export function yamlTemplateByText(text: string): true | undefined {
  // Lines are read up to line feeds: a carriage return alone (also a line break in YAML) leaves it to parsing.
  if (text.includes('\r') && /\r(?!\n)/.test(text)) return undefined;
  const keys = text.match(ANY_RESOURCES_KEY);
  if (keys?.length !== 1) return undefined;
  let p = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let first = true;
  let blockScalarIndent = -1;
  for (;;) {
    if (p >= text.length) return undefined;
    const line = lineAt(text, p);
    const next = line.next;
    const indent = line.content - line.start;
    if (blockScalarIndent >= 0) {
      if (isEmptyLine(text, line) && line.content >= line.end) {
        p = next;
        continue;
      }
      if (indent > blockScalarIndent) {
        p = next;
        continue;
      }
      blockScalarIndent = -1;
    }
    if (isEmptyLine(text, line)) {
      p = next;
      continue;
    }
    const body = text.slice(line.start, line.end);
    if (first) {
      first = false;
      if (body.startsWith('---')) {
        if (!/^---[ \t]*(?:#.*)?$/.test(body)) return undefined;
        first = true;
        p = next;
        continue;
      }
      if (!TOP_LEVEL_KEY.test(body)) return undefined;
    }
    if (indent === 0 && RESOURCES_LINE.test(body)) return firstResourceIsTyped(text, next);
    if (!closesWhatItOpens(body)) return undefined;
    if (BLOCK_SCALAR_HEADER.test(body)) blockScalarIndent = indent;
    p = next;
  }
}

/** After `Resources:`: `  Name:` then `    Type: AWS::...`, the name given once and the type once. */
function firstResourceIsTyped(text: string, from: number): true | undefined {
  const lines = contentLines(text, from, 2);
  if (lines.length < 2) return undefined;
  const nameMatch = RESOURCE_NAME_LINE.exec(text.slice(lines[0]!.start, lines[0]!.end));
  const typeMatch = TYPE_LINE.exec(text.slice(lines[1]!.start, lines[1]!.end));
  if (!nameMatch || !typeMatch) return undefined;
  const nameIndent = nameMatch[1]!.length;
  const typeIndent = typeMatch[1]!.length;
  if (typeIndent <= nameIndent) return undefined;
  // The last of duplicate keys wins: a second entry of the same name, or a second Type, leaves it to parsing.
  if (keyLinesAt(text, nameIndent, nameMatch[2]!) !== 1) return undefined;
  for (let p = lines[1]!.next; p < text.length; ) {
    const line = lineAt(text, p);
    p = line.next;
    if (isEmptyLine(text, line)) continue;
    const indent = line.content - line.start;
    if (indent <= nameIndent) break;
    if (indent === typeIndent && /^Type[ \t]*:/.test(text.slice(line.content, line.end))) return undefined;
  }
  return true;
}

/** How many lines hold `key:` at this indentation. */
function keyLinesAt(text: string, indent: number, key: string): number {
  const needle = '\n' + ' '.repeat(indent) + key;
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    let p = at + needle.length;
    while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
    if (text.charCodeAt(p) === COLON) count++;
  }
  return count;
}

/** The next `count` lines that are neither blank nor comments. */
function contentLines(text: string, from: number, count: number): Line[] {
  const out: Line[] = [];
  let p = from;
  while (out.length < count && p < text.length) {
    const line = lineAt(text, p);
    if (!isEmptyLine(text, line)) out.push(line);
    p = line.next;
  }
  return out;
}

/** Whether one line closes every quote and flow bracket it opens (a comment ends it). */
function closesWhatItOpens(line: string): boolean {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c === QUOTE || c === 39) && (i === 0 || opensToken(line.charCodeAt(i - 1)))) {
      const close = c === QUOTE ? closingDoubleQuote(line, i + 1) : closingSingleQuote(line, i + 1);
      if (close === -1) return false;
      i = close;
    } else if (c === 35 && (i === 0 || line.charCodeAt(i - 1) === 32 || line.charCodeAt(i - 1) === 9)) break;
    else if (c === LBRACE || c === LBRACKET) depth++;
    else if ((c === RBRACE || c === RBRACKET) && --depth < 0) return false;
  }
  return depth === 0;
}

/** After these a quote starts quoted text (elsewhere it is part of plain text). */
function opensToken(c: number): boolean {
  return c === 32 || c === 9 || c === LBRACKET || c === LBRACE || c === 44 || c === COLON;
}

function closingDoubleQuote(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return -1;
}

function closingSingleQuote(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    if (line.charCodeAt(i) !== 39) continue;
    if (line.charCodeAt(i + 1) === 39) i++;
    else return i;
  }
  return -1;
}
