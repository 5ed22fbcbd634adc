/**
 * Bicep evaluation entry point: evaluates every root `.bicep` file of a scan (files no other scanned file calls as a
 * local module or imports from), with parameter values from the `.bicepparam` file that uses it and `--param`.
 */
import type { SourceFile } from '../../model/document.js';
import { warmUpBicepParser } from '../../parse/bicep/index.js';
import type { Value } from '../value.js';
import { BicepEvaluator, armParameterValues, isRegistryPath, resolveLocal, staticString } from './evaluate.js';
import type { BicepEvaluation } from './model.js';

export type * from './model.js';
export { resolveLocal, staticString };

/** From this many files on, warming the parser up first pays for itself (see src/parse/bicep/warm-up.ts). */
const WARM_UP_FROM_FILES = 30;

export interface BicepScanOptions {
  /** `--param name=value` overrides for root files. */
  parameters?: Record<string, string>;
  /**
   * Parameter files named for the scan (`.bicepparam` or ARM JSON `{"parameters": ...}`): their values apply to every
   * root file, over the values of the `.bicepparam` that uses it and under `parameters`.
   */
  parameterFiles?: SourceFile[];
}

export function evaluateBicep(files: SourceFile[], all: ReadonlyMap<string, SourceFile>, options: BicepScanOptions = {}): BicepEvaluation {
  if (files.length >= WARM_UP_FROM_FILES) warmUpBicepParser();
  const evaluator = new BicepEvaluator(all);
  const bicep = files.filter((f) => f.path.toLowerCase().endsWith('.bicep')).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const paramFiles = files.filter((f) => f.path.toLowerCase().endsWith('.bicepparam')).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  // Files called as local modules or imported from are evaluated through their callers.
  const referenced = new Set<string>();
  for (const f of bicep) {
    const pf = evaluator.load(f.path);
    if (!pf) continue;
    for (const s of pf.program.statements) {
      const target = s.type === 'Module' ? staticString(s.path) : s.type === 'Import' ? staticString(s.from) : undefined;
      if (target !== undefined && !isRegistryPath(target)) referenced.add(resolveLocal(f.path, target));
    }
  }

  // The first `.bicepparam` (by path) that uses a file gives its parameter values.
  const valuesByFile = new Map<string, Map<string, Value>>();
  for (const f of paramFiles) {
    const { using, values } = evaluator.evaluateParamsFile(f.path);
    if (using && !valuesByFile.has(using)) valuesByFile.set(using, values);
  }

  const fromOptions = new Map<string, Value>();
  for (const f of options.parameterFiles ?? []) {
    if (f.path.toLowerCase().endsWith('.bicepparam')) {
      for (const [k, v] of evaluator.evaluateParamsFile(f.path, f).values) fromOptions.set(k, v);
      continue;
    }
    try {
      for (const [k, v] of armParameterValues(JSON.parse(f.text))) fromOptions.set(k, v);
    } catch (e) {
      evaluator.errors.push({ file: f.path, line: 1, column: 1, message: `Parameter file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, code: 'parse' });
    }
  }

  for (const f of bicep) {
    if (referenced.has(f.path)) continue;
    const parameterValues = new Map([...(valuesByFile.get(f.path) ?? []), ...fromOptions]);
    evaluator.evaluateRoot(f.path, { ...(options.parameters ? { parameters: options.parameters } : {}), parameterValues });
  }
  return { resources: evaluator.resources, unresolved: evaluator.unresolved, errors: evaluator.errors, comments: evaluator.comments };
}
