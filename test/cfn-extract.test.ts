/** CloudFormation fixtures end to end: every resource type of the issue yields grants at exact positions. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/corpus.js';
import { cloudFormationFrontEnd } from '../src/pipeline/frontends/cloudformation.js';
import type { FrontEndResult, SourceFile } from '../src/model/document.js';
import type { Grant } from '../src/model/grant.js';

const DIR = 'fixtures/cloudformation';

function file(rel: string): SourceFile {
  const p = `${DIR}/${rel}`;
  return { absPath: path.join(ROOT, p), path: p, text: readFileSync(path.join(ROOT, p), 'utf8') };
}

function scan(rel: string, extra: { parameters?: Record<string, string>; parameterFiles?: string[] } = {}): FrontEndResult {
  const f = file(rel);
  expect(cloudFormationFrontEnd.claims(f)).toBe(true);
  return cloudFormationFrontEnd.run([f], new Map(), {
    root: ROOT,
    varFiles: [],
    vars: {},
    parameters: extra.parameters ?? {},
    parameterFiles: (extra.parameterFiles ?? []).map((p) => path.join(ROOT, DIR, p)),
    debug: true,
  });
}

/** `kind principal-type:name @line:column-endLine:endColumn address` — one line per grant, for exact comparison. */
function where(g: Grant): string {
  const s = g.source;
  return `${g.kind} ${g.principal.type}:${g.principal.name} @${s.line}:${s.column}-${s.endLine}:${s.endColumn} ${s.address}`;
}

function find(result: FrontEndResult, predicate: (g: Grant) => boolean): Grant {
  const found = result.grants.filter(predicate);
  expect(found.length).toBe(1);
  return found[0]!;
}

describe('IAM identity resources (YAML)', () => {
  const result = scan('iam-identity.yaml');

  it('reports nothing wrong', () => {
    expect(result.errors).toEqual([]);
    expect(result.unresolved).toEqual([]);
  });

  it('locates every grant', () => {
    expect(result.grants.map(where)).toEqual([
      'trust-policy account:arn:${AWS::Partition}:iam::${AWS::AccountId}:root @16:13-18:35 Resources/DeployRole',
      'identity-policy role:deploy @26:17-28:49 Resources/DeployRole',
      'identity-policy role:deploy @20:11-20:54 Resources/DeployRole',
      'identity-policy role:deploy @35:13-37:26 Resources/SharedPolicy',
      'identity-policy role:deploy @47:13-49:26 Resources/AttachedPolicy',
      'identity-policy user:alice @47:13-49:26 Resources/AttachedPolicy',
      'identity-policy group:admins @47:13-49:26 Resources/AttachedPolicy',
      'identity-policy user:alice @62:17-64:30 Resources/Alice',
      'identity-policy user:alice @66:11-66:49 Resources/Alice',
      'membership user:alice @54:7-54:28 Resources/Alice',
      'credential user:alice @55:7-57:36 Resources/Alice',
      'identity-policy group:admins @71:27-71:64 Resources/Admins',
      'membership user:bob @76:7-76:19 Resources/AddBob',
      'credential user:alice @77:3-80:27 Resources/AliceKey',
      'identity-policy role:deploy @88:13-88:68 Resources/RoleInline',
      'identity-policy user:alice @96:13-96:70 Resources/UserInline',
      'identity-policy group:admins @104:13-104:63 Resources/GroupInline',
      'identity-policy role:Engineers @113:13-115:26 Resources/Engineers',
      'identity-policy role:Engineers @110:25-110:64 Resources/Engineers',
    ]);
  });

  it('joins policies to the principals they reach, with addresses', () => {
    const passRole = find(result, (g) => g.actions.includes('iam:PassRole'));
    expect(passRole.principal).toEqual({ type: 'role', name: 'deploy', address: 'Resources/DeployRole' });
    expect(passRole.details?.permissionsBoundary).toBe('arn:aws:iam::123456789012:policy/boundary');
    expect(passRole.details?.policy).toBe('shared');
    const admin = find(result, (g) => g.role === 'arn:aws:iam::aws:policy/AdministratorAccess');
    expect(admin.actions).toEqual(['*']);
    expect(admin.details?.managedPolicyLevel).toBe('admin');
    const deny = find(result, (g) => g.effect === 'deny' && g.principal.type === 'group');
    expect(deny.notActions).toEqual(['ec2:Describe*']);
    const s3 = find(result, (g) => g.details?.policy === 'inline-s3');
    expect(s3.resources).toEqual(['${Bucket.Arn}/*']);
    expect(s3.unresolved).toEqual([]);
  });

  it('reports memberships, login profiles and access keys', () => {
    const bob = find(result, (g) => g.kind === 'membership' && g.principal.name === 'bob');
    expect(bob.role).toBe('admins');
    expect(bob.details?.groupAddress).toBe('Resources/Admins');
    const login = find(result, (g) => g.details?.credentialType === 'login-profile');
    expect(login.details?.passwordResetRequired).toBe(true);
    const key = find(result, (g) => g.details?.credentialType === 'access-key');
    expect(key.principal).toEqual({ type: 'user', name: 'alice', address: 'Resources/Alice' });
  });
});

describe('resource policies (JSON)', () => {
  const result = scan('resource-policies.json');

  it('locates one grant per statement principal of every resource policy type', () => {
    expect(result.errors).toEqual([]);
    expect(result.grants.map((g) => `${g.details?.resourceType} ${where(g)}`)).toEqual([
      'AWS::S3::BucketPolicy resource-policy public:* @11:13-11:124 Resources/BucketPolicy',
      'AWS::SQS::QueuePolicy resource-policy service:sns.amazonaws.com @23:13-23:160 Resources/QueuePolicy',
      'AWS::SNS::TopicPolicy resource-policy account:111122223333 @35:13-35:131 Resources/TopicPolicy',
      'AWS::KMS::Key resource-policy account:arn:aws:iam::${AWS::AccountId}:root @45:13-45:148 Resources/Key',
      'AWS::Lambda::Permission resource-policy service:s3.amazonaws.com @51:5-54:6 Resources/InvokePermission',
      'AWS::ECR::Repository resource-policy account:arn:aws:iam::444455556666:root @60:25-60:137 Resources/Repo',
      'AWS::SecretsManager::ResourcePolicy resource-policy public:* @70:25-70:121 Resources/SecretPolicy',
      'AWS::Logs::ResourcePolicy resource-policy service:es.amazonaws.com @78:27-78:170 Resources/LogsPolicy',
      'AWS::ApiGateway::RestApi resource-policy public:* @86:25-86:126 Resources/Api',
      'AWS::OpenSearchService::Domain resource-policy public:* @95:25-95:118 Resources/Search',
    ]);
  });

  it('names what each policy protects', () => {
    const bucket = find(result, (g) => g.details?.resourceType === 'AWS::S3::BucketPolicy');
    expect(bucket.details?.attachedTo).toBe('Bucket');
    expect(bucket.details?.resourceAddress).toBe('Resources/Bucket');
    expect(bucket.resources).toEqual(['${Bucket.Arn}/*']);
    const lambda = find(result, (g) => g.details?.resourceType === 'AWS::Lambda::Permission');
    expect(lambda.actions).toEqual(['lambda:InvokeFunction']);
    expect(lambda.conditions).toEqual({ StringEquals: { 'aws:SourceAccount': ['123456789012'] } });
    expect(lambda.details?.resourceAddress).toBe('Resources/Fn');
  });
});

describe('SAM functions, state machines and APIs', () => {
  it('generates execution and event roles with every kind of Policies entry, and the API resource policy', () => {
    const result = scan('sam-function.yaml');
    expect(result.errors).toEqual([]);
    expect(result.grants.map((g) => `${where(g)} ${g.role ?? g.details?.policy}${g.details?.conditional ? ' conditional' : ''}`)).toEqual([
      'trust-policy service:lambda.amazonaws.com @11:3-32:30 Resources/Worker WorkerRole trust policy',
      'identity-policy role:WorkerRole @20:11-21:34 Resources/Worker WorkerRolePolicy2',
      'identity-policy role:WorkerRole @23:15-25:28 Resources/Worker WorkerRolePolicy3',
      'identity-policy role:WorkerRole @29:17-31:30 Resources/Worker WorkerRolePolicy4 conditional',
      'identity-policy role:WorkerRole @11:3-32:30 Resources/Worker arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      'identity-policy role:WorkerRole @18:11-18:33 Resources/Worker arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
      'identity-policy role:WorkerRole @19:11-19:50 Resources/Worker arn:aws:iam::123456789012:policy/custom',
      'resource-policy public:* @48:15-51:50 Resources/Api Api resource policy',
      'resource-policy account:111122223333 @46:32-46:48 Resources/Api Api resource policy',
      'trust-policy service:states.amazonaws.com @52:3-63:34 Resources/Flow FlowRole trust policy',
      'identity-policy role:FlowRole @57:11-58:38 Resources/Flow FlowRolePolicy0',
      'trust-policy service:events.amazonaws.com @61:11-63:34 Resources/Flow FlowNightlyRole trust policy',
      'identity-policy role:FlowNightlyRole @61:11-63:34 Resources/Flow FlowNightlyRoleStartExecutionPolicy',
    ]);
    const start = find(result, (g) => g.details?.policy === 'FlowNightlyRoleStartExecutionPolicy');
    expect(start.actions).toEqual(['states:StartExecution']);
    expect(start.resources).toEqual(['${Flow}']);
    const crud = find(result, (g) => g.details?.policy === 'WorkerRolePolicy2');
    expect(crud.principal).toEqual({ type: 'role', name: 'WorkerRole', address: 'Resources/WorkerRole' });
    expect(crud.resources).toEqual([
      'arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${Table}',
      'arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${Table}/index/*',
    ]);
    expect(crud.actions).toContain('dynamodb:PutItem');
  });

  it('decides conditions from parameter files in both shapes and from --parameters', () => {
    const conditional = (r: FrontEndResult) => r.grants.filter((g) => g.details?.policy === 'WorkerRolePolicy4').map((g) => g.details?.conditional === true);
    expect(conditional(scan('sam-function.yaml', { parameterFiles: ['params-list.json'] }))).toEqual([false]);
    expect(conditional(scan('sam-function.yaml', { parameterFiles: ['params-object.json'] }))).toEqual([]);
    expect(conditional(scan('sam-function.yaml', { parameterFiles: ['params-object.json'], parameters: { Stage: 'prod' } }))).toEqual([false]);
  });
});

describe('intrinsic functions', () => {
  const result = scan('intrinsics.yaml');

  it('resolves parameters, mappings, Sub, Join, Select and Split; keeps the rest symbolic', () => {
    const app = find(result, (g) => g.details?.policy === 'app' && g.details.statementIndex === 0);
    expect(app.actions).toEqual(['s3:GetObject', '${ExtraAction}']);
    expect(app.resources).toEqual(['arn:${AWS::Partition}:s3:::dev-data-beta/*', 'arn:aws:s3:::x', '${ImportValue(shared-bucket-arn)}']);
    expect(app.unresolved).toEqual(['ExtraAction', 'ImportValue(shared-bucket-arn)']);
    expect(where(app)).toBe('identity-policy role:AppRole @32:17-42:51 Resources/AppRole');
  });

  it('keeps both branches of an undecidable Fn::If, marked conditional, and drops false conditions', () => {
    const east = find(result, (g) => g.actions.includes('ec2:DescribeInstances'));
    expect(east.details?.conditional).toBe(true);
    expect(where(east)).toBe('identity-policy role:AppRole @45:19-47:32 Resources/AppRole');
    expect(result.grants.some((g) => g.actions.includes('iam:*'))).toBe(false);
    expect(result.grants.some((g) => g.source.address === 'Resources/ProdOnlyRole')).toBe(false);
    const prod = scan('intrinsics.yaml', { parameters: { Env: 'prod', ExtraAction: 's3:PutObject' } });
    expect(prod.grants.some((g) => g.actions.includes('iam:*'))).toBe(true);
    expect(find(prod, (g) => g.source.address === 'Resources/ProdOnlyRole').kind).toBe('trust-policy');
    const app = find(prod, (g) => g.details?.policy === 'app' && g.details.statementIndex === 0);
    expect(app.actions).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(app.resources[0]).toBe('arn:${AWS::Partition}:s3:::prod-data-beta/*');
  });
});

describe('CDK output', () => {
  it('uses aws:cdk:path as the logical address', () => {
    const result = scan('cdk.out/AppStack.template.json');
    expect(result.grants.map(where)).toEqual([
      'trust-policy service:lambda.amazonaws.com @7:25-7:126 AppStack/Handler/ServiceRole/Resource',
      'identity-policy role:HandlerServiceRoleFCDC14AE @17:25-17:81 AppStack/Handler/ServiceRole/DefaultPolicy/Resource',
    ]);
    expect(result.grants[1]!.principal.address).toBe('AppStack/Handler/ServiceRole/Resource');
  });
});

describe('files that are not templates, and broken templates', () => {
  it('does not claim Kubernetes manifests, workflows or parameter files', () => {
    for (const rel of ['not-templates/deployment.yaml', 'not-templates/workflow.yml', 'params-list.json', 'params-object.json']) {
      expect(cloudFormationFrontEnd.claims(file(rel)), rel).toBe(false);
    }
  });

  it('reports one located error per invalid template', () => {
    expect(scan('bad/invalid.yaml').errors).toEqual([
      {
        file: 'fixtures/cloudformation/bad/invalid.yaml',
        line: 6,
        column: 1,
        message: 'invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
        code: 'parse',
      },
    ]);
    expect(scan('bad/invalid.json').errors).toEqual([
      { file: 'fixtures/cloudformation/bad/invalid.json', line: 4, column: 41, message: 'invalid JSON: expected a property name in double quotes', code: 'parse' },
    ]);
  });

  it('reports unreadable parameter files as config errors and goes on', () => {
    const result = scan('sam-function.yaml', { parameterFiles: ['not-templates/deployment.yaml'] });
    expect(result.errors.map((e) => `${e.file} ${e.code}`)).toEqual(['fixtures/cloudformation/not-templates/deployment.yaml config']);
    expect(result.grants.length).toBe(13);
  });
});

describe('files in memory', () => {
  const run = (text: string, name: string) => {
    const f: SourceFile = { absPath: path.join(ROOT, name), path: name, text };
    return { claimed: cloudFormationFrontEnd.claims(f), result: cloudFormationFrontEnd.run([f], new Map(), { root: ROOT, varFiles: [], vars: {}, parameters: {}, parameterFiles: [], debug: false }) };
  };

  it('reads .template files as JSON or YAML by their first character', () => {
    const json = run('{"Resources": {"U": {"Type": "AWS::IAM::User", "Properties": {"UserName": "u"}}}, "Outputs": {}}', 'a.template');
    const yaml = run('Resources:\n  K:\n    Type: AWS::IAM::AccessKey\n    Properties:\n      UserName: u\n', 'b.template');
    expect([json.claimed, yaml.claimed]).toEqual([true, true]);
    expect(yaml.result.grants.map(where)).toEqual(['credential user:u @2:3-5:18 Resources/K']);
  });

  it('generates the SAM role under the condition that leaves a function without its given role', () => {
    const text =
      'Transform: AWS::Serverless-2016-10-31\nParameters:\n  RoleArn: {Type: String}\nConditions:\n  HasRole: !Not [!Equals ["", !Ref RoleArn]]\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Role: !If [HasRole, !Ref RoleArn, !Ref AWS::NoValue]\n      Policies: [AmazonS3ReadOnlyAccess]\n';
    const unknown = run(text, 'd.yaml').result.grants.map((g) => `${g.kind} ${g.principal.name} ${g.details?.conditional === true}`);
    expect(unknown).toEqual(['trust-policy lambda.amazonaws.com true', 'identity-policy FRole true', 'identity-policy FRole true']);
    const f: SourceFile = { absPath: path.join(ROOT, 'd.yaml'), path: 'd.yaml', text };
    const given = cloudFormationFrontEnd.run([f], new Map(), { root: ROOT, varFiles: [], vars: {}, parameters: { RoleArn: 'arn:aws:iam::1:role/r' }, parameterFiles: [], debug: false });
    expect(given.grants).toEqual([]);
  });

  it('reads each alternative of an undecidable policy document, conditionally', () => {
    const text =
      'Conditions:\n  East: !Equals [!Ref "AWS::Region", us-east-1]\nResources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]\n      ManagedPolicyArns: !If [East, [arn:aws:iam::aws:policy/ReadOnlyAccess], [arn:aws:iam::aws:policy/AdministratorAccess]]\n      Policies:\n        - PolicyName: p\n          PolicyDocument: !If\n            - East\n            - Statement: [{Effect: Allow, Action: s3:GetObject, Resource: "*"}]\n            - Statement: [{Effect: Allow, Action: s3:PutObject, Resource: "*"}]\n';
    const { result } = run(text, 'e.yaml');
    expect(result.errors).toEqual([]);
    expect(result.grants.map((g) => `${g.kind} ${g.role ?? g.actions.join(',')} ${g.details?.conditional === true}`)).toEqual([
      'trust-policy sts:AssumeRole false',
      'identity-policy s3:GetObject true',
      'identity-policy s3:PutObject true',
      'identity-policy arn:aws:iam::aws:policy/ReadOnlyAccess true',
      'identity-policy arn:aws:iam::aws:policy/AdministratorAccess true',
    ]);
  });

  it('passes grantlint comments on for inline suppressions', () => {
    const text = 'Resources:\n  K:\n    Type: AWS::IAM::AccessKey # grantlint-disable-line aws-iam-user-static-credentials\n    Properties: {UserName: u}\n';
    const { result } = run(text, 'c.yaml');
    expect(result.comments?.get('c.yaml')).toEqual([{ line: 3, column: 31, text: 'grantlint-disable-line aws-iam-user-static-credentials' }]);
  });
});

