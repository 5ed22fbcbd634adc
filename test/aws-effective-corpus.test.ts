/**
 * The corpus, end to end, for the rules built on effective permissions, the trust and validity rules and the
 * wildcard-resource rule: no rule fails on real input, and no wildcard-resource finding names an action that accepts only `Resource: "*"`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { runRules } from '../src/analyze/engine.js';
import { acceptsOnlyWildcardResource, isKnownAction } from '../src/analyze/aws/iam-data.js';
import { scan } from '../src/pipeline/scan.js';
import { CORPUS, hasCorpus } from './support/corpus.js';

const RULE_IDS = [
  'aws-iam-wildcard-resource',
  'aws-iam-privilege-escalation',
  'aws-iam-role-chaining',
  'aws-iam-data-exfiltration',
  'aws-iam-credentials-exposure',
  'aws-iam-resource-exposure',
  'aws-iam-policy-validity',
  'aws-trust-federated-conditions',
];
const rules = builtinRules.filter((r) => RULE_IDS.includes(r.meta.id));

describe.skipIf(!hasCorpus).each(['terraform', 'cloudformation', 'tfplan'])('%s corpus', (corpus) => {
  it('raises no wildcard-resource finding for a wildcard-only action, and no rule fails', async () => {
    // The rules run on the extracted grants directly: the findings are the rules' own, before any suppression.
    const extracted = await scan({ paths: [path.join(CORPUS, corpus)], cwd: CORPUS, rules: [] });
    const result = runRules({ grants: extracted.grants, unresolved: extracted.unresolved, rules });
    expect(result.errors.map((e) => e.message)).toEqual([]);
    const wildcard = result.findings.filter((f) => f.ruleId === 'aws-iam-wildcard-resource');
    const named = wildcard.flatMap((f) => [...String(f.data.examples).matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
    expect(named.every(isKnownAction)).toBe(true);
    expect(named.filter(acceptsOnlyWildcardResource)).toEqual([]);
    if (corpus === 'terraform') {
      expect(wildcard.length).toBeGreaterThan(50);
      expect(result.findings.filter((f) => f.ruleId === 'aws-iam-privilege-escalation').length).toBeGreaterThan(10);
    }
  });
});
