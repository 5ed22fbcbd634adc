/**
 * Azure grants from evaluated deployments (ARM JSON templates and Bicep files): one extractor for both, reading the
 * resources each evaluator produces. Role assignments (also the legacy `<parent>/providers/roleAssignments` type),
 * custom role definitions, Key Vault access policies (inline in the vault and `vaults/accessPolicies`); managed
 * identities declared in the same deployment become the principals of the grants that name them.
 */
import type { Grant, Principal } from '../../model/grant.js';
import type { SourceFormat, SourceSpan } from '../../model/span.js';
import { collectUnknowns, scalarText, type Value } from '../../evaluate/value.js';
import { DEFAULT_AZURE_ROLES, type AzureRoleCatalog } from '../../analyze/azure/roles.js';
import { accessPolicyGrant, principalTypeOf, roleAssignmentGrant, roleDefinitionGrant, scopeKindOfId, type AzureScopeKind } from './grants.js';

export type DeploymentScopeKind = 'resourceGroup' | 'subscription' | 'managementGroup' | 'tenant';

/** One evaluated resource of a deployment: the shape the Bicep and ARM evaluators share. */
export interface DeploymentResource {
  type: string;
  /** Symbolic address: `ra`, `module.rbac.ra[1]` (Bicep), `resources[2]`, `deployments/nested/resources[0]` (ARM). */
  address: string;
  span: SourceSpan;
  body: Map<string, Value>;
  /** Only deployed under a condition that could not be decided before deployment. */
  conditional: boolean;
  /** Address of the parent resource when declared as a child. */
  parent?: string;
  /** The deployment (Bicep root file) that declares it, when resources of several deployments are read together. */
  deployment?: string;
  deploymentScope: { kind: DeploymentScopeKind; value: Value };
  existing?: boolean;
}

const ROLE_ASSIGNMENTS = 'microsoft.authorization/roleassignments';
const ROLE_DEFINITIONS = 'microsoft.authorization/roledefinitions';
const KEY_VAULT = 'microsoft.keyvault/vaults';
const KEY_VAULT_ACCESS_POLICIES = 'microsoft.keyvault/vaults/accesspolicies';
const MANAGED_IDENTITY = 'microsoft.managedidentity/userassignedidentities';

const DEPLOYMENT_SCOPE_KIND: Record<DeploymentScopeKind, AzureScopeKind> = {
  resourceGroup: 'resource-group',
  subscription: 'subscription',
  managementGroup: 'management-group',
  tenant: 'tenant',
};

/** Scope resources by type: a role assignment whose `scope` is one of them is at that level. */
const SCOPE_KIND_OF_TYPE: Record<string, AzureScopeKind> = {
  'microsoft.resources/resourcegroups': 'resource-group',
  'microsoft.management/managementgroups': 'management-group',
  'microsoft.subscription/aliases': 'subscription',
};

/** Whether a resource type is read by the extractor (evaluators may keep only these). */
export function isAzureGrantType(type: string): boolean {
  const t = type.toLowerCase();
  return t === ROLE_ASSIGNMENTS || isLegacyRoleAssignment(t) || t === ROLE_DEFINITIONS || t === KEY_VAULT || t === KEY_VAULT_ACCESS_POLICIES || t === MANAGED_IDENTITY;
}

/** `Microsoft.KeyVault/vaults/providers/roleAssignments`: a role assignment on the parent resource. */
function isLegacyRoleAssignment(lowerType: string): boolean {
  return lowerType.endsWith('/providers/roleassignments');
}

export function extractAzureFromDeployment(resources: readonly DeploymentResource[], format: SourceFormat, catalog: AzureRoleCatalog = DEFAULT_AZURE_ROLES): Grant[] {
  return new DeploymentExtractor(resources, format, catalog).run();
}

/** Text of a value: strings with `${expr}` for unknown parts, unknowns as `${expr}`; undefined for null/missing. */
export function valueText(v: Value | undefined): string | undefined {
  if (v?.kind === 'list') return JSON.stringify(v.items.map(valueText));
  if (v?.kind === 'object') return JSON.stringify(Object.fromEntries([...v.entries].map(([k, x]) => [k, valueText(x)])));
  return scalarText(v);
}

function prop(v: Value | undefined, key: string): Value | undefined {
  return v?.kind === 'object' ? v.entries.get(key) : undefined;
}

function items(v: Value | undefined): Value[] {
  return v?.kind === 'list' ? v.items : [];
}

function strings(v: Value | undefined, unresolved: string[]): string[] {
  const out: string[] = [];
  if (v?.kind === 'unknown') unresolved.push(v.expr);
  for (const item of items(v)) {
    if (item.kind === 'unknown') unresolved.push(item.expr);
    else {
      const t = valueText(item);
      if (t !== undefined) out.push(t);
      unresolved.push(...collectUnknowns(item));
    }
  }
  return out;
}

/** Addresses are unique within one deployment: the key of a resource (or a reference from it) names both. */
function addressKey(r: DeploymentResource, address: string): string {
  return r.deployment === undefined ? address : `${r.deployment}\0${address}`;
}

class DeploymentExtractor {
  private readonly byAddress = new Map<string, DeploymentResource>();
  private readonly grants = new Map<string, Grant>();

  constructor(
    private readonly resources: readonly DeploymentResource[],
    private readonly format: SourceFormat,
    private readonly catalog: AzureRoleCatalog,
  ) {
    for (const r of resources) {
      const key = addressKey(r, r.address);
      if (!this.byAddress.has(key)) this.byAddress.set(key, r);
      const base = addressKey(r, r.address.replace(/\[[^\]]*\]$/, ''));
      if (!this.byAddress.has(base)) this.byAddress.set(base, r);
    }
  }

  run(): Grant[] {
    for (const r of this.resources) {
      if (r.existing) continue;
      const type = r.type.toLowerCase();
      if (type === ROLE_ASSIGNMENTS || isLegacyRoleAssignment(type)) this.roleAssignment(r, isLegacyRoleAssignment(type));
      else if (type === ROLE_DEFINITIONS) this.roleDefinition(r);
      else if (type === KEY_VAULT || type === KEY_VAULT_ACCESS_POLICIES) this.accessPolicies(r, type === KEY_VAULT);
    }
    return [...this.grants.values()];
  }

  private add(g: Grant): void {
    if (!this.grants.has(g.id)) this.grants.set(g.id, g);
  }

  private source(r: DeploymentResource) {
    return { ...r.span, format: this.format, address: r.address };
  }

  /**
   * The resource an unknown value of `from` refers to (`uami.properties.principalId`,
   * `reference(resourceId(...)).principalId`): one of the same deployment.
   */
  private referenced(from: DeploymentResource, v: Value | undefined): { resource: DeploymentResource; attribute: string } | undefined {
    if (v?.kind !== 'unknown' || !v.ref) return undefined;
    const resource = this.byAddress.get(addressKey(from, v.ref.address));
    return resource ? { resource, attribute: v.ref.attribute } : undefined;
  }

  private principal(r: DeploymentResource, v: Value | undefined, declaredType: string | undefined): { principal: Principal; unresolved: string[] } {
    const target = this.referenced(r, v);
    if (target && target.resource.type.toLowerCase() === MANAGED_IDENTITY) {
      const name = valueText(target.resource.body.get('name'));
      return { principal: { type: 'managed-identity', name: name ?? target.resource.address, address: target.resource.address }, unresolved: [] };
    }
    // A system-assigned identity: `<resource>.identity.principalId`.
    if (target && /(^|\.)identity\.principalId$/i.test(target.attribute)) {
      return { principal: { type: 'managed-identity', name: `${target.resource.address} (system-assigned)`, address: target.resource.address }, unresolved: [] };
    }
    const text = valueText(v);
    if (text === undefined) return { principal: { type: principalTypeOf(declaredType, false), name: '(missing principal)' }, unresolved: [] };
    return { principal: { type: principalTypeOf(declaredType, false), name: text }, unresolved: v ? collectUnknowns(v) : [] };
  }

  private scopeOf(r: DeploymentResource, legacy: boolean): { scope: string | undefined; kind: AzureScopeKind | undefined; unresolved: string[] } {
    if (legacy) {
      // `<parent type>/providers/roleAssignments` named `<parent name>/Microsoft.Authorization/<guid>`.
      const parentType = r.type.slice(0, r.type.toLowerCase().indexOf('/providers/'));
      const name = valueText(r.body.get('name')) ?? '';
      const parentName = name.split('/Microsoft.Authorization/')[0] ?? name;
      const kind = SCOPE_KIND_OF_TYPE[parentType.toLowerCase()] ?? 'resource';
      return { scope: `${parentType}/${parentName}`, kind, unresolved: [] };
    }
    const v = r.body.get('scope');
    if (!v || v.kind === 'null') {
      return { scope: valueText(prop(r.deploymentScope.value, 'id')) ?? valueText(r.deploymentScope.value), kind: DEPLOYMENT_SCOPE_KIND[r.deploymentScope.kind], unresolved: [] };
    }
    const target = this.referenced(r, v);
    if (target) {
      const kind = SCOPE_KIND_OF_TYPE[target.resource.type.toLowerCase()] ?? 'resource';
      return { scope: target.resource.address, kind, unresolved: [] };
    }
    return this.scopeFromValue(v);
  }

  /** A scope written as an id, a scope function's object (`subscription()`), or an ARM relative resource id. */
  private scopeFromValue(v: Value): { scope: string | undefined; kind: AzureScopeKind | undefined; unresolved: string[] } {
    const id = v.kind === 'object' ? prop(v, 'id') : v;
    const text = valueText(id);
    if (text === undefined) return { scope: undefined, kind: undefined, unresolved: [] };
    const unresolved = id ? collectUnknowns(id) : [];
    const fromId = scopeKindOfId(text);
    if (fromId) return { scope: text, kind: fromId, unresolved };
    const scopeFunction = /^\$\{(resourceGroup|subscription|managementGroup|tenant)\(/.exec(text)?.[1] as DeploymentScopeKind | undefined;
    if (scopeFunction) return { scope: text, kind: DEPLOYMENT_SCOPE_KIND[scopeFunction], unresolved: [] };
    // ARM extension resources take `Microsoft.KeyVault/vaults/kv` (a resource relative to the deployment).
    if (/^[A-Za-z0-9.]+\/[A-Za-z]/.test(text)) return { scope: text, kind: text.toLowerCase().startsWith('microsoft.management/managementgroups/') ? 'management-group' : 'resource', unresolved };
    return { scope: text, kind: undefined, unresolved };
  }

  private roleAssignment(r: DeploymentResource, legacy: boolean): void {
    const properties = r.body.get('properties');
    const roleValue = prop(properties, 'roleDefinitionId');
    const principalType = valueText(prop(properties, 'principalType'));
    const declaredType = principalType && !principalType.includes('${') ? principalType : undefined;
    const who = this.principal(r, prop(properties, 'principalId'), declaredType);
    const scope = this.scopeOf(r, legacy);
    const definition = this.referenced(r, roleValue);
    const definitionResource = definition && definition.resource.type.toLowerCase() === ROLE_DEFINITIONS ? definition.resource : undefined;
    // A custom role declared here is named by its roleName; an `existing` built-in one by its name, the GUID.
    const definitionName = definitionResource ? valueText(prop(definitionResource.body.get('properties'), 'roleName')) : undefined;
    const role = definitionResource ? (definitionName ?? valueText(definitionResource.body.get('name'))) : valueText(roleValue);
    const condition = valueText(prop(properties, 'condition'));
    this.add(
      roleAssignmentGrant({
        catalog: this.catalog,
        role,
        roleIsName: definitionName !== undefined,
        principal: who.principal,
        principalType: declaredType,
        scope: scope.scope,
        scopeKind: scope.kind,
        source: this.source(r),
        unresolved: [...(roleValue && !definitionResource ? collectUnknowns(roleValue).filter((u) => !isDeploymentContext(u)) : []), ...who.unresolved, ...scope.unresolved],
        conditional: r.conditional,
        condition,
        resourceType: r.type,
        roleDefinition: definitionResource?.address,
      }),
    );
  }

  private roleDefinition(r: DeploymentResource): void {
    const properties = r.body.get('properties');
    const unresolved: string[] = [];
    const permissions = items(prop(properties, 'permissions'));
    const list = (key: string) => permissions.flatMap((p) => strings(prop(p, key), unresolved));
    const name = valueText(prop(properties, 'roleName')) ?? valueText(r.body.get('name')) ?? r.address;
    this.add(
      roleDefinitionGrant({
        name,
        id: valueText(r.body.get('name')),
        actions: list('actions'),
        notActions: list('notActions'),
        dataActions: list('dataActions'),
        notDataActions: list('notDataActions'),
        assignableScopes: strings(prop(properties, 'assignableScopes'), unresolved),
        scope: valueText(prop(r.deploymentScope.value, 'id')) ?? DEPLOYMENT_SCOPE_KIND[r.deploymentScope.kind],
        source: this.source(r),
        unresolved,
        resourceType: r.type,
        conditional: r.conditional,
      }),
    );
  }

  private accessPolicies(r: DeploymentResource, inline: boolean): void {
    const vault = inline ? r.address : (r.parent ?? valueText(r.body.get('name'))?.split('/')[0] ?? r.address);
    for (const entry of items(prop(r.body.get('properties'), 'accessPolicies'))) {
      const who = this.principal(r, prop(entry, 'objectId'), undefined);
      const unresolved = [...who.unresolved];
      const permissions: Record<string, string[]> = {};
      const granted = prop(entry, 'permissions');
      if (granted?.kind === 'object') {
        for (const [kind, list] of granted.entries) {
          const values = strings(list, unresolved);
          if (values.length > 0) permissions[kind] = values;
        }
      } else if (granted?.kind === 'unknown') unresolved.push(granted.expr);
      this.add(
        accessPolicyGrant({
          principal: who.principal,
          vault,
          permissions,
          source: { ...(entry.span ?? r.span), format: this.format, address: r.address },
          unresolved,
          resourceType: r.type,
          conditional: r.conditional,
        }),
      );
    }
  }
}

/** `subscription().subscriptionId` inside a role definition id does not change which role it is. */
function isDeploymentContext(expr: string): boolean {
  return /^(subscription|tenant|managementGroup|resourceGroup)\(\)(\.[A-Za-z]+)?$/.test(expr);
}
