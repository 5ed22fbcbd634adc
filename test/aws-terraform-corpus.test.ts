/** The AWS extractor over the whole Terraform corpus: no IAM resource instance is silently dropped. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/model/document.js';
import type { TfResource } from '../src/evaluate/terraform/model.js';
import { evaluateTerraform } from '../src/evaluate/terraform/index.js';
import { extractAwsFromTerraform } from '../src/extract/aws/terraform.js';
import { CORPUS, hasCorpus } from './support/corpus.js';

/** The resource types the extractor covers (managed resources, and the policy document data source). */
const TYPES = [
  'aws_iam_policy',
  'aws_iam_role_policy',
  'aws_iam_user_policy',
  'aws_iam_group_policy',
  'aws_iam_role_policy_attachment',
  'aws_iam_user_policy_attachment',
  'aws_iam_group_policy_attachment',
  'aws_iam_policy_attachment',
  'aws_iam_role',
  'aws_iam_group_membership',
  'aws_iam_user_group_membership',
  'aws_iam_access_key',
  'aws_iam_user_login_profile',
  'aws_s3_bucket_policy',
  'aws_sqs_queue_policy',
  'aws_sns_topic_policy',
  'aws_kms_key',
  'aws_kms_key_policy',
  'aws_ecr_repository_policy',
  'aws_lambda_permission',
  'aws_secretsmanager_secret_policy',
  'aws_iam_policy_document',
];

function terraformFiles(dir: string, out: SourceFile[] = []): SourceFile[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) terraformFiles(abs, out);
    else if (/\.(tf|tfvars)(\.json)?$/.test(e.name)) out.push({ absPath: abs, path: path.relative(CORPUS, abs).split(path.sep).join('/'), text: readFileSync(abs, 'utf8') });
  }
  return out;
}

/** Instances that state no grant by design: a KMS key with the default key policy, a document that only merges others. */
function exempt(r: TfResource): string | undefined {
  if (r.type === 'aws_kms_key' && !r.body.has('policy')) return 'default key policy';
  const own = r.body.get('statement');
  if (r.type === 'aws_iam_policy_document' && (!own || (own.kind === 'list' && own.items.length === 0))) return 'merges other documents only';
  return undefined;
}

describe.skipIf(!hasCorpus)('AWS extraction over the Terraform corpus', () => {
  it('turns every IAM resource instance into grants or unresolved entries', () => {
    const files = terraformFiles(path.join(CORPUS, 'terraform'));
    const evaluation = evaluateTerraform(files, new Map(files.map((f) => [f.path, f])), {
      root: CORPUS,
      varFiles: [],
      vars: {},
      parameters: {},
      parameterFiles: [],
      debug: false,
    });
    const started = performance.now();
    const { grants, unresolved, errors } = extractAwsFromTerraform(evaluation.resources);
    const elapsed = performance.now() - started;

    const reached = new Set<string>();
    for (const g of grants) {
      for (const a of [g.source.address, g.details?.attachment, g.details?.policyDocument, g.details?.roleAddress, g.details?.policyLookup]) {
        if (typeof a === 'string') reached.add(a);
      }
    }
    for (const u of unresolved) if (u.span.address) reached.add(u.span.address);

    const rows: string[] = [];
    const dropped: string[] = [];
    for (const type of TYPES) {
      const mode = type === 'aws_iam_policy_document' ? 'data' : 'managed';
      const instances = evaluation.resources.filter((r) => r.type === type && r.mode === mode);
      if (instances.length === 0) continue;
      const withGrants = instances.filter((r) => grants.some((g) => g.source.address === r.address || g.details?.attachment === r.address || g.details?.policyDocument === r.address));
      const exempted = instances.filter((r) => !reached.has(r.address) && exempt(r));
      rows.push(`${type}: ${instances.length} instances, ${withGrants.length} with grants, ${instances.length - withGrants.length - exempted.length} unresolved, ${exempted.length} without policy`);
      for (const r of instances) if (!reached.has(r.address) && !exempt(r)) dropped.push(`${r.address} (${r.span.file}:${r.span.line})`);
    }
    console.log(`${grants.length} grants, ${unresolved.length} unresolved, ${errors.length} errors, extraction ${elapsed.toFixed(0)} ms\n${rows.join('\n')}`);

    expect(dropped).toEqual([]);
    expect(grants.length).toBeGreaterThan(1000);
    for (const e of errors) expect(e.line).toBeGreaterThan(0);
    // Every grant points at a real position of a scanned file.
    const fileNames = new Set(files.map((f) => f.path));
    for (const g of grants) {
      expect(fileNames.has(g.source.file)).toBe(true);
      expect(g.source.line).toBeGreaterThan(0);
      expect(g.source.column).toBeGreaterThan(0);
    }
    // A module called from several roots yields its grants once.
    expect(new Set(grants.map((g) => g.id)).size).toBe(grants.length);
  });
});
