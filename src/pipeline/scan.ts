/**
 * The pipeline: discover → front ends (parse → evaluate → extract) → rules.
 * Every entry point (CLI, GitHub Action, editor) calls `scan` and renders its result; nothing here prints.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { discover } from '../discover/index.js';
import type { FrontEnd, FrontEndEntry, ScanOptions } from './frontend.js';
import type { AzureRole } from '../analyze/azure/roles.js';
import { frontEndEntries } from './frontends/index.js';
import type { FrontEndResult, SourceFile } from '../model/document.js';
import type { Finding, ToolError, UnresolvedItem } from '../model/finding.js';
import type { Grant } from '../model/grant.js';
import type { RuleModule } from '../model/rule.js';
import { compareSpans } from '../model/span.js';
import { runRules, type EngineSettings } from '../analyze/engine.js';
import { runPolicy, settleFindings } from '../policy/apply.js';
import { resolvePolicy, type Policy } from '../policy/index.js';
import { internalError, PARALLEL_MIN_BYTES, planJobs, possibleThreads, runJobs, threadCount, WorkerPool } from './parallel.js';

export interface ScanRequest {
  /** Files or directories; defaults to the current directory. */
  paths: string[];
  /** Base for relative paths; defaults to process.cwd(). */
  cwd?: string;
  /** Globs (minimatch) of repository-relative paths to skip. */
  ignore?: string[];
  /** Terraform variable files (relative to cwd or absolute) and `--var k=v` values. */
  varFiles?: string[];
  vars?: Record<string, string>;
  /** CloudFormation/Bicep parameters and parameter files. */
  parameters?: Record<string, string>;
  parameterFiles?: string[];
  /** Azure role definitions from `--azure-roles` (see ScanOptions). */
  azureRoles?: AzureRole[];
  /** Rules to run with `settings`, instead of the policy's (tests, single rules). */
  rules?: RuleModule[] | undefined;
  settings?: EngineSettings;
  /** The organization's policy (src/policy); defaults to `extends: [grantlint:recommended]`. Unused when `rules` is given. */
  policy?: Policy | undefined;
  /** Policy file to use (`--config`), relative to cwd; else one is searched from the first path upward (not with `sources`). */
  config?: string | undefined;
  /** YYYY-MM-DD that suppression and exemption expiry dates are compared with; defaults to today (UTC). */
  today?: string;
  /** Keep stack traces of internal errors in their messages. */
  debug?: boolean;
  /**
   * Files already read (another git revision, one side of a diff): used instead of discovering `paths`.
   * Paths are relative to `root`; `errors` are the reading errors of that side.
   */
  sources?: { root: string; files: SourceFile[]; errors?: ToolError[] } | undefined;
  /**
   * Threads that read the files (1 = this thread only). By default one per core but one, up to 4 (one on two cores),
   * when the input is large enough to gain from it (see src/pipeline/parallel.ts).
   */
  threads?: number;
  /** Front ends to use, loaded or to load; defaults to every registered one (tests pass their own). */
  frontEnds?: ReadonlyArray<FrontEnd | FrontEndEntry>;
}

export interface ScanStats {
  /** Files read by a front end. */
  files: number;
  grants: number;
  findings: number;
  durationMs: number;
}

export interface ScanResult {
  findings: Finding[];
  grants: Grant[];
  errors: ToolError[];
  unresolved: UnresolvedItem[];
  stats: ScanStats;
  /** Absolute repository root; every path in the result is relative to it. */
  root: string;
  /** Text of every file a front end read, by repository-relative path (for code frames). */
  files: Map<string, string>;
  /** Comments that may hold suppressions, by repository-relative file (from the front ends that collect them). */
  comments: NonNullable<FrontEndResult['comments']>;
  /** The rules that ran (reporters describe them). */
  rules: RuleModule[];
  /**
   * Milliseconds per stage, for --debug: `discover`, `claim` (front ends choosing files), each front end's format (the
   * sum over its jobs, whichever thread ran them), `parallel` (wall time of the front ends when threads were used), `rules`.
   */
  timings: Record<string, number>;
}

export async function scan(request: ScanRequest): Promise<ScanResult> {
  const started = performance.now();
  const cwd = request.cwd ?? process.cwd();
  const pool = earlyWorkers(request, cwd);
  try {
    return await scanWith(request, cwd, pool, started);
  } finally {
    pool?.stop();
  }
}

/**
 * Worker threads started before discovery, so that they load their code while this thread reads the files: for a
 * directory or a large set of given sources, unless one thread was asked for. Unused workers are stopped.
 */
function earlyWorkers(request: ScanRequest, cwd: string): WorkerPool | undefined {
  if (request.frontEnds) return undefined;
  const count = possibleThreads(request.threads) - 1;
  if (count < 1) return undefined;
  const worthIt = request.sources
    ? request.threads !== undefined || request.sources.files.reduce((n, f) => n + f.text.length, 0) >= PARALLEL_MIN_BYTES
    : (request.paths.length > 0 ? request.paths : ['.']).some((p) => {
        try {
          return statSync(path.resolve(cwd, p)).isDirectory();
        } catch {
          return false;
        }
      });
  return worthIt ? new WorkerPool(count) : undefined;
}

async function scanWith(request: ScanRequest, cwd: string, pool: WorkerPool | undefined, started: number): Promise<ScanResult> {
  // Every front end is loaded below, once it has claimed a file (a given one may be loaded already).
  const frontEnds: readonly FrontEndEntry[] =
    request.frontEnds?.map((fe) => ('load' in fe ? fe : { format: fe.format, claims: fe.claims, load: () => Promise.resolve(fe) })) ?? frontEndEntries;
  let rules: RuleModule[] = request.rules ?? [];
  const debug = request.debug ?? false;

  const timings: Record<string, number> = {};
  /** Runs one stage and adds its duration to `timings[name]`. */
  const timed = <T>(name: string, stage: () => T): T => {
    const start = performance.now();
    try {
      return stage();
    } finally {
      timings[name] = Math.round((timings[name] ?? 0) + performance.now() - start);
    }
  };

  // Front ends decide claims by content (CloudFormation parses the file): that time is counted apart from reading.
  let claimMs = 0;
  const claimant = (file: SourceFile): FrontEndEntry | undefined => {
    const start = performance.now();
    const frontEnd = frontEnds.find((fe) => fe.claims(file));
    claimMs += performance.now() - start;
    return frontEnd;
  };
  const discovered = request.sources
    ? { root: request.sources.root, files: request.sources.files, errors: request.sources.errors ?? [] }
    : timed('discover', () =>
        discover({ paths: request.paths, cwd, ...(request.ignore ? { ignore: request.ignore } : {}), wanted: (file) => claimant(file) !== undefined }),
      );
  if (timings.discover !== undefined) timings.discover = Math.max(0, timings.discover - Math.round(claimMs));
  timings.claim = 0; // completed below, once the front ends have claimed their files

  const options: ScanOptions = {
    root: discovered.root,
    varFiles: (request.varFiles ?? []).map((f) => path.resolve(cwd, f)),
    vars: request.vars ?? {},
    parameters: request.parameters ?? {},
    parameterFiles: (request.parameterFiles ?? []).map((f) => path.resolve(cwd, f)),
    debug,
    ...(request.azureRoles ? { azureRoles: request.azureRoles } : {}),
  };

  const all = new Map<string, SourceFile>(discovered.files.map((f) => [f.path, f]));
  const claimedBy = new Map<FrontEndEntry, SourceFile[]>();
  for (const file of discovered.files) {
    const entry = claimant(file);
    if (!entry) continue;
    const list = claimedBy.get(entry);
    if (list) list.push(file);
    else claimedBy.set(entry, [file]);
  }
  // A front end whose code cannot be loaded (a broken install) is reported at its first file; the others go on.
  // Its files count as read, as those of a front end that fails while reading them (the report can show them).
  const loadErrors: ToolError[] = [];
  const unloadedFiles: SourceFile[] = [];
  const loaded = await Promise.all(
    [...claimedBy].map(async ([entry, files]) => {
      try {
        return [await entry.load(), files] as const;
      } catch (e) {
        loadErrors.push(internalError(files[0]!.path, `loading the ${entry.format} front end (${files.length} file${files.length === 1 ? '' : 's'} not scanned)`, e, debug));
        unloadedFiles.push(...files);
        return undefined;
      }
    }),
  );
  const claimed = new Map<FrontEnd, SourceFile[]>(loaded.filter((pair) => pair !== undefined));

  const grants: Grant[] = [];
  const errors: ToolError[] = [...discovered.errors, ...loadErrors];
  // A policy with errors is not half applied: its errors are reported and no rule runs.
  const policy = request.rules ? { policy: undefined, errors: [] } : resolvePolicy({ ...request, cwd, discover: !request.sources });
  errors.push(...policy.errors);
  const unresolved: UnresolvedItem[] = [];
  const readFiles = new Map<string, string>();
  const comments: NonNullable<FrontEndResult['comments']> = new Map();
  for (const files of [...claimed.values(), unloadedFiles]) for (const f of files) readFiles.set(f.path, f.text);
  const jobs = planJobs(claimed);
  // Tests that bring their own front ends run them here: a worker only knows the registered ones.
  const threads = request.frontEnds ? 1 : threadCount(jobs, request.threads);
  const parallelStart = performance.now();
  const outcomes = await runJobs(jobs, all, options, threads, pool);
  if (threads > 1) timings.parallel = Math.round(performance.now() - parallelStart);
  const seenErrors = new Set<string>();
  for (let i = 0; i < jobs.length; i++) {
    const { result, ms } = outcomes[i]!;
    const format = jobs[i]!.frontEnd.format;
    timings[format] = Math.round((timings[format] ?? 0) + ms);
    grants.push(...result.grants);
    // Jobs of one front end report a shared problem (a bad --param-file) each: once is enough.
    for (const e of result.errors) {
      const key = `${e.file}\0${e.line}\0${e.column}\0${e.code ?? ''}\0${e.message}`;
      if (seenErrors.has(key)) continue;
      seenErrors.add(key);
      errors.push(e);
    }
    unresolved.push(...result.unresolved);
    for (const [file, list] of result.comments ?? []) comments.set(file, list);
    for (const p of result.files) {
      const file = all.get(p);
      if (file) readFiles.set(p, file.text);
    }
  }

  grants.sort((a, b) => compareSpans(a.source, b.source) || compareText(a.id, b.id));
  unresolved.sort((a, b) => compareSpans(a.span, b.span) || compareText(a.expr, b.expr));

  timings.claim = Math.round(claimMs);
  let findings: Finding[] = [];
  try {
    const analyzed = timed('rules', () =>
      request.rules
        ? { ...runRules({ grants, unresolved, rules, ...(request.settings ? { settings: request.settings } : {}) }), rules }
        : policy.policy
          ? runPolicy({ policy: policy.policy, grants, unresolved, root: discovered.root })
          : { findings: [], errors: [], rules: [] },
    );
    rules = analyzed.rules;
    errors.push(...analyzed.errors);
    const settle = { findings: analyzed.findings, files: readFiles, comments, policy: policy.policy, root: discovered.root };
    findings = timed('rules', () => settleFindings(request.today ? { ...settle, today: request.today } : settle));
  } catch (e) {
    errors.push(internalError('', 'rule engine', e, debug));
  }
  errors.sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.message, b.message));

  return {
    findings,
    grants,
    errors,
    unresolved,
    stats: {
      files: readFiles.size,
      grants: grants.length,
      findings: findings.length,
      durationMs: Math.round(performance.now() - started),
    },
    root: discovered.root,
    files: readFiles,
    comments,
    rules,
    timings,
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

