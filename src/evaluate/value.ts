/**
 * Evaluated values shared by every front end (Terraform, CloudFormation, Bicep, ARM, CDK).
 * Extractors turn these into grants; they never see the syntax trees.
 * Every value may carry the span of the expression it came from, so a grant can point at the statement that states it.
 */
import type { SourceSpan } from '../model/span.js';

interface ValueBase {
  span?: SourceSpan;
}

export interface StringValue extends ValueBase {
  kind: 'string';
  /** The text. Unknown parts are written as `${expr}` (e.g. `arn:aws:s3:::${var.bucket}/*`) and listed in `unknowns`. */
  value: string;
  unknowns?: string[];
  /** A `<<-` heredoc's text: the spaces removed from the start of every line (columns in the file are that much further right). */
  indent?: number;
  /** For encoded text (Terraform `jsonencode`): the value before encoding, whose parts keep their own spans. */
  source?: Value;
}

export interface NumberValue extends ValueBase {
  kind: 'number';
  value: number;
}

export interface BoolValue extends ValueBase {
  kind: 'bool';
  value: boolean;
}

export interface NullValue extends ValueBase {
  kind: 'null';
}

/** Tuples, lists and sets. */
export interface ListValue extends ValueBase {
  kind: 'list';
  items: Value[];
}

/** Objects and maps; key order is source order. */
export interface ObjectValue extends ValueBase {
  kind: 'object';
  entries: Map<string, Value>;
  /**
   * Terraform: the resource instance this object is (or one of its nested blocks): an attribute the configuration
   * leaves out is computed by the provider, not missing.
   */
  resource?: ResourceMark;
}

/** A Terraform resource instance, by address and type. */
export interface ResourceMark {
  address: string;
  type: string;
}

/** A value that cannot be known before deployment or could not be evaluated. */
export interface UnknownValue extends ValueBase {
  kind: 'unknown';
  /** The expression as written, e.g. `var.extra_actions`, `aws_iam_role.deploy.arn`, `!GetAtt Role.Arn`. */
  expr: string;
  /** When the value is an attribute of a declared resource: which one (links policies to principals). */
  ref?: { address: string; attribute: string };
  /** Why it is unknown, for the `unresolved` report: input-variable, computed-attribute, remote-module, unsupported-function, error... */
  reason?: string;
}

export type Value = StringValue | NumberValue | BoolValue | NullValue | ListValue | ObjectValue | UnknownValue;

export const str = (value: string, span?: SourceSpan): StringValue => (span ? { kind: 'string', value, span } : { kind: 'string', value });
export const unknown = (expr: string, extra: Partial<Omit<UnknownValue, 'kind' | 'expr'>> = {}): UnknownValue => ({ kind: 'unknown', expr, ...extra });

/** Text of a scalar for names and messages: strings as they are, unknowns as `${expr}`; undefined for the rest. */
export function scalarText(v: Value | undefined): string | undefined {
  switch (v?.kind) {
    case 'string':
      return v.value;
    case 'number':
    case 'bool':
      return String(v.value);
    case 'unknown':
      return '${' + v.expr + '}';
    default:
      return undefined;
  }
}

/** Every unknown expression inside a value (deep), without duplicates, in order of appearance. */
export function collectUnknowns(v: Value, out: string[] = []): string[] {
  const add = (e: string) => {
    if (!out.includes(e)) out.push(e);
  };
  switch (v.kind) {
    case 'unknown':
      add(v.expr);
      break;
    case 'string':
      for (const u of v.unknowns ?? []) add(u);
      break;
    case 'list':
      for (const i of v.items) collectUnknowns(i, out);
      break;
    case 'object':
      for (const i of v.entries.values()) collectUnknowns(i, out);
      break;
    default:
      break;
  }
  return out;
}

/** Plain JSON view of a value; unknowns become their `${expr}` text. For messages and hashing, not for semantics. */
export function toPlain(v: Value): unknown {
  switch (v.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return v.value;
    case 'null':
      return null;
    case 'unknown':
      return '${' + v.expr + '}';
    case 'list':
      return v.items.map(toPlain);
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const [k, x] of v.entries) o[k] = toPlain(x);
      return o;
    }
  }
}

/** Builds a Value from plain JSON (used for parsed JSON policy text and tests). */
export function fromPlain(x: unknown, span?: SourceSpan): Value {
  const withSpan = <T extends Value>(v: T): T => (span ? { ...v, span } : v);
  if (x === null || x === undefined) return withSpan({ kind: 'null' });
  if (typeof x === 'string') return withSpan({ kind: 'string', value: x });
  if (typeof x === 'number') return withSpan({ kind: 'number', value: x });
  if (typeof x === 'boolean') return withSpan({ kind: 'bool', value: x });
  if (Array.isArray(x)) return withSpan({ kind: 'list', items: x.map((i) => fromPlain(i, span)) });
  const entries = new Map<string, Value>();
  for (const [k, val] of Object.entries(x as Record<string, unknown>)) entries.set(k, fromPlain(val, span));
  return withSpan({ kind: 'object', entries });
}

export function getAttr(v: Value | undefined, key: string): Value | undefined {
  return v?.kind === 'object' ? v.entries.get(key) : undefined;
}
