/** CDK / CDKTF front end: grants read from TypeScript sources, with exact spans and construct paths. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { cdkFrontEnd } from '../src/pipeline/frontends/cdk.js';
import { claimsCdkSource } from '../src/pipeline/frontends/claims.js';
import { parseTypeScript } from '../src/parse/typescript/index.js';
import type { SourceFile } from '../src/model/document.js';
import type { Grant } from '../src/model/grant.js';
import { discover } from '../src/discover/index.js';
import { ROOT } from './support/corpus.js';

function scan(sources: Record<string, string>) {
  const files: SourceFile[] = Object.entries(sources).map(([p, text]) => ({ absPath: `/repo/${p}`, path: p, text }));
  const all = new Map(files.map((f) => [f.path, f]));
  return cdkFrontEnd.run(files.filter(claimsCdkSource), all, { root: '/repo', varFiles: [], vars: {}, parameters: {}, parameterFiles: [], debug: true });
}

/** The fields a test pins: who, what, on what, and exactly where. */
function brief(g: Grant) {
  const { file, line, column, endLine, endColumn, address } = g.source;
  return {
    kind: g.kind,
    principal: `${g.principal.type}:${g.principal.name}`,
    effect: g.effect,
    actions: g.actions,
    ...(g.notActions.length ? { notActions: g.notActions } : {}),
    resources: g.resources,
    ...(g.role ? { role: g.role } : {}),
    ...(Object.keys(g.conditions).length ? { conditions: g.conditions } : {}),
    at: `${file}:${line}:${column}-${endLine}:${endColumn}`,
    address,
    ...(g.unresolved.length ? { unresolved: g.unresolved } : {}),
  };
}

const HEADER = `import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
const app = new App();
const stack = new Stack(app, 'S');
`;

describe('claims', () => {
  it('claims TypeScript that imports the CDK or CDKTF libraries, nothing else', () => {
    const file = (p: string, text: string): SourceFile => ({ absPath: p, path: p, text });
    expect(claimsCdkSource(file('lib/a.ts', "import * as iam from 'aws-cdk-lib/aws-iam';"))).toBe(true);
    expect(claimsCdkSource(file('lib/b.ts', "import { Stack } from 'aws-cdk-lib';"))).toBe(true);
    expect(claimsCdkSource(file('lib/c.ts', "import { App } from 'cdktf';"))).toBe(true);
    expect(claimsCdkSource(file('lib/d.ts', "import { IamRole } from '@cdktf/provider-aws/lib/iam-role';"))).toBe(true);
    expect(claimsCdkSource(file('lib/e.ts', "const s3 = require('@aws-cdk/aws-s3');"))).toBe(true);
    expect(claimsCdkSource(file('lib/f.ts', "import x from 'aws-cdk-libx';"))).toBe(false);
    expect(claimsCdkSource(file('lib/g.d.ts', "import { Stack } from 'aws-cdk-lib';"))).toBe(false);
    expect(claimsCdkSource(file('node_modules/x/h.ts', "import { Stack } from 'aws-cdk-lib';"))).toBe(false);
    expect(claimsCdkSource(file('cdk.out/i.ts', "import { Stack } from 'aws-cdk-lib';"))).toBe(false);
    expect(claimsCdkSource(file('lib/j.js', "import { Stack } from 'aws-cdk-lib';"))).toBe(false);
  });
});

describe('parse errors', () => {
  it('reports invalid TypeScript at its position, without throwing', () => {
    expect(parseTypeScript('const a = ;\n', 'x.ts').error).toEqual({ file: 'x.ts', line: 1, column: 11, message: 'invalid TypeScript: Unexpected token', code: 'parse' });
    const result = scan({ 'bad.ts': `import * as iam from 'aws-cdk-lib/aws-iam';\nnew iam.Role(\n` });
    expect(result.grants).toEqual([]);
    expect(result.errors).toEqual([{ file: 'bad.ts', line: 3, column: 1, message: 'invalid TypeScript: Unexpected token', code: 'parse' }]);
  });
});

describe('roles and policy statements', () => {
  it('reads assumedBy, managed and inline policies, addToPolicy and grants, with spans and construct paths', () => {
    const result = scan({
      'app.ts':
        HEADER +
        `const role = new iam.Role(stack, 'Deploy', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
  inlinePolicies: { logs: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['logs:PutLogEvents'], resources: ['*'] })] }) },
});
role.addToPolicy(new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['s3:DeleteBucket'], resources: ['*'] }));
`,
    });
    expect(result.errors).toEqual([]);
    expect(result.grants.map(brief)).toEqual([
      { kind: 'trust-policy', principal: 'service:lambda.amazonaws.com', effect: 'allow', actions: ['sts:AssumeRole'], resources: [], at: 'app.ts:6:3-6:62', address: 'S/Deploy' },
      { kind: 'identity-policy', principal: 'role:S/Deploy', effect: 'allow', actions: ['logs:PutLogEvents'], resources: ['*'], at: 'app.ts:8:89-8:141', address: 'S/Deploy' },
      { kind: 'identity-policy', principal: 'role:S/Deploy', effect: 'allow', actions: [], resources: [], role: 'arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess', at: 'app.ts:7:21-7:81', address: 'S/Deploy' },
      { kind: 'identity-policy', principal: 'role:S/Deploy', effect: 'deny', actions: ['s3:DeleteBucket'], resources: ['*'], at: 'app.ts:10:42-10:117', address: 'S/Deploy/DefaultPolicy' },
    ]);
    expect(result.grants[1]!.details).toMatchObject({ policy: 'logs', inline: true, attachedTo: 'S/Deploy' });
    expect(result.grants[2]!.details).toMatchObject({ policy: 'ReadOnlyAccess', awsManaged: true, managedPolicyLevel: 'read-all' });
  });

  it('recognises every principal class', () => {
    const result = scan({
      'p.ts':
        HEADER +
        `const oidc = new iam.OpenIdConnectProvider(stack, 'Gh', { url: 'https://token.actions.githubusercontent.com' });
new iam.Role(stack, 'R', {
  assumedBy: new iam.CompositePrincipal(
    new iam.ServicePrincipal('ec2.amazonaws.com'),
    new iam.AccountPrincipal('111122223333'),
    new iam.ArnPrincipal('arn:aws:iam::111122223333:role/ci'),
    new iam.AnyPrincipal(),
    new iam.AccountRootPrincipal(),
  ),
});
new iam.Role(stack, 'F', { assumedBy: new iam.FederatedPrincipal('cognito-identity.amazonaws.com', { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'pool' } }, 'sts:AssumeRoleWithWebIdentity') });
new iam.Role(stack, 'W', { assumedBy: new iam.WebIdentityPrincipal('accounts.google.com') });
new iam.Role(stack, 'O', { assumedBy: new iam.OpenIdConnectPrincipal(oidc, { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/*' } }) });
`,
    });
    expect(result.grants.map((g) => [g.principal.type, g.principal.name, g.actions.join(','), g.source.address, g.source.line, g.source.column])).toEqual([
      ['service', 'ec2.amazonaws.com', 'sts:AssumeRole', 'S/R', 7, 3],
      ['account', 'arn:${AWS::Partition}:iam::111122223333:root', 'sts:AssumeRole', 'S/R', 7, 3],
      ['role', 'arn:aws:iam::111122223333:role/ci', 'sts:AssumeRole', 'S/R', 7, 3],
      ['public', '*', 'sts:AssumeRole', 'S/R', 7, 3],
      ['account', 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root', 'sts:AssumeRole', 'S/R', 7, 3],
      ['federated', 'cognito-identity.amazonaws.com', 'sts:AssumeRoleWithWebIdentity', 'S/F', 15, 28],
      ['federated', 'accounts.google.com', 'sts:AssumeRoleWithWebIdentity', 'S/W', 16, 28],
      ['federated', '${S/Gh}', 'sts:AssumeRoleWithWebIdentity', 'S/O', 17, 28],
    ]);
    expect(result.grants[5]!.conditions).toEqual({ StringEquals: { 'cognito-identity.amazonaws.com:aud': ['pool'] } });
    expect(result.grants[7]!.conditions).toEqual({ StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:acme/*'] } });
  });

  it('reads Policy, ManagedPolicy, attachInlinePolicy, addManagedPolicy, permissionsBoundary and users/groups', () => {
    const result = scan({
      'm.ts':
        HEADER +
        `const boundary = iam.ManagedPolicy.fromManagedPolicyName(stack, 'B', 'boundary');
const role = new iam.Role(stack, 'R', { assumedBy: new iam.AccountRootPrincipal(), permissionsBoundary: boundary });
const user = new iam.User(stack, 'U', { userName: 'alice' });
const policy = new iam.Policy(stack, 'P', { statements: [new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] })] });
role.attachInlinePolicy(policy);
const managed = new iam.ManagedPolicy(stack, 'M', { managedPolicyName: 'ops', statements: [new iam.PolicyStatement({ actions: ['ec2:*'], resources: ['*'] })] });
user.addManagedPolicy(managed);
new iam.Policy(stack, 'Loose', { statements: [new iam.PolicyStatement({ actions: ['sns:*'], resources: ['*'] })] });
`,
    });
    expect(result.grants.filter((g) => g.kind === 'identity-policy').map(brief)).toEqual([
      { kind: 'identity-policy', principal: 'user:alice', effect: 'allow', actions: ['ec2:*'], resources: ['*'], at: 'm.ts:10:116-10:156', address: 'S/M' },
      { kind: 'identity-policy', principal: 'role:S/R', effect: 'allow', actions: ['sqs:*'], resources: ['*'], at: 'm.ts:8:82-8:122', address: 'S/P' },
      { kind: 'identity-policy', principal: 'unknown:(unattached)', effect: 'allow', actions: ['sns:*'], resources: ['*'], at: 'm.ts:12:71-12:111', address: 'S/Loose' },
    ]);
    const trust = result.grants.find((g) => g.kind === 'trust-policy')!;
    expect(trust.principal).toEqual({ type: 'account', name: 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' });
    const roleGrant = result.grants.find((g) => g.source.address === 'S/P')!;
    expect(roleGrant.details).toMatchObject({ inline: true, policy: 'S/P' });
    expect(result.grants.find((g) => g.principal.name === 'alice')!.details).toMatchObject({ attachment: 'S/U', policy: 'ops' });
    const boundaryRole = scan({
      'b.ts': HEADER + `new iam.Role(stack, 'R', { assumedBy: new iam.AccountRootPrincipal(), permissionsBoundary: iam.ManagedPolicy.fromManagedPolicyName(stack, 'B', 'boundary') });\n`,
    });
    expect(boundaryRole.grants).toHaveLength(1);
    expect(boundaryRole.grants[0]!.details?.roleAddress).toBe('S/R');
  });
});

describe('grant methods and resource policies', () => {
  it('turns grant* calls into the facts table statements at the call', () => {
    const result = scan({
      'g.ts':
        HEADER +
        `import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
const bucket = new s3.Bucket(stack, 'Data');
bucket.grantPut(role, 'uploads/*');
const queue = new sqs.Queue(stack, 'Q');
queue.grantSendMessages(new iam.ServicePrincipal('events.amazonaws.com'));
bucket.addToResourcePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], principals: [role], resources: [bucket.arnForObjects('*')] }));
`,
    });
    expect(result.grants.map(brief)).toEqual([
      { kind: 'trust-policy', principal: 'service:ecs-tasks.amazonaws.com', effect: 'allow', actions: ['sts:AssumeRole'], resources: [], at: 'g.ts:7:41-7:103', address: 'S/R' },
      {
        kind: 'identity-policy',
        principal: 'role:S/R',
        effect: 'allow',
        actions: ['s3:PutObject', 's3:PutObjectLegalHold', 's3:PutObjectRetention', 's3:PutObjectTagging', 's3:PutObjectVersionTagging', 's3:Abort*'],
        resources: ['${S/Data.Arn}/uploads/*'],
        at: 'g.ts:9:1-9:35',
        address: 'S/R/DefaultPolicy',
      },
      { kind: 'resource-policy', principal: 'role:S/R', effect: 'allow', actions: ['s3:GetObject'], resources: ['${S/Data.Arn}/*'], at: 'g.ts:12:52-12:141', address: 'S/Data/Policy' },
      {
        kind: 'resource-policy',
        principal: 'service:events.amazonaws.com',
        effect: 'allow',
        actions: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
        resources: ['${S/Q.Arn}'],
        at: 'g.ts:11:1-11:74',
        address: 'S/Q/Policy',
      },
    ]);
    expect(result.grants[1]!.details).toMatchObject({ grantMethod: 'Bucket.grantPut', attachedTo: 'S/R' });
    expect(result.grants[2]!.details).toMatchObject({ resourceType: 'AWS::S3::BucketPolicy', resourceAddress: 'S/Data', attachedTo: 'S/Data' });
  });
});

describe('values', () => {
  it('resolves consts, template literals, spread and relative imports; keeps the text of what it cannot', () => {
    const result = scan({
      'lib/names.ts': `export const BUCKET = 'acme-logs';\nexport const ACTIONS = ['s3:GetObject'];\n`,
      'lib/stack.ts': `import { Stack, StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { BUCKET, ACTIONS } from './names';
const base = { actions: [...ACTIONS, 's3:ListBucket'] };
export class LogStack extends Stack {
  constructor(scope: any, id: string, props: StackProps & { extra: string[] }) {
    super(scope, id, props);
    const role = new iam.Role(this, 'Reader', { assumedBy: new iam.AccountRootPrincipal() });
    role.addToPolicy(new iam.PolicyStatement({ ...base, resources: [\`arn:aws:s3:::\${BUCKET}/\${this.region}/*\`] }));
    role.addToPolicy(new iam.PolicyStatement({ actions: props.extra, resources: [lookupArn()] }));
  }
}
`,
    });
    expect(result.errors).toEqual([]);
    expect(result.grants.filter((g) => g.kind === 'identity-policy').map(brief)).toEqual([
      {
        kind: 'identity-policy',
        principal: 'role:LogStack/Reader',
        effect: 'allow',
        actions: ['s3:GetObject', 's3:ListBucket'],
        resources: ['arn:aws:s3:::acme-logs/${AWS::Region}/*'],
        at: 'lib/stack.ts:9:46-9:113',
        address: 'LogStack/Reader/DefaultPolicy',
      },
      {
        kind: 'identity-policy',
        principal: 'role:LogStack/Reader',
        effect: 'allow',
        actions: ['${props.extra}'],
        resources: ['${lookupArn()}'],
        at: 'lib/stack.ts:10:46-10:96',
        address: 'LogStack/Reader/DefaultPolicy',
        unresolved: ['props.extra', 'lookupArn()'],
      },
    ]);
  });

  it('follows the app to name stacks by their id, and reads JSON.stringify policies of CDKTF resources', () => {
    const found = discover({ paths: ['fixtures/cdk/cdktf'], cwd: ROOT });
    const all = new Map(found.files.map((f) => [f.path, f]));
    const result = cdkFrontEnd.run(found.files.filter(claimsCdkSource), all, { root: ROOT, varFiles: [], vars: {}, parameters: {}, parameterFiles: [], debug: true });
    expect(result.errors).toEqual([]);
    expect(result.grants.map((g) => [g.cloud, g.kind, `${g.principal.type}:${g.principal.name}`, g.actions.join(','), g.role ?? '', `${path.basename(g.source.file)}:${g.source.line}:${g.source.column}`, g.source.address, g.source.format])).toEqual([
      ['aws', 'trust-policy', 'service:ec2.amazonaws.com', 'sts:AssumeRole', '', 'main.ts:20:19', 'aws_iam_role.app', 'cdk'],
      ['aws', 'identity-policy', 'role:app', 'logs:CreateLogStream,logs:PutLogEvents', '', 'main.ts:28:21', 'aws_iam_role_policy.app_logs', 'cdk'],
      ['aws', 'identity-policy', 'role:app', '*', '', 'main.ts:33:66', 'aws_iam_policy.admin', 'cdk'],
      ['gcp', 'iam-member', 'service-account:serviceAccount:ci@acme-prod.iam.gserviceaccount.com', '', 'roles/owner', 'main.ts:37:117', 'google_project_iam_member.ci_owner', 'cdk'],
      ['azure', 'role-assignment', 'unknown:11111111-1111-1111-1111-111111111111', '', 'Contributor', 'main.ts:40:7', 'azurerm_role_assignment.ops_contributor', 'cdk'],
    ]);
  });
});

describe('imported identities and functions', () => {
  it('attaches grants to imported roles and to the role a function creates', () => {
    const result = scan({
      'i.ts':
        HEADER +
        `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
const ext = iam.Role.fromRoleArn(stack, 'Ext', 'arn:aws:iam::111122223333:role/reporting');
const topic = new sns.Topic(stack, 'T');
topic.grantPublish(ext);
const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: lambda.Code.fromInline('x') });
topic.grantSubscribe(fn.grantPrincipal);
`,
    });
    expect(result.grants.map(brief)).toEqual([
      { kind: 'identity-policy', principal: 'role:arn:aws:iam::111122223333:role/reporting', effect: 'allow', actions: ['sns:Publish'], resources: ['${S/T}'], at: 'i.ts:9:1-9:24', address: 'S/Ext/Policy' },
      { kind: 'trust-policy', principal: 'service:lambda.amazonaws.com', effect: 'allow', actions: ['sts:AssumeRole'], resources: [], at: 'i.ts:10:12-10:136', address: 'S/Fn/ServiceRole' },
      {
        kind: 'identity-policy',
        principal: 'role:S/Fn/ServiceRole',
        effect: 'allow',
        actions: [],
        resources: [],
        role: 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
        at: 'i.ts:10:12-10:136',
        address: 'S/Fn/ServiceRole',
      },
      { kind: 'identity-policy', principal: 'role:S/Fn/ServiceRole', effect: 'allow', actions: ['sns:Subscribe'], resources: ['${S/T}'], at: 'i.ts:11:1-11:40', address: 'S/Fn/ServiceRole/DefaultPolicy' },
    ]);
  });
});

describe('programs it cannot follow', () => {
  it('stops at recursion and keeps the text of what it does not know', () => {
    const result = scan({
      'r.ts':
        HEADER +
        `function loop(n: number): string[] { return loop(n + 1); }
class Nest extends Stack { constructor(scope: any, id: string) { super(scope, id); new Nest(this, 'Again'); } }
new Nest(app, 'N');
const role = new iam.Role(stack, 'R', { assumedBy: someFactory() });
role.addToPolicy(new iam.PolicyStatement({ actions: loop(0), resources: ['*'] }));
`,
    });
    expect(result.errors).toEqual([]);
    expect(result.unresolved).toEqual([{ span: { file: 'r.ts', line: 8, column: 52, endLine: 8, endColumn: 65, address: 'S/R' }, expr: 'someFactory()', reason: 'trusted principal could not be evaluated' }]);
    expect(result.grants.map((g) => [g.actions, g.unresolved, g.source.address])).toEqual([[['${loop(0)}'], ['loop(0)'], 'S/R/DefaultPolicy']]);
  });
});
