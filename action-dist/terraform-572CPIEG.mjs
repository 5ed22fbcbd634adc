import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  minimatch
} from "./chunk-EXDI2GMU.mjs";
import {
  connectedGroups
} from "./chunk-KLQTYQID.mjs";
import {
  EvalError,
  compareStrings,
  firstUnknown,
  formatNumber,
  fromJson,
  isWhollyKnown,
  jsonEncode,
  mkBool,
  mkList,
  mkNull,
  mkNum,
  mkObj,
  mkStr,
  mkUnknown,
  parseHcl,
  parseNumber,
  parseTfJson,
  primitiveToString,
  sortedKeys,
  spanOf,
  toSetItems,
  typeName,
  valuesEqual
} from "./chunk-SYEESI4A.mjs";
import {
  endOffset,
  startOffset
} from "./chunk-MEY65LLP.mjs";
import {
  extractAwsFromTerraform,
  extractAzureFromTerraform,
  extractGcpFromTerraform
} from "./chunk-NIX622U4.mjs";
import {
  mayHoldDirective
} from "./chunk-2BA6WCB7.mjs";
import {
  azureRoleCatalog
} from "./chunk-456KF6NM.mjs";
import {
  claimsTerraform
} from "./chunk-G6JY42Q3.mjs";
import {
  yamlPackage
} from "./chunk-FZ5EKLDY.mjs";
import "./chunk-FNZ3QBDF.mjs";
import "./chunk-S2ETVMBP.mjs";
import "./chunk-XF6FTM5H.mjs";
import {
  BudgetExhausted,
  countStep,
  countSteps,
  runWithBudget
} from "./chunk-UAKPROPV.mjs";
import {
  digest
} from "./chunk-YZXYJYQ3.mjs";
import "./chunk-E2WJM2F3.mjs";

// src/evaluate/terraform/index.ts
import { readFileSync } from "node:fs";
import path4 from "node:path";

// src/evaluate/terraform/expr.ts
var SPLAT_ITEM = "[*]";
function bind(sc, name, value) {
  return { host: sc.host, file: sc.file, text: sc.text, vars: { name, value, next: sc.vars } };
}
function lookupBinding(sc, name) {
  for (let b = sc.vars; b; b = b.next) if (b.name === name) return b.value;
  return void 0;
}
function exprText(e, sc) {
  return sc.text.slice(startOffset(e.range), endOffset(e.range));
}
function exprSpan(e, sc) {
  return spanOf(e.range, sc.file);
}
function fail(message, e, sc) {
  throw new EvalError(message, sc.file, e.range);
}
function unknownFor(e, sc, cause, fallbackReason = "unknown") {
  const u = cause ? firstUnknown(cause) : void 0;
  return mkUnknown(exprText(e, sc), exprSpan(e, sc), u?.reason ?? (cause?.kind === "string" ? "unknown" : fallbackReason));
}
var unknownCollections = /* @__PURE__ */ new WeakMap();
function markResource(obj, mark) {
  obj.resource = mark;
  return obj;
}
function markUnknownCollection(u, element) {
  unknownCollections.set(u, element);
  return u;
}
var ID_IS_NAME = /* @__PURE__ */ new Set(["aws_iam_role", "aws_iam_user", "aws_iam_group"]);
function missingResourceAttr(obj, mark, name, node, sc) {
  if (name === "id" && ID_IS_NAME.has(mark.type)) {
    const n = obj.entries.get("name");
    if (n && n.kind === "string") return n;
  }
  return mkUnknown(exprText(node, sc), exprSpan(node, sc), "computed-attribute", { address: mark.address, attribute: name });
}
function attrOrFailure(v, name, node, sc) {
  switch (v.kind) {
    case "object": {
      const got = v.entries.get(name);
      const mark = v.resource;
      if (mark && (!got || got.kind === "null")) return missingResourceAttr(v, mark, name, node, sc);
      if (got) return got;
      return `This object does not have an attribute named "${name}".`;
    }
    case "unknown":
      return unknownFor(node, sc, v);
    case "null":
      return `Attempt to get attribute "${name}" from a null value.`;
    default:
      return `Unsupported attribute "${name}": a ${typeName(v)} value has no attributes.`;
  }
}
function evaluateOrError(e, sc) {
  if (e.type !== "GetAttr" && e.type !== "Index") return evaluate(e, sc);
  if (countStep()) outOfBudget(e, sc);
  return accessOrError(e, sc);
}
function accessOrError(e, sc) {
  if (e.type === "GetAttr") {
    const reference = referenceGetAttr(e, sc);
    if (reference !== void 0) return reference;
  }
  const object = evaluateOrError(e.object, sc);
  if (object instanceof EvalError) return object;
  const got = e.type === "GetAttr" ? attrOrFailure(object, e.name, e, sc) : indexOrFailure(object, evaluate(e.key, sc), e, sc);
  return typeof got === "string" ? new EvalError(got, sc.file, e.range) : got;
}
function indexOrFailure(v, key, node, sc) {
  if (v.kind === "unknown") {
    const element = unknownCollections.get(v);
    return element ?? unknownFor(node, sc, v);
  }
  if (key.kind === "unknown" || key.kind === "string" && key.unknowns?.length) return unknownFor(node, sc, key);
  switch (v.kind) {
    case "list": {
      const n = key.kind === "number" ? key.value : key.kind === "string" ? parseNumber(key.value) : void 0;
      if (n === void 0 || !Number.isInteger(n)) return `Invalid index: a number is required, got ${typeName(key)}.`;
      const item = v.items[n];
      if (!item || n < 0) return `Invalid index: the collection has ${v.items.length} elements, index ${n} is out of range.`;
      return item;
    }
    case "object": {
      const k = key.kind === "string" ? key.value : key.kind === "number" ? formatNumber(key.value) : void 0;
      if (k === void 0) return `Invalid index: a string key is required, got ${typeName(key)}.`;
      const got = v.entries.get(k);
      const mark = v.resource;
      if (mark && (!got || got.kind === "null")) return missingResourceAttr(v, mark, k, node, sc);
      if (got) return got;
      return `Invalid index: the given key "${k}" does not identify an element in this collection.`;
    }
    case "null":
      return "Invalid index: cannot index a null value.";
    default:
      return `Invalid index: a ${typeName(v)} value cannot be indexed.`;
  }
}
var callFunction = (node, sc) => mkUnknown(exprText(node, sc), exprSpan(node, sc), "unsupported-function");
function setFunctionCaller(fn) {
  callFunction = fn;
}
var MAX_STRING_LENGTH = 4194304;
var MAX_LIST_ITEMS = 1e6;
function withinBounds(v, e, sc) {
  if (v.kind === "string") {
    if (v.value.length > MAX_STRING_LENGTH) fail(`This string grows to ${v.value.length.toLocaleString("en-US")} characters; limit 4,194,304.`, e, sc);
    if (countSteps(v.value.length >>> 10)) outOfBudget(e, sc);
  } else if (v.kind === "list") {
    if (v.items.length > MAX_LIST_ITEMS) fail(`This list grows to ${v.items.length.toLocaleString("en-US")} elements; limit 1,000,000.`, e, sc);
    if (countSteps(v.items.length)) outOfBudget(e, sc);
  }
  return v;
}
function outOfBudget(e, sc) {
  throw new BudgetExhausted(sc.file, spanOf(e.range, sc.file));
}
function evaluate(e, sc) {
  if (countStep()) outOfBudget(e, sc);
  switch (e.type) {
    case "Literal": {
      const span = exprSpan(e, sc);
      const v = e.value;
      if (v === null) return mkNull(span);
      if (typeof v === "string") return mkStr(v, span);
      if (typeof v === "number") return mkNum(v, span);
      return mkBool(v, span);
    }
    case "Template":
      return withinBounds(evalTemplate(e, sc), e, sc);
    case "Tuple":
      return mkList(
        e.items.map((i) => evaluate(i, sc)),
        exprSpan(e, sc)
      );
    case "Object": {
      const entries = /* @__PURE__ */ new Map();
      for (const item of e.items) {
        let key;
        if (item.key.type === "Variable") key = item.key.name;
        else {
          const k = evaluate(item.key, sc);
          if (k.kind === "unknown" || k.kind === "string" && k.unknowns?.length) return unknownFor(e, sc, k);
          if (k.kind === "string") key = k.value;
          else if (k.kind === "number" || k.kind === "bool") key = k.kind === "number" ? formatNumber(k.value) : String(k.value);
          else return fail(`Invalid object key: a string is required, got ${typeName(k)}.`, item.key, sc);
        }
        entries.set(key, evaluate(item.value, sc));
      }
      return mkObj(entries, exprSpan(e, sc));
    }
    case "Variable": {
      const bound = lookupBinding(sc, e.name);
      if (bound) return bound;
      return fail(`Invalid reference "${e.name}": a reference needs an attribute (such as var.${e.name} or ${e.name}.NAME) or "${e.name}" is not available here.`, e, sc);
    }
    case "GetAttr":
    case "Index": {
      const v = accessOrError(e, sc);
      if (v instanceof EvalError) throw v;
      return v;
    }
    case "Splat":
      return evalSplat(e, sc);
    case "SplatItem": {
      const item = lookupBinding(sc, SPLAT_ITEM);
      if (!item) return fail("A splat item is only valid inside a splat expression.", e, sc);
      return item;
    }
    case "FunctionCall":
      return withinBounds(callFunction(e, sc), e, sc);
    case "Conditional": {
      const c = evaluate(e.cond, sc);
      const cond = toBool(c, e.cond, sc);
      if (cond === void 0) return unknownFor(e, sc, c);
      const result = evaluate(cond ? e.then : e.else, sc);
      if ((result.kind === "number" || result.kind === "bool") && isStringLiteral(cond ? e.else : e.then)) return mkStr(formatPrimitive(result), result.span);
      return result;
    }
    case "Binary":
      return evalBinary(e, sc);
    case "Unary": {
      const v = evaluate(e.operand, sc);
      if (e.op === "!") {
        const b = toBool(v, e.operand, sc);
        return b === void 0 ? unknownFor(e, sc, v) : mkBool(!b, exprSpan(e, sc));
      }
      const n = toNumber(v, e.operand, sc);
      return n === void 0 ? unknownFor(e, sc, v) : mkNum(-n, exprSpan(e, sc));
    }
    case "For":
      return evalFor(e, sc);
    case "Paren":
      return evaluate(e.expr, sc);
  }
}
function isStringLiteral(e) {
  return e.type === "Literal" && typeof e.value === "string" || e.type === "Template";
}
function formatPrimitive(v) {
  return v.kind === "number" ? formatNumber(v.value) : String(v.value);
}
function toBool(v, node, sc) {
  if (v.kind === "bool") return v.value;
  if (v.kind === "unknown") return void 0;
  if (v.kind === "string") {
    if (v.unknowns?.length) return void 0;
    if (v.value === "true") return true;
    if (v.value === "false") return false;
  }
  if (v.kind === "null") return fail("Invalid condition: the value is null; a bool is required.", node, sc);
  return fail(`Invalid value: a bool is required, got ${typeName(v)}.`, node, sc);
}
function toNumber(v, node, sc) {
  if (v.kind === "number") return v.value;
  if (v.kind === "unknown") return void 0;
  if (v.kind === "string") {
    if (v.unknowns?.length) return void 0;
    const n = parseNumber(v.value);
    if (n !== void 0) return n;
  }
  if (v.kind === "null") return fail("Invalid operand: the value is null; a number is required.", node, sc);
  return fail(`Invalid operand: a number is required, got ${typeName(v)}${v.kind === "string" ? ` "${v.value}"` : ""}.`, node, sc);
}
function referenceGetAttr(e, sc) {
  const obj = e.object;
  if (obj.type === "Variable" && !lookupBinding(sc, obj.name)) {
    const host = sc.host;
    switch (obj.name) {
      case "var":
        return host.variable(e.name, e, sc);
      case "local":
        return host.local(e.name, e, sc);
      case "module":
        return host.moduleRef(e.name, e, sc);
      case "path":
      case "terraform":
        return host.namedValue(obj.name, e.name, e, sc);
      case "data":
      case "ephemeral":
        return fail(`A ${obj.name === "data" ? "data source" : "ephemeral resource"} reference needs a type and a name: ${obj.name}.${e.name}.NAME.`, e, sc);
      case "count":
      case "each":
      case "self":
        return fail(`"${obj.name}.${e.name}" is only available in a block with ${obj.name === "self" ? "a provisioner" : obj.name === "count" ? "count" : "for_each"}.`, e, sc);
      default:
        return host.resource("managed", obj.name, e.name, e, sc);
    }
  }
  if (obj.type === "GetAttr" && obj.object.type === "Variable" && !lookupBinding(sc, obj.object.name)) {
    if (obj.object.name === "data" || obj.object.name === "ephemeral") return sc.host.resource(obj.object.name, obj.name, e.name, e, sc);
    if (obj.object.name === "module") return sc.host.moduleOutput(obj.name, void 0, e.name, e, sc);
  }
  if (obj.type === "Index" && obj.object.type === "GetAttr" && obj.object.object.type === "Variable" && obj.object.object.name === "module" && !lookupBinding(sc, "module")) {
    return sc.host.moduleOutput(obj.object.name, evaluate(obj.key, sc), e.name, e, sc);
  }
  return void 0;
}
function evalSplat(e, sc) {
  const source = evaluate(e.object, sc);
  const apply = (item) => evaluate(e.each, bind(sc, SPLAT_ITEM, item));
  switch (source.kind) {
    case "list":
      return mkList(source.items.map(apply), exprSpan(e, sc));
    case "null":
      return mkList([], exprSpan(e, sc));
    case "unknown": {
      const element = unknownCollections.get(source);
      if (element) {
        const r = apply(element);
        if (r.kind === "unknown" && r.ref) return mkUnknown(exprText(e, sc), exprSpan(e, sc), r.reason ?? "computed-attribute", r.ref);
      }
      return unknownFor(e, sc, source);
    }
    default:
      return mkList([apply(source)], exprSpan(e, sc));
  }
}
function evalBinary(e, sc) {
  const span = exprSpan(e, sc);
  const op = e.op;
  if (op === "&&" || op === "||") {
    const l2 = evaluate(e.left, sc);
    const lb = toBool(l2, e.left, sc);
    if (lb === (op === "||")) return mkBool(lb, span);
    const r2 = evaluate(e.right, sc);
    const rb = toBool(r2, e.right, sc);
    if (rb === (op === "||")) return mkBool(rb, span);
    if (lb === void 0 || rb === void 0) return unknownFor(e, sc, lb === void 0 ? l2 : r2);
    return mkBool(op === "||" ? lb || rb : lb && rb, span);
  }
  const l = evaluate(e.left, sc);
  const r = evaluate(e.right, sc);
  if (op === "==" || op === "!=") {
    const eq = valuesEqual(l, r);
    if (eq === void 0) return unknownFor(e, sc, isWhollyKnown(l) ? r : l);
    return mkBool(op === "==" ? eq : !eq, span);
  }
  const a = toNumber(l, e.left, sc);
  const b = toNumber(r, e.right, sc);
  if (a === void 0 || b === void 0) return unknownFor(e, sc, a === void 0 ? l : r);
  switch (op) {
    case "+":
      return mkNum(decimalRound(a + b), span);
    case "-":
      return mkNum(decimalRound(a - b), span);
    case "*":
      return mkNum(decimalRound(a * b), span);
    case "/":
      if (b === 0) return fail("Division by zero.", e, sc);
      return mkNum(a / b, span);
    case "%":
      if (b === 0) return fail("Modulo by zero.", e, sc);
      return mkNum(a % b, span);
    case "<":
      return mkBool(a < b, span);
    case "<=":
      return mkBool(a <= b, span);
    case ">":
      return mkBool(a > b, span);
    case ">=":
      return mkBool(a >= b, span);
  }
}
function decimalRound(n) {
  return Number.isInteger(n) || !Number.isFinite(n) ? n : Number(n.toPrecision(15));
}
function iterate(v, withKeys = true) {
  if (v.kind === "list") return v.items.map((item, i) => [withKeys ? mkNum(i, item.span) : void 0, item]);
  if (v.kind === "object") return sortedKeys(v).map((k) => [withKeys ? mkStr(k, v.entries.get(k).span) : void 0, v.entries.get(k)]);
  return void 0;
}
function evalFor(e, sc) {
  const span = exprSpan(e, sc);
  const coll = evaluate(e.collection, sc);
  if (coll.kind === "unknown") return unknownFor(e, sc, coll);
  if (coll.kind === "null") return fail("Iteration over a null value is not allowed.", e.collection, sc);
  const pairs = iterate(coll, e.keyVar !== void 0);
  if (!pairs) return fail(`A for expression needs a collection to iterate, got ${typeName(coll)}.`, e.collection, sc);
  const items = [];
  const entries = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  for (const [k, v] of pairs) {
    let inner = bind(sc, e.valueVar, v);
    if (e.keyVar) inner = bind(inner, e.keyVar, k);
    if (e.cond) {
      const c = evaluate(e.cond, inner);
      const cb = toBool(c, e.cond, inner);
      if (cb === void 0) return unknownFor(e, sc, c);
      if (!cb) continue;
    }
    if (e.kind === "tuple") {
      items.push(evaluate(e.valueExpr, inner));
      continue;
    }
    const kv = evaluate(e.keyExpr, inner);
    if (kv.kind === "unknown" || kv.kind === "string" && kv.unknowns?.length) return unknownFor(e, sc, kv);
    const key = kv.kind === "string" ? kv.value : kv.kind === "number" ? formatNumber(kv.value) : kv.kind === "bool" ? String(kv.value) : void 0;
    if (key === void 0) return fail(`Invalid object key: a string is required, got ${typeName(kv)}.`, e.keyExpr, sc);
    const value = evaluate(e.valueExpr, inner);
    if (e.group) {
      const g = groups.get(key);
      if (g) g.push(value);
      else groups.set(key, [value]);
    } else {
      if (entries.has(key)) return fail(`Duplicate object key "${key}" in a for expression (use "..." to group values by key).`, e.keyExpr, sc);
      entries.set(key, value);
    }
  }
  if (e.kind === "tuple") return mkList(items, span);
  if (e.group) for (const [k, g] of groups) entries.set(k, mkList(g, span));
  return mkObj(entries, span);
}
var TemplateBuilder = class {
  text = "";
  unknowns = [];
  whollyUnknown;
};
function evalTemplate(e, sc) {
  const only = e.parts.length === 1 ? e.parts[0] : void 0;
  if (only?.type === "TemplateInterpolation" && !e.heredoc) return evaluate(only.expr, sc);
  if (only?.type === "TemplateLiteral") {
    const literal = mkStr(only.value, exprSpan(e, sc));
    return e.heredoc?.stripped && literal.kind === "string" ? { ...literal, indent: e.heredoc.stripped } : literal;
  }
  const out = new TemplateBuilder();
  appendParts(e.parts, sc, out);
  if (out.whollyUnknown) return unknownFor(e, sc, out.whollyUnknown);
  return mkStr(out.text, exprSpan(e, sc), out.unknowns);
}
function appendParts(parts, sc, out) {
  for (const part of parts) {
    if (out.whollyUnknown) return;
    switch (part.type) {
      case "TemplateLiteral":
        out.text += part.value;
        break;
      case "TemplateInterpolation":
        appendValue(evaluate(part.expr, sc), part.expr, sc, out);
        break;
      case "TemplateIf": {
        const c = evaluate(part.cond, sc);
        const b = toBool(c, part.cond, sc);
        if (b === void 0) out.whollyUnknown = c;
        else if (b) appendParts(part.then, sc, out);
        else if (part.else) appendParts(part.else, sc, out);
        break;
      }
      case "TemplateFor": {
        const coll = evaluate(part.collection, sc);
        if (coll.kind === "unknown") {
          out.whollyUnknown = coll;
          break;
        }
        const pairs = iterate(coll, part.keyVar !== void 0);
        if (!pairs) return fail(`A template for directive needs a collection, got ${typeName(coll)}.`, part.collection, sc);
        for (const [k, v] of pairs) {
          let inner = bind(sc, part.valueVar, v);
          if (part.keyVar) inner = bind(inner, part.keyVar, k);
          appendParts(part.body, inner, out);
        }
        break;
      }
    }
  }
}
function appendValue(v, node, sc, out) {
  switch (v.kind) {
    case "string":
      out.text += v.value;
      for (const u of v.unknowns ?? []) if (!out.unknowns.includes(u)) out.unknowns.push(u);
      return;
    case "number":
      out.text += formatNumber(v.value);
      return;
    case "bool":
      out.text += v.value ? "true" : "false";
      return;
    case "unknown":
      out.text += "${" + v.expr + "}";
      if (!out.unknowns.includes(v.expr)) out.unknowns.push(v.expr);
      return;
    case "null":
      return fail("Invalid template interpolation value: the expression result is null.", node, sc);
    default:
      return fail(`Invalid template interpolation value: a string is required, got ${typeName(v)}.`, node, sc);
  }
}

// src/evaluate/terraform/components.ts
import path from "node:path";
var HCL_SOURCE = /\bsource\s*=\s*"((?:[^"\\\n]|\\.)*)"/g;
var JSON_SOURCE = /"source"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g;
var dirOf = (p) => {
  const d = path.posix.dirname(p);
  return d === "." ? "" : d;
};
function localModuleDir(fromDir, source) {
  if (!(source === "." || source === ".." || source.startsWith("./") || source.startsWith("../"))) return void 0;
  const dir = path.posix.normalize(path.posix.join(fromDir, source)).replace(/\/+$/, "");
  return dir === "." ? "" : dir;
}
function commentedOut(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset) + 1;
  const before = text.slice(lineStart, offset).trimStart();
  return before.startsWith("#") || before.startsWith("//");
}
var foundCalls = /* @__PURE__ */ new WeakMap();
function calledDirs(file) {
  const known = foundCalls.get(file);
  if (known?.text === file.text) return known.dirs;
  const dirs = findCalledDirs(file);
  foundCalls.set(file, { text: file.text, dirs });
  return dirs;
}
function findCalledDirs(file) {
  const lower = file.path.toLowerCase();
  if (!lower.endsWith(".tf") && !lower.endsWith(".tf.json")) return [];
  if (!file.text.includes("source")) return [];
  const dirs = [];
  const pattern = lower.endsWith(".json") ? JSON_SOURCE : HCL_SOURCE;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(file.text); m; m = pattern.exec(file.text)) {
    if (commentedOut(file.text, m.index)) continue;
    let source = m[1];
    if (source.includes("\\")) {
      try {
        source = JSON.parse(`"${source}"`);
      } catch {
        continue;
      }
    }
    const dir = localModuleDir(dirOf(file.path), source);
    if (dir !== void 0) dirs.push(dir);
  }
  return dirs;
}
function terraformComponents(files) {
  return connectedGroups(files, (f) => dirOf(f.path), calledDirs);
}

// src/evaluate/terraform/module.ts
import path3 from "node:path";

// src/evaluate/terraform/types.ts
var ANY = { kind: "any" };
function parseType(expr, evalDefault) {
  switch (expr.type) {
    case "Variable":
      return primitiveType(expr.name);
    case "Template":
      if (expr.parts.length === 1 && expr.parts[0].type === "TemplateLiteral") return primitiveType(expr.parts[0].value);
      return ANY;
    case "Literal":
      return typeof expr.value === "string" ? primitiveType(expr.value) : ANY;
    case "Paren":
      return parseType(expr.expr, evalDefault);
    case "FunctionCall": {
      const arg = expr.args[0];
      switch (expr.name) {
        case "list":
        case "set":
        case "map":
          return { kind: expr.name, elem: arg ? parseType(arg, evalDefault) : ANY };
        case "tuple":
          return { kind: "tuple", elems: arg?.type === "Tuple" ? arg.items.map((i) => parseType(i, evalDefault)) : [] };
        case "object": {
          const attrs = /* @__PURE__ */ new Map();
          if (arg?.type === "Object") {
            for (const item of arg.items) {
              const name = objectKeyName(item.key);
              if (name === void 0) continue;
              attrs.set(name, parseAttrType(item.value, evalDefault));
            }
          }
          return { kind: "object", attrs };
        }
        default:
          return ANY;
      }
    }
    default:
      return ANY;
  }
}
function parseAttrType(expr, evalDefault) {
  if (expr.type === "FunctionCall" && expr.name === "optional") {
    const inner = expr.args[0] ? parseType(expr.args[0], evalDefault) : ANY;
    const dflt = expr.args[1];
    return dflt ? { type: inner, optional: true, default: evalDefault(dflt) } : { type: inner, optional: true };
  }
  return { type: parseType(expr, evalDefault), optional: false };
}
function primitiveType(name) {
  switch (name) {
    case "string":
    case "number":
    case "bool":
      return { kind: name };
    case "list":
      return { kind: "list", elem: ANY };
    case "map":
      return { kind: "map", elem: ANY };
    default:
      return ANY;
  }
}
function objectKeyName(key) {
  if (key.type === "Variable") return key.name;
  if (key.type === "Literal" && typeof key.value === "string") return key.value;
  if (key.type === "Template" && key.parts.length === 1 && key.parts[0].type === "TemplateLiteral") return key.parts[0].value;
  if (key.type === "Paren") return objectKeyName(key.expr);
  return void 0;
}
function convertToType(v, t) {
  if (t.kind === "any" || v.kind === "unknown" || v.kind === "null") return v;
  switch (t.kind) {
    case "string": {
      if (v.kind === "number" || v.kind === "bool") return mkStr(primitiveToString(v), v.span);
      return v;
    }
    case "number": {
      if (v.kind === "string" && !v.unknowns?.length) {
        const n = parseNumber(v.value);
        return n === void 0 ? v : mkNum(n, v.span);
      }
      return v;
    }
    case "bool": {
      if (v.kind === "string" && (v.value === "true" || v.value === "false")) return mkBool(v.value === "true", v.span);
      return v;
    }
    case "list":
    case "set": {
      if (v.kind !== "list") return v;
      const items = v.items.map((i) => convertToType(i, t.elem));
      return mkList(t.kind === "set" && items.every(isWhollyKnown) ? toSetItems(items) : items, v.span);
    }
    case "map": {
      if (v.kind !== "object") return v;
      const entries = /* @__PURE__ */ new Map();
      for (const k of sortedKeys(v)) entries.set(k, convertToType(v.entries.get(k), t.elem));
      return mkObj(entries, v.span);
    }
    case "tuple": {
      if (v.kind !== "list") return v;
      return mkList(v.items.map((i, n) => convertToType(i, t.elems[n] ?? ANY)), v.span);
    }
    case "object": {
      if (v.kind !== "object") return v;
      const entries = /* @__PURE__ */ new Map();
      for (const [name, attr] of t.attrs) {
        const given = v.entries.get(name);
        if (given && given.kind !== "null") entries.set(name, convertToType(given, attr.type));
        else if (attr.optional) entries.set(name, attr.default ? convertToType(attr.default, attr.type) : mkNull(v.span));
        else if (given) entries.set(name, given);
      }
      return mkObj(entries, v.span);
    }
  }
}

// src/evaluate/terraform/functions.ts
import path2 from "node:path";
var fns = /* @__PURE__ */ new Map();
function def(names, min, max, unknowns, impl) {
  for (const n of Array.isArray(names) ? names : [names]) fns.set(n, { min, max, unknowns, impl });
}
function argNode(c, i) {
  return c.node.args[Math.min(i, c.node.args.length - 1)] ?? c.node;
}
function bad(c, i, message) {
  return fail(`Invalid argument ${i + 1} of ${c.node.name}(): ${message}`, argNode(c, i), c.sc);
}
function callFail(c, message) {
  return fail(`${c.node.name}(): ${message}`, c.node, c.sc);
}
function asString(v, c, i) {
  const s = v.kind === "null" ? void 0 : primitiveToString(v);
  if (s === void 0) return bad(c, i, `a string is required, got ${typeName(v)}.`);
  return s;
}
function asNumber(v, c, i) {
  if (v.kind === "number") return v.value;
  if (v.kind === "string") {
    const n = parseNumber(v.value);
    if (n !== void 0) return n;
  }
  return bad(c, i, `a number is required, got ${typeName(v)}.`);
}
function asInt(v, c, i) {
  const n = asNumber(v, c, i);
  if (!Number.isInteger(n)) return bad(c, i, `a whole number is required, got ${formatNumber(n)}.`);
  return n;
}
function asBool(v, c, i) {
  if (v.kind === "bool") return v.value;
  if (v.kind === "string" && (v.value === "true" || v.value === "false")) return v.value === "true";
  return bad(c, i, `a bool is required, got ${typeName(v)}.`);
}
function asList(v, c, i) {
  if (v.kind === "list") return v.items;
  return bad(c, i, `a list, set or tuple is required, got ${typeName(v)}.`);
}
function asObject(v, c, i) {
  if (v.kind === "object") return v;
  return bad(c, i, `a map or object is required, got ${typeName(v)}.`);
}
function stringList(v, c, i) {
  return asList(v, c, i).map((x) => asString(x, c, i));
}
var S = (s, c) => mkStr(s, c.span);
var N = (n, c) => mkNum(n, c.span);
var B = (b, c) => mkBool(b, c.span);
var L = (items, c) => mkList(items, c.span);
var graphemes;
var chars = (s) => {
  if (!/[^\x00-\x7f]/.test(s)) return s.split("");
  graphemes ??= new Intl.Segmenter(void 0, { granularity: "grapheme" });
  return Array.from(graphemes.segment(s), (g) => g.segment);
};
function unifyPrimitives(items) {
  const hasString = items.some((i) => i.kind === "string");
  const hasOther = items.some((i) => i.kind === "number" || i.kind === "bool");
  if (!hasString || !hasOther) return items;
  return items.map((i) => i.kind === "number" || i.kind === "bool" ? mkStr(primitiveToString(i), i.span) : i);
}
function unknownResult(c, cause, reason) {
  const u = cause ? firstUnknown(cause) : void 0;
  return mkUnknown(exprText(c.node, c.sc), c.span, reason ?? u?.reason ?? "unknown");
}
function hasTopUnknown(v) {
  return v.kind === "unknown" || v.kind === "string" && !!v.unknowns?.length;
}
var regexCache = /* @__PURE__ */ new Map();
function compileRegex(pattern, global) {
  const cacheKey = (global ? "g" : "-") + pattern;
  const cached = regexCache.get(cacheKey);
  if (cached !== void 0) return cached;
  let flags = global ? "g" : "";
  let body = pattern;
  const lead = /^\(\?([imsU]+)\)/.exec(body);
  if (lead) {
    for (const f of lead[1]) if (f !== "U" && !flags.includes(f)) flags += f;
    body = body.slice(lead[0].length);
  }
  body = body.replace(/\(\?P</g, "(?<").replace(/\\A/g, "^").replace(/\\z/g, "$(?![\\s\\S])");
  let result;
  try {
    result = new RegExp(body, flags);
  } catch (err) {
    result = `invalid regular expression: ${err.message}`;
  }
  regexCache.set(cacheKey, result);
  return result;
}
function regexResult(m, c) {
  if (m.groups && Object.keys(m.groups).length > 0) {
    const entries = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(m.groups)) entries.set(k, v === void 0 ? mkNull(c.span) : S(v, c));
    return mkObj(entries, c.span);
  }
  if (m.length > 1) return L(m.slice(1).map((g) => g === void 0 ? mkNull(c.span) : S(g, c)), c);
  return S(m[0], c);
}
var VERB = /%([-+# 0]*)(\[\d+\])?(\d+)?(?:\.(\d+))?([a-zA-Z%])/g;
function formatString(fmt, args, c, firstArg) {
  const unknowns = [];
  let next = 0;
  let used = 0;
  let whollyUnknown;
  const text = fmt.replace(VERB, (_m, flags, explicit, width, prec, verb) => {
    if (verb === "%") return "%";
    const idx = explicit ? Number(explicit.slice(1, -1)) - 1 : next;
    next = idx + 1;
    used = Math.max(used, next);
    const v = args[idx];
    if (!v) return callFail(c, `not enough arguments for the "%${verb}" verb at position ${idx + 1}.`);
    let out;
    if (hasTopUnknown(v) || (verb === "v" || verb === "q") && !isWhollyKnown(v)) {
      if (verb !== "s" && verb !== "v") {
        whollyUnknown = v;
        return "";
      }
      if (v.kind === "string") {
        for (const u of v.unknowns ?? []) if (!unknowns.includes(u)) unknowns.push(u);
        out = v.value;
      } else {
        const u = firstUnknown(v);
        if (!unknowns.includes(u.expr)) unknowns.push(u.expr);
        out = "${" + u.expr + "}";
      }
    } else out = formatVerb(v, verb, flags, prec, c, firstArg + idx);
    if (width && out.length < Number(width)) {
      const pad = (flags.includes("0") && !flags.includes("-") ? "0" : " ").repeat(Number(width) - out.length);
      if (flags.includes("-")) out += pad;
      else if (pad[0] === "0" && /^[-+]/.test(out)) out = out[0] + pad + out.slice(1);
      else out = pad + out;
    }
    return out;
  });
  if (whollyUnknown) return unknownResult(c, whollyUnknown);
  if (used < args.length) return callFail(c, `too many arguments; the format string uses ${used}, ${args.length} given.`);
  return mkStr(text, c.span, unknowns);
}
function formatVerb(v, verb, flags, prec, c, argIndex) {
  const plus = (n, s) => flags.includes("+") && n >= 0 ? "+" + s : flags.includes(" ") && n >= 0 ? " " + s : s;
  switch (verb) {
    case "v":
      if (flags.includes("#")) return jsonEncode(v).text;
      if (v.kind === "null") return "null";
      return primitiveToString(v) ?? jsonEncode(v).text;
    case "s":
      return asString(v, c, argIndex);
    case "q":
      return JSON.stringify(asString(v, c, argIndex));
    case "t":
      return String(asBool(v, c, argIndex));
    case "d": {
      const n = asNumber(v, c, argIndex);
      if (!Number.isInteger(n)) return bad(c, argIndex, `%d needs a whole number, got ${formatNumber(n)}.`);
      return plus(n, formatNumber(n));
    }
    case "f":
    case "F": {
      const n = asNumber(v, c, argIndex);
      return plus(n, n.toFixed(prec === void 0 ? 6 : Number(prec)));
    }
    case "e":
    case "E": {
      const n = asNumber(v, c, argIndex);
      const s = n.toExponential(prec === void 0 ? 6 : Number(prec)).replace(/e([+-])(\d)$/, "e$10$2");
      return plus(n, verb === "E" ? s.toUpperCase() : s);
    }
    case "g":
    case "G": {
      const n = asNumber(v, c, argIndex);
      const s = goFormatG(n, prec === void 0 ? void 0 : Number(prec));
      return plus(n, verb === "G" ? s.toUpperCase() : s);
    }
    case "b":
      return asInt(v, c, argIndex).toString(2);
    case "o":
      return asInt(v, c, argIndex).toString(8);
    case "x":
    case "X": {
      if (v.kind === "string") {
        const hex2 = Buffer.from(v.value, "utf8").toString("hex");
        return verb === "X" ? hex2.toUpperCase() : hex2;
      }
      const hex = asInt(v, c, argIndex).toString(16);
      return verb === "X" ? hex.toUpperCase() : hex;
    }
    default:
      return callFail(c, `unsupported format verb "%${verb}".`);
  }
}
function goFormatG(n, prec) {
  if (n === 0) return "0";
  const expForm = prec === void 0 ? n.toExponential() : n.toExponential(Math.max(prec, 1) - 1);
  const [mantissa, expText] = expForm.split("e");
  const exp = Number(expText);
  const digits = mantissa.replace("-", "").replace(".", "").replace(/0+$/, "") || "0";
  let eprec = prec === void 0 ? 6 : Math.max(prec, 1);
  if (prec !== void 0 && eprec > digits.length && digits.length >= exp + 1) eprec = digits.length;
  if (exp < -4 || exp >= eprec) {
    const m = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
    return `${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const fixed = n.toFixed(Math.max(0, digits.length - 1 - exp));
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}
function yamlEncode(v) {
  const block = (x) => x.kind === "list" && x.items.length > 0 || x.kind === "object" && x.entries.size > 0;
  const scalar = (x, contentIndent) => {
    switch (x.kind) {
      case "string": {
        if (!x.value.includes("\n")) return JSON.stringify(x.value);
        const trailing = /\n*$/.exec(x.value)[0].length;
        const indicator = trailing === 0 ? "|-" : trailing === 1 ? "|" : "|+";
        const body = trailing === 1 ? x.value.slice(0, -1) : trailing === 0 ? x.value : x.value.slice(0, -1);
        const pad = " ".repeat(contentIndent);
        return indicator + "\n" + body.split("\n").map((l) => l === "" ? "" : pad + l).join("\n");
      }
      case "number":
        return formatNumber(x.value);
      case "bool":
        return String(x.value);
      case "list":
        return "[]";
      case "object":
        return "{}";
      default:
        return "null";
    }
  };
  const node = (x, indent) => {
    const pad = " ".repeat(indent);
    if (x.kind === "object" && x.entries.size > 0) {
      return sortedKeys(x).map((k) => {
        const child = x.entries.get(k);
        const head = pad + JSON.stringify(k) + ":";
        if (!block(child)) return head + " " + scalar(child, indent + 2);
        return head + "\n" + node(child, child.kind === "list" ? indent : indent + 2);
      }).join("\n");
    }
    if (x.kind === "list" && x.items.length > 0) {
      return x.items.map((item) => {
        if (!block(item)) return pad + "- " + scalar(item, indent + 2);
        return pad + "- " + node(item, indent + 2).slice(indent + 2);
      }).join("\n");
    }
    return pad + scalar(x, indent + 2);
  };
  return node(v, 0) + "\n";
}
function parseIp(text) {
  if (text.includes(":")) {
    const halves = text.split("::");
    if (halves.length > 2) return void 0;
    const group = (s) => s === "" ? [] : s.split(":");
    const head = group(halves[0]);
    const tail = halves.length === 2 ? group(halves[1]) : [];
    const fill = 8 - head.length - tail.length;
    if (halves.length === 1 && fill !== 0 || fill < 0) return void 0;
    const all = [...head, ...Array(halves.length === 2 ? fill : 0).fill("0"), ...tail];
    let addr = 0n;
    for (const g of all) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return void 0;
      addr = addr << 16n | BigInt(parseInt(g, 16));
    }
    return { addr, bits: 128 };
  }
  const parts = text.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return void 0;
  return { addr: parts.reduce((a, p) => a << 8n | BigInt(Number(p)), 0n), bits: 32 };
}
function formatIp(addr, bits) {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((s) => String(addr >> s & 255n)).join(".");
  const groups = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(Number(addr >> s & 0xffffn));
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(":");
  return hex.slice(0, best).join(":") + "::" + hex.slice(best + bestLen).join(":");
}
function parseCidr(text, c, i) {
  const slash = text.indexOf("/");
  const ip = slash < 0 ? void 0 : parseIp(text.slice(0, slash));
  const prefix = slash < 0 ? NaN : Number(text.slice(slash + 1));
  if (!ip || !Number.isInteger(prefix) || prefix < 0 || prefix > ip.bits) return bad(c, i, `invalid CIDR address "${text}".`);
  const hostBits = BigInt(ip.bits - prefix);
  return { addr: ip.addr >> hostBits << hostBits, prefix, bits: ip.bits };
}
function subnet(base, newbits, netnum, c) {
  const prefix = base.prefix + newbits;
  if (newbits < 0 || prefix > base.bits) return callFail(c, `insufficient address space to extend prefix of ${base.prefix} by ${newbits}.`);
  if (netnum < 0n || netnum >= 1n << BigInt(newbits)) return callFail(c, `prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}.`);
  const addr = base.addr | netnum << BigInt(base.bits - prefix);
  return `${formatIp(addr, base.bits)}/${prefix}`;
}
function readFileArg(args, c) {
  return c.sc.host.readFile(asString(args[0], c, 0), argNode(c, 0), c.sc);
}
def("lower", 1, 1, "strict", (a, c) => S(asString(a[0], c, 0).toLowerCase(), c));
def("upper", 1, 1, "strict", (a, c) => S(asString(a[0], c, 0).toUpperCase(), c));
def("title", 1, 1, "strict", (a, c) => S(asString(a[0], c, 0).replace(new RegExp("(^|[\\s\\x00-\\x2f\\x3a-\\x40\\x5b-\\x5e\\x60\\x7b-\\x7f])(\\p{L})", "gu"), (_m, p, l) => p + l.toUpperCase()), c));
def("trimspace", 1, 1, "strict", (a, c) => S(asString(a[0], c, 0).trim(), c));
def("chomp", 1, 1, "strict", (a, c) => S(asString(a[0], c, 0).replace(/(\r\n|\n|\r)+$/, ""), c));
def("strrev", 1, 1, "strict", (a, c) => S(chars(asString(a[0], c, 0)).reverse().join(""), c));
def("trim", 2, 2, "strict", (a, c) => {
  const s = chars(asString(a[0], c, 0));
  const cut = new Set(chars(asString(a[1], c, 1)));
  let i = 0;
  let j = s.length;
  while (i < j && cut.has(s[i])) i++;
  while (j > i && cut.has(s[j - 1])) j--;
  return S(s.slice(i, j).join(""), c);
});
def("trimprefix", 2, 2, "strict", (a, c) => {
  const s = asString(a[0], c, 0);
  const p = asString(a[1], c, 1);
  return S(s.startsWith(p) ? s.slice(p.length) : s, c);
});
def("trimsuffix", 2, 2, "strict", (a, c) => {
  const s = asString(a[0], c, 0);
  const p = asString(a[1], c, 1);
  return S(p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s, c);
});
def("substr", 3, 3, "strict", (a, c) => {
  const s = chars(asString(a[0], c, 0));
  let offset = asInt(a[1], c, 1);
  const length = asInt(a[2], c, 2);
  if (offset < 0) offset = Math.max(0, s.length + offset);
  if (offset > s.length) return bad(c, 1, "offset is beyond the end of the string.");
  return S(s.slice(offset, length < 0 ? void 0 : offset + length).join(""), c);
});
def("startswith", 2, 2, "strict", (a, c) => B(asString(a[0], c, 0).startsWith(asString(a[1], c, 1)), c));
def("endswith", 2, 2, "strict", (a, c) => B(asString(a[0], c, 0).endsWith(asString(a[1], c, 1)), c));
def("strcontains", 2, 2, "strict", (a, c) => B(asString(a[0], c, 0).includes(asString(a[1], c, 1)), c));
def("indent", 2, 2, "strict", (a, c) => S(asString(a[1], c, 1).replace(/\n/g, "\n" + " ".repeat(asInt(a[0], c, 0))), c));
def("split", 2, 2, "strict", (a, c) => {
  const sep = asString(a[0], c, 0);
  const s = asString(a[1], c, 1);
  if (s === "") return L([S("", c)], c);
  return L((sep === "" ? chars(s) : s.split(sep)).map((p) => S(p, c)), c);
});
def("join", 2, Infinity, "partial", (a, c) => {
  const sep = a[0];
  if (hasTopUnknown(sep)) return unknownResult(c, sep);
  const sepText = asString(sep, c, 0);
  const parts = [];
  const unknowns = [];
  for (let i = 1; i < a.length; i++) {
    const list = a[i];
    if (list.kind === "unknown") return unknownResult(c, list);
    for (const item of asList(list, c, i)) {
      if (item.kind === "unknown") {
        parts.push("${" + item.expr + "}");
        if (!unknowns.includes(item.expr)) unknowns.push(item.expr);
        continue;
      }
      if (item.kind === "null") return bad(c, i, "the list contains a null element.");
      parts.push(asString(item, c, i));
      if (item.kind === "string") {
        for (const u of item.unknowns ?? []) if (!unknowns.includes(u)) unknowns.push(u);
      }
    }
  }
  return mkStr(parts.join(sepText), c.span, unknowns);
});
def("replace", 3, 3, "strict", (a, c) => {
  const s = asString(a[0], c, 0);
  const search = asString(a[1], c, 1);
  const rep = asString(a[2], c, 2);
  if (search.length > 1 && search.startsWith("/") && search.endsWith("/")) {
    const re = compileRegex(search.slice(1, -1), true);
    if (typeof re === "string") return bad(c, 1, re);
    const jsRep = rep.replace(/\$\{(\d+)\}/g, "$$$1").replace(/\$\{(\w+)\}/g, "$$<$1>");
    return S(s.replace(re, jsRep), c);
  }
  return S(search === "" ? s : s.split(search).join(rep), c);
});
def("format", 1, Infinity, "partial", (a, c) => {
  if (hasTopUnknown(a[0])) return unknownResult(c, a[0]);
  return formatString(asString(a[0], c, 0), a.slice(1), c, 1);
});
def("formatlist", 1, Infinity, "deep", (a, c) => {
  const fmt = asString(a[0], c, 0);
  let n = -1;
  for (let i = 1; i < a.length; i++) {
    if (a[i].kind !== "list") continue;
    const len = a[i].items.length;
    if (n >= 0 && len !== n) return bad(c, i, `all lists must have the same length (${n} and ${len}).`);
    n = len;
  }
  if (n < 0) n = 1;
  const out = [];
  for (let k = 0; k < n; k++) out.push(formatString(fmt, a.slice(1).map((x) => x.kind === "list" ? x.items[k] : x), c, 1));
  return L(out, c);
});
def("regex", 2, 2, "strict", (a, c) => {
  const re = compileRegex(asString(a[0], c, 0), false);
  if (typeof re === "string") return bad(c, 0, re);
  const m = re.exec(asString(a[1], c, 1));
  if (!m) return callFail(c, "the pattern did not match any part of the given string.");
  return regexResult(m, c);
});
def("regexall", 2, 2, "strict", (a, c) => {
  const re = compileRegex(asString(a[0], c, 0), true);
  if (typeof re === "string") return bad(c, 0, re);
  const s = asString(a[1], c, 1);
  re.lastIndex = 0;
  const out = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(regexResult(m, c));
    if (m[0] === "") re.lastIndex++;
  }
  return L(out, c);
});
var hash = (alg, enc) => (a, c) => S(digest(alg, asString(a[0], c, 0), enc), c);
def("md5", 1, 1, "strict", hash("md5", "hex"));
def("sha1", 1, 1, "strict", hash("sha1", "hex"));
def("sha256", 1, 1, "strict", hash("sha256", "hex"));
def("sha512", 1, 1, "strict", hash("sha512", "hex"));
def("base64sha256", 1, 1, "strict", hash("sha256", "base64"));
def("base64sha512", 1, 1, "strict", hash("sha512", "base64"));
def("base64encode", 1, 1, "strict", (a, c) => S(Buffer.from(asString(a[0], c, 0), "utf8").toString("base64"), c));
def("base64decode", 1, 1, "strict", (a, c) => {
  const s = asString(a[0], c, 0);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) return bad(c, 0, "the string is not valid base64.");
  return S(Buffer.from(s, "base64").toString("utf8"), c);
});
def(
  "urlencode",
  1,
  1,
  "strict",
  (a, c) => S(encodeURIComponent(asString(a[0], c, 0)).replace(/[!'()*]/g, (ch) => "%" + ch.charCodeAt(0).toString(16).toUpperCase()).replace(/%20/g, "+"), c)
);
def("jsonencode", 1, 1, "partial", (a, c) => {
  const v = a[0];
  if (v.kind === "unknown") return unknownResult(c, v);
  const { text, unknowns } = jsonEncode(v);
  return { ...mkStr(text, c.span, unknowns), source: v };
});
def("yamlencode", 1, 1, "deep", (a, c) => ({ ...S(yamlEncode(a[0]), c), source: a[0] }));
def("jsondecode", 1, 1, "strict", (a, c) => {
  const text = asString(a[0], c, 0);
  try {
    return fromJson(JSON.parse(text), c.span);
  } catch (err) {
    return bad(c, 0, `the string is not valid JSON: ${err.message}.`);
  }
});
def("yamldecode", 1, 1, "strict", (a, c) => {
  try {
    return fromJson(yamlPackage().parse(asString(a[0], c, 0), { version: "1.1" }) ?? null, c.span);
  } catch (err) {
    if (err instanceof EvalError) throw err;
    return bad(c, 0, `the string is not valid YAML: ${err.message.split("\n")[0]}.`);
  }
});
def("tostring", 1, 1, "partial", (a, c) => {
  const v = a[0];
  if (v.kind === "unknown" || v.kind === "string" || v.kind === "null") return v;
  const s = primitiveToString(v);
  if (s === void 0) return bad(c, 0, `cannot convert ${typeName(v)} to string.`);
  return S(s, c);
});
def("tonumber", 1, 1, "strict", (a, c) => a[0].kind === "null" ? a[0] : N(asNumber(a[0], c, 0), c));
def("tobool", 1, 1, "strict", (a, c) => a[0].kind === "null" ? a[0] : B(asBool(a[0], c, 0), c));
def(["sensitive", "nonsensitive"], 1, 1, "partial", (a) => a[0]);
def("length", 1, 1, "strict", (a, c) => {
  const v = a[0];
  if (v.kind === "string") return N(chars(v.value).length, c);
  if (v.kind === "list") return N(v.items.length, c);
  if (v.kind === "object") return N(v.entries.size, c);
  return bad(c, 0, `a collection or string is required, got ${typeName(v)}.`);
});
def("concat", 1, Infinity, "strict", (a, c) => L(a.flatMap((x, i) => asList(x, c, i)), c));
def("merge", 0, Infinity, "strict", (a, c) => {
  const entries = /* @__PURE__ */ new Map();
  a.forEach((x, i) => {
    if (x.kind === "null") return;
    for (const [k, v] of asObject(x, c, i).entries) {
      entries.delete(k);
      entries.set(k, v);
    }
  });
  return mkObj(entries, c.span);
});
def("flatten", 1, 1, "strict", (a, c) => {
  let unknown;
  const out = [];
  const walk = (items) => {
    for (const i of items) {
      if (i.kind === "list") walk(i.items);
      else if (i.kind === "unknown") unknown ??= i;
      else out.push(i);
    }
  };
  walk(asList(a[0], c, 0));
  return unknown ? unknownResult(c, unknown) : L(out, c);
});
def("distinct", 1, 1, "deep", (a, c) => {
  const out = [];
  for (const i of asList(a[0], c, 0)) if (!out.some((o) => valuesEqual(o, i))) out.push(i);
  return L(out, c);
});
def("compact", 1, 1, "deep", (a, c) => L(asList(a[0], c, 0).filter((i) => !(i.kind === "null" || i.kind === "string" && i.value === "")), c));
def("coalesce", 1, Infinity, "partial", (a, c) => {
  for (const v of a) {
    if (v.kind === "unknown") return unknownResult(c, v);
    if (v.kind === "null" || v.kind === "string" && v.value === "" && !v.unknowns?.length) continue;
    return v;
  }
  return callFail(c, "no non-null, non-empty-string arguments.");
});
def("coalescelist", 1, Infinity, "strict", (a, c) => {
  for (let i = 0; i < a.length; i++) if (asList(a[i], c, i).length > 0) return a[i];
  return callFail(c, "no non-empty list arguments.");
});
def("lookup", 2, 3, "strict", (a, c) => {
  const m = a[0];
  const key = asString(a[1], c, 1);
  if (m.kind === "object") {
    const got = m.entries.get(key);
    if (got) return got;
  } else if (m.kind !== "null") return bad(c, 0, `a map or object is required, got ${typeName(m)}.`);
  if (a.length === 3) return a[2];
  return callFail(c, `the map has no key "${key}" and no default was given.`);
});
def("element", 2, 2, "strict", (a, c) => {
  const items = asList(a[0], c, 0);
  const i = asInt(a[1], c, 1);
  if (items.length === 0) return bad(c, 0, "cannot use element() with an empty list.");
  return items[(i % items.length + items.length) % items.length];
});
def("index", 2, 2, "deep", (a, c) => {
  const i = asList(a[0], c, 0).findIndex((x) => valuesEqual(x, a[1]));
  if (i < 0) return callFail(c, "the given value is not in the list.");
  return N(i, c);
});
def("contains", 2, 2, "deep", (a, c) => B(asList(a[0], c, 0).some((x) => valuesEqual(x, a[1])), c));
def("keys", 1, 1, "strict", (a, c) => {
  const o = asObject(a[0], c, 0);
  return L(
    sortedKeys(o).map((k) => S(k, c)),
    c
  );
});
def("values", 1, 1, "strict", (a, c) => {
  const o = asObject(a[0], c, 0);
  return L(
    sortedKeys(o).map((k) => o.entries.get(k)),
    c
  );
});
def("zipmap", 2, 2, "partial", (a, c) => {
  if (!isWhollyKnown(a[0])) return unknownResult(c, a[0]);
  if (a[1].kind === "unknown") return unknownResult(c, a[1]);
  const keys = stringList(a[0], c, 0);
  const vals = asList(a[1], c, 1);
  if (keys.length !== vals.length) return callFail(c, `the keys and values lists have different lengths (${keys.length} and ${vals.length}).`);
  const entries = /* @__PURE__ */ new Map();
  keys.forEach((k, i) => entries.set(k, vals[i]));
  return mkObj(entries, c.span);
});
def("range", 1, 3, "strict", (a, c) => {
  const nums = a.map((x, i) => asNumber(x, c, i));
  const [start, limit, step] = nums.length === 1 ? [0, nums[0], 1] : [nums[0], nums[1], nums[2] ?? (nums[1] >= nums[0] ? 1 : -1)];
  if (step === 0) return bad(c, 2, "the step must not be zero.");
  if (step > 0 && limit < start || step < 0 && limit > start) return bad(c, 2, "the step moves away from the limit.");
  const count = Math.ceil((limit - start) / step);
  if (count > 1024) return callFail(c, `more than 1024 values (${count}).`);
  const out = [];
  for (let i = 0; i < count; i++) out.push(N(start + i * step, c));
  return L(out, c);
});
def("slice", 3, 3, "strict", (a, c) => {
  const items = asList(a[0], c, 0);
  const start = asInt(a[1], c, 1);
  const end = asInt(a[2], c, 2);
  if (start < 0 || start > items.length) return bad(c, 1, `start index ${start} is out of range.`);
  if (end < start || end > items.length) return bad(c, 2, `end index ${end} is out of range.`);
  return L(items.slice(start, end), c);
});
def("reverse", 1, 1, "strict", (a, c) => L([...asList(a[0], c, 0)].reverse(), c));
def("sort", 1, 1, "deep", (a, c) => L(stringList(a[0], c, 0).sort(compareStrings).map((s) => S(s, c)), c));
def("toset", 1, 1, "deep", (a, c) => L(toSetItems(unifyPrimitives(asList(a[0], c, 0))), c));
def("tolist", 1, 1, "strict", (a, c) => L(unifyPrimitives(asList(a[0], c, 0)), c));
def("tomap", 1, 1, "strict", (a, c) => {
  const o = asObject(a[0], c, 0);
  const keys = sortedKeys(o);
  const vals = unifyPrimitives(keys.map((k) => o.entries.get(k)));
  return mkObj(new Map(keys.map((k, i) => [k, vals[i]])), c.span);
});
def("setunion", 1, Infinity, "deep", (a, c) => L(toSetItems(unifyPrimitives(a.flatMap((x, i) => asList(x, c, i)))), c));
var MAX_SET_COMPARISONS = 1e7;
var checkComparisons = (lists, c) => {
  const pairs = lists[0].length * lists.slice(1).reduce((n, l) => n + l.length, 0);
  if (pairs > MAX_SET_COMPARISONS) callFail(c, `comparing ${pairs} pairs of elements; limit 10,000,000.`);
};
def("setintersection", 1, Infinity, "deep", (a, c) => {
  const lists = a.map((x, i) => asList(x, c, i));
  checkComparisons(lists, c);
  return L(toSetItems(lists[0].filter((v) => lists.every((l) => l.some((o) => valuesEqual(o, v))))), c);
});
def("setsubtract", 2, 2, "deep", (a, c) => {
  const other = asList(a[1], c, 1);
  checkComparisons([asList(a[0], c, 0), other], c);
  return L(toSetItems(asList(a[0], c, 0).filter((v) => !other.some((o) => valuesEqual(o, v)))), c);
});
def("setproduct", 1, Infinity, "deep", (a, c) => {
  const lists = a.map((x, i) => asList(x, c, i));
  const size = lists.reduce((n, l) => n * l.length, 1);
  if (size > 1e5) return callFail(c, `the product has ${size} elements; limit 100,000.`);
  let out = [[]];
  for (const items of lists) out = out.flatMap((prefix) => items.map((item) => [...prefix, item]));
  return L(
    out.map((t) => L(t, c)),
    c
  );
});
def("one", 1, 1, "strict", (a, c) => {
  const items = asList(a[0], c, 0);
  if (items.length > 1) return bad(c, 0, `must be a list with no more than one element, got ${items.length}.`);
  return items[0] ?? mkNull(c.span);
});
def("alltrue", 1, 1, "deep", (a, c) => B(asList(a[0], c, 0).every((x) => asBool(x, c, 0)), c));
def("anytrue", 1, 1, "deep", (a, c) => B(asList(a[0], c, 0).some((x) => asBool(x, c, 0)), c));
def("chunklist", 2, 2, "strict", (a, c) => {
  const items = asList(a[0], c, 0);
  const size = asInt(a[1], c, 1);
  if (size < 0) return bad(c, 1, "the chunk size must not be negative.");
  if (size === 0) return L([a[0]], c);
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(L(items.slice(i, i + size), c));
  return L(out, c);
});
def("transpose", 1, 1, "deep", (a, c) => {
  const o = asObject(a[0], c, 0);
  const out = /* @__PURE__ */ new Map();
  for (const k of sortedKeys(o)) for (const v of stringList(o.entries.get(k), c, 0)) (out.get(v) ?? out.set(v, []).get(v)).push(S(k, c));
  return mkObj(new Map([...out].sort(([x], [y]) => compareStrings(x, y)).map(([k, v]) => [k, L(v, c)])), c.span);
});
def("matchkeys", 3, 3, "deep", (a, c) => {
  const vals = asList(a[0], c, 0);
  const keys = asList(a[1], c, 1);
  const search = asList(a[2], c, 2);
  if (vals.length !== keys.length) return callFail(c, "the values and keys lists must have the same length.");
  return L(
    vals.filter((_, i) => search.some((s) => valuesEqual(s, keys[i]))),
    c
  );
});
def("min", 1, Infinity, "strict", (a, c) => N(Math.min(...a.map((x, i) => asNumber(x, c, i))), c));
def("max", 1, Infinity, "strict", (a, c) => N(Math.max(...a.map((x, i) => asNumber(x, c, i))), c));
def("sum", 1, 1, "deep", (a, c) => {
  const items = asList(a[0], c, 0);
  if (items.length === 0) return bad(c, 0, "cannot sum an empty list.");
  return N(
    items.reduce((s, x) => s + asNumber(x, c, 0), 0),
    c
  );
});
def("abs", 1, 1, "strict", (a, c) => N(Math.abs(asNumber(a[0], c, 0)), c));
def("ceil", 1, 1, "strict", (a, c) => N(Math.ceil(asNumber(a[0], c, 0)), c));
def("floor", 1, 1, "strict", (a, c) => N(Math.floor(asNumber(a[0], c, 0)), c));
def("signum", 1, 1, "strict", (a, c) => N(Math.sign(asNumber(a[0], c, 0)), c));
def("pow", 2, 2, "strict", (a, c) => N(Math.pow(asNumber(a[0], c, 0), asNumber(a[1], c, 1)), c));
def("log", 2, 2, "strict", (a, c) => N(Math.log(asNumber(a[0], c, 0)) / Math.log(asNumber(a[1], c, 1)), c));
def("parseint", 2, 2, "strict", (a, c) => {
  const s = asString(a[0], c, 0);
  const base = asInt(a[1], c, 1);
  if (base < 2 || base > 62) return bad(c, 1, "the base must be between 2 and 62.");
  const n = parseInt(s, base);
  if (Number.isNaN(n) || !new RegExp(`^[-+]?[0-9a-zA-Z]+$`).test(s) || n.toString(base) !== s.replace(/^\+/, "").toLowerCase().replace(/^(-?)0+(?=.)/, "$1"))
    return bad(c, 0, `cannot parse "${s}" as a base ${base} integer.`);
  return N(n, c);
});
def("cidrsubnet", 3, 3, "strict", (a, c) => {
  const base = parseCidr(asString(a[0], c, 0), c, 0);
  return S(subnet(base, asInt(a[1], c, 1), BigInt(asInt(a[2], c, 2)), c), c);
});
def("cidrsubnets", 1, Infinity, "strict", (a, c) => {
  const base = parseCidr(asString(a[0], c, 0), c, 0);
  const out = [];
  let next = base.addr;
  const end = base.addr + (1n << BigInt(base.bits - base.prefix));
  for (let i = 1; i < a.length; i++) {
    const newbits = asInt(a[i], c, i);
    const prefix = base.prefix + newbits;
    if (newbits < 1 || prefix > base.bits) return bad(c, i, `cannot extend prefix /${base.prefix} by ${newbits} bits.`);
    const size = 1n << BigInt(base.bits - prefix);
    const start = (next + size - 1n) / size * size;
    if (start + size > end) return bad(c, i, "not enough remaining address space for a subnet of this size.");
    out.push(S(`${formatIp(start, base.bits)}/${prefix}`, c));
    next = start + size;
  }
  return L(out, c);
});
def("cidrhost", 2, 2, "strict", (a, c) => {
  const base = parseCidr(asString(a[0], c, 0), c, 0);
  const size = 1n << BigInt(base.bits - base.prefix);
  let host = BigInt(asInt(a[1], c, 1));
  if (host < 0n) host += size;
  if (host < 0n || host >= size) return bad(c, 1, `prefix of ${base.prefix} does not accommodate a host numbered ${a[1].kind === "number" ? a[1].value : ""}.`);
  return S(formatIp(base.addr + host, base.bits), c);
});
def("cidrnetmask", 1, 1, "strict", (a, c) => {
  const base = parseCidr(asString(a[0], c, 0), c, 0);
  if (base.bits !== 32) return bad(c, 0, "only IPv4 prefixes have a netmask.");
  return S(formatIp((1n << 32n) - 1n ^ (1n << BigInt(32 - base.prefix)) - 1n, 32), c);
});
def("file", 1, 1, "strict", (a, c) => {
  const f = readFileArg(a, c);
  return f ? mkStr(f.text, { file: f.path, line: 1, column: 1, endLine: 1, endColumn: 1 }) : unknownResult(c, void 0, "missing-file");
});
def("filebase64", 1, 1, "strict", (a, c) => {
  const f = readFileArg(a, c);
  return f ? S(Buffer.from(f.text, "utf8").toString("base64"), c) : unknownResult(c, void 0, "missing-file");
});
for (const [name, alg, enc] of [
  ["filemd5", "md5", "hex"],
  ["filesha1", "sha1", "hex"],
  ["filesha256", "sha256", "hex"],
  ["filesha512", "sha512", "hex"],
  ["filebase64sha256", "sha256", "base64"],
  ["filebase64sha512", "sha512", "base64"]
]) {
  def(name, 1, 1, "strict", (a, c) => {
    const f = readFileArg(a, c);
    return f ? S(digest(alg, f.text, enc), c) : unknownResult(c, void 0, "missing-file");
  });
}
def("fileexists", 1, 1, "strict", (a, c) => B(readFileArg(a, c) !== void 0, c));
def("fileset", 2, 2, "strict", (a, c) => {
  const { dir, files } = c.sc.host.filesUnder(asString(a[0], c, 0), argNode(c, 0), c.sc);
  const pattern = asString(a[1], c, 1);
  const matched = files.map((f) => path2.posix.relative(dir, f)).filter((rel) => minimatch(rel, pattern, { dot: true }));
  return L(
    matched.sort(compareStrings).map((m) => S(m, c)),
    c
  );
});
def("templatefile", 2, 2, "partial", (a, c) => {
  if (hasTopUnknown(a[0])) return unknownResult(c, a[0]);
  const vars = a[1];
  if (vars.kind === "unknown") return unknownResult(c, vars);
  const f = readFileArg(a, c);
  if (!f) return unknownResult(c, void 0, "missing-file");
  const template = c.sc.host.parseTemplate(f.text, f.path, c.node, c.sc);
  let inner = { host: c.sc.host, file: f.path, text: f.text, vars: void 0 };
  for (const [k, v] of asObject(vars, c, 1).entries) inner = bind(inner, k, v);
  const result = evaluate(template, inner);
  if (result.kind !== "string" && result.kind !== "unknown") {
    const s = primitiveToString(result);
    return s === void 0 ? callFail(c, `the template produced a ${typeName(result)}, not a string.`) : S(s, c);
  }
  return result;
});
def("templatestring", 2, 2, "partial", (a, c) => {
  if (hasTopUnknown(a[0])) return unknownResult(c, a[0]);
  if (a[1].kind === "unknown") return unknownResult(c, a[1]);
  const text = asString(a[0], c, 0);
  const template = c.sc.host.parseTemplate(text, c.sc.file, c.node, c.sc);
  let inner = { host: c.sc.host, file: c.sc.file, text, vars: void 0 };
  for (const [k, v] of asObject(a[1], c, 1).entries) inner = bind(inner, k, v);
  const result = evaluate(template, inner);
  return result.kind === "string" ? { ...result, span: c.span } : result;
});
def("basename", 1, 1, "strict", (a, c) => S(path2.posix.basename(asString(a[0], c, 0)), c));
def("dirname", 1, 1, "strict", (a, c) => S(path2.posix.dirname(asString(a[0], c, 0)), c));
def("abspath", 1, 1, "strict", (a, c) => {
  const cwd = c.sc.host.namedValue("path", "cwd", c.node, c.sc);
  return S(path2.posix.resolve(cwd.kind === "string" ? cwd.value : "/", asString(a[0], c, 0)), c);
});
def("pathexpand", 1, 1, "strict", (a, c) => {
  const p = asString(a[0], c, 0);
  return p.startsWith("~") ? unknownResult(c, void 0, "environment") : S(p, c);
});
for (const name of ["uuid", "timestamp", "bcrypt", "uuidv5", "plantimestamp"]) def(name, 0, Infinity, "partial", (_a, c) => unknownResult(c, void 0, "apply-time-function"));
function callTry(node, sc) {
  if (node.args.length === 0) return fail("try(): at least one argument is required.", node, sc);
  const errors = [];
  for (const arg of node.args) {
    try {
      const v = evaluateOrError(arg, sc);
      if (!(v instanceof EvalError)) return v;
      errors.push(v.message);
    } catch (err) {
      if (!(err instanceof EvalError)) throw err;
      errors.push(err.message);
    }
  }
  return fail(`try(): no argument could be evaluated without errors: ${errors.join(" / ")}`, node, sc);
}
function callCan(node, sc) {
  if (node.args.length !== 1) return fail("can(): exactly one argument is required.", node, sc);
  try {
    const v = evaluateOrError(node.args[0], sc);
    if (v instanceof EvalError) return mkBool(false, exprSpan(node, sc));
    if (v.kind === "unknown") return mkUnknown(exprText(node, sc), exprSpan(node, sc), v.reason ?? "unknown");
    return mkBool(true, exprSpan(node, sc));
  } catch (err) {
    if (!(err instanceof EvalError)) throw err;
    return mkBool(false, exprSpan(node, sc));
  }
}
function callFunction2(node, sc) {
  if (node.name === "try") return callTry(node, sc);
  if (node.name === "can") return callCan(node, sc);
  const span = exprSpan(node, sc);
  const fn = fns.get(node.name);
  if (!fn) return mkUnknown(exprText(node, sc), span, "unsupported-function");
  let args = node.args.map((a) => evaluate(a, sc));
  if (node.expandFinal && args.length > 0) {
    const last = args[args.length - 1];
    if (last.kind === "unknown") return mkUnknown(exprText(node, sc), span, last.reason ?? "unknown");
    if (last.kind !== "list") return fail(`${node.name}(): the argument before "..." must be a list, got ${typeName(last)}.`, node.args[node.args.length - 1], sc);
    args = [...args.slice(0, -1), ...last.items];
  }
  if (args.length < fn.min || args.length > fn.max) {
    const expected = fn.min === fn.max ? `${fn.min}` : fn.max === Infinity ? `at least ${fn.min}` : `${fn.min} to ${fn.max}`;
    return fail(`${node.name}(): ${expected} argument${fn.max === 1 ? "" : "s"} expected, got ${args.length}.`, node, sc);
  }
  const c = { node, sc, span };
  if (fn.unknowns !== "partial") {
    for (const a of args) {
      if (fn.unknowns === "strict" ? hasTopUnknown(a) : !isWhollyKnown(a)) return unknownResult(c, a);
    }
  }
  return fn.impl(args, c);
}
setFunctionCaller(callFunction2);

// src/evaluate/terraform/module.ts
var MAX_INSTANCES = 1e5;
var MAX_MODULE_INSTANCES = 2e4;
var MAX_MODULE_DEPTH = 32;
var ModuleDef = class {
  constructor(dir, files) {
    this.dir = dir;
    this.files = files;
    for (const file of files) {
      for (const block of file.hcl.body.blocks) {
        const [l0, l1] = block.labels;
        switch (block.blockType) {
          case "variable":
            if (l0 !== void 0 && !this.variables.has(l0)) this.variables.set(l0, { name: l0, block, file });
            break;
          case "locals":
            for (const attr of block.body.attributes) if (!this.locals.has(attr.name)) this.locals.set(attr.name, { attr, file });
            break;
          case "output":
            if (l0 !== void 0 && !this.outputs.has(l0)) this.outputs.set(l0, { block, file });
            break;
          case "resource":
          case "data": {
            if (l0 === void 0 || l1 === void 0) break;
            const mode = block.blockType === "resource" ? "managed" : "data";
            const key = `${mode}:${l0}.${l1}`;
            if (!this.resources.has(key)) this.resources.set(key, { mode, type: l0, name: l1, block, file });
            break;
          }
          case "module": {
            if (l0 === void 0 || this.moduleCalls.has(l0)) break;
            const src = block.body.attributes.find((a) => a.name === "source");
            const literal = src ? staticString(src.expr) : void 0;
            const source = literal ?? (src ? file.text.slice(src.expr.range.start.offset, src.expr.range.end.offset) : "");
            const call = { name: l0, block, file, source, sourceSpan: spanOf((src ?? block).range, file.path) };
            const localDir = literal === void 0 ? void 0 : localModuleDir(dir, literal);
            if (localDir !== void 0) call.localDir = localDir;
            this.moduleCalls.set(l0, call);
            break;
          }
          default:
            break;
        }
      }
    }
  }
  dir;
  files;
  variables = /* @__PURE__ */ new Map();
  locals = /* @__PURE__ */ new Map();
  outputs = /* @__PURE__ */ new Map();
  resources = /* @__PURE__ */ new Map();
  moduleCalls = /* @__PURE__ */ new Map();
};
function staticString(e) {
  if (e.type === "Literal") return typeof e.value === "string" ? e.value : void 0;
  if (e.type === "Template" && e.parts.every((p) => p.type === "TemplateLiteral")) return e.parts.map((p) => p.type === "TemplateLiteral" ? p.value : "").join("");
  return void 0;
}
var RESOURCE_META_ATTRS = /* @__PURE__ */ new Set(["count", "for_each", "provider", "depends_on"]);
var RESOURCE_META_BLOCKS = /* @__PURE__ */ new Set(["lifecycle", "provisioner", "connection"]);
var MODULE_META_ATTRS = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
var NO_NAMES = /* @__PURE__ */ new Set();
var BUSY = /* @__PURE__ */ Symbol("busy");
function instanceSuffix(key) {
  if (key === void 0) return "";
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
var ModuleInstance = class _ModuleInstance {
  constructor(ctx, def2, modulePath, rootDir, inputs, rootInputs, ancestry, quiet = false) {
    this.ctx = ctx;
    this.def = def2;
    this.modulePath = modulePath;
    this.rootDir = rootDir;
    this.inputs = inputs;
    this.rootInputs = rootInputs;
    this.ancestry = ancestry;
    this.quiet = quiet;
  }
  ctx;
  def;
  modulePath;
  rootDir;
  inputs;
  rootInputs;
  ancestry;
  quiet;
  varValues = /* @__PURE__ */ new Map();
  varsWithoutValue = /* @__PURE__ */ new Set();
  fileScopes = /* @__PURE__ */ new Map();
  localValues = /* @__PURE__ */ new Map();
  outputValues = /* @__PURE__ */ new Map();
  resourceStates = /* @__PURE__ */ new Map();
  callStates = /* @__PURE__ */ new Map();
  // ---- safe evaluation ---------------------------------------------------------------------------------------------
  scopeFor(file, bindings = []) {
    let sc = this.fileScopes.get(file);
    if (!sc) {
      sc = { host: this, file: file.path, text: file.text, vars: void 0 };
      this.fileScopes.set(file, sc);
    }
    for (const [n, v] of bindings) sc = bind(sc, n, v);
    return sc;
  }
  /** Block bodies being evaluated for an unknown count/for_each: Terraform would not evaluate them yet. */
  quietBlocks = [];
  /**
   * Reports an evaluation error, except where Terraform would not have evaluated the expression: anywhere in a
   * module instance whose count/for_each is unknown (`quiet`) and inside resources whose count/for_each is unknown.
   */
  report(err) {
    if (this.quiet) return;
    for (const q of this.quietBlocks) if (q.file === err.file && contains(q.range, err.range)) return;
    this.ctx.reportError(err);
  }
  /** Evaluates an expression; an error is reported and becomes an unknown (reason `error`). */
  safeEval(e, sc) {
    try {
      return evaluate(e, sc);
    } catch (err) {
      if (err instanceof BudgetExhausted) throw err;
      this.report(asEvalError(err, e, sc));
      return mkUnknown(exprText(e, sc), exprSpan(e, sc), "error");
    }
  }
  // ---- EvalHost ----------------------------------------------------------------------------------------------------
  variable(name, node, sc) {
    const cached = this.varValues.get(name);
    if (cached) return cached;
    if (this.varsWithoutValue.has(name)) return mkUnknown(`var.${name}`, exprSpan(node, sc), "input-variable");
    const decl = this.def.variables.get(name);
    if (!decl) return fail(`Reference to undeclared input variable "${name}".`, node, sc);
    const declScope = this.scopeFor(decl.file);
    const attr = (n) => decl.block.body.attributes.find((a) => a.name === n);
    if (decl.type === void 0) {
      const typeAttr = attr("type");
      decl.type = typeAttr ? parseType(typeAttr.expr, (e) => this.safeEval(e, declScope)) : { kind: "any" };
    }
    let value;
    const input = this.inputs?.get(name);
    if (input) value = this.safeEval(input.attr.expr, input.scope);
    else if (this.rootInputs) {
      const cli = this.rootInputs.cli.get(name);
      value = cli !== void 0 ? this.rootInputs.parseCliValue(cli, decl.type) : this.rootInputs.values.get(name);
    }
    const nullableAttr = attr("nullable");
    const nullable = !(nullableAttr && nullableAttr.expr.type === "Literal" && nullableAttr.expr.value === false);
    if (value === void 0 || value.kind === "null" && !nullable) {
      const dflt = attr("default");
      if (dflt) value = this.safeEval(dflt.expr, declScope);
    }
    if (value === void 0) {
      this.varsWithoutValue.add(name);
      return mkUnknown(`var.${name}`, exprSpan(node, sc), "input-variable");
    }
    value = convertToType(value, decl.type);
    this.varValues.set(name, value);
    return value;
  }
  local(name, node, sc) {
    const cached = this.localValues.get(name);
    if (cached === BUSY) return fail(`Cycle: local.${name} refers to itself (directly or through other values).`, node, sc);
    if (cached) return cached;
    const decl = this.def.locals.get(name);
    if (!decl) return fail(`Reference to undeclared local value "${name}".`, node, sc);
    this.localValues.set(name, BUSY);
    const value = this.safeEval(decl.attr.expr, this.scopeFor(decl.file));
    this.localValues.set(name, value);
    return value;
  }
  namedValue(root, name, node, sc) {
    const span = exprSpan(node, sc);
    if (root === "terraform" && name === "workspace") return mkStr("default", span);
    if (root === "path") {
      if (name === "module") return mkStr(path3.posix.relative(this.rootDir, this.def.dir) || ".", span);
      if (name === "root") return mkStr(".", span);
      if (name === "cwd") return mkStr(path3.posix.join(this.ctx.repoRoot.split(path3.sep).join("/"), this.rootDir), span);
    }
    return fail(`Unknown attribute "${name}" of "${root}".`, node, sc);
  }
  readFile(p, node, sc) {
    const rel = this.repoPath(p, node, sc);
    const text = this.ctx.readFile(rel);
    return text === void 0 ? void 0 : { path: rel, text };
  }
  filesUnder(p, node, sc) {
    const dir = this.repoPath(p, node, sc);
    return { dir, files: this.ctx.filesUnder(dir) };
  }
  parseTemplate(text, file, node, sc) {
    return this.ctx.parseTemplate(text, file, node, sc);
  }
  /** Resolves a path relative to the working directory (the root module) to a repository-relative path. */
  repoPath(p, node, sc) {
    const root = this.ctx.repoRoot.split(path3.sep).join("/");
    let rel;
    if (path3.posix.isAbsolute(p)) rel = path3.posix.relative(root, p);
    else rel = path3.posix.normalize(path3.posix.join(this.rootDir, p));
    if (rel === ".." || rel.startsWith("../") || path3.posix.isAbsolute(rel))
      return fail(`The path "${p}" is outside the scanned directory; only files inside it are read.`, node, sc);
    return rel === "." ? "" : rel.replace(/\/$/, "");
  }
  resource(mode, type, name, node, sc) {
    if (mode === "ephemeral") {
      const address = (this.modulePath ? this.modulePath + "." : "") + `ephemeral.${type}.${name}`;
      return markResource(mkObj(/* @__PURE__ */ new Map(), exprSpan(node, sc)), { address, type });
    }
    const state = this.resourceState(mode, type, name);
    if (!state) return fail(`Reference to undeclared ${mode === "data" ? "data source" : "resource"} "${mode === "data" ? "data." : ""}${type}.${name}".`, node, sc);
    if (state.value) return state.value;
    const { expansion } = state;
    let value;
    switch (expansion.kind) {
      case "single":
        value = this.instanceObject(state, 0, node, sc);
        break;
      case "count":
        value = mkList(
          expansion.instances.map((_, i) => this.instanceObject(state, i, node, sc)),
          spanOf(state.decl.block.range, state.decl.file.path)
        );
        break;
      case "for_each": {
        const entries = /* @__PURE__ */ new Map();
        expansion.instances.forEach((inst, i) => entries.set(String(inst.key), this.instanceObject(state, i, node, sc)));
        value = mkObj(entries, spanOf(state.decl.block.range, state.decl.file.path));
        break;
      }
      case "unknown": {
        const u = mkUnknown(state.baseAddress, spanOf(state.decl.block.range, state.decl.file.path), "unknown-count");
        value = markUnknownCollection(u, this.instanceObject(state, 0, node, sc));
        break;
      }
    }
    state.value = value;
    return value;
  }
  moduleRef(name, node, sc) {
    const state = this.callState(name, node, sc);
    if (state.value) return state.value;
    const span = spanOf(state.decl.block.range, state.decl.file.path);
    let value;
    if (!state.expansion) value = mkUnknown(exprText(node, sc), exprSpan(node, sc), state.unresolvedReason === "remote" ? "remote-module" : "missing-module");
    else {
      const outputs = state.children.map((child) => child.outputsObject());
      switch (state.expansion.kind) {
        case "single":
          value = outputs[0];
          break;
        case "count":
          value = mkList(outputs, span);
          break;
        case "for_each":
          value = mkObj(new Map(state.expansion.instances.map((inst, i) => [String(inst.key), outputs[i]])), span);
          break;
        case "unknown":
          value = markUnknownCollection(mkUnknown(`module.${name}`, span, "unknown-count"), outputs[0]);
          break;
      }
    }
    state.value = value;
    return value;
  }
  moduleOutput(name, key, output, node, sc) {
    const state = this.callState(name, node, sc);
    if (!state.expansion) return mkUnknown(exprText(node, sc), exprSpan(node, sc), state.unresolvedReason === "remote" ? "remote-module" : "missing-module");
    const { kind, instances } = state.expansion;
    let child;
    if (kind === "unknown") child = state.children[0];
    else if (key === void 0) {
      if (kind === "single") child = state.children[0];
      else return fail(`module.${name} has ${kind}; select an instance (module.${name}[KEY].${output}).`, node, sc);
    } else {
      if (!isWhollyKnown(key)) return mkUnknown(exprText(node, sc), exprSpan(node, sc), firstUnknown(key)?.reason ?? "unknown");
      const wanted = kind === "count" ? key.kind === "number" ? key.value : key.kind === "string" ? parseNumber(key.value) : void 0 : key.kind === "string" ? key.value : key.kind === "number" ? formatNumber(key.value) : void 0;
      const i = kind === "single" ? -1 : instances.findIndex((inst) => inst.key === wanted);
      if (i < 0) return fail(`module.${name}${kind === "single" ? " has no count or for_each" : ` has no instance with the key ${typeName(key)} ${JSON.stringify(wanted ?? null)}`}.`, node, sc);
      child = state.children[i];
    }
    return child.output(output, node, sc);
  }
  // ---- outputs -------------------------------------------------------------------------------------------------------
  outputs;
  /** All outputs as one object (for `module.x` used as a whole value). */
  outputsObject() {
    if (this.outputs) return this.outputs;
    const entries = /* @__PURE__ */ new Map();
    this.outputs = mkObj(entries, void 0);
    for (const [name, decl] of this.def.outputs) {
      const sc = this.scopeFor(decl.file);
      const v = this.outputValue(name, decl.block, sc);
      entries.set(name, v);
    }
    return this.outputs;
  }
  output(name, node, sc) {
    const decl = this.def.outputs.get(name);
    if (!decl) return fail(`The module at ${this.def.dir || "."} has no output named "${name}".`, node, sc);
    return this.outputValue(name, decl.block, sc);
  }
  outputValue(name, block, sc) {
    const cached = this.outputValues.get(name);
    if (cached === BUSY) return mkUnknown(`${this.modulePath}.${name}`, exprSpan(block, sc), "cycle");
    if (cached) return cached;
    const decl = this.def.outputs.get(name);
    const valueAttr = decl.block.body.attributes.find((a) => a.name === "value");
    this.outputValues.set(name, BUSY);
    const value = valueAttr ? this.safeEval(valueAttr.expr, this.scopeFor(decl.file)) : mkNull(spanOf(decl.block.range, decl.file.path));
    this.outputValues.set(name, value);
    return value;
  }
  // ---- expansion -----------------------------------------------------------------------------------------------------
  /** count / for_each of a resource or module call. Errors are reported; the result is always usable. */
  expand(block, scope) {
    const countAttr = block.body.attributes.find((a) => a.name === "count");
    const forEachAttr = block.body.attributes.find((a) => a.name === "for_each");
    if (countAttr) {
      const v = this.safeEval(countAttr.expr, scope);
      let n;
      try {
        n = v.kind === "null" ? fail("count must not be null.", countAttr.expr, scope) : toNumber(v, countAttr.expr, scope);
        if (n !== void 0 && (!Number.isInteger(n) || n < 0)) fail(`count must be a whole number of at least 0, got ${formatNumber(n)}.`, countAttr.expr, scope);
        if (n !== void 0 && n > MAX_INSTANCES) fail(`count expands to ${n} instances; limit 100,000.`, countAttr.expr, scope);
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
        this.report(err);
        return unknownExpansion(v, "count");
      }
      if (n === void 0) return unknownExpansion(v, "count");
      const instances = [];
      for (let i = 0; i < n; i++) instances.push({ key: i, bindings: [["count", mkObj(/* @__PURE__ */ new Map([["index", { kind: "number", value: i, span: exprSpan(countAttr.expr, scope) }]]), void 0)]] });
      return { instances, kind: "count" };
    }
    if (forEachAttr) {
      const v = this.safeEval(forEachAttr.expr, scope);
      const span = exprSpan(forEachAttr.expr, scope);
      try {
        const keyed = forEachItems(v, forEachAttr.expr, scope);
        if (!keyed) return unknownExpansion(v, "for_each");
        if (keyed.length > MAX_INSTANCES) fail(`for_each expands to ${keyed.length} instances; limit 100,000.`, forEachAttr.expr, scope);
        const instances = keyed.map(([k, value]) => ({ key: k, bindings: [["each", mkObj(/* @__PURE__ */ new Map([["key", mkStr(k, span)], ["value", value]]), span)]] }));
        return { instances, kind: "for_each" };
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
        this.report(err);
        return unknownExpansion(v, "for_each");
      }
    }
    return { instances: [{ bindings: [] }], kind: "single" };
  }
  // ---- resources -----------------------------------------------------------------------------------------------------
  resourceState(mode, type, name) {
    const key = `${mode}:${type}.${name}`;
    const existing = this.resourceStates.get(key);
    if (existing) return existing;
    const decl = this.def.resources.get(key);
    if (!decl) return void 0;
    const baseAddress = (this.modulePath ? this.modulePath + "." : "") + (mode === "data" ? "data." : "") + `${type}.${name}`;
    const state = { decl, baseAddress, expansion: { instances: [], kind: "single" }, bodies: [], objects: [] };
    this.resourceStates.set(key, state);
    state.expansion = this.expand(decl.block, this.scopeFor(decl.file));
    return state;
  }
  instanceBody(state, i, node, sc) {
    const done = state.bodies[i];
    if (done === "busy") {
      if (node && sc) return fail(`Cycle: ${state.baseAddress} refers to itself (directly or through other values).`, node, sc);
      return { entries: /* @__PURE__ */ new Map(), spans: /* @__PURE__ */ new Map() };
    }
    if (done) return done;
    state.bodies[i] = "busy";
    const inst = state.expansion.instances[i];
    const mark = { address: state.baseAddress + instanceSuffix(inst.key), type: state.decl.type };
    const quiet = state.expansion.kind === "unknown";
    if (quiet) this.quietBlocks.push({ file: state.decl.file.path, range: state.decl.block.body.range });
    const body = this.evalBody(state.decl.block.body, this.scopeFor(state.decl.file, inst.bindings), RESOURCE_META_ATTRS, RESOURCE_META_BLOCKS, mark);
    if (quiet) this.quietBlocks.pop();
    state.bodies[i] = body;
    return body;
  }
  instanceObject(state, i, node, sc) {
    const existing = state.objects[i];
    if (existing) return existing;
    const body = this.instanceBody(state, i, node, sc);
    const inst = state.expansion.instances[i];
    const obj = markResource(mkObj(body.entries, spanOf(state.decl.block.range, state.decl.file.path)), {
      address: state.baseAddress + instanceSuffix(inst.key),
      type: state.decl.type
    });
    state.objects[i] = obj;
    return obj;
  }
  /** Evaluates a resource body: attributes, nested blocks as lists of objects, dynamic blocks expanded. */
  evalBody(body, sc, skipAttrs, skipBlocks, mark) {
    const spans = /* @__PURE__ */ new Map();
    return { entries: this.evalBodyEntries(body, sc, skipAttrs, skipBlocks, mark, spans), spans };
  }
  /**
   * The entries of a block body; `spans` (a resource's own body) also gets the span of each argument. Nested blocks
   * have no spans map of their own: their objects and values carry spans.
   */
  evalBodyEntries(body, sc, skipAttrs, skipBlocks, mark, spans) {
    const entries = /* @__PURE__ */ new Map();
    let blockLists;
    const blockList = (type, span) => {
      blockLists ??= /* @__PURE__ */ new Map();
      let list = blockLists.get(type);
      if (!list) {
        list = [];
        blockLists.set(type, list);
        entries.set(type, mkList(list, span));
        if (spans && !spans.has(type)) spans.set(type, span);
      }
      return list;
    };
    for (const item of body.items) {
      if (item.type === "Attribute") {
        if (skipAttrs.has(item.name)) continue;
        entries.set(item.name, this.safeEval(item.expr, sc));
        if (spans) spans.set(item.name, exprSpan(item, sc));
        continue;
      }
      if (skipBlocks.has(item.blockType)) continue;
      if (item.blockType === "dynamic" && item.labels.length > 0) {
        const span2 = exprSpan(item, sc);
        const list = blockList(item.labels[0], span2);
        for (const obj2 of this.expandDynamic(item, sc, mark)) list.push(obj2);
        continue;
      }
      const span = exprSpan(item, sc);
      const obj = mkObj(this.evalBodyEntries(item.body, sc, NO_NAMES, NO_NAMES, mark), span);
      blockList(item.blockType, span).push(mark ? markResource(obj, mark) : obj);
    }
    return entries;
  }
  /** `dynamic "x" { for_each, iterator, labels, content {} }` → one object per element (one with unknowns when the collection is unknown). */
  expandDynamic(block, sc, mark) {
    const span = exprSpan(block, sc);
    const forEach = block.body.attributes.find((a) => a.name === "for_each");
    const iteratorAttr = block.body.attributes.find((a) => a.name === "iterator");
    const content = block.body.blocks.find((b) => b.blockType === "content");
    if (!forEach || !content) {
      this.report(new EvalError(`A dynamic block needs a for_each argument and a content block.`, sc.file, block.range));
      return [];
    }
    const iterName = iteratorAttr?.expr.type === "Variable" ? iteratorAttr.expr.name : block.labels[0];
    const coll = this.safeEval(forEach.expr, sc);
    const one = (key, value) => {
      const inner = bind(sc, iterName, mkObj(/* @__PURE__ */ new Map([["key", key], ["value", value]]), value.span));
      const obj = mkObj(this.evalBodyEntries(content.body, inner, NO_NAMES, NO_NAMES, mark), span);
      return mark ? markResource(obj, mark) : obj;
    };
    if (coll.kind === "unknown") {
      const u = mkUnknown(exprText(forEach.expr, sc), exprSpan(forEach.expr, sc), coll.reason ?? "unknown");
      return [one(u, u)];
    }
    if (coll.kind === "null") {
      this.report(new EvalError("The for_each of a dynamic block must not be null.", sc.file, forEach.expr.range));
      return [];
    }
    const pairs = iterate(coll);
    if (!pairs) {
      this.report(new EvalError(`The for_each of a dynamic block needs a collection, got ${typeName(coll)}.`, sc.file, forEach.expr.range));
      return [];
    }
    if (pairs.length > MAX_INSTANCES) {
      this.report(new EvalError(`for_each expands to ${pairs.length} instances; limit 100,000.`, sc.file, forEach.expr.range));
      return [];
    }
    return pairs.map(([k, v]) => one(k, v));
  }
  // ---- module calls --------------------------------------------------------------------------------------------------
  callState(name, node, sc) {
    const existing = this.callStates.get(name);
    if (existing) return existing;
    const decl = this.def.moduleCalls.get(name);
    if (!decl) return fail(`Reference to undeclared module "${name}".`, node, sc);
    return this.startCall(decl);
  }
  startCall(decl) {
    const state = { decl, children: [] };
    this.callStates.set(decl.name, state);
    const address = (this.modulePath ? this.modulePath + "." : "") + `module.${decl.name}`;
    const unresolved = (reason, kind) => {
      state.unresolvedReason = kind;
      this.ctx.unresolved.push({ address, source: decl.source, span: decl.sourceSpan, reason });
      return state;
    };
    if (decl.localDir === void 0) return unresolved("remote module source; not fetched", "remote");
    const childDef = this.ctx.defs.get(decl.localDir);
    if (!childDef) return unresolved(`local module directory "${decl.localDir || "."}" has no scanned Terraform files`, "missing");
    if (decl.localDir === this.def.dir || this.ancestry.includes(decl.localDir)) return unresolved("module calls itself (directly or through other modules)", "missing");
    if (this.ancestry.length >= MAX_MODULE_DEPTH) return unresolved(`modules nested deeper than ${MAX_MODULE_DEPTH} levels`, "missing");
    const callerScope = this.scopeFor(decl.file);
    const expansion = this.expand(decl.block, callerScope);
    this.ctx.moduleInstances += expansion.instances.length;
    if (this.ctx.moduleInstances > MAX_MODULE_INSTANCES) return unresolved(`more than ${MAX_MODULE_INSTANCES} module instances in this scan`, "missing");
    state.expansion = expansion;
    const args = decl.block.body.attributes.filter((a) => !MODULE_META_ATTRS.has(a.name));
    for (const inst of expansion.instances) {
      const scope = this.scopeFor(decl.file, inst.bindings);
      const inputs = new Map(args.map((a) => [a.name, { attr: a, scope }]));
      state.children.push(
        new _ModuleInstance(this.ctx, childDef, address + instanceSuffix(inst.key), this.rootDir, inputs, void 0, [...this.ancestry, this.def.dir], this.quiet || expansion.kind === "unknown")
      );
    }
    return state;
  }
  // ---- emission ------------------------------------------------------------------------------------------------------
  /** Evaluates every resource of this module and its called modules into the output list. */
  emit() {
    for (const decl of this.def.resources.values()) {
      const state = this.resourceState(decl.mode, decl.type, decl.name);
      state.expansion.instances.forEach((inst, i) => {
        const body = this.instanceBody(state, i);
        this.ctx.resources.push({
          mode: decl.mode,
          type: decl.type,
          name: decl.name,
          address: state.baseAddress + instanceSuffix(inst.key),
          baseAddress: state.baseAddress,
          modulePath: this.modulePath,
          span: spanOf(decl.block.range, decl.file.path),
          body: body.entries,
          attrSpans: body.spans,
          ...inst.key !== void 0 ? { instanceKey: inst.key } : {}
        });
      });
    }
    for (const decl of this.def.moduleCalls.values()) {
      const state = this.callStates.get(decl.name) ?? this.startCall(decl);
      for (const child of state.children) child.emit();
    }
  }
};
function unknownExpansion(v, kind) {
  const reason = v.kind === "unknown" ? v.reason ?? "unknown" : "error";
  const bindings = kind === "count" ? [["count", mkObj(/* @__PURE__ */ new Map([["index", mkUnknown("count.index", v.span, reason)]]), v.span)]] : [["each", mkObj(/* @__PURE__ */ new Map([["key", mkUnknown("each.key", v.span, reason)], ["value", mkUnknown("each.value", v.span, reason)]]), v.span)]];
  return { instances: [{ bindings }], kind: "unknown" };
}
function forEachItems(v, node, sc) {
  if (v.kind === "unknown") return void 0;
  if (v.kind === "object") return sortedKeys(v).map((k) => [k, v.entries.get(k)]);
  if (v.kind === "list") {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const item of v.items) {
      if (item.kind === "unknown" || item.kind === "string" && item.unknowns?.length) return void 0;
      if (item.kind !== "string") return fail(`for_each needs a map or a set of strings; this collection holds a ${typeName(item)}.`, node, sc);
      if (seen.has(item.value)) continue;
      seen.add(item.value);
      out.push([item.value, item]);
    }
    return out.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  }
  if (v.kind === "null") return fail("for_each must not be null.", node, sc);
  return fail(`for_each needs a map or a set of strings, got ${typeName(v)}.`, node, sc);
}
function contains(outer, inner) {
  return outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;
}
function asEvalError(err, e, sc) {
  if (err instanceof EvalError) return err;
  if (err instanceof RangeError && /Invalid (string|array) length/.test(err.message)) return new EvalError(`This expression builds a value too large to evaluate (${err.message}).`, sc.file, e.range);
  if (err instanceof RangeError) return new EvalError(`This expression is nested too deeply to evaluate (${err.message}).`, sc.file, e.range);
  return new EvalError(`Internal error while evaluating this expression: ${err instanceof Error ? err.message : String(err)}`, sc.file, e.range);
}

// src/evaluate/terraform/index.ts
var isJson = (p) => p.toLowerCase().endsWith(".json");
var isVarsFile = (p) => /\.tfvars(\.json)?$/i.test(p);
var isConfigFile = (p) => /\.tf(\.json)?$/i.test(p);
function autoVarsRank(name) {
  if (name === "terraform.tfvars") return 0;
  if (name === "terraform.tfvars.json") return 1;
  if (/\.auto\.tfvars(\.json)?$/.test(name)) return 2;
  return void 0;
}
var staticHost = {
  variable: (n, node, sc) => fail(`Variables may not be used here (var.${n}).`, node, sc),
  local: (n, node, sc) => fail(`Local values may not be used here (local.${n}).`, node, sc),
  moduleRef: (n, node, sc) => fail(`Module outputs may not be used here (module.${n}).`, node, sc),
  moduleOutput: (n, _k, _o, node, sc) => fail(`Module outputs may not be used here (module.${n}).`, node, sc),
  resource: (_m, t, n, node, sc) => fail(`Resource attributes may not be used here (${t}.${n}).`, node, sc),
  namedValue: (r, n, node, sc) => fail(`"${r}.${n}" may not be used here.`, node, sc),
  readFile: (_p, node, sc) => fail("Functions that read files may not be used here.", node, sc),
  filesUnder: (_p, node, sc) => fail("Functions that read files may not be used here.", node, sc),
  parseTemplate: (_t, _f, node, sc) => fail("templatefile may not be used here.", node, sc)
};
function stripSpans(v) {
  const { span: _span, ...rest } = v;
  switch (rest.kind) {
    case "list":
      return { ...rest, items: rest.items.map(stripSpans) };
    case "object":
      return { ...rest, entries: new Map([...rest.entries].map(([k, x]) => [k, stripSpans(x)])) };
    default:
      return rest;
  }
}
var TEMPLATE_MARKER = "GRANTLINT_TEMPLATE_END_7F3A";
function shiftRanges(node, prefix) {
  if (Array.isArray(node)) {
    for (const n of node) shiftRanges(n, prefix);
    return;
  }
  if (!node || typeof node !== "object") return;
  const rec = node;
  for (const [k, v] of Object.entries(rec)) {
    if (k === "range" && v && typeof v === "object") {
      const r = v;
      rec.range = {
        start: { line: r.start.line - 1, column: r.start.column, offset: r.start.offset - prefix },
        end: { line: r.end.line - 1, column: r.end.column, offset: r.end.offset - prefix }
      };
    } else if (v && typeof v === "object") shiftRanges(v, prefix);
  }
}
function parseTemplateText(text, file, node, sc) {
  if (text.split(/\r?\n/).includes(TEMPLATE_MARKER)) return fail(`The template ${file} cannot be read.`, node, sc);
  const endsWithNewline = text.endsWith("\n");
  const prefix = `t = <<${TEMPLATE_MARKER}
`;
  const wrapped = prefix + text + (endsWithNewline ? "" : "\n") + TEMPLATE_MARKER + "\n";
  const parsed = parseHcl(wrapped, file);
  const attr = parsed.file.body.attributes[0];
  if (parsed.errors.length > 0 || !attr || attr.expr.type !== "Template") {
    const e = parsed.errors[0];
    const line = e ? e.range.start.line - 1 : 1;
    throw new EvalError(`Invalid template ${file}:${line}:${e?.range.start.column ?? 1}: ${e?.message ?? "not a template"}`, sc.file, node.range);
  }
  const template = attr.expr;
  shiftRanges(template, prefix.length);
  const lines = text.split("\n");
  const lastLine = lines[lines.length - 1];
  template.range = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: lines.length, column: lastLine.length + 1, offset: text.length }
  };
  if (!endsWithNewline) {
    const last = template.parts[template.parts.length - 1];
    if (last?.type === "TemplateLiteral" && last.value.endsWith("\n")) last.value = last.value.slice(0, -1);
  }
  return template;
}
function evaluateTerraform(files, all, options, knownCalls) {
  const errors = [];
  const seenErrors = /* @__PURE__ */ new Set();
  const reportError = (err) => {
    const e = err instanceof EvalError ? { file: err.file, line: err.range.start.line, column: err.range.start.column, endLine: err.range.end.line, endColumn: err.range.end.column, message: err.message, code: "evaluate" } : err;
    const key = `${e.file}:${e.line}:${e.column}:${e.code}:${e.message}`;
    if (seenErrors.has(key)) return;
    seenErrors.add(key);
    errors.push(e);
  };
  const comments = /* @__PURE__ */ new Map();
  const parseFile = (p, text) => {
    const result = isJson(p) ? parseTfJson(text, p) : parseHcl(text, p);
    for (const e of result.errors) {
      reportError({ file: p, line: e.range.start.line, column: e.range.start.column, endLine: e.range.end.line, endColumn: e.range.end.column, message: e.message, code: "parse" });
    }
    const directives = result.file.comments.filter(mayHoldDirective);
    if (directives.length > 0) {
      comments.set(
        p,
        directives.map((c) => ({ line: c.range.start.line, column: c.range.start.column, endLine: c.range.end.line, text: c.text }))
      );
    }
    return { path: p, text, hcl: result.file };
  };
  const configByDir = /* @__PURE__ */ new Map();
  const varsByDir = /* @__PURE__ */ new Map();
  const parsedVarFiles = /* @__PURE__ */ new Map();
  for (const f of [...files].sort((a, b) => compareStrings(a.path, b.path))) {
    const dir = dirOf(f.path);
    if (isConfigFile(f.path)) {
      const list = configByDir.get(dir) ?? [];
      list.push(f);
      configByDir.set(dir, list);
    } else if (isVarsFile(f.path) && autoVarsRank(path4.posix.basename(f.path)) !== void 0) {
      const parsed = parseFile(f.path, f.text);
      parsedVarFiles.set(f.path, parsed);
      const list = varsByDir.get(dir) ?? [];
      list.push(parsed);
      varsByDir.set(dir, list);
    } else if (isVarsFile(f.path)) {
      parsedVarFiles.set(f.path, parseFile(f.path, f.text));
    }
  }
  const loaded = /* @__PURE__ */ new Map();
  const parsedCalls = /* @__PURE__ */ new Map();
  const defs = {
    get(dir) {
      let def2 = loaded.get(dir);
      if (def2) return def2;
      const list = configByDir.get(dir);
      if (!list) return void 0;
      def2 = new ModuleDef(
        dir,
        list.map((f) => parseFile(f.path, f.text))
      );
      loaded.set(dir, def2);
      parsedCalls.set(dir, localCalls([...def2.moduleCalls.values()].map((c) => c.localDir)));
      return def2;
    }
  };
  const localCalls = (dirsCalled) => [...new Set(dirsCalled.filter((d) => d !== void 0 && configByDir.has(d)))].sort(compareStrings);
  const calls = knownCalls ?? new Map([...configByDir].map(([dir, list]) => [dir, localCalls(list.flatMap((f) => calledDirs(f)))]));
  let sortedPaths;
  const filesByDir = /* @__PURE__ */ new Map();
  const ctx = {
    defs,
    resources: [],
    unresolved: [],
    reportError,
    readFile: (p) => all.get(p)?.text,
    filesUnder: (dir) => {
      let list = filesByDir.get(dir);
      if (!list) {
        const prefix = dir === "" ? "" : dir + "/";
        sortedPaths ??= [...all.keys()].sort(compareStrings);
        list = sortedPaths.filter((p) => p.startsWith(prefix));
        filesByDir.set(dir, list);
      }
      return list;
    },
    parseTemplate: parseTemplateText,
    repoRoot: options.root,
    moduleInstances: 0
  };
  const rootPosix = options.root.split(path4.sep).join("/");
  const extraVarFiles = [];
  for (const abs of options.varFiles) {
    const absPosix = abs.split(path4.sep).join("/");
    const rel = path4.posix.relative(rootPosix, absPosix);
    const shown = rel.startsWith("..") || path4.posix.isAbsolute(rel) ? absPosix : rel;
    const cached = parsedVarFiles.get(shown);
    if (cached) {
      extraVarFiles.push(cached);
      continue;
    }
    let text = all.get(shown)?.text;
    if (text === void 0) {
      try {
        text = readFileSync(abs, "utf8");
      } catch (err) {
        reportError({ file: shown, line: 1, column: 1, message: `Cannot read the variable file: ${err.message}`, code: "read" });
        continue;
      }
    }
    extraVarFiles.push(parseFile(shown, text));
  }
  const evalVarFile = (file, into) => {
    const sc = { host: staticHost, file: file.path, text: file.text, vars: void 0 };
    for (const attr of file.hcl.body.attributes) {
      try {
        into.set(attr.name, evaluate(attr.expr, sc));
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
        reportError(err);
      }
    }
  };
  const parseCliValue = (text, type) => {
    const primitive = !type || type.kind === "string" || type.kind === "number" || type.kind === "bool";
    if (primitive && type || !/^\s*([[{"\-\d]|(true|false|null)\s*$)/.test(text)) return mkStr(text, void 0);
    const parsed = parseHcl(`value = ${text}
`, "--var");
    const attr = parsed.file.body.attributes[0];
    if (parsed.errors.length > 0 || !attr) return mkStr(text, void 0);
    try {
      return stripSpans(evaluate(attr.expr, { host: staticHost, file: "--var", text: `value = ${text}
`, vars: void 0 }));
    } catch {
      return mkStr(text, void 0);
    }
  };
  const cli = new Map(Object.entries(options.vars));
  const rootInputs = (dir) => {
    const values = /* @__PURE__ */ new Map();
    const auto = (varsByDir.get(dir) ?? []).map((f) => ({ f, rank: autoVarsRank(path4.posix.basename(f.path)) })).sort((a, b) => a.rank - b.rank || compareStrings(a.f.path, b.f.path));
    for (const { f } of auto) evalVarFile(f, values);
    for (const f of extraVarFiles) evalVarFile(f, values);
    return { values, cli, parseCliValue };
  };
  const dirs = [...configByDir.keys()].sort(compareStrings);
  const called = /* @__PURE__ */ new Set();
  for (const dir of dirs) for (const target of calls.get(dir) ?? []) if (target !== dir) called.add(target);
  const reached = /* @__PURE__ */ new Set();
  const lastUse = /* @__PURE__ */ new Map();
  const roots = [];
  const reach = (dir, root) => {
    if (lastUse.get(dir) === root) return;
    lastUse.set(dir, root);
    reached.add(dir);
    for (const target of calls.get(dir) ?? []) reach(target, root);
  };
  for (const dir of dirs) if (!called.has(dir)) reach(dir, roots.push(dir) - 1);
  for (const dir of dirs) if (!reached.has(dir)) reach(dir, roots.push(dir) - 1);
  roots.forEach((dir, i) => {
    try {
      const { exhausted } = runWithBudget("module", () => new ModuleInstance(ctx, defs.get(dir), "", dir, void 0, rootInputs(dir), []).emit());
      if (exhausted) reportError(exhausted);
    } catch (err) {
      const file = configByDir.get(dir)[0]?.path ?? dir;
      reportError({ file, line: 1, column: 1, message: `Internal error while evaluating the module in "${dir || "."}": ${err instanceof Error ? err.message : String(err)}`, code: "internal" });
    }
    for (const loadedDir of [...loaded.keys()]) if ((lastUse.get(loadedDir) ?? i) <= i) loaded.delete(loadedDir);
  });
  for (const dir of dirs) if (!parsedCalls.has(dir)) defs.get(dir);
  loaded.clear();
  if (!knownCalls && dirs.some((dir) => (calls.get(dir) ?? []).join("\n") !== (parsedCalls.get(dir) ?? []).join("\n"))) {
    return evaluateTerraform(files, all, options, parsedCalls);
  }
  const sortedComments = new Map([...comments].sort((a, b) => compareStrings(a[0], b[0])));
  return { resources: ctx.resources, unresolvedModules: ctx.unresolved, errors, comments: sortedComments };
}

// src/pipeline/frontends/terraform.ts
var terraformFrontEnd = {
  format: "terraform",
  claims: claimsTerraform,
  partition: terraformComponents,
  run(files, all, options) {
    const evaluation = evaluateTerraform(files, all, options);
    const extractions = [
      extractAwsFromTerraform(evaluation.resources),
      extractGcpFromTerraform(evaluation.resources),
      extractAzureFromTerraform(evaluation.resources, azureRoleCatalog(options))
    ];
    const unresolvedModules = evaluation.unresolvedModules.map((m) => ({
      span: { ...m.span, address: m.span.address ?? m.address },
      expr: m.source,
      reason: m.reason
    }));
    const comments = /* @__PURE__ */ new Map();
    for (const [file, list] of evaluation.comments) {
      comments.set(
        file,
        list.map((c) => ({ line: c.line, column: c.column, text: c.text }))
      );
    }
    return {
      grants: extractions.flatMap((x) => x.grants),
      errors: [...evaluation.errors, ...extractions.flatMap((x) => x.errors)],
      unresolved: [...unresolvedModules, ...extractions.flatMap((x) => x.unresolved)],
      files: files.map((f) => f.path),
      comments
    };
  }
};
export {
  terraformFrontEnd
};
