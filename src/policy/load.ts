/**
 * Finding and loading the policy file: `.grantlint.yaml|.yml|.json` from the scanned path up to the repository root
 * (or `--config FILE`), parsed with positions, validated against schema/grantlint.schema.json (ajv), checked for what
 * a schema cannot say (known rule ids, globs, real dates), and merged over its `extends` chain.
 * Every problem is a ToolError (code `config`) located in the policy file, with what was expected.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Document, Node as YamlNode } from 'yaml';
import { ajvPackage, yamlPackage } from '../shared/packages.js';
import type { RuleSetting } from '../analyze/engine.js';
import type { ToolError } from '../model/finding.js';
import type { SourceSpan } from '../model/span.js';
import { findRepositoryRoot, toPosixRelative } from '../discover/paths.js';
import { PACKAGE_ROOT } from '../report/tool.js';
import { builtinRules } from '../../rules/index.js';
import { META_RULE_IDS } from '../analyze/suppressions.js';
import { asList, globProblem } from './globs.js';
import { didYouMean } from './suggest.js';
import {
  PACK_PREFIX,
  type ApprovalInput,
  type ExemptionInput,
  type Located,
  type OrgRuleInput,
  type PackName,
  type Policy,
  type PolicyDocument,
  type PolicyOverride,
  type RuleSettingInput,
} from './types.js';

export const POLICY_FILE_NAMES = ['.grantlint.yaml', '.grantlint.yml', '.grantlint.json'] as const;
export const SCHEMA_PATH = path.join(PACKAGE_ROOT, 'schema', 'grantlint.schema.json');
const PACKS: readonly PackName[] = ['recommended', 'strict'];

/** The policy every scan uses when no policy file is found. */
export function defaultPolicy(): Policy {
  return { file: undefined, baseDir: undefined, packs: ['recommended'], rules: new Map(), overrides: [], orgRules: [], exemptions: [] };
}

/**
 * The policy file for a scan of `startPath`: the first `.grantlint.*` in its directory or above, stopping at the
 * repository root (the directory holding `.git`); without a repository only the start directory is searched.
 */
export function findPolicyFile(startPath: string): string | undefined {
  let dir = isDirectory(startPath) ? startPath : path.dirname(startPath);
  const stop = findRepositoryRoot(dir) ?? dir;
  for (;;) {
    for (const name of POLICY_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    if (dir === stop) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface LoadResult {
  /** Undefined when any error was found: a policy with errors is never half applied. */
  policy: Policy | undefined;
  errors: ToolError[];
}

/** Loads `absFile` and everything it extends. */
export function loadPolicy(file: string): LoadResult {
  return loadPolicyText(undefined, file);
}

/** Like loadPolicy, with the text of the top file given (editors, tests); files it extends are read from disk. */
export function loadPolicyText(text: string | undefined, file: string): LoadResult {
  const absFile = path.resolve(file);
  const errors: ToolError[] = [];
  const policy = defaultPolicy();
  policy.packs = [];
  policy.file = absFile;
  policy.baseDir = path.dirname(absFile);
  const loaded = readPolicyFile(absFile, errors, [], undefined, text);
  if (loaded) {
    const known = knownRuleIds(loaded.orgRuleIds);
    for (const file of loaded.chain) checkRuleIds(file, known, errors);
    for (const file of loaded.chain) merge(policy, file);
  }
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  return { policy: errors.length === 0 ? policy : undefined, errors };
}

/** One parsed and schema-checked file, with positions for later checks. */
interface ParsedFile {
  absFile: string;
  doc: PolicyDocument;
  locate: Locator;
}

type Locator = (pointer: ReadonlyArray<string | number>, what?: 'key' | 'value') => SourceSpan;

/** Reads a file and, depth first, the files it extends; `chain` lists them in merge order (extended files first). */
function readPolicyFile(
  absFile: string,
  errors: ToolError[],
  stack: string[],
  via?: { file: string; span: SourceSpan },
  given?: string,
): { chain: ParsedFile[]; orgRuleIds: Set<string> } | undefined {
  const display = displayPath(absFile);
  let text: string;
  try {
    text = given ?? fs.readFileSync(absFile, 'utf8');
  } catch (e) {
    const where = via?.span ?? { file: display, line: 1, column: 1, endLine: 1, endColumn: 1 };
    errors.push(configError(where, `cannot read policy file ${display}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`));
    return undefined;
  }
  const parsed = parsePolicyText(text, absFile, errors);
  if (!parsed) return undefined;
  const chain: ParsedFile[] = [];
  const orgRuleIds = new Set<string>();
  asList(parsed.doc.extends).forEach((entry, index) => {
    const pointer = typeof parsed.doc.extends === 'string' ? ['extends'] : ['extends', index];
    const span = parsed.locate(pointer);
    if (entry.startsWith(PACK_PREFIX)) {
      const pack = entry.slice(PACK_PREFIX.length);
      if (!(PACKS as readonly string[]).includes(pack)) {
        const expected = PACKS.map((p) => PACK_PREFIX + p);
        errors.push(configError(span, `unknown pack '${entry}'${didYouMean(entry, expected)}; expected ${expected.join(', ')} or a relative file`));
      }
      return;
    }
    if (path.isAbsolute(entry)) {
      errors.push(configError(span, `extends '${entry}' must be relative to the policy file, not absolute`));
      return;
    }
    const target = path.resolve(path.dirname(absFile), entry);
    if (stack.includes(target) || target === absFile) {
      errors.push(configError(span, `extends '${entry}' forms a cycle: ${[...stack, absFile, target].map(displayPath).join(' → ')}`));
      return;
    }
    const sub = readPolicyFile(target, errors, [...stack, absFile], { file: display, span });
    if (!sub) return;
    chain.push(...sub.chain);
    for (const id of sub.orgRuleIds) orgRuleIds.add(id);
  });
  (parsed.doc.orgRules ?? []).forEach((rule, index) => {
    if (orgRuleIds.has(rule.id)) {
      errors.push(configError(parsed.locate(['orgRules', index, 'id']), `duplicate organization rule id '${rule.id}'`));
    }
    orgRuleIds.add(rule.id);
  });
  chain.push(parsed);
  return { chain, orgRuleIds };
}

let validator: ValidateFunction | undefined;
let schemaObject: Record<string, unknown> | undefined;

export function policySchema(): Record<string, unknown> {
  schemaObject ??= JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  return schemaObject;
}

function validate(): ValidateFunction {
  validator ??= new (ajvPackage().Ajv)({ allErrors: true, strict: false, verbose: true }).compile(policySchema());
  return validator;
}

/** Parses YAML or JSON text with positions and checks it against the schema and the semantic checks of one file. */
export function parsePolicyText(text: string, absFile: string, errors: ToolError[]): ParsedFile | undefined {
  const display = displayPath(absFile);
  const lineCounter = new (yamlPackage().LineCounter)();
  const doc = yamlPackage().parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const spanAt = (start: number, end: number): SourceSpan => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(start, end));
    return { file: display, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) errors.push(configError(spanAt(e.pos[0], e.pos[1]), `invalid ${absFile.endsWith('.json') ? 'JSON' : 'YAML'}: ${firstLine(e.message)}`));
    return undefined;
  }
  const locate: Locator = (pointer, what = 'value') => {
    const node = nodeAt(doc, pointer, what);
    const range = node?.range;
    if (!range) return spanAt(0, 0);
    // A block collection's range runs on over its trailing line break: end at its last character.
    let end = range[1];
    while (end > range[0] && /\s/.test(text[end - 1]!)) end--;
    return spanAt(range[0], end);
  };
  const value: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const before = errors.length;
  if (!validate()(value)) {
    for (const problem of describeSchemaErrors(validate().errors ?? [])) {
      errors.push(configError(locate(problem.pointer, problem.what), problem.message));
    }
  }
  if (errors.length > before) return undefined;
  const policyDoc = value as PolicyDocument;
  checkGlobsAndDates(policyDoc, locate, errors);
  return { absFile, doc: policyDoc, locate };
}

/** The YAML node at a JSON pointer; `key` gives the key node of the last segment (for unknown-key errors). */
function nodeAt(doc: Document, pointer: ReadonlyArray<string | number>, what: 'key' | 'value'): YamlNode | undefined {
  let node: unknown = doc.contents;
  for (let i = 0; i < pointer.length; i++) {
    const segment = pointer[i]!;
    if (yamlPackage().isMap(node)) {
      const pair = node.items.find((p) => yamlPackage().isPair(p) && yamlPackage().isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return node as YamlNode;
      if (i === pointer.length - 1 && what === 'key') return pair.key as YamlNode;
      node = pair.value ?? pair.key;
    } else if (yamlPackage().isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return node as YamlNode;
      node = item;
    } else {
      return node as YamlNode;
    }
  }
  return node as YamlNode;
}

interface SchemaProblem {
  pointer: Array<string | number>;
  what: 'key' | 'value';
  message: string;
}

/** ajv's errors, one readable message per place: unknown keys with a suggestion, enums with their values, alternatives merged. */
function describeSchemaErrors(raw: readonly ErrorObject[]): SchemaProblem[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of raw) {
    const list = byPath.get(e.instancePath);
    if (list) list.push(e);
    else byPath.set(e.instancePath, [e]);
  }
  const problems: SchemaProblem[] = [];
  const paths = [...byPath.keys()];
  for (const [instancePath, errs] of byPath) {
    const pointer = parsePointer(instancePath);
    const here = describeInstance(pointer);
    const unknown = errs.filter((e) => e.keyword === 'additionalProperties');
    for (const e of unknown) {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = allowedKeys(e);
      const suggestion = allowed.length > 0 ? didYouMean(key, allowed) : '';
      problems.push({
        pointer: [...pointer, key],
        what: 'key',
        message: `unknown key '${key}' in ${here}${suggestion}${allowed.length > 0 ? `; expected one of ${allowed.join(', ')}` : ''}`,
      });
    }
    if (unknown.length > 0) continue;
    // A failed alternative (oneOf) is explained by its branches' errors deeper down when there are any.
    const deeper = paths.some((p) => p !== instancePath && p.startsWith(`${instancePath}/`));
    const meaningful = errs.filter((e) => !(['oneOf', 'anyOf', 'if'].includes(e.keyword) && deeper));
    if (meaningful.length === 0) continue;
    const missing = meaningful.filter((e) => e.keyword === 'required').map((e) => (e.params as { missingProperty: string }).missingProperty);
    const oneOfRule = meaningful.find((e) => e.keyword === 'oneOf' && e.schemaPath.startsWith('#/definitions/orgRule/oneOf'));
    if (oneOfRule || (missing.length > 1 && missing.every((m) => ['deny', 'require', 'limit'].includes(m)))) {
      problems.push({ pointer, what: 'value', message: `${here} needs exactly one of deny, require or limit` });
      continue;
    }
    if (missing.length > 0) {
      problems.push({ pointer, what: 'value', message: `${here} is missing required ${missing.map((m) => `'${m}'`).join(', ')}` });
      continue;
    }
    const expectations = [...new Set(meaningful.filter((e) => !['oneOf', 'anyOf'].includes(e.keyword)).map(expectation))];
    if (expectations.length === 0) expectations.push('a value of another shape');
    problems.push({ pointer, what: 'value', message: `invalid ${here}: expected ${expectations.join(' or ')}` });
  }
  return problems;
}

function expectation(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'enum':
      return `one of ${(params.allowedValues as unknown[]).map((v) => String(v)).join(', ')}`;
    case 'const':
      return String(params.allowedValue);
    case 'type':
      return `a${/^[aeiou]/.test(String(params.type)) ? 'n' : ''} ${String(params.type)}`;
    case 'pattern':
      if (String(params.pattern).startsWith('^\\d{4}')) return 'a date YYYY-MM-DD';
      if (String(params.pattern).startsWith('^org/')) return 'an id org/<name> (lower case letters, digits and dashes)';
      return `text matching ${String(params.pattern)}`;
    case 'minLength':
      return 'a non-empty string';
    case 'minItems':
      return 'a non-empty list';
    case 'minProperties':
      return 'at least one setting';
    default:
      return e.message ?? e.keyword;
  }
}

function allowedKeys(e: ErrorObject): string[] {
  const schema = e.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(schema?.properties ?? {}).filter((k) => k !== '$schema');
}

function parsePointer(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `orgRules[0].match` style, for messages. */
function describeInstance(pointer: ReadonlyArray<string | number>): string {
  if (pointer.length === 0) return 'the policy';
  return `'${pointer.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')}'`;
}

/** Checks the schema cannot express: globs that would silently match nothing, calendar dates. */
function checkGlobsAndDates(doc: PolicyDocument, locate: Locator, errors: ToolError[]): void {
  const checkGlobs = (value: string | string[] | undefined, pointer: Array<string | number>, kind: 'path' | 'name') => {
    const list = asList(value);
    list.forEach((pattern, i) => {
      const problem = globProblem(pattern, kind);
      if (problem) errors.push(configError(locate(typeof value === 'string' ? pointer : [...pointer, i]), `bad glob '${pattern}': ${problem}`));
    });
  };
  (doc.overrides ?? []).forEach((o, i) => checkGlobs(o.files, ['overrides', i, 'files'], 'path'));
  (doc.orgRules ?? []).forEach((r, i) => {
    const at = ['orgRules', i, 'match'];
    checkGlobs(r.match.files, [...at, 'files'], 'path');
    checkGlobs(r.match.addresses, [...at, 'addresses'], 'name');
    checkGlobs(r.match.principal?.name, [...at, 'principal', 'name'], 'name');
    for (const key of ['actions', 'permissions', 'roles', 'resources', 'scopes'] as const) checkGlobs(r.match[key], [...at, key], 'name');
    checkGlobs(r.limit?.principals, ['orgRules', i, 'limit', 'principals'], 'name');
    for (const [key, globs] of Object.entries(r.require?.conditionValues ?? {})) checkGlobs(globs, ['orgRules', i, 'require', 'conditionValues', key], 'name');
  });
  (doc.exemptions ?? []).forEach((x, i) => {
    checkGlobs(x.match?.files, ['exemptions', i, 'match', 'files'], 'path');
    checkGlobs(x.match?.addresses, ['exemptions', i, 'match', 'addresses'], 'name');
    checkGlobs(x.match?.principals, ['exemptions', i, 'match', 'principals'], 'name');
    if (x.expires !== undefined && !isCalendarDate(x.expires)) {
      errors.push(configError(locate(['exemptions', i, 'expires']), `bad date '${x.expires}': expected a real date YYYY-MM-DD`));
    }
  });
}

/** `2025-02-30` has the right shape but is not a date. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

function knownRuleIds(orgRuleIds: ReadonlySet<string>): Set<string> {
  return new Set([...builtinRules.map((r) => r.meta.id), ...orgRuleIds, ...META_RULE_IDS]);
}

/** Every rule id named in `rules`, `overrides` and `exemptions` must exist (exemptions may say `*`). */
function checkRuleIds(file: ParsedFile, known: ReadonlySet<string>, errors: ToolError[]): void {
  const check = (id: string, pointer: Array<string | number>, what: 'key' | 'value') => {
    if (known.has(id)) return;
    errors.push(configError(file.locate(pointer, what), `unknown rule id '${id}'${didYouMean(id, known)}`));
  };
  for (const id of Object.keys(file.doc.rules ?? {})) check(id, ['rules', id], 'key');
  (file.doc.overrides ?? []).forEach((o, i) => {
    for (const id of Object.keys(o.rules)) check(id, ['overrides', i, 'rules', id], 'key');
  });
  (file.doc.exemptions ?? []).forEach((x, i) => {
    if (x.rule !== '*') check(x.rule, ['exemptions', i, 'rule'], 'value');
  });
}

function merge(policy: Policy, file: ParsedFile): void {
  for (const entry of asList(file.doc.extends)) {
    const pack = entry.startsWith(PACK_PREFIX) ? (entry.slice(PACK_PREFIX.length) as PackName) : undefined;
    if (pack && !policy.packs.includes(pack)) policy.packs.push(pack);
  }
  mergeSettings(policy.rules, file.doc.rules ?? {});
  for (const o of file.doc.overrides ?? []) {
    const override: PolicyOverride = { files: asList(o.files), baseDir: path.dirname(file.absFile), rules: new Map() };
    mergeSettings(override.rules, o.rules);
    policy.overrides.push(override);
  }
  (file.doc.orgRules ?? []).forEach((value, i) => policy.orgRules.push(located<OrgRuleInput>(value, file, ['orgRules', i])));
  (file.doc.exemptions ?? []).forEach((value, i) => policy.exemptions.push(located<ExemptionInput>(value, file, ['exemptions', i])));
  (file.doc.approvals ?? []).forEach((value, i) => (policy.approvals ??= []).push(located<ApprovalInput>(value, file, ['approvals', i])));
}

function located<T>(value: T, file: ParsedFile, pointer: Array<string | number>): Located<T> {
  return { value, absFile: file.absFile, span: file.locate(pointer) };
}

/** Later settings win; `{options}` alone keeps the earlier severity, `{severity}` alone keeps earlier options. */
export function mergeSettings(into: Map<string, RuleSetting>, settings: Record<string, RuleSettingInput>): void {
  for (const [id, input] of Object.entries(settings)) {
    const previous = into.get(id) ?? {};
    const next: RuleSetting = typeof input === 'string' ? { ...previous, severity: input } : { ...previous, ...input };
    into.set(id, next);
  }
}

function configError(span: SourceSpan, message: string): ToolError {
  return { file: span.file, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn, message, code: 'config' };
}

/** Policy files are reported relative to their repository root (or the working directory outside a repository). */
export function displayPath(absFile: string): string {
  const root = findRepositoryRoot(path.dirname(absFile)) ?? process.cwd();
  const rel = toPosixRelative(root, absFile);
  return rel.startsWith('..') ? absFile.split(path.sep).join('/') : rel;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
