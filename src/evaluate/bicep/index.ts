/**
 * Bicep evaluation entry point: evaluates every root `.bicep` file of a scan (files no other scanned file calls as a
 * local module or imports from), with parameter values from the `.bicepparam` file that uses it and `--param`.
 */
import type { SourceFile } from '../../model/document.js';
import { warmUpBicepParser } from '../../parse/bicep/index.js';
import type { Value } from '../value.js';
import { BicepEvaluator, armParameterValues, resolveLocal, staticString } from './evaluate.js';
import { moduleReferences } from './references.js';
import type { BicepEvaluation } from './model.js';

export type * from './model.js';
export { resolveLocal, staticString };

/** From this many files on, warming the parser up first pays for itself (see src/parse/bicep/warm-up.ts). */
const WARM_UP_FROM_FILES = 30;
let filesEvaluatedOnThisThread = 0;

export interface BicepScanOptions {
  /** `--param name=value` overrides for root files. */
  parameters?: Record<string, string>;
  /**
   * Parameter files named for the scan (`.bicepparam` or ARM JSON `{"parameters": ...}`): their values apply to every
   * root file, over the values of the `.bicepparam` that uses it and under `parameters`.
   */
  parameterFiles?: SourceFile[];
  /** Resource types whose bodies are evaluated (all when absent): a consumer that reads only some types names them. */
  resourceBodies?: (type: string) => boolean;
}

export function evaluateBicep(files: SourceFile[], all: ReadonlyMap<string, SourceFile>, options: BicepScanOptions = {}): BicepEvaluation {
  // Counted per thread: a scan hands the files over in small groups (see the Bicep front end's partition).
  filesEvaluatedOnThisThread += files.length;
  if (filesEvaluatedOnThisThread >= WARM_UP_FROM_FILES) warmUpBicepParser();
  const bicep = files.filter((f) => f.path.toLowerCase().endsWith('.bicep')).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const paramFiles = files.filter((f) => f.path.toLowerCase().endsWith('.bicepparam')).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Roots come from the references read before parsing (see references.ts), so that no file has to be parsed before
  // its turn; the parser's own references confirm them at the end, and should they differ the scan runs again on those.
  const guessed = new Map(bicep.map((f) => [f.path, moduleReferences(f)]));
  const first = evaluateFrom(bicep, paramFiles, all, options, guessed);
  const confirmed = new Map(bicep.map((f) => [f.path, first.references.get(f.path) ?? []]));
  if (sameRoots(bicep, guessed, confirmed)) return result(first);
  return result(evaluateFrom(bicep, paramFiles, all, options, confirmed));
}

function result(evaluator: BicepEvaluator): BicepEvaluation {
  return { resources: evaluator.resources, unresolved: evaluator.unresolved, errors: evaluator.errors, comments: evaluator.comments };
}

/** Files called as local modules or imported from by the given files: they are evaluated through their callers. */
function referencedFiles(references: ReadonlyMap<string, readonly string[]>): Set<string> {
  const referenced = new Set<string>();
  for (const targets of references.values()) for (const t of targets) referenced.add(t);
  return referenced;
}

function sameRoots(bicep: SourceFile[], a: ReadonlyMap<string, readonly string[]>, b: ReadonlyMap<string, readonly string[]>): boolean {
  const ra = referencedFiles(a);
  const rb = referencedFiles(b);
  return bicep.every((f) => ra.has(f.path) === rb.has(f.path));
}

/**
 * One evaluation of the scan with the given references between the listed files. Each root file is parsed when its
 * turn comes and its tree released after it, and so is each file it calls once no later root calls it.
 */
function evaluateFrom(
  bicep: SourceFile[],
  paramFiles: SourceFile[],
  all: ReadonlyMap<string, SourceFile>,
  options: BicepScanOptions,
  references: ReadonlyMap<string, readonly string[]>,
): BicepEvaluator {
  const evaluator = new BicepEvaluator(all, bicep.map((f) => f.path), options.resourceBodies);
  const referenced = referencedFiles(references);

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

  const roots = bicep.filter((f) => !referenced.has(f.path));
  // The last root (by index) that reaches each file through the references.
  const lastUse = new Map<string, number>();
  roots.forEach((root, i) => {
    const stack = [root.path];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (lastUse.get(file) === i) continue;
      lastUse.set(file, i);
      for (const t of references.get(file) ?? []) stack.push(t);
    }
  });
  roots.forEach((root, i) => {
    const parameterValues = new Map([...(valuesByFile.get(root.path) ?? []), ...fromOptions]);
    evaluator.evaluateRoot(root.path, { ...(options.parameters ? { parameters: options.parameters } : {}), parameterValues });
    for (const file of evaluator.cachedFiles()) if ((lastUse.get(file) ?? i) <= i) evaluator.release(file);
  });
  // Files no root reached: parsed for their errors, comments and references.
  for (const f of bicep) {
    if (evaluator.wasParsed(f.path)) continue;
    evaluator.load(f.path);
    evaluator.release(f.path);
  }
  evaluator.listedFirst();
  return evaluator;
}
