/**
 * Bicep/ARM built-in functions on evaluated values (the ones that take lambdas live in the evaluator).
 * Results are symbolic where the inputs or the deployment are unknown: `subscriptionResourceId(...)` with an unknown
 * subscription is the string `/subscriptions/${subscription().subscriptionId}/providers/...`.
 */
import { fromPlain, unknown, type ObjectValue, type Value } from '../value.js';
import {
  NULL,
  bool,
  concatText,
  getProperty,
  hasUnknown,
  knownSegments,
  list,
  managementGroupObject,
  num,
  obj,
  resourceGroupObject,
  subscriptionObject,
  sym,
  tenantObject,
  valuesEqual,
} from './values.js';

/** `undefined`: the function is not known here (the caller reports it as an unsupported function). */
export type Builtin = (args: Value[], expr: string) => Value | undefined;

const str = (value: string): Value => ({ kind: 'string', value });

/** Unknown result of a call whose inputs are not all known. */
const unknownCall = (expr: string): Value => unknown(expr, { reason: 'unknown-input' });

/** The function needs known inputs: unknown result when any argument holds an unknown. */
const known =
  (f: (args: Value[]) => Value | undefined): Builtin =>
  (args, expr) =>
    args.some(hasUnknown) ? unknownCall(expr) : f(args);

/** `Microsoft.Authorization/roleDefinitions` + [name] → `Microsoft.Authorization/roleDefinitions/name` (interleaved for child types). */
function typedSegments(type: Value, names: Value[]): Value {
  if (type.kind !== 'string' || (type.unknowns?.length ?? 0) > 0) return sym(type, ...names.flatMap((n) => ['/', n]));
  const parts = type.value.split('/');
  const out: Array<string | Value> = [parts[0] ?? ''];
  for (let i = 1; i < parts.length; i++) {
    out.push('/' + parts[i] + '/');
    out.push(names[i - 1] ?? str(''));
  }
  // More names than type segments: appended (ARM rejects it; keep the text visible).
  for (let i = parts.length - 1; i < names.length; i++) out.push('/', names[i]!);
  return sym(...out);
}

/** Id of a resource of `type` named `name` (`parent/child` for child types) under the scope id `scopeId`. */
export function resourceIdUnder(scopeId: Value, type: string, name: Value): Value {
  const names = name.kind === 'string' && !(name.unknowns?.length ?? 0) ? name.value.split('/').map(str) : [name];
  const prefix = scopeId.kind === 'string' && scopeId.value === '/' ? '' : scopeId;
  return sym(prefix, '/providers/', typedSegments(str(type), names));
}

/** Index of the resource-type argument: the first known string with a `/` (`Microsoft.X/y`). */
function typeIndex(args: Value[], maxLeading: number): number {
  for (let i = 0; i <= maxLeading && i < args.length; i++) {
    const a = args[i]!;
    if (a.kind === 'string' && !(a.unknowns?.length ?? 0) && a.value.includes('/')) return i;
  }
  return -1;
}

const resourceId: Builtin = (args, expr) => {
  const t = typeIndex(args, 2);
  if (t < 0) return unknownCall(expr);
  const lead = args.slice(0, t);
  const rg = resourceGroupObject(lead.length >= 1 ? lead[lead.length - 1] : undefined, lead.length === 2 ? lead[0] : undefined);
  return sym(getProperty(rg, 'id')!, '/providers/', typedSegments(args[t]!, args.slice(t + 1)));
};

const subscriptionResourceId: Builtin = (args, expr) => {
  const t = typeIndex(args, 1);
  if (t < 0) return unknownCall(expr);
  const sub = subscriptionObject(t === 1 ? args[0] : undefined);
  return sym(getProperty(sub, 'id')!, '/providers/', typedSegments(args[t]!, args.slice(t + 1)));
};

const tenantResourceId: Builtin = (args, expr) => {
  if (args.length === 0) return unknownCall(expr);
  return sym('/providers/', typedSegments(args[0]!, args.slice(1)));
};

const managementGroupResourceId: Builtin = (args, expr) => {
  const t = typeIndex(args, 1);
  if (t < 0) return unknownCall(expr);
  const mg = managementGroupObject(t === 1 ? args[0] : undefined);
  return sym(getProperty(mg, 'id')!, '/providers/', typedSegments(args[t]!, args.slice(t + 1)));
};

const extensionResourceId: Builtin = (args, expr) => {
  if (args.length < 2) return unknownCall(expr);
  return sym(args[0]!, '/providers/', typedSegments(args[1]!, args.slice(2)));
};

/** .NET composite format as ARM's format(): `{0}`, `{1:N2}` (format specifiers ignored), `{{` / `}}`. */
const format: Builtin = (args, expr) => {
  const f = args[0];
  if (!f || f.kind !== 'string' || (f.unknowns?.length ?? 0) > 0) return unknownCall(expr);
  const parts: Value[] = [];
  const re = /\{\{|\}\}|\{(\d+)(?:[,:][^}]*)?\}/g;
  let last = 0;
  for (let m = re.exec(f.value); m; m = re.exec(f.value)) {
    parts.push(str(f.value.slice(last, m.index)));
    if (m[0] === '{{') parts.push(str('{'));
    else if (m[0] === '}}') parts.push(str('}'));
    else parts.push(args[Number(m[1]) + 1] ?? str(m[0]));
    last = m.index + m[0].length;
  }
  parts.push(str(f.value.slice(last)));
  return concatText(parts);
};

const concat: Builtin = (args, expr) => {
  if (args.length > 0 && args.every((a) => a.kind === 'list')) return list(args.flatMap((a) => (a.kind === 'list' ? a.items : [])));
  if (args.every((a) => a.kind === 'string' || a.kind === 'number' || a.kind === 'bool' || a.kind === 'null' || a.kind === 'unknown')) {
    return args.some((a) => a.kind === 'unknown') && args.every((a) => a.kind === 'unknown') ? unknownCall(expr) : concatText(args);
  }
  return unknownCall(expr);
};

/** ARM union: objects merge (nested objects deeply, later wins); arrays concatenate without duplicates. */
const union: Builtin = (args, expr) => {
  if (args.length > 0 && args.every((a) => a.kind === 'object')) return args.reduce((acc, a) => mergeObjects(acc as ObjectValue, a as ObjectValue));
  if (args.length > 0 && args.every((a) => a.kind === 'list')) {
    const items: Value[] = [];
    for (const a of args) for (const x of a.kind === 'list' ? a.items : []) if (!items.some((y) => valuesEqual(x, y) === true)) items.push(x);
    return list(items);
  }
  return unknownCall(expr);
};

function mergeObjects(a: ObjectValue, b: ObjectValue): ObjectValue {
  const entries = new Map(a.entries);
  for (const [k, v] of b.entries) {
    const prev = entries.get(k);
    entries.set(k, prev?.kind === 'object' && v.kind === 'object' ? mergeObjects(prev, v) : v);
  }
  return { kind: 'object', entries };
}

const contains: Builtin = (args, expr) => {
  const [c, item] = args;
  if (!c || !item) return unknownCall(expr);
  if (c.kind === 'list') {
    if (c.items.some((x) => valuesEqual(x, item) === true)) return bool(true);
    return c.items.some(hasUnknown) || hasUnknown(item) ? unknownCall(expr) : bool(false);
  }
  if (c.kind === 'string' && item.kind === 'string' && (c.unknowns?.length ?? 0) > 0 && !hasUnknown(item) && knownSegments(c).some((seg) => seg.toLowerCase().includes(item.value.toLowerCase()))) {
    // The literal text is in the string whatever its unknown parts turn out to be.
    return bool(true);
  }
  if (hasUnknown(c) || hasUnknown(item)) return unknownCall(expr);
  if (c.kind === 'string' && item.kind === 'string') return bool(c.value.toLowerCase().includes(item.value.toLowerCase()));
  if (c.kind === 'object' && item.kind === 'string') return bool(getProperty(c, item.value) !== undefined);
  return unknownCall(expr);
};

const length: Builtin = (args, expr) => {
  const a = args[0];
  if (a?.kind === 'list') return num(a.items.length);
  if (a?.kind === 'object') return num(a.entries.size);
  if (a?.kind === 'string' && !(a.unknowns?.length ?? 0)) return num(a.value.length);
  return unknownCall(expr);
};

const empty: Builtin = (args, expr) => {
  const a = args[0];
  if (!a) return unknownCall(expr);
  if (a.kind === 'null') return bool(true);
  if (a.kind === 'list') return bool(a.items.length === 0);
  if (a.kind === 'object') return bool(a.entries.size === 0);
  if (a.kind === 'string') return (a.unknowns?.length ?? 0) > 0 ? (a.value.replace(/\$\{[^}]*\}/g, '') ? bool(false) : unknownCall(expr)) : bool(a.value === '');
  return unknownCall(expr);
};

const firstOrLast =
  (last: boolean): Builtin =>
  (args, expr) => {
    const a = args[0];
    if (a?.kind === 'list') return (last ? a.items[a.items.length - 1] : a.items[0]) ?? NULL;
    if (a?.kind === 'string' && !(a.unknowns?.length ?? 0)) return str(last ? a.value.slice(-1) : a.value.slice(0, 1));
    return unknownCall(expr);
  };

const coalesce: Builtin = (args, expr) => {
  for (const a of args) {
    if (a.kind === 'unknown') return unknownCall(expr);
    if (a.kind !== 'null') return a;
  }
  return NULL;
};

const split = known(([s, d]) => {
  if (s?.kind !== 'string') return undefined;
  const delims = d?.kind === 'string' ? [d.value] : d?.kind === 'list' ? d.items.flatMap((x) => (x.kind === 'string' ? [x.value] : [])) : [];
  if (delims.length === 0) return list([str(s.value)]);
  const re = new RegExp(delims.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  return list(s.value.split(re).map(str));
});

const caseChange = (upper: boolean) =>
  known(([s]) => (s?.kind === 'string' ? str(upper ? s.value.toUpperCase() : s.value.toLowerCase()) : undefined));

function toText(v: Value): Value {
  if (v.kind === 'string') return v;
  return concatText([v]);
}

const BUILTINS: Record<string, Builtin> = {
  resourceid: resourceId,
  subscriptionresourceid: subscriptionResourceId,
  tenantresourceid: tenantResourceId,
  managementgroupresourceid: managementGroupResourceId,
  extensionresourceid: extensionResourceId,
  format,
  concat,
  union,
  contains,
  length,
  empty,
  first: firstOrLast(false),
  last: firstOrLast(true),
  coalesce,
  split,
  tolower: caseChange(false),
  toupper: caseChange(true),
  // Deterministic hashes whose exact value does not matter before deployment: kept symbolic with their inputs.
  guid: (_args, expr) => sym(unknown(expr, { reason: 'hash' })),
  uniquestring: (_args, expr) => sym(unknown(expr, { reason: 'hash' })),
  newguid: (_args, expr) => unknown(expr, { reason: 'deployment-time' }),
  utcnow: (_args, expr) => unknown(expr, { reason: 'deployment-time' }),
  subscription: (args) => subscriptionObject(args[0]),
  resourcegroup: (args) => (args.length >= 2 ? resourceGroupObject(args[1], args[0]) : resourceGroupObject(args[0])),
  managementgroup: (args) => managementGroupObject(args[0]),
  tenant: () => tenantObject(),
  string: (args, expr) => (args[0] ? toText(args[0]) : unknownCall(expr)),
  int: known(([a]) => (a?.kind === 'number' ? a : a?.kind === 'string' && /^-?\d+$/.test(a.value.trim()) ? num(parseInt(a.value, 10)) : undefined)),
  bool: known(([a]) =>
    a?.kind === 'bool' ? a : a?.kind === 'string' ? bool(a.value.toLowerCase() === 'true') : a?.kind === 'number' ? bool(a.value !== 0) : undefined,
  ),
  any: (args) => args[0] ?? NULL,
  array: (args) => (args[0]?.kind === 'list' ? args[0] : list(args[0] ? [args[0]] : [])),
  createarray: (args) => list(args),
  createobject: known((args) => {
    const entries: Array<[string, Value]> = [];
    for (let i = 0; i + 1 < args.length; i += 2) if (args[i]!.kind === 'string') entries.push([(args[i] as { value: string }).value, args[i + 1]!]);
    return obj(entries);
  }),
  range: known(([s, c]) => (s?.kind === 'number' && c?.kind === 'number' && c.value >= 0 && c.value <= 10000 ? list(Array.from({ length: c.value }, (_, i) => num(s.value + i))) : undefined)),
  items: (args, expr) =>
    args[0]?.kind === 'object'
      ? list(
          [...args[0].entries]
            .sort(([a], [b]) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0))
            .map(([k, v]) => obj([['key', str(k)], ['value', v]])),
        )
      : unknownCall(expr),
  objectkeys: (args, expr) => (args[0]?.kind === 'object' ? list([...args[0].entries.keys()].map(str)) : unknownCall(expr)),
  join: known(([a, d]) => (a?.kind === 'list' && d?.kind === 'string' ? concatText(a.items.flatMap((x, i) => (i > 0 ? [d, x] : [x]))) : undefined)),
  replace: known(([s, a, b]) => (s?.kind === 'string' && a?.kind === 'string' && b?.kind === 'string' ? str(s.value.split(a.value).join(b.value)) : undefined)),
  startswith: known(([s, p]) => (s?.kind === 'string' && p?.kind === 'string' ? bool(s.value.toLowerCase().startsWith(p.value.toLowerCase())) : undefined)),
  endswith: known(([s, p]) => (s?.kind === 'string' && p?.kind === 'string' ? bool(s.value.toLowerCase().endsWith(p.value.toLowerCase())) : undefined)),
  trim: known(([s]) => (s?.kind === 'string' ? str(s.value.trim()) : undefined)),
  substring: known(([s, a, b]) =>
    s?.kind === 'string' && a?.kind === 'number' ? str(b?.kind === 'number' ? s.value.substr(a.value, b.value) : s.value.slice(a.value)) : undefined,
  ),
  indexof: known(([s, p]) => (s?.kind === 'string' && p?.kind === 'string' ? num(s.value.toLowerCase().indexOf(p.value.toLowerCase())) : undefined)),
  lastindexof: known(([s, p]) => (s?.kind === 'string' && p?.kind === 'string' ? num(s.value.toLowerCase().lastIndexOf(p.value.toLowerCase())) : undefined)),
  skip: known(([a, n]) => (n?.kind !== 'number' ? undefined : a?.kind === 'list' ? list(a.items.slice(Math.max(0, n.value))) : a?.kind === 'string' ? str(a.value.slice(Math.max(0, n.value))) : undefined)),
  take: known(([a, n]) => (n?.kind !== 'number' ? undefined : a?.kind === 'list' ? list(a.items.slice(0, Math.max(0, n.value))) : a?.kind === 'string' ? str(a.value.slice(0, Math.max(0, n.value))) : undefined)),
  flatten: (args, expr) => (args[0]?.kind === 'list' && args[0].items.every((x) => x.kind === 'list') ? list(args[0].items.flatMap((x) => (x.kind === 'list' ? x.items : []))) : unknownCall(expr)),
  intersection: known((args) => {
    if (args.length === 0 || !args.every((a) => a.kind === 'list')) return undefined;
    const [first, ...rest] = args.map((a) => (a.kind === 'list' ? a.items : []));
    return list(first!.filter((x) => rest.every((r) => r.some((y) => valuesEqual(x, y) === true))));
  }),
  min: known((args) => {
    const ns = (args.length === 1 && args[0]!.kind === 'list' ? args[0]!.items : args).map((a) => (a.kind === 'number' ? a.value : NaN));
    return ns.length > 0 && ns.every((n) => !Number.isNaN(n)) ? num(Math.min(...ns)) : undefined;
  }),
  max: known((args) => {
    const ns = (args.length === 1 && args[0]!.kind === 'list' ? args[0]!.items : args).map((a) => (a.kind === 'number' ? a.value : NaN));
    return ns.length > 0 && ns.every((n) => !Number.isNaN(n)) ? num(Math.max(...ns)) : undefined;
  }),
  json: known(([s]) => {
    if (s?.kind !== 'string') return undefined;
    try {
      return fromPlain(JSON.parse(s.value));
    } catch {
      return undefined;
    }
  }),
};


/** A built-in by name (case-insensitive, as ARM function names are). */
export function builtin(name: string): Builtin | undefined {
  return BUILTINS[name.toLowerCase()];
}
