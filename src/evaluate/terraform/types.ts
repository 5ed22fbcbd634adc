/**
 * Variable type constraints (`list(string)`, `object({ a = optional(string, "x") })` ...) and the conversion Terraform
 * applies to an input value: primitives converted, sets sorted, object attributes not in the type dropped and
 * optional attributes filled with their defaults. Values that do not fit are passed through unchanged (the evaluator
 * is lenient: a type mismatch is Terraform's error to report, not ours).
 */
import type { Expression } from '../../parse/hcl/ast.js';
import type { Value } from '../value.js';
import { isWhollyKnown, mkBool, mkList, mkNull, mkNum, mkObj, mkStr, parseNumber, primitiveToString, sortedKeys, toSetItems } from './values.js';

export interface ObjectAttrType {
  type: TypeSpec;
  optional: boolean;
  default?: Value;
}

export type TypeSpec =
  | { kind: 'any' | 'string' | 'number' | 'bool' }
  | { kind: 'list' | 'set' | 'map'; elem: TypeSpec }
  | { kind: 'object'; attrs: Map<string, ObjectAttrType> }
  | { kind: 'tuple'; elems: TypeSpec[] };

const ANY: TypeSpec = { kind: 'any' };

/** Reads a type constraint expression; `evalDefault` evaluates the default of `optional(T, default)`. */
export function parseType(expr: Expression, evalDefault: (e: Expression) => Value): TypeSpec {
  switch (expr.type) {
    case 'Variable':
      return primitiveType(expr.name);
    case 'Template':
      // Terraform 0.11 quoted forms: "string", "list", "map".
      if (expr.parts.length === 1 && expr.parts[0]!.type === 'TemplateLiteral') return primitiveType(expr.parts[0]!.value);
      return ANY;
    case 'Literal':
      return typeof expr.value === 'string' ? primitiveType(expr.value) : ANY;
    case 'Paren':
      return parseType(expr.expr, evalDefault);
    case 'FunctionCall': {
      const arg = expr.args[0];
      switch (expr.name) {
        case 'list':
        case 'set':
        case 'map':
          return { kind: expr.name, elem: arg ? parseType(arg, evalDefault) : ANY };
        case 'tuple':
          return { kind: 'tuple', elems: arg?.type === 'Tuple' ? arg.items.map((i) => parseType(i, evalDefault)) : [] };
        case 'object': {
          const attrs = new Map<string, ObjectAttrType>();
          if (arg?.type === 'Object') {
            for (const item of arg.items) {
              const name = objectKeyName(item.key);
              if (name === undefined) continue;
              attrs.set(name, parseAttrType(item.value, evalDefault));
            }
          }
          return { kind: 'object', attrs };
        }
        default:
          return ANY;
      }
    }
    default:
      return ANY;
  }
}

function parseAttrType(expr: Expression, evalDefault: (e: Expression) => Value): ObjectAttrType {
  if (expr.type === 'FunctionCall' && expr.name === 'optional') {
    const inner = expr.args[0] ? parseType(expr.args[0], evalDefault) : ANY;
    const dflt = expr.args[1];
    return dflt ? { type: inner, optional: true, default: evalDefault(dflt) } : { type: inner, optional: true };
  }
  return { type: parseType(expr, evalDefault), optional: false };
}

function primitiveType(name: string): TypeSpec {
  switch (name) {
    case 'string':
    case 'number':
    case 'bool':
      return { kind: name };
    case 'list':
      return { kind: 'list', elem: ANY };
    case 'map':
      return { kind: 'map', elem: ANY };
    default:
      return ANY;
  }
}

function objectKeyName(key: Expression): string | undefined {
  if (key.type === 'Variable') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  if (key.type === 'Template' && key.parts.length === 1 && key.parts[0]!.type === 'TemplateLiteral') return key.parts[0]!.value;
  if (key.type === 'Paren') return objectKeyName(key.expr);
  return undefined;
}

/** Converts a value to a type constraint the way Terraform does for module inputs; never throws. */
export function convertToType(v: Value, t: TypeSpec): Value {
  if (t.kind === 'any' || v.kind === 'unknown' || v.kind === 'null') return v;
  switch (t.kind) {
    case 'string': {
      if (v.kind === 'number' || v.kind === 'bool') return mkStr(primitiveToString(v)!, v.span);
      return v;
    }
    case 'number': {
      if (v.kind === 'string' && !v.unknowns?.length) {
        const n = parseNumber(v.value);
        return n === undefined ? v : mkNum(n, v.span);
      }
      return v;
    }
    case 'bool': {
      if (v.kind === 'string' && (v.value === 'true' || v.value === 'false')) return mkBool(v.value === 'true', v.span);
      return v;
    }
    case 'list':
    case 'set': {
      if (v.kind !== 'list') return v;
      const items = v.items.map((i) => convertToType(i, t.elem));
      return mkList(t.kind === 'set' && items.every(isWhollyKnown) ? toSetItems(items) : items, v.span);
    }
    case 'map': {
      if (v.kind !== 'object') return v;
      const entries = new Map<string, Value>();
      for (const k of sortedKeys(v)) entries.set(k, convertToType(v.entries.get(k)!, t.elem));
      return mkObj(entries, v.span);
    }
    case 'tuple': {
      if (v.kind !== 'list') return v;
      return mkList(v.items.map((i, n) => convertToType(i, t.elems[n] ?? ANY)), v.span);
    }
    case 'object': {
      if (v.kind !== 'object') return v;
      const entries = new Map<string, Value>();
      for (const [name, attr] of t.attrs) {
        const given = v.entries.get(name);
        if (given && given.kind !== 'null') entries.set(name, convertToType(given, attr.type));
        else if (attr.optional) entries.set(name, attr.default ? convertToType(attr.default, attr.type) : mkNull(v.span));
        else if (given) entries.set(name, given);
      }
      return mkObj(entries, v.span);
    }
  }
}
