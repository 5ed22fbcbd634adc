/**
 * Azure grants from evaluated Terraform (azurerm and azuread providers): role assignments (also PIM), custom role
 * definitions, Key Vault access policies (separate resources and inline blocks), Entra directory roles and app role
 * assignments (Microsoft Graph application permissions). Managed identities declared in the scan become principals.
 */
import type { Grant, Principal } from '../../model/grant.js';
import type { ToolError, UnresolvedItem } from '../../model/finding.js';
import type { SourceSpan } from '../../model/span.js';
import type { TfResource } from '../../evaluate/terraform/model.js';
import type { Value } from '../../evaluate/value.js';
import { ResourceIndex, type ResolvedText } from '../gcp/references.js';
import { DEFAULT_AZURE_ROLES, MICROSOFT_GRAPH_APP_ID, type AzureRoleCatalog } from '../../analyze/azure/roles.js';
import {
  accessPolicyGrant,
  appRoleGrant,
  directoryRoleGrant,
  principalTypeOf,
  roleAssignmentGrant,
  roleDefinitionGrant,
  scopeKindOfId,
  type AccessPolicyPermissions,
  type AzureScopeKind,
} from './grants.js';

export interface AzureExtraction {
  grants: Grant[];
  unresolved: UnresolvedItem[];
  errors: ToolError[];
}

const ROLE_ASSIGNMENT_TYPES = new Set(['azurerm_role_assignment', 'azurerm_pim_active_role_assignment', 'azurerm_pim_eligible_role_assignment']);

/** Resource types the extractor turns into grants. */
export const AZURE_TERRAFORM_GRANT_TYPES = new Set([
  ...ROLE_ASSIGNMENT_TYPES,
  'azurerm_role_definition',
  'azurerm_key_vault_access_policy',
  'azurerm_key_vault',
  'azuread_directory_role_assignment',
  'azuread_directory_role_member',
  'azuread_app_role_assignment',
]);

/** Declared resources whose id is a scope of a known kind. */
const SCOPE_KIND_OF_TYPE: Record<string, AzureScopeKind> = {
  azurerm_management_group: 'management-group',
  azurerm_subscription: 'subscription',
  azurerm_resource_group: 'resource-group',
};

/** Resources whose `principal_id`/`object_id` is a managed identity. */
const MANAGED_IDENTITY_TYPES = new Set(['azurerm_user_assigned_identity']);

/** Access policy arguments → the object kind ARM names them by (`permissions.keys`...). */
const ACCESS_POLICY_PERMISSIONS: Record<string, string> = {
  key_permissions: 'keys',
  secret_permissions: 'secrets',
  certificate_permissions: 'certificates',
  storage_permissions: 'storage',
};

export function extractAzureFromTerraform(resources: TfResource[], catalog: AzureRoleCatalog = DEFAULT_AZURE_ROLES): AzureExtraction {
  return new AzureTerraformExtractor(resources, catalog).run();
}

class AzureTerraformExtractor {
  private readonly index: ResourceIndex;
  private readonly grants = new Map<string, Grant>();
  private readonly errors: ToolError[] = [];
  /** Custom role definitions declared in the scan by name, to link `role_definition_name` to them. */
  private readonly roleDefinitionsByName = new Map<string, TfResource>();

  constructor(
    private readonly resources: TfResource[],
    private readonly catalog: AzureRoleCatalog,
  ) {
    this.index = new ResourceIndex(resources);
    for (const r of resources) {
      if (r.type !== 'azurerm_role_definition') continue;
      const name = this.text(r.body.get('name'), r);
      if (name && name.unresolved.length === 0) this.roleDefinitionsByName.set(name.text.toLowerCase(), r);
    }
  }

  run(): AzureExtraction {
    for (const r of this.resources) {
      if (r.mode !== 'managed') continue;
      if (ROLE_ASSIGNMENT_TYPES.has(r.type)) this.roleAssignment(r);
      else if (r.type === 'azurerm_role_definition') this.roleDefinition(r);
      else if (r.type === 'azurerm_key_vault_access_policy') this.accessPolicy(r, r.body, r.span, this.refText(r.body.get('key_vault_id'), r));
      else if (r.type === 'azurerm_key_vault') this.inlineAccessPolicies(r);
      else if (r.type === 'azuread_directory_role_assignment') this.directoryRole(r, 'role_id', 'principal_object_id');
      else if (r.type === 'azuread_directory_role_member') this.directoryRole(r, 'role_object_id', 'member_object_id');
      else if (r.type === 'azuread_app_role_assignment') this.appRole(r);
    }
    return { grants: [...this.grants.values()], unresolved: [], errors: this.errors };
  }

  private add(g: Grant): void {
    if (!this.grants.has(g.id)) this.grants.set(g.id, g);
  }

  private text(v: Value | undefined, r: TfResource): ResolvedText | undefined {
    return this.index.text(v, r.modulePath);
  }

  /** Text of an argument that names a resource: the resource address when it refers to one declared in the scan. */
  private refText(v: Value | undefined, r: TfResource): string {
    const t = this.text(v, r);
    if (!t) return '(unknown)';
    if (t.unresolved.length > 0 && t.refs[0]) return t.refs[0].address;
    return t.text;
  }

  private source(r: TfResource, span: SourceSpan | undefined) {
    return { ...(span ?? r.span), format: 'terraform' as const, address: r.address };
  }

  private error(r: TfResource, message: string): void {
    const at = r.span;
    this.errors.push({ file: at.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, message: `${r.address}: ${message}`, code: 'parse' });
  }

  /** The principal an object id names: a managed identity declared in the scan, else the id with the declared type. */
  private principal(v: Value | undefined, r: TfResource, declaredType?: string): { principal: Principal; unresolved: string[] } {
    const t = this.text(v, r);
    if (!t) return { principal: { type: 'unknown', name: '(missing principal)' }, unresolved: [] };
    const identity = t.refs.find((x) => MANAGED_IDENTITY_TYPES.has(x.type) || x.body.has('identity'));
    if (identity) {
      const name = this.text(identity.body.get('name'), identity);
      return {
        principal: { type: 'managed-identity', name: name && name.unresolved.length === 0 ? name.text : identity.address, address: identity.address },
        unresolved: [],
      };
    }
    const servicePrincipal = t.refs.find((x) => x.type === 'azuread_service_principal');
    if (servicePrincipal) return { principal: { type: 'service-principal', name: servicePrincipal.address, address: servicePrincipal.address }, unresolved: [] };
    const user = t.refs.find((x) => x.type === 'azuread_user');
    if (user) return { principal: { type: 'user', name: user.address, address: user.address }, unresolved: [] };
    const group = t.refs.find((x) => x.type === 'azuread_group');
    if (group) return { principal: { type: 'group', name: group.address, address: group.address }, unresolved: [] };
    return { principal: { type: principalTypeOf(declaredType, false), name: t.text }, unresolved: t.unresolved };
  }

  private roleAssignment(r: TfResource): void {
    const roleId = this.text(r.body.get('role_definition_id'), r);
    const roleName = this.text(r.body.get('role_definition_name'), r);
    const role = roleId ?? roleName;
    if (!role) {
      this.error(r, 'expected argument "role_definition_id" or "role_definition_name"');
      return;
    }
    const principalType = this.text(r.body.get('principal_type'), r);
    const principalTypeText = principalType && principalType.unresolved.length === 0 ? principalType.text : undefined;
    const who = this.principal(r.body.get('principal_id'), r, principalTypeText);
    const scope = this.scopeOf(r.body.get('scope'), r);
    const definition = roleId?.refs.find((x) => x.type === 'azurerm_role_definition') ?? (roleName ? this.roleDefinitionsByName.get(roleName.text.toLowerCase()) : undefined);
    const condition = this.text(r.body.get('condition'), r);
    const byDefinition = definition !== undefined && (!roleId || roleId.unresolved.length > 0);
    this.add(
      roleAssignmentGrant({
        catalog: this.catalog,
        // `azurerm_role_definition.x.role_definition_resource_id` is computed: the definition's name says which role.
        role: byDefinition ? this.literalName(definition!) : role.text,
        roleIsName: byDefinition || !roleId,
        principal: who.principal,
        principalType: principalTypeText,
        scope: scope.text,
        scopeKind: scope.kind,
        source: this.source(r, r.attrSpans.get(roleId ? 'role_definition_id' : 'role_definition_name')),
        // A role defined in the scan is known by name even when its id is computed.
        unresolved: [...(definition ? [] : role.unresolved), ...who.unresolved, ...scope.unresolved],
        condition: condition?.text,
        resourceType: r.type,
        roleDefinition: definition?.address,
      }),
    );
  }

  private literalName(r: TfResource): string {
    const name = this.text(r.body.get('name'), r);
    return name && name.unresolved.length === 0 ? name.text : r.address;
  }

  private scopeOf(v: Value | undefined, r: TfResource): { text: string | undefined; kind: AzureScopeKind | undefined; unresolved: string[] } {
    const t = this.text(v, r);
    if (!t) return { text: undefined, kind: undefined, unresolved: [] };
    const fromId = scopeKindOfId(t.text);
    if (fromId) return { text: t.text, kind: fromId, unresolved: t.unresolved };
    // A reference to a declared scope resource, or to one the scan does not declare (`data.azurerm_subscription.x.id`).
    const target = t.refs[0];
    const expr = v?.kind === 'unknown' ? v.expr : t.text;
    const type = target?.type ?? /(?:^|\$\{)(?:data\.)?(azurerm_[a-z_]+)\./.exec(expr)?.[1];
    if (type) {
      const kind = SCOPE_KIND_OF_TYPE[type] ?? 'resource';
      return { text: target?.address ?? t.text, kind, unresolved: target ? [] : t.unresolved };
    }
    return { text: t.text, kind: undefined, unresolved: t.unresolved };
  }

  private roleDefinition(r: TfResource): void {
    const name = this.text(r.body.get('name'), r);
    const permissions = listOf(r.body.get('permissions'));
    const strings = (key: string) => permissions.flatMap((p) => (p.kind === 'object' ? this.strings(p.entries.get(key), r) : []));
    const unresolved: string[] = [...(name?.unresolved ?? [])];
    const scopes = this.strings(r.body.get('assignable_scopes'), r, unresolved);
    const scope = this.text(r.body.get('scope'), r);
    if (scopes.length === 0 && scope) scopes.push(scope.text);
    const id = this.text(r.body.get('role_definition_id'), r);
    this.add(
      roleDefinitionGrant({
        name: name?.text ?? r.address,
        id: id?.text,
        actions: strings('actions'),
        notActions: strings('not_actions'),
        dataActions: strings('data_actions'),
        notDataActions: strings('not_data_actions'),
        assignableScopes: scopes,
        scope: scope?.text,
        source: this.source(r, r.attrSpans.get('permissions')),
        unresolved: [...unresolved, ...permissions.flatMap((p) => (p.kind === 'unknown' ? [p.expr] : []))],
        resourceType: r.type,
      }),
    );
  }

  /** Texts of a list argument; unknown items go to `unresolved`. */
  private strings(v: Value | undefined, r: TfResource, unresolved: string[] = []): string[] {
    const out: string[] = [];
    for (const item of listOf(v)) {
      const t = this.text(item, r);
      if (!t) continue;
      if (item.kind === 'unknown') unresolved.push(...t.unresolved);
      else out.push(t.text);
    }
    return out;
  }

  private accessPolicy(r: TfResource, body: ReadonlyMap<string, Value>, span: SourceSpan, vault: string): void {
    const who = this.principal(body.get('object_id'), r);
    const permissions: AccessPolicyPermissions = {};
    const unresolved = [...who.unresolved];
    for (const [arg, kind] of Object.entries(ACCESS_POLICY_PERMISSIONS)) {
      const list = this.strings(body.get(arg), r, unresolved);
      if (list.length > 0) permissions[kind] = list;
    }
    this.add(accessPolicyGrant({ principal: who.principal, vault, permissions, source: this.source(r, span), unresolved, resourceType: r.type }));
  }

  private inlineAccessPolicies(r: TfResource): void {
    for (const block of listOf(r.body.get('access_policy'))) {
      if (block.kind !== 'object') continue;
      this.accessPolicy(r, block.entries, block.span ?? r.attrSpans.get('access_policy') ?? r.span, r.address);
    }
  }

  private directoryRole(r: TfResource, roleArg: string, principalArg: string): void {
    const role = this.text(r.body.get(roleArg), r);
    if (!role) {
      this.error(r, `expected argument "${roleArg}"`);
      return;
    }
    // `azuread_directory_role.x.template_id` / `.object_id`: the role's template id or display name is in its arguments.
    const declared = role.refs.find((x) => x.type === 'azuread_directory_role');
    const roleText = declared ? (this.text(declared.body.get('template_id'), declared) ?? this.text(declared.body.get('display_name'), declared)) : undefined;
    const who = this.principal(r.body.get(principalArg), r);
    const scope = this.text(r.body.get('directory_scope_id'), r);
    this.add(
      directoryRoleGrant({
        principal: who.principal,
        role: roleText?.text ?? role.text,
        directoryScope: scope?.text,
        source: this.source(r, r.attrSpans.get(roleArg)),
        unresolved: [...(roleText ? roleText.unresolved : role.unresolved), ...who.unresolved],
        resourceType: r.type,
      }),
    );
  }

  private appRole(r: TfResource): void {
    const appRoleValue = r.body.get('app_role_id');
    const appRole = this.text(appRoleValue, r);
    if (!appRole) {
      this.error(r, 'expected argument "app_role_id"');
      return;
    }
    // `data.azuread_service_principal.msgraph.app_role_ids["RoleManagement.ReadWrite.Directory"]` names the permission.
    const expr = appRoleValue?.kind === 'unknown' ? appRoleValue.expr : appRole.text;
    const named = /app_role_ids\[\s*"([^"]+)"\s*\]/.exec(expr)?.[1];
    const resource = this.text(r.body.get('resource_object_id'), r);
    const resourceRef = resource?.refs[0];
    const graphId = resourceRef ? this.text(resourceRef.body.get('client_id') ?? resourceRef.body.get('application_id'), resourceRef)?.text : undefined;
    const graph = graphId === MICROSOFT_GRAPH_APP_ID || /msgraph|microsoft_graph|graph/i.test(resource?.text ?? '') || /msgraph|graph/i.test(expr);
    const who = this.principal(r.body.get('principal_object_id'), r, 'ServicePrincipal');
    this.add(
      appRoleGrant({
        principal: who.principal.type === 'unknown' ? { ...who.principal, type: 'service-principal' } : who.principal,
        appRole: named ?? appRole.text,
        resource: resourceRef?.address ?? resource?.text ?? '(unknown)',
        graph,
        source: this.source(r, r.attrSpans.get('app_role_id')),
        unresolved: [...(named ? [] : appRole.unresolved), ...who.unresolved],
        resourceType: r.type,
      }),
    );
  }
}

function listOf(v: Value | undefined): Value[] {
  if (!v || v.kind === 'null') return [];
  return v.kind === 'list' ? v.items : [v];
}
