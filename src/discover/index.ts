/**
 * Discovery: turns the paths given on the command line into the input files of a scan.
 * Honours .gitignore files and `--ignore` globs, never leaves the repository root through a symlink,
 * and reports unreadable, oversized, binary and undecodable inputs as tool errors instead of failing.
 * Text is UTF-8 (a BOM is dropped), or UTF-16 when a UTF-16 byte-order mark says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import ignoreFactory, { type Ignore } from 'ignore';
import { minimatch } from 'minimatch';
import type { SourceFile } from '../model/document.js';
import type { ToolError } from '../model/finding.js';
import { findRepositoryRoot, commonDirectory, isInside, toPosixRelative } from './paths.js';
import { decodeUtf16WithBom, decodeUtf8, firstInvalidUtf8Offset, positionAtByteOffset } from './text.js';

/** Larger inputs are reported, not read: IaC files this big are generated and would stall the parsers. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Extensions some front end may claim; files with any other extension are never opened (except when named explicitly). */
export const CANDIDATE_EXTENSIONS = [
  '.tf',
  '.tf.json',
  '.tfvars',
  '.tfvars.json',
  '.json',
  '.yaml',
  '.yml',
  '.template',
  '.bicep',
  '.bicepparam',
  '.ts',
] as const;

/** Directories never worth walking: dependencies, Terraform's provider/module cache, git internals. */
const ALWAYS_SKIPPED_DIRECTORIES = new Set(['node_modules', '.terraform', '.git']);

/** How much of an unreadable file is decoded to ask the front ends whether they would have wanted it. */
const CLAIM_PROBE_BYTES = 64 * 1024;

export interface DiscoverOptions {
  /** Files or directories, absolute or relative to `cwd`. */
  paths: string[];
  cwd: string;
  /** Globs (minimatch) matched against repository-relative paths; a match on a directory skips it whole. */
  ignore?: string[];
  /**
   * Whether a front end would read this file. Used to stay quiet about problem files no front end wants
   * (a 9 MB package-lock.json is not an error of an IaC scan). Without it every candidate counts.
   */
  wanted?: (file: SourceFile) => boolean;
}

export interface DiscoverResult {
  /** Absolute path of the repository root every reported path is relative to. */
  root: string;
  /** Readable files, sorted by path. */
  files: SourceFile[];
  errors: ToolError[];
}

export function isCandidatePath(p: string): boolean {
  const lower = p.toLowerCase();
  return CANDIDATE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

interface IgnoreLayer {
  /** Repository-relative directory the .gitignore lives in ('' for the root). */
  base: string;
  rules: Ignore;
}

export function discover(options: DiscoverOptions): DiscoverResult {
  const errors: ToolError[] = [];
  const inputs = options.paths.length > 0 ? options.paths : ['.'];
  const absInputs: string[] = [];
  for (const p of inputs) {
    const abs = path.resolve(options.cwd, p);
    let real: string;
    try {
      real = fs.realpathSync(abs);
    } catch {
      errors.push(toolError(toPosixRelative(options.cwd, abs), `path not found: ${p}`, 'read'));
      continue;
    }
    absInputs.push(real);
  }
  const root = chooseRoot(absInputs, options.cwd);
  const walker = new Walker(root, options, errors);
  for (const input of absInputs) walker.visitInput(input);

  const files = walker.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  return { root, files, errors };
}

function chooseRoot(absInputs: string[], cwd: string): string {
  if (absInputs.length === 0) return fs.realpathSync(cwd);
  const first = absInputs[0]!;
  const firstDir = isDirectory(first) ? first : path.dirname(first);
  const gitRoot = findRepositoryRoot(firstDir);
  if (gitRoot && absInputs.every((p) => isInside(gitRoot, p))) return gitRoot;
  return commonDirectory(absInputs.map((p) => (isDirectory(p) ? p : path.dirname(p))));
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

class Walker {
  readonly files: SourceFile[] = [];
  private readonly seenFiles = new Set<string>();
  private readonly ignoreGlobs: string[];
  /** .gitignore layers by repository-relative directory, loaded once. */
  private readonly layerCache = new Map<string, IgnoreLayer | null>();

  constructor(
    private readonly root: string,
    private readonly options: DiscoverOptions,
    private readonly errors: ToolError[],
  ) {
    this.ignoreGlobs = (options.ignore ?? []).map((g) => g.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, ''));
  }

  visitInput(abs: string): void {
    const rel = toPosixRelative(this.root, abs);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      this.errors.push(toolError(rel, `cannot read: ${describeFsError(e)}`, 'read'));
      return;
    }
    if (stat.isDirectory()) {
      // Like a named file, a named directory is scanned even if .gitignore excludes it; --ignore still applies.
      if (rel !== '' && this.matchesIgnoreGlob(rel)) return;
      const ancestors = rel === '' ? [] : this.ancestorLayers(path.posix.dirname(rel));
      // Rules that exclude the directory itself would exclude everything in it: leave them out then.
      const parentLayers = rel !== '' && this.isIgnored(rel, true, ancestors) ? [] : ancestors;
      this.walkDirectory(abs, rel, [abs], parentLayers);
    } else if (stat.isFile()) {
      // A file named on the command line is scanned even if .gitignore excludes it: the user asked for it.
      if (this.matchesIgnoreGlob(rel)) return;
      this.readCandidate(abs, rel);
    }
  }

  /** .gitignore layers from the root down to `dir` (inclusive), for inputs that start below the root. */
  private ancestorLayers(dir: string): IgnoreLayer[] {
    const layers: IgnoreLayer[] = [];
    const parts = dir === '.' || dir === '' ? [] : dir.split('/');
    for (let i = 0; i <= parts.length; i++) {
      const layer = this.layerFor(parts.slice(0, i).join('/'), true);
      if (layer) layers.push(layer);
    }
    return layers;
  }

  /** The ignore rules a directory adds; `mayHaveGitignore` false spares a failing read (the listing showed none). */
  private layerFor(relDir: string, mayHaveGitignore: boolean): IgnoreLayer | null {
    const cached = this.layerCache.get(relDir);
    if (cached !== undefined) return cached;
    const absDir = relDir === '' ? this.root : path.join(this.root, ...relDir.split('/'));
    let layer: IgnoreLayer | null = null;
    const sources = mayHaveGitignore ? [path.join(absDir, '.gitignore')] : [];
    if (relDir === '') sources.push(path.join(absDir, '.git', 'info', 'exclude'));
    for (const source of sources) {
      let text: string;
      try {
        text = fs.readFileSync(source, 'utf8');
      } catch {
        continue;
      }
      layer ??= { base: relDir, rules: ignoreFactory() };
      layer.rules.add(text);
    }
    this.layerCache.set(relDir, layer);
    return layer;
  }

  private walkDirectory(abs: string, rel: string, realAncestors: string[], parentLayers: IgnoreLayer[]): void {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      this.errors.push(toolError(rel || '.', `cannot read directory: ${describeFsError(e)}`, 'read'));
      return;
    }
    const own = this.layerFor(rel, entries.some((e) => e.name === '.gitignore'));
    const layers = own ? [...parentLayers, own] : parentLayers;
    for (const entry of entries) {
      const childAbs = `${abs}${path.sep}${entry.name}`;
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isSymbolicLink()) {
        this.visitSymlink(childAbs, childRel, layers, realAncestors);
      } else if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRECTORIES.has(entry.name) || this.isIgnored(childRel, true, layers)) continue;
        this.walkDirectory(childAbs, childRel, [...realAncestors, `${realAncestors[realAncestors.length - 1]!}${path.sep}${entry.name}`], layers);
      } else if (entry.isFile()) {
        if (!isCandidatePath(entry.name) || this.isIgnored(childRel, false, layers)) continue;
        this.readCandidate(childAbs, childRel);
      }
    }
  }

  private visitSymlink(linkAbs: string, linkRel: string, layers: IgnoreLayer[], realAncestors: string[]): void {
    let target: string;
    let stat: fs.Stats;
    try {
      target = fs.realpathSync(linkAbs);
      stat = fs.statSync(target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') {
        if (!this.isIgnored(linkRel, false, layers)) this.errors.push(toolError(linkRel, 'symlink loop: the link resolves to itself', 'symlink'));
        return;
      }
      // A dangling link is not an input; git checkouts of other platforms leave them often.
      return;
    }
    const isDir = stat.isDirectory();
    if (isDir && ALWAYS_SKIPPED_DIRECTORIES.has(path.basename(linkAbs))) return;
    if (!isDir && !isCandidatePath(linkAbs)) return;
    if (this.isIgnored(linkRel, isDir, layers)) return;
    if (!isInside(this.root, target)) {
      this.errors.push(
        toolError(
          linkRel,
          `symlink points outside the repository root (${target}); not followed. Scan the target directly or pass --ignore ${linkRel}`,
          'symlink',
        ),
      );
      return;
    }
    if (isDir) {
      if (realAncestors.includes(target)) {
        this.errors.push(toolError(linkRel, `symlink loop: the link points back to ${toPosixRelative(this.root, target) || '.'}`, 'symlink'));
        return;
      }
      this.walkDirectory(linkAbs, linkRel, [...realAncestors, target], layers);
    } else if (stat.isFile()) {
      this.readCandidate(linkAbs, linkRel);
    }
  }

  private isIgnored(rel: string, isDir: boolean, layers: IgnoreLayer[]): boolean {
    if (this.matchesIgnoreGlob(rel)) return true;
    // Deeper .gitignore files override shallower ones, as in git.
    let ignored = false;
    for (const layer of layers) {
      const local = layer.base === '' ? rel : rel.slice(layer.base.length + 1);
      const result = layer.rules.test(isDir ? `${local}/` : local);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  private matchesIgnoreGlob(rel: string): boolean {
    for (const glob of this.ignoreGlobs) {
      if (minimatch(rel, glob, { dot: true, matchBase: !glob.includes('/') })) return true;
      // `--ignore modules/legacy` also skips everything below it.
      if (rel.startsWith(`${glob}/`)) return true;
    }
    return false;
  }

  private readCandidate(abs: string, rel: string): void {
    if (this.seenFiles.has(rel)) return;
    this.seenFiles.add(rel);
    const plain = readPlainText(abs);
    if (plain !== undefined) {
      this.accept(abs, rel, plain);
      return;
    }
    const read = readWithLimit(abs, MAX_FILE_BYTES);
    if ('error' in read) {
      this.errors.push(toolError(rel, `cannot read: ${describeFsError(read.error)}`, 'read'));
      return;
    }
    if ('tooLarge' in read) {
      if (this.isWanted(abs, rel, read.prefix)) {
        this.errors.push(toolError(rel, `file is larger than 5 MB (${read.tooLarge} bytes); not scanned`, 'too-large'));
      }
      return;
    }
    const bytes = read.bytes;
    const utf16 = decodeUtf16WithBom(bytes);
    if (utf16 !== undefined) {
      if (typeof utf16 === 'string' && !utf16.includes('\0')) this.accept(abs, rel, utf16);
      else if (this.isWanted(abs, rel, bytes)) this.errors.push(toolError(rel, 'invalid UTF-16 text after a UTF-16 byte-order mark', 'encoding'));
      return;
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      if (this.isWanted(abs, rel, bytes)) {
        const at = positionAtByteOffset(bytes, nul);
        this.errors.push(toolError(rel, 'binary file (contains a NUL byte); expected UTF-8 text', 'binary', at.line, at.column));
      }
      return;
    }
    const text = decodeUtf8(bytes);
    if (text === undefined) {
      if (this.isWanted(abs, rel, bytes)) {
        const at = positionAtByteOffset(bytes, firstInvalidUtf8Offset(bytes));
        this.errors.push(toolError(rel, 'invalid UTF-8 byte sequence; expected UTF-8 text', 'encoding', at.line, at.column));
      }
      return;
    }
    this.accept(abs, rel, text);
  }

  private accept(abs: string, rel: string, text: string): void {
    const file: SourceFile = { absPath: abs, path: rel, text };
    if (this.options.wanted && !this.options.wanted(file)) return;
    this.files.push(file);
  }

  /** Whether a front end would have read this problem file, judged on a lossy decode of its bytes. */
  private isWanted(abs: string, rel: string, bytes: Buffer): boolean {
    if (!this.options.wanted) return true;
    const text = bytes.toString('utf8', 0, Math.min(bytes.length, CLAIM_PROBE_BYTES)).replace(/\0/g, '');
    return this.options.wanted({ absPath: abs, path: rel, text });
  }
}

/**
 * The common case in one read decoded natively: a file within the size limit whose UTF-8 decoding needed no
 * replacement character and holds no NUL. Anything else (too large, unreadable, binary, not UTF-8, UTF-16, or text
 * that really contains U+FFFD) is undefined and goes the byte-by-byte way below, which says what is wrong and where.
 */
function readPlainText(abs: string): string | undefined {
  try {
    if (fs.statSync(abs).size > MAX_FILE_BYTES) return undefined;
    const text = fs.readFileSync(abs, 'utf8');
    if (text.includes('\uFFFD') || text.includes('\0') || text.length > MAX_FILE_BYTES) return undefined;
    // Without the UTF-8 byte-order mark, as decodeUtf8 gives it.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/** Reads a file through one descriptor; beyond `limit` bytes only a prefix is read, to ask front ends about it. */
function readWithLimit(abs: string, limit: number): { bytes: Buffer } | { tooLarge: number; prefix: Buffer } | { error: unknown } {
  let fd: number | undefined;
  try {
    fd = fs.openSync(abs, 'r');
    const size = fs.fstatSync(fd).size;
    const length = size > limit ? Math.min(size, CLAIM_PROBE_BYTES) : size;
    const buffer = Buffer.allocUnsafe(length);
    let filled = 0;
    while (filled < length) {
      const n = fs.readSync(fd, buffer, filled, length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return size > limit ? { tooLarge: size, prefix: buffer.subarray(0, filled) } : { bytes: buffer.subarray(0, filled) };
  } catch (error) {
    return { error };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function toolError(file: string, message: string, code: string, line = 1, column = 1): ToolError {
  return { file, line, column, message, code };
}

function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file or directory';
    case 'EISDIR':
      return 'is a directory';
    default:
      return err.code ?? String(err.message ?? e);
  }
}
