/**
 * Bundles the GitHub Action into action-dist/ (committed: a JavaScript action runs from the repository as checked
 * out, without `npm install`):
 *   action-dist/index.mjs                 the entry, ESM with every dependency (esbuild), and the chunks it shares
 *   action-dist/scan-worker.mjs           with the scan's worker threads
 *   action-dist/iam-catalogue.jsonl       the AWS service catalogue (src/analyze/aws/iam-catalogue.jsonl)
 * `dist/` is the tsc output and is git-ignored, hence a directory of its own. test/action-bundle.test.ts rebuilds into
 * a temporary directory and fails when the committed files differ.
 *
 *   npm run build:action      (tsc, then node dist/scripts/build-action.js)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { PACKAGE_ROOT } from '../src/report/tool.js';
import { CATALOGUE_PATH } from '../src/analyze/aws/iam-data.js';

export const ACTION_DIST = path.join(PACKAGE_ROOT, 'action-dist');
const ENTRY = path.join(PACKAGE_ROOT, 'src', 'action', 'main.ts');
const WORKER_ENTRY = path.join(PACKAGE_ROOT, 'src', 'pipeline', 'scan-worker.ts');
const IAM_DATA_MODULE = /[\\/]src[\\/]analyze[\\/]aws[\\/]iam-data\.ts$/;
const CATALOGUE_LOOKUP = "path.join(PACKAGE_ROOT, 'src', 'analyze', 'aws', 'iam-catalogue.jsonl')";
const CATALOGUE_IN_BUNDLE = "__bundleFileURLToPath(new URL('./iam-catalogue.jsonl', import.meta.url))";

/** The catalogue is found under the package root in the source tree; in the bundle it sits next to index.mjs. */
const catalogueLocation: Plugin = {
  name: 'iam-catalogue-location',
  setup(b) {
    b.onLoad({ filter: IAM_DATA_MODULE }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      if (!source.includes(CATALOGUE_LOOKUP)) {
        throw new Error(`${args.path} no longer contains ${CATALOGUE_LOOKUP}: update scripts/build-action.ts to the new catalogue lookup`);
      }
      const contents = `import { fileURLToPath as __bundleFileURLToPath } from 'node:url';\n${source.replace(CATALOGUE_LOOKUP, CATALOGUE_IN_BUNDLE)}`;
      return { contents, loader: 'ts' };
    });
  },
};

/** Builds the bundle and copies the catalogue into `outDir` (which is emptied first). */
export async function buildActionBundle(outDir: string): Promise<void> {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  await build({
    absWorkingDir: PACKAGE_ROOT,
    // The scan's worker threads load scan-worker.mjs beside the code that starts them (src/pipeline/parallel.ts).
    entryPoints: { index: ENTRY, 'scan-worker': WORKER_ENTRY },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS dependencies call require() for Node built-ins; an ESM bundle has none of its own.
    banner: { js: "import { createRequire as __bundleCreateRequire } from 'node:module';\nconst require = __bundleCreateRequire(import.meta.url);" },
    legalComments: 'eof',
    charset: 'utf8',
    logLevel: 'silent',
    plugins: [catalogueLocation],
  });
  fs.copyFileSync(CATALOGUE_PATH, path.join(outDir, 'iam-catalogue.jsonl'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildActionBundle(ACTION_DIST);
  process.stdout.write(`wrote ${path.relative(process.cwd(), ACTION_DIST) || ACTION_DIST}\n`);
}
