/** SAM policy templates (`S3CrudPolicy: {BucketName: ...}`) expanded into policy statements. */
import type { SourceSpan } from '../../model/span.js';
import type { Value } from '../../evaluate/value.js';
import { decodeStatement, type PlainJson } from './sam-policy-template-codec.js';
import { SAM_POLICY_TEMPLATES } from './sam-policy-templates-data.js';

export function isSamPolicyTemplate(name: string): boolean {
  return Object.hasOwn(SAM_POLICY_TEMPLATES, name);
}

/**
 * The statements of a policy template, as values: `{Ref: Parameter}` is replaced by the value given for the parameter
 * (which keeps its own span); every other node gets the span of the template's use.
 */
export function expandSamPolicyTemplate(name: string, parameters: ReadonlyMap<string, Value>, span: SourceSpan | undefined): Value[] {
  const template = SAM_POLICY_TEMPLATES[name];
  if (!template) return [];
  return template.s.map((s) => toValue(decodeStatement(s), parameters, span));
}

function toValue(x: PlainJson, parameters: ReadonlyMap<string, Value>, span: SourceSpan | undefined): Value {
  const at = span ? { span } : {};
  if (x === null) return { kind: 'null', ...at };
  if (typeof x === 'string') return { kind: 'string', value: x, ...at };
  if (typeof x === 'number') return { kind: 'number', value: x, ...at };
  if (typeof x === 'boolean') return { kind: 'bool', value: x, ...at };
  if (Array.isArray(x)) return { kind: 'list', items: x.map((i) => toValue(i, parameters, span)), ...at };
  const keys = Object.keys(x);
  if (keys.length === 1 && keys[0] === 'Ref' && typeof x.Ref === 'string') {
    const given = parameters.get(x.Ref);
    if (given) return given;
  }
  const entries = new Map<string, Value>();
  for (const k of keys) entries.set(k, toValue(x[k]!, parameters, span));
  return { kind: 'object', entries, ...at };
}
