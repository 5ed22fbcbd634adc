/**
 * Runs the front ends' work as jobs: one job per group of files a front end can read apart (see FrontEnd.partition),
 * on this thread and, for large inputs, on worker threads too. Every thread takes the next job from one shared counter,
 * so a slow start of a worker costs nothing; results are merged in job order, so the output is the same for any
 * number of threads.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { workerThreads } from '../shared/builtins.js';
import type { FrontEndResult, SourceFile } from '../model/document.js';
import type { ToolError } from '../model/finding.js';
import type { FrontEnd, ScanOptions } from './frontend.js';

export interface FrontEndJob {
  frontEnd: FrontEnd;
  files: SourceFile[];
  /** Characters of text in the files. */
  bytes: number;
}

export interface JobOutcome {
  result: FrontEndResult;
  /** Time the job took on the thread that ran it. */
  ms: number;
}

/** What a worker receives: jobs by front-end format and file paths, the files themselves once. */
export interface WorkerInput {
  counter: SharedArrayBuffer;
  jobs: Array<{ format: string; paths: string[] }>;
  files: SourceFile[];
  options: ScanOptions;
}

export interface WorkerOutput {
  outcomes: Array<[number, JobOutcome]>;
}

/** Below this much text a worker's start-up costs more than it saves. */
export const PARALLEL_MIN_BYTES = 1_000_000;
const MAX_THREADS = 4;

/** One job per group of each front end's files; the largest first, so the threads finish close together. */
export function planJobs(claimed: ReadonlyMap<FrontEnd, SourceFile[]>): FrontEndJob[] {
  const jobs: Array<FrontEndJob & { order: number }> = [];
  let order = 0;
  for (const [frontEnd, files] of claimed) {
    const groups = frontEnd.partition ? frontEnd.partition(files) : [files];
    for (const group of groups) {
      if (group.length === 0) continue;
      jobs.push({ frontEnd, files: group, bytes: group.reduce((n, f) => n + f.text.length, 0), order: order++ });
    }
  }
  jobs.sort((a, b) => b.bytes - a.bytes || a.order - b.order);
  return jobs.map(({ frontEnd, files, bytes }) => ({ frontEnd, files, bytes }));
}

/**
 * How many threads to use: `requested` when given (1 = this thread only), else the machine's default (see
 * defaultThreads) when the input is large enough to gain from it.
 */
export function threadCount(jobs: readonly FrontEndJob[], requested: number | undefined): number {
  if (jobs.length < 2) return 1;
  if (requested !== undefined) return Math.max(1, Math.min(requested, jobs.length));
  if (jobs.reduce((n, j) => n + j.bytes, 0) < PARALLEL_MIN_BYTES) return 1;
  return Math.max(1, Math.min(defaultThreads(), jobs.length));
}

/**
 * One thread per core but one, at most MAX_THREADS; none of its own on two cores. V8 compiles and collects garbage on
 * background threads: on two cores a second scan thread takes the core they use and makes the scan slower (measured
 * with `npm run bench`: 2,318-2,429 ms on two threads against 2,140-2,221 ms on one for the Terraform corpus).
 */
function defaultThreads(): number {
  const cores = os.availableParallelism();
  return cores <= 2 ? 1 : Math.min(cores - 1, MAX_THREADS);
}

/** The worker script beside this module: `.mjs` in the bundles, `.js` in the compiled tree; absent when run from source. */
function workerScript(): URL | undefined {
  for (const name of ['./scan-worker.mjs', './scan-worker.js']) {
    const url = new URL(name, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/** Threads a scan may use before it knows its input: `requested`, else the default for this machine. */
export function possibleThreads(requested: number | undefined): number {
  return requested ?? defaultThreads();
}

interface PooledWorker {
  /** Hands the jobs over; resolves with the outcomes, or undefined when the worker failed. */
  run(input: WorkerInput): Promise<WorkerOutput | undefined>;
  stop(): void;
}

/**
 * Worker threads started ahead of their jobs: a worker loads its code (a good part of its cost) while this thread
 * discovers and reads the files. Workers that get no jobs are stopped.
 */
export class WorkerPool {
  private readonly workers: PooledWorker[] = [];

  constructor(count: number, script: URL | undefined = workerScript()) {
    if (!script) return;
    for (let i = 0; i < count; i++) this.workers.push(startWorker(script));
  }

  /** Takes up to `count` workers out of the pool (the rest are stopped). */
  take(count: number): PooledWorker[] {
    const taken = this.workers.splice(0, Math.max(0, count));
    this.stop();
    return taken;
  }

  stop(): void {
    for (const w of this.workers.splice(0)) w.stop();
  }
}

/** Runs every job, on this thread and on the pool's workers when `threads` > 1; outcomes come back in job order. */
export async function runJobs(
  jobs: readonly FrontEndJob[],
  all: ReadonlyMap<string, SourceFile>,
  options: ScanOptions,
  threads: number,
  pool: WorkerPool | undefined = threads > 1 ? new WorkerPool(threads - 1) : undefined,
): Promise<JobOutcome[]> {
  const outcomes: Array<JobOutcome | undefined> = new Array(jobs.length);
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const workers = pool ? pool.take(threads - 1) : [];
  const outputs: Array<Promise<WorkerOutput | undefined>> = [];
  if (workers.length > 0) {
    const input: WorkerInput = {
      counter,
      jobs: jobs.map((j) => ({ format: j.frontEnd.format, paths: j.files.map((f) => f.path) })),
      files: [...all.values()],
      options,
    };
    for (const w of workers) outputs.push(w.run(input));
  }
  let ranHere = 0;
  for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1), ranHere++) outcomes[i] = runJob(jobs[i]!, all, options);
  if (ranHere === jobs.length) {
    // The workers were still starting: nothing to wait for.
    for (const w of workers) w.stop();
  } else {
    for (const output of await Promise.all(outputs)) for (const [i, outcome] of output?.outcomes ?? []) outcomes[i] = outcome;
  }
  // A worker that failed took jobs it never finished: they run here.
  return jobs.map((job, i) => outcomes[i] ?? runJob(job, all, options));
}

function startWorker(script: URL): PooledWorker {
  const worker = new (workerThreads().Worker)(script);
  // A worker that only waits for jobs must not keep the process alive.
  worker.unref();
  let settle: (result: WorkerOutput | undefined) => void = () => undefined;
  const output = new Promise<WorkerOutput | undefined>((resolve) => {
    let settled = false;
    settle = (result) => {
      if (settled) return;
      settled = true;
      resolve(result);
      void worker.terminate();
    };
  });
  worker.once('message', (result: WorkerOutput) => settle(result));
  worker.once('error', () => settle(undefined));
  worker.once('exit', () => settle(undefined));
  return {
    run(input) {
      worker.ref();
      worker.postMessage(input);
      return output;
    },
    stop: () => settle(undefined),
  };
}

/** Runs one job's front end; a front end that throws must not sink the scan: its files become internal errors. */
export function runJob(job: Pick<FrontEndJob, 'frontEnd' | 'files'>, all: ReadonlyMap<string, SourceFile>, options: ScanOptions): JobOutcome {
  const start = performance.now();
  let result: FrontEndResult;
  try {
    result = job.frontEnd.run(job.files, all, options);
  } catch (e) {
    result = {
      grants: [],
      unresolved: [],
      files: [],
      errors: job.files.map((f, i) => internalError(f.path, `${job.frontEnd.format} front end`, e, options.debug && i === 0)),
    };
  }
  return { result, ms: performance.now() - start };
}

export function internalError(file: string, stage: string, e: unknown, withStack: boolean): ToolError {
  const err = e instanceof Error ? e : new Error(String(e));
  const message = `${stage} failed: ${err.message}`;
  return { file, line: 1, column: 1, message: withStack && err.stack ? `${message}\n${err.stack}` : message, code: 'internal' };
}
