/**
 * Bundles the CLI into dist/bundle/ (the `grantlint` bin): one module graph instead of ~250 files to resolve and
 * compile at every start, which is most of a one-file scan's time. Dependencies stay external (loaded from
 * node_modules, the heavy ones on first use); the AWS data files are read from src/analyze/aws/ (see data-files.ts).
 *
 *   npm run build    (tsc, then node dist/scripts/build-cli.js)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PACKAGE_ROOT } from '../src/report/tool.js';

export const CLI_BUNDLE_DIR = path.join(PACKAGE_ROOT, 'dist', 'bundle');

export async function buildCliBundle(outDir: string): Promise<void> {
  fs.rmSync(outDir, { recursive: true, force: true });
  await build({
    absWorkingDir: PACKAGE_ROOT,
    // The scan's worker threads load scan-worker.mjs beside the code that starts them (src/pipeline/parallel.ts).
    entryPoints: { grantlint: path.join(PACKAGE_ROOT, 'src', 'cli', 'main.ts'), 'scan-worker': path.join(PACKAGE_ROOT, 'src', 'pipeline', 'scan-worker.ts') },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Whitespace and comments out: a third less source for Node to decode and V8 to pre-parse at every start, and
    // all of it ASCII (a single non-ASCII comment made Node decode the whole chunk as UTF-16). Names stay, and with
    // --debug the CLI maps stack traces back to src/ through the linked source maps.
    minifyWhitespace: true,
    sourcemap: 'linked',
    logLevel: 'silent',
  });
  fs.chmodSync(path.join(outDir, 'grantlint.mjs'), 0o755);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCliBundle(CLI_BUNDLE_DIR);
}
