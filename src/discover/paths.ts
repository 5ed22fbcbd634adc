/** Path helpers for discovery: repository root detection and repository-relative POSIX paths. */
import fs from 'node:fs';
import path from 'node:path';

/** The closest directory at or above `dir` holding `.git` (a directory, or a file for worktrees and submodules). */
export function findRepositoryRoot(dir: string): string | undefined {
  let current = dir;
  for (;;) {
    if (fs.existsSync(path.join(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Deepest directory containing every given directory. */
export function commonDirectory(dirs: string[]): string {
  let common = dirs[0] ?? path.resolve('.');
  for (const dir of dirs.slice(1)) {
    while (!isInside(common, dir)) {
      const parent = path.dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}

/** Whether `p` is `dir` or below it. */
export function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** `p` relative to `root`, with forward slashes; '' for the root itself. */
export function toPosixRelative(root: string, p: string): string {
  return path.relative(root, p).split(path.sep).join('/');
}
