import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  DEFAULT_AZURE_ROLES,
  accessPolicyGrant,
  principalTypeOf,
  roleAssignmentGrant,
  roleDefinitionGrant,
  scopeKindOfId
} from "./chunk-456KF6NM.mjs";
import {
  collectUnknowns,
  scalarText
} from "./chunk-E2WJM2F3.mjs";

// src/extract/azure/deployment.ts
var ROLE_ASSIGNMENTS = "microsoft.authorization/roleassignments";
var ROLE_DEFINITIONS = "microsoft.authorization/roledefinitions";
var KEY_VAULT = "microsoft.keyvault/vaults";
var KEY_VAULT_ACCESS_POLICIES = "microsoft.keyvault/vaults/accesspolicies";
var MANAGED_IDENTITY = "microsoft.managedidentity/userassignedidentities";
var DEPLOYMENT_SCOPE_KIND = {
  resourceGroup: "resource-group",
  subscription: "subscription",
  managementGroup: "management-group",
  tenant: "tenant"
};
var SCOPE_KIND_OF_TYPE = {
  "microsoft.resources/resourcegroups": "resource-group",
  "microsoft.management/managementgroups": "management-group",
  "microsoft.subscription/aliases": "subscription"
};
function isAzureGrantType(type) {
  const t = type.toLowerCase();
  return t === ROLE_ASSIGNMENTS || isLegacyRoleAssignment(t) || t === ROLE_DEFINITIONS || t === KEY_VAULT || t === KEY_VAULT_ACCESS_POLICIES || t === MANAGED_IDENTITY;
}
function isLegacyRoleAssignment(lowerType) {
  return lowerType.endsWith("/providers/roleassignments");
}
function extractAzureFromDeployment(resources, format, catalog = DEFAULT_AZURE_ROLES) {
  return new DeploymentExtractor(resources, format, catalog).run();
}
function valueText(v) {
  if (v?.kind === "list") return JSON.stringify(v.items.map(valueText));
  if (v?.kind === "object") return JSON.stringify(Object.fromEntries([...v.entries].map(([k, x]) => [k, valueText(x)])));
  return scalarText(v);
}
function prop(v, key) {
  return v?.kind === "object" ? v.entries.get(key) : void 0;
}
function items(v) {
  return v?.kind === "list" ? v.items : [];
}
function strings(v, unresolved) {
  const out = [];
  if (v?.kind === "unknown") unresolved.push(v.expr);
  for (const item of items(v)) {
    if (item.kind === "unknown") unresolved.push(item.expr);
    else {
      const t = valueText(item);
      if (t !== void 0) out.push(t);
      unresolved.push(...collectUnknowns(item));
    }
  }
  return out;
}
function addressKey(r, address) {
  return r.deployment === void 0 ? address : `${r.deployment}\0${address}`;
}
var DeploymentExtractor = class {
  constructor(resources, format, catalog) {
    this.resources = resources;
    this.format = format;
    this.catalog = catalog;
    for (const r of resources) {
      const key = addressKey(r, r.address);
      if (!this.byAddress.has(key)) this.byAddress.set(key, r);
      const base = addressKey(r, r.address.replace(/\[[^\]]*\]$/, ""));
      if (!this.byAddress.has(base)) this.byAddress.set(base, r);
    }
  }
  resources;
  format;
  catalog;
  byAddress = /* @__PURE__ */ new Map();
  grants = /* @__PURE__ */ new Map();
  run() {
    for (const r of this.resources) {
      if (r.existing) continue;
      const type = r.type.toLowerCase();
      if (type === ROLE_ASSIGNMENTS || isLegacyRoleAssignment(type)) this.roleAssignment(r, isLegacyRoleAssignment(type));
      else if (type === ROLE_DEFINITIONS) this.roleDefinition(r);
      else if (type === KEY_VAULT || type === KEY_VAULT_ACCESS_POLICIES) this.accessPolicies(r, type === KEY_VAULT);
    }
    return [...this.grants.values()];
  }
  add(g) {
    if (!this.grants.has(g.id)) this.grants.set(g.id, g);
  }
  source(r) {
    return { ...r.span, format: this.format, address: r.address };
  }
  /**
   * The resource an unknown value of `from` refers to (`uami.properties.principalId`,
   * `reference(resourceId(...)).principalId`): one of the same deployment.
   */
  referenced(from, v) {
    if (v?.kind !== "unknown" || !v.ref) return void 0;
    const resource = this.byAddress.get(addressKey(from, v.ref.address));
    return resource ? { resource, attribute: v.ref.attribute } : void 0;
  }
  principal(r, v, declaredType) {
    const target = this.referenced(r, v);
    if (target && target.resource.type.toLowerCase() === MANAGED_IDENTITY) {
      const name = valueText(target.resource.body.get("name"));
      return { principal: { type: "managed-identity", name: name ?? target.resource.address, address: target.resource.address }, unresolved: [] };
    }
    if (target && /(^|\.)identity\.principalId$/i.test(target.attribute)) {
      return { principal: { type: "managed-identity", name: `${target.resource.address} (system-assigned)`, address: target.resource.address }, unresolved: [] };
    }
    const text = valueText(v);
    if (text === void 0) return { principal: { type: principalTypeOf(declaredType, false), name: "(missing principal)" }, unresolved: [] };
    return { principal: { type: principalTypeOf(declaredType, false), name: text }, unresolved: v ? collectUnknowns(v) : [] };
  }
  scopeOf(r, legacy) {
    if (legacy) {
      const parentType = r.type.slice(0, r.type.toLowerCase().indexOf("/providers/"));
      const name = valueText(r.body.get("name")) ?? "";
      const parentName = name.split("/Microsoft.Authorization/")[0] ?? name;
      const kind = SCOPE_KIND_OF_TYPE[parentType.toLowerCase()] ?? "resource";
      return { scope: `${parentType}/${parentName}`, kind, unresolved: [] };
    }
    const v = r.body.get("scope");
    if (!v || v.kind === "null") {
      return { scope: valueText(prop(r.deploymentScope.value, "id")) ?? valueText(r.deploymentScope.value), kind: DEPLOYMENT_SCOPE_KIND[r.deploymentScope.kind], unresolved: [] };
    }
    const target = this.referenced(r, v);
    if (target) {
      const kind = SCOPE_KIND_OF_TYPE[target.resource.type.toLowerCase()] ?? "resource";
      return { scope: target.resource.address, kind, unresolved: [] };
    }
    return this.scopeFromValue(v);
  }
  /** A scope written as an id, a scope function's object (`subscription()`), or an ARM relative resource id. */
  scopeFromValue(v) {
    const id = v.kind === "object" ? prop(v, "id") : v;
    const text = valueText(id);
    if (text === void 0) return { scope: void 0, kind: void 0, unresolved: [] };
    const unresolved = id ? collectUnknowns(id) : [];
    const fromId = scopeKindOfId(text);
    if (fromId) return { scope: text, kind: fromId, unresolved };
    const scopeFunction = /^\$\{(resourceGroup|subscription|managementGroup|tenant)\(/.exec(text)?.[1];
    if (scopeFunction) return { scope: text, kind: DEPLOYMENT_SCOPE_KIND[scopeFunction], unresolved: [] };
    if (/^[A-Za-z0-9.]+\/[A-Za-z]/.test(text)) return { scope: text, kind: text.toLowerCase().startsWith("microsoft.management/managementgroups/") ? "management-group" : "resource", unresolved };
    return { scope: text, kind: void 0, unresolved };
  }
  roleAssignment(r, legacy) {
    const properties = r.body.get("properties");
    const roleValue = prop(properties, "roleDefinitionId");
    const principalType = valueText(prop(properties, "principalType"));
    const declaredType = principalType && !principalType.includes("${") ? principalType : void 0;
    const who = this.principal(r, prop(properties, "principalId"), declaredType);
    const scope = this.scopeOf(r, legacy);
    const definition = this.referenced(r, roleValue);
    const definitionResource = definition && definition.resource.type.toLowerCase() === ROLE_DEFINITIONS ? definition.resource : void 0;
    const definitionName = definitionResource ? valueText(prop(definitionResource.body.get("properties"), "roleName")) : void 0;
    const role = definitionResource ? definitionName ?? valueText(definitionResource.body.get("name")) : valueText(roleValue);
    const condition = valueText(prop(properties, "condition"));
    this.add(
      roleAssignmentGrant({
        catalog: this.catalog,
        role,
        roleIsName: definitionName !== void 0,
        principal: who.principal,
        principalType: declaredType,
        scope: scope.scope,
        scopeKind: scope.kind,
        source: this.source(r),
        unresolved: [...roleValue && !definitionResource ? collectUnknowns(roleValue).filter((u) => !isDeploymentContext(u)) : [], ...who.unresolved, ...scope.unresolved],
        conditional: r.conditional,
        condition,
        resourceType: r.type,
        roleDefinition: definitionResource?.address
      })
    );
  }
  roleDefinition(r) {
    const properties = r.body.get("properties");
    const unresolved = [];
    const permissions = items(prop(properties, "permissions"));
    const list = (key) => permissions.flatMap((p) => strings(prop(p, key), unresolved));
    const name = valueText(prop(properties, "roleName")) ?? valueText(r.body.get("name")) ?? r.address;
    this.add(
      roleDefinitionGrant({
        name,
        id: valueText(r.body.get("name")),
        actions: list("actions"),
        notActions: list("notActions"),
        dataActions: list("dataActions"),
        notDataActions: list("notDataActions"),
        assignableScopes: strings(prop(properties, "assignableScopes"), unresolved),
        scope: valueText(prop(r.deploymentScope.value, "id")) ?? DEPLOYMENT_SCOPE_KIND[r.deploymentScope.kind],
        source: this.source(r),
        unresolved,
        resourceType: r.type,
        conditional: r.conditional
      })
    );
  }
  accessPolicies(r, inline) {
    const vault = inline ? r.address : r.parent ?? valueText(r.body.get("name"))?.split("/")[0] ?? r.address;
    for (const entry of items(prop(r.body.get("properties"), "accessPolicies"))) {
      const who = this.principal(r, prop(entry, "objectId"), void 0);
      const unresolved = [...who.unresolved];
      const permissions = {};
      const granted = prop(entry, "permissions");
      if (granted?.kind === "object") {
        for (const [kind, list] of granted.entries) {
          const values = strings(list, unresolved);
          if (values.length > 0) permissions[kind] = values;
        }
      } else if (granted?.kind === "unknown") unresolved.push(granted.expr);
      this.add(
        accessPolicyGrant({
          principal: who.principal,
          vault,
          permissions,
          source: { ...entry.span ?? r.span, format: this.format, address: r.address },
          unresolved,
          resourceType: r.type,
          conditional: r.conditional
        })
      );
    }
  }
};
function isDeploymentContext(expr) {
  return /^(subscription|tenant|managementGroup|resourceGroup)\(\)(\.[A-Za-z]+)?$/.test(expr);
}

export {
  isAzureGrantType,
  extractAzureFromDeployment
};
