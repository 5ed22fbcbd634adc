import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  loadAllFrontEnds,
  runJob
} from "./chunk-MPW4A72K.mjs";
import "./chunk-QQ4IE7XH.mjs";
import "./chunk-G6JY42Q3.mjs";
import "./chunk-FZ5EKLDY.mjs";
import "./chunk-S2ETVMBP.mjs";
import "./chunk-XF6FTM5H.mjs";
import "./chunk-E2WJM2F3.mjs";

// src/pipeline/scan-worker.ts
import { parentPort } from "node:worker_threads";
var frontEnds = loadAllFrontEnds();
parentPort.once("message", async (input) => {
  const loaded = await frontEnds;
  const all = new Map(input.files.map((f) => [f.path, f]));
  const next = new Int32Array(input.counter);
  const outcomes = [];
  for (let i = Atomics.add(next, 0, 1); i < input.jobs.length; i = Atomics.add(next, 0, 1)) {
    const job = input.jobs[i];
    const frontEnd = loaded.find((fe) => fe.format === job.format);
    outcomes.push([i, runJob({ frontEnd, files: job.paths.map((p) => all.get(p)) }, all, input.options)]);
  }
  const output = { outcomes };
  parentPort.postMessage(output);
});
