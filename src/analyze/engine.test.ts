import { describe, expect, it } from 'vitest';
import { defineRule } from '../model/rule.js';
import { role, testGrant } from '../testing/grants.js';
import { runRules } from './engine.js';
import { messagePlaceholders, renderMessage } from './messages.js';

const meta = {
  title: 'T',
  category: 'wildcard' as const,
  severity: 'high' as const,
  description: 'Disallow t',
  compliance: [],
  packs: ['strict' as const],
};

/** Reports every grant twice (the engine must drop the copy) and honours a `skip` option. */
const everyGrant = defineRule({
  meta: { ...meta, id: 'b-every', docs: 'rules/b-every/README.md', messages: { seen: 'Saw {{action}}.' } },
  check(context) {
    for (const grant of context.grants) {
      if (context.options.skip === grant.actions[0]) continue;
      context.report({ grant, messageId: 'seen', data: { action: grant.actions[0] ?? '' } });
      context.report({ grant, messageId: 'seen', data: { action: grant.actions[0] ?? '' } });
    }
  },
});

const lowered = defineRule({
  meta: { ...meta, id: 'a-lowered', docs: 'rules/a-lowered/README.md', messages: { low: 'Low.' } },
  check(context) {
    for (const grant of context.grants) context.report({ grant, messageId: 'low', severity: 'low', key: 'k' });
    for (const item of context.unresolved) context.report({ item, messageId: 'low' });
  },
});

const throwing = defineRule({
  meta: { ...meta, id: 'c-throws', docs: 'rules/c-throws/README.md', messages: { x: 'X.' } },
  check(context) {
    context.report({ grant: context.grants[0]!, messageId: 'x' });
    throw new Error('boom');
  },
});

const badMessage = defineRule({
  meta: { ...meta, id: 'd-bad', docs: 'rules/d-bad/README.md', messages: { x: 'X.' } },
  check(context) {
    context.report({ grant: context.grants[0]!, messageId: 'y' as 'x' });
  },
});

const g1 = testGrant({ kind: 'identity-policy', actions: ['s3:GetObject'], file: 'b.tf', line: 9, column: 3, address: 'aws_iam_policy.one' });
const g2 = testGrant({ kind: 'identity-policy', actions: ['s3:PutObject'], file: 'a.tf', line: 20, column: 1, address: 'aws_iam_policy.two' });
const g3 = testGrant({ kind: 'identity-policy', actions: ['sqs:SendMessage'], file: 'a.tf', line: 4, column: 7, address: 'aws_iam_policy.three' });
const item = { span: { file: 'a.tf', line: 4, column: 1, endLine: 4, endColumn: 30 }, expr: 'git::https://example.com/m.git', reason: 'remote module' };

describe('runRules', () => {
  it('renders, deduplicates and sorts findings by file, line, column, rule id', () => {
    const { findings, errors } = runRules({ grants: [g1, g2, g3], unresolved: [item], rules: [everyGrant, lowered] });
    expect(errors).toEqual([]);
    expect(findings.map((f) => `${f.span.file}:${f.span.line}:${f.span.column} ${f.ruleId} ${f.severity} ${f.message}`)).toEqual([
      'a.tf:4:1 a-lowered high Low.',
      'a.tf:4:7 a-lowered low Low.',
      'a.tf:4:7 b-every high Saw sqs:SendMessage.',
      'a.tf:20:1 a-lowered low Low.',
      'a.tf:20:1 b-every high Saw s3:PutObject.',
      'b.tf:9:3 a-lowered low Low.',
      'b.tf:9:3 b-every high Saw s3:GetObject.',
    ]);
    const first = findings[2]!;
    expect(first).toMatchObject({
      ruleId: 'b-every',
      category: 'wildcard',
      messageId: 'seen',
      data: { action: 'sqs:SendMessage' },
      principal: role('app'),
      grantIds: [g3.id],
      span: { file: 'a.tf', line: 4, column: 7, endLine: 4, endColumn: 8, address: 'aws_iam_policy.three' },
    });
    expect(first.span).not.toHaveProperty('format');
    expect(findings[0]!.grantIds).toEqual([]);
  });

  it('applies settings: off, severity override, options', () => {
    const settings = new Map([
      ['a-lowered', { severity: 'off' as const }],
      ['b-every', { severity: 'medium' as const, options: { skip: 's3:GetObject' } }],
    ]);
    const { findings } = runRules({ grants: [g1, g2], unresolved: [], rules: [everyGrant, lowered], settings });
    expect(findings.map((f) => [f.ruleId, f.severity, f.data.action])).toEqual([['b-every', 'medium', 's3:PutObject']]);
  });

  it('turns a throwing rule or an unknown messageId into an internal error and keeps the other rules', () => {
    const { findings, errors } = runRules({ grants: [g1], unresolved: [], rules: [throwing, badMessage, lowered] });
    expect(findings.map((f) => f.ruleId)).toEqual(['a-lowered']);
    expect(errors).toEqual([
      { file: 'rules/c-throws/README.md', line: 1, column: 1, message: 'rule c-throws failed: boom', code: 'internal' },
      { file: 'rules/d-bad/README.md', line: 1, column: 1, message: "rule d-bad made an invalid report: reported unknown messageId 'y'", code: 'internal' },
    ]);
  });

  it('keeps fingerprints stable when lines move and distinct across rules, keys and files', () => {
    const moved = testGrant({ kind: 'identity-policy', actions: ['s3:GetObject'], file: 'b.tf', line: 30, column: 5, address: 'aws_iam_policy.one' });
    const otherFile = testGrant({ kind: 'identity-policy', actions: ['s3:GetObject'], file: 'c.tf', line: 9, column: 3, address: 'aws_iam_policy.one' });
    const fp = (grants: typeof g1[], rules = [everyGrant]) => runRules({ grants, unresolved: [], rules }).findings.map((f) => f.fingerprint);
    expect(fp([moved])).toEqual(fp([g1]));
    expect(fp([otherFile])).not.toEqual(fp([g1]));
    expect(fp([g1], [lowered])).not.toEqual(fp([g1]));
    expect(fp([g1])[0]).toMatch(/^[0-9a-f]{16}$/);
    const movedItem = { ...item, span: { ...item.span, line: 40 } };
    const itemFp = (i: typeof item) => runRules({ grants: [], unresolved: [i], rules: [lowered] }).findings[0]!.fingerprint;
    expect(itemFp(movedItem)).toBe(itemFp(item));
  });
});

describe('messages', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(renderMessage('A {{x}} and {{ y }} and {{z}}.', { x: 'one', y: 2 })).toBe('A one and 2 and {{z}}.');
    expect(messagePlaceholders('{{a}} {{b}} {{a}}')).toEqual(['a', 'b']);
  });
});
