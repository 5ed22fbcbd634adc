import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Range, TemplateExpr, TemplateInterpolation } from '../src/parse/hcl/ast.js';
import { parseTfJson } from '../src/parse/hcl/index.js';
import { CORPUS, hasCorpus } from './support/corpus.js';

function span(range: Range): [number, number, number, number] {
  return [range.start.line, range.start.column, range.end.line, range.end.column];
}

const CONFIG = `{
  "//": "a comment",
  "terraform": {
    "required_providers": { "aws": { "source": "hashicorp/aws" } },
    "backend": { "s3": { "bucket": "state" } }
  },
  "provider": { "aws": [ { "region": "us-east-1" }, { "alias": "west", "region": "us-west-2" } ] },
  "variable": { "names": { "type": "list(string)", "default": { "statement": 1 } } },
  "locals": { "prefix": "app-\\u0041\\n\${var.env}" },
  "module": { "ci": { "source": "./ci", "tags": { "team": "x" } } },
  "resource": {
    "aws_iam_role": {
      "deploy": {
        "name": "\${local.prefix}-deploy",
        "tags": { "statement": "not a block here" },
        "lifecycle": { "prevent_destroy": true }
      }
    }
  },
  "data": {
    "aws_iam_policy_document": {
      "d": { "statement": [ { "actions": ["s3:*"], "principals": { "type": "AWS", "identifiers": ["*"] } } ] }
    }
  },
  "output": { "arn": { "value": "\${aws_iam_role.deploy.arn}" } }
}
`;

describe('parseTfJson', () => {
  const result = parseTfJson(CONFIG, 'main.tf.json');
  const body = result.file.body;

  it('parses without errors and marks bodies as coming from JSON', () => {
    expect(result.errors).toEqual([]);
    expect(result.file.path).toBe('main.tf.json');
    expect(body.fromJson).toBe(true);
    expect(body.attributes).toEqual([]);
  });

  it('nests labels per block type and repeats blocks given as arrays', () => {
    expect(body.blocks.map((b) => [b.blockType, ...b.labels])).toEqual([
      ['terraform'],
      ['provider', 'aws'],
      ['provider', 'aws'],
      ['variable', 'names'],
      ['locals'],
      ['module', 'ci'],
      ['resource', 'aws_iam_role', 'deploy'],
      ['data', 'aws_iam_policy_document', 'd'],
      ['output', 'arn'],
    ]);
    const terraform = body.blocks[0]!;
    expect(terraform.body.blocks.map((b) => [b.blockType, ...b.labels])).toEqual([['required_providers'], ['backend', 's3']]);
    expect(body.blocks[2]!.body.attributes.map((a) => a.name)).toEqual(['alias', 'region']);
  });

  it('gives blocks, labels and attributes spans from the JSON positions', () => {
    const role = body.blocks[6]!;
    expect(span(role.typeRange)).toEqual([11, 3, 11, 13]);
    expect(role.labelRanges.map(span)).toEqual([
      [12, 5, 12, 19],
      [13, 7, 13, 15],
    ]);
    expect(span(role.range)).toEqual([11, 3, 17, 8]);
    expect(span(role.body.range)).toEqual([13, 17, 17, 8]);
    const name = role.body.attributes[0]!;
    expect(span(name.nameRange)).toEqual([14, 9, 14, 15]);
    expect(span(name.range)).toEqual([14, 9, 14, 41]);
  });

  it('parses string values as templates with interpolation spans in the file', () => {
    const name = body.blocks[6]!.body.attributes[0]!.expr as TemplateExpr;
    expect(name.type).toBe('Template');
    expect(span(name.range)).toEqual([14, 17, 14, 41]);
    expect(name.parts.map((p) => p.type)).toEqual(['TemplateInterpolation', 'TemplateLiteral']);
    const interpolation = name.parts[0] as TemplateInterpolation;
    expect(interpolation.expr).toMatchObject({ type: 'GetAttr', name: 'prefix', object: { type: 'Variable', name: 'local' } });
    expect(span(interpolation.expr.range)).toEqual([14, 20, 14, 32]);
    expect(name.parts[1]).toMatchObject({ type: 'TemplateLiteral', value: '-deploy' });
  });

  it('decodes JSON escapes and maps spans back through them', () => {
    const prefix = body.blocks[4]!.body.attributes[0]!.expr as TemplateExpr;
    expect(prefix.parts[0]).toMatchObject({ type: 'TemplateLiteral', value: 'app-A\n' });
    const env = prefix.parts[1] as TemplateInterpolation;
    // "app-\u0041\n${var.env}" starts at column 25: the interpolation follows 4 + 6 + 2 source characters.
    expect(span(env.range)).toEqual([9, 38, 9, 48]);
    expect(span(env.expr.range)).toEqual([9, 40, 9, 47]);
  });

  it('reads a variable type as a type expression', () => {
    const type = body.blocks[3]!.body.attributes.find((a) => a.name === 'type')!;
    expect(type.expr).toMatchObject({ type: 'FunctionCall', name: 'list', args: [{ type: 'Variable', name: 'string' }] });
    expect(span(type.expr.range)).toEqual([8, 37, 8, 49]);
  });

  it('reports leftovers after a variable type expression', () => {
    const bad = parseTfJson('{"variable": {"v": {"type": "list(string) x"}}}', 'bad.tf.json');
    expect(bad.errors.map((e) => [e.message, ...span(e.range)])).toEqual([["Expected the end of the expression, found 'x'", 1, 43, 1, 44]]);
  });

  it('turns known nested blocks into blocks and leaves maps as attributes', () => {
    const role = body.blocks[6]!.body;
    expect(role.attributes.map((a) => a.name)).toEqual(['name', 'tags']);
    expect(role.blocks.map((b) => b.blockType)).toEqual(['lifecycle']);
    const document = body.blocks[7]!.body;
    expect(document.blocks.map((b) => b.blockType)).toEqual(['statement']);
    const statement = document.blocks[0]!.body;
    expect(statement.attributes.map((a) => a.name)).toEqual(['actions']);
    expect(statement.blocks.map((b) => b.blockType)).toEqual(['principals']);
    // In a variable's default value, "statement" is just an object key.
    expect(body.blocks[3]!.body.blocks).toEqual([]);
    expect(body.blocks[5]!.body.attributes.map((a) => a.name)).toEqual(['source', 'tags']);
  });

  it('reads .tfvars.json files as attributes only', () => {
    const vars = parseTfJson('{"region": "eu-west-1", "roles": ["a", "b"], "count": 2}', 'prod.tfvars.json');
    expect(vars.errors).toEqual([]);
    expect(vars.file.body.blocks).toEqual([]);
    expect(vars.file.body.attributes.map((a) => [a.name, a.expr.type])).toEqual([
      ['region', 'Template'],
      ['roles', 'Tuple'],
      ['count', 'Literal'],
    ]);
  });

  it('reports JSON syntax errors with their location and what was expected', () => {
    const bad = parseTfJson('{\n  "resource": {\n    "a": 1,\n  }\n}', 'bad.tf.json');
    expect(bad.errors.map((e) => [e.message, ...span(e.range)])).toEqual([["Expected a quoted property name, found '}'", 4, 3, 4, 4]]);
    expect(bad.file.body.blocks).toEqual([]);
    const unterminated = parseTfJson('{"a": "b', 'bad.tf.json');
    expect(unterminated.errors.map((e) => [e.message, ...span(e.range)])).toEqual([
      ["Unterminated string: expected '\"' before the end of the file", 1, 7, 1, 8],
    ]);
    const notObject = parseTfJson('[1]', 'bad.tf.json');
    expect(notObject.errors.map((e) => e.message)).toEqual(['Expected a JSON object at the top level of a Terraform JSON file']);
  });

  it('reports template errors inside JSON strings at their file position', () => {
    const bad = parseTfJson('{"locals": {"a": "x ${var.}"}}', 'bad.tf.json');
    expect(bad.errors.map((e) => [e.message, ...span(e.range)])).toEqual([
      ["Expected an attribute name, a number or '*' after '.', found '}'", 1, 27, 1, 28],
    ]);
  });

  it('guards nesting depth', () => {
    const deep = parseTfJson('{"locals": {"a": ' + '['.repeat(600) + ']'.repeat(600) + '}}', 'deep.tf.json');
    expect(deep.errors[0]!.message).toMatch(/^Nesting is too deep/);
  });

  it.skipIf(!hasCorpus)('parses every corpus .tf.json file with zero errors', () => {
    const dir = path.join(CORPUS, 'terraform');
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.tf.json')).sort();
    expect(files.length).toBe(2);
    for (const file of files) {
      const parsed = parseTfJson(readFileSync(path.join(dir, file), 'utf8'), file);
      expect(parsed.errors).toEqual([]);
      expect(parsed.file.body.blocks.map((b) => b.blockType)).toEqual(['locals']);
    }
  });
});
