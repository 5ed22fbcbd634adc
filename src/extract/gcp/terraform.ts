/**
 * GCP grants from evaluated Terraform (google / google-beta providers):
 * - every `google_<parent>_iam_member|_binding|_policy` resource, one grant per (member × role), scoped to the parent;
 * - `data.google_iam_policy` documents feeding `_iam_policy` through `policy_data` (or literal JSON policy_data);
 * - custom roles (role definitions), service account keys (static credentials),
 *   workload/workforce identity pool providers (federation trust).
 */
import type { SourceSpan } from '../../model/span.js';
import type { Conditions, Grant, GrantDetails, Principal } from '../../model/grant.js';
import type { ToolError, UnresolvedItem } from '../../model/finding.js';
import type { TfResource } from '../../evaluate/terraform/model.js';
import { getAttr, toPlain, type Value } from '../../evaluate/value.js';
import { makeGrant } from '../grant.js';
import { parseMember } from './members.js';
import { PREDEFINED_ACL_ENTRIES, STORAGE_ACL_RESOURCES, aclEntityMember, splitRoleEntity } from './storage-acl.js';
import {
  ResourceIndex,
  customRoleName,
  isCustomRoleResource,
  isServiceAccountResource,
  literalArg,
  serviceAccountEmail,
  type ResolvedText,
} from './references.js';

export interface GcpExtraction {
  grants: Grant[];
  unresolved: UnresolvedItem[];
  errors: ToolError[];
}

/** `google_storage_bucket_iam_member` → parent `storage_bucket`, variant `member`. */
const IAM_RESOURCE = /^google_([a-z0-9_]+)_iam_(member|binding|policy)$/;

export type IamVariant = 'member' | 'binding' | 'policy';

/** Scope written when a project-level resource leaves `project` to the provider configuration. */
export const PROVIDER_DEFAULT_PROJECT = 'projects/(provider default)';

/** Hierarchy levels: the argument naming the node and the prefix of its resource name. */
const HIERARCHY_SCOPES: Record<string, { arg: string; prefix: string; kind: string }> = {
  organization: { arg: 'org_id', prefix: 'organizations/', kind: 'organization' },
  folder: { arg: 'folder', prefix: 'folders/', kind: 'folder' },
  project: { arg: 'project', prefix: 'projects/', kind: 'project' },
  billing_account: { arg: 'billing_account_id', prefix: 'billingAccounts/', kind: 'billing-account' },
};

/** Arguments of an IAM resource that say what is granted rather than on what. */
const GRANT_ARGS = new Set([
  'role',
  'member',
  'members',
  'condition',
  'policy_data',
  'etag',
  'provider',
  'depends_on',
  'lifecycle',
  'count',
  'for_each',
  'timeouts',
]);

const CONDITION_KEY = 'gcp:condition';

export function parseIamResourceType(type: string): { parent: string; variant: IamVariant } | undefined {
  const m = IAM_RESOURCE.exec(type);
  return m ? { parent: m[1]!, variant: m[2] as IamVariant } : undefined;
}

/** Resource types that can carry a GCP grant (what the extractor turns into grants or unresolved entries). */
export function isGcpGrantResource(r: TfResource): boolean {
  if (r.mode !== 'managed') return false;
  return (
    parseIamResourceType(r.type) !== undefined ||
    isCustomRoleResource(r) ||
    r.type === 'google_service_account_key' ||
    r.type === 'google_storage_hmac_key' ||
    r.type in STORAGE_ACL_RESOURCES ||
    r.type === 'google_iam_workload_identity_pool_provider' ||
    r.type === 'google_iam_workforce_pool_provider'
  );
}

/** One binding to turn into grants: a role, its members, an optional condition, where they were written. */
interface Binding {
  role: Value | undefined;
  roleSpan?: SourceSpan;
  members: Value[];
  /** Where to point when a member value has no span of its own. */
  membersSpan?: SourceSpan;
  condition: Value | undefined;
  /** Address of the data.google_iam_policy document the binding came from. */
  policy?: string;
  auditConfigServices?: string[];
}

interface Scope {
  scope?: string;
  kind: string;
  unresolved: string[];
  args?: Record<string, string>;
}

export function extractGcpFromTerraform(resources: TfResource[]): GcpExtraction {
  return new GcpExtractor(resources).run();
}

class GcpExtractor {
  private readonly index: ResourceIndex;
  private readonly grants = new Map<string, Grant>();
  private readonly unresolved: UnresolvedItem[] = [];
  private readonly errors: ToolError[] = [];
  /** Custom role names declared in the scan → address, to link bindings to their role definition. */
  private readonly customRoles = new Map<string, string>();
  /** Emails of service accounts declared in the scan → address, to link members written as literal emails. */
  private readonly serviceAccounts = new Map<string, string>();

  constructor(private readonly resources: TfResource[]) {
    this.index = new ResourceIndex(resources);
    for (const r of resources) {
      if (isCustomRoleResource(r)) {
        const name = customRoleName(r);
        if (name) this.customRoles.set(name, r.address);
      } else if (isServiceAccountResource(r) && r.mode === 'managed') {
        const email = serviceAccountEmail(r)?.toLowerCase();
        if (email && !this.serviceAccounts.has(email)) this.serviceAccounts.set(email, r.address);
      }
    }
  }

  run(): GcpExtraction {
    for (const r of this.resources) {
      if (r.mode !== 'managed') continue;
      const iam = parseIamResourceType(r.type);
      if (iam) this.iamResource(r, iam.parent, iam.variant);
      else if (isCustomRoleResource(r)) this.customRole(r);
      else if (r.type === 'google_service_account_key') this.serviceAccountKey(r);
      else if (r.type === 'google_storage_hmac_key') this.hmacKey(r);
      else if (r.type in STORAGE_ACL_RESOURCES) this.storageAcl(r);
      else if (r.type === 'google_iam_workload_identity_pool_provider' || r.type === 'google_iam_workforce_pool_provider') {
        this.identityPoolProvider(r);
      }
    }
    return { grants: [...this.grants.values()], unresolved: this.unresolved, errors: this.errors };
  }

  private add(g: Grant): void {
    if (!this.grants.has(g.id)) this.grants.set(g.id, g);
  }

  private text(v: Value | undefined, r: TfResource): ResolvedText | undefined {
    return this.index.text(v, r.modulePath);
  }

  private error(r: TfResource, span: SourceSpan | undefined, message: string): void {
    const at = span ?? r.span;
    this.errors.push({
      file: at.file,
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      message: `${r.address}: ${message}`,
      code: 'parse',
    });
  }

  // ---- google_*_iam_member / _binding / _policy ----

  private iamResource(r: TfResource, parent: string, variant: IamVariant): void {
    const scope = this.scopeOf(r, parent);
    let bindings: Binding[];
    if (variant === 'policy') {
      const fromPolicy = this.policyBindings(r);
      if (!fromPolicy) return;
      bindings = fromPolicy;
    } else {
      const membersArg = variant === 'member' ? 'member' : 'members';
      const membersValue = r.body.get(membersArg);
      if (!membersValue || membersValue.kind === 'null') {
        this.error(r, undefined, `expected argument "${membersArg}" (${variant === 'member' ? 'one member' : 'a list of members'})`);
        return;
      }
      bindings = [
        {
          role: r.body.get('role'),
          roleSpan: r.attrSpans.get('role'),
          members: variant === 'member' ? [membersValue] : elementsOf(membersValue),
          membersSpan: r.attrSpans.get(membersArg),
          condition: r.body.get('condition'),
        },
      ];
    }
    for (const b of bindings) this.bindingGrants(r, variant, parent, scope, b);
  }

  private bindingGrants(r: TfResource, variant: IamVariant, parent: string, scope: Scope, b: Binding): void {
    const role = this.text(b.role, r);
    if (!role) {
      this.error(r, b.roleSpan ?? b.membersSpan, 'expected argument "role" (a role name such as "roles/viewer")');
      return;
    }
    const conditions: Conditions = {};
    const conditionUnresolved = this.condition(b.condition, r, conditions);
    const roleDefinition = this.customRoles.get(role.text) ?? role.refs.find(isCustomRoleResource)?.address;
    for (const member of b.members) {
      // A null element (a conditional member left out) grants nothing.
      if (member.kind === 'null') continue;
      const who = this.principal(member, r);
      const details: GrantDetails = {
        scopeKind: scope.kind,
        authoritative: variant !== 'member',
        resourceType: r.type,
        iamVariant: variant,
        parent,
        memberKind: who.memberKind,
      };
      if (scope.args) details.scopeArgs = scope.args;
      if (who.deleted) details.deletedMember = true;
      if (who.unrecognized) details.unrecognizedMember = true;
      if (who.domain) details.memberDomain = who.domain;
      if (b.policy) details.policy = b.policy;
      if (b.auditConfigServices?.length) details.auditConfigServices = b.auditConfigServices;
      if (roleDefinition) details.roleDefinition = roleDefinition;
      const span = member.span ?? b.membersSpan ?? r.span;
      this.add(
        makeGrant({
          cloud: 'gcp',
          kind: 'iam-member',
          principal: who.principal,
          effect: 'allow',
          actions: [],
          role: role.text,
          scope: scope.scope,
          conditions,
          source: { ...span, format: 'terraform', address: r.address },
          unresolved: unique([...who.unresolved, ...role.unresolved, ...scope.unresolved, ...conditionUnresolved]),
          details,
        }),
      );
    }
  }

  /** Scope of an IAM resource: the hierarchy node or the resource its identifying arguments name. */
  private scopeOf(r: TfResource, parent: string): Scope {
    const level = HIERARCHY_SCOPES[parent];
    if (level) {
      const id = this.text(r.body.get(level.arg), r);
      if (!id) {
        return parent === 'project' ? { scope: PROVIDER_DEFAULT_PROJECT, kind: level.kind, unresolved: [] } : { kind: level.kind, unresolved: [] };
      }
      const scope = id.text.startsWith(level.prefix) ? id.text : level.prefix + id.text;
      return { scope, kind: level.kind, unresolved: id.unresolved };
    }
    const args: Record<string, string> = {};
    const unresolved: string[] = [];
    for (const name of argumentOrder(r)) {
      if (GRANT_ARGS.has(name)) continue;
      const t = this.text(r.body.get(name), r);
      if (!t) continue;
      args[name] = t.text;
      unresolved.push(...t.unresolved);
    }
    const values = Object.values(args);
    return { scope: values.length ? `${parent}:${values.join('/')}` : parent, kind: 'resource', unresolved, args };
  }

  /** Bindings of an `_iam_policy` resource: from the data.google_iam_policy it names, or from literal JSON. */
  private policyBindings(r: TfResource): Binding[] | undefined {
    const span = r.attrSpans.get('policy_data');
    const v = r.body.get('policy_data');
    if (!v || v.kind === 'null') {
      this.error(r, undefined, 'expected argument "policy_data" (data.google_iam_policy.<name>.policy_data or a JSON IAM policy)');
      return undefined;
    }
    // jsonencode({ bindings = [...] }): the value before encoding keeps each member's span.
    if (v.kind === 'string' && v.source?.kind === 'object') {
      const bindings = getAttr(v.source, 'bindings');
      if (bindings) return this.bindingObjects(elementsOf(bindings), r, v.span ?? span ?? r.span);
    }
    if (v.kind === 'string' && !v.unknowns?.length) return this.jsonPolicyBindings(r, v.value, v.span ?? span);
    // JSON text with unknown parts inside its strings (`"members": ["${var.m}"]`) still parses; outside them it cannot.
    if (v.kind === 'string' && isJson(v.value)) return this.jsonPolicyBindings(r, v.value, v.span ?? span, v.unknowns);
    const target = v.kind === 'unknown' ? this.index.lookupValue(v, r.modulePath) : undefined;
    if (target?.resource.type === 'google_iam_policy' && target.resource.mode === 'data') {
      return this.policyDocumentBindings(target.resource, r);
    }
    let expr = 'policy_data';
    let why = 'not a google_iam_policy document or JSON policy';
    if (v.kind === 'unknown') [expr, why] = [v.expr, v.reason ?? 'unknown value'];
    else if (v.kind === 'string') [expr, why] = [(v.unknowns ?? []).join(', '), 'the policy text has parts that could not be evaluated'];
    this.unresolved.push({
      span: { ...(span ?? r.span), address: r.address },
      expr,
      reason: `${r.address}: the IAM policy could not be evaluated (${why})`,
    });
    return undefined;
  }

  /** Bindings of a data.google_iam_policy: its `binding` blocks, each with role, members, optional condition. */
  private policyDocumentBindings(doc: TfResource, r: TfResource): Binding[] {
    const auditConfigServices: string[] = [];
    for (const a of elementsOf(doc.body.get('audit_config') ?? { kind: 'null' })) {
      const service = this.text(getAttr(a, 'service'), doc);
      if (service) auditConfigServices.push(service.text);
    }
    const blocks = elementsOf(doc.body.get('binding') ?? { kind: 'null' });
    return this.bindingObjects(blocks, r, doc.attrSpans.get('binding') ?? doc.span, doc.address, auditConfigServices);
  }

  /**
   * Binding objects (`binding` blocks of a policy document, or `bindings` items of a jsonencode'd policy):
   * `{ role, members, condition }`, the condition a block list or an object.
   */
  private bindingObjects(blocks: Value[], r: TfResource, fallback: SourceSpan, policy?: string, auditConfigServices?: string[]): Binding[] {
    const out: Binding[] = [];
    for (const block of blocks) {
      if (block.kind !== 'object') {
        // A dynamic block or list item over a collection that could not be evaluated.
        this.unresolved.push({
          span: { ...(block.span ?? fallback), address: r.address },
          expr: block.kind === 'unknown' ? block.expr : JSON.stringify(toPlain(block)),
          reason: `${r.address}: IAM policy bindings${policy ? ` of ${policy}` : ''} could not be evaluated`,
        });
        continue;
      }
      const members = getAttr(block, 'members');
      const binding: Binding = {
        role: getAttr(block, 'role'),
        roleSpan: getAttr(block, 'role')?.span ?? block.span ?? fallback,
        members: members ? elementsOf(members) : [],
        membersSpan: members?.span ?? block.span ?? fallback,
        condition: getAttr(block, 'condition'),
      };
      if (policy) binding.policy = policy;
      if (auditConfigServices) binding.auditConfigServices = auditConfigServices;
      out.push(binding);
    }
    return out;
  }

  /** policy_data written as JSON (`jsonencode({ bindings = [...] })` or a heredoc). */
  private jsonPolicyBindings(r: TfResource, json: string, span: SourceSpan | undefined, unknowns: string[] = []): Binding[] | undefined {
    let doc: unknown;
    try {
      doc = JSON.parse(json);
    } catch (e) {
      this.error(r, span, `policy_data: expected a JSON IAM policy ({"bindings": [{"role": ..., "members": [...]}]}): ${(e as Error).message}`);
      return undefined;
    }
    const bindings = (doc as { bindings?: unknown } | null)?.bindings;
    if (!Array.isArray(bindings)) {
      this.error(r, span, 'policy_data: expected a JSON IAM policy with a "bindings" array');
      return undefined;
    }
    // A string of the policy: with the span of policy_data and the unknown expressions written inside it.
    const text = (value: string): Value => {
      const inside = unknowns.filter((u) => value.includes('${' + u + '}'));
      return { kind: 'string', value, ...(inside.length ? { unknowns: inside } : {}), ...(span ? { span } : {}) };
    };
    const out: Binding[] = [];
    for (const b of bindings as Array<Record<string, unknown>>) {
      const members = Array.isArray(b?.members) ? (b.members as unknown[]) : [];
      const cond = b?.condition as Record<string, unknown> | undefined;
      out.push({
        role: typeof b?.role === 'string' ? text(b.role) : undefined,
        roleSpan: span,
        members: members.filter((m): m is string => typeof m === 'string').map(text),
        membersSpan: span,
        condition: cond ? jsonCondition(cond) : undefined,
      });
    }
    return out;
  }

  /** Fills `conditions` from a condition block; returns unknown expressions found in it. */
  private condition(v: Value | undefined, r: TfResource, conditions: Conditions): string[] {
    const block = firstBlock(v);
    if (!block) return [];
    if (block.kind === 'unknown') {
      conditions[CONDITION_KEY] = { expression: ['${' + block.expr + '}'] };
      return [block.expr];
    }
    const out: Record<string, string[]> = {};
    const unresolved: string[] = [];
    for (const key of ['title', 'description', 'expression']) {
      const t = this.text(getAttr(block, key), r);
      if (!t) continue;
      out[key] = [t.text];
      unresolved.push(...t.unresolved);
    }
    if (Object.keys(out).length) conditions[CONDITION_KEY] = out;
    return unresolved;
  }

  private principal(member: Value, r: TfResource, rewrite?: (text: string) => string): {
    principal: Principal;
    unresolved: string[];
    memberKind: string;
    deleted: boolean;
    unrecognized: boolean;
    domain?: string;
  } {
    const t = this.text(member, r) ?? { text: '', unresolved: [], refs: [] };
    const parsed = parseMember(rewrite ? rewrite(t.text) : t.text);
    const account = t.refs.find(isServiceAccountResource);
    let type = parsed.type;
    // `google_service_account.x.member` left unknown still names a service account.
    if (type === 'unknown' && account && member.kind === 'unknown') type = 'service-account';
    const principal: Principal = { type, name: parsed.name };
    const address = account?.address ?? (parsed.memberKind === 'serviceAccount' && parsed.email ? this.serviceAccounts.get(parsed.email) : undefined);
    if (address) principal.address = address;
    return {
      principal,
      unresolved: t.unresolved,
      memberKind: parsed.memberKind,
      deleted: parsed.deleted,
      unrecognized: parsed.unrecognized,
      domain: parsed.domain,
    };
  }

  // ---- custom roles ----

  private customRole(r: TfResource): void {
    const isProject = r.type === 'google_project_iam_custom_role';
    const roleId = this.text(r.body.get('role_id'), r);
    if (!roleId) {
      this.error(r, undefined, 'expected argument "role_id"');
      return;
    }
    const parentArg = isProject ? 'project' : 'org_id';
    const parentText = this.text(r.body.get(parentArg), r);
    const scope = isProject
      ? parentText
        ? `projects/${parentText.text}`
        : PROVIDER_DEFAULT_PROJECT
      : `organizations/${parentText?.text ?? '(missing org_id)'}`;
    if (!isProject && !parentText) this.error(r, undefined, 'expected argument "org_id"');
    const permissionsValue = r.body.get('permissions');
    const actions: string[] = [];
    const unresolved = [...roleId.unresolved, ...(parentText?.unresolved ?? [])];
    for (const p of permissionsValue ? elementsOf(permissionsValue) : []) {
      const t = this.text(p, r);
      if (!t) continue;
      if (p.kind === 'unknown') unresolved.push(...t.unresolved);
      else {
        actions.push(t.text);
        unresolved.push(...t.unresolved);
      }
    }
    const role = `${scope}/roles/${roleId.text}`;
    const details: GrantDetails = {
      scopeKind: isProject ? 'project' : 'organization',
      resourceType: r.type,
      stage: this.text(r.body.get('stage'), r)?.text ?? 'GA',
    };
    const title = this.text(r.body.get('title'), r)?.text;
    if (title !== undefined) details.title = title;
    // The list as written: in a module called with literal permissions, that is the caller's line.
    const span = permissionsValue?.span ?? r.attrSpans.get('permissions') ?? r.span;
    this.add(
      makeGrant({
        cloud: 'gcp',
        kind: 'role-definition',
        principal: { type: 'role', name: role, address: r.address },
        effect: 'allow',
        actions,
        role,
        scope,
        source: { ...span, format: 'terraform', address: r.address },
        unresolved: unique(unresolved),
        details,
      }),
    );
  }

  // ---- Cloud Storage legacy ACLs ----

  private storageAcl(r: TfResource): void {
    const spec = STORAGE_ACL_RESOURCES[r.type]!;
    const unresolved: string[] = [];
    const arg = (name: string): string => {
      const t = this.text(r.body.get(name), r);
      if (t) unresolved.push(...t.unresolved);
      return t?.text ?? `(missing ${name})`;
    };
    const bucket = arg('bucket');
    const parent = spec.target === 'object' ? 'storage_object' : 'storage_bucket';
    const scope = spec.target === 'object' ? `storage_object:${bucket}/${arg('object')}` : `storage_bucket:${bucket}`;
    /** One ACL entry: role text, the value naming the entity, and where it was written. */
    const entries: Array<{ role: string; entity: Value; roleUnresolved: string[] }> = [];
    if (spec.form === 'entry') {
      const role = this.text(r.body.get('role'), r);
      const entity = r.body.get('entity');
      if (!role || !entity || entity.kind === 'null') {
        this.error(r, undefined, 'expected arguments "role" (OWNER, READER or WRITER) and "entity" (allUsers, user-<email>, group-<email>...)');
        return;
      }
      entries.push({ role: role.text, entity, roleUnresolved: role.unresolved });
    } else {
      for (const item of elementsOf(r.body.get('role_entity') ?? { kind: 'null' })) {
        const t = this.text(item, r);
        if (!t) continue;
        const split = splitRoleEntity(t.text);
        // `ROLE:entity` as one string: the entity part becomes the member, with the item's span.
        const entity: Value = { kind: 'string', value: split?.entity ?? t.text, ...(item.span ? { span: item.span } : {}) };
        if (t.unresolved.length) Object.assign(entity, { unknowns: t.unresolved });
        entries.push({ role: split?.role ?? t.text, entity, roleUnresolved: [] });
      }
      // predefined_acl (and a bucket ACL's default_acl for new objects) stand for entries of their own.
      for (const name of ['predefined_acl', 'default_acl']) {
        const predefined = this.text(r.body.get(name), r)?.text;
        const span = r.attrSpans.get(name);
        for (const entry of (predefined && PREDEFINED_ACL_ENTRIES[predefined]) || []) {
          const split = splitRoleEntity(entry)!;
          entries.push({ role: split.role, entity: { kind: 'string', value: split.entity, ...(span ? { span } : {}) }, roleUnresolved: [] });
        }
      }
    }
    for (const e of entries) {
      const who = this.principal(e.entity, r, aclEntityMember);
      const details: GrantDetails = {
        scopeKind: 'resource',
        authoritative: spec.form === 'list',
        resourceType: r.type,
        iamVariant: 'acl',
        parent,
        memberKind: who.memberKind,
        aclTarget: spec.target,
      };
      if (who.domain) details.memberDomain = who.domain;
      const span = e.entity.span ?? r.attrSpans.get(spec.form === 'entry' ? 'entity' : 'role_entity') ?? r.span;
      this.add(
        makeGrant({
          cloud: 'gcp',
          kind: 'iam-member',
          principal: who.principal,
          effect: 'allow',
          actions: [],
          role: `acl:${e.role}`,
          scope,
          source: { ...span, format: 'terraform', address: r.address },
          unresolved: unique([...who.unresolved, ...e.roleUnresolved, ...unresolved]),
          details,
        }),
      );
    }
  }

  // ---- service account keys ----

  /** The service account a key belongs to, from the argument naming it (email, id, resource name or reference). */
  private keyOwner(r: TfResource, arg: string, expected: string): { principal: Principal; unresolved: string[] } | undefined {
    const t = this.text(r.body.get(arg), r);
    if (!t) {
      this.error(r, undefined, `expected argument "${arg}" (${expected})`);
      return undefined;
    }
    const account = t.refs.find(isServiceAccountResource);
    const email = (account && serviceAccountEmail(account)) ?? emailOfServiceAccountId(t.text);
    const principal: Principal = { type: 'service-account', name: email ? `serviceAccount:${email}` : t.text };
    const address = account?.address ?? (email ? this.serviceAccounts.get(email.toLowerCase()) : undefined);
    if (address) principal.address = address;
    return { principal, unresolved: email ? [] : t.unresolved };
  }

  private serviceAccountKey(r: TfResource): void {
    const owner = this.keyOwner(r, 'service_account_id', 'the service account email, id or resource name');
    if (!owner) return;
    const uploaded = r.body.get('public_key_data');
    this.add(
      makeGrant({
        cloud: 'gcp',
        kind: 'credential',
        principal: owner.principal,
        effect: 'allow',
        actions: [],
        source: { ...r.span, format: 'terraform', address: r.address },
        unresolved: owner.unresolved,
        details: {
          credentialType: 'service-account-key',
          resourceType: r.type,
          keyOrigin: uploaded && uploaded.kind !== 'null' ? 'uploaded' : 'google-generated',
        },
      }),
    );
  }

  /** HMAC keys let S3-compatible clients call Cloud Storage as the service account, with a static secret. */
  private hmacKey(r: TfResource): void {
    const owner = this.keyOwner(r, 'service_account_email', 'the service account email');
    if (!owner) return;
    const state = this.text(r.body.get('state'), r)?.text ?? 'ACTIVE';
    this.add(
      makeGrant({
        cloud: 'gcp',
        kind: 'credential',
        principal: owner.principal,
        effect: 'allow',
        actions: [],
        source: { ...r.span, format: 'terraform', address: r.address },
        unresolved: owner.unresolved,
        details: { credentialType: 'hmac-key', resourceType: r.type, state },
      }),
    );
  }

  // ---- workload / workforce identity federation ----

  private identityPoolProvider(r: TfResource): void {
    const workload = r.type === 'google_iam_workload_identity_pool_provider';
    const unresolved: string[] = [];
    const arg = (name: string): string | undefined => {
      const t = this.text(r.body.get(name), r);
      if (t) unresolved.push(...t.unresolved);
      return t?.text;
    };
    const pool = arg(workload ? 'workload_identity_pool_id' : 'workforce_pool_id') ?? '(missing pool)';
    const providerId = arg(workload ? 'workload_identity_pool_provider_id' : 'provider_id') ?? '(missing provider id)';
    const scope = workload
      ? `projects/${arg('project') ?? '(provider default)'}/locations/global/workloadIdentityPools/${pool}/providers/${providerId}`
      : `locations/${arg('location') ?? 'global'}/workforcePools/${pool}/providers/${providerId}`;

    const conditions: Conditions = {};
    const attributeCondition = arg('attribute_condition');
    if (attributeCondition !== undefined) conditions['gcp:attribute_condition'] = { expression: [attributeCondition] };
    const mapping = r.body.get('attribute_mapping');
    if (mapping?.kind === 'object') {
      const m: Record<string, string[]> = {};
      for (const [k, v] of mapping.entries) {
        const t = this.text(v, r);
        if (!t) continue;
        m[k] = [t.text];
        unresolved.push(...t.unresolved);
      }
      conditions['gcp:attribute_mapping'] = m;
    } else if (mapping?.kind === 'unknown') {
      conditions['gcp:attribute_mapping'] = { '*': ['${' + mapping.expr + '}'] };
      unresolved.push(mapping.expr);
    }

    let providerType = 'unknown';
    let issuer = '(unknown identity provider)';
    const oidc = firstBlock(r.body.get('oidc'));
    const aws = firstBlock(r.body.get('aws'));
    if (oidc) {
      providerType = 'oidc';
      const t = this.text(getAttr(oidc, 'issuer_uri'), r);
      if (t) {
        issuer = t.text;
        unresolved.push(...t.unresolved);
      }
      const audiences = getAttr(oidc, 'allowed_audiences');
      if (audiences) {
        const values = elementsOf(audiences).flatMap((a) => {
          const at = this.text(a, r);
          if (at) unresolved.push(...at.unresolved);
          return at ? [at.text] : [];
        });
        conditions['gcp:oidc'] = { allowed_audiences: values };
      }
    } else if (aws) {
      providerType = 'aws';
      const t = this.text(getAttr(aws, 'account_id'), r);
      issuer = `aws:${t?.text ?? '(missing account_id)'}`;
      if (t) unresolved.push(...t.unresolved);
    } else if (firstBlock(r.body.get('saml'))) {
      providerType = 'saml';
      issuer = 'saml';
    } else if (firstBlock(r.body.get('x509'))) {
      providerType = 'x509';
      issuer = 'x509';
    }
    const span = r.attrSpans.get('attribute_condition') ?? r.span;
    this.add(
      makeGrant({
        cloud: 'gcp',
        kind: 'trust-policy',
        principal: { type: 'federated', name: issuer },
        effect: 'allow',
        actions: [],
        scope,
        conditions,
        source: { ...span, format: 'terraform', address: r.address },
        unresolved: unique(unresolved),
        details: {
          resourceType: r.type,
          providerType,
          pool: workload ? 'workload' : 'workforce',
          attributeConditionMissing: attributeCondition === undefined,
        },
      }),
    );
  }
}

function jsonCondition(c: Record<string, unknown>): Value {
  const entries = new Map<string, Value>();
  for (const key of ['title', 'description', 'expression']) {
    if (typeof c[key] === 'string') entries.set(key, { kind: 'string', value: c[key] as string });
  }
  return { kind: 'object', entries };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Items of a list; a single value stands for itself; null for nothing. An unknown list stays one unknown item. */
export function elementsOf(v: Value): Value[] {
  if (v.kind === 'list') return v.items;
  if (v.kind === 'null') return [];
  return [v];
}

/** The first nested block of a block-typed argument (list of objects), or the object itself. */
function firstBlock(v: Value | undefined): Value | undefined {
  if (!v || v.kind === 'null') return undefined;
  if (v.kind === 'list') return v.items.find((i) => i.kind === 'object' || i.kind === 'unknown');
  return v.kind === 'object' || v.kind === 'unknown' ? v : undefined;
}

/** Argument names in source order (by their spans), falling back to evaluation order. */
function argumentOrder(r: TfResource): string[] {
  const names = [...r.body.keys()];
  return names
    .map((name, i) => ({ name, i, span: r.attrSpans.get(name) }))
    .sort((a, b) => (a.span && b.span ? a.span.line - b.span.line || a.span.column - b.span.column : a.i - b.i))
    .map((x) => x.name);
}

/** `projects/p/serviceAccounts/sa@p.iam.gserviceaccount.com` or a bare email → the email. */
function emailOfServiceAccountId(id: string): string | undefined {
  if (id.includes('${')) return undefined;
  const last = id.split('/').pop()!;
  return last.includes('@') ? last : undefined;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
