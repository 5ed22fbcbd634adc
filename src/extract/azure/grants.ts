/**
 * Azure grants in one shape whatever the source (Terraform azurerm/azuread, ARM JSON, Bicep): the builders every
 * Azure extractor calls, so a role assignment from a .tf, a .json and a .bicep file looks the same to the rules.
 */
import type { Grant, GrantDetails, Principal, PrincipalType } from '../../model/grant.js';
import type { GrantSource } from '../../model/span.js';
import { makeGrant } from '../grant.js';
import { entraRole, privilegedGraphAppRole, roleDefinitionGuid, type AzureRoleCatalog } from '../../analyze/azure/roles.js';

export type AzureScopeKind = 'tenant' | 'management-group' | 'subscription' | 'resource-group' | 'resource';

/** `${expr}` parts of evaluated text (balanced braces), so a slash inside an unknown does not count as a segment. */
function maskUnknowns(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      let depth = 0;
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}' && --depth === 0) break;
      }
      out += 'X';
      i = j;
    } else out += text[i];
  }
  return out;
}

/** Kind of an ARM scope id: `/`, `/providers/Microsoft.Management/managementGroups/mg`, `/subscriptions/s`... */
export function scopeKindOfId(id: string): AzureScopeKind | undefined {
  const text = maskUnknowns(id.trim()).replace(/\/+$/, '');
  if (text === '') return id.trim() === '/' ? 'tenant' : undefined;
  if (!text.startsWith('/')) return undefined;
  const parts = text.slice(1).split('/');
  const lower = parts.map((p) => p.toLowerCase());
  if (lower[0] === 'providers' && lower[1] === 'microsoft.management' && lower[2] === 'managementgroups') {
    return parts.length === 4 ? 'management-group' : 'resource';
  }
  if (lower[0] === 'subscriptions') {
    if (parts.length === 2) return 'subscription';
    if (lower[2] === 'resourcegroups') return parts.length === 4 ? 'resource-group' : 'resource';
    return 'resource';
  }
  if (lower[0] === 'providers') return 'resource';
  return undefined;
}

/** Principal types as ARM writes them (`principalType`) → the model's. */
export function principalTypeOf(declared: string | undefined, managedIdentity: boolean): PrincipalType {
  if (managedIdentity) return 'managed-identity';
  switch (declared?.toLowerCase()) {
    case 'user':
      return 'user';
    case 'group':
    case 'foreigngroup':
      return 'group';
    case 'serviceprincipal':
      return 'service-principal';
    default:
      return 'unknown';
  }
}

export interface RoleAssignmentInput {
  catalog: AzureRoleCatalog;
  /** The role as written: a role definition id (any form), a bare GUID, or (Terraform) a role name. */
  role: string | undefined;
  /** `role` is a name (`role_definition_name`), not an id. */
  roleIsName?: boolean;
  principal: Principal;
  /** `principalType` as written (User, Group, ServicePrincipal...). */
  principalType?: string | undefined;
  scope: string | undefined;
  scopeKind: AzureScopeKind | undefined;
  source: GrantSource;
  unresolved: string[];
  conditional?: boolean;
  /** ABAC condition text. */
  condition?: string | undefined;
  resourceType: string;
  /** Address of a role definition declared in the scan that the assignment uses. */
  roleDefinition?: string | undefined;
}

/** An Azure RBAC role assignment: the role resolved through the catalog (name, privileged flag) by its GUID. */
export function roleAssignmentGrant(input: RoleAssignmentInput): Grant {
  const { catalog } = input;
  const guid = input.role === undefined || input.roleIsName ? undefined : roleDefinitionGuid(input.role);
  const known = guid ? catalog.byGuid(guid) : input.roleIsName && input.role !== undefined ? catalog.named(input.role) : undefined;
  const details: GrantDetails = { resourceType: input.resourceType };
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
    cloud: 'azure',
    kind: 'role-assignment',
    principal: input.principal,
    effect: 'allow',
    actions: [],
    role: known?.name ?? input.role ?? '(missing role)',
    ...(input.scope !== undefined ? { scope: input.scope } : {}),
    source: input.source,
    unresolved: unique(input.unresolved),
    details,
  });
}

export interface RoleDefinitionInput {
  name: string;
  /** GUID or id of the definition when known. */
  id?: string | undefined;
  actions: string[];
  notActions: string[];
  dataActions: string[];
  notDataActions: string[];
  assignableScopes: string[];
  scope?: string | undefined;
  source: GrantSource;
  unresolved: string[];
  resourceType: string;
  conditional?: boolean;
}

/** A custom role definition: what any holder of the role may do, where it may be assigned. */
export function roleDefinitionGrant(input: RoleDefinitionInput): Grant {
  const scopeKinds = unique(input.assignableScopes.map((s) => scopeKindOfId(s) ?? 'unknown'));
  const details: GrantDetails = {
    resourceType: input.resourceType,
    dataActions: input.dataActions,
    notDataActions: input.notDataActions,
    assignableScopes: input.assignableScopes,
    assignableScopeKinds: scopeKinds,
  };
  const guid = input.id ? roleDefinitionGuid(input.id) : undefined;
  if (guid) details.roleDefinitionId = guid;
  if (input.conditional) details.conditional = true;
  return makeGrant({
    cloud: 'azure',
    kind: 'role-definition',
    principal: { type: 'role', name: input.name, address: input.source.address ?? input.name },
    effect: 'allow',
    actions: input.actions,
    notActions: input.notActions,
    role: input.name,
    resources: input.assignableScopes,
    ...(input.scope !== undefined ? { scope: input.scope } : {}),
    source: input.source,
    unresolved: unique(input.unresolved),
    details,
  });
}

/** Key Vault access policy permissions by object kind (keys, secrets, certificates, storage). */
export type AccessPolicyPermissions = Record<string, string[]>;

export interface AccessPolicyInput {
  principal: Principal;
  vault: string;
  permissions: AccessPolicyPermissions;
  source: GrantSource;
  unresolved: string[];
  resourceType: string;
  conditional?: boolean;
}

/** One Key Vault access policy entry: actions are `<kind>/<permission>` in lower case (`secrets/get`, `keys/all`). */
export function accessPolicyGrant(input: AccessPolicyInput): Grant {
  const actions: string[] = [];
  for (const [kind, list] of Object.entries(input.permissions)) for (const p of list) actions.push(`${kind.toLowerCase()}/${p.toLowerCase()}`);
  const details: GrantDetails = { resourceType: input.resourceType, scopeKind: 'resource', attachedTo: input.vault };
  if (input.conditional) details.conditional = true;
  return makeGrant({
    cloud: 'azure',
    kind: 'resource-policy',
    principal: input.principal,
    effect: 'allow',
    actions: unique(actions),
    resources: [input.vault],
    scope: input.vault,
    source: input.source,
    unresolved: unique(input.unresolved),
    details,
  });
}

export interface DirectoryRoleInput {
  principal: Principal;
  /** Template id, object id or display name of the directory role. */
  role: string;
  directoryScope?: string | undefined;
  source: GrantSource;
  unresolved: string[];
  resourceType: string;
}

/** An Entra ID directory role held by a principal. */
export function directoryRoleGrant(input: DirectoryRoleInput): Grant {
  const known = entraRole(input.role);
  const details: GrantDetails = { resourceType: input.resourceType, scopeKind: 'directory', directoryRole: true };
  if (known) {
    details.roleName = known.name;
    details.roleTemplateId = known.id;
    details.privilegedRole = known.privileged;
  }
  return makeGrant({
    cloud: 'azure',
    kind: 'role-assignment',
    principal: input.principal,
    effect: 'allow',
    actions: [],
    role: known?.name ?? input.role,
    scope: input.directoryScope ?? '/',
    source: input.source,
    unresolved: unique(input.unresolved),
    details,
  });
}

export interface AppRoleInput {
  principal: Principal;
  /** App role id or value. */
  appRole: string;
  /** The service principal that exposes the app role (Microsoft Graph's object id, or an address). */
  resource: string;
  /** The resource is Microsoft Graph (known from the application id or a Graph well-known reference). */
  graph: boolean;
  source: GrantSource;
  unresolved: string[];
  resourceType: string;
}

/** An application permission (app role) held by a service principal; Graph's privileged ones are marked. */
export function appRoleGrant(input: AppRoleInput): Grant {
  const privileged = privilegedGraphAppRole(input.appRole);
  const details: GrantDetails = { resourceType: input.resourceType, appRole: true, appRoleResource: input.resource };
  if (input.graph) details.graphAppRole = true;
  if (privileged) {
    details.graphPermission = privileged.value;
    details.privilegedRole = true;
    details.reach = privileged.reach;
  }
  return makeGrant({
    cloud: 'azure',
    kind: 'role-assignment',
    principal: input.principal,
    effect: 'allow',
    actions: [],
    role: privileged?.value ?? input.appRole,
    resources: [input.resource],
    source: input.source,
    unresolved: unique(input.unresolved),
    details,
  });
}

export function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
