/**
 * `grantlint diff` and `scan --new-only`: two sides of a change scanned with the same rules and compared.
 * Sides: a plan's before and after; the working tree and a git revision (read from git objects); two directories.
 * For git, only the module directories a change can reach are scanned on both sides, so a three-file change in a
 * large repository costs a three-file scan.
 */
import path from 'node:path';
import type { SourceFile } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { diffGrants, newOnly, type EntitlementDiff } from '../analyze/diff.js';
import { runRules } from '../analyze/engine.js';
import { discover } from '../discover/index.js';
import { changedPaths, gitTopLevel, GitError, readFilesAt } from './git.js';
import { scan, type ScanRequest, type ScanResult } from './scan.js';
import { planGrants } from './frontends/tfplan.js';
import { resolvePolicy, runPolicy } from '../policy/index.js';

export type DiffRequest = Omit<ScanRequest, 'paths' | 'sources'> &
  ({ mode: 'plan'; planFiles: string[] } | { mode: 'git'; base: string; paths: string[] } | { mode: 'dirs'; before: string; after: string });

export interface DiffOutcome {
  diff: EntitlementDiff;
  before: Pick<ScanResult, 'grants' | 'findings' | 'errors'>;
  after: Pick<ScanResult, 'grants' | 'findings' | 'errors'>;
  /** Files scanned on each side (after side). */
  scannedFiles: number;
}

export async function runDiff(request: DiffRequest): Promise<DiffOutcome> {
  const cwd = request.cwd ?? process.cwd();
  if (request.mode === 'plan') return planDiff(request, cwd);
  if (request.mode === 'dirs') {
    const sideOf = (dir: string) => {
      const abs = path.resolve(cwd, dir);
      const found = discover({ paths: [abs], cwd: abs, ...(request.ignore ? { ignore: request.ignore } : {}) });
      // Both sides are made relative to their own directory, so the same file has the same path on each side.
      const files = found.files.map((f) => ({ ...f, path: toRel(abs, f.absPath) }));
      return scan({ ...request, paths: [], sources: { root: abs, files } });
    };
    const [before, after] = await Promise.all([sideOf(request.before), sideOf(request.after)]);
    return outcome(before, after, after.stats.files);
  }
  const { base, after } = await scanAgainstBase(request, request.base, request.paths);
  return outcome(base, after, after.stats.files);
}

/**
 * Findings the working tree has and the base revision does not (by fingerprint): what a pull request introduces.
 * `full` is the complete scan of the working tree; findings in files outside the change's reach are old by definition.
 */
export async function newFindingsSince(request: Omit<ScanRequest, 'sources'>, baseRef: string, full: ScanResult): Promise<Finding[]> {
  const { base, affected } = await scanAgainstBase(request, baseRef, request.paths);
  const touched = full.findings.filter((f) => affected.has(f.span.file));
  return newOnly(touched, base.findings);
}

async function scanAgainstBase(request: Omit<ScanRequest, 'sources'>, baseRef: string, paths: string[]) {
  const cwd = request.cwd ?? process.cwd();
  const root = gitTopLevel(path.resolve(cwd, paths[0] ?? '.'));
  if (!root) throw new GitError(`not inside a git repository: ${path.resolve(cwd, paths[0] ?? '.')}`);
  const under = (paths.length ? paths : ['.']).map((p) => toRel(root, path.resolve(cwd, p)));
  const working = discover({ paths: paths.length ? paths : ['.'], cwd, ...(request.ignore ? { ignore: request.ignore } : {}) });
  const changed = changedPaths(root, baseRef);
  // A file the change does not touch is the same at the base: only changed files are read from git objects.
  const baseChanged = readFilesAt(root, baseRef, under, changed);
  const baseAll = [...working.files.filter((f) => !changed.has(f.path)), ...baseChanged];
  const affected = affectedFiles(changed, working.files, baseAll);
  const pick = (files: SourceFile[]) => files.filter((f) => affected.has(f.path));
  const [base, after] = await Promise.all([
    scan({ ...request, paths: [], sources: { root, files: pick(baseAll) } }),
    scan({ ...request, paths: [], sources: { root, files: pick(working.files), errors: working.errors.filter((e) => affected.has(e.file)) } }),
  ]);
  return { base, after, affected };
}

function toRel(root: string, abs: string): string {
  const rel = path.relative(root, abs).split(path.sep).join('/');
  return rel === '' ? '' : rel;
}

const LOCAL_MODULE_SOURCE = /\bsource\s*=\s*"(\.\.?\/[^"]*)"/g;

/**
 * The files whose grants a change can alter: changed files, and for Terraform every file of the module directories
 * connected to a changed directory through local module calls (callers up, callees down), on either side.
 */
export function affectedFiles(changed: ReadonlySet<string>, ...sides: SourceFile[][]): Set<string> {
  const callees = new Map<string, Set<string>>();
  const callers = new Map<string, Set<string>>();
  const filesByDir = new Map<string, Set<string>>();
  for (const side of sides) {
    for (const f of side) {
      const dir = path.posix.dirname(f.path);
      let set = filesByDir.get(dir);
      if (!set) filesByDir.set(dir, (set = new Set()));
      set.add(f.path);
      if (!f.path.endsWith('.tf') && !f.path.endsWith('.tf.json')) continue;
      for (const m of f.text.matchAll(LOCAL_MODULE_SOURCE)) {
        const target = path.posix.normalize(path.posix.join(dir, m[1]!)).replace(/\/$/, '');
        link(callees, dir, target);
        link(callers, target, dir);
      }
    }
  }
  const isTerraform = (p: string) => /\.(tf|tf\.json|tfvars|tfvars\.json)$/.test(p);
  const dirs = new Set<string>();
  const out = new Set<string>();
  for (const p of changed) {
    out.add(p);
    if (isTerraform(p)) dirs.add(path.posix.dirname(p));
  }
  const up = closure(dirs, callers);
  const all = closure(up, callees);
  for (const dir of all) for (const f of filesByDir.get(dir) ?? []) out.add(f);
  return out;
}

function link(map: Map<string, Set<string>>, from: string, to: string): void {
  let set = map.get(from);
  if (!set) map.set(from, (set = new Set()));
  set.add(to);
}

function closure(start: Set<string>, edges: Map<string, Set<string>>): Set<string> {
  const seen = new Set(start);
  const stack = [...start];
  while (stack.length) {
    for (const next of edges.get(stack.pop()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

async function planDiff(request: DiffRequest & { mode: 'plan' }, cwd: string): Promise<DiffOutcome> {
  const discovered = discover({ paths: request.planFiles, cwd });
  const planFiles = discovered.files.filter((f) => request.planFiles.some((p) => path.resolve(cwd, p) === f.absPath) || f.path.endsWith('.json'));
  const all = new Map(discovered.files.map((f) => [f.path, f]));
  const sides = { before: planGrants(planFiles, all, 'before'), after: planGrants(planFiles, all, 'after') };
  // The same verdict as `scan`: the given rules, else the organization's policy (recommended pack by default).
  const policy = request.rules ? undefined : resolvePolicy({ ...request, paths: request.planFiles, cwd, discover: true });
  const root = discovered.root;
  const side = (which: 'before' | 'after') => {
    const extracted = sides[which];
    const input = { grants: extracted.grants, unresolved: extracted.unresolved };
    const analyzed = request.rules
      ? runRules({ ...input, rules: request.rules, ...(request.settings ? { settings: request.settings } : {}) })
      : policy?.policy
        ? runPolicy({ ...input, policy: policy.policy, root })
        : { findings: [], errors: [] };
    return { grants: extracted.grants, findings: analyzed.findings, errors: [...discovered.errors, ...(policy?.errors ?? []), ...extracted.errors, ...analyzed.errors] };
  };
  return outcome(side('before'), side('after'), planFiles.length);
}

function outcome(before: DiffOutcome['before'], after: DiffOutcome['after'], scannedFiles: number): DiffOutcome {
  return {
    diff: diffGrants(before, after),
    before: { grants: before.grants, findings: before.findings, errors: before.errors },
    after: { grants: after.grants, findings: after.findings, errors: after.errors },
    scannedFiles,
  };
}
