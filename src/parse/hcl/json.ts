/**
 * Terraform's JSON configuration syntax (.tf.json, .tfvars.json) to the same AST as native HCL.
 * A small position-keeping JSON reader feeds a converter that applies Terraform's block rules: top-level keys are
 * block types whose labels nest as object keys (resource/data: 2, module/variable/output/provider: 1, locals and
 * terraform: none); arrays may appear at any label level to repeat a block. String values are parsed as templates
 * so `${...}` becomes expressions, with spans mapped back through JSON escapes to the file.
 *
 * JSON cannot say whether a nested object is a block or a map-valued attribute without the provider schema. Known
 * block names (Terraform meta-blocks, and the IAM policy blocks grantlint reads) become blocks; everything else
 * stays an attribute, and such bodies carry `fromJson: true` so consumers know the distinction is heuristic.
 */
import type { Attribute, Block, Body, Expression, HclDiagnostic, HclParseResult, ObjectItem, Range, TemplateExpr } from './ast.js';
import { MAX_NESTING, HclParser } from './parser.js';
import { MappedPositions } from './positions.js';
import { endOffset, PositionTable, startOffset } from '../positions.js';

type JsonNode =
  | { kind: 'object'; start: number; end: number; props: JsonProp[] }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | JsonString
  | { kind: 'number'; start: number; end: number; value: number }
  | { kind: 'literal'; start: number; end: number; value: boolean | null };

interface JsonString {
  kind: 'string';
  /** Offsets of the quotes. */
  start: number;
  end: number;
  value: string;
  /** File offset of each decoded UTF-16 unit (plus one for the end), or null when the string has no escapes. */
  offsets: Int32Array | null;
}

interface JsonProp {
  key: JsonString;
  value: JsonNode;
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

/** Strict JSON (RFC 8259) reader that keeps offsets. */
class JsonReader {
  private i = 0;
  private depth = 0;

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.i = 1;
  }

  document(): JsonNode {
    const value = this.value();
    this.space();
    if (this.i < this.text.length) this.error('Expected the end of the JSON document', this.i);
    return value;
  }

  private describe(at: number): string {
    if (at >= this.text.length) return 'the end of the file';
    const ch = String.fromCodePoint(this.text.codePointAt(at)!);
    return ch === '\n' || ch === '\r' ? 'a line break' : `'${ch}'`;
  }

  private error(expected: string, at: number): never {
    throw new JsonSyntaxError(`${expected}, found ${this.describe(at)}`, at, Math.min(at + 1, this.text.length));
  }

  private space(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.i++;
      else return;
    }
  }

  private value(): JsonNode {
    this.space();
    const text = this.text;
    const start = this.i;
    const c = text.charCodeAt(start);
    if (c === 0x7b) return this.nested(() => this.object());
    if (c === 0x5b) return this.nested(() => this.array());
    if (c === 0x22) return this.string();
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number();
    if (text.startsWith('true', start)) return this.literal(start, 4, true);
    if (text.startsWith('false', start)) return this.literal(start, 5, false);
    if (text.startsWith('null', start)) return this.literal(start, 4, null);
    return this.error('Expected a JSON value', start);
  }

  private literal(start: number, width: number, value: boolean | null): JsonNode {
    this.i = start + width;
    return { kind: 'literal', start, end: this.i, value };
  }

  private nested(read: () => JsonNode): JsonNode {
    if (++this.depth > MAX_NESTING) {
      throw new JsonSyntaxError(`Nesting is too deep: more than ${MAX_NESTING} levels of JSON arrays and objects`, this.i, this.i + 1);
    }
    const node = read();
    this.depth--;
    return node;
  }

  private object(): JsonNode {
    const start = this.i++;
    const props: JsonProp[] = [];
    this.space();
    if (this.text.charCodeAt(this.i) === 0x7d) {
      this.i++;
      return { kind: 'object', start, end: this.i, props };
    }
    for (;;) {
      this.space();
      if (this.text.charCodeAt(this.i) !== 0x22) this.error('Expected a quoted property name', this.i);
      const key = this.string();
      this.space();
      if (this.text.charCodeAt(this.i) !== 0x3a) this.error(`Expected ':' after property name "${key.value}"`, this.i);
      this.i++;
      props.push({ key, value: this.value() });
      this.space();
      const c = this.text.charCodeAt(this.i);
      if (c === 0x2c) {
        this.i++;
        continue;
      }
      if (c === 0x7d) {
        this.i++;
        return { kind: 'object', start, end: this.i, props };
      }
      this.error(`Expected ',' or '}' after the value of property "${key.value}"`, this.i);
    }
  }

  private array(): JsonNode {
    const start = this.i++;
    const items: JsonNode[] = [];
    this.space();
    if (this.text.charCodeAt(this.i) === 0x5d) {
      this.i++;
      return { kind: 'array', start, end: this.i, items };
    }
    for (;;) {
      items.push(this.value());
      this.space();
      const c = this.text.charCodeAt(this.i);
      if (c === 0x2c) {
        this.i++;
        continue;
      }
      if (c === 0x5d) {
        this.i++;
        return { kind: 'array', start, end: this.i, items };
      }
      this.error("Expected ',' or ']' after an array item", this.i);
    }
  }

  private number(): JsonNode {
    const text = this.text;
    const start = this.i;
    const digits = (): number => {
      const from = this.i;
      while (text.charCodeAt(this.i) >= 0x30 && text.charCodeAt(this.i) <= 0x39) this.i++;
      return this.i - from;
    };
    if (text.charCodeAt(this.i) === 0x2d) this.i++;
    if (text.charCodeAt(this.i) === 0x30) this.i++;
    else if (digits() === 0) this.error('Expected a digit in the number', this.i);
    if (text.charCodeAt(this.i) === 0x2e) {
      this.i++;
      if (digits() === 0) this.error("Expected a digit after '.' in the number", this.i);
    }
    const e = text.charCodeAt(this.i);
    if (e === 0x65 || e === 0x45) {
      this.i++;
      const sign = text.charCodeAt(this.i);
      if (sign === 0x2b || sign === 0x2d) this.i++;
      if (digits() === 0) this.error('Expected a digit in the exponent of the number', this.i);
    }
    return { kind: 'number', start, end: this.i, value: Number(text.slice(start, this.i)) };
  }

  private string(): JsonString {
    const text = this.text;
    const start = this.i++;
    // Fast path: no escapes, so decoded offsets are source offsets.
    let j = this.i;
    for (;;) {
      const c = text.charCodeAt(j);
      if (c === 0x22) {
        this.i = j + 1;
        return { kind: 'string', start, end: this.i, value: text.slice(start + 1, j), offsets: null };
      }
      if (c === 0x5c || c < 0x20 || j >= text.length) break;
      j++;
    }
    let value = '';
    const offsets: number[] = [];
    j = this.i;
    for (;;) {
      if (j >= text.length) throw new JsonSyntaxError('Unterminated string: expected \'"\' before the end of the file', start, start + 1);
      const c = text.charCodeAt(j);
      if (c === 0x22) break;
      if (c < 0x20) this.error("Expected '\"' to close the string (control characters must be escaped)", j);
      if (c !== 0x5c) {
        value += text[j];
        offsets.push(j);
        j++;
        continue;
      }
      const e = text.charCodeAt(j + 1);
      const simple = e === 0x22 ? '"' : e === 0x5c ? '\\' : e === 0x2f ? '/' : e === 0x62 ? '\b' : e === 0x66 ? '\f' : e === 0x6e ? '\n' : e === 0x72 ? '\r' : e === 0x74 ? '\t' : undefined;
      if (simple !== undefined) {
        value += simple;
        offsets.push(j);
        j += 2;
        continue;
      }
      if (e === 0x75 && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
        value += String.fromCharCode(Number.parseInt(text.slice(j + 2, j + 6), 16));
        offsets.push(j);
        j += 6;
        continue;
      }
      throw new JsonSyntaxError(`Invalid escape sequence '\\${text[j + 1] ?? ''}' in a JSON string`, j, Math.min(j + 2, text.length));
    }
    offsets.push(j);
    this.i = j + 1;
    return { kind: 'string', start, end: this.i, value, offsets: Int32Array.from(offsets) };
  }
}

/** Which nested names are blocks (with their label count) in each kind of body. */
type BodyContext = 'top' | 'resource' | 'terraform' | 'cloud' | 'variable' | 'output' | 'check' | 'dynamic' | 'attributes';

interface BlockRule {
  labels: number;
  context: BodyContext;
}

const TOP_LEVEL: Record<string, BlockRule> = {
  resource: { labels: 2, context: 'resource' },
  data: { labels: 2, context: 'resource' },
  ephemeral: { labels: 2, context: 'resource' },
  module: { labels: 1, context: 'attributes' },
  variable: { labels: 1, context: 'variable' },
  output: { labels: 1, context: 'output' },
  provider: { labels: 1, context: 'resource' },
  locals: { labels: 0, context: 'attributes' },
  terraform: { labels: 0, context: 'terraform' },
  moved: { labels: 0, context: 'attributes' },
  import: { labels: 0, context: 'attributes' },
  removed: { labels: 0, context: 'resource' },
  check: { labels: 1, context: 'check' },
};

/** Nested blocks of resources, data sources and providers: Terraform meta-blocks plus IAM policy structure. */
const RESOURCE_BLOCKS: Record<string, BlockRule> = {
  lifecycle: { labels: 0, context: 'resource' },
  provisioner: { labels: 1, context: 'resource' },
  connection: { labels: 0, context: 'attributes' },
  dynamic: { labels: 1, context: 'dynamic' },
  precondition: { labels: 0, context: 'attributes' },
  postcondition: { labels: 0, context: 'attributes' },
  statement: { labels: 0, context: 'resource' },
  principals: { labels: 0, context: 'attributes' },
  not_principals: { labels: 0, context: 'attributes' },
  condition: { labels: 0, context: 'attributes' },
  inline_policy: { labels: 0, context: 'attributes' },
};

const NESTED: Record<BodyContext, Record<string, BlockRule>> = {
  top: TOP_LEVEL,
  resource: RESOURCE_BLOCKS,
  dynamic: { content: { labels: 0, context: 'resource' } },
  terraform: {
    required_providers: { labels: 0, context: 'attributes' },
    backend: { labels: 1, context: 'attributes' },
    cloud: { labels: 0, context: 'cloud' },
    provider_meta: { labels: 1, context: 'attributes' },
  },
  cloud: { workspaces: { labels: 0, context: 'attributes' } },
  variable: { validation: { labels: 0, context: 'attributes' } },
  output: { precondition: { labels: 0, context: 'attributes' } },
  check: { data: { labels: 2, context: 'resource' }, assert: { labels: 0, context: 'attributes' } },
  attributes: {},
};

/** A JSON property named "//" is a comment in Terraform's JSON syntax. */
const COMMENT_KEY = '//';

class JsonConverter {
  readonly errors: HclDiagnostic[] = [];

  constructor(
    private readonly text: string,
    private readonly positions: PositionTable,
  ) {}

  private range(start: number, end: number): Range {
    return this.positions.range(start, end);
  }

  private error(message: string, node: { start: number; end: number }): void {
    this.errors.push({ message, range: this.range(node.start, node.end) });
  }

  root(node: JsonNode, variables: boolean): Body {
    const body = this.emptyBody(node);
    if (node.kind !== 'object') {
      this.error('Expected a JSON object at the top level of a Terraform JSON file', node);
      return body;
    }
    if (variables) {
      const seen = new Set<string>();
      for (const prop of node.props) if (prop.key.value !== COMMENT_KEY) this.addAttribute(body, prop, 'attributes', seen);
    } else {
      for (const prop of node.props) {
        if (prop.key.value === COMMENT_KEY) continue;
        const rule = TOP_LEVEL[prop.key.value] ?? { labels: 0, context: 'attributes' };
        this.addBlocks(body, prop, rule);
      }
    }
    body.range = this.range(0, this.text.length);
    return body;
  }

  private emptyBody(node: { start: number; end: number }): Body {
    return { type: 'Body', range: this.range(node.start, node.end), attributes: [], blocks: [], items: [], fromJson: true };
  }

  private body(node: JsonNode, context: BodyContext, blockType: string): Body {
    const body = this.emptyBody(node);
    if (node.kind !== 'object') {
      this.error(`Expected a JSON object for the body of block '${blockType}'`, node);
      return body;
    }
    const rules = NESTED[context];
    const seen = new Set<string>();
    for (const prop of node.props) {
      const name = prop.key.value;
      if (name === COMMENT_KEY) continue;
      const rule = Object.hasOwn(rules, name) ? rules[name] : undefined;
      if (rule && isBlockShaped(prop.value)) this.addBlocks(body, prop, rule);
      else this.addAttribute(body, prop, context, seen);
    }
    return body;
  }

  private addAttribute(body: Body, prop: JsonProp, context: BodyContext, seen: Set<string>): void {
    const name = prop.key.value;
    if (seen.has(name)) {
      this.error(`Duplicate attribute '${name}' in this JSON object`, prop.key);
      return;
    }
    // A variable's type is a type expression written as a string, as Terraform reads it.
    const expr = context === 'variable' && name === 'type' && prop.value.kind === 'string' ? this.stringAsExpression(prop.value) : this.expression(prop.value);
    const attribute: Attribute = {
      type: 'Attribute',
      name,
      nameRange: this.range(prop.key.start, prop.key.end),
      expr,
      range: this.range(prop.key.start, prop.value.end),
    };
    seen.add(name);
    body.attributes.push(attribute);
    body.items.push(attribute);
  }

  /** One property whose value holds blocks of type `prop.key`: labels nest as object keys, arrays repeat. */
  private addBlocks(body: Body, prop: JsonProp, rule: BlockRule): void {
    const blockType = prop.key.value;
    const typeRange = this.range(prop.key.start, prop.key.end);
    const collect = (node: JsonNode, labels: JsonString[]): void => {
      if (node.kind === 'array') {
        for (const item of node.items) collect(item, labels);
        return;
      }
      if (labels.length < rule.labels) {
        if (node.kind !== 'object') {
          this.error(`Expected a JSON object whose keys are the labels of block '${blockType}'`, node);
          return;
        }
        for (const labelProp of node.props) {
          if (labelProp.key.value !== COMMENT_KEY) collect(labelProp.value, [...labels, labelProp.key]);
        }
        return;
      }
      const block: Block = {
        type: 'Block',
        blockType,
        typeRange,
        labels: labels.map((l) => l.value),
        labelRanges: labels.map((l) => this.range(l.start, l.end)),
        body: this.body(node, rule.context, blockType),
        range: this.range(prop.key.start, node.end),
      };
      body.blocks.push(block);
      body.items.push(block);
    };
    collect(prop.value, []);
  }

  private expression(node: JsonNode): Expression {
    switch (node.kind) {
      case 'string':
        return this.template(node);
      case 'number':
      case 'literal':
        return { type: 'Literal', value: node.value, range: this.range(node.start, node.end) };
      case 'array':
        return { type: 'Tuple', items: node.items.map((item) => this.expression(item)), range: this.range(node.start, node.end) };
      case 'object': {
        const items: ObjectItem[] = node.props.map((prop) => ({
          key: this.template(prop.key),
          value: this.expression(prop.value),
          range: this.range(prop.key.start, prop.value.end),
        }));
        return { type: 'Object', items, range: this.range(node.start, node.end) };
      }
    }
  }

  /**
   * Parses the decoded text of a JSON string, then moves every range from decoded-text offsets to file positions
   * (the parser combines offsets of child nodes, so it must work in one coordinate space).
   */
  private parseString<T extends Expression>(node: JsonString, parse: (parser: HclParser) => T, bareTemplate: boolean): T {
    const parser = new HclParser(node.value, new PositionTable(node.value), bareTemplate);
    const result = parse(parser);
    parser.dispose();
    const mapped = new MappedPositions(this.positions, node.start + 1, node.offsets);
    remapRanges(result, mapped, 0);
    for (const e of parser.errors) this.errors.push({ message: e.message, range: mapped.range(startOffset(e.range), endOffset(e.range)) });
    return result;
  }

  /** A JSON string is a template: literal text with `${...}` interpolations and `%{...}` directives. */
  private template(node: JsonString): TemplateExpr {
    const template = this.parseString(node, (parser) => parser.parseBareTemplate(), true);
    template.range = this.range(node.start, node.end);
    return template;
  }

  private stringAsExpression(node: JsonString): Expression {
    return this.parseString(node, (parser) => parser.parseStandaloneExpression(), false);
  }
}

/** Rewrites every `range` in a parsed sub-tree through `mapped` (the tree's depth is bounded by the parser). */
function remapRanges(node: unknown, mapped: MappedPositions, depth: number): void {
  if (node === null || typeof node !== 'object' || depth > MAX_NESTING * 4) return;
  if (Array.isArray(node)) {
    for (const item of node) remapRanges(item, mapped, depth + 1);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'range') {
      const range = value as Range;
      (node as { range: Range }).range = mapped.range(startOffset(range), endOffset(range));
    } else if (value !== null && typeof value === 'object') {
      remapRanges(value, mapped, depth + 1);
    }
  }
}

function isBlockShaped(node: JsonNode): boolean {
  return node.kind === 'object' || (node.kind === 'array' && node.items.every((item) => item.kind === 'object'));
}

/** Parses Terraform JSON syntax; `.tfvars.json` files hold only attributes. Never throws. */
export function parseTfJson(text: string, file: string): HclParseResult {
  const positions = new PositionTable(text);
  const converter = new JsonConverter(text, positions);
  const empty: Body = { type: 'Body', range: positions.range(0, text.length), attributes: [], blocks: [], items: [], fromJson: true };
  let body = empty;
  try {
    const document = new JsonReader(text).document();
    body = converter.root(document, file.endsWith('.tfvars.json'));
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      converter.errors.push({ message: error.message, range: positions.range(error.start, error.end) });
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      converter.errors.push({ message: `Could not parse this file: ${reason}`, range: positions.range(0, 0) });
    }
  }
  const errors = converter.errors.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return { file: { path: file, body, comments: [] }, errors };
}
