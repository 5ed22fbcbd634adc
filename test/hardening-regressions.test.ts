/**
 * Inputs that crashed a parser under fuzzing (fixtures/regressions/), each with the located error it gives now,
 * and checks that the fuzzing harness itself catches what it is meant to catch.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/corpus.js';
import { checkCase, checkRoundTrip, targets, type FuzzTarget } from './fuzz/harness.js';
import { parseArmExpression } from '../src/parse/arm/expression.js';
import { parseJsonWithPositions } from '../src/extract/aws/policy-json.js';
import { parseHcl } from '../src/parse/hcl/index.js';
import { printHclBody, printYaml } from './fuzz/printers.js';
import { parseTemplate } from '../src/parse/cloudformation/index.js';

const fixture = (name: string) => readFileSync(path.join(ROOT, 'fixtures/regressions', name), 'utf8');
const target = (name: string) => targets.find((t) => t.name === name)!;

describe('crash regressions', () => {
  it('arm-expression-deep-nesting: 5,000 nested calls overflowed the stack; now a located error', () => {
    const text = fixture('arm-expression-deep-nesting.txt');
    expect(checkCase(target('arm-expression'), text)).toBeUndefined();
    expect(() => parseArmExpression(text.slice(1, -1))).toThrow(expect.objectContaining({ message: 'expression nested deeper than 200 levels', offset: 400 }));
  });

  it('policy-json-deep-nesting: 20,000 nested lists overflowed the stack; now a located error', () => {
    const text = fixture('policy-json-deep-nesting.json');
    expect(checkCase(target('policy-json'), text)).toBeUndefined();
    const r = parseJsonWithPositions(text, (offset) => ({ line: 1, column: offset + 1 }), { file: 'p.json', line: 1, column: 1, endLine: 1, endColumn: 1 });
    expect(r.error).toEqual({ message: 'invalid policy JSON: nested deeper than 256 levels', line: 1, column: 270 });
  });
});

describe('the harness fails when it should', () => {
  const fake = (parse: FuzzTarget['parse']): FuzzTarget => ({ name: 'fake', file: 'x', corpus: { folders: [], suffix: /x/ }, parse });

  it('reports a parser that throws, answers nothing, or reports outside the file', () => {
    expect(checkCase(fake(() => { throw new TypeError('boom'); }), 'a')).toBe('threw: TypeError: boom');
    expect(checkCase(fake(() => ({ result: false, errors: [] })), 'a')).toBe('neither a result nor an error');
    expect(checkCase(fake(() => ({ result: false, errors: [{ line: 3, column: 1, message: 'm' }] })), 'a\nb')).toBe('error line 3 outside the file (1..2): m');
    expect(checkCase(fake(() => ({ result: false, errors: [{ line: 1, column: 0, message: 'm' }] })), 'a')).toBe('error column 0 outside the file: m');
  });

  it('reports a parser that spins past one second of CPU', () => {
    const spin = fake(() => {
      const until = process.cpuUsage().user + 1_100_000;
      while (process.cpuUsage().user < until);
      return { result: true, errors: [] };
    });
    expect(checkCase(spin, 'abc')).toMatch(/^took \d+ ms of CPU \(limit 1000 ms\) on 3 characters$/);
  });

  it('round trip: printers reproduce trees, and a changed tree is reported', () => {
    const text = 'resource "aws_iam_role" "r" {\n  name = "a${var.b}c"\n  tags = {k = [1, 2.5, true, null], "q" = x.y[0][*].z}\n  v = a ? -b : !c || (d + e) * f\n  w = [for k, v in m : "${k}=${v}" if v != null]\n}\n';
    const first = parseHcl(text, 'main.tf');
    expect(first.errors).toEqual([]);
    expect(printHclBody(first.file.body)).toBe(
      'resource "aws_iam_role" "r" {\n  name = "a${var.b}c"\n  tags = {k = [1, 2.5, true, null], "q" = x.y[0][*].z}\n  v = a ? -b : !c || (d + e) * f\n  w = [for k, v in m : "${k}=${v}" if v != null]\n}\n',
    );
    expect(checkRoundTrip(target('hcl'), text)).toBeUndefined();
    const yaml = printYaml({ Resources: { R: { Type: 'AWS::IAM::Role', Properties: { List: ['a', 1, null, {}], Text: 'line\nbreak: "quoted"' } } } });
    expect(yaml).toBe('"Resources":\n  "R":\n    "Type": "AWS::IAM::Role"\n    "Properties":\n      "List":\n        - "a"\n        - 1\n        - null\n        - {}\n      "Text": "line\\nbreak: \\"quoted\\""\n');
    expect(parseTemplate(yaml, 't.yaml').error).toBeUndefined();
    const broken: FuzzTarget = { ...target('hcl'), reprint: () => ({ first: { a: 1 }, second: { a: 2 }, errors: [] }) };
    expect(checkRoundTrip(broken, 'x = 1\n')).toBe('parse → print → parse changed the tree:\n{"a":1}\n{"a":2}');
  });
});

describe('resource-exhaustion regressions (fixtures/regressions), scanned end to end', () => {
  // Before the limits these ran out of heap (strrev doubling, setproduct) or surfaced as `internal` errors (Bicep, ARM).
  it('every fixture ends in located limit errors, none internal', async () => {
    const { scan } = await import('../src/pipeline/scan.js');
    const result = await scan({ paths: ['fixtures/regressions'], cwd: ROOT, today: '2026-01-01' });
    expect(result.errors.map((e) => `${e.code} ${e.file}:${e.line}:${e.column} ${e.message}`)).toEqual([
      'parse fixtures/regressions/arm-string-doubling.json:24:10 this string grows to 8,388,608 characters; limit 4,194,304',
      'parse fixtures/regressions/arm-string-doubling.json:41:10 this string grows to 5,898,240 characters; limit 4,194,304',
      'too-large fixtures/regressions/bicep-string-doubling.bicep:20:11 This string grows to 8,388,608 characters; limit 4,194,304.',
      'too-large fixtures/regressions/bicep-string-doubling.bicep:38:11 This string grows to 4,456,448 characters; limit 4,194,304.',
      'evaluate fixtures/regressions/terraform-setproduct.tf:5:21 setproduct(): the product has 1000000000 elements; limit 100,000.',
      'evaluate fixtures/regressions/terraform-strrev-doubling.tf:21:9 This string grows to 8,388,608 characters; limit 4,194,304.',
    ]);
  });
});
