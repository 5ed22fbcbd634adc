/** ARM evaluation entry points: templates and the parameter files that give them values. */
import type { ToolError } from '../../model/finding.js';
import type { ObjectValue, Value } from '../value.js';

export { evaluateArmTemplate, schemaScope, type ArmEvaluation, type ArmTemplateInput } from './evaluate.js';

/** Kind of a parsed ARM JSON document. */
export type ArmDocumentKind = 'template' | 'parameters' | 'other';

export function armDocumentKind(doc: Value): ArmDocumentKind {
  if (doc.kind !== 'object') return 'other';
  const schema = doc.entries.get('$schema');
  const s = schema?.kind === 'string' ? schema.value.toLowerCase() : '';
  if (s.includes('deploymentparameters')) return 'parameters';
  if (s.includes('deploymenttemplate')) return 'template';
  const resources = doc.entries.get('resources');
  if (doc.entries.has('contentVersion') && (resources?.kind === 'list' || resources?.kind === 'object')) return 'template';
  if (doc.entries.has('contentVersion') && doc.entries.get('parameters')?.kind === 'object' && !resources) return 'parameters';
  return 'other';
}

/** Values of a parameter file: `parameters.<name>.value`; Key Vault references stay unknown. */
export function parameterFileValues(doc: ObjectValue, file: string, errors: ToolError[]): Map<string, Value> {
  const out = new Map<string, Value>();
  const parameters = doc.entries.get('parameters');
  if (parameters?.kind !== 'object') {
    const at = doc.span;
    errors.push({ file, line: at?.line ?? 1, column: at?.column ?? 1, message: 'parameter file: expected "parameters", an object of { "value": ... } entries', code: 'parse' });
    return out;
  }
  for (const [name, entry] of parameters.entries) {
    if (entry.kind === 'object' && entry.entries.has('value')) out.set(name, entry.entries.get('value')!);
    else if (entry.kind === 'object' && entry.entries.has('reference')) out.set(name, { kind: 'unknown', expr: `parameters('${name}')`, reason: 'key-vault-reference' });
  }
  return out;
}
