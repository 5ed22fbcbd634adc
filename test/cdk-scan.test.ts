/** CDK apps through the whole pipeline: discovery of .ts files, every rule unchanged, inline suppressions in `//` comments. */
import { describe, expect, it } from 'vitest';
import { scan } from '../src/pipeline/scan.js';
import { ROOT } from './support/corpus.js';

describe('scanning CDK apps', () => {
  it('reports findings at the .ts lines of the fixture apps', async () => {
    const result = await scan({ paths: ['fixtures/cdk'], cwd: ROOT, today: '2026-01-01' });
    expect(result.errors).toEqual([]);
    const at = (rule: string) => result.findings.filter((f) => f.ruleId === rule).map((f) => `${f.span.file}:${f.span.line}:${f.span.column} ${f.span.address ?? ''}`);
    expect(at('aws-iam-full-admin')).toEqual([
      'fixtures/cdk/cdktf/main.ts:33:66 aws_iam_policy.admin',
      'fixtures/cdk/pipeline-app/lib/deploy-stack.ts:22:33 PaymentsDeploy/Boundary',
      'fixtures/cdk/platform-app/lib/platform-stack.ts:12:29 Platform/Admins',
      'fixtures/cdk/platform-app/lib/platform-stack.ts:45:33 Platform/BreakGlass',
    ]);
    expect(at('gcp-basic-role')).toEqual(['fixtures/cdk/cdktf/main.ts:37:117 google_project_iam_member.ci_owner']);
    expect(result.stats.files).toBe(7);
    expect(result.grants.filter((g) => g.source.format === 'cdk')).toHaveLength(result.grants.length);
  });

  it('honours grantlint-ignore comments above a statement', async () => {
    const text = `import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
const stack = new Stack(new App(), 'S');
const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
role.addToPolicy(
  // grantlint-ignore aws-iam-full-admin reason="break-glass role, reviewed" expires=2099-01-01
  new iam.PolicyStatement({ actions: ['*'], resources: ['*'] }),
);
role.addToPolicy(new iam.PolicyStatement({ sid: 'Again', actions: ['*'], resources: ['*'] }));
`;
    const result = await scan({ paths: [], sources: { root: '/repo', files: [{ absPath: '/repo/app.ts', path: 'app.ts', text }] }, today: '2026-01-01' });
    const admin = result.findings.filter((f) => f.ruleId === 'aws-iam-full-admin');
    expect(admin.map((f) => [f.span.line, f.span.column, f.suppressed !== undefined])).toEqual([
      [7, 27, true],
      [9, 42, false],
    ]);
  });
});
