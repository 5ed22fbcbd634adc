import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  claimsTemplate
} from "./chunk-QQ4IE7XH.mjs";
import {
  claimsArm,
  claimsBicep,
  claimsCdkSource,
  claimsPlan,
  claimsTerraform
} from "./chunk-G6JY42Q3.mjs";

// src/pipeline/frontends/index.ts
var frontEndEntries = [
  { format: "terraform", claims: claimsTerraform, load: async () => (await import("./terraform-572CPIEG.mjs")).terraformFrontEnd },
  { format: "bicep", claims: claimsBicep, load: async () => (await import("./bicep-SWN5LU7G.mjs")).bicepFrontEnd },
  { format: "tfplan", claims: claimsPlan, load: async () => (await import("./tfplan-QZJZKXUG.mjs")).tfplanFrontEnd },
  { format: "arm", claims: claimsArm, load: async () => (await import("./arm-FW3FSAYF.mjs")).armFrontEnd },
  { format: "cloudformation", claims: claimsTemplate, load: async () => (await import("./cloudformation-GMX6SYE2.mjs")).cloudFormationFrontEnd },
  { format: "cdk", claims: claimsCdkSource, load: async () => (await import("./cdk-FI3FUJTT.mjs")).cdkFrontEnd }
];
function loadAllFrontEnds() {
  return Promise.all(frontEndEntries.map((e) => e.load()));
}

// src/pipeline/parallel.ts
import { existsSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

// src/shared/builtins.ts
import { createRequire } from "node:module";
var requireBuiltin = createRequire(import.meta.url);
function workerThreads() {
  return requireBuiltin("node:worker_threads");
}
function childProcess() {
  return requireBuiltin("node:child_process");
}

// src/pipeline/parallel.ts
var PARALLEL_MIN_BYTES = 1e6;
var MAX_THREADS = 4;
function planJobs(claimed) {
  const jobs = [];
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
function threadCount(jobs, requested) {
  if (jobs.length < 2) return 1;
  if (requested !== void 0) return Math.max(1, Math.min(requested, jobs.length));
  if (jobs.reduce((n, j) => n + j.bytes, 0) < PARALLEL_MIN_BYTES) return 1;
  return Math.max(1, Math.min(defaultThreads(), jobs.length));
}
function defaultThreads() {
  const cores = os.availableParallelism();
  return cores <= 2 ? 1 : Math.min(cores - 1, MAX_THREADS);
}
function workerScript() {
  for (const name of ["./scan-worker.mjs", "./scan-worker.js"]) {
    const url = new URL(name, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
  }
  return void 0;
}
function possibleThreads(requested) {
  return requested ?? defaultThreads();
}
var WorkerPool = class {
  workers = [];
  constructor(count, script = workerScript()) {
    if (!script) return;
    for (let i = 0; i < count; i++) this.workers.push(startWorker(script));
  }
  /** Takes up to `count` workers out of the pool (the rest are stopped). */
  take(count) {
    const taken = this.workers.splice(0, Math.max(0, count));
    this.stop();
    return taken;
  }
  stop() {
    for (const w of this.workers.splice(0)) w.stop();
  }
};
async function runJobs(jobs, all, options, threads, pool = threads > 1 ? new WorkerPool(threads - 1) : void 0) {
  const outcomes = new Array(jobs.length);
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const workers = pool ? pool.take(threads - 1) : [];
  const outputs = [];
  if (workers.length > 0) {
    const input = {
      counter,
      jobs: jobs.map((j) => ({ format: j.frontEnd.format, paths: j.files.map((f) => f.path) })),
      files: [...all.values()],
      options
    };
    for (const w of workers) outputs.push(w.run(input));
  }
  let ranHere = 0;
  for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1), ranHere++) outcomes[i] = runJob(jobs[i], all, options);
  if (ranHere === jobs.length) {
    for (const w of workers) w.stop();
  } else {
    for (const output of await Promise.all(outputs)) for (const [i, outcome] of output?.outcomes ?? []) outcomes[i] = outcome;
  }
  return jobs.map((job, i) => outcomes[i] ?? runJob(job, all, options));
}
function startWorker(script) {
  const worker = new (workerThreads()).Worker(script);
  worker.unref();
  let settle = () => void 0;
  const output = new Promise((resolve) => {
    let settled = false;
    settle = (result) => {
      if (settled) return;
      settled = true;
      resolve(result);
      void worker.terminate();
    };
  });
  worker.once("message", (result) => settle(result));
  worker.once("error", () => settle(void 0));
  worker.once("exit", () => settle(void 0));
  return {
    run(input) {
      worker.ref();
      worker.postMessage(input);
      return output;
    },
    stop: () => settle(void 0)
  };
}
function runJob(job, all, options) {
  const start = performance.now();
  let result;
  try {
    result = job.frontEnd.run(job.files, all, options);
  } catch (e) {
    result = {
      grants: [],
      unresolved: [],
      files: [],
      errors: job.files.map((f, i) => internalError(f.path, `${job.frontEnd.format} front end`, e, options.debug && i === 0))
    };
  }
  return { result, ms: performance.now() - start };
}
function internalError(file, stage, e, withStack) {
  const err = e instanceof Error ? e : new Error(String(e));
  const message = `${stage} failed: ${err.message}`;
  return { file, line: 1, column: 1, message: withStack && err.stack ? `${message}
${err.stack}` : message, code: "internal" };
}

export {
  childProcess,
  frontEndEntries,
  loadAllFrontEnds,
  PARALLEL_MIN_BYTES,
  planJobs,
  threadCount,
  possibleThreads,
  WorkerPool,
  runJobs,
  runJob,
  internalError
};
