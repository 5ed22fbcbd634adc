import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withRulesTable } from '../scripts/update-readme.js';
import { ROOT } from './support/corpus.js';

describe('README', () => {
  it('carries the current rules table (regenerate: npm run build && node dist/scripts/update-readme.js)', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(withRulesTable(readme)).toBe(readme);
  });
});
