/**
 * ESLint's compact format, one problem per line, as VS Code's `$eslint-compact` problem matcher reads it:
 * `<absolute path>: line <l>, col <c>, <Error|Warning|Info> - <message> (<ruleId>)`.
 */
import path from 'node:path';
import type { Severity } from '../model/severity.js';
import { oneLine } from './escape.js';
import { activeFindings } from './summary.js';
import type { Reporter } from './types.js';

const LEVEL: Record<Severity, 'Error' | 'Warning' | 'Info'> = {
  critical: 'Error',
  high: 'Error',
  medium: 'Warning',
  low: 'Warning',
  info: 'Info',
};

/** Tool errors take this rule id prefix so editors show them beside findings, e.g. `(grantlint/parse)`. */
export const TOOL_ERROR_RULE_PREFIX = 'grantlint/';

export const compactReporter: Reporter = (result) => {
  // File names come from the scanned tree too: a newline in one must not forge a line.
  const absolute = (file: string) => oneLine(file ? path.join(result.root, ...file.split('/')) : result.root);
  const lines: string[] = [];
  for (const error of result.errors) {
    lines.push(`${absolute(error.file)}: line ${error.line}, col ${error.column}, Error - ${oneLine(error.message)} (${TOOL_ERROR_RULE_PREFIX}${error.code})`);
  }
  for (const f of activeFindings(result)) {
    lines.push(`${absolute(f.span.file)}: line ${f.span.line}, col ${f.span.column}, ${LEVEL[f.severity]} - ${oneLine(f.message)} (${f.ruleId})`);
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
