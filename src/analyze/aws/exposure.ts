/**
 * Cloudsplaining's risk lists (iam-facts.md §2) judged on effective permissions: which principals hold data-reading,
 * credential-returning or permissions-management actions without a resource constraint or condition.
 */
import type { Grant } from '../../model/grant.js';
import type { RuleContext } from '../../model/rule.js';
import {
  effectivePermissions,
  isAdministrator,
  statementSourceText,
  unconstrainedActionsAtLevel,
  unconstrainedAllow,
  type EffectiveStatement,
  type PrincipalPermissions,
} from './effective.js';

/** Read-only actions that return data (Cloudsplaining's list plus its default include-actions). */
export const DATA_EXFILTRATION_ACTIONS: readonly string[] = [
  's3:GetObject',
  'ssm:GetParameter',
  'ssm:GetParameters',
  'ssm:GetParametersByPath',
  'secretsmanager:GetSecretValue',
  'rds:CopyDBSnapshot',
  'rds:CreateDBSnapshot',
];

/**
 * Actions that return credentials: Cloudsplaining's 45 with the `gamelift` prefix spelled right, less the two the
 * service catalogue does not know as IAM actions (`connect:GetFederationTokens`, `sso:GetRoleCredentials`).
 */
export const CREDENTIALS_EXPOSURE_ACTIONS: readonly string[] = [
  'airflow:CreateCliToken',
  'airflow:CreateWebLoginToken',
  'appsync:CreateApiKey',
  'chime:CreateApiKey',
  'cloud9:CreateEnvironmentToken',
  'codeartifact:GetAuthorizationToken',
  'codepipeline:PollForJobs',
  'cognito-identity:GetOpenIdToken',
  'cognito-identity:GetOpenIdTokenForDeveloperIdentity',
  'cognito-identity:GetCredentialsForIdentity',
  'cognito-idp:GetSigningCertificate',
  'connect:GetFederationToken',
  'ec2:GetPasswordData',
  'ecr:GetAuthorizationToken',
  'ecr-public:GetAuthorizationToken',
  'emr-containers:GetManagedEndpointSessionCredentials',
  'finspace-api:GetProgrammaticAccessCredentials',
  'gamelift:RequestUploadCredentials',
  'gamelift:GetInstanceAccess',
  'gamelift:GetComputeAccess',
  'gamelift:GetComputeAuthToken',
  'grafana:CreateWorkspaceApiKey',
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'iam:CreateServiceSpecificCredential',
  'iam:ResetServiceSpecificCredential',
  'iam:UpdateAccessKey',
  'license-manager:GetAccessToken',
  'lightsail:GetInstanceAccessDetails',
  'lightsail:DownloadDefaultKeyPair',
  'lightsail:CreateBucketAccessKey',
  'lightsail:GetRelationalDatabaseMasterUserPassword',
  'mediapackage:RotateChannelCredentials',
  'mediapackage:RotateIngestEndpointCredentials',
  'rds-db:connect',
  'redshift:GetClusterCredentials',
  'redshift:GetClusterCredentialsWithIAM',
  'redshift-serverless:GetCredentials',
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  'sts:GetFederationToken',
  'sts:GetSessionToken',
];

export interface ExposedAction {
  action: string;
  statement: EffectiveStatement;
}

/** What each principal holds without constraint, by the rule's selection; administrators are aws-iam-full-admin's. */
export function exposures(
  grants: readonly Grant[],
  select: (p: PrincipalPermissions) => ExposedAction[],
): Array<{ principal: PrincipalPermissions; exposed: ExposedAction[] }> {
  const out: Array<{ principal: PrincipalPermissions; exposed: ExposedAction[] }> = [];
  for (const p of effectivePermissions(grants).principals.values()) {
    if (isAdministrator(p)) continue;
    // A user's exposure that comes wholly from a group is reported on the group.
    const exposed = select(p).filter((e) => !(p.principal.type === 'user' && e.statement.via?.startsWith('group ')));
    if (exposed.length > 0) out.push({ principal: p, exposed });
  }
  return out;
}

export function listedActions(list: readonly string[]): (p: PrincipalPermissions) => ExposedAction[] {
  return (p) =>
    list.flatMap((action) => {
      const statement = unconstrainedAllow(p, action);
      return statement ? [{ action, statement }] : [];
    });
}

export function permissionsManagementActions(p: PrincipalPermissions): ExposedAction[] {
  return unconstrainedActionsAtLevel(p, 'Permissions management');
}

/** Reports one finding per principal, at the statement granting the first action, naming every source. */
export function reportExposures(
  context: RuleContext<string>,
  messageId: string,
  found: ReturnType<typeof exposures>,
  listForMessage: (items: readonly string[], max?: number) => string,
): void {
  for (const { principal, exposed } of found) {
    const grants = [...new Set(exposed.map((e) => e.statement.grant))];
    context.report({
      grant: grants[0]!,
      related: grants.slice(1),
      principal: principal.principal,
      messageId,
      data: {
        principal: principal.label,
        count: exposed.length,
        actions: listForMessage(exposed.map((e) => e.action), 5),
        sources: listForMessage([...new Set(exposed.map((e) => statementSourceText(e.statement)))], 3).replaceAll('`', ''),
      },
    });
  }
}
