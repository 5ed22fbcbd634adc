import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  frontEnds,
  runJob
} from "./chunk-IGDZGNLX.mjs";

// src/pipeline/scan-worker.ts
import { parentPort } from "node:worker_threads";
parentPort.once("message", (input) => {
  const all = new Map(input.files.map((f) => [f.path, f]));
  const next = new Int32Array(input.counter);
  const outcomes = [];
  for (let i = Atomics.add(next, 0, 1); i < input.jobs.length; i = Atomics.add(next, 0, 1)) {
    const job = input.jobs[i];
    const frontEnd = frontEnds.find((fe) => fe.format === job.format);
    outcomes.push([i, runJob({ frontEnd, files: job.paths.map((p) => all.get(p)) }, all, input.options)]);
  }
  const output = { outcomes };
  parentPort.postMessage(output);
});
