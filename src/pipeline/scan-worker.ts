/**
 * A worker thread of the scan (see parallel.ts): takes jobs from the shared counter until none is left, runs them
 * with the registered front ends and posts every outcome back at once.
 */
import { parentPort } from 'node:worker_threads';
import type { SourceFile } from '../model/document.js';
import { loadAllFrontEnds } from './frontends/index.js';
import { runJob, type JobOutcome, type WorkerInput, type WorkerOutput } from './parallel.js';

// Started before the scan knows its files (see WorkerPool): every front end loads while the scan discovers them.
const frontEnds = loadAllFrontEnds();

// The jobs come in one message.
parentPort!.once('message', async (input: WorkerInput) => {
  const loaded = await frontEnds;
  const all = new Map<string, SourceFile>(input.files.map((f) => [f.path, f]));
  const next = new Int32Array(input.counter);
  const outcomes: Array<[number, JobOutcome]> = [];
  for (let i = Atomics.add(next, 0, 1); i < input.jobs.length; i = Atomics.add(next, 0, 1)) {
    const job = input.jobs[i]!;
    const frontEnd = loaded.find((fe) => fe.format === job.format)!;
    outcomes.push([i, runJob({ frontEnd, files: job.paths.map((p) => all.get(p)!) }, all, input.options)]);
  }
  const output: WorkerOutput = { outcomes };
  parentPort!.postMessage(output);
});
