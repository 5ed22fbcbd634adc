/**
 * AWS grants from evaluated Terraform resources: identity policies (inline, managed, attached), trust
 * policies, resource policies, group memberships and long-lived credentials. References between resources
 * (`aws_iam_policy.p.arn`, `data.aws_iam_policy_document.x.json`, `aws_iam_role.r.name`) are followed here,
 * which is how a policy reaches the roles, users and groups it is attached to.
 */
import path from 'node:path';
import type { Grant, GrantDetails, Principal } from '../../model/grant.js';
import type { ToolError, UnresolvedItem } from '../../model/finding.js';
import { compareSpans, type SourceFormat, type SourceSpan } from '../../model/span.js';
import type { TfResource } from '../../evaluate/terraform/model.js';
import type { ObjectValue, UnknownValue, Value } from '../../evaluate/value.js';
import { awsManagedPolicyFacts, awsManagedPolicyName } from '../../analyze/aws/policy-semantics.js';
import {
  classifyPrincipal,
  grantsFromStatements,
  parsePolicyDocument,
  readStatement,
  type ParsedPolicy,
  type PolicyGrantContext,
  type PolicyStatement,
  type PrincipalEntry,
  type UnresolvedExpr,
} from './policy.js';
import { attachedPolicyGrants, credentialGrant, displayText, itemsOf, knownString, lambdaPermissionConditions, lambdaPermissionGrant, lambdaPrincipalKey, membershipGrant, unresolvedExprs } from './shared-extraction.js';
import type { AwsExtraction, IdentityType } from './shared-extraction.js';

export type { AwsExtraction } from './shared-extraction.js';

export interface AwsTerraformOptions {
  /** `tfplan` when the resources come from a plan file. */
  format?: SourceFormat;
}

const IDENTITY_RESOURCE: Record<IdentityType, string> = { role: 'aws_iam_role', user: 'aws_iam_user', group: 'aws_iam_group' };

/** Resource types whose `policy`-like attribute is a resource policy, and the attribute naming what it protects. */
const RESOURCE_POLICIES: Record<string, { policy: string; target: string[] }> = {
  aws_s3_bucket_policy: { policy: 'policy', target: ['bucket'] },
  aws_s3_bucket: { policy: 'policy', target: ['bucket', 'bucket_prefix'] },
  aws_s3_access_point: { policy: 'policy', target: ['name'] },
  aws_sqs_queue_policy: { policy: 'policy', target: ['queue_url'] },
  aws_sqs_queue: { policy: 'policy', target: ['name', 'name_prefix'] },
  aws_sns_topic_policy: { policy: 'policy', target: ['arn'] },
  aws_sns_topic: { policy: 'policy', target: ['name', 'name_prefix'] },
  aws_kms_key: { policy: 'policy', target: ['description'] },
  aws_kms_key_policy: { policy: 'policy', target: ['key_id'] },
  aws_ecr_repository_policy: { policy: 'policy', target: ['repository'] },
  aws_ecrpublic_repository_policy: { policy: 'policy', target: ['repository_name'] },
  aws_secretsmanager_secret_policy: { policy: 'policy', target: ['secret_arn'] },
  aws_secretsmanager_secret: { policy: 'policy', target: ['name', 'name_prefix'] },
  aws_glacier_vault: { policy: 'access_policy', target: ['name'] },
  aws_opensearch_domain_policy: { policy: 'access_policies', target: ['domain_name'] },
  aws_elasticsearch_domain_policy: { policy: 'access_policies', target: ['domain_name'] },
  aws_cloudwatch_log_resource_policy: { policy: 'policy_document', target: ['policy_name'] },
  aws_efs_file_system_policy: { policy: 'policy', target: ['file_system_id'] },
  aws_backup_vault_policy: { policy: 'policy', target: ['backup_vault_name'] },
  aws_api_gateway_rest_api_policy: { policy: 'policy', target: ['rest_api_id'] },
  aws_dynamodb_resource_policy: { policy: 'policy', target: ['resource_arn'] },
  aws_kinesis_resource_policy: { policy: 'policy', target: ['resource_arn'] },
  aws_codeartifact_domain_permissions_policy: { policy: 'policy_document', target: ['domain'] },
  aws_codeartifact_repository_permissions_policy: { policy: 'policy_document', target: ['repository'] },
};

/** Inline identity policies: type -> attribute naming the identity. */
const INLINE_POLICIES: Record<string, { identity: IdentityType; attr: string }> = {
  aws_iam_role_policy: { identity: 'role', attr: 'role' },
  aws_iam_user_policy: { identity: 'user', attr: 'user' },
  aws_iam_group_policy: { identity: 'group', attr: 'group' },
};

/** Managed-policy attachments: type -> identity attributes and the policy attribute. */
const ATTACHMENTS: Record<string, { identities: Array<[IdentityType, string]>; policy: string; authoritative: boolean }> = {
  aws_iam_role_policy_attachment: { identities: [['role', 'role']], policy: 'policy_arn', authoritative: false },
  aws_iam_user_policy_attachment: { identities: [['user', 'user']], policy: 'policy_arn', authoritative: false },
  aws_iam_group_policy_attachment: { identities: [['group', 'group']], policy: 'policy_arn', authoritative: false },
  aws_iam_policy_attachment: {
    identities: [
      ['role', 'roles'],
      ['user', 'users'],
      ['group', 'groups'],
    ],
    policy: 'policy_arn',
    authoritative: true,
  },
  aws_iam_role_policy_attachments_exclusive: { identities: [['role', 'role_name']], policy: 'policy_arns', authoritative: true },
  aws_iam_user_policy_attachments_exclusive: { identities: [['user', 'user_name']], policy: 'policy_arns', authoritative: true },
  aws_iam_group_policy_attachments_exclusive: { identities: [['group', 'group_name']], policy: 'policy_arns', authoritative: true },
};

const CREDENTIALS: Record<string, { type: string; user: string }> = {
  aws_iam_access_key: { type: 'access-key', user: 'user' },
  aws_iam_user_login_profile: { type: 'login-profile', user: 'user' },
  aws_iam_service_specific_credential: { type: 'service-specific-credential', user: 'user_name' },
  aws_iam_signing_certificate: { type: 'signing-certificate', user: 'user_name' },
};

/** Roots whose attributes are computed at apply time: expected, not "could not be evaluated". */
const COMPUTED_ROOTS = /^(data\.[a-z][a-z0-9_]*|module|[a-z][a-z0-9]*_[a-z0-9_]+)\.[A-Za-z_]/;
const NON_RESOURCE_ROOTS = /^(var|local|each|count|path|terraform|self)\./;

function isComputedReference(u: UnresolvedExpr): boolean {
  if (u.ref) return true;
  // An expression mixing in variables or locals depends on more than the deployed resource.
  if (/(?<![\w.])(var|local)\./.test(u.expr)) return false;
  if (refOf({ kind: 'unknown', expr: u.expr })) return true;
  return COMPUTED_ROOTS.test(u.expr) && !NON_RESOURCE_ROOTS.test(u.expr);
}

const keepUnresolved = (u: UnresolvedExpr) => !isComputedReference(u);

/** Expressions that are not mere references to declared resources. */
function unresolvedOf(v: Value | undefined): string[] {
  return unresolvedExprs(v, keepUnresolved, true);
}

type Ref = NonNullable<UnknownValue['ref']>;

const DOCUMENT_REFERENCE = /data\.aws_iam_policy_document\.([\w-]+)(\[[^\]]*\]|\.\*)?\.((?:minified_)?json)/g;

/** `one(`, `try(`, `element(`, `join("",`... wrapped around a reference do not change what it designates. */
const WRAPPED_REFERENCE = new RegExp(
  '^(?:(?:one|try|tostring|element|coalesce|flatten|compact|tolist|toset|join)\\(\\s*(?:"[^"]*"\\s*,\\s*)?)*' +
    '((?:data\\.)?aws_[a-z0-9_]+\\.[A-Za-z_][\\w-]*)(\\[[^\\]]*\\]|\\.\\*)?\\.([a-z_]+)' +
    '(?:\\s*(?:,\\s*(?:"[^"]*"|\\d+|null|\\[\\])\\s*)*\\))*\\s*$',
);

/** `replace(replace(data.aws_iam_policy_document.x.json, "_PLACEHOLDER_", ...), ...)`: placeholders filled in a document. */
const REPLACED_DOCUMENT = /^(?:replace\(\s*)+(data\.aws_iam_policy_document\.[\w-]+)(\[[^\]]*\]|\.\*)?\.((?:minified_)?json)\s*,/;

/** A reference derived from expression text; `file` is where the expression was written (its module's directory). */
type DerivedRef = Ref & { file?: string };

/**
 * The declared resource attribute an unknown value stands for: its `ref`, or the resource reference its
 * expression wraps (`one(data.aws_iam_policy_document.x[*].json)`, `try(aws_iam_role.r[0].name, "")`).
 */
function refOf(v: Value | undefined): DerivedRef | undefined {
  if (v?.kind !== 'unknown') return undefined;
  if (v.ref) return v.ref;
  const m = WRAPPED_REFERENCE.exec(v.expr) ?? REPLACED_DOCUMENT.exec(v.expr);
  if (!m) return undefined;
  const index = m[2] && m[2] !== '.*' && m[2] !== '[*]' ? m[2] : '';
  return { address: m[1]! + index, attribute: m[3]!, ...(v.span ? { file: v.span.file } : {}) };
}

/** The first unknown of a value whose every leaf is unknown (a stand-in for blocks of unknown number), else undefined. */
function onlyUnknowns(v: Value): UnknownValue | undefined {
  let first: UnknownValue | undefined;
  const visit = (x: Value): boolean => {
    switch (x.kind) {
      case 'unknown':
        first ??= x;
        return true;
      case 'list':
        return x.items.every(visit);
      case 'object':
        return [...x.entries.values()].every(visit);
      case 'null':
        return true;
      default:
        return false;
    }
  };
  return visit(v) ? first : undefined;
}

interface Attachment {
  resource: TfResource;
  principals: Principal[];
  authoritative: boolean;
  unresolved: string[];
}

class AwsTerraformExtractor {
  private readonly grants: Grant[] = [];
  private readonly unresolved: UnresolvedItem[] = [];
  private readonly errors: ToolError[] = [];
  private readonly byAddress = new Map<string, TfResource>();
  private readonly byBaseAddress = new Map<string, TfResource[]>();
  /** Base address without the module path (`data.aws_iam_policy_document.this`) -> instances in every module. */
  private readonly byLocalAddress = new Map<string, TfResource[]>();
  /** `type|name` -> declared identities and policies, for references by name or ARN. */
  private readonly byName = new Map<string, TfResource[]>();
  private readonly documents = new Map<string, ParsedPolicy>();
  private readonly documentsInProgress = new Set<string>();
  private readonly consumedDocuments = new Set<string>();
  private readonly attachmentsByPolicy = new Map<string, Attachment[]>();
  private readonly membersByGroup = new Map<string, string[]>();
  private readonly format: SourceFormat;

  constructor(
    private readonly resources: readonly TfResource[],
    options: AwsTerraformOptions,
  ) {
    this.format = options.format ?? 'terraform';
    const add = (index: Map<string, TfResource[]>, key: string, r: TfResource) => {
      const list = index.get(key);
      if (list) list.push(r);
      else index.set(key, [r]);
    };
    for (const r of resources) {
      this.byAddress.set(r.address, r);
      add(this.byBaseAddress, r.baseAddress, r);
      add(this.byLocalAddress, r.modulePath ? r.baseAddress.slice(r.modulePath.length + 1) : r.baseAddress, r);
      const name = knownString(r.body.get('name'));
      if (name !== undefined && r.mode === 'managed') add(this.byName, `${r.type}|${name}`, r);
    }
  }

  run(): AwsExtraction {
    const aws = this.resources.filter((r) => r.type.startsWith('aws_'));
    // Attachments and memberships first: policies and group grants need them.
    for (const r of aws) if (r.mode === 'managed') this.collectAttachments(r);
    for (const r of aws) if (r.mode === 'managed') this.collectMemberships(r);
    for (const r of aws) {
      if (r.mode !== 'managed') continue;
      if (r.type === 'aws_iam_policy') this.managedPolicy(r);
      else if (r.type in INLINE_POLICIES) this.inlinePolicy(r);
      else if (r.type === 'aws_iam_role') this.role(r);
      else if (r.type in RESOURCE_POLICIES) this.resourcePolicy(r);
      else if (r.type === 'aws_lambda_permission') this.lambdaPermission(r);
      else if (r.type in CREDENTIALS) this.credential(r);
    }
    // Every document first (merging marks the documents it includes), then the ones nothing uses.
    const documents = aws.filter((r) => r.mode === 'data' && r.type === 'aws_iam_policy_document');
    for (const r of documents) this.report(this.dataDocument(r), r);
    for (const r of documents) if (!this.consumedDocuments.has(r.address)) this.unusedDocument(r);
    // Source order (the order of collection puts attachments first); sort is stable for statements of one span.
    this.grants.sort((a, b) => compareSpans(a.source, b.source));
    for (const g of this.grants) {
      if (g.kind !== 'identity-policy') continue;
      if (g.principal.type === 'group') {
        const members = this.membersByGroup.get(g.principal.address ?? g.principal.name);
        if (members) g.details = { ...g.details, members };
      }
      // A permissions boundary caps what the identity policies of a role or user can grant.
      const boundary = g.principal.address ? this.byAddress.get(g.principal.address)?.body.get('permissions_boundary') : undefined;
      const boundaryText = boundary && boundary.kind !== 'null' ? displayText(boundary) : undefined;
      if (boundaryText) g.details = { ...g.details, permissionsBoundary: boundaryText };
    }
    return { grants: this.grants, unresolved: this.unresolved, errors: this.errors };
  }

  // ---------- lookups ----------

  /** The resources a reference names, relative to the referring resource's module, or absolute. */
  private lookup(ref: DerivedRef, from: TfResource): TfResource[] {
    const found = this.lookupAddress(ref, from);
    if (found.length > 0 || !ref.file) return found;
    // A module output reaching the caller as text: the reference is relative to the module that wrote it.
    const dir = path.posix.dirname(ref.file);
    const local = ref.address.replace(/\[[^\]]*\]$/, '');
    const inModule = (this.byLocalAddress.get(local) ?? []).filter((r) => path.posix.dirname(r.span.file) === dir);
    const modulePaths = new Set(inModule.map((r) => r.modulePath));
    return modulePaths.size === 1 ? inModule : [];
  }

  private lookupAddress(ref: Ref, from: TfResource): TfResource[] {
    const prefixed = from.modulePath && !ref.address.startsWith(from.modulePath + '.') ? [`${from.modulePath}.${ref.address}`] : [];
    for (const c of [...prefixed, ref.address]) {
      const exact = this.byAddress.get(c);
      if (exact) return [exact];
      // `x[*]`, `x[count.index]`, or an instance of a resource whose count could not be evaluated (one keyless instance).
      const instances = this.byBaseAddress.get(c.replace(/\[[^\]]*\]$/, ''));
      if (instances?.length) {
        const same = instances.find((i) => i.instanceKey !== undefined && i.instanceKey === from.instanceKey);
        return same ? [same] : instances;
      }
    }
    return [];
  }

  private attrSpan(r: TfResource, name: string): SourceSpan {
    return { ...(r.attrSpans.get(name) ?? r.span), address: r.address };
  }

  private principalOfResource(r: TfResource, type: IdentityType): Principal {
    return { type, name: knownString(r.body.get('name')) ?? r.address, address: r.address };
  }

  /** Declared identity with this name (same module first), for references written as plain names or ARNs. */
  private identityByName(type: IdentityType, text: string, from: TfResource): TfResource | undefined {
    const name = text.startsWith('arn:') ? text.slice(text.lastIndexOf('/') + 1) : text;
    const found = this.byName.get(`${IDENTITY_RESOURCE[type]}|${name}`);
    if (!found?.length) return undefined;
    return found.find((r) => r.modulePath === from.modulePath) ?? found[0];
  }

  /** The identities an attribute names (`role = aws_iam_role.r.name`, `users = ["a", "b"]`). */
  private identities(v: Value | undefined, type: IdentityType, from: TfResource): Principal[] {
    const out: Principal[] = [];
    for (const item of itemsOf(v)) {
      const ref = refOf(item);
      if (ref) {
        const targets = this.lookup(ref, from).filter((r) => r.type === IDENTITY_RESOURCE[type]);
        if (targets.length > 0) {
          out.push(...targets.map((t) => this.principalOfResource(t, type)));
          continue;
        }
      }
      const text = displayText(item);
      if (text === undefined) continue;
      const declared = item.kind === 'string' && !item.unknowns?.length ? this.identityByName(type, text, from) : undefined;
      out.push(declared ? this.principalOfResource(declared, type) : { type, name: text });
    }
    return out;
  }

  /** The name of what a resource policy protects, and its address when declared here. */
  private target(v: Value | undefined, from: TfResource): { name: string; address?: string } {
    if (!v) return { name: from.address, address: from.address };
    const ref = refOf(v);
    if (ref) {
      const [target] = this.lookup(ref, from);
      if (target) {
        const name = ['name', 'bucket', 'function_name'].map((a) => knownString(target.body.get(a))).find((n) => n !== undefined) ?? target.address;
        return { name, address: target.address };
      }
    }
    return { name: displayText(v) ?? from.address };
  }

  // ---------- policy documents ----------

  /** Statements of a policy value: a reference to a policy document data source or policy, or the document itself. */
  private document(v: Value, fallback: SourceSpan, from: TfResource): ParsedPolicy & { documentAddress?: string } {
    const ref = refOf(v);
    if (ref) {
      const [target] = this.lookup(ref, from);
      if (target?.type === 'aws_iam_policy_document' && target.mode === 'data' && /^(minified_)?json$/.test(ref.attribute)) {
        this.consumedDocuments.add(target.address);
        return { ...this.dataDocument(target), documentAddress: target.address };
      }
      if (target && target.mode === 'managed' && ref.attribute === 'policy' && target.body.get('policy')) {
        return this.document(target.body.get('policy')!, this.attrSpan(target, 'policy'), target);
      }
    }
    return parsePolicyDocument(v, fallback);
  }

  private dataDocument(r: TfResource): ParsedPolicy {
    const cached = this.documents.get(r.address);
    if (cached) return cached;
    if (this.documentsInProgress.has(r.address)) {
      return { statements: [], errors: [{ ...this.errorAt(r.span), message: `policy document ${r.address} includes itself`, code: 'parse' }], unresolved: [] };
    }
    this.documentsInProgress.add(r.address);
    const result: ParsedPolicy = { statements: [], errors: [], unresolved: [] };
    // The data source renders its own `version` (default 2012-10-17), whatever the documents it merges say.
    const version = r.body.get('version');
    if (!version || version.kind === 'null') result.version = '2012-10-17';
    else if (version.kind === 'string' && !version.unknowns?.length) result.version = version.value;
    const merge = (into: PolicyStatement[], from: readonly PolicyStatement[]) => {
      for (const s of from) {
        const at = s.sid ? into.findIndex((x) => x.sid === s.sid) : -1;
        if (at >= 0) into[at] = s;
        else into.push(s);
      }
    };
    const include = (attr: string): PolicyStatement[] => {
      const out: PolicyStatement[] = [];
      for (const item of this.documentItems(r.body.get(attr), r)) {
        const doc = this.document(item, this.attrSpan(r, attr), r);
        // A referenced data source reports its own problems once.
        if (!doc.documentAddress) {
          result.errors.push(...doc.errors);
          result.unresolved.push(...doc.unresolved);
        }
        merge(out, doc.statements);
      }
      return out;
    };
    const statements = [...include('source_policy_documents'), ...include('source_json')];
    const own = r.body.get('statement');
    if (own?.kind === 'unknown') {
      result.unresolved.push({ span: own.span ?? this.attrSpan(r, 'statement'), expr: own.expr, reason: own.reason ?? 'statement blocks could not be evaluated' });
    }
    itemsOf(own).forEach((block, index) => {
      const placeholder = block.kind === 'object' ? onlyUnknowns(block) : undefined;
      if (placeholder) {
        // A dynamic block over a collection that could not be evaluated: one stand-in block, every value unknown.
        result.unresolved.push({ span: block.span ?? this.attrSpan(r, 'statement'), expr: placeholder.expr, reason: placeholder.reason ?? 'dynamic statement over an unknown collection' });
      } else if (block.kind === 'object') merge(statements, [{ ...readStatement(this.statementFromBlock(block), index), origin: r.address }]);
      else if (block.kind === 'unknown') {
        result.unresolved.push({ span: block.span ?? this.attrSpan(r, 'statement'), expr: block.expr, reason: block.reason ?? 'statement could not be evaluated' });
      }
    });
    merge(statements, include('override_policy_documents'));
    merge(statements, include('override_json'));
    result.statements = statements;
    this.documentsInProgress.delete(r.address);
    this.documents.set(r.address, result);
    return result;
  }

  /**
   * Items of a list of documents. `concat(data.aws_iam_policy_document.a[*].json, data...b[*].json)` is unknown
   * to the evaluator but names its documents: the instances that exist are the list.
   */
  private documentItems(v: Value | undefined, from: TfResource): Value[] {
    if (v?.kind !== 'unknown' || refOf(v)) return itemsOf(v);
    const refs: Value[] = [];
    const rest = v.expr.replace(DOCUMENT_REFERENCE, (_m, address: string, index: string | undefined, attribute: string) => {
      const keep = index && index !== '.*' && index !== '[*]' ? index : '';
      refs.push({ kind: 'unknown', expr: _m, ref: { address: `data.aws_iam_policy_document.${address}${keep}`, attribute }, ...(v.span ? { span: v.span } : {}) });
      return '';
    });
    // What may remain around the references: list functions, variables and locals (as elements or conditions), "" and null.
    let valueVariables = false;
    const others = rest.replace(/\b(flatten|concat|compact|tolist|null)\b|""|(var|local)\.[\w-]+(\[[^\]]*\])?(?=\s*(\?|\|\||&&)?)/g, (m, _f, root, _i, condition) => {
      if (root && !condition) valueVariables = true;
      return ' ';
    });
    if (refs.length === 0 || !/^[\s(),[\]?:|&!]*$/.test(others)) return [v];
    // Documents with `count = 0` have no instance and add nothing (conditional documents are counted on the same condition).
    const found = refs.filter((ref) => ref.kind === 'unknown' && ref.ref && this.lookup(ref.ref, from).length > 0);
    // A variable or local as an element may hold documents this scan cannot see.
    return valueVariables ? [...found, { ...v, reason: 'partly evaluated list of policy documents' }] : found;
  }

  /** An `aws_iam_policy_document` statement block rewritten with AWS element names. */
  private statementFromBlock(block: ObjectValue): ObjectValue {
    const entries = new Map<string, Value>();
    // In the data source an empty list is the same as an absent argument (`not_actions = []`, no `principals` blocks).
    const present = (v: Value | undefined): v is Value => v !== undefined && v.kind !== 'null' && !(v.kind === 'list' && v.items.length === 0);
    const copy = (from: string, to: string) => {
      const v = block.entries.get(from);
      if (present(v)) entries.set(to, v);
    };
    copy('sid', 'Sid');
    entries.set('Effect', block.entries.get('effect') && block.entries.get('effect')!.kind !== 'null' ? block.entries.get('effect')! : { kind: 'string', value: 'Allow' });
    copy('actions', 'Action');
    copy('not_actions', 'NotAction');
    copy('resources', 'Resource');
    copy('not_resources', 'NotResource');
    for (const [from, to] of [
      ['principals', 'Principal'],
      ['not_principals', 'NotPrincipal'],
    ] as const) {
      const blocks = block.entries.get(from);
      if (present(blocks)) entries.set(to, this.principalFromBlocks(blocks));
    }
    const conditions = block.entries.get('condition');
    if (present(conditions)) entries.set('Condition', this.conditionFromBlocks(conditions));
    return { kind: 'object', entries, ...(block.span ? { span: block.span } : {}) };
  }

  private principalFromBlocks(blocks: Value): Value {
    if (blocks.kind === 'unknown') return blocks;
    const byType = new Map<string, Value[]>();
    for (const b of itemsOf(blocks)) {
      if (b.kind !== 'object') continue;
      const type = displayText(b.entries.get('type') ?? { kind: 'null' }) ?? '?';
      const identifiers = b.entries.get('identifiers');
      // `type = "*"` with `identifiers = ["*"]` is the anonymous principal.
      if (type === '*') return { kind: 'string', value: '*', ...(b.span ? { span: b.span } : {}) };
      const list = byType.get(type) ?? [];
      list.push(...(identifiers?.kind === 'list' ? identifiers.items : identifiers ? [identifiers] : []));
      byType.set(type, list);
    }
    const entries = new Map<string, Value>();
    for (const [type, items] of byType) entries.set(type, { kind: 'list', items });
    return { kind: 'object', entries };
  }

  private conditionFromBlocks(blocks: Value): Value {
    if (blocks.kind === 'unknown') return blocks;
    const byTest = new Map<string, Map<string, Value[]>>();
    for (const b of itemsOf(blocks)) {
      if (b.kind !== 'object') continue;
      const test = displayText(b.entries.get('test') ?? { kind: 'null' }) ?? '?';
      const variable = displayText(b.entries.get('variable') ?? { kind: 'null' }) ?? '?';
      const keys = byTest.get(test) ?? new Map<string, Value[]>();
      keys.set(variable, [...(keys.get(variable) ?? []), ...itemsOf(b.entries.get('values'))]);
      byTest.set(test, keys);
    }
    const entries = new Map<string, Value>();
    for (const [test, keys] of byTest) {
      const keyEntries = new Map<string, Value>();
      for (const [k, items] of keys) keyEntries.set(k, { kind: 'list', items });
      entries.set(test, { kind: 'object', entries: keyEntries });
    }
    return { kind: 'object', entries };
  }

  /** Grants of a policy attribute, or an unresolved entry when it has no value to read. */
  private emitPolicy(r: TfResource, attr: string, value: Value | undefined, ctx: Omit<PolicyGrantContext, 'format' | 'fallbackSpan' | 'address'>): void {
    const fallbackSpan = value?.span ? { ...value.span, address: r.address } : this.attrSpan(r, attr);
    if (!value || value.kind === 'null') return;
    const doc = this.document(value, fallbackSpan, r);
    if (!doc.documentAddress) this.report(doc, r);
    this.grants.push(
      ...grantsFromStatements(doc.statements, {
        ...ctx,
        ...(doc.version !== undefined ? { policyVersion: doc.version } : {}),
        format: this.format,
        address: r.address,
        fallbackSpan,
        keepUnresolved,
        resolvePrincipal: (entry) => this.resolvePrincipal(entry, r),
      }),
    );
  }

  /** A Principal entry that references a declared role or user names it. */
  private resolvePrincipal(entry: PrincipalEntry, from: TfResource): Principal | undefined {
    const ref = entry.ref ?? refOf(/^\$\{[^}]*\}$/.test(entry.value) ? { kind: 'unknown', expr: entry.value.slice(2, -1) } : undefined);
    if (!ref) return undefined;
    const [target] = this.lookup(ref, from);
    if (target?.type === 'aws_iam_role') return this.principalOfResource(target, 'role');
    if (target?.type === 'aws_iam_user') return this.principalOfResource(target, 'user');
    if (target?.type === 'aws_iam_openid_connect_provider' || target?.type === 'aws_iam_saml_provider') {
      const url = knownString(target.body.get('url'));
      return { type: 'federated', name: url ? url.replace(/^https:\/\//, '') : knownString(target.body.get('name')) ?? target.address, address: target.address };
    }
    if (entry.key === 'Service') return { type: 'service', name: entry.value };
    // The account running Terraform.
    if (/(^|\.)data\.aws_caller_identity\.[\w-]+$/.test(ref.address) && ref.attribute === 'account_id') return { type: 'account', name: entry.value };
    const classified = classifyPrincipal(entry);
    // The ARN of a role or user whose instance the scan does not hold (a count that could not be evaluated).
    const declaredType = /(?:^|\.)aws_iam_(role|user)\.[^.]+$/.exec(ref.address.replace(/\[[^\]]*\]$/, ''))?.[1];
    if (classified.type === 'unknown' && declaredType) classified.type = declaredType as 'role' | 'user';
    return { ...classified, ...(target ? { address: target.address } : {}) };
  }

  /** Parse errors and unevaluated parts of a document, located at the resource that holds it. */
  private report(doc: ParsedPolicy, r: TfResource): void {
    this.errors.push(...doc.errors);
    this.unresolved.push(...doc.unresolved.map((u) => ({ ...u, span: { ...u.span, address: u.span.address ?? r.address } })));
  }

  private errorAt(span: SourceSpan): Omit<ToolError, 'message' | 'code'> {
    return { file: span.file, line: span.line, column: span.column };
  }

  private unresolvedAttr(r: TfResource, attr: string, expr: string, reason: string): void {
    this.unresolved.push({ span: this.attrSpan(r, attr), expr, reason });
  }

  /**
   * Why a policy value gives nothing to read: an expression that could not be evaluated, or a policy document
   * data source whose statements all could not be evaluated. Undefined when there are statements (or none written).
   */
  private unreadable(v: Value, r: TfResource, what: string): { expr: string; reason: string } | undefined {
    if (v.kind === 'unknown' && !refOf(v)) return { expr: v.expr, reason: v.reason ?? `${what} could not be evaluated` };
    if (v.kind !== 'unknown') return undefined;
    const doc = this.document(v, this.attrSpan(r, 'policy'), r);
    const first = doc.unresolved[0];
    if (doc.statements.length > 0 || !first) return undefined;
    return { expr: first.expr, reason: doc.documentAddress ? `policy document ${doc.documentAddress} could not be evaluated` : first.reason };
  }

  // ---------- identity policies ----------

  private collectAttachments(r: TfResource): void {
    const roleExclusive = r.type === 'aws_iam_role' && r.body.get('managed_policy_arns');
    const spec = ATTACHMENTS[r.type];
    if (!spec && !roleExclusive) return;
    const principals = spec
      ? spec.identities.flatMap(([type, attr]) => this.identities(r.body.get(attr), type, r))
      : [this.principalOfResource(r, 'role')];
    const policyAttr = spec?.policy ?? 'managed_policy_arns';
    const identityUnresolved = spec ? spec.identities.flatMap(([, attr]) => unresolvedOf(r.body.get(attr))) : [];
    const policies = r.body.get(policyAttr);
    if (policies?.kind === 'unknown' && !refOf(policies)) {
      this.unresolvedAttr(r, policyAttr, policies.expr, policies.reason ?? 'attached policies could not be evaluated');
      return;
    }
    for (const policy of itemsOf(policies)) {
      const attachment: Attachment = {
        resource: r,
        principals,
        authoritative: spec?.authoritative ?? true,
        unresolved: [...identityUnresolved, ...unresolvedOf(policy)],
      };
      const declared = this.declaredPolicy(policy, r);
      if (declared) {
        const list = this.attachmentsByPolicy.get(declared.address) ?? [];
        list.push(attachment);
        this.attachmentsByPolicy.set(declared.address, list);
      } else {
        this.externalPolicyGrants(policy, attachment, policyAttr);
      }
    }
  }

  /** A `data "aws_iam_policy"` lookup of an existing policy: its ARN when written, else its name. */
  private policyLookup(v: Value, from: TfResource): { address: string; arn?: string; name: string } | undefined {
    const ref = refOf(v);
    if (!ref) return undefined;
    const target = this.lookup(ref, from).find((t) => t.type === 'aws_iam_policy' && t.mode === 'data');
    if (!target) return undefined;
    const arn = knownString(target.body.get('arn'));
    const name = knownString(target.body.get('name')) ?? (arn ? arn.slice(arn.lastIndexOf('/') + 1) : target.address);
    return arn ? { address: target.address, arn, name } : { address: target.address, name };
  }

  /** The `aws_iam_policy` in the scan that a policy ARN designates. */
  private declaredPolicy(v: Value, from: TfResource): TfResource | undefined {
    const ref = refOf(v);
    if (ref) return this.lookup(ref, from).find((t) => t.type === 'aws_iam_policy' && t.mode === 'managed');
    const text = knownString(v);
    if (!text || awsManagedPolicyName(text) !== undefined) return undefined;
    const name = /:policy\/(?:.*\/)?([^/]+)$/.exec(text)?.[1];
    const found = name ? this.byName.get(`aws_iam_policy|${name}`) : undefined;
    return found?.find((p) => p.modulePath === from.modulePath) ?? found?.[0];
  }

  /** Grants of an attachment of a policy not declared in the scan (AWS-managed, another stack's, unknown). */
  private externalPolicyGrants(policy: Value, a: Attachment, policyAttr: string): void {
    const r = a.resource;
    const lookup = this.policyLookup(policy, r);
    const arn = lookup?.arn ?? displayText(policy);
    if (arn === undefined) return;
    const span = { ...(policy.span ?? r.attrSpans.get(policyAttr) ?? r.span), address: r.address };
    const managedName = awsManagedPolicyName(arn) ?? (lookup?.arn === undefined ? lookup?.name : undefined);
    const facts = awsManagedPolicyFacts(arn) ?? (lookup && !lookup.arn ? awsManagedPolicyFacts(`arn:aws:iam::aws:policy/${lookup.name}`) : undefined);
    for (const principal of a.principals) {
      const details: GrantDetails = { policy: managedName ?? arn, attachment: r.address };
      if (lookup) details.policyLookup = lookup.address;
      if (principal.type !== 'unknown') details.attachedTo = principal.name;
      if (a.authoritative) details.authoritative = true;
      if (awsManagedPolicyName(arn) !== undefined) details.awsManaged = true;
      if (facts) details.managedPolicyLevel = facts.level;
      this.grants.push(...attachedPolicyGrants(principal, arn, facts, { ...span, format: this.format }, a.unresolved, details));
    }
  }

  private managedPolicy(r: TfResource): void {
    const name = knownString(r.body.get('name')) ?? r.address;
    const policy = r.body.get('policy');
    if (!policy || policy.kind === 'null') return;
    const attachments = this.attachmentsByPolicy.get(r.address);
    const unreadable = this.unreadable(policy, r, 'policy document');
    if (unreadable) {
      this.unresolvedAttr(r, 'policy', unreadable.expr, unreadable.reason);
      // What the attachments grant is unknown too: say so where each one is written.
      for (const a of attachments ?? []) {
        const attr = ATTACHMENTS[a.resource.type]?.policy ?? 'managed_policy_arns';
        this.unresolvedAttr(a.resource, attr, unreadable.expr, `the attached policy ${r.address} could not be evaluated`);
      }
      return;
    }
    if (!attachments?.length) {
      this.emitPolicy(r, 'policy', policy, { kind: 'identity-policy', policyName: name, principals: [], details: { unattached: true } });
      return;
    }
    for (const a of attachments) {
      const details: GrantDetails = { attachment: a.resource.address };
      if (a.authoritative) details.authoritative = true;
      this.emitPolicy(r, 'policy', policy, { kind: 'identity-policy', policyName: name, principals: a.principals, details, unresolved: a.unresolved });
    }
  }

  private inlinePolicy(r: TfResource): void {
    const spec = INLINE_POLICIES[r.type]!;
    const identity = r.body.get(spec.attr);
    const principals = this.identities(identity, spec.identity, r);
    const policy = r.body.get('policy');
    const unreadable = policy && this.unreadable(policy, r, 'policy document');
    if (unreadable) {
      this.unresolvedAttr(r, 'policy', unreadable.expr, unreadable.reason);
      return;
    }
    this.emitPolicy(r, 'policy', policy, {
      kind: 'identity-policy',
      policyName: knownString(r.body.get('name')) ?? r.address,
      principals,
      details: { inline: true },
      unresolved: unresolvedOf(identity),
    });
  }

  private role(r: TfResource): void {
    const self = this.principalOfResource(r, 'role');
    const trust = r.body.get('assume_role_policy');
    const unreadable = trust && this.unreadable(trust, r, 'trust policy');
    if (unreadable) {
      this.unresolvedAttr(r, 'assume_role_policy', unreadable.expr, unreadable.reason);
    } else {
      this.emitPolicy(r, 'assume_role_policy', trust, {
        kind: 'trust-policy',
        attachedTo: self.name,
        policyName: `${self.name} trust policy`,
        details: { roleAddress: r.address },
      });
    }
    for (const block of itemsOf(r.body.get('inline_policy'))) {
      if (block.kind !== 'object') continue;
      const policy = block.entries.get('policy');
      if (!policy || policy.kind === 'null') continue;
      const unreadable = this.unreadable(policy, r, 'inline policy');
      if (unreadable) {
        this.unresolved.push({ span: { ...(policy.span ?? this.attrSpan(r, 'inline_policy')), address: r.address }, ...unreadable });
        continue;
      }
      const name = knownString(block.entries.get('name'));
      this.emitPolicy(r, 'inline_policy', policy, {
        kind: 'identity-policy',
        policyName: name ?? `${r.address} inline_policy`,
        principals: [self],
        details: { inline: true },
      });
    }
  }

  // ---------- resource policies ----------

  private resourcePolicy(r: TfResource): void {
    const spec = RESOURCE_POLICIES[r.type]!;
    const policy = r.body.get(spec.policy);
    if (!policy || policy.kind === 'null') return;
    const unreadable = this.unreadable(policy, r, 'resource policy');
    if (unreadable) {
      this.unresolvedAttr(r, spec.policy, unreadable.expr, unreadable.reason);
      return;
    }
    const targetAttr = spec.target.find((t) => r.body.get(t) && r.body.get(t)!.kind !== 'null');
    const isPolicyResource = r.type.endsWith('_policy');
    const target = targetAttr && isPolicyResource ? this.target(r.body.get(targetAttr), r) : this.selfTarget(r, targetAttr);
    const details: GrantDetails = { resourceType: r.type };
    if (target.address) details.resourceAddress = target.address;
    this.emitPolicy(r, spec.policy, policy, { kind: 'resource-policy', attachedTo: target.name, policyName: `${target.name} resource policy`, details });
  }

  private selfTarget(r: TfResource, attr: string | undefined): { name: string; address: string } {
    const name = attr && attr !== 'description' ? knownString(r.body.get(attr)) : undefined;
    return { name: name ?? r.address, address: r.address };
  }

  private lambdaPermission(r: TfResource): void {
    const principalValue = r.body.get('principal');
    const functionName = r.body.get('function_name');
    if (!principalValue || principalValue.kind === 'null') return;
    const text = displayText(principalValue) ?? '';
    const principalRef = refOf(principalValue);
    const entry: PrincipalEntry = { key: lambdaPrincipalKey(text), value: text, ...(principalRef ? { ref: principalRef } : {}) };
    const principal = this.resolvePrincipal(entry, r) ?? classifyPrincipal(entry);
    const conditions = lambdaPermissionConditions('terraform', (name) => r.body.get(name));
    const target = this.target(functionName, r);
    const qualifier = knownString(r.body.get('qualifier'));
    const actionText = displayText(r.body.get('action'));
    const details: GrantDetails = { resourceType: r.type, attachedTo: target.name, policy: `${target.name} resource policy` };
    if (target.address) details.resourceAddress = target.address;
    const sid = knownString(r.body.get('statement_id'));
    if (sid) details.sid = sid;
    if (principal.name !== text) details.principalText = text;
    const unresolved = [...new Set([...unresolvedOf(principalValue), ...unresolvedOf(r.body.get('action')), ...unresolvedOf(r.body.get('source_arn'))])];
    const resource = qualifier ? `${target.name}:${qualifier}` : target.name;
    this.grants.push(lambdaPermissionGrant(principal, actionText, resource, conditions, { ...r.span, address: r.address, format: this.format }, unresolved, details));
  }

  // ---------- memberships and credentials ----------

  private collectMemberships(r: TfResource): void {
    if (r.type === 'aws_iam_group_membership') {
      const [group] = this.identities(r.body.get('group'), 'group', r);
      if (!group) return;
      const users = this.identities(r.body.get('users'), 'user', r);
      const members = users.map((u) => u.name);
      this.addMembers(group, members);
      for (const user of users) this.membershipGrant(r, user, group, { members, authoritative: true });
      if (users.length === 0) this.membershipGrant(r, { type: 'unknown', name: '(no members)' }, group, { members });
    } else if (r.type === 'aws_iam_user_group_membership') {
      const [user] = this.identities(r.body.get('user'), 'user', r);
      if (!user) return;
      for (const group of this.identities(r.body.get('groups'), 'group', r)) {
        this.addMembers(group, [user.name]);
        this.membershipGrant(r, user, group, {});
      }
    }
  }

  private addMembers(group: Principal, members: string[]): void {
    const key = group.address ?? group.name;
    const list = this.membersByGroup.get(key) ?? [];
    for (const m of members) if (!list.includes(m)) list.push(m);
    this.membersByGroup.set(key, list);
  }

  private membershipGrant(r: TfResource, user: Principal, group: Principal, extra: GrantDetails): void {
    const unresolved = [...new Set([...unresolvedOf(r.body.get('group')), ...unresolvedOf(r.body.get('groups')), ...unresolvedOf(r.body.get('users')), ...unresolvedOf(r.body.get('user'))])];
    this.grants.push(membershipGrant(user, group, { ...r.span, address: r.address, format: this.format }, unresolved, extra));
  }

  private credential(r: TfResource): void {
    const spec = CREDENTIALS[r.type]!;
    const userValue = r.body.get(spec.user);
    const [user] = this.identities(userValue, 'user', r);
    const details: GrantDetails = { credentialType: spec.type };
    const status = knownString(r.body.get('status'));
    if (status) details.status = status;
    const pgp = r.body.get('pgp_key');
    if (pgp && pgp.kind !== 'null') details.encrypted = true;
    const service = knownString(r.body.get('service_name'));
    if (service) details.serviceName = service;
    this.grants.push(credentialGrant(user ?? { type: 'user', name: r.address }, { ...r.span, address: r.address, format: this.format }, unresolvedOf(userValue), details));
  }

  // ---------- documents no resource uses ----------

  /** A policy document data source no scanned resource uses: its statements still state grants worth checking. */
  private unusedDocument(r: TfResource): void {
    const doc = this.dataDocument(r);
    const withPrincipals = doc.statements.some((s) => s.principals || s.notPrincipals);
    const trust = withPrincipals && doc.statements.every((s) => s.actions.some((a) => /^sts:(AssumeRole|TagSession|SetSourceIdentity)/i.test(a)));
    const kind: PolicyGrantContext['kind'] = trust ? 'trust-policy' : withPrincipals ? 'resource-policy' : 'identity-policy';
    this.grants.push(
      ...grantsFromStatements(doc.statements, {
        kind,
        format: this.format,
        address: r.address,
        fallbackSpan: { ...r.span, address: r.address },
        policyName: r.address,
        principals: [],
        details: { unattached: true },
        ...(doc.version !== undefined ? { policyVersion: doc.version } : {}),
        keepUnresolved,
        resolvePrincipal: (entry) => this.resolvePrincipal(entry, r),
      }),
    );
  }
}

/**
 * Splits the evaluated instances into their root modules. The evaluator emits one root after the other, each
 * starting with its own resources; the same module called from two roots yields the same addresses twice, so
 * a repeated address, or a root-level resource from another directory, starts the next root.
 */
export function splitByRoot(resources: readonly TfResource[]): TfResource[][] {
  const roots: TfResource[][] = [];
  let current: TfResource[] = [];
  let addresses = new Set<string>();
  let rootDir: string | undefined;
  for (const r of resources) {
    const dir = r.modulePath === '' ? path.posix.dirname(r.span.file) : undefined;
    if (addresses.has(r.address) || (dir !== undefined && rootDir !== undefined && dir !== rootDir)) {
      roots.push(current);
      current = [];
      addresses = new Set();
      rootDir = undefined;
    }
    if (dir !== undefined) rootDir ??= dir;
    current.push(r);
    addresses.add(r.address);
  }
  if (current.length > 0) roots.push(current);
  return roots;
}

/** Every AWS grant stated by a Terraform configuration (one or more root modules). */
export function extractAwsFromTerraform(resources: TfResource[], options: AwsTerraformOptions = {}): AwsExtraction {
  const out: AwsExtraction = { grants: [], unresolved: [], errors: [] };
  // A module called from several roots states the same grants (same place, same content) once per root.
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && seen.add(key) !== undefined;
  for (const root of splitByRoot(resources)) {
    const part = new AwsTerraformExtractor(root, options).run();
    out.grants.push(...part.grants.filter((g) => once(`g ${g.id}`)));
    out.unresolved.push(...part.unresolved.filter((u) => once(`u ${JSON.stringify([u.span, u.expr, u.reason])}`)));
    out.errors.push(...part.errors.filter((e) => once(`e ${JSON.stringify(e)}`)));
  }
  return out;
}
