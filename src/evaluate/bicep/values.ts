/**
 * Value helpers for Bicep evaluation: symbolic strings, equality, truthiness, and the scope objects that
 * `resourceGroup()`, `subscription()`, `managementGroup()` and `tenant()` return before deployment.
 */
import { collectUnknowns, unknown, type ListValue, type ObjectValue, type StringValue, type UnknownValue, type Value } from '../value.js';

export const NULL: Value = { kind: 'null' };
export const bool = (value: boolean): Value => ({ kind: 'bool', value });
export const num = (value: number): Value => ({ kind: 'number', value });
export const list = (items: Value[]): ListValue => ({ kind: 'list', items });
export const obj = (entries: Array<[string, Value]>): ObjectValue => ({ kind: 'object', entries: new Map(entries) });

export const isUnknown = (v: Value): boolean => v.kind === 'unknown' || (v.kind === 'string' && (v.unknowns?.length ?? 0) > 0);
/** The value holds an unknown anywhere inside. */
export function hasUnknown(v: Value): boolean {
  switch (v.kind) {
    case 'unknown':
      return true;
    case 'string':
      return (v.unknowns?.length ?? 0) > 0;
    case 'list':
      return v.items.some(hasUnknown);
    case 'object':
      for (const x of v.entries.values()) if (hasUnknown(x)) return true;
      return false;
    default:
      return false;
  }
}

/** `${expr}` placeholder text for an unknown value inside a string. */
const placeholder = (v: UnknownValue) => '${' + v.expr + '}';

/** Concatenates values as Bicep string interpolation does; unknown parts become `${expr}` placeholders. */
export function concatText(parts: Value[]): StringValue {
  let text = '';
  let unknowns: string[] | undefined;
  const addUnknown = (e: string) => {
    unknowns ??= [];
    if (!unknowns.includes(e)) unknowns.push(e);
  };
  for (const p of parts) {
    switch (p.kind) {
      case 'string':
        text += p.value;
        for (const u of p.unknowns ?? []) addUnknown(u);
        break;
      case 'number':
      case 'bool':
        text += String(p.value);
        break;
      case 'null':
        break;
      case 'unknown':
        text += placeholder(p);
        addUnknown(p.expr);
        break;
      default:
        text += JSON.stringify(plainForText(p));
        for (const u of collectUnknowns(p)) addUnknown(u);
    }
  }
  return unknowns ? { kind: 'string', value: text, unknowns } : { kind: 'string', value: text };
}

function plainForText(v: Value): unknown {
  switch (v.kind) {
    case 'list':
      return v.items.map(plainForText);
    case 'object':
      return Object.fromEntries([...v.entries].map(([k, x]) => [k, plainForText(x)]));
    case 'unknown':
      return placeholder(v);
    case 'null':
      return null;
    default:
      return v.value;
  }
}

/** A string value built from literal text and values: `sym('/subscriptions/', subId)`. */
export const sym = (...parts: Array<string | Value>): StringValue => concatText(parts.map((p) => (typeof p === 'string' ? { kind: 'string', value: p } : p)));

/** Deep equality of known values; undefined when either side holds an unknown. `ci` compares strings case-insensitively. */
export function valuesEqual(a: Value, b: Value, ci = false): boolean | undefined {
  if (hasUnknown(a) || hasUnknown(b)) return undefined;
  return plainEqual(a, b, ci);
}

function plainEqual(a: Value, b: Value, ci: boolean): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'string':
      return ci ? a.value.toLowerCase() === (b as StringValue).value.toLowerCase() : a.value === (b as StringValue).value;
    case 'number':
    case 'bool':
      return a.value === (b as typeof a).value;
    case 'null':
      return true;
    case 'list': {
      const bi = (b as ListValue).items;
      return a.items.length === bi.length && a.items.every((x, i) => plainEqual(x, bi[i]!, ci));
    }
    case 'object': {
      const be = (b as ObjectValue).entries;
      if (a.entries.size !== be.size) return false;
      for (const [k, x] of a.entries) {
        const y = be.get(k);
        if (!y || !plainEqual(x, y, ci)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** Object property lookup as ARM does it: exact name first, then case-insensitive. */
export function getProperty(o: ObjectValue, key: string): Value | undefined {
  const exact = o.entries.get(key);
  if (exact) return exact;
  const lower = key.toLowerCase();
  for (const [k, v] of o.entries) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** Symbolic placeholder for something only known at deployment (`subscription().subscriptionId`). */
export const deployTime = (expr: string): UnknownValue => unknown(expr, { reason: 'deployment-scope' });

export function subscriptionObject(subscriptionId?: Value): ObjectValue {
  const id = subscriptionId ?? deployTime('subscription().subscriptionId');
  return obj([
    ['id', sym('/subscriptions/', id)],
    ['subscriptionId', id],
    ['tenantId', deployTime('subscription().tenantId')],
    ['displayName', deployTime('subscription().displayName')],
  ]);
}

export function resourceGroupObject(name?: Value, subscriptionId?: Value): ObjectValue {
  const sub = subscriptionId ?? deployTime('subscription().subscriptionId');
  const rg = name ?? deployTime('resourceGroup().name');
  return obj([
    ['id', sym('/subscriptions/', sub, '/resourceGroups/', rg)],
    ['name', rg],
    ['type', { kind: 'string', value: 'Microsoft.Resources/resourceGroups' }],
    ['location', deployTime('resourceGroup().location')],
    ['subscriptionId', sub],
  ]);
}

export function managementGroupObject(name?: Value): ObjectValue {
  const mg = name ?? deployTime('managementGroup().name');
  return obj([
    ['id', sym('/providers/Microsoft.Management/managementGroups/', mg)],
    ['name', mg],
    ['type', { kind: 'string', value: 'Microsoft.Management/managementGroups' }],
  ]);
}

export function tenantObject(): ObjectValue {
  return obj([
    ['id', { kind: 'string', value: '/' }],
    ['tenantId', deployTime('tenant().tenantId')],
  ]);
}

/** Bicep truthiness is strict: only bools are conditions; anything else (or unknown) is undecided. */
export function asBool(v: Value): boolean | undefined {
  return v.kind === 'bool' ? v.value : undefined;
}

/** The literal pieces of a symbolic string, between its `${unknown}` placeholders (all of them for a known string). */
export function knownSegments(s: StringValue): string[] {
  let text = s.value;
  for (const u of s.unknowns ?? []) text = text.split('${' + u + '}').join('\u0000');
  return text.split('\u0000');
}

/** What the symbolic string `s` can turn out to be: its literal pieces in order, anything in between. */
export function symbolicPattern(s: StringValue, ci = false): RegExp {
  const escaped = knownSegments(s).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp('^' + escaped.join('[\\s\\S]*') + '$', ci ? 'i' : '');
}
