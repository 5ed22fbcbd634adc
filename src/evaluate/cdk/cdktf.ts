/**
 * CDKTF provider classes → the evaluated Terraform resource shape, so the Terraform extractors read them unchanged.
 * `new IamRole(this, 'deploy', { assumeRolePolicy })` becomes `aws_iam_role.deploy` with `assume_role_policy`.
 */
import type { SourceSpan } from '../../model/span.js';
import type { Value } from '../value.js';
import type { TfResource } from '../terraform/model.js';
import type { CdkObject, JsValue } from './model.js';

const PROVIDERS: ReadonlyArray<{ prefix: string; type: string; data: string }> = [
  { prefix: '@cdktf/provider-aws', type: 'aws_', data: 'DataAws' },
  { prefix: '@cdktf/provider-azurerm', type: 'azurerm_', data: 'DataAzurerm' },
  { prefix: '@cdktf/provider-google', type: 'google_', data: 'DataGoogle' },
  { prefix: '@cdktf/provider-google-beta', type: 'google_', data: 'DataGoogle' },
];

export function isCdktfSource(source: string): boolean {
  return source === 'cdktf' || source.startsWith('@cdktf/provider-') || source.startsWith('.gen/providers/');
}

function providerOf(source: string): (typeof PROVIDERS)[number] | undefined {
  // The longest matching prefix (google-beta before google).
  return [...PROVIDERS].sort((a, b) => b.prefix.length - a.prefix.length).find((p) => source === p.prefix || source.startsWith(`${p.prefix}/`));
}

export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();
}

/** Terraform resource type and mode of a provider class: `DataAwsIamPolicyDocument` → data `aws_iam_policy_document`. */
export function terraformTypeOf(className: string, source: string): { mode: 'managed' | 'data'; type: string } | undefined {
  const provider = providerOf(source);
  if (!provider || className.endsWith('Provider')) return undefined;
  if (className.startsWith(provider.data)) return { mode: 'data', type: provider.type + snakeCase(className.slice(provider.data.length)) };
  return { mode: 'managed', type: provider.type + snakeCase(className) };
}

/** Terraform names allow letters, digits, `_` and `-`. */
function terraformName(id: JsValue | undefined): string {
  const text = id?.kind === 'string' ? id.value : 'unnamed';
  return text.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** Properties with Terraform's snake_case names, nested blocks as lists of objects. */
function body(v: JsValue): Value {
  switch (v.kind) {
    case 'record': {
      const entries = new Map<string, Value>();
      for (const [k, x] of v.entries) entries.set(snakeCase(k), body(x));
      return { kind: 'object', entries, ...(v.span ? { span: v.span } : {}) };
    }
    case 'array':
      return { kind: 'list', items: v.items.map(body), ...(v.span ? { span: v.span } : {}) };
    case 'cdk': {
      const address = v.tfAddress;
      return address ? { kind: 'unknown', expr: `${address}.id`, ref: { address, attribute: 'id' }, span: v.span } : { kind: 'unknown', expr: v.path || v.className, reason: 'construct', span: v.span };
    }
    case 'import':
      return { kind: 'unknown', expr: [v.source, ...v.path].join('.'), reason: 'unsupported-expression', ...(v.span ? { span: v.span } : {}) };
    default:
      return v;
  }
}

export function toTfResource(o: CdkObject, className: string, source: string, id: JsValue | undefined): TfResource | undefined {
  const kind = terraformTypeOf(className, source);
  if (!kind) return undefined;
  const name = terraformName(id);
  const address = kind.mode === 'data' ? `data.${kind.type}.${name}` : `${kind.type}.${name}`;
  const evaluated = body(o.props);
  const attrSpans = new Map<string, SourceSpan>();
  for (const [k, s] of o.props.keySpans ?? []) attrSpans.set(snakeCase(k), { ...s, address: o.path });
  return {
    mode: kind.mode,
    type: kind.type,
    name,
    address,
    baseAddress: address,
    modulePath: '',
    span: { ...o.span, address: o.path },
    body: evaluated.kind === 'object' ? evaluated.entries : new Map(),
    attrSpans,
  };
}
