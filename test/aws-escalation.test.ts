/**
 * aws-iam-privilege-escalation end to end: one Terraform file per catalogue method under fixtures/aws-escalation/
 * (each grants exactly the method's actions on `*`), and the semantic cases under fixtures/aws-escalation-cases/
 * (split policies, group and AWS-managed grants, conditions, Deny, PassRole trust, boundaries).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../rules/aws-iam-privilege-escalation/rule.js';
import { ESCALATION_METHODS } from '../src/analyze/aws/escalation.js';
import { scan } from '../src/pipeline/scan.js';
import { ROOT } from './support/corpus.js';

async function findings(dir: string): Promise<string[]> {
  const result = await scan({ paths: [dir], cwd: ROOT, rules: [rule] });
  expect(result.errors).toEqual([]);
  return result.findings.map((f) => `${f.ruleId} ${f.span.file}:${f.span.line}:${f.span.column} ${String(f.data.id)}`);
}

/** Methods whose fixture also opens a smaller method of another kind (the same actions on existing compute). */
const ALSO_OPEN: Record<string, string> = {
  'bedrock-001': 'bedrock-002',
  'codebuild-001': 'codebuild-002',
  'codebuild-004': 'codebuild-003',
  'prowler-batch': 'prowler-batch-submit',
  'sagemaker-001': 'sagemaker-004',
};

describe('a fixture per escalation method', () => {
  it('finds each method at its statement (fixtures/aws-escalation/<id>.tf)', async () => {
    const expected = ESCALATION_METHODS.flatMap((m) => {
      // Role-only methods declare the attacker as a role (4 more lines); the statement object opens at column 7.
      const line = m.principalTypes?.includes('role') ? 15 : 11;
      const file = `fixtures/aws-escalation/${m.id}.tf`;
      const also = ALSO_OPEN[m.id];
      return [m.id, ...(also ? [also] : [])].map((id) => `aws-iam-privilege-escalation ${file}:${line}:7 ${id}`);
    }).sort();
    expect((await findings('fixtures/aws-escalation')).sort()).toEqual(expected);
    expect(expected).toHaveLength(78);
  });
});

describe('semantic cases', () => {
  it('finds split, group, AWS-managed, always-true-condition and pattern paths', async () => {
    const f = 'fixtures/aws-escalation-cases/positive';
    expect(await findings(path.posix.join(f))).toEqual([
      `aws-iam-privilege-escalation ${f}/conditions.tf:10:18 iam-008`,
      `aws-iam-privilege-escalation ${f}/conditions.tf:25:62 iam-001`,
      `aws-iam-privilege-escalation ${f}/group-and-managed.tf:8:62 lambda-001`,
      `aws-iam-privilege-escalation ${f}/group-and-managed.tf:36:16 codebuild-002`,
      `aws-iam-privilege-escalation ${f}/group-and-managed.tf:36:16 codebuild-003`,
      `aws-iam-privilege-escalation ${f}/group-and-managed.tf:36:16 ssm-001`,
      `aws-iam-privilege-escalation ${f}/split.tf:8:62 lambda-001`,
    ]);
  });

  it('names the policies of a split path and the group they come from', async () => {
    const result = await scan({ paths: ['fixtures/aws-escalation-cases/positive/group-and-managed.tf'], cwd: ROOT, rules: [rule] });
    expect(result.findings[0]!.message).toBe(
      '`dev` can raise its privileges through PassRoleToNewLambdaThenInvoke (lambda-001): `iam:PassRole`, `lambda:CreateFunction`, `lambda:InvokeFunction`, granted by fixtures/aws-escalation-cases/positive/group-and-managed.tf:8 (group deployers), fixtures/aws-escalation-cases/positive/group-and-managed.tf:22, passing any role to lambda.amazonaws.com. Remove these actions or limit them to named resources, and add conditions such as `iam:PassedToService`.',
    );
  });

  it('finds nothing when Deny overrides, PassRole reaches only a role that does not trust the service, a condition never holds, the target is AWS-owned or a boundary caps the role', async () => {
    expect(await findings('fixtures/aws-escalation-cases/negative')).toEqual([]);
  });
});
