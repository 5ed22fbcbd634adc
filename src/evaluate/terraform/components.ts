/**
 * Splits a Terraform tree into independent parts: directories joined by local module calls (`source = "./..."`)
 * belong together, everything else is evaluated apart. Each part is parsed, evaluated and dropped before the next,
 * so the syntax trees of one part are garbage before the next part is read (and parts can run on other threads).
 *
 * The calls are found in the text, before parsing: a module `source` must be a literal string, so any
 * `source = "<local path>"` (or `"source": "<local path>"` in .tf.json) is a candidate. Reading more edges than there
 * are (a `source` argument of some other block) only merges parts, which is harmless.
 */
import path from 'node:path';
import type { SourceFile } from '../../model/document.js';
import { connectedGroups } from '../../shared/connected-groups.js';

const HCL_SOURCE = /\bsource\s*=\s*"((?:[^"\\\n]|\\.)*)"/g;
const JSON_SOURCE = /"source"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g;

/** The directory of a repository-relative file, '' for the root: the key of its module. */
export const dirOf = (p: string) => {
  const d = path.posix.dirname(p);
  return d === '.' ? '' : d;
};

/** The module directory a local `source` names from `fromDir` (no trailing slash, '' for the root), or undefined for a remote source. */
export function localModuleDir(fromDir: string, source: string): string | undefined {
  if (!(source === '.' || source === '..' || source.startsWith('./') || source.startsWith('../'))) return undefined;
  const dir = path.posix.normalize(path.posix.join(fromDir, source)).replace(/\/+$/, '');
  return dir === '.' ? '' : dir;
}

/** Whether the line holding `offset` is a line comment up to there (`# module "x" {` calls kept for later). */
function commentedOut(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  const before = text.slice(lineStart, offset).trimStart();
  return before.startsWith('#') || before.startsWith('//');
}

/** Calls found by file: the split into parts and the evaluation of each part both ask (the text is read once). */
const foundCalls = new WeakMap<SourceFile, { text: string; dirs: string[] }>();

/** Local module directories a file may call, repository-relative ('' for the root). */
export function calledDirs(file: SourceFile): string[] {
  const known = foundCalls.get(file);
  if (known?.text === file.text) return known.dirs;
  const dirs = findCalledDirs(file);
  foundCalls.set(file, { text: file.text, dirs });
  return dirs;
}

function findCalledDirs(file: SourceFile): string[] {
  const lower = file.path.toLowerCase();
  if (!lower.endsWith('.tf') && !lower.endsWith('.tf.json')) return [];
  if (!file.text.includes('source')) return [];
  const dirs: string[] = [];
  const pattern = lower.endsWith('.json') ? JSON_SOURCE : HCL_SOURCE;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(file.text); m; m = pattern.exec(file.text)) {
    if (commentedOut(file.text, m.index)) continue;
    let source = m[1]!;
    if (source.includes('\\')) {
      try {
        source = JSON.parse(`"${source}"`) as string;
      } catch {
        continue;
      }
    }
    const dir = localModuleDir(dirOf(file.path), source);
    if (dir !== undefined) dirs.push(dir);
  }
  return dirs;
}

/** Groups of files that must be evaluated together: directories joined by local module calls. */
export function terraformComponents(files: readonly SourceFile[]): SourceFile[][] {
  return connectedGroups(files, (f) => dirOf(f.path), calledDirs);
}
