/**
 * AWS privilege-escalation methods as data, and their evaluation on a principal's effective permissions.
 *
 * The catalogue unites the Rhino Security Labs methods, the BishopFox iam-vulnerable paths, the pathfinding.cloud
 * paths and Prowler's combinations (reference: iam-facts.md §1), each reduced to the actions it needs. Combinations
 * that only add actions to a method already listed for every principal (iam-003, iam-015, iam-016, iam-018 to
 * iam-021, the "new DynamoDB table" Lambda variant) are left out: the smaller method is always reported instead.
 */
import type { Grant } from '../../model/grant.js';
import {
  allowingStatements,
  allowedServices,
  serviceOf,
  reachesAllResources,
  type Effective,
  type EffectiveStatement,
  type PrincipalPermissions,
} from './effective.js';
import { hasWildcard, wildcardRegex } from './iam-data.js';
import { isUnresolvedText } from './policy-semantics.js';

export type EscalationCategory = 'self-escalation' | 'principal-access' | 'new-passrole' | 'existing-passrole' | 'credential-access';

export interface EscalationMethod {
  /** pathfinding.cloud id when it has one, else a `rhino-`/`prowler-` id. */
  id: string;
  name: string;
  category: EscalationCategory;
  /** Every action needed (iam:PassRole included for PassRole methods). */
  actions: readonly string[];
  /** PassRole methods: service principals a passed role must trust (any one). */
  passRoleTo?: readonly string[];
  /** Only these principal types can use the method on their own (a role editing its own policies). */
  principalTypes?: readonly ('role' | 'user' | 'group')[];
}

const PR = 'iam:PassRole';

export const ESCALATION_METHODS: readonly EscalationMethod[] = [
  // Self-escalation and other principals through IAM.
  { id: 'iam-001', name: 'CreateNewPolicyVersion', category: 'self-escalation', actions: ['iam:CreatePolicyVersion'] },
  { id: 'rhino-2', name: 'SetExistingDefaultPolicyVersion', category: 'self-escalation', actions: ['iam:SetDefaultPolicyVersion'] },
  { id: 'iam-002', name: 'CreateAccessKey', category: 'principal-access', actions: ['iam:CreateAccessKey'] },
  { id: 'iam-004', name: 'CreateLoginProfile', category: 'principal-access', actions: ['iam:CreateLoginProfile'] },
  { id: 'iam-006', name: 'UpdateLoginProfile', category: 'principal-access', actions: ['iam:UpdateLoginProfile'] },
  { id: 'iam-007', name: 'PutUserPolicy', category: 'self-escalation', actions: ['iam:PutUserPolicy'] },
  { id: 'iam-008', name: 'AttachUserPolicy', category: 'self-escalation', actions: ['iam:AttachUserPolicy'] },
  { id: 'iam-010', name: 'AttachGroupPolicy', category: 'self-escalation', actions: ['iam:AttachGroupPolicy'] },
  { id: 'iam-011', name: 'PutGroupPolicy', category: 'self-escalation', actions: ['iam:PutGroupPolicy'] },
  { id: 'iam-013', name: 'AddUserToGroup', category: 'self-escalation', actions: ['iam:AddUserToGroup'] },
  { id: 'iam-005', name: 'PutRolePolicy', category: 'self-escalation', actions: ['iam:PutRolePolicy'], principalTypes: ['role'] },
  { id: 'iam-017', name: 'PutRolePolicyThenAssume', category: 'principal-access', actions: ['iam:PutRolePolicy', 'sts:AssumeRole'] },
  { id: 'iam-009', name: 'AttachRolePolicy', category: 'self-escalation', actions: ['iam:AttachRolePolicy'], principalTypes: ['role'] },
  { id: 'iam-014', name: 'AttachRolePolicyThenAssume', category: 'principal-access', actions: ['iam:AttachRolePolicy', 'sts:AssumeRole'] },
  { id: 'iam-012', name: 'UpdateAssumeRolePolicy', category: 'principal-access', actions: ['iam:UpdateAssumeRolePolicy'] },
  // Compute started with a passed role.
  { id: 'ec2-001', name: 'PassRoleToNewEC2Instance', category: 'new-passrole', actions: [PR, 'ec2:RunInstances'], passRoleTo: ['ec2.amazonaws.com'] },
  { id: 'ec2-003', name: 'PassRoleToNewSpotInstance', category: 'new-passrole', actions: [PR, 'ec2:RequestSpotInstances'], passRoleTo: ['ec2.amazonaws.com'] },
  { id: 'pmapper-ec2', name: 'PassRoleToExistingInstance', category: 'new-passrole', actions: [PR, 'ec2:AssociateIamInstanceProfile'], passRoleTo: ['ec2.amazonaws.com'] },
  {
    id: 'prowler-autoscaling',
    name: 'PassRoleToNewAutoScalingGroup',
    category: 'new-passrole',
    actions: [PR, 'autoscaling:CreateLaunchConfiguration', 'autoscaling:CreateAutoScalingGroup'],
    passRoleTo: ['ec2.amazonaws.com'],
  },
  { id: 'lambda-001', name: 'PassRoleToNewLambdaThenInvoke', category: 'new-passrole', actions: [PR, 'lambda:CreateFunction', 'lambda:InvokeFunction'], passRoleTo: ['lambda.amazonaws.com'] },
  {
    id: 'lambda-002',
    name: 'PassRoleToNewLambdaThenTrigger',
    category: 'new-passrole',
    actions: [PR, 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
    passRoleTo: ['lambda.amazonaws.com'],
  },
  { id: 'lambda-006', name: 'PassRoleToNewLambdaThenAddPermission', category: 'new-passrole', actions: [PR, 'lambda:CreateFunction', 'lambda:AddPermission'], passRoleTo: ['lambda.amazonaws.com'] },
  { id: 'glue-001', name: 'PassRoleToNewGlueDevEndpoint', category: 'new-passrole', actions: [PR, 'glue:CreateDevEndpoint'], passRoleTo: ['glue.amazonaws.com'] },
  { id: 'glue-003', name: 'PassRoleToNewGlueJobThenRun', category: 'new-passrole', actions: [PR, 'glue:CreateJob', 'glue:StartJobRun'], passRoleTo: ['glue.amazonaws.com'] },
  { id: 'glue-004', name: 'PassRoleToNewGlueJobThenTrigger', category: 'new-passrole', actions: [PR, 'glue:CreateJob', 'glue:CreateTrigger'], passRoleTo: ['glue.amazonaws.com'] },
  { id: 'glue-005', name: 'PassRoleToExistingGlueJobThenRun', category: 'new-passrole', actions: [PR, 'glue:UpdateJob', 'glue:StartJobRun'], passRoleTo: ['glue.amazonaws.com'] },
  { id: 'glue-006', name: 'PassRoleToExistingGlueJobThenTrigger', category: 'new-passrole', actions: [PR, 'glue:UpdateJob', 'glue:CreateTrigger'], passRoleTo: ['glue.amazonaws.com'] },
  { id: 'prowler-glue-session', name: 'PassRoleToNewGlueSession', category: 'new-passrole', actions: [PR, 'glue:CreateSession', 'glue:RunStatement'], passRoleTo: ['glue.amazonaws.com'] },
  { id: 'cloudformation-001', name: 'PassRoleToNewCloudFormationStack', category: 'new-passrole', actions: [PR, 'cloudformation:CreateStack'], passRoleTo: ['cloudformation.amazonaws.com'] },
  {
    id: 'cloudformation-003',
    name: 'PassRoleToNewStackSet',
    category: 'new-passrole',
    actions: [PR, 'cloudformation:CreateStackSet', 'cloudformation:CreateStackInstances'],
    passRoleTo: ['cloudformation.amazonaws.com'],
  },
  { id: 'cloudformation-004', name: 'PassRoleToExistingStackSet', category: 'new-passrole', actions: [PR, 'cloudformation:UpdateStackSet'], passRoleTo: ['cloudformation.amazonaws.com'] },
  { id: 'codebuild-001', name: 'PassRoleToNewCodeBuildProject', category: 'new-passrole', actions: [PR, 'codebuild:CreateProject', 'codebuild:StartBuild'], passRoleTo: ['codebuild.amazonaws.com'] },
  { id: 'codebuild-004', name: 'PassRoleToNewCodeBuildBatch', category: 'new-passrole', actions: [PR, 'codebuild:CreateProject', 'codebuild:StartBuildBatch'], passRoleTo: ['codebuild.amazonaws.com'] },
  {
    id: 'datapipeline-001',
    name: 'PassRoleToNewDataPipeline',
    category: 'new-passrole',
    actions: [PR, 'datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition', 'datapipeline:ActivatePipeline'],
    passRoleTo: ['datapipeline.amazonaws.com', 'elasticmapreduce.amazonaws.com', 'ec2.amazonaws.com'],
  },
  { id: 'ecs-001', name: 'PassRoleToNewEcsService', category: 'new-passrole', actions: [PR, 'ecs:RegisterTaskDefinition', 'ecs:CreateService'], passRoleTo: ['ecs-tasks.amazonaws.com'] },
  { id: 'ecs-002', name: 'PassRoleToNewEcsTaskRun', category: 'new-passrole', actions: [PR, 'ecs:RegisterTaskDefinition', 'ecs:RunTask'], passRoleTo: ['ecs-tasks.amazonaws.com'] },
  { id: 'ecs-003', name: 'PassRoleToNewEcsTaskStart', category: 'new-passrole', actions: [PR, 'ecs:RegisterTaskDefinition', 'ecs:StartTask'], passRoleTo: ['ecs-tasks.amazonaws.com'] },
  {
    id: 'sagemaker-001',
    name: 'PassRoleToNewSageMakerNotebook',
    category: 'new-passrole',
    actions: [PR, 'sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl'],
    passRoleTo: ['sagemaker.amazonaws.com'],
  },
  { id: 'sagemaker-002', name: 'PassRoleToNewSageMakerTrainingJob', category: 'new-passrole', actions: [PR, 'sagemaker:CreateTrainingJob'], passRoleTo: ['sagemaker.amazonaws.com'] },
  { id: 'sagemaker-003', name: 'PassRoleToNewSageMakerProcessingJob', category: 'new-passrole', actions: [PR, 'sagemaker:CreateProcessingJob'], passRoleTo: ['sagemaker.amazonaws.com'] },
  { id: 'apprunner-001', name: 'PassRoleToNewAppRunnerService', category: 'new-passrole', actions: [PR, 'apprunner:CreateService'], passRoleTo: ['tasks.apprunner.amazonaws.com'] },
  {
    id: 'bedrock-001',
    name: 'PassRoleToNewCodeInterpreter',
    category: 'new-passrole',
    actions: [PR, 'bedrock-agentcore:CreateCodeInterpreter', 'bedrock-agentcore:StartCodeInterpreterSession', 'bedrock-agentcore:InvokeCodeInterpreter'],
    passRoleTo: ['bedrock-agentcore.amazonaws.com'],
  },
  { id: 'rhino-24', name: 'PassRoleToNewCodeStarProject', category: 'new-passrole', actions: [PR, 'codestar:CreateProject'], passRoleTo: ['codestar.amazonaws.com'] },
  { id: 'prowler-batch', name: 'PassRoleToNewBatchJob', category: 'new-passrole', actions: [PR, 'batch:RegisterJobDefinition', 'batch:SubmitJob'], passRoleTo: ['ecs-tasks.amazonaws.com', 'batch.amazonaws.com'] },
  { id: 'prowler-braket', name: 'PassRoleToNewBraketJob', category: 'new-passrole', actions: [PR, 'braket:CreateJob'], passRoleTo: ['braket.amazonaws.com'] },
  {
    id: 'prowler-cognito',
    name: 'PassRoleToIdentityPool',
    category: 'new-passrole',
    actions: [PR, 'cognito-identity:SetIdentityPoolRoles'],
    passRoleTo: ['cognito-identity.amazonaws.com'],
  },
  { id: 'prowler-emr', name: 'PassRoleToNewEmrCluster', category: 'new-passrole', actions: [PR, 'elasticmapreduce:RunJobFlow'], passRoleTo: ['elasticmapreduce.amazonaws.com', 'ec2.amazonaws.com'] },
  {
    id: 'prowler-emr-serverless',
    name: 'PassRoleToNewEmrServerlessJob',
    category: 'new-passrole',
    actions: [PR, 'emr-serverless:CreateApplication', 'emr-serverless:StartJobRun'],
    passRoleTo: ['emr-serverless.amazonaws.com'],
  },
  {
    id: 'prowler-gamelift',
    name: 'PassRoleToNewGameLiftFleet',
    category: 'new-passrole',
    actions: [PR, 'gamelift:CreateBuild', 'gamelift:CreateFleet', 'gamelift:RequestUploadCredentials'],
    passRoleTo: ['gamelift.amazonaws.com'],
  },
  {
    id: 'prowler-imagebuilder',
    name: 'PassRoleToNewImageBuilderImage',
    category: 'new-passrole',
    actions: [PR, 'imagebuilder:CreateComponent', 'imagebuilder:CreateImageRecipe', 'imagebuilder:CreateInfrastructureConfiguration', 'imagebuilder:CreateImage'],
    passRoleTo: ['ec2.amazonaws.com', 'imagebuilder.amazonaws.com'],
  },
  {
    id: 'prowler-kinesisanalytics',
    name: 'PassRoleToNewKinesisAnalyticsApp',
    category: 'new-passrole',
    actions: [PR, 'kinesisanalytics:CreateApplication', 'kinesisanalytics:StartApplication'],
    passRoleTo: ['kinesisanalytics.amazonaws.com'],
  },
  { id: 'prowler-omics', name: 'PassRoleToNewOmicsWorkflow', category: 'new-passrole', actions: [PR, 'omics:CreateWorkflow', 'omics:StartRun'], passRoleTo: ['omics.amazonaws.com'] },
  // Code or configuration of compute that already runs with a role.
  { id: 'ec2-002', name: 'ModifyInstanceUserData', category: 'existing-passrole', actions: ['ec2:ModifyInstanceAttribute', 'ec2:StopInstances', 'ec2:StartInstances'] },
  { id: 'ec2-004', name: 'NewLaunchTemplateVersion', category: 'existing-passrole', actions: ['ec2:CreateLaunchTemplateVersion', 'ec2:ModifyLaunchTemplate'] },
  { id: 'ec2instanceconnect-003', name: 'SendSSHPublicKey', category: 'existing-passrole', actions: ['ec2-instance-connect:SendSSHPublicKey'] },
  { id: 'bishopfox-serial-console', name: 'SendSerialConsoleSSHPublicKey', category: 'existing-passrole', actions: ['ec2-instance-connect:SendSerialConsoleSSHPublicKey'] },
  { id: 'lambda-003', name: 'UpdateExistingLambdaCode', category: 'existing-passrole', actions: ['lambda:UpdateFunctionCode'] },
  { id: 'rhino-26', name: 'UpdateExistingLambdaConfiguration', category: 'existing-passrole', actions: ['lambda:UpdateFunctionConfiguration'] },
  { id: 'glue-002', name: 'UpdateExistingGlueDevEndpoint', category: 'existing-passrole', actions: ['glue:UpdateDevEndpoint'] },
  { id: 'cloudformation-002', name: 'UpdateExistingStack', category: 'existing-passrole', actions: ['cloudformation:UpdateStack'] },
  { id: 'cloudformation-005', name: 'ExecuteChangeSetOnExistingStack', category: 'existing-passrole', actions: ['cloudformation:CreateChangeSet', 'cloudformation:ExecuteChangeSet'] },
  { id: 'codebuild-002', name: 'StartBuildOfExistingProject', category: 'existing-passrole', actions: ['codebuild:StartBuild'] },
  { id: 'codebuild-003', name: 'StartBuildBatchOfExistingProject', category: 'existing-passrole', actions: ['codebuild:StartBuildBatch'] },
  { id: 'ecs-execute-command', name: 'ExecuteCommandInExistingTask', category: 'existing-passrole', actions: ['ecs:ExecuteCommand', 'ecs:DescribeTasks'] },
  { id: 'sagemaker-004', name: 'PresignedUrlToExistingNotebook', category: 'existing-passrole', actions: ['sagemaker:CreatePresignedNotebookInstanceUrl'] },
  {
    id: 'sagemaker-005',
    name: 'LifecycleConfigOnExistingNotebook',
    category: 'existing-passrole',
    actions: ['sagemaker:CreateNotebookInstanceLifecycleConfig', 'sagemaker:StopNotebookInstance', 'sagemaker:UpdateNotebookInstance', 'sagemaker:StartNotebookInstance'],
  },
  { id: 'ssm-001', name: 'StartSessionOnInstance', category: 'existing-passrole', actions: ['ssm:StartSession'] },
  { id: 'ssm-002', name: 'SendCommandToInstance', category: 'existing-passrole', actions: ['ssm:SendCommand'] },
  { id: 'apprunner-002', name: 'UpdateExistingAppRunnerService', category: 'existing-passrole', actions: ['apprunner:UpdateService'] },
  {
    id: 'bedrock-002',
    name: 'InvokeExistingCodeInterpreter',
    category: 'existing-passrole',
    actions: ['bedrock-agentcore:StartCodeInterpreterSession', 'bedrock-agentcore:InvokeCodeInterpreter'],
  },
  { id: 'rhino-25', name: 'CodeStarProjectWithTeamMember', category: 'existing-passrole', actions: ['codestar:CreateProject', 'codestar:AssociateTeamMember'] },
  { id: 'prowler-batch-submit', name: 'SubmitExistingBatchJob', category: 'existing-passrole', actions: ['batch:SubmitJob'] },
  {
    id: 'prowler-codedeploy',
    name: 'DeployToExistingApplication',
    category: 'existing-passrole',
    actions: ['codedeploy:CreateDeployment', 'codedeploy:RegisterApplicationRevision', 'codedeploy:GetDeploymentConfig'],
  },
];

/** What the escalation analysis needs besides the principal: trust policies, to judge which roles can be passed where. */
export interface EscalationContext {
  effective: Effective;
}

/** AWS owns these ARNs (AWS-managed policies): no customer can change them, so a grant on them opens nothing. */
const AWS_OWNED = /^arn:aws[a-z-]*:iam::aws:/;

/**
 * Whether an Allow reaches targets worth attacking: every resource, or an ARN pattern (a wildcard may match the
 * privileged target), unless all of it lies in the AWS-owned namespace. A list of named resources is taken as
 * the intended targets (the reference tools' reading), as are unconditional allows with narrowing conditions.
 */
function reachesAttackableTargets(s: EffectiveStatement): boolean {
  if (Object.keys(s.conditions).length > 0) return false;
  if (reachesAllResources(s)) return true;
  const open = s.resources.filter((r) => isUnresolvedText(r) || hasWildcard(r));
  return open.some((r) => !AWS_OWNED.test(r));
}

/** Services an `iam:PassedToService` condition allows (undefined: no such condition). */
function passedToServices(s: EffectiveStatement): string[] | undefined {
  let found: string[] | undefined;
  for (const [operator, byKey] of Object.entries(s.conditions)) {
    for (const [key, values] of Object.entries(byKey)) {
      if (key.toLowerCase() !== 'iam:passedtoservice' || !/^String(Equals|Like)(IgnoreCase)?$/.test(operator)) return undefined;
      found = [...(found ?? []), ...values];
    }
  }
  return found;
}

/** Only `iam:PassedToService` narrows the statement: the remaining conditions make it unusable for the analysis. */
function onlyPassedToServiceConditions(s: EffectiveStatement): boolean {
  return Object.values(s.conditions).every((byKey) => Object.keys(byKey).every((k) => k.toLowerCase() === 'iam:passedtoservice'));
}

/** The role name an ARN pattern names (`arn:aws:iam::1:role/path/name` -> `name`), or undefined for `*`. */
function roleNamePattern(resource: string): string | undefined {
  const m = /^arn:[^:]*:iam::[^:]*:role\/(?:.*\/)?([^/]+)$/.exec(resource);
  return m?.[1];
}

export interface PassableRole {
  /** A role of the scan, or `(any role)` / the ARN pattern as written when it names roles outside the scan. */
  role: string;
  declared: boolean;
}

/**
 * Roles the statement lets the principal pass to one of the services: declared roles whose trust policy admits
 * the service, or roles outside the scan (whose trust is unknown) when the statement reaches any role (`*`, a
 * pattern that matches no declared role, an unevaluated ARN).
 */
export function passableRoles(s: EffectiveStatement, services: readonly string[], effective: Effective): PassableRole[] {
  const allowed = passedToServices(s);
  if (!onlyPassedToServiceConditions(s)) return [];
  if (allowed && !services.some((svc) => allowed.some((a) => wildcardRegex(a).test(svc)))) return [];
  const trusting = rolesTrusting(effective, services);
  const out: PassableRole[] = [];
  if (s.notResources.length > 0 || isWildcardPassTarget(s.resources)) {
    for (const role of trusting) out.push({ role, declared: true });
    out.push({ role: '(any role)', declared: false });
    return out;
  }
  for (const resource of s.resources) {
    if (isUnresolvedText(resource)) {
      out.push({ role: resource, declared: false });
      continue;
    }
    const name = roleNamePattern(resource);
    if (name === undefined) continue;
    const matching = declaredRolesMatching(effective, name);
    // A pattern matching no declared role reaches roles of unknown trust; a named role outside the scan is the
    // intended target, as named resources are for the other actions.
    if (matching.length === 0 && hasWildcard(name)) out.push({ role: resource, declared: false });
    for (const role of matching) if (trusting.has(role)) out.push({ role, declared: true });
  }
  return out;
}

const rolesByLowerName = new WeakMap<Effective, Map<string, string[]>>();

/** Declared roles (in declaration order) a role-name pattern matches, case-insensitively as IAM compares names. */
function declaredRolesMatching(effective: Effective, name: string): string[] {
  if (hasWildcard(name)) return [...effective.trustByRole.keys()].filter((r) => wildcardRegex(name).test(r));
  let index = rolesByLowerName.get(effective);
  if (!index) {
    index = new Map();
    for (const role of effective.trustByRole.keys()) {
      const lower = role.toLowerCase();
      const list = index.get(lower);
      if (list) list.push(role);
      else index.set(lower, [role]);
    }
    rolesByLowerName.set(effective, index);
  }
  return index.get(name.toLowerCase()) ?? [];
}

const trustingCache = new WeakMap<Effective, Map<string, Set<string>>>();

/** Declared roles whose trust policy admits one of the services (cached per scan and service list). */
function rolesTrusting(effective: Effective, services: readonly string[]): Set<string> {
  let byServices = trustingCache.get(effective);
  if (!byServices) trustingCache.set(effective, (byServices = new Map()));
  const key = services.join(',');
  let roles = byServices.get(key);
  if (!roles) {
    roles = new Set();
    for (const [role, trust] of effective.trustByRole) {
      if (trust.some((t) => t.effect === 'allow' && services.includes(t.principal.name.toLowerCase()))) roles.add(role);
    }
    byServices.set(key, roles);
  }
  return roles;
}

function isWildcardPassTarget(resources: readonly string[]): boolean {
  return resources.some((r) => r === '*' || /^arn:[^:]*:iam::[^:]*:(role\/)?\*$/.test(r) || /^arn:\*/.test(r));
}

export interface OpenMethod {
  method: EscalationMethod;
  /** The statement supplying each action, in the method's order. */
  statements: EffectiveStatement[];
  /** PassRole methods: the role that would be passed. */
  passedRole?: PassableRole;
}

function applies(method: EscalationMethod, p: PrincipalPermissions): boolean {
  if (!method.principalTypes) return true;
  return (method.principalTypes as readonly string[]).includes(p.principal.type);
}

const openCache = new WeakMap<PrincipalPermissions, OpenMethod[]>();

/** The escalation methods the principal's effective permissions open (computed once per principal). */
export function openMethods(p: PrincipalPermissions, context: EscalationContext): OpenMethod[] {
  let open = openCache.get(p);
  if (!open) {
    open = computeOpenMethods(p, context);
    openCache.set(p, open);
  }
  return open;
}

/** The services each method's actions belong to (lower case): a principal allowed none of one cannot use the method. */
const METHOD_SERVICES = new Map(ESCALATION_METHODS.map((m) => [m, [...new Set(m.actions.map((a) => serviceOf(a).toLowerCase()))]]));

function computeOpenMethods(p: PrincipalPermissions, context: EscalationContext): OpenMethod[] {
  const services = allowedServices(p);
  const supplierCache = new Map<string, EffectiveStatement | undefined>();
  const supplier = (action: string): EffectiveStatement | undefined => {
    if (!supplierCache.has(action)) supplierCache.set(action, allowingStatements(p, action).find(reachesAttackableTargets));
    return supplierCache.get(action);
  };
  const passCache = new Map<string, ReturnType<typeof passRoleSupplier>>();
  const open: OpenMethod[] = [];
  for (const method of ESCALATION_METHODS) {
    if (!applies(method, p)) continue;
    if (services !== 'any' && !METHOD_SERVICES.get(method)!.every((service) => services.has(service))) continue;
    const statements: EffectiveStatement[] = [];
    let passedRole: PassableRole | undefined;
    let ok = true;
    for (const action of method.actions) {
      if (action === PR && method.passRoleTo) {
        const servicesKey = method.passRoleTo.join(',');
        if (!passCache.has(servicesKey)) passCache.set(servicesKey, passRoleSupplier(p, method.passRoleTo, context.effective));
        const found = passCache.get(servicesKey);
        if (!found) {
          ok = false;
          break;
        }
        statements.push(found.statement);
        passedRole = found.role;
        continue;
      }
      const s = supplier(action);
      if (!s) {
        ok = false;
        break;
      }
      statements.push(s);
    }
    if (!ok) continue;
    const entry: OpenMethod = { method, statements };
    if (passedRole) entry.passedRole = passedRole;
    open.push(entry);
  }
  // Report the smallest open methods of each kind: one whose actions include those of another open method of the
  // same category adds nothing (a new-passrole path is still told apart from tampering with existing compute).
  return open.filter(
    (o) =>
      !open.some(
        (other) =>
          other !== o &&
          other.method.category === o.method.category &&
          other.method.actions.length < o.method.actions.length &&
          other.method.actions.every((a) => o.method.actions.includes(a)),
      ),
  );
}

function passRoleSupplier(
  p: PrincipalPermissions,
  services: readonly string[],
  effective: Effective,
): { statement: EffectiveStatement; role: PassableRole } | undefined {
  for (const s of allowingStatements(p, PR)) {
    const roles = passableRoles(s, services, effective);
    // A declared role known to trust the service is the most telling target.
    const role = roles.find((r) => r.declared) ?? roles[0];
    if (role) return { statement: s, role };
  }
  return undefined;
}

/** Every grant behind an open method, once. */
export function grantsOf(methods: readonly OpenMethod[]): Grant[] {
  return [...new Set(methods.flatMap((m) => m.statements.map((s) => s.grant)))];
}
