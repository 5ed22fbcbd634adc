/**
 * One measurement in a fresh process, so peak RSS belongs to this corpus alone.
 * Usage: node dist/bench/measure.js <corpus-dir> [--parse-only-hcl]
 * Prints one JSON line: { files, bytes, parseMs, scanMs, grants, errors, peakRssMB }.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHcl } from '../src/parse/hcl/index.js';
import { scan } from '../src/pipeline/scan.js';

export function listFiles(dir: string, ext: (name: string) => boolean, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, ext, out);
    else if (entry.isFile() && ext(entry.name)) out.push(full);
  }
  return out.sort();
}

async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? '.');
  const isTf = (n: string) => n.endsWith('.tf');
  let parseMs = 0;
  let files = 0;
  let bytes = 0;
  if (process.argv.includes('--hcl')) {
    const tfFiles = listFiles(dir, isTf);
    const texts = tfFiles.map((f) => readFileSync(f, 'utf8'));
    files = tfFiles.length;
    bytes = tfFiles.reduce((n, f) => n + statSync(f).size, 0);
    const t0 = performance.now();
    for (let i = 0; i < texts.length; i++) parseHcl(texts[i]!, tfFiles[i]!);
    parseMs = performance.now() - t0;
  }
  const t1 = performance.now();
  const result = await scan({ paths: [dir], rules: undefined });
  const scanMs = performance.now() - t1;
  if (!process.argv.includes('--hcl')) {
    files = result.stats.files;
    bytes = [...result.files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
  }
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({ files, bytes, parseMs, scanMs, grants: result.grants.length, findings: result.findings.length, errors: result.errors.length, peakRssMB }) + '\n',
  );
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().catch((e) => {
    console.error(e);
    process.exit(2);
  });
}
