/** Intrinsic functions, parameters, mappings and conditions, evaluated as before deployment. */
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../src/parse/cloudformation/index.js';
import { evaluateTemplate, readTemplate, type CfnEvaluation } from '../src/evaluate/cloudformation/index.js';
import { toPlain, type Value } from '../src/evaluate/value.js';

function evaluate(yaml: string, parameters: Record<string, string> = {}): CfnEvaluation {
  const parsed = parseTemplate(yaml, 't.yaml');
  if (parsed.error || parsed.value.kind !== 'object') throw new Error(parsed.error?.message ?? 'not an object');
  return evaluateTemplate(readTemplate(parsed.value, parsed.keySpans, 't.yaml'), { parameters });
}

/** The evaluated `Properties.V` of resource `R`. */
function v(yaml: string, parameters: Record<string, string> = {}): Value {
  const value = evaluate(yaml, parameters).byLogicalId.get('R')?.properties.get('V');
  if (!value) throw new Error('no R.V');
  return value;
}

const template = (head: string, value: string) => `${head}\nResources:\n  Other:\n    Type: AWS::S3::Bucket\n  R:\n    Type: AWS::X::Y\n    Properties:\n      V: ${value}\n`;

describe('references', () => {
  it('keeps pseudo parameters symbolic, and links Ref/GetAtt to the resource they name', () => {
    expect(toPlain(v(template('', '!Ref AWS::AccountId')))).toBe('${AWS::AccountId}');
    const ref = v(template('', '!Ref Other'));
    expect(ref).toMatchObject({ kind: 'unknown', expr: 'Other', ref: { address: 'Resources/Other', attribute: 'Ref' } });
    expect(v(template('', '!GetAtt Other.Arn'))).toMatchObject({ kind: 'unknown', expr: 'Other.Arn', ref: { address: 'Resources/Other', attribute: 'Arn' } });
    expect(v(template('', '!Ref Nowhere'))).toMatchObject({ kind: 'unknown', expr: 'Nowhere', reason: 'undefined-reference' });
    expect(v(template('', '!Ref Other')).span).toMatchObject({ line: 8, column: 10, endLine: 8, endColumn: 20 });
  });

  it('reads parameters: given values over defaults, list types, SSM types, no default', () => {
    const head = 'Parameters:\n  A: {Type: String, Default: a}\n  L: {Type: CommaDelimitedList, Default: "x, y"}\n  S: {Type: "AWS::SSM::Parameter::Value<String>", Default: /path}\n  N: {Type: String}\n  Num: {Type: Number, Default: 5}';
    expect(toPlain(v(template(head, '!Ref A')))).toBe('a');
    expect(toPlain(v(template(head, '!Ref A'), { A: 'given' }))).toBe('given');
    expect(toPlain(v(template(head, '!Ref L')))).toEqual(['x', 'y']);
    expect(v(template(head, '!Ref S'))).toMatchObject({ kind: 'unknown', expr: 'S', reason: 'ssm-parameter' });
    expect(v(template(head, '!Ref N'))).toMatchObject({ kind: 'unknown', expr: 'N', reason: 'input-variable' });
    expect(toPlain(v(template(head, '!Ref Num')))).toBe('5');
  });
});

describe('functions', () => {
  it('evaluates Sub in both forms, with escapes and unknown parts', () => {
    const head = 'Parameters:\n  P: {Type: String, Default: pv}';
    expect(v(template(head, '!Sub "a-${P}-${AWS::Region}-${!Literal}-${Other.Arn}"'))).toMatchObject({
      kind: 'string',
      value: 'a-pv-${AWS::Region}-${Literal}-${Other.Arn}',
      unknowns: ['Other.Arn'],
    });
    expect(toPlain(v(template(head, '!Sub ["${x}/${P}", {x: !Ref P}]')))).toBe('pv/pv');
  });

  it('evaluates Join, Select, Split, FindInMap, Length, Base64, ToJsonString', () => {
    const head = 'Mappings:\n  M:\n    k1: {k2: found}';
    expect(toPlain(v(template(head, '!Join ["-", [a, !Ref AWS::Region, b]]')))).toBe('a-${AWS::Region}-b');
    expect(toPlain(v(template(head, '!Select [1, [a, b, c]]')))).toBe('b');
    expect(toPlain(v(template(head, '!Split [",", "a,b"]')))).toEqual(['a', 'b']);
    expect(toPlain(v(template(head, '!FindInMap [M, k1, k2]')))).toBe('found');
    expect(toPlain(v(template(head, '!FindInMap [M, nope, k2, {DefaultValue: dflt}]')))).toBe('dflt');
    expect(v(template(head, '!FindInMap [M, !Ref AWS::Region, k2]'))).toMatchObject({ kind: 'unknown', reason: 'unknown-key' });
    expect(toPlain(v(template(head, '!Length [a, b, c]')))).toBe(3);
    expect(toPlain(v(template(head, '!Base64 hi')))).toBe('aGk=');
    expect(v(template(head, '!ToJsonString {a: !Ref Other}'))).toMatchObject({ kind: 'string', value: '{"a":"${Other}"}', unknowns: ['Other'] });
  });

  it('keeps ImportValue, GetAZs, Cidr, Transform and unknown intrinsics symbolic with a reason', () => {
    expect(v(template('', '!ImportValue shared'))).toMatchObject({ kind: 'unknown', expr: 'ImportValue(shared)', reason: 'import-value' });
    expect(v(template('', '!GetAZs ""'))).toMatchObject({ kind: 'unknown', reason: 'deploy-time' });
    expect(v(template('', '!Cidr [10.0.0.0/16, 4, 8]'))).toMatchObject({ kind: 'unknown', reason: 'deploy-time' });
    expect(v(template('', '{"Fn::Transform": {Name: AWS::Include}}'))).toMatchObject({ kind: 'unknown', reason: 'macro' });
    expect(v(template('', '!Custom x'))).toMatchObject({ kind: 'unknown', expr: '!Custom', reason: 'unsupported-function' });
  });
});

describe('conditions', () => {
  const head =
    'Parameters:\n  Env: {Type: String, Default: dev}\nConditions:\n  Dev: !Equals [!Ref Env, dev]\n  Prod: !Not [!Condition Dev]\n  East: !Equals [!Ref "AWS::Region", us-east-1]\n  Both: !And [!Condition Dev, !Condition East]\n  Either: !Or [!Condition Dev, !Condition East]\n  Loop: !Condition Loop';

  it('decides what is known and keeps both branches of what is not', () => {
    expect(toPlain(v(template(head, '!If [Dev, yes, no]')))).toBe('yes');
    expect(toPlain(v(template(head, '!If [Prod, yes, no]')))).toBe('no');
    expect(toPlain(v(template(head, '!If [Either, yes, no]')))).toBe('yes');
    const both = evaluate(template(head, '[!If [Both, a, b], c, !If [East, d, !Ref AWS::NoValue]]'));
    const list = both.byLogicalId.get('R')!.properties.get('V')!;
    expect(toPlain(list)).toEqual(['a', 'b', 'c', 'd']);
    expect(list.kind === 'list' && list.items.map((i) => both.conditional.has(i))).toEqual([true, true, false, true]);
    expect(toPlain(v(template(head, '!If [Loop, a, b]')))).toEqual(['a', 'b']);
  });

  it('joins list alternatives of an undecidable property, and keeps document alternatives apart', () => {
    const lists = evaluate(template(head, '!If [East, [a, b], [c]]'));
    const joined = lists.byLogicalId.get('R')!.properties.get('V')!;
    expect(toPlain(joined)).toEqual(['a', 'b', 'c']);
    expect(joined.kind === 'list' && joined.items.every((i) => lists.conditional.has(i))).toBe(true);
    const docs = evaluate(template(head, '!If [East, {Statement: []}, {Version: x}]'));
    const alternatives = docs.byLogicalId.get('R')!.properties.get('V')!;
    expect(toPlain(alternatives)).toEqual([{ Statement: [] }, { Version: 'x' }]);
    expect(docs.conditional.has(alternatives)).toBe(true);
  });

  it('drops resources whose condition is false and marks undecidable ones', () => {
    const yaml = `${head}\nResources:\n  DevOnly:\n    Type: AWS::S3::Bucket\n    Condition: Dev\n  ProdOnly:\n    Type: AWS::S3::Bucket\n    Condition: Prod\n  EastOnly:\n    Type: AWS::S3::Bucket\n    Condition: East\n`;
    const ev = evaluate(yaml);
    expect(ev.resources.map((r) => `${r.logicalId}${r.conditional ? '?' : ''}`)).toEqual(['DevOnly', 'EastOnly?']);
    expect(evaluate(yaml, { Env: 'prod' }).resources.map((r) => r.logicalId)).toEqual(['ProdOnly', 'EastOnly']);
  });

  it('drops properties set to AWS::NoValue', () => {
    const ev = evaluate(template('', '!Ref AWS::NoValue'));
    expect(ev.byLogicalId.get('R')!.properties.has('V')).toBe(false);
  });
});

describe('Fn::ForEach', () => {
  it('reports the loop as unresolved instead of guessing', () => {
    const ev = evaluate('Transform: AWS::LanguageExtensions\nResources:\n  Fn::ForEach::Topics:\n    - T\n    - [a, b]\n    - Topic${T}:\n        Type: AWS::SNS::Topic\n');
    expect(ev.unresolved).toEqual([
      {
        span: { file: 't.yaml', line: 3, column: 3, endLine: 7, endColumn: 30, address: 'Resources/Fn::ForEach::Topics' },
        expr: 'Fn::ForEach::Topics',
        reason: 'Fn::ForEach (AWS::LanguageExtensions) is not expanded',
      },
    ]);
  });
});
