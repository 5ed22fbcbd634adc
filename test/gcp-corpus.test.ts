/**
 * GCP extraction over the shared Terraform corpus. Every google IAM resource is accounted for:
 * - each declared block has evaluated instances, or a `count`/`for_each` that is empty with the scan's inputs
 *   (fabric modules evaluated as roots with their empty defaults);
 * - each evaluated instance yields at least one grant, an unresolved entry, or is a `_binding` whose member list is
 *   empty (an authoritative "nobody holds this role", not a grant);
 * - counts by resource type are pinned, so a change in what comes out is seen.
 * The fabric project template that calls IAM-bearing modules with literal values resolves through their for_each.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/model/document.js';
import type { Grant } from '../src/model/grant.js';
import type { TfEvaluation } from '../src/evaluate/terraform/model.js';
import { evaluateTerraform } from '../src/evaluate/terraform/index.js';
import { parseHcl } from '../src/parse/hcl/index.js';
import { extractGcpFromTerraform, isGcpGrantResource, type GcpExtraction } from '../src/extract/gcp/terraform.js';
import { CORPUS, hasCorpus } from './support/corpus.js';

const TF_CORPUS = path.join(CORPUS, 'terraform');
const FABRIC = 'GoogleCloudPlatform__cloud-foundation-fabric';
const GOOGLE_IAM_MODULES = 'terraform-google-modules__terraform-google-iam';

const GRANT_RESOURCE_TYPE = /^google_([a-z0-9_]+_iam_(member|binding|policy)|(project|organization)_iam_custom_role|service_account_key|storage_hmac_key|storage_[a-z_]*(access_control|acl)|iam_workload_identity_pool_provider|iam_workforce_pool_provider)$/;

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.isFile()) out.push(p);
  }
}

interface RepoScan {
  root: string;
  files: SourceFile[];
  evaluation: TfEvaluation;
  extraction: GcpExtraction;
  /** Declared grant-bearing resource blocks: `file:line type.name`, and whether they have count/for_each. */
  declared: Array<{ key: string; type: string; expanded: boolean; duplicate: boolean }>;
}

function scanRepo(repo: string): RepoScan {
  const root = path.join(TF_CORPUS, repo);
  const paths: string[] = [];
  walk(root, paths);
  const all = new Map<string, SourceFile>();
  const files: SourceFile[] = [];
  for (const abs of paths) {
    if (statSync(abs).size > 1_000_000) continue;
    const rel = path.relative(root, abs).split(path.sep).join('/');
    const file = { absPath: abs, path: rel, text: readFileSync(abs, 'utf8') };
    all.set(rel, file);
    if (/\.(tf|tfvars)$/.test(rel)) files.push(file);
  }
  const declared: RepoScan['declared'] = [];
  const declaredAddresses = new Set<string>();
  for (const f of files) {
    if (!f.path.endsWith('.tf')) continue;
    for (const block of parseHcl(f.text, f.path).file.body.blocks) {
      if (block.blockType !== 'resource' || !GRANT_RESOURCE_TYPE.test(block.labels[0] ?? '')) continue;
      const expanded = block.body.attributes.some((a) => a.name === 'count' || a.name === 'for_each');
      // Two blocks with one address in one directory: Terraform rejects the module; the evaluator keeps the first.
      const address = `${path.posix.dirname(f.path)}/${block.labels[0]}.${block.labels[1]}`;
      const duplicate = declaredAddresses.has(address);
      declaredAddresses.add(address);
      declared.push({ key: `${f.path}:${block.range.start.line}`, type: block.labels[0]!, expanded, duplicate });
    }
  }
  const evaluation = evaluateTerraform(files, all, { root, varFiles: [], vars: {}, parameters: {}, parameterFiles: [], debug: false });
  return { root, files, evaluation, extraction: extractGcpFromTerraform(evaluation.resources), declared };
}

/** Per resource type: evaluated instances, instances with grants, grants. */
function countsByType(scan: RepoScan): Record<string, [number, number, number]> {
  const out: Record<string, [number, number, number]> = {};
  const withGrants = new Set(scan.extraction.grants.map((g) => g.source.address));
  for (const r of scan.evaluation.resources.filter(isGcpGrantResource)) {
    const c = (out[r.type] ??= [0, 0, 0]);
    c[0]++;
    if (withGrants.has(r.address)) c[1]++;
  }
  for (const g of scan.extraction.grants) out[String(g.details?.resourceType)]![2]++;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Instances that yield neither a grant nor an unresolved entry, split into empty member lists and the rest. */
function accountFor(scan: RepoScan): { emptyBindings: string[]; silent: string[] } {
  const withGrants = new Set(scan.extraction.grants.map((g) => g.source.address));
  const withUnresolved = new Set(scan.extraction.unresolved.map((u) => u.span.address));
  const emptyBindings: string[] = [];
  const silent: string[] = [];
  for (const r of scan.evaluation.resources.filter(isGcpGrantResource)) {
    if (withGrants.has(r.address) || withUnresolved.has(r.address)) continue;
    const members = r.body.get('members');
    if (r.type.endsWith('_iam_binding') && members?.kind === 'list' && members.items.length === 0) emptyBindings.push(r.address);
    else silent.push(`${r.address} (${r.span.file}:${r.span.line})`);
  }
  return { emptyBindings, silent };
}

/** Declared blocks without evaluated instances: with an empty count/for_each, duplicates, and any other (a drop). */
function declarationsWithoutInstances(scan: RepoScan): { expanded: number; duplicates: string[]; other: string[] } {
  const seen = new Set(scan.evaluation.resources.filter(isGcpGrantResource).map((r) => `${r.span.file}:${r.span.line}`));
  const missing = scan.declared.filter((d) => !seen.has(d.key));
  return {
    expanded: missing.filter((d) => d.expanded && !d.duplicate).length,
    duplicates: missing.filter((d) => d.duplicate).map((d) => d.key),
    other: missing.filter((d) => !d.expanded && !d.duplicate).map((d) => d.key),
  };
}

const row = (g: Grant) =>
  [g.source.address, g.principal.name, g.role, `${g.source.file}:${g.source.line}:${g.source.column}-${g.source.endLine}:${g.source.endColumn}`].join(' | ');

describe.skipIf(!hasCorpus)('GCP extraction on the Terraform corpus', () => {
  let iamModules: RepoScan;
  let fabric: RepoScan;
  beforeAll(() => {
    iamModules = scanRepo(GOOGLE_IAM_MODULES);
    fabric = scanRepo(FABRIC);
    if (process.env.GRANTLINT_PRINT_GCP_COUNTS) {
      for (const [name, scan] of [['IAM_MODULES_COUNTS', iamModules], ['FABRIC_COUNTS', fabric]] as const) {
        const lines = Object.entries(countsByType(scan)).map(([k, v]) => `  ${k}: [${v.join(', ')}],`);
        console.log(`const ${name}: Record<string, [number, number, number]> = {\n${lines.join('\n')}\n};`);
        console.log(JSON.stringify(accountFor(scan)), JSON.stringify(declarationsWithoutInstances(scan)), scan.declared.length);
      }
    }
  });

  it('only these two repositories declare google IAM resources', () => {
    const repos = readdirSync(TF_CORPUS).filter((repo) => {
      const paths: string[] = [];
      walk(path.join(TF_CORPUS, repo), paths);
      return paths.some((p) => p.endsWith('.tf') && /resource\s+"google_[a-z0-9_]*iam_/.test(readFileSync(p, 'utf8')));
    });
    expect(repos.sort()).toEqual([FABRIC, GOOGLE_IAM_MODULES]);
  });

  it('terraform-google-iam: every instance yields grants, counted by type', () => {
    expect(iamModules.extraction.errors).toEqual([]);
    expect(accountFor(iamModules)).toEqual({ emptyBindings: [], silent: [] });
    expect([iamModules.declared.length, declarationsWithoutInstances(iamModules)]).toEqual([52, { expanded: 12, duplicates: [], other: [] }]);
    expect(countsByType(iamModules)).toEqual(IAM_MODULES_COUNTS);
  });

  it('cloud-foundation-fabric: every instance yields grants, counted by type', () => {
    expect(fabric.extraction.errors).toEqual([]);
    expect(accountFor(fabric)).toEqual({
      emptyBindings: [
        'module.registries["DEBIAN debian-security/dists/bookworm-security"].google_artifact_registry_repository_iam_binding.authoritative["roles/artifactregistry.writer"]',
        'module.registries["DEBIAN debian/dists/bookworm"].google_artifact_registry_repository_iam_binding.authoritative["roles/artifactregistry.writer"]',
        'module.application-service-account.google_service_account_iam_binding.authoritative["roles/iam.serviceAccountTokenCreator"]',
      ],
      silent: [],
    });
    expect([fabric.declared.length, declarationsWithoutInstances(fabric)]).toEqual([
      205,
      { expanded: 156, duplicates: ['tests/fixtures/cloudsql-kms-iam-grant.tf:17'], other: [] },
    ]);
    expect(countsByType(fabric)).toEqual(FABRIC_COUNTS);
  });

  it('fabric: the secops anonymization template calls the gcs module with literal members; they come out at the caller', () => {
    const template = fabric.extraction.grants.filter((g) => g.source.address?.startsWith('module.export-bucket.'));
    expect(template.map(row)).toEqual([
      'module.export-bucket.google_storage_bucket_iam_binding.authoritative["roles/storage.legacyBucketReader"] | user:malachite-data-export-batch@prod.google.com | roles/storage.legacyBucketReader | fast/project-templates/secops-anonymization-pipeline/main.tf:75:7-75:57',
      'module.export-bucket.google_storage_bucket_iam_binding.authoritative["roles/storage.legacyBucketReader"] | ${lookup(local.ctx.iam_principals, v, v)} | roles/storage.legacyBucketReader | modules/gcs/iam.tf:41:27-41:65',
      'module.export-bucket.google_storage_bucket_iam_binding.authoritative["roles/storage.objectAdmin"] | user:malachite-data-export-batch@prod.google.com | roles/storage.objectAdmin | fast/project-templates/secops-anonymization-pipeline/main.tf:79:7-79:57',
      'module.export-bucket.google_storage_bucket_iam_binding.authoritative["roles/storage.objectAdmin"] | ${lookup(local.ctx.iam_principals, v, v)} | roles/storage.objectAdmin | modules/gcs/iam.tf:41:27-41:65',
      'module.export-bucket.google_storage_bucket_iam_binding.authoritative["roles/storage.objectViewer"] | ${lookup(local.ctx.iam_principals, v, v)} | roles/storage.objectViewer | modules/gcs/iam.tf:41:27-41:65',
    ]);
    const [user] = template;
    expect([user!.principal.type, user!.details?.authoritative, user!.details?.scopeKind]).toEqual(['user', true, 'resource']);
  });

  it('fabric: roles written as keys of the caller\'s iam map become one binding instance each', () => {
    const project = fabric.extraction.grants
      .filter((g) => /^module\.project\.google_project_iam_(binding|member)\./.test(g.source.address ?? '') && g.source.address!.includes('["'))
      .map((g) => `${g.source.address} | ${g.role} | ${g.details?.iamVariant}`);
    expect(project).toEqual([
      'module.project.google_project_iam_binding.authoritative["roles/chronicle.editor"] | roles/chronicle.editor | binding',
      'module.project.google_project_iam_binding.authoritative["roles/dlp.jobsEditor"] | roles/dlp.jobsEditor | binding',
      'module.project.google_project_iam_binding.authoritative["roles/dlp.reader"] | roles/dlp.reader | binding',
      'module.project.google_project_iam_binding.authoritative["roles/serviceusage.serviceUsageConsumer"] | roles/serviceusage.serviceUsageConsumer | binding',
      'module.project.google_project_iam_member.bindings["function-log-writer"] | roles/logging.logWriter | member',
    ]);
  });

  it('fabric: custom roles passed to the project module as a literal map become role definitions at the caller', () => {
    const roles = fabric.extraction.grants.filter((g) => g.kind === 'role-definition' && g.source.address?.startsWith('module.project.'));
    expect(roles.map((g) => [g.source.address, g.role?.split('/roles/')[1], g.actions.length, `${g.source.file}:${g.source.line}`])).toEqual([
      ['module.project.google_project_iam_custom_role.roles["secopsDashboardViewer"]', 'secopsDashboardViewer', 10, 'fast/stages/3-secops-dev/main.tf:61'],
      ['module.project.google_project_iam_custom_role.roles["secopsDataViewer"]', 'secopsDataViewer', 4, 'fast/stages/3-secops-dev/main.tf:73'],
    ]);
    expect(roles[1]!.actions).toEqual([
      'chronicle.legacies.legacyFindRawLogs',
      'chronicle.legacies.legacySearchRawLogs',
      'chronicle.referenceLists.get',
      'chronicle.referenceLists.update',
    ]);
  });
});

const IAM_MODULES_COUNTS: Record<string, [number, number, number]> = {
  google_bigquery_dataset_iam_member: [1, 1, 1],
  google_billing_account_iam_member: [1, 1, 1],
  google_compute_subnetwork_iam_binding: [2, 2, 2],
  google_compute_subnetwork_iam_member: [1, 1, 1],
  google_dns_managed_zone_iam_binding: [2, 2, 2],
  google_dns_managed_zone_iam_member: [1, 1, 1],
  google_folder_iam_binding: [2, 2, 2],
  google_folder_iam_member: [7, 7, 7],
  google_kms_crypto_key_iam_binding: [2, 2, 2],
  google_kms_crypto_key_iam_member: [1, 1, 1],
  google_kms_key_ring_iam_binding: [2, 2, 2],
  google_kms_key_ring_iam_member: [1, 1, 1],
  google_organization_iam_custom_role: [1, 1, 1],
  google_organization_iam_member: [3, 3, 3],
  google_project_iam_binding: [8, 8, 8],
  google_project_iam_member: [20, 20, 20],
  google_pubsub_subscription_iam_binding: [2, 2, 2],
  google_pubsub_subscription_iam_member: [1, 1, 1],
  google_pubsub_topic_iam_binding: [2, 2, 2],
  google_pubsub_topic_iam_member: [1, 1, 1],
  google_secret_manager_secret_iam_binding: [2, 2, 2],
  google_secret_manager_secret_iam_member: [1, 1, 1],
  google_secure_source_manager_instance_iam_binding: [1, 1, 1],
  google_secure_source_manager_instance_iam_member: [1, 1, 1],
  google_secure_source_manager_repository_iam_binding: [1, 1, 1],
  google_secure_source_manager_repository_iam_member: [1, 1, 1],
  google_service_account_iam_binding: [2, 2, 2],
  google_service_account_iam_member: [1, 1, 1],
  google_service_account_key: [1, 1, 1],
  google_storage_bucket_iam_binding: [2, 2, 2],
  google_storage_bucket_iam_member: [1, 1, 1],
  google_tags_tag_key_iam_binding: [2, 2, 2],
  google_tags_tag_key_iam_member: [1, 1, 1],
  google_tags_tag_value_iam_binding: [2, 2, 2],
  google_tags_tag_value_iam_member: [1, 1, 1],
};
const FABRIC_COUNTS: Record<string, [number, number, number]> = {
  google_artifact_registry_repository_iam_binding: [2, 0, 0],
  google_bigquery_dataset_iam_member: [1, 1, 1],
  google_binary_authorization_attestor_iam_binding: [1, 1, 1],
  google_cloud_run_service_iam_binding: [2, 2, 2],
  google_cloud_run_v2_service_iam_binding: [1, 1, 1],
  google_compute_subnetwork_iam_binding: [2, 2, 2],
  google_compute_subnetwork_iam_member: [1, 1, 1],
  google_dataplex_zone_iam_binding: [1, 1, 1],
  google_iam_workforce_pool_provider: [1, 1, 1],
  google_iap_web_backend_service_iam_binding: [1, 1, 1],
  google_kms_crypto_key_iam_binding: [1, 1, 1],
  google_kms_crypto_key_iam_member: [1, 1, 1],
  google_organization_iam_binding: [2, 2, 2],
  google_organization_iam_custom_role: [1, 1, 1],
  google_organization_iam_member: [1, 1, 1],
  google_privateca_ca_pool_iam_binding: [2, 2, 2],
  google_privateca_ca_pool_iam_member: [1, 1, 1],
  google_project_iam_binding: [5, 5, 5],
  google_project_iam_custom_role: [2, 2, 2],
  google_project_iam_member: [39, 39, 25],
  google_pubsub_topic_iam_member: [1, 1, 1],
  google_secure_source_manager_repository_iam_binding: [2, 2, 2],
  google_secure_source_manager_repository_iam_member: [1, 1, 1],
  google_service_account_iam_binding: [1, 0, 0],
  google_storage_bucket_iam_binding: [4, 4, 6],
  google_storage_bucket_iam_member: [5, 5, 5],
  google_storage_managed_folder_iam_binding: [2, 2, 2],
  google_storage_managed_folder_iam_member: [1, 1, 1],
};
