/**
 * HCL parser throughput over the shared Terraform corpus: one cold pass (first run in a fresh process, JIT warming
 * up) and the best of several warm passes. Usage: node dist/bench/hcl-parse.js [corpus-terraform-dir] [passes]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseHcl } from '../src/parse/hcl/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultDir = path.resolve(here, '../../../shared/corpus/terraform');
const dir = path.resolve(process.argv[2] ?? defaultDir);
const passes = Number(process.argv[3] ?? 5);

const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.tf')).sort();
const texts = files.map((f) => readFileSync(path.join(dir, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

/** Wall time, and CPU time of this process (what matters on a loaded machine). */
function pass(): { ms: number; cpuMs: number; errors: number } {
  let errors = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < texts.length; i++) errors += parseHcl(texts[i]!, files[i]!).errors.length;
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, errors };
}

const cold = pass();
let best = Number.POSITIVE_INFINITY;
let bestCpu = Number.POSITIVE_INFINITY;
for (let i = 0; i < passes; i++) {
  const warm = pass();
  best = Math.min(best, warm.ms);
  bestCpu = Math.min(bestCpu, warm.cpuMs);
}
const mb = bytes / 1e6;
console.log(
  JSON.stringify({
    files: files.length,
    megabytes: Number(mb.toFixed(2)),
    errors: cold.errors,
    coldMs: Math.round(cold.ms),
    coldMBps: Number((mb / (cold.ms / 1000)).toFixed(1)),
    coldCpuMs: Math.round(cold.cpuMs),
    warmBestMs: Math.round(best),
    warmBestCpuMs: Math.round(bestCpu),
    warmMBps: Number((mb / (best / 1000)).toFixed(1)),
  }),
);
