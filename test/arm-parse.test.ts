/** ARM JSON reader (comments, trailing commas, raw line breaks in strings) and expression parser, with positions. */
import { describe, expect, it } from 'vitest';
import { parseJsonc } from '../src/parse/arm/jsonc.js';
import { ArmExpressionError, isExpressionString, parseArmExpression, printArmExpr } from '../src/parse/arm/expression.js';
import { toPlain, type Value } from '../src/evaluate/value.js';

const at = (v: Value | undefined) => (v?.span ? `${v.span.line}:${v.span.column}-${v.span.endLine}:${v.span.endColumn}` : '-');

describe('parseJsonc', () => {
  const text = '{\n  // a comment\n  "a": [1, true, null,],\n  /* block\n     comment */ "b": "line one\nline two",\n  "c": { "d": "x" },\n}\n';
  const parsed = parseJsonc(text, 't.json');

  it('reads what ARM accepts, with spans', () => {
    if (parsed.error) throw new Error(parsed.error.message);
    expect(toPlain(parsed.value)).toEqual({ a: [1, true, null], b: 'line one\nline two', c: { d: 'x' } });
    const root = parsed.value.kind === 'object' ? parsed.value.entries : new Map();
    expect([at(parsed.value), at(root.get('a')), at(root.get('b')), at(root.get('c'))]).toEqual(['1:1-8:2', '3:8-3:24', '5:22-6:10', '7:8-7:20']);
    expect(parsed.comments).toEqual([
      { line: 2, column: 3, text: '// a comment' },
      { line: 4, column: 3, text: '/* block\n     comment */' },
    ]);
  });

  it.each([
    ['{"a": 1 "b": 2}', "t.json:1:9 invalid JSON: expected ',' or '}' after a property value"],
    ['{"a": [1, 2}', "t.json:1:12 invalid JSON: expected ',' or ']' after an array item"],
    ['{\n  a: 1}', `t.json:2:3 invalid JSON: expected a property name in double quotes or '}'`],
    ['{"a": "x', 't.json:1:7 invalid JSON: unterminated string: expected a closing "'],
    ['{"a": 1} /* open', 't.json:1:10 invalid JSON: unterminated block comment: expected */'],
    ['', 't.json:1:1 invalid JSON: unexpected end of file: expected a value'],
  ])('locates the error in %j', (input, expected) => {
    const r = parseJsonc(input, 't.json');
    expect(r.error ? `${r.error.file}:${r.error.line}:${r.error.column} ${r.error.message}` : 'parsed').toBe(expected);
  });
});

describe('ARM expressions', () => {
  it.each([
    ["[parameters('a')]", true],
    ['[[literal]', false],
    ['plain', false],
    ['[]', true],
  ])('%s is an expression: %s', (s, expected) => expect(isExpressionString(s)).toBe(expected));

  it.each([
    ["concat('a', parameters('b'))", "concat('a', parameters('b'))"],
    ["variables('roles')['Owner'].id", "variables('roles')['Owner'].id"],
    ["reference('x')?.properties?['p']", "reference('x')?.properties?['p']"],
    ["format('{0}''s', -1)", "format('{0}''s', -1)"],
    ["  toLower( 'A' )  ", "toLower('A')"],
  ])('parses %s', (source, printed) => expect(printArmExpr(parseArmExpression(source))).toBe(printed));

  it.each([
    ["concat('a'", 'unexpected end of expression: expected "," or ")" in concat(...)', 10],
    ["'open", "unterminated string literal: expected a closing '", 0],
    ['parameters', 'expected "(" after function name parameters', 10],
    ["a() b()", 'unexpected "b" after the expression', 4],
    ["x().", 'expected a property name after "."', 4],
  ])('reports %s at its offset', (source, message, offset) => {
    try {
      parseArmExpression(source);
      throw new Error('parsed');
    } catch (e) {
      expect(e).toBeInstanceOf(ArmExpressionError);
      expect([(e as ArmExpressionError).message, (e as ArmExpressionError).offset]).toEqual([message, offset]);
    }
  });
});
