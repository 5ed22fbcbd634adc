/**
 * Differential test: our HCL AST, projected into the JSON shape of the oracle hcl2json (@cdktf/hcl2json, HashiCorp's
 * own HCL parser compiled to WASM), must equal the oracle's output on every .tf file of the shared corpus.
 *
 * The projection mirrors hcl2json's conversion rules:
 * - blocks nest by type then labels, and each body becomes one element of an array (repeated blocks append);
 * - attributes are processed after blocks and win on a name clash;
 * - literals become JSON values, `-<literal>` / `!<literal>` are folded, tuples and objects recurse;
 * - a template that is a single interpolation is replaced by what it wraps; other templates are rebuilt as strings
 *   whose literal text re-escapes `${` / `%{`, whose interpolations become `${<source>}`, and whose directives are
 *   normalised to `%{if c}...%{else}...%{endif}` / `%{for k, v in c}...%{endfor}` (an interpolated conditional is
 *   rendered as an if directive, as hcl2json does);
 * - object keys that are plain traversals keep their source text; other keys are converted like template parts;
 * - every other expression becomes `${<source text>}` (including a directly following `)`, an hcl2json quirk).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as oracleParse } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import type { Block, Body, Expression, ObjectItem, TemplateExpr, TemplatePart } from '../src/parse/hcl/ast.js';
import { parseHcl } from '../src/parse/hcl/index.js';
import { CORPUS, hasCorpus } from './support/corpus.js';

/** Files where our projection may differ from the oracle, with the reason. This list may only shrink. */
const EXCEPTIONS: Record<string, string> = {};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

class Projector {
  constructor(private readonly source: string) {}

  body(body: Body): { [key: string]: Json } {
    const out: { [key: string]: Json } = {};
    for (const block of body.blocks) this.block(out, block);
    for (const attribute of body.attributes) out[attribute.name] = this.expression(attribute.expr);
    return out;
  }

  private block(out: { [key: string]: Json }, block: Block): void {
    let target = out;
    let key = block.blockType;
    for (const label of block.labels) {
      const existing = target[key];
      if (existing === undefined) target[key] = {};
      else if (typeof existing !== 'object' || existing === null || Array.isArray(existing)) {
        throw new Error(`Unable to convert Block to JSON: ${block.blockType}.${block.labels.join('.')}`);
      }
      target = target[key] as { [key: string]: Json };
      key = label;
    }
    const list = (target[key] ??= []) as Json[];
    list.push(this.body(block.body));
  }

  expression(expr: Expression): Json {
    switch (expr.type) {
      case 'Literal':
        return expr.value;
      case 'Unary':
        if (expr.operand.type === 'Literal') {
          const value = expr.operand.value;
          return expr.op === '-' ? -(value as number) : !value;
        }
        return this.wrap(expr);
      case 'Template':
        if (isPassthrough(expr)) return this.expression((expr.parts[0] as { expr: Expression }).expr);
        return this.template(expr);
      case 'Tuple':
        return expr.items.map((item) => this.expression(item));
      case 'Object': {
        const out: { [key: string]: Json } = {};
        for (const item of expr.items) out[this.key(item)] = this.expression(item.value);
        return out;
      }
      default:
        return this.wrap(expr);
    }
  }

  private template(expr: TemplateExpr): string {
    return this.parts(expr.parts);
  }

  private parts(parts: TemplatePart[]): string {
    let out = '';
    for (const part of parts) out += this.part(part);
    return out;
  }

  private part(part: TemplatePart): string {
    switch (part.type) {
      case 'TemplateLiteral':
        return escapeTemplateText(part.value);
      case 'TemplateInterpolation':
        return this.stringPart(part.expr);
      case 'TemplateIf':
        return this.ifDirective(this.text(part.cond), this.parts(part.then), part.else ? this.parts(part.else) : '');
      case 'TemplateFor': {
        const names = part.keyVar !== undefined ? `${part.keyVar}, ${part.valueVar}` : part.valueVar;
        return `%{for ${names} in ${this.text(part.collection)}}${this.parts(part.body)}%{endfor}`;
      }
    }
  }

  private ifDirective(cond: string, then: string, otherwise: string): string {
    return `%{if ${cond}}${then}${otherwise.length > 0 ? `%{else}${otherwise}` : ''}%{endif}`;
  }

  /** hcl2json's conversion of an expression appearing as one piece of a larger string. */
  private stringPart(expr: Expression): string {
    switch (expr.type) {
      case 'Literal':
        return String(expr.value);
      case 'Template':
        if (isPassthrough(expr)) return this.stringPart((expr.parts[0] as { expr: Expression }).expr);
        return this.template(expr);
      case 'Conditional':
        return this.ifDirective(this.text(expr.cond), this.stringPart(expr.then), this.stringPart(expr.else));
      default:
        return this.wrap(expr);
    }
  }

  private key(item: ObjectItem): string {
    if (isTraversal(item.key)) return this.text(item.key);
    return this.stringPart(item.key);
  }

  private wrap(expr: Expression): string {
    return '${' + this.text(expr) + '}';
  }

  private text(expr: Expression): string {
    const end = expr.range.end.offset;
    return this.source.slice(expr.range.start.offset, this.source.charCodeAt(end) === 0x29 ? end + 1 : end);
  }
}

function isPassthrough(expr: TemplateExpr): boolean {
  return expr.parts.length === 1 && expr.parts[0]!.type === 'TemplateInterpolation';
}

/** HCL's ScopeTraversalExpr: a root name followed by attribute steps and constant index steps. */
function isTraversal(expr: Expression): boolean {
  switch (expr.type) {
    case 'Variable':
      return true;
    case 'GetAttr':
      return isTraversal(expr.object);
    case 'Index':
      return (
        (expr.key.type === 'Literal' || (expr.key.type === 'Template' && expr.key.parts.length === 1 && expr.key.parts[0]!.type === 'TemplateLiteral')) &&
        isTraversal(expr.object)
      );
    default:
      return false;
  }
}

function escapeTemplateText(value: string): string {
  return value.split('${').join('$${').split('%{').join('%%{');
}

/** Deep JSON equality, independent of key order (numbers compare by value, so -0 equals 0 as in Go's encoder). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const k of aKeys) {
    if (!Object.hasOwn(b, k) || !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** The first path where two JSON values differ, with both values, for readable failure messages. */
function firstDifference(ours: unknown, oracle: unknown, at = ''): string | undefined {
  if (sameJson(ours, oracle)) return undefined;
  if (ours !== null && oracle !== null && typeof ours === 'object' && typeof oracle === 'object') {
    const keys = new Set([...Object.keys(ours as object), ...Object.keys(oracle as object)]);
    for (const k of keys) {
      const found = firstDifference((ours as Record<string, unknown>)[k], (oracle as Record<string, unknown>)[k], `${at}/${k}`);
      if (found) return found;
    }
  }
  return `${at}\n  ours:   ${JSON.stringify(ours)?.slice(0, 300)}\n  oracle: ${JSON.stringify(oracle)?.slice(0, 300)}`;
}

function corpusFiles(): string[] {
  const dir = path.join(CORPUS, 'terraform');
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.tf'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

function project(text: string, file: string): Json {
  return new Projector(text).body(parseHcl(text, file).file.body);
}

/** Hand-written files exercising the constructs (and hcl2json quirks) that the corpus uses rarely. */
const EDGE_CASES: string[] = [
  "# comment\nresource \"aws_iam_role\" \"r\" {\n  name = \"x-${var.a}\"\n  n = 1\n  f = 1.5\n  b = true\n  z = null\n  l = [1, \"a\", var.x]\n  o = { a = 1, \"b\" = 2 }\n  t = <<EOF\nhello ${var.x}\nEOF\n  t2 = <<-EOF\n    indented\n      more\n    EOF\n  c = var.a ? 1 : 2\n  s = aws_iam_role.x[*].arn\n  fn = jsonencode({ a = 1 })\n  for = [for x in var.l : x if x != \"\"]\n  esc = \"a\\nb\\\"c$${x}\"\n  tmpl = \"%{ if var.x }yes%{ endif }\"\n  neg = -1\n  e = \"\"\n  dyn {\n    a = 1\n  }\n  dyn {\n    a = 2\n  }\n}\nresource \"aws_iam_role\" \"s\" {\n}\nlocals {\n  a = 1\n}\nlocals {\n  b = 2\n}\nterraform {\n  required_providers {\n    aws = { source = \"hashicorp/aws\" }\n  }\n}\n",
  "a1 = \"a$${x}%%{y}\"\na2 = \"a$${x} ${var.y}\"\na3 = (1 + 2)\na4 = list(string)\na5 = map_thing.x\na6 = -var.x\na7 = !true\na8 = \"${var.x}\"\na9 = \"pre %{ for k, v in var.m ~}${k}=${v}%{ endfor ~} post\"\na10 = \"%{ if a }x%{ else }y%{ endif }\"\na11 = { (var.k) = 1, \"${var.j}\" = 2, var.z = 3, a.b = 4 }\na12 = 1e3\na13 = 0.10\na14 = 12345678901234567890\na15 = upper(\"x\")\na16 = foo(1, (2))\na17 = [for x in y : (x)]\na18 = { a = 1\n  b = 2 }\na19 = \"\\u00e9\\U0001F600\\t\"\na20 = <<EOT\n  x $${y} ${z}\nEOT\na21 = provider::aws::arn_parse(\"x\")\na22 = [(1)]\na23 = -1.5\na24 = \"${\"x\"}\"\na25 = \"%{if true}a%{endif}b\"\na26 = var.x[0].y\na27 = 5 / 2\na28 = stringsomething\na29 = numberx.y\na30 = 1\na31 = \"a%{ for x in y }${x}%{ endfor }\"\na32 = {\"a b\" = 1, 2 = 3, true = 4, null = 5}\na33 = \"%{ if a }x%{ else }%{ endif }\"\na34 = \"%{ if a }%{ if b }x%{ endif }%{ endif }\"\n",
  "b1 = \"\\u0024{x}\"\nb2 = \"a$${x}\"\nb3 = \"$${x}\"\nb4 = \"a%%{x}\"\nb5 = \"${x}$${y}\"\nb6 = <<-EOT\n    a\n      b $${c}\n    EOT\nb7 = \"$$$${x}\"\nb8 = \"$$\"\nb9 = \"a $ b % c\"\nb10 = <<EOT\n%{ for x in y ~}\n  ${x}\n%{ endfor ~}\nEOT\nb11 = <<-EOT\n\ttab\n\t  tab2\n\tEOT\nb12 = \"  ${x}  \"\nb13 = \"a ${~ x ~} b\"\nb14 = <<EOT\nEOT\nb15 = [<<EOT\nx\nEOT\n, 2]\nb16 = \"\\\\${x}\"\n",
  "c1 = { \"a$${b}\" = 1 }\nc2 = \"\\u0025{x}\"\nc3 = [\"$${x}\"]\nc4 = \"${\"$${x}\"}\"\nc5 = \"%{ if a }$${x}%{ endif }\"\nc6 = {\"${a}\" = \"${b}\"}\nc7 = -(1)\nc8 = -1 + 2\nc9 = !x\nc10 = - 1\nc11 = {a: 1, b: 2,}\nc12 = (var.a)\nc13 = [for k, v in m : v]\nc14 = { for k, v in m : k => v... if v != null }\nc15 = a[*].b\nc16 = a.*.b.0\nc17 = a.0\nc18 = \"${a}${b}\"\nc19 = \"${1}\"\nc20 = \"${true}\"\nc21 = \"${[1]}\"\nc22 = \"${{a=1}}\"\nc23 = -x.y\nc24 = \"${-1}\"\nc25 = - -1\nc26 = 1.0\nc27 = 0.5e-3\nc28 = 1E+2\nc29 = \"%{ for x in [1, 2] }%{ if x > 1 }${x}%{ endif }%{ endfor }\"\nres \"a$${b}\" {}\nc30 = -0\nc31 = 007\nc32 = \"${ var.x }\"\nc33 = \"%{~ if a ~} x %{~ endif ~}\"\nc34 = {\n  a = 1,\n  b = 2\n}\nc35 = \"${\"a\"}${\"b\"}\"\nc36 = \"x${\"a\"}\"\n",
];

describe('HCL parser vs hcl2json on hand-written edge cases', () => {
  it.each(EDGE_CASES.map((text, i) => [i, text] as const))('edge case file %i matches', async (i, text) => {
    const file = `edge-${i}.tf`;
    expect(parseHcl(text, file).errors).toEqual([]);
    const expected: unknown = await oracleParse(file, text);
    expect(firstDifference(project(text, file), expected)).toBeUndefined();
  });
});

describe.skipIf(!hasCorpus)('HCL parser vs hcl2json on the Terraform corpus', () => {
  const files = hasCorpus ? corpusFiles() : [];
  const texts = new Map(files.map((f) => [f, readFileSync(path.join(CORPUS, 'terraform', f), 'utf8')]));

  it('finds the whole corpus', () => {
    expect(files.length).toBe(2117);
  });

  it('parses every corpus .tf file with zero errors', () => {
    const failures: string[] = [];
    for (const file of files) {
      const { errors } = parseHcl(texts.get(file)!, file);
      for (const e of errors) failures.push(`${file}:${e.range.start.line}:${e.range.start.column}: ${e.message}`);
    }
    expect(failures).toEqual([]);
  });

  it('matches hcl2json on every corpus .tf file (exceptions listed with reasons)', async () => {
    const mismatches: string[] = [];
    const nowPassing: string[] = [];
    for (const file of files) {
      const text = texts.get(file)!;
      const expected: unknown = await oracleParse(file, text);
      let actual: unknown;
      try {
        actual = project(text, file);
      } catch (error) {
        actual = `projection failed: ${(error as Error).message}`;
      }
      const same = sameJson(actual, expected);
      if (!same && !(file in EXCEPTIONS)) mismatches.push(`${file} at ${firstDifference(actual, expected)}`);
      if (same && file in EXCEPTIONS) nowPassing.push(file);
    }
    expect(mismatches).toEqual([]);
    expect(nowPassing, 'these files now match: remove them from EXCEPTIONS').toEqual([]);
  }, 120_000);
});
