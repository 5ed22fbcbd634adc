import { describe, expect, it } from 'vitest';
import { defineRule, type RuleModule } from '../model/rule.js';
import { testGrant } from './grants.js';
import { RuleTester, type RuleTests } from './rule-tester.js';

/** Flags every grant whose actions include `*`. */
const starRule = defineRule({
  meta: {
    id: 'test-star',
    title: 'Star',
    category: 'wildcard',
    severity: 'high',
    description: 'Disallow star',
    docs: 'rules/test-star/README.md',
    compliance: [],
    packs: ['strict'],
    messages: { star: 'Star in {{where}}.' },
  },
  check(context) {
    for (const grant of context.grants) {
      if (grant.actions.includes('*')) context.report({ grant, messageId: 'star', data: { where: grant.source.file } });
    }
  },
});

const star = testGrant({ kind: 'identity-policy', actions: ['*'], line: 3, column: 5, endLine: 4, endColumn: 2 });
const plain = testGrant({ kind: 'identity-policy', actions: ['s3:GetObject'], line: 3, column: 5 });

/** Runs the tester with collecting hooks; returns `ok` or the failure message of each registered test. */
function outcomes(rule: RuleModule, tests: RuleTests): Record<string, string> {
  const results: Record<string, string> = {};
  const prefix: string[] = [];
  new RuleTester({
    describe(name, body) {
      prefix.push(name);
      body();
      prefix.pop();
    },
    it(name, body) {
      const key = [...prefix, name].join(' > ');
      try {
        body();
        results[key] = 'ok';
      } catch (e) {
        results[key] = e instanceof Error ? e.message : String(e);
      }
    },
  }).run(rule, tests);
  return results;
}

describe('RuleTester', () => {
  it('passes matching cases', () => {
    const result = outcomes(starRule, {
      valid: [{ name: 'no star', grants: [plain] }],
      invalid: [{ name: 'star', grants: [star], errors: [{ messageId: 'star', data: { where: 'main.tf' }, line: 3, column: 5, endLine: 4, endColumn: 2 }] }],
    });
    expect(result).toEqual({
      'test-star > valid > no star': 'ok',
      'test-star > invalid > star': 'ok',
      'test-star > has an invalid case for every messageId': 'ok',
    });
  });

  it('fails a valid case that produces a finding', () => {
    const result = outcomes(starRule, {
      valid: [{ name: 'has star', grants: [star] }],
      invalid: [{ name: 'star', grants: [star], errors: [{ messageId: 'star', line: 3, column: 5 }] }],
    });
    expect(result['test-star > valid > has star']).toContain('a valid case must produce no findings');
  });

  it('fails on a wrong line, column, end, data or count', () => {
    const result = outcomes(starRule, {
      valid: [{ name: 'no star', grants: [plain] }],
      invalid: [
        { name: 'wrong line', grants: [star], errors: [{ messageId: 'star', line: 4, column: 5 }] },
        { name: 'wrong column', grants: [star], errors: [{ messageId: 'star', line: 3, column: 6 }] },
        { name: 'wrong end', grants: [star], errors: [{ messageId: 'star', line: 3, column: 5, endColumn: 3 }] },
        { name: 'wrong data', grants: [star], errors: [{ messageId: 'star', data: { where: 'x.tf' }, line: 3, column: 5 }] },
        { name: 'too many expected', grants: [star], errors: [{ messageId: 'star', line: 3, column: 5 }, { messageId: 'star', line: 3, column: 5 }] },
      ],
    });
    expect(result['test-star > invalid > wrong line']).toMatch(/finding 1/);
    expect(result['test-star > invalid > wrong column']).toMatch(/finding 1/);
    expect(result['test-star > invalid > wrong end']).toMatch(/finding 1/);
    expect(result['test-star > invalid > wrong data']).toMatch(/finding 1/);
    expect(result['test-star > invalid > too many expected']).toMatch(/expected 2 finding\(s\)/);
  });

  it('refuses duplicate names, invalid cases without errors, unknown messageIds and unknown keys', () => {
    const valid = [{ name: 'no star', grants: [plain] }];
    expect(() => outcomes(starRule, { valid: [...valid, { name: 'no star', grants: [] }], invalid: [{ name: 's', grants: [star], errors: [{ messageId: 'star', line: 3, column: 5 }] }] })).toThrow(
      "RuleTester(test-star): duplicate case name 'no star'",
    );
    expect(() => outcomes(starRule, { valid, invalid: [{ name: 's', grants: [star], errors: [] }] })).toThrow(
      "RuleTester(test-star): invalid case 's' expects no errors",
    );
    expect(() => outcomes(starRule, { valid, invalid: [{ name: 's', grants: [star], errors: [{ messageId: 'nope', line: 3, column: 5 }] }] })).toThrow(
      "RuleTester(test-star): case 's': unknown messageId 'nope'",
    );
    expect(() =>
      outcomes(starRule, { valid, invalid: [{ name: 's', grants: [star], errors: [{ messageId: 'star', line: 3, column: 5, colum: 2 } as never] }] }),
    ).toThrow("RuleTester(test-star): case 's': unknown error key 'colum'");
    expect(() => outcomes(starRule, { valid: [], invalid: [{ name: 's', grants: [star], errors: [{ messageId: 'star', line: 3, column: 5 }] }] })).toThrow(
      'RuleTester(test-star): no valid cases',
    );
  });

  it('fails when a messageId has no invalid case', () => {
    const twoMessages = defineRule({ ...starRule, meta: { ...starRule.meta, messages: { star: 'Star in {{where}}.', other: 'Other.' } } });
    const result = outcomes(twoMessages, {
      valid: [{ name: 'no star', grants: [plain] }],
      invalid: [{ name: 'star', grants: [star], errors: [{ messageId: 'star', line: 3, column: 5 }] }],
    });
    expect(result['test-star > has an invalid case for every messageId']).toMatch(/messageIds without an invalid case/);
    expect(result['test-star > has an invalid case for every messageId']).toContain('other');
  });

  it('fails cases of a rule that throws or leaves a placeholder unfilled', () => {
    const throwing = defineRule({ ...starRule, check: () => { throw new Error('boom'); } });
    const unfilled = defineRule({
      ...starRule,
      check(context) {
        for (const grant of context.grants) context.report({ grant, messageId: 'star' });
      },
    });
    const tests: RuleTests = { valid: [{ name: 'v', grants: [plain] }], invalid: [{ name: 'i', grants: [star], errors: [{ messageId: 'star', line: 3, column: 5 }] }] };
    expect(outcomes(throwing, tests)).toEqual({
      'test-star > valid > v': 'rule test-star failed: boom',
      'test-star > invalid > i': 'rule test-star failed: boom',
      'test-star > has an invalid case for every messageId': 'ok',
    });
    expect(outcomes(unfilled, tests)['test-star > invalid > i']).toBe("message 'star' left a placeholder unfilled: Star in {{where}}.");
  });
});
