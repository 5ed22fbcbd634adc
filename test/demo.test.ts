/**
 * The bundled demo (fixtures/demo) is what the README's first command scans: its findings are pinned here exactly
 * (rule, file, line, column, end), and the text a person reads is kept as a snapshot.
 */
import { describe, expect, it } from 'vitest';
import { cli } from './cli-support.js';

interface JsonFindingRow {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  address: string;
}

describe('demo repository with the recommended rules', () => {
  it('finds exactly the planted problems, at their exact positions', async () => {
    const run = await cli(['scan', 'fixtures/demo', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: JsonFindingRow[]; errors: unknown[]; stats: { files: number; grants: number } };
    expect(report.errors).toEqual([]);
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.endLine, f.endColumn, f.severity, f.address])).toEqual([
      ['aws-iam-full-admin', 'fixtures/demo/iam.tf', 8, 16, 8, 61, 'critical', 'aws_iam_group_policy_attachment.oncall_admin'],
      ['aws-iam-user-static-credentials', 'fixtures/demo/iam.tf', 16, 1, 18, 2, 'medium', 'aws_iam_access_key.reporting'],
      ['aws-iam-wildcard-action', 'fixtures/demo/iam.tf', 33, 7, 38, 8, 'high', 'aws_iam_user_policy.reporting'],
      ['aws-trust-cross-account-no-external-id', 'fixtures/demo/iam.tf', 44, 3, 51, 4, 'medium', 'aws_iam_role.partner_audit'],
      ['unresolved-reference', 'fixtures/demo/main.tf', 35, 3, 35, 44, 'info', 'module.network'],
      ['aws-trust-github-oidc-sub', 'fixtures/demo/modules/ci-role/main.tf', 15, 3, 31, 4, 'critical', 'module.ci.aws_iam_role.this'],
      ['aws-iam-passrole-wildcard', 'fixtures/demo/modules/ci-role/main.tf', 46, 7, 50, 8, 'high', 'module.ci.aws_iam_role_policy.deploy'],
      ['aws-iam-privilege-escalation', 'fixtures/demo/modules/ci-role/main.tf', 46, 7, 50, 8, 'high', 'module.ci.aws_iam_role_policy.deploy'],
      ['aws-resource-policy-public', 'fixtures/demo/storage.tf', 11, 9, 17, 10, 'critical', 'aws_s3_bucket_policy.assets'],
    ]);
  });

  it('with the prod variable file, the OIDC subject is narrowed to the organization (medium, not critical)', async () => {
    const run = await cli(['scan', 'fixtures/demo', '--format', 'json', '--var-file', 'fixtures/demo/envs/prod.tfvars']);
    const report = JSON.parse(run.stdout) as { findings: JsonFindingRow[] };
    const oidc = report.findings.filter((f) => f.ruleId === 'aws-trust-github-oidc-sub');
    expect(oidc.map((f) => [f.file, f.line, f.column, f.severity])).toEqual([['fixtures/demo/modules/ci-role/main.tf', 15, 3, 'medium']]);
  });

  it('text output: code frames with carets, as a person reads them', async () => {
    const run = await cli(['scan', 'fixtures/demo']);
    expect(run.stdout).toMatchSnapshot();
  });
});
