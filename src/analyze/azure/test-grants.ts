/**
 * Literal Azure grants for rule tests, shaped like the ones src/extract/azure produces (built by the same
 * builders), at a given position.
 */
import type { Grant, Principal } from '../../model/grant.js';
import type { SourceFormat } from '../../model/span.js';
import { accessPolicyGrant, appRoleGrant, directoryRoleGrant, roleAssignmentGrant, roleDefinitionGrant, scopeKindOfId, type AzureScopeKind } from '../../extract/azure/grants.js';
import { DEFAULT_AZURE_ROLES } from './roles.js';

interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  file?: string;
  address?: string;
  format?: SourceFormat;
}

function source(p: Position, defaultAddress: string) {
  return {
    file: p.file ?? 'main.tf',
    line: p.line,
    column: p.column,
    endLine: p.endLine ?? p.line,
    endColumn: p.endColumn ?? p.column + 1,
    address: p.address ?? defaultAddress,
    format: p.format ?? ('terraform' as const),
  };
}

export interface RoleAssignmentCase extends Position {
  /** Role name (`Owner`) or role definition id / GUID. */
  role: string;
  principal: Principal;
  scope: string;
  scopeKind?: AzureScopeKind;
  principalType?: string;
  condition?: string;
}

/** A role assignment as `azurerm_role_assignment` (or an ARM/Bicep roleAssignments resource) yields it. */
export function azureRoleAssignment(c: RoleAssignmentCase): Grant {
  const byName = DEFAULT_AZURE_ROLES.named(c.role) !== undefined;
  return roleAssignmentGrant({
    catalog: DEFAULT_AZURE_ROLES,
    role: c.role,
    roleIsName: byName,
    principal: c.principal,
    principalType: c.principalType,
    scope: c.scope,
    scopeKind: c.scopeKind ?? scopeKindOfId(c.scope),
    source: source(c, 'azurerm_role_assignment.test'),
    unresolved: [],
    condition: c.condition,
    resourceType: 'azurerm_role_assignment',
  });
}

export interface RoleDefinitionCase extends Position {
  name: string;
  actions: string[];
  notActions?: string[];
  dataActions?: string[];
  assignableScopes: string[];
}

export function azureRoleDefinition(c: RoleDefinitionCase): Grant {
  return roleDefinitionGrant({
    name: c.name,
    actions: c.actions,
    notActions: c.notActions ?? [],
    dataActions: c.dataActions ?? [],
    notDataActions: [],
    assignableScopes: c.assignableScopes,
    source: source(c, 'azurerm_role_definition.test'),
    unresolved: [],
    resourceType: 'azurerm_role_definition',
  });
}

export function azureDirectoryRole(c: Position & { role: string; principal: Principal }): Grant {
  return directoryRoleGrant({ principal: c.principal, role: c.role, source: source(c, 'azuread_directory_role_assignment.test'), unresolved: [], resourceType: 'azuread_directory_role_assignment' });
}

export function azureAppRole(c: Position & { appRole: string; principal: Principal; graph?: boolean }): Grant {
  return appRoleGrant({
    principal: c.principal,
    appRole: c.appRole,
    resource: 'data.azuread_service_principal.msgraph',
    graph: c.graph ?? true,
    source: source(c, 'azuread_app_role_assignment.test'),
    unresolved: [],
    resourceType: 'azuread_app_role_assignment',
  });
}

export function azureAccessPolicy(c: Position & { principal: Principal; permissions: Record<string, string[]>; vault?: string }): Grant {
  return accessPolicyGrant({
    principal: c.principal,
    vault: c.vault ?? 'azurerm_key_vault.main',
    permissions: c.permissions,
    source: source(c, 'azurerm_key_vault_access_policy.test'),
    unresolved: [],
    resourceType: 'azurerm_key_vault_access_policy',
  });
}

export const azUser = (name: string): Principal => ({ type: 'user', name });
export const azGroup = (name: string): Principal => ({ type: 'group', name });
export const azServicePrincipal = (name: string): Principal => ({ type: 'service-principal', name });
export const azManagedIdentity = (name: string): Principal => ({ type: 'managed-identity', name, address: `azurerm_user_assigned_identity.${name}` });
