/**
 * `npm run fuzz`: mutation and round-trip fuzzing of every parser (test/fuzz/harness.ts), ≥ 100,000 cases per
 * parser by default. Each parser runs in a worker thread watched by a heartbeat, so a hang is reported (and the
 * worker stopped) instead of blocking the job. Exit code 1 when any case failed.
 *
 *   node dist/scripts/fuzz.js [--cases N] [--round-trip N] [--seed N] [--target name,...] [--corpus dir] [--save dir]
 *
 * `--save dir` writes each failing input to dir/<parser>-<n>.txt (the start of a regression fixture).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runTarget, seedFiles, targets, type RunReport } from '../test/fuzz/harness.js';

interface Job {
  target: string;
  cases: number;
  roundTrip: number;
  seed: number;
  corpus: string;
  heartbeat: SharedArrayBuffer;
}

const SEEDS_PER_TARGET = 400;
/** A worker whose case counter has not moved for this long is hung. */
const HANG_MS = 15_000;

if (!isMainThread) {
  const job = workerData as Job;
  const counter = new Int32Array(job.heartbeat);
  const target = targets.find((t) => t.name === job.target)!;
  const seeds = seedFiles(target, job.corpus, SEEDS_PER_TARGET);
  const report = runTarget(target, { seeds, cases: job.cases, roundTripCases: job.roundTrip, seed: job.seed, onCase: () => Atomics.add(counter, 0, 1) });
  parentPort!.postMessage({ report, seeds: seeds.length });
} else {
  await main();
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const cases = Number(option(args, '--cases') ?? 100_000);
  const roundTrip = Number(option(args, '--round-trip') ?? 10_000);
  const seed = Number(option(args, '--seed') ?? 20261129);
  const corpus = path.resolve(option(args, '--corpus') ?? path.join(root, '../shared/corpus'));
  const wanted = option(args, '--target')?.split(',');
  const save = option(args, '--save');
  if (save) mkdirSync(save, { recursive: true });
  let saved = 0;
  const chosen = targets.filter((t) => !wanted || wanted.includes(t.name));
  const parallel = Math.max(1, Math.min(chosen.length, Math.floor(os.availableParallelism() / 2)));
  console.log(`fuzz: ${chosen.length} parsers, ${cases} mutation cases + ${roundTrip} round-trip cases each, seed ${seed}, ${parallel} at a time`);

  const started = Date.now();
  const queue = [...chosen];
  let failed = 0;
  const runOne = async (): Promise<void> => {
    for (let target = queue.shift(); target; target = queue.shift()) {
      const name = target.name;
      const heartbeat = new SharedArrayBuffer(4);
      const counter = new Int32Array(heartbeat);
      const t0 = Date.now();
      const result = await new Promise<{ report?: RunReport; seeds?: number; hang?: number; error?: string }>((resolve) => {
        const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { target: name, cases, roundTrip, seed, corpus, heartbeat } satisfies Job });
        let last = -1;
        const watch = setInterval(() => {
          const now = Atomics.load(counter, 0);
          if (now === last) {
            clearInterval(watch);
            void worker.terminate();
            resolve({ hang: now });
          }
          last = now;
        }, HANG_MS);
        worker.once('message', (m: { report: RunReport; seeds: number }) => {
          clearInterval(watch);
          resolve(m);
        });
        worker.once('error', (e) => {
          clearInterval(watch);
          resolve({ error: e.stack ?? String(e) });
        });
      });
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      if (result.hang !== undefined) {
        failed++;
        console.log(`✗ ${name}: hung at case ${result.hang} (no progress for ${HANG_MS / 1000} s); rerun with --target ${name} --seed ${seed}`);
      } else if (result.error) {
        failed++;
        console.log(`✗ ${name}: worker failed: ${result.error}`);
      } else {
        const r = result.report!;
        failed += r.failures.length;
        console.log(
          `${r.failures.length ? '✗' : '✓'} ${name}: ${r.mutationCases} mutation cases on ${result.seeds} seed files + ${r.roundTripCases} round-trip cases, ${r.failures.length} failures, slowest case ${r.slowestMs} ms, ${seconds} s`,
        );
        for (const f of r.failures) if (save) writeFileSync(path.join(save, `${name}-${++saved}.txt`), f.input);
        for (const f of r.failures) console.log(`    ${f.kind}: ${f.problem}\n      input (${f.input.length} chars): ${JSON.stringify(f.input.slice(0, 300))}`);
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, runOne));
  console.log(`fuzz: done in ${((Date.now() - started) / 1000).toFixed(0)} s, ${failed} failures`);
  process.exitCode = failed ? 1 : 0;
}
