/**
 * Module instances: one per root directory and one per call of a local module (per count/for_each key). An instance
 * answers references lazily (variables, locals, resources, module outputs, each memoized with cycle detection) and
 * finally emits its resources with their evaluated bodies.
 */
import path from 'node:path';
import type { Attribute, Block, Body, Expression, HclFile, Range, TemplateExpr } from '../../parse/hcl/ast.js';
import type { SourceSpan } from '../../model/span.js';
import { BudgetExhausted } from '../budget.js';
import type { ToolError } from '../../model/finding.js';
import type { ObjectValue, UnknownValue, Value } from '../value.js';
import type { TfResource, TfUnresolvedModule } from './model.js';
import { bind, evaluate, exprSpan, exprText, fail, iterate, markResource, markUnknownCollection, toNumber, type EvalHost, type FileRead, type Scope } from './expr.js';
import { localModuleDir } from './components.js';
import { convertToType, parseType, type TypeSpec } from './types.js';
import { EvalError, firstUnknown, formatNumber, isWhollyKnown, parseNumber, mkList, mkNull, mkObj, mkStr, mkUnknown, sortedKeys, spanOf, typeName } from './values.js';
import './functions.js';

/** Beyond this many instances a count/for_each is reported instead of expanded. */
export const MAX_INSTANCES = 100_000;
/** Guards calls that multiply at every level (a module calling another several times, several levels deep). */
const MAX_MODULE_INSTANCES = 20_000;
/** Guards runaway module nesting that a directory cycle check cannot see (the same directory at different paths). */
const MAX_MODULE_DEPTH = 32;

export interface ConfigFile {
  path: string;
  text: string;
  hcl: HclFile;
}

interface VariableDecl {
  name: string;
  block: Block;
  file: ConfigFile;
  type?: TypeSpec;
}

interface ResourceDecl {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  block: Block;
  file: ConfigFile;
}

export interface ModuleCallDecl {
  name: string;
  block: Block;
  file: ConfigFile;
  source: string;
  sourceSpan: SourceSpan;
  /** Repository-relative directory for a local source (`./x`, `../x`); undefined for remote sources. */
  localDir?: string;
}

/** The declarations of one directory, shared by every instance of that module. */
export class ModuleDef {
  readonly variables = new Map<string, VariableDecl>();
  readonly locals = new Map<string, { attr: Attribute; file: ConfigFile }>();
  readonly outputs = new Map<string, { block: Block; file: ConfigFile }>();
  readonly resources = new Map<string, ResourceDecl>();
  readonly moduleCalls = new Map<string, ModuleCallDecl>();

  constructor(
    readonly dir: string,
    readonly files: ConfigFile[],
  ) {
    for (const file of files) {
      for (const block of file.hcl.body.blocks) {
        const [l0, l1] = block.labels;
        switch (block.blockType) {
          case 'variable':
            if (l0 !== undefined && !this.variables.has(l0)) this.variables.set(l0, { name: l0, block, file });
            break;
          case 'locals':
            for (const attr of block.body.attributes) if (!this.locals.has(attr.name)) this.locals.set(attr.name, { attr, file });
            break;
          case 'output':
            if (l0 !== undefined && !this.outputs.has(l0)) this.outputs.set(l0, { block, file });
            break;
          case 'resource':
          case 'data': {
            if (l0 === undefined || l1 === undefined) break;
            const mode = block.blockType === 'resource' ? 'managed' : 'data';
            const key = `${mode}:${l0}.${l1}`;
            if (!this.resources.has(key)) this.resources.set(key, { mode, type: l0, name: l1, block, file });
            break;
          }
          case 'module': {
            if (l0 === undefined || this.moduleCalls.has(l0)) break;
            const src = block.body.attributes.find((a) => a.name === 'source');
            const literal = src ? staticString(src.expr) : undefined;
            const source = literal ?? (src ? file.text.slice(src.expr.range.start.offset, src.expr.range.end.offset) : '');
            const call: ModuleCallDecl = { name: l0, block, file, source, sourceSpan: spanOf((src ?? block).range, file.path) };
            const localDir = literal === undefined ? undefined : localModuleDir(dir, literal);
            if (localDir !== undefined) call.localDir = localDir;
            this.moduleCalls.set(l0, call);
            break;
          }
          default:
            break;
        }
      }
    }
  }
}

/** The text of a string literal without interpolation, or undefined. */
export function staticString(e: Expression): string | undefined {
  if (e.type === 'Literal') return typeof e.value === 'string' ? e.value : undefined;
  if (e.type === 'Template' && e.parts.every((p) => p.type === 'TemplateLiteral')) return e.parts.map((p) => (p.type === 'TemplateLiteral' ? p.value : '')).join('');
  return undefined;
}

/** What the whole evaluation shares: the output lists, the module definitions and file access. */
export interface EvalContext {
  /** The module of a directory, parsed when first asked for; undefined for a directory without configuration. */
  defs: { get(dir: string): ModuleDef | undefined };
  resources: TfResource[];
  unresolved: TfUnresolvedModule[];
  reportError(err: EvalError | ToolError): void;
  readFile(path: string): string | undefined;
  filesUnder(dir: string): string[];
  parseTemplate(text: string, file: string, node: Expression, sc: Scope): TemplateExpr;
  /** Absolute repository root (for path.cwd). */
  repoRoot: string;
  /** Module instances created so far through calls (bounded by MAX_MODULE_INSTANCES). */
  moduleInstances: number;
}

/** Values given to a root module from tfvars files and the command line. */
export interface RootInputs {
  /** Evaluated values from tfvars files, later files overriding earlier ones. */
  values: Map<string, Value>;
  /** `--var name=value` as written; parsed per the variable's declared type. */
  cli: Map<string, string>;
  parseCliValue(text: string, type: TypeSpec | undefined): Value;
}

interface Instance {
  key?: string | number;
  bindings: Array<[string, Value]>;
}

interface Expansion {
  instances: Instance[];
  kind: 'single' | 'count' | 'for_each' | 'unknown';
}

interface ResourceState {
  decl: ResourceDecl;
  baseAddress: string;
  expansion: Expansion;
  bodies: Array<EvaluatedBody | 'busy' | undefined>;
  objects: Array<ObjectValue | undefined>;
  value?: Value;
}

interface EvaluatedBody {
  entries: Map<string, Value>;
  spans: Map<string, SourceSpan>;
}

interface CallState {
  decl: ModuleCallDecl;
  /** Undefined when the module is not evaluated (remote or missing source). */
  expansion?: Expansion;
  children: ModuleInstance[];
  unresolvedReason?: string;
  value?: Value;
}

const RESOURCE_META_ATTRS = new Set(['count', 'for_each', 'provider', 'depends_on']);
const RESOURCE_META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection']);
const MODULE_META_ATTRS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);
const NO_NAMES = new Set<string>();
const BUSY = Symbol('busy');

export function instanceSuffix(key: string | number | undefined): string {
  if (key === undefined) return '';
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

export class ModuleInstance implements EvalHost {
  private readonly varValues = new Map<string, Value>();
  private readonly varsWithoutValue = new Set<string>();
  private readonly fileScopes = new Map<ConfigFile, Scope>();
  private readonly localValues = new Map<string, Value | typeof BUSY>();
  private readonly outputValues = new Map<string, Value | typeof BUSY>();
  private readonly resourceStates = new Map<string, ResourceState>();
  private readonly callStates = new Map<string, CallState>();

  constructor(
    private readonly ctx: EvalContext,
    readonly def: ModuleDef,
    /** '' for a root, else `module.a["k"].module.b`. */
    readonly modulePath: string,
    /** Directory of the root module this instance belongs to (Terraform's working directory). */
    readonly rootDir: string,
    /** Call arguments (child modules) with the caller's scope; undefined for a root. */
    private readonly inputs: Map<string, { attr: Attribute; scope: Scope }> | undefined,
    private readonly rootInputs: RootInputs | undefined,
    /** Directories of the calling modules, for cycle detection. */
    private readonly ancestry: string[],
    /** Errors are not reported (an instance of a module call whose count/for_each is unknown). */
    private readonly quiet = false,
  ) {}

  // ---- safe evaluation ---------------------------------------------------------------------------------------------

  scopeFor(file: ConfigFile, bindings: Array<[string, Value]> = []): Scope {
    let sc = this.fileScopes.get(file);
    if (!sc) {
      sc = { host: this, file: file.path, text: file.text, vars: undefined };
      this.fileScopes.set(file, sc);
    }
    for (const [n, v] of bindings) sc = bind(sc, n, v);
    return sc;
  }

  /** Block bodies being evaluated for an unknown count/for_each: Terraform would not evaluate them yet. */
  private readonly quietBlocks: Array<{ file: string; range: Range }> = [];

  /**
   * Reports an evaluation error, except where Terraform would not have evaluated the expression: anywhere in a
   * module instance whose count/for_each is unknown (`quiet`) and inside resources whose count/for_each is unknown.
   */
  private report(err: EvalError): void {
    if (this.quiet) return;
    for (const q of this.quietBlocks) if (q.file === err.file && contains(q.range, err.range)) return;
    this.ctx.reportError(err);
  }

  /** Evaluates an expression; an error is reported and becomes an unknown (reason `error`). */
  safeEval(e: Expression, sc: Scope): Value {
    try {
      return evaluate(e, sc);
    } catch (err) {
      if (err instanceof BudgetExhausted) throw err;
      this.report(asEvalError(err, e, sc));
      return mkUnknown(exprText(e, sc), exprSpan(e, sc), 'error');
    }
  }

  // ---- EvalHost ----------------------------------------------------------------------------------------------------

  variable(name: string, node: Expression, sc: Scope): Value {
    const cached = this.varValues.get(name);
    if (cached) return cached;
    // No value anywhere: an input given at plan time. Each use gets its own unknown, pointing at itself.
    if (this.varsWithoutValue.has(name)) return mkUnknown(`var.${name}`, exprSpan(node, sc), 'input-variable');
    const decl = this.def.variables.get(name);
    if (!decl) return fail(`Reference to undeclared input variable "${name}".`, node, sc);
    const declScope = this.scopeFor(decl.file);
    const attr = (n: string) => decl.block.body.attributes.find((a) => a.name === n);
    if (decl.type === undefined) {
      const typeAttr = attr('type');
      decl.type = typeAttr ? parseType(typeAttr.expr, (e) => this.safeEval(e, declScope)) : { kind: 'any' };
    }
    let value: Value | undefined;
    const input = this.inputs?.get(name);
    if (input) value = this.safeEval(input.attr.expr, input.scope);
    else if (this.rootInputs) {
      const cli = this.rootInputs.cli.get(name);
      value = cli !== undefined ? this.rootInputs.parseCliValue(cli, decl.type) : this.rootInputs.values.get(name);
    }
    const nullableAttr = attr('nullable');
    const nullable = !(nullableAttr && nullableAttr.expr.type === 'Literal' && nullableAttr.expr.value === false);
    if (value === undefined || (value.kind === 'null' && !nullable)) {
      const dflt = attr('default');
      if (dflt) value = this.safeEval(dflt.expr, declScope);
    }
    if (value === undefined) {
      this.varsWithoutValue.add(name);
      return mkUnknown(`var.${name}`, exprSpan(node, sc), 'input-variable');
    }
    value = convertToType(value, decl.type);
    this.varValues.set(name, value);
    return value;
  }

  local(name: string, node: Expression, sc: Scope): Value {
    const cached = this.localValues.get(name);
    if (cached === BUSY) return fail(`Cycle: local.${name} refers to itself (directly or through other values).`, node, sc);
    if (cached) return cached;
    const decl = this.def.locals.get(name);
    if (!decl) return fail(`Reference to undeclared local value "${name}".`, node, sc);
    this.localValues.set(name, BUSY);
    const value = this.safeEval(decl.attr.expr, this.scopeFor(decl.file));
    this.localValues.set(name, value);
    return value;
  }

  namedValue(root: string, name: string, node: Expression, sc: Scope): Value {
    const span = exprSpan(node, sc);
    if (root === 'terraform' && name === 'workspace') return mkStr('default', span);
    if (root === 'path') {
      if (name === 'module') return mkStr(path.posix.relative(this.rootDir, this.def.dir) || '.', span);
      if (name === 'root') return mkStr('.', span);
      if (name === 'cwd') return mkStr(path.posix.join(this.ctx.repoRoot.split(path.sep).join('/'), this.rootDir), span);
    }
    return fail(`Unknown attribute "${name}" of "${root}".`, node, sc);
  }

  readFile(p: string, node: Expression, sc: Scope): FileRead | undefined {
    const rel = this.repoPath(p, node, sc);
    const text = this.ctx.readFile(rel);
    return text === undefined ? undefined : { path: rel, text };
  }

  filesUnder(p: string, node: Expression, sc: Scope): { dir: string; files: string[] } {
    const dir = this.repoPath(p, node, sc);
    return { dir, files: this.ctx.filesUnder(dir) };
  }

  parseTemplate(text: string, file: string, node: Expression, sc: Scope): TemplateExpr {
    return this.ctx.parseTemplate(text, file, node, sc);
  }

  /** Resolves a path relative to the working directory (the root module) to a repository-relative path. */
  private repoPath(p: string, node: Expression, sc: Scope): string {
    const root = this.ctx.repoRoot.split(path.sep).join('/');
    let rel: string;
    if (path.posix.isAbsolute(p)) rel = path.posix.relative(root, p);
    else rel = path.posix.normalize(path.posix.join(this.rootDir, p));
    if (rel === '..' || rel.startsWith('../') || path.posix.isAbsolute(rel))
      return fail(`The path "${p}" is outside the scanned directory; only files inside it are read.`, node, sc);
    return rel === '.' ? '' : rel.replace(/\/$/, '');
  }

  resource(mode: 'managed' | 'data' | 'ephemeral', type: string, name: string, node: Expression, sc: Scope): Value {
    if (mode === 'ephemeral') {
      const address = (this.modulePath ? this.modulePath + '.' : '') + `ephemeral.${type}.${name}`;
      return markResource(mkObj(new Map(), exprSpan(node, sc)), { address, type });
    }
    const state = this.resourceState(mode, type, name);
    if (!state) return fail(`Reference to undeclared ${mode === 'data' ? 'data source' : 'resource'} "${mode === 'data' ? 'data.' : ''}${type}.${name}".`, node, sc);
    if (state.value) return state.value;
    const { expansion } = state;
    let value: Value;
    switch (expansion.kind) {
      case 'single':
        value = this.instanceObject(state, 0, node, sc);
        break;
      case 'count':
        value = mkList(
          expansion.instances.map((_, i) => this.instanceObject(state, i, node, sc)),
          spanOf(state.decl.block.range, state.decl.file.path),
        );
        break;
      case 'for_each': {
        const entries = new Map<string, Value>();
        expansion.instances.forEach((inst, i) => entries.set(String(inst.key), this.instanceObject(state, i, node, sc)));
        value = mkObj(entries, spanOf(state.decl.block.range, state.decl.file.path));
        break;
      }
      case 'unknown': {
        const u = mkUnknown(state.baseAddress, spanOf(state.decl.block.range, state.decl.file.path), 'unknown-count') as UnknownValue;
        value = markUnknownCollection(u, this.instanceObject(state, 0, node, sc));
        break;
      }
    }
    state.value = value;
    return value;
  }

  moduleRef(name: string, node: Expression, sc: Scope): Value {
    const state = this.callState(name, node, sc);
    if (state.value) return state.value;
    const span = spanOf(state.decl.block.range, state.decl.file.path);
    let value: Value;
    if (!state.expansion) value = mkUnknown(exprText(node, sc), exprSpan(node, sc), state.unresolvedReason === 'remote' ? 'remote-module' : 'missing-module');
    else {
      const outputs = state.children.map((child) => child.outputsObject());
      switch (state.expansion.kind) {
        case 'single':
          value = outputs[0]!;
          break;
        case 'count':
          value = mkList(outputs, span);
          break;
        case 'for_each':
          value = mkObj(new Map(state.expansion.instances.map((inst, i) => [String(inst.key), outputs[i]!])), span);
          break;
        case 'unknown':
          value = markUnknownCollection(mkUnknown(`module.${name}`, span, 'unknown-count'), outputs[0]!);
          break;
      }
    }
    state.value = value;
    return value;
  }

  moduleOutput(name: string, key: Value | undefined, output: string, node: Expression, sc: Scope): Value {
    const state = this.callState(name, node, sc);
    if (!state.expansion) return mkUnknown(exprText(node, sc), exprSpan(node, sc), state.unresolvedReason === 'remote' ? 'remote-module' : 'missing-module');
    const { kind, instances } = state.expansion;
    let child: ModuleInstance | undefined;
    if (kind === 'unknown') child = state.children[0];
    else if (key === undefined) {
      if (kind === 'single') child = state.children[0];
      else return fail(`module.${name} has ${kind}; select an instance (module.${name}[KEY].${output}).`, node, sc);
    } else {
      if (!isWhollyKnown(key)) return mkUnknown(exprText(node, sc), exprSpan(node, sc), firstUnknown(key)?.reason ?? 'unknown');
      const wanted =
        kind === 'count'
          ? key.kind === 'number'
            ? key.value
            : key.kind === 'string'
              ? parseNumber(key.value)
              : undefined
          : key.kind === 'string'
            ? key.value
            : key.kind === 'number'
              ? formatNumber(key.value)
              : undefined;
      const i = kind === 'single' ? -1 : instances.findIndex((inst) => inst.key === wanted);
      if (i < 0) return fail(`module.${name}${kind === 'single' ? ' has no count or for_each' : ` has no instance with the key ${typeName(key)} ${JSON.stringify(wanted ?? null)}`}.`, node, sc);
      child = state.children[i];
    }
    return child!.output(output, node, sc);
  }

  // ---- outputs -------------------------------------------------------------------------------------------------------

  private outputs?: ObjectValue;

  /** All outputs as one object (for `module.x` used as a whole value). */
  outputsObject(): ObjectValue {
    if (this.outputs) return this.outputs;
    const entries = new Map<string, Value>();
    this.outputs = mkObj(entries, undefined);
    for (const [name, decl] of this.def.outputs) {
      const sc = this.scopeFor(decl.file);
      const v = this.outputValue(name, decl.block, sc);
      entries.set(name, v);
    }
    return this.outputs;
  }

  output(name: string, node: Expression, sc: Scope): Value {
    const decl = this.def.outputs.get(name);
    if (!decl) return fail(`The module at ${this.def.dir || '.'} has no output named "${name}".`, node, sc);
    return this.outputValue(name, decl.block, sc);
  }

  private outputValue(name: string, block: Block, sc: Scope): Value {
    const cached = this.outputValues.get(name);
    if (cached === BUSY) return mkUnknown(`${this.modulePath}.${name}`, exprSpan(block, sc), 'cycle');
    if (cached) return cached;
    const decl = this.def.outputs.get(name)!;
    const valueAttr = decl.block.body.attributes.find((a) => a.name === 'value');
    this.outputValues.set(name, BUSY);
    const value = valueAttr ? this.safeEval(valueAttr.expr, this.scopeFor(decl.file)) : mkNull(spanOf(decl.block.range, decl.file.path));
    this.outputValues.set(name, value);
    return value;
  }

  // ---- expansion -----------------------------------------------------------------------------------------------------

  /** count / for_each of a resource or module call. Errors are reported; the result is always usable. */
  private expand(block: Block, scope: Scope): Expansion {
    const countAttr = block.body.attributes.find((a) => a.name === 'count');
    const forEachAttr = block.body.attributes.find((a) => a.name === 'for_each');
    if (countAttr) {
      const v = this.safeEval(countAttr.expr, scope);
      let n: number | undefined;
      try {
        n = v.kind === 'null' ? fail('count must not be null.', countAttr.expr, scope) : toNumber(v, countAttr.expr, scope);
        if (n !== undefined && (!Number.isInteger(n) || n < 0)) fail(`count must be a whole number of at least 0, got ${formatNumber(n)}.`, countAttr.expr, scope);
        if (n !== undefined && n > MAX_INSTANCES) fail(`count expands to ${n} instances; limit 100,000.`, countAttr.expr, scope);
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
        this.report(err);
        return unknownExpansion(v, 'count');
      }
      if (n === undefined) return unknownExpansion(v, 'count');
      const instances: Instance[] = [];
      for (let i = 0; i < n; i++) instances.push({ key: i, bindings: [['count', mkObj(new Map([['index', { kind: 'number', value: i, span: exprSpan(countAttr.expr, scope) }]]), undefined)]] });
      return { instances, kind: 'count' };
    }
    if (forEachAttr) {
      const v = this.safeEval(forEachAttr.expr, scope);
      const span = exprSpan(forEachAttr.expr, scope);
      try {
        const keyed = forEachItems(v, forEachAttr.expr, scope);
        if (!keyed) return unknownExpansion(v, 'for_each');
        if (keyed.length > MAX_INSTANCES) fail(`for_each expands to ${keyed.length} instances; limit 100,000.`, forEachAttr.expr, scope);
        const instances = keyed.map(([k, value]) => ({ key: k, bindings: [['each', mkObj(new Map([['key', mkStr(k, span)], ['value', value]]), span)]] as Array<[string, Value]> }));
        return { instances, kind: 'for_each' };
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
        this.report(err);
        return unknownExpansion(v, 'for_each');
      }
    }
    return { instances: [{ bindings: [] }], kind: 'single' };
  }

  // ---- resources -----------------------------------------------------------------------------------------------------

  private resourceState(mode: 'managed' | 'data', type: string, name: string): ResourceState | undefined {
    const key = `${mode}:${type}.${name}`;
    const existing = this.resourceStates.get(key);
    if (existing) return existing;
    const decl = this.def.resources.get(key);
    if (!decl) return undefined;
    const baseAddress = (this.modulePath ? this.modulePath + '.' : '') + (mode === 'data' ? 'data.' : '') + `${type}.${name}`;
    const state: ResourceState = { decl, baseAddress, expansion: { instances: [], kind: 'single' }, bodies: [], objects: [] };
    this.resourceStates.set(key, state);
    state.expansion = this.expand(decl.block, this.scopeFor(decl.file));
    return state;
  }

  private instanceBody(state: ResourceState, i: number, node?: Expression, sc?: Scope): EvaluatedBody {
    const done = state.bodies[i];
    if (done === 'busy') {
      if (node && sc) return fail(`Cycle: ${state.baseAddress} refers to itself (directly or through other values).`, node, sc);
      return { entries: new Map(), spans: new Map() };
    }
    if (done) return done;
    state.bodies[i] = 'busy';
    const inst = state.expansion.instances[i]!;
    const mark = { address: state.baseAddress + instanceSuffix(inst.key), type: state.decl.type };
    const quiet = state.expansion.kind === 'unknown';
    if (quiet) this.quietBlocks.push({ file: state.decl.file.path, range: state.decl.block.body.range });
    const body = this.evalBody(state.decl.block.body, this.scopeFor(state.decl.file, inst.bindings), RESOURCE_META_ATTRS, RESOURCE_META_BLOCKS, mark);
    if (quiet) this.quietBlocks.pop();
    state.bodies[i] = body;
    return body;
  }

  private instanceObject(state: ResourceState, i: number, node: Expression, sc: Scope): ObjectValue {
    const existing = state.objects[i];
    if (existing) return existing;
    const body = this.instanceBody(state, i, node, sc);
    const inst = state.expansion.instances[i]!;
    const obj = markResource(mkObj(body.entries, spanOf(state.decl.block.range, state.decl.file.path)), {
      address: state.baseAddress + instanceSuffix(inst.key),
      type: state.decl.type,
    });
    state.objects[i] = obj;
    return obj;
  }

  /** Evaluates a resource body: attributes, nested blocks as lists of objects, dynamic blocks expanded. */
  private evalBody(body: Body, sc: Scope, skipAttrs: Set<string>, skipBlocks: Set<string>, mark?: { address: string; type: string }): EvaluatedBody {
    const spans = new Map<string, SourceSpan>();
    return { entries: this.evalBodyEntries(body, sc, skipAttrs, skipBlocks, mark, spans), spans };
  }

  /**
   * The entries of a block body; `spans` (a resource's own body) also gets the span of each argument. Nested blocks
   * have no spans map of their own: their objects and values carry spans.
   */
  private evalBodyEntries(
    body: Body,
    sc: Scope,
    skipAttrs: Set<string>,
    skipBlocks: Set<string>,
    mark: { address: string; type: string } | undefined,
    spans?: Map<string, SourceSpan>,
  ): Map<string, Value> {
    const entries = new Map<string, Value>();
    // Made for the first nested block: most bodies have none.
    let blockLists: Map<string, Value[]> | undefined;
    const blockList = (type: string, span: SourceSpan): Value[] => {
      blockLists ??= new Map();
      let list = blockLists.get(type);
      if (!list) {
        list = [];
        blockLists.set(type, list);
        entries.set(type, mkList(list, span));
        if (spans && !spans.has(type)) spans.set(type, span);
      }
      return list;
    };
    for (const item of body.items) {
      if (item.type === 'Attribute') {
        if (skipAttrs.has(item.name)) continue;
        entries.set(item.name, this.safeEval(item.expr, sc));
        if (spans) spans.set(item.name, exprSpan(item, sc));
        continue;
      }
      if (skipBlocks.has(item.blockType)) continue;
      if (item.blockType === 'dynamic' && item.labels.length > 0) {
        const span = exprSpan(item, sc);
        const list = blockList(item.labels[0]!, span);
        for (const obj of this.expandDynamic(item, sc, mark)) list.push(obj);
        continue;
      }
      const span = exprSpan(item, sc);
      const obj = mkObj(this.evalBodyEntries(item.body, sc, NO_NAMES, NO_NAMES, mark), span);
      // Nested blocks of a resource also hold provider-computed attributes.
      blockList(item.blockType, span).push(mark ? markResource(obj, mark) : obj);
    }
    return entries;
  }

  /** `dynamic "x" { for_each, iterator, labels, content {} }` → one object per element (one with unknowns when the collection is unknown). */
  private expandDynamic(block: Block, sc: Scope, mark: { address: string; type: string } | undefined): ObjectValue[] {
    const span = exprSpan(block, sc);
    const forEach = block.body.attributes.find((a) => a.name === 'for_each');
    const iteratorAttr = block.body.attributes.find((a) => a.name === 'iterator');
    const content = block.body.blocks.find((b) => b.blockType === 'content');
    if (!forEach || !content) {
      this.report(new EvalError(`A dynamic block needs a for_each argument and a content block.`, sc.file, block.range));
      return [];
    }
    const iterName = iteratorAttr?.expr.type === 'Variable' ? iteratorAttr.expr.name : block.labels[0]!;
    const coll = this.safeEval(forEach.expr, sc);
    const one = (key: Value, value: Value) => {
      const inner = bind(sc, iterName, mkObj(new Map([['key', key], ['value', value]]), value.span));
      const obj = mkObj(this.evalBodyEntries(content.body, inner, NO_NAMES, NO_NAMES, mark), span);
      return mark ? markResource(obj, mark) : obj;
    };
    if (coll.kind === 'unknown') {
      const u = mkUnknown(exprText(forEach.expr, sc), exprSpan(forEach.expr, sc), coll.reason ?? 'unknown');
      return [one(u, u)];
    }
    if (coll.kind === 'null') {
      this.report(new EvalError('The for_each of a dynamic block must not be null.', sc.file, forEach.expr.range));
      return [];
    }
    const pairs = iterate(coll);
    if (!pairs) {
      this.report(new EvalError(`The for_each of a dynamic block needs a collection, got ${typeName(coll)}.`, sc.file, forEach.expr.range));
      return [];
    }
    if (pairs.length > MAX_INSTANCES) {
      this.report(new EvalError(`for_each expands to ${pairs.length} instances; limit 100,000.`, sc.file, forEach.expr.range));
      return [];
    }
    return pairs.map(([k, v]) => one(k!, v));
  }

  // ---- module calls --------------------------------------------------------------------------------------------------

  private callState(name: string, node: Expression, sc: Scope): CallState {
    const existing = this.callStates.get(name);
    if (existing) return existing;
    const decl = this.def.moduleCalls.get(name);
    if (!decl) return fail(`Reference to undeclared module "${name}".`, node, sc);
    return this.startCall(decl);
  }

  private startCall(decl: ModuleCallDecl): CallState {
    const state: CallState = { decl, children: [] };
    this.callStates.set(decl.name, state);
    const address = (this.modulePath ? this.modulePath + '.' : '') + `module.${decl.name}`;
    const unresolved = (reason: string, kind: string) => {
      state.unresolvedReason = kind;
      this.ctx.unresolved.push({ address, source: decl.source, span: decl.sourceSpan, reason });
      return state;
    };
    if (decl.localDir === undefined) return unresolved('remote module source; not fetched', 'remote');
    const childDef = this.ctx.defs.get(decl.localDir);
    if (!childDef) return unresolved(`local module directory "${decl.localDir || '.'}" has no scanned Terraform files`, 'missing');
    if (decl.localDir === this.def.dir || this.ancestry.includes(decl.localDir)) return unresolved('module calls itself (directly or through other modules)', 'missing');
    if (this.ancestry.length >= MAX_MODULE_DEPTH) return unresolved(`modules nested deeper than ${MAX_MODULE_DEPTH} levels`, 'missing');
    const callerScope = this.scopeFor(decl.file);
    const expansion = this.expand(decl.block, callerScope);
    this.ctx.moduleInstances += expansion.instances.length;
    if (this.ctx.moduleInstances > MAX_MODULE_INSTANCES) return unresolved(`more than ${MAX_MODULE_INSTANCES} module instances in this scan`, 'missing');
    state.expansion = expansion;
    const args = decl.block.body.attributes.filter((a) => !MODULE_META_ATTRS.has(a.name));
    for (const inst of expansion.instances) {
      const scope = this.scopeFor(decl.file, inst.bindings);
      const inputs = new Map(args.map((a) => [a.name, { attr: a, scope }]));
      state.children.push(
        new ModuleInstance(this.ctx, childDef, address + instanceSuffix(inst.key), this.rootDir, inputs, undefined, [...this.ancestry, this.def.dir], this.quiet || expansion.kind === 'unknown'),
      );
    }
    return state;
  }

  // ---- emission ------------------------------------------------------------------------------------------------------

  /** Evaluates every resource of this module and its called modules into the output list. */
  emit(): void {
    for (const decl of this.def.resources.values()) {
      const state = this.resourceState(decl.mode, decl.type, decl.name)!;
      state.expansion.instances.forEach((inst, i) => {
        const body = this.instanceBody(state, i);
        this.ctx.resources.push({
          mode: decl.mode,
          type: decl.type,
          name: decl.name,
          address: state.baseAddress + instanceSuffix(inst.key),
          baseAddress: state.baseAddress,
          modulePath: this.modulePath,
          span: spanOf(decl.block.range, decl.file.path),
          body: body.entries,
          attrSpans: body.spans,
          ...(inst.key !== undefined ? { instanceKey: inst.key } : {}),
        });
      });
    }
    for (const decl of this.def.moduleCalls.values()) {
      const state = this.callStates.get(decl.name) ?? this.startCall(decl);
      for (const child of state.children) child.emit();
    }
  }
}

/** An expansion whose size is not known: one instance, with the unknown count.index / each.* bound. */
function unknownExpansion(v: Value, kind: 'count' | 'for_each'): Expansion {
  const reason = v.kind === 'unknown' ? (v.reason ?? 'unknown') : 'error';
  const bindings: Array<[string, Value]> =
    kind === 'count'
      ? [['count', mkObj(new Map([['index', mkUnknown('count.index', v.span, reason)]]), v.span)]]
      : [['each', mkObj(new Map<string, Value>([['key', mkUnknown('each.key', v.span, reason)], ['value', mkUnknown('each.value', v.span, reason)]]), v.span)]];
  return { instances: [{ bindings }], kind: 'unknown' };
}

/** Keys and values of a for_each: a map/object (keys sorted) or a set of strings. Undefined when unknown. */
function forEachItems(v: Value, node: Expression, sc: Scope): Array<[string, Value]> | undefined {
  if (v.kind === 'unknown') return undefined;
  if (v.kind === 'object') return sortedKeys(v).map((k) => [k, v.entries.get(k)!]);
  if (v.kind === 'list') {
    const out: Array<[string, Value]> = [];
    const seen = new Set<string>();
    for (const item of v.items) {
      if (item.kind === 'unknown' || (item.kind === 'string' && item.unknowns?.length)) return undefined;
      if (item.kind !== 'string') return fail(`for_each needs a map or a set of strings; this collection holds a ${typeName(item)}.`, node, sc);
      if (seen.has(item.value)) continue;
      seen.add(item.value);
      out.push([item.value, item]);
    }
    return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
  if (v.kind === 'null') return fail('for_each must not be null.', node, sc);
  return fail(`for_each needs a map or a set of strings, got ${typeName(v)}.`, node, sc);
}

function contains(outer: Range, inner: Range): boolean {
  return outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;
}

/** Any exception from evaluating `e` as a located error: evaluation must never throw out of the evaluator. */
export function asEvalError(err: unknown, e: Expression, sc: Scope): EvalError {
  if (err instanceof EvalError) return err;
  if (err instanceof RangeError && /Invalid (string|array) length/.test(err.message)) return new EvalError(`This expression builds a value too large to evaluate (${err.message}).`, sc.file, e.range);
  if (err instanceof RangeError) return new EvalError(`This expression is nested too deeply to evaluate (${err.message}).`, sc.file, e.range);
  return new EvalError(`Internal error while evaluating this expression: ${err instanceof Error ? err.message : String(err)}`, sc.file, e.range);
}
