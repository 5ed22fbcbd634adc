import type { GrantSource } from './span.js';

export type Cloud = 'aws' | 'azure' | 'gcp';

export type GrantKind =
  | 'identity-policy'
  | 'resource-policy'
  | 'trust-policy'
  | 'role-assignment'
  | 'role-definition'
  | 'iam-member'
  | 'membership'
  | 'credential';

export type PrincipalType =
  | 'role'
  | 'user'
  | 'group'
  | 'service'
  | 'account'
  | 'public'
  | 'federated'
  | 'service-account'
  | 'managed-identity'
  | 'service-principal'
  | 'unknown';

export interface Principal {
  type: PrincipalType;
  /** Human name: role name, ARN, account id, `*`, `token.actions.githubusercontent.com`, `user:a@b.c`. */
  name: string;
  /** Address of the declaring resource when the principal is declared in the scanned code. */
  address?: string;
}

/** AWS condition block: operator -> key -> values. Other clouds put their own shape under their keys. */
export type Conditions = Record<string, Record<string, string[]>>;

/**
 * One grant: who may (or may not) do what on what, where it was declared.
 * The JSON form is a contract read by other tools: add fields, never remove them.
 */
export interface Grant {
  /** Stable hash of the grant's identity and content (not of its line). */
  id: string;
  cloud: Cloud;
  kind: GrantKind;
  principal: Principal;
  effect: 'allow' | 'deny';
  actions: string[];
  notActions: string[];
  /** Role name or id for role-based grants (Azure role, GCP role, AWS managed policy ARN). */
  role?: string;
  resources: string[];
  notResources: string[];
  scope?: string;
  conditions: Conditions;
  source: GrantSource;
  /** Expressions that could not be evaluated, as written (`var.extra_actions`). */
  unresolved: string[];
  /** Extra, kind-specific facts (policy name, statement Sid, attachment path, AWS managed policy name...). */
  details?: GrantDetails;
}

export interface GrantDetails {
  /** Name or address of the policy document the grant came from. */
  policy?: string;
  sid?: string;
  /** For trust policies: the actions that may be used to assume (sts:AssumeRole, sts:AssumeRoleWithWebIdentity...). */
  trustedBy?: string;
  /** The role, user or group the policy is attached to (for resource-policy: the resource it protects). */
  attachedTo?: string;
  /** For credentials: access-key, login-profile, service-account-key. */
  credentialType?: string;
  /** Grant applies only when a CloudFormation/Terraform condition holds. */
  conditional?: boolean;
  /** Azure/GCP: kind of scope: management-group, subscription, resource-group, resource, organization, folder, project. */
  scopeKind?: string;
  /** AWS policy documents: the Version element as written, `null` when the document has none (IAM then applies 2008-10-17). */
  policyVersion?: string | null;
  /** Whether the grant is authoritative (GCP _policy/_binding, aws_iam_policy_attachment). */
  authoritative?: boolean;
  [key: string]: unknown;
}
