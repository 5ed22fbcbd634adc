/** Counts shared by the human-readable formats. */
import type { Finding } from '../model/finding.js';
import { SEVERITIES } from '../model/severity.js';
import type { ScanResult } from '../pipeline/scan.js';

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Findings that count: suppressed ones are reported in JSON/SARIF but neither shown nor failing. */
export function activeFindings(result: Pick<ScanResult, 'findings'>): Finding[] {
  return result.findings.filter((f) => !f.suppressed);
}

/** "12 findings (2 critical, 5 high, 5 medium) in 7 files · 1 suppressed · 3 errors · 41 grants" */
export function summaryLine(result: ScanResult): string {
  const active = activeFindings(result);
  const counts = SEVERITIES.map((s) => [s, active.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  const bySeverity = counts.length > 0 ? ` (${counts.map(([s, n]) => `${n} ${s}`).join(', ')})` : '';
  const suppressed = result.findings.length - active.length;
  const parts = [
    `${plural(active.length, 'finding')}${bySeverity} in ${plural(result.stats.files, 'file')}`,
    ...(suppressed > 0 ? [`${suppressed} suppressed`] : []),
    plural(result.errors.length, 'error'),
    plural(result.grants.length, 'grant'),
  ];
  return parts.join(' · ');
}
