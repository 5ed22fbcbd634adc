import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyText } from '../src/policy/load.js';
import { runPolicy, settleFindings } from '../src/policy/apply.js';
import type { Policy } from '../src/policy/types.js';
import type { Finding } from '../src/model/finding.js';
import type { Grant } from '../src/model/grant.js';
import { account, anyone, federated, role, service, testGrant } from '../src/testing/grants.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/** A policy written at the repository root (its globs are relative to it); the test fails on any policy error. */
function policy(text: string): Policy {
  const loaded = loadPolicyText(text, path.join(ROOT, '.grantlint.yaml'));
  expect(loaded.errors).toEqual([]);
  return loaded.policy!;
}

function run(p: Policy, grants: Grant[], today = '2026-01-15'): Finding[] {
  const { findings, errors } = runPolicy({ policy: p, grants, unresolved: [], root: ROOT });
  expect(errors).toEqual([]);
  return settleFindings({ findings, files: new Map(), comments: new Map(), policy: p, root: ROOT, today });
}

const show = (f: Finding) => `${f.ruleId} ${f.span.file}:${f.span.line}:${f.span.column} ${f.severity}${f.suppressed ? ` suppressed(${f.suppressed.kind}: ${f.suppressed.reason})` : ''} ${f.message}`;

describe('example: only these AWS account ids may be trusted', () => {
  const p = policy(`
orgRules:
  - id: org/trusted-accounts
    docs: https://wiki.example.com/trusted-accounts
    match: { cloud: aws, kind: trust-policy }
    limit: { accounts: ["111111111111", "222222222222"] }
`);
  it('reports foreign accounts and everyone, not own accounts or services', () => {
    const grants = [
      testGrant({ kind: 'trust-policy', principal: account('arn:aws:iam::111111111111:root'), actions: ['sts:AssumeRole'], line: 3, column: 5, address: 'aws_iam_role.ci' }),
      testGrant({ kind: 'trust-policy', principal: account('999988887777'), actions: ['sts:AssumeRole'], line: 9, column: 5, address: 'aws_iam_role.partner' }),
      testGrant({ kind: 'trust-policy', principal: anyone(), actions: ['sts:AssumeRole'], line: 15, column: 5, address: 'aws_iam_role.open' }),
      testGrant({ kind: 'trust-policy', principal: service('ec2.amazonaws.com'), actions: ['sts:AssumeRole'], line: 21, column: 5, address: 'aws_iam_role.ec2' }),
      testGrant({ kind: 'identity-policy', principal: account('arn:aws:iam::999988887777:root'), actions: ['s3:GetObject'], line: 27, column: 5 }),
    ];
    expect(run(p, grants).map(show)).toEqual([
      'org/trusted-accounts main.tf:9:5 high account 999988887777 is in account 999988887777, not one of 111111111111, 222222222222, beyond the limit of organization rule org/trusted-accounts',
      "org/trusted-accounts main.tf:15:5 high public * is every AWS account ('*'), not only 111111111111, 222222222222, beyond the limit of organization rule org/trusted-accounts",
    ]);
  });
});

describe('example: only these GitHub repositories may assume roles through OIDC', () => {
  const p = policy(`
orgRules:
  - id: org/github-oidc-repos
    severity: critical
    match: { cloud: aws, kind: trust-policy, principal: { type: federated, name: "*token.actions.githubusercontent.com*" } }
    require:
      conditionValues:
        "token.actions.githubusercontent.com:sub": ["repo:acme/infra:*", "repo:acme/app:ref:refs/heads/main"]
`);
  const oidc = (line: number, conditions: Grant['conditions']) =>
    testGrant({ kind: 'trust-policy', principal: federated('token.actions.githubusercontent.com'), actions: ['sts:AssumeRoleWithWebIdentity'], conditions, line, column: 3 });
  it('reports subjects outside the allowed repositories and a missing subject condition', () => {
    const grants = [
      oidc(2, { StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:acme/infra:environment:prod'] } }),
      oidc(12, { StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:acme/app:ref:refs/heads/main', 'repo:acme/*'] } }),
      oidc(22, { StringEquals: { 'token.actions.githubusercontent.com:aud': ['sts.amazonaws.com'] } }),
      testGrant({ kind: 'trust-policy', principal: federated('accounts.google.com'), actions: ['sts:AssumeRoleWithWebIdentity'], line: 32, column: 3 }),
    ];
    expect(run(p, grants).map(show)).toEqual([
      'org/github-oidc-repos main.tf:12:3 critical federated token.actions.githubusercontent.com allows token.actions.githubusercontent.com:sub repo:acme/* outside repo:acme/infra:*, repo:acme/app:ref:refs/heads/main, which organization rule org/github-oidc-repos requires',
      'org/github-oidc-repos main.tf:22:3 critical federated token.actions.githubusercontent.com has no condition on token.actions.githubusercontent.com:sub, which organization rule org/github-oidc-repos requires',
    ]);
  });
});

describe('example: no Owner above resource group outside platform/**', () => {
  const p = policy(`
orgRules:
  - id: org/owner-above-resource-group
    match:
      cloud: azure
      kind: role-assignment
      roles: ["Owner", "*8e3af657-a8ff-443c-a75c-2fe8c4bcb635"]
      scopeKind: [tenant, management-group, subscription]
      files: ["**", "!platform/**"]
    deny: true
`);
  const assignment = (file: string, line: number, roleName: string, scopeKind: string, scope: string) =>
    testGrant({
      cloud: 'azure',
      kind: 'role-assignment',
      principal: { type: 'service-principal', name: 'deployer' },
      role: roleName,
      scope,
      details: { scopeKind },
      file,
      line,
      column: 1,
      address: 'Microsoft.Authorization/roleAssignments/owner',
      format: 'bicep',
    });
  it('reports Owner at subscription or management group outside platform/, by name or role definition id', () => {
    const grants = [
      assignment('apps/web/main.bicep', 10, 'Owner', 'subscription', '/subscriptions/0000'),
      assignment('apps/web/main.bicep', 20, 'Owner', 'resource-group', '/subscriptions/0000/resourceGroups/web'),
      assignment('apps/web/main.bicep', 30, 'Reader', 'subscription', '/subscriptions/0000'),
      assignment('apps/api/main.bicep', 5, '/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635', 'management-group', '/providers/Microsoft.Management/managementGroups/corp'),
      assignment('platform/landing-zone/main.bicep', 7, 'Owner', 'management-group', '/providers/Microsoft.Management/managementGroups/corp'),
    ];
    expect(run(p, grants).map(show)).toEqual([
      'org/owner-above-resource-group apps/api/main.bicep:5:1 high service-principal deployer is granted /providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635 on /providers/Microsoft.Management/managementGroups/corp, which organization rule org/owner-above-resource-group forbids',
      'org/owner-above-resource-group apps/web/main.bicep:10:1 high service-principal deployer is granted Owner on /subscriptions/0000, which organization rule org/owner-above-resource-group forbids',
    ]);
  });
});

describe('example: GCP members only from these domains', () => {
  const p = policy(`
orgRules:
  - id: org/gcp-member-domains
    severity: medium
    match: { cloud: gcp, principal: { type: [user, group, public] } }
    limit: { domains: ["acme.example", "*.acme.example"] }
`);
  const member = (line: number, type: Grant['principal']['type'], name: string) =>
    testGrant({ cloud: 'gcp', kind: 'iam-member', principal: { type, name }, role: 'roles/viewer', scope: 'projects/acme-prod', line, column: 13, file: 'gcp/main.tf' });
  it('reports members of other domains and public members, not the allowed domains or service accounts', () => {
    const grants = [
      member(4, 'user', 'user:alice@acme.example'),
      member(10, 'user', 'user:bob@gmail.com'),
      member(16, 'group', 'group:ops@eu.acme.example'),
      member(22, 'group', 'domain:partner.example'),
      member(28, 'public', 'allUsers'),
      member(34, 'service-account', 'serviceAccount:ci@build.iam.gserviceaccount.com'),
    ];
    expect(run(p, grants).map(show)).toEqual([
      'org/gcp-member-domains gcp/main.tf:10:13 medium user user:bob@gmail.com is in domain gmail.com, not acme.example, *.acme.example, beyond the limit of organization rule org/gcp-member-domains',
      'org/gcp-member-domains gcp/main.tf:22:13 medium group domain:partner.example is in domain partner.example, not acme.example, *.acme.example, beyond the limit of organization rule org/gcp-member-domains',
      'org/gcp-member-domains gcp/main.tf:28:13 medium public allUsers is public, not a member of an allowed domain, beyond the limit of organization rule org/gcp-member-domains',
    ]);
  });
});

describe('example: iam:* never outside bootstrap/**', () => {
  const p = policy(`
orgRules:
  - id: org/iam-only-in-bootstrap
    severity: critical
    message: "{{principal}} {{detail}} in {{file}}: IAM is managed only by the bootstrap stack"
    match: { cloud: aws, actions: ["iam:*"], files: ["**", "!bootstrap/**"] }
    deny: true
`);
  const policyGrant = (file: string, line: number, actions: string[], effect: 'allow' | 'deny' = 'allow') =>
    testGrant({ kind: 'identity-policy', principal: role('app'), actions, resources: ['*'], effect, file, line, column: 7 });
  it('reports grants that reach IAM actions outside bootstrap/, written out, as a wildcard, or under one', () => {
    const grants = [
      policyGrant('bootstrap/iam.tf', 3, ['iam:*']),
      policyGrant('app/iam.tf', 3, ['iam:*']),
      policyGrant('app/iam.tf', 9, ['*']),
      policyGrant('app/iam.tf', 15, ['iam:Get*', 's3:GetObject']),
      policyGrant('app/iam.tf', 21, ['s3:GetObject']),
      policyGrant('app/iam.tf', 27, ['iam:*'], 'deny'),
      testGrant({ kind: 'identity-policy', principal: role('app'), notActions: ['iam:*'], file: 'app/iam.tf', line: 33, column: 7 }),
      testGrant({ kind: 'identity-policy', principal: role('app'), notActions: ['s3:*'], file: 'app/iam.tf', line: 39, column: 7 }),
    ];
    expect(run(p, grants).map(show)).toEqual([
      'org/iam-only-in-bootstrap app/iam.tf:3:7 critical role app is granted iam:* in app/iam.tf: IAM is managed only by the bootstrap stack',
      'org/iam-only-in-bootstrap app/iam.tf:9:7 critical role app is granted * in app/iam.tf: IAM is managed only by the bootstrap stack',
      'org/iam-only-in-bootstrap app/iam.tf:15:7 critical role app is granted iam:Get*, s3:GetObject in app/iam.tf: IAM is managed only by the bootstrap stack',
      'org/iam-only-in-bootstrap app/iam.tf:39:7 critical role app is granted every action except s3:* in app/iam.tf: IAM is managed only by the bootstrap stack',
    ]);
  });
});

describe('require and limit', () => {
  it('requires condition keys, a permissions boundary and principal types', () => {
    const p = policy(`
orgRules:
  - id: org/boundary
    match: { cloud: aws, kind: identity-policy, principal: { type: [role, user] }, addresses: ["aws_iam_role_policy.*"] }
    require: { permissionsBoundary: true }
  - id: org/public-bucket-needs-source
    match: { cloud: aws, kind: resource-policy, resources: ["arn:aws:s3:::*"], conditions: { absent: ["aws:SourceVpce"] } }
    require: { conditionKeys: ["aws:SourceAccount"], principalTypes: [service] }
`);
    const grants = [
      testGrant({ kind: 'identity-policy', principal: role('app'), actions: ['s3:GetObject'], line: 1, column: 1, address: 'aws_iam_role_policy.app' }),
      testGrant({ kind: 'identity-policy', principal: role('bounded'), actions: ['s3:GetObject'], line: 5, column: 1, address: 'aws_iam_role_policy.bounded', details: { permissionsBoundary: 'arn:aws:iam::111111111111:policy/boundary' } }),
      testGrant({ kind: 'identity-policy', principal: role('app'), actions: ['s3:GetObject'], line: 9, column: 1, address: 'aws_iam_policy.shared' }),
      testGrant({ kind: 'resource-policy', principal: anyone(), actions: ['s3:GetObject'], resources: ['arn:aws:s3:::site/*'], line: 13, column: 1, address: 'aws_s3_bucket_policy.site' }),
      testGrant({ kind: 'resource-policy', principal: service('cloudtrail.amazonaws.com'), actions: ['s3:PutObject'], resources: ['arn:aws:s3:::logs/*'], conditions: { StringEquals: { 'aws:SourceAccount': ['111111111111'] } }, line: 17, column: 1, address: 'aws_s3_bucket_policy.logs' }),
      testGrant({ kind: 'resource-policy', principal: anyone(), actions: ['s3:GetObject'], resources: ['arn:aws:s3:::vpce/*'], conditions: { StringEquals: { 'aws:SourceVpce': ['vpce-1'] } }, line: 21, column: 1, address: 'aws_s3_bucket_policy.vpce' }),
    ];
    expect(run(p, grants).map(show)).toEqual([
      'org/boundary main.tf:1:1 high role app has no permissions boundary, which organization rule org/boundary requires',
      'org/public-bucket-needs-source main.tf:13:1 high public * has no condition on aws:SourceAccount; is a public, not service, which organization rule org/public-bucket-needs-source requires',
    ]);
  });

  it('limits the AWS access level and the principals', () => {
    const p = policy(`
orgRules:
  - id: org/read-only-analytics
    severity: medium
    match: { cloud: aws, kind: identity-policy, files: ["analytics/**"] }
    limit: { maxAccessLevel: Read, principals: ["analyst-*"] }
`);
    const grants = [
      testGrant({ kind: 'identity-policy', principal: role('analyst-eu'), actions: ['s3:GetObject', 's3:ListBucket'], file: 'analytics/iam.tf', line: 2, column: 3 }),
      testGrant({ kind: 'identity-policy', principal: role('analyst-us'), actions: ['s3:PutObject', 's3:Get*'], file: 'analytics/iam.tf', line: 8, column: 3 }),
      testGrant({ kind: 'identity-policy', principal: role('etl'), actions: ['s3:GetObject'], file: 'analytics/iam.tf', line: 14, column: 3 }),
      testGrant({ kind: 'identity-policy', principal: role('etl'), actions: ['s3:PutObject'], file: 'ingest/iam.tf', line: 1, column: 3 }),
    ];
    expect(run(p, grants).map(show)).toEqual([
      'org/read-only-analytics analytics/iam.tf:8:3 medium role analyst-us may use s3:PutObject (Write), above Read, beyond the limit of organization rule org/read-only-analytics',
      'org/read-only-analytics analytics/iam.tf:14:3 medium role etl is not among the allowed principals analyst-*, beyond the limit of organization rule org/read-only-analytics',
    ]);
  });
});

describe('packs, rules and overrides', () => {
  const admin = (file: string, line: number) => testGrant({ kind: 'identity-policy', principal: role('ops'), actions: ['*'], resources: ['*'], file, line, column: 5 });
  const userPolicy = (file: string, line: number) =>
    testGrant({ kind: 'identity-policy', principal: { type: 'user', name: 'alice', address: 'aws_iam_user.alice' }, actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'], file, line, column: 5, details: { attachedTo: 'alice' } });
  const wild = (file: string, line: number) => testGrant({ kind: 'identity-policy', principal: role('ops'), actions: ['s3:*'], resources: ['arn:aws:s3:::b/*'], file, line, column: 5 });
  const ids = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.span.file}:${f.span.line} ${f.severity}`);

  it('runs only the rules of the extended packs, with severities and off from rules, changed per path by overrides', () => {
    const p = policy(`
extends: grantlint:recommended
rules:
  aws-iam-wildcard-action: medium
  aws-iam-wildcard-resource: off
overrides:
  - files: ["envs/prod/**"]
    rules:
      aws-iam-wildcard-action: high
      aws-iam-user-attached-policy: low
  - files: ["sandbox/**"]
    rules:
      aws-iam-full-admin: off
      aws-iam-wildcard-action: off
`);
    const findings = run(p, [
      ...['envs/dev/main.tf', 'envs/prod/main.tf', 'sandbox/main.tf'].flatMap((file) => [admin(file, 1), wild(file, 5)]),
      userPolicy('envs/dev/main.tf', 9),
      userPolicy('envs/prod/main.tf', 9),
    ]);
    expect(ids(findings)).toEqual([
      'aws-iam-full-admin envs/dev/main.tf:1 critical',
      'aws-iam-wildcard-action envs/dev/main.tf:5 medium',
      'aws-iam-full-admin envs/prod/main.tf:1 critical',
      'aws-iam-wildcard-action envs/prod/main.tf:5 high',
      // strict-only rule, turned on for prod by the override.
      'aws-iam-user-attached-policy envs/prod/main.tf:9 low',
    ]);
  });
});

describe('exemptions', () => {
  const p = policy(`
orgRules:
  - id: org/no-public
    match: { principal: { type: public } }
    deny: true
exemptions:
  - rule: org/no-public
    match: { files: ["site/**"], addresses: ["aws_s3_bucket_policy.site"] }
    reason: The public website
    owner: web-team
    ticket: WEB-7
    expires: 2026-06-30
  - rule: org/no-public
    match: { principals: ["allUsers"] }
    reason: Old public dataset
    expires: 2025-12-31
  - rule: org/no-public
    match: { files: ["gone/**"] }
    reason: Removed long ago
`);
  const open = (file: string, line: number, address: string, name = '*') =>
    testGrant({ kind: 'resource-policy', principal: { type: 'public', name }, actions: ['s3:GetObject'], file, line, column: 3, address });
  const grants = [open('site/bucket.tf', 4, 'aws_s3_bucket_policy.site'), open('data/bucket.tf', 4, 'aws_s3_bucket_policy.data', 'allUsers'), open('site/other.tf', 2, 'aws_s3_bucket_policy.other')];

  it('suppress matching findings until they expire; expired and unused exemptions are reported where they are written', () => {
    expect(run(p, grants, '2026-01-15').map(show)).toEqual([
      'expired-suppression .grantlint.yaml:13:5 low exemption for org/no-public expired on 2025-12-31; its findings are reported again (Old public dataset)',
      'unused-suppression .grantlint.yaml:17:5 info exemption for org/no-public matches no finding; remove it (Removed long ago)',
      'org/no-public data/bucket.tf:4:3 high public allUsers is granted s3:GetObject, which organization rule org/no-public forbids',
      'org/no-public site/bucket.tf:4:3 high suppressed(exemption: The public website) public * is granted s3:GetObject, which organization rule org/no-public forbids',
      'org/no-public site/other.tf:2:3 high public * is granted s3:GetObject, which organization rule org/no-public forbids',
    ]);
  });

  it('stop suppressing the day after they expire', () => {
    const after = run(p, grants, '2026-07-01');
    expect(after.filter((f) => f.suppressed)).toEqual([]);
    expect(after.filter((f) => f.ruleId === 'expired-suppression').map((f) => f.span.line)).toEqual([7, 13]);
  });
});
