/**
 * Intrinsic functions evaluated before deployment: parameters (values given, then defaults), pseudo parameters
 * (kept symbolic as `${AWS::AccountId}`), mappings, conditions, Ref/GetAtt to resources (unknown values that name
 * the resource, so policies link to roles), Sub, Join, Select, Split, and the rest. An `Fn::If` whose condition
 * cannot be decided keeps both branches; the values of each branch are recorded as conditional.
 */
import type { UnresolvedItem } from '../../model/finding.js';
import { collectUnknowns, toPlain, type ListValue, type ObjectValue, type StringValue, type UnknownValue, type Value } from '../value.js';
import type { CfnEvaluation, CfnResource } from './model.js';
import { BudgetExhausted, countStep, runWithBudget } from '../budget.js';
import type { RawResource, RawTemplate } from './template.js';

export const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

/** Result of evaluating `!Ref AWS::NoValue`: the enclosing property or list item disappears. */
const NO_VALUE: Value = { kind: 'null' };

type Tristate = boolean | undefined;

export interface EvaluateOptions {
  /** Parameter values by name (from `--parameters` and parameter files), overriding defaults. */
  parameters: Record<string, string>;
  /**
   * Resource types whose properties are wanted; others are listed (for references and conditions) with no properties.
   * Most of a template (function code, state machine definitions, networks) says nothing about IAM. Default: all.
   */
  resourceTypes?: ReadonlySet<string>;
}

export function evaluateTemplate(template: RawTemplate, options: EvaluateOptions): CfnEvaluation {
  const { result, exhausted } = runWithBudget('template', () => new Evaluator(template, options).run());
  if (result) return result;
  // Out of budget: the template yields no resources, only the error.
  const logicalIds = template.resources.map((r) => r.logicalId);
  return { file: template.file, resources: [], byLogicalId: new Map(), logicalIds, conditional: new WeakSet(), unresolved: [...template.unresolved], errors: [...template.errors, exhausted!] };
}

class Evaluator {
  private readonly conditional = new WeakSet<Value>();
  /** Lists that stand for "one of these" (both branches of an undecidable `Fn::If`). */
  private readonly choices = new WeakSet<ListValue>();
  private readonly conditionCache = new Map<string, Tristate>();
  private readonly conditionsInProgress = new Set<string>();
  private readonly parameterCache = new Map<string, Value>();
  private readonly addresses = new Map<string, string>();
  private readonly unresolved: UnresolvedItem[] = [];

  constructor(
    private readonly template: RawTemplate,
    private readonly options: EvaluateOptions,
  ) {
    for (const r of template.resources) this.addresses.set(r.logicalId, r.address);
  }

  run(): CfnEvaluation {
    const resources: CfnResource[] = [];
    const byLogicalId = new Map<string, CfnResource>();
    for (const raw of this.template.resources) {
      const resource = this.evaluateResource(raw);
      if (!resource) continue;
      resources.push(resource);
      byLogicalId.set(resource.logicalId, resource);
    }
    return {
      file: this.template.file,
      resources,
      byLogicalId,
      logicalIds: this.template.resources.map((r) => r.logicalId),
      conditional: this.conditional,
      unresolved: [...this.template.unresolved, ...this.unresolved],
      errors: [...this.template.errors],
    };
  }

  private evaluateResource(raw: RawResource): CfnResource | undefined {
    let conditional = false;
    if (raw.condition !== undefined) {
      const holds = this.condition(raw.condition);
      if (holds === false) return undefined;
      conditional = holds === undefined;
    }
    const properties = new Map<string, Value>();
    const wanted = this.options.resourceTypes?.has(raw.type) ?? true;
    if (raw.properties && wanted) {
      for (const [name, value] of raw.properties.entries) {
        const v = this.value(value);
        if (v === NO_VALUE) continue;
        properties.set(name, this.flattenChoice(v));
      }
    }
    const resource: CfnResource = {
      logicalId: raw.logicalId,
      address: raw.address,
      sourceAddress: raw.sourceAddress,
      type: raw.type,
      span: raw.span,
      properties,
      propertySpans: raw.propertySpans,
      conditional,
    };
    if (raw.generatedFrom !== undefined) resource.generatedFrom = raw.generatedFrom;
    return resource;
  }

  /**
   * A property that is a choice becomes the list of its alternatives (a union, for policy elements); alternatives that
   * are lists are joined into one list, each item conditional.
   */
  private flattenChoice(v: Value): Value {
    if (v.kind === 'list' && this.choices.has(v)) {
      const items = v.items.filter((i) => i !== NO_VALUE);
      let out: Value;
      if (items.length > 1 && items.every((i) => i.kind === 'list')) {
        const joined = items.flatMap((i) => (i as ListValue).items).map((i) => this.ownCopy(i));
        for (const item of joined) this.conditional.add(item);
        out = { kind: 'list', items: joined, ...(v.span ? { span: v.span } : {}) };
      } else out = items.length === 1 ? this.ownCopy(items[0]!) : { kind: 'list', items, ...(v.span ? { span: v.span } : {}) };
      this.conditional.add(out);
      return out;
    }
    return v;
  }

  /**
   * Evaluates a value as written; returns NO_VALUE for `!Ref AWS::NoValue`. A list or object with nothing to evaluate
   * inside is returned as is (values are never modified), which spares copying most of a template.
   */
  value(v: Value): Value {
    if (countStep()) throw new BudgetExhausted(this.template.file, v.span);
    switch (v.kind) {
      case 'list': {
        let items: Value[] | undefined;
        for (let i = 0; i < v.items.length; i++) {
          const item = v.items[i]!;
          const e = this.value(item);
          if (e === item && items === undefined) continue;
          items ??= v.items.slice(0, i);
          if (e === NO_VALUE) continue;
          if (e.kind === 'list' && this.choices.has(e)) {
            for (const alternative of e.items) {
              if (alternative === NO_VALUE) continue;
              const own = this.ownCopy(alternative);
              this.conditional.add(own);
              items.push(own);
            }
          } else items.push(e);
        }
        return items === undefined ? v : { kind: 'list', items, ...(v.span ? { span: v.span } : {}) };
      }
      case 'object': {
        if (v.entries.size === 1) {
          const [key, arg] = v.entries.entries().next().value as [string, Value];
          if (key === 'Ref' || key.startsWith('Fn::') || (key.startsWith('!') && key.length > 1)) return this.intrinsic(key, arg, v);
        }
        let entries: Map<string, Value> | undefined;
        for (const [key, item] of v.entries) {
          const e = this.value(item);
          if (e === item && entries === undefined) continue;
          if (entries === undefined) {
            entries = new Map();
            for (const [k, x] of v.entries) {
              if (k === key) break;
              entries.set(k, x);
            }
          }
          if (e === NO_VALUE) continue;
          entries.set(key, this.flattenChoice(e));
        }
        return entries === undefined ? v : { kind: 'object', entries, ...(v.span ? { span: v.span } : {}) };
      }
      default:
        return v;
    }
  }

  /** A value marked conditional must be this occurrence only, not a node a YAML alias shares with other places. */
  private ownCopy(v: Value): Value {
    return v.kind === 'list' || v.kind === 'object' ? { ...v } : v;
  }

  private unknownValue(expr: string, at: Value, extra: Partial<UnknownValue> = {}): UnknownValue {
    return { kind: 'unknown', expr, ...extra, ...(at.span ? { span: at.span } : {}) };
  }

  private intrinsic(name: string, arg: Value, node: Value): Value {
    const span = node.span;
    const withSpan = <T extends Value>(x: T): T => (span ? { ...x, span } : x);
    switch (name) {
      case 'Ref':
        return arg.kind === 'string' ? this.ref(arg.value, node) : this.unknownValue('Ref', node, { reason: 'error' });
      case 'Fn::GetAtt':
        return this.getAtt(arg, node);
      case 'Fn::Sub':
        return this.sub(arg, node);
      case 'Fn::Join': {
        const args = this.args(arg);
        if (args.length !== 2) return this.unknownValue('Fn::Join', node, { reason: 'error' });
        const delimiter = this.value(args[0]!);
        const list = this.value(args[1]!);
        if (delimiter.kind !== 'string' || list.kind !== 'list') return this.unknownValue(`Fn::Join(${exprText(list)})`, node, { reason: 'unknown-list' });
        return withSpan(concatText(list.items, delimiter.value));
      }
      case 'Fn::Select': {
        const args = this.args(arg);
        if (args.length !== 2) return this.unknownValue('Fn::Select', node, { reason: 'error' });
        const index = this.value(args[0]!);
        const list = this.value(args[1]!);
        const i = index.kind === 'number' ? index.value : index.kind === 'string' ? Number(index.value) : NaN;
        if (list.kind === 'list' && Number.isInteger(i) && i >= 0 && i < list.items.length) return list.items[i]!;
        return this.unknownValue(`Fn::Select(${exprText(index)}, ${exprText(list)})`, node, { reason: 'unknown-list' });
      }
      case 'Fn::Split': {
        const args = this.args(arg);
        if (args.length !== 2) return this.unknownValue('Fn::Split', node, { reason: 'error' });
        const delimiter = this.value(args[0]!);
        const text = this.value(args[1]!);
        if (delimiter.kind === 'string' && delimiter.value !== '' && text.kind === 'string' && !text.unknowns?.length) {
          return withSpan({ kind: 'list', items: text.value.split(delimiter.value).map((s) => withSpan({ kind: 'string' as const, value: s })) });
        }
        return this.unknownValue(`Fn::Split(${exprText(text)})`, node, { reason: 'unknown-string' });
      }
      case 'Fn::FindInMap':
        return this.findInMap(arg, node);
      case 'Fn::If': {
        const args = this.args(arg);
        if (args.length !== 3 || args[0]!.kind !== 'string') return this.unknownValue('Fn::If', node, { reason: 'error' });
        const holds = this.condition(args[0].value);
        if (holds === true) return this.value(args[1]!);
        if (holds === false) return this.value(args[2]!);
        const choice: ListValue = withSpan({ kind: 'list', items: [this.value(args[1]!), this.value(args[2]!)] });
        this.choices.add(choice);
        return choice;
      }
      case 'Fn::Base64': {
        const text = this.value(arg);
        if (text.kind === 'string' && !text.unknowns?.length) return withSpan({ kind: 'string', value: Buffer.from(text.value).toString('base64') });
        return this.unknownValue(`Fn::Base64(${exprText(text)})`, node, { reason: 'unknown-string' });
      }
      case 'Fn::GetAZs':
        return this.unknownValue('Fn::GetAZs', node, { reason: 'deploy-time' });
      case 'Fn::ImportValue': {
        const exported = this.value(arg);
        return this.unknownValue(`ImportValue(${exprText(exported)})`, node, { reason: 'import-value' });
      }
      case 'Fn::Cidr':
        return this.unknownValue('Fn::Cidr', node, { reason: 'deploy-time' });
      case 'Fn::Length': {
        const list = this.value(arg);
        if (list.kind === 'list') return withSpan({ kind: 'number', value: list.items.length });
        return this.unknownValue(`Fn::Length(${exprText(list)})`, node, { reason: 'unknown-list' });
      }
      case 'Fn::ToJsonString': {
        const inner = this.value(arg);
        const unknowns = collectUnknowns(inner);
        const text: StringValue = withSpan({ kind: 'string', value: JSON.stringify(toPlain(inner)) });
        if (unknowns.length > 0) text.unknowns = unknowns;
        return text;
      }
      case 'Fn::Transform':
        return this.unknownValue('Fn::Transform', node, { reason: 'macro' });
      case 'Fn::Equals':
      case 'Fn::And':
      case 'Fn::Or':
      case 'Fn::Not': {
        const holds = this.conditionExpression(node);
        return holds === undefined ? this.unknownValue(name, node, { reason: 'condition' }) : withSpan({ kind: 'bool', value: holds });
      }
      default:
        return this.unknownValue(name, node, { reason: 'unsupported-function' });
    }
  }

  private args(arg: Value): Value[] {
    return arg.kind === 'list' ? arg.items : [arg];
  }

  private ref(name: string, at: Value): Value {
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (name === 'AWS::NotificationARNs') return this.unknownValue(name, at, { reason: 'deploy-time' });
    if (PSEUDO_PARAMETERS.has(name)) return { kind: 'string', value: '${' + name + '}', ...(at.span ? { span: at.span } : {}) };
    if (this.template.parameters.has(name)) return this.parameter(name, at);
    const address = this.addresses.get(name);
    if (address !== undefined) return this.unknownValue(name, at, { ref: { address, attribute: 'Ref' }, reason: 'computed-attribute' });
    return this.unknownValue(name, at, { reason: 'undefined-reference' });
  }

  private getAtt(arg: Value, at: Value): Value {
    const parts = arg.kind === 'list' ? arg.items.map((i) => this.value(i)) : [this.value(arg)];
    const [target, attribute] = parts;
    if (target?.kind !== 'string' || attribute?.kind !== 'string') return this.unknownValue('Fn::GetAtt', at, { reason: 'error' });
    const expr = `${target.value}.${attribute.value}`;
    const address = this.addresses.get(target.value);
    if (address !== undefined) return this.unknownValue(expr, at, { ref: { address, attribute: attribute.value }, reason: 'computed-attribute' });
    return this.unknownValue(expr, at, { reason: 'undefined-reference' });
  }

  private parameter(name: string, at: Value): Value {
    let value = this.parameterCache.get(name);
    if (!value) {
      value = this.parameterValue(name);
      this.parameterCache.set(name, value);
    }
    if (value.kind === 'unknown') return this.unknownValue(value.expr, at, { reason: value.reason ?? 'input-variable' });
    return at.span ? { ...value, span: at.span } : value;
  }

  private parameterValue(name: string): Value {
    const declaration = this.template.parameters.get(name)!;
    const typeValue = declaration.entries.get('Type');
    const type = typeValue?.kind === 'string' ? typeValue.value : 'String';
    // SSM parameter types hold the parameter's name; its value is read at deployment.
    if (type.startsWith('AWS::SSM::Parameter::Value')) return { kind: 'unknown', expr: name, reason: 'ssm-parameter' };
    const given = this.options.parameters[name];
    let raw: Value | undefined = given !== undefined ? { kind: 'string', value: given } : declaration.entries.get('Default');
    if (!raw) return { kind: 'unknown', expr: name, reason: 'input-variable' };
    if (raw.kind === 'number' || raw.kind === 'bool') raw = { kind: 'string', value: String(raw.value) };
    const isList = type === 'CommaDelimitedList' || type.startsWith('List<');
    if (isList && raw.kind === 'string') {
      return { kind: 'list', items: raw.value.split(',').map((s) => ({ kind: 'string' as const, value: s.trim() })) };
    }
    if (isList && raw.kind === 'list') return raw;
    return raw.kind === 'string' ? { kind: 'string', value: raw.value } : { kind: 'unknown', expr: name, reason: 'input-variable' };
  }

  private findInMap(arg: Value, at: Value): Value {
    const args = this.args(arg).map((a) => this.value(a));
    const names = args.slice(0, 3).map(keyText);
    const fallback = args[3]?.kind === 'object' ? args[3].entries.get('DefaultValue') : undefined;
    const expr = `FindInMap(${args.slice(0, 3).map(exprText).join(', ')})`;
    if (names.some((n) => n === undefined)) return fallback ?? this.unknownValue(expr, at, { reason: 'unknown-key' });
    const [mapName, topKey, secondKey] = names as string[];
    const map = this.template.mappings?.entries.get(mapName!);
    const top = map?.kind === 'object' ? map.entries.get(topKey!) : undefined;
    const found = top?.kind === 'object' ? top.entries.get(secondKey!) : undefined;
    if (found) return this.value(found);
    return fallback ?? this.unknownValue(expr, at, { reason: 'missing-mapping' });
  }

  /** `Fn::Sub` in both forms; `${!Literal}` writes `${Literal}`. */
  private sub(arg: Value, at: Value): Value {
    let templateText: Value | undefined;
    let variables: ObjectValue | undefined;
    if (arg.kind === 'list') {
      templateText = arg.items[0];
      const vars = arg.items[1] ? this.value(arg.items[1]) : undefined;
      if (vars?.kind === 'object') variables = vars;
    } else templateText = arg;
    const text = templateText ? this.value(templateText) : undefined;
    if (text?.kind !== 'string') return this.unknownValue('Fn::Sub', at, { reason: 'error' });
    let out = '';
    const unknowns: string[] = [...(text.unknowns ?? [])];
    const source = text.value;
    let i = 0;
    while (i < source.length) {
      const open = source.indexOf('${', i);
      if (open === -1) {
        out += source.slice(i);
        break;
      }
      out += source.slice(i, open);
      const close = source.indexOf('}', open + 2);
      if (close === -1) {
        out += source.slice(open);
        break;
      }
      const name = source.slice(open + 2, close);
      i = close + 1;
      if (name.startsWith('!')) {
        out += '${' + name.slice(1) + '}';
        continue;
      }
      const trimmed = name.trim();
      const variable = variables?.entries.get(trimmed);
      const replacement = variable ?? this.subReference(trimmed, at);
      if (replacement === NO_VALUE) continue;
      const piece = concatText([replacement], '');
      out += piece.value;
      for (const u of piece.unknowns ?? []) if (!unknowns.includes(u)) unknowns.push(u);
    }
    const result: StringValue = { kind: 'string', value: out, ...(at.span ? { span: at.span } : {}) };
    if (unknowns.length > 0) result.unknowns = unknowns;
    return result;
  }

  private subReference(name: string, at: Value): Value {
    const dot = name.indexOf('.');
    if (dot !== -1 && !PSEUDO_PARAMETERS.has(name)) {
      return this.getAtt({ kind: 'list', items: [{ kind: 'string', value: name.slice(0, dot) }, { kind: 'string', value: name.slice(dot + 1) }] }, at);
    }
    return this.ref(name, at);
  }

  /** Named condition: true, false, or undefined when it depends on something unknown before deployment. */
  condition(name: string): Tristate {
    if (this.conditionCache.has(name)) return this.conditionCache.get(name);
    const expression = this.template.conditions.get(name);
    if (!expression || this.conditionsInProgress.has(name)) return undefined;
    this.conditionsInProgress.add(name);
    const holds = this.conditionExpression(expression);
    this.conditionsInProgress.delete(name);
    this.conditionCache.set(name, holds);
    return holds;
  }

  private conditionExpression(v: Value): Tristate {
    if (v.kind === 'bool') return v.value;
    if (v.kind === 'string') return v.value === 'true' ? true : v.value === 'false' ? false : undefined;
    if (v.kind !== 'object' || v.entries.size !== 1) return undefined;
    const [key, arg] = v.entries.entries().next().value as [string, Value];
    const args = this.args(arg);
    switch (key) {
      case 'Condition':
        return arg.kind === 'string' ? this.condition(arg.value) : undefined;
      case 'Fn::Not': {
        const x = this.conditionExpression(args[0] ?? NO_VALUE);
        return x === undefined ? undefined : !x;
      }
      case 'Fn::And': {
        const xs = args.map((a) => this.conditionExpression(a));
        if (xs.includes(false)) return false;
        return xs.every((x) => x === true) ? true : undefined;
      }
      case 'Fn::Or': {
        const xs = args.map((a) => this.conditionExpression(a));
        if (xs.includes(true)) return true;
        return xs.every((x) => x === false) ? false : undefined;
      }
      case 'Fn::Equals': {
        if (args.length !== 2) return undefined;
        const a = comparable(this.value(args[0]!));
        const b = comparable(this.value(args[1]!));
        return a === undefined || b === undefined ? undefined : a === b;
      }
      default:
        return undefined;
    }
  }
}

/** Text of a fully known scalar, for comparisons and map keys. */
function comparable(v: Value): string | undefined {
  if (v.kind === 'string') return v.unknowns?.length || v.value.includes('${AWS::') ? undefined : v.value;
  if (v.kind === 'number' || v.kind === 'bool') return String(v.value);
  return undefined;
}

function keyText(v: Value | undefined): string | undefined {
  return v ? comparable(v) : undefined;
}

/** How an evaluated value reads inside an expression text (`${expr}` parts). */
function exprText(v: Value): string {
  if (v.kind === 'unknown') return v.expr;
  if (v.kind === 'string') return v.value;
  return JSON.stringify(toPlain(v));
}

/** Joins scalars into one string; unknown parts are written `${expr}` and listed. */
function concatText(items: Value[], delimiter: string): StringValue {
  const parts: string[] = [];
  const unknowns: string[] = [];
  const note = (u: string) => {
    if (!unknowns.includes(u)) unknowns.push(u);
  };
  for (const item of items) {
    switch (item.kind) {
      case 'string':
        parts.push(item.value);
        for (const u of item.unknowns ?? []) note(u);
        break;
      case 'number':
      case 'bool':
        parts.push(String(item.value));
        break;
      case 'unknown':
        parts.push('${' + item.expr + '}');
        note(item.expr);
        break;
      case 'null':
        break;
      default:
        parts.push(JSON.stringify(toPlain(item)));
        for (const u of collectUnknowns(item)) note(u);
    }
  }
  const out: StringValue = { kind: 'string', value: parts.join(delimiter) };
  if (unknowns.length > 0) out.unknowns = unknowns;
  return out;
}

