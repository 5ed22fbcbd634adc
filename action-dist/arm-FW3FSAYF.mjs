import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  extractAzureFromDeployment,
  isAzureGrantType
} from "./chunk-2IYMR4JP.mjs";
import {
  eachFileApart
} from "./chunk-O7GAQ72C.mjs";
import {
  mayHoldDirective
} from "./chunk-2BA6WCB7.mjs";
import {
  azureRoleCatalog
} from "./chunk-456KF6NM.mjs";
import {
  claimsArm
} from "./chunk-G6JY42Q3.mjs";
import {
  BudgetExhausted,
  countStep,
  countSteps,
  runWithBudget
} from "./chunk-UAKPROPV.mjs";
import "./chunk-YZXYJYQ3.mjs";
import {
  ARM_JSON,
  parseJsonValue,
  unknown
} from "./chunk-E2WJM2F3.mjs";

// src/pipeline/frontends/arm.ts
import { readFileSync } from "node:fs";
import path from "node:path";

// src/parse/arm/jsonc.ts
var MAX_NESTING = 256;
function parseJsonc(text, file) {
  return parseJsonValue(text, { ...ARM_JSON, file, maxDepth: MAX_NESTING });
}

// src/parse/arm/expression.ts
var ArmExpressionError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function isExpressionString(s) {
  return s.length >= 2 && s[0] === "[" && s[1] !== "[" && s[s.length - 1] === "]";
}
function unescapeLiteral(s) {
  return s.startsWith("[[") ? s.slice(1) : s;
}
var cache = /* @__PURE__ */ new Map();
function parseArmExpression(source) {
  const hit = cache.get(source);
  if (hit) return hit;
  const p = new ExprParser(source);
  p.skip();
  const e = p.expr();
  p.skip();
  if (p.pos < source.length) throw new ArmExpressionError(`unexpected ${JSON.stringify(source[p.pos])} after the expression`, p.pos);
  if (cache.size > 2e4) cache.clear();
  cache.set(source, e);
  return e;
}
var MAX_EXPRESSION_DEPTH = 200;
var ExprParser = class {
  constructor(s) {
    this.s = s;
  }
  s;
  pos = 0;
  depth = 0;
  skip() {
    while (this.pos < this.s.length && /\s/.test(this.s[this.pos])) this.pos++;
  }
  expr() {
    if (++this.depth > MAX_EXPRESSION_DEPTH) throw new ArmExpressionError(`expression nested deeper than ${MAX_EXPRESSION_DEPTH} levels`, this.pos);
    try {
      return this.postfix(this.primary());
    } finally {
      this.depth--;
    }
  }
  postfix(start) {
    let e = start;
    for (; ; ) {
      this.skip();
      const c = this.s[this.pos];
      const safe = c === "?" && (this.s[this.pos + 1] === "." || this.s[this.pos + 1] === "[");
      const op = safe ? this.s[this.pos + 1] : c;
      if (op === ".") {
        this.pos += safe ? 2 : 1;
        this.skip();
        const m = /[A-Za-z_$][\w$-]*/y;
        m.lastIndex = this.pos;
        const name = m.exec(this.s);
        if (!name) throw new ArmExpressionError('expected a property name after "."', this.pos);
        this.pos += name[0].length;
        e = { type: "property", object: e, name: name[0], safe };
      } else if (op === "[") {
        this.pos += safe ? 2 : 1;
        this.skip();
        const index = this.expr();
        this.skip();
        if (this.s[this.pos] !== "]") throw new ArmExpressionError('expected "]" after an index', this.pos);
        this.pos++;
        e = { type: "index", object: e, index, safe };
      } else return e;
    }
  }
  primary() {
    const c = this.s[this.pos];
    if (c === "'") return this.string();
    if (c !== void 0 && /[-\d]/.test(c)) {
      const m2 = /-?\d+(\.\d+)?/y;
      m2.lastIndex = this.pos;
      const n = m2.exec(this.s);
      if (!n) throw new ArmExpressionError("invalid number", this.pos);
      this.pos += n[0].length;
      return { type: "number", value: Number(n[0]) };
    }
    const m = /[A-Za-z_][\w.]*/y;
    m.lastIndex = this.pos;
    const name = m.exec(this.s);
    if (!name) throw new ArmExpressionError(c === void 0 ? "unexpected end of expression: expected a function call or a literal" : `unexpected ${JSON.stringify(c)}: expected a function call or a literal`, this.pos);
    this.pos += name[0].length;
    this.skip();
    if (this.s[this.pos] !== "(") throw new ArmExpressionError(`expected "(" after function name ${name[0]}`, this.pos);
    this.pos++;
    const args = [];
    this.skip();
    if (this.s[this.pos] === ")") {
      this.pos++;
      return { type: "call", name: name[0], args };
    }
    for (; ; ) {
      this.skip();
      args.push(this.expr());
      this.skip();
      const d = this.s[this.pos];
      if (d === ",") {
        this.pos++;
        continue;
      }
      if (d === ")") {
        this.pos++;
        return { type: "call", name: name[0], args };
      }
      throw new ArmExpressionError(d === void 0 ? `unexpected end of expression: expected "," or ")" in ${name[0]}(...)` : `expected "," or ")" in ${name[0]}(...)`, this.pos);
    }
  }
  string() {
    let out = "";
    let p = this.pos + 1;
    for (; ; ) {
      const q = this.s.indexOf("'", p);
      if (q === -1) throw new ArmExpressionError("unterminated string literal: expected a closing '", this.pos);
      out += this.s.slice(p, q);
      if (this.s[q + 1] === "'") {
        out += "'";
        p = q + 2;
        continue;
      }
      this.pos = q + 1;
      return { type: "string", value: out };
    }
  }
};
function printArmExpr(e) {
  switch (e.type) {
    case "string":
      return `'${e.value.replace(/'/g, "''")}'`;
    case "number":
      return String(e.value);
    case "call":
      return `${e.name}(${e.args.map(printArmExpr).join(", ")})`;
    case "property":
      return `${printArmExpr(e.object)}${e.safe ? "?" : ""}.${e.name}`;
    case "index":
      return `${printArmExpr(e.object)}${e.safe ? "?" : ""}[${printArmExpr(e.index)}]`;
  }
}

// src/evaluate/arm/functions.ts
function textOf(v) {
  switch (v.kind) {
    case "string":
      return { text: v.value, unknowns: v.unknowns ?? [] };
    case "number":
    case "bool":
      return { text: String(v.value), unknowns: [] };
    case "null":
      return { text: "", unknowns: [] };
    case "unknown":
      return { text: "${" + v.expr + "}", unknowns: [v.expr] };
    default:
      return void 0;
  }
}
function joinText(parts) {
  const text = parts.map((p) => p.text).join("");
  const unknowns = [...new Set(parts.flatMap((p) => p.unknowns))];
  return unknowns.length > 0 ? { kind: "string", value: text, unknowns } : { kind: "string", value: text };
}
function symbolic(expr) {
  return { kind: "string", value: "${" + expr + "}", unknowns: [expr] };
}
function obj(entries) {
  return { kind: "object", entries: new Map(Object.entries(entries)) };
}
function scopeObject(fn) {
  const sub = "${subscription().subscriptionId}";
  switch (fn) {
    case "resourceGroup":
      return obj({
        id: { kind: "string", value: `/subscriptions/${sub}/resourceGroups/\${resourceGroup().name}`, unknowns: ["subscription().subscriptionId", "resourceGroup().name"] },
        name: symbolic("resourceGroup().name"),
        location: symbolic("resourceGroup().location")
      });
    case "subscription":
      return obj({
        id: { kind: "string", value: `/subscriptions/${sub}`, unknowns: ["subscription().subscriptionId"] },
        subscriptionId: symbolic("subscription().subscriptionId"),
        tenantId: symbolic("subscription().tenantId"),
        displayName: symbolic("subscription().displayName")
      });
    case "managementGroup":
      return obj({
        id: { kind: "string", value: "/providers/Microsoft.Management/managementGroups/${managementGroup().name}", unknowns: ["managementGroup().name"] },
        name: symbolic("managementGroup().name")
      });
    case "tenant":
      return obj({ id: { kind: "string", value: "/" }, tenantId: symbolic("tenant().tenantId") });
  }
}
function plainKnown(v) {
  switch (v.kind) {
    case "unknown":
      return void 0;
    case "string":
      return v.unknowns?.length ? void 0 : v.value;
    case "number":
    case "bool":
      return v.value;
    case "null":
      return null;
    case "list": {
      const out = [];
      for (const i of v.items) {
        const p = plainKnown(i);
        if (p === void 0) return void 0;
        out.push(p);
      }
      return out;
    }
    case "object": {
      const out = {};
      for (const [k, x] of v.entries) {
        const p = plainKnown(x);
        if (p === void 0) return void 0;
        out[k] = p;
      }
      return out;
    }
  }
}
function isKnown(v) {
  return plainKnown(v) !== void 0;
}
function deepEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function truthy(v) {
  if (v.kind === "bool") return v.value;
  if (v.kind === "string" && !v.unknowns?.length) {
    if (v.value.toLowerCase() === "true") return true;
    if (v.value.toLowerCase() === "false") return false;
  }
  return void 0;
}

// src/evaluate/arm/evaluate.ts
var MAX_COPY = 800;
var MAX_DEPTH = 32;
var MAX_STRING_LENGTH = 4194304;
var DEPLOYMENTS = "microsoft.resources/deployments";
function schemaScope(schema) {
  const s = (schema ?? "").toLowerCase();
  if (s.includes("subscriptiondeploymenttemplate")) return "subscription";
  if (s.includes("managementgroupdeploymenttemplate")) return "managementGroup";
  if (s.includes("tenantdeploymenttemplate")) return "tenant";
  return "resourceGroup";
}
var ArmEvaluator = class {
  constructor(file) {
    this.file = file;
  }
  file;
  resources = [];
  unresolved = [];
  errors = [];
  error(span, message) {
    const at = span ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    this.errors.push({ file: this.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, message, code: "parse" });
  }
  // ---- templates and resources ----
  template(template, given, scope, prefix, conditional, depth, outer) {
    if (depth > MAX_DEPTH) {
      this.error(template.span, `nested deployments deeper than ${MAX_DEPTH} levels`);
      return;
    }
    const ctx = outer ? { ...outer, scope, addresses: /* @__PURE__ */ new Map(), copyIndex: /* @__PURE__ */ new Map(), lambdaVars: /* @__PURE__ */ new Map() } : {
      file: this.file,
      given,
      parameterDefs: asObject(template.entries.get("parameters")),
      parameterCache: /* @__PURE__ */ new Map(),
      variableDefs: asObject(template.entries.get("variables")),
      variableCache: /* @__PURE__ */ new Map(),
      evaluating: /* @__PURE__ */ new Set(),
      copyIndex: /* @__PURE__ */ new Map(),
      lambdaVars: /* @__PURE__ */ new Map(),
      scope,
      addresses: /* @__PURE__ */ new Map()
    };
    const list = resourceList(template.entries.get("resources"));
    for (const { key, value } of list) {
      const type = stringOf(value.entries.get("type"))?.toLowerCase();
      if (!type) continue;
      const address = this.baseAddress(prefix, key, value, ctx);
      if (key.symbolic) ctx.addresses.set(key.name.toLowerCase(), address);
      if (isAzureGrantType(type) && !value.entries.has("copy")) {
        const id = textOf(this.resourceIdOf(value, type, ctx));
        if (id) ctx.addresses.set(id.text.toLowerCase(), address);
      }
    }
    for (const { key, value } of list) this.resource(value, key, prefix, conditional, depth, ctx);
  }
  baseAddress(prefix, key, r, ctx) {
    if (key.symbolic) return prefix + key.name;
    const name = r.entries.has("copy") ? void 0 : this.eval(r.entries.get("name"), ctx);
    const text = name && name.kind === "string" && !name.unknowns?.length ? name.value : void 0;
    return prefix + (text ?? key.name);
  }
  /** The id a resource will have, as far as it is known before deployment. */
  resourceIdOf(r, type, ctx) {
    const name = this.eval(r.entries.get("name"), ctx);
    const nameText = textOf(name);
    if (!nameText) return unknown("resourceId");
    const typeText = stringOf(r.entries.get("type")) ?? type;
    return this.resourceIdValue(ctx.scope, void 0, void 0, typeText, nameText.text.split("/").map((n) => ({ text: n, unknowns: nameText.unknowns.filter((u) => n.includes(u)) })));
  }
  resource(r, key, prefix, inheritedConditional, depth, ctx) {
    const typeValue = r.entries.get("type");
    const type = stringOf(typeValue);
    if (!type) {
      this.error(r.span, `resource ${key.name}: expected "type", a string such as "Microsoft.Authorization/roleAssignments"`);
      return;
    }
    const lower = type.toLowerCase();
    const isDeployment = lower === DEPLOYMENTS;
    if (!isDeployment && !isAzureGrantType(lower)) return;
    const base = this.baseAddress(prefix, key, r, ctx);
    const copy = asObject(r.entries.get("copy"));
    const instances = [];
    if (copy) {
      const count = this.eval(copy.entries.get("count"), ctx);
      const loop = stringOf(copy.entries.get("name")) ?? "";
      if (count.kind === "number" && count.value <= MAX_COPY) {
        for (let i = 0; i < count.value; i++) instances.push({ address: `${base}[${i}]`, index: { kind: "number", value: i }, loop });
      } else instances.push({ address: `${base}[*]`, index: unknown("copyIndex()", { reason: "copy-loop" }), loop });
    } else instances.push({ address: base });
    for (const instance of instances) {
      const local = instance.index ? { ...ctx, copyIndex: new Map([...ctx.copyIndex, ["", instance.index], [instance.loop.toLowerCase(), instance.index]]) } : ctx;
      let conditional = inheritedConditional;
      if (r.entries.has("condition")) {
        const condition = truthy(this.eval(r.entries.get("condition"), local));
        if (condition === false) continue;
        if (condition === void 0) conditional = true;
      }
      if (isDeployment) this.deployment(r, instance.address, conditional, depth, local);
      else {
        const body = /* @__PURE__ */ new Map();
        for (const [k, v] of r.entries) {
          if (k === "copy" || k === "condition" || k === "dependsOn" || k === "comments" || k === "metadata") continue;
          body.set(k, this.eval(v, local));
        }
        this.resources.push({
          type,
          address: instance.address,
          span: { ...r.span ?? { file: this.file, line: 1, column: 1, endLine: 1, endColumn: 1 }, address: instance.address },
          body,
          conditional,
          ...lower.endsWith("/accesspolicies") ? { parent: this.parentAddress(body, ctx) } : {},
          deploymentScope: { kind: ctx.scope, value: scopeObject(ctx.scope) }
        });
      }
    }
  }
  /** `vaults/accessPolicies` named `<vault>/add`: the vault's address when declared here, else its name. */
  parentAddress(body, ctx) {
    const name = textOf(body.get("name") ?? { kind: "null" })?.text ?? "";
    const vault = name.split("/")[0] ?? name;
    return ctx.addresses.get(vault.toLowerCase()) ?? vault;
  }
  deployment(r, address, conditional, depth, ctx) {
    const properties = asObject(r.entries.get("properties"));
    const link = asObject(properties?.entries.get("templateLink"));
    const span = { ...r.span ?? { file: this.file, line: 1, column: 1, endLine: 1, endColumn: 1 }, address };
    if (link) {
      const uri = this.eval(link.entries.get("uri") ?? link.entries.get("id") ?? link.entries.get("relativePath"), ctx);
      this.unresolved.push({ span, expr: textOf(uri)?.text ?? "templateLink", reason: "linked-template" });
      return;
    }
    const inner = asObject(properties?.entries.get("template"));
    if (!inner) return;
    const scope = this.nestedScope(r, ctx);
    const evaluationScope = stringOf(asObject(properties?.entries.get("expressionEvaluationOptions"))?.entries.get("scope"))?.toLowerCase();
    if (evaluationScope === "inner") {
      const given = /* @__PURE__ */ new Map();
      const parameters = asObject(properties?.entries.get("parameters"));
      for (const [name, p] of parameters?.entries ?? []) {
        const po = asObject(p);
        if (po?.entries.has("value")) given.set(name, this.eval(po.entries.get("value"), ctx));
        else given.set(name, unknown(`parameters('${name}')`, { reason: "key-vault-reference" }));
      }
      this.template(inner, given, scope, `${address}/`, conditional, depth + 1);
    } else this.template(inner, ctx.given, scope, `${address}/`, conditional, depth + 1, ctx);
  }
  /** Where a nested deployment deploys: its `scope`, `subscriptionId` and `resourceGroup`, relative to the caller. */
  nestedScope(r, ctx) {
    if (r.entries.has("scope")) {
      const scope = textOf(this.eval(r.entries.get("scope"), ctx))?.text ?? "";
      if (/managementGroups\//i.test(scope)) return "managementGroup";
      if (scope === "/") return "tenant";
      if (/resourceGroups\//i.test(scope)) return "resourceGroup";
      if (/^\/?subscriptions\/[^/]+$/i.test(scope)) return "subscription";
    }
    if (r.entries.has("resourceGroup")) return "resourceGroup";
    if (r.entries.has("subscriptionId")) return ctx.scope === "resourceGroup" ? "resourceGroup" : "subscription";
    return ctx.scope;
  }
  // ---- values ----
  eval(v, ctx) {
    if (!v) return { kind: "null" };
    if (countStep()) throw new BudgetExhausted(this.file, v.span);
    switch (v.kind) {
      case "string": {
        if (!isExpressionString(v.value)) return v.value.startsWith("[[") ? { ...v, value: unescapeLiteral(v.value) } : v;
        let expr;
        try {
          expr = parseArmExpression(v.value.slice(1, -1));
        } catch (e) {
          if (!(e instanceof ArmExpressionError)) throw e;
          this.error(v.span, `invalid template expression: ${e.message} (at offset ${e.offset + 1} of ${JSON.stringify(v.value.length > 80 ? v.value.slice(0, 77) + "..." : v.value)})`);
          return unknown(v.value.slice(1, -1), { reason: "error" });
        }
        let out;
        try {
          out = this.expr(expr, ctx);
        } catch (err) {
          if (err instanceof BudgetExhausted && !err.span) err.span = v.span;
          throw err;
        }
        if (out.kind === "string" && out.value.length > MAX_STRING_LENGTH) {
          this.error(v.span, `this string grows to ${out.value.length.toLocaleString("en-US")} characters; limit 4,194,304`);
          return unknown(v.value.slice(1, -1), { reason: "error" });
        }
        return v.span && !out.span ? { ...out, span: v.span } : out;
      }
      case "list":
        return { ...v, items: v.items.map((i) => this.eval(i, ctx)) };
      case "object": {
        const entries = /* @__PURE__ */ new Map();
        for (const [k, x] of v.entries) {
          if (k === "copy" && x.kind === "list") {
            for (const [name, list] of this.propertyCopy(x, ctx)) entries.set(name, list);
            continue;
          }
          entries.set(k, this.eval(x, ctx));
        }
        return { ...v, entries };
      }
      default:
        return v;
    }
  }
  /** Property copy loops: `"copy": [{ "name": "p", "count": n, "input": {...} }]` → `p: [...]`. */
  propertyCopy(loops, ctx) {
    const out = [];
    for (const loop of loops.items) {
      const lo = asObject(loop);
      const name = stringOf(lo?.entries.get("name"));
      if (!lo || !name) continue;
      const count = this.eval(lo.entries.get("count"), ctx);
      if (count.kind !== "number" || count.value > MAX_COPY) {
        out.push([name, unknown(`copy ${name}`, { reason: "copy-loop" })]);
        continue;
      }
      const items = [];
      for (let i = 0; i < count.value; i++) {
        const index = { kind: "number", value: i };
        items.push(this.eval(lo.entries.get("input"), { ...ctx, copyIndex: new Map([...ctx.copyIndex, [name.toLowerCase(), index], ["", index]]) }));
      }
      out.push([name, { kind: "list", items, ...lo.span ? { span: lo.span } : {} }]);
    }
    return out;
  }
  parameter(name, ctx) {
    const key = name;
    const cached = ctx.parameterCache.get(key);
    if (cached) return cached;
    const given = ctx.given.get(name) ?? [...ctx.given].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
    let value;
    if (given) value = given;
    else {
      const def = asObject(ctx.parameterDefs?.entries.get(name) ?? [...ctx.parameterDefs?.entries ?? []].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1]);
      const guard = `p:${name}`;
      if (def?.entries.has("defaultValue") && !ctx.evaluating.has(guard)) {
        ctx.evaluating.add(guard);
        value = this.eval(def.entries.get("defaultValue"), ctx);
        ctx.evaluating.delete(guard);
      } else if (truthy(def?.entries.get("nullable") ?? { kind: "null" }) === true) value = { kind: "null" };
      else value = unknown(`parameters('${name}')`, { reason: "input-variable" });
    }
    ctx.parameterCache.set(key, value);
    return value;
  }
  variable(name, ctx) {
    const cached = ctx.variableCache.get(name);
    if (cached) return cached;
    const guard = `v:${name}`;
    if (ctx.evaluating.has(guard)) return unknown(`variables('${name}')`, { reason: "cycle" });
    let value;
    const def = ctx.variableDefs?.entries.get(name) ?? [...ctx.variableDefs?.entries ?? []].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
    if (def === void 0) {
      const copies = ctx.variableDefs?.entries.get("copy");
      const fromCopy = copies?.kind === "list" ? this.propertyCopy(copies, ctx).find(([n]) => n.toLowerCase() === name.toLowerCase()) : void 0;
      value = fromCopy ? fromCopy[1] : unknown(`variables('${name}')`, { reason: "undefined-variable" });
    } else {
      ctx.evaluating.add(guard);
      value = this.eval(def, { ...ctx, copyIndex: /* @__PURE__ */ new Map(), lambdaVars: /* @__PURE__ */ new Map() });
      ctx.evaluating.delete(guard);
    }
    ctx.variableCache.set(name, value);
    return value;
  }
  expr(e, ctx) {
    if (countStep()) throw new BudgetExhausted(this.file, void 0);
    switch (e.type) {
      case "string":
        return { kind: "string", value: e.value };
      case "number":
        return { kind: "number", value: e.value };
      case "property":
        return this.member(this.expr(e.object, ctx), e.name, e, e.safe);
      case "index": {
        const index = this.expr(e.index, ctx);
        if (index.kind === "number" || index.kind === "string" && !index.unknowns?.length) return this.member(this.expr(e.object, ctx), index.value, e, e.safe);
        return unknown(printArmExpr(e), { reason: "unknown-index" });
      }
      case "call": {
        const out = this.call(e, ctx);
        const size = out.kind === "list" ? out.items.length : out.kind === "string" ? out.value.length >>> 10 : 0;
        if (countSteps(size)) throw new BudgetExhausted(this.file, void 0);
        return out;
      }
    }
  }
  member(target, key, e, safe) {
    if (target.kind === "unknown") {
      const out = unknown(printArmExpr(e), { reason: target.reason ?? "computed-attribute" });
      if (target.ref) out.ref = { address: target.ref.address, attribute: target.ref.attribute ? `${target.ref.attribute}.${key}` : String(key) };
      return out;
    }
    if (target.kind === "object") {
      const hit = target.entries.get(String(key)) ?? [...target.entries].find(([k]) => k.toLowerCase() === String(key).toLowerCase())?.[1];
      if (hit) return hit;
      return safe ? { kind: "null" } : unknown(printArmExpr(e), { reason: "missing-property" });
    }
    if (target.kind === "list" && typeof key === "number") return target.items[key] ?? (safe ? { kind: "null" } : unknown(printArmExpr(e), { reason: "index-out-of-range" }));
    if (target.kind === "null" && safe) return target;
    return unknown(printArmExpr(e), { reason: "unsupported-access" });
  }
  call(e, ctx) {
    const name = e.name.toLowerCase();
    const printed = () => printArmExpr(e);
    const sym = (reason = "deployment-time") => unknown(printed(), { reason });
    switch (name) {
      case "lambdavariables": {
        const n = this.expr(e.args[0], ctx);
        return n.kind === "string" && ctx.lambdaVars.get(n.value) || sym("lambda");
      }
      case "map":
      case "filter":
      case "reduce":
      case "toobject":
      case "sort":
        return this.lambdaCall(name, e, ctx);
      case "if": {
        const c = truthy(this.expr(e.args[0], ctx));
        if (c === void 0) return sym("unknown-condition");
        return this.expr(e.args[c ? 1 : 2], ctx);
      }
      default:
        break;
    }
    const args = e.args.map((a) => this.expr(a, ctx));
    const a0 = args[0];
    const str = (v) => v?.kind === "string" && !v.unknowns?.length ? v.value : void 0;
    switch (name) {
      case "parameters":
        return str(a0) !== void 0 ? this.parameter(str(a0), ctx) : sym("input-variable");
      case "variables":
        return str(a0) !== void 0 ? this.variable(str(a0), ctx) : sym();
      case "concat": {
        if (args.length > 0 && args.every((a) => a.kind === "list")) return { kind: "list", items: args.flatMap((a) => a.items) };
        if (args.some((a) => a.kind === "list" || a.kind === "object")) return sym("unsupported-value");
        return joinText(args.map((a) => textOf(a)));
      }
      case "format": {
        const f = str(a0);
        if (f === void 0) return sym();
        const parts = [];
        let last = 0;
        for (const m of f.matchAll(/\{(\d+)(?::[^}]*)?\}/g)) {
          parts.push({ text: f.slice(last, m.index), unknowns: [] });
          const arg = args[Number(m[1]) + 1];
          const t = arg ? textOf(arg) : void 0;
          if (!t) return sym("unsupported-value");
          parts.push(t);
          last = m.index + m[0].length;
        }
        parts.push({ text: f.slice(last), unknowns: [] });
        return joinText(parts.map((p) => ({ ...p, text: p.unknowns.length ? p.text : p.text.replace(/\{\{/g, "{").replace(/\}\}/g, "}") })));
      }
      case "resourceid":
      case "subscriptionresourceid":
      case "tenantresourceid":
      case "managementgroupresourceid":
        return this.resourceIdCall(name, args, ctx) ?? sym();
      case "extensionresourceid": {
        const texts = args.map(textOf);
        if (texts.some((t) => !t) || texts.length < 3) return sym();
        const [base, type, ...names] = texts;
        return joinText([base, { text: "/providers/", unknowns: [] }, ...interleave(type, names)]);
      }
      case "resourcegroup":
      case "subscription":
      case "managementgroup":
      case "tenant":
        return scopeObject({ resourcegroup: "resourceGroup", subscription: "subscription", managementgroup: "managementGroup", tenant: "tenant" }[name]);
      case "deployment":
        return { kind: "object", entries: /* @__PURE__ */ new Map([["name", symbolic("deployment().name")], ["location", symbolic("deployment().location")]]) };
      case "reference":
        return this.reference(args, printed(), ctx);
      case "resourceinfo":
        return this.reference(args, printed(), ctx);
      case "copyindex": {
        const loop = args.find((a) => a.kind === "string");
        const offset = args.find((a) => a.kind === "number");
        const index = ctx.copyIndex.get(loop?.kind === "string" ? loop.value.toLowerCase() : "");
        if (!index || index.kind !== "number") return sym("copy-loop");
        return { kind: "number", value: index.value + (offset?.kind === "number" ? offset.value : 0) };
      }
      case "guid":
      case "uniquestring":
      case "newguid":
      case "utcnow":
        return symbolic(printed());
      case "split": {
        const s = str(a0);
        const sep = args[1];
        if (s === void 0) return sym();
        const seps = sep?.kind === "list" ? sep.items.map(str) : [str(sep)];
        if (seps.some((x) => x === void 0)) return sym();
        return { kind: "list", items: s.split(new RegExp(seps.map((x) => escapeRegExp(x)).join("|"))).map((value) => ({ kind: "string", value })) };
      }
      case "join": {
        if (a0?.kind !== "list" || str(args[1]) === void 0) return sym();
        const texts = a0.items.map(textOf);
        if (texts.some((t) => !t)) return sym();
        return joinText(texts.flatMap((t, i) => i === 0 ? [t] : [{ text: str(args[1]), unknowns: [] }, t]));
      }
      case "first":
      case "last": {
        if (a0?.kind === "list") return (name === "first" ? a0.items[0] : a0.items[a0.items.length - 1]) ?? { kind: "null" };
        const s = str(a0);
        if (s !== void 0) return { kind: "string", value: name === "first" ? s.slice(0, 1) : s.slice(-1) };
        return sym();
      }
      case "tolower":
      case "toupper": {
        if (a0?.kind !== "string") return a0?.kind === "unknown" ? sym(a0.reason) : sym();
        if (a0.unknowns?.length) return { ...a0, value: caseOutsideUnknowns(a0.value, name === "tolower") };
        return { kind: "string", value: name === "tolower" ? a0.value.toLowerCase() : a0.value.toUpperCase() };
      }
      case "trim":
        return str(a0) !== void 0 ? { kind: "string", value: str(a0).trim() } : sym();
      case "replace":
        return str(a0) !== void 0 && str(args[1]) !== void 0 && str(args[2]) !== void 0 ? { kind: "string", value: str(a0).split(str(args[1])).join(str(args[2])) } : sym();
      case "startswith":
      case "endswith": {
        const s = str(a0)?.toLowerCase();
        const t = str(args[1])?.toLowerCase();
        if (s === void 0 || t === void 0) return sym();
        return { kind: "bool", value: name === "startswith" ? s.startsWith(t) : s.endsWith(t) };
      }
      case "union":
        return union(args) ?? sym();
      case "intersection":
        return sym("unsupported-function");
      case "contains": {
        const c = a0;
        const item = args[1];
        if (!c || !item || !isKnown(item)) return sym();
        if (c.kind === "object") return { kind: "bool", value: [...c.entries.keys()].some((k) => k.toLowerCase() === String(plainKnown(item)).toLowerCase()) };
        if (c.kind === "list") {
          if (!c.items.every(isKnown)) return sym();
          return { kind: "bool", value: c.items.some((x) => deepEqual(plainKnown(x), plainKnown(item))) };
        }
        if (str(c) !== void 0 && str(item) !== void 0) return { kind: "bool", value: str(c).includes(str(item)) };
        return sym();
      }
      case "empty": {
        if (!a0) return sym();
        if (a0.kind === "null") return { kind: "bool", value: true };
        if (a0.kind === "list") return { kind: "bool", value: a0.items.length === 0 };
        if (a0.kind === "object") return { kind: "bool", value: a0.entries.size === 0 };
        if (a0.kind === "string") return a0.unknowns?.length ? a0.value.replace(/\$\{[^}]*\}/g, "") !== "" ? { kind: "bool", value: false } : sym() : { kind: "bool", value: a0.value === "" };
        return sym();
      }
      case "length": {
        if (a0?.kind === "list") return { kind: "number", value: a0.items.length };
        if (a0?.kind === "object") return { kind: "number", value: a0.entries.size };
        if (str(a0) !== void 0) return { kind: "number", value: str(a0).length };
        return sym();
      }
      case "coalesce": {
        for (const a of args) {
          if (a.kind === "null") continue;
          if (a.kind === "unknown") return sym(a.reason);
          return a;
        }
        return { kind: "null" };
      }
      case "equals": {
        if (!a0 || !args[1] || !isKnown(a0) || !isKnown(args[1])) return sym();
        return { kind: "bool", value: deepEqual(plainKnown(a0), plainKnown(args[1])) };
      }
      case "not": {
        const b = a0 ? truthy(a0) : void 0;
        return b === void 0 ? sym() : { kind: "bool", value: !b };
      }
      case "and":
      case "or": {
        const bs = args.map(truthy);
        if (name === "and" && bs.includes(false)) return { kind: "bool", value: false };
        if (name === "or" && bs.includes(true)) return { kind: "bool", value: true };
        if (bs.includes(void 0)) return sym();
        return { kind: "bool", value: name === "and" };
      }
      case "less":
      case "lessorequals":
      case "greater":
      case "greaterorequals": {
        const x = plainKnown(a0 ?? { kind: "null" });
        const y = plainKnown(args[1] ?? { kind: "null" });
        if ((typeof x !== "number" || typeof y !== "number") && (typeof x !== "string" || typeof y !== "string")) return sym();
        const r = name === "less" ? x < y : name === "lessorequals" ? x <= y : name === "greater" ? x > y : x >= y;
        return { kind: "bool", value: r };
      }
      case "createobject": {
        const entries = /* @__PURE__ */ new Map();
        for (let i = 0; i + 1 < args.length; i += 2) {
          const k = str(args[i]);
          if (k === void 0) return sym();
          entries.set(k, args[i + 1]);
        }
        return { kind: "object", entries };
      }
      case "createarray":
        return { kind: "list", items: args };
      case "array":
        return a0?.kind === "list" ? a0 : a0 && a0.kind !== "unknown" ? { kind: "list", items: [a0] } : sym();
      case "null":
        return { kind: "null" };
      case "true":
        return { kind: "bool", value: true };
      case "false":
        return { kind: "bool", value: false };
      case "string": {
        if (!a0) return sym();
        if (a0.kind === "string") return a0;
        const p = plainKnown(a0);
        return p === void 0 ? sym() : { kind: "string", value: typeof p === "object" ? JSON.stringify(p) : String(p) };
      }
      case "int":
        return str(a0) !== void 0 && /^-?\d+$/.test(str(a0)) ? { kind: "number", value: Number(str(a0)) } : a0?.kind === "number" ? a0 : sym();
      case "bool": {
        const b = a0 ? truthy(a0) : void 0;
        return b === void 0 ? sym() : { kind: "bool", value: b };
      }
      case "json": {
        const s = str(a0);
        if (s === void 0) return sym();
        try {
          return fromJson(JSON.parse(s));
        } catch {
          return sym("invalid-json");
        }
      }
      case "items": {
        if (a0?.kind !== "object") return sym();
        return { kind: "list", items: [...a0.entries].map(([k, v]) => ({ kind: "object", entries: /* @__PURE__ */ new Map([["key", { kind: "string", value: k }], ["value", v]]) })) };
      }
      case "objectkeys":
        return a0?.kind === "object" ? { kind: "list", items: [...a0.entries.keys()].map((value) => ({ kind: "string", value })) } : sym();
      case "range": {
        const start = a0?.kind === "number" ? a0.value : void 0;
        const count = args[1]?.kind === "number" ? args[1].value : void 0;
        if (start === void 0 || count === void 0 || count > MAX_COPY) return sym();
        return { kind: "list", items: Array.from({ length: count }, (_, i) => ({ kind: "number", value: start + i })) };
      }
      case "take":
      case "skip": {
        const n = args[1]?.kind === "number" ? args[1].value : void 0;
        if (n === void 0) return sym();
        if (a0?.kind === "list") return { kind: "list", items: name === "take" ? a0.items.slice(0, n) : a0.items.slice(n) };
        if (str(a0) !== void 0) return { kind: "string", value: name === "take" ? str(a0).slice(0, n) : str(a0).slice(n) };
        return sym();
      }
      case "trygetvalue":
      case "tryget": {
        let cur = a0;
        for (const k of args.slice(1)) {
          if (cur?.kind === "null") return cur;
          if (cur?.kind === "object" && str(k) !== void 0) cur = cur.entries.get(str(k)) ?? { kind: "null" };
          else if (cur?.kind === "list" && k.kind === "number") cur = cur.items[k.value] ?? { kind: "null" };
          else return sym();
        }
        return cur ?? sym();
      }
      case "shallowmerge":
        return a0?.kind === "list" ? union(a0.items) ?? sym() : sym();
      default:
        return sym(name.startsWith("list") ? "deployment-time" : "unsupported-function");
    }
  }
  lambdaCall(name, e, ctx) {
    const sym = () => unknown(printArmExpr(e), { reason: "lambda" });
    const input = this.expr(e.args[0], ctx);
    if (input.kind !== "list") return sym();
    const lambdaAt = name === "reduce" ? 2 : 1;
    const lambda = e.args[lambdaAt];
    if (lambda?.type !== "call" || lambda.name.toLowerCase() !== "lambda") return sym();
    const params = lambda.args.slice(0, -1).map((a) => a.type === "string" ? a.value : "");
    const body = lambda.args[lambda.args.length - 1];
    const apply = (fn, values, names) => {
      const vars = new Map(ctx.lambdaVars);
      names.forEach((n, i) => vars.set(n, values[i] ?? { kind: "null" }));
      return this.expr(fn, { ...ctx, lambdaVars: vars });
    };
    switch (name) {
      case "map":
        return { kind: "list", items: input.items.map((x, i) => apply(body, [x, { kind: "number", value: i }], params)) };
      case "filter": {
        const items = [];
        for (const [i, x] of input.items.entries()) {
          const keep = truthy(apply(body, [x, { kind: "number", value: i }], params));
          if (keep === void 0) return sym();
          if (keep) items.push(x);
        }
        return { kind: "list", items };
      }
      case "reduce": {
        let acc = this.expr(e.args[1], ctx);
        for (const [i, x] of input.items.entries()) acc = apply(body, [acc, x, { kind: "number", value: i }], params);
        return acc;
      }
      case "toobject": {
        const valueLambda = e.args[2];
        const entries = /* @__PURE__ */ new Map();
        for (const x of input.items) {
          const k = apply(body, [x], params);
          if (k.kind !== "string" || k.unknowns?.length) return sym();
          let v = x;
          if (valueLambda?.type === "call" && valueLambda.name.toLowerCase() === "lambda") {
            v = apply(valueLambda.args[valueLambda.args.length - 1], [x], valueLambda.args.slice(0, -1).map((a) => a.type === "string" ? a.value : ""));
          }
          entries.set(k.value, v);
        }
        return { kind: "object", entries };
      }
      default:
        return sym();
    }
  }
  resourceIdCall(name, args, ctx) {
    const texts = args.map(textOf);
    if (texts.some((t) => !t)) return void 0;
    const list = texts;
    const typeAt = list.findIndex((t) => t.text.includes("/") && !t.text.startsWith("/"));
    if (typeAt === -1) return void 0;
    const before = list.slice(0, typeAt);
    const type = list[typeAt];
    const names = list.slice(typeAt + 1);
    switch (name) {
      case "tenantresourceid":
        return joinText([{ text: "/providers/", unknowns: [] }, ...interleave(type, names)]);
      case "managementgroupresourceid": {
        const mg = before[0] ?? textOf(symbolic("managementGroup().name"));
        return joinText([{ text: "/providers/Microsoft.Management/managementGroups/", unknowns: [] }, mg, { text: "/providers/", unknowns: [] }, ...interleave(type, names)]);
      }
      case "subscriptionresourceid": {
        const sub = before[0] ?? textOf(symbolic("subscription().subscriptionId"));
        return joinText([{ text: "/subscriptions/", unknowns: [] }, sub, { text: "/providers/", unknowns: [] }, ...interleave(type, names)]);
      }
      default: {
        const sub = before.length === 2 ? before[0] : void 0;
        const rg = before.length === 2 ? before[1] : before[0];
        return this.resourceIdValue(ctx.scope, sub, rg, type.text, names, type.unknowns);
      }
    }
  }
  /** `resourceId(...)` as ARM builds it for the deployment's scope. */
  resourceIdValue(scope, sub, rg, type, names, typeUnknowns = []) {
    const subscription = sub ?? textOf(symbolic("subscription().subscriptionId"));
    const tail = [{ text: "/providers/", unknowns: [] }, ...interleave({ text: type, unknowns: typeUnknowns }, names)];
    if (rg || scope === "resourceGroup") {
      const group = rg ?? textOf(symbolic("resourceGroup().name"));
      return joinText([{ text: "/subscriptions/", unknowns: [] }, subscription, { text: "/resourceGroups/", unknowns: [] }, group, ...tail]);
    }
    if (scope === "subscription" || sub) return joinText([{ text: "/subscriptions/", unknowns: [] }, subscription, ...tail]);
    if (scope === "managementGroup") return joinText([{ text: "/providers/Microsoft.Management/managementGroups/", unknowns: [] }, textOf(symbolic("managementGroup().name")), ...tail]);
    return joinText(tail);
  }
  /** `reference(...)`: unknown before deployment, linked to the resource it names when declared in this template. */
  reference(args, printed, ctx) {
    const target = args[0] ? textOf(args[0]) : void 0;
    const out = unknown(printed, { reason: "computed-attribute" });
    if (target) {
      const key = target.text.toLowerCase();
      const address = ctx.addresses.get(key) ?? [...ctx.addresses].find(([k]) => k.endsWith(key) || key.endsWith(k))?.[1];
      if (address) out.ref = { address, attribute: "" };
    }
    return out;
  }
};
function resourceList(v) {
  if (v?.kind === "list") return v.items.flatMap((x, i) => x.kind === "object" ? [{ key: { name: `resources[${i}]`, symbolic: false }, value: x }] : []);
  if (v?.kind === "object") return [...v.entries].flatMap(([k, x]) => x.kind === "object" ? [{ key: { name: k, symbolic: true }, value: x }] : []);
  return [];
}
function asObject(v) {
  return v?.kind === "object" ? v : void 0;
}
function stringOf(v) {
  return v?.kind === "string" ? v.value : void 0;
}
function interleave(type, names) {
  const segments = type.text.split("/");
  const out = [{ text: segments[0], unknowns: type.unknowns }];
  const flatNames = names.flatMap((n) => n.unknowns.length === 0 ? n.text.split("/").map((t) => ({ text: t, unknowns: [] })) : [n]);
  segments.slice(1).forEach((segment, i) => {
    out.push({ text: `/${segment}/`, unknowns: [] });
    out.push(flatNames[i] ?? { text: "", unknowns: [] });
  });
  for (const extra of flatNames.slice(segments.length - 1)) out.push({ text: "/", unknowns: [] }, extra);
  return out;
}
function union(args) {
  if (args.length === 0) return void 0;
  if (args.every((a) => a.kind === "object")) {
    const entries = /* @__PURE__ */ new Map();
    for (const a of args) for (const [k, v] of a.entries) entries.set(k, v);
    return { kind: "object", entries };
  }
  if (args.every((a) => a.kind === "list")) {
    const items = [];
    const seen = /* @__PURE__ */ new Set();
    for (const a of args)
      for (const x of a.items) {
        const p = plainKnown(x);
        const key = p === void 0 ? void 0 : JSON.stringify(p);
        if (key !== void 0 && seen.has(key)) continue;
        if (key !== void 0) seen.add(key);
        items.push(x);
      }
    return { kind: "list", items };
  }
  return void 0;
}
function fromJson(x) {
  if (x === null) return { kind: "null" };
  if (typeof x === "string") return { kind: "string", value: x };
  if (typeof x === "number") return { kind: "number", value: x };
  if (typeof x === "boolean") return { kind: "bool", value: x };
  if (Array.isArray(x)) return { kind: "list", items: x.map(fromJson) };
  return { kind: "object", entries: new Map(Object.entries(x).map(([k, v]) => [k, fromJson(v)])) };
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function caseOutsideUnknowns(text, lower) {
  return text.replace(/(\$\{[^}]*\})|([^$]+|\$)/g, (m, u) => u ? m : lower ? m.toLowerCase() : m.toUpperCase());
}
function evaluateArmTemplate(input) {
  const evaluator = new ArmEvaluator(input.file);
  const schema = stringOf(input.template.entries.get("$schema"));
  const { exhausted } = runWithBudget("template", () => evaluator.template(input.template, input.parameters, schemaScope(schema), "", false, 0));
  if (exhausted) evaluator.errors.push(exhausted);
  return { resources: evaluator.resources, unresolved: evaluator.unresolved, errors: evaluator.errors };
}

// src/evaluate/arm/index.ts
function armDocumentKind(doc) {
  if (doc.kind !== "object") return "other";
  const schema = doc.entries.get("$schema");
  const s = schema?.kind === "string" ? schema.value.toLowerCase() : "";
  if (s.includes("deploymentparameters")) return "parameters";
  if (s.includes("deploymenttemplate")) return "template";
  const resources = doc.entries.get("resources");
  if (doc.entries.has("contentVersion") && (resources?.kind === "list" || resources?.kind === "object")) return "template";
  if (doc.entries.has("contentVersion") && doc.entries.get("parameters")?.kind === "object" && !resources) return "parameters";
  return "other";
}
function parameterFileValues(doc, file, errors) {
  const out = /* @__PURE__ */ new Map();
  const parameters = doc.entries.get("parameters");
  if (parameters?.kind !== "object") {
    const at = doc.span;
    errors.push({ file, line: at?.line ?? 1, column: at?.column ?? 1, message: 'parameter file: expected "parameters", an object of { "value": ... } entries', code: "parse" });
    return out;
  }
  for (const [name, entry] of parameters.entries) {
    if (entry.kind === "object" && entry.entries.has("value")) out.set(name, entry.entries.get("value"));
    else if (entry.kind === "object" && entry.entries.has("reference")) out.set(name, { kind: "unknown", expr: `parameters('${name}')`, reason: "key-vault-reference" });
  }
  return out;
}

// src/pipeline/frontends/arm.ts
var parsedFiles = /* @__PURE__ */ new WeakMap();
function parsed(file) {
  let result = parsedFiles.get(file);
  if (!result) {
    result = parseJsonc(file.text, file.path);
    parsedFiles.set(file, result);
  }
  return result;
}
function siblingParameterPath(p) {
  return p.replace(/\.json$/i, ".parameters.json");
}
var armFrontEnd = {
  format: "arm",
  claims: claimsArm,
  // Each template reads only itself and its sibling parameter file (from `all`).
  partition: eachFileApart,
  run(files, all, options) {
    const out = { grants: [], errors: [], unresolved: [], files: [], comments: /* @__PURE__ */ new Map() };
    const catalog = azureRoleCatalog(options);
    const common = /* @__PURE__ */ new Map();
    for (const abs of options.parameterFiles) {
      if (!abs.toLowerCase().endsWith(".json")) continue;
      const rel = path.relative(options.root, abs).split(path.sep).join("/");
      let text;
      try {
        text = all.get(rel)?.text ?? readFileSync(abs, "utf8");
      } catch (e) {
        out.errors.push({ file: rel, line: 1, column: 1, message: `cannot read parameter file: ${e.message}`, code: "read" });
        continue;
      }
      const doc = parseJsonc(text, rel);
      if (doc.error) out.errors.push(doc.error);
      else if (doc.value.kind === "object" && armDocumentKind(doc.value) !== "template") for (const [k, v] of parameterFileValues(doc.value, rel, out.errors)) common.set(k, v);
    }
    for (const [k, v] of Object.entries(options.parameters)) common.set(k, { kind: "string", value: v });
    const byPath = new Map(files.map((f) => [f.path, f]));
    for (const file of files) {
      out.files.push(file.path);
      const result = parsed(file);
      parsedFiles.delete(file);
      if (result.error) {
        out.errors.push(result.error);
        continue;
      }
      const directives = result.comments.filter(mayHoldDirective).map((c) => ({ ...c, text: c.text.replace(/\r?\n/g, " ") }));
      if (directives.length > 0) out.comments.set(file.path, directives);
      if (result.value.kind !== "object" || armDocumentKind(result.value) !== "template") continue;
      try {
        const errors = [];
        const parameters = /* @__PURE__ */ new Map();
        const sibling = byPath.get(siblingParameterPath(file.path)) ?? all.get(siblingParameterPath(file.path));
        if (sibling) {
          const doc = parsed(sibling);
          if (doc.value?.kind === "object" && armDocumentKind(doc.value) === "parameters") for (const [k, v] of parameterFileValues(doc.value, sibling.path, errors)) parameters.set(k, v);
        }
        for (const [k, v] of common) parameters.set(k, v);
        const evaluation = evaluateArmTemplate({ file: file.path, template: result.value, parameters });
        out.grants.push(...extractAzureFromDeployment(evaluation.resources, "arm", catalog));
        out.errors.push(...errors, ...evaluation.errors);
        out.unresolved.push(...evaluation.unresolved);
      } catch (e) {
        const message = `arm front end failed: ${e.message}`;
        out.errors.push({ file: file.path, line: 1, column: 1, message: options.debug ? `${message}
${e.stack}` : message, code: "internal" });
      }
    }
    return out;
  }
};
export {
  armFrontEnd
};
