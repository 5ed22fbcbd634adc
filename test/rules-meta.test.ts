/** Keeps the rule folders, the generated registry and packs, and each rule's metadata and docs consistent. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { packs } from '../rules/packs.js';
import { renderIndex, renderPacks, ruleFolders } from '../scripts/generate-registry.js';
import { rulesMarkdown } from '../src/analyze/rules-table.js';
import { CATEGORIES, SEVERITIES } from '../src/model/severity.js';
import { ROOT } from './support/corpus.js';

const RULES_DIR = path.join(ROOT, 'rules');
const REQUIRED_HEADINGS = ['## What it detects', '## Why it matters', '## How to fix', '## Examples'];
const folders = ruleFolders(RULES_DIR);

describe('registry', () => {
  it('rules/index.ts is what scripts/generate-registry.ts writes (run: npm run build && node dist/scripts/generate-registry.js)', () => {
    expect(readFileSync(path.join(RULES_DIR, 'index.ts'), 'utf8')).toBe(renderIndex(folders));
  });

  it('rules/packs.ts is what scripts/generate-registry.ts writes', () => {
    expect(readFileSync(path.join(RULES_DIR, 'packs.ts'), 'utf8')).toBe(renderPacks(builtinRules.map((r) => r.meta)));
  });

  it('lists every rule folder once, sorted by id', () => {
    const ids = builtinRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(folders);
  });

  it('recommended implies strict', () => {
    for (const id of packs.recommended) expect(packs.strict).toContain(id);
  });

  it('renders one markdown table row per rule', () => {
    const table = rulesMarkdown(builtinRules).trimEnd().split('\n');
    expect(table).toHaveLength(builtinRules.length + 2);
    expect(table[0]).toBe('| Rule | Title | Category | Severity | Packs | Compliance |');
    expect(table).toContain(
      '| [`aws-iam-full-admin`](rules/aws-iam-full-admin/README.md) | Full administrator access | admin | critical | recommended | CIS AWS 1.16; PCI DSS 4 7.2.1, 7.2.2; SOC 2 CC6.3; NIST 800-53 AC-6, AC-6(2); HIPAA 164.308(a)(4)(i) |',
    );
  });
});

describe.each(builtinRules.map((rule, i) => ({ rule, folder: folders[i]!, id: rule.meta.id })))('$id', ({ rule, folder }) => {
  const { meta } = rule;
  const dir = path.join(RULES_DIR, folder);

  it('lives in the folder named by its id', () => {
    expect(meta.id).toBe(folder);
    expect(meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has metadata from the fixed lists', () => {
    expect(CATEGORIES).toContain(meta.category);
    expect(SEVERITIES).toContain(meta.severity);
    expect(meta.title.trim()).not.toBe('');
    expect(meta.description).toMatch(/^(Disallow|Require) .+[^. ]$/);
    expect(meta.docs).toBe(`rules/${meta.id}/README.md`);
    expect(meta.packs.length).toBeGreaterThan(0);
    expect(new Set(meta.packs).size).toBe(meta.packs.length);
    for (const ref of meta.compliance) expect(ref.control.trim()).not.toBe('');
  });

  it('has messages that start with a capital or code and end with a period', () => {
    const messages = Object.entries(meta.messages) as Array<[string, string]>;
    expect(messages.length).toBeGreaterThan(0);
    for (const [messageId, text] of messages) {
      expect(messageId).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(text, messageId).toMatch(/^[A-Z`'{]/);
      expect(text, messageId).toMatch(/\.$/);
    }
  });

  it('has a README with the required headings in order', () => {
    const readme = readFileSync(path.join(ROOT, meta.docs), 'utf8');
    expect(readme.split('\n')[0]).toBe(`# ${meta.id}`);
    const headings = readme.split('\n').filter((l) => l.startsWith('## '));
    expect(headings.filter((h) => REQUIRED_HEADINGS.includes(h))).toEqual(REQUIRED_HEADINGS);
    expect(readme).toContain('](examples/bad.tf)');
    expect(readme).toContain('](examples/good.tf)');
  });

  it('has a literal test table and both examples', () => {
    const test = readFileSync(path.join(dir, 'rule.test.ts'), 'utf8');
    expect(test).toContain('new RuleTester().run(rule, {');
    // Cases are read, not generated: no loops or mapping in the test file.
    expect(test).not.toMatch(/\bfor\s*\(|\.map\(|\.forEach\(|\.flatMap\(/);
    expect(existsSync(path.join(dir, 'examples', 'bad.tf'))).toBe(true);
    expect(existsSync(path.join(dir, 'examples', 'good.tf'))).toBe(true);
  });
});
