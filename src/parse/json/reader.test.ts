/** The shared JSON reader: values and spans, each option, and the error each dialect gives (message and position). */
import { describe, expect, it } from 'vitest';
import { toPlain, type ObjectValue, type Value } from '../../evaluate/value.js';
import { ARM_JSON, POLICY_JSON, TEMPLATE_JSON } from './dialects.js';
import { parseJsonValue, type JsonReadOptions } from './reader.js';

const at = (v: Value | undefined): string => (v?.span ? `${v.span.line}:${v.span.column}-${v.span.endLine}:${v.span.endColumn}` : '-');

/** Options as the front ends pass them. */
const STRICT: JsonReadOptions = { ...TEMPLATE_JSON, file: 't.json', maxDepth: 256 };
const ARM: JsonReadOptions = { ...ARM_JSON, file: 't.json', maxDepth: 256 };
const policy = (text: string): JsonReadOptions => ({
  ...POLICY_JSON,
  file: 'main.tf',
  maxDepth: 255,
  interpolations: { unknownExprs: ['var.bucket'] },
  // The text sits on line 10 from column 5; the last offset is left unmapped to exercise the fallback.
  positions: { map: (offset) => (offset < text.length ? { line: 10, column: 5 + offset } : undefined), fallback: { file: 'main.tf', line: 9, column: 1, endLine: 12, endColumn: 4 } },
});

/** `line:column message`, or the value as plain data with the root span. */
function outcome(text: string, options: JsonReadOptions): string {
  const r = parseJsonValue(text, options);
  return r.error ? `${r.error.line}:${r.error.column} ${r.error.message}` : `${JSON.stringify(toPlain(r.value))} ${at(r.value)}`;
}

describe('parseJsonValue: valid literals', () => {
  it.each([
    ['true', 'true 1:1-1:5'],
    ['false', 'false 1:1-1:6'],
    ['null', 'null 1:1-1:5'],
    ['0', '0 1:1-1:2'],
    ['-0.5e+3', '-500 1:1-1:8'],
    ['12E2', '1200 1:1-1:5'],
    ['"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"', '"a\\"b\\\\c/d\\b\\f\\n\\r\\t" 1:1-1:23'],
    ['"\\u0041\\u00e9\\uD83D\\uDE00"', '"Aé😀" 1:1-1:27'],
    ['\ufeff {"a": [1, {}], "b": []}\n', '{"a":[1,{}],"b":[]} 1:3-1:26'],
    ['\n\r\n  [\n1]', '[1] 3:3-4:3'],
  ])('%j', (text, expected) => expect(outcome(text, STRICT)).toBe(expected));

  it('gives every node and every key/value pair its span', () => {
    const r = parseJsonValue('{\n  "a": [1, "x"],\n  "b": {"c": null}\n}', STRICT);
    if (r.error) throw new Error(r.error.message);
    const root = r.value as ObjectValue;
    const a = root.entries.get('a')!;
    const b = root.entries.get('b') as ObjectValue;
    expect([at(root), at(a), a.kind === 'list' ? a.items.map(at).join(' ') : '', at(b), at(b.entries.get('c'))]).toEqual(['1:1-4:2', '2:8-2:16', '2:9-2:10 2:12-2:15', '3:8-3:19', '3:14-3:18']);
    expect(r.keySpans.get(root)!.get('b')).toEqual({ file: 't.json', line: 3, column: 3, endLine: 3, endColumn: 19 });
    expect(r.keySpans.get(b)!.get('c')).toEqual({ file: 't.json', line: 3, column: 9, endLine: 3, endColumn: 18 });
  });

  it('keeps the last value of a repeated key, moved to the end or in its first place', () => {
    const keys = (options: JsonReadOptions) => {
      const r = parseJsonValue('{"a": 1, "b": 2, "a": 3}', options);
      return r.value?.kind === 'object' ? [...r.value.entries].map(([k, v]) => `${k}=${JSON.stringify(toPlain(v))}`).join(' ') : r.error?.message;
    };
    expect(keys(STRICT)).toBe('b=2 a=3');
    expect(keys({ ...STRICT, duplicateKeys: 'keep-position' })).toBe('a=3 b=2');
  });
});

describe('parseJsonValue: ARM dialect', () => {
  it('reads comments, trailing commas, raw line breaks in strings and no-break spaces, with positions after them', () => {
    const text = '{ // one\r\n  "a": [1,],\u00a0/* two\n */ "b": "x\ny", }';
    const r = parseJsonValue(text, ARM);
    if (r.error) throw new Error(r.error.message);
    const root = r.value as ObjectValue;
    expect(toPlain(root)).toEqual({ a: [1], b: 'x\ny' });
    expect([at(root), at(root.entries.get('a')), at(root.entries.get('b'))]).toEqual(['1:1-4:6', '2:8-2:12', '3:10-4:3']);
    expect(r.comments).toEqual([
      { line: 1, column: 3, text: '// one' },
      { line: 2, column: 14, text: '/* two\n */' },
    ]);
  });

  it('leaves comments, trailing commas and line breaks in strings to ARM', () => {
    expect(outcome('[1] // c', STRICT)).toBe('1:5 invalid JSON: expected end of file after the top-level value');
    expect(outcome('[1,]', STRICT)).toBe('1:4 invalid JSON: unexpected character "]": expected a value');
    expect(outcome('{"a": 1,}', STRICT)).toBe('1:9 invalid JSON: expected a property name in double quotes');
    expect(outcome('\u00a01', STRICT)).toBe('1:1 invalid JSON: unexpected character "\u00a0": expected a value');
  });
});

describe('parseJsonValue: policy dialect', () => {
  it('maps positions into the host file, reads interpolations as unknown values, and lists unknowns in strings', () => {
    const text = '{"R": "arn:${var.bucket}/*", "A": ${jsonencode({"x": "}"})}, "n": 1}';
    const r = parseJsonValue(text, policy(text));
    if (r.error) throw new Error(r.error.message);
    const root = r.value as ObjectValue;
    expect(root.entries.get('R')).toEqual({ kind: 'string', value: 'arn:${var.bucket}/*', unknowns: ['var.bucket'], span: { file: 'main.tf', line: 10, column: 11, endLine: 10, endColumn: 32 } });
    expect(root.entries.get('A')).toEqual({ kind: 'unknown', expr: 'jsonencode({"x": "}"})', reason: 'interpolation', span: { file: 'main.tf', line: 10, column: 39, endLine: 10, endColumn: 64 } });
    // The end of the root is the unmapped last offset: the fallback span.
    expect(root.span).toEqual({ file: 'main.tf', line: 9, column: 1, endLine: 12, endColumn: 4 });
  });
});

describe('parseJsonValue: errors, per dialect', () => {
  // [text, strict (CloudFormation, plans), ARM, policy (offset n at 10:5+n)]
  it.each([
    ['', '1:1 invalid JSON: unexpected end of file: expected a value', '1:1 invalid JSON: unexpected end of file: expected a value', '9:1 invalid policy JSON: expected a JSON value, found end of text'],
    ['{"a": x}', '1:7 invalid JSON: unexpected character "x": expected a value', '1:7 invalid JSON: unexpected character "x": expected a value', "10:11 invalid policy JSON: expected a JSON value, found 'x'"],
    ['[tru]', '1:2 invalid JSON: unexpected text: expected a value', '1:2 invalid JSON: unexpected text: expected a value', "10:6 invalid policy JSON: expected a JSON value, found 't'"],
    ['[-a]', '1:2 invalid JSON: invalid number', '1:2 invalid JSON: invalid number', "10:6 invalid policy JSON: expected a JSON value, found '-'"],
    ['[1.e5]', "1:3 invalid JSON: expected ',' or ']' after an array item", "1:3 invalid JSON: expected ',' or ']' after an array item", "10:7 invalid policy JSON: expected ',' or ']' after a list item, found '.'"],
    ['["ab', '1:2 invalid JSON: unterminated string', '1:2 invalid JSON: unterminated string: expected a closing "', '10:6 invalid policy JSON: expected \'"\' to close the string, found \'"\''],
    ['["a\nb"]', '1:4 invalid JSON: control character in string: write it as an escape (\\n, \\t)', '["a\\nb"] 1:1-2:4', '10:8 invalid policy JSON: expected \'"\' to close the string, found \'\n\''],
    ['["a\tb"]', '1:4 invalid JSON: control character in string: write it as an escape (\\n, \\t)', '["a\\tb"] 1:1-1:8', '["a\\tb"] 9:1-12:4'],
    ['["\\u12G4"]', '1:3 invalid JSON: invalid \\u escape', '1:3 invalid JSON: invalid \\u escape: expected four hex digits', "10:8 invalid policy JSON: expected a valid escape sequence, found 'u'"],
    ['["\\q"]', '1:3 invalid JSON: invalid escape \\q', '1:3 invalid JSON: invalid escape \\q', "10:8 invalid policy JSON: expected a valid escape sequence, found 'q'"],
    ['{\n  a: 1}', '2:3 invalid JSON: expected a property name in double quotes', "2:3 invalid JSON: expected a property name in double quotes or '}'", "10:9 invalid policy JSON: expected a property name in double quotes, found 'a'"],
    ['{"a": 1,', '1:9 invalid JSON: expected a property name in double quotes', "1:9 invalid JSON: unexpected end of file: expected '}'", '9:1 invalid policy JSON: expected a property name in double quotes, found end of text'],
    ['{"a" 1}', '1:6 invalid JSON: expected \':\' after property name "a"', '1:6 invalid JSON: expected \':\' after property name "a"', "10:10 invalid policy JSON: expected ':' after the property name, found '1'"],
    ['{"a": 1 "b": 2}', "1:9 invalid JSON: expected ',' or '}' after a property value", "1:9 invalid JSON: expected ',' or '}' after a property value", "10:13 invalid policy JSON: expected ',' or '}' after a property value, found '\"'"],
    ['{"a": 1', "1:8 invalid JSON: unexpected end of file: expected ',' or '}'", "1:8 invalid JSON: unexpected end of file: expected ',' or '}'", "9:1 invalid policy JSON: expected ',' or '}' after a property value, found end of text"],
    ['[1', "1:3 invalid JSON: unexpected end of file: expected ',' or ']'", "1:3 invalid JSON: unexpected end of file: expected ',' or ']'", "9:1 invalid policy JSON: expected ',' or ']' after a list item, found end of text"],
    ['{} {}', '1:4 invalid JSON: expected end of file after the top-level value', '1:4 invalid JSON: expected end of file after the top-level value', "10:8 invalid policy JSON: expected end of the document, found '{'"],
    ['[1] /* open', '1:5 invalid JSON: expected end of file after the top-level value', '1:5 invalid JSON: unterminated block comment: expected */', "10:9 invalid policy JSON: expected end of the document, found '/'"],
    ['[${x]', '1:2 invalid JSON: unexpected character "$": expected a value', '1:2 invalid JSON: unexpected character "$": expected a value', "10:6 invalid policy JSON: expected '}' to close the interpolation, found '$'"],
  ])('%j', (text, strict, arm, inPolicy) => {
    expect([outcome(text, STRICT), outcome(text, ARM), outcome(text, policy(text))]).toEqual([strict, arm, inPolicy]);
  });

  it('stops deep nesting at the limit; the policy dialect counts the document as a level and points before the space', () => {
    const deep = (levels: number) => '[ '.repeat(levels) + ']'.repeat(levels);
    expect(outcome(deep(257), STRICT)).toMatch(/^\[\[/);
    expect(outcome(deep(258), STRICT)).toBe('1:515 invalid JSON: template nested deeper than 256 levels');
    expect(outcome(deep(258), ARM)).toBe('1:515 invalid JSON: document nested deeper than 256 levels');
    // The value of "a" at depth 256 starts at offset 1536, after the space that follows the ':' at 1534.
    const text = '{"a": '.repeat(257) + '1' + '}'.repeat(257);
    expect(outcome(text, policy(text))).toBe('10:1540 invalid policy JSON: nested deeper than 256 levels');
    expect(outcome(text, { ...STRICT, maxDepth: 255 })).toBe('1:1537 invalid JSON: template nested deeper than 255 levels');
  });
});
