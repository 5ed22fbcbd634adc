/**
 * hcl2json on the Terraform corpus, in a fresh process as grantlint's parser is measured (measure.ts --hcl): its
 * first pass (the WASM module loaded beforehand, outside the timing), set against grantlint's cold pass, and the best
 * of two later passes, against the warm one. Usage: node dist/bench/hcl2json.js <corpus-terraform-dir>
 * Prints one JSON line: { files, first, later } (milliseconds).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { listFiles } from './measure.js';
import { collectGarbage } from './gc.js';

async function main(): Promise<void> {
  const { parse } = (await import('@cdktf/hcl2json')) as { parse: (f: string, c: string) => Promise<unknown> };
  const files = listFiles(path.resolve(process.argv[2] ?? '.'), (n) => n.endsWith('.tf'));
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  await parse('warmup.tf', 'a = 1'); // loads the WASM module outside the timing
  collectGarbage(); // the texts move to the old generation before the clock, as in measure.ts
  const passes: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    for (let i = 0; i < files.length; i++) await parse(files[i]!, texts[i]!);
    passes.push(performance.now() - t0);
  }
  process.stdout.write(JSON.stringify({ files: files.length, first: passes[0], later: Math.min(passes[1]!, passes[2]!) }) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
