import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  parseBicep,
  warmUpBicepParser
} from "./chunk-SC32NVIV.mjs";
import {
  connectedGroups
} from "./chunk-KLQTYQID.mjs";
import {
  endOffset,
  startOffset
} from "./chunk-MEY65LLP.mjs";
import {
  extractAzureFromDeployment,
  isAzureGrantType
} from "./chunk-2IYMR4JP.mjs";
import {
  mayHoldDirective
} from "./chunk-2BA6WCB7.mjs";
import {
  azureRoleCatalog
} from "./chunk-456KF6NM.mjs";
import {
  claimsBicep
} from "./chunk-G6JY42Q3.mjs";
import "./chunk-XF6FTM5H.mjs";
import {
  BudgetExhausted,
  countStep,
  runWithBudget
} from "./chunk-UAKPROPV.mjs";
import "./chunk-YZXYJYQ3.mjs";
import {
  collectUnknowns,
  fromPlain,
  unknown
} from "./chunk-E2WJM2F3.mjs";

// src/pipeline/frontends/bicep.ts
import { readFileSync } from "node:fs";
import path2 from "node:path";

// src/evaluate/bicep/evaluate.ts
import path from "node:path";

// src/evaluate/bicep/values.ts
var NULL = { kind: "null" };
var bool = (value) => ({ kind: "bool", value });
var num = (value) => ({ kind: "number", value });
var list = (items) => ({ kind: "list", items });
var obj = (entries) => ({ kind: "object", entries: new Map(entries) });
var isUnknown = (v) => v.kind === "unknown" || v.kind === "string" && (v.unknowns?.length ?? 0) > 0;
function hasUnknown(v) {
  switch (v.kind) {
    case "unknown":
      return true;
    case "string":
      return (v.unknowns?.length ?? 0) > 0;
    case "list":
      return v.items.some(hasUnknown);
    case "object":
      for (const x of v.entries.values()) if (hasUnknown(x)) return true;
      return false;
    default:
      return false;
  }
}
var placeholder = (v) => "${" + v.expr + "}";
function concatText(parts) {
  let text = "";
  let unknowns;
  const addUnknown = (e) => {
    unknowns ??= [];
    if (!unknowns.includes(e)) unknowns.push(e);
  };
  for (const p of parts) {
    switch (p.kind) {
      case "string":
        text += p.value;
        for (const u of p.unknowns ?? []) addUnknown(u);
        break;
      case "number":
      case "bool":
        text += String(p.value);
        break;
      case "null":
        break;
      case "unknown":
        text += placeholder(p);
        addUnknown(p.expr);
        break;
      default:
        text += JSON.stringify(plainForText(p));
        for (const u of collectUnknowns(p)) addUnknown(u);
    }
  }
  return unknowns ? { kind: "string", value: text, unknowns } : { kind: "string", value: text };
}
function plainForText(v) {
  switch (v.kind) {
    case "list":
      return v.items.map(plainForText);
    case "object":
      return Object.fromEntries([...v.entries].map(([k, x]) => [k, plainForText(x)]));
    case "unknown":
      return placeholder(v);
    case "null":
      return null;
    default:
      return v.value;
  }
}
var sym = (...parts) => concatText(parts.map((p) => typeof p === "string" ? { kind: "string", value: p } : p));
function valuesEqual(a, b, ci = false) {
  if (hasUnknown(a) || hasUnknown(b)) return void 0;
  return plainEqual(a, b, ci);
}
function plainEqual(a, b, ci) {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "string":
      return ci ? a.value.toLowerCase() === b.value.toLowerCase() : a.value === b.value;
    case "number":
    case "bool":
      return a.value === b.value;
    case "null":
      return true;
    case "list": {
      const bi = b.items;
      return a.items.length === bi.length && a.items.every((x, i) => plainEqual(x, bi[i], ci));
    }
    case "object": {
      const be = b.entries;
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
function getProperty(o, key) {
  const exact = o.entries.get(key);
  if (exact) return exact;
  const lower = key.toLowerCase();
  for (const [k, v] of o.entries) if (k.toLowerCase() === lower) return v;
  return void 0;
}
var deployTime = (expr) => unknown(expr, { reason: "deployment-scope" });
function subscriptionObject(subscriptionId) {
  const id = subscriptionId ?? deployTime("subscription().subscriptionId");
  return obj([
    ["id", sym("/subscriptions/", id)],
    ["subscriptionId", id],
    ["tenantId", deployTime("subscription().tenantId")],
    ["displayName", deployTime("subscription().displayName")]
  ]);
}
function resourceGroupObject(name, subscriptionId) {
  const sub = subscriptionId ?? deployTime("subscription().subscriptionId");
  const rg = name ?? deployTime("resourceGroup().name");
  return obj([
    ["id", sym("/subscriptions/", sub, "/resourceGroups/", rg)],
    ["name", rg],
    ["type", { kind: "string", value: "Microsoft.Resources/resourceGroups" }],
    ["location", deployTime("resourceGroup().location")],
    ["subscriptionId", sub]
  ]);
}
function managementGroupObject(name) {
  const mg = name ?? deployTime("managementGroup().name");
  return obj([
    ["id", sym("/providers/Microsoft.Management/managementGroups/", mg)],
    ["name", mg],
    ["type", { kind: "string", value: "Microsoft.Management/managementGroups" }]
  ]);
}
function tenantObject() {
  return obj([
    ["id", { kind: "string", value: "/" }],
    ["tenantId", deployTime("tenant().tenantId")]
  ]);
}
function asBool(v) {
  return v.kind === "bool" ? v.value : void 0;
}
function knownSegments(s) {
  let text = s.value;
  for (const u of s.unknowns ?? []) text = text.split("${" + u + "}").join("\0");
  return text.split("\0");
}
function symbolicPattern(s, ci = false) {
  const escaped = knownSegments(s).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp("^" + escaped.join("[\\s\\S]*") + "$", ci ? "i" : "");
}

// src/evaluate/bicep/functions.ts
var str = (value) => ({ kind: "string", value });
var unknownCall = (expr) => unknown(expr, { reason: "unknown-input" });
var known = (f) => (args, expr) => args.some(hasUnknown) ? unknownCall(expr) : f(args);
function typedSegments(type, names) {
  if (type.kind !== "string" || (type.unknowns?.length ?? 0) > 0) return sym(type, ...names.flatMap((n) => ["/", n]));
  const parts = type.value.split("/");
  const out = [parts[0] ?? ""];
  for (let i = 1; i < parts.length; i++) {
    out.push("/" + parts[i] + "/");
    out.push(names[i - 1] ?? str(""));
  }
  for (let i = parts.length - 1; i < names.length; i++) out.push("/", names[i]);
  return sym(...out);
}
function resourceIdUnder(scopeId, type, name) {
  const names = name.kind === "string" && !(name.unknowns?.length ?? 0) ? name.value.split("/").map(str) : [name];
  const prefix = scopeId.kind === "string" && scopeId.value === "/" ? "" : scopeId;
  return sym(prefix, "/providers/", typedSegments(str(type), names));
}
function typeIndex(args, maxLeading) {
  for (let i = 0; i <= maxLeading && i < args.length; i++) {
    const a = args[i];
    if (a.kind === "string" && !(a.unknowns?.length ?? 0) && a.value.includes("/")) return i;
  }
  return -1;
}
var resourceId = (args, expr) => {
  const t = typeIndex(args, 2);
  if (t < 0) return unknownCall(expr);
  const lead = args.slice(0, t);
  const rg = resourceGroupObject(lead.length >= 1 ? lead[lead.length - 1] : void 0, lead.length === 2 ? lead[0] : void 0);
  return sym(getProperty(rg, "id"), "/providers/", typedSegments(args[t], args.slice(t + 1)));
};
var subscriptionResourceId = (args, expr) => {
  const t = typeIndex(args, 1);
  if (t < 0) return unknownCall(expr);
  const sub = subscriptionObject(t === 1 ? args[0] : void 0);
  return sym(getProperty(sub, "id"), "/providers/", typedSegments(args[t], args.slice(t + 1)));
};
var tenantResourceId = (args, expr) => {
  if (args.length === 0) return unknownCall(expr);
  return sym("/providers/", typedSegments(args[0], args.slice(1)));
};
var managementGroupResourceId = (args, expr) => {
  const t = typeIndex(args, 1);
  if (t < 0) return unknownCall(expr);
  const mg = managementGroupObject(t === 1 ? args[0] : void 0);
  return sym(getProperty(mg, "id"), "/providers/", typedSegments(args[t], args.slice(t + 1)));
};
var extensionResourceId = (args, expr) => {
  if (args.length < 2) return unknownCall(expr);
  return sym(args[0], "/providers/", typedSegments(args[1], args.slice(2)));
};
var format = (args, expr) => {
  const f = args[0];
  if (!f || f.kind !== "string" || (f.unknowns?.length ?? 0) > 0) return unknownCall(expr);
  const parts = [];
  const re = /\{\{|\}\}|\{(\d+)(?:[,:][^}]*)?\}/g;
  let last = 0;
  for (let m = re.exec(f.value); m; m = re.exec(f.value)) {
    parts.push(str(f.value.slice(last, m.index)));
    if (m[0] === "{{") parts.push(str("{"));
    else if (m[0] === "}}") parts.push(str("}"));
    else parts.push(args[Number(m[1]) + 1] ?? str(m[0]));
    last = m.index + m[0].length;
  }
  parts.push(str(f.value.slice(last)));
  return concatText(parts);
};
var concat = (args, expr) => {
  if (args.length > 0 && args.every((a) => a.kind === "list")) return list(args.flatMap((a) => a.kind === "list" ? a.items : []));
  if (args.every((a) => a.kind === "string" || a.kind === "number" || a.kind === "bool" || a.kind === "null" || a.kind === "unknown")) {
    return args.some((a) => a.kind === "unknown") && args.every((a) => a.kind === "unknown") ? unknownCall(expr) : concatText(args);
  }
  return unknownCall(expr);
};
var union = (args, expr) => {
  if (args.length > 0 && args.every((a) => a.kind === "object")) return args.reduce((acc, a) => mergeObjects(acc, a));
  if (args.length > 0 && args.every((a) => a.kind === "list")) {
    const items = [];
    for (const a of args) for (const x of a.kind === "list" ? a.items : []) if (!items.some((y) => valuesEqual(x, y) === true)) items.push(x);
    return list(items);
  }
  return unknownCall(expr);
};
function mergeObjects(a, b) {
  const entries = new Map(a.entries);
  for (const [k, v] of b.entries) {
    const prev = entries.get(k);
    entries.set(k, prev?.kind === "object" && v.kind === "object" ? mergeObjects(prev, v) : v);
  }
  return { kind: "object", entries };
}
var contains = (args, expr) => {
  const [c, item] = args;
  if (!c || !item) return unknownCall(expr);
  if (c.kind === "list") {
    if (c.items.some((x) => valuesEqual(x, item) === true)) return bool(true);
    return c.items.some(hasUnknown) || hasUnknown(item) ? unknownCall(expr) : bool(false);
  }
  if (c.kind === "string" && item.kind === "string" && (c.unknowns?.length ?? 0) > 0 && !hasUnknown(item) && knownSegments(c).some((seg) => seg.toLowerCase().includes(item.value.toLowerCase()))) {
    return bool(true);
  }
  if (hasUnknown(c) || hasUnknown(item)) return unknownCall(expr);
  if (c.kind === "string" && item.kind === "string") return bool(c.value.toLowerCase().includes(item.value.toLowerCase()));
  if (c.kind === "object" && item.kind === "string") return bool(getProperty(c, item.value) !== void 0);
  return unknownCall(expr);
};
var length = (args, expr) => {
  const a = args[0];
  if (a?.kind === "list") return num(a.items.length);
  if (a?.kind === "object") return num(a.entries.size);
  if (a?.kind === "string" && !(a.unknowns?.length ?? 0)) return num(a.value.length);
  return unknownCall(expr);
};
var empty = (args, expr) => {
  const a = args[0];
  if (!a) return unknownCall(expr);
  if (a.kind === "null") return bool(true);
  if (a.kind === "list") return bool(a.items.length === 0);
  if (a.kind === "object") return bool(a.entries.size === 0);
  if (a.kind === "string") return (a.unknowns?.length ?? 0) > 0 ? a.value.replace(/\$\{[^}]*\}/g, "") ? bool(false) : unknownCall(expr) : bool(a.value === "");
  return unknownCall(expr);
};
var firstOrLast = (last) => (args, expr) => {
  const a = args[0];
  if (a?.kind === "list") return (last ? a.items[a.items.length - 1] : a.items[0]) ?? NULL;
  if (a?.kind === "string" && !(a.unknowns?.length ?? 0)) return str(last ? a.value.slice(-1) : a.value.slice(0, 1));
  return unknownCall(expr);
};
var coalesce = (args, expr) => {
  for (const a of args) {
    if (a.kind === "unknown") return unknownCall(expr);
    if (a.kind !== "null") return a;
  }
  return NULL;
};
var split = known(([s, d]) => {
  if (s?.kind !== "string") return void 0;
  const delims = d?.kind === "string" ? [d.value] : d?.kind === "list" ? d.items.flatMap((x) => x.kind === "string" ? [x.value] : []) : [];
  if (delims.length === 0) return list([str(s.value)]);
  const re = new RegExp(delims.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
  return list(s.value.split(re).map(str));
});
var caseChange = (upper) => known(([s]) => s?.kind === "string" ? str(upper ? s.value.toUpperCase() : s.value.toLowerCase()) : void 0);
function toText(v) {
  if (v.kind === "string") return v;
  return concatText([v]);
}
var BUILTINS = {
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
  guid: (_args, expr) => sym(unknown(expr, { reason: "hash" })),
  uniquestring: (_args, expr) => sym(unknown(expr, { reason: "hash" })),
  newguid: (_args, expr) => unknown(expr, { reason: "deployment-time" }),
  utcnow: (_args, expr) => unknown(expr, { reason: "deployment-time" }),
  subscription: (args) => subscriptionObject(args[0]),
  resourcegroup: (args) => args.length >= 2 ? resourceGroupObject(args[1], args[0]) : resourceGroupObject(args[0]),
  managementgroup: (args) => managementGroupObject(args[0]),
  tenant: () => tenantObject(),
  string: (args, expr) => args[0] ? toText(args[0]) : unknownCall(expr),
  int: known(([a]) => a?.kind === "number" ? a : a?.kind === "string" && /^-?\d+$/.test(a.value.trim()) ? num(parseInt(a.value, 10)) : void 0),
  bool: known(
    ([a]) => a?.kind === "bool" ? a : a?.kind === "string" ? bool(a.value.toLowerCase() === "true") : a?.kind === "number" ? bool(a.value !== 0) : void 0
  ),
  any: (args) => args[0] ?? NULL,
  array: (args) => args[0]?.kind === "list" ? args[0] : list(args[0] ? [args[0]] : []),
  createarray: (args) => list(args),
  createobject: known((args) => {
    const entries = [];
    for (let i = 0; i + 1 < args.length; i += 2) if (args[i].kind === "string") entries.push([args[i].value, args[i + 1]]);
    return obj(entries);
  }),
  range: known(([s, c]) => s?.kind === "number" && c?.kind === "number" && c.value >= 0 && c.value <= 1e4 ? list(Array.from({ length: c.value }, (_, i) => num(s.value + i))) : void 0),
  items: (args, expr) => args[0]?.kind === "object" ? list(
    [...args[0].entries].sort(([a], [b]) => a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0).map(([k, v]) => obj([["key", str(k)], ["value", v]]))
  ) : unknownCall(expr),
  objectkeys: (args, expr) => args[0]?.kind === "object" ? list([...args[0].entries.keys()].map(str)) : unknownCall(expr),
  join: known(([a, d]) => a?.kind === "list" && d?.kind === "string" ? concatText(a.items.flatMap((x, i) => i > 0 ? [d, x] : [x])) : void 0),
  replace: known(([s, a, b]) => s?.kind === "string" && a?.kind === "string" && b?.kind === "string" ? str(s.value.split(a.value).join(b.value)) : void 0),
  startswith: known(([s, p]) => s?.kind === "string" && p?.kind === "string" ? bool(s.value.toLowerCase().startsWith(p.value.toLowerCase())) : void 0),
  endswith: known(([s, p]) => s?.kind === "string" && p?.kind === "string" ? bool(s.value.toLowerCase().endsWith(p.value.toLowerCase())) : void 0),
  trim: known(([s]) => s?.kind === "string" ? str(s.value.trim()) : void 0),
  substring: known(
    ([s, a, b]) => s?.kind === "string" && a?.kind === "number" ? str(b?.kind === "number" ? s.value.substr(a.value, b.value) : s.value.slice(a.value)) : void 0
  ),
  indexof: known(([s, p]) => s?.kind === "string" && p?.kind === "string" ? num(s.value.toLowerCase().indexOf(p.value.toLowerCase())) : void 0),
  lastindexof: known(([s, p]) => s?.kind === "string" && p?.kind === "string" ? num(s.value.toLowerCase().lastIndexOf(p.value.toLowerCase())) : void 0),
  skip: known(([a, n]) => n?.kind !== "number" ? void 0 : a?.kind === "list" ? list(a.items.slice(Math.max(0, n.value))) : a?.kind === "string" ? str(a.value.slice(Math.max(0, n.value))) : void 0),
  take: known(([a, n]) => n?.kind !== "number" ? void 0 : a?.kind === "list" ? list(a.items.slice(0, Math.max(0, n.value))) : a?.kind === "string" ? str(a.value.slice(0, Math.max(0, n.value))) : void 0),
  flatten: (args, expr) => args[0]?.kind === "list" && args[0].items.every((x) => x.kind === "list") ? list(args[0].items.flatMap((x) => x.kind === "list" ? x.items : [])) : unknownCall(expr),
  intersection: known((args) => {
    if (args.length === 0 || !args.every((a) => a.kind === "list")) return void 0;
    const [first, ...rest] = args.map((a) => a.kind === "list" ? a.items : []);
    return list(first.filter((x) => rest.every((r) => r.some((y) => valuesEqual(x, y) === true))));
  }),
  min: known((args) => {
    const ns = (args.length === 1 && args[0].kind === "list" ? args[0].items : args).map((a) => a.kind === "number" ? a.value : NaN);
    return ns.length > 0 && ns.every((n) => !Number.isNaN(n)) ? num(Math.min(...ns)) : void 0;
  }),
  max: known((args) => {
    const ns = (args.length === 1 && args[0].kind === "list" ? args[0].items : args).map((a) => a.kind === "number" ? a.value : NaN);
    return ns.length > 0 && ns.every((n) => !Number.isNaN(n)) ? num(Math.max(...ns)) : void 0;
  }),
  json: known(([s]) => {
    if (s?.kind !== "string") return void 0;
    try {
      return fromPlain(JSON.parse(s.value));
    } catch {
      return void 0;
    }
  })
};
function builtin(name) {
  return BUILTINS[name.toLowerCase()];
}

// src/evaluate/bicep/evaluate.ts
var MAX_MODULE_DEPTH = 20;
var MAX_INSTANCES = 1e3;
var MAX_RESOURCES = 1e5;
var MAX_STRING_LENGTH = 4194304;
var SPAN_KEY_BASE = 67108864;
var IN_PROGRESS = unknown("(cycle)", { reason: "cycle" });
var BicepEvaluator = class {
  constructor(all, listed = [], evaluatesBody = () => true) {
    this.all = all;
    this.listed = listed;
    this.evaluatesBody = evaluatesBody;
    this.listedSet = new Set(listed);
  }
  all;
  listed;
  evaluatesBody;
  resources = [];
  unresolved = [];
  errors = [];
  comments = /* @__PURE__ */ new Map();
  /** Set once the resource budget is spent. */
  truncated = false;
  parsed = /* @__PURE__ */ new Map();
  /** Files given outside the scan (parameter files named on the command line). */
  extra = /* @__PURE__ */ new Map();
  /** Files whose parse errors and comments are recorded (a released file parsed again records nothing). */
  recorded = /* @__PURE__ */ new Set();
  /** Local module and import targets of every file parsed so far (see localReferences). */
  references = /* @__PURE__ */ new Map();
  /** Parse errors of the listed files, kept apart until listedFirst() puts them first. */
  listedErrors = /* @__PURE__ */ new Map();
  listedSet;
  /** Parses a repository-relative file (once while cached); null when missing. Parse errors are recorded once. */
  load(rel) {
    const cached = this.parsed.get(rel);
    if (cached !== void 0) return cached;
    const file = this.all.get(rel) ?? this.extra.get(rel);
    if (!file) {
      this.parsed.set(rel, null);
      return null;
    }
    const result2 = parseBicep(file.text, file.path);
    if (!this.recorded.has(rel)) this.record(rel, file, result2);
    const pf = {
      file,
      program: result2.program,
      params: /* @__PURE__ */ new Map(),
      vars: /* @__PURE__ */ new Map(),
      resources: /* @__PURE__ */ new Map(),
      modules: /* @__PURE__ */ new Map(),
      outputs: /* @__PURE__ */ new Map(),
      funcs: /* @__PURE__ */ new Map(),
      imports: /* @__PURE__ */ new Map(),
      namespaces: /* @__PURE__ */ new Map(),
      targetScope: "resourceGroup",
      spans: /* @__PURE__ */ new Map()
    };
    for (const s of result2.program.statements) {
      switch (s.type) {
        case "Param":
          pf.params.set(s.name.name, s);
          break;
        case "Var":
          pf.vars.set(s.name.name, s);
          break;
        case "Resource":
          pf.resources.set(s.name.name, s);
          break;
        case "Module":
          pf.modules.set(s.name.name, s);
          break;
        case "Output":
          pf.outputs.set(s.name.name, s);
          break;
        case "Function":
          pf.funcs.set(s.name.name, s);
          break;
        case "Import": {
          const from = staticString(s.from);
          if (from === void 0) break;
          const target = resolveLocal(file.path, from);
          if (s.wildcard) pf.namespaces.set(s.wildcard.name, target);
          for (const item of s.items ?? []) {
            const name = item.original.type === "Identifier" ? item.original.name : staticString(item.original);
            if (name !== void 0) pf.imports.set(item.alias?.name ?? name, { from: target, name });
          }
          break;
        }
        case "TargetScope": {
          const v = s.value.type === "String" ? staticString(s.value) : void 0;
          if (v === "subscription" || v === "managementGroup" || v === "tenant" || v === "resourceGroup") pf.targetScope = v;
          break;
        }
        default:
          break;
      }
    }
    this.parsed.set(rel, pf);
    return pf;
  }
  /** The first parse of a file: its errors, comments and local references. */
  record(rel, file, result2) {
    this.recorded.add(rel);
    let errors = this.errors;
    if (this.listedSet.has(rel)) this.listedErrors.set(rel, errors = []);
    for (const e of result2.errors) {
      errors.push({ file: file.path, line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, message: e.message, code: "parse" });
    }
    if (result2.comments.length > 0) {
      this.comments.set(
        file.path,
        result2.comments.map((c) => ({ line: c.range.start.line, column: c.range.start.column, endLine: c.range.end.line, text: c.text }))
      );
    }
    this.references.set(rel, localReferences(file.path, result2.program));
  }
  /**
   * Drops a file's syntax tree from the cache (a later load parses it again). Trees kept for a whole scan make every
   * garbage collection copy them: evaluateBicep releases each tree once no later root file needs it.
   */
  release(rel) {
    if (this.parsed.get(rel)) this.parsed.delete(rel);
  }
  /** Files whose trees are in the cache. */
  cachedFiles() {
    const files = [];
    for (const [rel, pf] of this.parsed) if (pf) files.push(rel);
    return files;
  }
  /** Whether the file has been parsed in this evaluation. */
  wasParsed(rel) {
    return this.recorded.has(rel);
  }
  /**
   * Puts the parse errors and comments of the listed files first, in the listed order, as if they had all been parsed
   * before anything was evaluated: the report does not depend on when a file happened to be parsed.
   */
  listedFirst() {
    const others = this.errors.splice(0);
    for (const rel of this.listed) for (const e of this.listedErrors.get(rel) ?? []) this.errors.push(e);
    for (const e of others) this.errors.push(e);
    const comments = new Map(this.comments);
    this.comments.clear();
    for (const rel of this.listed) {
      const list2 = comments.get(rel);
      if (list2) this.comments.set(rel, list2);
    }
    for (const [file, list2] of comments) if (!this.comments.has(file)) this.comments.set(file, list2);
  }
  /** Evaluates a root file: every resource and module instance it (transitively) declares. */
  evaluateRoot(rel, options = {}) {
    const pf = this.load(rel);
    if (!pf) return;
    const provided = new Map(options.parameterValues ?? []);
    for (const [name, text] of Object.entries(options.parameters ?? {})) {
      const decl = pf.params.get(name);
      if (decl) provided.set(name, paramFromText(text, decl));
    }
    const inst = new FileInstance(this, pf, provided, "", rootScope(pf.targetScope), [rel]);
    try {
      const { exhausted } = runWithBudget("file", () => inst.collect());
      if (exhausted) this.errors.push(exhausted);
    } catch (e) {
      this.errors.push({ file: pf.file.path, line: 1, column: 1, message: `Bicep evaluation failed: ${e instanceof Error ? e.message : String(e)}`, code: "internal" });
    }
  }
  /** Values of a `.bicepparam` file's parameters (its variables and functions resolved), and the file it uses. */
  evaluateParamsFile(rel, file, chain) {
    if (file && !this.parsed.has(rel)) this.extra.set(rel, file);
    const pf = this.load(rel);
    const values = /* @__PURE__ */ new Map();
    if (!pf) return { values };
    const base = pf.program.statements.find((s) => s.type === "Extends");
    const basePath = base ? staticString(base.path) : void 0;
    if (basePath !== void 0 && (chain?.length ?? 0) < MAX_MODULE_DEPTH) {
      const target = resolveLocal(pf.file.path, basePath);
      if (!(chain ?? []).includes(target)) for (const [k, v] of this.evaluateParamsFile(target, void 0, [...chain ?? [rel], target]).values) values.set(k, v);
    }
    const inst = new FileInstance(this, pf, /* @__PURE__ */ new Map(), "", rootScope("resourceGroup"), [rel]);
    try {
      for (const name of pf.params.keys()) values.set(name, inst.param(name));
    } catch (e) {
      this.errors.push({ file: pf.file.path, line: 1, column: 1, message: `Bicep parameter evaluation failed: ${e instanceof Error ? e.message : String(e)}`, code: "internal" });
    }
    const using = pf.program.statements.find((s) => s.type === "Using");
    const usingPath = using?.path ? staticString(using.path) : void 0;
    return usingPath === void 0 ? { values } : { using: resolveLocal(pf.file.path, usingPath), values };
  }
  /** Text of a file of the scan (for `loadJsonContent` and `loadTextContent`), by repository-relative path. */
  fileText(rel) {
    return (this.all.get(rel) ?? this.extra.get(rel))?.text;
  }
  /** The span of a declaration (with its address). */
  span(file, range, address) {
    return { file, line: range.start.line, column: range.start.column, endLine: range.end.line, endColumn: range.end.column, address };
  }
};
function rootScope(kind) {
  const value = kind === "subscription" ? subscriptionObject() : kind === "managementGroup" ? managementGroupObject() : kind === "tenant" ? tenantObject() : resourceGroupObject();
  return { kind, value };
}
function armParameterValues(json) {
  const values = /* @__PURE__ */ new Map();
  const params = json?.parameters;
  if (!params || typeof params !== "object") return values;
  for (const [name, entry] of Object.entries(params)) {
    if (entry && typeof entry === "object" && "value" in entry) values.set(name, fromPlain(entry.value));
    else values.set(name, unknown(name, { reason: "parameter" }));
  }
  return values;
}
function paramFromText(text, decl) {
  const t = decl.paramType?.type === "TypeName" ? decl.paramType.name : void 0;
  if (t === "int" && /^-?\d+$/.test(text)) return num(Number(text));
  if (t === "bool" && (text === "true" || text === "false")) return bool(text === "true");
  if ((t === "array" || t === "object") && /^[[{]/.test(text)) {
    try {
      return fromPlain(JSON.parse(text));
    } catch {
      return { kind: "string", value: text };
    }
  }
  return { kind: "string", value: text };
}
function selectJsonPath(value, jsonPath) {
  const re = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['([^']*)'\]/y;
  let rest = jsonPath.startsWith("$") ? jsonPath.slice(1) : jsonPath;
  let current = value;
  while (rest.length > 0 && current) {
    re.lastIndex = 0;
    const m = re.exec(rest);
    if (!m) return void 0;
    if (m[2] !== void 0) current = current.kind === "list" ? current.items[Number(m[2])] : void 0;
    else current = current.kind === "object" ? getProperty(current, m[1] ?? m[3]) : void 0;
    rest = rest.slice(m[0].length);
  }
  return current;
}
function localReferences(file, program) {
  const targets = [];
  for (const s of program.statements) {
    const target = s.type === "Module" ? staticString(s.path) : s.type === "Import" ? staticString(s.from) : void 0;
    if (target !== void 0 && !isRegistryPath(target)) targets.push(resolveLocal(file, target));
  }
  return targets;
}
function plainProperties(o) {
  const seen = /* @__PURE__ */ new Set();
  for (const p of o.properties) {
    if (p.type !== "Property" || p.name === void 0 || seen.has(p.name)) return false;
    seen.add(p.name);
  }
  return true;
}
function staticString(s) {
  return s.expressions.length === 0 ? s.segments[0] : void 0;
}
var resolvedPaths = /* @__PURE__ */ new Map();
function resolveLocal(fromFile, target) {
  const key = `${fromFile}\0${target}`;
  let resolved = resolvedPaths.get(key);
  if (resolved === void 0) {
    resolved = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), target.replace(/\\/g, "/")));
    if (resolvedPaths.size >= 1e4) resolvedPaths.clear();
    resolvedPaths.set(key, resolved);
  }
  return resolved;
}
var isRegistryPath = (p) => /^(br|ts)[:/]/i.test(p);
var FileInstance = class _FileInstance {
  constructor(ev, pf, provided, modulePath, scope, chain, passed) {
    this.ev = ev;
    this.pf = pf;
    this.provided = provided;
    this.modulePath = modulePath;
    this.scope = scope;
    this.chain = chain;
    this.passed = passed;
    this.env = { inst: this };
  }
  ev;
  pf;
  provided;
  modulePath;
  scope;
  chain;
  passed;
  /** Values of parameters, variables, outputs and resource names, each evaluated once (keyed by bare name: no
   *  key strings built per lookup). */
  paramValues = /* @__PURE__ */ new Map();
  varValues = /* @__PURE__ */ new Map();
  outputValues = /* @__PURE__ */ new Map();
  resourceNames = /* @__PURE__ */ new Map();
  /** Evaluated module instances by module symbolic name (for `mod.outputs.x`). */
  moduleInstances = /* @__PURE__ */ new Map();
  collected = false;
  env;
  get file() {
    return this.pf.file.path;
  }
  text(n) {
    return this.pf.file.text.slice(startOffset(n.range), endOffset(n.range));
  }
  /** The span of a node, shared by every value evaluated from it (the same extent in a file is the same span). */
  span(range) {
    const endAt = endOffset(range);
    const key = endAt >= SPAN_KEY_BASE ? -1 : startOffset(range) * SPAN_KEY_BASE + endAt;
    let span = key < 0 ? void 0 : this.pf.spans.get(key);
    if (!span) {
      const { start, end } = range;
      span = { file: this.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
      if (key >= 0) this.pf.spans.set(key, span);
    }
    return span;
  }
  address(symbol) {
    return this.modulePath ? `${this.modulePath}.${symbol}` : symbol;
  }
  memoized(memo, name, compute) {
    const hit = memo.get(name);
    if (hit) return hit === IN_PROGRESS ? unknown(name, { reason: "cycle" }) : hit;
    memo.set(name, IN_PROGRESS);
    const v = compute();
    memo.set(name, v);
    return v;
  }
  param(name) {
    return this.memoized(this.paramValues, name, () => {
      const given = this.provided.get(name);
      if (given) return given;
      const passed = this.passed?.params.get(name);
      if (passed) return this.passed.caller.eval(passed, this.passed.env);
      const decl = this.pf.params.get(name);
      if (decl.value) return this.eval(decl.value, this.env);
      if (decl.paramType?.type === "NullableType") return { kind: "null" };
      return unknown(name, { reason: "parameter" });
    });
  }
  variable(name) {
    return this.memoized(this.varValues, name, () => this.eval(this.pf.vars.get(name).value, this.env));
  }
  output(name) {
    const decl = this.pf.outputs.get(name);
    if (!decl) return unknown(`outputs.${name}`, { reason: "undeclared" });
    return this.memoized(this.outputValues, name, () => this.eval(decl.value, this.env));
  }
  /** A reference to a declared resource or module (symbolic; see model.ts). */
  reference(expr, address, attribute = "") {
    return unknown(expr, { ref: { address, attribute }, reason: "resource-reference" });
  }
  // ---------------------------------------------------------------------------------------------------------
  // Resources and modules
  collect() {
    if (this.collected) return;
    this.collected = true;
    for (const s of this.pf.program.statements) {
      if (s.type === "Resource") this.collectResource(s, this.env);
      else if (s.type === "Module" && !this.moduleInstances.has(s.name.name)) this.collectModule(s);
    }
  }
  /** Runs `emit` for every instance of a resource/module value: an object, `if (...) {}` or a for-expression. */
  expand(value, env, emit) {
    const withCondition = (e, env2, key) => {
      if (e.type === "Object") return emit(e, env2, key, false);
      if (e.type === "If" && e.body.type === "Object") {
        const c = asBool(this.eval(e.condition, env2));
        if (c === false) return;
        emit(e.body, env2, key, c === void 0);
      }
    };
    if (value.type !== "For") return withCondition(value, env, void 0);
    const iterable = this.eval(value.iterable, env);
    if (iterable.kind === "list") {
      this.checkLoopSize(iterable.items.length, value.iterable);
      iterable.items.slice(0, MAX_INSTANCES).forEach((item, i) => {
        const locals2 = /* @__PURE__ */ new Map([[value.item.name, item]]);
        if (value.index) locals2.set(value.index.name, num(i));
        withCondition(value.body, { inst: this, locals: locals2, parent: env }, i);
      });
      return;
    }
    const locals = /* @__PURE__ */ new Map([[value.item.name, unknown(`${this.text(value.iterable)}[*]`, { reason: "loop-item" })]]);
    if (value.index) locals.set(value.index.name, unknown(`${value.index.name}`, { reason: "loop-index" }));
    withCondition(value.body, { inst: this, locals, parent: env }, "*");
  }
  collectResource(decl, env, parent) {
    const typeText = staticString(decl.resourceType) ?? this.text(decl.resourceType);
    const at = typeText.lastIndexOf("@");
    let type = at >= 0 ? typeText.slice(0, at) : typeText;
    const apiVersion = at >= 0 ? typeText.slice(at + 1) : "";
    if (parent && !type.includes("/")) type = `${parent.type}/${type}`;
    const baseAddress = parent ? `${parent.baseAddress}::${decl.name.name}` : this.address(decl.name.name);
    this.expand(decl.value, env, (body, env2, key, conditional) => {
      const instanceAddress = parent ? `${parent.address}::${decl.name.name}` : baseAddress;
      const address = key === void 0 ? instanceAddress : `${instanceAddress}[${key}]`;
      const { values, spans } = this.ev.evaluatesBody(type) ? this.evalBody(body, env2, true) : { values: /* @__PURE__ */ new Map(), spans: /* @__PURE__ */ new Map() };
      const resource = {
        symbolicName: decl.name.name,
        address,
        baseAddress,
        type,
        apiVersion,
        existing: decl.existing,
        span: this.ev.span(this.file, decl.range, address),
        body: values,
        propertySpans: spans,
        conditional,
        modulePath: this.modulePath,
        deploymentScope: this.scope,
        deployment: this.chain[0]
      };
      if (key !== void 0) resource.instanceKey = key;
      if (this.ev.resources.length >= MAX_RESOURCES) {
        if (!this.ev.truncated) {
          this.ev.truncated = true;
          this.ev.errors.push({ file: this.file, line: decl.range.start.line, column: decl.range.start.column, message: `More than ${MAX_RESOURCES} resource instances: evaluation stopped`, code: "too-large" });
        }
        return;
      }
      const parentRef = values.get("parent");
      if (parent) resource.parent = parent.address;
      else if (parentRef?.kind === "unknown" && parentRef.ref && parentRef.ref.attribute === "") resource.parent = parentRef.ref.address;
      this.ev.resources.push(resource);
      for (const nested of body.resources) this.collectResource(nested, env2, { address, type, baseAddress });
    });
  }
  evalBody(body, env, withSpans = false) {
    const values = /* @__PURE__ */ new Map();
    const spans = /* @__PURE__ */ new Map();
    for (const p of body.properties) {
      if (p.type === "Spread") {
        const v = this.eval(p.expr, env);
        if (v.kind === "object") for (const [k, x] of v.entries) values.set(k, x);
        continue;
      }
      const key = p.name ?? this.keyText(p.key, env);
      values.set(key, this.eval(p.value, env));
      if (withSpans) spans.set(key, this.span(p.range));
    }
    return { values, spans };
  }
  keyText(key, env) {
    if (key.type === "Identifier") return key.name;
    const v = this.eval(key, env);
    return v.kind === "string" ? v.value : this.text(key);
  }
  collectModule(decl) {
    const instances = [];
    this.moduleInstances.set(decl.name.name, instances);
    const pathText = staticString(decl.path);
    const span = this.ev.span(this.file, decl.range, this.address(`module.${decl.name.name}`));
    if (pathText === void 0) {
      this.ev.unresolved.push({ span, expr: this.text(decl.path), reason: "module path is not a literal string" });
      return;
    }
    if (isRegistryPath(pathText)) {
      this.ev.unresolved.push({ span, expr: pathText, reason: pathText.toLowerCase().startsWith("ts") ? "template-spec module" : "registry module" });
      return;
    }
    const target = resolveLocal(this.file, pathText);
    if (this.chain.includes(target) || this.chain.length >= MAX_MODULE_DEPTH) {
      this.ev.unresolved.push({ span, expr: pathText, reason: this.chain.includes(target) ? "module cycle" : "module nesting too deep" });
      return;
    }
    if (!target.endsWith(".bicep")) {
      this.ev.unresolved.push({ span, expr: pathText, reason: "module is not a .bicep file" });
      return;
    }
    const child = this.ev.load(target);
    if (!child) {
      this.ev.unresolved.push({ span, expr: pathText, reason: "module file not found" });
      return;
    }
    this.expand(decl.value, this.env, (body, env2, key) => {
      const call = this.moduleCall(body, env2);
      const prefix = this.address(`module.${decl.name.name}${key === void 0 ? "" : `[${key}]`}`);
      const passed = call.deferred && { caller: this, env: env2, params: call.deferred };
      const instance = new _FileInstance(this.ev, child, call.params, prefix, this.childScope(child.targetScope, call.scope), [...this.chain, target], passed);
      instances.push(instance);
      instance.collect();
    });
  }
  /**
   * The parameters and scope of one module call. Parameters written as plain properties whose evaluation can change
   * nothing but their own value (see isPure) are left to the module, which evaluates each one (here, in the caller)
   * when it first uses it: most never feed anything a grant reads. Everything else is evaluated now, in source order.
   */
  moduleCall(body, env) {
    const paramsProp = body.properties.find((p) => p.type === "Property" && p.name === "params");
    if (!plainProperties(body) || paramsProp?.value.type === "Object" && !plainProperties(paramsProp.value)) {
      const { values } = this.evalBody(body, env);
      const params2 = /* @__PURE__ */ new Map();
      const given = values.get("params");
      if (given?.kind === "object") for (const [k, v] of given.entries) params2.set(k, v);
      const scope2 = values.get("scope");
      return scope2 ? { params: params2, scope: scope2 } : { params: params2 };
    }
    const params = /* @__PURE__ */ new Map();
    const deferred = /* @__PURE__ */ new Map();
    let scope;
    for (const p of body.properties) {
      if (p.name === "params" && p.value.type === "Object") {
        for (const q of p.value.properties) {
          if (this.isPure(q.value, env)) deferred.set(q.name, q.value);
          else params.set(q.name, this.eval(q.value, env));
        }
      } else if (p.name === "params") {
        const given = this.eval(p.value, env);
        if (given.kind === "object") for (const [k, v] of given.entries) params.set(k, v);
      } else if (p.name === "scope") {
        scope = this.eval(p.value, env);
      } else if (!this.isPure(p.value, env)) {
        this.eval(p.value, env);
      }
    }
    return scope ? { params, deferred, scope } : { params, deferred };
  }
  /**
   * Whether evaluating `e` (in `env`) has no effect but its value, so it may be evaluated later or not at all. The
   * effects are those of resolveReference: a module's output evaluates the module, a resource's name its `name`
   * property. So `e` must reach no module, no resource whose `name` or `scope` is impure, no user or imported
   * function, and no loop value that refers to a declaration here. Conservative: unsure is impure.
   */
  isPure(e, env) {
    switch (e.type) {
      case "Literal":
        return true;
      case "Variable":
        return this.isPureName(e.name, env);
      case "String":
        return e.expressions.every((x) => this.isPure(x, env));
      case "Array":
        return e.items.every((x) => this.isPure(x, env));
      case "Object":
        return e.properties.every((p) => p.type === "Spread" ? this.isPure(p.expr, env) : (p.key.type === "Identifier" || this.isPure(p.key, env)) && this.isPure(p.value, env));
      case "Spread":
      case "Paren":
      case "NonNull":
        return this.isPure(e.expr, env);
      case "PropertyAccess":
      case "ResourceAccess":
        return this.isPure(e.object, env);
      case "IndexAccess":
        return this.isPure(e.object, env) && this.isPure(e.index, env);
      case "Unary":
        return this.isPure(e.operand, env);
      case "Binary":
        return this.isPure(e.left, env) && this.isPure(e.right, env);
      case "Ternary":
        return this.isPure(e.condition, env) && this.isPure(e.then, env) && this.isPure(e.else, env);
      case "Call": {
        const ns = e.object?.type === "Variable" ? e.object.name : void 0;
        if (e.object && ns !== "az" && ns !== "sys") return false;
        if (!ns && (this.pf.funcs.has(e.name.name) || this.pf.imports.has(e.name.name))) return false;
        return e.args.every((a) => this.isPure(a, env));
      }
      case "Lambda":
        return this.isPure(e.body, env);
      case "For":
        return this.isPure(e.iterable, env) && this.isPure(e.body, env);
      case "If":
        return this.isPure(e.condition, env) && this.isPure(e.body, env);
    }
  }
  isPureName(name, env) {
    for (let x = env; x; x = x.parent) {
      const v = x.locals?.get(name);
      if (v) return this.isPureValue(v);
    }
    const pf = this.pf;
    if (pf.params.has(name)) {
      if (this.provided.has(name) || this.passed?.params.has(name)) return true;
      const value = pf.params.get(name).value;
      return !value || this.isPureSymbol("param:" + name, value);
    }
    if (pf.vars.has(name)) return this.isPureSymbol("var:" + name, pf.vars.get(name).value);
    if (pf.resources.has(name)) return this.isPureResource(name);
    return !pf.modules.has(name) && !pf.imports.has(name);
  }
  /** Of a resource, resolveReference evaluates only the `name` (and for an `existing` one the `scope`) property. */
  isPureResource(name) {
    const decl = this.pf.resources.get(name);
    if (decl.value.type !== "Object") return true;
    return decl.value.properties.every((p) => p.type !== "Property" || p.name !== "name" && p.name !== "scope" || this.isPureSymbol(`resource:${name}:${p.name}`, p.value));
  }
  /** A loop or lambda value: pure unless it holds a reference resolveReference would find here. */
  isPureValue(v) {
    switch (v.kind) {
      case "unknown": {
        if (!v.ref) return true;
        const local = this.modulePath ? v.ref.address.slice(this.modulePath.length + 1) : v.ref.address;
        const mod = /^module\.([A-Za-z_][\w]*)(?:\[\d+\])?$/.exec(local);
        if (mod) return !this.pf.modules.has(mod[1]);
        return !this.pf.resources.has(local) || this.isPureResource(local);
      }
      case "list":
        return v.items.every((x) => this.isPureValue(x));
      case "object":
        for (const x of v.entries.values()) if (!this.isPureValue(x)) return false;
        return true;
      default:
        return true;
    }
  }
  /** isPure of a parameter default or a variable, once per instance (a cycle counts as impure). */
  isPureSymbol(key, e) {
    const known2 = this.purity.get(key);
    if (known2 !== void 0) return known2;
    this.purity.set(key, false);
    const pure = this.isPure(e, this.env);
    this.purity.set(key, pure);
    return pure;
  }
  purity = /* @__PURE__ */ new Map();
  /** Deployment scope of a module: its file's targetScope, located by the call's `scope:` or the caller's own scope. */
  childScope(kind, scopeValue) {
    if (scopeValue) return { kind, value: scopeValue };
    if (kind === this.scope.kind) return this.scope;
    return rootScope(kind);
  }
  // ---------------------------------------------------------------------------------------------------------
  // Expressions
  lookup(name, env) {
    for (let e = env; e; e = e.parent) {
      const v = e.locals?.get(name);
      if (v) return v;
    }
    const pf = this.pf;
    if (pf.params.has(name)) return this.param(name);
    if (pf.vars.has(name)) return this.variable(name);
    if (pf.resources.has(name)) return this.reference(name, this.address(name));
    if (pf.modules.has(name)) return this.reference(name, this.address(`module.${name}`));
    const imported = pf.imports.get(name);
    if (imported) return this.importedValue(imported.from, imported.name, name);
    return unknown(name, { reason: "undeclared" });
  }
  /** A compile-time imported variable: evaluated in its own file with no parameters. */
  importedValue(from, name, expr) {
    const pf = this.ev.load(from);
    if (!pf || !pf.vars.has(name)) return unknown(expr, { reason: "import" });
    return new _FileInstance(this.ev, pf, /* @__PURE__ */ new Map(), this.modulePath, this.scope, [...this.chain, from]).variable(name);
  }
  /** A loop longer than MAX_INSTANCES is cut there, and says so at the loop's collection (never silently). */
  checkLoopSize(count, at) {
    if (count <= MAX_INSTANCES) return;
    const { start, end } = at.range;
    const message = `This loop expands to ${count.toLocaleString("en-US")} instances; limit ${MAX_INSTANCES.toLocaleString("en-US")}: only the first ${MAX_INSTANCES.toLocaleString("en-US")} are checked.`;
    this.ev.errors.push({ file: this.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message, code: "too-large" });
  }
  /** Literals, strings, arrays, objects and call results point at the expression they came from; values of
   *  variables and parameters keep the span of their definition. */
  eval(e, env) {
    if (countStep()) throw new BudgetExhausted(this.file, { line: e.range.start.line, column: e.range.start.column, endLine: e.range.end.line, endColumn: e.range.end.column });
    const v = this.evalUnbounded(e, env);
    if (v.kind === "string" && v.value.length > MAX_STRING_LENGTH) {
      const { start, end } = e.range;
      const message = `This string grows to ${v.value.length.toLocaleString("en-US")} characters; limit 4,194,304.`;
      this.ev.errors.push({ file: this.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message, code: "too-large" });
      return unknown(this.text(e), { reason: "error" });
    }
    return v;
  }
  evalUnbounded(e, env) {
    switch (e.type) {
      case "Literal":
        return e.value === null ? NULL : typeof e.value === "number" ? { kind: "number", value: e.value, span: this.span(e.range) } : bool(e.value);
      case "String": {
        if (e.expressions.length === 0) return { kind: "string", value: e.segments[0], span: this.span(e.range) };
        const parts = [];
        e.segments.forEach((seg, i) => {
          parts.push({ kind: "string", value: seg });
          const x = e.expressions[i];
          if (x) parts.push(this.eval(x, env));
        });
        return { ...concatText(parts), span: this.span(e.range) };
      }
      case "Array": {
        const items = [];
        for (const item of e.items) {
          if (item.type === "Spread") {
            const v = this.eval(item.expr, env);
            if (v.kind === "list") items.push(...v.items);
            else items.push(unknown(this.text(item), { reason: "unknown-input" }));
          } else items.push(this.eval(item, env));
        }
        return { kind: "list", items, span: this.span(e.range) };
      }
      case "Object": {
        const { values } = this.evalBody(e, env);
        return { kind: "object", entries: values, span: this.span(e.range) };
      }
      case "Variable":
        return this.lookup(e.name, env);
      case "Paren":
        return this.eval(e.expr, env);
      case "NonNull":
        return this.eval(e.expr, env);
      case "PropertyAccess":
        return this.property(this.eval(e.object, env), e.property.name, e.safe, e);
      case "IndexAccess":
        return this.index(this.eval(e.object, env), this.eval(e.index, env), e);
      case "ResourceAccess": {
        const base = this.eval(e.object, env);
        if (base.kind === "unknown" && base.ref && base.ref.attribute === "") return this.reference(this.text(e), `${base.ref.address}::${e.resource.name}`);
        return unknown(this.text(e), { reason: "unknown-input" });
      }
      case "Unary": {
        const v = this.eval(e.operand, env);
        if (e.operator === "!") return v.kind === "bool" ? bool(!v.value) : unknown(this.text(e), { reason: "unknown-input" });
        if (v.kind === "number") return num(e.operator === "-" ? -v.value : v.value);
        return unknown(this.text(e), { reason: "unknown-input" });
      }
      case "Binary":
        return this.binary(e, env);
      case "Ternary": {
        const c = asBool(this.eval(e.condition, env));
        if (c !== void 0) return this.eval(c ? e.then : e.else, env);
        const a = this.eval(e.then, env);
        const b = this.eval(e.else, env);
        return valuesEqual(a, b) === true ? a : unknown(this.text(e), { reason: "condition" });
      }
      case "Call": {
        const v = this.call(e, env);
        return v.span || v.kind === "unknown" ? v : { ...v, span: this.span(e.range) };
      }
      case "For": {
        const iterable = this.eval(e.iterable, env);
        if (iterable.kind !== "list") return unknown(this.text(e), { reason: "unknown-input" });
        this.checkLoopSize(iterable.items.length, e.iterable);
        const items = [];
        iterable.items.slice(0, MAX_INSTANCES).forEach((item, i) => {
          const locals = /* @__PURE__ */ new Map([[e.item.name, item]]);
          if (e.index) locals.set(e.index.name, num(i));
          const env2 = { inst: this, locals, parent: env };
          if (e.body.type === "If") {
            const c = asBool(this.eval(e.body.condition, env2));
            if (c === false) return;
            items.push(c === void 0 ? unknown(this.text(e.body), { reason: "condition" }) : this.eval(e.body.body, env2));
          } else items.push(this.eval(e.body, env2));
        });
        return list(items);
      }
      case "If":
      case "Lambda":
        return unknown(this.text(e), { reason: "unsupported" });
    }
  }
  property(base, name, safe, e) {
    if (base.kind === "object") return getProperty(base, name) ?? (safe ? NULL : unknown(this.text(e), { reason: "missing-property" }));
    if (base.kind === "null" && safe) return NULL;
    if (base.kind === "unknown" && base.ref) {
      const attribute = base.ref.attribute ? `${base.ref.attribute}.${name}` : name;
      const resolved = this.resolveReference(base.ref.address, attribute);
      if (resolved) return resolved;
      return this.reference(this.text(e), base.ref.address, attribute);
    }
    if (base.kind === "unknown") return unknown(`${base.expr}${safe ? ".?" : "."}${name}`, { reason: base.reason ?? "unknown-input" });
    return unknown(this.text(e), { reason: "unknown-input" });
  }
  /** Known attributes of references: `mod.outputs.x` of an evaluated module, `res.name`/`res.type` of a single-instance resource. */
  resolveReference(address, attribute) {
    const local = this.modulePath ? address.slice(this.modulePath.length + 1) : address;
    const mod = /^module\.([A-Za-z_][\w]*)(?:\[(\d+)\])?$/.exec(local);
    if (mod) {
      const out = /^outputs\.([A-Za-z_][\w]*)$/.exec(attribute);
      if (!out) return void 0;
      const decl2 = this.pf.modules.get(mod[1]);
      if (decl2 && !this.moduleInstances.has(mod[1])) this.collectModule(decl2);
      const instances = this.moduleInstances.get(mod[1]);
      if (!instances) return void 0;
      const instance = mod[2] !== void 0 ? instances[Number(mod[2])] : instances.length === 1 ? instances[0] : void 0;
      return instance?.output(out[1]);
    }
    const decl = this.pf.resources.get(local);
    if (!decl) return void 0;
    if (attribute === "type" || attribute === "apiVersion") {
      const t2 = staticString(decl.resourceType);
      if (t2 === void 0) return void 0;
      const at2 = t2.lastIndexOf("@");
      return { kind: "string", value: attribute === "type" ? t2.slice(0, at2 < 0 ? t2.length : at2) : t2.slice(at2 + 1) };
    }
    if (decl.value.type !== "Object" || attribute !== "name" && !(attribute === "id" && decl.existing)) return void 0;
    const body = decl.value;
    const prop = (key) => body.properties.find((p) => p.type === "Property" && p.name === key);
    const nameProp = prop("name");
    if (!nameProp) return void 0;
    const name = this.memoized(this.resourceNames, local, () => this.eval(nameProp.value, this.env));
    if (attribute === "name") return name;
    const scopeProp = prop("scope");
    const scope = scopeProp ? this.eval(scopeProp.value, this.env) : this.scope.value;
    const scopeId = scope.kind === "object" ? getProperty(scope, "id") : void 0;
    const t = staticString(decl.resourceType);
    if (!scopeId || t === void 0 || prop("parent")) return void 0;
    const at = t.lastIndexOf("@");
    return resourceIdUnder(scopeId, at < 0 ? t : t.slice(0, at), name);
  }
  index(base, index, e) {
    if (base.kind === "list" && index.kind === "number") {
      const i = e.fromEnd ? base.items.length - index.value : index.value;
      return base.items[i] ?? (e.safe ? NULL : unknown(this.text(e), { reason: "index-out-of-range" }));
    }
    if (base.kind === "object" && index.kind === "string" && !isUnknown(index)) return getProperty(base, index.value) ?? (e.safe ? NULL : unknown(this.text(e), { reason: "missing-property" }));
    if (e.safe && base.kind === "object" && index.kind === "string") {
      const pattern = symbolicPattern(index, true);
      if (![...base.entries.keys()].some((k) => pattern.test(k))) return NULL;
    }
    if (base.kind === "null" && e.safe) return NULL;
    if (base.kind === "unknown" && base.ref) {
      if (base.ref.attribute === "" && index.kind === "number") return this.reference(this.text(e), `${base.ref.address}[${index.value}]`);
      return this.reference(this.text(e), base.ref.address, base.ref.attribute ? `${base.ref.attribute}[*]` : "");
    }
    if (base.kind === "unknown") {
      const key = index.kind === "number" ? String(index.value) : index.kind === "string" && !isUnknown(index) ? `'${index.value}'` : "*";
      return unknown(`${base.expr}[${e.safe ? "?" : ""}${key}]`, { reason: base.reason ?? "unknown-input" });
    }
    return unknown(this.text(e), { reason: "unknown-input" });
  }
  binary(e, env) {
    const l = this.eval(e.left, env);
    if (e.operator === "&&" && l.kind === "bool" && !l.value) return bool(false);
    if (e.operator === "||" && l.kind === "bool" && l.value) return bool(true);
    if (e.operator === "??") {
      if (l.kind === "null") return this.eval(e.right, env);
      return l.kind === "unknown" ? unknown(this.text(e), { reason: "unknown-input" }) : l;
    }
    const r = this.eval(e.right, env);
    const unknownResult = () => unknown(this.text(e), { reason: "unknown-input" });
    switch (e.operator) {
      case "&&":
      case "||":
        if (r.kind === "bool" && l.kind === "bool") return bool(e.operator === "&&" ? l.value && r.value : l.value || r.value);
        if (r.kind === "bool" && (e.operator === "&&" ? !r.value : r.value)) return bool(r.value);
        return unknownResult();
      case "==":
      case "!=":
      case "=~":
      case "!~": {
        const eq = valuesEqual(l, r, e.operator === "=~" || e.operator === "!~");
        return eq === void 0 ? unknownResult() : bool(e.operator === "==" || e.operator === "=~" ? eq : !eq);
      }
      case "<":
      case "<=":
      case ">":
      case ">=": {
        if (!(l.kind === "number" && r.kind === "number" || l.kind === "string" && r.kind === "string" && !isUnknown(l) && !isUnknown(r))) return unknownResult();
        const a = l.value;
        const b = r.value;
        return bool(e.operator === "<" ? a < b : e.operator === "<=" ? a <= b : e.operator === ">" ? a > b : a >= b);
      }
      default: {
        if (l.kind !== "number" || r.kind !== "number") return unknownResult();
        const a = l.value;
        const b = r.value;
        if ((e.operator === "/" || e.operator === "%") && b === 0) return unknownResult();
        return num(e.operator === "+" ? a + b : e.operator === "-" ? a - b : e.operator === "*" ? a * b : e.operator === "/" ? Math.trunc(a / b) : a % b);
      }
    }
  }
  call(e, env) {
    const name = e.name.name;
    const ns = e.object?.type === "Variable" ? e.object.name : void 0;
    const text = this.text(e);
    if (e.object && ns !== "az" && ns !== "sys") {
      if (ns && this.pf.namespaces.has(ns)) return this.callImported(this.pf.namespaces.get(ns), name, e.args, env, text);
      return unknown(text, { reason: "resource-function" });
    }
    if (!ns) {
      const user = this.pf.funcs.get(name);
      if (user) return this.callUser(this, user, e.args, env, text);
      const imported = this.pf.imports.get(name);
      if (imported) return this.callImported(imported.from, imported.name, e.args, env, text);
    }
    if (name.toLowerCase() === "reference" && e.args[0]) {
      const arg = e.args[0];
      const target = arg.type === "PropertyAccess" && arg.property.name.toLowerCase() === "id" ? this.eval(arg.object, env) : this.eval(arg, env);
      if (target.kind === "unknown" && target.ref && (target.ref.attribute === "id" || target.ref.attribute === "")) {
        const full = e.args.some((a) => a.type === "String" && staticString(a)?.toLowerCase() === "full");
        return this.reference(text, target.ref.address, full ? "" : "properties");
      }
      return unknown(text, { reason: "deployment-time" });
    }
    const lower = name.toLowerCase();
    if (lower === "loadjsoncontent" || lower === "loadtextcontent") return this.loadContent(lower === "loadjsoncontent", e, env, text);
    const lambdaResult = this.callWithLambda(lower, e, env, text);
    if (lambdaResult) return lambdaResult;
    const f = builtin(name);
    if (!f) return unknown(text, { reason: "unsupported-function" });
    const args = e.args.map((a) => this.eval(a, env));
    return f(args, text) ?? unknown(text, { reason: "unsupported-function" });
  }
  /** `loadJsonContent(path, [jsonPath])` / `loadTextContent(path)`: compile-time reads of files in the scan. */
  loadContent(json, e, env, text) {
    const pathValue = e.args[0] ? this.eval(e.args[0], env) : void 0;
    if (pathValue?.kind !== "string" || isUnknown(pathValue)) return unknown(text, { reason: "unknown-input" });
    const content = this.ev.fileText(resolveLocal(this.file, pathValue.value));
    if (content === void 0) return unknown(text, { reason: "file-not-found" });
    if (!json) return { kind: "string", value: content };
    let value;
    try {
      value = fromPlain(JSON.parse(content.charCodeAt(0) === 65279 ? content.slice(1) : content));
    } catch {
      return unknown(text, { reason: "invalid-json" });
    }
    const pathArg = e.args[1] ? this.eval(e.args[1], env) : void 0;
    if (!pathArg) return value;
    const selected = pathArg.kind === "string" && !isUnknown(pathArg) ? selectJsonPath(value, pathArg.value) : void 0;
    return selected ?? unknown(text, { reason: "unsupported" });
  }
  callUser(owner, fn, args, env, text) {
    const locals = /* @__PURE__ */ new Map();
    fn.lambda.params.forEach((p, i) => locals.set(p.name.name, args[i] ? this.eval(args[i], env) : NULL));
    if (this.depth > 64) return unknown(text, { reason: "recursion" });
    this.depth++;
    try {
      return owner.eval(fn.lambda.body, { inst: owner, locals });
    } finally {
      this.depth--;
    }
  }
  depth = 0;
  callImported(from, name, args, env, text) {
    const pf = this.ev.load(from);
    const fn = pf?.funcs.get(name);
    if (!pf || !fn) return unknown(text, { reason: "import" });
    const owner = new _FileInstance(this.ev, pf, /* @__PURE__ */ new Map(), this.modulePath, this.scope, [...this.chain, from]);
    return this.callUser(owner, fn, args, env, text);
  }
  /** map/filter/reduce/sort/toObject/groupBy-free lambda functions, over known arrays. */
  callWithLambda(name, e, env, text) {
    if (name !== "map" && name !== "filter" && name !== "reduce" && name !== "toobject" && name !== "sort") return void 0;
    const lambda = e.args[name === "reduce" ? 2 : 1];
    if (!lambda || lambda.type !== "Lambda") return name === "toobject" ? void 0 : unknown(text, { reason: "unknown-input" });
    const source = this.eval(e.args[0], env);
    if (source.kind !== "list") return unknown(text, { reason: "unknown-input" });
    const apply = (fn, values) => {
      const locals = /* @__PURE__ */ new Map();
      fn.params.forEach((p, i) => locals.set(p.name, values[i] ?? NULL));
      return this.eval(fn.body, { inst: this, locals, parent: env });
    };
    const items = source.items.slice(0, MAX_INSTANCES);
    switch (name) {
      case "map":
        return list(items.map((x, i) => apply(lambda, [x, num(i)])));
      case "filter": {
        const out = [];
        for (const [i, x] of items.entries()) {
          const keep = asBool(apply(lambda, [x, num(i)]));
          if (keep === void 0) return unknown(text, { reason: "unknown-input" });
          if (keep) out.push(x);
        }
        return list(out);
      }
      case "reduce": {
        let acc = this.eval(e.args[1], env);
        items.forEach((x, i) => {
          acc = apply(lambda, [acc, x, num(i)]);
        });
        return acc;
      }
      case "toobject": {
        const entries = /* @__PURE__ */ new Map();
        const valueFn = e.args[2]?.type === "Lambda" ? e.args[2] : void 0;
        for (const x of items) {
          const k = apply(lambda, [x]);
          if (k.kind !== "string" || isUnknown(k)) return unknown(text, { reason: "unknown-input" });
          entries.set(k.value, valueFn ? apply(valueFn, [x]) : x);
        }
        return { kind: "object", entries };
      }
      default:
        return unknown(text, { reason: "unsupported" });
    }
  }
};

// src/evaluate/bicep/references.ts
var KEYWORDS = ["module", "import"];
var CANDIDATE_REST = /(?![A-Za-z0-9_])(?![ \t]*(?:[:=]|[\r\n]|$))/y;
var DECLARATION = /\uFEFF?[ \t]*(?:module[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]*|import[ \t]*(?:\{[^}]*\}|\*[ \t]*as[ \t]+[A-Za-z_][A-Za-z0-9_]*)[ \t]*from[ \t]*)'((?:[^'\\\r\n$]|\\[\\'nrt$]|\$(?!\{))*)'(?!')/y;
var ESCAPES = { "\\": "\\", "'": "'", n: "\n", r: "\r", t: "	", $: "$" };
var decode = (quoted) => quoted.replace(/\\(.)/g, (_, c) => ESCAPES[c]);
function candidateLines(text) {
  const starts = [];
  for (const keyword of KEYWORDS) {
    for (let at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + keyword.length)) {
      let lineStart = at;
      for (let c = text.charCodeAt(lineStart - 1); c === 32 || c === 9 || c === 65279; c = text.charCodeAt(--lineStart - 1)) ;
      if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) continue;
      CANDIDATE_REST.lastIndex = at + keyword.length;
      if (CANDIDATE_REST.test(text)) starts.push(lineStart);
    }
  }
  return starts.sort((a, b) => a - b);
}
var SPECIAL = /[/'$]/g;
var KEYWORD_AFTER_COMMENT = /[ \t]*(?:module|import)(?![A-Za-z0-9_])/y;
var KEYWORD_AFTER_A_COMMENT = /\*\/[ \t]*(?:module|import)(?![A-Za-z0-9_])/;
function longTokens(text) {
  const regions = [];
  const len = text.length;
  const singleQuoted = (from) => {
    for (let i = from; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c === 39) return i + 1;
      if (c === 10 || c === 13) return i;
      if (c === 92) i++;
      else if (c === 36 && text.charCodeAt(i + 1) === 123) {
        let depth = 0;
        for (i += 2; i < len; i++) {
          const h = text.charCodeAt(i);
          if (h === 10 || h === 13) return i;
          if (h === 123) depth++;
          else if (h === 125 && depth-- === 0) break;
          else if (h === 39) {
            if (text.startsWith("'''", i)) return void 0;
            const end = singleQuoted(i + 1);
            if (end === void 0) return void 0;
            i = end - 1;
          }
        }
      }
    }
    return len;
  };
  for (let i = 0; i < len; i++) {
    SPECIAL.lastIndex = i;
    if (!SPECIAL.test(text)) break;
    i = SPECIAL.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const eol = text.indexOf("\n", i);
      i = eol < 0 ? len : eol;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf("*/", i + 2);
      const end = close < 0 ? len : close + 2;
      regions.push([i, end]);
      KEYWORD_AFTER_COMMENT.lastIndex = end;
      if (KEYWORD_AFTER_COMMENT.test(text)) return void 0;
      i = end - 1;
    } else if (c === 36 && text.charCodeAt(i + 1) === 36) {
      return void 0;
    } else if (c === 39) {
      if (text.startsWith("'''", i)) {
        if (text.charCodeAt(i - 1) === 36) return void 0;
        const close = text.indexOf("'''", i + 3);
        let end = close < 0 ? len : close + 3;
        while (end < len && text.charCodeAt(end) === 39) end++;
        regions.push([i, end]);
        i = end - 1;
      } else {
        const end = singleQuoted(i + 1);
        if (end === void 0) return void 0;
        i = end - 1;
      }
    }
  }
  return regions;
}
function plainReferences(file) {
  const targets = [];
  const text = file.text;
  if (!text.includes("module") && !text.includes("import")) return targets;
  const lines = candidateLines(text);
  const comments = text.includes("/*");
  if (lines.length === 0) return comments && KEYWORD_AFTER_A_COMMENT.test(text) ? void 0 : targets;
  const hidden = comments || text.includes("'''") ? longTokens(text) : [];
  if (!hidden) return void 0;
  for (const lineStart of lines) {
    if (hidden.some(([start, end]) => lineStart > start && lineStart < end)) continue;
    DECLARATION.lastIndex = lineStart;
    const d = DECLARATION.exec(text);
    if (!d) return void 0;
    const target = decode(d[1]);
    if (!isRegistryPath(target)) targets.push(resolveLocal(file.path, target));
  }
  return targets;
}
var referencesByFile = /* @__PURE__ */ new WeakMap();
function moduleReferences(file) {
  const known2 = referencesByFile.get(file);
  if (known2?.text === file.text) return known2.targets;
  const targets = plainReferences(file) ?? localReferences(file.path, parseBicep(file.text, file.path).program);
  referencesByFile.set(file, { text: file.text, targets });
  return targets;
}

// src/evaluate/bicep/index.ts
var WARM_UP_FROM_FILES = 30;
var filesEvaluatedOnThisThread = 0;
function evaluateBicep(files, all, options = {}) {
  filesEvaluatedOnThisThread += files.length;
  if (filesEvaluatedOnThisThread >= WARM_UP_FROM_FILES) warmUpBicepParser();
  const bicep = files.filter((f) => f.path.toLowerCase().endsWith(".bicep")).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const paramFiles = files.filter((f) => f.path.toLowerCase().endsWith(".bicepparam")).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const guessed = new Map(bicep.map((f) => [f.path, moduleReferences(f)]));
  const first = evaluateFrom(bicep, paramFiles, all, options, guessed);
  const confirmed = new Map(bicep.map((f) => [f.path, first.references.get(f.path) ?? []]));
  if (sameRoots(bicep, guessed, confirmed)) return result(first);
  return result(evaluateFrom(bicep, paramFiles, all, options, confirmed));
}
function result(evaluator) {
  return { resources: evaluator.resources, unresolved: evaluator.unresolved, errors: evaluator.errors, comments: evaluator.comments };
}
function referencedFiles(references) {
  const referenced = /* @__PURE__ */ new Set();
  for (const targets of references.values()) for (const t of targets) referenced.add(t);
  return referenced;
}
function sameRoots(bicep, a, b) {
  const ra = referencedFiles(a);
  const rb = referencedFiles(b);
  return bicep.every((f) => ra.has(f.path) === rb.has(f.path));
}
function evaluateFrom(bicep, paramFiles, all, options, references) {
  const evaluator = new BicepEvaluator(all, bicep.map((f) => f.path), options.resourceBodies);
  const referenced = referencedFiles(references);
  const valuesByFile = /* @__PURE__ */ new Map();
  for (const f of paramFiles) {
    const { using, values } = evaluator.evaluateParamsFile(f.path);
    if (using && !valuesByFile.has(using)) valuesByFile.set(using, values);
  }
  const fromOptions = /* @__PURE__ */ new Map();
  for (const f of options.parameterFiles ?? []) {
    if (f.path.toLowerCase().endsWith(".bicepparam")) {
      for (const [k, v] of evaluator.evaluateParamsFile(f.path, f).values) fromOptions.set(k, v);
      continue;
    }
    try {
      for (const [k, v] of armParameterValues(JSON.parse(f.text))) fromOptions.set(k, v);
    } catch (e) {
      evaluator.errors.push({ file: f.path, line: 1, column: 1, message: `Parameter file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, code: "parse" });
    }
  }
  const roots = bicep.filter((f) => !referenced.has(f.path));
  const lastUse = /* @__PURE__ */ new Map();
  roots.forEach((root, i) => {
    const stack = [root.path];
    while (stack.length > 0) {
      const file = stack.pop();
      if (lastUse.get(file) === i) continue;
      lastUse.set(file, i);
      for (const t of references.get(file) ?? []) stack.push(t);
    }
  });
  roots.forEach((root, i) => {
    const parameterValues = new Map([...valuesByFile.get(root.path) ?? [], ...fromOptions]);
    evaluator.evaluateRoot(root.path, { ...options.parameters ? { parameters: options.parameters } : {}, parameterValues });
    for (const file of evaluator.cachedFiles()) if ((lastUse.get(file) ?? i) <= i) evaluator.release(file);
  });
  for (const f of bicep) {
    if (evaluator.wasParsed(f.path)) continue;
    evaluator.load(f.path);
    evaluator.release(f.path);
  }
  evaluator.listedFirst();
  return evaluator;
}

// src/pipeline/frontends/bicep.ts
function parameterFileLinks(file) {
  const links = [];
  for (const s of parseBicep(file.text, file.path).program.statements) {
    const target = s.type === "Using" && s.path ? staticString(s.path) : s.type === "Extends" ? staticString(s.path) : void 0;
    if (target !== void 0) links.push(resolveLocal(file.path, target));
  }
  return links;
}
var bicepFrontEnd = {
  format: "bicep",
  claims: claimsBicep,
  // A root file goes with the modules it calls, the files it imports from and the parameter files that use it.
  partition: (files) => connectedGroups(files, (f) => f.path, (f) => f.path.toLowerCase().endsWith(".bicepparam") ? parameterFileLinks(f) : moduleReferences(f)),
  run(files, all, options) {
    const errors = [];
    const parameterFiles = [];
    for (const abs of options.parameterFiles) {
      const lower = abs.toLowerCase();
      if (!lower.endsWith(".bicepparam") && !lower.endsWith(".json")) continue;
      const rel = path2.relative(options.root, abs).split(path2.sep).join("/");
      try {
        parameterFiles.push(all.get(rel) ?? { absPath: abs, path: rel, text: readFileSync(abs, "utf8") });
      } catch (e) {
        errors.push({ file: rel, line: 1, column: 1, message: `cannot read parameter file: ${e.message}`, code: "read" });
      }
    }
    const evaluation = evaluateBicep(files, all, { parameters: options.parameters, parameterFiles, resourceBodies: isAzureGrantType });
    const grants = extractAzureFromDeployment(evaluation.resources, "bicep", azureRoleCatalog(options));
    const comments = /* @__PURE__ */ new Map();
    for (const [file, list2] of evaluation.comments) {
      const directives = list2.filter(mayHoldDirective).map((c) => ({ line: c.line, column: c.column, text: c.text.replace(/\r?\n/g, " ") }));
      if (directives.length > 0) comments.set(file, directives);
    }
    return { grants, errors: [...errors, ...evaluation.errors], unresolved: evaluation.unresolved, files: files.map((f) => f.path), comments };
  }
};
export {
  bicepFrontEnd
};
