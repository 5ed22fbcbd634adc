/**
 * What the language server knows about the files on disk and in the editor: the input files of each directory
 * (read once, then kept until a file event says otherwise), open buffers that override them, and the local Terraform
 * module calls between directories, so that a change re-evaluates a module directory together with the modules it
 * calls and its callers, the way a scan of the whole repository evaluates it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../model/document.js';
import { isCandidatePath, MAX_FILE_BYTES } from '../discover/index.js';
import { decodeUtf8 } from '../discover/text.js';
import { toPosixRelative } from '../discover/paths.js';
import { isBicepPath, isTerraformPath } from '../pipeline/frontends/claims.js';

/** Directories never read: dependencies, Terraform's module cache, git internals (as discovery skips them). */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.terraform', '.git']);

/** A local module call: `source = "./x"` or `"../x"` (registry and git sources are never fetched). */
const LOCAL_MODULE_SOURCE = /^\s*source\s*=\s*"(\.\.?\/[^"$]*)"/gm;

/** Caller directories added to a unit at most: beyond this a module is shared too widely to re-evaluate per keystroke. */
const MAX_CALLER_DIRECTORIES = 16;
/** Terraform files indexed at most when looking for callers of a module. */
const MAX_INDEXED_FILES = 20_000;

/** How a document is analysed: with its Terraform module graph, with its Bicep directory, or alone. */
export type UnitKind = 'terraform' | 'bicep' | 'file';

export interface Unit {
  kind: UnitKind;
  /** Stable key of the unit: its sorted directories (Terraform, Bicep) or its file. */
  key: string;
  /** Absolute directories whose input files are scanned (empty for a single file). */
  dirs: string[];
  /** Absolute path of the single file (kind `file`). */
  file?: string;
}

export function unitKindOf(absPath: string): UnitKind {
  if (isTerraformPath(absPath)) return 'terraform';
  if (isBicepPath(absPath)) return 'bicep';
  return 'file';
}

export class Workspace {
  /** Input files on disk by absolute directory, read on first use. */
  private readonly diskFiles = new Map<string, Map<string, string>>();
  /** Open editor buffers by absolute path: they win over the disk. */
  private readonly buffers = new Map<string, string>();
  /** Local module directories each Terraform directory calls (absolute), from its current text. */
  private readonly calls = new Map<string, Set<string>>();
  private indexed = false;

  constructor(readonly root: string) {}

  setBuffer(absPath: string, text: string): void {
    this.buffers.set(absPath, text);
    if (isTerraformPath(absPath)) this.calls.delete(path.dirname(absPath));
  }

  closeBuffer(absPath: string): void {
    this.buffers.delete(absPath);
    if (isTerraformPath(absPath)) this.calls.delete(path.dirname(absPath));
  }

  buffer(absPath: string): string | undefined {
    return this.buffers.get(absPath);
  }

  /** A file was created, changed or deleted on disk: its directory is read again when next needed. */
  fileChanged(absPath: string): void {
    const dir = path.dirname(absPath);
    this.diskFiles.delete(dir);
    this.calls.delete(dir);
  }

  relative(absPath: string): string {
    return toPosixRelative(this.root, absPath);
  }

  /** The unit a document belongs to. */
  unitOf(absPath: string): Unit {
    const kind = unitKindOf(absPath);
    if (kind === 'file') return { kind, key: `file:${absPath}`, dirs: [], file: absPath };
    const dir = path.dirname(absPath);
    const dirs = kind === 'terraform' ? this.terraformUnitDirs(dir) : [dir];
    return { kind, key: `${kind}:${dirs.join('\n')}`, dirs };
  }

  /** The input files of a unit, buffers overriding the disk, with repository-relative paths. */
  sources(unit: Unit): SourceFile[] {
    if (unit.file !== undefined) {
      const text = this.buffers.get(unit.file) ?? readText(unit.file);
      return text === undefined ? [] : [{ absPath: unit.file, path: this.relative(unit.file), text }];
    }
    const wanted = unit.kind === 'terraform' ? isTerraformPath : isBicepPath;
    const files: SourceFile[] = [];
    for (const dir of unit.dirs) {
      for (const [absPath, text] of this.filesOf(dir)) {
        if (wanted(absPath)) files.push({ absPath, path: this.relative(absPath), text });
      }
    }
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Input files of one directory: the disk's, then open buffers (including files not saved yet). */
  private filesOf(dir: string): Map<string, string> {
    let disk = this.diskFiles.get(dir);
    if (!disk) {
      disk = readDirectory(dir);
      this.diskFiles.set(dir, disk);
    }
    const merged = new Map(disk);
    for (const [absPath, text] of this.buffers) {
      if (path.dirname(absPath) === dir && isCandidatePath(absPath)) merged.set(absPath, text);
    }
    return merged;
  }

  /**
   * Local module directories `dir` calls. Directories not analysed yet are read for this alone and their texts
   * are not kept: looking for callers must not hold a whole monorepo in memory.
   */
  private callsOf(dir: string): Set<string> {
    let called = this.calls.get(dir);
    if (!called) {
      called = new Set();
      const texts = this.diskFiles.has(dir) ? this.filesOf(dir) : this.configTexts(dir);
      for (const [absPath, text] of texts) {
        if (!/\.tf$/i.test(absPath)) continue;
        for (const m of text.matchAll(LOCAL_MODULE_SOURCE)) {
          const target = path.resolve(dir, m[1]!.replace(/\/+$/, ''));
          if (target !== dir && isInsideRoot(this.root, target)) called.add(target);
        }
      }
      this.calls.set(dir, called);
    }
    return called;
  }

  /** The `.tf` texts of a directory, open buffers first, without caching. */
  private configTexts(dir: string): Map<string, string> {
    const texts = new Map<string, string>();
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      entries = [];
    }
    for (const e of entries) {
      if (!e.isFile() || !/\.tf$/i.test(e.name)) continue;
      const absPath = path.join(dir, e.name);
      const text = this.buffers.get(absPath) ?? readText(absPath);
      if (text !== undefined) texts.set(absPath, text);
    }
    for (const [absPath, text] of this.buffers) if (path.dirname(absPath) === dir && /\.tf$/i.test(absPath)) texts.set(absPath, text);
    return texts;
  }

  /**
   * The directory, the directories that call it (transitively, when few), and everything those call: a called
   * module is evaluated with its callers' arguments, as a scan of the repository evaluates it.
   */
  private terraformUnitDirs(dir: string): string[] {
    const unit = new Set<string>([dir]);
    const callers = this.callersOf(dir);
    if (callers.length <= MAX_CALLER_DIRECTORIES) for (const c of callers) unit.add(c);
    const pending = [...unit];
    while (pending.length > 0) {
      const next = pending.pop()!;
      for (const called of this.callsOf(next)) {
        if (!unit.has(called)) {
          unit.add(called);
          pending.push(called);
        }
      }
    }
    return [...unit].sort();
  }

  /** Directories that call `dir` directly or through other local modules. */
  private callersOf(dir: string): string[] {
    this.indexTerraformDirectories();
    const found = new Set<string>();
    const pending = [dir];
    while (pending.length > 0 && found.size <= MAX_CALLER_DIRECTORIES) {
      const target = pending.pop()!;
      for (const candidate of this.knownTerraformDirectories()) {
        if (candidate === dir || found.has(candidate)) continue;
        if (this.callsOf(candidate).has(target)) {
          found.add(candidate);
          pending.push(candidate);
        }
      }
    }
    return [...found];
  }

  private readonly terraformDirs = new Set<string>();

  private knownTerraformDirectories(): Set<string> {
    for (const absPath of this.buffers.keys()) if (isTerraformPath(absPath)) this.terraformDirs.add(path.dirname(absPath));
    return this.terraformDirs;
  }

  /** Once per session: every directory of the workspace holding `.tf` files (names only; texts are read lazily). */
  private indexTerraformDirectories(): void {
    if (this.indexed) return;
    this.indexed = true;
    let seen = 0;
    const walk = (dir: string) => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (seen >= MAX_INDEXED_FILES) return;
        if (e.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.has(e.name)) walk(path.join(dir, e.name));
        } else if (e.isFile() && /\.tf$/i.test(e.name)) {
          seen++;
          this.terraformDirs.add(dir);
        }
      }
    };
    walk(this.root);
  }
}

function isInsideRoot(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Input files of one directory (not below it); unreadable, oversized and undecodable files are left to the CLI to report. */
function readDirectory(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return files;
  }
  for (const e of entries) {
    if (!e.isFile() || !isCandidatePath(e.name)) continue;
    const absPath = path.join(dir, e.name);
    const text = readText(absPath);
    if (text !== undefined) files.set(absPath, text);
  }
  return files;
}

function readText(absPath: string): string | undefined {
  try {
    if (fs.statSync(absPath).size > MAX_FILE_BYTES) return undefined;
    return decodeUtf8(fs.readFileSync(absPath));
  } catch {
    return undefined;
  }
}
