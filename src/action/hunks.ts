/**
 * Which lines of a pull request a review comment may sit on: the new-side lines of every diff hunk (added and
 * context lines). A review with one comment outside a hunk is rejected whole (HTTP 422), so every inline comment is
 * checked against this before it is sent.
 */
import { execFileSync } from 'node:child_process';

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** New-side line numbers inside the hunks of one file's unified diff (`patch` of the PR files API). */
export function commentableLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      next = Number(header[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const mark = line[0];
    if (mark === '+' || mark === ' ') {
      lines.add(next);
      next++;
    } else if (mark === undefined && line === '') {
      // The final newline of a patch ends it; an empty line inside a hunk would have a leading space.
      continue;
    }
    // '-' lines exist on the old side only; '\' is "No newline at end of file".
  }
  return lines;
}

/** Splits `git diff` output into per-file patches keyed by the new path. */
export function patchesFromGitDiff(diff: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | undefined;
  let buffer: string[] = [];
  const flush = () => {
    if (current !== undefined) out.set(current, buffer.join('\n'));
  };
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      flush();
      current = undefined;
      buffer = [];
      continue;
    }
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      current = target === '/dev/null' ? undefined : target.replace(/^b\//, '');
      continue;
    }
    if (current !== undefined) buffer.push(line);
  }
  flush();
  return out;
}

/**
 * The PR's patches computed locally, for files the API sent without a patch (large diffs) or beyond its 3,000 files.
 * An empty `paths` means every file.
 */
export function localPatches(root: string, base: string, head: string, paths: readonly string[]): Map<string, string> {
  const diff = execFileSync('git', ['-C', root, 'diff', '--no-color', '--no-ext-diff', '--unified=3', '--no-renames', `${base}...${head}`, '--', ...paths], {
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).toString('utf8');
  return patchesFromGitDiff(diff);
}
