import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  claimsTemplate,
  forgetParsed,
  parsed
} from "./chunk-QQ4IE7XH.mjs";
import {
  CLOUDFORMATION_IAM_TYPES,
  expandSam,
  extractAwsFromCloudFormation,
  isSamTemplate
} from "./chunk-QIIWZLEC.mjs";
import "./chunk-FZ5EKLDY.mjs";
import "./chunk-FNZ3QBDF.mjs";
import "./chunk-S2ETVMBP.mjs";
import "./chunk-XF6FTM5H.mjs";
import {
  BudgetExhausted,
  countStep,
  runWithBudget
} from "./chunk-UAKPROPV.mjs";
import "./chunk-YZXYJYQ3.mjs";
import {
  collectUnknowns,
  toPlain
} from "./chunk-E2WJM2F3.mjs";

// src/pipeline/frontends/cloudformation.ts
import path from "node:path";

// src/evaluate/cloudformation/template.ts
var RESOURCE_ADDRESS_PREFIX = "Resources/";
function addressOf(logicalId, resource) {
  const metadata = resource.entries.get("Metadata");
  const cdkPath = metadata?.kind === "object" ? metadata.entries.get("aws:cdk:path") : void 0;
  return cdkPath?.kind === "string" && cdkPath.value !== "" ? cdkPath.value : RESOURCE_ADDRESS_PREFIX + logicalId;
}
function readTemplate(root, keySpans, file) {
  const template = {
    file,
    root,
    keySpans,
    parameters: /* @__PURE__ */ new Map(),
    mappings: void 0,
    conditions: /* @__PURE__ */ new Map(),
    resources: [],
    transforms: [],
    globals: void 0,
    unresolved: [],
    errors: []
  };
  const section = (name) => root.entries.get(name);
  const parameters = section("Parameters");
  if (parameters?.kind === "object") {
    for (const [name, p] of parameters.entries) if (p.kind === "object") template.parameters.set(name, p);
  }
  const mappings = section("Mappings");
  if (mappings?.kind === "object") template.mappings = mappings;
  const conditions = section("Conditions");
  if (conditions?.kind === "object") for (const [name, c] of conditions.entries) template.conditions.set(name, c);
  const globals = section("Globals");
  if (globals?.kind === "object") template.globals = globals;
  const transform = section("Transform");
  for (const t of transform?.kind === "list" ? transform.items : transform ? [transform] : []) {
    if (t.kind === "string") template.transforms.push(t.value);
    else if (t.kind === "object") {
      const name = t.entries.get("Name");
      if (name?.kind === "string") template.transforms.push(name.value);
    }
  }
  const resources = section("Resources");
  if (resources?.kind === "object") {
    const resourceSpans = keySpans.get(resources);
    for (const [logicalId, r] of resources.entries) {
      const entrySpan = resourceSpans?.get(logicalId) ?? r.span;
      if (logicalId.startsWith("Fn::ForEach::")) {
        template.unresolved.push({
          span: { ...entrySpan, address: RESOURCE_ADDRESS_PREFIX + logicalId },
          expr: logicalId,
          reason: "Fn::ForEach (AWS::LanguageExtensions) is not expanded"
        });
        continue;
      }
      if (r.kind !== "object") {
        template.unresolved.push({ span: { ...entrySpan, address: RESOURCE_ADDRESS_PREFIX + logicalId }, expr: logicalId, reason: "resource is not an object with a Type" });
        continue;
      }
      const type = r.entries.get("Type");
      if (type?.kind !== "string") {
        template.unresolved.push({ span: { ...entrySpan, address: RESOURCE_ADDRESS_PREFIX + logicalId }, expr: logicalId, reason: "resource has no Type string" });
        continue;
      }
      const address = addressOf(logicalId, r);
      const props = r.entries.get("Properties");
      const condition = r.entries.get("Condition");
      const raw = {
        logicalId,
        address,
        sourceAddress: address,
        type: type.value,
        span: { ...entrySpan, address },
        properties: props?.kind === "object" ? props : void 0,
        propertySpans: (props?.kind === "object" ? keySpans.get(props) : void 0) ?? /* @__PURE__ */ new Map()
      };
      if (condition?.kind === "string") raw.condition = condition.value;
      template.resources.push(raw);
    }
  }
  return template;
}

// src/evaluate/cloudformation/evaluate.ts
var PSEUDO_PARAMETERS = /* @__PURE__ */ new Set([
  "AWS::AccountId",
  "AWS::NotificationARNs",
  "AWS::NoValue",
  "AWS::Partition",
  "AWS::Region",
  "AWS::StackId",
  "AWS::StackName",
  "AWS::URLSuffix"
]);
var NO_VALUE = { kind: "null" };
function evaluateTemplate(template, options) {
  const { result, exhausted } = runWithBudget("template", () => new Evaluator(template, options).run());
  if (result) return result;
  const logicalIds = template.resources.map((r) => r.logicalId);
  return { file: template.file, resources: [], byLogicalId: /* @__PURE__ */ new Map(), logicalIds, conditional: /* @__PURE__ */ new WeakSet(), unresolved: [...template.unresolved], errors: [...template.errors, exhausted] };
}
var Evaluator = class {
  constructor(template, options) {
    this.template = template;
    this.options = options;
    for (const r of template.resources) this.addresses.set(r.logicalId, r.address);
  }
  template;
  options;
  conditional = /* @__PURE__ */ new WeakSet();
  /** Lists that stand for "one of these" (both branches of an undecidable `Fn::If`). */
  choices = /* @__PURE__ */ new WeakSet();
  conditionCache = /* @__PURE__ */ new Map();
  conditionsInProgress = /* @__PURE__ */ new Set();
  parameterCache = /* @__PURE__ */ new Map();
  addresses = /* @__PURE__ */ new Map();
  unresolved = [];
  run() {
    const resources = [];
    const byLogicalId = /* @__PURE__ */ new Map();
    for (const raw of this.template.resources) {
      const resource = this.evaluateResource(raw);
      if (!resource) continue;
      resources.push(resource);
      byLogicalId.set(resource.logicalId, resource);
    }
    return {
      file: this.template.file,
      resources,
      byLogicalId,
      logicalIds: this.template.resources.map((r) => r.logicalId),
      conditional: this.conditional,
      unresolved: [...this.template.unresolved, ...this.unresolved],
      errors: [...this.template.errors]
    };
  }
  evaluateResource(raw) {
    let conditional = false;
    if (raw.condition !== void 0) {
      const holds = this.condition(raw.condition);
      if (holds === false) return void 0;
      conditional = holds === void 0;
    }
    const properties = /* @__PURE__ */ new Map();
    const wanted = this.options.resourceTypes?.has(raw.type) ?? true;
    if (raw.properties && wanted) {
      for (const [name, value] of raw.properties.entries) {
        const v = this.value(value);
        if (v === NO_VALUE) continue;
        properties.set(name, this.flattenChoice(v));
      }
    }
    const resource = {
      logicalId: raw.logicalId,
      address: raw.address,
      sourceAddress: raw.sourceAddress,
      type: raw.type,
      span: raw.span,
      properties,
      propertySpans: raw.propertySpans,
      conditional
    };
    if (raw.generatedFrom !== void 0) resource.generatedFrom = raw.generatedFrom;
    return resource;
  }
  /**
   * A property that is a choice becomes the list of its alternatives (a union, for policy elements); alternatives that
   * are lists are joined into one list, each item conditional.
   */
  flattenChoice(v) {
    if (v.kind === "list" && this.choices.has(v)) {
      const items = v.items.filter((i) => i !== NO_VALUE);
      let out;
      if (items.length > 1 && items.every((i) => i.kind === "list")) {
        const joined = items.flatMap((i) => i.items).map((i) => this.ownCopy(i));
        for (const item of joined) this.conditional.add(item);
        out = { kind: "list", items: joined, ...v.span ? { span: v.span } : {} };
      } else out = items.length === 1 ? this.ownCopy(items[0]) : { kind: "list", items, ...v.span ? { span: v.span } : {} };
      this.conditional.add(out);
      return out;
    }
    return v;
  }
  /**
   * Evaluates a value as written; returns NO_VALUE for `!Ref AWS::NoValue`. A list or object with nothing to evaluate
   * inside is returned as is (values are never modified), which spares copying most of a template.
   */
  value(v) {
    if (countStep()) throw new BudgetExhausted(this.template.file, v.span);
    switch (v.kind) {
      case "list": {
        let items;
        for (let i = 0; i < v.items.length; i++) {
          const item = v.items[i];
          const e = this.value(item);
          if (e === item && items === void 0) continue;
          items ??= v.items.slice(0, i);
          if (e === NO_VALUE) continue;
          if (e.kind === "list" && this.choices.has(e)) {
            for (const alternative of e.items) {
              if (alternative === NO_VALUE) continue;
              const own = this.ownCopy(alternative);
              this.conditional.add(own);
              items.push(own);
            }
          } else items.push(e);
        }
        return items === void 0 ? v : { kind: "list", items, ...v.span ? { span: v.span } : {} };
      }
      case "object": {
        if (v.entries.size === 1) {
          const [key, arg] = v.entries.entries().next().value;
          if (key === "Ref" || key.startsWith("Fn::") || key.startsWith("!") && key.length > 1) return this.intrinsic(key, arg, v);
        }
        let entries;
        for (const [key, item] of v.entries) {
          const e = this.value(item);
          if (e === item && entries === void 0) continue;
          if (entries === void 0) {
            entries = /* @__PURE__ */ new Map();
            for (const [k, x] of v.entries) {
              if (k === key) break;
              entries.set(k, x);
            }
          }
          if (e === NO_VALUE) continue;
          entries.set(key, this.flattenChoice(e));
        }
        return entries === void 0 ? v : { kind: "object", entries, ...v.span ? { span: v.span } : {} };
      }
      default:
        return v;
    }
  }
  /** A value marked conditional must be this occurrence only, not a node a YAML alias shares with other places. */
  ownCopy(v) {
    return v.kind === "list" || v.kind === "object" ? { ...v } : v;
  }
  unknownValue(expr, at, extra = {}) {
    return { kind: "unknown", expr, ...extra, ...at.span ? { span: at.span } : {} };
  }
  intrinsic(name, arg, node) {
    const span = node.span;
    const withSpan = (x) => span ? { ...x, span } : x;
    switch (name) {
      case "Ref":
        return arg.kind === "string" ? this.ref(arg.value, node) : this.unknownValue("Ref", node, { reason: "error" });
      case "Fn::GetAtt":
        return this.getAtt(arg, node);
      case "Fn::Sub":
        return this.sub(arg, node);
      case "Fn::Join": {
        const args = this.args(arg);
        if (args.length !== 2) return this.unknownValue("Fn::Join", node, { reason: "error" });
        const delimiter = this.value(args[0]);
        const list = this.value(args[1]);
        if (delimiter.kind !== "string" || list.kind !== "list") return this.unknownValue(`Fn::Join(${exprText(list)})`, node, { reason: "unknown-list" });
        return withSpan(concatText(list.items, delimiter.value));
      }
      case "Fn::Select": {
        const args = this.args(arg);
        if (args.length !== 2) return this.unknownValue("Fn::Select", node, { reason: "error" });
        const index = this.value(args[0]);
        const list = this.value(args[1]);
        const i = index.kind === "number" ? index.value : index.kind === "string" ? Number(index.value) : NaN;
        if (list.kind === "list" && Number.isInteger(i) && i >= 0 && i < list.items.length) return list.items[i];
        return this.unknownValue(`Fn::Select(${exprText(index)}, ${exprText(list)})`, node, { reason: "unknown-list" });
      }
      case "Fn::Split": {
        const args = this.args(arg);
        if (args.length !== 2) return this.unknownValue("Fn::Split", node, { reason: "error" });
        const delimiter = this.value(args[0]);
        const text = this.value(args[1]);
        if (delimiter.kind === "string" && delimiter.value !== "" && text.kind === "string" && !text.unknowns?.length) {
          return withSpan({ kind: "list", items: text.value.split(delimiter.value).map((s) => withSpan({ kind: "string", value: s })) });
        }
        return this.unknownValue(`Fn::Split(${exprText(text)})`, node, { reason: "unknown-string" });
      }
      case "Fn::FindInMap":
        return this.findInMap(arg, node);
      case "Fn::If": {
        const args = this.args(arg);
        if (args.length !== 3 || args[0].kind !== "string") return this.unknownValue("Fn::If", node, { reason: "error" });
        const holds = this.condition(args[0].value);
        if (holds === true) return this.value(args[1]);
        if (holds === false) return this.value(args[2]);
        const choice = withSpan({ kind: "list", items: [this.value(args[1]), this.value(args[2])] });
        this.choices.add(choice);
        return choice;
      }
      case "Fn::Base64": {
        const text = this.value(arg);
        if (text.kind === "string" && !text.unknowns?.length) return withSpan({ kind: "string", value: Buffer.from(text.value).toString("base64") });
        return this.unknownValue(`Fn::Base64(${exprText(text)})`, node, { reason: "unknown-string" });
      }
      case "Fn::GetAZs":
        return this.unknownValue("Fn::GetAZs", node, { reason: "deploy-time" });
      case "Fn::ImportValue": {
        const exported = this.value(arg);
        return this.unknownValue(`ImportValue(${exprText(exported)})`, node, { reason: "import-value" });
      }
      case "Fn::Cidr":
        return this.unknownValue("Fn::Cidr", node, { reason: "deploy-time" });
      case "Fn::Length": {
        const list = this.value(arg);
        if (list.kind === "list") return withSpan({ kind: "number", value: list.items.length });
        return this.unknownValue(`Fn::Length(${exprText(list)})`, node, { reason: "unknown-list" });
      }
      case "Fn::ToJsonString": {
        const inner = this.value(arg);
        const unknowns = collectUnknowns(inner);
        const text = withSpan({ kind: "string", value: JSON.stringify(toPlain(inner)) });
        if (unknowns.length > 0) text.unknowns = unknowns;
        return text;
      }
      case "Fn::Transform":
        return this.unknownValue("Fn::Transform", node, { reason: "macro" });
      case "Fn::Equals":
      case "Fn::And":
      case "Fn::Or":
      case "Fn::Not": {
        const holds = this.conditionExpression(node);
        return holds === void 0 ? this.unknownValue(name, node, { reason: "condition" }) : withSpan({ kind: "bool", value: holds });
      }
      default:
        return this.unknownValue(name, node, { reason: "unsupported-function" });
    }
  }
  args(arg) {
    return arg.kind === "list" ? arg.items : [arg];
  }
  ref(name, at) {
    if (name === "AWS::NoValue") return NO_VALUE;
    if (name === "AWS::NotificationARNs") return this.unknownValue(name, at, { reason: "deploy-time" });
    if (PSEUDO_PARAMETERS.has(name)) return { kind: "string", value: "${" + name + "}", ...at.span ? { span: at.span } : {} };
    if (this.template.parameters.has(name)) return this.parameter(name, at);
    const address = this.addresses.get(name);
    if (address !== void 0) return this.unknownValue(name, at, { ref: { address, attribute: "Ref" }, reason: "computed-attribute" });
    return this.unknownValue(name, at, { reason: "undefined-reference" });
  }
  getAtt(arg, at) {
    const parts = arg.kind === "list" ? arg.items.map((i) => this.value(i)) : [this.value(arg)];
    const [target, attribute] = parts;
    if (target?.kind !== "string" || attribute?.kind !== "string") return this.unknownValue("Fn::GetAtt", at, { reason: "error" });
    const expr = `${target.value}.${attribute.value}`;
    const address = this.addresses.get(target.value);
    if (address !== void 0) return this.unknownValue(expr, at, { ref: { address, attribute: attribute.value }, reason: "computed-attribute" });
    return this.unknownValue(expr, at, { reason: "undefined-reference" });
  }
  parameter(name, at) {
    let value = this.parameterCache.get(name);
    if (!value) {
      value = this.parameterValue(name);
      this.parameterCache.set(name, value);
    }
    if (value.kind === "unknown") return this.unknownValue(value.expr, at, { reason: value.reason ?? "input-variable" });
    return at.span ? { ...value, span: at.span } : value;
  }
  parameterValue(name) {
    const declaration = this.template.parameters.get(name);
    const typeValue = declaration.entries.get("Type");
    const type = typeValue?.kind === "string" ? typeValue.value : "String";
    if (type.startsWith("AWS::SSM::Parameter::Value")) return { kind: "unknown", expr: name, reason: "ssm-parameter" };
    const given = this.options.parameters[name];
    let raw = given !== void 0 ? { kind: "string", value: given } : declaration.entries.get("Default");
    if (!raw) return { kind: "unknown", expr: name, reason: "input-variable" };
    if (raw.kind === "number" || raw.kind === "bool") raw = { kind: "string", value: String(raw.value) };
    const isList = type === "CommaDelimitedList" || type.startsWith("List<");
    if (isList && raw.kind === "string") {
      return { kind: "list", items: raw.value.split(",").map((s) => ({ kind: "string", value: s.trim() })) };
    }
    if (isList && raw.kind === "list") return raw;
    return raw.kind === "string" ? { kind: "string", value: raw.value } : { kind: "unknown", expr: name, reason: "input-variable" };
  }
  findInMap(arg, at) {
    const args = this.args(arg).map((a) => this.value(a));
    const names = args.slice(0, 3).map(keyText);
    const fallback = args[3]?.kind === "object" ? args[3].entries.get("DefaultValue") : void 0;
    const expr = `FindInMap(${args.slice(0, 3).map(exprText).join(", ")})`;
    if (names.some((n) => n === void 0)) return fallback ?? this.unknownValue(expr, at, { reason: "unknown-key" });
    const [mapName, topKey, secondKey] = names;
    const map = this.template.mappings?.entries.get(mapName);
    const top = map?.kind === "object" ? map.entries.get(topKey) : void 0;
    const found = top?.kind === "object" ? top.entries.get(secondKey) : void 0;
    if (found) return this.value(found);
    return fallback ?? this.unknownValue(expr, at, { reason: "missing-mapping" });
  }
  /** `Fn::Sub` in both forms; `${!Literal}` writes `${Literal}`. */
  sub(arg, at) {
    let templateText;
    let variables;
    if (arg.kind === "list") {
      templateText = arg.items[0];
      const vars = arg.items[1] ? this.value(arg.items[1]) : void 0;
      if (vars?.kind === "object") variables = vars;
    } else templateText = arg;
    const text = templateText ? this.value(templateText) : void 0;
    if (text?.kind !== "string") return this.unknownValue("Fn::Sub", at, { reason: "error" });
    let out = "";
    const unknowns = [...text.unknowns ?? []];
    const source = text.value;
    let i = 0;
    while (i < source.length) {
      const open = source.indexOf("${", i);
      if (open === -1) {
        out += source.slice(i);
        break;
      }
      out += source.slice(i, open);
      const close = source.indexOf("}", open + 2);
      if (close === -1) {
        out += source.slice(open);
        break;
      }
      const name = source.slice(open + 2, close);
      i = close + 1;
      if (name.startsWith("!")) {
        out += "${" + name.slice(1) + "}";
        continue;
      }
      const trimmed = name.trim();
      const variable = variables?.entries.get(trimmed);
      const replacement = variable ?? this.subReference(trimmed, at);
      if (replacement === NO_VALUE) continue;
      const piece = concatText([replacement], "");
      out += piece.value;
      for (const u of piece.unknowns ?? []) if (!unknowns.includes(u)) unknowns.push(u);
    }
    const result = { kind: "string", value: out, ...at.span ? { span: at.span } : {} };
    if (unknowns.length > 0) result.unknowns = unknowns;
    return result;
  }
  subReference(name, at) {
    const dot = name.indexOf(".");
    if (dot !== -1 && !PSEUDO_PARAMETERS.has(name)) {
      return this.getAtt({ kind: "list", items: [{ kind: "string", value: name.slice(0, dot) }, { kind: "string", value: name.slice(dot + 1) }] }, at);
    }
    return this.ref(name, at);
  }
  /** Named condition: true, false, or undefined when it depends on something unknown before deployment. */
  condition(name) {
    if (this.conditionCache.has(name)) return this.conditionCache.get(name);
    const expression = this.template.conditions.get(name);
    if (!expression || this.conditionsInProgress.has(name)) return void 0;
    this.conditionsInProgress.add(name);
    const holds = this.conditionExpression(expression);
    this.conditionsInProgress.delete(name);
    this.conditionCache.set(name, holds);
    return holds;
  }
  conditionExpression(v) {
    if (v.kind === "bool") return v.value;
    if (v.kind === "string") return v.value === "true" ? true : v.value === "false" ? false : void 0;
    if (v.kind !== "object" || v.entries.size !== 1) return void 0;
    const [key, arg] = v.entries.entries().next().value;
    const args = this.args(arg);
    switch (key) {
      case "Condition":
        return arg.kind === "string" ? this.condition(arg.value) : void 0;
      case "Fn::Not": {
        const x = this.conditionExpression(args[0] ?? NO_VALUE);
        return x === void 0 ? void 0 : !x;
      }
      case "Fn::And": {
        const xs = args.map((a) => this.conditionExpression(a));
        if (xs.includes(false)) return false;
        return xs.every((x) => x === true) ? true : void 0;
      }
      case "Fn::Or": {
        const xs = args.map((a) => this.conditionExpression(a));
        if (xs.includes(true)) return true;
        return xs.every((x) => x === false) ? false : void 0;
      }
      case "Fn::Equals": {
        if (args.length !== 2) return void 0;
        const a = comparable(this.value(args[0]));
        const b = comparable(this.value(args[1]));
        return a === void 0 || b === void 0 ? void 0 : a === b;
      }
      default:
        return void 0;
    }
  }
};
function comparable(v) {
  if (v.kind === "string") return v.unknowns?.length || v.value.includes("${AWS::") ? void 0 : v.value;
  if (v.kind === "number" || v.kind === "bool") return String(v.value);
  return void 0;
}
function keyText(v) {
  return v ? comparable(v) : void 0;
}
function exprText(v) {
  if (v.kind === "unknown") return v.expr;
  if (v.kind === "string") return v.value;
  return JSON.stringify(toPlain(v));
}
function concatText(items, delimiter) {
  const parts = [];
  const unknowns = [];
  const note = (u) => {
    if (!unknowns.includes(u)) unknowns.push(u);
  };
  for (const item of items) {
    switch (item.kind) {
      case "string":
        parts.push(item.value);
        for (const u of item.unknowns ?? []) note(u);
        break;
      case "number":
      case "bool":
        parts.push(String(item.value));
        break;
      case "unknown":
        parts.push("${" + item.expr + "}");
        note(item.expr);
        break;
      case "null":
        break;
      default:
        parts.push(JSON.stringify(toPlain(item)));
        for (const u of collectUnknowns(item)) note(u);
    }
  }
  const out = { kind: "string", value: parts.join(delimiter) };
  if (unknowns.length > 0) out.unknowns = unknowns;
  return out;
}

// src/evaluate/cloudformation/parameters.ts
import { readFileSync } from "node:fs";
function readParameterFiles(files, displayPath) {
  const values = {};
  const errors = [];
  for (const abs of files) {
    const file = displayPath(abs);
    const fail = (message) => errors.push({ file, line: 1, column: 1, message, code: "config" });
    let data;
    try {
      data = JSON.parse(readFileSync(abs, "utf8").replace(/^\uFEFF/, ""));
    } catch (e) {
      fail(`cannot read parameter file: ${e.message}`);
      continue;
    }
    if (Array.isArray(data)) {
      for (const [i, entry] of data.entries()) {
        const key = entry?.ParameterKey;
        const value = entry?.ParameterValue;
        if (typeof key !== "string" || value === void 0 || value === null || typeof value === "object") {
          fail(`parameter file entry ${i}: expected {"ParameterKey": "...", "ParameterValue": "..."}`);
          continue;
        }
        values[key] = String(value);
      }
    } else if (data && typeof data === "object" && typeof data.Parameters === "object" && data.Parameters !== null) {
      for (const [key, value] of Object.entries(data.Parameters)) {
        if (value === null || typeof value === "object") fail(`parameter ${key}: expected a string value`);
        else values[key] = String(value);
      }
    } else {
      fail('parameter file: expected [{"ParameterKey", "ParameterValue"}] or {"Parameters": {...}}');
    }
  }
  return { values, errors };
}

// src/pipeline/frontends/cloudformation.ts
function scanTemplate(file, parameters) {
  const result = parsed(file);
  forgetParsed(file);
  if (result.error) return { grants: [], errors: [result.error], unresolved: [] };
  if (result.value.kind !== "object") return { grants: [], errors: [], unresolved: [] };
  const raw = readTemplate(result.value, result.keySpans, file.path);
  if (isSamTemplate(raw)) expandSam(raw);
  const evaluation = evaluateTemplate(raw, { parameters, resourceTypes: CLOUDFORMATION_IAM_TYPES });
  const aws = extractAwsFromCloudFormation(evaluation);
  return { grants: aws.grants, errors: [...evaluation.errors, ...aws.errors], unresolved: [...evaluation.unresolved, ...aws.unresolved] };
}
var cloudFormationFrontEnd = {
  format: "cloudformation",
  claims: claimsTemplate,
  run(files, _all, options) {
    const fromFiles = readParameterFiles(options.parameterFiles, (abs) => path.relative(options.root, abs).split(path.sep).join("/"));
    const parameters = { ...fromFiles.values, ...options.parameters };
    const out = { grants: [], errors: [...fromFiles.errors], unresolved: [], files: [], comments: /* @__PURE__ */ new Map() };
    for (const file of files) {
      out.files.push(file.path);
      try {
        const scanned = scanTemplate(file, parameters);
        out.grants.push(...scanned.grants);
        out.errors.push(...scanned.errors);
        out.unresolved.push(...scanned.unresolved);
      } catch (e) {
        const message = `cloudformation front end failed: ${e.message}`;
        out.errors.push({ file: file.path, line: 1, column: 1, message: options.debug ? `${message}
${e.stack}` : message, code: "internal" });
      }
      const comments = suppressionComments(file.text);
      if (comments.length > 0) out.comments.set(file.path, comments);
    }
    return out;
  }
};
function suppressionComments(text) {
  if (!text.includes("grantlint")) return [];
  const out = [];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    const m = /(^|\s)#\s*(grantlint.*)$/.exec(line);
    if (m) out.push({ line: i + 1, column: m.index + m[1].length + 1, text: m[2].trimEnd() });
  });
  return out;
}
export {
  cloudFormationFrontEnd,
  scanTemplate
};
