/**
 * SARIF 2.1.0 for GitHub code scanning and SARIF viewers.
 * Paths are repository-relative under %SRCROOT%; fingerprints come from the engine and do not move with lines.
 */
import { pathToFileURL } from 'node:url';
import type { Finding, ToolError } from '../model/finding.js';
import type { RuleMeta } from '../model/rule.js';
import type { Severity } from '../model/severity.js';
import type { SourceSpan } from '../model/span.js';
import { INFORMATION_URI, TOOL_NAME, TOOL_VERSION, ruleHelpUri } from './tool.js';
import type { Reporter } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Our own fingerprint scheme; bump the suffix if the fingerprint's inputs ever change. */
export const FINGERPRINT_KEY = 'grantlint/v1';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, Level> = { critical: 'error', high: 'error', medium: 'warning', low: 'warning', info: 'note' };

/** GitHub reads this as the alert's security severity: >9 critical, 7–8.9 high, 4–6.9 medium, below low. */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };

type RuleDescriptorSource = Pick<RuleMeta, 'id' | 'title' | 'description' | 'severity' | 'category' | 'docs'> & Partial<Pick<RuleMeta, 'compliance'>>;

export const sarifReporter: Reporter = (result) => {
  const descriptors: RuleDescriptorSource[] = result.rules.map((r) => r.meta);
  const indexById = new Map<string, number>(descriptors.map((d, i) => [d.id, i]));
  // Findings from rules outside the run's list (engine meta-rules) still need a descriptor.
  for (const f of result.findings) {
    if (!indexById.has(f.ruleId)) {
      indexById.set(f.ruleId, descriptors.length);
      descriptors.push({ id: f.ruleId, title: f.ruleId, description: f.ruleId, severity: f.severity, category: f.category, docs: `rules/${f.ruleId}/README.md` });
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: INFORMATION_URI,
            rules: descriptors.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(result.root) } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: result.errors.length === 0,
            toolExecutionNotifications: result.errors.map(notification),
          },
        ],
        results: result.findings.map((f) => sarifResult(f, indexById.get(f.ruleId)!)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function ruleDescriptor(meta: RuleDescriptorSource) {
  const helpUri = ruleHelpUri(meta);
  const compliance = (meta.compliance ?? []).map((c) => `${c.framework} ${c.control}`);
  const complianceText = compliance.length > 0 ? `\n\nCompliance: ${compliance.join(', ')}.` : '';
  return {
    id: meta.id,
    name: sarifRuleName(meta.id),
    shortDescription: { text: limit(meta.title) },
    fullDescription: { text: limit(meta.description) },
    helpUri,
    help: {
      text: `${meta.description}${complianceText}\n\nDocumentation: ${helpUri}`,
      markdown: `**${meta.title}**\n\n${meta.description}${complianceText}\n\n[Documentation](${helpUri})`,
    },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      tags: ['security', meta.category],
      'security-severity': SECURITY_SEVERITY[meta.severity],
      precision: 'high',
    },
  };
}

function sarifResult(f: Finding, ruleIndex: number) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: physicalLocation(f.span),
        ...(f.span.address ? { logicalLocations: [{ fullyQualifiedName: f.span.address, kind: 'resource' }] } : {}),
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint, primaryLocationLineHash: f.fingerprint },
    properties: {
      severity: f.severity,
      category: f.category,
      ...(f.principal ? { principal: `${f.principal.type}:${f.principal.name}` } : {}),
    },
    ...(f.suppressed
      ? {
          suppressions: [
            {
              kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external',
              status: 'accepted',
              justification: f.suppressed.reason,
            },
          ],
        }
      : {}),
  };
}

function notification(e: ToolError) {
  return {
    level: 'error',
    message: { text: e.message },
    descriptor: { id: e.code },
    ...(e.file
      ? { locations: [{ physicalLocation: physicalLocation({ file: e.file, line: e.line, column: e.column, endLine: e.endLine ?? e.line, endColumn: e.endColumn ?? e.column + 1 }) }] }
      : {}),
  };
}

function physicalLocation(span: Pick<SourceSpan, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'>) {
  return {
    artifactLocation: { uri: relativeUri(span.file), uriBaseId: SRCROOT },
    region: {
      startLine: span.line,
      startColumn: span.column,
      endLine: Math.max(span.endLine, span.line),
      endColumn: span.endLine > span.line ? Math.max(span.endColumn, 1) : Math.max(span.endColumn, span.column + 1),
    },
  };
}

/** A repository-relative path as a relative URI reference (segments percent-encoded). */
function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** `aws/no-wildcard-action` → `AwsNoWildcardAction`: SARIF names are identifiers, ids may hold slashes. */
export function sarifRuleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** Code scanning rejects descriptions over 1,024 characters. */
function limit(text: string): string {
  return text.length <= 1024 ? text : `${text.slice(0, 1021)}...`;
}
