/**
 * Glob lists of the policy file, where a leading `!` excludes: a value matches a list when it matches at least one
 * positive glob (or the list has none) and no negative one.
 * Path globs (`files`) are minimatch globs over POSIX paths. Name globs (principals, actions, roles, resources,
 * scopes, addresses) are IAM-style wildcards: `*` any run of characters (slashes included), `?` one character,
 * case-insensitive, and everything else literal, so ARNs, scopes and `module.x.aws_iam_role.y[0]` need no escaping.
 */
import { Minimatch } from 'minimatch';
import { wildcardRegex } from '../analyze/aws/iam-data.js';

export type GlobKind = 'path' | 'name';

export interface GlobList {
  include: Array<(value: string) => boolean>;
  exclude: Array<(value: string) => boolean>;
  /** As written, for messages. */
  patterns: string[];
}

export type GlobInput = string | readonly string[] | undefined;

export function asList<T extends string>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value as T] : [...(value as readonly T[])];
}

export function compileGlobs(value: GlobInput, kind: GlobKind = 'name'): GlobList | undefined {
  const patterns = asList(value);
  if (patterns.length === 0) return undefined;
  const include: GlobList['include'] = [];
  const exclude: GlobList['exclude'] = [];
  for (const p of patterns) {
    const negated = p.startsWith('!');
    const body = negated ? p.slice(1) : p;
    const test = kind === 'path' ? pathMatcher(body) : nameMatcher(body);
    (negated ? exclude : include).push(test);
  }
  return { include, exclude, patterns };
}

function pathMatcher(glob: string): (value: string) => boolean {
  const mm = new Minimatch(glob, { dot: true, nocomment: true, nonegate: true });
  return (value) => mm.match(value);
}

function nameMatcher(glob: string): (value: string) => boolean {
  const re = wildcardRegex(glob);
  return (value) => re.test(value);
}

export function matchesGlobs(list: GlobList | undefined, value: string): boolean {
  if (!list) return true;
  if (list.include.length > 0 && !list.include.some((test) => test(value))) return false;
  return !list.exclude.some((test) => test(value));
}

/** What is wrong with a glob, or undefined: the mistakes that would silently match nothing. */
export function globProblem(pattern: string, kind: GlobKind): string | undefined {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  if (body === '') return 'an empty glob matches nothing';
  if (kind === 'name') return undefined;
  if (body.includes('\\')) return 'use forward slashes in path globs';
  if (body.startsWith('/')) return "path globs are relative to the policy file's directory, not absolute";
  if (body.startsWith('./')) return "drop the leading './': path globs are already relative to the policy file's directory";
  let brackets = 0;
  let braces = 0;
  for (const c of body) {
    if (c === '[') brackets++;
    else if (c === ']') brackets = Math.max(0, brackets - 1);
    else if (c === '{') braces++;
    else if (c === '}') {
      if (braces === 0) return "unbalanced '}'";
      braces--;
    }
  }
  if (brackets > 0) return "unclosed '['";
  if (braces > 0) return "unclosed '{'";
  return undefined;
}
