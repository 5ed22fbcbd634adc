/**
 * Evaluates HCL expressions to Values. Everything that depends on the configuration (variables, locals, resources,
 * modules, files) is asked of an EvalHost, so the same evaluator serves modules, tfvars files and templatefile().
 * Errors are thrown as EvalError and caught by the caller at the attribute level (or by try/can).
 */
import type { Expression, ForExpr, FunctionCallExpr, GetAttrExpr, IndexExpr, SplatExpr, TemplateExpr, TemplatePart } from '../../parse/hcl/ast.js';
import type { SourceSpan } from '../../model/span.js';
import { endOffset, startOffset } from '../../parse/positions.js';
import { BudgetExhausted, countStep, countSteps } from '../budget.js';
import type { ObjectValue, ResourceMark, UnknownValue, Value } from '../value.js';
import {
  EvalError,
  firstUnknown,
  formatNumber,
  isWhollyKnown,
  mkBool,
  mkList,
  mkNull,
  mkNum,
  mkObj,
  mkStr,
  mkUnknown,
  parseNumber,
  sortedKeys,
  spanOf,
  typeName,
  valuesEqual,
} from './values.js';

export interface FileRead {
  /** Repository-relative path. */
  path: string;
  text: string;
}

export interface EvalHost {
  variable(name: string, node: Expression, sc: Scope): Value;
  local(name: string, node: Expression, sc: Scope): Value;
  /** `module.NAME` as a whole (object of outputs, or a list/map of them for count/for_each). */
  moduleRef(name: string, node: Expression, sc: Scope): Value;
  /** `module.NAME.OUT` or `module.NAME[KEY].OUT`, evaluating only that output. */
  moduleOutput(name: string, key: Value | undefined, output: string, node: Expression, sc: Scope): Value;
  /** `TYPE.NAME`, `data.TYPE.NAME` or `ephemeral.TYPE.NAME` (ephemeral resources are never known before apply). */
  resource(mode: 'managed' | 'data' | 'ephemeral', type: string, name: string, node: Expression, sc: Scope): Value;
  /** `path.module`, `path.root`, `path.cwd`, `terraform.workspace`... */
  namedValue(root: string, name: string, node: Expression, sc: Scope): Value;
  /** Reads a file for file()/templatefile(); undefined when missing; throws EvalError when the path is outside the scan. */
  readFile(path: string, node: Expression, sc: Scope): FileRead | undefined;
  /** Repository-relative paths of every scanned file under a directory (for fileset). */
  filesUnder(path: string, node: Expression, sc: Scope): { dir: string; files: string[] };
  /** Parses a template file's text (for templatefile); errors are thrown as EvalError. */
  parseTemplate(text: string, file: string, node: Expression, sc: Scope): TemplateExpr;
}

/** Names bound by for-expressions, dynamic-block iterators, `each`, `count`, splats and templatefile variables. */
export interface Binding {
  name: string;
  value: Value;
  next: Binding | undefined;
}

export interface Scope {
  host: EvalHost;
  /** Repository-relative path of the file the expressions come from. */
  file: string;
  /** That file's text (for the source text of unknown expressions). */
  text: string;
  vars: Binding | undefined;
}

const SPLAT_ITEM = '[*]';

export function bind(sc: Scope, name: string, value: Value): Scope {
  return { host: sc.host, file: sc.file, text: sc.text, vars: { name, value, next: sc.vars } };
}

function lookupBinding(sc: Scope, name: string): Value | undefined {
  for (let b = sc.vars; b; b = b.next) if (b.name === name) return b.value;
  return undefined;
}

export function exprText(e: { range: Expression['range'] }, sc: Scope): string {
  return sc.text.slice(startOffset(e.range), endOffset(e.range));
}

export function exprSpan(e: { range: Expression['range'] }, sc: Scope): SourceSpan {
  return spanOf(e.range, sc.file);
}

export function fail(message: string, e: { range: Expression['range'] }, sc: Scope): never {
  throw new EvalError(message, sc.file, e.range);
}

/** An unknown standing for the expression `e`, carrying the reason of the unknown it came from. */
export function unknownFor(e: Expression, sc: Scope, cause: Value | undefined, fallbackReason = 'unknown'): UnknownValue {
  const u = cause ? firstUnknown(cause) : undefined;
  return mkUnknown(exprText(e, sc), exprSpan(e, sc), u?.reason ?? (cause?.kind === 'string' ? 'unknown' : fallbackReason));
}

// ---- resource objects and unknown collections --------------------------------------------------------------------

const unknownCollections = new WeakMap<UnknownValue, Value>();

/**
 * Marks an object as a resource instance (or one of its nested blocks): attributes not written in the configuration
 * are computed (unknown with ref). The mark is a field of the object, not a weak map entry: a scan marks tens of
 * thousands of objects, and weak map entries are extra work for every garbage collection.
 */
export function markResource(obj: ObjectValue, mark: ResourceMark): ObjectValue {
  obj.resource = mark;
  return obj;
}

/** An unknown collection (count/for_each not known) whose every element looks like `element`. */
export function markUnknownCollection(u: UnknownValue, element: Value): UnknownValue {
  unknownCollections.set(u, element);
  return u;
}

/** Resource types whose `id` is their name in the AWS provider. */
const ID_IS_NAME = new Set(['aws_iam_role', 'aws_iam_user', 'aws_iam_group']);

function missingResourceAttr(obj: ObjectValue, mark: ResourceMark, name: string, node: Expression, sc: Scope): Value {
  if (name === 'id' && ID_IS_NAME.has(mark.type)) {
    // The AWS provider sets the id of roles, users and groups to their name.
    const n = obj.entries.get('name');
    if (n && n.kind === 'string') return n;
  }
  return mkUnknown(exprText(node, sc), exprSpan(node, sc), 'computed-attribute', { address: mark.address, attribute: name });
}

/** The attribute `name` of `v`, or why there is none. */
function attrOrFailure(v: Value, name: string, node: Expression, sc: Scope): Value | string {
  switch (v.kind) {
    case 'object': {
      const got = v.entries.get(name);
      const mark = v.resource;
      // In a resource, an argument left out or set to null is often computed by the provider (name_prefix → name, region...).
      if (mark && (!got || got.kind === 'null')) return missingResourceAttr(v, mark, name, node, sc);
      if (got) return got;
      return `This object does not have an attribute named "${name}".`;
    }
    case 'unknown':
      return unknownFor(node, sc, v);
    case 'null':
      return `Attempt to get attribute "${name}" from a null value.`;
    default:
      return `Unsupported attribute "${name}": a ${typeName(v)} value has no attributes.`;
  }
}

/**
 * Evaluates `e` as `evaluate` does, except that an attribute or element missing along a chain of accesses
 * (`var.settings.logging.bucket`, `each.value.tags["team"]`) comes back as the error instead of being thrown.
 * try() and can() exist for such optional values and meet thousands of them in a scan: each thrown error costs a
 * stack unwind. Any other error is thrown as by `evaluate`.
 */
export function evaluateOrError(e: Expression, sc: Scope): Value | EvalError {
  if (e.type !== 'GetAttr' && e.type !== 'Index') return evaluate(e, sc);
  if (countStep()) outOfBudget(e, sc);
  return accessOrError(e, sc);
}

/** An attribute or element access: its value, or the error of the first access along its chain that finds nothing. */
function accessOrError(e: GetAttrExpr | IndexExpr, sc: Scope): Value | EvalError {
  if (e.type === 'GetAttr') {
    const reference = referenceGetAttr(e, sc);
    if (reference !== undefined) return reference;
  }
  const object = evaluateOrError(e.object, sc);
  if (object instanceof EvalError) return object;
  const got = e.type === 'GetAttr' ? attrOrFailure(object, e.name, e, sc) : indexOrFailure(object, evaluate(e.key, sc), e, sc);
  return typeof got === 'string' ? new EvalError(got, sc.file, e.range) : got;
}

/** The element of `v` at `key`, or why there is none. */
function indexOrFailure(v: Value, key: Value, node: Expression, sc: Scope): Value | string {
  if (v.kind === 'unknown') {
    const element = unknownCollections.get(v);
    return element ?? unknownFor(node, sc, v);
  }
  if (key.kind === 'unknown' || (key.kind === 'string' && key.unknowns?.length)) return unknownFor(node, sc, key);
  switch (v.kind) {
    case 'list': {
      const n = key.kind === 'number' ? key.value : key.kind === 'string' ? parseNumber(key.value) : undefined;
      if (n === undefined || !Number.isInteger(n)) return `Invalid index: a number is required, got ${typeName(key)}.`;
      const item = v.items[n];
      if (!item || n < 0) return `Invalid index: the collection has ${v.items.length} elements, index ${n} is out of range.`;
      return item;
    }
    case 'object': {
      const k = key.kind === 'string' ? key.value : key.kind === 'number' ? formatNumber(key.value) : undefined;
      if (k === undefined) return `Invalid index: a string key is required, got ${typeName(key)}.`;
      const got = v.entries.get(k);
      const mark = v.resource;
      if (mark && (!got || got.kind === 'null')) return missingResourceAttr(v, mark, k, node, sc);
      if (got) return got;
      return `Invalid index: the given key "${k}" does not identify an element in this collection.`;
    }
    case 'null':
      return 'Invalid index: cannot index a null value.';
    default:
      return `Invalid index: a ${typeName(v)} value cannot be indexed.`;
  }
}

// ---- evaluation ----------------------------------------------------------------------------------------------------

export type FunctionCaller = (node: FunctionCallExpr, sc: Scope) => Value;
let callFunction: FunctionCaller = (node, sc) => mkUnknown(exprText(node, sc), exprSpan(node, sc), 'unsupported-function');

/** Installs the function library (functions.ts imports this module, so it registers itself). */
export function setFunctionCaller(fn: FunctionCaller): void {
  callFunction = fn;
}

/**
 * The largest string and list an expression may build. Real policies are a few kilobytes; a local that doubles a
 * string forty times would need terabytes, so growth past these bounds is a located error, not an exhausted heap.
 */
export const MAX_STRING_LENGTH = 4_194_304;
export const MAX_LIST_ITEMS = 1_000_000;

function withinBounds(v: Value, e: Expression, sc: Scope): Value {
  if (v.kind === 'string') {
    if (v.value.length > MAX_STRING_LENGTH) fail(`This string grows to ${v.value.length.toLocaleString('en-US')} characters; limit 4,194,304.`, e, sc);
    // Building a long string is work of its own: one step per 1,024 characters.
    if (countSteps(v.value.length >>> 10)) outOfBudget(e, sc);
  } else if (v.kind === 'list') {
    if (v.items.length > MAX_LIST_ITEMS) fail(`This list grows to ${v.items.length.toLocaleString('en-US')} elements; limit 1,000,000.`, e, sc);
    if (countSteps(v.items.length)) outOfBudget(e, sc);
  }
  return v;
}

function outOfBudget(e: Expression, sc: Scope): never {
  throw new BudgetExhausted(sc.file, spanOf(e.range, sc.file));
}

export function evaluate(e: Expression, sc: Scope): Value {
  if (countStep()) outOfBudget(e, sc);
  switch (e.type) {
    case 'Literal': {
      const span = exprSpan(e, sc);
      const v = e.value;
      if (v === null) return mkNull(span);
      if (typeof v === 'string') return mkStr(v, span);
      if (typeof v === 'number') return mkNum(v, span);
      return mkBool(v, span);
    }
    case 'Template':
      return withinBounds(evalTemplate(e, sc), e, sc);
    case 'Tuple':
      return mkList(
        e.items.map((i) => evaluate(i, sc)),
        exprSpan(e, sc),
      );
    case 'Object': {
      const entries = new Map<string, Value>();
      for (const item of e.items) {
        let key: string;
        if (item.key.type === 'Variable') key = item.key.name;
        else {
          const k = evaluate(item.key, sc);
          if (k.kind === 'unknown' || (k.kind === 'string' && k.unknowns?.length)) return unknownFor(e, sc, k);
          if (k.kind === 'string') key = k.value;
          else if (k.kind === 'number' || k.kind === 'bool') key = k.kind === 'number' ? formatNumber(k.value) : String(k.value);
          else return fail(`Invalid object key: a string is required, got ${typeName(k)}.`, item.key, sc);
        }
        entries.set(key, evaluate(item.value, sc));
      }
      return mkObj(entries, exprSpan(e, sc));
    }
    case 'Variable': {
      const bound = lookupBinding(sc, e.name);
      if (bound) return bound;
      return fail(`Invalid reference "${e.name}": a reference needs an attribute (such as var.${e.name} or ${e.name}.NAME) or "${e.name}" is not available here.`, e, sc);
    }
    case 'GetAttr':
    case 'Index': {
      const v = accessOrError(e, sc);
      if (v instanceof EvalError) throw v;
      return v;
    }
    case 'Splat':
      return evalSplat(e, sc);
    case 'SplatItem': {
      const item = lookupBinding(sc, SPLAT_ITEM);
      if (!item) return fail('A splat item is only valid inside a splat expression.', e, sc);
      return item;
    }
    case 'FunctionCall':
      return withinBounds(callFunction(e, sc), e, sc);
    case 'Conditional': {
      const c = evaluate(e.cond, sc);
      const cond = toBool(c, e.cond, sc);
      if (cond === undefined) return unknownFor(e, sc, c);
      const result = evaluate(cond ? e.then : e.else, sc);
      // Terraform unifies the two result types: a number or bool against a string literal becomes a string.
      if ((result.kind === 'number' || result.kind === 'bool') && isStringLiteral(cond ? e.else : e.then)) return mkStr(formatPrimitive(result), result.span);
      return result;
    }
    case 'Binary':
      return evalBinary(e, sc);
    case 'Unary': {
      const v = evaluate(e.operand, sc);
      if (e.op === '!') {
        const b = toBool(v, e.operand, sc);
        return b === undefined ? unknownFor(e, sc, v) : mkBool(!b, exprSpan(e, sc));
      }
      const n = toNumber(v, e.operand, sc);
      return n === undefined ? unknownFor(e, sc, v) : mkNum(-n, exprSpan(e, sc));
    }
    case 'For':
      return evalFor(e, sc);
    case 'Paren':
      return evaluate(e.expr, sc);
  }
}

function isStringLiteral(e: Expression): boolean {
  return (e.type === 'Literal' && typeof e.value === 'string') || e.type === 'Template';
}

function formatPrimitive(v: Value & { kind: 'number' | 'bool' }): string {
  return v.kind === 'number' ? formatNumber(v.value) : String(v.value);
}

/** Bool for a condition; undefined when unknown. Accepts the strings "true"/"false" like Terraform. */
export function toBool(v: Value, node: Expression, sc: Scope): boolean | undefined {
  if (v.kind === 'bool') return v.value;
  if (v.kind === 'unknown') return undefined;
  if (v.kind === 'string') {
    if (v.unknowns?.length) return undefined;
    if (v.value === 'true') return true;
    if (v.value === 'false') return false;
  }
  if (v.kind === 'null') return fail('Invalid condition: the value is null; a bool is required.', node, sc);
  return fail(`Invalid value: a bool is required, got ${typeName(v)}.`, node, sc);
}

/** Number with Terraform's string conversion; undefined when unknown. */
export function toNumber(v: Value, node: Expression, sc: Scope): number | undefined {
  if (v.kind === 'number') return v.value;
  if (v.kind === 'unknown') return undefined;
  if (v.kind === 'string') {
    if (v.unknowns?.length) return undefined;
    const n = parseNumber(v.value);
    if (n !== undefined) return n;
  }
  if (v.kind === 'null') return fail('Invalid operand: the value is null; a number is required.', node, sc);
  return fail(`Invalid operand: a number is required, got ${typeName(v)}${v.kind === 'string' ? ` "${v.value}"` : ''}.`, node, sc);
}

/**
 * `var.x`, `local.x`, `module.m.out`, `TYPE.NAME`, `data.TYPE.NAME`... : the host answers these; undefined for an
 * attribute of any other value.
 */
function referenceGetAttr(e: GetAttrExpr, sc: Scope): Value | undefined {
  const obj = e.object;
  if (obj.type === 'Variable' && !lookupBinding(sc, obj.name)) {
    const host = sc.host;
    switch (obj.name) {
      case 'var':
        return host.variable(e.name, e, sc);
      case 'local':
        return host.local(e.name, e, sc);
      case 'module':
        return host.moduleRef(e.name, e, sc);
      case 'path':
      case 'terraform':
        return host.namedValue(obj.name, e.name, e, sc);
      case 'data':
      case 'ephemeral':
        return fail(`A ${obj.name === 'data' ? 'data source' : 'ephemeral resource'} reference needs a type and a name: ${obj.name}.${e.name}.NAME.`, e, sc);
      case 'count':
      case 'each':
      case 'self':
        return fail(`"${obj.name}.${e.name}" is only available in a block with ${obj.name === 'self' ? 'a provisioner' : obj.name === 'count' ? 'count' : 'for_each'}.`, e, sc);
      default:
        return host.resource('managed', obj.name, e.name, e, sc);
    }
  }
  if (obj.type === 'GetAttr' && obj.object.type === 'Variable' && !lookupBinding(sc, obj.object.name)) {
    if (obj.object.name === 'data' || obj.object.name === 'ephemeral') return sc.host.resource(obj.object.name, obj.name, e.name, e, sc);
    if (obj.object.name === 'module') return sc.host.moduleOutput(obj.name, undefined, e.name, e, sc);
  }
  if (
    obj.type === 'Index' &&
    obj.object.type === 'GetAttr' &&
    obj.object.object.type === 'Variable' &&
    obj.object.object.name === 'module' &&
    !lookupBinding(sc, 'module')
  ) {
    return sc.host.moduleOutput(obj.object.name, evaluate(obj.key, sc), e.name, e, sc);
  }
  return undefined;
}

function evalSplat(e: SplatExpr, sc: Scope): Value {
  const source = evaluate(e.object, sc);
  const apply = (item: Value) => evaluate(e.each, bind(sc, SPLAT_ITEM, item));
  switch (source.kind) {
    case 'list':
      return mkList(source.items.map(apply), exprSpan(e, sc));
    case 'null':
      return mkList([], exprSpan(e, sc));
    case 'unknown': {
      const element = unknownCollections.get(source);
      if (element) {
        const r = apply(element);
        if (r.kind === 'unknown' && r.ref) return mkUnknown(exprText(e, sc), exprSpan(e, sc), r.reason ?? 'computed-attribute', r.ref);
      }
      return unknownFor(e, sc, source);
    }
    default:
      return mkList([apply(source)], exprSpan(e, sc));
  }
}

function evalBinary(e: Expression & { type: 'Binary' }, sc: Scope): Value {
  const span = exprSpan(e, sc);
  const op = e.op;
  if (op === '&&' || op === '||') {
    const l = evaluate(e.left, sc);
    const lb = toBool(l, e.left, sc);
    if (lb === (op === '||')) return mkBool(lb, span);
    const r = evaluate(e.right, sc);
    const rb = toBool(r, e.right, sc);
    if (rb === (op === '||')) return mkBool(rb, span);
    if (lb === undefined || rb === undefined) return unknownFor(e, sc, lb === undefined ? l : r);
    return mkBool(op === '||' ? lb || rb : lb && rb, span);
  }
  const l = evaluate(e.left, sc);
  const r = evaluate(e.right, sc);
  if (op === '==' || op === '!=') {
    const eq = valuesEqual(l, r);
    if (eq === undefined) return unknownFor(e, sc, isWhollyKnown(l) ? r : l);
    return mkBool(op === '==' ? eq : !eq, span);
  }
  const a = toNumber(l, e.left, sc);
  const b = toNumber(r, e.right, sc);
  if (a === undefined || b === undefined) return unknownFor(e, sc, a === undefined ? l : r);
  switch (op) {
    case '+':
      return mkNum(decimalRound(a + b), span);
    case '-':
      return mkNum(decimalRound(a - b), span);
    case '*':
      return mkNum(decimalRound(a * b), span);
    case '/':
      if (b === 0) return fail('Division by zero.', e, sc);
      return mkNum(a / b, span);
    case '%':
      if (b === 0) return fail('Modulo by zero.', e, sc);
      return mkNum(a % b, span);
    case '<':
      return mkBool(a < b, span);
    case '<=':
      return mkBool(a <= b, span);
    case '>':
      return mkBool(a > b, span);
    case '>=':
      return mkBool(a >= b, span);
  }
}

/**
 * Terraform computes with 512-bit decimals-from-text, so 0.1 + 0.2 is 0.3. Sums and products of short decimals are
 * brought back to their decimal value by rounding float noise away (15 significant digits).
 */
function decimalRound(n: number): number {
  return Number.isInteger(n) || !Number.isFinite(n) ? n : Number(n.toPrecision(15));
}

/** Elements of a collection for iteration: lists by index, maps/objects by key in lexical order. */
export function iterate(v: Value, withKeys = true): Array<[Value | undefined, Value]> | undefined {
  if (v.kind === 'list') return v.items.map((item, i) => [withKeys ? mkNum(i, item.span) : undefined, item]);
  if (v.kind === 'object') return sortedKeys(v).map((k) => [withKeys ? mkStr(k, v.entries.get(k)!.span) : undefined, v.entries.get(k)!]);
  return undefined;
}

function evalFor(e: ForExpr, sc: Scope): Value {
  const span = exprSpan(e, sc);
  const coll = evaluate(e.collection, sc);
  if (coll.kind === 'unknown') return unknownFor(e, sc, coll);
  if (coll.kind === 'null') return fail('Iteration over a null value is not allowed.', e.collection, sc);
  const pairs = iterate(coll, e.keyVar !== undefined);
  if (!pairs) return fail(`A for expression needs a collection to iterate, got ${typeName(coll)}.`, e.collection, sc);
  const items: Value[] = [];
  const entries = new Map<string, Value>();
  const groups = new Map<string, Value[]>();
  for (const [k, v] of pairs) {
    let inner = bind(sc, e.valueVar, v);
    if (e.keyVar) inner = bind(inner, e.keyVar, k!);
    if (e.cond) {
      const c = evaluate(e.cond, inner);
      const cb = toBool(c, e.cond, inner);
      if (cb === undefined) return unknownFor(e, sc, c);
      if (!cb) continue;
    }
    if (e.kind === 'tuple') {
      items.push(evaluate(e.valueExpr, inner));
      continue;
    }
    const kv = evaluate(e.keyExpr!, inner);
    if (kv.kind === 'unknown' || (kv.kind === 'string' && kv.unknowns?.length)) return unknownFor(e, sc, kv);
    const key = kv.kind === 'string' ? kv.value : kv.kind === 'number' ? formatNumber(kv.value) : kv.kind === 'bool' ? String(kv.value) : undefined;
    if (key === undefined) return fail(`Invalid object key: a string is required, got ${typeName(kv)}.`, e.keyExpr!, sc);
    const value = evaluate(e.valueExpr, inner);
    if (e.group) {
      const g = groups.get(key);
      if (g) g.push(value);
      else groups.set(key, [value]);
    } else {
      if (entries.has(key)) return fail(`Duplicate object key "${key}" in a for expression (use "..." to group values by key).`, e.keyExpr!, sc);
      entries.set(key, value);
    }
  }
  if (e.kind === 'tuple') return mkList(items, span);
  if (e.group) for (const [k, g] of groups) entries.set(k, mkList(g, span));
  return mkObj(entries, span);
}

// ---- templates -----------------------------------------------------------------------------------------------------

class TemplateBuilder {
  text = '';
  unknowns: string[] = [];
  whollyUnknown: Value | undefined;
}

function evalTemplate(e: TemplateExpr, sc: Scope): Value {
  const only = e.parts.length === 1 ? e.parts[0]! : undefined;
  // A template that is exactly one interpolation yields the value itself, not its string form.
  if (only?.type === 'TemplateInterpolation' && !e.heredoc) return evaluate(only.expr, sc);
  if (only?.type === 'TemplateLiteral') {
    const literal = mkStr(only.value, exprSpan(e, sc));
    // Policy extractors map JSON positions back to the file: tell them how far `<<-` moved each line.
    return e.heredoc?.stripped && literal.kind === 'string' ? { ...literal, indent: e.heredoc.stripped } : literal;
  }
  const out = new TemplateBuilder();
  appendParts(e.parts, sc, out);
  if (out.whollyUnknown) return unknownFor(e, sc, out.whollyUnknown);
  return mkStr(out.text, exprSpan(e, sc), out.unknowns);
}

function appendParts(parts: TemplatePart[], sc: Scope, out: TemplateBuilder): void {
  for (const part of parts) {
    if (out.whollyUnknown) return;
    switch (part.type) {
      case 'TemplateLiteral':
        out.text += part.value;
        break;
      case 'TemplateInterpolation':
        appendValue(evaluate(part.expr, sc), part.expr, sc, out);
        break;
      case 'TemplateIf': {
        const c = evaluate(part.cond, sc);
        const b = toBool(c, part.cond, sc);
        if (b === undefined) out.whollyUnknown = c;
        else if (b) appendParts(part.then, sc, out);
        else if (part.else) appendParts(part.else, sc, out);
        break;
      }
      case 'TemplateFor': {
        const coll = evaluate(part.collection, sc);
        if (coll.kind === 'unknown') {
          out.whollyUnknown = coll;
          break;
        }
        const pairs = iterate(coll, part.keyVar !== undefined);
        if (!pairs) return fail(`A template for directive needs a collection, got ${typeName(coll)}.`, part.collection, sc);
        for (const [k, v] of pairs) {
          let inner = bind(sc, part.valueVar, v);
          if (part.keyVar) inner = bind(inner, part.keyVar, k!);
          appendParts(part.body, inner, out);
        }
        break;
      }
    }
  }
}

function appendValue(v: Value, node: Expression, sc: Scope, out: TemplateBuilder): void {
  switch (v.kind) {
    case 'string':
      out.text += v.value;
      for (const u of v.unknowns ?? []) if (!out.unknowns.includes(u)) out.unknowns.push(u);
      return;
    case 'number':
      out.text += formatNumber(v.value);
      return;
    case 'bool':
      out.text += v.value ? 'true' : 'false';
      return;
    case 'unknown':
      out.text += '${' + v.expr + '}';
      if (!out.unknowns.includes(v.expr)) out.unknowns.push(v.expr);
      return;
    case 'null':
      return fail('Invalid template interpolation value: the expression result is null.', node, sc);
    default:
      return fail(`Invalid template interpolation value: a string is required, got ${typeName(v)}.`, node, sc);
  }
}
