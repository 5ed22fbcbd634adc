import { describe, expect, it } from 'vitest';
import type { TfResource } from '../src/evaluate/terraform/model.js';
import type { SourceSpan } from '../src/model/span.js';
import type { Value } from '../src/evaluate/value.js';
import { extractGcpFromTerraform } from '../src/extract/gcp/terraform.js';
import { parseMember } from '../src/extract/gcp/members.js';

const span = (line: number, column: number, endColumn: number, file = 'iam.tf'): SourceSpan => ({
  file,
  line,
  column,
  endLine: line,
  endColumn,
});
const s = (value: string, at?: SourceSpan): Value => (at ? { kind: 'string', value, span: at } : { kind: 'string', value });
const tmpl = (value: string, unknowns: string[], at?: SourceSpan): Value => ({ kind: 'string', value, unknowns, ...(at ? { span: at } : {}) });
const list = (items: Value[], at?: SourceSpan): Value => ({ kind: 'list', items, ...(at ? { span: at } : {}) });
const obj = (entries: Record<string, Value>, at?: SourceSpan): Value => ({
  kind: 'object',
  entries: new Map(Object.entries(entries)),
  ...(at ? { span: at } : {}),
});
const unknownRef = (expr: string, address: string, attribute: string): Value => ({
  kind: 'unknown',
  expr,
  ref: { address, attribute },
  reason: 'computed-attribute',
});

/** A resource block starting at `line`; each argument sits on its own line after it, in the order given. */
function resource(
  type: string,
  name: string,
  line: number,
  body: Record<string, Value>,
  extra: { mode?: 'managed' | 'data'; modulePath?: string; key?: string; file?: string } = {},
): TfResource {
  const file = extra.file ?? 'iam.tf';
  const mode = extra.mode ?? 'managed';
  const local = `${mode === 'data' ? 'data.' : ''}${type}.${name}`;
  const base = extra.modulePath ? `${extra.modulePath}.${local}` : local;
  const attrSpans = new Map<string, SourceSpan>();
  Object.keys(body).forEach((k, i) => attrSpans.set(k, { file, line: line + 1 + i, column: 3, endLine: line + 1 + i, endColumn: 40 }));
  return {
    mode,
    type,
    name,
    address: extra.key !== undefined ? `${base}["${extra.key}"]` : base,
    baseAddress: base,
    modulePath: extra.modulePath ?? '',
    span: { file, line, column: 1, endLine: line + Object.keys(body).length + 1, endColumn: 2 },
    body: new Map(Object.entries(body)),
    attrSpans,
    ...(extra.key !== undefined ? { instanceKey: extra.key } : {}),
  };
}

describe('parseMember', () => {
  it.each([
    ['user:Alice@Example.com', 'user', 'user', 'alice@example.com', 'example.com', false],
    ['group:admins@example.com', 'group', 'group', 'admins@example.com', 'example.com', false],
    ['serviceAccount:ci@p.iam.gserviceaccount.com', 'service-account', 'serviceAccount', 'ci@p.iam.gserviceaccount.com', 'p.iam.gserviceaccount.com', false],
    ['domain:example.com', 'group', 'domain', undefined, 'example.com', false],
    ['allUsers', 'public', 'allUsers', undefined, undefined, false],
    ['allAuthenticatedUsers', 'public', 'allAuthenticatedUsers', undefined, undefined, false],
    ['deleted:user:bob@example.com?uid=123456', 'user', 'user', 'bob@example.com', 'example.com', true],
    ['deleted:serviceAccount:old@p.iam.gserviceaccount.com?uid=9', 'service-account', 'serviceAccount', 'old@p.iam.gserviceaccount.com', 'p.iam.gserviceaccount.com', true],
    ['projectOwner:my-proj', 'group', 'projectOwner', undefined, undefined, false],
    ['projectViewer:my-proj', 'group', 'projectViewer', undefined, undefined, false],
  ] as const)('%s', (text, type, memberKind, email, domain, deleted) => {
    const m = parseMember(text);
    expect({ type: m.type, memberKind: m.memberKind, email: m.email, domain: m.domain, deleted: m.deleted, unrecognized: m.unrecognized }).toEqual({
      type,
      memberKind,
      email,
      domain,
      deleted,
      unrecognized: false,
    });
  });

  it.each([
    ['principal://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/gh/subject/repo:o/r:ref:refs/heads/main', 'federated', 'principal'],
    ['principalSet://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/gh/attribute.repository/o/r', 'federated', 'principalSet'],
    ['principalSet://iam.googleapis.com/locations/global/workforcePools/staff/group/eng', 'federated', 'principalSet'],
    ['principalSet://cloudresourcemanager.googleapis.com/projects/123/type/ServiceAccount', 'service-account', 'principalSet'],
    ['principal://goog/subject/alice@example.com', 'user', 'principal'],
    ['principalSet://goog/group/eng@example.com', 'group', 'principalSet'],
  ] as const)('%s', (text, type, memberKind) => {
    const m = parseMember(text);
    expect([m.type, m.memberKind, m.unrecognized]).toEqual([type, memberKind, false]);
  });

  it('flags text that follows no member format, but not an unknown value', () => {
    expect([parseMember('alice@example.com').type, parseMember('alice@example.com').unrecognized]).toEqual(['unknown', true]);
    expect([parseMember('${var.member}').type, parseMember('${var.member}').unrecognized]).toEqual(['unknown', false]);
  });
});

describe('extractGcpFromTerraform: _iam_member / _iam_binding', () => {
  it('project _iam_member: one grant at the member value, project scope, additive', () => {
    const r = resource('google_project_iam_member', 'viewer', 10, {
      project: s('my-proj'),
      role: s('roles/viewer'),
      member: s('user:alice@example.com', span(13, 14, 38)),
    });
    const { grants, errors, unresolved } = extractGcpFromTerraform([r]);
    expect(errors).toEqual([]);
    expect(unresolved).toEqual([]);
    expect(grants).toHaveLength(1);
    const { id, ...g } = grants[0]!;
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(g).toEqual({
      cloud: 'gcp',
      kind: 'iam-member',
      principal: { type: 'user', name: 'user:alice@example.com' },
      effect: 'allow',
      actions: [],
      notActions: [],
      role: 'roles/viewer',
      resources: [],
      notResources: [],
      scope: 'projects/my-proj',
      conditions: {},
      source: { file: 'iam.tf', line: 13, column: 14, endLine: 13, endColumn: 38, format: 'terraform', address: 'google_project_iam_member.viewer' },
      unresolved: [],
      details: {
        scopeKind: 'project',
        authoritative: false,
        resourceType: 'google_project_iam_member',
        iamVariant: 'member',
        parent: 'project',
        memberKind: 'user',
        memberDomain: 'example.com',
      },
    });
  });

  it('_iam_binding: one grant per member at each element, authoritative, with the condition', () => {
    const r = resource(
      'google_folder_iam_binding',
      'admins',
      1,
      {
        folder: s('folders/123456'),
        role: s('roles/resourcemanager.folderAdmin'),
        members: list([s('group:admins@example.com', span(5, 5, 31)), s('user:bob@example.com', span(6, 5, 27))], span(4, 13, 7)),
        condition: list([
          obj({ title: s('expires'), expression: s('request.time < timestamp("2030-01-01T00:00:00Z")') }, span(8, 3, 11)),
        ]),
      },
      { modulePath: 'module.org', key: 'admins' },
    );
    const { grants } = extractGcpFromTerraform([r]);
    expect(
      grants.map((g) => [g.principal.name, g.role, g.scope, g.source.line, g.source.column, g.source.address, g.details?.authoritative, g.conditions]),
    ).toEqual([
      [
        'group:admins@example.com',
        'roles/resourcemanager.folderAdmin',
        'folders/123456',
        5,
        5,
        'module.org.google_folder_iam_binding.admins["admins"]',
        true,
        { 'gcp:condition': { title: ['expires'], expression: ['request.time < timestamp("2030-01-01T00:00:00Z")'] } },
      ],
      [
        'user:bob@example.com',
        'roles/resourcemanager.folderAdmin',
        'folders/123456',
        6,
        5,
        'module.org.google_folder_iam_binding.admins["admins"]',
        true,
        { 'gcp:condition': { title: ['expires'], expression: ['request.time < timestamp("2030-01-01T00:00:00Z")'] } },
      ],
    ]);
    expect(grants[0]!.details?.scopeKind).toBe('folder');
  });

  it('organization and billing account scopes; numbers written without quotes', () => {
    const org = resource('google_organization_iam_member', 'o', 1, {
      org_id: { kind: 'number', value: 1234567890 },
      role: s('roles/owner'),
      member: s('group:root@example.com'),
    });
    const billing = resource('google_billing_account_iam_member', 'b', 10, {
      billing_account_id: s('0A1B2C-3D4E5F-6A7B8C'),
      role: s('roles/billing.admin'),
      member: s('group:finance@example.com'),
    });
    const { grants } = extractGcpFromTerraform([org, billing]);
    expect(grants.map((g) => [g.scope, g.details?.scopeKind, g.source.line])).toEqual([
      ['organizations/1234567890', 'organization', 4],
      ['billingAccounts/0A1B2C-3D4E5F-6A7B8C', 'billing-account', 13],
    ]);
  });

  it('resource-level IAM: scope from the identifying arguments in source order', () => {
    const bucket = resource('google_storage_bucket_iam_member', 'public', 20, {
      bucket: s('site-assets'),
      role: s('roles/storage.objectViewer'),
      member: s('allUsers', span(23, 12, 22)),
    });
    const topic = resource('google_pubsub_topic_iam_binding', 'pub', 30, {
      project: s('p1'),
      topic: s('events'),
      role: s('roles/pubsub.publisher'),
      members: list([s('allAuthenticatedUsers', span(34, 16, 39))]),
    });
    const { grants } = extractGcpFromTerraform([bucket, topic]);
    expect(grants.map((g) => [g.principal, g.scope, g.details?.scopeKind, g.details?.scopeArgs, g.details?.parent])).toEqual([
      [{ type: 'public', name: 'allUsers' }, 'storage_bucket:site-assets', 'resource', { bucket: 'site-assets' }, 'storage_bucket'],
      [{ type: 'public', name: 'allAuthenticatedUsers' }, 'pubsub_topic:p1/events', 'resource', { project: 'p1', topic: 'events' }, 'pubsub_topic'],
    ]);
  });

  it('a project-level resource without `project` uses the provider default project', () => {
    const r = resource('google_project_iam_member', 'm', 1, { role: s('roles/viewer'), member: s('group:g@example.com') });
    expect(extractGcpFromTerraform([r]).grants[0]!.scope).toBe('projects/(provider default)');
  });

  it('unknown members, roles and scopes become unknown principals and listed unresolved expressions', () => {
    const r = resource('google_project_iam_binding', 'b', 1, {
      project: { kind: 'unknown', expr: 'var.project_id', reason: 'input-variable' },
      role: s('roles/editor'),
      members: { kind: 'unknown', expr: 'var.members', reason: 'input-variable', span: span(4, 13, 24) },
    });
    const { grants } = extractGcpFromTerraform([r]);
    expect(grants.map((g) => [g.principal, g.scope, g.role, g.unresolved, g.source.line, g.source.column])).toEqual([
      [{ type: 'unknown', name: '${var.members}' }, 'projects/${var.project_id}', 'roles/editor', ['var.members', 'var.project_id'], 4, 13],
    ]);
  });

  it('an element without a span points at the members argument', () => {
    const r = resource('google_project_iam_binding', 'b', 1, {
      project: s('p'),
      role: s('roles/viewer'),
      members: list([s('group:g@example.com')]),
    });
    const g = extractGcpFromTerraform([r]).grants[0]!;
    expect([g.source.line, g.source.column, g.source.endColumn]).toEqual([4, 3, 40]);
  });

  it('service account members resolve to the declared account, with its address', () => {
    const sa = resource('google_service_account', 'ci', 1, { account_id: s('ci-runner'), project: s('build-proj') });
    const viaTemplate = resource('google_project_iam_member', 'a', 10, {
      project: s('build-proj'),
      role: s('roles/cloudbuild.builds.editor'),
      member: tmpl('serviceAccount:${google_service_account.ci.email}', ['google_service_account.ci.email'], span(13, 12, 62)),
    });
    const viaRef = resource('google_project_iam_member', 'b', 20, {
      project: s('build-proj'),
      role: s('roles/logging.logWriter'),
      member: unknownRef('google_service_account.ci.member', 'google_service_account.ci', 'member'),
    });
    const { grants } = extractGcpFromTerraform([sa, viaTemplate, viaRef]);
    expect(grants.map((g) => [g.principal, g.unresolved])).toEqual([
      [{ type: 'service-account', name: 'serviceAccount:ci-runner@build-proj.iam.gserviceaccount.com', address: 'google_service_account.ci' }, []],
      [{ type: 'service-account', name: 'serviceAccount:ci-runner@build-proj.iam.gserviceaccount.com', address: 'google_service_account.ci' }, []],
    ]);
  });

  it('a member written as the literal email of a declared service account links to it', () => {
    const sa = resource('google_service_account', 'ci', 1, { account_id: s('ci-runner'), project: s('build-proj') });
    const m = resource('google_storage_bucket_iam_member', 'm', 10, {
      bucket: s('b'),
      role: s('roles/storage.objectViewer'),
      member: s('serviceAccount:CI-Runner@build-proj.iam.gserviceaccount.com'),
    });
    const key = resource('google_service_account_key', 'k', 20, { service_account_id: s('ci-runner@build-proj.iam.gserviceaccount.com') });
    expect(extractGcpFromTerraform([sa, m, key]).grants.map((g) => g.principal)).toEqual([
      { type: 'service-account', name: 'serviceAccount:CI-Runner@build-proj.iam.gserviceaccount.com', address: 'google_service_account.ci' },
      { type: 'service-account', name: 'serviceAccount:ci-runner@build-proj.iam.gserviceaccount.com', address: 'google_service_account.ci' },
    ]);
  });

  it('a reference to an account whose email cannot be computed keeps the expression and the address', () => {
    const sa = resource('google_service_account', 'ci', 1, { account_id: { kind: 'unknown', expr: 'var.name' } }, { modulePath: 'module.sa' });
    const m = resource(
      'google_project_iam_member',
      'a',
      10,
      {
        project: s('p'),
        role: s('roles/viewer'),
        member: tmpl('serviceAccount:${google_service_account.ci.email}', ['google_service_account.ci.email']),
      },
      { modulePath: 'module.sa' },
    );
    const g = extractGcpFromTerraform([sa, m]).grants[0]!;
    expect([g.principal, g.unresolved]).toEqual([
      { type: 'service-account', name: 'serviceAccount:${google_service_account.ci.email}', address: 'module.sa.google_service_account.ci' },
      ['google_service_account.ci.email'],
    ]);
  });

  it('the same member twice yields one grant', () => {
    const r = resource('google_project_iam_binding', 'b', 1, {
      project: s('p'),
      role: s('roles/viewer'),
      members: list([s('group:g@example.com', span(4, 5, 25)), s('group:g@example.com', span(5, 5, 25))]),
    });
    expect(extractGcpFromTerraform([r]).grants.map((g) => g.source.line)).toEqual([4]);
  });

  it('deleted members are kept and marked', () => {
    const r = resource('google_project_iam_member', 'm', 1, {
      project: s('p'),
      role: s('roles/viewer'),
      member: s('deleted:user:old@example.com?uid=42'),
    });
    const g = extractGcpFromTerraform([r]).grants[0]!;
    expect([g.principal, g.details?.deletedMember]).toEqual([{ type: 'user', name: 'deleted:user:old@example.com?uid=42' }, true]);
  });

  it('a missing role or member is a located error, not a crash', () => {
    const noRole = resource('google_project_iam_member', 'a', 1, { project: s('p'), member: s('user:a@example.com', span(3, 12, 32)) });
    const noMember = resource('google_storage_bucket_iam_binding', 'b', 10, { bucket: s('b'), role: s('roles/viewer') });
    const { grants, errors } = extractGcpFromTerraform([noRole, noMember]);
    expect(grants).toEqual([]);
    expect(errors).toEqual([
      {
        file: 'iam.tf',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 40,
        message: 'google_project_iam_member.a: expected argument "role" (a role name such as "roles/viewer")',
        code: 'parse',
      },
      {
        file: 'iam.tf',
        line: 10,
        column: 1,
        endLine: 13,
        endColumn: 2,
        message: 'google_storage_bucket_iam_binding.b: expected argument "members" (a list of members)',
        code: 'parse',
      },
    ]);
  });

  it('an unknown condition block is kept as an unknown expression', () => {
    const r = resource('google_project_iam_member', 'm', 1, {
      project: s('p'),
      role: s('roles/viewer'),
      member: s('group:g@example.com'),
      condition: list([{ kind: 'unknown', expr: 'each.value.condition' }]),
    });
    const g = extractGcpFromTerraform([r]).grants[0]!;
    expect([g.conditions, g.unresolved]).toEqual([{ 'gcp:condition': { expression: ['${each.value.condition}'] } }, ['each.value.condition']]);
  });
});

describe('extractGcpFromTerraform: _iam_policy', () => {
  const policyDoc = resource(
    'google_iam_policy',
    'admin',
    1,
    {
      binding: list([
        obj(
          {
            role: s('roles/storage.admin', span(3, 12, 33, 'policy.tf')),
            members: list([s('group:storage@example.com', span(4, 16, 43, 'policy.tf')), s('allUsers', span(4, 45, 55, 'policy.tf'))]),
          },
          span(2, 3, 6, 'policy.tf'),
        ),
        obj(
          {
            role: s('roles/storage.objectViewer'),
            members: list([s('domain:example.com', span(8, 16, 36, 'policy.tf'))]),
            condition: list([obj({ title: s('office'), expression: s('request.time.getHours("UTC") < 18') })]),
          },
          span(6, 3, 9, 'policy.tf'),
        ),
      ]),
      audit_config: list([obj({ service: s('storage.googleapis.com') })]),
    },
    { mode: 'data', file: 'policy.tf' },
  );

  it('reads the bindings of the data.google_iam_policy named by policy_data, spans in the document', () => {
    const r = resource('google_storage_bucket_iam_policy', 'p', 20, {
      bucket: s('assets'),
      policy_data: unknownRef('data.google_iam_policy.admin.policy_data', 'data.google_iam_policy.admin', 'policy_data'),
    });
    const { grants, errors, unresolved } = extractGcpFromTerraform([policyDoc, r]);
    expect([errors, unresolved]).toEqual([[], []]);
    expect(
      grants.map((g) => [g.principal.name, g.role, g.scope, `${g.source.file}:${g.source.line}:${g.source.column}`, g.source.address, g.conditions]),
    ).toEqual([
      ['group:storage@example.com', 'roles/storage.admin', 'storage_bucket:assets', 'policy.tf:4:16', 'google_storage_bucket_iam_policy.p', {}],
      ['allUsers', 'roles/storage.admin', 'storage_bucket:assets', 'policy.tf:4:45', 'google_storage_bucket_iam_policy.p', {}],
      [
        'domain:example.com',
        'roles/storage.objectViewer',
        'storage_bucket:assets',
        'policy.tf:8:16',
        'google_storage_bucket_iam_policy.p',
        { 'gcp:condition': { title: ['office'], expression: ['request.time.getHours("UTC") < 18'] } },
      ],
    ]);
    expect(grants[0]!.details).toMatchObject({
      authoritative: true,
      iamVariant: 'policy',
      policy: 'data.google_iam_policy.admin',
      auditConfigServices: ['storage.googleapis.com'],
    });
  });

  it('finds the document by expression inside a module when the value carries no ref', () => {
    const doc = { ...policyDoc, address: 'module.m.data.google_iam_policy.admin', baseAddress: 'module.m.data.google_iam_policy.admin', modulePath: 'module.m' };
    const r = resource(
      'google_project_iam_policy',
      'p',
      20,
      { project: s('p'), policy_data: { kind: 'unknown', expr: 'data.google_iam_policy.admin.policy_data' } },
      { modulePath: 'module.m' },
    );
    expect(extractGcpFromTerraform([doc, r]).grants.map((g) => g.principal.name)).toEqual([
      'group:storage@example.com',
      'allUsers',
      'domain:example.com',
    ]);
  });

  it('literal JSON policy_data', () => {
    const json = JSON.stringify({
      bindings: [{ role: 'roles/viewer', members: ['user:a@example.com'], condition: { title: 't', expression: 'true' } }],
    });
    const r = resource('google_project_iam_policy', 'p', 1, { project: s('p'), policy_data: s(json, span(3, 17, 90)) });
    const g = extractGcpFromTerraform([r]).grants;
    expect(g.map((x) => [x.principal.name, x.role, x.conditions, x.source.line, x.source.column])).toEqual([
      ['user:a@example.com', 'roles/viewer', { 'gcp:condition': { title: ['t'], expression: ['true'] } }, 3, 17],
    ]);
  });

  it('policy_data that is not JSON is a located error', () => {
    const r = resource('google_project_iam_policy', 'p', 1, { project: s('p'), policy_data: s('{bindings', span(3, 17, 28)) });
    const { grants, errors } = extractGcpFromTerraform([r]);
    expect(grants).toEqual([]);
    expect(errors.map((e) => [e.file, e.line, e.column, e.code, e.message.split(': ').slice(0, 2).join(': ')])).toEqual([
      ['iam.tf', 3, 17, 'parse', 'google_project_iam_policy.p: policy_data'],
    ]);
    expect(errors[0]!.message).toContain('expected a JSON IAM policy');
  });

  it('JSON policy text with unknown parts inside its strings still yields grants, listing them', () => {
    const r = resource('google_project_iam_policy', 'p', 1, {
      project: s('p'),
      policy_data: tmpl('{"bindings":[{"role":"roles/viewer","members":["${var.m}","group:g@example.com"]}]}', ['var.m'], span(3, 17, 60)),
    });
    const { grants, unresolved } = extractGcpFromTerraform([r]);
    expect(unresolved).toEqual([]);
    expect(grants.map((g) => [g.principal, g.unresolved, g.source.line, g.source.column])).toEqual([
      [{ type: 'unknown', name: '${var.m}' }, ['var.m'], 3, 17],
      [{ type: 'group', name: 'group:g@example.com' }, [], 3, 17],
    ]);
  });

  it('policy text whose unknown parts break the JSON is an unresolved entry naming them', () => {
    const r = resource('google_project_iam_policy', 'p', 1, {
      project: s('p'),
      policy_data: tmpl('{"bindings": ${var.bindings}}', ['var.bindings']),
    });
    expect(extractGcpFromTerraform([r]).unresolved.map((u) => [u.span.line, u.expr, u.reason])).toEqual([
      [3, 'var.bindings', 'google_project_iam_policy.p: the IAM policy could not be evaluated (the policy text has parts that could not be evaluated)'],
    ]);
  });

  it('policy_data that cannot be evaluated is an unresolved entry at the argument', () => {
    const r = resource('google_project_iam_policy', 'p', 1, {
      project: s('p'),
      policy_data: { kind: 'unknown', expr: 'var.policy', reason: 'input-variable' },
    });
    const { grants, unresolved } = extractGcpFromTerraform([r]);
    expect(grants).toEqual([]);
    expect(unresolved).toEqual([
      {
        span: { file: 'iam.tf', line: 3, column: 3, endLine: 3, endColumn: 40, address: 'google_project_iam_policy.p' },
        expr: 'var.policy',
        reason: 'google_project_iam_policy.p: the IAM policy could not be evaluated (input-variable)',
      },
    ]);
  });
});

describe('extractGcpFromTerraform: custom roles, keys, federation', () => {
  it('custom roles are role definitions; bindings of them link back', () => {
    const role = resource('google_project_iam_custom_role', 'deployer', 1, {
      project: s('app-proj'),
      role_id: s('deployer'),
      title: s('Deployer'),
      permissions: list([s('iam.serviceAccounts.actAs'), s('run.services.create'), { kind: 'unknown', expr: 'var.extra' }]),
      stage: s('BETA'),
    });
    const binding = resource('google_project_iam_member', 'dep', 10, {
      project: s('app-proj'),
      role: unknownRef('google_project_iam_custom_role.deployer.id', 'google_project_iam_custom_role.deployer', 'id'),
      member: s('group:deployers@example.com'),
    });
    const { grants } = extractGcpFromTerraform([role, binding]);
    const [def, member] = grants;
    expect([def!.kind, def!.principal, def!.role, def!.scope, def!.actions, def!.unresolved, def!.details, def!.source.line]).toEqual([
      'role-definition',
      { type: 'role', name: 'projects/app-proj/roles/deployer', address: 'google_project_iam_custom_role.deployer' },
      'projects/app-proj/roles/deployer',
      'projects/app-proj',
      ['iam.serviceAccounts.actAs', 'run.services.create'],
      ['var.extra'],
      { scopeKind: 'project', resourceType: 'google_project_iam_custom_role', stage: 'BETA', title: 'Deployer' },
      5,
    ]);
    expect([member!.role, member!.details?.roleDefinition]).toEqual(['projects/app-proj/roles/deployer', 'google_project_iam_custom_role.deployer']);
  });

  it('organization custom role, stage defaulting to GA', () => {
    const role = resource('google_organization_iam_custom_role', 'r', 1, {
      org_id: s('123'),
      role_id: s('keyMaker'),
      permissions: list([s('iam.serviceAccountKeys.create')]),
    });
    const g = extractGcpFromTerraform([role]).grants[0]!;
    expect([g.role, g.scope, g.details?.scopeKind, g.details?.stage]).toEqual(['organizations/123/roles/keyMaker', 'organizations/123', 'organization', 'GA']);
  });

  it('service account keys are static credentials of the account', () => {
    const sa = resource('google_service_account', 'ci', 1, { account_id: s('ci'), project: s('p') });
    const key = resource('google_service_account_key', 'k', 5, {
      service_account_id: unknownRef('google_service_account.ci.name', 'google_service_account.ci', 'name'),
    });
    const literal = resource('google_service_account_key', 'l', 9, {
      service_account_id: s('projects/p/serviceAccounts/legacy@p.iam.gserviceaccount.com'),
      public_key_data: s('LS0t'),
    });
    const { grants } = extractGcpFromTerraform([sa, key, literal]);
    expect(grants.map((g) => [g.kind, g.principal, g.details, g.source.line, g.source.address])).toEqual([
      [
        'credential',
        { type: 'service-account', name: 'serviceAccount:ci@p.iam.gserviceaccount.com', address: 'google_service_account.ci' },
        { credentialType: 'service-account-key', resourceType: 'google_service_account_key', keyOrigin: 'google-generated' },
        5,
        'google_service_account_key.k',
      ],
      [
        'credential',
        { type: 'service-account', name: 'serviceAccount:legacy@p.iam.gserviceaccount.com' },
        { credentialType: 'service-account-key', resourceType: 'google_service_account_key', keyOrigin: 'uploaded' },
        9,
        'google_service_account_key.l',
      ],
    ]);
  });

  it('HMAC keys are static credentials of their service account', () => {
    const sa = resource('google_service_account', 's3', 1, { account_id: s('s3-client'), project: s('p') });
    const key = resource('google_storage_hmac_key', 'k', 5, {
      service_account_email: unknownRef('google_service_account.s3.email', 'google_service_account.s3', 'email'),
    });
    const g = extractGcpFromTerraform([sa, key]).grants[0]!;
    expect([g.kind, g.principal, g.details, g.unresolved, g.source.line]).toEqual([
      'credential',
      { type: 'service-account', name: 'serviceAccount:s3-client@p.iam.gserviceaccount.com', address: 'google_service_account.s3' },
      { credentialType: 'hmac-key', resourceType: 'google_storage_hmac_key', state: 'ACTIVE' },
      [],
      5,
    ]);
  });

  it('a key without its account argument is a located error', () => {
    const key = resource('google_service_account_key', 'k', 5, { key_algorithm: s('KEY_ALG_RSA_2048') });
    expect(extractGcpFromTerraform([key]).errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`)).toEqual([
      'iam.tf:5:1 google_service_account_key.k: expected argument "service_account_id" (the service account email, id or resource name)',
    ]);
  });

  it('workload identity pool providers are federation trust with their attribute condition', () => {
    const p = resource('google_iam_workload_identity_pool_provider', 'gh', 1, {
      project: s('p'),
      workload_identity_pool_id: s('github'),
      workload_identity_pool_provider_id: s('gh-actions'),
      attribute_condition: s('assertion.repository_owner == "example"', span(5, 25, 66)),
      attribute_mapping: obj({ 'google.subject': s('assertion.sub'), 'attribute.repository': s('assertion.repository') }),
      oidc: list([obj({ issuer_uri: s('https://token.actions.githubusercontent.com') })]),
    });
    const open = resource('google_iam_workload_identity_pool_provider', 'aws', 20, {
      workload_identity_pool_id: s('github'),
      workload_identity_pool_provider_id: s('aws'),
      aws: list([obj({ account_id: s('123456789012') })]),
    });
    const { grants } = extractGcpFromTerraform([p, open]);
    expect(grants.map((g) => [g.kind, g.principal, g.scope, g.conditions, g.details, g.source.line])).toEqual([
      [
        'trust-policy',
        { type: 'federated', name: 'https://token.actions.githubusercontent.com' },
        'projects/p/locations/global/workloadIdentityPools/github/providers/gh-actions',
        {
          'gcp:attribute_condition': { expression: ['assertion.repository_owner == "example"'] },
          'gcp:attribute_mapping': { 'google.subject': ['assertion.sub'], 'attribute.repository': ['assertion.repository'] },
        },
        { resourceType: 'google_iam_workload_identity_pool_provider', providerType: 'oidc', pool: 'workload', attributeConditionMissing: false },
        5,
      ],
      [
        'trust-policy',
        { type: 'federated', name: 'aws:123456789012' },
        'projects/(provider default)/locations/global/workloadIdentityPools/github/providers/aws',
        {},
        { resourceType: 'google_iam_workload_identity_pool_provider', providerType: 'aws', pool: 'workload', attributeConditionMissing: true },
        20,
      ],
    ]);
  });

  it('ACL entities map to IAM member forms; an ACL entry without entity is a located error', () => {
    const acl = resource('google_storage_object_access_control', 'o', 1, {
      bucket: s('b'),
      object: s('o.txt'),
      role: s('OWNER'),
      entity: s('domain-partner.example', span(5, 12, 36)),
    });
    const broken = resource('google_storage_bucket_access_control', 'x', 10, { bucket: s('b'), role: s('READER') });
    const { grants, errors } = extractGcpFromTerraform([acl, broken]);
    expect(grants.map((g) => [g.principal, g.role, g.scope, g.source.line, g.source.column, g.details?.memberDomain])).toEqual([
      [{ type: 'group', name: 'domain:partner.example' }, 'acl:OWNER', 'storage_object:b/o.txt', 5, 12, 'partner.example'],
    ]);
    expect(errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '10:1 google_storage_bucket_access_control.x: expected arguments "role" (OWNER, READER or WRITER) and "entity" (allUsers, user-<email>, group-<email>...)',
    ]);
  });

  it('ignores resources of other providers and non-IAM google resources', () => {
    const rs = [
      resource('aws_iam_role', 'r', 1, { name: s('r') }),
      resource('google_storage_bucket', 'b', 5, { name: s('b') }),
      resource('google_project_iam_audit_config', 'a', 9, { project: s('p'), service: s('allServices') }),
    ];
    expect(extractGcpFromTerraform(rs)).toEqual({ grants: [], unresolved: [], errors: [] });
  });
});
