/**
 * The Terraform plan corpus: every plan parses (upstream-invalid files aside), the plans with IAM resources yield
 * grants, and where a plan sits beside its .tf configuration, the grants from the plan and from the source agree
 * wherever values are known.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { scan } from '../src/pipeline/scan.js';
import type { Grant } from '../src/model/grant.js';
import { CORPUS, hasCorpus, ROOT } from './support/corpus.js';

/** Tool errors in the plan corpus, with why. May only shrink. */
const EXPECTED_ERRORS: Record<string, string> = {
  // Upstream marks it invalid (testdata/invalid): a second JSON value follows the plan.
  'hashicorp__terraform-json/testdata/invalid/plan.json:676:29 parse': 'invalid upstream',
  // A .tf fixture beside a plan references a variable it never declares; terraform rejects it the same way.
  'bridgecrewio__checkov/tests/common/runner_registry/plan_with_hcl_for_enrichment/iam.tf:14:35 evaluate': 'undeclared variable upstream',
};

/** Plan grants whose source grant is missing, with why. May only shrink. */
const NO_SOURCE_COUNTERPART: Record<string, string> = {
  'bridgecrewio__checkov/tests/common/runner_registry/plan_with_hcl_for_enrichment/iam.tf|aws_iam_policy.policy':
    'the .tf does not evaluate (undeclared variable, above), so the source side has no grant',
};

const isKnown = (g: Grant) => g.unresolved.length === 0 && ![...g.actions, ...g.resources, g.principal.name].some((x) => x.includes('${'));
const identity = (g: Grant) => JSON.stringify([g.kind, g.principal.type, g.principal.name, g.effect, [...g.actions].sort(), [...g.resources].sort(), g.role ?? '']);

describe.skipIf(!hasCorpus)('Terraform plan corpus', () => {
  it('parses every plan, yields grants for the plans with IAM resources, and agrees with the source', async () => {
    const result = await scan({ paths: [path.join(CORPUS, 'tfplan')], cwd: ROOT, rules: [] });
    expect(result.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.code}`).sort()).toEqual(Object.keys(EXPECTED_ERRORS).sort());

    const fromPlans = result.grants.filter((g) => g.source.format === 'tfplan');
    const plansWithGrants = new Set(fromPlans.map((g) => String(g.details?.planFile)));
    expect(plansWithGrants.size).toBe(34);

    // Beside its configuration, a plan grant is located in the .tf file: compare it with the source's grants there.
    const sourceByPlace = new Map<string, Grant[]>();
    for (const g of result.grants) {
      if (g.source.format !== 'terraform') continue;
      const place = `${g.source.file}|${g.source.address}`;
      sourceByPlace.set(place, [...(sourceByPlace.get(place) ?? []), g]);
    }
    const planByPlace = new Map<string, Grant[]>();
    for (const g of fromPlans) {
      if (!g.source.file.endsWith('.tf')) continue;
      const place = `${g.source.file}|${g.source.address}`;
      planByPlace.set(place, [...(planByPlace.get(place) ?? []), g]);
    }
    const missing: string[] = [];
    const disagreements: string[] = [];
    let compared = 0;
    for (const [place, planned] of planByPlace) {
      const declared = sourceByPlace.get(place);
      if (!declared) {
        missing.push(place);
        continue;
      }
      if (!planned.every(isKnown) || !declared.every(isKnown)) continue;
      compared++;
      const a = planned.map(identity).sort();
      const b = declared.map(identity).sort();
      if (JSON.stringify(a) !== JSON.stringify(b)) disagreements.push(`${place}: plan ${a.join(' ; ')} / source ${b.join(' ; ')}`);
    }
    expect(missing.sort()).toEqual(Object.keys(NO_SOURCE_COUNTERPART).sort());
    expect(disagreements).toEqual([]);
    console.log(`plan corpus: ${plansWithGrants.size} plans with grants; ${compared} declarations compared with their source, all equal`);
    expect(compared).toBeGreaterThanOrEqual(30);
  });
});
