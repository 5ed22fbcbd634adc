/** `grantlint report --compliance <framework>`: each control with its status and the findings behind it (text, markdown, json). */
import type { ComplianceReport, ControlResult, ControlStatus } from '../analyze/compliance.js';
import type { Finding } from '../model/finding.js';
import { TOOL_NAME, TOOL_VERSION } from './tool.js';

const STATUS_LABEL: Record<ControlStatus, string> = { pass: 'PASS', fail: 'FAIL', 'not-assessed': 'NOT ASSESSED' };

function where(f: Finding): string {
  return `${f.span.file}:${f.span.line}:${f.span.column}`;
}

function summaryText(report: ComplianceReport): string {
  const { pass, fail } = report.summary;
  return `${pass} passed · ${fail} failed · ${report.summary['not-assessed']} not assessed`;
}

export function complianceText(report: ComplianceReport): string {
  const lines = [`${report.title} (${report.framework})`, ''];
  const width = Math.max(...report.controls.map((c) => c.control.length));
  for (const c of report.controls) {
    lines.push(`${STATUS_LABEL[c.status].padEnd(12)} ${c.control.padEnd(width)}  ${c.title}`);
    if (c.rules.length > 0) lines.push(`${' '.repeat(13 + width + 2)}rules: ${c.rules.join(', ')}`);
    for (const f of c.findings) lines.push(`${' '.repeat(13 + width + 2)}${where(f)} ${f.ruleId}: ${f.message}`);
    for (const f of c.suppressed) lines.push(`${' '.repeat(13 + width + 2)}${where(f)} ${f.ruleId} (suppressed: ${f.suppressed!.reason})`);
  }
  lines.push('', summaryText(report), '');
  return lines.join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function complianceMarkdown(report: ComplianceReport): string {
  const findingCell = (c: ControlResult) =>
    [...c.findings.map((f) => `\`${where(f)}\` ${f.ruleId}`), ...c.suppressed.map((f) => `\`${where(f)}\` ${f.ruleId} (suppressed)`)].join('<br>') || '—';
  return [
    `## ${report.title}`,
    '',
    '| Control | Status | Title | Rules | Findings |',
    '| --- | --- | --- | --- | --- |',
    ...report.controls.map((c) =>
      `| ${cell(c.control)} | ${STATUS_LABEL[c.status]} | ${cell(c.title)} | ${c.rules.join(', ') || '—'} | ${cell(findingCell(c))} |`,
    ),
    '',
    summaryText(report),
    '',
  ].join('\n');
}

export function complianceJson(report: ComplianceReport): string {
  const finding = (f: Finding) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.span.file,
    line: f.span.line,
    column: f.span.column,
    address: f.span.address ?? null,
    fingerprint: f.fingerprint,
    ...(f.suppressed ? { suppressed: f.suppressed } : {}),
  });
  return (
    JSON.stringify(
      {
        version: 1,
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        framework: report.framework,
        title: report.title,
        summary: report.summary,
        controls: report.controls.map((c) => ({
          control: c.control,
          title: c.title,
          status: c.status,
          rules: c.rules,
          findings: c.findings.map(finding),
          suppressed: c.suppressed.map(finding),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}

export const complianceFormats = { text: complianceText, markdown: complianceMarkdown, json: complianceJson } as const;
