/** The policy side of the CLI: `init`, `baseline`, `report --compliance`, and `scan --baseline FILE`. */
import fs from 'node:fs';
import path from 'node:path';
import { applyBaseline, baselineText, BASELINE_FILE_NAME, createBaseline, parseBaseline } from '../analyze/baseline.js';
import { complianceReport, type Framework } from '../analyze/compliance.js';
import type { ScanResult } from '../pipeline/scan.js';
import { complianceFormats } from '../report/compliance.js';
import { plural } from '../report/summary.js';
import { TOOL_NAME, TOOL_VERSION } from '../report/tool.js';
import { POLICY_FILE_NAMES } from '../policy/load.js';
import { STARTER_POLICY } from '../policy/init.js';
import type { CliCommand } from './args.js';

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_TOOL_ERROR = 2;

/** `grantlint init [dir]`: writes `.grantlint.yaml` (or `-o FILE`); never overwrites a policy without --force. */
export function runInit(command: CliCommand, io: Io): number {
  const target = command.output !== undefined ? path.resolve(io.cwd, command.output) : path.resolve(io.cwd, command.paths[0] ?? '.', POLICY_FILE_NAMES[0]);
  const existing = command.output !== undefined ? (fs.existsSync(target) ? target : undefined) : POLICY_FILE_NAMES.map((n) => path.join(path.dirname(target), n)).find((p) => fs.existsSync(p));
  if (existing !== undefined && !command.force) {
    io.stderr(`${TOOL_NAME}: ${path.relative(io.cwd, existing) || existing} already exists; pass --force to overwrite it\n`);
    return EXIT_TOOL_ERROR;
  }
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, STARTER_POLICY);
  } catch (e) {
    io.stderr(`${TOOL_NAME}: cannot write ${target}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return EXIT_TOOL_ERROR;
  }
  io.stdout(`wrote ${path.relative(io.cwd, target) || target}\n`);
  return EXIT_OK;
}

/**
 * `scan --baseline FILE`: findings recorded in FILE are marked suppressed (kind `baseline`) and stop counting;
 * entries that no longer occur are listed on standard error. Returns an exit code only when FILE is unusable.
 */
export function applyBaselineFile(result: ScanResult, file: string, io: Io): number | undefined {
  const abs = path.resolve(io.cwd, file);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    io.stderr(`${TOOL_NAME}: cannot read baseline ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return EXIT_TOOL_ERROR;
  }
  const parsed = parseBaseline(text, file);
  if (!parsed.baseline) {
    for (const e of parsed.errors) io.stderr(`${TOOL_NAME}: ${e.file}:${e.line}:${e.column}: ${e.message}\n`);
    return EXIT_TOOL_ERROR;
  }
  const outcome = applyBaseline(result.findings, parsed.baseline, file);
  result.findings = outcome.findings;
  if (outcome.gone.length > 0) {
    io.stderr(`${TOOL_NAME}: ${plural(outcome.gone.length, 'baseline entry', 'baseline entries')} no longer ${outcome.gone.length === 1 ? 'occurs' : 'occur'} (fixed or changed); update ${file} with 'grantlint baseline':\n`);
    for (const e of outcome.gone) io.stderr(`  ${[e.file, e.address, e.ruleId, e.fingerprint].filter(Boolean).join(' ')}\n`);
  }
  return undefined;
}

/** `grantlint baseline [paths]`: records the active findings in `.grantlint-baseline.json` at the repository root (or `-o FILE`). */
export function writeBaseline(result: ScanResult, command: CliCommand, io: Io): number {
  if (result.errors.length > 0) {
    for (const e of result.errors) io.stderr(`${TOOL_NAME}: ${e.file}:${e.line}:${e.column}: ${e.message}\n`);
    io.stderr(`${TOOL_NAME}: baseline not written: fix the errors first\n`);
    return EXIT_TOOL_ERROR;
  }
  const baseline = createBaseline(result.findings, `${TOOL_NAME} ${TOOL_VERSION}`);
  const target = command.output !== undefined ? path.resolve(io.cwd, command.output) : path.join(result.root, BASELINE_FILE_NAME);
  try {
    fs.writeFileSync(target, baselineText(baseline));
  } catch (e) {
    io.stderr(`${TOOL_NAME}: cannot write ${target}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return EXIT_TOOL_ERROR;
  }
  io.stdout(`wrote ${plural(baseline.entries.length, 'entry', 'entries')} to ${path.relative(io.cwd, target) || target}\n`);
  return EXIT_OK;
}

/** `grantlint report --compliance <framework>`: exit 2 on tool errors, 1 when a control fails, else 0. */
export function runComplianceReport(result: ScanResult, command: CliCommand, io: Io, write: (text: string) => number | undefined): number {
  for (const e of result.errors) io.stderr(`${TOOL_NAME}: ${e.file}:${e.line}:${e.column}: ${e.message}\n`);
  const report = complianceReport(command.compliance as Framework, result.rules, result.findings);
  const failed = write(complianceFormats[command.format as keyof typeof complianceFormats](report));
  if (failed !== undefined) return failed;
  if (result.errors.length > 0) return EXIT_TOOL_ERROR;
  return report.summary.fail > 0 ? EXIT_FAILED : EXIT_OK;
}
