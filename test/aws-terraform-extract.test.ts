import { describe, expect, it } from 'vitest';
import type { Grant } from '../src/model/grant.js';
import type { SourceSpan } from '../src/model/span.js';
import type { TfResource } from '../src/evaluate/terraform/model.js';
import type { ObjectValue, StringValue, UnknownValue, Value } from '../src/evaluate/value.js';
import { extractAwsFromTerraform } from '../src/extract/aws/terraform.js';

const FILE = 'infra/iam.tf';
const sp = (line: number, column: number, endLine: number, endColumn: number): SourceSpan => ({ file: FILE, line, column, endLine, endColumn });
const s = (value: string, span?: SourceSpan): StringValue => (span ? { kind: 'string', value, span } : { kind: 'string', value });
const list = (...items: Value[]): Value => ({ kind: 'list', items });
const obj = (entries: Record<string, Value>, span?: SourceSpan): ObjectValue => ({ kind: 'object', entries: new Map(Object.entries(entries)), ...(span ? { span } : {}) });
const strings = (...values: string[]) => list(...values.map((v) => s(v)));

/** `aws_iam_role.r.name` / `data.aws_iam_policy_document.d.json` as the evaluator gives them. */
function ref(expr: string, span?: SourceSpan): UnknownValue {
  const parts = expr.split('.');
  const cut = parts[0] === 'data' ? 3 : 2;
  const address = parts.slice(0, cut).join('.');
  return { kind: 'unknown', expr, ref: { address, attribute: parts.slice(cut).join('.') }, reason: 'computed-attribute', ...(span ? { span } : {}) };
}

interface ResOptions {
  mode?: 'managed' | 'data';
  modulePath?: string;
  key?: string | number;
  span?: SourceSpan;
  attrSpans?: Record<string, SourceSpan>;
}

function res(type: string, name: string, body: Record<string, Value>, o: ResOptions = {}): TfResource {
  const mode = o.mode ?? 'managed';
  const local = `${mode === 'data' ? 'data.' : ''}${type}.${name}`;
  const baseAddress = o.modulePath ? `${o.modulePath}.${local}` : local;
  const address = o.key === undefined ? baseAddress : `${baseAddress}[${typeof o.key === 'string' ? JSON.stringify(o.key) : o.key}]`;
  const r: TfResource = {
    mode,
    type,
    name,
    address,
    baseAddress,
    modulePath: o.modulePath ?? '',
    span: o.span ?? sp(1, 1, 1, 2),
    body: new Map(Object.entries(body)),
    attrSpans: new Map(Object.entries(o.attrSpans ?? {})),
  };
  if (o.key !== undefined) r.instanceKey = o.key;
  return r;
}

/** The parts of a grant a table test compares. */
const summary = (g: Grant) => ({
  kind: g.kind,
  principal: g.principal,
  effect: g.effect,
  actions: g.actions,
  ...(g.notActions.length ? { notActions: g.notActions } : {}),
  resources: g.resources,
  ...(g.role ? { role: g.role } : {}),
  ...(Object.keys(g.conditions).length ? { conditions: g.conditions } : {}),
  ...(g.unresolved.length ? { unresolved: g.unresolved } : {}),
  at: `${g.source.address} ${g.source.line}:${g.source.column}-${g.source.endLine}:${g.source.endColumn}`,
  details: g.details,
});

const TRUST_HEREDOC = [
  '{',
  '  "Version": "2012-10-17",',
  '  "Statement": [',
  '    {',
  '      "Effect": "Allow",',
  '      "Principal": { "Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" },',
  '      "Action": "sts:AssumeRoleWithWebIdentity",',
  '      "Condition": { "StringLike": { "token.actions.githubusercontent.com:sub": "repo:acme/*" } }',
  '    }',
  '  ]',
  '}',
];

describe('identity policies', () => {
  // main.tf:
  //  1 resource "aws_iam_role" "deploy" {
  //  2   name = "deploy"
  //  3   assume_role_policy = <<EOF
  //  4..14 heredoc body, 15 EOF
  const role = res(
    'aws_iam_role',
    'deploy',
    { name: s('deploy'), assume_role_policy: { kind: 'string', value: TRUST_HEREDOC.map((l) => l + '\n').join(''), span: sp(3, 24, 15, 4) } },
    { span: sp(1, 1, 16, 2), attrSpans: { name: sp(2, 3, 2, 18), assume_role_policy: sp(3, 3, 15, 4) } },
  );
  const doc = res(
    'aws_iam_policy_document',
    'deploy',
    {
      statement: list(
        obj({ sid: s('Deploy'), actions: strings('s3:PutObject', 's3:PutObjcet'), resources: list(s('${aws_s3_bucket.site.arn}/*', undefined)) }, sp(20, 3, 23, 4)),
        obj(
          {
            effect: s('Deny'),
            not_actions: strings('s3:*'),
            resources: strings('*'),
            condition: list(obj({ test: s('Bool'), variable: s('aws:SecureTransport'), values: strings('false') })),
          },
          sp(24, 3, 32, 4),
        ),
      ),
    },
    { mode: 'data', span: sp(19, 1, 33, 2), attrSpans: { statement: sp(20, 3, 23, 4) } },
  );
  const inline = res('aws_iam_role_policy', 'deploy', { name: s('deploy-s3'), role: ref('aws_iam_role.deploy.id'), policy: ref('data.aws_iam_policy_document.deploy.json') }, {
    span: sp(35, 1, 39, 2),
    attrSpans: { policy: sp(38, 3, 38, 55) },
  });
  const admin = res('aws_iam_role_policy_attachment', 'admin', { role: s('deploy'), policy_arn: s('arn:aws:iam::aws:policy/AdministratorAccess', sp(43, 16, 43, 61)) }, {
    span: sp(41, 1, 44, 2),
  });

  const { grants, errors, unresolved } = extractAwsFromTerraform([role, doc, inline, admin]);

  it('reads the heredoc trust policy with the statement span', () => {
    expect(errors).toEqual([]);
    expect(unresolved).toEqual([]);
    const trust = grants.filter((g) => g.kind === 'trust-policy').map(summary);
    expect(trust).toEqual([
      {
        kind: 'trust-policy',
        principal: { type: 'federated', name: 'token.actions.githubusercontent.com' },
        effect: 'allow',
        actions: ['sts:AssumeRoleWithWebIdentity'],
        resources: [],
        conditions: { StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:acme/*'] } },
        at: 'aws_iam_role.deploy 7:5-12:6',
        details: {
          roleAddress: 'aws_iam_role.deploy',
          statementIndex: 0,
          policy: 'deploy trust policy',
          attachedTo: 'deploy',
          trustedBy: 'sts:AssumeRoleWithWebIdentity',
          principalText: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
          policyVersion: '2012-10-17',
        },
      },
    ]);
  });

  it('follows role and document references of an inline role policy', () => {
    const inlineGrants = grants.filter((g) => g.source.address === 'aws_iam_role_policy.deploy').map(summary);
    const principal = { type: 'role', name: 'deploy', address: 'aws_iam_role.deploy' };
    expect(inlineGrants).toEqual([
      {
        kind: 'identity-policy',
        principal,
        effect: 'allow',
        actions: ['s3:PutObject', 's3:PutObjcet'],
        resources: ['${aws_s3_bucket.site.arn}/*'],
        at: 'aws_iam_role_policy.deploy 20:3-23:4',
        details: {
          inline: true,
          policyDocument: 'data.aws_iam_policy_document.deploy',
          statementIndex: 0,
          policy: 'deploy-s3',
          sid: 'Deploy',
          attachedTo: 'deploy',
          unknownActions: ['s3:PutObjcet'],
          policyVersion: '2012-10-17',
        },
      },
      {
        kind: 'identity-policy',
        principal,
        effect: 'deny',
        actions: [],
        notActions: ['s3:*'],
        resources: ['*'],
        conditions: { Bool: { 'aws:SecureTransport': ['false'] } },
        at: 'aws_iam_role_policy.deploy 24:3-32:4',
        details: { inline: true, policyDocument: 'data.aws_iam_policy_document.deploy', statementIndex: 1, policy: 'deploy-s3', attachedTo: 'deploy', policyVersion: '2012-10-17' },
      },
    ]);
  });

  it('gives AWS-managed attachments the policy facts and the attachment span', () => {
    const managed = grants.filter((g) => g.source.address === 'aws_iam_role_policy_attachment.admin').map(summary);
    expect(managed).toEqual([
      {
        kind: 'identity-policy',
        principal: { type: 'role', name: 'deploy', address: 'aws_iam_role.deploy' },
        effect: 'allow',
        actions: ['*'],
        resources: ['*'],
        role: 'arn:aws:iam::aws:policy/AdministratorAccess',
        at: 'aws_iam_role_policy_attachment.admin 43:16-43:61',
        details: { policy: 'AdministratorAccess', attachment: 'aws_iam_role_policy_attachment.admin', attachedTo: 'deploy', awsManaged: true, managedPolicyLevel: 'admin' },
      },
    ]);
  });

  it('uses the referenced document only once (no unattached copy)', () => {
    expect(grants.filter((g) => g.source.address === 'data.aws_iam_policy_document.deploy')).toEqual([]);
    expect(grants).toHaveLength(4);
  });
});

describe('customer-managed policies and attachments', () => {
  const policyBody = (name: string) => ({
    name: s(name),
    policy: obj({ Version: s('2012-10-17'), Statement: list(obj({ Effect: s('Allow'), Action: s('iam:PassRole'), Resource: s('*') }, sp(5, 7, 9, 8))) }, sp(3, 21, 11, 5)),
  });
  const ci = res('aws_iam_policy', 'ci', policyBody('ci-pass-role'), { span: sp(1, 1, 12, 2), attrSpans: { policy: sp(3, 3, 11, 5) } });
  const lonely = res('aws_iam_policy', 'lonely', policyBody('lonely'), { span: sp(1, 1, 12, 2) });
  const role = res('aws_iam_role', 'ci', { name_prefix: s('ci-'), permissions_boundary: s('arn:aws:iam::111122223333:policy/boundary') });
  const user = res('aws_iam_user', 'bob', { name: s('bob') });
  const group = res('aws_iam_group', 'ops', { name: s('ops') });
  const exclusive = res(
    'aws_iam_policy_attachment',
    'ci',
    { name: s('ci'), roles: list(ref('aws_iam_role.ci.name')), users: list(s('bob')), groups: list(ref('aws_iam_group.ops.name')), policy_arn: ref('aws_iam_policy.ci.arn') },
    { span: sp(20, 1, 26, 2) },
  );
  const membership = res('aws_iam_group_membership', 'ops', { name: s('ops-members'), group: ref('aws_iam_group.ops.name'), users: list(ref('aws_iam_user.bob.name'), s('alice')) }, { span: sp(30, 1, 34, 2) });
  const key = res('aws_iam_access_key', 'bob', { user: ref('aws_iam_user.bob.name'), pgp_key: s('keybase:bob') }, { span: sp(40, 1, 43, 2) });
  const login = res('aws_iam_user_login_profile', 'bob', { user: s('bob') }, { span: sp(45, 1, 47, 2) });
  const { grants, errors, unresolved } = extractAwsFromTerraform([ci, lonely, role, user, group, exclusive, membership, key, login]);

  it('gives a grant per attached principal, marked authoritative, with group members', () => {
    expect(errors).toEqual([]);
    expect(unresolved).toEqual([]);
    const attached = grants.filter((g) => g.source.address === 'aws_iam_policy.ci').map((g) => [g.principal, g.details]);
    const details = (attachedTo: string) => ({ attachment: 'aws_iam_policy_attachment.ci', authoritative: true, statementIndex: 0, policy: 'ci-pass-role', attachedTo, policyVersion: '2012-10-17' });
    expect(attached).toEqual([
      [{ type: 'role', name: 'aws_iam_role.ci', address: 'aws_iam_role.ci' }, { ...details('aws_iam_role.ci'), permissionsBoundary: 'arn:aws:iam::111122223333:policy/boundary' }],
      [{ type: 'user', name: 'bob', address: 'aws_iam_user.bob' }, details('bob')],
      [{ type: 'group', name: 'ops', address: 'aws_iam_group.ops' }, { ...details('ops'), members: ['bob', 'alice'] }],
    ]);
    expect(grants.find((g) => g.source.address === 'aws_iam_policy.ci')!.source).toEqual({ ...sp(5, 7, 9, 8), address: 'aws_iam_policy.ci', format: 'terraform' });
  });

  it('marks an unattached policy', () => {
    const g = grants.filter((x) => x.source.address === 'aws_iam_policy.lonely');
    expect(g.map((x) => [x.principal, x.details])).toEqual([[{ type: 'unknown', name: '(unattached)' }, { unattached: true, statementIndex: 0, policy: 'lonely', policyVersion: '2012-10-17' }]]);
  });

  it('extracts memberships and credentials', () => {
    const rest = grants.filter((g) => g.kind === 'membership' || g.kind === 'credential').map(summary);
    expect(rest).toEqual([
      {
        kind: 'membership',
        principal: { type: 'user', name: 'bob', address: 'aws_iam_user.bob' },
        effect: 'allow',
        actions: [],
        resources: [],
        role: 'ops',
        at: 'aws_iam_group_membership.ops 30:1-34:2',
        details: { attachedTo: 'ops', members: ['bob', 'alice'], authoritative: true, groupAddress: 'aws_iam_group.ops' },
      },
      {
        kind: 'membership',
        principal: { type: 'user', name: 'alice' },
        effect: 'allow',
        actions: [],
        resources: [],
        role: 'ops',
        at: 'aws_iam_group_membership.ops 30:1-34:2',
        details: { attachedTo: 'ops', members: ['bob', 'alice'], authoritative: true, groupAddress: 'aws_iam_group.ops' },
      },
      {
        kind: 'credential',
        principal: { type: 'user', name: 'bob', address: 'aws_iam_user.bob' },
        effect: 'allow',
        actions: [],
        resources: [],
        at: 'aws_iam_access_key.bob 40:1-43:2',
        details: { credentialType: 'access-key', encrypted: true },
      },
      {
        kind: 'credential',
        principal: { type: 'user', name: 'bob', address: 'aws_iam_user.bob' },
        effect: 'allow',
        actions: [],
        resources: [],
        at: 'aws_iam_user_login_profile.bob 45:1-47:2',
        details: { credentialType: 'login-profile' },
      },
    ]);
  });
});

describe('policy document data sources', () => {
  const base = res(
    'aws_iam_policy_document',
    'base',
    {
      statement: list(
        obj({ sid: s('Read'), actions: strings('s3:GetObject'), resources: strings('*') }, sp(2, 3, 5, 4)),
        obj({ sid: s('Write'), actions: strings('s3:PutObject'), resources: strings('*') }, sp(6, 3, 9, 4)),
      ),
    },
    { mode: 'data', span: sp(1, 1, 10, 2) },
  );
  const extra = res('aws_iam_policy_document', 'extra', { statement: list(obj({ sid: s('Write'), actions: strings('s3:DeleteObject'), resources: strings('*') }, sp(13, 3, 16, 4))) }, {
    mode: 'data',
    span: sp(12, 1, 17, 2),
  });
  const merged = res(
    'aws_iam_policy_document',
    'merged',
    {
      source_policy_documents: list(ref('data.aws_iam_policy_document.base.json')),
      override_policy_documents: list(ref('data.aws_iam_policy_document.extra.json')),
      statement: list(
        obj({ sid: s('Read'), actions: strings('s3:GetObjectVersion'), resources: strings('*') }, sp(22, 3, 25, 4)),
        obj(
          {
            actions: strings('sqs:SendMessage'),
            resources: strings('*'),
            principals: list(obj({ type: s('AWS'), identifiers: list(ref('aws_iam_role.worker.arn')) }), obj({ type: s('Service'), identifiers: strings('sns.amazonaws.com') })),
          },
          sp(26, 3, 33, 4),
        ),
      ),
    },
    { mode: 'data', span: sp(19, 1, 34, 2) },
  );
  const worker = res('aws_iam_role', 'worker', { name: s('worker') });
  const queue = res('aws_sqs_queue', 'jobs', { name: s('jobs') });
  const queuePolicy = res('aws_sqs_queue_policy', 'jobs', { queue_url: ref('aws_sqs_queue.jobs.id'), policy: ref('data.aws_iam_policy_document.merged.json') }, { span: sp(40, 1, 43, 2) });
  const { grants, errors } = extractAwsFromTerraform([base, extra, merged, worker, queue, queuePolicy]);

  it('merges source and override documents by sid', () => {
    expect(errors).toEqual([]);
    const used = grants.filter((g) => g.source.address === 'aws_sqs_queue_policy.jobs');
    expect(used.map((g) => [g.details?.sid ?? '', g.actions, g.principal, `${g.source.line}`])).toEqual([
      ['Write', ['s3:DeleteObject'], { type: 'unknown', name: '(none)' }, '13'],
      ['Read', ['s3:GetObjectVersion'], { type: 'unknown', name: '(none)' }, '22'],
      ['', ['sqs:SendMessage'], { type: 'role', name: 'worker', address: 'aws_iam_role.worker' }, '26'],
      ['', ['sqs:SendMessage'], { type: 'service', name: 'sns.amazonaws.com' }, '26'],
    ]);
    expect(used[0]!.details?.malformed).toEqual(['missing Principal in a resource policy statement']);
    expect(used[0]!.details?.policyDocument).toBe('data.aws_iam_policy_document.extra');
    expect(used[2]!.details).toEqual({
      resourceType: 'aws_sqs_queue_policy',
      resourceAddress: 'aws_sqs_queue.jobs',
      policyDocument: 'data.aws_iam_policy_document.merged',
      statementIndex: 1,
      policy: 'jobs resource policy',
      attachedTo: 'jobs',
      principalText: '${aws_iam_role.worker.arn}',
      policyVersion: '2012-10-17',
    });
  });

  it('gives no unattached copies of documents merged into a used one', () => {
    expect(grants.filter((g) => g.source.address !== 'aws_sqs_queue_policy.jobs')).toEqual([]);
  });
});

describe('resource policies and lambda permissions', () => {
  it('links a bucket policy to its bucket and keeps public principals', () => {
    const bucket = res('aws_s3_bucket', 'site', { bucket: s('acme-site') });
    const policy = res(
      'aws_s3_bucket_policy',
      'site',
      { bucket: ref('aws_s3_bucket.site.id'), policy: obj({ Statement: list(obj({ Effect: s('Allow'), Principal: s('*'), Action: s('s3:GetObject'), Resource: s('arn:aws:s3:::acme-site/*') }, sp(6, 7, 11, 8))) }) },
      { span: sp(3, 1, 14, 2), attrSpans: { policy: sp(5, 3, 13, 5) } },
    );
    const { grants } = extractAwsFromTerraform([bucket, policy]);
    expect(grants.map(summary)).toEqual([
      {
        kind: 'resource-policy',
        principal: { type: 'public', name: '*' },
        effect: 'allow',
        actions: ['s3:GetObject'],
        resources: ['arn:aws:s3:::acme-site/*'],
        at: 'aws_s3_bucket_policy.site 6:7-11:8',
        details: { resourceType: 'aws_s3_bucket_policy', resourceAddress: 'aws_s3_bucket.site', statementIndex: 0, policy: 'acme-site resource policy', attachedTo: 'acme-site', policyVersion: null },
      },
    ]);
  });

  it('turns a lambda permission into a resource-policy grant with source conditions', () => {
    const fn = res('aws_lambda_function', 'api', { function_name: s('api') });
    const perm = res(
      'aws_lambda_permission',
      'apigw',
      {
        statement_id: s('AllowAPIGateway'),
        action: s('lambda:InvokeFunction'),
        function_name: ref('aws_lambda_function.api.function_name'),
        principal: s('apigateway.amazonaws.com'),
        source_arn: s('${aws_api_gateway_rest_api.api.execution_arn}/*/*', undefined),
      },
      { span: sp(50, 1, 56, 2) },
    );
    const { grants } = extractAwsFromTerraform([fn, perm]);
    expect(grants.map(summary)).toEqual([
      {
        kind: 'resource-policy',
        principal: { type: 'service', name: 'apigateway.amazonaws.com' },
        effect: 'allow',
        actions: ['lambda:InvokeFunction'],
        resources: ['api'],
        conditions: { ArnLike: { 'aws:SourceArn': ['${aws_api_gateway_rest_api.api.execution_arn}/*/*'] } },
        at: 'aws_lambda_permission.apigw 50:1-56:2',
        details: { resourceType: 'aws_lambda_permission', attachedTo: 'api', policy: 'api resource policy', resourceAddress: 'aws_lambda_function.api', sid: 'AllowAPIGateway' },
      },
    ]);
  });
});

describe('unresolved and invalid input', () => {
  it('reports an unevaluated policy as unresolved and unknown identities in grants', () => {
    const rp = res('aws_iam_role_policy', 'x', { role: { kind: 'unknown', expr: 'var.role_name', reason: 'input-variable' }, policy: { kind: 'unknown', expr: 'var.policy', reason: 'input-variable' } }, {
      attrSpans: { policy: sp(4, 3, 4, 24) },
    });
    const up = res(
      'aws_iam_user_policy',
      'y',
      { user: { kind: 'unknown', expr: 'var.user', reason: 'input-variable' }, policy: obj({ Statement: obj({ Effect: s('Allow'), Action: s('ec2:*'), Resource: s('*') }, sp(9, 5, 9, 60)) }) },
      { span: sp(7, 1, 10, 2) },
    );
    const { grants, unresolved } = extractAwsFromTerraform([rp, up]);
    expect(unresolved).toEqual([{ span: { ...sp(4, 3, 4, 24), address: 'aws_iam_role_policy.x' }, expr: 'var.policy', reason: 'input-variable' }]);
    expect(grants.map((g) => [g.principal, g.unresolved, g.details?.attachedTo])).toEqual([[{ type: 'user', name: '${var.user}' }, ['var.user'], '${var.user}']]);
  });

  it('reports invalid JSON in a policy with its file position', () => {
    const p = res('aws_iam_policy', 'bad', { name: s('bad'), policy: { kind: 'string', value: '{\n  "Statement": [\n    {"Effect": "Allow",}\n  ]\n}\n', span: sp(3, 12, 9, 4) } });
    const { grants, errors } = extractAwsFromTerraform([p]);
    expect(grants).toEqual([]);
    expect(errors).toEqual([{ file: FILE, line: 6, column: 24, message: "invalid policy JSON: expected a property name in double quotes, found '}'", code: 'parse' }]);
  });

  it('reads inline_policy blocks and managed_policy_arns of a role, in modules', () => {
    const role = res(
      'aws_iam_role',
      'app',
      {
        name: s('app'),
        managed_policy_arns: list(s('arn:aws:iam::aws:policy/ReadOnlyAccess', sp(5, 26, 5, 66)), ref('aws_iam_policy.extra.arn')),
        inline_policy: list(obj({ name: s('logs'), policy: obj({ Statement: list(obj({ Effect: s('Allow'), Action: s('logs:PutLogEvents'), Resource: s('*') }, sp(9, 7, 9, 80))) }) })),
      },
      { modulePath: 'module.app', key: 0, span: sp(1, 1, 12, 2) },
    );
    const extra = res('aws_iam_policy', 'extra', { policy: obj({ Statement: obj({ Effect: s('Allow'), Action: s('sqs:SendMessage'), Resource: s('*') }, sp(20, 5, 20, 70)) }) }, {
      modulePath: 'module.app',
      span: sp(18, 1, 22, 2),
    });
    const { grants } = extractAwsFromTerraform([role, extra]);
    const principal = { type: 'role', name: 'app', address: 'module.app.aws_iam_role.app[0]' };
    expect(grants.map((g) => [g.source.address, g.principal, g.actions, g.role ?? '', g.details?.policy])).toEqual([
      ['module.app.aws_iam_role.app[0]', principal, [], 'arn:aws:iam::aws:policy/ReadOnlyAccess', 'ReadOnlyAccess'],
      ['module.app.aws_iam_role.app[0]', principal, ['logs:PutLogEvents'], '', 'logs'],
      ['module.app.aws_iam_policy.extra', principal, ['sqs:SendMessage'], '', 'module.app.aws_iam_policy.extra'],
    ]);
    expect(grants[0]!.details).toMatchObject({ authoritative: true, managedPolicyLevel: 'read-all', awsManaged: true });
  });
});

describe('references the evaluator leaves as text', () => {
  const unknownExpr = (expr: string, span?: SourceSpan): UnknownValue => ({ kind: 'unknown', expr, reason: 'computed-attribute', ...(span ? { span } : {}) });
  const doc = (name: string, action: string, line: number, o: ResOptions = {}) =>
    res('aws_iam_policy_document', name, { statement: list(obj({ actions: strings(action), resources: strings('*') }, sp(line, 3, line + 3, 4))) }, { mode: 'data', key: 0, ...o });

  it('follows one(...[*].json), replace(...) and concat(...) of documents, skipping documents with count 0', () => {
    const a = doc('a', 's3:GetObject', 2);
    const b = doc('b', 's3:PutObject', 8);
    const combined = res(
      'aws_iam_policy_document',
      'combined',
      {
        source_policy_documents: unknownExpr(
          'compact([\n  var.attach_a ? data.aws_iam_policy_document.a[0].json : "",\n  var.attach_b || var.x ? data.aws_iam_policy_document.b[0].json : "",\n  var.attach_c ? data.aws_iam_policy_document.c[0].json : "",\n])',
        ),
      },
      { mode: 'data', key: 0 },
    );
    const role = res('aws_iam_role', 'r', { name: s('r') });
    const inline = res('aws_iam_role_policy', 'p', { role: unknownExpr('try(aws_iam_role.r.name, "")'), policy: unknownExpr('one(data.aws_iam_policy_document.combined[*].json)') });
    const bucketPolicy = res('aws_s3_bucket_policy', 'b', {
      bucket: s('logs'),
      policy: unknownExpr('replace(\n  replace(data.aws_iam_policy_document.a[0].json, "_BUCKET_", aws_s3_bucket.b.id),\n  "_ACCOUNT_", local.account)'),
    });
    const { grants, unresolved } = extractAwsFromTerraform([a, b, combined, role, inline, bucketPolicy]);
    expect(unresolved).toEqual([]);
    expect(grants.map((g) => [g.source.address, g.principal.name, g.actions[0], g.details?.policyDocument])).toEqual([
      ['aws_iam_role_policy.p', 'r', 's3:GetObject', 'data.aws_iam_policy_document.a[0]'],
      ['aws_s3_bucket_policy.b', '(none)', 's3:GetObject', 'data.aws_iam_policy_document.a[0]'],
      ['aws_iam_role_policy.p', 'r', 's3:PutObject', 'data.aws_iam_policy_document.b[0]'],
    ]);
  });

  it('reports documents a variable may add to a list', () => {
    const a = doc('a', 's3:GetObject', 2);
    const merged = res('aws_iam_policy_document', 'm', { source_policy_documents: { ...unknownExpr('concat(data.aws_iam_policy_document.a[*].json, var.extra)', sp(20, 29, 20, 90)) } }, { mode: 'data', span: sp(19, 1, 21, 2) });
    const { grants, unresolved } = extractAwsFromTerraform([a, merged]);
    expect(grants.map((g) => [g.source.address, g.actions[0]])).toEqual([['data.aws_iam_policy_document.m', 's3:GetObject']]);
    expect(unresolved).toEqual([
      {
        span: { ...sp(20, 29, 20, 90), address: 'data.aws_iam_policy_document.m' },
        expr: 'concat(data.aws_iam_policy_document.a[*].json, var.extra)',
        reason: 'partly evaluated list of policy documents',
      },
    ]);
  });

  it('names policies looked up with the aws_iam_policy data source', () => {
    const lookup = res('aws_iam_policy', 'admin', { name: s('AdministratorAccess') }, { mode: 'data' });
    const role = res('aws_iam_role', 'r', { name: s('r') });
    const attach = res('aws_iam_role_policy_attachment', 'a', { role: s('r'), policy_arn: ref('data.aws_iam_policy.admin.arn') }, { span: sp(5, 1, 8, 2) });
    const { grants } = extractAwsFromTerraform([lookup, role, attach]);
    expect(grants.map(summary)).toEqual([
      {
        kind: 'identity-policy',
        principal: { type: 'role', name: 'r', address: 'aws_iam_role.r' },
        effect: 'allow',
        actions: ['*'],
        resources: ['*'],
        role: '${data.aws_iam_policy.admin.arn}',
        at: 'aws_iam_role_policy_attachment.a 5:1-8:2',
        details: { policy: 'AdministratorAccess', attachment: 'aws_iam_role_policy_attachment.a', policyLookup: 'data.aws_iam_policy.admin', attachedTo: 'r', managedPolicyLevel: 'admin' },
      },
    ]);
  });
});

describe('several root modules', () => {
  // Two example roots call the same module: the module's addresses repeat, each root resolves its own references
  // (the module reads the caller's role through a variable, so the reference is to the root's role).
  const rootResources = (dir: string, roleName: string) => [
    res('aws_iam_role', 'app', { name: s(roleName), assume_role_policy: obj({ Statement: obj({ Effect: s('Allow'), Principal: obj({ Service: s('ec2.amazonaws.com') }), Action: s('sts:AssumeRole') }, { ...sp(3, 5, 3, 80), file: `${dir}/main.tf` }) }) }, {
      span: { ...sp(1, 1, 5, 2), file: `${dir}/main.tf` },
    }),
    res('aws_iam_role_policy', 'p', { role: ref('aws_iam_role.app.name'), policy: obj({ Statement: obj({ Effect: s('Allow'), Action: s('sqs:*'), Resource: s('*') }, { ...sp(4, 5, 4, 60), file: 'modules/q/main.tf' }) }) }, {
      modulePath: 'module.q',
      span: { ...sp(1, 1, 6, 2), file: 'modules/q/main.tf' },
    }),
  ];
  it('resolves references within each root and keeps one copy of identical grants', () => {
    const a = rootResources('examples/a', 'app-a');
    const b = rootResources('examples/b', 'app-b');
    const { grants } = extractAwsFromTerraform([...a, ...b]);
    expect(grants.map((g) => [g.kind, g.principal.name, g.source.file])).toEqual([
      ['trust-policy', 'ec2.amazonaws.com', 'examples/a/main.tf'],
      ['identity-policy', 'app-a', 'modules/q/main.tf'],
      ['trust-policy', 'ec2.amazonaws.com', 'examples/b/main.tf'],
      ['identity-policy', 'app-b', 'modules/q/main.tf'],
    ]);
  });
});

describe('policy document data source details', () => {
  const u = (expr: string): UnknownValue => ({ kind: 'unknown', expr, reason: 'remote-module' });

  it('reports a dynamic statement over an unknown collection instead of a statement of unknowns', () => {
    const d = res(
      'aws_iam_policy_document',
      'dyn',
      {
        statement: list(
          obj({ sid: u('statement.value.sid'), actions: u('statement.value.actions'), not_actions: u('statement.value.not_actions'), principals: list(obj({ type: u('principals.value.type'), identifiers: u('principals.value.identifiers') })) }, sp(3, 5, 12, 6)),
          obj({ actions: strings('s3:GetObject'), not_actions: list(), resources: strings('*'), principals: list(obj({ type: s('AWS'), identifiers: list(ref('data.aws_caller_identity.current.account_id')) })), condition: list() }, sp(13, 5, 16, 6)),
        ),
      },
      { mode: 'data', span: sp(1, 1, 17, 2) },
    );
    const { grants, unresolved } = extractAwsFromTerraform([d]);
    expect(unresolved).toEqual([{ span: { ...sp(3, 5, 12, 6), address: 'data.aws_iam_policy_document.dyn' }, expr: 'statement.value.sid', reason: 'remote-module' }]);
    expect(grants.map((g) => [g.kind, g.principal, g.actions, g.notActions, g.conditions, g.details?.malformed])).toEqual([
      ['resource-policy', { type: 'account', name: '${data.aws_caller_identity.current.account_id}' }, ['s3:GetObject'], [], {}, undefined],
    ]);
  });
});
