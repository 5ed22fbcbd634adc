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

const HCL_SOURCE = /\bsource\s*=\s*"((?:[^"\\\n]|\\.)*)"/g;
const JSON_SOURCE = /"source"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g;

const dirOf = (p: string) => {
  const d = path.posix.dirname(p);
  return d === '.' ? '' : d;
};

/** Local module directories a file may call, repository-relative ('' for the root). */
function calledDirs(file: SourceFile): string[] {
  const lower = file.path.toLowerCase();
  if (!lower.endsWith('.tf') && !lower.endsWith('.tf.json')) return [];
  if (!file.text.includes('source')) return [];
  const dirs: string[] = [];
  const pattern = lower.endsWith('.json') ? JSON_SOURCE : HCL_SOURCE;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(file.text); m; m = pattern.exec(file.text)) {
    let source = m[1]!;
    if (source.includes('\\')) {
      try {
        source = JSON.parse(`"${source}"`) as string;
      } catch {
        continue;
      }
    }
    if (source === '.' || source === '..' || source.startsWith('./') || source.startsWith('../')) {
      const dir = path.posix.normalize(path.posix.join(dirOf(file.path), source)).replace(/\/+$/, '');
      dirs.push(dir === '.' ? '' : dir);
    }
  }
  return dirs;
}

/** Groups of files that must be evaluated together, largest first (so parallel workers finish close together). */
export function terraformComponents(files: readonly SourceFile[]): SourceFile[][] {
  const parent = new Map<string, string>();
  const find = (d: string): string => {
    let root = d;
    while (parent.get(root) !== root) {
      const up = parent.get(root);
      if (up === undefined) {
        parent.set(root, root);
        break;
      }
      root = up;
    }
    // Path compression keeps later lookups short.
    for (let x = d; x !== root; ) {
      const up = parent.get(x)!;
      parent.set(x, root);
      x = up;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const f of files) {
    const dir = dirOf(f.path);
    find(dir);
    for (const called of calledDirs(f)) union(dir, called);
  }
  const groups = new Map<string, { files: SourceFile[]; bytes: number }>();
  for (const f of files) {
    const key = find(dirOf(f.path));
    const group = groups.get(key) ?? { files: [], bytes: 0 };
    group.files.push(f);
    group.bytes += f.text.length;
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].bytes - a[1].bytes || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, g]) => g.files);
}
