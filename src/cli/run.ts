/** The CLI's behaviour, callable in-process: argv → scan → report → exit code. main.ts only wires it to the process. */
import fs from 'node:fs';
import path from 'node:path';
import { severityRank } from '../model/severity.js';
import { scan, type ScanResult } from '../pipeline/scan.js';
import { formats, grantFormats, type FormatName, type GrantFormatName } from '../report/index.js';
import { rulesMarkdown } from '../analyze/rules-table.js';
import { rulesJson, rulesText } from '../report/rules.js';
import { activeFindings } from '../report/summary.js';
import { TOOL_NAME, TOOL_VERSION } from '../report/tool.js';
import { builtinRules } from '../../rules/index.js';
import { parseCliArgs, UsageError, type CliCommand, type FailOn } from './args.js';
import { HELP_TEXT } from './help.js';
import { effectivePermissionsReport } from '../analyze/aws/effective-report.js';
import { AzureRolesFileError, parseAzureRolesJson, type AzureRole } from '../analyze/azure/roles.js';
import { newFindingsSince, runDiff, type DiffRequest } from '../pipeline/diff.js';
import { GitError } from '../pipeline/git.js';
import { renderDiff, type DiffFormat } from '../report/diff.js';
import { applyBaselineFile, runComplianceReport, runInit, writeBaseline } from './policy-commands.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TOOL_ERROR = 2;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether standard output is a terminal (colour is used only then). */
  stdoutIsTty: boolean;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseCliArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${TOOL_NAME}: ${e.message}\nRun '${TOOL_NAME} --help' for usage.\n`);
      return EXIT_TOOL_ERROR;
    }
    throw e;
  }
  if (parsed.kind === 'help') {
    io.stdout(HELP_TEXT);
    return EXIT_OK;
  }
  if (parsed.kind === 'version') {
    io.stdout(`${TOOL_VERSION}\n`);
    return EXIT_OK;
  }
  const command = parsed.command;
  try {
    return await runCommand(command, io);
  } catch (e) {
    if (e instanceof AzureRolesFileError) {
      io.stderr(`${TOOL_NAME}: --azure-roles ${e.message}\n`);
      return EXIT_TOOL_ERROR;
    }
    io.stderr(internalErrorText(e, command.debug));
    return EXIT_TOOL_ERROR;
  }
}

async function runCommand(command: CliCommand, io: CliIo): Promise<number> {
  const color = command.output === undefined && io.stdoutIsTty && !io.env.NO_COLOR;
  const context = { color, cwd: io.cwd };

  if (command.command === 'rules') {
    const rules = [...builtinRules];
    const text = command.format === 'json' ? rulesJson(rules) : command.format === 'markdown' ? rulesMarkdown(rules) : rulesText(rules, color);
    return emit(text, command, io) ?? EXIT_OK;
  }

  if (command.command === 'diff') return runDiffCommand(command, io);
  if (command.command === 'init') return runInit(command, io);

  const result = await scan({
    ...scanRequestOf(command, io),
    ...(command.azureRolesFile !== undefined ? { azureRoles: readAzureRoles(command.azureRolesFile, io) } : {}),
    ...(command.config !== undefined ? { config: command.config } : {}),
    // The inventory needs grants only: skip the rules.
    ...(command.command === 'grants' ? { rules: [] } : {}),
  });

  if (command.newOnly && command.base) {
    // Only what the change introduces: findings whose fingerprint is absent at the base revision.
    const fresh = await newFindingsSince(scanRequestOf(command, io), command.base, result);
    result.findings = fresh;
    result.stats.findings = fresh.length;
  }
  if (command.baseline !== undefined) {
    const failed = applyBaselineFile(result, command.baseline, io);
    if (failed !== undefined) return failed;
  }
  if (command.command === 'baseline') return writeBaseline(result, command, io);
  if (command.command === 'report') return runComplianceReport(result, command, io, (text) => emit(text, command, io));
  if (command.debug) {
    const stages = Object.entries(result.timings).map(([stage, ms]) => `${stage} ${ms} ms`);
    io.stderr(`${TOOL_NAME}: timings: ${stages.join(' · ')} · total ${result.stats.durationMs} ms\n`);
  }
  if (command.command === 'grants' && command.principal !== undefined) {
    const failed = emit(effectivePermissionsReport(result.grants, command.principal, command.format), command, io);
    return failed ?? exitCodeOf(result, 'none');
  }
  const reporter = command.command === 'grants' ? grantFormats[command.format as GrantFormatName] : formats[command.format as FormatName];
  const failed = emit(reporter(result, context), command, io);
  if (failed !== undefined) return failed;
  return exitCodeOf(result, command.command === 'grants' ? 'none' : command.failOn);
}

function scanRequestOf(command: CliCommand, io: CliIo) {
  return {
    paths: command.paths,
    cwd: io.cwd,
    ignore: command.ignore,
    varFiles: command.varFiles,
    vars: command.vars,
    parameters: command.parameters,
    parameterFiles: command.parameterFiles,
    debug: command.debug,
    ...(command.threads !== undefined ? { threads: command.threads } : {}),
  };
}

async function runDiffCommand(command: CliCommand, io: CliIo): Promise<number> {
  const base = scanRequestOf(command, io);
  const request: DiffRequest = command.plans.length
    ? { ...base, mode: 'plan', planFiles: command.plans }
    : command.base
      ? { ...base, mode: 'git', base: command.base }
      : { ...base, mode: 'dirs', before: command.paths[0]!, after: command.paths[1]! };
  let outcome;
  try {
    outcome = await runDiff(request);
  } catch (e) {
    if (e instanceof GitError) {
      io.stderr(`${TOOL_NAME}: ${e.message}\n`);
      return EXIT_TOOL_ERROR;
    }
    throw e;
  }
  const failed = emit(renderDiff(outcome.diff, command.format as DiffFormat), command, io);
  if (failed !== undefined) return failed;
  // The change fails the check by what it introduces, never by old debt.
  return exitCodeOf({ errors: outcome.after.errors, findings: outcome.diff.newFindings }, command.failOn);
}

/** 2 when any input could not be read or understood, else 1 when a finding is at or above the threshold, else 0. */
export function exitCodeOf(result: Pick<ScanResult, 'errors' | 'findings'>, failOn: FailOn): number {
  if (result.errors.length > 0) return EXIT_TOOL_ERROR;
  if (failOn === 'none') return EXIT_OK;
  const threshold = severityRank(failOn);
  return activeFindings(result).some((f) => severityRank(f.severity) >= threshold) ? EXIT_FINDINGS : EXIT_OK;
}

/** Writes the report; returns an exit code only when writing failed. */
function emit(text: string, command: CliCommand, io: CliIo): number | undefined {
  if (command.output === undefined) {
    io.stdout(text);
    return undefined;
  }
  const target = path.resolve(io.cwd, command.output);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  } catch (e) {
    io.stderr(`${TOOL_NAME}: cannot write ${command.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return EXIT_TOOL_ERROR;
  }
  return undefined;
}

export function internalErrorText(e: unknown, debug: boolean): string {
  const err = e instanceof Error ? e : new Error(String(e));
  if (debug) return `${TOOL_NAME}: internal error: ${err.stack ?? err.message}\n`;
  return `${TOOL_NAME}: internal error: ${err.message.split('\n')[0]} (run with --debug for details)\n`;
}

/** `--azure-roles FILE`: role definitions added to the built-in Azure catalog; a bad file stops the run (exit 2). */
function readAzureRoles(file: string, io: CliIo): AzureRole[] {
  const abs = path.resolve(io.cwd, file);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    throw new AzureRolesFileError(`${file}: cannot read: ${(e as Error).message}`);
  }
  return parseAzureRolesJson(text, file);
}
