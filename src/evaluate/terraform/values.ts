/**
 * Value helpers for the Terraform evaluator: constructors with spans, Terraform's conversions between primitive
 * types, equality, ordering of map keys and set elements, and jsonencode/jsondecode with Terraform's exact text.
 */
import type { SourceSpan } from '../../model/span.js';
import type { Range } from '../../parse/hcl/ast.js';
import { OffsetRange } from '../../parse/positions.js';
import type { ListValue, ObjectValue, StringValue, UnknownValue, Value } from '../value.js';

/**
 * An evaluation error at a known place; caught at the attribute being evaluated (or by try/can). Not an Error
 * subclass: try() makes failing expressions routine, and capturing a stack trace for each would dominate the run.
 */
export class EvalError {
  constructor(
    readonly message: string,
    readonly file: string,
    readonly range: Range,
  ) {}
}

/**
 * The span of a node in a file. Evaluation asks again for every module instance, iteration and reference to a node: a
 * node's span is made once and shared (spans are never modified in place).
 */
export function spanOf(range: Range, file: string): SourceSpan {
  if (!(range instanceof OffsetRange)) return makeSpan(range, file);
  const known = range.span;
  if (known !== undefined && known.file === file) return known;
  return (range.span = makeSpan(range, file));
}

function makeSpan(range: Range, file: string): SourceSpan {
  // Each read of start/end works out a line and column (see OffsetRange): once each.
  const start = range.start;
  const end = range.end;
  return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

export const mkStr = (value: string, span: SourceSpan | undefined, unknowns?: string[]): StringValue =>
  unknowns && unknowns.length > 0 ? { kind: 'string', value, unknowns, span } : { kind: 'string', value, span };
export const mkNum = (value: number, span: SourceSpan | undefined): Value => ({ kind: 'number', value, span });
export const mkBool = (value: boolean, span: SourceSpan | undefined): Value => ({ kind: 'bool', value, span });
export const mkNull = (span: SourceSpan | undefined): Value => ({ kind: 'null', span });
export const mkList = (items: Value[], span: SourceSpan | undefined): ListValue => ({ kind: 'list', items, span });
export const mkObj = (entries: Map<string, Value>, span: SourceSpan | undefined): ObjectValue => ({ kind: 'object', entries, span });
export const mkUnknown = (
  expr: string,
  span: SourceSpan | undefined,
  reason: string,
  ref?: { address: string; attribute: string },
): UnknownValue => (ref ? { kind: 'unknown', expr, reason, ref, span } : { kind: 'unknown', expr, reason, span });

/** True when the value holds no unknown anywhere (also no unknown parts of strings). */
export function isWhollyKnown(v: Value): boolean {
  switch (v.kind) {
    case 'unknown':
      return false;
    case 'string':
      return !v.unknowns || v.unknowns.length === 0;
    case 'list':
      return v.items.every(isWhollyKnown);
    case 'object':
      for (const x of v.entries.values()) if (!isWhollyKnown(x)) return false;
      return true;
    default:
      return true;
  }
}

/** The first unknown inside a value (depth first), for carrying its reason onward. */
export function firstUnknown(v: Value): UnknownValue | undefined {
  switch (v.kind) {
    case 'unknown':
      return v;
    case 'list':
      for (const i of v.items) {
        const u = firstUnknown(i);
        if (u) return u;
      }
      return undefined;
    case 'object':
      for (const i of v.entries.values()) {
        const u = firstUnknown(i);
        if (u) return u;
      }
      return undefined;
    default:
      return undefined;
  }
}

export function typeName(v: Value): string {
  switch (v.kind) {
    case 'list':
      return 'tuple';
    case 'object':
      return 'object';
    case 'unknown':
      return 'unknown value';
    default:
      return v.kind;
  }
}

/** Terraform prints numbers in plain decimal notation (big.Float 'f' format), never with an exponent. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n === 0 ? 0 : n) : BigInt(n).toString();
  const s = String(n);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const negative = s.startsWith('-');
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const pointAt = (dot < 0 ? mantissa.length : dot) + exponent;
  let text: string;
  if (pointAt <= 0) text = '0.' + '0'.repeat(-pointAt) + digits;
  else if (pointAt >= digits.length) text = digits + '0'.repeat(pointAt - digits.length);
  else text = digits.slice(0, pointAt) + '.' + digits.slice(pointAt);
  return (negative ? '-' : '') + text;
}

/** Converts a primitive to Terraform's string form; undefined when it is not a primitive. */
export function primitiveToString(v: Value): string | undefined {
  switch (v.kind) {
    case 'string':
      return v.value;
    case 'number':
      return formatNumber(v.value);
    case 'bool':
      return v.value ? 'true' : 'false';
    default:
      return undefined;
  }
}

const NUMBER_TEXT = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Terraform's string → number conversion; undefined when the text is not a number. */
export function parseNumber(text: string): number | undefined {
  return NUMBER_TEXT.test(text) ? Number(text) : undefined;
}

/** Deep equality with Terraform's rules (no conversion between types); undefined when unknown parts decide it. */
export function valuesEqual(a: Value, b: Value): boolean | undefined {
  if (a.kind === 'unknown' || b.kind === 'unknown') return undefined;
  if (a.kind === 'string' && b.kind === 'string') {
    if (a.unknowns?.length || b.unknowns?.length) return undefined;
    return a.value === b.value;
  }
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'number':
    case 'bool':
      return a.value === (b as typeof a).value;
    case 'null':
      return true;
    case 'list': {
      const bi = (b as ListValue).items;
      if (a.items.length !== bi.length) return false;
      let unsure = false;
      for (let i = 0; i < bi.length; i++) {
        const eq = valuesEqual(a.items[i]!, bi[i]!);
        if (eq === false) return false;
        if (eq === undefined) unsure = true;
      }
      return unsure ? undefined : true;
    }
    case 'object': {
      const be = (b as ObjectValue).entries;
      if (a.entries.size !== be.size) return false;
      let unsure = false;
      for (const [k, x] of a.entries) {
        const y = be.get(k);
        if (!y) return false;
        const eq = valuesEqual(x, y);
        if (eq === false) return false;
        if (eq === undefined) unsure = true;
      }
      return unsure ? undefined : true;
    }
    default:
      return false;
  }
}

/** Map keys in Terraform's iteration order (lexical). */
export function sortedKeys(o: ObjectValue): string[] {
  return [...o.entries.keys()].sort(compareStrings);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders set elements the way Terraform lists them: strings lexically, numbers numerically, the rest by JSON text. */
export function compareSetElements(a: Value, b: Value): number {
  if (a.kind === 'number' && b.kind === 'number') return a.value - b.value;
  if (a.kind === 'string' && b.kind === 'string') return compareStrings(a.value, b.value);
  return compareStrings(jsonEncode(a).text, jsonEncode(b).text);
}

/** Set semantics: removes duplicates (by equality), sorts. Elements must be known. */
export function toSetItems(items: Value[]): Value[] {
  const out: Value[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const key = item.kind === 'string' ? 's' + item.value : 'j' + jsonEncode(item).text;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out.sort(compareSetElements);
}

const HTML_UNSAFE = /[<>&\u2028\u2029]/g;

/** A JSON string literal as Go's encoding/json writes it (HTML-safe escaping). */
export function jsonQuote(s: string): string {
  return JSON.stringify(s).replace(HTML_UNSAFE, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/**
 * Terraform's jsonencode: object keys sorted, no whitespace, HTML-safe escapes. Unknown parts are written as the
 * string `"${expr}"` and returned in `unknowns`, so policy text stays readable when only a resource ARN is unknown.
 */
export function jsonEncode(v: Value): { text: string; unknowns: string[] } {
  const unknowns: string[] = [];
  const addUnknown = (e: string) => {
    if (!unknowns.includes(e)) unknowns.push(e);
  };
  const enc = (x: Value): string => {
    switch (x.kind) {
      case 'string':
        for (const u of x.unknowns ?? []) addUnknown(u);
        return jsonQuote(x.value);
      case 'number':
        return formatNumber(x.value);
      case 'bool':
        return x.value ? 'true' : 'false';
      case 'null':
        return 'null';
      case 'unknown':
        addUnknown(x.expr);
        return jsonQuote('${' + x.expr + '}');
      case 'list':
        return '[' + x.items.map(enc).join(',') + ']';
      case 'object':
        return '{' + sortedKeys(x).map((k) => jsonQuote(k) + ':' + enc(x.entries.get(k)!)).join(',') + '}';
    }
  };
  return { text: enc(v), unknowns };
}

/** Plain JSON (from JSON.parse) → Value, every part carrying the given span. */
export function fromJson(x: unknown, span: SourceSpan | undefined): Value {
  if (x === null || x === undefined) return mkNull(span);
  if (typeof x === 'string') return mkStr(x, span);
  if (typeof x === 'number') return mkNum(x, span);
  if (typeof x === 'boolean') return mkBool(x, span);
  if (Array.isArray(x)) return mkList(x.map((i) => fromJson(i, span)), span);
  const entries = new Map<string, Value>();
  for (const [k, val] of Object.entries(x as Record<string, unknown>)) entries.set(k, fromJson(val, span));
  return mkObj(entries, span);
}

/** A shallow copy of the value placed at another span (used when a result is a converted input). */
export function withSpan<T extends Value>(v: T, span: SourceSpan | undefined): T {
  return v.span === span ? v : { ...v, span };
}
