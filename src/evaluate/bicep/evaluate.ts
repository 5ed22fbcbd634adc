/**
 * Bicep evaluator: parameters (defaults, `.bicepparam`, `--param`), variables, expressions, loops, conditions,
 * local modules, `existing` resources and user functions, lazily and order-independently as Bicep declares them.
 * Unknown inputs stay symbolic (see ../value.ts); resources come out one per instance (see ./model.ts).
 */
import path from 'node:path';
import type { SourceFile } from '../../model/document.js';
import type { ToolError, UnresolvedItem } from '../../model/finding.js';
import type { SourceSpan } from '../../model/span.js';
import { parseBicep, type BicepParseResult } from '../../parse/bicep/index.js';
import type * as A from '../../parse/bicep/ast.js';
import { endOffset, startOffset } from '../../parse/positions.js';
import { fromPlain, unknown, type UnknownValue, type Value } from '../value.js';
import { builtin, resourceIdUnder } from './functions.js';
import { BudgetExhausted, countStep, runWithBudget } from '../budget.js';
import type { BicepDeploymentScope, BicepEvaluation, BicepResource, BicepTargetScope } from './model.js';
import {
  NULL,
  asBool,
  bool,
  concatText,
  getProperty,
  isUnknown,
  list,
  managementGroupObject,
  num,
  resourceGroupObject,
  subscriptionObject,
  symbolicPattern,
  tenantObject,
  valuesEqual,
} from './values.js';

/** Module calls nested deeper than this are reported instead of evaluated (also stops cycles). */
const MAX_MODULE_DEPTH = 20;
/** Loop instances per resource or module declaration, so a huge range() cannot blow up a scan. */
const MAX_INSTANCES = 1000;
/** Resource instances per evaluation: module fan-out beyond this is reported, not evaluated. */
const MAX_RESOURCES = 100_000;
/** The longest string an expression may build. */
const MAX_STRING_LENGTH = 4_194_304;

export interface BicepEvaluateOptions {
  /** `--param name=value` overrides (strings; converted for int/bool parameters). */
  parameters?: Record<string, string>;
  /** Values for the root file's parameters (from a `.bicepparam` file chosen by the caller), before overrides. */
  parameterValues?: Map<string, Value>;
}

/** A parsed file, cached per evaluation. */
interface ParsedFile {
  file: SourceFile;
  program: A.BicepProgram;
  params: Map<string, A.ParamDecl>;
  vars: Map<string, A.VarDecl>;
  resources: Map<string, A.ResourceDecl>;
  modules: Map<string, A.ModuleDecl>;
  outputs: Map<string, A.OutputDecl>;
  funcs: Map<string, A.FunctionDecl>;
  /** Imported symbol name -> (file it comes from, exported name). */
  imports: Map<string, { from: string; name: string }>;
  /** `import * as ns` namespaces -> file. */
  namespaces: Map<string, string>;
  targetScope: BicepTargetScope;
  /** Spans of the nodes values came from, by spanKey: made once and shared by every value evaluated from a node. */
  spans: Map<number, SourceSpan>;
}

/** Offsets up to this fit a span key exactly (key = start * base + end stays below 2^53). */
const SPAN_KEY_BASE = 0x4000000;

/** Lexical environment: loop variables and lambda parameters over a file instance. */
interface Env {
  inst: FileInstance;
  locals?: Map<string, Value>;
  parent?: Env;
}

const IN_PROGRESS: Value = unknown('(cycle)', { reason: 'cycle' });

export class BicepEvaluator {
  readonly resources: BicepResource[] = [];
  readonly unresolved: UnresolvedItem[] = [];
  readonly errors: ToolError[] = [];
  readonly comments: BicepEvaluation['comments'] = new Map();
  /** Set once the resource budget is spent. */
  truncated = false;
  private readonly parsed = new Map<string, ParsedFile | null>();
  /** Files given outside the scan (parameter files named on the command line). */
  private readonly extra = new Map<string, SourceFile>();
  /** Files whose parse errors and comments are recorded (a released file parsed again records nothing). */
  private readonly recorded = new Set<string>();
  /** Local module and import targets of every file parsed so far (see localReferences). */
  readonly references = new Map<string, string[]>();
  /** Parse errors of the listed files, kept apart until listedFirst() puts them first. */
  private readonly listedErrors = new Map<string, ToolError[]>();
  private readonly listedSet: ReadonlySet<string>;

  constructor(
    private readonly all: ReadonlyMap<string, SourceFile>,
    /** The scan's own `.bicep` files, sorted: their parse errors and comments are reported first, in this order. */
    private readonly listed: readonly string[] = [],
    /**
     * Resource types whose bodies are evaluated (all when absent); other resources come out with an empty body.
     * Their instances, conditions and nested resources are still evaluated: references and scopes point at them.
     */
    readonly evaluatesBody: (type: string) => boolean = () => true,
  ) {
    this.listedSet = new Set(listed);
  }

  /** Parses a repository-relative file (once while cached); null when missing. Parse errors are recorded once. */
  load(rel: string): ParsedFile | null {
    const cached = this.parsed.get(rel);
    if (cached !== undefined) return cached;
    const file = this.all.get(rel) ?? this.extra.get(rel);
    if (!file) {
      this.parsed.set(rel, null);
      return null;
    }
    const result = parseBicep(file.text, file.path);
    if (!this.recorded.has(rel)) this.record(rel, file, result);
    const pf: ParsedFile = {
      file,
      program: result.program,
      params: new Map(),
      vars: new Map(),
      resources: new Map(),
      modules: new Map(),
      outputs: new Map(),
      funcs: new Map(),
      imports: new Map(),
      namespaces: new Map(),
      targetScope: 'resourceGroup',
      spans: new Map(),
    };
    for (const s of result.program.statements) {
      switch (s.type) {
        case 'Param':
          pf.params.set(s.name.name, s);
          break;
        case 'Var':
          pf.vars.set(s.name.name, s);
          break;
        case 'Resource':
          pf.resources.set(s.name.name, s);
          break;
        case 'Module':
          pf.modules.set(s.name.name, s);
          break;
        case 'Output':
          pf.outputs.set(s.name.name, s);
          break;
        case 'Function':
          pf.funcs.set(s.name.name, s);
          break;
        case 'Import': {
          const from = staticString(s.from);
          if (from === undefined) break;
          const target = resolveLocal(file.path, from);
          if (s.wildcard) pf.namespaces.set(s.wildcard.name, target);
          for (const item of s.items ?? []) {
            const name = item.original.type === 'Identifier' ? item.original.name : staticString(item.original);
            if (name !== undefined) pf.imports.set(item.alias?.name ?? name, { from: target, name });
          }
          break;
        }
        case 'TargetScope': {
          const v = s.value.type === 'String' ? staticString(s.value) : undefined;
          if (v === 'subscription' || v === 'managementGroup' || v === 'tenant' || v === 'resourceGroup') pf.targetScope = v;
          break;
        }
        default:
          break;
      }
    }
    this.parsed.set(rel, pf);
    return pf;
  }

  /** The first parse of a file: its errors, comments and local references. */
  private record(rel: string, file: SourceFile, result: BicepParseResult): void {
    this.recorded.add(rel);
    let errors = this.errors;
    if (this.listedSet.has(rel)) this.listedErrors.set(rel, (errors = []));
    for (const e of result.errors) {
      errors.push({ file: file.path, line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, message: e.message, code: 'parse' });
    }
    if (result.comments.length > 0) {
      this.comments.set(
        file.path,
        result.comments.map((c) => ({ line: c.range.start.line, column: c.range.start.column, endLine: c.range.end.line, text: c.text })),
      );
    }
    this.references.set(rel, localReferences(file.path, result.program));
  }

  /**
   * Drops a file's syntax tree from the cache (a later load parses it again). Trees kept for a whole scan make every
   * garbage collection copy them: evaluateBicep releases each tree once no later root file needs it.
   */
  release(rel: string): void {
    if (this.parsed.get(rel)) this.parsed.delete(rel);
  }

  /** Files whose trees are in the cache. */
  cachedFiles(): string[] {
    const files: string[] = [];
    for (const [rel, pf] of this.parsed) if (pf) files.push(rel);
    return files;
  }

  /** Whether the file has been parsed in this evaluation. */
  wasParsed(rel: string): boolean {
    return this.recorded.has(rel);
  }

  /**
   * Puts the parse errors and comments of the listed files first, in the listed order, as if they had all been parsed
   * before anything was evaluated: the report does not depend on when a file happened to be parsed.
   */
  listedFirst(): void {
    const others = this.errors.splice(0);
    for (const rel of this.listed) for (const e of this.listedErrors.get(rel) ?? []) this.errors.push(e);
    for (const e of others) this.errors.push(e);
    const comments = new Map(this.comments);
    this.comments.clear();
    for (const rel of this.listed) {
      const list = comments.get(rel);
      if (list) this.comments.set(rel, list);
    }
    for (const [file, list] of comments) if (!this.comments.has(file)) this.comments.set(file, list);
  }

  /** Evaluates a root file: every resource and module instance it (transitively) declares. */
  evaluateRoot(rel: string, options: BicepEvaluateOptions = {}): void {
    const pf = this.load(rel);
    if (!pf) return;
    const provided = new Map(options.parameterValues ?? []);
    for (const [name, text] of Object.entries(options.parameters ?? {})) {
      const decl = pf.params.get(name);
      if (decl) provided.set(name, paramFromText(text, decl));
    }
    const inst = new FileInstance(this, pf, provided, '', rootScope(pf.targetScope), [rel]);
    try {
      const { exhausted } = runWithBudget('file', () => inst.collect());
      if (exhausted) this.errors.push(exhausted);
    } catch (e) {
      // A defect or an input beyond the evaluator's limits (e.g. a stack overflow) must not take the scan down.
      this.errors.push({ file: pf.file.path, line: 1, column: 1, message: `Bicep evaluation failed: ${e instanceof Error ? e.message : String(e)}`, code: 'internal' });
    }
  }

  /** Values of a `.bicepparam` file's parameters (its variables and functions resolved), and the file it uses. */
  evaluateParamsFile(rel: string, file?: SourceFile, chain?: string[]): { using?: string; values: Map<string, Value> } {
    if (file && !this.parsed.has(rel)) this.extra.set(rel, file);
    const pf = this.load(rel);
    const values = new Map<string, Value>();
    if (!pf) return { values };
    // `extends 'base.bicepparam'`: the base file's values, overridden by this file's.
    const base = pf.program.statements.find((s): s is A.ExtendsDecl => s.type === 'Extends');
    const basePath = base ? staticString(base.path) : undefined;
    if (basePath !== undefined && (chain?.length ?? 0) < MAX_MODULE_DEPTH) {
      const target = resolveLocal(pf.file.path, basePath);
      if (!(chain ?? []).includes(target)) for (const [k, v] of this.evaluateParamsFile(target, undefined, [...(chain ?? [rel]), target]).values) values.set(k, v);
    }
    const inst = new FileInstance(this, pf, new Map(), '', rootScope('resourceGroup'), [rel]);
    try {
      for (const name of pf.params.keys()) values.set(name, inst.param(name));
    } catch (e) {
      this.errors.push({ file: pf.file.path, line: 1, column: 1, message: `Bicep parameter evaluation failed: ${e instanceof Error ? e.message : String(e)}`, code: 'internal' });
    }
    const using = pf.program.statements.find((s): s is A.UsingDecl => s.type === 'Using');
    const usingPath = using?.path ? staticString(using.path) : undefined;
    return usingPath === undefined ? { values } : { using: resolveLocal(pf.file.path, usingPath), values };
  }

  /** Text of a file of the scan (for `loadJsonContent` and `loadTextContent`), by repository-relative path. */
  fileText(rel: string): string | undefined {
    return (this.all.get(rel) ?? this.extra.get(rel))?.text;
  }

  /** The span of a declaration (with its address). */
  span(file: string, range: A.Range, address: string): SourceSpan {
    return { file, line: range.start.line, column: range.start.column, endLine: range.end.line, endColumn: range.end.column, address };
  }
}

function rootScope(kind: BicepTargetScope): BicepDeploymentScope {
  const value =
    kind === 'subscription' ? subscriptionObject() : kind === 'managementGroup' ? managementGroupObject() : kind === 'tenant' ? tenantObject() : resourceGroupObject();
  return { kind, value };
}

/** ARM JSON parameter values (`{"parameters": {"x": {"value": ...}}}`) as Values; references to Key Vault secrets stay unknown. */
export function armParameterValues(json: unknown): Map<string, Value> {
  const values = new Map<string, Value>();
  const params = (json as { parameters?: Record<string, { value?: unknown; reference?: unknown }> } | null)?.parameters;
  if (!params || typeof params !== 'object') return values;
  for (const [name, entry] of Object.entries(params)) {
    if (entry && typeof entry === 'object' && 'value' in entry) values.set(name, fromPlain(entry.value));
    else values.set(name, unknown(name, { reason: 'parameter' }));
  }
  return values;
}

/** `--param` text for a parameter: numbers and booleans converted when the parameter is declared so. */
function paramFromText(text: string, decl: A.ParamDecl): Value {
  const t = decl.paramType?.type === 'TypeName' ? decl.paramType.name : undefined;
  if (t === 'int' && /^-?\d+$/.test(text)) return num(Number(text));
  if (t === 'bool' && (text === 'true' || text === 'false')) return bool(text === 'true');
  if ((t === 'array' || t === 'object') && /^[[{]/.test(text)) {
    try {
      return fromPlain(JSON.parse(text));
    } catch {
      return { kind: 'string', value: text };
    }
  }
  return { kind: 'string', value: text };
}


/** A simple JSONPath (`$.a.b[0]`, `.a['b-c']`) into a value; undefined for filters, wildcards and misses. */
function selectJsonPath(value: Value, jsonPath: string): Value | undefined {
  const re = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['([^']*)'\]/y;
  let rest = jsonPath.startsWith('$') ? jsonPath.slice(1) : jsonPath;
  let current: Value | undefined = value;
  while (rest.length > 0 && current) {
    re.lastIndex = 0;
    const m = re.exec(rest);
    if (!m) return undefined;
    if (m[2] !== undefined) current = current.kind === 'list' ? current.items[Number(m[2])] : undefined;
    else current = current.kind === 'object' ? getProperty(current, (m[1] ?? m[3])!) : undefined;
    rest = rest.slice(m[0].length);
  }
  return current;
}

/** Repository-relative paths of the local files a program calls as modules or imports from (registry paths left out). */
export function localReferences(file: string, program: A.BicepProgram): string[] {
  const targets: string[] = [];
  for (const s of program.statements) {
    const target = s.type === 'Module' ? staticString(s.path) : s.type === 'Import' ? staticString(s.from) : undefined;
    if (target !== undefined && !isRegistryPath(target)) targets.push(resolveLocal(file, target));
  }
  return targets;
}

/** Every property of the object has a static key, and no key repeats (no spreads, no computed keys). */
function plainProperties(o: A.ObjectExpr): boolean {
  const seen = new Set<string>();
  for (const p of o.properties) {
    if (p.type !== 'Property' || p.name === undefined || seen.has(p.name)) return false;
    seen.add(p.name);
  }
  return true;
}

/** The text of a string without interpolation. */
export function staticString(s: A.StringExpr): string | undefined {
  return s.expressions.length === 0 ? s.segments[0] : undefined;
}

const resolvedPaths = new Map<string, string>();

/** Resolves a module/import path written in `fromFile` to a repository-relative POSIX path (remembered: a file's references are resolved again for every instance). */
export function resolveLocal(fromFile: string, target: string): string {
  const key = `${fromFile}\0${target}`;
  let resolved = resolvedPaths.get(key);
  if (resolved === undefined) {
    resolved = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), target.replace(/\\/g, '/')));
    // A long-running language server sees every path typed: start over rather than grow without end.
    if (resolvedPaths.size >= 10_000) resolvedPaths.clear();
    resolvedPaths.set(key, resolved);
  }
  return resolved;
}

/** `br:`, `br/alias:`, `ts:` and `ts/alias:` module paths name registry modules and template specs, not local files. */
export const isRegistryPath = (p: string) => /^(br|ts)[:/]/i.test(p);

/** One evaluation of a file with given parameters (the root, or one module instance). */
class FileInstance {
  /** Values of parameters, variables, outputs and resource names, each evaluated once (keyed by bare name: no
   *  key strings built per lookup). */
  private readonly paramValues = new Map<string, Value>();
  private readonly varValues = new Map<string, Value>();
  private readonly outputValues = new Map<string, Value>();
  private readonly resourceNames = new Map<string, Value>();
  /** Evaluated module instances by module symbolic name (for `mod.outputs.x`). */
  private readonly moduleInstances = new Map<string, FileInstance[]>();
  private collected = false;
  readonly env: Env;

  constructor(
    readonly ev: BicepEvaluator,
    readonly pf: ParsedFile,
    private readonly provided: Map<string, Value>,
    /** `module.a.module.b[0]` prefix ('' for the root). */
    readonly modulePath: string,
    readonly scope: BicepDeploymentScope,
    /** Files on the module call chain (cycle guard). */
    private readonly chain: string[],
    /** Parameters a module call passes as expressions, evaluated in the caller on first use (see passedParams). */
    private readonly passed?: { caller: FileInstance; env: Env; params: Map<string, A.Expression> },
  ) {
    this.env = { inst: this };
  }

  get file(): string {
    return this.pf.file.path;
  }

  text(n: { range: A.Range }): string {
    return this.pf.file.text.slice(startOffset(n.range), endOffset(n.range));
  }

  /** The span of a node, shared by every value evaluated from it (the same extent in a file is the same span). */
  span(range: A.Range): SourceSpan {
    const endAt = endOffset(range);
    const key = endAt >= SPAN_KEY_BASE ? -1 : startOffset(range) * SPAN_KEY_BASE + endAt;
    let span = key < 0 ? undefined : this.pf.spans.get(key);
    if (!span) {
      // Lines and columns are worked out only here (see LazyRange).
      const { start, end } = range;
      span = { file: this.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
      if (key >= 0) this.pf.spans.set(key, span);
    }
    return span;
  }

  address(symbol: string): string {
    return this.modulePath ? `${this.modulePath}.${symbol}` : symbol;
  }

  private memoized(memo: Map<string, Value>, name: string, compute: () => Value): Value {
    const hit = memo.get(name);
    if (hit) return hit === IN_PROGRESS ? unknown(name, { reason: 'cycle' }) : hit;
    memo.set(name, IN_PROGRESS);
    const v = compute();
    memo.set(name, v);
    return v;
  }

  param(name: string): Value {
    return this.memoized(this.paramValues, name, () => {
      const given = this.provided.get(name);
      if (given) return given;
      const passed = this.passed?.params.get(name);
      if (passed) return this.passed!.caller.eval(passed, this.passed!.env);
      const decl = this.pf.params.get(name)!;
      if (decl.value) return this.eval(decl.value, this.env);
      // A nullable parameter (`param x T?`) nobody sets is null at deployment, as ARM compiles it.
      if (decl.paramType?.type === 'NullableType') return { kind: 'null' };
      return unknown(name, { reason: 'parameter' });
    });
  }

  variable(name: string): Value {
    return this.memoized(this.varValues, name, () => this.eval(this.pf.vars.get(name)!.value, this.env));
  }

  output(name: string): Value {
    const decl = this.pf.outputs.get(name);
    if (!decl) return unknown(`outputs.${name}`, { reason: 'undeclared' });
    return this.memoized(this.outputValues, name, () => this.eval(decl.value, this.env));
  }

  /** A reference to a declared resource or module (symbolic; see model.ts). */
  private reference(expr: string, address: string, attribute = ''): UnknownValue {
    return unknown(expr, { ref: { address, attribute }, reason: 'resource-reference' });
  }

  // ---------------------------------------------------------------------------------------------------------
  // Resources and modules

  collect(): void {
    if (this.collected) return;
    this.collected = true;
    for (const s of this.pf.program.statements) {
      if (s.type === 'Resource') this.collectResource(s, this.env);
      // A module may already have been evaluated for an earlier reference to its outputs.
      else if (s.type === 'Module' && !this.moduleInstances.has(s.name.name)) this.collectModule(s);
    }
  }

  /** Runs `emit` for every instance of a resource/module value: an object, `if (...) {}` or a for-expression. */
  private expand(value: A.Expression, env: Env, emit: (body: A.ObjectExpr, env: Env, key: number | '*' | undefined, conditional: boolean) => void): void {
    const withCondition = (e: A.Expression, env2: Env, key: number | '*' | undefined) => {
      if (e.type === 'Object') return emit(e, env2, key, false);
      if (e.type === 'If' && e.body.type === 'Object') {
        const c = asBool(this.eval(e.condition, env2));
        if (c === false) return;
        emit(e.body, env2, key, c === undefined);
      }
    };
    if (value.type !== 'For') return withCondition(value, env, undefined);
    const iterable = this.eval(value.iterable, env);
    if (iterable.kind === 'list') {
      this.checkLoopSize(iterable.items.length, value.iterable);
      iterable.items.slice(0, MAX_INSTANCES).forEach((item, i) => {
        const locals = new Map<string, Value>([[value.item.name, item]]);
        if (value.index) locals.set(value.index.name, num(i));
        withCondition(value.body, { inst: this, locals, parent: env }, i);
      });
      return;
    }
    // Unknown collection: one symbolic instance.
    const locals = new Map<string, Value>([[value.item.name, unknown(`${this.text(value.iterable)}[*]`, { reason: 'loop-item' })]]);
    if (value.index) locals.set(value.index.name, unknown(`${value.index.name}`, { reason: 'loop-index' }));
    withCondition(value.body, { inst: this, locals, parent: env }, '*');
  }

  private collectResource(decl: A.ResourceDecl, env: Env, parent?: { address: string; type: string; baseAddress: string }): void {
    const typeText = staticString(decl.resourceType) ?? this.text(decl.resourceType);
    const at = typeText.lastIndexOf('@');
    let type = at >= 0 ? typeText.slice(0, at) : typeText;
    const apiVersion = at >= 0 ? typeText.slice(at + 1) : '';
    if (parent && !type.includes('/')) type = `${parent.type}/${type}`;
    const baseAddress = parent ? `${parent.baseAddress}::${decl.name.name}` : this.address(decl.name.name);
    this.expand(decl.value, env, (body, env2, key, conditional) => {
      const instanceAddress = parent ? `${parent.address}::${decl.name.name}` : baseAddress;
      const address = key === undefined ? instanceAddress : `${instanceAddress}[${key}]`;
      const { values, spans } = this.ev.evaluatesBody(type) ? this.evalBody(body, env2, true) : { values: new Map<string, Value>(), spans: new Map<string, SourceSpan>() };
      const resource: BicepResource = {
        symbolicName: decl.name.name,
        address,
        baseAddress,
        type,
        apiVersion,
        existing: decl.existing,
        span: this.ev.span(this.file, decl.range, address),
        body: values,
        propertySpans: spans,
        conditional,
        modulePath: this.modulePath,
        deploymentScope: this.scope,
        deployment: this.chain[0]!,
      };
      if (key !== undefined) resource.instanceKey = key;
      if (this.ev.resources.length >= MAX_RESOURCES) {
        if (!this.ev.truncated) {
          this.ev.truncated = true;
          this.ev.errors.push({ file: this.file, line: decl.range.start.line, column: decl.range.start.column, message: `More than ${MAX_RESOURCES} resource instances: evaluation stopped`, code: 'too-large' });
        }
        return;
      }
      const parentRef = values.get('parent');
      if (parent) resource.parent = parent.address;
      else if (parentRef?.kind === 'unknown' && parentRef.ref && parentRef.ref.attribute === '') resource.parent = parentRef.ref.address;
      this.ev.resources.push(resource);
      for (const nested of body.resources) this.collectResource(nested, env2, { address, type, baseAddress });
    });
  }

  private evalBody(body: A.ObjectExpr, env: Env, withSpans = false): { values: Map<string, Value>; spans: Map<string, SourceSpan> } {
    const values = new Map<string, Value>();
    const spans = new Map<string, SourceSpan>();
    for (const p of body.properties) {
      if (p.type === 'Spread') {
        const v = this.eval(p.expr, env);
        if (v.kind === 'object') for (const [k, x] of v.entries) values.set(k, x);
        continue;
      }
      const key = p.name ?? this.keyText(p.key, env);
      values.set(key, this.eval(p.value, env));
      if (withSpans) spans.set(key, this.span(p.range));
    }
    return { values, spans };
  }

  private keyText(key: A.Identifier | A.StringExpr, env: Env): string {
    if (key.type === 'Identifier') return key.name;
    const v = this.eval(key, env);
    return v.kind === 'string' ? v.value : this.text(key);
  }

  private collectModule(decl: A.ModuleDecl): void {
    const instances: FileInstance[] = [];
    this.moduleInstances.set(decl.name.name, instances);
    const pathText = staticString(decl.path);
    const span = this.ev.span(this.file, decl.range, this.address(`module.${decl.name.name}`));
    if (pathText === undefined) {
      this.ev.unresolved.push({ span, expr: this.text(decl.path), reason: 'module path is not a literal string' });
      return;
    }
    if (isRegistryPath(pathText)) {
      this.ev.unresolved.push({ span, expr: pathText, reason: pathText.toLowerCase().startsWith('ts') ? 'template-spec module' : 'registry module' });
      return;
    }
    const target = resolveLocal(this.file, pathText);
    if (this.chain.includes(target) || this.chain.length >= MAX_MODULE_DEPTH) {
      this.ev.unresolved.push({ span, expr: pathText, reason: this.chain.includes(target) ? 'module cycle' : 'module nesting too deep' });
      return;
    }
    if (!target.endsWith('.bicep')) {
      this.ev.unresolved.push({ span, expr: pathText, reason: 'module is not a .bicep file' });
      return;
    }
    const child = this.ev.load(target);
    if (!child) {
      this.ev.unresolved.push({ span, expr: pathText, reason: 'module file not found' });
      return;
    }
    this.expand(decl.value, this.env, (body, env2, key) => {
      const call = this.moduleCall(body, env2);
      const prefix = this.address(`module.${decl.name.name}${key === undefined ? '' : `[${key}]`}`);
      const passed = call.deferred && { caller: this, env: env2, params: call.deferred };
      const instance = new FileInstance(this.ev, child, call.params, prefix, this.childScope(child.targetScope, call.scope), [...this.chain, target], passed);
      instances.push(instance);
      instance.collect();
    });
  }

  /**
   * The parameters and scope of one module call. Parameters written as plain properties whose evaluation can change
   * nothing but their own value (see isPure) are left to the module, which evaluates each one (here, in the caller)
   * when it first uses it: most never feed anything a grant reads. Everything else is evaluated now, in source order.
   */
  private moduleCall(body: A.ObjectExpr, env: Env): { params: Map<string, Value>; deferred?: Map<string, A.Expression>; scope?: Value } {
    const paramsProp = body.properties.find((p): p is A.ObjectProperty => p.type === 'Property' && p.name === 'params');
    if (!plainProperties(body) || (paramsProp?.value.type === 'Object' && !plainProperties(paramsProp.value))) {
      const { values } = this.evalBody(body, env);
      const params = new Map<string, Value>();
      const given = values.get('params');
      if (given?.kind === 'object') for (const [k, v] of given.entries) params.set(k, v);
      const scope = values.get('scope');
      return scope ? { params, scope } : { params };
    }
    const params = new Map<string, Value>();
    const deferred = new Map<string, A.Expression>();
    let scope: Value | undefined;
    for (const p of body.properties as A.ObjectProperty[]) {
      if (p.name === 'params' && p.value.type === 'Object') {
        for (const q of p.value.properties as A.ObjectProperty[]) {
          if (this.isPure(q.value, env)) deferred.set(q.name!, q.value);
          else params.set(q.name!, this.eval(q.value, env));
        }
      } else if (p.name === 'params') {
        const given = this.eval(p.value, env);
        if (given.kind === 'object') for (const [k, v] of given.entries) params.set(k, v);
      } else if (p.name === 'scope') {
        scope = this.eval(p.value, env);
      } else if (!this.isPure(p.value, env)) {
        this.eval(p.value, env);
      }
    }
    return scope ? { params, deferred, scope } : { params, deferred };
  }

  /**
   * Whether evaluating `e` (in `env`) has no effect but its value, so it may be evaluated later or not at all. The
   * effects are those of resolveReference: a module's output evaluates the module, a resource's name its `name`
   * property. So `e` must reach no module, no resource whose `name` or `scope` is impure, no user or imported
   * function, and no loop value that refers to a declaration here. Conservative: unsure is impure.
   */
  private isPure(e: A.Expression | A.SpreadElement, env: Env): boolean {
    switch (e.type) {
      case 'Literal':
        return true;
      case 'Variable':
        return this.isPureName(e.name, env);
      case 'String':
        return e.expressions.every((x) => this.isPure(x, env));
      case 'Array':
        return e.items.every((x) => this.isPure(x, env));
      case 'Object':
        return e.properties.every((p) => (p.type === 'Spread' ? this.isPure(p.expr, env) : (p.key.type === 'Identifier' || this.isPure(p.key, env)) && this.isPure(p.value, env)));
      case 'Spread':
      case 'Paren':
      case 'NonNull':
        return this.isPure(e.expr, env);
      case 'PropertyAccess':
      case 'ResourceAccess':
        return this.isPure(e.object, env);
      case 'IndexAccess':
        return this.isPure(e.object, env) && this.isPure(e.index, env);
      case 'Unary':
        return this.isPure(e.operand, env);
      case 'Binary':
        return this.isPure(e.left, env) && this.isPure(e.right, env);
      case 'Ternary':
        return this.isPure(e.condition, env) && this.isPure(e.then, env) && this.isPure(e.else, env);
      case 'Call': {
        const ns = e.object?.type === 'Variable' ? e.object.name : undefined;
        if (e.object && ns !== 'az' && ns !== 'sys') return false;
        if (!ns && (this.pf.funcs.has(e.name.name) || this.pf.imports.has(e.name.name))) return false;
        return e.args.every((a) => this.isPure(a, env));
      }
      case 'Lambda':
        return this.isPure(e.body, env);
      case 'For':
        return this.isPure(e.iterable, env) && this.isPure(e.body, env);
      case 'If':
        return this.isPure(e.condition, env) && this.isPure(e.body, env);
    }
  }

  private isPureName(name: string, env: Env): boolean {
    for (let x: Env | undefined = env; x; x = x.parent) {
      const v = x.locals?.get(name);
      if (v) return this.isPureValue(v);
    }
    const pf = this.pf;
    if (pf.params.has(name)) {
      // A value the caller gives (or will give) was made in the caller: its references name the caller's
      // declarations, which resolveReference here never finds, and the caller defers only what is pure there.
      if (this.provided.has(name) || this.passed?.params.has(name)) return true;
      const value = pf.params.get(name)!.value;
      return !value || this.isPureSymbol('param:' + name, value);
    }
    if (pf.vars.has(name)) return this.isPureSymbol('var:' + name, pf.vars.get(name)!.value);
    if (pf.resources.has(name)) return this.isPureResource(name);
    return !pf.modules.has(name) && !pf.imports.has(name);
  }

  /** Of a resource, resolveReference evaluates only the `name` (and for an `existing` one the `scope`) property. */
  private isPureResource(name: string): boolean {
    const decl = this.pf.resources.get(name)!;
    if (decl.value.type !== 'Object') return true;
    return decl.value.properties.every((p) => p.type !== 'Property' || (p.name !== 'name' && p.name !== 'scope') || this.isPureSymbol(`resource:${name}:${p.name}`, p.value));
  }

  /** A loop or lambda value: pure unless it holds a reference resolveReference would find here. */
  private isPureValue(v: Value): boolean {
    switch (v.kind) {
      case 'unknown': {
        if (!v.ref) return true;
        const local = this.modulePath ? v.ref.address.slice(this.modulePath.length + 1) : v.ref.address;
        const mod = /^module\.([A-Za-z_][\w]*)(?:\[\d+\])?$/.exec(local);
        if (mod) return !this.pf.modules.has(mod[1]!);
        return !this.pf.resources.has(local) || this.isPureResource(local);
      }
      case 'list':
        return v.items.every((x) => this.isPureValue(x));
      case 'object':
        for (const x of v.entries.values()) if (!this.isPureValue(x)) return false;
        return true;
      default:
        return true;
    }
  }

  /** isPure of a parameter default or a variable, once per instance (a cycle counts as impure). */
  private isPureSymbol(key: string, e: A.Expression): boolean {
    const known = this.purity.get(key);
    if (known !== undefined) return known;
    this.purity.set(key, false);
    const pure = this.isPure(e, this.env);
    this.purity.set(key, pure);
    return pure;
  }

  private readonly purity = new Map<string, boolean>();

  /** Deployment scope of a module: its file's targetScope, located by the call's `scope:` or the caller's own scope. */
  private childScope(kind: BicepTargetScope, scopeValue: Value | undefined): BicepDeploymentScope {
    if (scopeValue) return { kind, value: scopeValue };
    if (kind === this.scope.kind) return this.scope;
    return rootScope(kind);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Expressions

  lookup(name: string, env: Env): Value {
    for (let e: Env | undefined = env; e; e = e.parent) {
      const v = e.locals?.get(name);
      if (v) return v;
    }
    const pf = this.pf;
    if (pf.params.has(name)) return this.param(name);
    if (pf.vars.has(name)) return this.variable(name);
    if (pf.resources.has(name)) return this.reference(name, this.address(name));
    if (pf.modules.has(name)) return this.reference(name, this.address(`module.${name}`));
    const imported = pf.imports.get(name);
    if (imported) return this.importedValue(imported.from, imported.name, name);
    return unknown(name, { reason: 'undeclared' });
  }

  /** A compile-time imported variable: evaluated in its own file with no parameters. */
  private importedValue(from: string, name: string, expr: string): Value {
    const pf = this.ev.load(from);
    if (!pf || !pf.vars.has(name)) return unknown(expr, { reason: 'import' });
    return new FileInstance(this.ev, pf, new Map(), this.modulePath, this.scope, [...this.chain, from]).variable(name);
  }

  /** A loop longer than MAX_INSTANCES is cut there, and says so at the loop's collection (never silently). */
  private checkLoopSize(count: number, at: A.Expression): void {
    if (count <= MAX_INSTANCES) return;
    const { start, end } = at.range;
    const message = `This loop expands to ${count.toLocaleString('en-US')} instances; limit ${MAX_INSTANCES.toLocaleString('en-US')}: only the first ${MAX_INSTANCES.toLocaleString('en-US')} are checked.`;
    this.ev.errors.push({ file: this.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message, code: 'too-large' });
  }

  /** Literals, strings, arrays, objects and call results point at the expression they came from; values of
   *  variables and parameters keep the span of their definition. */
  eval(e: A.Expression, env: Env): Value {
    if (countStep()) throw new BudgetExhausted(this.file, { line: e.range.start.line, column: e.range.start.column, endLine: e.range.end.line, endColumn: e.range.end.column });
    const v = this.evalUnbounded(e, env);
    // A variable doubling a string forty times would need terabytes: stop growth with a located error.
    if (v.kind === 'string' && v.value.length > MAX_STRING_LENGTH) {
      const { start, end } = e.range;
      const message = `This string grows to ${v.value.length.toLocaleString('en-US')} characters; limit 4,194,304.`;
      this.ev.errors.push({ file: this.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message, code: 'too-large' });
      return unknown(this.text(e), { reason: 'error' });
    }
    return v;
  }

  private evalUnbounded(e: A.Expression, env: Env): Value {
    switch (e.type) {
      case 'Literal':
        return e.value === null ? NULL : typeof e.value === 'number' ? { kind: 'number', value: e.value, span: this.span(e.range) } : bool(e.value);
      case 'String': {
        if (e.expressions.length === 0) return { kind: 'string', value: e.segments[0]!, span: this.span(e.range) };
        const parts: Value[] = [];
        e.segments.forEach((seg, i) => {
          parts.push({ kind: 'string', value: seg });
          const x = e.expressions[i];
          if (x) parts.push(this.eval(x, env));
        });
        return { ...concatText(parts), span: this.span(e.range) };
      }
      case 'Array': {
        const items: Value[] = [];
        for (const item of e.items) {
          if (item.type === 'Spread') {
            const v = this.eval(item.expr, env);
            if (v.kind === 'list') items.push(...v.items);
            else items.push(unknown(this.text(item), { reason: 'unknown-input' }));
          } else items.push(this.eval(item, env));
        }
        return { kind: 'list', items, span: this.span(e.range) };
      }
      case 'Object': {
        const { values } = this.evalBody(e, env);
        return { kind: 'object', entries: values, span: this.span(e.range) };
      }
      case 'Variable':
        return this.lookup(e.name, env);
      case 'Paren':
        return this.eval(e.expr, env);
      case 'NonNull':
        return this.eval(e.expr, env);
      case 'PropertyAccess':
        return this.property(this.eval(e.object, env), e.property.name, e.safe, e);
      case 'IndexAccess':
        return this.index(this.eval(e.object, env), this.eval(e.index, env), e);
      case 'ResourceAccess': {
        const base = this.eval(e.object, env);
        if (base.kind === 'unknown' && base.ref && base.ref.attribute === '') return this.reference(this.text(e), `${base.ref.address}::${e.resource.name}`);
        return unknown(this.text(e), { reason: 'unknown-input' });
      }
      case 'Unary': {
        const v = this.eval(e.operand, env);
        if (e.operator === '!') return v.kind === 'bool' ? bool(!v.value) : unknown(this.text(e), { reason: 'unknown-input' });
        if (v.kind === 'number') return num(e.operator === '-' ? -v.value : v.value);
        return unknown(this.text(e), { reason: 'unknown-input' });
      }
      case 'Binary':
        return this.binary(e, env);
      case 'Ternary': {
        const c = asBool(this.eval(e.condition, env));
        if (c !== undefined) return this.eval(c ? e.then : e.else, env);
        const a = this.eval(e.then, env);
        const b = this.eval(e.else, env);
        return valuesEqual(a, b) === true ? a : unknown(this.text(e), { reason: 'condition' });
      }
      case 'Call': {
        const v = this.call(e, env);
        return v.span || v.kind === 'unknown' ? v : { ...v, span: this.span(e.range) };
      }
      case 'For': {
        const iterable = this.eval(e.iterable, env);
        if (iterable.kind !== 'list') return unknown(this.text(e), { reason: 'unknown-input' });
        this.checkLoopSize(iterable.items.length, e.iterable);
        const items: Value[] = [];
        iterable.items.slice(0, MAX_INSTANCES).forEach((item, i) => {
          const locals = new Map<string, Value>([[e.item.name, item]]);
          if (e.index) locals.set(e.index.name, num(i));
          const env2: Env = { inst: this, locals, parent: env };
          if (e.body.type === 'If') {
            const c = asBool(this.eval(e.body.condition, env2));
            if (c === false) return;
            items.push(c === undefined ? unknown(this.text(e.body), { reason: 'condition' }) : this.eval(e.body.body, env2));
          } else items.push(this.eval(e.body, env2));
        });
        return list(items);
      }
      case 'If':
      case 'Lambda':
        return unknown(this.text(e), { reason: 'unsupported' });
    }
  }

  private property(base: Value, name: string, safe: boolean, e: A.Expression): Value {
    if (base.kind === 'object') return getProperty(base, name) ?? (safe ? NULL : unknown(this.text(e), { reason: 'missing-property' }));
    if (base.kind === 'null' && safe) return NULL;
    if (base.kind === 'unknown' && base.ref) {
      const attribute = base.ref.attribute ? `${base.ref.attribute}.${name}` : name;
      const resolved = this.resolveReference(base.ref.address, attribute);
      if (resolved) return resolved;
      return this.reference(this.text(e), base.ref.address, attribute);
    }
    if (base.kind === 'unknown') return unknown(`${base.expr}${safe ? '.?' : '.'}${name}`, { reason: base.reason ?? 'unknown-input' });
    return unknown(this.text(e), { reason: 'unknown-input' });
  }

  /** Known attributes of references: `mod.outputs.x` of an evaluated module, `res.name`/`res.type` of a single-instance resource. */
  private resolveReference(address: string, attribute: string): Value | undefined {
    const local = this.modulePath ? address.slice(this.modulePath.length + 1) : address;
    const mod = /^module\.([A-Za-z_][\w]*)(?:\[(\d+)\])?$/.exec(local);
    if (mod) {
      const out = /^outputs\.([A-Za-z_][\w]*)$/.exec(attribute);
      if (!out) return undefined;
      // Declarations are order-independent: evaluate a module referenced before its declaration was reached.
      const decl = this.pf.modules.get(mod[1]!);
      if (decl && !this.moduleInstances.has(mod[1]!)) this.collectModule(decl);
      const instances = this.moduleInstances.get(mod[1]!);
      if (!instances) return undefined;
      const instance = mod[2] !== undefined ? instances[Number(mod[2])] : instances.length === 1 ? instances[0] : undefined;
      return instance?.output(out[1]!);
    }
    const decl = this.pf.resources.get(local);
    if (!decl) return undefined;
    if (attribute === 'type' || attribute === 'apiVersion') {
      const t = staticString(decl.resourceType);
      if (t === undefined) return undefined;
      const at = t.lastIndexOf('@');
      return { kind: 'string', value: attribute === 'type' ? t.slice(0, at < 0 ? t.length : at) : t.slice(at + 1) };
    }
    if (decl.value.type !== 'Object' || (attribute !== 'name' && !(attribute === 'id' && decl.existing))) return undefined;
    const body = decl.value;
    const prop = (key: string) => body.properties.find((p): p is A.ObjectProperty => p.type === 'Property' && p.name === key);
    const nameProp = prop('name');
    if (!nameProp) return undefined;
    const name = this.memoized(this.resourceNames, local, () => this.eval(nameProp.value, this.env));
    if (attribute === 'name') return name;
    // An existing resource has no body in this deployment: its id is built from its scope, type and name.
    const scopeProp = prop('scope');
    const scope = scopeProp ? this.eval(scopeProp.value, this.env) : this.scope.value;
    const scopeId = scope.kind === 'object' ? getProperty(scope, 'id') : undefined;
    const t = staticString(decl.resourceType);
    if (!scopeId || t === undefined || prop('parent')) return undefined;
    const at = t.lastIndexOf('@');
    return resourceIdUnder(scopeId, at < 0 ? t : t.slice(0, at), name);
  }

  private index(base: Value, index: Value, e: A.IndexAccessExpr): Value {
    if (base.kind === 'list' && index.kind === 'number') {
      const i = e.fromEnd ? base.items.length - index.value : index.value;
      return base.items[i] ?? (e.safe ? NULL : unknown(this.text(e), { reason: 'index-out-of-range' }));
    }
    if (base.kind === 'object' && index.kind === 'string' && !isUnknown(index)) return getProperty(base, index.value) ?? (e.safe ? NULL : unknown(this.text(e), { reason: 'missing-property' }));
    if (e.safe && base.kind === 'object' && index.kind === 'string') {
      // No key can match whatever the unknown parts are (`roleNames[?'/subscriptions/${sub}/...']`).
      const pattern = symbolicPattern(index, true);
      if (![...base.entries.keys()].some((k) => pattern.test(k))) return NULL;
    }
    if (base.kind === 'null' && e.safe) return NULL;
    if (base.kind === 'unknown' && base.ref) {
      // `stg[0]`: an instance of a looped resource or module.
      if (base.ref.attribute === '' && index.kind === 'number') return this.reference(this.text(e), `${base.ref.address}[${index.value}]`);
      return this.reference(this.text(e), base.ref.address, base.ref.attribute ? `${base.ref.attribute}[*]` : '');
    }
    if (base.kind === 'unknown') {
      const key = index.kind === 'number' ? String(index.value) : index.kind === 'string' && !isUnknown(index) ? `'${index.value}'` : '*';
      return unknown(`${base.expr}[${e.safe ? '?' : ''}${key}]`, { reason: base.reason ?? 'unknown-input' });
    }
    return unknown(this.text(e), { reason: 'unknown-input' });
  }

  private binary(e: A.BinaryExpr, env: Env): Value {
    const l = this.eval(e.left, env);
    // Short-circuit forms decide on the left operand alone when they can.
    if (e.operator === '&&' && l.kind === 'bool' && !l.value) return bool(false);
    if (e.operator === '||' && l.kind === 'bool' && l.value) return bool(true);
    if (e.operator === '??') {
      if (l.kind === 'null') return this.eval(e.right, env);
      return l.kind === 'unknown' ? unknown(this.text(e), { reason: 'unknown-input' }) : l;
    }
    const r = this.eval(e.right, env);
    const unknownResult = () => unknown(this.text(e), { reason: 'unknown-input' });
    switch (e.operator) {
      case '&&':
      case '||':
        if (r.kind === 'bool' && l.kind === 'bool') return bool(e.operator === '&&' ? l.value && r.value : l.value || r.value);
        if (r.kind === 'bool' && (e.operator === '&&' ? !r.value : r.value)) return bool(r.value);
        return unknownResult();
      case '==':
      case '!=':
      case '=~':
      case '!~': {
        const eq = valuesEqual(l, r, e.operator === '=~' || e.operator === '!~');
        return eq === undefined ? unknownResult() : bool(e.operator === '==' || e.operator === '=~' ? eq : !eq);
      }
      case '<':
      case '<=':
      case '>':
      case '>=': {
        if (!((l.kind === 'number' && r.kind === 'number') || (l.kind === 'string' && r.kind === 'string' && !isUnknown(l) && !isUnknown(r)))) return unknownResult();
        const a = l.value as number | string;
        const b = r.value as number | string;
        return bool(e.operator === '<' ? a < b : e.operator === '<=' ? a <= b : e.operator === '>' ? a > b : a >= b);
      }
      default: {
        if (l.kind !== 'number' || r.kind !== 'number') return unknownResult();
        const a = l.value;
        const b = r.value;
        if ((e.operator === '/' || e.operator === '%') && b === 0) return unknownResult();
        return num(e.operator === '+' ? a + b : e.operator === '-' ? a - b : e.operator === '*' ? a * b : e.operator === '/' ? Math.trunc(a / b) : a % b);
      }
    }
  }

  private call(e: A.CallExpr, env: Env): Value {
    const name = e.name.name;
    const ns = e.object?.type === 'Variable' ? e.object.name : undefined;
    const text = this.text(e);
    if (e.object && ns !== 'az' && ns !== 'sys') {
      // `ns.fn()` of a wildcard import, or a resource function such as `stg.listKeys()`.
      if (ns && this.pf.namespaces.has(ns)) return this.callImported(this.pf.namespaces.get(ns)!, name, e.args, env, text);
      return unknown(text, { reason: 'resource-function' });
    }
    if (!ns) {
      const user = this.pf.funcs.get(name);
      if (user) return this.callUser(this, user, e.args, env, text);
      const imported = this.pf.imports.get(name);
      if (imported) return this.callImported(imported.from, imported.name, e.args, env, text);
    }
    if (name.toLowerCase() === 'reference' && e.args[0]) {
      // reference(res.id) is the resource's properties (or the whole resource with 'Full').
      const arg = e.args[0];
      const target = arg.type === 'PropertyAccess' && arg.property.name.toLowerCase() === 'id' ? this.eval(arg.object, env) : this.eval(arg, env);
      if (target.kind === 'unknown' && target.ref && (target.ref.attribute === 'id' || target.ref.attribute === '')) {
        const full = e.args.some((a) => a.type === 'String' && staticString(a)?.toLowerCase() === 'full');
        return this.reference(text, target.ref.address, full ? '' : 'properties');
      }
      return unknown(text, { reason: 'deployment-time' });
    }
    const lower = name.toLowerCase();
    if (lower === 'loadjsoncontent' || lower === 'loadtextcontent') return this.loadContent(lower === 'loadjsoncontent', e, env, text);
    const lambdaResult = this.callWithLambda(lower, e, env, text);
    if (lambdaResult) return lambdaResult;
    const f = builtin(name);
    if (!f) return unknown(text, { reason: 'unsupported-function' });
    const args = e.args.map((a) => this.eval(a, env));
    return f(args, text) ?? unknown(text, { reason: 'unsupported-function' });
  }

  /** `loadJsonContent(path, [jsonPath])` / `loadTextContent(path)`: compile-time reads of files in the scan. */
  private loadContent(json: boolean, e: A.CallExpr, env: Env, text: string): Value {
    const pathValue = e.args[0] ? this.eval(e.args[0], env) : undefined;
    if (pathValue?.kind !== 'string' || isUnknown(pathValue)) return unknown(text, { reason: 'unknown-input' });
    const content = this.ev.fileText(resolveLocal(this.file, pathValue.value));
    if (content === undefined) return unknown(text, { reason: 'file-not-found' });
    if (!json) return { kind: 'string', value: content };
    let value: Value;
    try {
      value = fromPlain(JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content));
    } catch {
      return unknown(text, { reason: 'invalid-json' });
    }
    const pathArg = e.args[1] ? this.eval(e.args[1], env) : undefined;
    if (!pathArg) return value;
    const selected = pathArg.kind === 'string' && !isUnknown(pathArg) ? selectJsonPath(value, pathArg.value) : undefined;
    return selected ?? unknown(text, { reason: 'unsupported' });
  }

  private callUser(owner: FileInstance, fn: A.FunctionDecl, args: A.Expression[], env: Env, text: string): Value {
    const locals = new Map<string, Value>();
    fn.lambda.params.forEach((p, i) => locals.set(p.name.name, args[i] ? this.eval(args[i]!, env) : NULL));
    if (this.depth > 64) return unknown(text, { reason: 'recursion' });
    this.depth++;
    try {
      // A function body sees only its parameters and the declaring file's symbols.
      return owner.eval(fn.lambda.body, { inst: owner, locals });
    } finally {
      this.depth--;
    }
  }

  private depth = 0;

  private callImported(from: string, name: string, args: A.Expression[], env: Env, text: string): Value {
    const pf = this.ev.load(from);
    const fn = pf?.funcs.get(name);
    if (!pf || !fn) return unknown(text, { reason: 'import' });
    const owner = new FileInstance(this.ev, pf, new Map(), this.modulePath, this.scope, [...this.chain, from]);
    return this.callUser(owner, fn, args, env, text);
  }

  /** map/filter/reduce/sort/toObject/groupBy-free lambda functions, over known arrays. */
  private callWithLambda(name: string, e: A.CallExpr, env: Env, text: string): Value | undefined {
    if (name !== 'map' && name !== 'filter' && name !== 'reduce' && name !== 'toobject' && name !== 'sort') return undefined;
    const lambda = e.args[name === 'reduce' ? 2 : 1];
    if (!lambda || lambda.type !== 'Lambda') return name === 'toobject' ? undefined : unknown(text, { reason: 'unknown-input' });
    const source = this.eval(e.args[0]!, env);
    if (source.kind !== 'list') return unknown(text, { reason: 'unknown-input' });
    const apply = (fn: A.LambdaExpr, values: Value[]) => {
      const locals = new Map<string, Value>();
      fn.params.forEach((p, i) => locals.set(p.name, values[i] ?? NULL));
      return this.eval(fn.body, { inst: this, locals, parent: env });
    };
    const items = source.items.slice(0, MAX_INSTANCES);
    switch (name) {
      case 'map':
        return list(items.map((x, i) => apply(lambda, [x, num(i)])));
      case 'filter': {
        const out: Value[] = [];
        for (const [i, x] of items.entries()) {
          const keep = asBool(apply(lambda, [x, num(i)]));
          if (keep === undefined) return unknown(text, { reason: 'unknown-input' });
          if (keep) out.push(x);
        }
        return list(out);
      }
      case 'reduce': {
        let acc = this.eval(e.args[1]!, env);
        items.forEach((x, i) => {
          acc = apply(lambda, [acc, x, num(i)]);
        });
        return acc;
      }
      case 'toobject': {
        const entries = new Map<string, Value>();
        const valueFn = e.args[2]?.type === 'Lambda' ? e.args[2] : undefined;
        for (const x of items) {
          const k = apply(lambda, [x]);
          if (k.kind !== 'string' || isUnknown(k)) return unknown(text, { reason: 'unknown-input' });
          entries.set(k.value, valueFn ? apply(valueFn, [x]) : x);
        }
        return { kind: 'object', entries };
      }
      default:
        return unknown(text, { reason: 'unsupported' });
    }
  }
}

export function newEvaluation(all: ReadonlyMap<string, SourceFile>): BicepEvaluator {
  return new BicepEvaluator(all);
}
