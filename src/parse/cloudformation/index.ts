/** CloudFormation/SAM template parsing and the rule that decides whether a YAML or JSON file is a template. */
import type { Value } from '../../evaluate/value.js';
import { jsonTemplateByText, yamlTemplateByText } from './detect.js';
import { parseJsonTemplate } from './json.js';
import { parseYamlTemplate } from './yaml.js';
import type { ParsedTemplate } from './types.js';

export type { ParsedTemplate } from './types.js';
export { MAX_NESTING } from './types.js';
export { SHORT_FORM_TAGS, isIntrinsicKey } from './intrinsics.js';
export { LineIndex } from './position.js';

const TEMPLATE_EXTENSIONS = ['.yaml', '.yml', '.json', '.template'];

export function hasTemplateExtension(path: string): boolean {
  const lower = path.toLowerCase();
  return TEMPLATE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** JSON when the name says so, or (for `.template`) when the text opens with `{`; YAML otherwise. */
export function parseTemplate(text: string, file: string): ParsedTemplate {
  return isJsonTemplate(text, file) ? parseJsonTemplate(text, file) : parseYamlTemplate(text, file);
}

export function isJsonTemplate(text: string, file: string): boolean {
  const lower = file.toLowerCase();
  return lower.endsWith('.json') || (lower.endsWith('.template') && /^\uFEFF?\s*\{/.test(text));
}

/** Cheap text test run before parsing: could this file be a template at all? */
export function mayBeTemplateText(text: string): boolean {
  return text.includes('AWSTemplateFormatVersion') || (text.includes('Resources') && (text.includes('AWS::') || text.includes('Custom::')));
}

/**
 * For files that do not parse: whether the text still declares itself a template (so the parse error is reported
 * rather than the file silently skipped): a format version, or a top-level `Resources` key.
 */
export function declaresTemplate(text: string): boolean {
  return text.includes('AWSTemplateFormatVersion') || /^(?:Resources\s*:|\s*\{?\s*"Resources"\s*:)/m.test(text);
}

/**
 * True when the text alone shows that the file is claimed as a template (what parsing would decide, parsed or not);
 * undefined when only parsing can tell.
 */
export function templateByText(text: string, yaml: boolean): true | undefined {
  if (!declaresTemplate(text)) return undefined;
  return yaml ? yamlTemplateByText(text) : jsonTemplateByText(text);
}

/** The detection rule: `AWSTemplateFormatVersion`, or a `Resources` map with at least one `AWS::`/`Custom::` type. */
export function isTemplate(doc: Value): boolean {
  if (doc.kind !== 'object') return false;
  if (doc.entries.has('AWSTemplateFormatVersion')) return true;
  const resources = doc.entries.get('Resources');
  if (resources?.kind !== 'object') return false;
  for (const resource of resources.entries.values()) {
    if (resource.kind !== 'object') continue;
    const type = resource.entries.get('Type');
    if (type?.kind === 'string' && (type.value.startsWith('AWS::') || type.value.startsWith('Custom::'))) return true;
  }
  return false;
}
