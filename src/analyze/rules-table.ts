/** The rules as a markdown table, for `grantlint rules --format markdown` and the README. */
import type { ComplianceRef, RuleModule } from '../model/rule.js';

const FRAMEWORK_LABELS: Record<ComplianceRef['framework'], string> = {
  'cis-aws': 'CIS AWS',
  'cis-azure': 'CIS Azure',
  'cis-gcp': 'CIS GCP',
  'pci-dss-4': 'PCI DSS 4',
  hipaa: 'HIPAA',
  soc2: 'SOC 2',
  'nist-800-53': 'NIST 800-53',
};

/** `CIS AWS 1.16; PCI DSS 4 7.2.1, 7.2.2`: controls grouped by framework, in the rule's order. */
export function complianceLabel(refs: readonly ComplianceRef[]): string {
  const byFramework = new Map<string, string[]>();
  for (const ref of refs) {
    const label = FRAMEWORK_LABELS[ref.framework];
    const controls = byFramework.get(label);
    if (controls) controls.push(ref.control);
    else byFramework.set(label, [ref.control]);
  }
  return [...byFramework].map(([label, controls]) => `${label} ${controls.join(', ')}`).join('; ');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** One row per rule, sorted by id; the id links to the rule's docs (paths relative to the repository root). */
export function rulesMarkdown(rules: readonly RuleModule[]): string {
  const sorted = [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
  const rows = sorted.map(({ meta }) =>
    [
      `[\`${meta.id}\`](${meta.docs})`,
      cell(meta.title),
      meta.category,
      meta.severity,
      meta.packs.join(', '),
      cell(complianceLabel(meta.compliance)) || '—',
    ].join(' | '),
  );
  return [
    '| Rule | Title | Category | Severity | Packs | Compliance |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
    '',
  ].join('\n');
}
