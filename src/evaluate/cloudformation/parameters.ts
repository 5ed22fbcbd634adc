/** Parameter files for CloudFormation scans, in both common shapes. */
import { readFileSync } from 'node:fs';
import type { ToolError } from '../../model/finding.js';

/**
 * Reads `[{"ParameterKey": k, "ParameterValue": v}]` (the CLI's `--parameters file://`) or
 * `{"Parameters": {k: v}}` (CodePipeline template configuration). Later files win; problems are `config` errors.
 */
export function readParameterFiles(files: readonly string[], displayPath: (abs: string) => string): { values: Record<string, string>; errors: ToolError[] } {
  const values: Record<string, string> = {};
  const errors: ToolError[] = [];
  for (const abs of files) {
    const file = displayPath(abs);
    const fail = (message: string) => errors.push({ file, line: 1, column: 1, message, code: 'config' });
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(abs, 'utf8').replace(/^\uFEFF/, ''));
    } catch (e) {
      fail(`cannot read parameter file: ${(e as Error).message}`);
      continue;
    }
    if (Array.isArray(data)) {
      for (const [i, entry] of data.entries()) {
        const key = (entry as Record<string, unknown> | null)?.ParameterKey;
        const value = (entry as Record<string, unknown> | null)?.ParameterValue;
        if (typeof key !== 'string' || value === undefined || value === null || typeof value === 'object') {
          fail(`parameter file entry ${i}: expected {"ParameterKey": "...", "ParameterValue": "..."}`);
          continue;
        }
        values[key] = String(value);
      }
    } else if (data && typeof data === 'object' && typeof (data as Record<string, unknown>).Parameters === 'object' && (data as Record<string, unknown>).Parameters !== null) {
      for (const [key, value] of Object.entries((data as { Parameters: Record<string, unknown> }).Parameters)) {
        if (value === null || typeof value === 'object') fail(`parameter ${key}: expected a string value`);
        else values[key] = String(value);
      }
    } else {
      fail('parameter file: expected [{"ParameterKey", "ParameterValue"}] or {"Parameters": {...}}');
    }
  }
  return { values, errors };
}
