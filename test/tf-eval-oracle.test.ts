/**
 * Differential test against the real `terraform` binary: one configuration of `terraform_data` resources whose
 * `input` is an expression (hand-written cases, generated combinations and pure expressions taken from corpus locals),
 * planned once (`terraform plan -out` + `terraform show -json`, offline: terraform_data is built in) and compared,
 * value by value and address by address, with our evaluation of the same files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/model/document.js';
import type { Body, Expression, TemplatePart } from '../src/parse/hcl/ast.js';
import { parseHcl } from '../src/parse/hcl/index.js';
import { evaluateTerraform } from '../src/evaluate/terraform/index.js';
import { toPlain } from '../src/evaluate/value.js';
import { CORPUS, hasCorpus } from './support/corpus.js';

const TERRAFORM = ['/usr/local/bin/terraform', '/usr/bin/terraform'].find((p) => existsSync(p));
if (!TERRAFORM) console.warn('tf-eval-oracle: no terraform binary found; the differential test is skipped.');

/** Hand-written cases: operators, templates, collections and every implemented function. */
const HAND: string[] = [
  // operators and conditionals
  '1 + 2 * 3',
  '10 / 4',
  '7 % 3',
  '-5 % 3',
  '5 % -3',
  '"5" + 1',
  '0.1 + 0.2',
  '1.5 * 2',
  '100000000000 * 10000000000',
  '1 == 1.0',
  '"a" == "a"',
  '[1, 2] == [1, 2]',
  '{ a = 1 } == { a = 1 }',
  '1 < 2 && 3 >= 3',
  '!true || false',
  'true ? "yes" : "no"',
  '2 > 1 ? [1] : [2]',
  '-(3 - 5)',
  '"x" != "y"',
  '(1 + 2) * 3',
  'true ? 1 : "a"',
  'false ? "a" : true',
  'length([]) > 0 ? [1][5] : "fallback"',
  // templates and heredocs
  '"a-${1 + 1}-b"',
  '"${true}"',
  '"%{if true}yes%{else}no%{endif}"',
  '"%{for x in ["a", "b"]}${x},%{endfor}"',
  '"%{for k, v in { b = 2, a = 1 }}${k}=${v};%{endfor}"',
  '"$${literal} %%{literal}"',
  '"a ${~ "b" ~} c"',
  '"\\u00e9\\t\\"q\\" \\\\ end"',
  '<<EOT\nhello\n  world ${upper("x")}\nEOT',
  '<<-EOT\n    indented\n      more\n    EOT',
  '<<EOT\n%{for i in [1, 2]~}\nline ${i}\n%{endfor~}\nEOT',
  // collections, for expressions, splats, indexing
  '[for x in [1, 2, 3] : x * 2]',
  '{ for k, v in { a = 1, b = 2 } : v => k }',
  '[for x in [1, 2, 3, 4] : x if x % 2 == 0]',
  '{ for x in ["a", "b", "a"] : x => x... }',
  '[for i, v in ["x", "y"] : "${i}:${v}"]',
  '{ for k, v in { b = 2, a = 1 } : k => v }',
  '[for k, v in { b = 2, a = 1 } : k]',
  '[{ a = 1 }, { a = 2 }][*].a',
  '[{ a = { b = 1 } }, { a = { b = 2 } }][*].a.b',
  '[{ a = 1 }, { a = 2 }].*.a',
  '{ a = [1, 2] }.a[1]',
  '{ a = { b = "c" } }["a"].b',
  '[[1, 2], [3]][0][1]',
  '[1, 2, 3][*]',
  '{ "quoted key" = 1, plain = 2, (upper("k")) = 3 }',
  // jsonencode formatting
  'jsonencode({ b = 1, a = "x" })',
  'jsonencode(["<tag>", "a&b", ">"])',
  'jsonencode("\\u2028\\u2029")',
  'jsonencode({ "key with space" = [true, false, null] })',
  'jsonencode(1.5)',
  'jsonencode(100)',
  'jsonencode({ a = { c = 1, b = [{ z = 1, y = 2 }] } })',
  'jsonencode("quote\\"back\\\\slash\\nnl\\ttab\\rcr")',
  'jsonencode("é日本")',
  'jsonencode([])',
  'jsonencode({})',
  'jsonencode(-0.5)',
  'jsonencode(1e3)',
  'jsonencode(1e-7)',
  'jsonencode(toset(["b", "a"]))',
  'jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::b/*", Condition = { StringLike = { "s3:prefix" = ["home/&{aws:username}/*"] } } }] })',
  'jsonencode(12345678901234)',
  'jsondecode("{\\"a\\":[1,2,{\\"b\\":null}],\\"c\\":\\"\\\\u003c\\"}")',
  'jsondecode("[true, 1.5, \\"x\\"]")',
  'yamldecode("a: 1\\nb: [x, y]\\nc:\\n  d: true\\n")',
  'yamlencode({ a = "b", c = [1, 2.5, true, null], d = { e = "multi\\nline", f = [], g = {} }, "h i" = "x: y", n = "123", "" = "empty" })',
  'yamlencode(["a", ["b", "c"], [{ x = 1, y = [2] }]])',
  'yamlencode("plain")',
  'yamlencode("two\\nlines\\n")',
  'yamlencode({ list_of_maps = [{ a = 1, b = { c = "d" } }, { c = "3" }], Statement = [{ Action = ["s3:Get*"], Effect = "Allow" }] })',
  // strings
  'format("%s-%d", "x", 5)',
  'format("%05.2f|%-4s|%4s|%x|%X|%o|%b|%t|%%", 3.14159, "ab", "cd", 255, 255, 8, 5, true)',
  'format("%q", "hi")',
  'format("%v %v %v", 1, "s", true)',
  'format("%#v", { a = 1 })',
  'format("%e|%E|%.2e", 12345.678, 0.5, 1e21)',
  'format("%g|%.3g|%v|%g", 0.000012345, 1234.5678, 1.5, 1234567)',
  'format("%[2]s %[1]s", "a", "b")',
  'format("%+d %5d|%-5d|", 5, 42, 42)',
  'formatlist("%s=%s", ["a", "b"], ["1", "2"])',
  'formatlist("x-%s", ["a", "b"])',
  'join(", ", ["a", "b", "c"])',
  'join("-", ["a"], ["b", "c"])',
  'join("", [])',
  'split(",", "a,b,,c")',
  'split(",", "")',
  'replace("hello world", "o", "0")',
  'replace("hello world", "/o(.)/", "0$1")',
  'replace("a-b-c", "/-/", "_")',
  'replace("aaa", "a", "b")',
  'replace("abc", "/(?P<x>b)/", "[$${x}]")',
  'lower("HeLLo")',
  'upper("héllo")',
  'title("hello world-foo bar_baz it\'s")',
  'trimspace("  x \\n")',
  'trim("?!hello?!", "!?")',
  'trimprefix("helloworld", "hello")',
  'trimsuffix("helloworld", "world")',
  'substr("hello world", 1, 4)',
  'substr("hello", -3, -1)',
  'substr("héllo", 1, 2)',
  'length("👍🏽x")',
  'strrev("abc")',
  'chomp("line\\n\\n")',
  'indent(2, "a\\nb")',
  'startswith("hello", "he")',
  'endswith("hello", "lo")',
  'strcontains("hello", "ell")',
  'regex("[a-z]+", "123abc456")',
  'regex("(\\\\d+)-(\\\\d+)", "10-20")',
  'regex("(?P<y>\\\\d{4})-(?P<m>\\\\d{2})", "2024-05")',
  'regex("(?i)HELLO", "say hello")',
  'regexall("\\\\d", "a1b2c3")',
  'regexall("(a)(b)?", "ab a")',
  'base64encode("hello")',
  'base64decode("aGVsbG8=")',
  'md5("hello")',
  'sha1("hello")',
  'sha256("hello")',
  'sha512("hello")',
  'base64sha256("hello")',
  'urlencode("a b&c/d?e=é")',
  'tostring(5)',
  'tostring(true)',
  'tonumber("3.5")',
  'tobool("true")',
  // collections
  'merge({ a = 1 }, { b = 2 }, { a = 3 })',
  'merge({ a = { x = 1 } }, { a = { y = 2 } })',
  'concat([1], [2, 3], [])',
  'flatten([[1, [2]], [], [[3]]])',
  'distinct(["a", "b", "a", "c", "b"])',
  'compact(["a", "", "b", null])',
  'coalesce("", "b", "c")',
  'coalesce(null, 1)',
  'coalescelist([], ["a"])',
  'lookup({ a = 1 }, "a", 0)',
  'lookup({ a = 1 }, "b", "dflt")',
  'element(["a", "b", "c"], 4)',
  'index(["a", "b"], "b")',
  'try(tonumber("x"), 7)',
  'try({ a = 1 }.b, "none")',
  'can(regex("^a", "abc"))',
  'can({}.x)',
  'toset(["b", "a", "b"])',
  'toset([3, 1, 2])',
  'tolist(toset(["c", "a"]))',
  'tomap({ a = 1, b = "x" })',
  'keys({ z = 1, a = 2 })',
  'values({ z = 1, a = 2 })',
  'zipmap(["a", "b"], [1, 2])',
  'length("héllo")',
  'length([1, 2])',
  'length({ a = 1 })',
  'contains(["a"], "a")',
  'contains([1, 2], 3)',
  'range(3)',
  'range(1, 4)',
  'range(0, 10, 3)',
  'range(5, 0, -2)',
  'slice(["a", "b", "c", "d"], 1, 3)',
  'reverse([1, 2, 3])',
  'sort(["b", "a", "C"])',
  'sort(["10", "9"])',
  'setunion(["a"], ["b", "a"])',
  'setintersection(["a", "b"], ["b", "c"])',
  'setproduct(["a", "b"], ["1", "2"])',
  'setsubtract(["a", "b", "c"], ["b"])',
  'one(["x"])',
  'one([])',
  'alltrue([true, true])',
  'alltrue([])',
  'anytrue([false])',
  'chunklist(["a", "b", "c"], 2)',
  'transpose({ a = ["1", "2"], b = ["2"] })',
  'matchkeys(["i-1", "i-2", "i-3"], ["a", "b", "a"], ["a"])',
  // numbers
  'min(1, 5, -2)',
  'max(1, 5, -2)',
  'sum([1, 2.5])',
  'abs(-3)',
  'ceil(1.2)',
  'floor(-1.2)',
  'signum(-7)',
  'pow(2, 10)',
  'log(8, 2)',
  'parseint("ff", 16)',
  'parseint("-101", 2)',
  // networks
  'cidrsubnet("10.0.0.0/16", 8, 2)',
  'cidrsubnet("fd00::/56", 8, 1)',
  'cidrhost("10.0.0.0/24", 5)',
  'cidrhost("10.0.0.0/24", -2)',
  'cidrnetmask("10.0.0.0/12")',
  'cidrsubnets("10.0.0.0/16", 4, 4, 8, 4)',
  // paths and files
  'dirname("a/b/c.txt")',
  'basename("a/b/c.txt")',
  'path.module',
  'path.root',
  'terraform.workspace',
  'file("${path.module}/files/f.txt")',
  'fileexists("files/f.txt")',
  'fileexists("files/nope.txt")',
  'templatefile("${path.module}/files/t.tpl", { name = "x", items = ["a", "b"] })',
  'jsondecode(file("files/p.json")).Statement[0].Action',
  'fileset(path.module, "files/*.txt")',
  'filebase64("files/f.txt")',
  'filemd5("files/f.txt")',
  'filesha256("files/f.txt")',
  'abspath("files")',
  // variables, locals
  'var.obj',
  'var.setv',
  'var.cli_list',
  'var.cli_str',
  'var.dflt',
  'var.numconv',
  'var.objmap',
  'local.base',
  'local.derived',
  'templatestring(local.tpl, { name = "x", items = [1, 2] })',
];

/** Generated combinations: arithmetic over a grid, jsonencode escaping of every awkward character. */
function generated(): string[] {
  const out: string[] = [];
  for (const a of ['-7', '0', '2.5', '9'])
    for (const b of ['1', '3', '-2'])
      for (const op of ['+', '-', '*', '%', '<', '>=', '=='])
        out.push(`${a} ${op} ${b}`);
  for (const ch of ['\\u003c', '\\u003e', '\\u0026', '\\u2028', '\\u2029', '\\u0008', '\\u000c', '\\u0001', '\\u001f', '\\u007f', '\\u00e9', '\\U0001F600', '\\\\', '\\"', '/'])
    out.push(`jsonencode("a${ch}b")`);
  return out;
}

const SAFE_FUNCTIONS = new Set([
  'jsonencode', 'merge', 'concat', 'flatten', 'distinct', 'compact', 'format', 'formatlist', 'join', 'split', 'replace', 'lower', 'upper',
  'trimspace', 'trimprefix', 'trimsuffix', 'substr', 'coalesce', 'lookup', 'element', 'try', 'can', 'toset', 'tolist', 'tomap', 'tostring',
  'tonumber', 'keys', 'values', 'zipmap', 'length', 'contains', 'range', 'slice', 'reverse', 'sort', 'setunion', 'one', 'alltrue', 'anytrue',
  'min', 'max', 'startswith', 'endswith', 'regex', 'regexall', 'cidrsubnet', 'cidrhost', 'split', 'sum', 'abs',
]);

/** Pure expressions from the corpus (locals, arguments, defaults): only literals, bound for-variables and safe functions. */
function corpusExpressions(limit: number): string[] {
  if (!hasCorpus) return [];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.tf')) files.push(p);
    }
  };
  walk(path.join(CORPUS, 'terraform'));
  const out = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const parsed = parseHcl(text, file);
    const visit = (body: Body): boolean => {
      for (const attr of body.attributes) {
        const e = attr.expr;
        // Only expressions that compute something (a call or a for), built from literals alone.
        if (!hasCall(e) || !isPure(e, new Set())) continue;
        const src = text.slice(e.range.start.offset, e.range.end.offset);
        if (src.length > 1500) continue;
        out.add(src);
        if (out.size >= limit) return true;
      }
      return body.blocks.some((b) => visit(b.body));
    };
    if (visit(parsed.file.body)) break;
  }
  return [...out];
}

function hasCall(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  if ((e as { type?: string }).type === 'FunctionCall' || (e as { type?: string }).type === 'For') return true;
  // A node is its own range (src/parse/hcl/nodes.ts): ranges hold no expressions and are not walked.
  return Object.entries(e as Record<string, unknown>).some(([k, v]) => k !== 'range' && (Array.isArray(v) ? v.some(hasCall) : typeof v === 'object' && hasCall(v)));
}

function isPure(e: Expression, bound: Set<string>): boolean {
  const parts = (ps: TemplatePart[], b: Set<string>): boolean =>
    ps.every((p) => {
      switch (p.type) {
        case 'TemplateLiteral':
          return true;
        case 'TemplateInterpolation':
          return isPure(p.expr, b);
        case 'TemplateIf':
          return isPure(p.cond, b) && parts(p.then, b) && parts(p.else ?? [], b);
        case 'TemplateFor': {
          const inner = new Set([...b, p.valueVar, ...(p.keyVar ? [p.keyVar] : [])]);
          return isPure(p.collection, b) && parts(p.body, inner);
        }
      }
    });
  switch (e.type) {
    case 'Literal':
    case 'SplatItem':
      return true;
    case 'Template':
      return parts(e.parts, bound);
    case 'Tuple':
      return e.items.every((i) => isPure(i, bound));
    case 'Object':
      return e.items.every((i) => (i.key.type === 'Variable' || isPure(i.key, bound)) && isPure(i.value, bound));
    case 'Variable':
      return bound.has(e.name);
    case 'GetAttr':
      return isPure(e.object, bound);
    case 'Index':
      return isPure(e.object, bound) && isPure(e.key, bound);
    case 'Splat':
      return isPure(e.object, bound) && isPure(e.each, bound);
    case 'FunctionCall':
      return SAFE_FUNCTIONS.has(e.name) && e.args.every((a) => isPure(a, bound));
    case 'Conditional':
      return isPure(e.cond, bound) && isPure(e.then, bound) && isPure(e.else, bound);
    case 'Binary':
      return isPure(e.left, bound) && isPure(e.right, bound);
    case 'Unary':
      return isPure(e.operand, bound);
    case 'Paren':
      return isPure(e.expr, bound);
    case 'For': {
      const inner = new Set([...bound, e.valueVar, ...(e.keyVar ? [e.keyVar] : [])]);
      return isPure(e.collection, bound) && isPure(e.valueExpr, inner) && (!e.keyExpr || isPure(e.keyExpr, inner)) && (!e.cond || isPure(e.cond, inner));
    }
  }
}

const FIXED_CONFIG = `
variable "obj" {
  type = object({ a = string, b = optional(number, 5), c = optional(list(string)) })
}
variable "objmap" {
  type = map(object({ name = string, tags = optional(map(string), {}) }))
  default = { one = { name = "n1" }, two = { name = "n2", tags = { k = "v" } } }
}
variable "setv" { type = set(string) }
variable "cli_list" { type = list(number) }
variable "cli_str" { type = string }
variable "dflt" { default = { x = [1, 2] } }
variable "numconv" { type = number }

locals {
  base    = { a = 1, list = ["x", "y"] }
  derived = { for i, v in local.base.list : v => i + local.base.a }
  tpl     = "Hello $\${name}!%%{ for i in items } [$\${i}]%%{ endfor }"
}

resource "terraform_data" "counted" {
  count = 2
  input = "c-\${count.index}"
}

resource "terraform_data" "each_set" {
  for_each = toset(["b", "a"])
  input    = "\${each.key}=\${each.value}"
}

resource "terraform_data" "each_map" {
  for_each = { x = 1, y = 2 }
  input    = { key = each.key, value = each.value * 10 }
}

resource "terraform_data" "ref" {
  input = [terraform_data.each_map["y"].input.value, terraform_data.counted[1].input, length(terraform_data.counted)]
}
`;

const TFVARS = `obj     = { a = "A", extra = 1 }
setv    = ["b", "a", "b"]
numconv = "42"
`;
const CLI_VARS: Record<string, string> = { cli_list: '[1, 2]', cli_str: '[not parsed]' };

const SUPPORT_FILES: Record<string, string> = {
  'files/f.txt': 'file text <&>\n',
  'files/t.tpl': 'Hello ${name}!\n%{ for i in items ~}\n- ${i}\n%{ endfor ~}\nend',
  'files/p.json': '{"Statement":[{"Action":["s3:GetObject","s3:PutObject"]}]}',
  'files/other.txt': 'x',
};

describe.skipIf(!TERRAFORM)('Terraform evaluator vs terraform (oracle)', () => {
  it('evaluates every expression to the value terraform computes', () => {
    const expressions = [...HAND, ...generated(), ...corpusExpressions(60)];
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-oracle-'));
    try {
      let main = FIXED_CONFIG;
      expressions.forEach((e, i) => {
        main += `\nresource "terraform_data" "e${i}" {\n  input = ${e}\n}\n`;
      });
      const files: Record<string, string> = { 'main.tf': main, 'terraform.tfvars': TFVARS, ...SUPPORT_FILES };
      for (const [rel, text] of Object.entries(files)) {
        mkdirFor(path.join(dir, rel));
        writeFileSync(path.join(dir, rel), text);
      }
      const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
      const varArgs = Object.entries(CLI_VARS).flatMap(([k, v]) => ['-var', `${k}=${v}`]);
      try {
        execFileSync(TERRAFORM!, ['plan', '-input=false', '-no-color', '-refresh=false', '-out=plan.bin', ...varArgs], { cwd: dir, env, stdio: 'pipe' });
      } catch (err) {
        throw new Error(`terraform plan failed:\n${String((err as { stderr?: Buffer }).stderr ?? err)}`);
      }
      const shown = JSON.parse(execFileSync(TERRAFORM!, ['show', '-json', 'plan.bin'], { cwd: dir, env, maxBuffer: 1 << 28 }).toString()) as {
        planned_values: { root_module: { resources: Array<{ address: string; values: { input: unknown } }> } };
      };
      const expected = new Map(shown.planned_values.root_module.resources.map((r) => [r.address, r.values.input]));

      const sources: SourceFile[] = Object.entries(files).map(([rel, text]) => ({ absPath: path.join(dir, rel), path: rel, text }));
      const all = new Map(sources.map((f) => [f.path, f]));
      const ours = evaluateTerraform(
        sources.filter((f) => /\.tf(vars)?$/.test(f.path)),
        all,
        { root: dir, varFiles: [], vars: CLI_VARS, parameters: {}, parameterFiles: [], debug: false },
      );
      expect(ours.errors).toEqual([]);
      const actual = new Map(ours.resources.map((r) => [r.address, toPlain(r.body.get('input') ?? { kind: 'null' })]));

      const mismatches: string[] = [];
      for (const [address, want] of expected) {
        const got = actual.get(address);
        const m = /^terraform_data\.e(\d+)$/.exec(address);
        const label = m ? expressions[Number(m[1])]! : address;
        if (!actual.has(address)) mismatches.push(`${label}: missing ${address}`);
        else if (JSON.stringify(normalize(got)) !== JSON.stringify(normalize(want)))
          mismatches.push(`${label}\n    terraform: ${JSON.stringify(want)}\n    grantlint: ${JSON.stringify(got)}`);
      }
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      expect(mismatches).toEqual([]);
      expect(expressions.length).toBeGreaterThanOrEqual(150);
      console.log(`tf-eval oracle: ${expressions.length} expressions (${HAND.length} hand-written, ${generated().length} generated, ${expressions.length - HAND.length - generated().length} from the corpus) + ${expected.size - expressions.length} expanded resources agree with terraform ${TERRAFORM}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('covers every required function', () => {
    const required =
      'jsonencode jsondecode merge concat flatten distinct compact format formatlist join split replace lower upper title trimspace trim trimprefix trimsuffix substr coalesce coalescelist lookup element index try can toset tolist tomap tostring tonumber tobool keys values zipmap length contains range slice reverse sort setunion setintersection setproduct setsubtract one alltrue anytrue min max abs ceil floor sum startswith endswith strcontains regex regexall base64encode base64decode md5 sha1 sha256 file templatefile fileexists abspath dirname basename';
    const text = HAND.join('\n');
    expect(required.split(' ').filter((f) => !new RegExp(`\\b${f}\\(`).test(text))).toEqual([]);
  });
});

function mkdirFor(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
}

/** Object keys sorted (terraform objects have no order; ours keep source order), everything else as is. */
function normalize(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalize);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, normalize(o[k])]));
  }
  return v;
}
