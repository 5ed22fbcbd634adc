/** Listings of the rules (`grantlint rules`). */
import type { RuleModule } from '../model/rule.js';
import { palette } from './ansi.js';
import { ruleHelpUri, TOOL_NAME, TOOL_VERSION } from './tool.js';

export function rulesText(rules: readonly RuleModule[], color: boolean): string {
  const p = palette(color);
  const sorted = [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
  const idWidth = Math.max(0, ...sorted.map((r) => r.meta.id.length));
  const lines = sorted.map(
    (r) => `${p.bold(r.meta.id.padEnd(idWidth))}  ${p.severity(r.meta.severity, r.meta.severity.padEnd(8))}  ${r.meta.category.padEnd(22)}  ${r.meta.description}`,
  );
  lines.push('', `${sorted.length} rules`);
  return lines.join('\n') + '\n';
}

export function rulesJson(rules: readonly RuleModule[]): string {
  return (
    JSON.stringify(
      {
        version: 1,
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        rules: rules.map((r) => ({
          id: r.meta.id,
          title: r.meta.title,
          category: r.meta.category,
          severity: r.meta.severity,
          description: r.meta.description,
          packs: r.meta.packs,
          compliance: r.meta.compliance,
          helpUri: ruleHelpUri(r.meta),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
