/** The template parser: intrinsic tags, spans on every node, and bad input that must not crash. */
import { describe, expect, it } from 'vitest';
import { isTemplate, parseTemplate, SHORT_FORM_TAGS } from '../src/parse/cloudformation/index.js';
import { toPlain, type ObjectValue, type Value } from '../src/evaluate/value.js';

function parse(text: string, file = 't.yaml'): Value {
  const r = parseTemplate(text, file);
  if (r.error) throw new Error(`${r.error.line}:${r.error.column} ${r.error.message}`);
  return r.value;
}

function at(v: Value | undefined): string {
  const s = v?.span;
  return s ? `${s.line}:${s.column}-${s.endLine}:${s.endColumn}` : 'none';
}

function get(v: Value, ...keys: Array<string | number>): Value {
  let cur: Value | undefined = v;
  for (const k of keys) cur = typeof k === 'number' ? (cur?.kind === 'list' ? cur.items[k] : undefined) : cur?.kind === 'object' ? cur.entries.get(k) : undefined;
  if (!cur) throw new Error(`no ${keys.join('.')}`);
  return cur;
}

describe('YAML short-form intrinsics', () => {
  it('turns every short-form tag into its long form', () => {
    const names = [...SHORT_FORM_TAGS.keys()];
    expect(names).toHaveLength(20);
    const text = names.map((tag, i) => `K${i}: ${tag} ${tag === '!GetAtt' ? 'Res.Attr' : 'x'}`).join('\n') + '\n';
    const plain = toPlain(parse(text)) as Record<string, unknown>;
    expect(plain.K0).toEqual({ Ref: 'x' });
    expect(plain.K1).toEqual({ Condition: 'x' });
    expect(plain.K2).toEqual({ 'Fn::Sub': 'x' });
    expect(plain.K3).toEqual({ 'Fn::GetAtt': ['Res', 'Attr'] });
    expect(Object.values(plain).map((v) => Object.keys(v as object)[0])).toEqual([
      'Ref', 'Condition', 'Fn::Sub', 'Fn::GetAtt', 'Fn::Join', 'Fn::If', 'Fn::Select', 'Fn::Split', 'Fn::FindInMap', 'Fn::Base64',
      'Fn::GetAZs', 'Fn::ImportValue', 'Fn::Equals', 'Fn::Not', 'Fn::And', 'Fn::Or', 'Fn::Cidr', 'Fn::Transform', 'Fn::Length', 'Fn::ToJsonString',
    ]);
  });

  it('reads !GetAtt in both forms, splitting at the first dot', () => {
    const v = parse('A: !GetAtt Db.Endpoint.Address\nB: !GetAtt [Db, Arn]\n');
    expect(toPlain(v)).toEqual({ A: { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] }, B: { 'Fn::GetAtt': ['Db', 'Arn'] } });
  });

  it('keeps unknown tags, and nested tags in sequences and maps', () => {
    const v = parse('A: !Custom 3\nB: !Sub\n  - "${x}-${y}"\n  - x: !Ref P\n    y: !Select [0, !GetAZs ""]\n');
    expect(toPlain(v)).toEqual({
      A: { '!Custom': '3' },
      B: { 'Fn::Sub': ['${x}-${y}', { x: { Ref: 'P' }, y: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] } }] },
    });
  });

  it('puts a span on every node; an intrinsic spans from its tag', () => {
    const v = parse('Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      Name: !Sub "a-${B}"\n      List:\n        - one\n        - !Ref Two\n');
    const props = get(v, 'Resources', 'R', 'Properties');
    expect(at(get(props, 'Name'))).toBe('5:13-5:26');
    expect(at(get(props, 'Name', 'Fn::Sub'))).toBe('5:18-5:26');
    expect(at(get(props, 'List'))).toBe('7:9-8:19');
    expect(at(get(props, 'List', 0))).toBe('7:11-7:14');
    expect(at(get(props, 'List', 1))).toBe('8:11-8:19');
    expect(at(props)).toBe('5:7-8:19');
  });

  it('keeps scalars CloudFormation reads as text as written (leading zeros, trailing zeros)', () => {
    expect(toPlain(parse('A: 012345678901\nB: 1.10\nC: 42\nD: true\nE: null\n'))).toEqual({ A: '012345678901', B: '1.10', C: 42, D: true, E: null });
  });
});

describe('JSON templates', () => {
  it('puts a span on every node, including escapes and a byte order mark', () => {
    const v = parse('\uFEFF{\n  "A": {"Ref": "x"},\n  "B": ["\\u0041\\n", 1.5e2, false, null]\n}\n', 't.json');
    expect(toPlain(v)).toEqual({ A: { Ref: 'x' }, B: ['A\n', 150, false, null] });
    expect(at(get(v, 'A'))).toBe('2:8-2:20');
    expect(at(get(v, 'B', 0))).toBe('3:9-3:19');
    expect(at(get(v, 'B', 3))).toBe('3:35-3:39');
  });

  it('reports one located error for invalid JSON', () => {
    const cases: Array<[string, string]> = [
      ['{"a": 1,}', '1:9 invalid JSON: expected a property name in double quotes'],
      ['{"a": [1 2]}', "1:10 invalid JSON: expected ',' or ']' after an array item"],
      ['{"a": "x\ny"}', '1:9 invalid JSON: control character in string: write it as an escape (\\n, \\t)'],
      ['{"a": 1} extra', '1:10 invalid JSON: expected end of file after the top-level value'],
      ['', '1:1 invalid JSON: unexpected end of file: expected a value'],
      ['{"a": tru}', '1:7 invalid JSON: unexpected text: expected a value'],
    ];
    for (const [text, expected] of cases) {
      const r = parseTemplate(text, 'x.json');
      expect(`${r.error?.line}:${r.error?.column} ${r.error?.message}`, text).toBe(expected);
      expect(r.error?.code).toBe('parse');
    }
  });
});

describe('bad and unusual input', () => {
  it('keeps the last of duplicate keys (YAML and JSON)', () => {
    expect(toPlain(parse('A: 1\nB: 2\nA: 3\n'))).toEqual({ B: 2, A: 3 });
    expect(toPlain(parse('{"A": 1, "B": 2, "A": 3}', 'x.json'))).toEqual({ B: 2, A: 3 });
  });

  it('reports tab indentation as a located YAML error', () => {
    const r = parseTemplate('Resources:\n\tR: 1\n', 'tabs.yaml');
    expect(r.error).toMatchObject({ file: 'tabs.yaml', line: 2, column: 1, code: 'parse' });
    expect(r.error?.message).toMatch(/^invalid YAML: /);
  });

  it('expands anchors and aliases, and stops alias bombs', () => {
    const v = parse('Base: &doc\n  Effect: Allow\nUse: *doc\n');
    expect(toPlain(v)).toEqual({ Base: { Effect: 'Allow' }, Use: { Effect: 'Allow' } });
    expect(at(get(v, 'Use'))).toBe('2:3-2:16');
    let bomb = 'a: &a ["x","x","x","x","x","x","x","x","x","x"]\n';
    for (let i = 1; i < 9; i++) bomb += `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(',')}]\n`;
    const r = parseTemplate(bomb, 'bomb.yaml');
    expect(r.error).toMatchObject({ file: 'bomb.yaml', code: 'parse', message: 'aliases expand to more than 100000 nodes' });
  });

  it('reports very deep nesting as a located error instead of exhausting the stack', () => {
    const yaml = parseTemplate('A: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n', 'deep.yaml');
    expect(yaml.error?.code).toBe('parse');
    const json = parseTemplate('{"A": ' + '['.repeat(100_000) + ']'.repeat(100_000) + '}', 'deep.json');
    expect(json.error).toMatchObject({ line: 1, column: 263, message: 'invalid JSON: template nested deeper than 256 levels', code: 'parse' });
  });

  it('parses a 5 MB template in reasonable time', () => {
    const resource = (i: number) =>
      `  Role${i}:\n    Type: AWS::IAM::Role\n    Properties:\n      Policies:\n        - PolicyName: p${i}\n          PolicyDocument:\n            Statement:\n              - Effect: Allow\n                Action: [s3:GetObject, s3:PutObject]\n                Resource: !Sub "arn:\${AWS::Partition}:s3:::bucket-${i}/*"\n`;
    const parts = ['Resources:\n'];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const r = resource(i);
      parts.push(r);
      size += r.length;
    }
    const text = parts.join('');
    const started = performance.now();
    const v = parse(text, 'big.yaml');
    const ms = performance.now() - started;
    expect((get(v, 'Resources') as ObjectValue).entries.size).toBe(parts.length - 1);
    expect(ms).toBeLessThan(20_000);
  });

  it('accepts flow collections continued left of their block, as PyYAML does, with original columns', () => {
    const text = 'Resources:\n  R:\n    Properties:\n      Resource: [\n      "a",\n      !Sub "b"\n      ]\n';
    const v = parse(text);
    const list = get(v, 'Resources', 'R', 'Properties', 'Resource');
    expect(toPlain(list)).toEqual(['a', { 'Fn::Sub': 'b' }]);
    expect(at(get(list, 0))).toBe('5:7-5:10');
    expect(at(get(list, 1))).toBe('6:7-6:15');
  });
});

describe('template detection', () => {
  it('needs a format version or a Resources map of AWS:: or Custom:: types', () => {
    expect(isTemplate(parse('AWSTemplateFormatVersion: "2010-09-09"\n'))).toBe(true);
    expect(isTemplate(parse('Resources:\n  X:\n    Type: Custom::Thing\n'))).toBe(true);
    expect(isTemplate(parse('Resources:\n  X:\n    Type: kubernetes\n'))).toBe(false);
    expect(isTemplate(parse('resources:\n  Resources:\n    X:\n      Type: AWS::S3::Bucket\n'))).toBe(false);
    expect(isTemplate(parse('- a\n- b\n'))).toBe(false);
  });
});
