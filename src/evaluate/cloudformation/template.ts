/** The sections of a parsed template, read once: parameters, mappings, conditions and raw (unevaluated) resources. */
import type { ToolError, UnresolvedItem } from '../../model/finding.js';
import type { SourceSpan } from '../../model/span.js';
import type { ObjectValue, Value } from '../value.js';

export interface RawResource {
  logicalId: string;
  address: string;
  sourceAddress: string;
  type: string;
  span: SourceSpan;
  /** Properties as written (intrinsics unevaluated). */
  properties: ObjectValue | undefined;
  propertySpans: Map<string, SourceSpan>;
  /** Name of the resource's `Condition`. */
  condition?: string;
  generatedFrom?: string;
}

export interface RawTemplate {
  file: string;
  root: ObjectValue;
  keySpans: WeakMap<ObjectValue, Map<string, SourceSpan>>;
  parameters: Map<string, ObjectValue>;
  mappings: ObjectValue | undefined;
  conditions: Map<string, Value>;
  resources: RawResource[];
  /** `Transform` names (`AWS::Serverless-2016-10-31`, macros). */
  transforms: string[];
  /** `Globals` section of a SAM template. */
  globals: ObjectValue | undefined;
  unresolved: UnresolvedItem[];
  errors: ToolError[];
}

const RESOURCE_ADDRESS_PREFIX = 'Resources/';

/** `aws:cdk:path` metadata names CDK resources; everything else is addressed by its logical id. */
function addressOf(logicalId: string, resource: ObjectValue): string {
  const metadata = resource.entries.get('Metadata');
  const cdkPath = metadata?.kind === 'object' ? metadata.entries.get('aws:cdk:path') : undefined;
  return cdkPath?.kind === 'string' && cdkPath.value !== '' ? cdkPath.value : RESOURCE_ADDRESS_PREFIX + logicalId;
}

export function readTemplate(root: ObjectValue, keySpans: WeakMap<ObjectValue, Map<string, SourceSpan>>, file: string): RawTemplate {
  const template: RawTemplate = {
    file,
    root,
    keySpans,
    parameters: new Map(),
    mappings: undefined,
    conditions: new Map(),
    resources: [],
    transforms: [],
    globals: undefined,
    unresolved: [],
    errors: [],
  };
  const section = (name: string): Value | undefined => root.entries.get(name);

  const parameters = section('Parameters');
  if (parameters?.kind === 'object') {
    for (const [name, p] of parameters.entries) if (p.kind === 'object') template.parameters.set(name, p);
  }
  const mappings = section('Mappings');
  if (mappings?.kind === 'object') template.mappings = mappings;
  const conditions = section('Conditions');
  if (conditions?.kind === 'object') for (const [name, c] of conditions.entries) template.conditions.set(name, c);
  const globals = section('Globals');
  if (globals?.kind === 'object') template.globals = globals;

  const transform = section('Transform');
  for (const t of transform?.kind === 'list' ? transform.items : transform ? [transform] : []) {
    if (t.kind === 'string') template.transforms.push(t.value);
    else if (t.kind === 'object') {
      const name = t.entries.get('Name');
      if (name?.kind === 'string') template.transforms.push(name.value);
    }
  }

  const resources = section('Resources');
  if (resources?.kind === 'object') {
    const resourceSpans = keySpans.get(resources);
    for (const [logicalId, r] of resources.entries) {
      const entrySpan = resourceSpans?.get(logicalId) ?? r.span!;
      if (logicalId.startsWith('Fn::ForEach::')) {
        template.unresolved.push({
          span: { ...entrySpan, address: RESOURCE_ADDRESS_PREFIX + logicalId },
          expr: logicalId,
          reason: 'Fn::ForEach (AWS::LanguageExtensions) is not expanded',
        });
        continue;
      }
      if (r.kind !== 'object') {
        template.unresolved.push({ span: { ...entrySpan, address: RESOURCE_ADDRESS_PREFIX + logicalId }, expr: logicalId, reason: 'resource is not an object with a Type' });
        continue;
      }
      const type = r.entries.get('Type');
      if (type?.kind !== 'string') {
        template.unresolved.push({ span: { ...entrySpan, address: RESOURCE_ADDRESS_PREFIX + logicalId }, expr: logicalId, reason: 'resource has no Type string' });
        continue;
      }
      const address = addressOf(logicalId, r);
      const props = r.entries.get('Properties');
      const condition = r.entries.get('Condition');
      const raw: RawResource = {
        logicalId,
        address,
        sourceAddress: address,
        type: type.value,
        span: { ...entrySpan, address },
        properties: props?.kind === 'object' ? props : undefined,
        propertySpans: (props?.kind === 'object' ? keySpans.get(props) : undefined) ?? new Map(),
      };
      if (condition?.kind === 'string') raw.condition = condition.value;
      template.resources.push(raw);
    }
  }
  return template;
}
