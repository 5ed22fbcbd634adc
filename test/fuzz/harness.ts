/**
 * The fuzzing harness shared by `npm run fuzz` (scripts/fuzz.ts, ≥ 100,000 cases per parser) and the fixed-seed
 * slice in test/hardening-fuzz.test.ts. Every parser is driven through one adapter that states what "a result or
 * located errors" means for it; a case fails when the parser throws, takes a second or more, or reports an error
 * outside the file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parseHcl, parseTfJson } from '../../src/parse/hcl/index.js';
import { parseTemplate, LineIndex } from '../../src/parse/cloudformation/index.js';
import { parsePlan } from '../../src/parse/tfplan/index.js';
import { parseBicep } from '../../src/parse/bicep/index.js';
import { parseJsonc } from '../../src/parse/arm/jsonc.js';
import { parseArmExpression, ArmExpressionError } from '../../src/parse/arm/expression.js';
import { parseJsonWithPositions } from '../../src/extract/aws/policy-json.js';
import { loadAllFrontEnds } from '../../src/pipeline/frontends/index.js';
import type { SourceFormat } from '../../src/model/span.js';
import { bicepDocument, cfnTemplateData, hclDocument, jsonData, planData } from './generators.js';
import { mutateAll, mutationsArb } from './mutate.js';
import { printBicepProgram, printHclBody, printPlan, printYaml, valueToPlain, withoutPositions } from './printers.js';

const frontEnds = await loadAllFrontEnds();

/** A parser's answer reduced to what the properties check. */
export interface Outcome {
  /** The parser produced a tree or value (possibly next to errors). */
  result: boolean;
  errors: Array<{ line: number; column: number; message: string }>;
}

export interface FuzzTarget {
  name: string;
  /** The name the parser is given (decides dialect: .bicepparam, .json vs .yaml). */
  file: string;
  /** Corpus folders and file name ending of the seeds. */
  corpus: { folders: string[]; suffix: RegExp };
  parse(text: string, file: string): Outcome;
  /** Generated valid documents: parse → print → parse gives the same tree. Absent where no printer applies. */
  roundTrip?: fc.Arbitrary<string>;
  reprint?: (text: string, file: string) => { first: unknown; second: unknown; errors: string[] };
}

const MAX_SEED_BYTES = 12_000;
/**
 * A case using more CPU than this is a hang. CPU time (user + system), not wall time: on a loaded machine wall
 * time measures the other processes.
 */
export const CASE_LIMIT_MS = 1000;

/** CPU milliseconds used by this process so far. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const fromTool = (e: { line: number; column: number; message: string } | undefined): Outcome['errors'] => (e ? [{ line: e.line, column: e.column, message: e.message }] : []);

export const targets: FuzzTarget[] = [
  {
    name: 'hcl',
    file: 'main.tf',
    corpus: { folders: ['terraform'], suffix: /\.(tf|tfvars|hcl)$/ },
    parse: (text, file) => {
      const r = parseHcl(text, file);
      return { result: r.file.body !== undefined, errors: r.errors.map((e) => ({ line: e.range.start.line, column: e.range.start.column, message: e.message })) };
    },
    roundTrip: hclDocument,
    reprint: (text, file) => {
      const first = parseHcl(text, file);
      const second = parseHcl(printHclBody(first.file.body), file);
      return { first: withoutPositions(first.file.body), second: withoutPositions(second.file.body), errors: [...first.errors, ...second.errors].map((e) => e.message) };
    },
  },
  {
    name: 'tfjson',
    file: 'main.tf.json',
    // Few Terraform JSON files exist: CloudFormation JSON documents exercise the same JSON reader.
    corpus: { folders: ['terraform', 'cloudformation'], suffix: /\.json$/ },
    roundTrip: jsonData.map((data) => JSON.stringify({ resource: { aws_iam_policy: { p: { policy: data } } }, locals: { value: data } }, null, 2)),
    parse: (text, file) => {
      const r = parseTfJson(text, file);
      return { result: r.file.body !== undefined, errors: r.errors.map((e) => ({ line: e.range.start.line, column: e.range.start.column, message: e.message })) };
    },
  },
  {
    name: 'cloudformation-yaml',
    file: 'template.yaml',
    corpus: { folders: ['cloudformation'], suffix: /\.(ya?ml|template)$/ },
    parse: (text, file) => {
      const r = parseTemplate(text, file);
      return { result: r.value !== undefined, errors: fromTool(r.error) };
    },
    roundTrip: cfnTemplateData.map((data) => printYaml(data)),
    reprint: (text, file) => reprintValue(text, file, (plain) => printYaml(plain)),
  },
  {
    name: 'cloudformation-json',
    file: 'template.json',
    corpus: { folders: ['cloudformation'], suffix: /\.json$/ },
    parse: (text, file) => {
      const r = parseTemplate(text, file);
      return { result: r.value !== undefined, errors: fromTool(r.error) };
    },
    roundTrip: cfnTemplateData.map((data) => JSON.stringify(data, null, 2)),
    reprint: (text, file) => reprintValue(text, file, (plain) => JSON.stringify(plain)),
  },
  {
    name: 'tfplan',
    file: 'plan.json',
    corpus: { folders: ['tfplan'], suffix: /\.json$/ },
    parse: (text, file) => {
      const r = parsePlan(text, file);
      return { result: r.plan !== undefined || r.notPlan === true, errors: fromTool(r.error) };
    },
    roundTrip: planData.map((data) => JSON.stringify(data, null, 2)),
    reprint: (text, file) => {
      const first = parsePlan(text, file);
      const second = first.plan ? parsePlan(printPlan(first.plan), file) : first;
      return { first: withoutPositions(first.plan), second: withoutPositions(second.plan), errors: [first.error, second.error].flatMap((e) => (e ? [e.message] : [])) };
    },
  },
  {
    name: 'bicep',
    file: 'main.bicep',
    corpus: { folders: ['bicep'], suffix: /\.bicep(param)?$/ },
    parse: (text, file) => {
      const r = parseBicep(text, file);
      return { result: r.program !== undefined, errors: r.errors.map((e) => ({ line: e.line, column: e.column, message: e.message })) };
    },
    roundTrip: bicepDocument,
    reprint: (text, file) => {
      const first = parseBicep(text, file);
      const second = parseBicep(printBicepProgram(first.program), file);
      return { first: withoutPositions(first.program.statements), second: withoutPositions(second.program.statements), errors: [...first.errors, ...second.errors].map((e) => e.message) };
    },
  },
  {
    name: 'arm',
    file: 'azuredeploy.json',
    corpus: { folders: ['arm'], suffix: /\.json$/ },
    parse: (text, file) => {
      const r = parseJsonc(text, file);
      return { result: r.value !== undefined, errors: fromTool(r.error) };
    },
    roundTrip: cfnTemplateData.map((data) => JSON.stringify(data, null, 2)),
    reprint: (text, file) => {
      const first = parseJsonc(text, file);
      const second = first.value ? parseJsonc(JSON.stringify(valueToPlain(first.value)), file) : first;
      return { first: first.value && valueToPlain(first.value), second: second.value && valueToPlain(second.value), errors: [first.error, second.error].flatMap((e) => (e ? [e.message] : [])) };
    },
  },
  {
    name: 'arm-expression',
    file: 'azuredeploy.json',
    corpus: { folders: ['arm'], suffix: /\.json$/ },
    // The expression parser reports by throwing ArmExpressionError with an offset in the expression.
    parse: (text) => {
      const expression = text.length > 1 && text.startsWith('[') ? text.slice(1, -1) : text;
      try {
        parseArmExpression(expression);
        return { result: true, errors: [] };
      } catch (e) {
        if (!(e instanceof ArmExpressionError)) throw e;
        if (e.offset < 0 || e.offset > expression.length) throw new Error(`offset ${e.offset} outside the expression (length ${expression.length})`);
        return { result: false, errors: [{ line: 1, column: e.offset + 1, message: e.message }] };
      }
    },
  },
  {
    name: 'policy-json',
    file: 'policy.json',
    corpus: { folders: ['cloudformation'], suffix: /\.json$/ },
    parse: (text, file) => {
      const lines = new LineIndex(text, file);
      const fallback = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
      const r = parseJsonWithPositions(text, (offset) => (offset >= 0 && offset <= text.length ? lines.position(offset) : undefined), fallback);
      return { result: r.value !== undefined, errors: r.error ? [{ line: r.error.line, column: r.error.column, message: r.error.message }] : [] };
    },
    roundTrip: jsonData.map((data) => JSON.stringify(data, null, 1)),
  },
];

/**
 * A whole front end (parse → evaluate → extract) on one file: the evaluators see what the parsers let through.
 * An `internal` error is how a front end's crash surfaces in a scan, so it counts as a throw.
 */
function frontEndTarget(format: SourceFormat, file: string, folders: string[], suffix: RegExp): FuzzTarget {
  const frontEnd = frontEnds.find((f) => f.format === format)!;
  const options = { root: '/fuzz', varFiles: [], vars: {}, parameters: {}, parameterFiles: [], debug: false };
  return {
    name: `${format}-front-end`,
    file,
    corpus: { folders, suffix },
    parse: (text, name) => {
      const source = { absPath: `/fuzz/${name}`, path: name, text };
      const r = frontEnd.run([source], new Map([[name, source]]), options);
      const internal = r.errors.find((e) => e.code === 'internal');
      if (internal) throw new Error(`internal error at ${internal.line}:${internal.column}: ${internal.message}`);
      return { result: true, errors: r.errors.filter((e) => e.file === name) };
    },
  };
}

targets.push(
  frontEndTarget('terraform', 'main.tf', ['terraform'], /\.tf$/),
  frontEndTarget('cloudformation', 'template.yaml', ['cloudformation'], /\.ya?ml$/),
  frontEndTarget('tfplan', 'plan.json', ['tfplan'], /\.json$/),
  frontEndTarget('bicep', 'main.bicep', ['bicep'], /\.bicep$/),
  frontEndTarget('arm', 'azuredeploy.json', ['arm'], /\.json$/),
);

function reprintValue(text: string, file: string, print: (plain: unknown) => string): ReturnType<NonNullable<FuzzTarget['reprint']>> {
  const first = parseTemplate(text, file);
  const firstPlain = first.value && valueToPlain(first.value);
  const second = first.value ? parseTemplate(print(firstPlain), file) : first;
  return { first: firstPlain, second: second.value && valueToPlain(second.value), errors: [first.error, second.error].flatMap((e) => (e ? [e.message] : [])) };
}

/**
 * Seeds for mutation: small real files from the corpus (sorted, so a seed number always names the same file),
 * or the repository's fixtures when the corpus is absent.
 */
export function seedFiles(target: FuzzTarget, corpusRoot: string, limit: number): string[] {
  const candidates: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (stat?.isDirectory()) walk(full);
      else if (stat && target.corpus.suffix.test(name) && stat.size <= MAX_SEED_BYTES) candidates.push(full);
    }
  };
  for (const folder of target.corpus.folders) walk(path.join(corpusRoot, folder));
  // Evenly spread over the corpus, so every source repository contributes.
  const step = Math.max(1, candidates.length / limit);
  const found: string[] = [];
  for (let i = 0; i < candidates.length && found.length < limit; i += step) found.push(readFileSync(candidates[Math.floor(i)]!, 'utf8'));
  if (target.name === 'arm-expression') return found.flatMap((t) => [...t.matchAll(/"(\[[^"\n]{2,400}\])"/g)].map((m) => m[1]!)).slice(0, limit * 4);
  return found;
}

/** Checks one input: no throw, no hang, a result or errors, every error inside the file. Returns the problem or undefined. */
export function checkCase(target: FuzzTarget, text: string): string | undefined {
  const started = cpuMs();
  let outcome: Outcome;
  try {
    outcome = target.parse(text, target.file);
  } catch (e) {
    return `threw: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
  }
  const ms = cpuMs() - started;
  if (ms >= CASE_LIMIT_MS) return `took ${Math.round(ms)} ms of CPU (limit ${CASE_LIMIT_MS} ms) on ${text.length} characters`;
  if (!outcome.result && outcome.errors.length === 0) return 'neither a result nor an error';
  // Every line ending a parser may count, so the bound holds whichever convention it follows.
  const maxLine = 1 + (text.match(/\r\n|\n|\r|\u2028|\u2029/g)?.length ?? 0) + (text.match(/\r\n/g)?.length ?? 0);
  for (const e of outcome.errors) {
    if (!e.message) return 'an error without a message';
    if (!Number.isInteger(e.line) || e.line < 1 || e.line > maxLine) return `error line ${e.line} outside the file (1..${maxLine}): ${e.message}`;
    if (!Number.isInteger(e.column) || e.column < 1 || e.column > text.length + 1) return `error column ${e.column} outside the file: ${e.message}`;
  }
  return undefined;
}

/** Checks a generated valid document: parses without errors, and parse → print → parse gives the same tree. */
export function checkRoundTrip(target: FuzzTarget, text: string): string | undefined {
  const r = target.reprint!(text, target.file);
  if (r.errors.length > 0) return `valid document reported: ${r.errors.join('; ')}`;
  if (!isDeepStrictEqual(r.first, r.second)) return `parse → print → parse changed the tree:\n${JSON.stringify(r.first)}\n${JSON.stringify(r.second)}`;
  return undefined;
}

export interface Failure {
  target: string;
  kind: 'mutation' | 'round-trip';
  problem: string;
  input: string;
}

export interface RunReport {
  target: string;
  mutationCases: number;
  roundTripCases: number;
  failures: Failure[];
  slowestMs: number;
}

/**
 * Runs `cases` mutation cases and `roundTripCases` generated cases for one target with a fixed seed. Failures are
 * collected (the first few of each problem kept, shrunk by fast-check) rather than stopping the run.
 */
export function runTarget(target: FuzzTarget, options: { seeds: string[]; cases: number; roundTripCases: number; seed: number; onCase?: () => void }): RunReport {
  const failures: Failure[] = [];
  const seen = new Map<string, number>();
  let slowestMs = 0;
  const record = (kind: Failure['kind'], problem: string, input: string) => {
    const key = `${kind}:${problem.replace(/\d+/g, 'N').slice(0, 120)}`;
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    if (count < 3) failures.push({ target: target.name, kind, problem, input });
  };
  const timedCheck = (text: string): string | undefined => {
    options.onCase?.();
    const start = cpuMs();
    const problem = checkCase(target, text);
    slowestMs = Math.max(slowestMs, cpuMs() - start);
    return problem;
  };
  if (options.seeds.length > 0 && options.cases > 0) {
    fc.check(
      fc.property(fc.nat(options.seeds.length - 1), mutationsArb, (seedIndex, mutations) => {
        const text = mutateAll(options.seeds[seedIndex]!, mutations);
        const problem = timedCheck(text);
        if (problem) record('mutation', problem, text);
        return true;
      }),
      { numRuns: options.cases, seed: options.seed },
    );
  }
  if (target.roundTrip && options.roundTripCases > 0) {
    fc.check(
      fc.property(target.roundTrip, (text) => {
        const problem = timedCheck(text) ?? (target.reprint ? checkRoundTrip(target, text) : undefined);
        if (problem) record('round-trip', problem, text);
        return true;
      }),
      { numRuns: options.roundTripCases, seed: options.seed },
    );
  }
  return { target: target.name, mutationCases: options.cases, roundTripCases: target.roundTrip ? options.roundTripCases : 0, failures, slowestMs: Math.round(slowestMs) };
}
