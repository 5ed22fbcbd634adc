/**
 * Every rule's examples are executable: examples/bad.* (.tf, .bicep, .json) must raise the rule, examples/good.* must not, and all
 * must scan without tool errors. Runs the real pipeline (discover → parse → evaluate → extract → rules), with the
 * rule's options from examples/options.json when the rule has one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { scan } from '../src/pipeline/scan.js';
import { ROOT } from './support/corpus.js';

/** A rule that needs options to do anything (a list of trusted domains) keeps them in examples/options.json. */
function exampleOptions(ruleId: string): Record<string, unknown> | undefined {
  const file = path.join(ROOT, 'rules', ruleId, 'examples', 'options.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
}

async function scanExample(ruleId: string, file: string) {
  const rule = builtinRules.find((r) => r.meta.id === ruleId)!;
  const options = exampleOptions(ruleId);
  const result = await scan({
    paths: [path.join('rules', ruleId, 'examples', file)],
    cwd: ROOT,
    rules: [rule],
    ...(options ? { settings: new Map([[ruleId, { options }]]) } : {}),
  });
  return {
    errors: result.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`),
    findings: result.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.span.file}:${f.span.line}:${f.span.column} ${f.messageId}`),
  };
}

/** Example files of a rule by kind: bad.tf, bad.bicep, bad.json... (every format the front ends read). */
function examples(ruleId: string, kind: 'bad' | 'good'): string[] {
  return readdirSync(path.join(ROOT, 'rules', ruleId, 'examples')).filter((f) => f.startsWith(`${kind}.`) && f !== 'options.json').sort();
}

describe.each(builtinRules.map((r) => r.meta.id))('%s examples', (ruleId) => {
  it('has bad and good examples', () => {
    expect([examples(ruleId, 'bad').length > 0, examples(ruleId, 'good').length > 0]).toEqual([true, true]);
  });

  it.each(examples(ruleId, 'bad'))('%s raises the rule', async (file) => {
    const { errors, findings } = await scanExample(ruleId, file);
    expect(errors).toEqual([]);
    expect(findings.length).toBeGreaterThan(0);
  });

  it.each(examples(ruleId, 'good'))('%s does not', async (file) => {
    const { errors, findings } = await scanExample(ruleId, file);
    expect(errors).toEqual([]);
    expect(findings).toEqual([]);
  });
});
