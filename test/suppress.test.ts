import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/pipeline/scan.js';
import { builtinRules } from '../rules/index.js';
import { parseDirective, collectInlineSuppressions, applySuppressions } from '../src/analyze/suppressions.js';
import { sarifReporter } from '../src/report/sarif.js';
import { toJsonReport } from '../src/report/json.js';
import { exitCodeOf } from '../src/cli/run.js';
import type { Finding } from '../src/model/finding.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const RULES = builtinRules.filter((r) => ['aws-iam-full-admin', 'aws-iam-wildcard-action', 'azure-privileged-role-assignment'].includes(r.meta.id));
const show = (f: Finding) =>
  `${f.span.file.replace('fixtures/policy/suppress/', '')}:${f.span.line}:${f.span.column} ${f.ruleId}${f.suppressed ? ` suppressed(${f.suppressed.kind}: ${f.suppressed.reason})` : ''}`;

describe('inline suppressions in every format', () => {
  const scanned = scan({ paths: ['fixtures/policy/suppress'], cwd: ROOT, rules: RULES, today: '2026-01-15' });

  it('suppress the block, attribute, YAML entry or resource below them, and report malformed, unused and expired ones', async () => {
    const result = await scanned;
    expect(result.errors).toEqual([]);
    expect(result.findings.map(show)).toEqual([
      // Bicep `//` above a resource statement.
      'main.bicep:6:1 azure-privileged-role-assignment suppressed(inline: Landing-zone automation owns the subscription)',
      'main.bicep:15:1 azure-privileged-role-assignment',
      // HCL `#` above a block covers the block; `//` above an attribute covers the attribute.
      'main.tf:7:18 aws-iam-full-admin suppressed(inline: Break-glass role, two-person rule)',
      'main.tf:17:18 aws-iam-wildcard-action suppressed(inline: CI publishes to its own buckets)',
      'main.tf:21:1 invalid-suppression',
      'main.tf:25:38 aws-iam-wildcard-action',
      'main.tf:28:1 invalid-suppression',
      'main.tf:32:38 aws-iam-wildcard-action',
      'main.tf:35:1 unused-suppression',
      'main.tf:42:1 expired-suppression',
      'main.tf:46:38 aws-iam-wildcard-action',
      // YAML `#` above a resource, and above one statement of a list (the next statement is not covered).
      'stack.yaml:16:17 aws-iam-full-admin suppressed(inline: Bootstrap role, deleted after setup)',
      'stack.yaml:32:17 aws-iam-wildcard-action suppressed(inline: Worker drains every queue of the account)',
      'stack.yaml:35:17 aws-iam-wildcard-action',
      // JSON CloudFormation: Metadata.grantlint.ignore on the resource.
      'template.json:10:13 unused-suppression',
      'template.json:11:13 invalid-suppression',
      'template.json:20:70 aws-iam-full-admin suppressed(inline: Account vending role, audited quarterly)',
    ]);
  });

  it('say what is wrong with each suppression, as engine findings of category policy-violation', async () => {
    const meta = (await scanned).findings.filter((f) => f.category === 'policy-violation');
    expect(meta.map((f) => [f.ruleId, f.severity, `${f.span.line}:${f.span.column}-${f.span.endLine}:${f.span.endColumn}`, f.message])).toEqual([
      ['invalid-suppression', 'low', '21:1-21:43', 'suppression of aws-iam-wildcard-action has no reason; write reason="why this is accepted"'],
      ['invalid-suppression', 'low', '28:1-28:72', "suppression names unknown rule 'aws-iam-wildcard-actoin' (did you mean 'aws-iam-wildcard-action'?)"],
      ['unused-suppression', 'info', '35:1-35:70', 'suppression for aws-iam-full-admin matches no finding; remove it (Was an admin role once)'],
      ['expired-suppression', 'low', '42:1-42:88', 'suppression for aws-iam-wildcard-action expired on 2020-01-01; its findings are reported again (Migration window)'],
      ['unused-suppression', 'info', '10:13-10:88', 'suppression for aws-iam-wildcard-action matches no finding; remove it (Nothing to suppress here)'],
      ['invalid-suppression', 'low', '11:13-11:45', 'suppression of aws-iam-full-admin has no reason; write reason="why this is accepted"'],
    ]);
  });

  it('keep suppressed findings in JSON and SARIF with their reason, and out of the exit code', async () => {
    const result = await scanned;
    const json = toJsonReport(result);
    expect(json.findings.find((f) => f.file.endsWith('template.json') && f.ruleId === 'aws-iam-full-admin')!.suppressed).toEqual({
      kind: 'inline',
      reason: 'Account vending role, audited quarterly',
      expires: '2099-06-30',
    });
    const sarif = JSON.parse(sarifReporter(result, { color: false, cwd: ROOT })) as { runs: Array<{ results: Array<{ ruleId: string; suppressions?: unknown[] }> }> };
    const suppressed = sarif.runs[0]!.results.filter((r) => r.suppressions);
    expect(suppressed.length).toBe(6);
    expect(suppressed[0]!.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'Landing-zone automation owns the subscription' }]);
    // Only the unsuppressed findings count: the highest active one is the Bicep Contributor assignment.
    const yamlOnly = await scan({ paths: ['fixtures/policy/suppress/stack.yaml'], cwd: ROOT, rules: RULES, today: '2026-01-15' });
    expect(yamlOnly.findings.filter((f) => !f.suppressed).map((f) => `${f.span.line} ${f.ruleId} ${f.severity}`)).toEqual(['35 aws-iam-wildcard-action high']);
    expect(exitCodeOf(yamlOnly, 'critical')).toBe(0);
    expect(exitCodeOf(yamlOnly, 'high')).toBe(1);
  });

  it('never hide tool errors', async () => {
    const broken = await scan({
      paths: [],
      cwd: ROOT,
      rules: RULES,
      sources: { root: ROOT, files: [{ absPath: path.join(ROOT, 'x/main.tf'), path: 'x/main.tf', text: '# grantlint-ignore aws-iam-full-admin reason="x"\nresource "a" {\n' }] },
    });
    expect(broken.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.code}`)).toEqual([expect.stringMatching(/^x\/main\.tf:\d+:\d+ parse$/)]);
    expect(broken.findings.map((f) => f.ruleId)).toEqual(['unused-suppression']);
  });
});

describe('parseDirective', () => {
  it('reads the rule id, a double- or single-quoted reason with escapes, and the expiry', () => {
    expect(parseDirective('aws-iam-full-admin reason="say \\"yes\\"" expires=2026-12-31')).toEqual({ ruleId: 'aws-iam-full-admin', reason: 'say "yes"', expires: '2026-12-31' });
    expect(parseDirective("gcp-basic-role reason='legacy project'")).toEqual({ ruleId: 'gcp-basic-role', reason: 'legacy project', expires: undefined });
    expect(parseDirective('reason="no rule"')).toEqual({ ruleId: undefined, reason: 'no rule', expires: undefined });
    expect(parseDirective('aws-iam-full-admin reason=""')).toEqual({ ruleId: 'aws-iam-full-admin', reason: undefined, expires: undefined });
  });

  it('rejects impossible expiry dates and directives without a rule', () => {
    const files = new Map([['a.tf', '# grantlint-ignore aws-iam-full-admin reason="x" expires=2026-02-30\nresource "a" "b" {}\n# grantlint-ignore\nresource "c" "d" {}\n']]);
    const comments = new Map([
      [
        'a.tf',
        [
          { line: 1, column: 1, text: '# grantlint-ignore aws-iam-full-admin reason="x" expires=2026-02-30' },
          { line: 3, column: 1, text: '# grantlint-ignore' },
        ],
      ],
    ]);
    const { suppressions, invalid } = collectInlineSuppressions({ files, comments, knownRuleIds: new Set(['aws-iam-full-admin']) });
    expect(suppressions).toEqual([]);
    expect(invalid.map((f) => `${f.span.line} ${f.messageId} ${f.message}`)).toEqual([
      "1 badDate suppression of aws-iam-full-admin has bad expires '2026-02-30'; expected a real date YYYY-MM-DD",
      '3 noRule grantlint-ignore needs a rule id: grantlint-ignore <rule-id> reason="..."',
    ]);
    // The meta-rules can be turned off or re-rated like any rule.
    const settled = applySuppressions({ findings: [], suppressions: [], invalid, today: '2026-01-01', settings: new Map([['invalid-suppression', { severity: 'off' as const }]]) });
    expect(settled).toEqual([]);
  });
});
