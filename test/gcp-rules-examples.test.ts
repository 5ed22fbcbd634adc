/**
 * Each GCP rule's examples/bad.tf and examples/good.tf, scanned for real: parser → evaluator → GCP extractor → rule.
 * bad.tf must produce exactly the listed findings, good.tf none.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRules } from '../src/analyze/engine.js';
import { evaluateTerraform } from '../src/evaluate/terraform/index.js';
import { extractGcpFromTerraform } from '../src/extract/gcp/terraform.js';
import type { RuleModule } from '../src/model/rule.js';
import { ROOT } from './support/corpus.js';
import authoritativeIam from '../rules/gcp-authoritative-iam/rule.js';
import basicRole from '../rules/gcp-basic-role/rule.js';
import customRoleEscalation from '../rules/gcp-custom-role-escalation/rule.js';
import privilegedRoleWideScope from '../rules/gcp-privileged-role-wide-scope/rule.js';
import publicMember from '../rules/gcp-public-member/rule.js';
import serviceAccountKey from '../rules/gcp-service-account-key/rule.js';
import untrustedDomainMember from '../rules/gcp-untrusted-domain-member/rule.js';
import userMemberWideScope from '../rules/gcp-user-member-wide-scope/rule.js';

/** Rule options the examples are scanned with (examples/options.json), as a policy file would set them. */
function exampleOptions(rule: RuleModule): Record<string, unknown> | undefined {
  const file = path.join(ROOT, 'rules', rule.meta.id, 'examples', 'options.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
}

function findings(rule: RuleModule, file: string): string[] {
  const options = exampleOptions(rule);
  const rel = `rules/${rule.meta.id}/examples/${file}`;
  const source = { absPath: path.join(ROOT, rel), path: rel, text: readFileSync(path.join(ROOT, rel), 'utf8') };
  const evaluation = evaluateTerraform([source], new Map([[rel, source]]), {
    root: ROOT,
    varFiles: [],
    vars: {},
    parameters: {},
    parameterFiles: [],
    debug: false,
  });
  const gcp = extractGcpFromTerraform(evaluation.resources);
  expect([evaluation.errors, gcp.errors, gcp.unresolved]).toEqual([[], [], []]);
  const result = runRules({
    grants: gcp.grants,
    unresolved: [],
    rules: [rule],
    settings: new Map(options ? [[rule.meta.id, { options }]] : []),
  });
  expect(result.errors).toEqual([]);
  return result.findings.map((f) => `${f.messageId} ${f.span.line}:${f.span.column} ${f.span.address}`);
}

const CASES: Array<{ rule: RuleModule; bad: string[] }> = [
  {
    rule: basicRole,
    bad: ['basicRole 4:13 google_project_iam_member.ci_owner', 'basicRole 10:14 google_folder_iam_binding.ops_editors'],
  },
  {
    rule: publicMember,
    bad: ['allUsers 4:12 google_storage_bucket_iam_member.public_read', 'allAuthenticatedUsers 12:15 google_cloud_run_v2_service_iam_binding.invokers'],
  },
  {
    rule: privilegedRoleWideScope,
    bad: ['impersonation 4:13 google_project_iam_member.dev_sa_user', 'iamAdmin 10:12 google_folder_iam_member.platform_iam_admin'],
  },
  {
    rule: customRoleEscalation,
    bad: ['escalation 5:17 google_project_iam_custom_role.ci_deployer'],
  },
  {
    rule: serviceAccountKey,
    bad: ['generatedKey 6:1 google_service_account_key.exporter'],
  },
  {
    rule: userMemberWideScope,
    bad: ['userMember 4:13 google_project_iam_member.alice_bq_admin'],
  },
  {
    rule: untrustedDomainMember,
    bad: ['untrustedDomain 5:12 google_storage_bucket_iam_member.vendor_export', 'personalAccount 11:13 google_project_iam_member.personal'],
  },
  {
    rule: authoritativeIam,
    bad: ['bindingConflict 4:14 google_storage_bucket_iam_binding.readers', 'policy 17:16 google_bigquery_dataset_iam_policy.analytics'],
  },
];

describe('GCP rule examples', () => {
  for (const { rule, bad } of CASES) {
    it(`${rule.meta.id}: examples/bad.tf is flagged where expected`, () => {
      expect(findings(rule, 'bad.tf')).toEqual(bad);
    });
    it(`${rule.meta.id}: examples/good.tf is clean`, () => {
      expect(findings(rule, 'good.tf')).toEqual([]);
    });
  }

  it('the trusted-domain rule is silent on its bad example without options', () => {
    expect(exampleOptions(untrustedDomainMember)).toEqual({ trustedDomains: ['example.com'] });
    const rel = 'rules/gcp-untrusted-domain-member/examples/bad.tf';
    const source = { absPath: path.join(ROOT, rel), path: rel, text: readFileSync(path.join(ROOT, rel), 'utf8') };
    const evaluation = evaluateTerraform([source], new Map([[rel, source]]), { root: ROOT, varFiles: [], vars: {}, parameters: {}, parameterFiles: [], debug: false });
    const { grants } = extractGcpFromTerraform(evaluation.resources);
    expect(grants).toHaveLength(2);
    expect(runRules({ grants, unresolved: [], rules: [untrustedDomainMember] }).findings).toEqual([]);
  });
});
