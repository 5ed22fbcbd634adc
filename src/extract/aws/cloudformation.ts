/**
 * AWS grants from an evaluated CloudFormation template (SAM resources already expanded into the roles SAM would
 * generate): identity policies (inline, managed, attached), trust policies, resource policies, group memberships,
 * access keys and login profiles. `!Ref`/`!GetAtt` to roles, users, groups and managed policies are followed here,
 * which is how a policy reaches the principals it is attached to.
 */
import type { Grant, GrantDetails, Principal } from '../../model/grant.js';
import type { ToolError, UnresolvedItem } from '../../model/finding.js';
import type { SourceSpan } from '../../model/span.js';
import type { CfnEvaluation, CfnResource } from '../../evaluate/cloudformation/model.js';
import type { Value } from '../../evaluate/value.js';
import { awsManagedPolicyFacts, awsManagedPolicyName } from '../../analyze/aws/policy-semantics.js';
import { classifyPrincipal, grantsFromPolicyDocument, type PolicyGrantContext, type PrincipalEntry, type UnresolvedExpr } from './policy.js';
import { isSamWrittenPolicy } from './sam-transform.js';
import { attachedPolicyGrants, credentialGrant, displayText, itemsOf, knownString, lambdaPermissionConditions, lambdaPermissionGrant, lambdaPrincipalKey, membershipGrant, unresolvedExprs } from './shared-extraction.js';
import type { AwsExtraction, IdentityType } from './shared-extraction.js';

export type { AwsExtraction } from './shared-extraction.js';

const IDENTITY_TYPES: Record<string, { type: IdentityType; nameProperty: string }> = {
  'AWS::IAM::Role': { type: 'role', nameProperty: 'RoleName' },
  'AWS::IAM::User': { type: 'user', nameProperty: 'UserName' },
  'AWS::IAM::Group': { type: 'group', nameProperty: 'GroupName' },
};

/** Inline identity policies: type -> property naming the identity. */
const INLINE_POLICIES: Record<string, { identity: IdentityType; property: string }> = {
  'AWS::IAM::RolePolicy': { identity: 'role', property: 'RoleName' },
  'AWS::IAM::UserPolicy': { identity: 'user', property: 'UserName' },
  'AWS::IAM::GroupPolicy': { identity: 'group', property: 'GroupName' },
};

/** Resource policies: type -> policy property and the property naming what it protects (absent: the resource itself). */
const RESOURCE_POLICIES: Record<string, { policy: string; target?: string; nameProperty?: string }> = {
  'AWS::S3::BucketPolicy': { policy: 'PolicyDocument', target: 'Bucket' },
  'AWS::SQS::QueuePolicy': { policy: 'PolicyDocument', target: 'Queues' },
  'AWS::SNS::TopicPolicy': { policy: 'PolicyDocument', target: 'Topics' },
  'AWS::KMS::Key': { policy: 'KeyPolicy' },
  'AWS::ECR::Repository': { policy: 'RepositoryPolicyText', nameProperty: 'RepositoryName' },
  'AWS::SecretsManager::ResourcePolicy': { policy: 'ResourcePolicy', target: 'SecretId' },
  'AWS::Logs::ResourcePolicy': { policy: 'PolicyDocument', nameProperty: 'PolicyName' },
  'AWS::ApiGateway::RestApi': { policy: 'Policy', nameProperty: 'Name' },
  'AWS::OpenSearchService::Domain': { policy: 'AccessPolicies', nameProperty: 'DomainName' },
  'AWS::Elasticsearch::Domain': { policy: 'AccessPolicies', nameProperty: 'DomainName' },
};

/**
 * Text for recognizing ARNs: `${AWS::Partition}` read as `aws` (the grant keeps the text as written). Every partition
 * names AWS managed policies and account roots the same way.
 */
export function forMatching(text: string): string {
  return text.replaceAll('${AWS::Partition}', 'aws').replace(/\$\{AWS::([A-Za-z]+)\}/g, '$${AWS_$1}');
}

/** Every resource type whose properties the extractor reads (the evaluator skips the others). */
export const CLOUDFORMATION_IAM_TYPES: ReadonlySet<string> = new Set([
  ...Object.keys(IDENTITY_TYPES),
  ...Object.keys(INLINE_POLICIES),
  ...Object.keys(RESOURCE_POLICIES),
  'AWS::IAM::Policy',
  'AWS::IAM::ManagedPolicy',
  'AWS::IAM::UserToGroupAddition',
  'AWS::IAM::AccessKey',
  'AWS::SSO::PermissionSet',
  'AWS::Lambda::Permission',
]);

function identityKey(type: IdentityType, name: string): string {
  return `${type}:${name}`;
}

export function extractAwsFromCloudFormation(evaluation: CfnEvaluation): AwsExtraction {
  return new CloudFormationExtractor(evaluation).run();
}

class CloudFormationExtractor {
  private readonly grants: Grant[] = [];
  private readonly errors: ToolError[] = [];
  private readonly unresolved: UnresolvedItem[] = [];
  private readonly byAddress = new Map<string, CfnResource>();
  /** Every logical id of the template, including resources a false condition removed. */
  private readonly logicalIds: Set<string>;
  /** Managed policies of the template that some role, user or group lists in ManagedPolicyArns. */
  private readonly attachedManagedPolicies = new Set<string>();

  /** The first role, user or group of each type with a known name, and the first managed policy of each name. */
  private readonly identitiesByName = new Map<string, CfnResource>();
  private readonly managedPoliciesByName = new Map<string, CfnResource>();

  constructor(private readonly ev: CfnEvaluation) {
    this.logicalIds = new Set(ev.logicalIds);
    for (const r of ev.resources) {
      this.byAddress.set(r.address, r);
      const identity = IDENTITY_TYPES[r.type];
      const name = identity ? knownString(r.properties.get(identity.nameProperty)) : undefined;
      if (identity && name !== undefined) {
        const key = identityKey(identity.type, name);
        if (!this.identitiesByName.has(key)) this.identitiesByName.set(key, r);
      }
      const policyName = r.type === 'AWS::IAM::ManagedPolicy' ? knownString(r.properties.get('ManagedPolicyName')) : undefined;
      if (policyName !== undefined && !this.managedPoliciesByName.has(policyName)) this.managedPoliciesByName.set(policyName, r);
    }
  }

  run(): AwsExtraction {
    for (const r of this.ev.resources) {
      if (!IDENTITY_TYPES[r.type]) continue;
      for (const arn of itemsOf(r.properties.get('ManagedPolicyArns'))) {
        const declared = this.declaredManagedPolicy(arn);
        if (declared) this.attachedManagedPolicies.add(declared.address);
      }
    }
    for (const r of this.ev.resources) {
      const identity = IDENTITY_TYPES[r.type];
      if (identity) this.identity(r, identity.type);
      else if (r.type === 'AWS::IAM::Policy' || r.type === 'AWS::IAM::ManagedPolicy') this.standalonePolicy(r);
      else if (INLINE_POLICIES[r.type]) this.inlinePolicy(r);
      else if (r.type === 'AWS::IAM::UserToGroupAddition') this.userToGroupAddition(r);
      else if (r.type === 'AWS::IAM::AccessKey') this.accessKey(r);
      else if (r.type === 'AWS::SSO::PermissionSet') this.permissionSet(r);
      else if (r.type === 'AWS::Lambda::Permission') this.lambdaPermission(r);
      else if (RESOURCE_POLICIES[r.type]) this.resourcePolicy(r);
    }
    // One statement can reach a principal along two paths (a managed policy's Roles and the role's ManagedPolicyArns).
    const seen = new Set<string>();
    const grants = this.grants.filter((g) => !seen.has(g.id) && seen.add(g.id));
    const errorKeys = new Set<string>();
    const errors = this.errors.filter((e) => {
      const key = `${e.line}:${e.column}:${e.message}`;
      return !errorKeys.has(key) && errorKeys.add(key);
    });
    const unresolvedKeys = new Set<string>();
    const unresolved = this.unresolved.filter((u) => {
      const key = `${u.span.line}:${u.span.column}:${u.expr}`;
      return !unresolvedKeys.has(key) && unresolvedKeys.add(key);
    });
    return { grants, errors, unresolved };
  }

  // ---------- principals ----------

  private principalOf(r: CfnResource, type: IdentityType): Principal {
    const nameProperty = IDENTITY_TYPES[r.type]?.nameProperty;
    const name = nameProperty ? knownString(r.properties.get(nameProperty)) : undefined;
    return { type, name: name ?? r.logicalId, address: r.address };
  }

  /** A role/user/group named by a property: a Ref/GetAtt to a declared identity, its name, or the text as written. */
  private identityNamed(v: Value, type: IdentityType): Principal | undefined {
    if (v.kind === 'unknown' && v.ref) {
      const target = this.byAddress.get(v.ref.address);
      const identity = target ? IDENTITY_TYPES[target.type] : undefined;
      if (target && identity) return this.principalOf(target, identity.type);
      return { type, name: '${' + v.expr + '}' };
    }
    const text = displayText(v);
    if (text === undefined) return undefined;
    const named = this.identitiesByName.get(identityKey(type, text));
    return named ? this.principalOf(named, type) : { type, name: text };
  }

  private identitiesNamed(v: Value | undefined, type: IdentityType): Principal[] {
    return itemsOf(v).flatMap((item) => this.identityNamed(item, type) ?? []);
  }

  /** Principal entries of trust and resource policies that designate a declared role or user. */
  private resolvePrincipal = (entry: PrincipalEntry): Principal | undefined => {
    if (!entry.ref) {
      if (!entry.value.includes('${AWS::')) return undefined;
      const principal = classifyPrincipal({ key: entry.key, value: forMatching(entry.value) });
      return { ...principal, name: principal.name === forMatching(entry.value) ? entry.value : principal.name };
    }
    const target = this.byAddress.get(entry.ref.address);
    const identity = target ? IDENTITY_TYPES[target.type] : undefined;
    return target && identity ? this.principalOf(target, identity.type) : undefined;
  };

  /** Expressions worth reporting: not the attributes of resources declared in the template (computed at deployment). */
  private keepUnresolved = (u: UnresolvedExpr): boolean => {
    if (u.ref) return false;
    const root = u.expr.split('.')[0]!;
    return !this.logicalIds.has(root);
  };

  private unresolvedOf(v: Value | undefined): string[] {
    return unresolvedExprs(v, this.keepUnresolved, false);
  }

  // ---------- policy documents ----------

  private propertySpan(r: CfnResource, property: string): SourceSpan {
    return { ...(r.propertySpans.get(property) ?? r.span), address: r.sourceAddress };
  }

  /** Grants of one policy document; conditional when the resource, the policy entry or the statement is. */
  private emitPolicy(r: CfnResource, property: string, doc: Value | undefined, ctx: Omit<PolicyGrantContext, 'format' | 'fallbackSpan'>, container?: Value, toolWritten = false): void {
    if (!doc || doc.kind === 'null') return;
    // `PolicyDocument: !If [C, a, b]` with C undecidable: each document, conditionally.
    if (doc.kind === 'list' && this.isConditional(doc)) {
      for (const alternative of doc.items) this.emitPolicy(r, property, alternative, ctx, doc, toolWritten);
      return;
    }
    const fallbackSpan = this.propertySpan(r, property);
    if (doc.kind === 'unknown' && !doc.ref) {
      this.unresolved.push({ span: { ...(doc.span ?? fallbackSpan), address: r.sourceAddress }, expr: doc.expr, reason: doc.reason ?? 'policy document could not be evaluated' });
      return;
    }
    const result = grantsFromPolicyDocument(
      doc,
      {
        ...ctx,
        format: 'cloudformation',
        address: r.sourceAddress,
        fallbackSpan,
        keepUnresolved: this.keepUnresolved,
        resolvePrincipal: this.resolvePrincipal,
      },
      toolWritten,
    );
    this.errors.push(...result.errors);
    this.unresolved.push(...result.unresolved);
    const wholeConditional = r.conditional || this.isConditional(doc) || (container !== undefined && this.isConditional(container));
    const statements = doc.kind === 'object' ? doc.entries.get('Statement') : undefined;
    const statementValues = statements?.kind === 'list' ? statements.items : statements ? [statements] : [];
    // A statement yields several grants: decide each statement once.
    const conditionalStatements = new Map<number, boolean>();
    const statementIsConditional = (index: number): boolean => {
      let conditional = conditionalStatements.get(index);
      if (conditional === undefined) {
        const statement = statementValues[index];
        conditional = statement !== undefined && this.isConditionalDeep(statement);
        conditionalStatements.set(index, conditional);
      }
      return conditional;
    };
    for (const g of result.grants) {
      const index = g.details?.statementIndex;
      if (wholeConditional || (typeof index === 'number' && statementIsConditional(index))) this.grants.push(markConditional(g));
      else this.grants.push(g);
    }
  }

  private isConditional(v: Value): boolean {
    return this.ev.conditional.has(v);
  }

  private isConditionalDeep(v: Value): boolean {
    if (this.ev.conditional.has(v)) return true;
    if (v.kind === 'list') return v.items.some((i) => this.isConditionalDeep(i));
    if (v.kind === 'object') for (const x of v.entries.values()) if (this.isConditionalDeep(x)) return true;
    return false;
  }

  /** `Policies: [{PolicyName, PolicyDocument}]` of a role, user or group. */
  private inlinePolicies(r: CfnResource, principal: Principal, details: GrantDetails): void {
    for (const entry of itemsOf(r.properties.get('Policies'))) {
      if (entry.kind === 'unknown') {
        this.unresolved.push({ span: { ...(entry.span ?? this.propertySpan(r, 'Policies')), address: r.sourceAddress }, expr: entry.expr, reason: entry.reason ?? 'policy could not be evaluated' });
        continue;
      }
      if (entry.kind !== 'object') continue;
      const name = displayText(entry.entries.get('PolicyName')) ?? `${r.logicalId} inline policy`;
      const policyName = entry.entries.get('PolicyName');
      const ctx: Omit<PolicyGrantContext, 'format' | 'fallbackSpan'> = { kind: 'identity-policy', policyName: name, principals: [principal], details: { ...details, inline: true } };
      this.emitPolicy(r, 'Policies', entry.entries.get('PolicyDocument'), ctx, entry, isSamWrittenPolicy(policyName));
    }
  }

  /** A managed policy of the template designated by an ARN value (`!Ref Policy`, or its name in an ARN). */
  private declaredManagedPolicy(v: Value): CfnResource | undefined {
    if (v.kind === 'unknown' && v.ref) {
      const target = this.byAddress.get(v.ref.address);
      return target?.type === 'AWS::IAM::ManagedPolicy' ? target : undefined;
    }
    const text = knownString(v);
    if (!text || awsManagedPolicyName(forMatching(text)) !== undefined) return undefined;
    const name = /:policy\/(?:.*\/)?([^/]+)$/.exec(text)?.[1];
    if (!name) return undefined;
    return this.managedPoliciesByName.get(name);
  }

  /** `ManagedPolicyArns`: template policies expand to their statements; others are attachments of an ARN. */
  private managedPolicyArns(r: CfnResource, property: string, principal: Principal, details: GrantDetails): void {
    for (const arnValue of itemsOf(r.properties.get(property))) {
      const declared = this.declaredManagedPolicy(arnValue);
      if (declared) {
        this.emitPolicy(declared, 'PolicyDocument', declared.properties.get('PolicyDocument'), {
          kind: 'identity-policy',
          policyName: this.managedPolicyName(declared),
          principals: [principal],
          details: { ...details, attachment: r.sourceAddress },
        });
        continue;
      }
      this.externalPolicy(r, property, arnValue, principal, details);
    }
  }

  private managedPolicyName(r: CfnResource): string {
    return knownString(r.properties.get('ManagedPolicyName')) ?? knownString(r.properties.get('PolicyName')) ?? r.logicalId;
  }

  /** Attachment of a policy not declared in the template (AWS-managed, another stack's, a parameter). */
  private externalPolicy(r: CfnResource, property: string, arnValue: Value, principal: Principal, extra: GrantDetails): void {
    const arn = displayText(arnValue);
    if (arn === undefined) return;
    const span = { ...(arnValue.span ?? this.propertySpan(r, property)), address: r.sourceAddress };
    const matchable = forMatching(arn);
    const managedName = awsManagedPolicyName(matchable);
    const facts = awsManagedPolicyFacts(matchable);
    const details: GrantDetails = { ...extra, policy: managedName ?? arn, attachment: r.sourceAddress, attachedTo: principal.name };
    if (managedName !== undefined) details.awsManaged = true;
    if (facts) details.managedPolicyLevel = facts.level;
    if (r.conditional || this.isConditional(arnValue)) details.conditional = true;
    this.grants.push(...attachedPolicyGrants(principal, arn, facts, { ...span, format: 'cloudformation' }, this.unresolvedOf(arnValue), details));
  }

  // ---------- resources ----------

  private identity(r: CfnResource, type: IdentityType): void {
    const self = this.principalOf(r, type);
    const details: GrantDetails = {};
    const boundary = displayText(r.properties.get('PermissionsBoundary'));
    if (boundary !== undefined) details.permissionsBoundary = boundary;
    if (r.generatedFrom !== undefined) details.generatedFrom = r.generatedFrom;
    if (type === 'role') {
      this.emitPolicy(r, 'AssumeRolePolicyDocument', r.properties.get('AssumeRolePolicyDocument'), {
        kind: 'trust-policy',
        attachedTo: self.name,
        policyName: `${self.name} trust policy`,
        details: { roleAddress: r.address, ...(r.generatedFrom !== undefined ? { generatedFrom: r.generatedFrom } : {}) },
      });
    }
    this.inlinePolicies(r, self, details);
    this.managedPolicyArns(r, 'ManagedPolicyArns', self, details);
    if (type === 'user') {
      for (const group of this.identitiesNamed(r.properties.get('Groups'), 'group')) this.membership(r, 'Groups', self, group);
      const login = r.properties.get('LoginProfile');
      if (login && login.kind !== 'null') {
        const extra: GrantDetails = {};
        const reset = login.kind === 'object' ? login.entries.get('PasswordResetRequired') : undefined;
        if (reset?.kind === 'bool' || reset?.kind === 'string') extra.passwordResetRequired = String(reset.value) === 'true';
        this.credential(r, 'LoginProfile', self, 'login-profile', extra, []);
      }
    }
  }

  private standalonePolicy(r: CfnResource): void {
    const principals = [
      ...this.identitiesNamed(r.properties.get('Roles'), 'role'),
      ...this.identitiesNamed(r.properties.get('Users'), 'user'),
      ...this.identitiesNamed(r.properties.get('Groups'), 'group'),
    ];
    const managed = r.type === 'AWS::IAM::ManagedPolicy';
    // Attached through a ManagedPolicyArns entry only: those attachments emit its statements.
    if (principals.length === 0 && managed && this.attachedManagedPolicies.has(r.address)) return;
    const details: GrantDetails = managed ? {} : { inline: true };
    if (principals.length === 0) details.unattached = true;
    if (r.generatedFrom !== undefined) details.generatedFrom = r.generatedFrom;
    this.emitPolicy(r, 'PolicyDocument', r.properties.get('PolicyDocument'), {
      kind: 'identity-policy',
      policyName: this.managedPolicyName(r),
      principals,
      details,
    });
  }

  private inlinePolicy(r: CfnResource): void {
    const spec = INLINE_POLICIES[r.type]!;
    const principals = this.identitiesNamed(r.properties.get(spec.property), spec.identity);
    this.emitPolicy(r, 'PolicyDocument', r.properties.get('PolicyDocument'), {
      kind: 'identity-policy',
      policyName: knownString(r.properties.get('PolicyName')) ?? r.logicalId,
      principals,
      details: { inline: true },
    });
  }

  private userToGroupAddition(r: CfnResource): void {
    const group = this.identityNamed(r.properties.get('GroupName') ?? { kind: 'null' }, 'group');
    if (!group) return;
    for (const user of this.identitiesNamed(r.properties.get('Users'), 'user')) this.membership(r, 'Users', user, group);
  }

  private membership(r: CfnResource, property: string, user: Principal, group: Principal): void {
    const unresolved = [...this.unresolvedOf(r.properties.get('Groups')), ...this.unresolvedOf(r.properties.get('GroupName')), ...this.unresolvedOf(r.properties.get('Users'))];
    this.grants.push(membershipGrant(user, group, { ...this.propertySpan(r, property), format: 'cloudformation' }, unresolved, {}, r.conditional));
  }

  private accessKey(r: CfnResource): void {
    const userValue = r.properties.get('UserName');
    const user = (userValue && this.identityNamed(userValue, 'user')) ?? { type: 'user' as const, name: r.logicalId };
    const extra: GrantDetails = {};
    const status = knownString(r.properties.get('Status'));
    if (status) extra.status = status;
    this.credential(r, undefined, user, 'access-key', extra, this.unresolvedOf(userValue));
  }

  private credential(r: CfnResource, property: string | undefined, user: Principal, credentialType: string, extra: GrantDetails, unresolved: string[]): void {
    const details: GrantDetails = { credentialType, ...extra };
    if (r.conditional) details.conditional = true;
    const span = property ? this.propertySpan(r, property) : { ...r.span, address: r.sourceAddress };
    this.grants.push(credentialGrant(user, { ...span, format: 'cloudformation' }, unresolved, details));
  }

  /** IAM Identity Center permission sets: the role each assigned account gets. */
  private permissionSet(r: CfnResource): void {
    const name = displayText(r.properties.get('Name')) ?? r.logicalId;
    const self: Principal = { type: 'role', name, address: r.address };
    const details: GrantDetails = { permissionSet: true };
    const boundary = r.properties.get('PermissionsBoundary');
    if (boundary?.kind === 'object') {
      const arn = displayText(boundary.entries.get('ManagedPolicyArn'));
      const ref = boundary.entries.get('CustomerManagedPolicyReference');
      const refName = ref?.kind === 'object' ? displayText(ref.entries.get('Name')) : undefined;
      if (arn ?? refName) details.permissionsBoundary = (arn ?? refName)!;
    }
    this.emitPolicy(r, 'InlinePolicy', r.properties.get('InlinePolicy'), { kind: 'identity-policy', policyName: `${name} inline policy`, principals: [self], details: { ...details, inline: true } });
    this.managedPolicyArns(r, 'ManagedPolicies', self, details);
    for (const reference of itemsOf(r.properties.get('CustomerManagedPolicyReferences'))) {
      if (reference.kind !== 'object') continue;
      const policyName = displayText(reference.entries.get('Name'));
      if (policyName === undefined) continue;
      const path = displayText(reference.entries.get('Path')) ?? '/';
      const arnValue: Value = { kind: 'string', value: `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy${path}${policyName}`, ...(reference.span ? { span: reference.span } : {}) };
      this.externalPolicy(r, 'CustomerManagedPolicyReferences', arnValue, self, { ...details, customerManaged: true });
    }
  }

  private resourcePolicy(r: CfnResource): void {
    const spec = RESOURCE_POLICIES[r.type]!;
    let policy = r.properties.get(spec.policy);
    // An API defined by an OpenAPI body may carry its resource policy in the body.
    if (!policy && r.type === 'AWS::ApiGateway::RestApi') {
      const body = r.properties.get('Body');
      policy = body?.kind === 'object' ? body.entries.get('x-amazon-apigateway-policy') : undefined;
    }
    if (!policy || policy.kind === 'null') return;
    const target = spec.target ? this.targetOf(r.properties.get(spec.target)) : undefined;
    const ownName = spec.nameProperty ? knownString(r.properties.get(spec.nameProperty)) : undefined;
    const name = target?.name ?? ownName ?? r.logicalId;
    const details: GrantDetails = { resourceType: r.type, resourceAddress: target?.address ?? r.address };
    if (r.generatedFrom !== undefined) details.generatedFrom = r.generatedFrom;
    this.emitPolicy(r, spec.policy, policy, { kind: 'resource-policy', attachedTo: name, policyName: `${name} resource policy`, details });
  }

  /** What a policy resource protects: a declared resource (by Ref/GetAtt) or the names as written. */
  private targetOf(v: Value | undefined): { name: string; address?: string } | undefined {
    const items = itemsOf(v);
    if (items.length === 0) return undefined;
    const names: string[] = [];
    let address: string | undefined;
    for (const item of items) {
      if (item.kind === 'unknown' && item.ref) {
        const target = this.byAddress.get(item.ref.address);
        address ??= target?.address;
        names.push(target?.logicalId ?? item.expr);
      } else {
        const text = displayText(item);
        if (text !== undefined) names.push(text);
      }
    }
    return { name: names.join(', '), ...(address ? { address } : {}) };
  }

  /** `AWS::Lambda::Permission` is one statement of the function's resource policy. */
  private lambdaPermission(r: CfnResource): void {
    const principalValue = r.properties.get('Principal');
    if (!principalValue || principalValue.kind === 'null') return;
    const text = displayText(principalValue) ?? '';
    const entry: PrincipalEntry = { key: lambdaPrincipalKey(text), value: text, ...(principalValue.kind === 'unknown' && principalValue.ref ? { ref: principalValue.ref } : {}) };
    const principal = this.resolvePrincipal(entry) ?? classifyPrincipal(entry);
    const conditions = lambdaPermissionConditions('cloudformation', (name) => r.properties.get(name));
    const target = this.targetOf(r.properties.get('FunctionName')) ?? { name: r.logicalId };
    const action = displayText(r.properties.get('Action'));
    const details: GrantDetails = { resourceType: r.type, attachedTo: target.name, policy: `${target.name} resource policy`, resourceAddress: target.address ?? r.address };
    if (principal.name !== text) details.principalText = text;
    if (r.conditional) details.conditional = true;
    if (r.generatedFrom !== undefined) details.generatedFrom = r.generatedFrom;
    const unresolved = [...new Set([...this.unresolvedOf(principalValue), ...this.unresolvedOf(r.properties.get('Action')), ...this.unresolvedOf(r.properties.get('SourceArn'))])];
    this.grants.push(lambdaPermissionGrant(principal, action, target.name, conditions, { ...r.span, address: r.sourceAddress, format: 'cloudformation' }, unresolved, details));
  }
}

/** A copy of the grant marked conditional; the id is unchanged (conditionality is not part of a grant's identity). */
function markConditional(g: Grant): Grant {
  return { ...g, details: { ...g.details, conditional: true } };
}

