/** Grant predicates and wording shared by the Azure rules. */
import type { Grant } from '../../model/grant.js';
import type { Severity } from '../../model/severity.js';

/** An Azure RBAC role assignment (not an Entra directory role, not an app role). */
export function isRbacAssignment(grant: Grant): boolean {
  return grant.cloud === 'azure' && grant.kind === 'role-assignment' && grant.details?.directoryRole !== true && grant.details?.appRole !== true;
}

/** An Entra ID directory role held by a principal. */
export function isDirectoryRoleAssignment(grant: Grant): boolean {
  return grant.cloud === 'azure' && grant.kind === 'role-assignment' && grant.details?.directoryRole === true;
}

/** An application permission (app role) held by a service principal. */
export function isAppRoleAssignment(grant: Grant): boolean {
  return grant.cloud === 'azure' && grant.kind === 'role-assignment' && grant.details?.appRole === true;
}

export function isCustomRoleDefinition(grant: Grant): boolean {
  return grant.cloud === 'azure' && grant.kind === 'role-definition';
}

export function isKeyVaultAccessPolicy(grant: Grant): boolean {
  return grant.cloud === 'azure' && grant.kind === 'resource-policy' && /key_vault|keyvault/i.test(String(grant.details?.resourceType ?? ''));
}

export function scopeKindOf(grant: Grant): string {
  return String(grant.details?.scopeKind ?? 'unknown');
}

/** Scopes that reach every subscription or every resource group below them. */
export function isWideScope(kind: string): boolean {
  return kind === 'tenant' || kind === 'management-group' || kind === 'subscription';
}

/** `subscription /subscriptions/…`, `resource azurerm_key_vault.main`: where an assignment applies, for messages. */
export function scopeLabel(grant: Grant): string {
  const kind = scopeKindOf(grant);
  const scope = grant.scope ?? '(scope not known)';
  return kind === 'unknown' ? scope : `${kind.replace('-', ' ')} ${scope}`;
}

/** Severity by breadth of scope: the wider, the worse (facts §5.4). */
export function severityByScope(kind: string): Severity {
  if (isWideScope(kind)) return 'critical';
  if (kind === 'resource-group' || kind === 'unknown') return 'high';
  return 'medium';
}

/** The principal for messages: its name, and its type when known. */
export function principalLabel(grant: Grant): string {
  const p = grant.principal;
  return p.type === 'unknown' ? p.name : `${p.type} ${p.name}`;
}
