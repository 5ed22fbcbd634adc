/**
 * Reading another revision of the repository straight from git objects, for `diff --base` and `scan --new-only`.
 * The working tree, the index and HEAD are never touched: only `git ls-tree`, `git diff --name-only` and
 * `git cat-file --batch` are run, in the repository being scanned.
 */
import { childProcess } from '../shared/builtins.js';
import path from 'node:path';
import type { SourceFile } from '../model/document.js';
import { isCandidatePath, MAX_FILE_BYTES } from '../discover/index.js';

export class GitError extends Error {}

function git(root: string, args: string[], input?: Buffer): Buffer {
  try {
    return childProcess().execFileSync('git', ['-C', root, ...args], { input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    const detail = err.stderr?.toString().trim() || err.message;
    throw new GitError(`git ${args[0]} failed: ${detail.split('\n')[0]}`);
  }
}

export function gitTopLevel(dir: string): string | undefined {
  try {
    return childProcess().execFileSync('git', ['-C', dir, 'rev-parse', '--show-toplevel'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return undefined;
  }
}

/** Checks that `ref` names a commit; throws a GitError saying so otherwise. */
export function resolveCommit(root: string, ref: string): string {
  return git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString().trim();
}

/**
 * Files of `ref` under `under` (repository-relative POSIX prefixes, '' for all) that a front end may read.
 * `only`, when given, restricts to those repository-relative paths.
 */
export function readFilesAt(root: string, ref: string, under: string[], only?: ReadonlySet<string>): SourceFile[] {
  const commit = resolveCommit(root, ref);
  const listing = git(root, ['ls-tree', '-r', '-z', '--full-tree', '-l', commit]).toString('utf8');
  const wanted: Array<{ path: string; oid: string }> = [];
  for (const entry of listing.split('\0')) {
    if (!entry) continue;
    const tab = entry.indexOf('\t');
    const [mode, type, oid, size] = entry.slice(0, tab).split(/\s+/);
    const p = entry.slice(tab + 1);
    if (type !== 'blob' || mode === '120000' || !oid) continue;
    if (!isCandidatePath(p) || Number(size) > MAX_FILE_BYTES) continue;
    if (only && !only.has(p)) continue;
    if (!under.some((u) => u === '' || p === u || p.startsWith(u.endsWith('/') ? u : u + '/'))) continue;
    wanted.push({ path: p, oid });
  }
  if (wanted.length === 0) return [];
  const out = git(root, ['cat-file', '--batch'], Buffer.from(wanted.map((w) => w.oid).join('\n') + '\n'));
  const files: SourceFile[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pos = 0;
  for (const w of wanted) {
    const headerEnd = out.indexOf(10, pos);
    const header = out.subarray(pos, headerEnd).toString();
    const size = Number(header.split(' ')[2]);
    const body = out.subarray(headerEnd + 1, headerEnd + 1 + size);
    pos = headerEnd + 1 + size + 1;
    if (body.includes(0)) continue;
    let text: string;
    try {
      text = decoder.decode(body);
    } catch {
      continue;
    }
    files.push({ path: w.path, absPath: path.join(root, ...w.path.split('/')), text });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Repository-relative paths that differ between `ref` and the working tree (committed, staged, unstaged, untracked). */
export function changedPaths(root: string, ref: string): Set<string> {
  const commit = resolveCommit(root, ref);
  const changed = git(root, ['diff', '--name-only', '-z', '--no-renames', commit, '--']).toString('utf8').split('\0');
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z']).toString('utf8').split('\0');
  return new Set([...changed, ...untracked].filter(Boolean));
}
