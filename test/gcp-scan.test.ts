/** The GCP rules through the whole pipeline (discover → Terraform front end → rules) on fixtures/gcp/iam. */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { scan } from '../src/pipeline/scan.js';
import { ROOT } from './support/corpus.js';

describe('GCP rules on fixtures/gcp/iam', () => {
  it('reports every finding at the member, custom role or key that causes it', async () => {
    const rules = builtinRules.filter((r) => r.meta.id.startsWith('gcp-'));
    const result = await scan({
      paths: ['fixtures/gcp/iam'],
      cwd: ROOT,
      rules,
      settings: new Map([['gcp-untrusted-domain-member', { options: { trustedDomains: ['example.com'] } }]]),
    });
    expect(result.errors).toEqual([]);
    expect(result.grants.filter((g) => g.cloud === 'gcp')).toHaveLength(16);
    expect(result.findings.map((f) => `${f.span.file}:${f.span.line}:${f.span.column} ${f.ruleId}/${f.messageId} ${f.severity}`)).toEqual([
      'fixtures/gcp/iam/main.tf:4:13 gcp-basic-role/basicRole high',
      'fixtures/gcp/iam/main.tf:16:5 gcp-privileged-role-wide-scope/iamAdmin high',
      'fixtures/gcp/iam/main.tf:17:5 gcp-privileged-role-wide-scope/iamAdmin high',
      'fixtures/gcp/iam/main.tf:17:5 gcp-user-member-wide-scope/userMember low',
      'fixtures/gcp/iam/main.tf:34:12 gcp-public-member/allUsers high',
      'fixtures/gcp/iam/main.tf:41:17 gcp-custom-role-escalation/escalation high',
      'fixtures/gcp/iam/main.tf:50:1 gcp-service-account-key/generatedKey medium',
      'fixtures/gcp/iam/main.tf:71:62 gcp-public-member/allAuthenticatedUsers high',
      'fixtures/gcp/iam/policy.tf:4:16 gcp-authoritative-iam/policy low',
      'fixtures/gcp/iam/policy.tf:34:18 gcp-authoritative-iam/policy low',
    ]);
    const escalation = result.findings.find((f) => f.ruleId === 'gcp-custom-role-escalation')!;
    expect(escalation.message).toBe(
      'Custom role `projects/payments-prod/roles/deployer` holds `run.services.create`, `iam.serviceAccounts.actAs`, `run.services.setIamPolicy`: its holders can deploy a public Cloud Run service that runs as a service account (ExfilCloudRunServiceUnauthCall). Remove the permission or split the role so no holder gets the whole set.',
    );
  });
});
