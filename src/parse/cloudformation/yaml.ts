/** YAML templates → Value with a span on every node; short-form tags become their long-form intrinsic objects. */
import { yamlPackage } from '../../shared/packages.js';
import type { Document, Node as YamlNode } from 'yaml';
import type { ToolError } from '../../model/finding.js';
import type { SourceSpan } from '../../model/span.js';
import type { ObjectValue, Value } from '../../evaluate/value.js';
import { SHORT_FORM_TAGS } from './intrinsics.js';
import { LineIndex } from './position.js';
import { parseYamlFast } from './yaml-fast.js';
import { MAX_NESTING, type ParsedTemplate } from './types.js';

/** The fast reader when it can, the `yaml` package otherwise (and for every error message). */
export function parseYamlTemplate(text: string, file: string): ParsedTemplate {
  return parseYamlFast(text, file) ?? parseYamlWithPackage(text, file);
}

/** Parsing through the `yaml` package's document API. */
export function parseYamlWithPackage(text: string, file: string): ParsedTemplate {
  let lines = new LineIndex(text, file);
  // The package recurses per level: very deep input can exhaust the stack inside V8's regexp compiler, which is fatal.
  const tooDeep = deepNestingOffset(text);
  if (tooDeep !== undefined) return { error: parseError(lines, tooDeep, `template nested deeper than ${MAX_NESTING} levels`) };
  let doc: Document.Parsed;
  try {
    doc = parseYaml(text);
  } catch (e) {
    return { error: parseError(lines, 0, `invalid YAML: ${(e as Error).message}`) };
  }
  const first = doc.errors[0];
  if (first) {
    // PyYAML (CloudFormation, cfn-lint) accepts flow collections continued at or left of their block's indentation.
    const reindented = doc.errors.some((e) => e.code === 'BAD_INDENT') ? reindentFlowContinuations(text) : undefined;
    const retry = reindented ? parseYaml(reindented.text) : undefined;
    if (!reindented || !retry || retry.errors.length > 0) {
      return { error: parseError(lines, first.pos[0], `invalid YAML: ${firstLine(first.message)}`) };
    }
    doc = retry;
    lines = new LineIndex(reindented.text, file, reindented.shifts);
  }
  const converter = new YamlConverter(lines, doc);
  try {
    const value = doc.contents ? converter.convert(doc.contents as YamlNode, 0) : { kind: 'null' as const, span: lines.span(0, 0) };
    return { value, keySpans: converter.keySpans };
  } catch (e) {
    if (e instanceof NestingError) return { error: parseError(lines, e.offset, e.message) };
    throw e;
  }
}

function parseYaml(text: string): Document.Parsed {
  // The parser warns about every `!Ref`-style tag it does not know with an Error object: skip their stack traces.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    // uniqueKeys off: CloudFormation itself keeps the last of duplicate keys, so do we.
    return yamlPackage().parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: false });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Indents the continuation lines of flow collections (`[`/`{` left open at the end of a line) one column past the line
 * that opened them, which is what YAML requires and PyYAML does not. Returns the new text and the spaces added per line,
 * or undefined when no line needed it.
 */
export function reindentFlowContinuations(text: string): { text: string; shifts: Map<number, number> } | undefined {
  const lines = text.split('\n');
  const shifts = new Map<number, number>();
  let depth = 0;
  let openerIndent = 0;
  let quote: string | undefined;
  /** Indentation of the line that opened a block scalar (`key: |`), whose lines are text, not YAML. */
  let blockScalarIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const indent = line.length - line.trimStart().length;
    if (depth > 0 && quote === undefined && line.trim() !== '' && indent <= openerIndent) {
      const add = openerIndent + 1 - indent;
      line = ' '.repeat(add) + line;
      lines[i] = line;
      shifts.set(i + 1, add);
    }
    if (blockScalarIndent >= 0) {
      if (line.trim() === '' || indent > blockScalarIndent) continue;
      blockScalarIndent = -1;
    }
    if (depth === 0) openerIndent = indent;
    if (depth === 0 && quote === undefined && /(?:^|[\s:-])[|>][-+0-9]*\s*(?:#.*)?$/.test(line)) {
      blockScalarIndent = indent;
      continue;
    }
    for (let j = 0; j < line.length; j++) {
      const c = line[j]!;
      if (quote !== undefined) {
        if (c === quote) {
          if (quote === "'" && line[j + 1] === "'") j++;
          else quote = undefined;
        } else if (c === '\\' && quote === '"') j++;
        continue;
      }
      if (c === '#' && (j === 0 || line[j - 1] === ' ' || line[j - 1] === '\t')) break;
      if ((c === '"' || c === "'") && (j === 0 || /[\s\[{,:]/.test(line[j - 1]!))) quote = c;
      else if (c === '[' || c === '{') depth++;
      else if ((c === ']' || c === '}') && depth > 0) depth--;
    }
    if (quote === "'" && depth === 0) quote = undefined;
  }
  return shifts.size > 0 ? { text: lines.join('\n'), shifts } : undefined;
}

class NestingError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** Nodes an alias may expand to, in total: real templates use a handful; an alias bomb needs millions. */
const MAX_ALIAS_EXPANSION = 100_000;

class YamlConverter {
  readonly keySpans = new WeakMap<ObjectValue, Map<string, SourceSpan>>();
  /** Anchored nodes being converted, to stop an alias that refers to its own ancestor. */
  private readonly resolving = new Set<YamlNode>();
  private aliasExpansion = 0;

  constructor(
    private readonly lines: LineIndex,
    private readonly doc: Document.Parsed,
  ) {}

  convert(node: YamlNode, depth: number): Value {
    const range = node.range ?? [0, 0, 0];
    if (depth > MAX_NESTING) throw new NestingError(range[0], `template nested deeper than ${MAX_NESTING} levels`);
    if (this.resolving.size > 0 && ++this.aliasExpansion > MAX_ALIAS_EXPANSION) {
      throw new NestingError(range[0], `aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes`);
    }
    const tag = node.tag;
    const intrinsic = tag && tag.startsWith('!') && !tag.startsWith('!!') ? tag : undefined;
    const start = intrinsic ? this.tagStart(range[0], intrinsic) : range[0];
    const own = this.lines.span(range[0], range[1]);
    const inner = this.convertUntagged(node, depth, own);
    if (!intrinsic) return inner;
    // The intrinsic runs from its tag to where the tagged value ends.
    const tagged = this.lines.span(start, range[0]);
    const span = { ...tagged, endLine: inner.span!.endLine, endColumn: inner.span!.endColumn };
    const key = SHORT_FORM_TAGS.get(intrinsic) ?? intrinsic;
    let argument = inner;
    // `!GetAtt Res.Attr` splits at the first dot, as CloudFormation does.
    if (key === 'Fn::GetAtt' && inner.kind === 'string') {
      const dot = inner.value.indexOf('.');
      const parts = dot === -1 ? [inner.value] : [inner.value.slice(0, dot), inner.value.slice(dot + 1)];
      argument = { kind: 'list', items: parts.map((p) => ({ kind: 'string', value: p, span: inner.span! })), span: inner.span! };
    }
    const obj: ObjectValue = { kind: 'object', entries: new Map([[key, argument]]), span };
    this.keySpans.set(obj, new Map([[key, span]]));
    return obj;
  }

  private convertUntagged(node: YamlNode, depth: number, span: SourceSpan): Value {
    const { isAlias, isMap, isScalar, isSeq } = yamlPackage();
    if (isScalar(node)) {
      const v = node.value;
      if (v === null || v === undefined) return { kind: 'null', span };
      if (typeof v === 'string') return { kind: 'string', value: v, span };
      if (typeof v === 'boolean') return { kind: 'bool', value: v, span };
      if (typeof v === 'number' || typeof v === 'bigint') {
        // Keep `012345678901` (an account id) or `1.10` as written: CloudFormation reads every scalar as text.
        const source = node.source;
        if (typeof source === 'string' && source !== String(v)) return { kind: 'string', value: source, span };
        return typeof v === 'bigint' ? { kind: 'string', value: String(v), span } : { kind: 'number', value: v, span };
      }
      return { kind: 'string', value: String(v), span };
    }
    if (isMap(node)) {
      const entries = new Map<string, Value>();
      const spans = new Map<string, SourceSpan>();
      let lastValueSpan: SourceSpan | undefined;
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const key = keyNode === null ? '' : isScalar(keyNode) ? String(keyNode.value) : JSON.stringify(keyNode.toJSON());
        const value: Value = pair.value ? this.convert(pair.value as YamlNode, depth + 1) : { kind: 'null', span: this.keyOnlySpan(keyNode) };
        entries.delete(key);
        entries.set(key, value);
        lastValueSpan = value.span!;
        const keyStart = keyNode?.range?.[0] ?? 0;
        // Up to the end of the value as written (a block collection's own range runs on over trailing comments).
        const keySpan = this.lines.span(keyStart, keyNode?.range?.[1] ?? keyStart);
        spans.set(key, { ...keySpan, endLine: value.span!.endLine, endColumn: value.span!.endColumn });
      }
      const obj: ObjectValue = { kind: 'object', entries, span: node.flow ? span : this.endAtLast(span, lastValueSpan ? [lastValueSpan] : []) };
      this.keySpans.set(obj, spans);
      return obj;
    }
    if (isSeq(node)) {
      const items = node.items.map((item) => this.convert(item as YamlNode, depth + 1));
      return { kind: 'list', items, span: node.flow ? span : this.endAtLast(span, items.map((i) => i.span!)) };
    }
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target || this.resolving.has(target)) return { kind: 'null', span };
      this.resolving.add(target);
      try {
        return this.convert(target, depth + 1);
      } finally {
        this.resolving.delete(target);
      }
    }
    return { kind: 'null', span };
  }

  /** A block collection ends where its last item ends. */
  private endAtLast(span: SourceSpan, children: SourceSpan[]): SourceSpan {
    const last = children[children.length - 1];
    return last ? { ...span, endLine: last.endLine, endColumn: last.endColumn } : span;
  }

  private keyOnlySpan(keyNode: YamlNode | null): SourceSpan {
    const r = keyNode?.range ?? [0, 0];
    return this.lines.span(r[1], r[1]);
  }

  /** The tag precedes its node (`!Sub 'x'`): start the intrinsic's span at the `!`. */
  private tagStart(valueStart: number, tag: string): number {
    const text = this.lines.text;
    let i = valueStart;
    while (i > 0 && /\s/.test(text[i - 1]!)) i--;
    return text.startsWith(tag, i - tag.length) ? i - tag.length : valueStart;
  }
}

/**
 * Where flow brackets (outside quotes and comments) nest deeper than MAX_NESTING, or a line is indented further than
 * any template nests; undefined otherwise.
 */
function deepNestingOffset(text: string): number | undefined {
  let depth = 0;
  let quote = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === 32) {
        if (++indent > 4 * MAX_NESTING) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote !== 0) {
      if (c === quote) quote = 0;
      else if (c === 92 && quote === 34) i++;
      continue;
    }
    if (c === 34 || c === 39) quote = c;
    else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32)) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
      i--;
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_NESTING) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}

function parseError(lines: LineIndex, offset: number, message: string): ToolError {
  const { line, column } = lines.position(Math.min(offset, lines.text.length));
  return { file: lines.file, line, column, message, code: 'parse' };
}

function firstLine(s: string): string {
  const nl = s.indexOf('\n');
  return (nl === -1 ? s : s.slice(0, nl)).trim();
}
