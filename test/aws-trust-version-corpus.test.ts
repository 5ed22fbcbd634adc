/**
 * The policy-version and trust inventory rules on the real corpus. Every finding listed here was read in its file:
 * the Terraform and plan findings are pinned one by one; for CloudFormation (hundreds of Version-less documents,
 * mostly SAM inputs and SAM translator outputs) the counts are pinned with invariants that keep them honest.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { runRules } from '../src/analyze/engine.js';
import type { Finding } from '../src/model/finding.js';
import type { Grant } from '../src/model/grant.js';
import { scan } from '../src/pipeline/scan.js';
import { CORPUS, hasCorpus } from './support/corpus.js';

const RULE_IDS = ['aws-iam-policy-version', 'aws-trust-external-account', 'aws-trust-service-no-source'];
const rules = builtinRules.filter((r) => RULE_IDS.includes(r.meta.id));

async function run(corpus: string) {
  const extracted = await scan({ paths: [path.join(CORPUS, corpus)], cwd: CORPUS, rules: [] });
  // One of the two outside accounts the Terraform corpus trusts is listed: the other one is reported.
  const settings = new Map([['aws-trust-external-account', { options: { trustedAccounts: ['307990089504'] } }]]);
  const result = runRules({ grants: extracted.grants, unresolved: extracted.unresolved, rules, settings });
  const byId = new Map(extracted.grants.map((g) => [g.id, g]));
  return { grants: extracted.grants, findings: result.findings, errors: result.errors, grantOf: (f: Finding) => byId.get(f.grantIds[0]!)! };
}

const located = (f: Finding) => `${f.span.file}:${f.span.line}:${f.span.column} ${f.messageId}`;
const count = (findings: readonly Finding[], ruleId: string, messageId?: string) => findings.filter((f) => f.ruleId === ruleId && (messageId === undefined || f.messageId === messageId)).length;
/** Grants stated by a policy document (statements carry their index). */
const fromDocument = (g: Grant) => g.cloud === 'aws' && typeof g.details?.statementIndex === 'number';

describe.skipIf(!hasCorpus)('policy version and trust rules on the corpus', () => {
  it('Terraform: the four Version-less or 2008 documents, and the trust findings', async () => {
    const { grants, findings, errors } = await run('terraform');
    expect(errors).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'aws-iam-policy-version').map(located)).toEqual([
      'aws-samples__serverless-patterns/eventbridge-sns-lambda-terraform/main.tf:72:5 oldVersion',
      'aws-samples__serverless-patterns/eventbridge-sns-terraform/main.tf:30:5 oldVersion',
      'aws-samples__serverless-patterns/s3-cloudfront-spa-tf/terraform/template.tf:119:7 noVersion',
      'aws-samples__serverless-patterns/s3-sqs-lambda-terraform/main.tf:127:9 noVersion',
    ]);
    // Every document grant carries its Version (data sources render 2012-10-17).
    expect(grants.filter(fromDocument).filter((g) => g.details!.policyVersion === undefined)).toEqual([]);
    expect(count(findings, 'aws-trust-service-no-source')).toBe(58);
    // A module of terraform-aws-iam called twice, trusting a user of another account.
    expect(findings.filter((f) => f.ruleId === 'aws-trust-external-account').map((f) => `${located(f)} ${f.span.address} ${f.severity}`)).toEqual([
      'terraform-aws-modules__terraform-aws-iam/modules/iam-role/main.tf:239:3 notAllowed module.iam_roles["readonly"].aws_iam_role.this[0] medium',
      'terraform-aws-modules__terraform-aws-iam/modules/iam-role/main.tf:239:3 notAllowed module.iam_role_instance_profile.aws_iam_role.this[0] medium',
    ]);
  });

  it('plans: the Version-less SNS topic policy of a plan', async () => {
    const { grants, findings, errors } = await run('tfplan');
    expect(errors).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'aws-iam-policy-version').map(located)).toEqual([
      'terraform-compliance__cli/tests/functional/test_issue-307/plan.out.json:1:2486 noVersion',
    ]);
    expect(grants.filter(fromDocument).filter((g) => g.details!.policyVersion === undefined)).toEqual([]);
    expect(count(findings, 'aws-trust-service-no-source')).toBe(3);
  });

  it('CloudFormation: one finding per document, only SAM-written documents unrecorded, no pseudo parameter taken for a variable', async () => {
    const { grants, findings, errors, grantOf } = await run('cloudformation');
    expect(errors).toEqual([]);
    const version = findings.filter((f) => f.ruleId === 'aws-iam-policy-version');
    expect(count(version, 'aws-iam-policy-version', 'literalVariables')).toBe(0);
    expect(count(version, 'aws-iam-policy-version', 'unknownVersion')).toBe(0);
    expect(version.filter((f) => f.messageId === 'oldVersion').map(located)).toEqual([
      'aws-samples__serverless-patterns/apigw-rest-api-batch-sam/template.yaml:180:13 oldVersion',
      'aws-samples__serverless-patterns/cloudfront-s3-oac-sam/template.yaml:89:13 oldVersion',
      'aws-samples__serverless-patterns/eventbridge-batch-sam/template.yaml:128:13 oldVersion',
      'aws-samples__serverless-patterns/eventbridge-scheduled-batch-sam/template.yaml:121:13 oldVersion',
    ]);
    expect(count(version, 'aws-iam-policy-version', 'noVersion')).toBeGreaterThan(400);
    // One finding per document: never two for the same file, address and policy.
    const documents = version.map((f) => JSON.stringify([f.span.file, f.span.address, f.data.policy]));
    expect(new Set(documents).size).toBe(documents.length);
    // Each finding sits on a grant whose document says no Version (or 2008-10-17).
    expect(new Set(version.map((f) => grantOf(f).details!.policyVersion))).toEqual(new Set([null, '2008-10-17']));
    // Versions are recorded for every document except those SAM writes itself, which come only from generated roles.
    const unrecorded = grants.filter(fromDocument).filter((g) => g.details!.policyVersion === undefined);
    expect(unrecorded.length).toBeGreaterThan(100);
    expect(unrecorded.filter((g) => g.details!.generatedFrom === undefined)).toEqual([]);
    expect(count(findings, 'aws-trust-service-no-source')).toBeGreaterThan(200);
    expect(count(findings, 'aws-trust-external-account')).toBe(0);
  });
});
