/**
 * GCP extraction end to end: .tf fixtures → HCL parser → Terraform evaluator → extractGcpFromTerraform,
 * with exact positions, module addresses resolved through for_each, and documents joined by reference.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateTerraform } from '../src/evaluate/terraform/index.js';
import { extractGcpFromTerraform } from '../src/extract/gcp/terraform.js';
import type { Grant } from '../src/model/grant.js';
import type { SourceFile } from '../src/model/document.js';
import { ROOT } from './support/corpus.js';
import { runRules } from '../src/analyze/engine.js';
import authoritativeIam from '../rules/gcp-authoritative-iam/rule.js';
import publicMember from '../rules/gcp-public-member/rule.js';

function scan(relPaths: string[]) {
  const files: SourceFile[] = relPaths.map((p) => ({ absPath: path.join(ROOT, p), path: p, text: readFileSync(path.join(ROOT, p), 'utf8') }));
  const all = new Map(files.map((f) => [f.path, f]));
  const evaluation = evaluateTerraform(files, all, { root: ROOT, varFiles: [], vars: {}, parameters: {}, parameterFiles: [], debug: false });
  return { evaluation, ...extractGcpFromTerraform(evaluation.resources) };
}

/** address | principal | role | scope | file:line:col-endLine:endCol */
const row = (g: Grant) =>
  [
    g.source.address,
    g.principal.name,
    g.role ?? '-',
    g.scope ?? '-',
    `${g.source.file}:${g.source.line}:${g.source.column}-${g.source.endLine}:${g.source.endColumn}`,
  ].join(' | ');

describe('GCP IAM from Terraform fixtures', () => {
  const dir = 'fixtures/gcp/iam';
  const result = scan([`${dir}/main.tf`, `${dir}/policy.tf`, `${dir}/modules/bucket/main.tf`]);

  it('evaluates without errors or unresolved items', () => {
    expect([result.evaluation.errors, result.errors, result.unresolved]).toEqual([[], [], []]);
  });

  it('yields every grant at the member that states it', () => {
    expect(result.grants.map(row)).toEqual([
      'google_project_iam_member.ci_owner | serviceAccount:ci-runner@build-tools.iam.gserviceaccount.com | roles/owner | projects/payments-prod | fixtures/gcp/iam/main.tf:4:13-4:64',
      'google_folder_iam_binding.admins | group:platform@example.com | roles/resourcemanager.projectIamAdmin | folders/123456789 | fixtures/gcp/iam/main.tf:16:5-16:33',
      'google_folder_iam_binding.admins | user:alice@example.com | roles/resourcemanager.projectIamAdmin | folders/123456789 | fixtures/gcp/iam/main.tf:17:5-17:29',
      'google_organization_iam_member.auditors | domain:example.com | roles/iam.securityReviewer | organizations/1234567890 | fixtures/gcp/iam/main.tf:28:12-28:32',
      'google_storage_bucket_iam_member.public | allUsers | roles/storage.objectViewer | storage_bucket:example-site-assets | fixtures/gcp/iam/main.tf:34:12-34:22',
      'google_project_iam_custom_role.deployer | projects/payments-prod/roles/deployer | projects/payments-prod/roles/deployer | projects/payments-prod | fixtures/gcp/iam/main.tf:41:17-41:98',
      'google_project_iam_member.deployers | group:deployers@example.com | projects/payments-prod/roles/deployer | projects/payments-prod | fixtures/gcp/iam/main.tf:47:13-47:42',
      'google_service_account_key.ci | serviceAccount:ci-runner@build-tools.iam.gserviceaccount.com | - | - | fixtures/gcp/iam/main.tf:50:1-52:2',
      'google_iam_workload_identity_pool_provider.github | https://token.actions.githubusercontent.com | - | projects/build-tools/locations/global/workloadIdentityPools/github/providers/actions | fixtures/gcp/iam/main.tf:54:1-65:2',
      'google_bigquery_dataset_iam_policy.events | group:analysts@example.com | roles/bigquery.dataViewer | bigquery_dataset:analytics-prod/events | fixtures/gcp/iam/policy.tf:4:16-4:44',
      'google_bigquery_dataset_iam_policy.events | user:bob@example.com | roles/bigquery.dataViewer | bigquery_dataset:analytics-prod/events | fixtures/gcp/iam/policy.tf:4:46-4:68',
      'google_bigquery_dataset_iam_policy.events | group:data-owners@example.com | roles/bigquery.dataOwner | bigquery_dataset:analytics-prod/events | fixtures/gcp/iam/policy.tf:8:16-8:47',
      'google_pubsub_topic_iam_policy.alerts | serviceAccount:monitoring@ops-prod.iam.gserviceaccount.com | roles/pubsub.publisher | pubsub_topic:ops-prod/alerts | fixtures/gcp/iam/policy.tf:34:18-34:78',
      'module.assets.google_storage_bucket_iam_binding.authoritative["roles/storage.admin"] | group:storage-admins@example.com | roles/storage.admin | storage_bucket:example-assets | fixtures/gcp/iam/main.tf:72:37-72:71',
      'module.assets.google_storage_bucket_iam_binding.authoritative["roles/storage.objectViewer"] | group:web@example.com | roles/storage.objectViewer | storage_bucket:example-assets | fixtures/gcp/iam/main.tf:71:37-71:60',
      'module.assets.google_storage_bucket_iam_binding.authoritative["roles/storage.objectViewer"] | allAuthenticatedUsers | roles/storage.objectViewer | storage_bucket:example-assets | fixtures/gcp/iam/main.tf:71:62-71:85',
    ]);
  });

  const byAddress = (address: string) => result.grants.filter((g) => g.source.address === address);

  it('links members, keys and custom role bindings to the declared resources', () => {
    expect(byAddress('google_project_iam_member.ci_owner')[0]!.principal).toEqual({
      type: 'service-account',
      name: 'serviceAccount:ci-runner@build-tools.iam.gserviceaccount.com',
      address: 'google_service_account.ci',
    });
    expect(byAddress('google_service_account_key.ci')[0]!.principal.address).toBe('google_service_account.ci');
    expect(byAddress('google_project_iam_member.deployers')[0]!.details?.roleDefinition).toBe('google_project_iam_custom_role.deployer');
    expect(byAddress('google_project_iam_custom_role.deployer')[0]!.actions).toEqual([
      'run.services.create',
      'iam.serviceAccounts.actAs',
      'run.services.setIamPolicy',
    ]);
  });

  it('keeps condition blocks, policy documents and authoritativeness', () => {
    const [platform] = byAddress('google_folder_iam_binding.admins');
    expect([platform!.conditions, platform!.details?.authoritative, platform!.details?.scopeKind]).toEqual([
      { 'gcp:condition': { title: ['until-2030'], expression: ['request.time < timestamp("2030-01-01T00:00:00Z")'] } },
      true,
      'folder',
    ]);
    const owners = byAddress('google_bigquery_dataset_iam_policy.events')[2]!;
    expect([owners.conditions, owners.details?.policy, owners.details?.auditConfigServices, owners.details?.iamVariant]).toEqual([
      { 'gcp:condition': { title: ['office-hours'], expression: ['request.time.getHours("Europe/Berlin") < 18'] } },
      'data.google_iam_policy.dataset',
      ['bigquery.googleapis.com'],
      'policy',
    ]);
    expect(byAddress('google_organization_iam_member.auditors')[0]!.details?.authoritative).toBe(false);
  });

  it('federation trust carries the attribute mapping and notes the missing attribute condition', () => {
    const [provider] = byAddress('google_iam_workload_identity_pool_provider.github');
    expect([provider!.kind, provider!.principal.type, provider!.conditions, provider!.details?.attributeConditionMissing]).toEqual([
      'trust-policy',
      'federated',
      { 'gcp:attribute_mapping': { 'google.subject': ['assertion.sub'], 'attribute.repository': ['assertion.repository'] } },
      true,
    ]);
  });
});

describe('GCP IAM resources Terraform would refuse', () => {
  const result = scan(['fixtures/gcp/invalid/main.tf']);

  it('reports located errors and unresolved policies, and still extracts the valid resource', () => {
    expect(result.errors.map((e) => `${e.file}:${e.line}:${e.column}-${e.endLine}:${e.endColumn} [${e.code}] ${e.message}`)).toEqual([
      'fixtures/gcp/invalid/main.tf:4:3-4:37 [parse] google_project_iam_member.no_role: expected argument "role" (a role name such as "roles/viewer")',
      'fixtures/gcp/invalid/main.tf:9:17-9:62 [parse] google_storage_bucket_iam_policy.broken_json: policy_data: expected a JSON IAM policy ({"bindings": [{"role": ..., "members": [...]}]}): ' +
        errorOf('{"bindings": [{"role": "roles/viewer"'),
    ]);
    expect(result.unresolved.map((u) => `${u.span.file}:${u.span.line}:${u.span.column} ${u.span.address} ${u.expr}`)).toEqual([
      'fixtures/gcp/invalid/main.tf:14:3 google_pubsub_topic_iam_policy.from_variable var.policy',
    ]);
    expect(result.grants.map(row)).toEqual([
      'google_project_iam_member.fine | group:eng@example.com | roles/viewer | projects/p | fixtures/gcp/invalid/main.tf:24:13-24:36',
    ]);
  });
});

/** The message JSON.parse gives for the text on this Node version. */
function errorOf(text: string): string {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected invalid JSON');
}

describe('Cloud Storage legacy ACLs', () => {
  const result = scan(['fixtures/gcp/acl/main.tf']);

  it('turns ACL entries, role_entity items and predefined ACLs into member grants', () => {
    expect([result.errors, result.unresolved]).toEqual([[], []]);
    expect(result.grants.map((g) => `${row(g)} | ${g.principal.type} | ${g.details?.aclTarget} | ${g.details?.authoritative}`)).toEqual([
      'google_storage_bucket_access_control.public_rule | allUsers | acl:READER | storage_bucket:example-downloads | fixtures/gcp/acl/main.tf:4:12-4:22 | public | bucket | false',
      'google_storage_bucket_acl.downloads | projectOwner:123456789 | acl:OWNER | storage_bucket:example-downloads | fixtures/gcp/acl/main.tf:10:5-10:37 | group | bucket | true',
      'google_storage_bucket_acl.downloads | group:readers@example.com | acl:READER | storage_bucket:example-downloads | fixtures/gcp/acl/main.tf:11:5-11:39 | group | bucket | true',
      'google_storage_bucket_acl.downloads | allUsers | acl:READER | storage_bucket:example-downloads | fixtures/gcp/acl/main.tf:13:3-13:29 | public | bucket | true',
      'google_storage_object_acl.report | allAuthenticatedUsers | acl:READER | storage_object:example-downloads/report.pdf | fixtures/gcp/acl/main.tf:19:3-19:39 | public | object | true',
      'google_storage_default_object_access_control.vendor | user:contractor@vendor.io | acl:READER | storage_bucket:example-downloads | fixtures/gcp/acl/main.tf:25:12-25:39 | user | default-object | false',
    ]);
  });

  it('public ACL entries are gcp-public-member findings; ACLs are not judged as authoritative IAM', () => {
    const findings = runRules({ grants: result.grants, unresolved: [], rules: [publicMember, authoritativeIam] }).findings;
    expect(findings.map((f) => `${f.span.line}:${f.span.column} ${f.ruleId}/${f.messageId}`)).toEqual([
      '4:12 gcp-public-member/allUsers',
      '13:3 gcp-public-member/allUsers',
      '19:3 gcp-public-member/allAuthenticatedUsers',
    ]);
  });
});
