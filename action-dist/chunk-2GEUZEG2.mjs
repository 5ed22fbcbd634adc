import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  parseHcl,
  parseTfJson,
  spanOf
} from "./chunk-SYEESI4A.mjs";
import {
  eachFileApart
} from "./chunk-O7GAQ72C.mjs";
import {
  extractAwsFromTerraform,
  extractAzureFromTerraform,
  extractGcpFromTerraform
} from "./chunk-NIX622U4.mjs";
import {
  azureRoleCatalog
} from "./chunk-456KF6NM.mjs";
import {
  claimsPlan,
  parsePlan
} from "./chunk-G6JY42Q3.mjs";
import {
  reformatGrant
} from "./chunk-YZXYJYQ3.mjs";

// src/evaluate/tfplan/index.ts
import path from "node:path";
function planResources(plan, side, all) {
  const locate = configLocator(plan, all);
  const out = [];
  for (const rc of [...plan.resourceChanges, ...plan.plannedOnly]) {
    const value = side === "after" ? rc.after : rc.before;
    if (!value || value.kind !== "object") continue;
    if (side === "after" && rc.actions.length === 1 && rc.actions[0] === "delete") continue;
    const declared = locate(rc);
    const references = referencesOf(plan.configuration, rc);
    const body = /* @__PURE__ */ new Map();
    const attrSpans = /* @__PURE__ */ new Map();
    const unknownAttrs = side === "after" && rc.afterUnknown?.kind === "object" ? rc.afterUnknown.entries : void 0;
    for (const [key, v] of value.entries) {
      const span = declared?.attrSpans.get(key) ?? v.span;
      if (span) attrSpans.set(key, span);
      body.set(key, declared ? respan(v, span ?? declared.span) : v);
    }
    for (const [key, flag] of unknownAttrs ?? []) {
      if (flag.kind === "bool" && flag.value === true) {
        const ref = references.get(key)?.find((r) => /\.[a-z_]+$/.test(r) && r.split(".").length >= 3);
        const target = ref ? absoluteRef(rc.moduleAddress, ref) : void 0;
        body.set(key, {
          kind: "unknown",
          // Not written as a reference: an unknown attribute must not read as a link to itself.
          expr: ref ?? `(known after apply: ${rc.address}.${key})`,
          reason: "computed-attribute",
          ...target ? { ref: target } : {},
          ...attrSpans.get(key) ? { span: attrSpans.get(key) } : {}
        });
      }
    }
    const baseAddress = rc.address.replace(/\[[^\]]*\]$/, "");
    out.push({
      mode: rc.mode,
      type: rc.type,
      name: rc.name,
      address: rc.address,
      baseAddress,
      modulePath: rc.moduleAddress,
      span: { ...declared?.span ?? rc.span, address: rc.address },
      body,
      attrSpans,
      ...rc.index !== void 0 ? { instanceKey: rc.index } : {}
    });
  }
  return out;
}
function absoluteRef(moduleAddress, ref) {
  const parts = ref.split(".");
  const isData = parts[0] === "data";
  const need = isData ? 4 : 3;
  if (parts.length < need || parts[0] === "var" || parts[0] === "local" || parts[0] === "module") return void 0;
  const address = parts.slice(0, need - 1).join(".");
  return { address: moduleAddress ? `${moduleAddress}.${address}` : address, attribute: parts.slice(need - 1).join(".") };
}
function referencesOf(config, rc) {
  const module = moduleConfigAt(config, rc.moduleAddress);
  const local = rc.address.slice(rc.moduleAddress ? rc.moduleAddress.length + 1 : 0).replace(/\[[^\]]*\]$/, "");
  return module?.resources.find((r) => r.address === local)?.references ?? /* @__PURE__ */ new Map();
}
function moduleConfigAt(config, moduleAddress) {
  let module = config;
  for (const name of moduleNames(moduleAddress)) module = module?.calls.get(name)?.module;
  return module;
}
function moduleNames(moduleAddress) {
  const names = [];
  const re = /module\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?/g;
  for (let m = re.exec(moduleAddress); m; m = re.exec(moduleAddress)) names.push(m[1]);
  return names;
}
function configLocator(plan, all) {
  const planDir = path.posix.dirname(plan.file);
  const blocksByDir = /* @__PURE__ */ new Map();
  const blocksIn = (dir) => {
    let blocks = blocksByDir.get(dir);
    if (blocks) return blocks;
    blocks = /* @__PURE__ */ new Map();
    blocksByDir.set(dir, blocks);
    for (const file of all.values()) {
      if (path.posix.dirname(file.path) !== dir) continue;
      const isJson = file.path.endsWith(".tf.json");
      if (!isJson && !file.path.endsWith(".tf")) continue;
      const parsed = isJson ? parseTfJson(file.text, file.path) : parseHcl(file.text, file.path);
      for (const block of parsed.file.body.blocks) addBlock(blocks, block, file.path);
    }
    return blocks;
  };
  const dirOf = (moduleAddress) => {
    let dir = planDir;
    let module = plan.configuration;
    for (const name of moduleNames(moduleAddress)) {
      const call = module?.calls.get(name);
      if (!call || !/^\.\.?\//.test(call.source)) return void 0;
      dir = path.posix.normalize(path.posix.join(dir, call.source));
      module = call.module;
    }
    return dir;
  };
  return (rc) => {
    const dir = dirOf(rc.moduleAddress);
    if (dir === void 0) return void 0;
    return blocksIn(dir === "." ? "." : dir).get(`${rc.mode}.${rc.type}.${rc.name}`);
  };
}
function addBlock(blocks, block, file) {
  if (block.blockType !== "resource" && block.blockType !== "data" || block.labels.length !== 2) return;
  const mode = block.blockType === "data" ? "data" : "managed";
  const attrSpans = /* @__PURE__ */ new Map();
  for (const attr of block.body.attributes) attrSpans.set(attr.name, spanOf(attr.range, file));
  for (const nested of block.body.blocks) if (!attrSpans.has(nested.blockType)) attrSpans.set(nested.blockType, spanOf(nested.range, file));
  blocks.set(`${mode}.${block.labels[0]}.${block.labels[1]}`, { span: spanOf(block.range, file), attrSpans });
}
function respan(v, span) {
  switch (v.kind) {
    case "list":
      return { ...v, span, items: v.items.map((i) => respan(i, span)) };
    case "object": {
      const entries = /* @__PURE__ */ new Map();
      for (const [k, x] of v.entries) entries.set(k, respan(x, span));
      return { ...v, span, entries };
    }
    default:
      return { ...v, span };
  }
}

// src/pipeline/frontends/tfplan.ts
function planGrants(files, all, side, options = {}) {
  const grants = [];
  const errors = [];
  const unresolved = [];
  const read = [];
  for (const file of files) {
    const { plan, error } = parsePlan(file.text, file.path);
    read.push(file.path);
    if (error) {
      errors.push(error);
      continue;
    }
    if (!plan) continue;
    const resources = planResources(plan, side, all);
    for (const extraction of [extractAwsFromTerraform(resources), extractGcpFromTerraform(resources), extractAzureFromTerraform(resources, azureRoleCatalog(options))]) {
      for (const g of extraction.grants) grants.push(reformatGrant(g, "tfplan", { planFile: file.path }));
      errors.push(...extraction.errors);
      unresolved.push(...extraction.unresolved);
    }
  }
  return { grants, errors, unresolved, files: read };
}
var tfplanFrontEnd = {
  format: "tfplan",
  claims: claimsPlan,
  run: (files, all, options) => planGrants(files, all, "after", options),
  // Each plan is read on its own.
  partition: eachFileApart
};

export {
  planGrants,
  tfplanFrontEnd
};
