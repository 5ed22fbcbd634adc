import { describe, expect, it } from 'vitest';
import { complianceReport, FRAMEWORKS, FRAMEWORK_NAMES } from '../src/analyze/compliance.js';
import { complianceJson, complianceMarkdown, complianceText } from '../src/report/compliance.js';
import { builtinRules } from '../rules/index.js';
import { defineRule, type RuleModule } from '../src/model/rule.js';
import type { Finding } from '../src/model/finding.js';
import { cli } from './cli-support.js';

const rule = (id: string, controls: string[]): RuleModule =>
  defineRule({
    meta: {
      id,
      title: id,
      category: 'wildcard',
      severity: 'high',
      description: `Disallow ${id}`,
      docs: `rules/${id}/README.md`,
      compliance: controls.map((control) => ({ framework: 'soc2', control })),
      packs: ['recommended'],
      messages: { m: 'x' },
    },
    check() {},
  });

const finding = (ruleId: string, line: number, suppressed?: Finding['suppressed']): Finding => ({
  ruleId,
  category: 'wildcard',
  severity: 'high',
  messageId: 'm',
  data: {},
  message: `${ruleId} here`,
  span: { file: 'main.tf', line, column: 3, endLine: line, endColumn: 9, address: 'aws_iam_policy.p' },
  grantIds: [],
  fingerprint: `fp-${ruleId}-${line}`,
  ...(suppressed ? { suppressed } : {}),
});

describe('compliance report', () => {
  const rules = [rule('wild', ['CC6.1', 'CC6.3']), rule('clean', ['CC6.1']), rule('accepted', ['CC6.2'])];
  const findings = [finding('wild', 4), finding('accepted', 8, { kind: 'exemption', reason: 'known' })];
  const report = complianceReport('soc2', rules, findings);

  it('fails a control with an active finding, passes one whose rules ran clean, and does not assess the rest', () => {
    expect(report.controls.map((c) => [c.control, c.status, c.rules, c.findings.map((f) => f.span.line), c.suppressed.map((f) => f.span.line)])).toEqual([
      ['CC6.1', 'fail', ['clean', 'wild'], [4], []],
      ['CC6.2', 'pass', ['accepted'], [], [8]],
      ['CC6.3', 'fail', ['wild'], [4], []],
    ]);
    expect(report.summary).toEqual({ pass: 1, fail: 2, 'not-assessed': 0 });
    expect(complianceReport('hipaa', rules, findings).controls.map((c) => `${c.control} ${c.status}`)).toEqual([
      '164.308(a)(3)(i) not-assessed',
      '164.308(a)(4)(i) not-assessed',
      '164.312(a)(1) not-assessed',
    ]);
  });

  it('renders text, markdown and json', () => {
    expect(complianceText(report)).toBe(
      [
        'SOC 2 Trust Services Criteria (logical access) (soc2)',
        '',
        'FAIL         CC6.1  Logical access to protected assets is restricted',
        '                    rules: clean, wild',
        '                    main.tf:4:3 wild: wild here',
        'PASS         CC6.2  Users are registered and authorized before credentials are issued',
        '                    rules: accepted',
        '                    main.tf:8:3 accepted (suppressed: known)',
        'FAIL         CC6.3  Access is granted, changed and removed by authorization, least privilege and separation of duties',
        '                    rules: wild',
        '                    main.tf:4:3 wild: wild here',
        '',
        '1 passed · 2 failed · 0 not assessed',
        '',
      ].join('\n'),
    );
    expect(complianceMarkdown(report).split('\n').slice(2, 6)).toEqual([
      '| Control | Status | Title | Rules | Findings |',
      '| --- | --- | --- | --- | --- |',
      '| CC6.1 | FAIL | Logical access to protected assets is restricted | clean, wild | `main.tf:4:3` wild |',
      '| CC6.2 | PASS | Users are registered and authorized before credentials are issued | accepted | `main.tf:8:3` accepted (suppressed) |',
    ]);
    const json = JSON.parse(complianceJson(report)) as { framework: string; summary: unknown; controls: Array<{ control: string; status: string; findings: Array<{ line: number }> }> };
    expect(json.framework).toBe('soc2');
    expect(json.controls.map((c) => `${c.control} ${c.status} ${c.findings.map((f) => f.line).join(',')}`)).toEqual(['CC6.1 fail 4', 'CC6.2 pass ', 'CC6.3 fail 4']);
  });

  it('names every control a built-in rule maps to', () => {
    const unnamed = builtinRules.flatMap((r) => r.meta.compliance.filter((c) => !Object.hasOwn(FRAMEWORKS[c.framework].controls, c.control)).map((c) => `${r.meta.id} ${c.framework} ${c.control}`));
    expect(unnamed).toEqual([]);
    expect(FRAMEWORK_NAMES).toEqual(['cis-aws', 'cis-azure', 'cis-gcp', 'pci-dss-4', 'hipaa', 'soc2', 'nist-800-53']);
  });
});

describe('grantlint report --compliance', () => {
  it('prints each control of the framework for a scan, exit 1 when one fails', async () => {
    const run = await cli(['report', '--compliance', 'cis-aws', 'fixtures/policy/baseline', '--format', 'json']);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { controls: Array<{ control: string; status: string; rules: string[]; findings: Array<{ ruleId: string; line: number }> }> };
    expect(json.controls.map((c) => `${c.control} ${c.status} ${c.findings.map((f) => `${f.ruleId}:${f.line}`).join(',')}`)).toEqual([
      '1.15 not-assessed ',
      '1.16 fail aws-iam-full-admin:12',
      '1.17 not-assessed ',
      '1.18 fail aws-iam-user-static-credentials:35',
      '1.22 not-assessed ',
    ]);
  });

  it('needs a known framework', async () => {
    expect(await cli(['report', 'fixtures/policy/baseline'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "grantlint: 'report' needs --compliance FRAMEWORK; valid values: cis-aws, cis-azure, cis-gcp, pci-dss-4, hipaa, soc2, nist-800-53\nRun 'grantlint --help' for usage.\n",
    });
    expect((await cli(['report', '--compliance', 'iso27001'])).stderr).toBe(
      "grantlint: 'report' got unknown --compliance 'iso27001'; valid values: cis-aws, cis-azure, cis-gcp, pci-dss-4, hipaa, soc2, nist-800-53\nRun 'grantlint --help' for usage.\n",
    );
  });
});
