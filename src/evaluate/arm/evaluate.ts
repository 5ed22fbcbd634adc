/**
 * ARM deployment templates → evaluated resources (the DeploymentResource shape the Azure extractor reads).
 * Parameters (defaults, parameter files, `--param`), variables (lazily, copy included), the expression language,
 * copy loops (`copyIndex`), conditions, inline nested deployments (inner and outer evaluation scope, scope changes
 * to management group / subscription / resource group) and languageVersion 2.0 templates (resources by symbolic
 * name). Linked templates are reported as unresolved. Values that exist only at deployment are symbolic.
 */
import type { ToolError, UnresolvedItem } from '../../model/finding.js';
import type { SourceSpan } from '../../model/span.js';
import { unknown, type ListValue, type ObjectValue, type Value } from '../value.js';
import { ArmExpressionError, isExpressionString, parseArmExpression, printArmExpr, unescapeLiteral, type ArmExpr } from '../../parse/arm/expression.js';
import { isAzureGrantType, type DeploymentResource, type DeploymentScopeKind } from '../../extract/azure/deployment.js';
import { BudgetExhausted, countStep, countSteps, runWithBudget } from '../budget.js';
import { deepEqual, isKnown, joinText, plainKnown, scopeObject, symbolic, textOf, truthy } from './functions.js';

export interface ArmEvaluation {
  resources: DeploymentResource[];
  unresolved: UnresolvedItem[];
  errors: ToolError[];
}

/** Copy loops longer than this are evaluated as one symbolic instance (a template is not a load test). */
const MAX_COPY = 800;
const MAX_DEPTH = 32;
/** The longest string an expression may build. */
const MAX_STRING_LENGTH = 4_194_304;

const DEPLOYMENTS = 'microsoft.resources/deployments';

/** Root scope of a template from its `$schema`. */
export function schemaScope(schema: string | undefined): DeploymentScopeKind {
  const s = (schema ?? '').toLowerCase();
  if (s.includes('subscriptiondeploymenttemplate')) return 'subscription';
  if (s.includes('managementgroupdeploymenttemplate')) return 'managementGroup';
  if (s.includes('tenantdeploymenttemplate')) return 'tenant';
  return 'resourceGroup';
}

interface Context {
  file: string;
  /** Parameter values given by the caller (parameter file, `--param`, nested deployment `parameters`). */
  given: Map<string, Value>;
  parameterDefs: ObjectValue | undefined;
  parameterCache: Map<string, Value>;
  variableDefs: ObjectValue | undefined;
  variableCache: Map<string, Value>;
  /** Names being evaluated (cycles become unknown). */
  evaluating: Set<string>;
  copyIndex: Map<string, Value>;
  lambdaVars: Map<string, Value>;
  scope: DeploymentScopeKind;
  /** Symbolic names (languageVersion 2.0) and resource ids (lower case) of resources in this template → address. */
  addresses: Map<string, string>;
}

class ArmEvaluator {
  readonly resources: DeploymentResource[] = [];
  readonly unresolved: UnresolvedItem[] = [];
  readonly errors: ToolError[] = [];

  constructor(readonly file: string) {}

  error(span: SourceSpan | undefined, message: string): void {
    const at = span ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    this.errors.push({ file: this.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, message, code: 'parse' });
  }

  // ---- templates and resources ----

  template(template: ObjectValue, given: Map<string, Value>, scope: DeploymentScopeKind, prefix: string, conditional: boolean, depth: number, outer?: Context): void {
    if (depth > MAX_DEPTH) {
      this.error(template.span, `nested deployments deeper than ${MAX_DEPTH} levels`);
      return;
    }
    const ctx: Context = outer
      ? { ...outer, scope, addresses: new Map(), copyIndex: new Map(), lambdaVars: new Map() }
      : {
          file: this.file,
          given,
          parameterDefs: asObject(template.entries.get('parameters')),
          parameterCache: new Map(),
          variableDefs: asObject(template.entries.get('variables')),
          variableCache: new Map(),
          evaluating: new Set(),
          copyIndex: new Map(),
          lambdaVars: new Map(),
          scope,
          addresses: new Map(),
        };
    const list = resourceList(template.entries.get('resources'));
    // First pass: names other resources use in reference()/resourceId() lookups.
    for (const { key, value } of list) {
      const type = stringOf(value.entries.get('type'))?.toLowerCase();
      if (!type) continue;
      const address = this.baseAddress(prefix, key, value, ctx);
      if (key.symbolic) ctx.addresses.set(key.name.toLowerCase(), address);
      if (isAzureGrantType(type) && !value.entries.has('copy')) {
        const id = textOf(this.resourceIdOf(value, type, ctx));
        if (id) ctx.addresses.set(id.text.toLowerCase(), address);
      }
    }
    for (const { key, value } of list) this.resource(value, key, prefix, conditional, depth, ctx);
  }

  private baseAddress(prefix: string, key: ResourceKey, r: ObjectValue, ctx: Context): string {
    if (key.symbolic) return prefix + key.name;
    const name = r.entries.has('copy') ? undefined : this.eval(r.entries.get('name'), ctx);
    const text = name && name.kind === 'string' && !name.unknowns?.length ? name.value : undefined;
    return prefix + (text ?? key.name);
  }

  /** The id a resource will have, as far as it is known before deployment. */
  private resourceIdOf(r: ObjectValue, type: string, ctx: Context): Value {
    const name = this.eval(r.entries.get('name'), ctx);
    const nameText = textOf(name);
    if (!nameText) return unknown('resourceId');
    const typeText = stringOf(r.entries.get('type')) ?? type;
    return this.resourceIdValue(ctx.scope, undefined, undefined, typeText, nameText.text.split('/').map((n) => ({ text: n, unknowns: nameText.unknowns.filter((u) => n.includes(u)) })));
  }

  private resource(r: ObjectValue, key: ResourceKey, prefix: string, inheritedConditional: boolean, depth: number, ctx: Context): void {
    const typeValue = r.entries.get('type');
    const type = stringOf(typeValue);
    if (!type) {
      this.error(r.span, `resource ${key.name}: expected "type", a string such as "Microsoft.Authorization/roleAssignments"`);
      return;
    }
    const lower = type.toLowerCase();
    const isDeployment = lower === DEPLOYMENTS;
    if (!isDeployment && !isAzureGrantType(lower)) return;
    const base = this.baseAddress(prefix, key, r, ctx);
    const copy = asObject(r.entries.get('copy'));
    const instances: Array<{ address: string; index?: Value; loop?: string }> = [];
    if (copy) {
      const count = this.eval(copy.entries.get('count'), ctx);
      const loop = stringOf(copy.entries.get('name')) ?? '';
      if (count.kind === 'number' && count.value <= MAX_COPY) {
        for (let i = 0; i < count.value; i++) instances.push({ address: `${base}[${i}]`, index: { kind: 'number', value: i }, loop });
      } else instances.push({ address: `${base}[*]`, index: unknown('copyIndex()', { reason: 'copy-loop' }), loop });
    } else instances.push({ address: base });
    for (const instance of instances) {
      const local: Context = instance.index ? { ...ctx, copyIndex: new Map([...ctx.copyIndex, ['', instance.index], [instance.loop!.toLowerCase(), instance.index]]) } : ctx;
      let conditional = inheritedConditional;
      if (r.entries.has('condition')) {
        const condition = truthy(this.eval(r.entries.get('condition'), local));
        if (condition === false) continue;
        if (condition === undefined) conditional = true;
      }
      if (isDeployment) this.deployment(r, instance.address, conditional, depth, local);
      else {
        const body = new Map<string, Value>();
        for (const [k, v] of r.entries) {
          if (k === 'copy' || k === 'condition' || k === 'dependsOn' || k === 'comments' || k === 'metadata') continue;
          body.set(k, this.eval(v, local));
        }
        this.resources.push({
          type,
          address: instance.address,
          span: { ...(r.span ?? { file: this.file, line: 1, column: 1, endLine: 1, endColumn: 1 }), address: instance.address },
          body,
          conditional,
          ...(lower.endsWith('/accesspolicies') ? { parent: this.parentAddress(body, ctx) } : {}),
          deploymentScope: { kind: ctx.scope, value: scopeObject(ctx.scope) },
        });
      }
    }
  }

  /** `vaults/accessPolicies` named `<vault>/add`: the vault's address when declared here, else its name. */
  private parentAddress(body: Map<string, Value>, ctx: Context): string {
    const name = textOf(body.get('name') ?? { kind: 'null' })?.text ?? '';
    const vault = name.split('/')[0] ?? name;
    return ctx.addresses.get(vault.toLowerCase()) ?? vault;
  }

  private deployment(r: ObjectValue, address: string, conditional: boolean, depth: number, ctx: Context): void {
    const properties = asObject(r.entries.get('properties'));
    const link = asObject(properties?.entries.get('templateLink'));
    const span = { ...(r.span ?? { file: this.file, line: 1, column: 1, endLine: 1, endColumn: 1 }), address };
    if (link) {
      const uri = this.eval(link.entries.get('uri') ?? link.entries.get('id') ?? link.entries.get('relativePath'), ctx);
      this.unresolved.push({ span, expr: textOf(uri)?.text ?? 'templateLink', reason: 'linked-template' });
      return;
    }
    const inner = asObject(properties?.entries.get('template'));
    if (!inner) return;
    const scope = this.nestedScope(r, ctx);
    const evaluationScope = stringOf(asObject(properties?.entries.get('expressionEvaluationOptions'))?.entries.get('scope'))?.toLowerCase();
    if (evaluationScope === 'inner') {
      const given = new Map<string, Value>();
      const parameters = asObject(properties?.entries.get('parameters'));
      for (const [name, p] of parameters?.entries ?? []) {
        const po = asObject(p);
        if (po?.entries.has('value')) given.set(name, this.eval(po.entries.get('value'), ctx));
        else given.set(name, unknown(`parameters('${name}')`, { reason: 'key-vault-reference' }));
      }
      this.template(inner, given, scope, `${address}/`, conditional, depth + 1);
    } else this.template(inner, ctx.given, scope, `${address}/`, conditional, depth + 1, ctx);
  }

  /** Where a nested deployment deploys: its `scope`, `subscriptionId` and `resourceGroup`, relative to the caller. */
  private nestedScope(r: ObjectValue, ctx: Context): DeploymentScopeKind {
    if (r.entries.has('scope')) {
      const scope = textOf(this.eval(r.entries.get('scope'), ctx))?.text ?? '';
      if (/managementGroups\//i.test(scope)) return 'managementGroup';
      if (scope === '/') return 'tenant';
      if (/resourceGroups\//i.test(scope)) return 'resourceGroup';
      if (/^\/?subscriptions\/[^/]+$/i.test(scope)) return 'subscription';
    }
    if (r.entries.has('resourceGroup')) return 'resourceGroup';
    if (r.entries.has('subscriptionId')) return ctx.scope === 'resourceGroup' ? 'resourceGroup' : 'subscription';
    return ctx.scope;
  }

  // ---- values ----

  eval(v: Value | undefined, ctx: Context): Value {
    if (!v) return { kind: 'null' };
    if (countStep()) throw new BudgetExhausted(this.file, v.span);
    switch (v.kind) {
      case 'string': {
        if (!isExpressionString(v.value)) return v.value.startsWith('[[') ? { ...v, value: unescapeLiteral(v.value) } : v;
        let expr: ArmExpr;
        try {
          expr = parseArmExpression(v.value.slice(1, -1));
        } catch (e) {
          if (!(e instanceof ArmExpressionError)) throw e;
          this.error(v.span, `invalid template expression: ${e.message} (at offset ${e.offset + 1} of ${JSON.stringify(v.value.length > 80 ? v.value.slice(0, 77) + '...' : v.value)})`);
          return unknown(v.value.slice(1, -1), { reason: 'error' });
        }
        let out: Value;
        try {
          out = this.expr(expr, ctx);
        } catch (err) {
          // Expression nodes have no position of their own: the budget ran out in this string.
          if (err instanceof BudgetExhausted && !err.span) err.span = v.span;
          throw err;
        }
        // A variable doubling a string forty times would need terabytes: stop growth with a located error.
        if (out.kind === 'string' && out.value.length > MAX_STRING_LENGTH) {
          this.error(v.span, `this string grows to ${out.value.length.toLocaleString('en-US')} characters; limit 4,194,304`);
          return unknown(v.value.slice(1, -1), { reason: 'error' });
        }
        return v.span && !out.span ? { ...out, span: v.span } : out;
      }
      case 'list':
        return { ...v, items: v.items.map((i) => this.eval(i, ctx)) };
      case 'object': {
        const entries = new Map<string, Value>();
        for (const [k, x] of v.entries) {
          if (k === 'copy' && x.kind === 'list') {
            for (const [name, list] of this.propertyCopy(x, ctx)) entries.set(name, list);
            continue;
          }
          entries.set(k, this.eval(x, ctx));
        }
        return { ...v, entries };
      }
      default:
        return v;
    }
  }

  /** Property copy loops: `"copy": [{ "name": "p", "count": n, "input": {...} }]` → `p: [...]`. */
  private propertyCopy(loops: ListValue, ctx: Context): Array<[string, Value]> {
    const out: Array<[string, Value]> = [];
    for (const loop of loops.items) {
      const lo = asObject(loop);
      const name = stringOf(lo?.entries.get('name'));
      if (!lo || !name) continue;
      const count = this.eval(lo.entries.get('count'), ctx);
      if (count.kind !== 'number' || count.value > MAX_COPY) {
        out.push([name, unknown(`copy ${name}`, { reason: 'copy-loop' })]);
        continue;
      }
      const items: Value[] = [];
      for (let i = 0; i < count.value; i++) {
        const index: Value = { kind: 'number', value: i };
        items.push(this.eval(lo.entries.get('input'), { ...ctx, copyIndex: new Map([...ctx.copyIndex, [name.toLowerCase(), index], ['', index]]) }));
      }
      out.push([name, { kind: 'list', items, ...(lo.span ? { span: lo.span } : {}) }]);
    }
    return out;
  }

  private parameter(name: string, ctx: Context): Value {
    const key = name;
    const cached = ctx.parameterCache.get(key);
    if (cached) return cached;
    const given = ctx.given.get(name) ?? [...ctx.given].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
    let value: Value;
    if (given) value = given;
    else {
      const def = asObject(ctx.parameterDefs?.entries.get(name) ?? [...(ctx.parameterDefs?.entries ?? [])].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1]);
      const guard = `p:${name}`;
      if (def?.entries.has('defaultValue') && !ctx.evaluating.has(guard)) {
        ctx.evaluating.add(guard);
        value = this.eval(def.entries.get('defaultValue'), ctx);
        ctx.evaluating.delete(guard);
      } else if (truthy(def?.entries.get('nullable') ?? { kind: 'null' }) === true) value = { kind: 'null' };
      else value = unknown(`parameters('${name}')`, { reason: 'input-variable' });
    }
    ctx.parameterCache.set(key, value);
    return value;
  }

  private variable(name: string, ctx: Context): Value {
    const cached = ctx.variableCache.get(name);
    if (cached) return cached;
    const guard = `v:${name}`;
    if (ctx.evaluating.has(guard)) return unknown(`variables('${name}')`, { reason: 'cycle' });
    let value: Value;
    const def = ctx.variableDefs?.entries.get(name) ?? [...(ctx.variableDefs?.entries ?? [])].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
    if (def === undefined) {
      // `"copy": [{ "name": "v", ... }]` at the variables level defines v.
      const copies = ctx.variableDefs?.entries.get('copy');
      const fromCopy = copies?.kind === 'list' ? this.propertyCopy(copies, ctx).find(([n]) => n.toLowerCase() === name.toLowerCase()) : undefined;
      value = fromCopy ? fromCopy[1] : unknown(`variables('${name}')`, { reason: 'undefined-variable' });
    } else {
      ctx.evaluating.add(guard);
      // Variables do not see a resource's copyIndex: evaluated without it.
      value = this.eval(def, { ...ctx, copyIndex: new Map(), lambdaVars: new Map() });
      ctx.evaluating.delete(guard);
    }
    ctx.variableCache.set(name, value);
    return value;
  }

  private expr(e: ArmExpr, ctx: Context): Value {
    if (countStep()) throw new BudgetExhausted(this.file, undefined);
    switch (e.type) {
      case 'string':
        return { kind: 'string', value: e.value };
      case 'number':
        return { kind: 'number', value: e.value };
      case 'property':
        return this.member(this.expr(e.object, ctx), e.name, e, e.safe);
      case 'index': {
        const index = this.expr(e.index, ctx);
        if (index.kind === 'number' || (index.kind === 'string' && !index.unknowns?.length)) return this.member(this.expr(e.object, ctx), index.value, e, e.safe);
        return unknown(printArmExpr(e), { reason: 'unknown-index' });
      }
      case 'call': {
        const out = this.call(e, ctx);
        // Building a value is work of its own: a step per element, or per 1,024 characters.
        const size = out.kind === 'list' ? out.items.length : out.kind === 'string' ? out.value.length >>> 10 : 0;
        if (countSteps(size)) throw new BudgetExhausted(this.file, undefined);
        return out;
      }
    }
  }

  private member(target: Value, key: string | number, e: ArmExpr, safe: boolean): Value {
    if (target.kind === 'unknown') {
      const out = unknown(printArmExpr(e), { reason: target.reason ?? 'computed-attribute' });
      if (target.ref) out.ref = { address: target.ref.address, attribute: target.ref.attribute ? `${target.ref.attribute}.${key}` : String(key) };
      return out;
    }
    if (target.kind === 'object') {
      const hit = target.entries.get(String(key)) ?? [...target.entries].find(([k]) => k.toLowerCase() === String(key).toLowerCase())?.[1];
      if (hit) return hit;
      return safe ? { kind: 'null' } : unknown(printArmExpr(e), { reason: 'missing-property' });
    }
    if (target.kind === 'list' && typeof key === 'number') return target.items[key] ?? (safe ? { kind: 'null' } : unknown(printArmExpr(e), { reason: 'index-out-of-range' }));
    if (target.kind === 'null' && safe) return target;
    return unknown(printArmExpr(e), { reason: 'unsupported-access' });
  }

  private call(e: Extract<ArmExpr, { type: 'call' }>, ctx: Context): Value {
    const name = e.name.toLowerCase();
    const printed = () => printArmExpr(e);
    const sym = (reason = 'deployment-time') => unknown(printed(), { reason });
    // Functions that look at their arguments' syntax first.
    switch (name) {
      case 'lambdavariables': {
        const n = this.expr(e.args[0]!, ctx);
        return (n.kind === 'string' && ctx.lambdaVars.get(n.value)) || sym('lambda');
      }
      case 'map':
      case 'filter':
      case 'reduce':
      case 'toobject':
      case 'sort':
        return this.lambdaCall(name, e, ctx);
      case 'if': {
        const c = truthy(this.expr(e.args[0]!, ctx));
        if (c === undefined) return sym('unknown-condition');
        return this.expr(e.args[c ? 1 : 2]!, ctx);
      }
      default:
        break;
    }
    const args = e.args.map((a) => this.expr(a, ctx));
    const a0 = args[0];
    const str = (v: Value | undefined) => (v?.kind === 'string' && !v.unknowns?.length ? v.value : undefined);
    switch (name) {
      case 'parameters':
        return str(a0) !== undefined ? this.parameter(str(a0)!, ctx) : sym('input-variable');
      case 'variables':
        return str(a0) !== undefined ? this.variable(str(a0)!, ctx) : sym();
      case 'concat': {
        if (args.length > 0 && args.every((a) => a.kind === 'list')) return { kind: 'list', items: args.flatMap((a) => (a as ListValue).items) };
        if (args.some((a) => a.kind === 'list' || a.kind === 'object')) return sym('unsupported-value');
        return joinText(args.map((a) => textOf(a)!));
      }
      case 'format': {
        const f = str(a0);
        if (f === undefined) return sym();
        const parts: Array<{ text: string; unknowns: string[] }> = [];
        let last = 0;
        for (const m of f.matchAll(/\{(\d+)(?::[^}]*)?\}/g)) {
          parts.push({ text: f.slice(last, m.index), unknowns: [] });
          const arg = args[Number(m[1]) + 1];
          const t = arg ? textOf(arg) : undefined;
          if (!t) return sym('unsupported-value');
          parts.push(t);
          last = m.index! + m[0].length;
        }
        parts.push({ text: f.slice(last), unknowns: [] });
        return joinText(parts.map((p) => ({ ...p, text: p.unknowns.length ? p.text : p.text.replace(/\{\{/g, '{').replace(/\}\}/g, '}') })));
      }
      case 'resourceid':
      case 'subscriptionresourceid':
      case 'tenantresourceid':
      case 'managementgroupresourceid':
        return this.resourceIdCall(name, args, ctx) ?? sym();
      case 'extensionresourceid': {
        const texts = args.map(textOf);
        if (texts.some((t) => !t) || texts.length < 3) return sym();
        const [base, type, ...names] = texts as Array<{ text: string; unknowns: string[] }>;
        return joinText([base!, { text: '/providers/', unknowns: [] }, ...interleave(type!, names)]);
      }
      case 'resourcegroup':
      case 'subscription':
      case 'managementgroup':
      case 'tenant':
        return scopeObject(({ resourcegroup: 'resourceGroup', subscription: 'subscription', managementgroup: 'managementGroup', tenant: 'tenant' } as const)[name]);
      case 'deployment':
        return { kind: 'object', entries: new Map([['name', symbolic('deployment().name')], ['location', symbolic('deployment().location')]]) };
      case 'reference':
        return this.reference(args, printed(), ctx);
      case 'resourceinfo':
        return this.reference(args, printed(), ctx);
      case 'copyindex': {
        const loop = args.find((a) => a.kind === 'string');
        const offset = args.find((a) => a.kind === 'number');
        const index = ctx.copyIndex.get(loop?.kind === 'string' ? loop.value.toLowerCase() : '');
        if (!index || index.kind !== 'number') return sym('copy-loop');
        return { kind: 'number', value: index.value + (offset?.kind === 'number' ? offset.value : 0) };
      }
      case 'guid':
      case 'uniquestring':
      case 'newguid':
      case 'utcnow':
        return symbolic(printed());
      case 'split': {
        const s = str(a0);
        const sep = args[1];
        if (s === undefined) return sym();
        const seps = sep?.kind === 'list' ? sep.items.map(str) : [str(sep)];
        if (seps.some((x) => x === undefined)) return sym();
        return { kind: 'list', items: s.split(new RegExp(seps.map((x) => escapeRegExp(x!)).join('|'))).map((value) => ({ kind: 'string' as const, value })) };
      }
      case 'join': {
        if (a0?.kind !== 'list' || str(args[1]) === undefined) return sym();
        const texts = a0.items.map(textOf);
        if (texts.some((t) => !t)) return sym();
        return joinText(texts.flatMap((t, i) => (i === 0 ? [t!] : [{ text: str(args[1])!, unknowns: [] }, t!])));
      }
      case 'first':
      case 'last': {
        if (a0?.kind === 'list') return (name === 'first' ? a0.items[0] : a0.items[a0.items.length - 1]) ?? { kind: 'null' };
        const s = str(a0);
        if (s !== undefined) return { kind: 'string', value: name === 'first' ? s.slice(0, 1) : s.slice(-1) };
        return sym();
      }
      case 'tolower':
      case 'toupper': {
        if (a0?.kind !== 'string') return a0?.kind === 'unknown' ? sym(a0.reason) : sym();
        if (a0.unknowns?.length) return { ...a0, value: caseOutsideUnknowns(a0.value, name === 'tolower') };
        return { kind: 'string', value: name === 'tolower' ? a0.value.toLowerCase() : a0.value.toUpperCase() };
      }
      case 'trim':
        return str(a0) !== undefined ? { kind: 'string', value: str(a0)!.trim() } : sym();
      case 'replace':
        return str(a0) !== undefined && str(args[1]) !== undefined && str(args[2]) !== undefined ? { kind: 'string', value: str(a0)!.split(str(args[1])!).join(str(args[2])!) } : sym();
      case 'startswith':
      case 'endswith': {
        const s = str(a0)?.toLowerCase();
        const t = str(args[1])?.toLowerCase();
        if (s === undefined || t === undefined) return sym();
        return { kind: 'bool', value: name === 'startswith' ? s.startsWith(t) : s.endsWith(t) };
      }
      case 'union':
        return union(args) ?? sym();
      case 'intersection':
        return sym('unsupported-function');
      case 'contains': {
        const c = a0;
        const item = args[1];
        if (!c || !item || !isKnown(item)) return sym();
        if (c.kind === 'object') return { kind: 'bool', value: [...c.entries.keys()].some((k) => k.toLowerCase() === String(plainKnown(item)).toLowerCase()) };
        if (c.kind === 'list') {
          if (!c.items.every(isKnown)) return sym();
          return { kind: 'bool', value: c.items.some((x) => deepEqual(plainKnown(x), plainKnown(item))) };
        }
        if (str(c) !== undefined && str(item) !== undefined) return { kind: 'bool', value: str(c)!.includes(str(item)!) };
        return sym();
      }
      case 'empty': {
        if (!a0) return sym();
        if (a0.kind === 'null') return { kind: 'bool', value: true };
        if (a0.kind === 'list') return { kind: 'bool', value: a0.items.length === 0 };
        if (a0.kind === 'object') return { kind: 'bool', value: a0.entries.size === 0 };
        if (a0.kind === 'string') return a0.unknowns?.length ? (a0.value.replace(/\$\{[^}]*\}/g, '') !== '' ? { kind: 'bool', value: false } : sym()) : { kind: 'bool', value: a0.value === '' };
        return sym();
      }
      case 'length': {
        if (a0?.kind === 'list') return { kind: 'number', value: a0.items.length };
        if (a0?.kind === 'object') return { kind: 'number', value: a0.entries.size };
        if (str(a0) !== undefined) return { kind: 'number', value: str(a0)!.length };
        return sym();
      }
      case 'coalesce': {
        for (const a of args) {
          if (a.kind === 'null') continue;
          if (a.kind === 'unknown') return sym(a.reason);
          return a;
        }
        return { kind: 'null' };
      }
      case 'equals': {
        if (!a0 || !args[1] || !isKnown(a0) || !isKnown(args[1])) return sym();
        return { kind: 'bool', value: deepEqual(plainKnown(a0), plainKnown(args[1])) };
      }
      case 'not': {
        const b = a0 ? truthy(a0) : undefined;
        return b === undefined ? sym() : { kind: 'bool', value: !b };
      }
      case 'and':
      case 'or': {
        const bs = args.map(truthy);
        if (name === 'and' && bs.includes(false)) return { kind: 'bool', value: false };
        if (name === 'or' && bs.includes(true)) return { kind: 'bool', value: true };
        if (bs.includes(undefined)) return sym();
        return { kind: 'bool', value: name === 'and' };
      }
      case 'less':
      case 'lessorequals':
      case 'greater':
      case 'greaterorequals': {
        const x = plainKnown(a0 ?? { kind: 'null' });
        const y = plainKnown(args[1] ?? { kind: 'null' });
        if ((typeof x !== 'number' || typeof y !== 'number') && (typeof x !== 'string' || typeof y !== 'string')) return sym();
        const r = name === 'less' ? x < y : name === 'lessorequals' ? x <= y : name === 'greater' ? x > y : x >= y;
        return { kind: 'bool', value: r };
      }
      case 'createobject': {
        const entries = new Map<string, Value>();
        for (let i = 0; i + 1 < args.length; i += 2) {
          const k = str(args[i]);
          if (k === undefined) return sym();
          entries.set(k, args[i + 1]!);
        }
        return { kind: 'object', entries };
      }
      case 'createarray':
        return { kind: 'list', items: args };
      case 'array':
        return a0?.kind === 'list' ? a0 : a0 && a0.kind !== 'unknown' ? { kind: 'list', items: [a0] } : sym();
      case 'null':
        return { kind: 'null' };
      case 'true':
        return { kind: 'bool', value: true };
      case 'false':
        return { kind: 'bool', value: false };
      case 'string': {
        if (!a0) return sym();
        if (a0.kind === 'string') return a0;
        const p = plainKnown(a0);
        return p === undefined ? sym() : { kind: 'string', value: typeof p === 'object' ? JSON.stringify(p) : String(p) };
      }
      case 'int':
        return str(a0) !== undefined && /^-?\d+$/.test(str(a0)!) ? { kind: 'number', value: Number(str(a0)) } : a0?.kind === 'number' ? a0 : sym();
      case 'bool': {
        const b = a0 ? truthy(a0) : undefined;
        return b === undefined ? sym() : { kind: 'bool', value: b };
      }
      case 'json': {
        const s = str(a0);
        if (s === undefined) return sym();
        try {
          return fromJson(JSON.parse(s));
        } catch {
          return sym('invalid-json');
        }
      }
      case 'items': {
        if (a0?.kind !== 'object') return sym();
        return { kind: 'list', items: [...a0.entries].map(([k, v]) => ({ kind: 'object' as const, entries: new Map<string, Value>([['key', { kind: 'string', value: k }], ['value', v]]) })) };
      }
      case 'objectkeys':
        return a0?.kind === 'object' ? { kind: 'list', items: [...a0.entries.keys()].map((value) => ({ kind: 'string' as const, value })) } : sym();
      case 'range': {
        const start = a0?.kind === 'number' ? a0.value : undefined;
        const count = args[1]?.kind === 'number' ? args[1].value : undefined;
        if (start === undefined || count === undefined || count > MAX_COPY) return sym();
        return { kind: 'list', items: Array.from({ length: count }, (_, i) => ({ kind: 'number' as const, value: start + i })) };
      }
      case 'take':
      case 'skip': {
        const n = args[1]?.kind === 'number' ? args[1].value : undefined;
        if (n === undefined) return sym();
        if (a0?.kind === 'list') return { kind: 'list', items: name === 'take' ? a0.items.slice(0, n) : a0.items.slice(n) };
        if (str(a0) !== undefined) return { kind: 'string', value: name === 'take' ? str(a0)!.slice(0, n) : str(a0)!.slice(n) };
        return sym();
      }
      case 'trygetvalue':
      case 'tryget': {
        let cur: Value | undefined = a0;
        for (const k of args.slice(1)) {
          if (cur?.kind === 'null') return cur;
          if (cur?.kind === 'object' && str(k) !== undefined) cur = cur.entries.get(str(k)!) ?? { kind: 'null' };
          else if (cur?.kind === 'list' && k.kind === 'number') cur = cur.items[k.value] ?? { kind: 'null' };
          else return sym();
        }
        return cur ?? sym();
      }
      case 'shallowmerge':
        return a0?.kind === 'list' ? (union(a0.items) ?? sym()) : sym();
      default:
        return sym(name.startsWith('list') ? 'deployment-time' : 'unsupported-function');
    }
  }

  private lambdaCall(name: string, e: Extract<ArmExpr, { type: 'call' }>, ctx: Context): Value {
    const sym = () => unknown(printArmExpr(e), { reason: 'lambda' });
    const input = this.expr(e.args[0]!, ctx);
    if (input.kind !== 'list') return sym();
    const lambdaAt = name === 'reduce' ? 2 : 1;
    const lambda = e.args[lambdaAt];
    if (lambda?.type !== 'call' || lambda.name.toLowerCase() !== 'lambda') return sym();
    const params = lambda.args.slice(0, -1).map((a) => (a.type === 'string' ? a.value : ''));
    const body = lambda.args[lambda.args.length - 1]!;
    const apply = (fn: ArmExpr, values: Value[], names: string[]) => {
      const vars = new Map(ctx.lambdaVars);
      names.forEach((n, i) => vars.set(n, values[i] ?? { kind: 'null' }));
      return this.expr(fn, { ...ctx, lambdaVars: vars });
    };
    switch (name) {
      case 'map':
        return { kind: 'list', items: input.items.map((x, i) => apply(body, [x, { kind: 'number', value: i }], params)) };
      case 'filter': {
        const items: Value[] = [];
        for (const [i, x] of input.items.entries()) {
          const keep = truthy(apply(body, [x, { kind: 'number', value: i }], params));
          if (keep === undefined) return sym();
          if (keep) items.push(x);
        }
        return { kind: 'list', items };
      }
      case 'reduce': {
        let acc = this.expr(e.args[1]!, ctx);
        for (const [i, x] of input.items.entries()) acc = apply(body, [acc, x, { kind: 'number', value: i }], params);
        return acc;
      }
      case 'toobject': {
        const valueLambda = e.args[2];
        const entries = new Map<string, Value>();
        for (const x of input.items) {
          const k = apply(body, [x], params);
          if (k.kind !== 'string' || k.unknowns?.length) return sym();
          let v: Value = x;
          if (valueLambda?.type === 'call' && valueLambda.name.toLowerCase() === 'lambda') {
            v = apply(valueLambda.args[valueLambda.args.length - 1]!, [x], valueLambda.args.slice(0, -1).map((a) => (a.type === 'string' ? a.value : '')));
          }
          entries.set(k.value, v);
        }
        return { kind: 'object', entries };
      }
      default:
        return sym();
    }
  }

  private resourceIdCall(name: string, args: Value[], ctx: Context): Value | undefined {
    const texts = args.map(textOf);
    if (texts.some((t) => !t)) return undefined;
    const list = texts as Array<{ text: string; unknowns: string[] }>;
    const typeAt = list.findIndex((t) => t.text.includes('/') && !t.text.startsWith('/'));
    if (typeAt === -1) return undefined;
    const before = list.slice(0, typeAt);
    const type = list[typeAt]!;
    const names = list.slice(typeAt + 1);
    switch (name) {
      case 'tenantresourceid':
        return joinText([{ text: '/providers/', unknowns: [] }, ...interleave(type, names)]);
      case 'managementgroupresourceid': {
        const mg = before[0] ?? textOf(symbolic('managementGroup().name'))!;
        return joinText([{ text: '/providers/Microsoft.Management/managementGroups/', unknowns: [] }, mg, { text: '/providers/', unknowns: [] }, ...interleave(type, names)]);
      }
      case 'subscriptionresourceid': {
        const sub = before[0] ?? textOf(symbolic('subscription().subscriptionId'))!;
        return joinText([{ text: '/subscriptions/', unknowns: [] }, sub, { text: '/providers/', unknowns: [] }, ...interleave(type, names)]);
      }
      default: {
        const sub = before.length === 2 ? before[0] : undefined;
        const rg = before.length === 2 ? before[1] : before[0];
        return this.resourceIdValue(ctx.scope, sub, rg, type.text, names, type.unknowns);
      }
    }
  }

  /** `resourceId(...)` as ARM builds it for the deployment's scope. */
  resourceIdValue(
    scope: DeploymentScopeKind,
    sub: { text: string; unknowns: string[] } | undefined,
    rg: { text: string; unknowns: string[] } | undefined,
    type: string,
    names: Array<{ text: string; unknowns: string[] }>,
    typeUnknowns: string[] = [],
  ): Value {
    const subscription = sub ?? textOf(symbolic('subscription().subscriptionId'))!;
    const tail = [{ text: '/providers/', unknowns: [] }, ...interleave({ text: type, unknowns: typeUnknowns }, names)];
    if (rg || scope === 'resourceGroup') {
      const group = rg ?? textOf(symbolic('resourceGroup().name'))!;
      return joinText([{ text: '/subscriptions/', unknowns: [] }, subscription, { text: '/resourceGroups/', unknowns: [] }, group, ...tail]);
    }
    if (scope === 'subscription' || sub) return joinText([{ text: '/subscriptions/', unknowns: [] }, subscription, ...tail]);
    if (scope === 'managementGroup') return joinText([{ text: '/providers/Microsoft.Management/managementGroups/', unknowns: [] }, textOf(symbolic('managementGroup().name'))!, ...tail]);
    return joinText(tail);
  }

  /** `reference(...)`: unknown before deployment, linked to the resource it names when declared in this template. */
  private reference(args: Value[], printed: string, ctx: Context): Value {
    const target = args[0] ? textOf(args[0]) : undefined;
    const out = unknown(printed, { reason: 'computed-attribute' });
    if (target) {
      const key = target.text.toLowerCase();
      const address = ctx.addresses.get(key) ?? [...ctx.addresses].find(([k]) => k.endsWith(key) || key.endsWith(k))?.[1];
      if (address) out.ref = { address, attribute: '' };
      // `reference(x, api, 'Full')` returns the whole resource: its properties are under `properties`.
    }
    return out;
  }
}

interface ResourceKey {
  name: string;
  symbolic: boolean;
}

/** Resources of a template: an array, or (languageVersion 2.0) an object keyed by symbolic name. */
function resourceList(v: Value | undefined): Array<{ key: ResourceKey; value: ObjectValue }> {
  if (v?.kind === 'list') return v.items.flatMap((x, i) => (x.kind === 'object' ? [{ key: { name: `resources[${i}]`, symbolic: false }, value: x }] : []));
  if (v?.kind === 'object') return [...v.entries].flatMap(([k, x]) => (x.kind === 'object' ? [{ key: { name: k, symbolic: true }, value: x }] : []));
  return [];
}

function asObject(v: Value | undefined): ObjectValue | undefined {
  return v?.kind === 'object' ? v : undefined;
}

function stringOf(v: Value | undefined): string | undefined {
  return v?.kind === 'string' ? v.value : undefined;
}

/** `Microsoft.KeyVault/vaults/accessPolicies` + names → `Microsoft.KeyVault/vaults/<n1>/accessPolicies/<n2>`. */
function interleave(type: { text: string; unknowns: string[] }, names: Array<{ text: string; unknowns: string[] }>): Array<{ text: string; unknowns: string[] }> {
  const segments = type.text.split('/');
  const out: Array<{ text: string; unknowns: string[] }> = [{ text: segments[0]!, unknowns: type.unknowns }];
  const flatNames = names.flatMap((n) => (n.unknowns.length === 0 ? n.text.split('/').map((t) => ({ text: t, unknowns: [] })) : [n]));
  segments.slice(1).forEach((segment, i) => {
    out.push({ text: `/${segment}/`, unknowns: [] });
    out.push(flatNames[i] ?? { text: '', unknowns: [] });
  });
  for (const extra of flatNames.slice(segments.length - 1)) out.push({ text: '/', unknowns: [] }, extra);
  return out;
}

function union(args: Value[]): Value | undefined {
  if (args.length === 0) return undefined;
  if (args.every((a) => a.kind === 'object')) {
    const entries = new Map<string, Value>();
    for (const a of args) for (const [k, v] of (a as ObjectValue).entries) entries.set(k, v);
    return { kind: 'object', entries };
  }
  if (args.every((a) => a.kind === 'list')) {
    const items: Value[] = [];
    const seen = new Set<string>();
    for (const a of args)
      for (const x of (a as ListValue).items) {
        const p = plainKnown(x);
        const key = p === undefined ? undefined : JSON.stringify(p);
        if (key !== undefined && seen.has(key)) continue;
        if (key !== undefined) seen.add(key);
        items.push(x);
      }
    return { kind: 'list', items };
  }
  return undefined;
}

function fromJson(x: unknown): Value {
  if (x === null) return { kind: 'null' };
  if (typeof x === 'string') return { kind: 'string', value: x };
  if (typeof x === 'number') return { kind: 'number', value: x };
  if (typeof x === 'boolean') return { kind: 'bool', value: x };
  if (Array.isArray(x)) return { kind: 'list', items: x.map(fromJson) };
  return { kind: 'object', entries: new Map(Object.entries(x as Record<string, unknown>).map(([k, v]) => [k, fromJson(v)])) };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Case change of the literal parts of a text with `${expr}` unknowns (the expressions stay as written). */
function caseOutsideUnknowns(text: string, lower: boolean): string {
  return text.replace(/(\$\{[^}]*\})|([^$]+|\$)/g, (m, u: string | undefined) => (u ? m : lower ? m.toLowerCase() : m.toUpperCase()));
}

export interface ArmTemplateInput {
  file: string;
  template: ObjectValue;
  /** Parameter values: from parameter files and `--param`, by name. */
  parameters: Map<string, Value>;
}

export function evaluateArmTemplate(input: ArmTemplateInput): ArmEvaluation {
  const evaluator = new ArmEvaluator(input.file);
  const schema = stringOf(input.template.entries.get('$schema'));
  const { exhausted } = runWithBudget('template', () => evaluator.template(input.template, input.parameters, schemaScope(schema), '', false, 0));
  if (exhausted) evaluator.errors.push(exhausted);
  return { resources: evaluator.resources, unresolved: evaluator.unresolved, errors: evaluator.errors };
}
