/**
 * `node dist/bench/effective.js [corpus-dir]`: the time effective-permission analysis adds to a scan of the Terraform
 * corpus. Measures the scan without rules, then, on its grants, the effective-permission computation with every
 * rule built on it (escalation, role chaining, exposure), each the best of several runs on fresh grant arrays (the
 * computation is cached per array). Prints one JSON line; the target is an addition of at most 30 %.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { runRules } from '../src/analyze/engine.js';
import { effectivePermissions } from '../src/analyze/aws/effective.js';
import { scan } from '../src/pipeline/scan.js';
import { builtinRules } from '../rules/index.js';

/** Rules that read effective permissions (they share one computation per scan). */
export const EFFECTIVE_RULE_IDS = [
  'aws-iam-privilege-escalation',
  'aws-iam-role-chaining',
  'aws-iam-data-exfiltration',
  'aws-iam-credentials-exposure',
  'aws-iam-resource-exposure',
];

async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = path.resolve(process.argv[2] ?? path.resolve(here, '../../../shared/corpus/terraform'));
  const runs = 5;
  let scanMs = Infinity;
  let grants: Awaited<ReturnType<typeof scan>>['grants'] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = await scan({ paths: [dir], rules: [] });
    scanMs = Math.min(scanMs, performance.now() - t0);
    grants = result.grants;
  }
  const rules = builtinRules.filter((r) => EFFECTIVE_RULE_IDS.includes(r.meta.id));
  let computeMs = Infinity;
  let rulesMs = Infinity;
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const copy = [...grants];
    const t0 = performance.now();
    const effective = effectivePermissions(copy);
    const t1 = performance.now();
    findings = runRules({ grants: copy, unresolved: [], rules }).findings.length;
    const t2 = performance.now();
    computeMs = Math.min(computeMs, t1 - t0);
    rulesMs = Math.min(rulesMs, t2 - t0);
    if (effective.principals.size === 0 && grants.length > 0) throw new Error('no principals computed');
  }
  const principals = effectivePermissions(grants).principals.size;
  process.stdout.write(
    JSON.stringify({
      corpus: dir,
      grants: grants.length,
      principals,
      scanMs: Math.round(scanMs),
      effectiveMs: Math.round(computeMs),
      effectiveWithRulesMs: Math.round(rulesMs),
      findings,
      addedPercent: Math.round((rulesMs / scanMs) * 1000) / 10,
      rules: rules.map((r) => r.meta.id),
    }) + '\n',
  );
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
