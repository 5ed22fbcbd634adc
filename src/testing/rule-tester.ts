/**
 * A strict, ESLint-style tester for grantlint rules. Cases are literal tables of grants:
 *
 *   ruleTester.run(rule, {
 *     valid: [{ name: 'scoped action', grants: [...] }],
 *     invalid: [{ name: 'iam:* on *', grants: [...], errors: [{ messageId: 'serviceWide', line: 3, column: 5 }] }],
 *   });
 *
 * Strict means: duplicate case names, invalid cases without errors, expected messageIds the rule does not declare,
 * and unknown keys in a case are refused before any test runs; a valid case fails on any finding; an invalid case
 * fails unless the findings (sorted by file, line, column) match the expected list one by one in messageId, line
 * and column (and endLine, endColumn, data, severity, file when given); a rule that throws or leaves a `{{placeholder}}`
 * unfilled fails every case it runs in; and every messageId of the rule must appear in some invalid case.
 */
import { describe as vitestDescribe, expect, it as vitestIt } from 'vitest';
import { runRules } from '../analyze/engine.js';
import type { Finding, UnresolvedItem } from '../model/finding.js';
import type { Grant } from '../model/grant.js';
import type { RuleModule } from '../model/rule.js';
import type { Severity } from '../model/severity.js';

export interface ValidCase {
  name: string;
  grants: readonly Grant[];
  unresolved?: readonly UnresolvedItem[];
  options?: Record<string, unknown>;
}

export interface ExpectedError {
  messageId: string;
  data?: Record<string, string | number>;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Checked when given; defaults to not checked (most findings carry the rule's severity). */
  severity?: Severity;
  file?: string;
}

export interface InvalidCase extends ValidCase {
  errors: readonly ExpectedError[];
}

export interface RuleTests {
  valid: readonly ValidCase[];
  invalid: readonly InvalidCase[];
}

/** The test-framework hooks the tester registers with; vitest's by default, replaceable to test the tester. */
export interface TestHooks {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => void): void;
}

const CASE_KEYS = new Set(['name', 'grants', 'unresolved', 'options', 'errors']);
const ERROR_KEYS = new Set(['messageId', 'data', 'line', 'column', 'endLine', 'endColumn', 'severity', 'file']);

export class RuleTester {
  readonly #hooks: TestHooks;

  constructor(hooks: TestHooks = { describe: vitestDescribe, it: vitestIt }) {
    this.#hooks = hooks;
  }

  run(rule: RuleModule, tests: RuleTests): void {
    checkTests(rule, tests);
    const { describe, it } = this.#hooks;
    describe(rule.meta.id, () => {
      describe('valid', () => {
        for (const test of tests.valid) it(test.name, () => assertValid(rule, test));
      });
      describe('invalid', () => {
        for (const test of tests.invalid) it(test.name, () => assertInvalid(rule, test));
      });
      it('has an invalid case for every messageId', () => {
        const tested = new Set(tests.invalid.flatMap((test) => test.errors.map((e) => e.messageId)));
        expect(Object.keys(rule.meta.messages).filter((id) => !tested.has(id)), 'messageIds without an invalid case').toEqual([]);
      });
    });
  }
}

/** Refuses malformed test tables up front, so a sloppy table cannot pass by testing nothing. */
function checkTests(rule: RuleModule, tests: RuleTests): void {
  const id = rule.meta.id;
  const fail = (why: string): never => {
    throw new Error(`RuleTester(${id}): ${why}`);
  };
  if (tests.valid.length === 0) fail('no valid cases');
  if (tests.invalid.length === 0) fail('no invalid cases');
  const names = new Set<string>();
  const all: ValidCase[] = [...tests.valid, ...tests.invalid];
  for (const test of all) {
    if (typeof test.name !== 'string' || test.name.trim() === '') fail('a case has no name');
    if (names.has(test.name)) fail(`duplicate case name '${test.name}'`);
    names.add(test.name);
    for (const key of Object.keys(test)) if (!CASE_KEYS.has(key)) fail(`case '${test.name}' has unknown key '${key}'`);
    if (!Array.isArray(test.grants)) fail(`case '${test.name}' has no grants array`);
  }
  for (const test of tests.valid) if ('errors' in test) fail(`valid case '${test.name}' lists errors; move it to invalid`);
  for (const test of tests.invalid) {
    if (!Array.isArray(test.errors) || test.errors.length === 0) fail(`invalid case '${test.name}' expects no errors`);
    for (const error of test.errors) {
      for (const key of Object.keys(error)) if (!ERROR_KEYS.has(key)) fail(`case '${test.name}': unknown error key '${key}'`);
      if (!Object.hasOwn(rule.meta.messages, error.messageId)) fail(`case '${test.name}': unknown messageId '${error.messageId}'`);
      if (!Number.isInteger(error.line) || !Number.isInteger(error.column)) fail(`case '${test.name}': every error needs line and column`);
    }
  }
}

function findingsOf(rule: RuleModule, test: ValidCase): Finding[] {
  const { findings, errors } = runRules({
    grants: test.grants,
    unresolved: test.unresolved ?? [],
    rules: [rule],
    settings: new Map(test.options ? [[rule.meta.id, { options: test.options }]] : []),
  });
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
  for (const f of findings) {
    if (/\{\{\s*\w+\s*\}\}/.test(f.message)) throw new Error(`message '${f.messageId}' left a placeholder unfilled: ${f.message}`);
  }
  return findings;
}

function describeFinding(f: Finding): string {
  return `${f.messageId} at ${f.span.file}:${f.span.line}:${f.span.column}: ${f.message}`;
}

function assertValid(rule: RuleModule, test: ValidCase): void {
  const findings = findingsOf(rule, test);
  expect(findings.map(describeFinding), 'a valid case must produce no findings').toEqual([]);
}

function assertInvalid(rule: RuleModule, test: InvalidCase): void {
  const findings = findingsOf(rule, test);
  expect(findings.length, `expected ${test.errors.length} finding(s), got:\n${findings.map(describeFinding).join('\n')}`).toBe(
    test.errors.length,
  );
  test.errors.forEach((expected, i) => {
    const actual = findings[i]!;
    const picked: Record<string, unknown> = { messageId: actual.messageId, line: actual.span.line, column: actual.span.column };
    if (expected.endLine !== undefined) picked.endLine = actual.span.endLine;
    if (expected.endColumn !== undefined) picked.endColumn = actual.span.endColumn;
    if (expected.data !== undefined) picked.data = actual.data;
    if (expected.severity !== undefined) picked.severity = actual.severity;
    if (expected.file !== undefined) picked.file = actual.span.file;
    expect(picked, `finding ${i + 1}: ${describeFinding(actual)}`).toEqual({ ...expected });
  });
}
