/**
 * The language server's engine: the CLI's scan over one unit (a Terraform module graph, a Bicep directory or one
 * template), with the workspace's policy file, and the last result of every unit for hovers and code actions.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node';
import type { ToolError } from '../model/finding.js';
import { findRepositoryRoot } from '../discover/paths.js';
import { scan, type ScanResult } from '../pipeline/scan.js';
import { applyBaseline, BASELINE_FILE_NAME, parseBaseline, type Baseline } from '../analyze/baseline.js';
import { defaultPolicy, findPolicyFile, loadPolicy, POLICY_FILE_NAMES } from '../policy/load.js';
import type { Policy } from '../policy/types.js';
import { diagnosticsByFile, errorDiagnostic, ruleDocs } from './diagnostics.js';
import { Workspace, type Unit } from './workspace.js';

export interface UnitAnalysis {
  unit: Unit;
  result: ScanResult;
  /** Repository-relative path → its diagnostics, for every file the unit read (empty lists clear old ones). */
  diagnostics: Map<string, Diagnostic[]>;
}

interface PolicyState {
  /** Absolute path of the policy file in use, if any. */
  file: string | undefined;
  policy: Policy;
  errors: ToolError[];
}

interface BaselineState {
  /** Absolute path of `.grantlint-baseline.json` at the repository root, when it exists. */
  file: string | undefined;
  baseline: Baseline | undefined;
  errors: ToolError[];
}

export function isPolicyFile(absPath: string): boolean {
  return (POLICY_FILE_NAMES as readonly string[]).includes(path.basename(absPath));
}

export function isBaselineFile(absPath: string): boolean {
  return path.basename(absPath) === BASELINE_FILE_NAME;
}

export class Analyzer {
  readonly workspace: Workspace;
  private policyState: PolicyState | undefined;
  private baselineState: BaselineState | undefined;
  private readonly analyses = new Map<string, UnitAnalysis>();

  /**
   * @param root repository root (every path in results is relative to it)
   * @param folder the workspace folder: the policy file is looked up from it, as `grantlint scan` run there would
   */
  constructor(
    readonly root: string,
    private readonly folder: string,
    private readonly options: { today?: string } = {},
  ) {
    this.workspace = new Workspace(root);
  }

  /** The policy in use, and the errors of its file (shown in the file: with errors, no rule runs, as in the CLI). */
  policy(): PolicyState {
    if (!this.policyState) {
      const file = findPolicyFile(this.folder);
      if (file === undefined) this.policyState = { file, policy: defaultPolicy(), errors: [] };
      else {
        const loaded = loadPolicy(file);
        this.policyState = { file, policy: loaded.policy ?? defaultPolicy(), errors: loaded.errors };
      }
    }
    return this.policyState;
  }

  /** The repository's baseline (as written by `grantlint baseline`); its findings are shown as accepted, not reported. */
  baseline(): BaselineState {
    if (!this.baselineState) {
      const file = path.join(this.root, BASELINE_FILE_NAME);
      let text: string | undefined;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        text = undefined;
      }
      const parsed = text === undefined ? undefined : parseBaseline(text, BASELINE_FILE_NAME);
      this.baselineState = { file: text === undefined ? undefined : file, baseline: parsed?.baseline, errors: parsed?.errors ?? [] };
    }
    return this.baselineState;
  }

  /** The policy file or the baseline changed: read them again; every unit is analysed again on next use. */
  reloadPolicy(): void {
    this.policyState = undefined;
    this.baselineState = undefined;
    this.analyses.clear();
  }

  /** Diagnostics of the policy file (and of the files it extends) and of the baseline, by absolute path. */
  policyDiagnostics(): Map<string, Diagnostic[]> {
    const state = this.policy();
    const baseline = this.baseline();
    const byFile = new Map<string, Diagnostic[]>();
    if (state.file !== undefined) byFile.set(state.file, []);
    if (baseline.file !== undefined) byFile.set(baseline.file, []);
    // Policy errors name files as displayPath does (from their repository root, else the working directory).
    const policyBase = state.file === undefined ? this.root : (findRepositoryRoot(path.dirname(state.file)) ?? process.cwd());
    const located = [...state.errors.map((e) => ({ e, base: policyBase })), ...baseline.errors.map((e) => ({ e, base: this.root }))];
    for (const { e, base } of located) {
      const abs = path.resolve(base, ...e.file.split('/'));
      byFile.set(abs, [...(byFile.get(abs) ?? []), errorDiagnostic(e)]);
    }
    return byFile;
  }

  /** Scans the unit of a document now, with open buffers, and keeps the result. */
  async analyze(absPath: string): Promise<UnitAnalysis> {
    const unit = this.workspace.unitOf(absPath);
    const files = this.workspace.sources(unit);
    const result = await scan({
      paths: [],
      cwd: this.root,
      sources: { root: this.root, files },
      // Like the CLI: a policy with errors is never half applied, and no rule runs until it is fixed.
      ...(this.policy().errors.length > 0 ? { rules: [] } : { policy: this.policy().policy }),
      ...(this.options.today ? { today: this.options.today } : {}),
    });
    const { baseline } = this.baseline();
    if (baseline) result.findings = applyBaseline(result.findings, baseline, BASELINE_FILE_NAME).findings;
    const diagnostics = new Map<string, Diagnostic[]>(files.map((f) => [f.path, []]));
    for (const [file, list] of diagnosticsByFile(result, ruleDocs(result.rules))) diagnostics.set(file, list);
    const analysis: UnitAnalysis = { unit, result, diagnostics };
    // Units overlap when module graphs change: the newest analysis of a file is the one to answer from.
    for (const [key, old] of this.analyses) {
      if (key !== unit.key && files.some((f) => old.diagnostics.has(f.path))) this.analyses.delete(key);
    }
    this.analyses.set(unit.key, analysis);
    return analysis;
  }

  /** The last analysis that read a file (repository-relative path), if any. */
  analysisOf(relPath: string): UnitAnalysis | undefined {
    for (const a of this.analyses.values()) if (a.diagnostics.has(relPath)) return a;
    return undefined;
  }

  /** Drops the results of every unit that read `relPath` (a file changed on disk or was closed). */
  forget(relPath: string): void {
    for (const [key, a] of this.analyses) if (a.diagnostics.has(relPath)) this.analyses.delete(key);
  }
}
