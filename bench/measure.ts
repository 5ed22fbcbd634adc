/**
 * One measurement in a fresh process, so peak RSS belongs to this corpus alone.
 * Usage: node dist/bench/measure.js <corpus-dir> [--threads N | --hcl]
 * Prints one JSON line: { files, bytes, parseMs (cold), warmParseMs, scanMs, grants, errors, peakRssMB }.
 * The scan runs first, in a fresh process, so its figure is the cold one a CLI run sees (V8 tuned as the CLI tunes it).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHcl } from '../src/parse/hcl/index.js';
import { scan } from '../src/pipeline/scan.js';
import { tuneV8ForBatchRun } from '../src/shared/v8-tuning.js';
import { loadAllFrontEnds } from '../src/pipeline/frontends/index.js';
import { collectGarbage } from './gc.js';

export function listFiles(dir: string, ext: (name: string) => boolean, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, ext, out);
    else if (entry.isFile() && ext(entry.name)) out.push(full);
  }
  return out.sort();
}

async function main(): Promise<void> {
  // As the CLI does before a scan, so the figure is the one a CLI run sees.
  tuneV8ForBatchRun();
  const dir = path.resolve(process.argv[2] ?? '.');
  const isTf = (n: string) => n.endsWith('.tf');
  let parseMs = 0;
  let warmParseMs = Number.POSITIVE_INFINITY;
  let files = 0;
  let bytes = 0;
  if (process.argv.includes('--hcl')) {
    const tfFiles = listFiles(dir, isTf);
    const texts = tfFiles.map((f) => readFileSync(f, 'utf8'));
    files = tfFiles.length;
    bytes = tfFiles.reduce((n, f) => n + statSync(f).size, 0);
    // The texts are the benchmark's input: a full collection moves them to the old generation before the clock, so
    // the cold pass does not copy them, nor grow the young generation because they survive (as for hcl2json's).
    // Only before the first pass: see collectGarbage.
    collectGarbage();
    // First pass: cold (what one CLI run pays: the JIT warming up, and the parser's warm-up sample, are included).
    // Then the best of two more: warm.
    for (let pass = 0; pass < 3; pass++) {
      const t0 = performance.now();
      for (let i = 0; i < texts.length; i++) parseHcl(texts[i]!, tfFiles[i]!);
      const ms = performance.now() - t0;
      if (pass === 0) parseMs = ms;
      else warmParseMs = Math.min(warmParseMs, ms);
    }
  }
  let scanMs = 0;
  let result: Awaited<ReturnType<typeof scan>> | undefined;
  // With --hcl only the parser is measured: a scan after it would run on a warmed-up JIT and look faster than a CLI run.
  if (!process.argv.includes('--hcl')) {
    // The front ends' code is loaded before the clock starts, as all of the tool's code is: this measures scanning
    // (the single-file figure in run.ts is the one that includes loading the code, from the bundle).
    await loadAllFrontEnds();
    const t1 = performance.now();
    const scanThreadsAt = process.argv.indexOf('--threads');
    result = await scan({ paths: [dir], rules: undefined, ...(scanThreadsAt > 0 ? { threads: Number(process.argv[scanThreadsAt + 1]) } : {}) });
    scanMs = performance.now() - t1;
    files = result.stats.files;
    bytes = [...result.files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
  }
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({ files, bytes, parseMs, warmParseMs: Number.isFinite(warmParseMs) ? warmParseMs : 0, scanMs, grants: result?.grants.length ?? 0, findings: result?.findings.length ?? 0, errors: result?.errors.length ?? 0, peakRssMB }) + '\n',
  );
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().catch((e) => {
    console.error(e);
    process.exit(2);
  });
}
