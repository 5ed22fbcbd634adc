import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  getAttr,
  parseJsonTemplate
} from "./chunk-E2WJM2F3.mjs";

// src/parse/tfplan/index.ts
function looksLikePlan(text) {
  const head = text.slice(0, 4096);
  return head.includes('"format_version"') && (text.includes('"resource_changes"') || text.includes('"planned_values"'));
}
function parsePlan(text, file) {
  const parsed = parseJsonTemplate(text, file);
  if (parsed.error) return { error: { ...parsed.error, message: parsed.error.message.replace(/^invalid JSON/, "invalid plan JSON") } };
  const root = parsed.value;
  if (root.kind !== "object" || !root.entries.has("format_version")) return { notPlan: true };
  if (!root.entries.has("resource_changes") && !root.entries.has("planned_values")) return { notPlan: true };
  const formatVersion = stringOf(getAttr(root, "format_version")) ?? "";
  const resourceChanges = [];
  for (const rc of listOf(getAttr(root, "resource_changes"))) {
    const change = getAttr(rc, "change");
    const entry = resourceEntry(rc, file);
    if (!entry) continue;
    resourceChanges.push({
      ...entry,
      actions: listOf(getAttr(change, "actions")).map((a) => stringOf(a)),
      ...present("before", getAttr(change, "before")),
      ...present("after", getAttr(change, "after")),
      ...present("afterUnknown", getAttr(change, "after_unknown"))
    });
  }
  const plannedOnly = [];
  if (resourceChanges.length === 0) {
    const collect = (module) => {
      for (const r of listOf(getAttr(module, "resources"))) {
        const entry = resourceEntry(r, file);
        if (entry) plannedOnly.push({ ...entry, actions: ["create"], ...present("after", getAttr(r, "values")) });
      }
      for (const child of listOf(getAttr(module, "child_modules"))) collect(child);
    };
    collect(getAttr(getAttr(root, "planned_values"), "root_module"));
  }
  const rootModule = getAttr(getAttr(root, "configuration"), "root_module");
  return {
    plan: {
      file,
      formatVersion,
      resourceChanges,
      plannedOnly,
      ...rootModule ? { configuration: moduleConfig(rootModule) } : {}
    }
  };
}
function resourceEntry(v, file) {
  const address = stringOf(getAttr(v, "address"));
  const type = stringOf(getAttr(v, "type"));
  const name = stringOf(getAttr(v, "name"));
  if (!address || !type || !name) return void 0;
  const mode = stringOf(getAttr(v, "mode")) === "data" ? "data" : "managed";
  const index = getAttr(v, "index");
  return {
    address,
    moduleAddress: stringOf(getAttr(v, "module_address")) ?? "",
    mode,
    type,
    name,
    ...index?.kind === "string" || index?.kind === "number" ? { index: index.value } : {},
    span: v.span ?? { file, line: 1, column: 1, endLine: 1, endColumn: 1 }
  };
}
function moduleConfig(module) {
  const resources = [];
  for (const r of listOf(getAttr(module, "resources"))) {
    const address = stringOf(getAttr(r, "address"));
    const type = stringOf(getAttr(r, "type"));
    const name = stringOf(getAttr(r, "name"));
    if (!address || !type || !name) continue;
    const references = /* @__PURE__ */ new Map();
    const expressions = getAttr(r, "expressions");
    if (expressions?.kind === "object") {
      for (const [key, expr] of expressions.entries) {
        const refs = listOf(getAttr(expr, "references")).map(stringOf).filter((x) => !!x);
        if (refs.length) references.set(key, refs);
      }
    }
    resources.push({ address, type, name, mode: stringOf(getAttr(r, "mode")) === "data" ? "data" : "managed", references });
  }
  const calls = /* @__PURE__ */ new Map();
  const moduleCalls = getAttr(module, "module_calls");
  if (moduleCalls?.kind === "object") {
    for (const [name, call] of moduleCalls.entries) {
      const child = getAttr(call, "module");
      calls.set(name, { source: stringOf(getAttr(call, "source")) ?? "", module: child ? moduleConfig(child) : { resources: [], calls: /* @__PURE__ */ new Map() } });
    }
  }
  return { resources, calls };
}
function present(key, v) {
  return v && v.kind !== "null" ? { [key]: v } : {};
}
function listOf(v) {
  return v?.kind === "list" ? v.items : [];
}
function stringOf(v) {
  return v?.kind === "string" ? v.value : void 0;
}

// src/pipeline/frontends/claims.ts
var TERRAFORM_EXTENSIONS = [".tf", ".tf.json", ".tfvars", ".tfvars.json"];
function isTerraformPath(p) {
  const lower = p.toLowerCase();
  return TERRAFORM_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
function claimsTerraform(file) {
  return isTerraformPath(file.path);
}
function isBicepPath(p) {
  const lower = p.toLowerCase();
  return lower.endsWith(".bicep") || lower.endsWith(".bicepparam");
}
function claimsBicep(file) {
  return isBicepPath(file.path);
}
function claimsPlan(file) {
  return file.path.toLowerCase().endsWith(".json") && !file.path.endsWith(".tf.json") && looksLikePlan(file.text);
}
var ARM_TEMPLATE_SCHEMA = /"\$schema"\s*:\s*"[^"]*deployment(Template|Parameters)\.json/i;
function claimsArm(file) {
  const lower = file.path.toLowerCase();
  if (!lower.endsWith(".json") || lower.endsWith(".tf.json")) return false;
  if (ARM_TEMPLATE_SCHEMA.test(file.text.slice(0, 2e3))) return true;
  return file.text.includes('"contentVersion"') && /"resources"\s*:/.test(file.text) && !file.text.includes('"AWSTemplateFormatVersion"');
}
var CDK_IMPORT = /(?:from\s*|require\(\s*|import\(\s*)['"](?:aws-cdk-lib(?:\/[^'"]*)?|@aws-cdk\/[^'"]+|cdktf|@cdktf\/provider-[^'"]+)['"]/;
function claimsCdkSource(file) {
  const p = file.path;
  if (!p.endsWith(".ts") || p.endsWith(".d.ts")) return false;
  if (/(^|\/)(node_modules|cdk\.out)\//.test(p)) return false;
  return CDK_IMPORT.test(file.text);
}

export {
  parsePlan,
  claimsTerraform,
  claimsBicep,
  claimsPlan,
  claimsArm,
  claimsCdkSource
};
