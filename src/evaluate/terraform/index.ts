/**
 * Terraform evaluation: parses the claimed files, groups them into modules by directory, finds the root modules
 * (directories no other scanned directory calls as a local module), gives each root its tfvars / --var-file / --var
 * values and evaluates every resource and data source, following local module calls.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../../model/document.js';
import type { ToolError } from '../../model/finding.js';
import type { ScanOptions } from '../../pipeline/frontend.js';
import { parseHcl, parseTfJson } from '../../parse/hcl/index.js';
import type { Expression, HclParseResult, Range, TemplateExpr } from '../../parse/hcl/ast.js';
import type { Value } from '../value.js';
import { runWithBudget } from '../budget.js';
import type { TfEvaluation } from './model.js';
import { evaluate, fail, type EvalHost, type Scope } from './expr.js';
import { calledDirs, dirOf } from './components.js';
import { ModuleDef, ModuleInstance, type ConfigFile, type EvalContext, type RootInputs } from './module.js';
import type { TypeSpec } from './types.js';
import { EvalError, compareStrings, mkStr } from './values.js';
import { mayHoldDirective } from '../../shared/directives.js';

export type { TfEvaluation, TfResource, TfUnresolvedModule } from './model.js';

const isJson = (p: string) => p.toLowerCase().endsWith('.json');
const isVarsFile = (p: string) => /\.tfvars(\.json)?$/i.test(p);
const isConfigFile = (p: string) => /\.tf(\.json)?$/i.test(p);

/** Terraform loads terraform.tfvars, then terraform.tfvars.json, then *.auto.tfvars(.json) in lexical order. */
function autoVarsRank(name: string): number | undefined {
  if (name === 'terraform.tfvars') return 0;
  if (name === 'terraform.tfvars.json') return 1;
  if (/\.auto\.tfvars(\.json)?$/.test(name)) return 2;
  return undefined;
}

/** A host for values that may not refer to anything (tfvars files, --var values). */
const staticHost: EvalHost = {
  variable: (n, node, sc) => fail(`Variables may not be used here (var.${n}).`, node, sc),
  local: (n, node, sc) => fail(`Local values may not be used here (local.${n}).`, node, sc),
  moduleRef: (n, node, sc) => fail(`Module outputs may not be used here (module.${n}).`, node, sc),
  moduleOutput: (n, _k, _o, node, sc) => fail(`Module outputs may not be used here (module.${n}).`, node, sc),
  resource: (_m, t, n, node, sc) => fail(`Resource attributes may not be used here (${t}.${n}).`, node, sc),
  namedValue: (r, n, node, sc) => fail(`"${r}.${n}" may not be used here.`, node, sc),
  readFile: (_p, node, sc) => fail('Functions that read files may not be used here.', node, sc),
  filesUnder: (_p, node, sc) => fail('Functions that read files may not be used here.', node, sc),
  parseTemplate: (_t, _f, node, sc) => fail('templatefile may not be used here.', node, sc),
};

function stripSpans(v: Value): Value {
  const { span: _span, ...rest } = v;
  switch (rest.kind) {
    case 'list':
      return { ...rest, items: rest.items.map(stripSpans) };
    case 'object':
      return { ...rest, entries: new Map([...rest.entries].map(([k, x]) => [k, stripSpans(x)])) };
    default:
      return rest as Value;
  }
}

const TEMPLATE_MARKER = 'GRANTLINT_TEMPLATE_END_7F3A';

/** Shifts every range in a syntax tree (templates parsed inside a wrapper heredoc are one line and `prefix` characters off). */
function shiftRanges(node: unknown, prefix: number): void {
  if (Array.isArray(node)) {
    for (const n of node) shiftRanges(n, prefix);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const rec = node as Record<string, unknown>;
  for (const [k, v] of Object.entries(rec)) {
    if (k === 'range' && v && typeof v === 'object') {
      const r = v as Range;
      rec.range = {
        start: { line: r.start.line - 1, column: r.start.column, offset: r.start.offset - prefix },
        end: { line: r.end.line - 1, column: r.end.column, offset: r.end.offset - prefix },
      };
    } else if (v && typeof v === 'object') shiftRanges(v, prefix);
  }
}

/** Parses a template file (templatefile()) with the HCL parser by wrapping it in a heredoc. */
function parseTemplateText(text: string, file: string, node: Expression, sc: Scope): TemplateExpr {
  if (text.split(/\r?\n/).includes(TEMPLATE_MARKER)) return fail(`The template ${file} cannot be read.`, node, sc);
  const endsWithNewline = text.endsWith('\n');
  const prefix = `t = <<${TEMPLATE_MARKER}\n`;
  const wrapped = prefix + text + (endsWithNewline ? '' : '\n') + TEMPLATE_MARKER + '\n';
  const parsed = parseHcl(wrapped, file);
  const attr = parsed.file.body.attributes[0];
  if (parsed.errors.length > 0 || !attr || attr.expr.type !== 'Template') {
    const e = parsed.errors[0];
    const line = e ? e.range.start.line - 1 : 1;
    throw new EvalError(`Invalid template ${file}:${line}:${e?.range.start.column ?? 1}: ${e?.message ?? 'not a template'}`, sc.file, node.range);
  }
  const template = attr.expr;
  shiftRanges(template, prefix.length);
  // The template as a whole is the whole file (the wrapper's heredoc markers are not part of it).
  const lines = text.split('\n');
  const lastLine = lines[lines.length - 1]!;
  template.range = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: lines.length, column: lastLine.length + 1, offset: text.length },
  };
  if (!endsWithNewline) {
    // The wrapper added a line break that is not in the file.
    const last = template.parts[template.parts.length - 1];
    if (last?.type === 'TemplateLiteral' && last.value.endsWith('\n')) last.value = last.value.slice(0, -1);
  }
  return template;
}

export function evaluateTerraform(
  files: SourceFile[],
  all: ReadonlyMap<string, SourceFile>,
  options: ScanOptions,
  /** The calls between directories, when known from an earlier pass; read from the text otherwise. */
  knownCalls?: ReadonlyMap<string, readonly string[]>,
): TfEvaluation {
  const errors: ToolError[] = [];
  const seenErrors = new Set<string>();
  const reportError = (err: EvalError | ToolError) => {
    const e: ToolError =
      err instanceof EvalError
        ? { file: err.file, line: err.range.start.line, column: err.range.start.column, endLine: err.range.end.line, endColumn: err.range.end.column, message: err.message, code: 'evaluate' }
        : err;
    const key = `${e.file}:${e.line}:${e.column}:${e.code}:${e.message}`;
    if (seenErrors.has(key)) return;
    seenErrors.add(key);
    errors.push(e);
  };
  const comments: TfEvaluation['comments'] = new Map();

  const parseFile = (p: string, text: string): ConfigFile => {
    const result: HclParseResult = isJson(p) ? parseTfJson(text, p) : parseHcl(text, p);
    for (const e of result.errors) {
      reportError({ file: p, line: e.range.start.line, column: e.range.start.column, endLine: e.range.end.line, endColumn: e.range.end.column, message: e.message, code: 'parse' });
    }
    // Only comments that may be directives are kept, as in the other front ends.
    const directives = result.file.comments.filter(mayHoldDirective);
    if (directives.length > 0) {
      comments.set(
        p,
        directives.map((c) => ({ line: c.range.start.line, column: c.range.start.column, endLine: c.range.end.line, text: c.text })),
      );
    }
    return { path: p, text, hcl: result.file };
  };

  const configByDir = new Map<string, SourceFile[]>();
  const varsByDir = new Map<string, ConfigFile[]>();
  const parsedVarFiles = new Map<string, ConfigFile>();
  for (const f of [...files].sort((a, b) => compareStrings(a.path, b.path))) {
    const dir = dirOf(f.path);
    if (isConfigFile(f.path)) {
      const list = configByDir.get(dir) ?? [];
      list.push(f);
      configByDir.set(dir, list);
    } else if (isVarsFile(f.path) && autoVarsRank(path.posix.basename(f.path)) !== undefined) {
      const parsed = parseFile(f.path, f.text);
      parsedVarFiles.set(f.path, parsed);
      const list = varsByDir.get(dir) ?? [];
      list.push(parsed);
      varsByDir.set(dir, list);
    } else if (isVarsFile(f.path)) {
      // Not auto-loaded, but still checked for syntax (and used when given with --var-file).
      parsedVarFiles.set(f.path, parseFile(f.path, f.text));
    }
  }

  // Modules are parsed when first needed and let go once no later root needs them: the syntax trees of a large tree
  // are never all alive at once. The calls between directories that choose the roots are read from the text first
  // (see components.ts) and checked against the parsed calls at the end.
  const loaded = new Map<string, ModuleDef>();
  /** Local module directories each parsed directory calls, as the parser read them. */
  const parsedCalls = new Map<string, string[]>();
  const defs = {
    get(dir: string): ModuleDef | undefined {
      let def = loaded.get(dir);
      if (def) return def;
      const list = configByDir.get(dir);
      if (!list) return undefined;
      def = new ModuleDef(
        dir,
        list.map((f) => parseFile(f.path, f.text)),
      );
      loaded.set(dir, def);
      parsedCalls.set(dir, localCalls([...def.moduleCalls.values()].map((c) => c.localDir)));
      return def;
    },
  };
  /** Calls to other scanned directories with configuration, sorted, without duplicates. */
  const localCalls = (dirsCalled: ReadonlyArray<string | undefined>): string[] =>
    [...new Set(dirsCalled.filter((d): d is string => d !== undefined && configByDir.has(d)))].sort(compareStrings);
  const calls =
    knownCalls ??
    new Map([...configByDir].map(([dir, list]) => [dir, localCalls(list.flatMap((f) => calledDirs(f)))]));

  // Sorted on first use: most parts of a tree never call fileset().
  let sortedPaths: string[] | undefined;
  const filesByDir = new Map<string, string[]>();
  const ctx: EvalContext = {
    defs,
    resources: [],
    unresolved: [],
    reportError,
    readFile: (p) => all.get(p)?.text,
    filesUnder: (dir) => {
      let list = filesByDir.get(dir);
      if (!list) {
        const prefix = dir === '' ? '' : dir + '/';
        sortedPaths ??= [...all.keys()].sort(compareStrings);
        list = sortedPaths.filter((p) => p.startsWith(prefix));
        filesByDir.set(dir, list);
      }
      return list;
    },
    parseTemplate: parseTemplateText,
    repoRoot: options.root,
    moduleInstances: 0,
  };

  // Values from --var-file, parsed once and shared by every root.
  const rootPosix = options.root.split(path.sep).join('/');
  const extraVarFiles: ConfigFile[] = [];
  for (const abs of options.varFiles) {
    const absPosix = abs.split(path.sep).join('/');
    const rel = path.posix.relative(rootPosix, absPosix);
    const shown = rel.startsWith('..') || path.posix.isAbsolute(rel) ? absPosix : rel;
    const cached = parsedVarFiles.get(shown);
    if (cached) {
      extraVarFiles.push(cached);
      continue;
    }
    let text = all.get(shown)?.text;
    if (text === undefined) {
      try {
        text = readFileSync(abs, 'utf8');
      } catch (err) {
        reportError({ file: shown, line: 1, column: 1, message: `Cannot read the variable file: ${(err as Error).message}`, code: 'read' });
        continue;
      }
    }
    extraVarFiles.push(parseFile(shown, text));
  }

  const evalVarFile = (file: ConfigFile, into: Map<string, Value>) => {
    const sc: Scope = { host: staticHost, file: file.path, text: file.text, vars: undefined };
    for (const attr of file.hcl.body.attributes) {
      try {
        into.set(attr.name, evaluate(attr.expr, sc));
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
        reportError(err);
      }
    }
  };

  const parseCliValue = (text: string, type: TypeSpec | undefined): Value => {
    const primitive = !type || type.kind === 'string' || type.kind === 'number' || type.kind === 'bool';
    if ((primitive && type) || !/^\s*([[{"\-\d]|(true|false|null)\s*$)/.test(text)) return mkStr(text, undefined);
    const parsed = parseHcl(`value = ${text}\n`, '--var');
    const attr = parsed.file.body.attributes[0];
    if (parsed.errors.length > 0 || !attr) return mkStr(text, undefined);
    try {
      return stripSpans(evaluate(attr.expr, { host: staticHost, file: '--var', text: `value = ${text}\n`, vars: undefined }));
    } catch {
      return mkStr(text, undefined);
    }
  };
  const cli = new Map(Object.entries(options.vars));

  const rootInputs = (dir: string): RootInputs => {
    const values = new Map<string, Value>();
    const auto = (varsByDir.get(dir) ?? [])
      .map((f) => ({ f, rank: autoVarsRank(path.posix.basename(f.path))! }))
      .sort((a, b) => a.rank - b.rank || compareStrings(a.f.path, b.f.path));
    for (const { f } of auto) evalVarFile(f, values);
    for (const f of extraVarFiles) evalVarFile(f, values);
    return { values, cli, parseCliValue };
  };

  // Roots: directories that no scanned directory calls; then, in order, any directory still unreached (call cycles).
  const dirs = [...configByDir.keys()].sort(compareStrings);
  const called = new Set<string>();
  for (const dir of dirs) for (const target of calls.get(dir) ?? []) if (target !== dir) called.add(target);
  const reached = new Set<string>();
  /** The last root (by position) that reaches each directory: after it, the directory's module can go. */
  const lastUse = new Map<string, number>();
  const roots: string[] = [];
  const reach = (dir: string, root: number) => {
    if (lastUse.get(dir) === root) return;
    lastUse.set(dir, root);
    reached.add(dir);
    for (const target of calls.get(dir) ?? []) reach(target, root);
  };
  for (const dir of dirs) if (!called.has(dir)) reach(dir, roots.push(dir) - 1);
  for (const dir of dirs) if (!reached.has(dir)) reach(dir, roots.push(dir) - 1);

  roots.forEach((dir, i) => {
    try {
      // A root module and every module it calls share one work budget.
      const { exhausted } = runWithBudget('module', () => new ModuleInstance(ctx, defs.get(dir)!, '', dir, undefined, rootInputs(dir), []).emit());
      if (exhausted) reportError(exhausted);
    } catch (err) {
      // Expression errors are caught where they happen; this is the last guard so one module never stops the scan.
      const file = configByDir.get(dir)![0]?.path ?? dir;
      reportError({ file, line: 1, column: 1, message: `Internal error while evaluating the module in "${dir || '.'}": ${err instanceof Error ? err.message : String(err)}`, code: 'internal' });
    }
    for (const loadedDir of [...loaded.keys()]) if ((lastUse.get(loadedDir) ?? i) <= i) loaded.delete(loadedDir);
  });
  // Every file is parsed once at least: for its syntax errors, comments and calls.
  for (const dir of dirs) if (!parsedCalls.has(dir)) defs.get(dir);
  loaded.clear();

  // Should the text have told the calls wrong, the roots may be wrong: evaluate again with the parsed calls.
  if (!knownCalls && dirs.some((dir) => (calls.get(dir) ?? []).join('\n') !== (parsedCalls.get(dir) ?? []).join('\n'))) {
    return evaluateTerraform(files, all, options, parsedCalls);
  }

  const sortedComments: TfEvaluation['comments'] = new Map([...comments].sort((a, b) => compareStrings(a[0], b[0])));
  return { resources: ctx.resources, unresolvedModules: ctx.unresolved, errors, comments: sortedComments };
}
