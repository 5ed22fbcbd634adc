import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  makeGrant
} from "./chunk-YZXYJYQ3.mjs";

// src/analyze/azure/roles.ts
var BUILTIN_ROLE_LIST = [
  ["Owner", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "owner", true],
  ["Contributor", "b24988ac-6180-42a0-ab88-20f7382dd24c", "contributor", true],
  ["User Access Administrator", "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", "role-admin", true],
  ["Role Based Access Control Administrator", "f58310d9-a9f6-439a-9e8d-f62e7b41a168", "role-admin", true],
  ["Reservations Administrator", "a8889054-8d42-49c9-bc1c-52486c10e7cd", "role-admin", true],
  ["Reader", "acdd72a7-3385-48ef-bd42-f606fba81ae7", "reader"],
  ["Azure File Sync Administrator", "92b92042-07d9-4307-87f7-36a593fc5850", "data-access"],
  ["Key Vault Administrator", "00482a5a-887f-4fb3-b363-3b7fe8e74483", "data-access"],
  ["Key Vault Data Access Administrator", "8b54135c-b56d-4d72-a534-26097cfdc8d8", "role-admin"],
  ["Key Vault Secrets Officer", "b86a8fe4-44ce-4948-aee5-eccb2c155cd7", "data-access"],
  ["Key Vault Secrets User", "4633458b-17de-408a-b874-0445c86b69e6", "data-access"],
  ["Key Vault Crypto Officer", "14b46e9e-c2b7-41b4-b07b-48a6ebf60603", "data-access"],
  ["Key Vault Certificates Officer", "a4417e6f-fecd-4de8-b567-7b0420556985", "data-access"],
  ["Key Vault Contributor", "f25e0fa2-a7c8-4377-a976-54943a77a395", "service-admin"],
  ["Storage Blob Data Owner", "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "data-access"],
  ["Storage Blob Data Contributor", "ba92f5b4-2d11-453d-a403-e96b0029c9fe", "data-access"],
  ["Storage Blob Data Reader", "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1", "data-access"],
  ["Storage Account Contributor", "17d1049b-9a84-46fb-8f53-869881c3d3ab", "data-access"],
  ["Storage Account Key Operator Service Role", "81a9662b-bebf-436f-a333-f67b29880f12", "data-access"],
  ["Reader and Data Access", "c12c1c16-33a1-487b-954d-41c89c60f349", "data-access"],
  ["Virtual Machine Contributor", "9980e02c-c2be-4d73-94e8-173b1dc7cf3c", "execution"],
  ["Virtual Machine Administrator Login", "1c0163c0-47e6-4577-8991-ea5c82e286e4", "execution"],
  ["Virtual Machine Data Access Administrator (preview)", "66f75aeb-eabe-4b70-9f1e-c350c4c9ad04", "role-admin"],
  ["Managed Identity Operator", "f1a07417-d97a-45cb-824c-7a7467783830", "execution"],
  ["Managed Identity Contributor", "e40ec5ca-96e0-45a2-b4ff-59039f2c2b59", "service-admin"],
  ["Automation Contributor", "f353d9bd-d4a6-484e-a77a-8050b599b867", "execution"],
  ["Log Analytics Contributor", "92aaf0da-9dab-42b6-94a3-d43ce8d16293", "execution"],
  ["Security Admin", "fb1c8493-542b-48eb-b624-b4c8fea62acd", "service-admin"],
  ["Network Contributor", "4d97b98b-1d4f-4787-a291-c67834d212e7", "service-admin"],
  ["Locks Contributor", "28bf596f-4eb7-45ce-b5bc-6cf482fec137", "service-admin"],
  ["Azure Kubernetes Service Cluster Admin Role", "0ab0b1a8-8aac-4efd-b8c2-3ee1fb270be8", "execution"],
  ["Azure Kubernetes Service RBAC Cluster Admin", "b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b", "execution"]
];
var BUILTIN_ROLES = new Map(
  BUILTIN_ROLE_LIST.map(([name, id, kind, privileged]) => [id, { id, name, kind, privileged: privileged ?? false, origin: "builtin" }])
);
var ENTRA_ROLE_LIST = [
  ["Global Administrator", "62e90394-69f5-4237-9190-012177145e10", true],
  ["Privileged Role Administrator", "e8611ab8-c189-46e8-94e1-60213ab1f814", true],
  ["Privileged Authentication Administrator", "7be44c8a-adaf-4e2a-84d6-ab2649e08a13", true],
  ["Application Administrator", "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", true],
  ["Cloud Application Administrator", "158c047a-c907-4556-b7ef-446551a6b5f7", true],
  ["Application Developer", "cf1c38e5-3621-4004-a7cb-879624dced7c", true],
  ["Security Administrator", "194ae4cb-b126-40b2-bd5b-6091b380977d", true],
  ["Security Operator", "5f2222b1-57c3-48ba-8ad5-d4759f1fde6f", true],
  ["Security Reader", "5d6b6bb7-de71-4623-b4af-96380a352509", true],
  ["Conditional Access Administrator", "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9", true],
  ["User Administrator", "fe930be7-5e62-47db-91af-98c3a49a38b1", true],
  ["Authentication Administrator", "c4e39bd9-1100-46d3-8c65-fb160da0071f", true],
  ["Authentication Extensibility Administrator", "25a516ed-2fa0-40ea-a2d0-12923a21473a", true],
  ["Helpdesk Administrator", "729827e3-9c14-49f7-bb1b-9608f156bbb8", true],
  ["Password Administrator", "966707d0-3269-4727-9be2-8c3a10f19b9d", true],
  ["Hybrid Identity Administrator", "8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2", true],
  ["External Identity Provider Administrator", "be2f45a1-457d-42af-a067-6ec1fa63bc45", true],
  ["Domain Name Administrator", "8329153b-31d0-4727-b945-745eb3bc5f31", true],
  ["Directory Writers", "9360feb5-f418-4baa-8175-e2a00bac4301", true],
  ["Intune Administrator", "3a2c62db-5318-420d-8d74-23affee5d9d5", true],
  ["Cloud Device Administrator", "7698a772-787b-4ac8-901f-60d6b08affd2", true],
  ["Global Reader", "f2ef992c-3afb-46b9-b7cf-a126ee74c451", true],
  ["B2C IEF Keyset Administrator", "aaf43236-0c0d-4d5f-883a-6955382ac081", true],
  ["Lifecycle Workflows Administrator", "59d46f88-662b-457b-bceb-5c3809e5908f", true],
  ["Attribute Provisioning Administrator", "ecb2c6bf-0ab6-418e-bd87-7986f8d63bbe", true],
  ["Attribute Provisioning Reader", "422218e4-db15-4ef9-bbe0-8afb41546d79", true],
  ["Agent ID Administrator", "db506228-d27e-4b7d-95e5-295956d6615f", true],
  ["Partner Tier1 Support", "4ba39ca4-527c-499a-b93d-d9b492c50246", true],
  ["Partner Tier2 Support", "e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8", true],
  ["Exchange Administrator", "29232cdf-9323-42fd-ade2-1d097af3e4de", false],
  ["SharePoint Administrator", "f28a1f50-f6e7-4571-818b-6a12f2af6b6c", false],
  ["Groups Administrator", "fdd7a751-b60b-444a-984c-02652fe8fa1c", false],
  ["Directory Synchronization Accounts", "d29b2b05-8046-44ba-8758-1e26182fcf32", false],
  ["Directory Readers", "88d8e3e3-8f55-4a1e-953a-9b9898b8876b", false]
];
var ENTRA_ROLES = new Map(ENTRA_ROLE_LIST.map(([name, id, privileged]) => [id, { id, name, privileged }]));
var ENTRA_BY_NAME = new Map([...ENTRA_ROLES.values()].map((r) => [r.name.toLowerCase(), r]));
function entraRole(idOrName) {
  const key = idOrName.trim().toLowerCase();
  return ENTRA_ROLES.get(key) ?? ENTRA_BY_NAME.get(key);
}
var MICROSOFT_GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
var PRIVILEGED_GRAPH_APP_ROLE_LIST = [
  ["RoleManagement.ReadWrite.Directory", "9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8", "assign any directory role, Global Administrator included"],
  ["AppRoleAssignment.ReadWrite.All", "06b708a9-e830-4db3-a914-8e69da51d44f", "grant any application, itself included, any Graph permission"],
  ["Application.ReadWrite.All", "1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9", "add credentials to any application and act as it"],
  ["Directory.ReadWrite.All", "19dbc75e-c2e2-444c-a770-ec69d8559fc7", "rewrite users, groups and applications in the directory"],
  ["User.ReadWrite.All", "741f803b-c850-494e-b5df-cde7c675a1ca", "rewrite any user"],
  ["Group.ReadWrite.All", "62a82d76-70ea-41e2-9197-370581804d09", "change the membership of any group, role-assignable groups excepted"],
  ["GroupMember.ReadWrite.All", "dbaae8cf-10b5-4b86-a4a1-f871c94c6695", "change the membership of any group"],
  ["ServicePrincipalEndpoint.ReadWrite.All", "89c8469c-83ad-45f7-8ff2-6e3d4285709e", "change the endpoints of any service principal"],
  ["Policy.ReadWrite.ConditionalAccess", "01c0a623-fc9b-48e9-b794-0756f8e8f067", "switch off conditional access"],
  ["UserAuthenticationMethod.ReadWrite.All", "50483e42-d915-4231-9639-7fdb7fd190e5", "reset the sign-in methods of any user"]
];
var GRAPH_ROLES = /* @__PURE__ */ new Map();
for (const [value, id, reach] of PRIVILEGED_GRAPH_APP_ROLE_LIST) {
  const role = { value, id, reach };
  GRAPH_ROLES.set(value.toLowerCase(), role);
  GRAPH_ROLES.set(id, role);
}
function privilegedGraphAppRole(valueOrId) {
  return GRAPH_ROLES.get(valueOrId.trim().toLowerCase());
}
var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var ROLE_DEFINITION_GUID = /\/roleDefinitions\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:$|[/?])/i;
function roleDefinitionGuid(text) {
  if (GUID.test(text)) return text.toLowerCase();
  const m = ROLE_DEFINITION_GUID.exec(text);
  return m ? m[1].toLowerCase() : void 0;
}
var AzureRoleCatalog = class {
  byId = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  constructor(extra = []) {
    for (const r of [...BUILTIN_ROLES.values(), ...extra]) {
      const known = this.byId.get(r.id);
      const merged = known ? { ...r, kind: known.kind, privileged: known.privileged } : r;
      this.byId.set(r.id, merged);
      this.byName.set(r.name.toLowerCase(), merged);
    }
  }
  byGuid(id) {
    return this.byId.get(id.toLowerCase());
  }
  named(name) {
    return this.byName.get(name.trim().toLowerCase());
  }
};
var DEFAULT_AZURE_ROLES = new AzureRoleCatalog();

// src/analyze/azure/catalog-options.ts
var catalogs = /* @__PURE__ */ new WeakMap();
function azureRoleCatalog(options) {
  const extra = options.azureRoles;
  if (!extra || extra.length === 0) return DEFAULT_AZURE_ROLES;
  let catalog = catalogs.get(extra);
  if (!catalog) {
    catalog = new AzureRoleCatalog(extra);
    catalogs.set(extra, catalog);
  }
  return catalog;
}

// src/extract/azure/grants.ts
function maskUnknowns(text) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "$" && text[i + 1] === "{") {
      let depth = 0;
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === "{") depth++;
        else if (text[j] === "}" && --depth === 0) break;
      }
      out += "X";
      i = j;
    } else out += text[i];
  }
  return out;
}
function scopeKindOfId(id) {
  const text = maskUnknowns(id.trim()).replace(/\/+$/, "");
  if (text === "") return id.trim() === "/" ? "tenant" : void 0;
  if (!text.startsWith("/")) return void 0;
  const parts = text.slice(1).split("/");
  const lower = parts.map((p) => p.toLowerCase());
  if (lower[0] === "providers" && lower[1] === "microsoft.management" && lower[2] === "managementgroups") {
    return parts.length === 4 ? "management-group" : "resource";
  }
  if (lower[0] === "subscriptions") {
    if (parts.length === 2) return "subscription";
    if (lower[2] === "resourcegroups") return parts.length === 4 ? "resource-group" : "resource";
    return "resource";
  }
  if (lower[0] === "providers") return "resource";
  return void 0;
}
function principalTypeOf(declared, managedIdentity) {
  if (managedIdentity) return "managed-identity";
  switch (declared?.toLowerCase()) {
    case "user":
      return "user";
    case "group":
    case "foreigngroup":
      return "group";
    case "serviceprincipal":
      return "service-principal";
    default:
      return "unknown";
  }
}
function roleAssignmentGrant(input) {
  const { catalog } = input;
  const guid = input.role === void 0 || input.roleIsName ? void 0 : roleDefinitionGuid(input.role);
  const known = guid ? catalog.byGuid(guid) : input.roleIsName && input.role !== void 0 ? catalog.named(input.role) : void 0;
  const details = { resourceType: input.resourceType };
  if (input.scopeKind) details.scopeKind = input.scopeKind;
  const roleGuid = guid ?? known?.id;
  if (roleGuid) details.roleDefinitionId = roleGuid;
  if (known) {
    details.roleName = known.name;
    details.roleKind = known.kind;
    details.privilegedRole = known.privileged;
  }
  if (input.principalType) details.principalType = input.principalType;
  if (input.conditional) details.conditional = true;
  if (input.condition) details.condition = input.condition;
  if (input.roleDefinition) details.roleDefinition = input.roleDefinition;
  return makeGrant({
    cloud: "azure",
    kind: "role-assignment",
    principal: input.principal,
    effect: "allow",
    actions: [],
    role: known?.name ?? input.role ?? "(missing role)",
    ...input.scope !== void 0 ? { scope: input.scope } : {},
    source: input.source,
    unresolved: unique(input.unresolved),
    details
  });
}
function roleDefinitionGrant(input) {
  const scopeKinds = unique(input.assignableScopes.map((s) => scopeKindOfId(s) ?? "unknown"));
  const details = {
    resourceType: input.resourceType,
    dataActions: input.dataActions,
    notDataActions: input.notDataActions,
    assignableScopes: input.assignableScopes,
    assignableScopeKinds: scopeKinds
  };
  const guid = input.id ? roleDefinitionGuid(input.id) : void 0;
  if (guid) details.roleDefinitionId = guid;
  if (input.conditional) details.conditional = true;
  return makeGrant({
    cloud: "azure",
    kind: "role-definition",
    principal: { type: "role", name: input.name, address: input.source.address ?? input.name },
    effect: "allow",
    actions: input.actions,
    notActions: input.notActions,
    role: input.name,
    resources: input.assignableScopes,
    ...input.scope !== void 0 ? { scope: input.scope } : {},
    source: input.source,
    unresolved: unique(input.unresolved),
    details
  });
}
function accessPolicyGrant(input) {
  const actions = [];
  for (const [kind, list] of Object.entries(input.permissions)) for (const p of list) actions.push(`${kind.toLowerCase()}/${p.toLowerCase()}`);
  const details = { resourceType: input.resourceType, scopeKind: "resource", attachedTo: input.vault };
  if (input.conditional) details.conditional = true;
  return makeGrant({
    cloud: "azure",
    kind: "resource-policy",
    principal: input.principal,
    effect: "allow",
    actions: unique(actions),
    resources: [input.vault],
    scope: input.vault,
    source: input.source,
    unresolved: unique(input.unresolved),
    details
  });
}
function directoryRoleGrant(input) {
  const known = entraRole(input.role);
  const details = { resourceType: input.resourceType, scopeKind: "directory", directoryRole: true };
  if (known) {
    details.roleName = known.name;
    details.roleTemplateId = known.id;
    details.privilegedRole = known.privileged;
  }
  return makeGrant({
    cloud: "azure",
    kind: "role-assignment",
    principal: input.principal,
    effect: "allow",
    actions: [],
    role: known?.name ?? input.role,
    scope: input.directoryScope ?? "/",
    source: input.source,
    unresolved: unique(input.unresolved),
    details
  });
}
function appRoleGrant(input) {
  const privileged = privilegedGraphAppRole(input.appRole);
  const details = { resourceType: input.resourceType, appRole: true, appRoleResource: input.resource };
  if (input.graph) details.graphAppRole = true;
  if (privileged) {
    details.graphPermission = privileged.value;
    details.privilegedRole = true;
    details.reach = privileged.reach;
  }
  return makeGrant({
    cloud: "azure",
    kind: "role-assignment",
    principal: input.principal,
    effect: "allow",
    actions: [],
    role: privileged?.value ?? input.appRole,
    resources: [input.resource],
    source: input.source,
    unresolved: unique(input.unresolved),
    details
  });
}
function unique(xs) {
  return [...new Set(xs)];
}

export {
  MICROSOFT_GRAPH_APP_ID,
  DEFAULT_AZURE_ROLES,
  scopeKindOfId,
  principalTypeOf,
  roleAssignmentGrant,
  roleDefinitionGrant,
  accessPolicyGrant,
  directoryRoleGrant,
  appRoleGrant,
  azureRoleCatalog
};
