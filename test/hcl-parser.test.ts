import { describe, expect, it } from 'vitest';
import type {
  Attribute,
  Block,
  Expression,
  ForExpr,
  FunctionCallExpr,
  HclParseResult,
  ObjectExpr,
  Range,
  SplatExpr,
  TemplateExpr,
  TemplateFor,
  TemplateIf,
  TemplateInterpolation,
  TupleExpr,
} from '../src/parse/hcl/ast.js';
import { readFileSync } from 'node:fs';
import { parseHcl, parseHclTemplate } from '../src/parse/hcl/index.js';
import { WARM_UP_SAMPLE } from '../src/parse/hcl/warm-up.js';

/** [line, column, endLine, endColumn] */
function span(range: Range): [number, number, number, number] {
  return [range.start.line, range.start.column, range.end.line, range.end.column];
}

function parseOk(text: string): HclParseResult {
  const result = parseHcl(text, 'main.tf');
  expect(result.errors).toEqual([]);
  return result;
}

function attr(text: string, name = 'a'): Attribute {
  const found = parseOk(text).file.body.attributes.find((a) => a.name === name);
  if (!found) throw new Error(`no attribute ${name}`);
  return found;
}

function expr(source: string): Expression {
  return attr(`a = ${source}\n`).expr;
}

function errors(text: string): Array<[string, number, number, number, number]> {
  return parseHcl(text, 'bad.tf').errors.map((e) => [e.message, ...span(e.range)]);
}

describe('bodies and blocks', () => {
  it('parses blocks with quoted and bare labels, attributes and exact spans', () => {
    const { file } = parseOk('resource "aws_iam_role" deploy {\n  name = "x"\n}\n');
    expect(file.path).toBe('main.tf');
    const block = file.body.blocks[0]!;
    expect(block.blockType).toBe('resource');
    expect(block.labels).toEqual(['aws_iam_role', 'deploy']);
    expect(span(block.range)).toEqual([1, 1, 3, 2]);
    expect(span(block.typeRange)).toEqual([1, 1, 1, 9]);
    expect(block.labelRanges.map(span)).toEqual([
      [1, 10, 1, 24],
      [1, 25, 1, 31],
    ]);
    expect(span(block.body.range)).toEqual([1, 32, 3, 2]);
    const name = block.body.attributes[0]!;
    expect(name.name).toBe('name');
    expect(span(name.range)).toEqual([2, 3, 2, 13]);
    expect(span(name.nameRange)).toEqual([2, 3, 2, 7]);
    expect(span(name.expr.range)).toEqual([2, 10, 2, 13]);
    expect(file.body.items).toEqual([block]);
    expect(span(file.body.range)).toEqual([1, 1, 4, 1]);
  });

  it('parses one-line blocks and keeps items in source order', () => {
    const { file } = parseOk('a = 1\nlifecycle { create_before_destroy = true }\nempty {}\nb = 2');
    expect(file.body.items.map((i) => (i.type === 'Block' ? i.blockType : i.name))).toEqual(['a', 'lifecycle', 'empty', 'b']);
    const lifecycle = file.body.blocks[0]!;
    expect(span(lifecycle.range)).toEqual([2, 1, 2, 43]);
    expect(lifecycle.body.attributes[0]!.name).toBe('create_before_destroy');
    expect(span(lifecycle.body.attributes[0]!.range)).toEqual([2, 13, 2, 41]);
    expect(file.body.blocks[1]!.body.items).toEqual([]);
  });

  it('keeps #, // and /* */ comments with their spans, and a line comment still ends an attribute', () => {
    const { file } = parseOk('# one\na = 1 // two\n/* three\n  lines */ b = 2\n');
    expect(file.comments.map((c) => [c.kind, c.text, ...span(c.range)])).toEqual([
      ['line', '# one', 1, 1, 1, 6],
      ['line', '// two', 2, 7, 2, 13],
      ['block', '/* three\n  lines */', 3, 1, 4, 11],
    ]);
    expect(file.body.attributes.map((a) => a.name)).toEqual(['a', 'b']);
    expect(span(file.body.attributes[1]!.range)).toEqual([4, 12, 4, 17]);
  });

  it('handles CRLF line endings and a byte order mark', () => {
    const { file } = parseOk('\uFEFFa = 1\r\nb {\r\n  c = "x"\r\n}\r\n');
    expect(span(file.body.attributes[0]!.range)).toEqual([1, 1, 1, 6]);
    expect(span(file.body.blocks[0]!.body.attributes[0]!.range)).toEqual([3, 3, 3, 10]);
  });
});

describe('literals and templates', () => {
  it('parses number, bool and null literals', () => {
    expect(expr('42')).toMatchObject({ type: 'Literal', value: 42 });
    expect(expr('1.5e3')).toMatchObject({ type: 'Literal', value: 1500 });
    expect(expr('true')).toMatchObject({ type: 'Literal', value: true });
    expect(expr('false')).toMatchObject({ type: 'Literal', value: false });
    expect(expr('null')).toMatchObject({ type: 'Literal', value: null });
    expect(span(expr('12.25').range)).toEqual([1, 5, 1, 10]);
  });

  it('processes every escape in quoted strings', () => {
    const t = expr('"a\\n\\t\\"\\\\\\u00e9\\U0001F600$${x}%%{y}\\r"') as TemplateExpr;
    expect(t.type).toBe('Template');
    expect(t.parts).toHaveLength(1);
    expect(t.parts[0]).toMatchObject({ type: 'TemplateLiteral', value: 'a\n\t"\\é😀${x}%{y}\r' });
    expect(span(t.range)).toEqual([1, 5, 1, 44]);
    expect(span(t.parts[0]!.range)).toEqual([1, 6, 1, 43]);
  });

  it('gives "" one empty literal part just after the opening quote', () => {
    const t = expr('""') as TemplateExpr;
    expect(t.parts).toHaveLength(1);
    expect(t.parts[0]).toMatchObject({ type: 'TemplateLiteral', value: '' });
    expect(span(t.parts[0]!.range)).toEqual([1, 6, 1, 6]);
  });

  it('parses interpolations with strip markers', () => {
    const t = expr('"a ${~ b ~} c ${d}"') as TemplateExpr;
    expect(t.parts.map((p) => p.type)).toEqual(['TemplateLiteral', 'TemplateInterpolation', 'TemplateLiteral', 'TemplateInterpolation']);
    expect((t.parts[0] as { value: string }).value).toBe('a');
    expect((t.parts[2] as { value: string }).value).toBe('c ');
    const strip = t.parts[1] as TemplateInterpolation;
    expect([strip.stripLeft, strip.stripRight]).toEqual([true, true]);
    expect(span(strip.range)).toEqual([1, 8, 1, 16]);
    expect(strip.expr).toMatchObject({ type: 'Variable', name: 'b' });
    expect(span(strip.expr.range)).toEqual([1, 12, 1, 13]);
    const plain = t.parts[3] as TemplateInterpolation;
    expect([plain.stripLeft, plain.stripRight]).toEqual([false, false]);
  });

  it('parses %{if}/%{else}/%{endif} and %{for}/%{endfor} directives', () => {
    const t = expr('"%{ if x ~} yes %{ else }no%{ endif }|%{ for k, v in m }${k}=${v},%{ endfor }"') as TemplateExpr;
    const ifPart = t.parts[0] as TemplateIf;
    expect(ifPart.type).toBe('TemplateIf');
    expect(ifPart.cond).toMatchObject({ type: 'Variable', name: 'x' });
    expect(ifPart.then).toMatchObject([{ type: 'TemplateLiteral', value: 'yes ' }]);
    expect(ifPart.else).toMatchObject([{ type: 'TemplateLiteral', value: 'no' }]);
    expect(span(ifPart.range)).toEqual([1, 6, 1, 42]);
    expect(t.parts[1]).toMatchObject({ type: 'TemplateLiteral', value: '|' });
    const forPart = t.parts[2] as TemplateFor;
    expect(forPart).toMatchObject({ type: 'TemplateFor', keyVar: 'k', valueVar: 'v', collection: { type: 'Variable', name: 'm' } });
    expect(forPart.body.map((p) => p.type)).toEqual(['TemplateInterpolation', 'TemplateLiteral', 'TemplateInterpolation', 'TemplateLiteral']);
    expect(span(forPart.range)).toEqual([1, 43, 1, 82]);
  });

  it('parses heredocs and strips the common indentation of <<- heredocs', () => {
    const plain = expr('<<EOF\n  x ${y}\nEOF\n') as TemplateExpr;
    expect(plain.heredoc).toEqual({ marker: 'EOF', indent: false });
    expect(plain.parts.map((p) => (p.type === 'TemplateLiteral' ? p.value : p.type))).toEqual(['  x ', 'TemplateInterpolation', '\n']);
    expect(span(plain.range)).toEqual([1, 5, 3, 4]);

    const flush = expr('<<-EOT\n    first\n      second $${x}\n\n    third\n    EOT\n') as TemplateExpr;
    expect(flush.heredoc).toEqual({ marker: 'EOT', indent: true, stripped: 4 });
    expect(flush.parts).toMatchObject([{ type: 'TemplateLiteral', value: 'first\n  second ${x}\n\nthird\n' }]);
    expect(span(flush.range)).toEqual([1, 5, 6, 8]);
    expect(span(flush.parts[0]!.range)).toEqual([2, 5, 6, 1]);
  });

  it('parses a standalone template file', () => {
    const { template, errors: problems } = parseHclTemplate('Hello ${name}\n%{ for r in roles }${r}\n%{ endfor }', 'greeting.tftpl');
    expect(problems).toEqual([]);
    expect(template.parts.map((p) => p.type)).toEqual(['TemplateLiteral', 'TemplateInterpolation', 'TemplateLiteral', 'TemplateFor']);
    expect(span(template.parts[3]!.range)).toEqual([2, 1, 3, 12]);
  });
});

describe('collections, for expressions, traversals and operators', () => {
  it('parses tuples and objects with commas or newlines, = or :, and every key form', () => {
    const tuple = expr('[1,\n "b", [],\n]') as TupleExpr;
    expect(tuple.items.map((i) => i.type)).toEqual(['Literal', 'Template', 'Tuple']);
    expect(span(tuple.range)).toEqual([1, 5, 3, 2]);

    const object = expr('{\n  a = 1, "b" : 2\n  (c.d) = 3\n  e.f = 4\n}') as ObjectExpr;
    expect(object.items.map((i) => i.key.type)).toEqual(['Variable', 'Template', 'Paren', 'GetAttr']);
    expect(object.items.map((i) => i.value)).toMatchObject([{ value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }]);
    expect(object.items.map((i) => span(i.range))).toEqual([
      [2, 3, 2, 8],
      [2, 10, 2, 17],
      [3, 3, 3, 12],
      [4, 3, 4, 10],
    ]);
  });

  it('parses tuple and object for expressions with conditions and grouping', () => {
    const list = expr('[for i, s in var.list : upper(s) if s != ""]') as ForExpr;
    expect(list).toMatchObject({ type: 'For', kind: 'tuple', keyVar: 'i', valueVar: 's', group: false });
    expect(list.valueExpr).toMatchObject({ type: 'FunctionCall', name: 'upper' });
    expect(list.cond).toMatchObject({ type: 'Binary', op: '!=' });
    expect(list.keyExpr).toBeUndefined();
    expect(span(list.range)).toEqual([1, 5, 1, 49]);

    const map = expr('{ for r in var.roles : r.team => r.name... if r.enabled }') as ForExpr;
    expect(map).toMatchObject({ type: 'For', kind: 'object', valueVar: 'r', group: true });
    expect(map.keyVar).toBeUndefined();
    expect(map.keyExpr).toMatchObject({ type: 'GetAttr', name: 'team' });
    expect(map.valueExpr).toMatchObject({ type: 'GetAttr', name: 'name' });
    expect(map.cond).toMatchObject({ type: 'GetAttr', name: 'enabled' });
  });

  it('parses full and attribute-only splats with the per-element traversal', () => {
    const full = expr('aws_iam_role.r[*].arn[0]') as SplatExpr;
    expect(full).toMatchObject({ type: 'Splat', kind: 'full', object: { type: 'GetAttr', name: 'r' } });
    expect(full.each).toMatchObject({ type: 'Index', key: { value: 0 }, object: { type: 'GetAttr', name: 'arn', object: { type: 'SplatItem' } } });
    expect(span(full.range)).toEqual([1, 5, 1, 29]);
    const item = (full.each as { object: { object: Expression } }).object.object;
    expect(span(item.range)).toEqual([1, 19, 1, 22]);

    // After an attribute-only splat, an index applies to the whole result.
    const attrOnly = expr('a.*.b.c[1]') as { type: string; object: SplatExpr };
    expect(attrOnly.type).toBe('Index');
    expect(attrOnly.object).toMatchObject({ type: 'Splat', kind: 'attr', each: { type: 'GetAttr', name: 'c', object: { type: 'GetAttr', name: 'b' } } });
    expect(span(attrOnly.object.range)).toEqual([1, 5, 1, 12]);
  });

  it('parses attribute access, index and the legacy .0 index', () => {
    expect(expr('var.subnets.0.id')).toMatchObject({
      type: 'GetAttr',
      name: 'id',
      object: { type: 'Index', legacy: true, key: { type: 'Literal', value: 0 }, object: { type: 'GetAttr', name: 'subnets' } },
    });
    const index = expr('local.m["k"]');
    expect(index).toMatchObject({ type: 'Index', key: { type: 'Template' } });
    expect(span(index.range)).toEqual([1, 5, 1, 17]);
  });

  it('applies HCL operator precedence and left associativity', () => {
    const e = expr('!a || b && c == d + e * -f % g - h ? x : y ? 1 : 2');
    expect(e.type).toBe('Conditional');
    const c = e as { cond: Expression; then: Expression; else: Expression };
    expect(c.else.type).toBe('Conditional');
    const or = c.cond as { type: string; op: string; left: Expression; right: Expression };
    expect(or).toMatchObject({ type: 'Binary', op: '||', left: { type: 'Unary', op: '!' } });
    expect(or.right).toMatchObject({ op: '&&', right: { op: '==', right: { op: '-', left: { op: '+', right: { op: '%', left: { op: '*' } } } } } });
    expect(span(e.range)).toEqual([1, 5, 1, 55]);
    expect(expr('10 - 2 - 3')).toMatchObject({ op: '-', left: { op: '-', left: { value: 10 } }, right: { value: 3 } });
    expect(expr('(1 + 2) * 3')).toMatchObject({ op: '*', left: { type: 'Paren', expr: { op: '+' } } });
  });

  it('parses function calls with expansion and provider namespaces', () => {
    const call = expr('concat(local.a,\n  local.b...)') as FunctionCallExpr;
    expect(call).toMatchObject({ type: 'FunctionCall', name: 'concat', expandFinal: true });
    expect(call.args).toHaveLength(2);
    expect(span(call.range)).toEqual([1, 5, 2, 14]);
    const namespaced = expr('provider::aws::arn_parse(var.arn)') as FunctionCallExpr;
    expect(namespaced.name).toBe('provider::aws::arn_parse');
    expect(namespaced.expandFinal).toBe(false);
  });
});

describe('errors are located and the parser recovers', () => {
  it('reports an unterminated string at its opening quote', () => {
    expect(errors('a = "abc\nb = 2\n')).toEqual([["Unterminated string: expected '\"' before the end of the line", 1, 5, 1, 9]]);
    expect(errors('a = "abc')).toEqual([["Unterminated string: expected '\"' before the end of the file", 1, 5, 1, 6]]);
  });

  it('reports a missing closing brace at the block that is left open', () => {
    expect(errors('resource "x" "y" {\n  a = 1\n')).toEqual([
      ["Missing '}' to close block 'resource' opened at 1:18: reached the end of the file", 1, 18, 1, 19],
    ]);
  });

  it('reports a bad token with what was expected', () => {
    expect(errors('a = 1 +\nb = 2\n')).toEqual([['Expected an expression, found end of line', 1, 8, 1, 8]]);
    expect(errors('a = [1 2]\n')).toEqual([["Expected ',' or ']' after a list item, found number 2", 1, 8, 1, 9]]);
    expect(errors('@ = 1\n')).toEqual([["Expected an attribute or block definition, found invalid character '@'", 1, 1, 1, 2]]);
    expect(errors('a = 1, b = 2\n')).toEqual([
      ["Expected a newline after the value of 'a', found ','. Attributes are separated by newlines, not commas", 1, 6, 1, 7],
    ]);
  });

  it('reports an unterminated heredoc', () => {
    expect(errors('a = <<EOT\nhello\n')).toEqual([
      ["Unterminated heredoc: expected the closing marker 'EOT' on a line of its own before the end of the file", 1, 5, 1, 10],
    ]);
  });

  it('recovers after an error and reports later ones too', () => {
    const result = parseHcl('a = [1 2]\nb = {\n  c = \n}\nd = f(1,\ne = "ok"\n', 'bad.tf');
    expect(result.errors.map((e) => [e.message, ...span(e.range)])).toEqual([
      ["Expected ',' or ']' after a list item, found number 2", 1, 8, 1, 9],
      ['Expected an expression, found end of line', 3, 7, 3, 7],
      // Newlines do not end a call's argument list, so the next line is read as an argument.
      ["Expected ',' or ')' after an argument of 'f', found '='", 6, 3, 6, 4],
    ]);
    // Items around the errors are still there.
    expect(result.file.body.attributes.map((a) => a.name)).toEqual(['a', 'b', 'd']);
  });

  it('recovers inside blocks so sibling attributes survive', () => {
    const result = parseHcl('x {\n  a = )\n  b = 2\n}\ny {\n  c = [\n}\n', 'bad.tf');
    expect(result.errors.map((e) => [e.message, ...span(e.range)])).toEqual([
      ["Expected an expression, found ')'", 2, 7, 2, 8],
      // As in HCL, looking for the list's ']' consumes the block's '}'.
      ["Missing '}' to close block 'y' opened at 5:3: reached the end of the file", 5, 3, 5, 4],
      ["Expected an expression, found '}'", 7, 1, 7, 2],
    ]);
    expect(result.file.body.blocks.map((b) => b.body.attributes.map((a) => a.name))).toEqual([['a', 'b'], ['c']]);
  });

  it('reports unbalanced template directives', () => {
    expect(errors('a = "%{ if x }y"\n')).toEqual([["Missing '%{endif}' for the directive opened at 1:6", 1, 6, 1, 15]]);
    expect(errors('a = "y%{ endfor }"\n')).toEqual([["Unexpected '%{endfor}': there is no open '%{for}' directive", 1, 7, 1, 18]]);
  });

  it('reports invalid escapes and duplicate attributes without stopping', () => {
    expect(errors('a = "\\q"\na = 2\n')).toEqual([
      ["Invalid escape sequence '\\q': expected one of \\n \\r \\t \\\" \\\\ \\uNNNN \\UNNNNNNNN", 1, 6, 1, 8],
      ["Duplicate attribute 'a': it was already set at 1:1", 2, 1, 2, 2],
    ]);
  });

  it('guards nesting depth with a located error instead of overflowing the stack', () => {
    const deep = 'a = ' + '['.repeat(600) + ']'.repeat(600) + '\nb = 1\n';
    const result = parseHcl(deep, 'deep.tf');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toMatch(/^Nesting is too deep: more than 500 levels/);
    expect(span(result.errors[0]!.range)).toEqual([1, 505, 1, 506]);
    const blocks = 'b {\n'.repeat(700) + '}\n'.repeat(700);
    expect(parseHcl(blocks, 'deep.tf').errors[0]!.message).toMatch(/^Nesting is too deep/);
    const unary = 'a = ' + '-'.repeat(5000) + '1\n';
    expect(parseHcl(unary, 'deep.tf').errors[0]!.message).toMatch(/^Nesting is too deep/);
    const strings = 'a = ' + '"${'.repeat(800) + '1' + '}"'.repeat(800) + '\n';
    expect(parseHcl(strings, 'deep.tf').errors[0]!.message).toMatch(/^Nesting is too deep/);
  });

  it('accepts nesting up to the limit', () => {
    const ok = 'a = ' + '['.repeat(450) + ']'.repeat(450) + '\n';
    expect(parseHcl(ok, 'ok.tf').errors).toEqual([]);
  });

  it('never throws or hangs on truncated or garbled input', () => {
    const source =
      'resource "aws_iam_role" "r" {\n  name = "a-${var.x}"\n  p = <<-EOT\n    %{ for s in l ~}\n    ${s}\n    %{ endfor }\n  EOT\n  m = { for k, v in var.m : k => v... if v != null }\n  s = aws_iam_role.x[*].arn\n  c = f(a...) ? [1, 2] : { x = 1 }\n}\n';
    const started = Date.now();
    for (let cut = 0; cut <= source.length; cut++) {
      const truncated = parseHcl(source.slice(0, cut), 'cut.tf');
      expect(truncated.file.body.type).toBe('Body');
      const garbled = source.slice(0, cut) + '}])"\u0000' + source.slice(cut + 1);
      expect(Array.isArray(parseHcl(garbled, 'garbled.tf').errors)).toBe(true);
    }
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('block helpers', () => {
  it('exposes blocks nested in blocks', () => {
    const { file } = parseOk('data "aws_iam_policy_document" "d" {\n  statement {\n    actions = ["s3:GetObject"]\n  }\n}\n');
    const statement: Block = file.body.blocks[0]!.body.blocks[0]!;
    expect(statement.blockType).toBe('statement');
    expect(span(statement.range)).toEqual([2, 3, 4, 4]);
  });
});

describe('the warm-up sample parsed before the first file', () => {
  it('parses without errors and holds every node type declared in ast.ts', () => {
    const result = parseHcl(WARM_UP_SAMPLE, 'warm-up.tf');
    expect(result.errors).toEqual([]);
    const seen = new Set<string>();
    const walk = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      if (Array.isArray(value)) return value.forEach(walk);
      const node = value as Record<string, unknown>;
      if (typeof node.type === 'string') seen.add(node.type);
      for (const [key, child] of Object.entries(node)) if (key !== 'range') walk(child);
    };
    walk(result.file.body);
    const declared = [...readFileSync(new URL('../src/parse/hcl/ast.ts', import.meta.url), 'utf8').matchAll(/^\s+type: '(\w+)';$/gm)].map((m) => m[1]);
    expect(declared.length).toBeGreaterThan(20);
    expect([...seen].sort()).toEqual([...new Set(declared)].sort());
    expect(result.file.comments.map((c) => c.kind)).toEqual(['line', 'line', 'block']);
  });
});
