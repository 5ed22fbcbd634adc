import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/model/document.js';
import type { ScanOptions } from '../src/pipeline/frontend.js';
import { evaluateTerraform, type TfEvaluation, type TfResource } from '../src/evaluate/terraform/index.js';
import { toPlain, type Value } from '../src/evaluate/value.js';
import { CORPUS, hasCorpus } from './support/corpus.js';

const ROOT = '/repo';

function run(files: Record<string, string>, options: Partial<ScanOptions> = {}, extra: Record<string, string> = {}): TfEvaluation {
  const sources: SourceFile[] = Object.entries(files).map(([p, text]) => ({ absPath: path.posix.join(ROOT, p), path: p, text }));
  const all = new Map<string, SourceFile>(sources.map((f) => [f.path, f]));
  for (const [p, text] of Object.entries(extra)) all.set(p, { absPath: path.posix.join(ROOT, p), path: p, text });
  return evaluateTerraform(sources, all, { root: ROOT, varFiles: [], vars: {}, parameters: {}, parameterFiles: [], debug: false, ...options });
}

function resource(ev: TfEvaluation, address: string): TfResource {
  const r = ev.resources.find((x) => x.address === address);
  if (!r) throw new Error(`no resource ${address}; have ${ev.resources.map((x) => x.address).join(', ')}`);
  return r;
}

function attr(ev: TfEvaluation, address: string, name: string): Value {
  const v = resource(ev, address).body.get(name);
  if (!v) throw new Error(`${address} has no ${name}`);
  return v;
}

const plain = (ev: TfEvaluation, address: string, name: string) => toPlain(attr(ev, address, name));
const span = (file: string, line: number, column: number, endLine: number, endColumn: number) => ({ file, line, column, endLine, endColumn });

describe('variables', () => {
  const decl = [
    'variable "a" { default = "from-default" }',
    'variable "b" { default = "from-default" }',
    'variable "c" { default = "from-default" }',
    'variable "d" { default = "from-default" }',
    'variable "e" {}',
    'variable "list" { type = list(number) }',
    'variable "str" { type = string }',
    'resource "x" "r" {',
    '  a    = var.a',
    '  b    = var.b',
    '  c    = var.c',
    '  d    = var.d',
    '  e    = var.e',
    '  list = var.list',
    '  str  = var.str',
    '}',
  ].join('\n');

  it('takes defaults, terraform.tfvars, *.auto.tfvars (in order), --var-file and --var in rising precedence', () => {
    const ev = run(
      {
        'main.tf': decl,
        'terraform.tfvars': 'b = "tfvars"\nc = "tfvars"\nd = "tfvars"\n',
        'b.auto.tfvars': 'c = "b.auto"\n',
        'a.auto.tfvars': 'c = "a.auto"\nd = "a.auto"\n',
        'env/prod.tfvars': 'd = "var-file"\n',
      },
      { varFiles: [`${ROOT}/env/prod.tfvars`], vars: { list: '[1, 2]', str: '[kept as text]' } },
    );
    expect(ev.errors).toEqual([]);
    expect(plain(ev, 'x.r', 'a')).toBe('from-default');
    expect(plain(ev, 'x.r', 'b')).toBe('tfvars');
    expect(plain(ev, 'x.r', 'c')).toBe('b.auto');
    expect(plain(ev, 'x.r', 'd')).toBe('var-file');
    expect(plain(ev, 'x.r', 'list')).toEqual([1, 2]);
    expect(plain(ev, 'x.r', 'str')).toBe('[kept as text]');
    // Values keep the span where they were written.
    expect(attr(ev, 'x.r', 'a').span).toEqual(span('main.tf', 1, 26, 1, 40));
    expect(attr(ev, 'x.r', 'c').span).toEqual(span('b.auto.tfvars', 1, 5, 1, 13));
    expect(attr(ev, 'x.r', 'd').span).toEqual(span('env/prod.tfvars', 1, 5, 1, 15));
  });

  it('leaves a variable without value unknown, pointing at the reference', () => {
    const ev = run({ 'main.tf': decl });
    expect(attr(ev, 'x.r', 'e')).toEqual({ kind: 'unknown', expr: 'var.e', reason: 'input-variable', span: span('main.tf', 13, 10, 13, 15) });
  });

  it('converts values to the declared type, filling optional attributes', () => {
    const ev = run({
      'main.tf': [
        'variable "o" {',
        '  type    = object({ name = string, port = optional(number, 443), tags = optional(map(string)) })',
        '  default = { name = "n", port = "8080", dropped = true }',
        '}',
        'variable "s" {',
        '  type    = set(string)',
        '  default = ["b", "a", "b"]',
        '}',
        'resource "x" "r" {',
        '  o = var.o',
        '  s = var.s',
        '}',
      ].join('\n'),
    });
    expect(plain(ev, 'x.r', 'o')).toEqual({ name: 'n', port: 8080, tags: null });
    expect(plain(ev, 'x.r', 's')).toEqual(['a', 'b']);
  });
});

describe('locals', () => {
  it('evaluates in dependency order regardless of declaration order', () => {
    const ev = run({
      'main.tf': 'resource "x" "r" { v = local.c }\nlocals {\n  c = "${local.b}-c"\n  b = "${local.a}-b"\n}\n',
      'locals.tf': 'locals { a = "a" }\n',
    });
    expect(ev.errors).toEqual([]);
    expect(plain(ev, 'x.r', 'v')).toBe('a-b-c');
    expect(attr(ev, 'x.r', 'v').span).toEqual(span('main.tf', 3, 7, 3, 21));
  });

  it('reports a cycle at the reference that closes it and keeps going', () => {
    const ev = run({ 'main.tf': 'locals {\n  a = local.b\n  b = local.a\n}\nresource "x" "r" {\n  v = local.a\n  w = "fine"\n}\n' });
    expect(ev.errors).toEqual([
      { file: 'main.tf', line: 3, column: 7, endLine: 3, endColumn: 14, message: 'Cycle: local.a refers to itself (directly or through other values).', code: 'evaluate' },
    ]);
    expect(attr(ev, 'x.r', 'v')).toMatchObject({ kind: 'unknown', reason: 'error' });
    expect(plain(ev, 'x.r', 'w')).toBe('fine');
  });
});

describe('resource references', () => {
  const text = [
    'resource "aws_iam_role" "deploy" {',
    '  name = "deploy-role"',
    '}',
    'resource "aws_iam_role_policy" "p" {',
    '  role   = aws_iam_role.deploy.id',
    '  name   = aws_iam_role.deploy.name',
    '  arn    = aws_iam_role.deploy.arn',
    '  bucket = "arn:aws:s3:::${data.aws_s3_bucket.b.id}/*"',
    '}',
    'data "aws_s3_bucket" "b" { bucket = "x" }',
  ].join('\n');

  it('resolves written attributes, makes computed ones unknown with a ref, and role ids to names', () => {
    const ev = run({ 'main.tf': text });
    expect(ev.errors).toEqual([]);
    expect(plain(ev, 'aws_iam_role_policy.p', 'name')).toBe('deploy-role');
    expect(plain(ev, 'aws_iam_role_policy.p', 'role')).toBe('deploy-role');
    expect(attr(ev, 'aws_iam_role_policy.p', 'arn')).toEqual({
      kind: 'unknown',
      expr: 'aws_iam_role.deploy.arn',
      reason: 'computed-attribute',
      ref: { address: 'aws_iam_role.deploy', attribute: 'arn' },
      span: span('main.tf', 7, 12, 7, 35),
    });
    expect(attr(ev, 'aws_iam_role_policy.p', 'bucket')).toMatchObject({
      kind: 'string',
      value: 'arn:aws:s3:::${data.aws_s3_bucket.b.id}/*',
      unknowns: ['data.aws_s3_bucket.b.id'],
    });
    const data = resource(ev, 'data.aws_s3_bucket.b');
    expect(data).toMatchObject({ mode: 'data', type: 'aws_s3_bucket', name: 'b', baseAddress: 'data.aws_s3_bucket.b', modulePath: '' });
  });
});

describe('count and for_each', () => {
  it('expands count with count.index and addresses [n]', () => {
    const ev = run({ 'main.tf': 'resource "aws_iam_user" "u" {\n  count = 2\n  name  = "user-${count.index}"\n}\nresource "x" "ref" { v = aws_iam_user.u[1].name }\n' });
    expect(ev.resources.map((r) => [r.address, r.instanceKey, toPlain(r.body.get('name') ?? { kind: 'null' })])).toEqual([
      ['aws_iam_user.u[0]', 0, 'user-0'],
      ['aws_iam_user.u[1]', 1, 'user-1'],
      ['x.ref', undefined, null],
    ]);
    expect(plain(ev, 'x.ref', 'v')).toBe('user-1');
    expect(resource(ev, 'aws_iam_user.u[1]').baseAddress).toBe('aws_iam_user.u');
  });

  it('expands for_each over maps and sets in key order', () => {
    const ev = run({
      'main.tf': [
        'resource "aws_iam_role" "m" {',
        '  for_each = { ops = "o", dev = "d" }',
        '  name     = "${each.key}-${each.value}"',
        '}',
        'resource "aws_iam_role" "s" {',
        '  for_each = toset(["b", "a"])',
        '  name     = each.value',
        '}',
      ].join('\n'),
    });
    expect(ev.resources.map((r) => [r.address, r.instanceKey, toPlain(r.body.get('name')!)])).toEqual([
      ['aws_iam_role.m["dev"]', 'dev', 'dev-d'],
      ['aws_iam_role.m["ops"]', 'ops', 'ops-o'],
      ['aws_iam_role.s["a"]', 'a', 'a'],
      ['aws_iam_role.s["b"]', 'b', 'b'],
    ]);
    expect(resource(ev, 'aws_iam_role.m["dev"]').span).toEqual(span('main.tf', 1, 1, 4, 2));
  });

  it('keeps one instance without key when for_each is unknown', () => {
    const ev = run({ 'main.tf': 'variable "names" {}\nresource "aws_iam_role" "r" {\n  for_each = var.names\n  name     = each.key\n}\n' });
    expect(ev.errors).toEqual([]);
    expect(ev.resources).toHaveLength(1);
    const r = ev.resources[0]!;
    expect(r.address).toBe('aws_iam_role.r');
    expect(r.instanceKey).toBeUndefined();
    expect(r.body.get('name')).toMatchObject({ kind: 'unknown', expr: 'each.key', reason: 'input-variable' });
  });

  it('does not report errors inside a resource Terraform would not evaluate yet (unknown for_each)', () => {
    const ev = run({ 'main.tf': 'variable "m" {}\nresource "x" "r" {\n  for_each = var.m\n  v        = lookup({}, "z")\n}\nresource "x" "s" {\n  v = lookup({}, "k")\n}\n' });
    expect(ev.errors).toEqual([
      { file: 'main.tf', line: 7, column: 7, endLine: 7, endColumn: 22, message: 'lookup(): the map has no key "k" and no default was given.', code: 'evaluate' },
    ]);
    expect(attr(ev, 'x.r', 'v')).toMatchObject({ kind: 'unknown' });
  });

  it('refuses an expansion beyond 100,000 instances at the expression', () => {
    const ev = run({ 'main.tf': 'resource "x" "r" {\n  for_each = toset([for i in range(1000) : tostring(i)])\n}\nresource "y" "r" {\n  count = 100001\n}\n' });
    expect(ev.resources.filter((r) => r.type === 'x')).toHaveLength(1000);
    expect(ev.errors).toEqual([
      { file: 'main.tf', line: 5, column: 11, endLine: 5, endColumn: 17, message: 'count expands to 100001 instances; limit 100,000.', code: 'evaluate' },
    ]);
    expect(ev.resources.filter((r) => r.type === 'y').map((r) => r.address)).toEqual(['y.r']);
    const big = run({ 'main.tf': 'locals {\n  keys = toset(flatten([for a in range(400) : [for b in range(300) : "${a}-${b}"]]))\n}\nresource "x" "r" {\n  for_each = local.keys\n}\n' });
    expect(big.errors).toEqual([
      { file: 'main.tf', line: 5, column: 14, endLine: 5, endColumn: 24, message: 'for_each expands to 120000 instances; limit 100,000.', code: 'evaluate' },
    ]);
    expect(big.resources.map((r) => r.address)).toEqual(['x.r']);
  });
});

describe('unknown expansions and modules with count', () => {
  it('links references to a resource whose count is unknown to its single instance', () => {
    const ev = run({
      'main.tf': 'variable "n" {}\nresource "aws_iam_role" "r" {\n  count = var.n\n  name  = "r"\n}\nresource "x" "p" {\n  arn = aws_iam_role.r[0].arn\n  all = aws_iam_role.r[*].arn\n}\n',
    });
    expect(ev.errors).toEqual([]);
    expect(resource(ev, 'aws_iam_role.r').instanceKey).toBeUndefined();
    expect(attr(ev, 'x.p', 'arn')).toEqual({
      kind: 'unknown',
      expr: 'aws_iam_role.r[0].arn',
      reason: 'computed-attribute',
      ref: { address: 'aws_iam_role.r', attribute: 'arn' },
      span: span('main.tf', 7, 9, 7, 30),
    });
    expect(attr(ev, 'x.p', 'all')).toEqual({
      kind: 'unknown',
      expr: 'aws_iam_role.r[*].arn',
      reason: 'computed-attribute',
      ref: { address: 'aws_iam_role.r', attribute: 'arn' },
      span: span('main.tf', 8, 9, 8, 30),
    });
  });

  it('expands module count, reads files relative to path.module and keeps their spans', () => {
    const ev = run(
      {
        'main.tf': 'module "m" {\n  count  = 2\n  source = "./m"\n  idx    = count.index\n}\n',
        'm/main.tf': 'variable "idx" {}\nresource "aws_iam_policy" "p" {\n  name   = "p-${var.idx}"\n  policy = file("${path.module}/p.json")\n}\n',
      },
      {},
      { 'm/p.json': '{"Statement":[]}' },
    );
    expect(ev.errors).toEqual([]);
    expect(ev.resources.map((r) => [r.address, r.modulePath, toPlain(r.body.get('name')!)])).toEqual([
      ['module.m[0].aws_iam_policy.p', 'module.m[0]', 'p-0'],
      ['module.m[1].aws_iam_policy.p', 'module.m[1]', 'p-1'],
    ]);
    expect(attr(ev, 'module.m[1].aws_iam_policy.p', 'policy')).toEqual({ kind: 'string', value: '{"Statement":[]}', span: span('m/p.json', 1, 1, 1, 1) });
  });

  it('parses --var values as HCL for variables without a primitive type, and reads .tfvars.json', () => {
    const ev = run(
      {
        'main.tf': 'variable "obj" {}\nvariable "n" { type = number }\nvariable "j" {}\nresource "x" "r" {\n  obj = var.obj\n  n   = var.n\n  j   = var.j\n}\n',
        'terraform.tfvars.json': '{\n  "j": { "k": ["v"] }\n}\n',
      },
      { vars: { obj: '{ a = [1, "b"] }', n: '42' } },
    );
    expect(ev.errors).toEqual([]);
    expect(plain(ev, 'x.r', 'obj')).toEqual({ a: [1, 'b'] });
    expect(attr(ev, 'x.r', 'n')).toEqual({ kind: 'number', value: 42, span: undefined });
    expect(plain(ev, 'x.r', 'j')).toEqual({ k: ['v'] });
    expect(attr(ev, 'x.r', 'j').span?.file).toBe('terraform.tfvars.json');
  });

  it('evaluates try() and can() by catching errors of their arguments', () => {
    const ev = run({ 'main.tf': 'locals {\n  m = { a = { b = 1 } }\n}\nresource "x" "r" {\n  t = try(local.m.z.b, local.m.a.b)\n  c = [can(local.m.a), can(local.m.z)]\n}\n' });
    expect(ev.errors).toEqual([]);
    expect(plain(ev, 'x.r', 't')).toBe(1);
    expect(attr(ev, 'x.r', 't').span).toEqual(span('main.tf', 2, 19, 2, 20));
    expect(plain(ev, 'x.r', 'c')).toEqual([true, false]);
  });
});

describe('nested and dynamic blocks', () => {
  it('turns blocks into lists of objects with spans and expands dynamic blocks', () => {
    const ev = run({
      'main.tf': [
        'data "aws_iam_policy_document" "d" {',
        '  statement {',
        '    actions = ["s3:GetObject"]',
        '  }',
        '  dynamic "statement" {',
        '    for_each = { read = "s3:List*", write = "s3:Put*" }',
        '    iterator = st',
        '    content {',
        '      sid     = st.key',
        '      actions = [st.value]',
        '      dynamic "principals" {',
        '        for_each = ["a", "b"]',
        '        content {',
        '          identifiers = [principals.value]',
        '        }',
        '      }',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    });
    expect(ev.errors).toEqual([]);
    const statements = attr(ev, 'data.aws_iam_policy_document.d', 'statement');
    expect(toPlain(statements)).toEqual([
      { actions: ['s3:GetObject'] },
      { sid: 'read', actions: ['s3:List*'], principals: [{ identifiers: ['a'] }, { identifiers: ['b'] }] },
      { sid: 'write', actions: ['s3:Put*'], principals: [{ identifiers: ['a'] }, { identifiers: ['b'] }] },
    ]);
    if (statements.kind !== 'list') throw new Error('not a list');
    expect(statements.items.map((s) => s.span)).toEqual([span('main.tf', 2, 3, 4, 4), span('main.tf', 5, 3, 18, 4), span('main.tf', 5, 3, 18, 4)]);
    expect(resource(ev, 'data.aws_iam_policy_document.d').attrSpans.get('statement')).toEqual(span('main.tf', 2, 3, 4, 4));
  });
});

describe('modules', () => {
  const files = {
    'main.tf': [
      'module "team" {',
      '  for_each = { a = "alpha", b = "beta" }',
      '  source   = "./modules/team"',
      '  name     = each.value',
      '}',
      'module "net" {',
      '  source  = "terraform-aws-modules/vpc/aws"',
      '  version = "5.0.0"',
      '}',
      'resource "x" "out" {',
      '  role_arn = module.team["a"].role_arn',
      '  role     = module.team["b"].role_name',
      '  vpc      = module.net.vpc_id',
      '}',
    ].join('\n'),
    'modules/team/main.tf': [
      'variable "name" {}',
      'resource "aws_iam_role" "r" {',
      '  count = 1',
      '  name  = "${var.name}-role"',
      '}',
      'module "inner" {',
      '  source = "../inner"',
      '  role   = aws_iam_role.r[0].name',
      '}',
      'output "role_arn" { value = aws_iam_role.r[0].arn }',
      'output "role_name" { value = aws_iam_role.r[0].name }',
    ].join('\n'),
    'modules/inner/main.tf': 'variable "role" {}\nresource "aws_iam_role_policy" "p" { role = var.role }\n',
    'standalone/main.tf': 'module "loop" { source = "../standalone" }\nresource "x" "alone" {}\n',
  };

  it('evaluates local modules through their callers with module addresses', () => {
    const ev = run(files);
    expect(ev.errors).toEqual([]);
    expect(ev.resources.map((r) => r.address)).toEqual([
      'x.out',
      'module.team["a"].aws_iam_role.r[0]',
      'module.team["a"].module.inner.aws_iam_role_policy.p',
      'module.team["b"].aws_iam_role.r[0]',
      'module.team["b"].module.inner.aws_iam_role_policy.p',
      'x.alone',
    ]);
    expect(plain(ev, 'module.team["b"].module.inner.aws_iam_role_policy.p', 'role')).toBe('beta-role');
    expect(resource(ev, 'module.team["a"].aws_iam_role.r[0]')).toMatchObject({
      modulePath: 'module.team["a"]',
      baseAddress: 'module.team["a"].aws_iam_role.r',
      instanceKey: 0,
      span: span('modules/team/main.tf', 2, 1, 5, 2),
    });
    expect(attr(ev, 'x.out', 'role_arn')).toMatchObject({
      kind: 'unknown',
      reason: 'computed-attribute',
      ref: { address: 'module.team["a"].aws_iam_role.r[0]', attribute: 'arn' },
    });
    expect(plain(ev, 'x.out', 'role')).toBe('beta-role');
    expect(attr(ev, 'x.out', 'vpc')).toMatchObject({ kind: 'unknown', expr: 'module.net.vpc_id', reason: 'remote-module' });
  });

  it('records remote modules and module cycles as unresolved', () => {
    const ev = run(files);
    expect(ev.unresolvedModules).toEqual([
      { address: 'module.net', source: 'terraform-aws-modules/vpc/aws', span: span('main.tf', 7, 3, 7, 44), reason: 'remote module source; not fetched' },
      { address: 'module.loop', source: '../standalone', span: span('standalone/main.tf', 1, 17, 1, 41), reason: 'module calls itself (directly or through other modules)' },
    ]);
  });

  it('evaluates a called module as a root when its caller is not scanned', () => {
    const ev = run({ 'modules/team/main.tf': files['modules/team/main.tf'], 'modules/inner/main.tf': files['modules/inner/main.tf'] });
    expect(ev.resources.map((r) => r.address)).toEqual(['aws_iam_role.r[0]', 'module.inner.aws_iam_role_policy.p']);
    expect(attr(ev, 'aws_iam_role.r[0]', 'name')).toMatchObject({ kind: 'string', value: '${var.name}-role', unknowns: ['var.name'] });
  });
});

describe('functions, files and errors', () => {
  it('keeps the pre-encoding value of jsonencode with per-statement spans', () => {
    const ev = run({
      'main.tf': [
        'resource "aws_iam_policy" "p" {',
        '  policy = jsonencode({',
        '    Version = "2012-10-17"',
        '    Statement = [{',
        '      Effect   = "Allow"',
        '      Action   = ["s3:GetObject"]',
        '      Resource = "<all>"',
        '    }]',
        '  })',
        '}',
      ].join('\n'),
    });
    const policy = attr(ev, 'aws_iam_policy.p', 'policy');
    expect(policy).toMatchObject({
      kind: 'string',
      value: '{"Statement":[{"Action":["s3:GetObject"],"Effect":"Allow","Resource":"\\u003call\\u003e"}],"Version":"2012-10-17"}',
      span: span('main.tf', 2, 12, 9, 5),
    });
    if (policy.kind !== 'string' || policy.source?.kind !== 'object') throw new Error('no source');
    const statements = policy.source.entries.get('Statement');
    expect(statements?.kind === 'list' ? statements.items[0]!.span : undefined).toEqual(span('main.tf', 4, 18, 8, 6));
  });

  it('reads files inside the scan, refuses paths outside it and leaves missing files unknown', () => {
    const ev = run(
      {
        'stack/main.tf': [
          'resource "x" "r" {',
          '  inside  = file("${path.module}/policy.json")',
          '  outside = file("../../etc/passwd")',
          '  missing = file("nope.json")',
          '  tpl     = templatefile("tpl/t.tftpl", { names = ["a", "b"] })',
          '}',
        ].join('\n'),
      },
      {},
      { 'stack/policy.json': '{"Version":"2012-10-17"}', 'stack/tpl/t.tftpl': '%{ for n in names ~}\n${n};\n%{ endfor ~}' },
    );
    expect(plain(ev, 'x.r', 'inside')).toBe('{"Version":"2012-10-17"}');
    expect(attr(ev, 'x.r', 'inside').span).toEqual(span('stack/policy.json', 1, 1, 1, 1));
    expect(ev.errors).toEqual([
      {
        file: 'stack/main.tf',
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 36,
        message: 'The path "../../etc/passwd" is outside the scanned directory; only files inside it are read.',
        code: 'evaluate',
      },
    ]);
    expect(attr(ev, 'x.r', 'missing')).toMatchObject({ kind: 'unknown', reason: 'missing-file' });
    expect(plain(ev, 'x.r', 'tpl')).toBe('a;\nb;\n');
    expect(attr(ev, 'x.r', 'tpl').span).toEqual(span('stack/tpl/t.tftpl', 1, 1, 3, 13));
  });

  it('makes unsupported functions unknown instead of failing', () => {
    const ev = run({ 'main.tf': 'resource "x" "r" {\n  v = provider::aws::arn_parse("arn:aws:iam::1:role/x")\n  t = timestamp()\n}\n' });
    expect(ev.errors).toEqual([]);
    expect(attr(ev, 'x.r', 'v')).toMatchObject({ kind: 'unknown', reason: 'unsupported-function', expr: 'provider::aws::arn_parse("arn:aws:iam::1:role/x")' });
    expect(attr(ev, 'x.r', 't')).toMatchObject({ kind: 'unknown', reason: 'apply-time-function' });
  });

  it('reports a parse error and still evaluates the rest of the module; passes directive comments through', () => {
    const ev = run({
      'a.tf': 'resource "x" "broken" {\n  v = [1,\n}\n',
      'b.tf': '# grantlint-ignore something\n# plain comment\nresource "x" "ok" {\n  v = 1 // trailing grantlint-ignore\n}\n',
      'c.tf': '# only plain comments\n',
    });
    expect(ev.errors).toEqual([
      { file: 'a.tf', line: 1, column: 23, endLine: 1, endColumn: 24, message: "Missing '}' to close block 'resource' opened at 1:23: reached the end of the file", code: 'parse' },
      { file: 'a.tf', line: 3, column: 1, endLine: 3, endColumn: 2, message: "Expected an expression, found '}'", code: 'parse' },
    ]);
    expect(plain(ev, 'x.ok', 'v')).toBe(1);
    expect(ev.comments.get('b.tf')).toEqual([
      { line: 1, column: 1, endLine: 1, text: '# grantlint-ignore something' },
      { line: 4, column: 9, endLine: 4, text: '// trailing grantlint-ignore' },
    ]);
    expect(ev.comments.has('c.tf')).toBe(false);
  });

  it('reports evaluation errors at the expression and keeps the other arguments', () => {
    const ev = run({ 'main.tf': 'resource "x" "r" {\n  bad  = { a = 1 }.b\n  good = upper("ok")\n}\n' });
    expect(ev.errors).toEqual([
      { file: 'main.tf', line: 2, column: 10, endLine: 2, endColumn: 21, message: 'This object does not have an attribute named "b".', code: 'evaluate' },
    ]);
    expect(attr(ev, 'x.r', 'bad')).toMatchObject({ kind: 'unknown', reason: 'error', expr: '{ a = 1 }.b' });
    expect(plain(ev, 'x.r', 'good')).toBe('OK');
  });
});

describe.skipIf(!hasCorpus)('a corpus repository (terraform-aws-modules/iam)', () => {
  it('follows examples into modules with their inputs, spans and references', () => {
    const root = path.join(CORPUS, 'terraform', 'terraform-aws-modules__terraform-aws-iam');
    const all = new Map<string, SourceFile>();
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else all.set(path.relative(root, p).split(path.sep).join('/'), { absPath: p, path: path.relative(root, p).split(path.sep).join('/'), text: readFileSync(p, 'utf8') });
      }
    };
    walk(root);
    const files = [...all.values()].filter((f) => /\.tf$/.test(f.path));
    const ev = evaluateTerraform(files, all, { root, varFiles: [], vars: {}, parameters: {}, parameterFiles: [], debug: false });
    expect(ev.errors).toEqual([]);

    const inline = resource(ev, 'module.iam_policy.aws_iam_policy.policy[0]');
    expect(inline.span).toEqual(span('modules/iam-policy/main.tf', 5, 1, 15, 2));
    expect(inline.attrSpans.get('policy')).toEqual(span('modules/iam-policy/main.tf', 12, 3, 12, 27));
    expect(plain(ev, 'module.iam_policy.aws_iam_policy.policy[0]', 'name_prefix')).toBe('example-');
    expect(attr(ev, 'module.iam_policy.aws_iam_policy.policy[0]', 'policy')).toMatchObject({
      kind: 'string',
      value: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Action": [\n        "ec2:Describe*"\n      ],\n      "Effect": "Allow",\n      "Resource": "*"\n    }\n  ]\n}\n',
      span: span('examples/iam-policy/main.tf', 26, 12, 39, 6),
    });
    expect(attr(ev, 'module.iam_policy_from_data_source.aws_iam_policy.policy[0]', 'policy')).toEqual({
      kind: 'unknown',
      expr: 'data.aws_iam_policy_document.bucket_policy.json',
      reason: 'computed-attribute',
      ref: { address: 'data.aws_iam_policy_document.bucket_policy', attribute: 'json' },
      span: span('examples/iam-policy/main.tf', 51, 12, 51, 59),
    });
    expect(ev.resources.filter((r) => r.modulePath === 'module.iam_policy_disabled')).toEqual([]);
  });
});
