import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  LineIndex
} from "./chunk-S2ETVMBP.mjs";
import {
  makeGrant
} from "./chunk-YZXYJYQ3.mjs";
import {
  POLICY_JSON,
  parseJsonValue,
  scalarText
} from "./chunk-E2WJM2F3.mjs";

// src/analyze/aws/data-files.ts
import { fileURLToPath as __bundleFileURLToPath } from "node:url";
import { closeSync, openSync, readSync } from "node:fs";
function awsDataFile(name) {
  return __bundleFileURLToPath(new URL(`./${name}`, import.meta.url));
}
var IndexedLines = class {
  constructor(file) {
    this.file = file;
  }
  file;
  index;
  bodyStart = 0;
  keys() {
    return this.load().keys();
  }
  has(key) {
    return this.load().has(key);
  }
  get size() {
    return this.load().size;
  }
  /** The line stored under `key`, or undefined. */
  line(key) {
    const at = this.load().get(key);
    if (!at) return void 0;
    const [offset, length] = at;
    const fd = openSync(this.file, "r");
    try {
      return readExactly(fd, this.bodyStart + offset, length, this.file).toString("utf8");
    } finally {
      closeSync(fd);
    }
  }
  load() {
    if (this.index) return this.index;
    const fd = openSync(this.file, "r");
    try {
      let head = Buffer.alloc(0);
      let newline = -1;
      while (newline < 0) {
        const chunk = Buffer.allocUnsafe(64 * 1024);
        const n = readSync(fd, chunk, 0, chunk.length, head.length);
        if (n === 0) throw new Error(`${this.file}: no header line`);
        head = Buffer.concat([head, chunk.subarray(0, n)]);
        newline = head.indexOf(10);
      }
      const header = JSON.parse(head.toString("utf8", 0, newline));
      this.bodyStart = newline + 1;
      this.index = new Map(Object.entries(header.index));
    } finally {
      closeSync(fd);
    }
    return this.index;
  }
};
function readExactly(fd, position, length, file) {
  const buffer = Buffer.allocUnsafe(length);
  for (let filled = 0; filled < length; ) {
    const n = readSync(fd, buffer, filled, length - filled, position + filled);
    if (n === 0) throw new Error(`${file}: a line ends early`);
    filled += n;
  }
  return buffer;
}

// src/analyze/aws/iam-data.ts
var CATALOGUE_PATH = awsDataFile("iam-catalogue.jsonl");
var ACCESS_LEVELS = ["List", "Read", "Write", "Permissions management", "Tagging"];
var catalogueFile = new IndexedLines(CATALOGUE_PATH);
var services = /* @__PURE__ */ new Map();
var everyAction;
function decodeService(line) {
  const [prefix, actions, resourceTypes] = JSON.parse(line);
  const byLowerName = /* @__PURE__ */ new Map();
  const all = [];
  for (const [name, level, types, keys] of actions) {
    const info = {
      name: `${prefix}:${name}`,
      accessLevel: ACCESS_LEVELS[level],
      wildcardOnly: types.length === 0,
      resourceTypes: types,
      conditionKeys: keys
    };
    byLowerName.set(name.toLowerCase(), info);
    all.push(info.name);
  }
  return {
    byLowerName,
    all,
    resourceTypes: new Map(resourceTypes.map(([key, arn, keys]) => [key.toLowerCase(), { key, arn, conditionKeys: keys }]))
  };
}
function serviceCatalogue(prefix) {
  const key = prefix.toLowerCase();
  const cached = services.get(key);
  if (cached) return cached;
  const line = catalogueFile.line(key);
  if (line === void 0) return void 0;
  const catalogue = decodeService(line);
  services.set(key, catalogue);
  return catalogue;
}
function splitAction(action) {
  const colon = action.indexOf(":");
  if (colon <= 0 || colon === action.length - 1) return void 0;
  return [action.slice(0, colon), action.slice(colon + 1)];
}
function actionInfo(action) {
  const parts = splitAction(action);
  if (!parts) return void 0;
  return serviceCatalogue(parts[0])?.byLowerName.get(parts[1].toLowerCase());
}
function isKnownService(prefix) {
  return catalogueFile.has(prefix.toLowerCase());
}
function knownServices() {
  return [...catalogueFile.keys()];
}
function isKnownAction(action) {
  return actionInfo(action) !== void 0;
}
function hasWildcard(text) {
  return text.includes("*") || text.includes("?");
}
var wildcardRegexCache = /* @__PURE__ */ new Map();
function wildcardRegex(pattern) {
  let re = wildcardRegexCache.get(pattern);
  if (!re) {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
    re = new RegExp(`^${body}$`, "i");
    wildcardRegexCache.set(pattern, re);
  }
  return re;
}
function expandActionPattern(pattern) {
  const text = pattern.trim();
  if (text === "*") {
    everyAction ??= knownServices().flatMap((p) => serviceCatalogue(p)?.all ?? []);
    return everyAction;
  }
  const parts = splitAction(text);
  if (!parts) return [];
  const [prefixPattern, namePattern] = parts;
  const prefixesToSearch = hasWildcard(prefixPattern) ? knownServices().filter((p) => wildcardRegex(prefixPattern).test(p)) : isKnownService(prefixPattern) ? [prefixPattern.toLowerCase()] : [];
  const out = [];
  for (const prefix of prefixesToSearch) {
    const catalogue = serviceCatalogue(prefix);
    if (!catalogue) continue;
    if (namePattern === "*") {
      out.push(...catalogue.all);
    } else if (!hasWildcard(namePattern)) {
      const info = catalogue.byLowerName.get(namePattern.toLowerCase());
      if (info) out.push(info.name);
    } else {
      const re = wildcardRegex(namePattern);
      for (const [lower, info] of catalogue.byLowerName) if (re.test(lower)) out.push(info.name);
    }
  }
  return out;
}
function accessLevel(action) {
  return actionInfo(action)?.accessLevel;
}
function acceptsOnlyWildcardResource(action) {
  return actionInfo(action)?.wildcardOnly ?? false;
}
function serviceActionCount(prefix) {
  return serviceCatalogue(prefix)?.all.length ?? 0;
}

// src/analyze/aws/policy-semantics.ts
function isUnresolvedText(text) {
  return text.includes("${");
}
function actionPatternMatches(pattern, action) {
  if (isUnresolvedText(pattern)) return false;
  if (pattern === "*") return true;
  return hasWildcard(pattern) ? wildcardRegex(pattern).test(action) : pattern.toLowerCase() === action.toLowerCase();
}
var allActionsCache;
function allActions() {
  allActionsCache ??= expandActionPattern("*");
  return allActionsCache;
}
var coveredCache = /* @__PURE__ */ new WeakMap();
function coveredActions(grant) {
  const key = grant;
  const cached = coveredCache.get(key);
  if (cached) return cached;
  let result;
  if (grant.notActions.length > 0) {
    const excluded = grant.notActions.filter((p) => !isUnresolvedText(p));
    result = allActions().filter((a) => !excluded.some((p) => actionPatternMatches(p, a)));
  } else {
    const seen = /* @__PURE__ */ new Set();
    for (const pattern of grant.actions) {
      if (isUnresolvedText(pattern)) continue;
      for (const a of expandActionPattern(pattern)) seen.add(a);
    }
    result = [...seen];
  }
  coveredCache.set(key, result);
  return result;
}
function grantCoversAction(grant, action) {
  if (grant.notActions.length > 0) return !grant.notActions.some((p) => actionPatternMatches(p, action));
  return grant.actions.some((p) => actionPatternMatches(p, action));
}
function unknownActionElements(elements) {
  return elements.filter(isUnknownActionElement);
}
var unknownElementCache = /* @__PURE__ */ new Map();
function isUnknownActionElement(e) {
  if (isUnresolvedText(e) || e === "*") return false;
  let unknown = unknownElementCache.get(e);
  if (unknown === void 0) {
    unknown = hasWildcard(e) ? expandActionPattern(e).length === 0 : !isKnownAction(e);
    unknownElementCache.set(e, unknown);
  }
  return unknown;
}
function isWildcardResourceElement(resource) {
  if (resource === "*") return true;
  const parts = resource.split(":");
  if (parts[0] !== "arn" || parts.length < 6) return false;
  const [, , serviceName, region, account, ...rest] = parts;
  return serviceName === "*" && region === "*" && account === "*" && rest.join(":") === "*";
}
function isWildcardResource(resources) {
  return resources.some(isWildcardResourceElement);
}
function isFullAdmin(grant) {
  return grant.effect === "allow" && grant.notActions.length === 0 && grant.actions.includes("*") && grant.notResources.length === 0 && isWildcardResource(grant.resources);
}
function serviceWildcards(grant) {
  return grant.actions.filter((a) => a === "*" || /^[a-z0-9-]+:\*$/i.test(a));
}
var MANAGED_POLICIES = [
  { name: "AdministratorAccess", level: "admin", reason: "allows every action on every resource", statements: [{ actions: ["*"], resources: ["*"] }] },
  {
    name: "PowerUserAccess",
    level: "admin",
    reason: "allows every action outside IAM, Organizations and Account management: near-administrator",
    statements: [{ notActions: ["iam:*", "organizations:*", "account:*"], resources: ["*"] }]
  },
  {
    name: "IAMFullAccess",
    level: "privileged",
    reason: "allows iam:* which opens every IAM self-escalation path",
    statements: [{ actions: ["iam:*"], resources: ["*"] }]
  },
  { name: "AWSOrganizationsFullAccess", level: "privileged", reason: "controls the whole organization (accounts, SCPs)" },
  { name: "AWSCloudShellFullAccess", level: "privileged", reason: "shell with file transfer; CIS asks to restrict it" },
  { name: "AdministratorAccess-Amplify", level: "privileged", reason: "service administrator variant with wide IAM and compute permissions" },
  { name: "AdministratorAccess-AWSElasticBeanstalk", level: "privileged", reason: "service administrator variant with wide IAM and compute permissions" },
  { name: "job-function/SystemAdministrator", level: "privileged", reason: "broad service administration including scoped iam:PassRole" },
  { name: "job-function/NetworkAdministrator", level: "privileged", reason: "broad network administration" },
  { name: "job-function/DatabaseAdministrator", level: "privileged", reason: "broad database administration including scoped iam:PassRole" },
  { name: "job-function/DataScientist", level: "privileged", reason: "broad data and compute access including scoped iam:PassRole" },
  { name: "ReadOnlyAccess", level: "read-all", reason: "reads every service, including data (exfiltration)" }
];
var MANAGED_BY_NAME = new Map(MANAGED_POLICIES.map((p) => [p.name.toLowerCase(), p]));
var AWS_MANAGED_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/(.+)$/;
function awsManagedPolicyName(arn) {
  return AWS_MANAGED_ARN.exec(arn)?.[1];
}
function awsManagedPolicyFacts(arn) {
  const name = awsManagedPolicyName(arn);
  if (name === void 0) return void 0;
  return MANAGED_BY_NAME.get(name.toLowerCase());
}

// src/extract/aws/policy-json.ts
function positionMapperFor(value) {
  const span = value.span;
  if (!span) return () => void 0;
  const text = value.value;
  const lines = new LineIndex(text, span.file);
  const newlines = lines.position(text.length).line - 1;
  const locate = (offset) => {
    const { line, column } = lines.position(offset);
    return { lineIndex: line - 1, columnIndex: column - 1 };
  };
  const spanLines = span.endLine - span.line;
  if (newlines > 0 && spanLines === newlines + 1 && text.endsWith("\n")) {
    return (offset) => {
      const { lineIndex, columnIndex } = locate(offset);
      return { line: span.line + 1 + lineIndex, column: 1 + (value.indent ?? 0) + columnIndex };
    };
  }
  const width = span.endColumn - span.column;
  if (newlines === 0 && width !== text.length && width !== text.length + 2) return () => void 0;
  if (spanLines === newlines) {
    const firstColumn = newlines === 0 && span.endColumn - span.column > text.length ? span.column + 1 : span.column;
    return (offset) => {
      const { lineIndex, columnIndex } = locate(offset);
      return lineIndex === 0 ? { line: span.line, column: firstColumn + columnIndex } : { line: span.line + lineIndex, column: 1 + columnIndex };
    };
  }
  return () => void 0;
}
var MAX_POLICY_NESTING = 256;
function parseJsonWithPositions(text, map, fallback, unknownExprs = []) {
  const r = parseJsonValue(text, {
    ...POLICY_JSON,
    file: fallback.file,
    // The policy dialect counts the document itself as the first level.
    maxDepth: MAX_POLICY_NESTING - 1,
    interpolations: { unknownExprs },
    positions: { map, fallback }
  });
  return r.error ? { error: { message: r.error.message, line: r.error.line, column: r.error.column } } : { value: r.value };
}

// src/extract/aws/policy.ts
var STATEMENT_ELEMENTS = ["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal", "Condition"];
function element(entries, name) {
  const exact = entries.get(name);
  if (exact) return exact;
  for (const [k, v] of entries) if (k.toLowerCase() === name.toLowerCase()) return v;
  return void 0;
}
function jsonSource(v) {
  const source = v.source;
  return source && (source.kind === "object" || source.kind === "list") ? source : void 0;
}
var StatementReader = class {
  unresolved = [];
  malformed = [];
  noteUnknown(expr, ref) {
    if (!this.unresolved.some((u) => u.expr === expr)) this.unresolved.push(ref ? { expr, ref } : { expr });
  }
  /** The text of a scalar; unknowns become `${expr}` and are recorded. */
  text(v, what) {
    switch (v.kind) {
      case "string":
        for (const u of v.unknowns ?? []) this.noteUnknown(u);
        return v.value;
      case "number":
      case "bool":
        return String(v.value);
      case "unknown":
        this.noteUnknown(v.expr, v.ref);
        return "${" + v.expr + "}";
      case "null":
        return void 0;
      default:
        this.malformed.push(`${what} must be a string or a list of strings`);
        return void 0;
    }
  }
  /** A string-or-list element as a list of texts. */
  list(v, what) {
    if (!v) return [];
    if (v.kind === "list") return v.items.flatMap((i) => this.text(i, what) ?? []);
    const t = this.text(v, what);
    return t === void 0 ? [] : [t];
  }
  principals(v, what) {
    if (v.kind === "string" && v.value === "*") return [{ key: "*", value: "*" }];
    if (v.kind === "unknown") {
      this.noteUnknown(v.expr, v.ref);
      return [{ key: "?", value: "${" + v.expr + "}", ...v.ref ? { ref: v.ref } : {} }];
    }
    if (v.kind !== "object") {
      this.malformed.push(`${what} must be "*" or an object such as {"AWS": ...}`);
      return [];
    }
    const out = [];
    for (const [key, value] of v.entries) {
      const items = value.kind === "list" ? value.items : [value];
      for (const item of items) {
        const text = this.text(item, `${what}.${key}`);
        if (text === void 0) continue;
        const ref = item.kind === "unknown" ? item.ref : void 0;
        out.push(ref ? { key, value: text, ref } : { key, value: text });
      }
    }
    return out;
  }
  conditions(v) {
    const out = {};
    if (v.kind === "unknown") {
      this.noteUnknown(v.expr, v.ref);
      return out;
    }
    if (v.kind !== "object") {
      this.malformed.push("Condition must be an object of operators");
      return out;
    }
    for (const [operator, keys] of v.entries) {
      if (keys.kind === "unknown") {
        this.noteUnknown(keys.expr, keys.ref);
        continue;
      }
      if (keys.kind !== "object") {
        this.malformed.push(`Condition operator ${operator} must map condition keys to values`);
        continue;
      }
      const byKey = out[operator] ??= {};
      for (const [key, values] of keys.entries) byKey[key] = [...byKey[key] ?? [], ...this.list(values, `Condition ${operator} ${key}`)];
    }
    return out;
  }
};
function readStatement(v, index) {
  const r = new StatementReader();
  const get = (name) => element(v.entries, name);
  for (const key of v.entries.keys()) {
    if (!STATEMENT_ELEMENTS.includes(key)) {
      const proper = STATEMENT_ELEMENTS.find((e) => e.toLowerCase() === key.toLowerCase());
      r.malformed.push(proper ? `element "${key}" must be spelled "${proper}"` : `unknown statement element "${key}"`);
    }
  }
  const sidValue = get("Sid");
  const sid = sidValue ? r.text(sidValue, "Sid") : void 0;
  let effect = "allow";
  const effectValue = get("Effect");
  const effectText = effectValue ? r.text(effectValue, "Effect") : void 0;
  if (effectText === void 0) r.malformed.push("missing Effect");
  else if (effectText === "Deny") effect = "deny";
  else if (effectText !== "Allow" && effectValue?.kind !== "unknown" && !(effectValue?.kind === "string" && effectValue.unknowns?.length)) {
    r.malformed.push(`Effect "${effectText}" must be "Allow" or "Deny"`);
    if (effectText.toLowerCase() === "deny") effect = "deny";
  }
  const action = get("Action");
  const notAction = get("NotAction");
  if (action && notAction) r.malformed.push("Action and NotAction in one statement");
  if (!action && !notAction) r.malformed.push("missing Action or NotAction");
  const resource = get("Resource");
  const notResource = get("NotResource");
  if (resource && notResource) r.malformed.push("Resource and NotResource in one statement");
  const principal = get("Principal");
  const notPrincipal = get("NotPrincipal");
  if (principal && notPrincipal) r.malformed.push("Principal and NotPrincipal in one statement");
  const condition = get("Condition");
  const statement = {
    index,
    effect,
    actions: r.list(action, "Action"),
    notActions: r.list(notAction, "NotAction"),
    resources: r.list(resource, "Resource"),
    notResources: r.list(notResource, "NotResource"),
    conditions: condition ? r.conditions(condition) : {},
    unresolved: r.unresolved,
    malformed: r.malformed
  };
  if (sid !== void 0) statement.sid = sid;
  if (principal) statement.principals = r.principals(principal, "Principal");
  if (notPrincipal) statement.notPrincipals = r.principals(notPrincipal, "NotPrincipal");
  if (v.span) statement.span = v.span;
  return statement;
}
function locatedError(fallback, message, at) {
  return { file: fallback.file, line: at?.line ?? fallback.line, column: at?.column ?? fallback.column, message, code: "parse" };
}
function parsePolicyDocument(doc, fallback) {
  const result = { statements: [], errors: [], unresolved: [] };
  const where = doc.span ?? fallback;
  let value = doc;
  if (doc.kind === "string" && doc.value.trim() === "" && !doc.unknowns?.length) {
    result.unresolved.push({ span: where, expr: '""', reason: "empty policy document: it grants nothing" });
    return result;
  }
  if (doc.kind === "string") {
    const source = jsonSource(doc);
    if (source) value = source;
    else {
      const parsed = parseJsonWithPositions(doc.value, positionMapperFor(doc), where, doc.unknowns ?? []);
      if (!parsed.value) {
        result.errors.push(locatedError(where, parsed.error.message, parsed.error));
        return result;
      }
      value = parsed.value;
    }
  }
  if (value.kind === "unknown") {
    result.unresolved.push({ span: value.span ?? where, expr: value.expr, reason: value.reason ?? "policy document could not be evaluated" });
    return result;
  }
  if (value.kind === "null") return result;
  if (value.kind !== "object") {
    result.errors.push(locatedError(value.span ?? where, "invalid policy document: expected a JSON object with a Statement element"));
    return result;
  }
  const version = element(value.entries, "Version");
  if (!version || version.kind === "null") result.version = null;
  else if (version.kind === "string" && !version.unknowns?.length) result.version = version.value;
  const statements = element(value.entries, "Statement");
  if (!statements) {
    result.errors.push(locatedError(value.span ?? where, "invalid policy document: missing Statement element"));
    return result;
  }
  const items = statements.kind === "list" ? statements.items : [statements];
  items.forEach((item, index) => {
    if (item.kind === "object") result.statements.push(readStatement(item, index));
    else if (item.kind === "unknown") {
      result.unresolved.push({ span: item.span ?? statements.span ?? where, expr: item.expr, reason: item.reason ?? "statement could not be evaluated" });
    } else if (item.kind !== "null") {
      result.errors.push(locatedError(item.span ?? where, `invalid policy document: Statement ${index} must be an object`));
    }
  });
  return result;
}
var ACCOUNT_ID = /^\d{12}$/;
function federatedIssuer(text) {
  const oidc = /:oidc-provider\/(.+)$/.exec(text);
  return oidc ? oidc[1] : text;
}
function classifyPrincipal(entry) {
  const { key, value } = entry;
  if (value === "*" && (key === "*" || key === "AWS")) return { type: "public", name: "*" };
  switch (key) {
    case "Service":
      return { type: "service", name: value };
    case "Federated":
      return { type: "federated", name: federatedIssuer(value) };
    case "CanonicalUser":
      return { type: "account", name: value };
    default:
      break;
  }
  if (ACCOUNT_ID.test(value)) return { type: "account", name: value };
  const arn = /^arn:[^:]*:(iam|sts)::([^:]*):(.+)$/.exec(value);
  if (arn) {
    const [, , account, rest] = arn;
    if (rest === "root") return account === "*" ? { type: "public", name: value } : { type: "account", name: value };
    if (/^(role|assumed-role)\//.test(rest)) return { type: "role", name: value };
    if (/^(user|federated-user)\//.test(rest)) return { type: "user", name: value };
  }
  return { type: "unknown", name: value };
}
function trustActions(statement) {
  const assume = statement.actions.filter((a) => /^sts:(AssumeRole|\*)/i.test(a) || a === "*");
  return (assume.length > 0 ? assume : statement.actions).join(",");
}
function grantsFromStatements(statements, ctx) {
  const grants = [];
  const keep = ctx.keepUnresolved ?? (() => true);
  for (const s of statements) {
    const span = s.span ?? ctx.fallbackSpan;
    const source = { ...span, address: ctx.address ?? span.address, format: ctx.format };
    if (source.address === void 0) delete source.address;
    const malformed = [...s.malformed];
    const unknownActions = unknownActionElements([...s.actions, ...s.notActions]);
    const base = {
      cloud: "aws",
      kind: ctx.kind,
      effect: s.effect,
      actions: s.actions,
      notActions: s.notActions,
      resources: s.resources,
      notResources: s.notResources,
      conditions: s.conditions,
      source,
      unresolved: [.../* @__PURE__ */ new Set([...ctx.unresolved ?? [], ...s.unresolved.filter(keep).map((u) => u.expr)])]
    };
    if (ctx.role !== void 0) base.role = ctx.role;
    const details = (principal, extra = {}) => {
      const d = { ...ctx.details, ...extra, statementIndex: s.index };
      if (ctx.policyName !== void 0) d.policy = ctx.policyName;
      if (s.origin !== void 0) d.policyDocument = s.origin;
      if (ctx.policyVersion !== void 0) d.policyVersion = ctx.policyVersion;
      if (s.sid !== void 0 && s.sid !== "") d.sid = s.sid;
      const attachedTo = ctx.attachedTo ?? (ctx.kind === "identity-policy" && principal.type !== "unknown" ? principal.name : void 0);
      if (attachedTo !== void 0) d.attachedTo = attachedTo;
      if (ctx.kind === "trust-policy") d.trustedBy = trustActions(s);
      if (unknownActions.length > 0) d.unknownActions = unknownActions;
      if (malformed.length > 0) d.malformed = [...malformed];
      return d;
    };
    if (ctx.kind === "identity-policy") {
      if (s.principals || s.notPrincipals) malformed.push("Principal in an identity policy");
      const principals = ctx.principals && ctx.principals.length > 0 ? ctx.principals : [{ type: "unknown", name: "(unattached)" }];
      for (const principal of principals) grants.push(makeGrant({ ...base, principal, details: details(principal) }));
      continue;
    }
    const resolve = (entry) => ctx.resolvePrincipal?.(entry) ?? classifyPrincipal(entry);
    const extraFor = (entry, principal) => {
      const extra = {};
      if (principal.name !== entry.value) extra.principalText = entry.value;
      return extra;
    };
    if (s.principals && s.principals.length > 0) {
      for (const entry of s.principals) {
        const principal = resolve(entry);
        grants.push(makeGrant({ ...base, principal, details: details(principal, extraFor(entry, principal)) }));
      }
    }
    if (s.notPrincipals && s.notPrincipals.length > 0) {
      const principal = { type: "public", name: "*" };
      const notPrincipals = s.notPrincipals.map((e) => resolve(e).name);
      grants.push(makeGrant({ ...base, principal, details: details(principal, { notPrincipals }) }));
    }
    if (!s.principals?.length && !s.notPrincipals?.length) {
      malformed.push(`missing Principal in a ${ctx.kind === "trust-policy" ? "trust" : "resource"} policy statement`);
      const principal = { type: "unknown", name: "(none)" };
      grants.push(makeGrant({ ...base, principal, details: details(principal) }));
    }
  }
  return grants;
}
function grantsFromPolicyDocument(doc, ctx, toolWritten = false) {
  const parsed = parsePolicyDocument(doc, ctx.fallbackSpan);
  const unresolved = parsed.unresolved.map((u) => ctx.address && !u.span.address ? { ...u, span: { ...u.span, address: ctx.address } } : u);
  const withVersion = toolWritten || parsed.version === void 0 ? ctx : { ...ctx, policyVersion: parsed.version };
  return { grants: grantsFromStatements(parsed.statements, withVersion), errors: parsed.errors, unresolved, statements: parsed.statements };
}

// src/extract/aws/shared-extraction.ts
function knownString(v) {
  return v?.kind === "string" && !v.unknowns?.length ? v.value : void 0;
}
var displayText = scalarText;
function itemsOf(v) {
  if (!v || v.kind === "null") return [];
  return v.kind === "list" ? v.items : [v];
}
function unresolvedExprs(v, keep, intoObjects) {
  if (!v) return [];
  const out = [];
  const visit = (x) => {
    if (x.kind === "unknown") {
      if (keep({ expr: x.expr, ...x.ref ? { ref: x.ref } : {} })) out.push(x.expr);
    } else if (x.kind === "string") {
      for (const u of x.unknowns ?? []) if (keep({ expr: u })) out.push(u);
    } else if (x.kind === "list") x.items.forEach(visit);
    else if (intoObjects && x.kind === "object") [...x.entries.values()].forEach(visit);
  };
  visit(v);
  return [...new Set(out)];
}
function attachedPolicyGrants(principal, arn, facts, source, unresolved, details) {
  const statements = facts?.statements ?? [{ resources: [] }];
  return statements.map(
    (s) => makeGrant({
      cloud: "aws",
      kind: "identity-policy",
      principal,
      effect: "allow",
      actions: s.actions ?? [],
      notActions: s.notActions ?? [],
      resources: s.resources,
      role: arn,
      source,
      unresolved,
      details: { ...details }
    })
  );
}
function membershipGrant(user, group, source, unresolved, extra, conditional = false) {
  const details = { attachedTo: group.name, ...extra };
  if (group.address) details.groupAddress = group.address;
  if (conditional) details.conditional = true;
  return makeGrant({ cloud: "aws", kind: "membership", principal: user, effect: "allow", actions: [], role: group.name, source, unresolved, details });
}
function credentialGrant(user, source, unresolved, details) {
  return makeGrant({ cloud: "aws", kind: "credential", principal: user, effect: "allow", actions: [], source, unresolved, details });
}
function lambdaPrincipalKey(text) {
  if (text === "*") return "*";
  return /\.amazonaws\.com(\.cn)?$/.test(text) || !text.startsWith("arn:") && text.includes(".") ? "Service" : "AWS";
}
var LAMBDA_PERMISSION_CONDITIONS = [
  ["SourceArn", "source_arn", "ArnLike", "aws:SourceArn"],
  ["SourceAccount", "source_account", "StringEquals", "aws:SourceAccount"],
  ["PrincipalOrgID", "principal_org_id", "StringEquals", "aws:PrincipalOrgID"],
  ["EventSourceToken", "event_source_token", "StringEquals", "lambda:EventSourceToken"],
  ["FunctionUrlAuthType", "function_url_auth_type", "StringEquals", "lambda:FunctionUrlAuthType"]
];
function lambdaPermissionConditions(language, read) {
  const conditions = {};
  for (const [property, argument, operator, key] of LAMBDA_PERMISSION_CONDITIONS) {
    const text = displayText(read(language === "cloudformation" ? property : argument));
    if (text !== void 0) (conditions[operator] ??= {})[key] = [text];
  }
  return conditions;
}
function lambdaPermissionGrant(principal, action, resource, conditions, source, unresolved, details) {
  return makeGrant({ cloud: "aws", kind: "resource-policy", principal, effect: "allow", actions: action ? [action] : [], resources: [resource], conditions, source, unresolved, details });
}

export {
  awsDataFile,
  IndexedLines,
  serviceCatalogue,
  actionInfo,
  isKnownService,
  knownServices,
  hasWildcard,
  wildcardRegex,
  expandActionPattern,
  accessLevel,
  acceptsOnlyWildcardResource,
  serviceActionCount,
  isUnresolvedText,
  actionPatternMatches,
  coveredActions,
  grantCoversAction,
  isWildcardResource,
  isFullAdmin,
  serviceWildcards,
  awsManagedPolicyName,
  awsManagedPolicyFacts,
  readStatement,
  parsePolicyDocument,
  classifyPrincipal,
  grantsFromStatements,
  grantsFromPolicyDocument,
  knownString,
  displayText,
  itemsOf,
  unresolvedExprs,
  attachedPolicyGrants,
  membershipGrant,
  credentialGrant,
  lambdaPrincipalKey,
  lambdaPermissionConditions,
  lambdaPermissionGrant
};
