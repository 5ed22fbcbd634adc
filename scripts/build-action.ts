/**
 * Bundles the GitHub Action into action-dist/ (committed: a JavaScript action runs from the repository as checked
 * out, without `npm install`):
 *   action-dist/index.mjs                 the entry, ESM with every dependency (esbuild), and the chunks it shares
 *   action-dist/scan-worker.mjs           with the scan's worker threads
 *   action-dist/*.jsonl                   the AWS data files (src/analyze/aws/data-files.ts)
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
import { MANAGED_POLICIES_PATH } from '../src/analyze/aws/managed-policies.js';

export const ACTION_DIST = path.join(PACKAGE_ROOT, 'action-dist');
const ENTRY = path.join(PACKAGE_ROOT, 'src', 'action', 'main.ts');
const WORKER_ENTRY = path.join(PACKAGE_ROOT, 'src', 'pipeline', 'scan-worker.ts');
const DATA_FILES_MODULE = /[\\/]src[\\/]analyze[\\/]aws[\\/]data-files\.ts$/;
const DATA_FILE_LOOKUP = "path.join(PACKAGE_ROOT, 'src', 'analyze', 'aws', name)";
const DATA_FILE_IN_BUNDLE = '__bundleFileURLToPath(new URL(`./${name}`, import.meta.url))';
/** The AWS data files (src/analyze/aws/data-files.ts), copied next to index.mjs. */
const DATA_FILES = [CATALOGUE_PATH, MANAGED_POLICIES_PATH];

/** The data files are found under the package root in the source tree; in the bundle they sit next to index.mjs. */
const dataFileLocation: Plugin = {
  name: 'aws-data-file-location',
  setup(b) {
    b.onLoad({ filter: DATA_FILES_MODULE }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      if (!source.includes(DATA_FILE_LOOKUP)) {
        throw new Error(`${args.path} no longer contains ${DATA_FILE_LOOKUP}: update scripts/build-action.ts to the new data file lookup`);
      }
      const contents = `import { fileURLToPath as __bundleFileURLToPath } from 'node:url';\n${source.replace(DATA_FILE_LOOKUP, DATA_FILE_IN_BUNDLE)}`;
      return { contents, loader: 'ts' };
    });
  },
};

/** Builds the bundle and copies the data files into `outDir` (which is emptied first). */
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
    plugins: [dataFileLocation],
  });
  for (const file of DATA_FILES) fs.copyFileSync(file, path.join(outDir, path.basename(file)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildActionBundle(ACTION_DIST);
  process.stdout.write(`wrote ${path.relative(process.cwd(), ACTION_DIST) || ACTION_DIST}\n`);
}
