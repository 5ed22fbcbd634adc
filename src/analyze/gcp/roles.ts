/**
 * grantlint's own catalog of GCP roles and permissions that matter for entitlement review (facts §6.1–6.3):
 * basic roles, the predefined roles whose permissions let a holder act as someone else or rewrite IAM,
 * and the privilege-escalation permission sets used to judge custom roles.
 * A pre-deploy linter sees role names, not the permissions Google expands them to, so predefined roles are
 * listed with the dangerous permissions they carry.
 */

export const BASIC_ROLES = ['roles/owner', 'roles/editor', 'roles/viewer'] as const;
export type BasicRole = (typeof BASIC_ROLES)[number];

export function isBasicRole(role: string | undefined): role is BasicRole {
  return role !== undefined && (BASIC_ROLES as readonly string[]).includes(role);
}

/** Why a predefined role is dangerous. */
export type RoleCapability =
  /** Full control through a basic role. */
  | 'basic'
  /** Act as a service account: mint its tokens, sign as it, attach it to workloads. */
  | 'impersonation'
  /** Create keys for service accounts: long-lived credentials of another identity. */
  | 'service-account-keys'
  /** Change IAM policies: grant anyone (including oneself) any role. */
  | 'iam-admin'
  /** Change custom roles: add permissions to a role one already holds. */
  | 'role-admin'
  /** Start workloads that run as a service account (Cloud Build, Deployment Manager, Dataflow...). */
  | 'runs-as-service-account'
  /** Change organization policies: switch off guardrails such as domain-restricted sharing. */
  | 'org-policy';

export interface PrivilegedRole {
  role: string;
  capability: RoleCapability;
  /** The permissions in the role that make it dangerous (not the whole role). */
  permissions: readonly string[];
}

const TOKEN_PERMISSIONS = [
  'iam.serviceAccounts.getAccessToken',
  'iam.serviceAccounts.getOpenIdToken',
  'iam.serviceAccounts.signBlob',
  'iam.serviceAccounts.signJwt',
  'iam.serviceAccounts.implicitDelegation',
];

const PRIVILEGED_ROLE_LIST: PrivilegedRole[] = [
  { role: 'roles/owner', capability: 'basic', permissions: ['resourcemanager.projects.setIamPolicy', 'iam.serviceAccounts.actAs', ...TOKEN_PERMISSIONS] },
  { role: 'roles/editor', capability: 'basic', permissions: ['iam.serviceAccounts.actAs', 'iam.serviceAccountKeys.create'] },
  // Impersonation (facts §6.2: service-account-permissions page, CKV impersonation list).
  { role: 'roles/iam.serviceAccountUser', capability: 'impersonation', permissions: ['iam.serviceAccounts.actAs'] },
  { role: 'roles/iam.serviceAccountTokenCreator', capability: 'impersonation', permissions: TOKEN_PERMISSIONS },
  {
    role: 'roles/iam.workloadIdentityUser',
    capability: 'impersonation',
    permissions: ['iam.serviceAccounts.getAccessToken', 'iam.serviceAccounts.getOpenIdToken'],
  },
  { role: 'roles/iam.serviceAccountOpenIdTokenCreator', capability: 'impersonation', permissions: ['iam.serviceAccounts.getOpenIdToken'] },
  { role: 'roles/iam.serviceAccountKeyAdmin', capability: 'service-account-keys', permissions: ['iam.serviceAccountKeys.create'] },
  // IAM administration.
  {
    role: 'roles/iam.securityAdmin',
    capability: 'iam-admin',
    permissions: [
      'resourcemanager.organizations.setIamPolicy',
      'resourcemanager.folders.setIamPolicy',
      'resourcemanager.projects.setIamPolicy',
      'iam.serviceAccounts.setIamPolicy',
    ],
  },
  { role: 'roles/iam.serviceAccountAdmin', capability: 'iam-admin', permissions: ['iam.serviceAccounts.setIamPolicy'] },
  { role: 'roles/resourcemanager.projectIamAdmin', capability: 'iam-admin', permissions: ['resourcemanager.projects.setIamPolicy'] },
  { role: 'roles/resourcemanager.folderIamAdmin', capability: 'iam-admin', permissions: ['resourcemanager.folders.setIamPolicy'] },
  { role: 'roles/resourcemanager.folderAdmin', capability: 'iam-admin', permissions: ['resourcemanager.folders.setIamPolicy'] },
  {
    role: 'roles/resourcemanager.organizationAdmin',
    capability: 'iam-admin',
    permissions: ['resourcemanager.organizations.setIamPolicy', 'resourcemanager.folders.setIamPolicy', 'resourcemanager.projects.setIamPolicy'],
  },
  // Custom role administration.
  { role: 'roles/iam.roleAdmin', capability: 'role-admin', permissions: ['iam.roles.create', 'iam.roles.update'] },
  { role: 'roles/iam.organizationRoleAdmin', capability: 'role-admin', permissions: ['iam.roles.create', 'iam.roles.update'] },
  // Workloads that run as a service account the caller names or the service's default one.
  { role: 'roles/cloudbuild.builds.editor', capability: 'runs-as-service-account', permissions: ['cloudbuild.builds.create'] },
  { role: 'roles/cloudbuild.builds.builder', capability: 'runs-as-service-account', permissions: ['cloudbuild.builds.create'] },
  { role: 'roles/deploymentmanager.editor', capability: 'runs-as-service-account', permissions: ['deploymentmanager.deployments.create'] },
  { role: 'roles/dataflow.developer', capability: 'runs-as-service-account', permissions: ['dataflow.jobs.create'] },
  { role: 'roles/dataflow.admin', capability: 'runs-as-service-account', permissions: ['dataflow.jobs.create'] },
  { role: 'roles/run.sourceDeveloper', capability: 'runs-as-service-account', permissions: ['run.services.create'] },
  { role: 'roles/composer.worker', capability: 'runs-as-service-account', permissions: ['iam.serviceAccounts.actAs'] },
  // Guardrails.
  { role: 'roles/orgpolicy.policyAdmin', capability: 'org-policy', permissions: ['orgpolicy.policy.set'] },
];

export const PRIVILEGED_ROLES: ReadonlyMap<string, PrivilegedRole> = new Map(PRIVILEGED_ROLE_LIST.map((r) => [r.role, r]));

export function privilegedRole(role: string | undefined): PrivilegedRole | undefined {
  return role === undefined ? undefined : PRIVILEGED_ROLES.get(role);
}

/** A privilege-escalation method: holding every one of its permissions lets the holder gain more access. */
export interface EscalationMethod {
  /** Method key as the Rhino Security Labs GCP scanner names it (facts §6.3). */
  key: string;
  permissions: readonly string[];
  /** What the holder can do with it, for messages. */
  effect: string;
}

export const ESCALATION_METHODS: readonly EscalationMethod[] = [
  { key: 'UpdateIAMRole', permissions: ['iam.roles.update'], effect: 'add any permission to a custom role it holds' },
  { key: 'CreateServiceAccountKey', permissions: ['iam.serviceAccountKeys.create'], effect: 'create keys for service accounts and act as them' },
  { key: 'GetServiceAccountAccessToken', permissions: ['iam.serviceAccounts.getAccessToken'], effect: 'mint access tokens of service accounts' },
  {
    key: 'ServiceAccountImplicitDelegation',
    permissions: ['iam.serviceAccounts.implicitDelegation'],
    effect: 'obtain tokens of service accounts through a delegation chain',
  },
  { key: 'ServiceAccountSignBlob', permissions: ['iam.serviceAccounts.signBlob'], effect: 'sign tokens as service accounts' },
  { key: 'ServiceAccountSignJwt', permissions: ['iam.serviceAccounts.signJwt'], effect: 'sign JWTs as service accounts' },
  { key: 'SetOrgPolicyConstraints', permissions: ['orgpolicy.policy.set'], effect: 'switch off organization policy guardrails' },
  { key: 'CreateServiceAccountHMACKey', permissions: ['storage.hmacKeys.create'], effect: 'create HMAC keys for service accounts' },
  {
    key: 'CreateDeploymentManagerDeployment',
    permissions: ['deploymentmanager.deployments.create'],
    effect: 'run deployments as the Google APIs service account',
  },
  { key: 'RCECloudBuildBuildServer', permissions: ['cloudbuild.builds.create'], effect: 'run builds as the Cloud Build service account' },
  {
    key: 'ExfilCloudFunctionCredsAuthCall',
    permissions: ['cloudfunctions.functions.create', 'cloudfunctions.functions.sourceCodeSet', 'iam.serviceAccounts.actAs', 'cloudfunctions.functions.call'],
    effect: 'deploy and call a function that runs as a service account',
  },
  {
    key: 'ExfilCloudFunctionCredsUnauthCall',
    permissions: [
      'cloudfunctions.functions.create',
      'cloudfunctions.functions.sourceCodeSet',
      'iam.serviceAccounts.actAs',
      'cloudfunctions.functions.setIamPolicy',
    ],
    effect: 'deploy a public function that runs as a service account',
  },
  {
    key: 'UpdateCloudFunction',
    permissions: ['cloudfunctions.functions.sourceCodeSet', 'cloudfunctions.functions.update', 'iam.serviceAccounts.actAs'],
    effect: 'replace the code of a function that runs as a service account',
  },
  {
    key: 'CreateGCEInstanceWithSA',
    permissions: [
      'compute.disks.create',
      'compute.instances.create',
      'compute.instances.setMetadata',
      'compute.instances.setServiceAccount',
      'compute.subnetworks.use',
      'compute.subnetworks.useExternalIp',
      'iam.serviceAccounts.actAs',
    ],
    effect: 'start a VM that runs as a service account',
  },
  {
    key: 'ExfilCloudRunServiceUnauthCall',
    permissions: ['run.services.create', 'iam.serviceAccounts.actAs', 'run.services.setIamPolicy'],
    effect: 'deploy a public Cloud Run service that runs as a service account',
  },
  {
    key: 'ExfilCloudRunServiceAuthCall',
    permissions: ['run.services.create', 'iam.serviceAccounts.actAs', 'run.routes.invoke'],
    effect: 'deploy and call a Cloud Run service that runs as a service account',
  },
  { key: 'CreateAPIKey', permissions: ['serviceusage.apiKeys.create'], effect: 'create API keys' },
  { key: 'ViewExistingAPIKeys', permissions: ['serviceusage.apiKeys.list'], effect: 'read existing API keys' },
  { key: 'SetOrgIAMPolicy', permissions: ['resourcemanager.organizations.setIamPolicy'], effect: 'grant anyone any role on the organization' },
  { key: 'SetFolderIAMPolicy', permissions: ['resourcemanager.folders.setIamPolicy'], effect: 'grant anyone any role on folders' },
  { key: 'SetProjectIAMPolicy', permissions: ['resourcemanager.projects.setIamPolicy'], effect: 'grant anyone any role on projects' },
  {
    key: 'SetServiceAccountIAMPolicy',
    permissions: ['iam.serviceAccounts.setIamPolicy'],
    effect: 'grant itself the right to impersonate service accounts',
  },
  {
    key: 'CreateCloudSchedulerHTTPRequest',
    permissions: ['cloudscheduler.jobs.create', 'cloudscheduler.locations.list', 'iam.serviceAccounts.actAs'],
    effect: 'schedule authenticated requests as a service account',
  },
];

/** Escalation methods whose every permission is in `permissions` (compared case-insensitively, facts §6.3). */
export function escalationMethods(permissions: readonly string[]): EscalationMethod[] {
  const held = new Set(permissions.map((p) => p.toLowerCase()));
  return ESCALATION_METHODS.filter((m) => m.permissions.every((p) => held.has(p.toLowerCase())));
}

/** `<service>.<resource>.setIamPolicy` permissions outside the escalation methods: control over who may use those resources. */
export function otherSetIamPolicyPermissions(permissions: readonly string[]): string[] {
  const inMethods = new Set(ESCALATION_METHODS.flatMap((m) => m.permissions).map((p) => p.toLowerCase()));
  return permissions.filter((p) => /\.setiampolicy$/i.test(p) && !inMethods.has(p.toLowerCase()));
}
