/**
 * Bicep parser unit tests: every construct with exact spans, operator precedence, newline rules, comments,
 * `.bicepparam` files, and located errors with recovery.
 */
import { describe, expect, it } from 'vitest';
import { parseBicep, warmUpBicepParser } from '../src/parse/bicep/index.js';
import { BICEPPARAM_WARM_UP, PARSER_WARM_UP } from '../src/parse/bicep/warm-up.js';
import type * as A from '../src/parse/bicep/ast.js';

type Node = { range: A.Range };

/** `line:column-endLine:endColumn` */
const span = (n: Node) => `${n.range.start.line}:${n.range.start.column}-${n.range.end.line}:${n.range.end.column}`;

/** Parses and requires no error. */
function parse(text: string, file = 'main.bicep'): A.BicepProgram {
  const r = parseBicep(text, file);
  expect(r.errors).toEqual([]);
  return r.program;
}

/** Compact structural form of an expression (no spans), for precedence and shape checks. */
function fmt(e: A.Expression | A.SpreadElement): string {
  switch (e.type) {
    case 'Literal':
      return String(e.value);
    case 'String':
      return "'" + e.segments.map((s, i) => s + (i < e.expressions.length ? '${' + fmt(e.expressions[i]!) + '}' : '')).join('') + "'";
    case 'Variable':
      return e.name;
    case 'Array':
      return '[' + e.items.map(fmt).join(', ') + ']';
    case 'Object':
      return (
        '{' +
        [...e.properties.map((p) => (p.type === 'Spread' ? fmt(p) : `${p.name ?? fmt(p.key as A.StringExpr)}: ${fmt(p.value)}`)), ...e.resources.map((r) => `resource ${r.name.name}`)].join(', ') +
        '}'
      );
    case 'Spread':
      return '...' + fmt(e.expr);
    case 'PropertyAccess':
      return `${fmt(e.object)}${e.safe ? '.?' : '.'}${e.property.name}`;
    case 'IndexAccess':
      return `${fmt(e.object)}[${e.safe ? '?' : ''}${e.fromEnd ? '^' : ''}${fmt(e.index)}]`;
    case 'ResourceAccess':
      return `${fmt(e.object)}::${e.resource.name}`;
    case 'Call':
      return `${e.object ? fmt(e.object) + '.' : ''}${e.name.name}(${e.args.map(fmt).join(', ')})`;
    case 'NonNull':
      return `${fmt(e.expr)}!`;
    case 'Unary':
      return `(${e.operator}${fmt(e.operand)})`;
    case 'Binary':
      return `(${fmt(e.left)} ${e.operator} ${fmt(e.right)})`;
    case 'Ternary':
      return `(${fmt(e.condition)} ? ${fmt(e.then)} : ${fmt(e.else)})`;
    case 'Paren':
      return `(${fmt(e.expr)})`;
    case 'Lambda':
      return `(${e.params.map((p) => p.name).join(', ')}) => ${fmt(e.body)}`;
    case 'For':
      return `[for ${e.index ? `(${e.item.name}, ${e.index.name})` : e.item.name} in ${fmt(e.iterable)}: ${fmt(e.body)}]`;
    case 'If':
      return `if (${fmt(e.condition)}) ${fmt(e.body)}`;
  }
}

/** Compact structural form of a type expression. */
function fmtType(t: A.TypeExpression): string {
  switch (t.type) {
    case 'TypeName':
      return t.name;
    case 'TypePropertyAccess':
      return `${fmtType(t.object)}.${t.property.name}`;
    case 'TypeIndexAccess':
      return `${fmtType(t.object)}[${t.index}]`;
    case 'TypeAdditionalPropertiesAccess':
      return `${fmtType(t.object)}.*`;
    case 'ResourceDerivedType':
      return `${t.namespace ? t.namespace + '.' : ''}${t.kind}<${t.resourceType.segments[0]}>`;
    case 'TypeLiteral':
      return JSON.stringify(t.value);
    case 'UnionType':
      return t.members.map(fmtType).join(' | ');
    case 'ArrayType':
      return `${fmtType(t.element)}[]`;
    case 'NullableType':
      return `${fmtType(t.inner)}?`;
    case 'NonNullType':
      return `${fmtType(t.inner)}!`;
    case 'ParenType':
      return `(${fmtType(t.inner)})`;
    case 'ObjectType':
      return '{' + t.properties.map((p) => `${p.decorators.map((d) => '@' + d.name + ' ').join('')}${p.name}: ${fmtType(p.value)}`).join(', ') + '}';
    case 'TupleType':
      return '[' + t.items.map((i) => fmtType(i.value)).join(', ') + ']';
  }
}

const varValue = (text: string) => {
  const s = parse(text).statements[0] as A.VarDecl;
  expect(s.type).toBe('Var');
  return s.value;
};

const errors = (text: string, file = 'main.bicep') =>
  parseBicep(text, file).errors.map((e) => `${e.line}:${e.column}-${e.endLine}:${e.endColumn} ${e.message}`);

describe('Bicep declarations', () => {
  it('targetScope and metadata', () => {
    const p = parse("targetScope = 'subscription'\nmetadata owner = 'team-a'\n");
    const [ts, md] = p.statements as [A.TargetScopeDecl, A.MetadataDecl];
    expect(ts.type).toBe('TargetScope');
    expect(span(ts)).toBe('1:1-1:29');
    expect(fmt(ts.value)).toBe("'subscription'");
    expect(span(ts.value)).toBe('1:15-1:29');
    expect(md.name.name).toBe('owner');
    expect(span(md.name)).toBe('2:10-2:15');
    expect(span(md)).toBe('2:1-2:26');
    expect(span(p)).toBe('1:1-3:1');
  });

  it('params with types, defaults, decorators and resource types', () => {
    const p = parse(
      [
        "@description('The principal')",
        '@secure()',
        'param principalId string',
        "@allowed(['a', 'b'])",
        "@sys.description('x')",
        "param mode string = 'a'",
        'param count int = -1',
        "param sa resource 'Microsoft.Storage/storageAccounts@2023-01-01'",
        'param tags object?',
      ].join('\n'),
    );
    const [a, b, c, d, e] = p.statements as A.ParamDecl[];
    expect(span(a!)).toBe('1:1-3:25');
    expect(a!.decorators.map((x) => [x.name, x.namespace, span(x), x.args.map(fmt)])).toEqual([
      ['description', undefined, '1:1-1:30', ["'The principal'"]],
      ['secure', undefined, '2:1-2:10', []],
    ]);
    expect(span(a!.name)).toBe('3:7-3:18');
    expect(fmtType(a!.paramType!)).toBe('string');
    expect(span(a!.paramType!)).toBe('3:19-3:25');
    expect(a!.value).toBeUndefined();
    expect(b!.decorators.map((x) => `${x.namespace ?? ''}.${x.name}`)).toEqual(['.allowed', 'sys.description']);
    expect(fmt(b!.decorators[0]!.args[0]!)).toBe("['a', 'b']");
    expect(fmt(b!.value!)).toBe("'a'");
    expect(span(b!.value!)).toBe('6:21-6:24');
    expect(fmt(c!.value!)).toBe('(-1)');
    expect(d!.resourceType!.segments).toEqual(['Microsoft.Storage/storageAccounts@2023-01-01']);
    expect(span(d!.resourceType!)).toBe('8:19-8:65');
    expect(d!.paramType).toBeUndefined();
    expect(fmtType(e!.paramType!)).toBe('object?');
  });

  it('typed and untyped variables', () => {
    const p = parse("var a = 1\nvar b string = 'x'\nvar c string[] = []\n");
    const [a, b, c] = p.statements as A.VarDecl[];
    expect(a!.varType).toBeUndefined();
    expect(fmtType(b!.varType!)).toBe('string');
    expect(span(b!.varType!)).toBe('2:7-2:13');
    expect(fmtType(c!.varType!)).toBe('string[]');
    expect(span(c!)).toBe('3:1-3:20');
  });

  it('resources: existing, conditions, loops, nested children, parent and ::', () => {
    const text = [
      "resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {",
      '  name: kvName',
      "  resource secret 'secrets' = {",
      "    name: 'password'",
      '  }',
      '}',
      "resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (deploy) {",
      '  scope: kv',
      "  name: guid(kv.id, principalId, 'reader')",
      '  properties: {',
      '    principalId: principalId',
      "    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)",
      "    principalType: 'ServicePrincipal'",
      '  }',
      '}',
      '@batchSize(2)',
      "resource loop 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (p, i) in principals: if (p.enabled) {",
      "  name: guid('${i}')",
      '  properties: { principalId: p.id, roleDefinitionId: kv::secret.id }',
      '}]',
      "output secretUri string = kv::secret.properties.secretUri",
    ].join('\r\n');
    const p = parse(text);
    const [kv, ra, loop, out] = p.statements as [A.ResourceDecl, A.ResourceDecl, A.ResourceDecl, A.OutputDecl];
    expect(kv.existing).toBe(true);
    expect(span(kv)).toBe('1:1-6:2');
    expect(kv.resourceType.segments[0]).toBe('Microsoft.KeyVault/vaults@2023-07-01');
    const body = kv.value as A.ObjectExpr;
    expect(fmt(body)).toBe('{name: kvName, resource secret}');
    expect(body.resources[0]!.name.name).toBe('secret');
    expect(span(body.resources[0]!)).toBe('3:3-5:4');
    expect(body.resources[0]!.resourceType.segments).toEqual(['secrets']);
    expect(ra.existing).toBe(false);
    expect(ra.value.type).toBe('If');
    const cond = ra.value as A.IfCondition;
    expect(fmt(cond.condition)).toBe('deploy');
    expect(span(cond)).toBe('7:68-15:2');
    expect(span(cond.body)).toBe('7:80-15:2');
    const props = (cond.body as A.ObjectExpr).properties as A.ObjectProperty[];
    expect(props.map((x) => x.name)).toEqual(['scope', 'name', 'properties']);
    expect(fmt(props[1]!.value)).toBe("guid(kv.id, principalId, 'reader')");
    const inner = (props[2]!.value as A.ObjectExpr).properties as A.ObjectProperty[];
    expect(fmt(inner[1]!.value)).toBe("subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)");
    expect(span(inner[1]!)).toBe('12:5-12:96');
    expect(loop.decorators[0]!.name).toBe('batchSize');
    expect(span(loop)).toBe('16:1-20:3');
    const forExpr = loop.value as A.ForExpr;
    expect(forExpr.type).toBe('For');
    expect([forExpr.item.name, forExpr.index?.name]).toEqual(['p', 'i']);
    expect(span(forExpr)).toBe('17:70-20:3');
    expect(fmt(forExpr.body)).toBe("if (p.enabled) {name: guid('${i}'), properties: {principalId: p.id, roleDefinitionId: kv::secret.id}}");
    expect(fmt(out.value)).toBe('kv::secret.properties.secretUri');
    expect(span(out.value)).toBe('21:27-21:58');
  });

  it('resource and module bodies may start on the next line', () => {
    const p = parse("resource r 'A/b@1' =\n    if (x) {\n  name: 'n'\n}\n");
    expect(p.statements[0]!.type).toBe('Resource');
    expect(span((p.statements[0] as A.ResourceDecl).value)).toBe('2:5-4:2');
  });

  it('modules: local, registry, conditional and looped', () => {
    const p = parse(
      [
        "module rbac './modules/rbac.bicep' = {",
        "  name: 'rbac'",
        '  params: {',
        '    principalId: principalId',
        '  }',
        '}',
        "module reg 'br/public:avm/res/storage/storage-account:0.9.0' = if (!empty(x)) {",
        "  name: 'reg'",
        '}',
        "module many 'm.bicep' = [for i in range(0, 3): {",
        "  name: 'm${i}'",
        '}]',
      ].join('\n'),
    );
    const [a, b, c] = p.statements as A.ModuleDecl[];
    expect(a!.path.segments[0]).toBe('./modules/rbac.bicep');
    expect(span(a!.path)).toBe('1:13-1:35');
    expect(fmt(a!.value)).toBe("{name: 'rbac', params: {principalId: principalId}}");
    expect(b!.path.segments[0]).toBe('br/public:avm/res/storage/storage-account:0.9.0');
    expect(fmt(b!.value)).toBe("if ((!empty(x))) {name: 'reg'}");
    expect(fmt(c!.value)).toBe("[for i in range(0, 3): {name: 'm${i}'}]");
  });

  it('outputs with types and resource outputs', () => {
    const p = parse("output id string = ra.id\noutput r resource 'A/b@1' = res\noutput maybe string? = x.?y\n");
    const [a, b, c] = p.statements as A.OutputDecl[];
    expect(fmtType(a!.outputType!)).toBe('string');
    expect(span(a!)).toBe('1:1-1:25');
    expect(b!.resourceType!.segments[0]).toBe('A/b@1');
    expect(fmtType(c!.outputType!)).toBe('string?');
    expect(fmt(c!.value)).toBe('x.?y');
  });

  it('user-defined types: unions, arrays, objects, tuples, literals, access forms', () => {
    const text = [
      "@discriminator('kind')",
      'type t1 = a | b',
      "type t2 = 'x'|'y'|-10|!true|null",
      'type t3 = int [] [] ?',
      'type t4 = {',
      '  @description(\'Name\')',
      '  @minLength(3)',
      '  name: string',
      '  tags: object?',
      "  'quoted-key': bool",
      '  *: string',
      '}',
      'type t5 = [',
      "  @description('first')",
      '  string',
      '  int',
      ']',
      'type t6 = t4.name',
      'type t7 = t5[1]',
      'type t8 = arr[*]',
      'type t9 = dict.*',
      'type t10 = nullable!',
      'type t11 = sys.string',
      "type t12 = resourceInput<'Microsoft.Storage/storageAccounts@2023-01-01'>.name",
      "type t13 = sys.resourceOutput<'Microsoft.Storage/storageAccounts@2023-01-01'>",
      "type t14 = ('a' | { shape: '*', size: '*' })[]",
      'type t15 =',
      '  | null',
      "  | 'C2'",
      'type t16 = | \'alone\'',
      "type t17 = ['foo', 'bar']",
    ].join('\n');
    const decls = parse(text).statements as A.TypeDecl[];
    expect(decls.map((d) => `${d.name.name} = ${fmtType(d.value)}`)).toEqual([
      't1 = a | b',
      't2 = "x" | "y" | -10 | false | null',
      't3 = int[][]?',
      't4 = {@description @minLength name: string, tags: object?, quoted-key: bool, *: string}',
      't5 = [string, int]',
      't6 = t4.name',
      't7 = t5[1]',
      't8 = arr[*]',
      't9 = dict.*',
      't10 = nullable!',
      't11 = sys.string',
      't12 = resourceInput<Microsoft.Storage/storageAccounts@2023-01-01>.name',
      't13 = sys.resourceOutput<Microsoft.Storage/storageAccounts@2023-01-01>',
      't14 = ("a" | {shape: "*", size: "*"})[]',
      't15 = null | "C2"',
      't16 = "alone"',
      't17 = ["foo", "bar"]',
    ]);
    expect(decls[0]!.decorators[0]!.name).toBe('discriminator');
    expect(span(decls[0]!)).toBe('1:1-2:16');
    const obj = decls[3]!.value as A.ObjectType;
    expect(span(obj)).toBe('5:11-12:2');
    expect(span(obj.properties[0]!)).toBe('6:3-8:15');
    expect(span(obj.properties[0]!.value)).toBe('8:9-8:15');
    expect(obj.additionalProperties?.name).toBe('*');
    expect(span(obj.additionalProperties!)).toBe('11:3-11:12');
    expect(span((decls[4]!.value as A.TupleType).items[0]!)).toBe('14:3-15:9');
    expect(span(decls[2]!.value)).toBe('4:11-4:22');
    expect(span(decls[11]!.value)).toBe('24:12-24:78');
    expect(span(decls[14]!.value)).toBe('28:3-29:9');
    expect(span(decls[15]!.value)).toBe('30:12-30:21');
  });

  it('typed function declarations', () => {
    const p = parse("func roleId(name string, sub string?) string => '/subscriptions/${sub}/${name}'\nfunc none() object => {}\n");
    const [f, g] = p.statements as A.FunctionDecl[];
    expect(f!.name.name).toBe('roleId');
    expect(f!.lambda.params.map((x) => `${x.name.name}: ${fmtType(x.paramType)} @${span(x)}`)).toEqual(['name: string @1:13-1:24', 'sub: string? @1:26-1:37']);
    expect(fmtType(f!.lambda.returnType)).toBe('string');
    expect(fmt(f!.lambda.body)).toBe("'/subscriptions/${sub}/${name}'");
    expect(span(f!.lambda)).toBe('1:12-1:80');
    expect(g!.lambda.params).toEqual([]);
  });

  it('imports: symbol lists with aliases and quoted names, wildcard', () => {
    const p = parse(
      "import {a, b as c} from './x.bicep'\nimport * as ns from 'y.bicep'\nimport {\n  'not-an-id' as ok\n  d\n} from 'z.json'\n@export()\nvar e = 1\n",
    );
    const [i1, i2, i3, v] = p.statements as [A.ImportDecl, A.ImportDecl, A.ImportDecl, A.VarDecl];
    expect(i1.items!.map((x) => `${x.original.type === 'Identifier' ? x.original.name : x.original.segments[0]}${x.alias ? ' as ' + x.alias.name : ''} ${span(x)}`)).toEqual([
      'a 1:9-1:10',
      'b as c 1:12-1:18',
    ]);
    expect(i1.from.segments[0]).toBe('./x.bicep');
    expect(span(i1)).toBe('1:1-1:36');
    expect(i2.wildcard!.name).toBe('ns');
    expect(i2.items).toBeUndefined();
    expect(i3.items!.map((x) => (x.original.type === 'String' ? x.original.segments[0] + ' as ' + x.alias!.name : x.original.name))).toEqual(['not-an-id as ok', 'd']);
    expect(span(i3)).toBe('3:1-6:16');
    expect(v.decorators[0]!.name).toBe('export');
  });

  it('extension and provider declarations', () => {
    const p = parse(
      "extension az\nextension kubernetes with {\n  namespace: 'default'\n} as k8s\nextension 'br:mcr.microsoft.com/bicep/ext:1.0' as ext\nprovider microsoftGraph\n",
    );
    const [a, b, c, d] = p.statements as A.ExtensionDecl[];
    expect(a!.specification.type).toBe('Identifier');
    expect(span(a!)).toBe('1:1-1:13');
    expect(fmt(b!.config!)).toBe("{namespace: 'default'}");
    expect(b!.alias!.name).toBe('k8s');
    expect(span(b!)).toBe('2:1-4:9');
    expect((c!.specification as A.StringExpr).segments[0]).toBe('br:mcr.microsoft.com/bicep/ext:1.0');
    expect(d!.keyword).toBe('provider');
  });

  it('assert and test declarations', () => {
    const p = parse("assert nameOk = length(name) < 24\ntest t1 'main.bicep' = {\n  params: {}\n}\n");
    const [a, t] = p.statements as [A.AssertDecl, A.TestDecl];
    expect(fmt(a.value)).toBe('(length(name) < 24)');
    expect(t.path.segments[0]).toBe('main.bicep');
    expect(span(t)).toBe('2:1-4:2');
  });
});

describe('Bicep expressions', () => {
  it('literals: numbers, booleans, null', () => {
    expect(fmt(varValue('var x = [1, 23, true, false, null]'))).toBe('[1, 23, true, false, null]');
    const arr = varValue('var x = [1, 23, true]') as A.ArrayExpr;
    expect(arr.items.map((i) => span(i))).toEqual(['1:10-1:11', '1:13-1:15', '1:17-1:21']);
  });

  it('strings: escapes, interpolation (nested), multi-line strings', () => {
    const s = varValue("var x = 'a\\'b\\\\c\\n\\t\\$\\u{41}${'in${1}ner'}z'") as A.StringExpr;
    expect(s.segments).toEqual(["a'b\\c\n\t$A", 'z']);
    expect(fmt(s.expressions[0]!)).toBe("'in${1}ner'");
    expect(span(s)).toBe('1:9-1:45');
    expect(span(s.expressions[0]!)).toBe('1:31-1:42');
    const m = varValue("var x = '''\nline1\n  it's ${not} interpolated\n'''") as A.StringExpr;
    expect(m.multiline).toBe(true);
    expect(m.segments).toEqual(["line1\n  it's ${not} interpolated\n"]);
    expect(span(m)).toBe('1:9-4:4');
    const im = varValue("var x = $'''\nHello ${name}!\n'''") as A.StringExpr;
    expect(im.segments).toEqual(['Hello ', '!\n']);
    expect(fmt(im.expressions[0]!)).toBe('name');
    const dd = varValue("var x = $$'''${a} $${b} $$${c}'''") as A.StringExpr;
    expect(dd.segments).toEqual(['${a} ', ' $', '']);
    expect(dd.expressions.map(fmt)).toEqual(['b', 'c']);
    const keyed = varValue("var x = {\n  '${k}-x': 1\n  'plain key': 2\n}") as A.ObjectExpr;
    expect((keyed.properties as A.ObjectProperty[]).map((p) => p.name)).toEqual([undefined, 'plain key']);
  });

  it('operator precedence and associativity', () => {
    expect(fmt(varValue('var x = a || b && c == d + e * f'))).toBe('(a || (b && (c == (d + (e * f)))))');
    expect(fmt(varValue('var x = a ?? b || c'))).toBe('(a ?? (b || c))');
    expect(fmt(varValue('var x = a - b - c'))).toBe('((a - b) - c)');
    expect(fmt(varValue('var x = a < b != c >= d'))).toBe('((a < b) != (c >= d))');
    expect(fmt(varValue('var x = a =~ b && c !~ d % 2'))).toBe('((a =~ b) && (c !~ (d % 2)))');
    expect(fmt(varValue('var x = !a && -b > +c'))).toBe('((!a) && ((-b) > (+c)))');
    expect(fmt(varValue('var x = a ? b : c ? d : e'))).toBe('(a ? b : (c ? d : e))');
    expect(fmt(varValue('var x = a ?? b ? c : d'))).toBe('((a ?? b) ? c : d)');
    expect(fmt(varValue('var x = (a + b) * c'))).toBe('(((a + b)) * c)');
    const t = varValue('var x = a ? b : c') as A.TernaryExpr;
    expect(span(t)).toBe('1:9-1:18');
    const b = varValue('var x = 1 + 2 * 3') as A.BinaryExpr;
    expect(span(b.right)).toBe('1:13-1:18');
  });

  it('member access: properties, safe dereference, indexes, from-end, ::, non-null, method calls', () => {
    expect(fmt(varValue('var x = a.b.?c[0][?d][^1]!.e'))).toBe('a.b.?c[0][?d][^1]!.e');
    expect(fmt(varValue('var x = parent::child::grandchild.id'))).toBe('parent::child::grandchild.id');
    expect(fmt(varValue("var x = az.resourceGroup().id"))).toBe('az.resourceGroup().id');
    expect(fmt(varValue("var x = stg.listKeys().keys[0].value"))).toBe('stg.listKeys().keys[0].value');
    const e = varValue('var x = a.b[0]') as A.IndexAccessExpr;
    expect(span(e)).toBe('1:9-1:15');
    expect(span(e.object)).toBe('1:9-1:12');
    expect(span((e.object as A.PropertyAccessExpr).property)).toBe('1:11-1:12');
    const nn = varValue('var x = a!') as A.NonNullExpr;
    expect(nn.type).toBe('NonNull');
    expect(span(nn)).toBe('1:9-1:11');
  });

  it('lambdas and spread', () => {
    expect(fmt(varValue("var x = map(items, i => '${i}')"))).toBe("map(items, (i) => '${i}')");
    expect(fmt(varValue('var x = reduce(xs, 0, (cur, next) => cur + next)'))).toBe('reduce(xs, 0, (cur, next) => (cur + next))');
    expect(fmt(varValue('var x = sort(xs, () => 0)'))).toBe('sort(xs, () => 0)');
    const l = (varValue('var x = map(xs, (a, b) => a)') as A.CallExpr).args[1] as A.LambdaExpr;
    expect(span(l)).toBe('1:17-1:28');
    expect(l.params.map(span)).toEqual(['1:18-1:19', '1:21-1:22']);
    expect(fmt(varValue('var x = {\n  ...base\n  extra: 1\n}'))).toBe('{...base, extra: 1}');
    expect(fmt(varValue('var x = [...a, 1]'))).toBe('[...a, 1]');
    const sp = (varValue('var x = [...a, 1]') as A.ArrayExpr).items[0]!;
    expect(span(sp)).toBe('1:10-1:14');
  });

  it('for-expressions: plain, indexed, range, object items, filters', () => {
    expect(fmt(varValue('var x = [for p in ps: p.id]'))).toBe('[for p in ps: p.id]');
    expect(fmt(varValue('var x = [for (p, i) in range(0, 3): i]'))).toBe('[for (p, i) in range(0, 3): i]');
    expect(fmt(varValue('var x = [for e in items(obj): { k: e.key }]'))).toBe('[for e in items(obj): {k: e.key}]');
    expect(fmt(varValue('var x = [for p in ps: if (p.on) { id: p.id }]'))).toBe('[for p in ps: if (p.on) {id: p.id}]');
    expect(fmt(varValue('var x = [\n  for p in ps: p\n]'))).toBe('[for p in ps: p]');
  });

  it('objects and arrays: newline separators, commas, mixed forms, trailing commas', () => {
    expect(fmt(varValue("var x = ['abc', 'def'\n'ghi', 'jkl'\n'lmn']"))).toBe("['abc', 'def', 'ghi', 'jkl', 'lmn']");
    expect(fmt(varValue("var x = { abc: 'def', ghi: 'jkl',}"))).toBe("{abc: 'def', ghi: 'jkl'}");
    expect(fmt(varValue("var x = {\n  a: 1\n\n  b: [\n    1\n    2\n  ]\n}"))).toBe('{a: 1, b: [1, 2]}');
    expect(fmt(varValue('var x = concat(\n  a,\n  b\n)'))).toBe('concat(a, b)');
    expect(fmt(varValue('var x = [\n  a\n  -1\n  [0]\n]'))).toBe('[a, (-1), [0]]');
    expect(fmt(varValue('var x = {}'))).toBe('{}');
    expect(fmt(varValue('var x = []'))).toBe('[]');
    expect(fmt(varValue('var x = cond\n  ? a\n  : b'))).toBe('(cond ? a : b)');
    expect(fmt(varValue('var x = (cond\n  ? a\n  : b)'))).toBe('((cond ? a : b))');
    const o = varValue("var x = {\n  'a b': 1\n  c: 2\n}") as A.ObjectExpr;
    expect(o.properties.map((p) => span(p))).toEqual(['2:3-2:11', '3:3-3:7']);
    expect(span(o)).toBe('1:9-4:2');
  });
});

describe('Bicep comments and positions', () => {
  it('keeps line, block and directive comments with ranges', () => {
    const r = parseBicep("// top\nvar a = 1 /* inline */\n#disable-next-line BCP081 no-unused-vars\n/* multi\nline */ var b = 2\n", 'main.bicep');
    expect(r.errors).toEqual([]);
    expect(r.comments.map((c) => `${c.kind} ${span(c)} ${c.text}`)).toEqual([
      'line 1:1-1:7 // top',
      'block 2:11-2:23 /* inline */',
      'directive 3:1-3:41 #disable-next-line BCP081 no-unused-vars',
      'block 4:1-5:8 /* multi\nline */',
    ]);
    expect(r.program.statements.map((s) => span(s))).toEqual(['2:1-2:10', '5:9-5:18']);
  });

  it('columns count UTF-16 code units after a byte order mark; offsets are 0-based', () => {
    const r = parseBicep("\uFEFFvar a = 'é😀'\nvar b = 1", 'main.bicep');
    expect(r.errors).toEqual([]);
    const [a, b] = r.program.statements as A.VarDecl[];
    expect(span(a!)).toBe('1:1-1:14');
    expect(a!.range.start.offset).toBe(1);
    expect((a!.value as A.StringExpr).segments[0]).toBe('é😀');
    expect(span(b!.value)).toBe('2:9-2:10');
    expect(b!.value.range.start.offset).toBe(23);
  });
});

describe('.bicepparam files', () => {
  it('using, extends, param assignments, variables, imports and extension configs', () => {
    const text = [
      "using './main.bicep'",
      "extends './shared.bicepparam'",
      "import { t } from './types.bicep'",
      "param location = 'westeurope'",
      "param principals = [\n  { id: '1', type: 'Group' }\n]",
      "var prefix = 'p'",
      "param name = '${prefix}-app'",
      'extensionConfig k8s with {',
      "  namespace: 'x'",
      '}',
    ].join('\n');
    const p = parse(text, 'main.bicepparam');
    expect(p.fileKind).toBe('bicepparam');
    expect(p.statements.map((s) => s.type)).toEqual(['Using', 'Extends', 'Import', 'Param', 'Param', 'Var', 'Param', 'ExtensionConfig']);
    const using = p.statements[0] as A.UsingDecl;
    expect(using.path!.segments[0]).toBe('./main.bicep');
    expect(span(using)).toBe('1:1-1:21');
    const loc = p.statements[3] as A.ParamDecl;
    expect(loc.paramType).toBeUndefined();
    expect(fmt(loc.value!)).toBe("'westeurope'");
    expect(span(loc)).toBe('4:1-4:30');
    expect(fmt((p.statements[4] as A.ParamDecl).value!)).toBe("[{id: '1', type: 'Group'}]");
    expect(fmt((p.statements[6] as A.ParamDecl).value!)).toBe("'${prefix}-app'");
    expect((p.statements[7] as A.ExtensionConfigDecl).name.name).toBe('k8s');
  });

  it('using none', () => {
    const p = parse("using none\nparam a = 1\n", 'x.bicepparam');
    const u = p.statements[0] as A.UsingDecl;
    expect(u.path).toBeUndefined();
    expect(span(u)).toBe('1:1-1:11');
  });

  it('rejects .bicep-only declarations in .bicepparam and the reverse, with locations', () => {
    expect(errors("resource r 'A/b@1' = {}\nparam a = 1\n", 'x.bicepparam')).toEqual(['1:1-1:9 "resource" declarations are not allowed in .bicepparam files']);
    expect(errors("using './main.bicep'\nparam a int\n")).toEqual(['1:1-1:6 "using" declarations are only allowed in .bicepparam files']);
  });
});

describe('Bicep syntax errors', () => {
  it('locates a missing value at the end of the line', () => {
    expect(errors('var a =\nvar b = 1\n')).toEqual(['1:8-1:9 Expected a value but found a new line']);
  });

  it('recovers at the next statement and reports every broken one', () => {
    expect(errors("param p\nvar x = 1 +\nvar ok = 1\noutput o string 'x'\nresource r 'A/b@1' = 3\n")).toEqual([
      '1:8-1:9 Expected a parameter type but found a new line',
      '2:12-2:13 Expected an expression but found a new line',
      '4:17-4:20 Expected "=" but found a string',
      '5:22-5:23 Expected an object, "if" condition or "for" loop as the resource body but found "3"',
    ]);
    const r = parseBicep("param p\nvar x = 1 +\nvar ok = 1\n", 'main.bicep');
    expect(r.program.statements.map((s) => s.type)).toEqual(['Var']);
  });

  it('recovers inside objects and arrays, keeping the good properties', () => {
    const r = parseBicep("var o = {\n  a: 1\n  b 2\n  c: (\n  d: 4\n}\nvar arr = [1 2, )\n  3]\n", 'main.bicep');
    expect(r.errors.map((e) => `${e.line}:${e.column}-${e.endLine}:${e.endColumn} ${e.message}`)).toEqual([
      '3:5-3:6 Expected ":" after the property name but found "2"',
      '5:4-5:5 Expected ")" but found ":"',
      '7:14-7:15 Expected "," or a new line between array items but found "2"',
      '7:17-7:18 Expected an expression but found ")"',
    ]);
    const [o, arr] = r.program.statements as A.VarDecl[];
    expect(fmt(o!.value)).toBe('{a: 1}');
    expect(fmt(arr!.value)).toBe('[1, 2, 3]');
  });

  it('an unclosed object ends at the next declaration', () => {
    const r = parseBicep("var o = {\n  a: 1\nparam p string\n", 'main.bicep');
    expect(r.errors.map((e) => `${e.line}:${e.column}-${e.endLine}:${e.endColumn} ${e.message}`)).toEqual([
      '3:1-3:6 Expected "}" to close the object opened at line 1 column 9 but found "param"',
    ]);
    expect(r.program.statements.map((s) => s.type)).toEqual(['Var', 'Param']);
  });

  it('lexical errors: unterminated strings and comments, bad escapes, stray characters', () => {
    expect(errors("var a = 'abc\nvar b = 1\n")).toEqual([
      "1:9-1:13 Unterminated string: a single-quoted string cannot span lines (use a multi-line string)",
    ]);
    expect(errors("var a = 'a\\qb'\n")).toEqual(["1:11-1:13 Invalid escape sequence: expected one of \\\\, \\', \\n, \\r, \\t, \\$ or \\u{...}"]);
    expect(errors("var a = '''abc\n")).toEqual(["1:9-2:1 Unterminated multi-line string: expected '''"]);
    expect(errors('var a = 1 /* open\n')).toEqual(['1:11-2:1 Unterminated block comment: expected */']);
    expect(errors('var a = 1 ~ 2\nvar b = §\n')).toEqual(['1:11-1:12 Unexpected character "~"', '2:9-2:10 Unexpected character "§"']);
  });

  it('decorators must be calls followed by a new line', () => {
    expect(errors('@secure\nparam p string\n')).toEqual(["1:2-1:8 Expected a decorator call such as @description('...')"]);
    expect(errors("@description('x') param p string\n")).toEqual(['1:19-1:24 Expected a new line after the decorator but found "param"']);
  });

  it('a declaration must end its line', () => {
    expect(errors('var a = 1 var b = 2\n')).toEqual(['1:11-1:14 Expected a new line after the declaration but found "var"']);
  });

  it('guards nesting depth with a located error instead of overflowing the stack', () => {
    const deep = 'var x = ' + '['.repeat(5000) + ']'.repeat(5000) + '\nvar y = 1\n';
    const r = parseBicep(deep, 'main.bicep');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toBe('Nesting too deep: more than 150 nested expressions or types');
    expect([r.errors[0]!.line, r.errors[0]!.column]).toEqual([1, 159]);
    const unary = parseBicep('var x = ' + '!'.repeat(100000) + 'a\n', 'main.bicep');
    expect(unary.errors.map((e) => e.message)).toEqual(['Nesting too deep: more than 150 nested expressions or types']);
  });

  it('never throws or hangs on arbitrary input', () => {
    const samples = [
      "resource r 'A/b@1' = {\n  properties: { a: [for x in y: { b: '${c[0]}' }] }\n}\nmodule m 'x.bicep' = if (a) {\n}\n",
      "type t = { @d() a: string?, *: int }\nfunc f(a int) int => a\nimport {a as b} from 'c'\n",
      "var s = $$'''a$${b}c''' ? x.?y[?0]! ?? z : (a, b) => [...a]\n",
    ];
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (const sample of samples) {
      for (let n = 0; n < 400; n++) {
        // Drop, duplicate or swap characters at random positions.
        const chars = [...sample];
        for (let k = 0; k < 3; k++) {
          const i = rand() % chars.length;
          const op = rand() % 3;
          if (op === 0) chars.splice(i, 1);
          else if (op === 1) chars.splice(i, 0, chars[rand() % chars.length]!);
          else chars[i] = '{}[]()\'$:?.!'[rand() % 12]!;
        }
        const text = chars.join('');
        const r = parseBicep(text, 'fuzz.bicep');
        for (const e of r.errors) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.column).toBeGreaterThanOrEqual(1);
        }
      }
    }
  });
});

describe('JIT warm-up texts', () => {
  it('cover every declaration form and a set of errors, which recover as expected', () => {
    const r = parseBicep(PARSER_WARM_UP, 'warm-up.bicep');
    expect(new Set(r.program.statements.map((st) => st.type))).toEqual(
      new Set(['TargetScope', 'Metadata', 'Import', 'Extension', 'Param', 'Var', 'TypeDecl', 'Function', 'Resource', 'Module', 'Output', 'Test', 'Assert']),
    );
    expect(r.program.statements).toHaveLength(43);
    expect(r.errors.map((e) => `${e.line}:${e.column}`)).toEqual(['77:11', '78:15', '78:18', '79:1', '79:19', '79:21', '80:13', '81:18', '82:13', '83:2', '85:12', '88:1']);
    const p = parseBicep(BICEPPARAM_WARM_UP, 'warm-up.bicepparam');
    expect(p.program.statements.map((st) => st.type)).toEqual(['Using', 'Extends', 'Import', 'Param', 'Var', 'ExtensionConfig', 'Using']);
    expect(p.errors.map((e) => e.message)).toEqual(['"resource" declarations are not allowed in .bicepparam files']);
    expect(() => warmUpBicepParser()).not.toThrow();
  });
});
