import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  DEFAULT_AZURE_ROLES,
  MICROSOFT_GRAPH_APP_ID,
  accessPolicyGrant,
  appRoleGrant,
  directoryRoleGrant,
  principalTypeOf,
  roleAssignmentGrant,
  roleDefinitionGrant,
  scopeKindOfId
} from "./chunk-456KF6NM.mjs";
import {
  attachedPolicyGrants,
  awsManagedPolicyFacts,
  awsManagedPolicyName,
  classifyPrincipal,
  credentialGrant,
  displayText,
  grantsFromStatements,
  itemsOf,
  knownString,
  lambdaPermissionConditions,
  lambdaPermissionGrant,
  lambdaPrincipalKey,
  membershipGrant,
  parsePolicyDocument,
  readStatement,
  unresolvedExprs
} from "./chunk-FNZ3QBDF.mjs";
import {
  makeGrant
} from "./chunk-YZXYJYQ3.mjs";
import {
  collectUnknowns,
  getAttr,
  toPlain
} from "./chunk-E2WJM2F3.mjs";

// src/extract/aws/terraform.ts
import path from "node:path";

// src/model/span.ts
function compareSpans(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn;
}

// src/extract/aws/terraform.ts
var IDENTITY_RESOURCE = { role: "aws_iam_role", user: "aws_iam_user", group: "aws_iam_group" };
var RESOURCE_POLICIES = {
  aws_s3_bucket_policy: { policy: "policy", target: ["bucket"] },
  aws_s3_bucket: { policy: "policy", target: ["bucket", "bucket_prefix"] },
  aws_s3_access_point: { policy: "policy", target: ["name"] },
  aws_sqs_queue_policy: { policy: "policy", target: ["queue_url"] },
  aws_sqs_queue: { policy: "policy", target: ["name", "name_prefix"] },
  aws_sns_topic_policy: { policy: "policy", target: ["arn"] },
  aws_sns_topic: { policy: "policy", target: ["name", "name_prefix"] },
  aws_kms_key: { policy: "policy", target: ["description"] },
  aws_kms_key_policy: { policy: "policy", target: ["key_id"] },
  aws_ecr_repository_policy: { policy: "policy", target: ["repository"] },
  aws_ecrpublic_repository_policy: { policy: "policy", target: ["repository_name"] },
  aws_secretsmanager_secret_policy: { policy: "policy", target: ["secret_arn"] },
  aws_secretsmanager_secret: { policy: "policy", target: ["name", "name_prefix"] },
  aws_glacier_vault: { policy: "access_policy", target: ["name"] },
  aws_opensearch_domain_policy: { policy: "access_policies", target: ["domain_name"] },
  aws_elasticsearch_domain_policy: { policy: "access_policies", target: ["domain_name"] },
  aws_cloudwatch_log_resource_policy: { policy: "policy_document", target: ["policy_name"] },
  aws_efs_file_system_policy: { policy: "policy", target: ["file_system_id"] },
  aws_backup_vault_policy: { policy: "policy", target: ["backup_vault_name"] },
  aws_api_gateway_rest_api_policy: { policy: "policy", target: ["rest_api_id"] },
  aws_dynamodb_resource_policy: { policy: "policy", target: ["resource_arn"] },
  aws_kinesis_resource_policy: { policy: "policy", target: ["resource_arn"] },
  aws_codeartifact_domain_permissions_policy: { policy: "policy_document", target: ["domain"] },
  aws_codeartifact_repository_permissions_policy: { policy: "policy_document", target: ["repository"] }
};
var INLINE_POLICIES = {
  aws_iam_role_policy: { identity: "role", attr: "role" },
  aws_iam_user_policy: { identity: "user", attr: "user" },
  aws_iam_group_policy: { identity: "group", attr: "group" }
};
var ATTACHMENTS = {
  aws_iam_role_policy_attachment: { identities: [["role", "role"]], policy: "policy_arn", authoritative: false },
  aws_iam_user_policy_attachment: { identities: [["user", "user"]], policy: "policy_arn", authoritative: false },
  aws_iam_group_policy_attachment: { identities: [["group", "group"]], policy: "policy_arn", authoritative: false },
  aws_iam_policy_attachment: {
    identities: [
      ["role", "roles"],
      ["user", "users"],
      ["group", "groups"]
    ],
    policy: "policy_arn",
    authoritative: true
  },
  aws_iam_role_policy_attachments_exclusive: { identities: [["role", "role_name"]], policy: "policy_arns", authoritative: true },
  aws_iam_user_policy_attachments_exclusive: { identities: [["user", "user_name"]], policy: "policy_arns", authoritative: true },
  aws_iam_group_policy_attachments_exclusive: { identities: [["group", "group_name"]], policy: "policy_arns", authoritative: true }
};
var CREDENTIALS = {
  aws_iam_access_key: { type: "access-key", user: "user" },
  aws_iam_user_login_profile: { type: "login-profile", user: "user" },
  aws_iam_service_specific_credential: { type: "service-specific-credential", user: "user_name" },
  aws_iam_signing_certificate: { type: "signing-certificate", user: "user_name" }
};
var COMPUTED_ROOTS = /^(data\.[a-z][a-z0-9_]*|module|[a-z][a-z0-9]*_[a-z0-9_]+)\.[A-Za-z_]/;
var NON_RESOURCE_ROOTS = /^(var|local|each|count|path|terraform|self)\./;
function isComputedReference(u) {
  if (u.ref) return true;
  if (/(?<![\w.])(var|local)\./.test(u.expr)) return false;
  if (refOf({ kind: "unknown", expr: u.expr })) return true;
  return COMPUTED_ROOTS.test(u.expr) && !NON_RESOURCE_ROOTS.test(u.expr);
}
var keepUnresolved = (u) => !isComputedReference(u);
function unresolvedOf(v) {
  return unresolvedExprs(v, keepUnresolved, true);
}
var DOCUMENT_REFERENCE = /data\.aws_iam_policy_document\.([\w-]+)(\[[^\]]*\]|\.\*)?\.((?:minified_)?json)/g;
var WRAPPED_REFERENCE = new RegExp(
  '^(?:(?:one|try|tostring|element|coalesce|flatten|compact|tolist|toset|join)\\(\\s*(?:"[^"]*"\\s*,\\s*)?)*((?:data\\.)?aws_[a-z0-9_]+\\.[A-Za-z_][\\w-]*)(\\[[^\\]]*\\]|\\.\\*)?\\.([a-z_]+)(?:\\s*(?:,\\s*(?:"[^"]*"|\\d+|null|\\[\\])\\s*)*\\))*\\s*$'
);
var REPLACED_DOCUMENT = /^(?:replace\(\s*)+(data\.aws_iam_policy_document\.[\w-]+)(\[[^\]]*\]|\.\*)?\.((?:minified_)?json)\s*,/;
function refOf(v) {
  if (v?.kind !== "unknown") return void 0;
  if (v.ref) return v.ref;
  const m = WRAPPED_REFERENCE.exec(v.expr) ?? REPLACED_DOCUMENT.exec(v.expr);
  if (!m) return void 0;
  const index = m[2] && m[2] !== ".*" && m[2] !== "[*]" ? m[2] : "";
  return { address: m[1] + index, attribute: m[3], ...v.span ? { file: v.span.file } : {} };
}
function onlyUnknowns(v) {
  let first;
  const visit = (x) => {
    switch (x.kind) {
      case "unknown":
        first ??= x;
        return true;
      case "list":
        return x.items.every(visit);
      case "object":
        return [...x.entries.values()].every(visit);
      case "null":
        return true;
      default:
        return false;
    }
  };
  return visit(v) ? first : void 0;
}
var AwsTerraformExtractor = class {
  constructor(resources, options) {
    this.resources = resources;
    this.format = options.format ?? "terraform";
    const add = (index, key, r) => {
      const list = index.get(key);
      if (list) list.push(r);
      else index.set(key, [r]);
    };
    for (const r of resources) {
      this.byAddress.set(r.address, r);
      add(this.byBaseAddress, r.baseAddress, r);
      add(this.byLocalAddress, r.modulePath ? r.baseAddress.slice(r.modulePath.length + 1) : r.baseAddress, r);
      const name = knownString(r.body.get("name"));
      if (name !== void 0 && r.mode === "managed") add(this.byName, `${r.type}|${name}`, r);
    }
  }
  resources;
  grants = [];
  unresolved = [];
  errors = [];
  byAddress = /* @__PURE__ */ new Map();
  byBaseAddress = /* @__PURE__ */ new Map();
  /** Base address without the module path (`data.aws_iam_policy_document.this`) -> instances in every module. */
  byLocalAddress = /* @__PURE__ */ new Map();
  /** `type|name` -> declared identities and policies, for references by name or ARN. */
  byName = /* @__PURE__ */ new Map();
  documents = /* @__PURE__ */ new Map();
  documentsInProgress = /* @__PURE__ */ new Set();
  consumedDocuments = /* @__PURE__ */ new Set();
  attachmentsByPolicy = /* @__PURE__ */ new Map();
  membersByGroup = /* @__PURE__ */ new Map();
  format;
  run() {
    const aws = this.resources.filter((r) => r.type.startsWith("aws_"));
    for (const r of aws) if (r.mode === "managed") this.collectAttachments(r);
    for (const r of aws) if (r.mode === "managed") this.collectMemberships(r);
    for (const r of aws) {
      if (r.mode !== "managed") continue;
      if (r.type === "aws_iam_policy") this.managedPolicy(r);
      else if (r.type in INLINE_POLICIES) this.inlinePolicy(r);
      else if (r.type === "aws_iam_role") this.role(r);
      else if (r.type in RESOURCE_POLICIES) this.resourcePolicy(r);
      else if (r.type === "aws_lambda_permission") this.lambdaPermission(r);
      else if (r.type in CREDENTIALS) this.credential(r);
    }
    const documents = aws.filter((r) => r.mode === "data" && r.type === "aws_iam_policy_document");
    for (const r of documents) this.report(this.dataDocument(r), r);
    for (const r of documents) if (!this.consumedDocuments.has(r.address)) this.unusedDocument(r);
    this.grants.sort((a, b) => compareSpans(a.source, b.source));
    for (const g of this.grants) {
      if (g.kind !== "identity-policy") continue;
      if (g.principal.type === "group") {
        const members = this.membersByGroup.get(g.principal.address ?? g.principal.name);
        if (members) g.details = { ...g.details, members };
      }
      const boundary = g.principal.address ? this.byAddress.get(g.principal.address)?.body.get("permissions_boundary") : void 0;
      const boundaryText = boundary && boundary.kind !== "null" ? displayText(boundary) : void 0;
      if (boundaryText) g.details = { ...g.details, permissionsBoundary: boundaryText };
    }
    return { grants: this.grants, unresolved: this.unresolved, errors: this.errors };
  }
  // ---------- lookups ----------
  /** The resources a reference names, relative to the referring resource's module, or absolute. */
  lookup(ref, from) {
    const found = this.lookupAddress(ref, from);
    if (found.length > 0 || !ref.file) return found;
    const dir = path.posix.dirname(ref.file);
    const local = ref.address.replace(/\[[^\]]*\]$/, "");
    const inModule = (this.byLocalAddress.get(local) ?? []).filter((r) => path.posix.dirname(r.span.file) === dir);
    const modulePaths = new Set(inModule.map((r) => r.modulePath));
    return modulePaths.size === 1 ? inModule : [];
  }
  lookupAddress(ref, from) {
    const prefixed = from.modulePath && !ref.address.startsWith(from.modulePath + ".") ? [`${from.modulePath}.${ref.address}`] : [];
    for (const c of [...prefixed, ref.address]) {
      const exact = this.byAddress.get(c);
      if (exact) return [exact];
      const instances = this.byBaseAddress.get(c.replace(/\[[^\]]*\]$/, ""));
      if (instances?.length) {
        const same = instances.find((i) => i.instanceKey !== void 0 && i.instanceKey === from.instanceKey);
        return same ? [same] : instances;
      }
    }
    return [];
  }
  attrSpan(r, name) {
    return { ...r.attrSpans.get(name) ?? r.span, address: r.address };
  }
  principalOfResource(r, type) {
    return { type, name: knownString(r.body.get("name")) ?? r.address, address: r.address };
  }
  /** Declared identity with this name (same module first), for references written as plain names or ARNs. */
  identityByName(type, text, from) {
    const name = text.startsWith("arn:") ? text.slice(text.lastIndexOf("/") + 1) : text;
    const found = this.byName.get(`${IDENTITY_RESOURCE[type]}|${name}`);
    if (!found?.length) return void 0;
    return found.find((r) => r.modulePath === from.modulePath) ?? found[0];
  }
  /** The identities an attribute names (`role = aws_iam_role.r.name`, `users = ["a", "b"]`). */
  identities(v, type, from) {
    const out = [];
    for (const item of itemsOf(v)) {
      const ref = refOf(item);
      if (ref) {
        const targets = this.lookup(ref, from).filter((r) => r.type === IDENTITY_RESOURCE[type]);
        if (targets.length > 0) {
          out.push(...targets.map((t) => this.principalOfResource(t, type)));
          continue;
        }
      }
      const text = displayText(item);
      if (text === void 0) continue;
      const declared = item.kind === "string" && !item.unknowns?.length ? this.identityByName(type, text, from) : void 0;
      out.push(declared ? this.principalOfResource(declared, type) : { type, name: text });
    }
    return out;
  }
  /** The name of what a resource policy protects, and its address when declared here. */
  target(v, from) {
    if (!v) return { name: from.address, address: from.address };
    const ref = refOf(v);
    if (ref) {
      const [target] = this.lookup(ref, from);
      if (target) {
        const name = ["name", "bucket", "function_name"].map((a) => knownString(target.body.get(a))).find((n) => n !== void 0) ?? target.address;
        return { name, address: target.address };
      }
    }
    return { name: displayText(v) ?? from.address };
  }
  // ---------- policy documents ----------
  /** Statements of a policy value: a reference to a policy document data source or policy, or the document itself. */
  document(v, fallback, from) {
    const ref = refOf(v);
    if (ref) {
      const [target] = this.lookup(ref, from);
      if (target?.type === "aws_iam_policy_document" && target.mode === "data" && /^(minified_)?json$/.test(ref.attribute)) {
        this.consumedDocuments.add(target.address);
        return { ...this.dataDocument(target), documentAddress: target.address };
      }
      if (target && target.mode === "managed" && ref.attribute === "policy" && target.body.get("policy")) {
        return this.document(target.body.get("policy"), this.attrSpan(target, "policy"), target);
      }
    }
    return parsePolicyDocument(v, fallback);
  }
  dataDocument(r) {
    const cached = this.documents.get(r.address);
    if (cached) return cached;
    if (this.documentsInProgress.has(r.address)) {
      return { statements: [], errors: [{ ...this.errorAt(r.span), message: `policy document ${r.address} includes itself`, code: "parse" }], unresolved: [] };
    }
    this.documentsInProgress.add(r.address);
    const result = { statements: [], errors: [], unresolved: [] };
    const version = r.body.get("version");
    if (!version || version.kind === "null") result.version = "2012-10-17";
    else if (version.kind === "string" && !version.unknowns?.length) result.version = version.value;
    const merge = (into, from) => {
      for (const s of from) {
        const at = s.sid ? into.findIndex((x) => x.sid === s.sid) : -1;
        if (at >= 0) into[at] = s;
        else into.push(s);
      }
    };
    const include = (attr) => {
      const out = [];
      for (const item of this.documentItems(r.body.get(attr), r)) {
        const doc = this.document(item, this.attrSpan(r, attr), r);
        if (!doc.documentAddress) {
          result.errors.push(...doc.errors);
          result.unresolved.push(...doc.unresolved);
        }
        merge(out, doc.statements);
      }
      return out;
    };
    const statements = [...include("source_policy_documents"), ...include("source_json")];
    const own = r.body.get("statement");
    if (own?.kind === "unknown") {
      result.unresolved.push({ span: own.span ?? this.attrSpan(r, "statement"), expr: own.expr, reason: own.reason ?? "statement blocks could not be evaluated" });
    }
    itemsOf(own).forEach((block, index) => {
      const placeholder = block.kind === "object" ? onlyUnknowns(block) : void 0;
      if (placeholder) {
        result.unresolved.push({ span: block.span ?? this.attrSpan(r, "statement"), expr: placeholder.expr, reason: placeholder.reason ?? "dynamic statement over an unknown collection" });
      } else if (block.kind === "object") merge(statements, [{ ...readStatement(this.statementFromBlock(block), index), origin: r.address }]);
      else if (block.kind === "unknown") {
        result.unresolved.push({ span: block.span ?? this.attrSpan(r, "statement"), expr: block.expr, reason: block.reason ?? "statement could not be evaluated" });
      }
    });
    merge(statements, include("override_policy_documents"));
    merge(statements, include("override_json"));
    result.statements = statements;
    this.documentsInProgress.delete(r.address);
    this.documents.set(r.address, result);
    return result;
  }
  /**
   * Items of a list of documents. `concat(data.aws_iam_policy_document.a[*].json, data...b[*].json)` is unknown
   * to the evaluator but names its documents: the instances that exist are the list.
   */
  documentItems(v, from) {
    if (v?.kind !== "unknown" || refOf(v)) return itemsOf(v);
    const refs = [];
    const rest = v.expr.replace(DOCUMENT_REFERENCE, (_m, address, index, attribute) => {
      const keep = index && index !== ".*" && index !== "[*]" ? index : "";
      refs.push({ kind: "unknown", expr: _m, ref: { address: `data.aws_iam_policy_document.${address}${keep}`, attribute }, ...v.span ? { span: v.span } : {} });
      return "";
    });
    let valueVariables = false;
    const others = rest.replace(/\b(flatten|concat|compact|tolist|null)\b|""|(var|local)\.[\w-]+(\[[^\]]*\])?(?=\s*(\?|\|\||&&)?)/g, (m, _f, root, _i, condition) => {
      if (root && !condition) valueVariables = true;
      return " ";
    });
    if (refs.length === 0 || !/^[\s(),[\]?:|&!]*$/.test(others)) return [v];
    const found = refs.filter((ref) => ref.kind === "unknown" && ref.ref && this.lookup(ref.ref, from).length > 0);
    return valueVariables ? [...found, { ...v, reason: "partly evaluated list of policy documents" }] : found;
  }
  /** An `aws_iam_policy_document` statement block rewritten with AWS element names. */
  statementFromBlock(block) {
    const entries = /* @__PURE__ */ new Map();
    const present = (v) => v !== void 0 && v.kind !== "null" && !(v.kind === "list" && v.items.length === 0);
    const copy = (from, to) => {
      const v = block.entries.get(from);
      if (present(v)) entries.set(to, v);
    };
    copy("sid", "Sid");
    entries.set("Effect", block.entries.get("effect") && block.entries.get("effect").kind !== "null" ? block.entries.get("effect") : { kind: "string", value: "Allow" });
    copy("actions", "Action");
    copy("not_actions", "NotAction");
    copy("resources", "Resource");
    copy("not_resources", "NotResource");
    for (const [from, to] of [
      ["principals", "Principal"],
      ["not_principals", "NotPrincipal"]
    ]) {
      const blocks = block.entries.get(from);
      if (present(blocks)) entries.set(to, this.principalFromBlocks(blocks));
    }
    const conditions = block.entries.get("condition");
    if (present(conditions)) entries.set("Condition", this.conditionFromBlocks(conditions));
    return { kind: "object", entries, ...block.span ? { span: block.span } : {} };
  }
  principalFromBlocks(blocks) {
    if (blocks.kind === "unknown") return blocks;
    const byType = /* @__PURE__ */ new Map();
    for (const b of itemsOf(blocks)) {
      if (b.kind !== "object") continue;
      const type = displayText(b.entries.get("type") ?? { kind: "null" }) ?? "?";
      const identifiers = b.entries.get("identifiers");
      if (type === "*") return { kind: "string", value: "*", ...b.span ? { span: b.span } : {} };
      const list = byType.get(type) ?? [];
      list.push(...identifiers?.kind === "list" ? identifiers.items : identifiers ? [identifiers] : []);
      byType.set(type, list);
    }
    const entries = /* @__PURE__ */ new Map();
    for (const [type, items] of byType) entries.set(type, { kind: "list", items });
    return { kind: "object", entries };
  }
  conditionFromBlocks(blocks) {
    if (blocks.kind === "unknown") return blocks;
    const byTest = /* @__PURE__ */ new Map();
    for (const b of itemsOf(blocks)) {
      if (b.kind !== "object") continue;
      const test = displayText(b.entries.get("test") ?? { kind: "null" }) ?? "?";
      const variable = displayText(b.entries.get("variable") ?? { kind: "null" }) ?? "?";
      const keys = byTest.get(test) ?? /* @__PURE__ */ new Map();
      keys.set(variable, [...keys.get(variable) ?? [], ...itemsOf(b.entries.get("values"))]);
      byTest.set(test, keys);
    }
    const entries = /* @__PURE__ */ new Map();
    for (const [test, keys] of byTest) {
      const keyEntries = /* @__PURE__ */ new Map();
      for (const [k, items] of keys) keyEntries.set(k, { kind: "list", items });
      entries.set(test, { kind: "object", entries: keyEntries });
    }
    return { kind: "object", entries };
  }
  /** Grants of a policy attribute, or an unresolved entry when it has no value to read. */
  emitPolicy(r, attr, value, ctx) {
    const fallbackSpan = value?.span ? { ...value.span, address: r.address } : this.attrSpan(r, attr);
    if (!value || value.kind === "null") return;
    const doc = this.document(value, fallbackSpan, r);
    if (!doc.documentAddress) this.report(doc, r);
    this.grants.push(
      ...grantsFromStatements(doc.statements, {
        ...ctx,
        ...doc.version !== void 0 ? { policyVersion: doc.version } : {},
        format: this.format,
        address: r.address,
        fallbackSpan,
        keepUnresolved,
        resolvePrincipal: (entry) => this.resolvePrincipal(entry, r)
      })
    );
  }
  /** A Principal entry that references a declared role or user names it. */
  resolvePrincipal(entry, from) {
    const ref = entry.ref ?? refOf(/^\$\{[^}]*\}$/.test(entry.value) ? { kind: "unknown", expr: entry.value.slice(2, -1) } : void 0);
    if (!ref) return void 0;
    const [target] = this.lookup(ref, from);
    if (target?.type === "aws_iam_role") return this.principalOfResource(target, "role");
    if (target?.type === "aws_iam_user") return this.principalOfResource(target, "user");
    if (target?.type === "aws_iam_openid_connect_provider" || target?.type === "aws_iam_saml_provider") {
      const url = knownString(target.body.get("url"));
      return { type: "federated", name: url ? url.replace(/^https:\/\//, "") : knownString(target.body.get("name")) ?? target.address, address: target.address };
    }
    if (entry.key === "Service") return { type: "service", name: entry.value };
    if (/(^|\.)data\.aws_caller_identity\.[\w-]+$/.test(ref.address) && ref.attribute === "account_id") return { type: "account", name: entry.value };
    const classified = classifyPrincipal(entry);
    const declaredType = /(?:^|\.)aws_iam_(role|user)\.[^.]+$/.exec(ref.address.replace(/\[[^\]]*\]$/, ""))?.[1];
    if (classified.type === "unknown" && declaredType) classified.type = declaredType;
    return { ...classified, ...target ? { address: target.address } : {} };
  }
  /** Parse errors and unevaluated parts of a document, located at the resource that holds it. */
  report(doc, r) {
    this.errors.push(...doc.errors);
    this.unresolved.push(...doc.unresolved.map((u) => ({ ...u, span: { ...u.span, address: u.span.address ?? r.address } })));
  }
  errorAt(span) {
    return { file: span.file, line: span.line, column: span.column };
  }
  unresolvedAttr(r, attr, expr, reason) {
    this.unresolved.push({ span: this.attrSpan(r, attr), expr, reason });
  }
  /**
   * Why a policy value gives nothing to read: an expression that could not be evaluated, or a policy document
   * data source whose statements all could not be evaluated. Undefined when there are statements (or none written).
   */
  unreadable(v, r, what) {
    if (v.kind === "unknown" && !refOf(v)) return { expr: v.expr, reason: v.reason ?? `${what} could not be evaluated` };
    if (v.kind !== "unknown") return void 0;
    const doc = this.document(v, this.attrSpan(r, "policy"), r);
    const first = doc.unresolved[0];
    if (doc.statements.length > 0 || !first) return void 0;
    return { expr: first.expr, reason: doc.documentAddress ? `policy document ${doc.documentAddress} could not be evaluated` : first.reason };
  }
  // ---------- identity policies ----------
  collectAttachments(r) {
    const roleExclusive = r.type === "aws_iam_role" && r.body.get("managed_policy_arns");
    const spec = ATTACHMENTS[r.type];
    if (!spec && !roleExclusive) return;
    const principals = spec ? spec.identities.flatMap(([type, attr]) => this.identities(r.body.get(attr), type, r)) : [this.principalOfResource(r, "role")];
    const policyAttr = spec?.policy ?? "managed_policy_arns";
    const identityUnresolved = spec ? spec.identities.flatMap(([, attr]) => unresolvedOf(r.body.get(attr))) : [];
    const policies = r.body.get(policyAttr);
    if (policies?.kind === "unknown" && !refOf(policies)) {
      this.unresolvedAttr(r, policyAttr, policies.expr, policies.reason ?? "attached policies could not be evaluated");
      return;
    }
    for (const policy of itemsOf(policies)) {
      const attachment = {
        resource: r,
        principals,
        authoritative: spec?.authoritative ?? true,
        unresolved: [...identityUnresolved, ...unresolvedOf(policy)]
      };
      const declared = this.declaredPolicy(policy, r);
      if (declared) {
        const list = this.attachmentsByPolicy.get(declared.address) ?? [];
        list.push(attachment);
        this.attachmentsByPolicy.set(declared.address, list);
      } else {
        this.externalPolicyGrants(policy, attachment, policyAttr);
      }
    }
  }
  /** A `data "aws_iam_policy"` lookup of an existing policy: its ARN when written, else its name. */
  policyLookup(v, from) {
    const ref = refOf(v);
    if (!ref) return void 0;
    const target = this.lookup(ref, from).find((t) => t.type === "aws_iam_policy" && t.mode === "data");
    if (!target) return void 0;
    const arn = knownString(target.body.get("arn"));
    const name = knownString(target.body.get("name")) ?? (arn ? arn.slice(arn.lastIndexOf("/") + 1) : target.address);
    return arn ? { address: target.address, arn, name } : { address: target.address, name };
  }
  /** The `aws_iam_policy` in the scan that a policy ARN designates. */
  declaredPolicy(v, from) {
    const ref = refOf(v);
    if (ref) return this.lookup(ref, from).find((t) => t.type === "aws_iam_policy" && t.mode === "managed");
    const text = knownString(v);
    if (!text || awsManagedPolicyName(text) !== void 0) return void 0;
    const name = /:policy\/(?:.*\/)?([^/]+)$/.exec(text)?.[1];
    const found = name ? this.byName.get(`aws_iam_policy|${name}`) : void 0;
    return found?.find((p) => p.modulePath === from.modulePath) ?? found?.[0];
  }
  /** Grants of an attachment of a policy not declared in the scan (AWS-managed, another stack's, unknown). */
  externalPolicyGrants(policy, a, policyAttr) {
    const r = a.resource;
    const lookup = this.policyLookup(policy, r);
    const arn = lookup?.arn ?? displayText(policy);
    if (arn === void 0) return;
    const span = { ...policy.span ?? r.attrSpans.get(policyAttr) ?? r.span, address: r.address };
    const managedName = awsManagedPolicyName(arn) ?? (lookup?.arn === void 0 ? lookup?.name : void 0);
    const facts = awsManagedPolicyFacts(arn) ?? (lookup && !lookup.arn ? awsManagedPolicyFacts(`arn:aws:iam::aws:policy/${lookup.name}`) : void 0);
    for (const principal of a.principals) {
      const details = { policy: managedName ?? arn, attachment: r.address };
      if (lookup) details.policyLookup = lookup.address;
      if (principal.type !== "unknown") details.attachedTo = principal.name;
      if (a.authoritative) details.authoritative = true;
      if (awsManagedPolicyName(arn) !== void 0) details.awsManaged = true;
      if (facts) details.managedPolicyLevel = facts.level;
      this.grants.push(...attachedPolicyGrants(principal, arn, facts, { ...span, format: this.format }, a.unresolved, details));
    }
  }
  managedPolicy(r) {
    const name = knownString(r.body.get("name")) ?? r.address;
    const policy = r.body.get("policy");
    if (!policy || policy.kind === "null") return;
    const attachments = this.attachmentsByPolicy.get(r.address);
    const unreadable = this.unreadable(policy, r, "policy document");
    if (unreadable) {
      this.unresolvedAttr(r, "policy", unreadable.expr, unreadable.reason);
      for (const a of attachments ?? []) {
        const attr = ATTACHMENTS[a.resource.type]?.policy ?? "managed_policy_arns";
        this.unresolvedAttr(a.resource, attr, unreadable.expr, `the attached policy ${r.address} could not be evaluated`);
      }
      return;
    }
    if (!attachments?.length) {
      this.emitPolicy(r, "policy", policy, { kind: "identity-policy", policyName: name, principals: [], details: { unattached: true } });
      return;
    }
    for (const a of attachments) {
      const details = { attachment: a.resource.address };
      if (a.authoritative) details.authoritative = true;
      this.emitPolicy(r, "policy", policy, { kind: "identity-policy", policyName: name, principals: a.principals, details, unresolved: a.unresolved });
    }
  }
  inlinePolicy(r) {
    const spec = INLINE_POLICIES[r.type];
    const identity = r.body.get(spec.attr);
    const principals = this.identities(identity, spec.identity, r);
    const policy = r.body.get("policy");
    const unreadable = policy && this.unreadable(policy, r, "policy document");
    if (unreadable) {
      this.unresolvedAttr(r, "policy", unreadable.expr, unreadable.reason);
      return;
    }
    this.emitPolicy(r, "policy", policy, {
      kind: "identity-policy",
      policyName: knownString(r.body.get("name")) ?? r.address,
      principals,
      details: { inline: true },
      unresolved: unresolvedOf(identity)
    });
  }
  role(r) {
    const self = this.principalOfResource(r, "role");
    const trust = r.body.get("assume_role_policy");
    const unreadable = trust && this.unreadable(trust, r, "trust policy");
    if (unreadable) {
      this.unresolvedAttr(r, "assume_role_policy", unreadable.expr, unreadable.reason);
    } else {
      this.emitPolicy(r, "assume_role_policy", trust, {
        kind: "trust-policy",
        attachedTo: self.name,
        policyName: `${self.name} trust policy`,
        details: { roleAddress: r.address }
      });
    }
    for (const block of itemsOf(r.body.get("inline_policy"))) {
      if (block.kind !== "object") continue;
      const policy = block.entries.get("policy");
      if (!policy || policy.kind === "null") continue;
      const unreadable2 = this.unreadable(policy, r, "inline policy");
      if (unreadable2) {
        this.unresolved.push({ span: { ...policy.span ?? this.attrSpan(r, "inline_policy"), address: r.address }, ...unreadable2 });
        continue;
      }
      const name = knownString(block.entries.get("name"));
      this.emitPolicy(r, "inline_policy", policy, {
        kind: "identity-policy",
        policyName: name ?? `${r.address} inline_policy`,
        principals: [self],
        details: { inline: true }
      });
    }
  }
  // ---------- resource policies ----------
  resourcePolicy(r) {
    const spec = RESOURCE_POLICIES[r.type];
    const policy = r.body.get(spec.policy);
    if (!policy || policy.kind === "null") return;
    const unreadable = this.unreadable(policy, r, "resource policy");
    if (unreadable) {
      this.unresolvedAttr(r, spec.policy, unreadable.expr, unreadable.reason);
      return;
    }
    const targetAttr = spec.target.find((t) => r.body.get(t) && r.body.get(t).kind !== "null");
    const isPolicyResource = r.type.endsWith("_policy");
    const target = targetAttr && isPolicyResource ? this.target(r.body.get(targetAttr), r) : this.selfTarget(r, targetAttr);
    const details = { resourceType: r.type };
    if (target.address) details.resourceAddress = target.address;
    this.emitPolicy(r, spec.policy, policy, { kind: "resource-policy", attachedTo: target.name, policyName: `${target.name} resource policy`, details });
  }
  selfTarget(r, attr) {
    const name = attr && attr !== "description" ? knownString(r.body.get(attr)) : void 0;
    return { name: name ?? r.address, address: r.address };
  }
  lambdaPermission(r) {
    const principalValue = r.body.get("principal");
    const functionName = r.body.get("function_name");
    if (!principalValue || principalValue.kind === "null") return;
    const text = displayText(principalValue) ?? "";
    const principalRef = refOf(principalValue);
    const entry = { key: lambdaPrincipalKey(text), value: text, ...principalRef ? { ref: principalRef } : {} };
    const principal = this.resolvePrincipal(entry, r) ?? classifyPrincipal(entry);
    const conditions = lambdaPermissionConditions("terraform", (name) => r.body.get(name));
    const target = this.target(functionName, r);
    const qualifier = knownString(r.body.get("qualifier"));
    const actionText = displayText(r.body.get("action"));
    const details = { resourceType: r.type, attachedTo: target.name, policy: `${target.name} resource policy` };
    if (target.address) details.resourceAddress = target.address;
    const sid = knownString(r.body.get("statement_id"));
    if (sid) details.sid = sid;
    if (principal.name !== text) details.principalText = text;
    const unresolved = [.../* @__PURE__ */ new Set([...unresolvedOf(principalValue), ...unresolvedOf(r.body.get("action")), ...unresolvedOf(r.body.get("source_arn"))])];
    const resource = qualifier ? `${target.name}:${qualifier}` : target.name;
    this.grants.push(lambdaPermissionGrant(principal, actionText, resource, conditions, { ...r.span, address: r.address, format: this.format }, unresolved, details));
  }
  // ---------- memberships and credentials ----------
  collectMemberships(r) {
    if (r.type === "aws_iam_group_membership") {
      const [group] = this.identities(r.body.get("group"), "group", r);
      if (!group) return;
      const users = this.identities(r.body.get("users"), "user", r);
      const members = users.map((u) => u.name);
      this.addMembers(group, members);
      for (const user of users) this.membershipGrant(r, user, group, { members, authoritative: true });
      if (users.length === 0) this.membershipGrant(r, { type: "unknown", name: "(no members)" }, group, { members });
    } else if (r.type === "aws_iam_user_group_membership") {
      const [user] = this.identities(r.body.get("user"), "user", r);
      if (!user) return;
      for (const group of this.identities(r.body.get("groups"), "group", r)) {
        this.addMembers(group, [user.name]);
        this.membershipGrant(r, user, group, {});
      }
    }
  }
  addMembers(group, members) {
    const key = group.address ?? group.name;
    const list = this.membersByGroup.get(key) ?? [];
    for (const m of members) if (!list.includes(m)) list.push(m);
    this.membersByGroup.set(key, list);
  }
  membershipGrant(r, user, group, extra) {
    const unresolved = [.../* @__PURE__ */ new Set([...unresolvedOf(r.body.get("group")), ...unresolvedOf(r.body.get("groups")), ...unresolvedOf(r.body.get("users")), ...unresolvedOf(r.body.get("user"))])];
    this.grants.push(membershipGrant(user, group, { ...r.span, address: r.address, format: this.format }, unresolved, extra));
  }
  credential(r) {
    const spec = CREDENTIALS[r.type];
    const userValue = r.body.get(spec.user);
    const [user] = this.identities(userValue, "user", r);
    const details = { credentialType: spec.type };
    const status = knownString(r.body.get("status"));
    if (status) details.status = status;
    const pgp = r.body.get("pgp_key");
    if (pgp && pgp.kind !== "null") details.encrypted = true;
    const service = knownString(r.body.get("service_name"));
    if (service) details.serviceName = service;
    this.grants.push(credentialGrant(user ?? { type: "user", name: r.address }, { ...r.span, address: r.address, format: this.format }, unresolvedOf(userValue), details));
  }
  // ---------- documents no resource uses ----------
  /** A policy document data source no scanned resource uses: its statements still state grants worth checking. */
  unusedDocument(r) {
    const doc = this.dataDocument(r);
    const withPrincipals = doc.statements.some((s) => s.principals || s.notPrincipals);
    const trust = withPrincipals && doc.statements.every((s) => s.actions.some((a) => /^sts:(AssumeRole|TagSession|SetSourceIdentity)/i.test(a)));
    const kind = trust ? "trust-policy" : withPrincipals ? "resource-policy" : "identity-policy";
    this.grants.push(
      ...grantsFromStatements(doc.statements, {
        kind,
        format: this.format,
        address: r.address,
        fallbackSpan: { ...r.span, address: r.address },
        policyName: r.address,
        principals: [],
        details: { unattached: true },
        ...doc.version !== void 0 ? { policyVersion: doc.version } : {},
        keepUnresolved,
        resolvePrincipal: (entry) => this.resolvePrincipal(entry, r)
      })
    );
  }
};
function splitByRoot(resources) {
  const roots = [];
  let current = [];
  let addresses = /* @__PURE__ */ new Set();
  let rootDir;
  for (const r of resources) {
    const dir = r.modulePath === "" ? path.posix.dirname(r.span.file) : void 0;
    if (addresses.has(r.address) || dir !== void 0 && rootDir !== void 0 && dir !== rootDir) {
      roots.push(current);
      current = [];
      addresses = /* @__PURE__ */ new Set();
      rootDir = void 0;
    }
    if (dir !== void 0) rootDir ??= dir;
    current.push(r);
    addresses.add(r.address);
  }
  if (current.length > 0) roots.push(current);
  return roots;
}
function extractAwsFromTerraform(resources, options = {}) {
  const out = { grants: [], unresolved: [], errors: [] };
  const seen = /* @__PURE__ */ new Set();
  const once = (key) => !seen.has(key) && seen.add(key) !== void 0;
  for (const root of splitByRoot(resources)) {
    const part = new AwsTerraformExtractor(root, options).run();
    out.grants.push(...part.grants.filter((g) => once(`g ${g.id}`)));
    out.unresolved.push(...part.unresolved.filter((u) => once(`u ${JSON.stringify([u.span, u.expr, u.reason])}`)));
    out.errors.push(...part.errors.filter((e) => once(`e ${JSON.stringify(e)}`)));
  }
  return out;
}

// src/extract/gcp/members.ts
var PREFIX_TYPES = {
  user: "user",
  group: "group",
  serviceAccount: "service-account",
  // Every account of a Google Workspace / Cloud Identity domain: a set of users, like a group.
  domain: "group",
  // Cloud Storage / BigQuery convenience members: whoever holds a basic role on the project.
  projectOwner: "group",
  projectEditor: "group",
  projectViewer: "group"
};
function principalIdentifierType(text) {
  if (/\/(workloadIdentityPools|workforcePools)\//.test(text)) return "federated";
  if (text.startsWith("principalSet://cloudresourcemanager.googleapis.com/") && text.endsWith("/type/ServiceAccount")) {
    return "service-account";
  }
  if (text.startsWith("principal://iam.googleapis.com/") && text.includes("/serviceAccounts/")) return "service-account";
  if (text.startsWith("principal://goog/subject/")) return "user";
  if (text.startsWith("principalSet://goog/group/") || text.startsWith("principalSet://goog/cloudIdentityCustomerId/")) {
    return "group";
  }
  return "unknown";
}
function parseMember(written) {
  let rest = written.trim();
  let deleted = false;
  if (rest.startsWith("deleted:")) {
    deleted = true;
    rest = rest.slice("deleted:".length);
  }
  const base = { name: written, deleted, unrecognized: false };
  if (rest === "allUsers" || rest === "allAuthenticatedUsers") {
    return { ...base, type: "public", memberKind: rest };
  }
  if (rest.startsWith("principal://") || rest.startsWith("principalSet://")) {
    const memberKind = rest.startsWith("principal://") ? "principal" : "principalSet";
    return { ...base, type: principalIdentifierType(rest), memberKind };
  }
  const colon = rest.indexOf(":");
  const prefix = colon > 0 ? rest.slice(0, colon) : "";
  const type = PREFIX_TYPES[prefix];
  if (!type) return { ...base, type: "unknown", memberKind: prefix || "unknown", unrecognized: !rest.startsWith("${") };
  const value = rest.slice(colon + 1).replace(/\?uid=.*$/, "");
  const parsed = { ...base, type, memberKind: prefix };
  if (prefix === "domain") {
    parsed.domain = value.toLowerCase();
  } else if (prefix === "user" || prefix === "group" || prefix === "serviceAccount") {
    parsed.email = value.toLowerCase();
    const at = value.lastIndexOf("@");
    if (at >= 0) parsed.domain = value.slice(at + 1).toLowerCase();
  }
  return parsed;
}

// src/extract/gcp/storage-acl.ts
var STORAGE_ACL_RESOURCES = {
  google_storage_bucket_access_control: { target: "bucket", form: "entry" },
  google_storage_default_object_access_control: { target: "default-object", form: "entry" },
  google_storage_object_access_control: { target: "object", form: "entry" },
  google_storage_bucket_acl: { target: "bucket", form: "list" },
  google_storage_default_object_acl: { target: "default-object", form: "list" },
  google_storage_object_acl: { target: "object", form: "list" }
};
var PREDEFINED_ACL_ENTRIES = {
  publicRead: ["READER:allUsers"],
  publicReadWrite: ["READER:allUsers", "WRITER:allUsers"],
  authenticatedRead: ["READER:allAuthenticatedUsers"]
};
var ENTITY_PREFIXES = [
  ["user-", "user:"],
  ["group-", "group:"],
  ["domain-", "domain:"],
  ["project-owners-", "projectOwner:"],
  ["project-editors-", "projectEditor:"],
  ["project-viewers-", "projectViewer:"]
];
function aclEntityMember(entity) {
  for (const [prefix, member] of ENTITY_PREFIXES) {
    if (entity.startsWith(prefix)) return member + entity.slice(prefix.length);
  }
  return entity;
}
function splitRoleEntity(text) {
  const colon = text.indexOf(":");
  return colon > 0 ? { role: text.slice(0, colon), entity: text.slice(colon + 1) } : void 0;
}

// src/extract/gcp/references.ts
var REFERENCE_EXPR = /^((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*(?:\[(?:"[^"]*"|\d+)\])?)\.([a-z_]+)$/;
var SERVICE_ACCOUNT_DOMAIN = "iam.gserviceaccount.com";
var ResourceIndex = class {
  byAddress = /* @__PURE__ */ new Map();
  byBase = /* @__PURE__ */ new Map();
  constructor(resources) {
    for (const r of resources) {
      this.byAddress.set(r.address, r);
      if (!this.byBase.has(r.baseAddress)) this.byBase.set(r.baseAddress, r);
    }
  }
  get(address) {
    return this.byAddress.get(address) ?? this.byBase.get(address);
  }
  /** Resource named by an expression written in a module (`google_service_account.ci.email`), with the attribute. */
  lookupExpr(expr, modulePath) {
    const m = REFERENCE_EXPR.exec(expr);
    if (!m) return void 0;
    const resource = this.get(modulePath ? `${modulePath}.${m[1]}` : m[1]);
    return resource ? { resource, attribute: m[2] } : void 0;
  }
  /** Resource and attribute an unknown value refers to: from the evaluator's ref, else from the expression text. */
  lookupValue(v, modulePath) {
    if (v.kind !== "unknown") return void 0;
    if (v.ref) {
      const resource = this.get(v.ref.address);
      if (resource) return { resource, attribute: v.ref.attribute };
    }
    return this.lookupExpr(v.expr, modulePath);
  }
  /** Text of a value: strings as written, references to declared resources resolved where their arguments allow. */
  text(v, modulePath) {
    if (!v) return void 0;
    switch (v.kind) {
      case "null":
        return void 0;
      case "string": {
        let text = v.value;
        const unresolved = [];
        const refs = [];
        for (const expr of v.unknowns ?? []) {
          const target = this.lookupExpr(expr, modulePath);
          if (target) refs.push(target.resource);
          const value = target && attributeText(target.resource, target.attribute);
          if (value !== void 0) text = text.split("${" + expr + "}").join(value);
          else unresolved.push(expr);
        }
        return { text, unresolved, refs };
      }
      case "number":
      case "bool":
        return { text: String(v.value), unresolved: [], refs: [] };
      case "unknown": {
        const target = this.lookupValue(v, modulePath);
        const value = target && attributeText(target.resource, target.attribute);
        const refs = target ? [target.resource] : [];
        if (value !== void 0) return { text: value, unresolved: [], refs };
        return { text: "${" + v.expr + "}", unresolved: [v.expr], refs };
      }
      case "list":
      case "object":
        return { text: JSON.stringify(toPlain(v)), unresolved: collectUnknowns(v), refs: [] };
    }
  }
};
function literalArg(r, name) {
  const v = r.body.get(name);
  if (!v) return void 0;
  if (v.kind === "string") return v.unknowns?.length ? void 0 : v.value;
  if (v.kind === "number" || v.kind === "bool") return String(v.value);
  return void 0;
}
function serviceAccountEmail(r) {
  const accountId = literalArg(r, "account_id");
  if (accountId === void 0) return void 0;
  if (accountId.includes("@")) return accountId;
  const project = literalArg(r, "project");
  return project === void 0 ? void 0 : `${accountId}@${project}.${SERVICE_ACCOUNT_DOMAIN}`;
}
function customRoleName(r) {
  const roleId = literalArg(r, "role_id");
  if (roleId === void 0) return void 0;
  if (r.type === "google_project_iam_custom_role") {
    const project = literalArg(r, "project");
    return project === void 0 ? void 0 : `projects/${project}/roles/${roleId}`;
  }
  const org = literalArg(r, "org_id");
  return org === void 0 ? void 0 : `organizations/${org}/roles/${roleId}`;
}
function isServiceAccountResource(r) {
  return r.type === "google_service_account";
}
function isCustomRoleResource(r) {
  return r.mode === "managed" && (r.type === "google_project_iam_custom_role" || r.type === "google_organization_iam_custom_role");
}
function attributeText(r, attribute) {
  if (isServiceAccountResource(r)) {
    const email = serviceAccountEmail(r);
    const project = literalArg(r, "project") ?? (email?.endsWith(SERVICE_ACCOUNT_DOMAIN) ? email.split("@")[1].split(".")[0] : void 0);
    switch (attribute) {
      case "email":
        return email;
      case "member":
        return email && `serviceAccount:${email}`;
      case "name":
      case "id":
        return email && project !== void 0 ? `projects/${project}/serviceAccounts/${email}` : void 0;
      default:
        break;
    }
  }
  if (isCustomRoleResource(r) && (attribute === "id" || attribute === "name")) return customRoleName(r);
  if (attribute === "id") return void 0;
  return literalArg(r, attribute);
}

// src/extract/gcp/terraform.ts
var IAM_RESOURCE = /^google_([a-z0-9_]+)_iam_(member|binding|policy)$/;
var PROVIDER_DEFAULT_PROJECT = "projects/(provider default)";
var HIERARCHY_SCOPES = {
  organization: { arg: "org_id", prefix: "organizations/", kind: "organization" },
  folder: { arg: "folder", prefix: "folders/", kind: "folder" },
  project: { arg: "project", prefix: "projects/", kind: "project" },
  billing_account: { arg: "billing_account_id", prefix: "billingAccounts/", kind: "billing-account" }
};
var GRANT_ARGS = /* @__PURE__ */ new Set([
  "role",
  "member",
  "members",
  "condition",
  "policy_data",
  "etag",
  "provider",
  "depends_on",
  "lifecycle",
  "count",
  "for_each",
  "timeouts"
]);
var CONDITION_KEY = "gcp:condition";
function parseIamResourceType(type) {
  const m = IAM_RESOURCE.exec(type);
  return m ? { parent: m[1], variant: m[2] } : void 0;
}
function extractGcpFromTerraform(resources) {
  return new GcpExtractor(resources).run();
}
var GcpExtractor = class {
  constructor(resources) {
    this.resources = resources;
    this.index = new ResourceIndex(resources);
    for (const r of resources) {
      if (isCustomRoleResource(r)) {
        const name = customRoleName(r);
        if (name) this.customRoles.set(name, r.address);
      } else if (isServiceAccountResource(r) && r.mode === "managed") {
        const email = serviceAccountEmail(r)?.toLowerCase();
        if (email && !this.serviceAccounts.has(email)) this.serviceAccounts.set(email, r.address);
      }
    }
  }
  resources;
  index;
  grants = /* @__PURE__ */ new Map();
  unresolved = [];
  errors = [];
  /** Custom role names declared in the scan → address, to link bindings to their role definition. */
  customRoles = /* @__PURE__ */ new Map();
  /** Emails of service accounts declared in the scan → address, to link members written as literal emails. */
  serviceAccounts = /* @__PURE__ */ new Map();
  run() {
    for (const r of this.resources) {
      if (r.mode !== "managed") continue;
      const iam = parseIamResourceType(r.type);
      if (iam) this.iamResource(r, iam.parent, iam.variant);
      else if (isCustomRoleResource(r)) this.customRole(r);
      else if (r.type === "google_service_account_key") this.serviceAccountKey(r);
      else if (r.type === "google_storage_hmac_key") this.hmacKey(r);
      else if (r.type in STORAGE_ACL_RESOURCES) this.storageAcl(r);
      else if (r.type === "google_iam_workload_identity_pool_provider" || r.type === "google_iam_workforce_pool_provider") {
        this.identityPoolProvider(r);
      }
    }
    return { grants: [...this.grants.values()], unresolved: this.unresolved, errors: this.errors };
  }
  add(g) {
    if (!this.grants.has(g.id)) this.grants.set(g.id, g);
  }
  text(v, r) {
    return this.index.text(v, r.modulePath);
  }
  error(r, span, message) {
    const at = span ?? r.span;
    this.errors.push({
      file: at.file,
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      message: `${r.address}: ${message}`,
      code: "parse"
    });
  }
  // ---- google_*_iam_member / _binding / _policy ----
  iamResource(r, parent, variant) {
    const scope = this.scopeOf(r, parent);
    let bindings;
    if (variant === "policy") {
      const fromPolicy = this.policyBindings(r);
      if (!fromPolicy) return;
      bindings = fromPolicy;
    } else {
      const membersArg = variant === "member" ? "member" : "members";
      const membersValue = r.body.get(membersArg);
      if (!membersValue || membersValue.kind === "null") {
        this.error(r, void 0, `expected argument "${membersArg}" (${variant === "member" ? "one member" : "a list of members"})`);
        return;
      }
      bindings = [
        {
          role: r.body.get("role"),
          roleSpan: r.attrSpans.get("role"),
          members: variant === "member" ? [membersValue] : elementsOf(membersValue),
          membersSpan: r.attrSpans.get(membersArg),
          condition: r.body.get("condition")
        }
      ];
    }
    for (const b of bindings) this.bindingGrants(r, variant, parent, scope, b);
  }
  bindingGrants(r, variant, parent, scope, b) {
    const role = this.text(b.role, r);
    if (!role) {
      this.error(r, b.roleSpan ?? b.membersSpan, 'expected argument "role" (a role name such as "roles/viewer")');
      return;
    }
    const conditions = {};
    const conditionUnresolved = this.condition(b.condition, r, conditions);
    const roleDefinition = this.customRoles.get(role.text) ?? role.refs.find(isCustomRoleResource)?.address;
    for (const member of b.members) {
      if (member.kind === "null") continue;
      const who = this.principal(member, r);
      const details = {
        scopeKind: scope.kind,
        authoritative: variant !== "member",
        resourceType: r.type,
        iamVariant: variant,
        parent,
        memberKind: who.memberKind
      };
      if (scope.args) details.scopeArgs = scope.args;
      if (who.deleted) details.deletedMember = true;
      if (who.unrecognized) details.unrecognizedMember = true;
      if (who.domain) details.memberDomain = who.domain;
      if (b.policy) details.policy = b.policy;
      if (b.auditConfigServices?.length) details.auditConfigServices = b.auditConfigServices;
      if (roleDefinition) details.roleDefinition = roleDefinition;
      const span = member.span ?? b.membersSpan ?? r.span;
      this.add(
        makeGrant({
          cloud: "gcp",
          kind: "iam-member",
          principal: who.principal,
          effect: "allow",
          actions: [],
          role: role.text,
          scope: scope.scope,
          conditions,
          source: { ...span, format: "terraform", address: r.address },
          unresolved: unique([...who.unresolved, ...role.unresolved, ...scope.unresolved, ...conditionUnresolved]),
          details
        })
      );
    }
  }
  /** Scope of an IAM resource: the hierarchy node or the resource its identifying arguments name. */
  scopeOf(r, parent) {
    const level = HIERARCHY_SCOPES[parent];
    if (level) {
      const id = this.text(r.body.get(level.arg), r);
      if (!id) {
        return parent === "project" ? { scope: PROVIDER_DEFAULT_PROJECT, kind: level.kind, unresolved: [] } : { kind: level.kind, unresolved: [] };
      }
      const scope = id.text.startsWith(level.prefix) ? id.text : level.prefix + id.text;
      return { scope, kind: level.kind, unresolved: id.unresolved };
    }
    const args = {};
    const unresolved = [];
    for (const name of argumentOrder(r)) {
      if (GRANT_ARGS.has(name)) continue;
      const t = this.text(r.body.get(name), r);
      if (!t) continue;
      args[name] = t.text;
      unresolved.push(...t.unresolved);
    }
    const values = Object.values(args);
    return { scope: values.length ? `${parent}:${values.join("/")}` : parent, kind: "resource", unresolved, args };
  }
  /** Bindings of an `_iam_policy` resource: from the data.google_iam_policy it names, or from literal JSON. */
  policyBindings(r) {
    const span = r.attrSpans.get("policy_data");
    const v = r.body.get("policy_data");
    if (!v || v.kind === "null") {
      this.error(r, void 0, 'expected argument "policy_data" (data.google_iam_policy.<name>.policy_data or a JSON IAM policy)');
      return void 0;
    }
    if (v.kind === "string" && v.source?.kind === "object") {
      const bindings = getAttr(v.source, "bindings");
      if (bindings) return this.bindingObjects(elementsOf(bindings), r, v.span ?? span ?? r.span);
    }
    if (v.kind === "string" && !v.unknowns?.length) return this.jsonPolicyBindings(r, v.value, v.span ?? span);
    if (v.kind === "string" && isJson(v.value)) return this.jsonPolicyBindings(r, v.value, v.span ?? span, v.unknowns);
    const target = v.kind === "unknown" ? this.index.lookupValue(v, r.modulePath) : void 0;
    if (target?.resource.type === "google_iam_policy" && target.resource.mode === "data") {
      return this.policyDocumentBindings(target.resource, r);
    }
    let expr = "policy_data";
    let why = "not a google_iam_policy document or JSON policy";
    if (v.kind === "unknown") [expr, why] = [v.expr, v.reason ?? "unknown value"];
    else if (v.kind === "string") [expr, why] = [(v.unknowns ?? []).join(", "), "the policy text has parts that could not be evaluated"];
    this.unresolved.push({
      span: { ...span ?? r.span, address: r.address },
      expr,
      reason: `${r.address}: the IAM policy could not be evaluated (${why})`
    });
    return void 0;
  }
  /** Bindings of a data.google_iam_policy: its `binding` blocks, each with role, members, optional condition. */
  policyDocumentBindings(doc, r) {
    const auditConfigServices = [];
    for (const a of elementsOf(doc.body.get("audit_config") ?? { kind: "null" })) {
      const service = this.text(getAttr(a, "service"), doc);
      if (service) auditConfigServices.push(service.text);
    }
    const blocks = elementsOf(doc.body.get("binding") ?? { kind: "null" });
    return this.bindingObjects(blocks, r, doc.attrSpans.get("binding") ?? doc.span, doc.address, auditConfigServices);
  }
  /**
   * Binding objects (`binding` blocks of a policy document, or `bindings` items of a jsonencode'd policy):
   * `{ role, members, condition }`, the condition a block list or an object.
   */
  bindingObjects(blocks, r, fallback, policy, auditConfigServices) {
    const out = [];
    for (const block of blocks) {
      if (block.kind !== "object") {
        this.unresolved.push({
          span: { ...block.span ?? fallback, address: r.address },
          expr: block.kind === "unknown" ? block.expr : JSON.stringify(toPlain(block)),
          reason: `${r.address}: IAM policy bindings${policy ? ` of ${policy}` : ""} could not be evaluated`
        });
        continue;
      }
      const members = getAttr(block, "members");
      const binding = {
        role: getAttr(block, "role"),
        roleSpan: getAttr(block, "role")?.span ?? block.span ?? fallback,
        members: members ? elementsOf(members) : [],
        membersSpan: members?.span ?? block.span ?? fallback,
        condition: getAttr(block, "condition")
      };
      if (policy) binding.policy = policy;
      if (auditConfigServices) binding.auditConfigServices = auditConfigServices;
      out.push(binding);
    }
    return out;
  }
  /** policy_data written as JSON (`jsonencode({ bindings = [...] })` or a heredoc). */
  jsonPolicyBindings(r, json, span, unknowns = []) {
    let doc;
    try {
      doc = JSON.parse(json);
    } catch (e) {
      this.error(r, span, `policy_data: expected a JSON IAM policy ({"bindings": [{"role": ..., "members": [...]}]}): ${e.message}`);
      return void 0;
    }
    const bindings = doc?.bindings;
    if (!Array.isArray(bindings)) {
      this.error(r, span, 'policy_data: expected a JSON IAM policy with a "bindings" array');
      return void 0;
    }
    const text = (value) => {
      const inside = unknowns.filter((u) => value.includes("${" + u + "}"));
      return { kind: "string", value, ...inside.length ? { unknowns: inside } : {}, ...span ? { span } : {} };
    };
    const out = [];
    for (const b of bindings) {
      const members = Array.isArray(b?.members) ? b.members : [];
      const cond = b?.condition;
      out.push({
        role: typeof b?.role === "string" ? text(b.role) : void 0,
        roleSpan: span,
        members: members.filter((m) => typeof m === "string").map(text),
        membersSpan: span,
        condition: cond ? jsonCondition(cond) : void 0
      });
    }
    return out;
  }
  /** Fills `conditions` from a condition block; returns unknown expressions found in it. */
  condition(v, r, conditions) {
    const block = firstBlock(v);
    if (!block) return [];
    if (block.kind === "unknown") {
      conditions[CONDITION_KEY] = { expression: ["${" + block.expr + "}"] };
      return [block.expr];
    }
    const out = {};
    const unresolved = [];
    for (const key of ["title", "description", "expression"]) {
      const t = this.text(getAttr(block, key), r);
      if (!t) continue;
      out[key] = [t.text];
      unresolved.push(...t.unresolved);
    }
    if (Object.keys(out).length) conditions[CONDITION_KEY] = out;
    return unresolved;
  }
  principal(member, r, rewrite) {
    const t = this.text(member, r) ?? { text: "", unresolved: [], refs: [] };
    const parsed = parseMember(rewrite ? rewrite(t.text) : t.text);
    const account = t.refs.find(isServiceAccountResource);
    let type = parsed.type;
    if (type === "unknown" && account && member.kind === "unknown") type = "service-account";
    const principal = { type, name: parsed.name };
    const address = account?.address ?? (parsed.memberKind === "serviceAccount" && parsed.email ? this.serviceAccounts.get(parsed.email) : void 0);
    if (address) principal.address = address;
    return {
      principal,
      unresolved: t.unresolved,
      memberKind: parsed.memberKind,
      deleted: parsed.deleted,
      unrecognized: parsed.unrecognized,
      domain: parsed.domain
    };
  }
  // ---- custom roles ----
  customRole(r) {
    const isProject = r.type === "google_project_iam_custom_role";
    const roleId = this.text(r.body.get("role_id"), r);
    if (!roleId) {
      this.error(r, void 0, 'expected argument "role_id"');
      return;
    }
    const parentArg = isProject ? "project" : "org_id";
    const parentText = this.text(r.body.get(parentArg), r);
    const scope = isProject ? parentText ? `projects/${parentText.text}` : PROVIDER_DEFAULT_PROJECT : `organizations/${parentText?.text ?? "(missing org_id)"}`;
    if (!isProject && !parentText) this.error(r, void 0, 'expected argument "org_id"');
    const permissionsValue = r.body.get("permissions");
    const actions = [];
    const unresolved = [...roleId.unresolved, ...parentText?.unresolved ?? []];
    for (const p of permissionsValue ? elementsOf(permissionsValue) : []) {
      const t = this.text(p, r);
      if (!t) continue;
      if (p.kind === "unknown") unresolved.push(...t.unresolved);
      else {
        actions.push(t.text);
        unresolved.push(...t.unresolved);
      }
    }
    const role = `${scope}/roles/${roleId.text}`;
    const details = {
      scopeKind: isProject ? "project" : "organization",
      resourceType: r.type,
      stage: this.text(r.body.get("stage"), r)?.text ?? "GA"
    };
    const title = this.text(r.body.get("title"), r)?.text;
    if (title !== void 0) details.title = title;
    const span = permissionsValue?.span ?? r.attrSpans.get("permissions") ?? r.span;
    this.add(
      makeGrant({
        cloud: "gcp",
        kind: "role-definition",
        principal: { type: "role", name: role, address: r.address },
        effect: "allow",
        actions,
        role,
        scope,
        source: { ...span, format: "terraform", address: r.address },
        unresolved: unique(unresolved),
        details
      })
    );
  }
  // ---- Cloud Storage legacy ACLs ----
  storageAcl(r) {
    const spec = STORAGE_ACL_RESOURCES[r.type];
    const unresolved = [];
    const arg = (name) => {
      const t = this.text(r.body.get(name), r);
      if (t) unresolved.push(...t.unresolved);
      return t?.text ?? `(missing ${name})`;
    };
    const bucket = arg("bucket");
    const parent = spec.target === "object" ? "storage_object" : "storage_bucket";
    const scope = spec.target === "object" ? `storage_object:${bucket}/${arg("object")}` : `storage_bucket:${bucket}`;
    const entries = [];
    if (spec.form === "entry") {
      const role = this.text(r.body.get("role"), r);
      const entity = r.body.get("entity");
      if (!role || !entity || entity.kind === "null") {
        this.error(r, void 0, 'expected arguments "role" (OWNER, READER or WRITER) and "entity" (allUsers, user-<email>, group-<email>...)');
        return;
      }
      entries.push({ role: role.text, entity, roleUnresolved: role.unresolved });
    } else {
      for (const item of elementsOf(r.body.get("role_entity") ?? { kind: "null" })) {
        const t = this.text(item, r);
        if (!t) continue;
        const split = splitRoleEntity(t.text);
        const entity = { kind: "string", value: split?.entity ?? t.text, ...item.span ? { span: item.span } : {} };
        if (t.unresolved.length) Object.assign(entity, { unknowns: t.unresolved });
        entries.push({ role: split?.role ?? t.text, entity, roleUnresolved: [] });
      }
      for (const name of ["predefined_acl", "default_acl"]) {
        const predefined = this.text(r.body.get(name), r)?.text;
        const span = r.attrSpans.get(name);
        for (const entry of predefined && PREDEFINED_ACL_ENTRIES[predefined] || []) {
          const split = splitRoleEntity(entry);
          entries.push({ role: split.role, entity: { kind: "string", value: split.entity, ...span ? { span } : {} }, roleUnresolved: [] });
        }
      }
    }
    for (const e of entries) {
      const who = this.principal(e.entity, r, aclEntityMember);
      const details = {
        scopeKind: "resource",
        authoritative: spec.form === "list",
        resourceType: r.type,
        iamVariant: "acl",
        parent,
        memberKind: who.memberKind,
        aclTarget: spec.target
      };
      if (who.domain) details.memberDomain = who.domain;
      const span = e.entity.span ?? r.attrSpans.get(spec.form === "entry" ? "entity" : "role_entity") ?? r.span;
      this.add(
        makeGrant({
          cloud: "gcp",
          kind: "iam-member",
          principal: who.principal,
          effect: "allow",
          actions: [],
          role: `acl:${e.role}`,
          scope,
          source: { ...span, format: "terraform", address: r.address },
          unresolved: unique([...who.unresolved, ...e.roleUnresolved, ...unresolved]),
          details
        })
      );
    }
  }
  // ---- service account keys ----
  /** The service account a key belongs to, from the argument naming it (email, id, resource name or reference). */
  keyOwner(r, arg, expected) {
    const t = this.text(r.body.get(arg), r);
    if (!t) {
      this.error(r, void 0, `expected argument "${arg}" (${expected})`);
      return void 0;
    }
    const account = t.refs.find(isServiceAccountResource);
    const email = (account && serviceAccountEmail(account)) ?? emailOfServiceAccountId(t.text);
    const principal = { type: "service-account", name: email ? `serviceAccount:${email}` : t.text };
    const address = account?.address ?? (email ? this.serviceAccounts.get(email.toLowerCase()) : void 0);
    if (address) principal.address = address;
    return { principal, unresolved: email ? [] : t.unresolved };
  }
  serviceAccountKey(r) {
    const owner = this.keyOwner(r, "service_account_id", "the service account email, id or resource name");
    if (!owner) return;
    const uploaded = r.body.get("public_key_data");
    this.add(
      makeGrant({
        cloud: "gcp",
        kind: "credential",
        principal: owner.principal,
        effect: "allow",
        actions: [],
        source: { ...r.span, format: "terraform", address: r.address },
        unresolved: owner.unresolved,
        details: {
          credentialType: "service-account-key",
          resourceType: r.type,
          keyOrigin: uploaded && uploaded.kind !== "null" ? "uploaded" : "google-generated"
        }
      })
    );
  }
  /** HMAC keys let S3-compatible clients call Cloud Storage as the service account, with a static secret. */
  hmacKey(r) {
    const owner = this.keyOwner(r, "service_account_email", "the service account email");
    if (!owner) return;
    const state = this.text(r.body.get("state"), r)?.text ?? "ACTIVE";
    this.add(
      makeGrant({
        cloud: "gcp",
        kind: "credential",
        principal: owner.principal,
        effect: "allow",
        actions: [],
        source: { ...r.span, format: "terraform", address: r.address },
        unresolved: owner.unresolved,
        details: { credentialType: "hmac-key", resourceType: r.type, state }
      })
    );
  }
  // ---- workload / workforce identity federation ----
  identityPoolProvider(r) {
    const workload = r.type === "google_iam_workload_identity_pool_provider";
    const unresolved = [];
    const arg = (name) => {
      const t = this.text(r.body.get(name), r);
      if (t) unresolved.push(...t.unresolved);
      return t?.text;
    };
    const pool = arg(workload ? "workload_identity_pool_id" : "workforce_pool_id") ?? "(missing pool)";
    const providerId = arg(workload ? "workload_identity_pool_provider_id" : "provider_id") ?? "(missing provider id)";
    const scope = workload ? `projects/${arg("project") ?? "(provider default)"}/locations/global/workloadIdentityPools/${pool}/providers/${providerId}` : `locations/${arg("location") ?? "global"}/workforcePools/${pool}/providers/${providerId}`;
    const conditions = {};
    const attributeCondition = arg("attribute_condition");
    if (attributeCondition !== void 0) conditions["gcp:attribute_condition"] = { expression: [attributeCondition] };
    const mapping = r.body.get("attribute_mapping");
    if (mapping?.kind === "object") {
      const m = {};
      for (const [k, v] of mapping.entries) {
        const t = this.text(v, r);
        if (!t) continue;
        m[k] = [t.text];
        unresolved.push(...t.unresolved);
      }
      conditions["gcp:attribute_mapping"] = m;
    } else if (mapping?.kind === "unknown") {
      conditions["gcp:attribute_mapping"] = { "*": ["${" + mapping.expr + "}"] };
      unresolved.push(mapping.expr);
    }
    let providerType = "unknown";
    let issuer = "(unknown identity provider)";
    const oidc = firstBlock(r.body.get("oidc"));
    const aws = firstBlock(r.body.get("aws"));
    if (oidc) {
      providerType = "oidc";
      const t = this.text(getAttr(oidc, "issuer_uri"), r);
      if (t) {
        issuer = t.text;
        unresolved.push(...t.unresolved);
      }
      const audiences = getAttr(oidc, "allowed_audiences");
      if (audiences) {
        const values = elementsOf(audiences).flatMap((a) => {
          const at = this.text(a, r);
          if (at) unresolved.push(...at.unresolved);
          return at ? [at.text] : [];
        });
        conditions["gcp:oidc"] = { allowed_audiences: values };
      }
    } else if (aws) {
      providerType = "aws";
      const t = this.text(getAttr(aws, "account_id"), r);
      issuer = `aws:${t?.text ?? "(missing account_id)"}`;
      if (t) unresolved.push(...t.unresolved);
    } else if (firstBlock(r.body.get("saml"))) {
      providerType = "saml";
      issuer = "saml";
    } else if (firstBlock(r.body.get("x509"))) {
      providerType = "x509";
      issuer = "x509";
    }
    const span = r.attrSpans.get("attribute_condition") ?? r.span;
    this.add(
      makeGrant({
        cloud: "gcp",
        kind: "trust-policy",
        principal: { type: "federated", name: issuer },
        effect: "allow",
        actions: [],
        scope,
        conditions,
        source: { ...span, format: "terraform", address: r.address },
        unresolved: unique(unresolved),
        details: {
          resourceType: r.type,
          providerType,
          pool: workload ? "workload" : "workforce",
          attributeConditionMissing: attributeCondition === void 0
        }
      })
    );
  }
};
function jsonCondition(c) {
  const entries = /* @__PURE__ */ new Map();
  for (const key of ["title", "description", "expression"]) {
    if (typeof c[key] === "string") entries.set(key, { kind: "string", value: c[key] });
  }
  return { kind: "object", entries };
}
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
function elementsOf(v) {
  if (v.kind === "list") return v.items;
  if (v.kind === "null") return [];
  return [v];
}
function firstBlock(v) {
  if (!v || v.kind === "null") return void 0;
  if (v.kind === "list") return v.items.find((i) => i.kind === "object" || i.kind === "unknown");
  return v.kind === "object" || v.kind === "unknown" ? v : void 0;
}
function argumentOrder(r) {
  const names = [...r.body.keys()];
  return names.map((name, i) => ({ name, i, span: r.attrSpans.get(name) })).sort((a, b) => a.span && b.span ? a.span.line - b.span.line || a.span.column - b.span.column : a.i - b.i).map((x) => x.name);
}
function emailOfServiceAccountId(id) {
  if (id.includes("${")) return void 0;
  const last = id.split("/").pop();
  return last.includes("@") ? last : void 0;
}
function unique(xs) {
  return [...new Set(xs)];
}

// src/extract/azure/terraform.ts
var ROLE_ASSIGNMENT_TYPES = /* @__PURE__ */ new Set(["azurerm_role_assignment", "azurerm_pim_active_role_assignment", "azurerm_pim_eligible_role_assignment"]);
var AZURE_TERRAFORM_GRANT_TYPES = /* @__PURE__ */ new Set([
  ...ROLE_ASSIGNMENT_TYPES,
  "azurerm_role_definition",
  "azurerm_key_vault_access_policy",
  "azurerm_key_vault",
  "azuread_directory_role_assignment",
  "azuread_directory_role_member",
  "azuread_app_role_assignment"
]);
var SCOPE_KIND_OF_TYPE = {
  azurerm_management_group: "management-group",
  azurerm_subscription: "subscription",
  azurerm_resource_group: "resource-group"
};
var MANAGED_IDENTITY_TYPES = /* @__PURE__ */ new Set(["azurerm_user_assigned_identity"]);
var ACCESS_POLICY_PERMISSIONS = {
  key_permissions: "keys",
  secret_permissions: "secrets",
  certificate_permissions: "certificates",
  storage_permissions: "storage"
};
function extractAzureFromTerraform(resources, catalog = DEFAULT_AZURE_ROLES) {
  return new AzureTerraformExtractor(resources, catalog).run();
}
var AzureTerraformExtractor = class {
  constructor(resources, catalog) {
    this.resources = resources;
    this.catalog = catalog;
    this.index = new ResourceIndex(resources);
    for (const r of resources) {
      if (r.type !== "azurerm_role_definition") continue;
      const name = this.text(r.body.get("name"), r);
      if (name && name.unresolved.length === 0) this.roleDefinitionsByName.set(name.text.toLowerCase(), r);
    }
  }
  resources;
  catalog;
  index;
  grants = /* @__PURE__ */ new Map();
  errors = [];
  /** Custom role definitions declared in the scan by name, to link `role_definition_name` to them. */
  roleDefinitionsByName = /* @__PURE__ */ new Map();
  run() {
    for (const r of this.resources) {
      if (r.mode !== "managed") continue;
      if (ROLE_ASSIGNMENT_TYPES.has(r.type)) this.roleAssignment(r);
      else if (r.type === "azurerm_role_definition") this.roleDefinition(r);
      else if (r.type === "azurerm_key_vault_access_policy") this.accessPolicy(r, r.body, r.span, this.refText(r.body.get("key_vault_id"), r));
      else if (r.type === "azurerm_key_vault") this.inlineAccessPolicies(r);
      else if (r.type === "azuread_directory_role_assignment") this.directoryRole(r, "role_id", "principal_object_id");
      else if (r.type === "azuread_directory_role_member") this.directoryRole(r, "role_object_id", "member_object_id");
      else if (r.type === "azuread_app_role_assignment") this.appRole(r);
    }
    return { grants: [...this.grants.values()], unresolved: [], errors: this.errors };
  }
  add(g) {
    if (!this.grants.has(g.id)) this.grants.set(g.id, g);
  }
  text(v, r) {
    return this.index.text(v, r.modulePath);
  }
  /** Text of an argument that names a resource: the resource address when it refers to one declared in the scan. */
  refText(v, r) {
    const t = this.text(v, r);
    if (!t) return "(unknown)";
    if (t.unresolved.length > 0 && t.refs[0]) return t.refs[0].address;
    return t.text;
  }
  source(r, span) {
    return { ...span ?? r.span, format: "terraform", address: r.address };
  }
  error(r, message) {
    const at = r.span;
    this.errors.push({ file: at.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, message: `${r.address}: ${message}`, code: "parse" });
  }
  /** The principal an object id names: a managed identity declared in the scan, else the id with the declared type. */
  principal(v, r, declaredType) {
    const t = this.text(v, r);
    if (!t) return { principal: { type: "unknown", name: "(missing principal)" }, unresolved: [] };
    const identity = t.refs.find((x) => MANAGED_IDENTITY_TYPES.has(x.type) || x.body.has("identity"));
    if (identity) {
      const name = this.text(identity.body.get("name"), identity);
      return {
        principal: { type: "managed-identity", name: name && name.unresolved.length === 0 ? name.text : identity.address, address: identity.address },
        unresolved: []
      };
    }
    const servicePrincipal = t.refs.find((x) => x.type === "azuread_service_principal");
    if (servicePrincipal) return { principal: { type: "service-principal", name: servicePrincipal.address, address: servicePrincipal.address }, unresolved: [] };
    const user = t.refs.find((x) => x.type === "azuread_user");
    if (user) return { principal: { type: "user", name: user.address, address: user.address }, unresolved: [] };
    const group = t.refs.find((x) => x.type === "azuread_group");
    if (group) return { principal: { type: "group", name: group.address, address: group.address }, unresolved: [] };
    return { principal: { type: principalTypeOf(declaredType, false), name: t.text }, unresolved: t.unresolved };
  }
  roleAssignment(r) {
    const roleId = this.text(r.body.get("role_definition_id"), r);
    const roleName = this.text(r.body.get("role_definition_name"), r);
    const role = roleId ?? roleName;
    if (!role) {
      this.error(r, 'expected argument "role_definition_id" or "role_definition_name"');
      return;
    }
    const principalType = this.text(r.body.get("principal_type"), r);
    const principalTypeText = principalType && principalType.unresolved.length === 0 ? principalType.text : void 0;
    const who = this.principal(r.body.get("principal_id"), r, principalTypeText);
    const scope = this.scopeOf(r.body.get("scope"), r);
    const definition = roleId?.refs.find((x) => x.type === "azurerm_role_definition") ?? (roleName ? this.roleDefinitionsByName.get(roleName.text.toLowerCase()) : void 0);
    const condition = this.text(r.body.get("condition"), r);
    const byDefinition = definition !== void 0 && (!roleId || roleId.unresolved.length > 0);
    this.add(
      roleAssignmentGrant({
        catalog: this.catalog,
        // `azurerm_role_definition.x.role_definition_resource_id` is computed: the definition's name says which role.
        role: byDefinition ? this.literalName(definition) : role.text,
        roleIsName: byDefinition || !roleId,
        principal: who.principal,
        principalType: principalTypeText,
        scope: scope.text,
        scopeKind: scope.kind,
        source: this.source(r, r.attrSpans.get(roleId ? "role_definition_id" : "role_definition_name")),
        // A role defined in the scan is known by name even when its id is computed.
        unresolved: [...definition ? [] : role.unresolved, ...who.unresolved, ...scope.unresolved],
        condition: condition?.text,
        resourceType: r.type,
        roleDefinition: definition?.address
      })
    );
  }
  literalName(r) {
    const name = this.text(r.body.get("name"), r);
    return name && name.unresolved.length === 0 ? name.text : r.address;
  }
  scopeOf(v, r) {
    const t = this.text(v, r);
    if (!t) return { text: void 0, kind: void 0, unresolved: [] };
    const fromId = scopeKindOfId(t.text);
    if (fromId) return { text: t.text, kind: fromId, unresolved: t.unresolved };
    const target = t.refs[0];
    const expr = v?.kind === "unknown" ? v.expr : t.text;
    const type = target?.type ?? /(?:^|\$\{)(?:data\.)?(azurerm_[a-z_]+)\./.exec(expr)?.[1];
    if (type) {
      const kind = SCOPE_KIND_OF_TYPE[type] ?? "resource";
      return { text: target?.address ?? t.text, kind, unresolved: target ? [] : t.unresolved };
    }
    return { text: t.text, kind: void 0, unresolved: t.unresolved };
  }
  roleDefinition(r) {
    const name = this.text(r.body.get("name"), r);
    const permissions = listOf(r.body.get("permissions"));
    const strings = (key) => permissions.flatMap((p) => p.kind === "object" ? this.strings(p.entries.get(key), r) : []);
    const unresolved = [...name?.unresolved ?? []];
    const scopes = this.strings(r.body.get("assignable_scopes"), r, unresolved);
    const scope = this.text(r.body.get("scope"), r);
    if (scopes.length === 0 && scope) scopes.push(scope.text);
    const id = this.text(r.body.get("role_definition_id"), r);
    this.add(
      roleDefinitionGrant({
        name: name?.text ?? r.address,
        id: id?.text,
        actions: strings("actions"),
        notActions: strings("not_actions"),
        dataActions: strings("data_actions"),
        notDataActions: strings("not_data_actions"),
        assignableScopes: scopes,
        scope: scope?.text,
        source: this.source(r, r.attrSpans.get("permissions")),
        unresolved: [...unresolved, ...permissions.flatMap((p) => p.kind === "unknown" ? [p.expr] : [])],
        resourceType: r.type
      })
    );
  }
  /** Texts of a list argument; unknown items go to `unresolved`. */
  strings(v, r, unresolved = []) {
    const out = [];
    for (const item of listOf(v)) {
      const t = this.text(item, r);
      if (!t) continue;
      if (item.kind === "unknown") unresolved.push(...t.unresolved);
      else out.push(t.text);
    }
    return out;
  }
  accessPolicy(r, body, span, vault) {
    const who = this.principal(body.get("object_id"), r);
    const permissions = {};
    const unresolved = [...who.unresolved];
    for (const [arg, kind] of Object.entries(ACCESS_POLICY_PERMISSIONS)) {
      const list = this.strings(body.get(arg), r, unresolved);
      if (list.length > 0) permissions[kind] = list;
    }
    this.add(accessPolicyGrant({ principal: who.principal, vault, permissions, source: this.source(r, span), unresolved, resourceType: r.type }));
  }
  inlineAccessPolicies(r) {
    for (const block of listOf(r.body.get("access_policy"))) {
      if (block.kind !== "object") continue;
      this.accessPolicy(r, block.entries, block.span ?? r.attrSpans.get("access_policy") ?? r.span, r.address);
    }
  }
  directoryRole(r, roleArg, principalArg) {
    const role = this.text(r.body.get(roleArg), r);
    if (!role) {
      this.error(r, `expected argument "${roleArg}"`);
      return;
    }
    const declared = role.refs.find((x) => x.type === "azuread_directory_role");
    const roleText = declared ? this.text(declared.body.get("template_id"), declared) ?? this.text(declared.body.get("display_name"), declared) : void 0;
    const who = this.principal(r.body.get(principalArg), r);
    const scope = this.text(r.body.get("directory_scope_id"), r);
    this.add(
      directoryRoleGrant({
        principal: who.principal,
        role: roleText?.text ?? role.text,
        directoryScope: scope?.text,
        source: this.source(r, r.attrSpans.get(roleArg)),
        unresolved: [...roleText ? roleText.unresolved : role.unresolved, ...who.unresolved],
        resourceType: r.type
      })
    );
  }
  appRole(r) {
    const appRoleValue = r.body.get("app_role_id");
    const appRole = this.text(appRoleValue, r);
    if (!appRole) {
      this.error(r, 'expected argument "app_role_id"');
      return;
    }
    const expr = appRoleValue?.kind === "unknown" ? appRoleValue.expr : appRole.text;
    const named = /app_role_ids\[\s*"([^"]+)"\s*\]/.exec(expr)?.[1];
    const resource = this.text(r.body.get("resource_object_id"), r);
    const resourceRef = resource?.refs[0];
    const graphId = resourceRef ? this.text(resourceRef.body.get("client_id") ?? resourceRef.body.get("application_id"), resourceRef)?.text : void 0;
    const graph = graphId === MICROSOFT_GRAPH_APP_ID || /msgraph|microsoft_graph|graph/i.test(resource?.text ?? "") || /msgraph|graph/i.test(expr);
    const who = this.principal(r.body.get("principal_object_id"), r, "ServicePrincipal");
    this.add(
      appRoleGrant({
        principal: who.principal.type === "unknown" ? { ...who.principal, type: "service-principal" } : who.principal,
        appRole: named ?? appRole.text,
        resource: resourceRef?.address ?? resource?.text ?? "(unknown)",
        graph,
        source: this.source(r, r.attrSpans.get("app_role_id")),
        unresolved: [...named ? [] : appRole.unresolved, ...who.unresolved],
        resourceType: r.type
      })
    );
  }
};
function listOf(v) {
  if (!v || v.kind === "null") return [];
  return v.kind === "list" ? v.items : [v];
}

export {
  compareSpans,
  extractAwsFromTerraform,
  parseMember,
  extractGcpFromTerraform,
  extractAzureFromTerraform
};
