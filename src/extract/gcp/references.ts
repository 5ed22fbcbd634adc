/**
 * Turns evaluated values of google resources into text, resolving references to resources declared in the scan
 * (`google_service_account.ci.email`, `google_project_iam_custom_role.deployer.id`) from their literal arguments.
 */
import type { TfResource } from '../../evaluate/terraform/model.js';
import { collectUnknowns, toPlain, type Value } from '../../evaluate/value.js';

/** Text of a value, what in it stayed unknown, and the declared resources it refers to. */
export interface ResolvedText {
  text: string;
  unresolved: string[];
  refs: TfResource[];
}

/** `data.google_service_account.ci.email`, `google_project_iam_custom_role.r["k"].id` as written inside a module. */
const REFERENCE_EXPR = /^((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*(?:\[(?:"[^"]*"|\d+)\])?)\.([a-z_]+)$/;

const SERVICE_ACCOUNT_DOMAIN = 'iam.gserviceaccount.com';

/** Index of the scanned resources by instance address and by address without instance key. */
export class ResourceIndex {
  private readonly byAddress = new Map<string, TfResource>();
  private readonly byBase = new Map<string, TfResource>();

  constructor(resources: readonly TfResource[]) {
    for (const r of resources) {
      this.byAddress.set(r.address, r);
      if (!this.byBase.has(r.baseAddress)) this.byBase.set(r.baseAddress, r);
    }
  }

  get(address: string): TfResource | undefined {
    return this.byAddress.get(address) ?? this.byBase.get(address);
  }

  /** Resource named by an expression written in a module (`google_service_account.ci.email`), with the attribute. */
  lookupExpr(expr: string, modulePath: string): { resource: TfResource; attribute: string } | undefined {
    const m = REFERENCE_EXPR.exec(expr);
    if (!m) return undefined;
    const resource = this.get(modulePath ? `${modulePath}.${m[1]}` : m[1]!);
    return resource ? { resource, attribute: m[2]! } : undefined;
  }

  /** Resource and attribute an unknown value refers to: from the evaluator's ref, else from the expression text. */
  lookupValue(v: Value, modulePath: string): { resource: TfResource; attribute: string } | undefined {
    if (v.kind !== 'unknown') return undefined;
    if (v.ref) {
      const resource = this.get(v.ref.address);
      if (resource) return { resource, attribute: v.ref.attribute };
    }
    return this.lookupExpr(v.expr, modulePath);
  }

  /** Text of a value: strings as written, references to declared resources resolved where their arguments allow. */
  text(v: Value | undefined, modulePath: string): ResolvedText | undefined {
    if (!v) return undefined;
    switch (v.kind) {
      case 'null':
        return undefined;
      case 'string': {
        let text = v.value;
        const unresolved: string[] = [];
        const refs: TfResource[] = [];
        for (const expr of v.unknowns ?? []) {
          const target = this.lookupExpr(expr, modulePath);
          if (target) refs.push(target.resource);
          const value = target && attributeText(target.resource, target.attribute);
          if (value !== undefined) text = text.split('${' + expr + '}').join(value);
          else unresolved.push(expr);
        }
        return { text, unresolved, refs };
      }
      case 'number':
      case 'bool':
        return { text: String(v.value), unresolved: [], refs: [] };
      case 'unknown': {
        const target = this.lookupValue(v, modulePath);
        const value = target && attributeText(target.resource, target.attribute);
        const refs = target ? [target.resource] : [];
        if (value !== undefined) return { text: value, unresolved: [], refs };
        return { text: '${' + v.expr + '}', unresolved: [v.expr], refs };
      }
      case 'list':
      case 'object':
        return { text: JSON.stringify(toPlain(v)), unresolved: collectUnknowns(v), refs: [] };
    }
  }
}

/** A literal argument of a resource as text (strings without unknown parts, numbers, booleans). */
export function literalArg(r: TfResource, name: string): string | undefined {
  const v = r.body.get(name);
  if (!v) return undefined;
  if (v.kind === 'string') return v.unknowns?.length ? undefined : v.value;
  if (v.kind === 'number' || v.kind === 'bool') return String(v.value);
  return undefined;
}

/** Email of a declared service account (managed or data source), when its arguments are literal. */
export function serviceAccountEmail(r: TfResource): string | undefined {
  const accountId = literalArg(r, 'account_id');
  if (accountId === undefined) return undefined;
  if (accountId.includes('@')) return accountId;
  const project = literalArg(r, 'project');
  return project === undefined ? undefined : `${accountId}@${project}.${SERVICE_ACCOUNT_DOMAIN}`;
}

/** Name of a declared custom role (`projects/p/roles/r`, `organizations/o/roles/r`), when its arguments are literal. */
export function customRoleName(r: TfResource): string | undefined {
  const roleId = literalArg(r, 'role_id');
  if (roleId === undefined) return undefined;
  if (r.type === 'google_project_iam_custom_role') {
    const project = literalArg(r, 'project');
    return project === undefined ? undefined : `projects/${project}/roles/${roleId}`;
  }
  const org = literalArg(r, 'org_id');
  return org === undefined ? undefined : `organizations/${org}/roles/${roleId}`;
}

export function isServiceAccountResource(r: TfResource): boolean {
  return r.type === 'google_service_account';
}

export function isCustomRoleResource(r: TfResource): boolean {
  return r.mode === 'managed' && (r.type === 'google_project_iam_custom_role' || r.type === 'google_organization_iam_custom_role');
}

/** Value of an attribute of a declared resource: computed attributes the provider derives from arguments, else the argument. */
function attributeText(r: TfResource, attribute: string): string | undefined {
  if (isServiceAccountResource(r)) {
    const email = serviceAccountEmail(r);
    const project = literalArg(r, 'project') ?? (email?.endsWith(SERVICE_ACCOUNT_DOMAIN) ? email.split('@')[1]!.split('.')[0] : undefined);
    switch (attribute) {
      case 'email':
        return email;
      case 'member':
        return email && `serviceAccount:${email}`;
      case 'name':
      case 'id':
        return email && project !== undefined ? `projects/${project}/serviceAccounts/${email}` : undefined;
      default:
        break;
    }
  }
  if (isCustomRoleResource(r) && (attribute === 'id' || attribute === 'name')) return customRoleName(r);
  if (attribute === 'id') return undefined;
  return literalArg(r, attribute);
}
