/**
 * AWS grants from an evaluated CDK app: trust policies of roles (`assumedBy`), inline and managed policies, the default
 * policy that `addToPolicy` and `grant*` calls fill, standalone `Policy`/`ManagedPolicy` constructs, and resource
 * policies (`addToResourcePolicy`, grants to principals without a policy of their own, a key's default policy).
 * Statements become the same statement objects a synthesized template holds, and go through the shared policy reader,
 * so CDK grants read like the CloudFormation grants of the synthesized template.
 */
import type { Grant, GrantDetails, Principal } from '../../model/grant.js';
import type { ToolError, UnresolvedItem } from '../../model/finding.js';
import type { SourceSpan } from '../../model/span.js';
import type { Value } from '../../evaluate/value.js';
import type { AddedStatement, CdkEvaluation, CdkObject, JsValue } from '../../evaluate/cdk/model.js';
import { attributeValue, concat, objectValue, toValue } from '../../evaluate/cdk/evaluate.js';
import { makeGrant } from '../grant.js';
import { awsManagedPolicyFacts, awsManagedPolicyName } from '../../analyze/aws/policy-semantics.js';
import { classifyPrincipal, grantsFromStatements, readStatement, type PolicyGrantContext, type PrincipalEntry, type PolicyStatement } from './policy.js';
import { CDK_CONSTRUCTS } from '../cdk-facts.js';
// CDK synthesizes the same pseudo parameters: read ARNs exactly as the CloudFormation extractor does.
import { forMatching } from './cloudformation.js';

export interface CdkAwsExtraction {
  grants: Grant[];
  errors: ToolError[];
  unresolved: UnresolvedItem[];
}

type IdentityType = 'role' | 'user' | 'group';

/** The Version CDK writes into every policy document it synthesizes. */
const CDK_POLICY_VERSION = '2012-10-17';

const IDENTITY_NAME_PROPS: Record<string, { type: IdentityType; nameProp: string }> = {
  Role: { type: 'role', nameProp: 'roleName' },
  User: { type: 'user', nameProp: 'userName' },
  Group: { type: 'group', nameProp: 'groupName' },
};

/** A principal of a statement or a trust policy: its Principal element entry, and what assuming it takes. */
interface PrincipalPart {
  key: string;
  value: Value;
  action: string;
  conditions?: Value;
}

export function extractAwsFromCdk(evaluation: CdkEvaluation): CdkAwsExtraction {
  return new CdkExtractor(evaluation).run();
}

function knownString(v: JsValue | undefined): string | undefined {
  return v?.kind === 'string' && !v.unknowns?.length ? v.value : undefined;
}

function itemsOf(v: JsValue | undefined): JsValue[] {
  if (!v || v.kind === 'null') return [];
  return v.kind === 'array' ? v.items : [v];
}

class CdkExtractor {
  private readonly grants: Grant[] = [];
  private readonly errors: ToolError[] = [];
  private readonly unresolved: UnresolvedItem[] = [];
  private readonly byPath = new Map<string, CdkObject>();
  /** Construct paths: their attributes are known at deployment, not worth reporting as unresolved. */
  private readonly paths = new Set<string>();

  constructor(private readonly ev: CdkEvaluation) {
    for (const o of ev.objects) {
      if (o.path !== '' && IDENTITY_NAME_PROPS[o.className]) this.byPath.set(o.path, o);
      if (o.path !== '') this.paths.add(o.path);
    }
  }

  private keepUnresolved = (u: { expr: string; ref?: unknown }): boolean => {
    if (u.ref || this.paths.has(u.expr)) return false;
    const dot = u.expr.lastIndexOf('.');
    return dot < 0 || !this.paths.has(u.expr.slice(0, dot));
  };

  run(): CdkAwsExtraction {
    const managedByIdentity = new Set<CdkObject>();
    for (const o of this.ev.objects) {
      if (!IDENTITY_NAME_PROPS[o.className] || o.source === '') continue;
      for (const m of o.managedPolicies) if (m.kind === 'cdk') managedByIdentity.add(m);
    }
    for (const o of this.ev.objects) {
      if (o.source === '' || o.path === '' && o.className !== 'Policy' && o.className !== 'ManagedPolicy') continue;
      if (IDENTITY_NAME_PROPS[o.className]) this.identity(o);
      else if (o.className === 'Policy' || o.className === 'ManagedPolicy') this.standalonePolicy(o, managedByIdentity.has(o));
      if (o.resourceStatements.length > 0) this.resourcePolicy(o);
    }
    const seen = new Set<string>();
    return { grants: this.grants.filter((g) => !seen.has(g.id) && seen.add(g.id)), errors: this.errors, unresolved: [...this.ev.unresolved, ...this.unresolved] };
  }

  // ---------- principals ----------

  private principalOf(o: CdkObject): Principal {
    const spec = IDENTITY_NAME_PROPS[o.className]!;
    return { type: spec.type, name: knownString(o.props.entries.get(spec.nameProp)) ?? o.path, address: o.path };
  }

  private resolvePrincipal = (entry: PrincipalEntry): Principal | undefined => {
    if (entry.ref) {
      const target = this.byPath.get(entry.ref.address);
      return target ? this.principalOf(target) : undefined;
    }
    if (!entry.value.includes('${AWS::')) return undefined;
    const principal = classifyPrincipal({ key: entry.key, value: forMatching(entry.value) });
    return { ...principal, name: principal.name === forMatching(entry.value) ? entry.value : principal.name };
  };

  /** The Principal element entries a principal object stands for. */
  private principalParts(v: JsValue): PrincipalPart[] {
    if (v.kind === 'array') return v.items.flatMap((i) => this.principalParts(i));
    if (v.kind !== 'cdk') return [{ key: 'AWS', value: toValue(v), action: 'sts:AssumeRole' }];
    const arg = (i: number): Value => toValue(v.args[i] ?? { kind: 'null' });
    const option = (i: number, key: string): JsValue | undefined => {
      const o = v.args[i];
      return o?.kind === 'record' ? o.entries.get(key) : undefined;
    };
    const str = (value: string): Value => ({ kind: 'string', value, span: v.span });
    const root = (account: Value): Value => concat([str('arn:${AWS::Partition}:iam::'), account, str(':root')], v.span);
    let parts: PrincipalPart[];
    switch (v.className) {
      case 'ServicePrincipal': {
        const conditions = option(1, 'conditions');
        parts = [{ key: 'Service', value: arg(0), action: 'sts:AssumeRole', ...(conditions ? { conditions: toValue(conditions) } : {}) }];
        break;
      }
      case 'AccountPrincipal':
        parts = [{ key: 'AWS', value: root(arg(0)), action: 'sts:AssumeRole' }];
        break;
      case 'AccountRootPrincipal':
        parts = [{ key: 'AWS', value: root(str('${AWS::AccountId}')), action: 'sts:AssumeRole' }];
        break;
      case 'ArnPrincipal':
        parts = [{ key: 'AWS', value: arg(0), action: 'sts:AssumeRole' }];
        break;
      case 'AnyPrincipal':
      case 'StarPrincipal':
        parts = [{ key: 'AWS', value: str('*'), action: 'sts:AssumeRole' }];
        break;
      case 'CanonicalUserPrincipal':
        parts = [{ key: 'CanonicalUser', value: arg(0), action: 'sts:AssumeRole' }];
        break;
      case 'OrganizationPrincipal':
        parts = [{ key: 'AWS', value: str('*'), action: 'sts:AssumeRole', conditions: objectValue({ StringEquals: objectValue({ 'aws:PrincipalOrgID': arg(0) }) }) }];
        break;
      case 'FederatedPrincipal':
      case 'WebIdentityPrincipal':
      case 'OpenIdConnectPrincipal':
      case 'SamlPrincipal': {
        const provider = v.args[0];
        const value = provider?.kind === 'cdk' ? attributeValue(provider, 'Ref', provider.span) : arg(0);
        const action =
          v.className === 'FederatedPrincipal'
            ? (knownString(v.args[2]) ?? 'sts:AssumeRole')
            : v.className === 'SamlPrincipal'
              ? 'sts:AssumeRoleWithSAML'
              : 'sts:AssumeRoleWithWebIdentity';
        const conditions = v.args[1];
        parts = [{ key: 'Federated', value, action, ...(conditions && conditions.kind !== 'null' ? { conditions: toValue(conditions) } : {}) }];
        break;
      }
      case 'CompositePrincipal':
        return v.args.flatMap((a) => this.principalParts(a));
      default:
        if (IDENTITY_NAME_PROPS[v.className]) parts = [{ key: 'AWS', value: attributeValue(v, 'Arn', v.span), action: 'sts:AssumeRole' }];
        else if (v.fields.get('role')?.kind === 'cdk') return this.principalParts(v.fields.get('role')!);
        else parts = [{ key: '?', value: toValue(v), action: 'sts:AssumeRole' }];
    }
    const extra = v.fields.get('conditions');
    if (extra) parts = parts.map((p) => ({ ...p, conditions: toValue(extra) }));
    if (v.fields.has('sessionTags')) parts = parts.map((p) => ({ ...p, action: `${p.action},sts:TagSession` }));
    return parts;
  }

  /** `{AWS: [...], Service: [...]}` from principal parts. */
  private principalElement(parts: PrincipalPart[], span: SourceSpan): Value {
    const byKey = new Map<string, Value[]>();
    for (const p of parts) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p.value]);
    const entries = new Map<string, Value>();
    for (const [k, vs] of byKey) entries.set(k, vs.length === 1 ? vs[0]! : { kind: 'list', items: vs, span });
    if (entries.size === 1 && entries.has('?')) return entries.get('?')!;
    return { kind: 'object', entries, span };
  }

  // ---------- statements ----------

  /** A statement as the object a template would hold (AWS element names), spanning where it is written. */
  private statementValue(added: AddedStatement): Value & { kind: 'object' } {
    const s = added.statement;
    const principalGrantee = added.principal;
    if (s.kind === 'fact') {
      const value = s.value as Value & { kind: 'object' };
      if (!principalGrantee) return value;
      const entries = new Map(value.entries);
      entries.set('Principal', this.principalElement(this.principalParts(principalGrantee), added.span));
      return { ...value, entries };
    }
    const json = s.fields.get('json');
    if (json) {
      const v = toValue(json);
      if (v.kind === 'object') return { ...v, span: added.span };
    }
    const p = s.props.entries;
    const entries = new Map<string, Value>();
    const set = (element: string, v: JsValue | undefined) => {
      if (v && v.kind !== 'null') entries.set(element, toValue(v));
    };
    set('Sid', p.get('sid'));
    entries.set('Effect', p.has('effect') ? toValue(p.get('effect')!) : { kind: 'string', value: 'Allow', span: added.span });
    set('Action', p.get('actions'));
    set('NotAction', p.get('notActions'));
    set('Resource', p.get('resources'));
    set('NotResource', p.get('notResources'));
    for (const [prop, element] of [['principals', 'Principal'], ['notPrincipals', 'NotPrincipal']] as const) {
      const list = itemsOf(p.get(prop));
      if (list.length > 0) entries.set(element, this.principalElement(list.flatMap((x) => this.principalParts(x)), added.span));
    }
    set('Condition', p.get('conditions'));
    // A statement without actions has none (CDK rejects it at synthesis); keep the element so the reader reports it.
    if (!entries.has('Action') && !entries.has('NotAction')) entries.set('Action', { kind: 'list', items: [], span: added.span });
    return { kind: 'object', entries, span: added.span };
  }

  private read(list: AddedStatement[]): Array<{ statement: PolicyStatement; added: AddedStatement }> {
    return list.map((added, index) => ({ statement: readStatement(this.statementValue(added), index), added }));
  }

  private emit(list: AddedStatement[], ctx: Omit<PolicyGrantContext, 'format' | 'fallbackSpan'> & { fallbackSpan: SourceSpan }): void {
    for (const { statement, added } of this.read(list)) {
      // CDK renders every policy document with Version 2012-10-17.
      const grants = grantsFromStatements([statement], { ...ctx, format: 'cdk', policyVersion: CDK_POLICY_VERSION, resolvePrincipal: this.resolvePrincipal, keepUnresolved: this.keepUnresolved });
      for (const g of grants) this.grants.push(added.grantMethod ? { ...g, details: { ...g.details, grantMethod: added.grantMethod } } : g);
    }
  }

  // ---------- identities ----------

  private identity(o: CdkObject): void {
    const imported = o.fields.get('imported');
    if (imported) {
      // `Role.fromRoleArn(...)`: CDK attaches what is granted to it as a policy of this stack.
      const text = toValue(imported);
      const name = text.kind === 'string' ? text.value : text.kind === 'unknown' ? '${' + text.expr + '}' : o.path;
      const self: Principal = { type: IDENTITY_NAME_PROPS[o.className]!.type, name };
      this.emit(o.statements, { kind: 'identity-policy', address: `${o.path}/Policy`, principals: [self], policyName: `${o.path}/Policy`, fallbackSpan: o.span, details: { inline: true, imported: true } });
      return;
    }
    const self = this.principalOf(o);
    const details: GrantDetails = {};
    const boundary = o.props.entries.get('permissionsBoundary');
    if (boundary?.kind === 'cdk' && boundary.arn) details.permissionsBoundary = boundary.arn;
    else if (boundary?.kind === 'cdk') details.permissionsBoundary = boundary.path;
    if (o.className === 'Role') this.trust(o, self);
    const inline = o.props.entries.get('inlinePolicies');
    if (inline?.kind === 'record') {
      for (const [name, doc] of inline.entries) {
        if (doc.kind !== 'cdk') {
          this.unresolvedValue(doc, o, 'inline policy could not be evaluated');
          continue;
        }
        this.emit(doc.statements, { kind: 'identity-policy', address: o.path, principals: [self], policyName: name, fallbackSpan: doc.span, details: { ...details, inline: true } });
      }
    }
    for (const m of o.managedPolicies) this.managedPolicy(o, m, self, details);
    if (o.statements.length > 0) {
      this.emit(o.statements, { kind: 'identity-policy', address: `${o.path}/DefaultPolicy`, principals: [self], policyName: `${o.path}/DefaultPolicy`, fallbackSpan: o.span, details: { ...details, inline: true } });
    }
  }

  private trust(o: CdkObject, self: Principal): void {
    const assumedBy = o.props.entries.get('assumedBy');
    if (!assumedBy) return;
    const span = o.props.keySpans?.get('assumedBy') ?? o.span;
    if (assumedBy.kind === 'unknown') {
      this.unresolvedValue(assumedBy, o, 'trusted principal could not be evaluated');
      return;
    }
    const parts = this.principalParts(assumedBy);
    // One statement per way of assuming (action and conditions), as CDK merges them.
    const groups = new Map<string, PrincipalPart[]>();
    for (const p of parts) {
      const key = JSON.stringify([p.action, p.conditions ? toValueKey(p.conditions) : null]);
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    const statements: AddedStatement[] = [];
    for (const group of groups.values()) {
      const first = group[0]!;
      const entries: Record<string, Value> = {
        Action: { kind: 'list', items: first.action.split(',').map((a) => ({ kind: 'string', value: a, span }) as Value), span },
        Effect: { kind: 'string', value: 'Allow', span },
        Principal: this.principalElement(group, span),
      };
      if (first.conditions) entries.Condition = first.conditions;
      statements.push({ statement: { kind: 'fact', value: objectValue(entries, span) }, span });
    }
    this.emit(statements, { kind: 'trust-policy', address: o.path, attachedTo: self.name, policyName: `${self.name} trust policy`, fallbackSpan: span, details: { roleAddress: o.path } });
  }

  private managedPolicy(o: CdkObject, m: JsValue, self: Principal, details: GrantDetails): void {
    if (m.kind !== 'cdk') {
      this.unresolvedValue(m, o, 'managed policy could not be evaluated');
      return;
    }
    if (m.path !== '' && m.className === 'ManagedPolicy') {
      this.emit(m.statements, { kind: 'identity-policy', address: m.path, principals: [self], policyName: policyName(m), fallbackSpan: m.span, details: { ...details, attachment: o.path } });
      return;
    }
    const arn = m.arn ?? m.path;
    const managedName = awsManagedPolicyName(forMatching(arn));
    const facts = awsManagedPolicyFacts(forMatching(arn));
    for (const s of facts?.statements ?? [{ resources: [] as string[] }]) {
      const d: GrantDetails = { ...details, policy: managedName ?? arn, attachment: o.path, attachedTo: self.name };
      if (managedName !== undefined) d.awsManaged = true;
      if (facts) d.managedPolicyLevel = facts.level;
      this.grants.push(
        makeGrant({
          cloud: 'aws',
          kind: 'identity-policy',
          principal: self,
          effect: 'allow',
          actions: s.actions ?? [],
          notActions: s.notActions ?? [],
          resources: s.resources,
          role: arn,
          source: { ...m.span, address: o.path, format: 'cdk' },
          details: d,
        }),
      );
    }
  }

  private standalonePolicy(o: CdkObject, attachedByIdentity: boolean): void {
    const p = o.props.entries;
    const identities = [...itemsOf(p.get('roles')), ...itemsOf(p.get('users')), ...itemsOf(p.get('groups')), ...o.attachedTo];
    const principals: Principal[] = [];
    for (const i of identities) {
      if (i.kind === 'cdk' && IDENTITY_NAME_PROPS[i.className]) principals.push(this.principalOf(i));
      else this.unresolvedValue(i, o, 'policy attachment could not be evaluated');
    }
    if (principals.length === 0 && attachedByIdentity) return;
    const managed = o.className === 'ManagedPolicy';
    const details: GrantDetails = managed ? {} : { inline: true };
    if (principals.length === 0) details.unattached = true;
    this.emit(o.statements, { kind: 'identity-policy', address: o.path, principals, policyName: policyName(o), fallbackSpan: o.span, details });
  }

  private resourcePolicy(o: CdkObject): void {
    const fact = CDK_CONSTRUCTS[o.className];
    const details: GrantDetails = { resourceType: fact?.resourcePolicyType ?? fact?.cfnType ?? o.className, resourceAddress: o.path };
    this.emit(o.resourceStatements, { kind: 'resource-policy', address: o.className === 'Key' ? o.path : `${o.path}/Policy`, attachedTo: o.path, policyName: `${o.path} resource policy`, fallbackSpan: o.span, details });
  }

  private unresolvedValue(v: JsValue, o: CdkObject, reason: string): void {
    const value = toValue(v);
    const expr = value.kind === 'unknown' ? value.expr : JSON.stringify(value.kind);
    this.unresolved.push({ span: { ...(value.span ?? o.span), address: o.path }, expr, reason });
  }
}

function policyName(o: CdkObject): string {
  const p = o.props.entries;
  return knownString(p.get('managedPolicyName')) ?? knownString(p.get('policyName')) ?? o.path;
}

function toValueKey(v: Value): string {
  return JSON.stringify(v, (k, x: unknown) => (k === 'span' ? undefined : x instanceof Map ? [...x] : x));
}

