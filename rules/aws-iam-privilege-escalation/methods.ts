/**
 * Known AWS privilege-escalation paths and the actions each needs (Rhino Security Labs' 21 methods, as reproduced by
 * Parliament and Cloudsplaining, plus the PassRole paths of BishopFox iam-vulnerable). Following Cloudsplaining, the
 * `sts:AssumeRole` co-requirement of the role-policy paths is dropped: a role trusted by a service can be used without it.
 */
export interface EscalationMethod {
  name: string;
  actions: readonly string[];
}

export const ESCALATION_METHODS: readonly EscalationMethod[] = [
  { name: 'CreateNewPolicyVersion', actions: ['iam:CreatePolicyVersion'] },
  { name: 'SetExistingDefaultPolicyVersion', actions: ['iam:SetDefaultPolicyVersion'] },
  { name: 'CreateAccessKey', actions: ['iam:CreateAccessKey'] },
  { name: 'CreateLoginProfile', actions: ['iam:CreateLoginProfile'] },
  { name: 'UpdateLoginProfile', actions: ['iam:UpdateLoginProfile'] },
  { name: 'AttachUserPolicy', actions: ['iam:AttachUserPolicy'] },
  { name: 'AttachGroupPolicy', actions: ['iam:AttachGroupPolicy'] },
  { name: 'AttachRolePolicy', actions: ['iam:AttachRolePolicy'] },
  { name: 'PutUserPolicy', actions: ['iam:PutUserPolicy'] },
  { name: 'PutGroupPolicy', actions: ['iam:PutGroupPolicy'] },
  { name: 'PutRolePolicy', actions: ['iam:PutRolePolicy'] },
  { name: 'AddUserToGroup', actions: ['iam:AddUserToGroup'] },
  { name: 'UpdateRolePolicyToAssumeIt', actions: ['iam:UpdateAssumeRolePolicy'] },
  { name: 'CreateEC2WithExistingInstanceProfile', actions: ['iam:PassRole', 'ec2:RunInstances'] },
  { name: 'PassExistingRoleToNewLambdaThenInvoke', actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'] },
  { name: 'PassExistingRoleToNewLambdaThenTrigger', actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'] },
  { name: 'EditExistingLambdaFunctionWithRole', actions: ['lambda:UpdateFunctionCode'] },
  { name: 'PassExistingRoleToNewGlueDevEndpoint', actions: ['iam:PassRole', 'glue:CreateDevEndpoint'] },
  { name: 'UpdateExistingGlueDevEndpoint', actions: ['glue:UpdateDevEndpoint'] },
  { name: 'PassExistingRoleToCloudFormation', actions: ['iam:PassRole', 'cloudformation:CreateStack'] },
  { name: 'PassExistingRoleToNewDataPipeline', actions: ['iam:PassRole', 'datapipeline:CreatePipeline'] },
  { name: 'PassRoleToNewCodeBuildProject', actions: ['iam:PassRole', 'codebuild:CreateProject', 'codebuild:StartBuild'] },
  { name: 'PassRoleToNewSageMakerNotebook', actions: ['iam:PassRole', 'sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl'] },
  { name: 'PassRoleToNewSageMakerTrainingJob', actions: ['iam:PassRole', 'sagemaker:CreateTrainingJob'] },
  { name: 'PassRoleToNewSageMakerProcessingJob', actions: ['iam:PassRole', 'sagemaker:CreateProcessingJob'] },
];
