/** Command-line parsing: argv → a validated command, or a usage error that lists the valid values. */
import { parseArgs } from 'node:util';
import { SEVERITIES, type Severity } from '../model/severity.js';
import { FRAMEWORK_NAMES } from '../analyze/compliance.js';

export const COMMANDS = ['scan', 'grants', 'diff', 'rules', 'baseline', 'report', 'init'] as const;
export type CommandName = (typeof COMMANDS)[number];

export const FORMATS_BY_COMMAND = {
  scan: ['text', 'json', 'sarif', 'compact'],
  grants: ['text', 'json'],
  diff: ['text', 'markdown', 'json'],
  // baseline and init write one file of a fixed format; their standard output is a one-line text summary.
  baseline: ['text'],
  report: ['text', 'markdown', 'json'],
  init: ['text'],
  rules: ['text', 'markdown', 'json'],
} as const satisfies Record<CommandName, readonly string[]>;

export const FAIL_ON_VALUES = [...SEVERITIES, 'none'] as const;
export type FailOn = Severity | 'none';

export interface CliCommand {
  command: CommandName;
  paths: string[];
  format: string;
  output: string | undefined;
  failOn: FailOn;
  ignore: string[];
  varFiles: string[];
  vars: Record<string, string>;
  parameters: Record<string, string>;
  parameterFiles: string[];
  /** `--azure-roles FILE`: JSON printed by `az role definition list`. */
  azureRolesFile: string | undefined;
  debug: boolean;
  /** `--threads N`: threads that read the files; undefined = one per core for large inputs. */
  threads: number | undefined;
  /** `grants --principal GLOB`: effective AWS permissions of the matching principals instead of the grant list. */
  principal?: string;
  /** Git revision to compare with (`diff`, `scan --new-only`). */
  base: string | undefined;
  /** `diff --plan FILE`: compare a plan's before and after. */
  plans: string[];
  newOnly: boolean;
  /** `--config FILE`: the policy file instead of the `.grantlint.yaml` found from the first path upward. */
  config: string | undefined;
  /** `scan --baseline FILE`: findings recorded in FILE no longer count. */
  baseline: string | undefined;
  /** `report --compliance FRAMEWORK`. */
  compliance: string | undefined;
  /** `init --force`: overwrite an existing policy file. */
  force: boolean;
}

export type ParsedArgs = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; command: CliCommand };

export class UsageError extends Error {}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  ignore: { type: 'string', multiple: true },
  'var-file': { type: 'string', multiple: true },
  var: { type: 'string', multiple: true },
  param: { type: 'string', multiple: true },
  'param-file': { type: 'string', multiple: true },
  'azure-roles': { type: 'string' },
  debug: { type: 'boolean' },
  threads: { type: 'string' },
  principal: { type: 'string' },
  base: { type: 'string' },
  plan: { type: 'string', multiple: true },
  'new-only': { type: 'boolean' },
  config: { type: 'string' },
  baseline: { type: 'string' },
  compliance: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(describeParseError(e));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [first, ...rest] = positionals;
  if (first === undefined) return { kind: 'help' };
  if (!isCommand(first)) throw new UsageError(`unknown command '${first}'; valid commands: ${COMMANDS.join(', ')}`);
  const command = first;

  const validFormats: readonly string[] = FORMATS_BY_COMMAND[command];
  const format = values.format ?? 'text';
  if (!validFormats.includes(format)) {
    throw new UsageError(`invalid --format '${format}' for ${command}; valid values: ${validFormats.join(', ')}`);
  }
  const failOn = values['fail-on'] ?? 'high';
  if (!(FAIL_ON_VALUES as readonly string[]).includes(failOn)) {
    throw new UsageError(`invalid --fail-on '${failOn}'; valid values: ${FAIL_ON_VALUES.join(', ')}`);
  }
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) {
    throw new UsageError(`invalid --threads '${values.threads}'; expected a whole number from 1 to 64`);
  }
  if (command === 'rules' && rest.length > 0) throw new UsageError(`'rules' takes no paths (got '${rest[0]}')`);
  if (command === 'report' && !(FRAMEWORK_NAMES as readonly string[]).includes(values.compliance ?? '')) {
    const got = values.compliance === undefined ? 'needs --compliance FRAMEWORK' : `got unknown --compliance '${values.compliance}'`;
    throw new UsageError(`'report' ${got}; valid values: ${FRAMEWORK_NAMES.join(', ')}`);
  }
  if (command === 'init' && rest.length > 1) throw new UsageError(`'init' takes at most one directory (got ${rest.length})`);
  if (values['new-only'] && !values.base) throw new UsageError(`--new-only needs --base REF (the git revision to compare with)`);
  if (command === 'diff' && !values.plan?.length && !values.base && rest.length !== 2) {
    throw new UsageError(`'diff' needs --base REF, --plan FILE, or two directories (BEFORE AFTER)`);
  }

  return {
    kind: 'run',
    command: {
      command,
      paths: rest.length > 0 ? rest : ['.'],
      format,
      output: values.output,
      failOn: failOn as FailOn,
      ignore: values.ignore ?? [],
      varFiles: values['var-file'] ?? [],
      vars: parseAssignments(values.var ?? [], '--var'),
      parameters: parseAssignments(values.param ?? [], '--param'),
      parameterFiles: values['param-file'] ?? [],
      azureRolesFile: values['azure-roles'],
      debug: values.debug ?? false,
      threads,
      ...(values.principal !== undefined ? { principal: values.principal } : {}),
      base: values.base,
      plans: values.plan ?? [],
      newOnly: values['new-only'] ?? false,
      config: values.config,
      baseline: values.baseline,
      compliance: values.compliance,
      force: values.force ?? false,
    },
  };
}

function isCommand(s: string): s is CommandName {
  return (COMMANDS as readonly string[]).includes(s);
}

/** `k=v` pairs; the value may itself contain `=`. */
function parseAssignments(items: readonly string[], flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new UsageError(`invalid ${flag} '${item}'; expected NAME=VALUE`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

/** parseArgs messages mention internals (`parseArgs`, option objects); keep only what the user typed wrong. */
function describeParseError(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const message = (err.message ?? String(e)).split('\n')[0]!;
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const name = /'([^']+)'/.exec(message)?.[1] ?? message;
      return `unknown option '${name}'; valid options: ${Object.keys(OPTIONS)
        .map((o) => `--${o}`)
        .join(', ')}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = /--[\w-]+/.exec(message)?.[0];
      if (name && message.includes('argument missing')) return `option '${name}' needs a value`;
      if (name && message.includes('does not take an argument')) return `option '${name}' does not take a value`;
      return message;
    }
    default:
      return message;
  }
}
