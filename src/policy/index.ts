/** The organization's entitlement policy: which one applies to a scan, loaded and validated. */
import path from 'node:path';
import type { ToolError } from '../model/finding.js';
import { defaultPolicy, findPolicyFile, loadPolicy } from './load.js';
import type { Policy } from './types.js';

export type { Policy } from './types.js';
export { defaultPolicy, findPolicyFile, loadPolicy } from './load.js';
export { runPolicy, settleFindings, knownRuleIds } from './apply.js';

/**
 * The policy of a scan: the one given, else `config` (relative to `cwd`), else the `.grantlint.*` found from the first
 * scanned path upward, else the default (`extends: [grantlint:recommended]`). With errors, `policy` is undefined.
 */
export function resolvePolicy(request: { policy?: Policy | undefined; config?: string | undefined; paths: readonly string[]; cwd: string; discover: boolean }): {
  policy: Policy | undefined;
  errors: ToolError[];
} {
  if (request.policy) return { policy: request.policy, errors: [] };
  const file = request.config !== undefined ? path.resolve(request.cwd, request.config) : request.discover ? findPolicyFile(path.resolve(request.cwd, request.paths[0] ?? '.')) : undefined;
  if (file === undefined) return { policy: defaultPolicy(), errors: [] };
  return loadPolicy(file);
}
