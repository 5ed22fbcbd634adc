/**
 * Values helpers for the ARM evaluator: text of values with unknown parts, equality, and the scope objects
 * (`resourceGroup()`, `subscription()`...) whose parts are symbolic before deployment.
 */
import type { ObjectValue, StringValue, Value } from '../value.js';

/** Text of a scalar value and the unknown expressions inside it; undefined for lists and objects. */
export function textOf(v: Value): { text: string; unknowns: string[] } | undefined {
  switch (v.kind) {
    case 'string':
      return { text: v.value, unknowns: v.unknowns ?? [] };
    case 'number':
    case 'bool':
      return { text: String(v.value), unknowns: [] };
    case 'null':
      return { text: '', unknowns: [] };
    case 'unknown':
      return { text: '${' + v.expr + '}', unknowns: [v.expr] };
    default:
      return undefined;
  }
}

/** A string built from parts, some of them unknown (`${expr}` in the text). */
export function joinText(parts: Array<{ text: string; unknowns: string[] }>): StringValue {
  const text = parts.map((p) => p.text).join('');
  const unknowns = [...new Set(parts.flatMap((p) => p.unknowns))];
  return unknowns.length > 0 ? { kind: 'string', value: text, unknowns } : { kind: 'string', value: text };
}

export function symbolic(expr: string): StringValue {
  return { kind: 'string', value: '${' + expr + '}', unknowns: [expr] };
}

function obj(entries: Record<string, Value>): ObjectValue {
  return { kind: 'object', entries: new Map(Object.entries(entries)) };
}

/** `resourceGroup()`, `subscription()`, `managementGroup()`, `tenant()`: ids with symbolic parts. */
export function scopeObject(fn: 'resourceGroup' | 'subscription' | 'managementGroup' | 'tenant'): ObjectValue {
  const sub = '${subscription().subscriptionId}';
  switch (fn) {
    case 'resourceGroup':
      return obj({
        id: { kind: 'string', value: `/subscriptions/${sub}/resourceGroups/\${resourceGroup().name}`, unknowns: ['subscription().subscriptionId', 'resourceGroup().name'] },
        name: symbolic('resourceGroup().name'),
        location: symbolic('resourceGroup().location'),
      });
    case 'subscription':
      return obj({
        id: { kind: 'string', value: `/subscriptions/${sub}`, unknowns: ['subscription().subscriptionId'] },
        subscriptionId: symbolic('subscription().subscriptionId'),
        tenantId: symbolic('subscription().tenantId'),
        displayName: symbolic('subscription().displayName'),
      });
    case 'managementGroup':
      return obj({
        id: { kind: 'string', value: '/providers/Microsoft.Management/managementGroups/${managementGroup().name}', unknowns: ['managementGroup().name'] },
        name: symbolic('managementGroup().name'),
      });
    case 'tenant':
      return obj({ id: { kind: 'string', value: '/' }, tenantId: symbolic('tenant().tenantId') });
  }
}

/** Plain form for comparisons; undefined when a value holds an unknown part. */
export function plainKnown(v: Value): unknown {
  switch (v.kind) {
    case 'unknown':
      return undefined;
    case 'string':
      return v.unknowns?.length ? undefined : v.value;
    case 'number':
    case 'bool':
      return v.value;
    case 'null':
      return null;
    case 'list': {
      const out: unknown[] = [];
      for (const i of v.items) {
        const p = plainKnown(i);
        if (p === undefined) return undefined;
        out.push(p);
      }
      return out;
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, x] of v.entries) {
        const p = plainKnown(x);
        if (p === undefined) return undefined;
        out[k] = p;
      }
      return out;
    }
  }
}

export function isKnown(v: Value): boolean {
  return plainKnown(v) !== undefined;
}

/** Structural equality of plain values (`equals` compares strings case-sensitively). */
export function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function truthy(v: Value): boolean | undefined {
  if (v.kind === 'bool') return v.value;
  if (v.kind === 'string' && !v.unknowns?.length) {
    if (v.value.toLowerCase() === 'true') return true;
    if (v.value.toLowerCase() === 'false') return false;
  }
  return undefined;
}
