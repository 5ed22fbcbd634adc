/**
 * grantlint's own catalog of Azure roles that matter for entitlement review (facts §5): Azure RBAC built-in roles by
 * GUID (identical in every tenant), Entra ID directory roles by template id, and Microsoft Graph application
 * permissions that let an application take over the directory. `--azure-roles FILE` adds the role definitions that
 * `az role definition list` printed for a tenant (custom roles, built-ins missing here).
 */

/** What a role hands over, for messages and rules. */
export type AzureRoleKind =
  /** Full control including role assignment (Owner). */
  | 'owner'
  /** Full control except role assignment (Contributor). */
  | 'contributor'
  /** Can assign roles: can grant itself or anyone Owner. */
  | 'role-admin'
  /** Reads or writes data (blobs, secrets, keys) or the keys that unlock it. */
  | 'data-access'
  /** Runs code or logs in as someone else (VM run command, automation, managed identity assignment). */
  | 'execution'
  /** Manages a service's control plane. */
  | 'service-admin'
  | 'reader'
  /** Loaded from `--azure-roles` without a known kind. */
  | 'other';

export interface AzureRole {
  /** Lower-case GUID of the role definition. */
  id: string;
  name: string;
  kind: AzureRoleKind;
  /** In Microsoft's "privileged administrator" list (facts §5.2). */
  privileged: boolean;
  /** From the built-in catalog or from `--azure-roles`. */
  origin: 'builtin' | 'file';
  /** Custom role permissions when loaded from a file. */
  actions?: string[];
  notActions?: string[];
  dataActions?: string[];
  assignableScopes?: string[];
}

type Entry = [name: string, id: string, kind: AzureRoleKind, privileged?: boolean];

const BUILTIN_ROLE_LIST: Entry[] = [
  ['Owner', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', 'owner', true],
  ['Contributor', 'b24988ac-6180-42a0-ab88-20f7382dd24c', 'contributor', true],
  ['User Access Administrator', '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9', 'role-admin', true],
  ['Role Based Access Control Administrator', 'f58310d9-a9f6-439a-9e8d-f62e7b41a168', 'role-admin', true],
  ['Reservations Administrator', 'a8889054-8d42-49c9-bc1c-52486c10e7cd', 'role-admin', true],
  ['Reader', 'acdd72a7-3385-48ef-bd42-f606fba81ae7', 'reader'],
  ['Azure File Sync Administrator', '92b92042-07d9-4307-87f7-36a593fc5850', 'data-access'],
  ['Key Vault Administrator', '00482a5a-887f-4fb3-b363-3b7fe8e74483', 'data-access'],
  ['Key Vault Data Access Administrator', '8b54135c-b56d-4d72-a534-26097cfdc8d8', 'role-admin'],
  ['Key Vault Secrets Officer', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7', 'data-access'],
  ['Key Vault Secrets User', '4633458b-17de-408a-b874-0445c86b69e6', 'data-access'],
  ['Key Vault Crypto Officer', '14b46e9e-c2b7-41b4-b07b-48a6ebf60603', 'data-access'],
  ['Key Vault Certificates Officer', 'a4417e6f-fecd-4de8-b567-7b0420556985', 'data-access'],
  ['Key Vault Contributor', 'f25e0fa2-a7c8-4377-a976-54943a77a395', 'service-admin'],
  ['Storage Blob Data Owner', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b', 'data-access'],
  ['Storage Blob Data Contributor', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe', 'data-access'],
  ['Storage Blob Data Reader', '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1', 'data-access'],
  ['Storage Account Contributor', '17d1049b-9a84-46fb-8f53-869881c3d3ab', 'data-access'],
  ['Storage Account Key Operator Service Role', '81a9662b-bebf-436f-a333-f67b29880f12', 'data-access'],
  ['Reader and Data Access', 'c12c1c16-33a1-487b-954d-41c89c60f349', 'data-access'],
  ['Virtual Machine Contributor', '9980e02c-c2be-4d73-94e8-173b1dc7cf3c', 'execution'],
  ['Virtual Machine Administrator Login', '1c0163c0-47e6-4577-8991-ea5c82e286e4', 'execution'],
  ['Virtual Machine Data Access Administrator (preview)', '66f75aeb-eabe-4b70-9f1e-c350c4c9ad04', 'role-admin'],
  ['Managed Identity Operator', 'f1a07417-d97a-45cb-824c-7a7467783830', 'execution'],
  ['Managed Identity Contributor', 'e40ec5ca-96e0-45a2-b4ff-59039f2c2b59', 'service-admin'],
  ['Automation Contributor', 'f353d9bd-d4a6-484e-a77a-8050b599b867', 'execution'],
  ['Log Analytics Contributor', '92aaf0da-9dab-42b6-94a3-d43ce8d16293', 'execution'],
  ['Security Admin', 'fb1c8493-542b-48eb-b624-b4c8fea62acd', 'service-admin'],
  ['Network Contributor', '4d97b98b-1d4f-4787-a291-c67834d212e7', 'service-admin'],
  ['Locks Contributor', '28bf596f-4eb7-45ce-b5bc-6cf482fec137', 'service-admin'],
  ['Azure Kubernetes Service Cluster Admin Role', '0ab0b1a8-8aac-4efd-b8c2-3ee1fb270be8', 'execution'],
  ['Azure Kubernetes Service RBAC Cluster Admin', 'b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b', 'execution'],
];

export const BUILTIN_ROLES: ReadonlyMap<string, AzureRole> = new Map(
  BUILTIN_ROLE_LIST.map(([name, id, kind, privileged]) => [id, { id, name, kind, privileged: privileged ?? false, origin: 'builtin' }]),
);

/** Entra ID directory role, by template id. */
export interface EntraRole {
  id: string;
  name: string;
  /** Labelled PRIVILEGED by Microsoft (facts §5.3). */
  privileged: boolean;
}

const ENTRA_ROLE_LIST: Array<[string, string, boolean]> = [
  ['Global Administrator', '62e90394-69f5-4237-9190-012177145e10', true],
  ['Privileged Role Administrator', 'e8611ab8-c189-46e8-94e1-60213ab1f814', true],
  ['Privileged Authentication Administrator', '7be44c8a-adaf-4e2a-84d6-ab2649e08a13', true],
  ['Application Administrator', '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', true],
  ['Cloud Application Administrator', '158c047a-c907-4556-b7ef-446551a6b5f7', true],
  ['Application Developer', 'cf1c38e5-3621-4004-a7cb-879624dced7c', true],
  ['Security Administrator', '194ae4cb-b126-40b2-bd5b-6091b380977d', true],
  ['Security Operator', '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f', true],
  ['Security Reader', '5d6b6bb7-de71-4623-b4af-96380a352509', true],
  ['Conditional Access Administrator', 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', true],
  ['User Administrator', 'fe930be7-5e62-47db-91af-98c3a49a38b1', true],
  ['Authentication Administrator', 'c4e39bd9-1100-46d3-8c65-fb160da0071f', true],
  ['Authentication Extensibility Administrator', '25a516ed-2fa0-40ea-a2d0-12923a21473a', true],
  ['Helpdesk Administrator', '729827e3-9c14-49f7-bb1b-9608f156bbb8', true],
  ['Password Administrator', '966707d0-3269-4727-9be2-8c3a10f19b9d', true],
  ['Hybrid Identity Administrator', '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2', true],
  ['External Identity Provider Administrator', 'be2f45a1-457d-42af-a067-6ec1fa63bc45', true],
  ['Domain Name Administrator', '8329153b-31d0-4727-b945-745eb3bc5f31', true],
  ['Directory Writers', '9360feb5-f418-4baa-8175-e2a00bac4301', true],
  ['Intune Administrator', '3a2c62db-5318-420d-8d74-23affee5d9d5', true],
  ['Cloud Device Administrator', '7698a772-787b-4ac8-901f-60d6b08affd2', true],
  ['Global Reader', 'f2ef992c-3afb-46b9-b7cf-a126ee74c451', true],
  ['B2C IEF Keyset Administrator', 'aaf43236-0c0d-4d5f-883a-6955382ac081', true],
  ['Lifecycle Workflows Administrator', '59d46f88-662b-457b-bceb-5c3809e5908f', true],
  ['Attribute Provisioning Administrator', 'ecb2c6bf-0ab6-418e-bd87-7986f8d63bbe', true],
  ['Attribute Provisioning Reader', '422218e4-db15-4ef9-bbe0-8afb41546d79', true],
  ['Agent ID Administrator', 'db506228-d27e-4b7d-95e5-295956d6615f', true],
  ['Partner Tier1 Support', '4ba39ca4-527c-499a-b93d-d9b492c50246', true],
  ['Partner Tier2 Support', 'e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8', true],
  ['Exchange Administrator', '29232cdf-9323-42fd-ade2-1d097af3e4de', false],
  ['SharePoint Administrator', 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c', false],
  ['Groups Administrator', 'fdd7a751-b60b-444a-984c-02652fe8fa1c', false],
  ['Directory Synchronization Accounts', 'd29b2b05-8046-44ba-8758-1e26182fcf32', false],
  ['Directory Readers', '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', false],
];

export const ENTRA_ROLES: ReadonlyMap<string, EntraRole> = new Map(ENTRA_ROLE_LIST.map(([name, id, privileged]) => [id, { id, name, privileged }]));
const ENTRA_BY_NAME = new Map([...ENTRA_ROLES.values()].map((r) => [r.name.toLowerCase(), r]));

/** Entra directory role by template id or display name (case-insensitive). */
export function entraRole(idOrName: string): EntraRole | undefined {
  const key = idOrName.trim().toLowerCase();
  return ENTRA_ROLES.get(key) ?? ENTRA_BY_NAME.get(key);
}

/** Microsoft Graph application id (the resource of app role assignments that grant Graph permissions). */
export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/**
 * Graph application permissions that let an application take over the directory: assign itself any directory role,
 * grant itself any Graph permission, add credentials to any application, or rewrite users and groups.
 * App role ids are the values Graph publishes; both id and value are accepted.
 */
const PRIVILEGED_GRAPH_APP_ROLE_LIST: Array<[value: string, id: string, reach: string]> = [
  ['RoleManagement.ReadWrite.Directory', '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8', 'assign any directory role, Global Administrator included'],
  ['AppRoleAssignment.ReadWrite.All', '06b708a9-e830-4db3-a914-8e69da51d44f', 'grant any application, itself included, any Graph permission'],
  ['Application.ReadWrite.All', '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9', 'add credentials to any application and act as it'],
  ['Directory.ReadWrite.All', '19dbc75e-c2e2-444c-a770-ec69d8559fc7', 'rewrite users, groups and applications in the directory'],
  ['User.ReadWrite.All', '741f803b-c850-494e-b5df-cde7c675a1ca', 'rewrite any user'],
  ['Group.ReadWrite.All', '62a82d76-70ea-41e2-9197-370581804d09', 'change the membership of any group, role-assignable groups excepted'],
  ['GroupMember.ReadWrite.All', 'dbaae8cf-10b5-4b86-a4a1-f871c94c6695', 'change the membership of any group'],
  ['ServicePrincipalEndpoint.ReadWrite.All', '89c8469c-83ad-45f7-8ff2-6e3d4285709e', 'change the endpoints of any service principal'],
  ['Policy.ReadWrite.ConditionalAccess', '01c0a623-fc9b-48e9-b794-0756f8e8f067', 'switch off conditional access'],
  ['UserAuthenticationMethod.ReadWrite.All', '50483e42-d915-4231-9639-7fdb7fd190e5', 'reset the sign-in methods of any user'],
];

export interface GraphAppRole {
  value: string;
  id: string;
  reach: string;
}

const GRAPH_ROLES = new Map<string, GraphAppRole>();
for (const [value, id, reach] of PRIVILEGED_GRAPH_APP_ROLE_LIST) {
  const role = { value, id, reach };
  GRAPH_ROLES.set(value.toLowerCase(), role);
  GRAPH_ROLES.set(id, role);
}

/** A privileged Graph application permission by value (`RoleManagement.ReadWrite.Directory`) or app role id. */
export function privilegedGraphAppRole(valueOrId: string): GraphAppRole | undefined {
  return GRAPH_ROLES.get(valueOrId.trim().toLowerCase());
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROLE_DEFINITION_GUID = /\/roleDefinitions\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:$|[/?])/i;

export function isGuid(text: string): boolean {
  return GUID.test(text);
}

/** The GUID of a role definition id in any of its forms (bare GUID, `/subscriptions/.../roleDefinitions/<guid>`...). */
export function roleDefinitionGuid(text: string): string | undefined {
  if (GUID.test(text)) return text.toLowerCase();
  const m = ROLE_DEFINITION_GUID.exec(text);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Built-in roles plus the ones a user loaded; looked up by GUID or by name (case-insensitive). */
export class AzureRoleCatalog {
  private readonly byId = new Map<string, AzureRole>();
  private readonly byName = new Map<string, AzureRole>();

  constructor(extra: readonly AzureRole[] = []) {
    for (const r of [...BUILTIN_ROLES.values(), ...extra]) {
      // A loaded definition of a built-in role keeps the catalog's kind and privileged flag.
      const known = this.byId.get(r.id);
      const merged = known ? { ...r, kind: known.kind, privileged: known.privileged } : r;
      this.byId.set(r.id, merged);
      this.byName.set(r.name.toLowerCase(), merged);
    }
  }

  byGuid(id: string): AzureRole | undefined {
    return this.byId.get(id.toLowerCase());
  }

  named(name: string): AzureRole | undefined {
    return this.byName.get(name.trim().toLowerCase());
  }
}

export const DEFAULT_AZURE_ROLES = new AzureRoleCatalog();

/** A problem in an `--azure-roles` file, with where it is. */
export class AzureRolesFileError extends Error {}

const PRIVILEGED_ACTIONS = /^(\*|\*\/write|\*\/delete|microsoft\.authorization\/(\*|\*\/write|roleassignments\/(write|\*)|roledefinitions\/(write|\*)|elevateaccess\/action))$/i;

/** Whether a list of Actions makes a role a privileged administrator role (Microsoft's rule for custom roles). */
export function hasPrivilegedActions(actions: readonly string[]): boolean {
  return actions.some((a) => PRIVILEGED_ACTIONS.test(a.trim()));
}

/**
 * Roles from the JSON `az role definition list` prints: an array of objects with `name` (the GUID), `roleName`,
 * `roleType`, `permissions[{actions, notActions, dataActions}]`, `assignableScopes`. Also accepts the ARM form with
 * the same fields under `properties`.
 */
export function parseAzureRolesJson(text: string, file: string): AzureRole[] {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new AzureRolesFileError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  const list = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.value) ? data.value : undefined;
  if (!list) throw new AzureRolesFileError(`${file}: expected an array of role definitions (the output of \`az role definition list\`)`);
  return list.map((item, i) => {
    const where = `${file}: role definition [${i}]`;
    if (!isRecord(item)) throw new AzureRolesFileError(`${where}: expected an object`);
    const props = isRecord(item.properties) ? item.properties : item;
    const id = roleDefinitionGuid(String(item.name ?? '')) ?? roleDefinitionGuid(String(item.id ?? ''));
    const name = props.roleName;
    if (!id) throw new AzureRolesFileError(`${where}: expected "name" or "id" holding the role definition GUID`);
    if (typeof name !== 'string' || name === '') throw new AzureRolesFileError(`${where}: expected "roleName", a non-empty string`);
    const permissions = Array.isArray(props.permissions) ? props.permissions.filter(isRecord) : [];
    const strings = (key: string) => permissions.flatMap((p) => (Array.isArray(p[key]) ? p[key].filter((x): x is string => typeof x === 'string') : []));
    const actions = strings('actions');
    const role: AzureRole = {
      id,
      name,
      kind: 'other',
      privileged: hasPrivilegedActions(actions),
      origin: 'file',
      actions,
      notActions: strings('notActions'),
      dataActions: strings('dataActions'),
      assignableScopes: Array.isArray(props.assignableScopes) ? props.assignableScopes.filter((x): x is string => typeof x === 'string') : [],
    };
    return role;
  });
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
