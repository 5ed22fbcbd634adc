/** The machine-readable report. Its shape is a contract read by other tools: add fields, never remove or rename. */
import type { Finding, ToolError } from '../model/finding.js';
import type { Grant, Principal } from '../model/grant.js';
import type { Category, Severity } from '../model/severity.js';
import type { ScanResult, ScanStats } from '../pipeline/scan.js';
import { TOOL_NAME, TOOL_VERSION } from './tool.js';
import type { Reporter } from './types.js';

export interface JsonFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  address: string | null;
  principal: Principal | null;
  fingerprint: string;
  suppressed?: NonNullable<Finding['suppressed']>;
}

export interface JsonError {
  file: string;
  line: number;
  column: number;
  message: string;
  code: string;
}

export interface JsonReport {
  version: 1;
  tool: { name: string; version: string };
  findings: JsonFinding[];
  grants: Grant[];
  errors: JsonError[];
  stats: ScanStats;
}

export function toJsonFinding(f: Finding): JsonFinding {
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    file: f.span.file,
    line: f.span.line,
    column: f.span.column,
    endLine: f.span.endLine,
    endColumn: f.span.endColumn,
    address: f.span.address ?? null,
    principal: f.principal ?? null,
    fingerprint: f.fingerprint,
    ...(f.suppressed ? { suppressed: f.suppressed } : {}),
  };
}

export function toJsonError(e: ToolError): JsonError {
  return { file: e.file, line: e.line, column: e.column, message: e.message, code: e.code };
}

export function toJsonReport(result: ScanResult): JsonReport {
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    findings: result.findings.map(toJsonFinding),
    grants: result.grants,
    errors: result.errors.map(toJsonError),
    stats: result.stats,
  };
}

export const jsonReporter: Reporter = (result) => JSON.stringify(toJsonReport(result), null, 2) + '\n';
