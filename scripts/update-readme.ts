/**
 * Regenerates the generated parts of README.md (the rules table) from the rule metadata.
 * `npm run build && node dist/scripts/update-readme.js`; test/readme.test.ts fails when the README is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesMarkdown } from '../src/analyze/rules-table.js';
import { builtinRules } from '../rules/index.js';

const START = '<!-- rules-table:start -->';
const END = '<!-- rules-table:end -->';

/** README text with the block between the rules-table markers replaced by the current table. */
export function withRulesTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  const table = rulesMarkdown([...builtinRules]).trimEnd();
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]);
if (isMain) {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md');
  writeFileSync(file, withRulesTable(readFileSync(file, 'utf8')));
}
