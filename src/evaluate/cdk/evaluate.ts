/**
 * Evaluates CDK and CDKTF TypeScript apps without running them: a small interpreter over the syntax tree that knows
 * literals, `const`/`let` bindings, template literals, object spread, relative imports, project classes (a stack's
 * constructor runs with `this` bound to the construct), simple functions, and the IAM-relevant library calls.
 * Anything else evaluates to an unknown value holding the expression's text.
 */
import path from 'node:path';
import type { SourceFile } from '../../model/document.js';
import type { SourceSpan } from '../../model/span.js';
import type { Value } from '../value.js';
import { nodeSpan, nodeText, parseTypeScript, type t } from '../../parse/typescript/index.js';
import type { AddedStatement, CdkEvaluation, CdkObject, JsArray, JsImportRef, JsRecord, JsValue } from './model.js';
import { CDK_CLASS_ALIASES, CDK_CONSTRUCTS, LAMBDA_BASIC_EXECUTION_POLICY } from '../../extract/cdk-facts.js';
import { toTfResource, isCdktfSource, snakeCase } from './cdktf.js';
import { BudgetExhausted, countStep, runWithBudget } from '../budget.js';
import { mayHoldDirective } from '../../shared/directives.js';

/** Enough to follow helpers and loops of real apps; deeper means recursion we should not chase. */
const MAX_CALL_DEPTH = 12;
const MAX_LOOP_ITEMS = 200;

interface Module {
  file: SourceFile;
  program?: t.Program;
  scope: Scope;
  imports: Map<string, { source: string; imported: string }>;
  exports: Map<string, Js>;
  state: 'new' | 'running' | 'done';
}

interface Binding {
  value: Js;
}

class Scope {
  readonly vars = new Map<string, Binding>();
  constructor(
    readonly parent: Scope | undefined,
    readonly module: Module,
    readonly self?: CdkObject,
  ) {}
  lookup(name: string): Binding | undefined {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }
  get thisObject(): CdkObject | undefined {
    return this.self ?? this.parent?.thisObject;
  }
}

/** A function or class of the project, as a value. */
interface LocalCallable {
  kind: 'local';
  node: t.FunctionDeclaration | t.ArrowFunctionExpression | t.FunctionExpression | t.ClassDeclaration | t.ClassExpression;
  module: Module;
  closure: Scope;
}

type Js = JsValue | LocalCallable;

const PSEUDO: Record<string, string> = {
  ACCOUNT_ID: '${AWS::AccountId}',
  REGION: '${AWS::Region}',
  PARTITION: '${AWS::Partition}',
  STACK_NAME: '${AWS::StackName}',
  URL_SUFFIX: '${AWS::URLSuffix}',
};
const STACK_MEMBERS: Record<string, string> = { account: 'ACCOUNT_ID', region: 'REGION', partition: 'PARTITION', stackName: 'STACK_NAME', urlSuffix: 'URL_SUFFIX' };

const IDENTITY_CLASSES = new Set(['Role', 'User', 'Group']);
const PRINCIPAL_CLASSES = new Set([
  'ServicePrincipal', 'AccountPrincipal', 'ArnPrincipal', 'AnyPrincipal', 'StarPrincipal', 'AccountRootPrincipal', 'FederatedPrincipal',
  'WebIdentityPrincipal', 'OpenIdConnectPrincipal', 'SamlPrincipal', 'CompositePrincipal', 'OrganizationPrincipal', 'CanonicalUserPrincipal',
]);

export function isCdkSource(source: string): boolean {
  return source === 'aws-cdk-lib' || source.startsWith('aws-cdk-lib/') || source.startsWith('@aws-cdk/') || source === 'constructs' || isCdktfSource(source);
}

export function evaluateCdk(files: readonly SourceFile[], all: ReadonlyMap<string, SourceFile>): CdkEvaluation {
  return new CdkEvaluator(all).run(files);
}

class CdkEvaluator {
  private readonly modules = new Map<string, Module>();
  private readonly out: CdkEvaluation = { objects: [], tfResources: [], errors: [], unresolved: [], comments: new Map() };
  /** Project classes that some `new` ran; the others run once on their own. */
  private readonly instantiated = new Set<t.Node>();
  private depth = 0;
  constructor(private readonly all: ReadonlyMap<string, SourceFile>) {}

  run(files: readonly SourceFile[]): CdkEvaluation {
    const modules = files.map((f) => this.module(f));
    for (const m of modules) this.guarded(m, () => this.runModule(m));
    // Stacks and constructs whose instantiation is not among the scanned files: read once, named by their class.
    for (const m of modules) {
      for (const stmt of m.program?.body ?? []) {
        const decl = classDeclarationOf(stmt);
        if (!decl || this.instantiated.has(decl) || !decl.superClass || !decl.id) continue;
        const self = this.makeObject(decl.id.name, '', decl.id.name, nodeSpan(decl, m.file.path, decl.id.name), emptyRecord(), []);
        self.stack = self;
        this.guarded(m, () => this.runClass({ kind: 'local', node: decl, module: m, closure: m.scope }, self, []));
      }
    }
    return this.out;
  }

  /** A defect of the evaluator on one file is that file's error, not the end of the scan. */
  private guarded(m: Module, work: () => void): void {
    try {
      // Each module run and each class read on its own is one unit of work with its own budget.
      const { exhausted } = runWithBudget('app', work);
      if (exhausted) this.out.errors.push(exhausted);
    } catch (e) {
      this.depth = 0;
      this.out.errors.push({ file: m.file.path, line: 1, column: 1, message: `cdk front end failed: ${(e as Error).message}`, code: 'internal' });
    }
  }

  // ---------- modules ----------

  private module(file: SourceFile): Module {
    let m = this.modules.get(file.path);
    if (m) return m;
    const parsed = parseTypeScript(file.text, file.path);
    m = { file, scope: undefined as unknown as Scope, imports: new Map(), exports: new Map(), state: 'new' };
    if (parsed.program) m.program = parsed.program;
    m.scope = new Scope(undefined, m);
    if (parsed.error) this.out.errors.push(parsed.error);
    const directives = parsed.comments.filter(mayHoldDirective);
    if (directives.length > 0) this.out.comments.set(file.path, directives);
    this.modules.set(file.path, m);
    for (const stmt of parsed.program?.body ?? []) {
      if (stmt.type !== 'ImportDeclaration' || stmt.importKind === 'type') continue;
      for (const s of stmt.specifiers) {
        const imported = s.type === 'ImportSpecifier' ? (s.imported.type === 'Identifier' ? s.imported.name : s.imported.value) : s.type === 'ImportDefaultSpecifier' ? 'default' : '*';
        m.imports.set(s.local.name, { source: stmt.source.value, imported });
      }
    }
    return m;
  }

  private runModule(m: Module): void {
    if (m.state !== 'new') return;
    m.state = 'running';
    const body = m.program?.body ?? [];
    // Declarations first, so code may use classes and functions declared below it.
    for (const stmt of body) this.hoist(stmt, m.scope);
    this.statements(body, m.scope);
    m.state = 'done';
  }

  /** The module a relative import names, when it is a file of the project. */
  private relativeModule(from: Module, source: string): Module | undefined {
    if (!source.startsWith('.')) return undefined;
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(from.file.path), source)).replace(/\.js$/, '');
    for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
      const file = this.all.get(candidate);
      if (file) return this.module(file);
    }
    return undefined;
  }

  private importedValue(m: Module, name: string, span: SourceSpan): Js | undefined {
    const imp = m.imports.get(name);
    if (!imp) return undefined;
    const target = this.relativeModule(m, imp.source);
    if (target) {
      this.runModule(target);
      if (imp.imported === '*') return { kind: 'record', entries: new Map([...target.exports].map(([k, v]) => [k, v])) } as JsRecord;
      const exported = target.exports.get(imp.imported) ?? target.scope.lookup(imp.imported)?.value;
      return exported ?? { kind: 'unknown', expr: name, reason: 'unresolved-import', span };
    }
    if (imp.source.startsWith('.')) return { kind: 'unknown', expr: name, reason: 'unresolved-import', span };
    return { kind: 'import', source: imp.source, path: imp.imported === '*' || imp.imported === 'default' ? [] : [imp.imported], span };
  }

  // ---------- statements ----------

  private hoist(stmt: t.Statement, scope: Scope): void {
    const inner = stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration' ? stmt.declaration : stmt;
    if (!inner) return;
    if ((inner.type === 'FunctionDeclaration' || inner.type === 'ClassDeclaration') && inner.id) {
      const value: LocalCallable = { kind: 'local', node: inner, module: scope.module, closure: scope };
      scope.vars.set(inner.id.name, { value });
      if (stmt.type !== inner.type) scope.module.exports.set(stmt.type === 'ExportDefaultDeclaration' ? 'default' : inner.id.name, value);
    }
  }

  /** Runs statements; returns the value of a `return` when one is reached. */
  private statements(body: readonly t.Statement[], scope: Scope): Js | undefined {
    for (const stmt of body) {
      const returned = this.statement(stmt, scope);
      if (returned !== undefined) return returned;
    }
    return undefined;
  }

  private statement(stmt: t.Statement, scope: Scope): Js | undefined {
    switch (stmt.type) {
      case 'ExpressionStatement':
        this.expr(stmt.expression, scope);
        return undefined;
      case 'VariableDeclaration':
        this.declare(stmt, scope);
        return undefined;
      case 'ExportNamedDeclaration':
        if (stmt.declaration?.type === 'VariableDeclaration') {
          this.declare(stmt.declaration, scope);
          for (const d of stmt.declaration.declarations) {
            if (d.id.type === 'Identifier') scope.module.exports.set(d.id.name, scope.lookup(d.id.name)!.value);
          }
        }
        for (const s of stmt.specifiers) {
          if (s.type !== 'ExportSpecifier') continue;
          const exported = s.exported.type === 'Identifier' ? s.exported.name : s.exported.value;
          const value = scope.lookup(s.local.name)?.value;
          if (value) scope.module.exports.set(exported, value);
        }
        return undefined;
      case 'ExportDefaultDeclaration':
        if (stmt.declaration.type !== 'ClassDeclaration' && stmt.declaration.type !== 'FunctionDeclaration' && stmt.declaration.type !== 'TSDeclareFunction') {
          scope.module.exports.set('default', this.expr(stmt.declaration, scope));
        }
        return undefined;
      case 'FunctionDeclaration':
      case 'ClassDeclaration':
        if (scope.parent) this.hoist(stmt, scope);
        return undefined;
      case 'BlockStatement':
        return this.block(stmt.body, scope);
      case 'IfStatement': {
        // Both branches may run: their grants are all reported.
        const a = this.statement(stmt.consequent, new Scope(scope, scope.module));
        if (a !== undefined) return a;
        return stmt.alternate ? this.statement(stmt.alternate, new Scope(scope, scope.module)) : undefined;
      }
      case 'TryStatement':
        return this.block(stmt.block.body, scope);
      case 'ForOfStatement':
        this.forOf(stmt, scope);
        return undefined;
      case 'ReturnStatement':
        return stmt.argument ? this.expr(stmt.argument, scope) : { kind: 'null' };
      default:
        return undefined;
    }
  }

  private block(body: readonly t.Statement[], scope: Scope): Js | undefined {
    const inner = new Scope(scope, scope.module);
    for (const s of body) this.hoist(s, inner);
    return this.statements(body, inner);
  }

  private forOf(stmt: t.ForOfStatement, scope: Scope): void {
    const iterable = this.expr(stmt.right, scope);
    if (iterable.kind !== 'array' && iterable.kind !== 'list') return;
    const items: Js[] = iterable.kind === 'array' ? iterable.items : iterable.items;
    for (const item of items.slice(0, MAX_LOOP_ITEMS)) {
      const inner = new Scope(scope, scope.module);
      const left = stmt.left.type === 'VariableDeclaration' ? stmt.left.declarations[0]?.id : stmt.left;
      if (left) this.bindPattern(left as t.LVal, item, inner);
      this.statement(stmt.body, inner);
    }
  }

  private declare(decl: t.VariableDeclaration, scope: Scope): void {
    for (const d of decl.declarations) {
      const value: Js = d.init ? this.expr(d.init, scope) : { kind: 'null' };
      this.bindPattern(d.id, value, scope);
    }
  }

  private bindPattern(pattern: t.LVal | t.VoidPattern, value: Js, scope: Scope): void {
    if (pattern.type === 'Identifier') scope.vars.set(pattern.name, { value });
    else if (pattern.type === 'ObjectPattern') {
      for (const p of pattern.properties) {
        if (p.type === 'ObjectProperty' && p.key.type === 'Identifier') {
          const member = value.kind === 'record' ? value.entries.get(p.key.name) : undefined;
          this.bindPattern(p.value as t.LVal, member ?? { kind: 'unknown', expr: p.key.name, reason: 'unsupported-expression' }, scope);
        }
      }
    } else if (pattern.type === 'ArrayPattern') {
      pattern.elements.forEach((el, i) => {
        if (!el) return;
        const item = value.kind === 'array' ? value.items[i] : undefined;
        this.bindPattern(el, item ?? { kind: 'unknown', expr: `[${i}]`, reason: 'unsupported-expression' }, scope);
      });
    } else if (pattern.type === 'AssignmentPattern') {
      this.bindPattern(pattern.left, value.kind === 'null' ? this.expr(pattern.right, scope) : value, scope);
    }
  }

  // ---------- expressions ----------

  private span(node: t.Node, scope: Scope): SourceSpan {
    return nodeSpan(node, scope.module.file.path);
  }

  private text(node: t.Node, scope: Scope): string {
    return nodeText(node, scope.module.file.text);
  }

  private unknown(node: t.Node, scope: Scope, reason = 'unsupported-expression'): Value {
    return { kind: 'unknown', expr: this.text(node, scope), reason, span: this.span(node, scope) };
  }

  expr(node: t.Expression | t.SpreadElement | t.ArgumentPlaceholder | t.JSXNamespacedName | t.PrivateName, scope: Scope): Js {
    const span = this.span(node, scope);
    if (countStep()) throw new BudgetExhausted(span.file, span);
    switch (node.type) {
      case 'StringLiteral':
        return { kind: 'string', value: node.value, span };
      case 'NumericLiteral':
        return { kind: 'number', value: node.value, span };
      case 'BooleanLiteral':
        return { kind: 'bool', value: node.value, span };
      case 'NullLiteral':
        return { kind: 'null', span };
      case 'TemplateLiteral':
        return this.template(node, scope);
      case 'ArrayExpression': {
        const items: JsValue[] = [];
        for (const el of node.elements) {
          if (!el) continue;
          if (el.type === 'SpreadElement') {
            const spread = this.expr(el.argument, scope);
            if (spread.kind === 'array') items.push(...spread.items);
            else if (spread.kind === 'list') items.push(...spread.items);
            else items.push(this.unknown(el, scope));
          } else items.push(this.expr(el, scope) as JsValue);
        }
        return { kind: 'array', items, span };
      }
      case 'ObjectExpression':
        return this.object(node, scope);
      case 'Identifier':
        return this.identifier(node, scope);
      case 'ThisExpression':
        return scope.thisObject ?? this.unknown(node, scope);
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'ParenthesizedExpression':
        return this.expr(node.expression, scope);
      case 'MemberExpression':
      case 'OptionalMemberExpression':
        return this.member(node, scope);
      case 'NewExpression':
        return this.construct(node, scope);
      case 'CallExpression':
      case 'OptionalCallExpression':
        return this.call(node, scope);
      case 'AssignmentExpression':
        return this.assign(node, scope);
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
      case 'ClassExpression':
        return { kind: 'local', node, module: scope.module, closure: scope };
      case 'BinaryExpression':
        if (node.operator === '+' && node.left.type !== 'PrivateName') {
          const l = this.expr(node.left, scope);
          const r = this.expr(node.right, scope);
          if ((l.kind === 'string' || l.kind === 'unknown') && (r.kind === 'string' || r.kind === 'number' || r.kind === 'unknown')) return concat([l, r], span);
        }
        return this.unknown(node, scope);
      case 'LogicalExpression': {
        // `props?.name ?? 'default'`: the known side.
        const l = this.expr(node.left, scope);
        if (node.operator === '??' || node.operator === '||') return l.kind === 'null' || l.kind === 'unknown' ? this.expr(node.right, scope) : l;
        return this.unknown(node, scope);
      }
      default:
        return this.unknown(node, scope);
    }
  }

  private template(node: t.TemplateLiteral, scope: Scope): Value {
    const parts: Value[] = [];
    node.quasis.forEach((q, i) => {
      parts.push({ kind: 'string', value: q.value.cooked ?? q.value.raw });
      const e = node.expressions[i];
      if (e && e.type !== 'TSAnyKeyword' && !e.type.startsWith('TS')) {
        const v = this.expr(e as t.Expression, scope);
        parts.push(v.kind === 'string' || v.kind === 'number' || v.kind === 'bool' ? v : v.kind === 'unknown' ? v : this.unknown(e, scope));
      }
    });
    return concat(parts, this.span(node, scope));
  }

  private object(node: t.ObjectExpression, scope: Scope): JsRecord {
    const entries = new Map<string, JsValue>();
    const keySpans = new Map<string, SourceSpan>();
    for (const p of node.properties) {
      if (p.type === 'SpreadElement') {
        const spread = this.expr(p.argument, scope);
        if (spread.kind === 'record') {
          for (const [k, v] of spread.entries) entries.set(k, v);
          for (const [k, s] of spread.keySpans ?? []) keySpans.set(k, s);
        }
        continue;
      }
      if (p.type !== 'ObjectProperty' && p.type !== 'ObjectMethod') continue;
      const key = p.key.type === 'Identifier' && !p.computed ? p.key.name : p.key.type === 'StringLiteral' ? p.key.value : p.key.type === 'NumericLiteral' ? String(p.key.value) : undefined;
      if (key === undefined || p.type === 'ObjectMethod') continue;
      entries.set(key, this.expr(p.value as t.Expression, scope) as JsValue);
      keySpans.set(key, this.span(p, scope));
    }
    return { kind: 'record', entries, span: this.span(node, scope), keySpans };
  }

  private identifier(node: t.Identifier, scope: Scope): Js {
    if (node.name === 'undefined') return { kind: 'null', span: this.span(node, scope) };
    const bound = scope.lookup(node.name);
    if (bound) return bound.value;
    const imported = this.importedValue(scope.module, node.name, this.span(node, scope));
    if (imported) return imported;
    if (node.name === 'JSON') return { kind: 'import', source: '', path: ['JSON'] };
    return this.unknown(node, scope, 'unknown-name');
  }

  private member(node: t.MemberExpression | t.OptionalMemberExpression, scope: Scope): Js {
    const name = !node.computed && node.property.type === 'Identifier' ? node.property.name : node.property.type === 'StringLiteral' ? node.property.value : undefined;
    const object = this.expr(node.object, scope);
    if (name === undefined) {
      if (node.property.type === 'NumericLiteral' && object.kind === 'array') return object.items[node.property.value] ?? this.unknown(node, scope);
      return this.unknown(node, scope);
    }
    const span = this.span(node, scope);
    switch (object.kind) {
      case 'record':
        return object.entries.get(name) ?? { kind: 'null', span };
      case 'import': {
        const ref: JsImportRef = { kind: 'import', source: object.source, path: [...object.path, name], span };
        return staticMember(ref) ?? ref;
      }
      case 'cdk':
        return this.objectMember(object, name, node, scope);
      case 'string':
        return name === 'length' ? { kind: 'number', value: object.value.length, span } : this.unknown(node, scope);
      default:
        return this.unknown(node, scope);
    }
  }

  /** A member of a library object: fields, known attributes (`bucket.bucketArn` → `${Stack/Bucket.Arn}`), the stack's pseudo parameters. */
  private objectMember(o: CdkObject, name: string, node: t.Node, scope: Scope): Js {
    const field = o.fields.get(name);
    if (field) return field;
    const span = this.span(node, scope);
    if (STACK_MEMBERS[name] && isStackLike(o)) {
      const account = name === 'account' ? knownEnvAccount(o) : undefined;
      return { kind: 'string', value: account ?? PSEUDO[STACK_MEMBERS[name]!]!, span };
    }
    if ((name === 'grantPrincipal' || name === 'role') && IDENTITY_CLASSES.has(o.className)) return o;
    if (name === 'grantPrincipal' && o.fields.has('role')) return o.fields.get('role')!;
    const fact = CDK_CONSTRUCTS[o.className];
    const attribute = fact?.attributes[name];
    if (attribute) return attributeValue(o, attribute, span);
    if (o.className === 'ManagedPolicy' && name === 'managedPolicyArn' && o.arn) return { kind: 'string', value: o.arn, span };
    if (isCdktfSource(o.source)) return this.tfAttribute(o, name, node, scope);
    return this.unknown(node, scope);
  }

  private tfAttribute(o: CdkObject, name: string, node: t.Node, scope: Scope): Value {
    const address = o.tfAddress;
    const attr = snakeCase(name);
    if (!address) return this.unknown(node, scope);
    return { kind: 'unknown', expr: `${address}.${attr}`, ref: { address, attribute: attr }, reason: 'computed-attribute', span: this.span(node, scope) };
  }

  private assign(node: t.AssignmentExpression, scope: Scope): Js {
    const value = this.expr(node.right, scope);
    if (node.operator !== '=') return value;
    if (node.left.type === 'MemberExpression' && !node.left.computed && node.left.property.type === 'Identifier') {
      const target = this.expr(node.left.object, scope);
      if (target.kind === 'cdk') target.fields.set(node.left.property.name, value as JsValue);
      else if (target.kind === 'record') target.entries.set(node.left.property.name, value as JsValue);
    } else if (node.left.type === 'Identifier') {
      const bound = scope.lookup(node.left.name);
      if (bound) bound.value = value;
    }
    return value;
  }

  private args(nodes: ReadonlyArray<t.Expression | t.SpreadElement | t.ArgumentPlaceholder>, scope: Scope): JsValue[] {
    const out: JsValue[] = [];
    for (const a of nodes) {
      if (a.type === 'SpreadElement') {
        const spread = this.expr(a.argument, scope);
        if (spread.kind === 'array') out.push(...spread.items);
        else out.push(this.unknown(a, scope));
      } else out.push(this.expr(a, scope) as JsValue);
    }
    return out;
  }

  // ---------- new ----------

  private construct(node: t.NewExpression, scope: Scope): Js {
    const callee = node.callee.type === 'Super' ? undefined : this.expr(node.callee as t.Expression, scope);
    const args = this.args(node.arguments, scope);
    const span = this.span(node, scope);
    if (callee && isLocal(callee) && (callee.node.type === 'ClassDeclaration' || callee.node.type === 'ClassExpression')) {
      const name = callee.node.id?.name ?? 'Construct';
      const scopeObject = args[0]?.kind === 'cdk' ? args[0] : undefined;
      const self = this.makeObject(name, '', this.childPath(scopeObject, args[1]), span, args[2]?.kind === 'record' ? args[2] : emptyRecord(), args);
      // A project class directly under the app (or a stage) is a stack; deeper ones belong to their scope's stack.
      self.stack = !scopeObject || scopeObject.className === 'App' || scopeObject.className === 'Stage' ? self : (scopeObject.stack ?? self);
      this.instantiated.add(callee.node);
      this.runClass(callee, self, args);
      return self;
    }
    if (!callee || callee.kind !== 'import' || callee.path.length === 0) return this.unknown(node, scope);
    const rawName = callee.path[callee.path.length - 1]!;
    const className = CDK_CLASS_ALIASES[rawName] ?? rawName;
    if (!isCdkSource(callee.source)) return this.unknown(node, scope);
    if (PRINCIPAL_CLASSES.has(className) || className === 'PolicyStatement' || className === 'PolicyDocument') {
      const props = args.find((a): a is JsRecord => a.kind === 'record') ?? emptyRecord();
      const o = this.makeObject(className, callee.source, '', span, props, args);
      if (className === 'PolicyStatement') o.span = props.span ?? span;
      if (className === 'PolicyDocument') this.addStatements(o, props.entries.get('statements'), node);
      return o;
    }
    // Constructs: (scope, id, props).
    const scopeObject = args[0]?.kind === 'cdk' ? args[0] : undefined;
    const props = args[2]?.kind === 'record' ? args[2] : emptyRecord();
    const o = this.makeObject(className, callee.source, this.childPath(scopeObject, args[1]), span, props, args);
    if (className === 'App') o.path = '';
    if (className === 'Stack' || className === 'TerraformStack') o.stack = o;
    else if (scopeObject?.stack) o.stack = scopeObject.stack;
    this.initConstruct(o, node);
    if (isCdktfSource(callee.source)) {
      const resource = toTfResource(o, rawName, callee.source, args[1]);
      if (resource) {
        o.tfAddress = resource.mode === 'data' ? `data.${resource.type}.${resource.name}` : `${resource.type}.${resource.name}`;
        this.out.tfResources.push(resource);
      }
    }
    return o;
  }

  private childPath(scopeObject: CdkObject | undefined, id: JsValue | undefined): string {
    const idText = id?.kind === 'string' ? id.value : id?.kind === 'unknown' ? '${' + id.expr + '}' : '?';
    return scopeObject && scopeObject.path !== '' ? `${scopeObject.path}/${idText}` : idText;
  }

  private makeObject(className: string, source: string, objectPath: string, span: SourceSpan, props: JsRecord, args: JsValue[]): CdkObject {
    const o: CdkObject = { kind: 'cdk', className, source, path: objectPath, span, props, args, fields: new Map(), statements: [], resourceStatements: [], attachedTo: [], managedPolicies: [] };
    this.out.objects.push(o);
    return o;
  }

  /** What the construct's properties mean for IAM (statements given up front, a function's role, a key's default policy). */
  private initConstruct(o: CdkObject, node: t.NewExpression): void {
    const p = o.props.entries;
    switch (o.className) {
      case 'Policy':
      case 'ManagedPolicy': {
        this.addStatements(o, p.get('statements'), node);
        const document = p.get('document');
        if (document?.kind === 'cdk') o.statements.push(...document.statements);
        if (o.className === 'ManagedPolicy') {
          const name = p.get('managedPolicyName');
          o.arn = `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy/${name?.kind === 'string' ? name.value : o.path}`;
        }
        break;
      }
      case 'Role':
      case 'User':
      case 'Group': {
        const managed = p.get('managedPolicies');
        if (managed?.kind === 'array') o.managedPolicies.push(...managed.items);
        break;
      }
      case 'Function': {
        const role = p.get('role');
        if (role?.kind === 'cdk') o.fields.set('role', role);
        else {
          const implicit = this.makeObject('Role', 'aws-cdk-lib/aws-iam', `${o.path}/ServiceRole`, o.span, emptyRecord(), []);
          implicit.stack = o.stack;
          const trust = this.makeObject('ServicePrincipal', 'aws-cdk-lib/aws-iam', '', o.span, emptyRecord(), [{ kind: 'string', value: 'lambda.amazonaws.com', span: o.span }]);
          implicit.props.entries.set('assumedBy', trust);
          implicit.managedPolicies.push(awsManaged(LAMBDA_BASIC_EXECUTION_POLICY, o.span));
          implicit.fields.set('implicitFor', o);
          o.fields.set('role', implicit);
        }
        const initial = p.get('initialPolicy');
        const fnRole = o.fields.get('role');
        if (fnRole?.kind === 'cdk') this.addStatements(fnRole, initial, node);
        break;
      }
      case 'Key': {
        // The default key policy lets the account administer the key.
        const account = (o.stack && knownEnvAccount(o.stack)) ?? '${AWS::AccountId}';
        const statement: Value = objectValue(
          {
            Action: 'kms:*',
            Effect: 'Allow',
            Principal: objectValue({ AWS: `arn:\${AWS::Partition}:iam::${account}:root` }, o.span),
            Resource: '*',
          },
          o.span,
        );
        o.resourceStatements.push({ statement: { kind: 'fact', value: statement }, span: o.span, grantMethod: 'Key default policy' });
        break;
      }
      default:
        break;
    }
  }

  private addStatements(target: CdkObject, list: JsValue | undefined, node: t.Node): void {
    if (!list) return;
    const items = list.kind === 'array' ? list.items : [list];
    for (const item of items) {
      if (item.kind === 'cdk' && item.className === 'PolicyStatement') target.statements.push({ statement: item, span: item.span });
      else if (item.kind === 'unknown') {
        this.out.unresolved.push({ span: item.span ?? nodeSpan(node, target.span.file), expr: item.expr, reason: item.reason ?? 'statement could not be evaluated' });
      }
    }
  }

  private runClass(cls: LocalCallable, self: CdkObject, args: JsValue[]): void {
    if (this.depth >= MAX_CALL_DEPTH) return;
    const node = cls.node as t.ClassDeclaration | t.ClassExpression;
    const ctor = node.body.body.find((m): m is t.ClassMethod => m.type === 'ClassMethod' && m.kind === 'constructor');
    const scope = new Scope(cls.closure, cls.module, self);
    this.depth++;
    try {
      // Field initializers run before the constructor body (after super()).
      if (ctor) this.bindParams(ctor.params, args, scope);
      const body = ctor?.body.body ?? [];
      const superIndex = body.findIndex((s) => s.type === 'ExpressionStatement' && s.expression.type === 'CallExpression' && s.expression.callee.type === 'Super');
      const superClass = node.superClass ? this.expr(node.superClass, cls.closure) : undefined;
      if (superIndex >= 0 && superClass && isLocal(superClass)) {
        const call = (body[superIndex] as t.ExpressionStatement).expression as t.CallExpression;
        this.runClass(superClass, self, this.args(call.arguments, scope));
      } else if (!ctor && superClass && isLocal(superClass)) this.runClass(superClass, self, args);
      for (const member of node.body.body) {
        if (member.type === 'ClassProperty' && member.value && !member.static && member.key.type === 'Identifier') {
          self.fields.set(member.key.name, this.expr(member.value, scope) as JsValue);
        }
      }
      for (const s of body) this.hoist(s, scope);
      this.statements(body.filter((_, i) => i !== superIndex), scope);
    } finally {
      this.depth--;
    }
  }

  private bindParams(params: ReadonlyArray<t.Node>, args: JsValue[], scope: Scope): void {
    params.forEach((param, i) => {
      let p = param;
      if (p.type === 'TSParameterProperty') p = p.parameter;
      const arg: Js = args[i] ?? { kind: 'null' };
      if (p.type === 'RestElement') {
        this.bindPattern(p.argument as t.LVal, { kind: 'array', items: args.slice(i) }, scope);
        return;
      }
      this.bindPattern(p as t.LVal, arg.kind === 'unknown' && p.type === 'Identifier' ? { ...arg, expr: p.name } : arg, scope);
    });
  }

  // ---------- calls ----------

  private call(node: t.CallExpression | t.OptionalCallExpression, scope: Scope): Js {
    const span = this.span(node, scope);
    const callee = node.callee;
    if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') {
      const method = !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : undefined;
      const object = this.expr(callee.object, scope);
      const args = this.args(node.arguments, scope);
      if (method === undefined) return this.unknown(node, scope);
      if (object.kind === 'import') return this.staticCall(object, method, args, node, scope);
      if (object.kind === 'cdk') return this.method(object, method, args, node, scope);
      if (object.kind === 'array' && method === 'concat') {
        return { kind: 'array', items: [...object.items, ...args.flatMap((a) => (a.kind === 'array' ? a.items : [a]))], span };
      }
      if (object.kind === 'array' && (method === 'map' || method === 'forEach' || method === 'flatMap')) return this.arrayMap(object, method, node, scope);
      if (object.kind === 'string' && method === 'toLowerCase') return { kind: 'string', value: object.value.toLowerCase(), span };
      if (object.kind === 'string' && method === 'toUpperCase') return { kind: 'string', value: object.value.toUpperCase(), span };
      return this.unknown(node, scope);
    }
    if (callee.type === 'Super') return { kind: 'null' };
    const fn = this.expr(callee as t.Expression, scope);
    const args = this.args(node.arguments, scope);
    if (isLocal(fn) && fn.node.type !== 'ClassDeclaration' && fn.node.type !== 'ClassExpression') {
      const result = this.invoke(fn, args, node, scope);
      // Recursion too deep: the caller's own expression is what the user wrote.
      return result.kind === 'unknown' && result.reason === 'recursion' ? this.unknown(node, scope, 'recursion') : result;
    }
    return this.unknown(node, scope);
  }

  private invoke(fn: LocalCallable, args: JsValue[], node: t.Node, scope: Scope): Js {
    if (this.depth >= MAX_CALL_DEPTH) return this.unknown(node, scope, 'recursion');
    const f = fn.node as t.FunctionDeclaration | t.ArrowFunctionExpression | t.FunctionExpression;
    const inner = new Scope(fn.closure, fn.module);
    this.bindParams(f.params, args, inner);
    this.depth++;
    try {
      if (f.body.type !== 'BlockStatement') return this.expr(f.body, inner);
      for (const s of f.body.body) this.hoist(s, inner);
      return this.statements(f.body.body, inner) ?? { kind: 'null' };
    } finally {
      this.depth--;
    }
  }

  private arrayMap(array: JsArray, method: string, node: t.CallExpression | t.OptionalCallExpression, scope: Scope): Js {
    const fnNode = node.arguments[0];
    const fn = fnNode && fnNode.type !== 'SpreadElement' && fnNode.type !== 'ArgumentPlaceholder' ? this.expr(fnNode, scope) : undefined;
    if (!fn || !isLocal(fn)) return this.unknown(node, scope);
    const items: JsValue[] = [];
    array.items.slice(0, MAX_LOOP_ITEMS).forEach((item, i) => {
      const r = this.invoke(fn, [item, { kind: 'number', value: i }], node, scope) as JsValue;
      if (method === 'flatMap' && r.kind === 'array') items.push(...r.items);
      else items.push(r);
    });
    return method === 'forEach' ? { kind: 'null' } : { kind: 'array', items, span: this.span(node, scope) };
  }

  /** Static calls of library classes and globals. */
  private staticCall(ref: JsImportRef, method: string, args: JsValue[], node: t.CallExpression | t.OptionalCallExpression, scope: Scope): Js {
    const owner = ref.path[ref.path.length - 1];
    const span = this.span(node, scope);
    if ((owner === 'JSON' && method === 'stringify') || (owner === 'Fn' && method === 'jsonencode' && isCdktfSource(ref.source)) || (owner === 'Token' && method === 'asString')) {
      const arg = args[0];
      if (!arg) return this.unknown(node, scope);
      if (owner === 'Token') return arg;
      const source = toValue(arg);
      return { kind: 'string', value: JSON.stringify(plainForJson(source)), source, span };
    }
    if (!isCdkSource(ref.source)) return this.unknown(node, scope);
    if (owner === 'ManagedPolicy' && method === 'fromAwsManagedPolicyName') {
      const name = args[0];
      if (name?.kind === 'string') return awsManaged(name.value, span);
      return this.unknown(node, scope);
    }
    if (owner === 'ManagedPolicy' && (method === 'fromManagedPolicyArn' || method === 'fromManagedPolicyName')) {
      const value = args[2];
      const o = this.makeObject('ManagedPolicy', ref.source, '', span, emptyRecord(), args);
      this.out.objects.pop();
      const text = value?.kind === 'string' ? value.value : value?.kind === 'unknown' ? '${' + value.expr + '}' : '?';
      o.arn = method === 'fromManagedPolicyArn' ? text : `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy/${text}`;
      return o;
    }
    if (owner === 'Stack' && method === 'of') return args[0]?.kind === 'cdk' ? (args[0].stack ?? args[0]) : this.unknown(node, scope);
    if (owner === 'Fn' && method === 'join' && args[0]?.kind === 'string' && args[1]?.kind === 'array') {
      const sep = args[0].value;
      const parts: Value[] = [];
      args[1].items.forEach((item, i) => {
        if (i > 0) parts.push({ kind: 'string', value: sep });
        const v = toValue(item);
        parts.push(v.kind === 'string' || v.kind === 'unknown' || v.kind === 'number' ? v : { kind: 'unknown', expr: '?' });
      });
      return concat(parts, span);
    }
    if (owner === 'PolicyStatement' && method === 'fromJson' && args[0]) {
      const o = this.makeObject('PolicyStatement', ref.source, '', span, emptyRecord(), args);
      o.fields.set('json', args[0]);
      return o;
    }
    if ((owner === 'Role' || owner === 'User' || owner === 'Group') && /^from/.test(method)) {
      const o = this.makeObject(owner, ref.source, this.childPath(args[0]?.kind === 'cdk' ? args[0] : undefined, args[1]), span, emptyRecord(), args);
      const id = args[2];
      o.fields.set('imported', id ?? { kind: 'null' });
      return o;
    }
    return this.unknown(node, scope);
  }

  /** Methods of library objects that change who may do what. */
  private method(o: CdkObject, method: string, args: JsValue[], node: t.CallExpression | t.OptionalCallExpression, scope: Scope): Js {
    const span = this.span(node, scope);
    const fact = CDK_CONSTRUCTS[o.className];
    switch (method) {
      case 'addToPolicy':
      case 'addToPrincipalPolicy':
      case 'addToRolePolicy': {
        const identity = o.className === 'Function' ? o.fields.get('role') : o;
        if (identity?.kind === 'cdk') this.addStatements(identity, args[0], node);
        return { kind: 'null' };
      }
      case 'addStatements':
        for (const a of args) this.addStatements(o, a, node);
        return { kind: 'null' };
      case 'addToResourcePolicy':
        if (args[0]?.kind === 'cdk' && args[0].className === 'PolicyStatement') o.resourceStatements.push({ statement: args[0], span: args[0].span });
        return { kind: 'null' };
      case 'attachInlinePolicy':
      case 'addManagedPolicy': {
        const policy = args[0];
        if (policy?.kind === 'cdk' && method === 'attachInlinePolicy') policy.attachedTo.push(o);
        else if (policy) o.managedPolicies.push(policy);
        return { kind: 'null' };
      }
      case 'attachToRole':
      case 'attachToUser':
      case 'attachToGroup':
        if (args[0]?.kind === 'cdk') o.attachedTo.push(args[0]);
        return { kind: 'null' };
      case 'withConditions':
      case 'withSessionTags': {
        const copy: CdkObject = { ...o, fields: new Map(o.fields) };
        if (method === 'withConditions' && args[0]) copy.fields.set('conditions', args[0]);
        if (method === 'withSessionTags') copy.fields.set('sessionTags', { kind: 'bool', value: true });
        return copy;
      }
      case 'addActions':
      case 'addNotActions':
      case 'addResources':
      case 'addNotResources':
      case 'addPrincipals':
      case 'addNotPrincipals': {
        const key = { addActions: 'actions', addNotActions: 'notActions', addResources: 'resources', addNotResources: 'notResources', addPrincipals: 'principals', addNotPrincipals: 'notPrincipals' }[method]!;
        appendProp(o, key, args);
        return { kind: 'null' };
      }
      case 'addAllResources':
        appendProp(o, 'resources', [{ kind: 'string', value: '*', span }]);
        return { kind: 'null' };
      case 'addAnyPrincipal':
        appendProp(o, 'principals', [this.makeObject('AnyPrincipal', o.source, '', span, emptyRecord(), [])]);
        return { kind: 'null' };
      case 'addCondition':
      case 'addConditions': {
        const conditions = (o.props.entries.get('conditions') as JsRecord | undefined) ?? { kind: 'record', entries: new Map() };
        if (method === 'addCondition' && args[0]?.kind === 'string' && args[1]) conditions.entries.set(args[0].value, args[1]);
        if (method === 'addConditions' && args[0]?.kind === 'record') for (const [k, v] of args[0].entries) conditions.entries.set(k, v);
        o.props.entries.set('conditions', conditions);
        return { kind: 'null' };
      }
      case 'arnForObjects':
        if (o.className === 'Bucket') return concat([attributeValue(o, 'Arn', span), { kind: 'string', value: '/' }, toValue(args[0] ?? { kind: 'string', value: '*' })], span);
        return this.unknown(node, scope);
      case 'addPermission':
        if (o.className === 'Function' && args[1]?.kind === 'record') {
          const p = args[1].entries;
          const principal = p.get('principal');
          const action = p.get('action') ?? { kind: 'string', value: 'lambda:InvokeFunction' };
          const statement = this.makeObject('PolicyStatement', o.source, '', span, { kind: 'record', entries: new Map<string, JsValue>([['actions', { kind: 'array', items: [action] }], ['principals', { kind: 'array', items: principal ? [principal] : [] }], ['resources', { kind: 'array', items: [attributeValue(o, 'Arn', span)] }]]), span }, []);
          o.resourceStatements.push({ statement, span, grantMethod: 'Function.addPermission' });
        }
        return { kind: 'null' };
      default:
        break;
    }
    if (fact && method.startsWith('grant')) return this.grantCall(o, method, args, node, scope);
    return this.unknown(node, scope);
  }

  /** `bucket.grantRead(role)` and friends: statements from the facts table, added where CDK adds them. */
  private grantCall(o: CdkObject, method: string, args: JsValue[], node: t.CallExpression | t.OptionalCallExpression, scope: Scope): Js {
    const span = this.span(node, scope);
    const fact = CDK_CONSTRUCTS[o.className]!;
    const grantMethod = `${o.className}.${method}`;
    if (o.className === 'Bucket' && method === 'grantPublicAccess') {
      const key = args[0] ?? { kind: 'string', value: '*' };
      const actions = args.length > 1 ? args.slice(1) : [{ kind: 'string', value: 's3:GetObject' } as Value];
      o.resourceStatements.push({ statement: { kind: 'fact', value: statementValue(actions.map(toValue), [bucketObjects(o, key, span)], span, { AWS: { kind: 'string', value: '*' } }) }, span, grantMethod });
      return { kind: 'null' };
    }
    let statements = fact.grants[method];
    if (!statements && method === 'grant' && args.length > 1) statements = [{ actions: [], resources: ['{arn}'] }];
    if (!statements) return this.unknown(node, scope, 'unsupported-grant-method');
    const grantee = args[0];
    const identity = this.granteeIdentity(grantee);
    const keyArg = args[1] ?? ({ kind: 'string', value: '*' } as Value);
    for (const s of statements) {
      const actions: Value[] = method === 'grant' ? args.slice(1).map(toValue) : s.actions.map((a) => ({ kind: 'string', value: a, span }));
      const resources = s.resources.map((pattern) => resourceFromPattern(o, pattern, keyArg, span));
      if (identity) {
        identity.statements.push({ statement: { kind: 'fact', value: statementValue(actions, resources, span, undefined, s.conditions) }, span, grantMethod });
      } else if (grantee && grantee.kind === 'cdk' && PRINCIPAL_CLASSES.has(grantee.className) && (fact.resourcePolicyType || o.className === 'Function')) {
        // A principal that has no policy of its own: CDK writes the statement into the resource's policy.
        o.resourceStatements.push({ statement: { kind: 'fact', value: statementValue(actions, resources, span, undefined, s.conditions) }, span, grantMethod, principal: grantee });
      } else if (grantee) {
        this.out.unresolved.push({ span, expr: grantee.kind === 'unknown' ? grantee.expr : this.text(node.arguments[0]!, scope), reason: 'grantee could not be resolved' });
      }
    }
    return { kind: 'null' };
  }

  private granteeIdentity(grantee: JsValue | undefined): CdkObject | undefined {
    if (grantee?.kind !== 'cdk') return undefined;
    if (IDENTITY_CLASSES.has(grantee.className)) return grantee;
    const role = grantee.fields.get('role') ?? grantee.fields.get('grantPrincipal');
    return role?.kind === 'cdk' && IDENTITY_CLASSES.has(role.className) ? role : undefined;
  }
}

// ---------- helpers ----------

function isLocal(v: Js): v is LocalCallable {
  return v.kind === 'local';
}

function classDeclarationOf(stmt: t.Statement): t.ClassDeclaration | undefined {
  if (stmt.type === 'ClassDeclaration') return stmt;
  if ((stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration') && stmt.declaration?.type === 'ClassDeclaration') return stmt.declaration;
  return undefined;
}

function emptyRecord(): JsRecord {
  return { kind: 'record', entries: new Map() };
}

function isStackLike(o: CdkObject): boolean {
  return o.stack === o || o.className === 'Stack';
}

function knownEnvAccount(stack: CdkObject): string | undefined {
  const env = stack.props.entries.get('env');
  const account = env?.kind === 'record' ? env.entries.get('account') : undefined;
  return account?.kind === 'string' && !account.unknowns?.length ? account.value : undefined;
}

/** Static members with known values: `Effect.DENY`, `Aws.ACCOUNT_ID`. */
function staticMember(ref: JsImportRef): Value | undefined {
  const [owner, member] = ref.path.slice(-2);
  if (!isCdkSource(ref.source)) return undefined;
  if (owner === 'Effect' && (member === 'ALLOW' || member === 'DENY')) return { kind: 'string', value: member === 'ALLOW' ? 'Allow' : 'Deny', ...(ref.span ? { span: ref.span } : {}) };
  if (owner === 'Aws' && member && PSEUDO[member]) return { kind: 'string', value: PSEUDO[member]!, ...(ref.span ? { span: ref.span } : {}) };
  return undefined;
}

/** `${Stack/Bucket.Arn}` (a `Fn::GetAtt`) or `${Stack/Topic}` (a `Ref`), as the CloudFormation evaluator names them. */
export function attributeValue(o: CdkObject, attribute: string, span?: SourceSpan): Value {
  const expr = attribute === 'Ref' ? o.path : `${o.path}.${attribute}`;
  return { kind: 'unknown', expr, ref: { address: o.path, attribute }, reason: 'computed-attribute', ...(span ? { span } : {}) };
}

function awsManaged(name: string, span: SourceSpan): CdkObject {
  return {
    kind: 'cdk', className: 'ManagedPolicy', source: 'aws-cdk-lib/aws-iam', path: '', span, props: emptyRecord(), args: [], fields: new Map([['awsManaged', { kind: 'bool', value: true }]]),
    statements: [], resourceStatements: [], attachedTo: [], managedPolicies: [], arn: `arn:\${AWS::Partition}:iam::aws:policy/${name}`,
  };
}

function appendProp(o: CdkObject, key: string, items: JsValue[]): void {
  const current = o.props.entries.get(key);
  const list: JsValue[] = current?.kind === 'array' ? current.items : current ? [current] : [];
  o.props.entries.set(key, { kind: 'array', items: [...list, ...items] });
}

/** Joins string parts; unknown parts become `${expr}` and are listed in `unknowns`. */
export function concat(parts: Value[], span: SourceSpan): Value {
  let value = '';
  const unknowns: string[] = [];
  for (const p of parts) {
    if (p.kind === 'string') {
      value += p.value;
      for (const u of p.unknowns ?? []) if (!unknowns.includes(u)) unknowns.push(u);
    } else if (p.kind === 'number' || p.kind === 'bool') value += String(p.value);
    else if (p.kind === 'unknown') {
      value += '${' + p.expr + '}';
      if (!unknowns.includes(p.expr)) unknowns.push(p.expr);
    }
  }
  // A lone unknown stays unknown so it keeps its reference.
  if (parts.length === 1 && parts[0]!.kind === 'unknown') return { ...parts[0]!, span };
  const nonEmpty = parts.filter((p) => !(p.kind === 'string' && p.value === ''));
  if (nonEmpty.length === 1 && nonEmpty[0]!.kind === 'unknown') return { ...nonEmpty[0]!, span };
  return unknowns.length > 0 ? { kind: 'string', value, unknowns, span } : { kind: 'string', value, span };
}

function resourceFromPattern(o: CdkObject, pattern: string, key: JsValue, span: SourceSpan): Value {
  const arn = attributeValue(o, CDK_CONSTRUCTS[o.className]!.arnAttribute, span);
  if (pattern === '{arn}') return arn;
  if (pattern === '{arn}/{key}') return bucketObjects(o, key, span);
  return concat([arn, { kind: 'string', value: pattern.slice('{arn}'.length) }], span);
}

function bucketObjects(o: CdkObject, key: JsValue, span: SourceSpan): Value {
  return concat([attributeValue(o, 'Arn', span), { kind: 'string', value: '/' }, toValue(key)], span);
}

export function objectValue(entries: Record<string, string | Value>, span?: SourceSpan): Value & { kind: 'object' } {
  const map = new Map<string, Value>();
  for (const [k, v] of Object.entries(entries)) map.set(k, typeof v === 'string' ? { kind: 'string', value: v, ...(span ? { span } : {}) } : v);
  return { kind: 'object', entries: map, ...(span ? { span } : {}) };
}

function statementValue(actions: Value[], resources: Value[], span: SourceSpan, principal?: Record<string, Value>, conditions?: Record<string, Record<string, string[]>>): Value {
  const entries: Record<string, Value> = {
    Action: { kind: 'list', items: actions, span },
    Effect: { kind: 'string', value: 'Allow', span },
    Resource: { kind: 'list', items: resources, span },
  };
  if (principal) entries.Principal = { kind: 'object', entries: new Map(Object.entries(principal)), span };
  if (conditions) {
    const ops = new Map<string, Value>();
    for (const [op, keys] of Object.entries(conditions)) {
      ops.set(op, { kind: 'object', entries: new Map(Object.entries(keys).map(([k, vs]) => [k, { kind: 'list', items: vs.map((v) => ({ kind: 'string', value: v }) as Value) }])) });
    }
    entries.Condition = { kind: 'object', entries: ops, span };
  }
  return objectValue(entries, span);
}

/** The Value view of a program value (constructs become unknowns named by their path). */
export function toValue(v: JsValue): Value {
  switch (v.kind) {
    case 'array':
      return { kind: 'list', items: v.items.map(toValue), ...(v.span ? { span: v.span } : {}) };
    case 'record': {
      const entries = new Map<string, Value>();
      for (const [k, x] of v.entries) entries.set(k, toValue(x));
      return { kind: 'object', entries, ...(v.span ? { span: v.span } : {}) };
    }
    case 'import':
      return { kind: 'unknown', expr: [v.source, ...v.path].join('.'), reason: 'unsupported-expression', ...(v.span ? { span: v.span } : {}) };
    case 'cdk': {
      const address = v.tfAddress;
      if (address) return { kind: 'unknown', expr: address, ref: { address, attribute: 'id' }, span: v.span };
      return { kind: 'unknown', expr: v.path || v.className, reason: 'construct', span: v.span };
    }
    default:
      return (v as { kind: string }).kind === 'local' ? { kind: 'unknown', expr: 'function', reason: 'unsupported-expression' } : v;
  }
}

/** JSON text of a value, for `JSON.stringify`: unknowns as `${expr}`. */
function plainForJson(v: Value): unknown {
  switch (v.kind) {
    case 'unknown':
      return '${' + v.expr + '}';
    case 'list':
      return v.items.map(plainForJson);
    case 'object':
      return Object.fromEntries([...v.entries].map(([k, x]) => [k, plainForJson(x)]));
    case 'null':
      return null;
    default:
      return v.value;
  }
}
