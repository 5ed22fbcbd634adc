/**
 * CloudFormation front end: YAML/JSON templates (plain, SAM, CDK output) → evaluated resources → grants.
 * A YAML or JSON file is read only when it is a template (see `isTemplate`); other YAML (Kubernetes, workflows,
 * compose files) is not claimed, silently.
 */
import path from 'node:path';
import type { FrontEnd } from '../frontend.js';
import type { FrontEndResult, SourceFile } from '../../model/document.js';
import type { ToolError, UnresolvedItem } from '../../model/finding.js';
import type { Grant } from '../../model/grant.js';
import { evaluateTemplate, readParameterFiles, readTemplate } from '../../evaluate/cloudformation/index.js';
import { CLOUDFORMATION_IAM_TYPES, extractAwsFromCloudFormation } from '../../extract/aws/cloudformation.js';
import { expandSam, isSamTemplate } from '../../extract/aws/sam-transform.js';
import { claimsTemplate, forgetParsed, parsed } from './cloudformation-claims.js';

export interface TemplateScan {
  grants: Grant[];
  errors: ToolError[];
  unresolved: UnresolvedItem[];
}

/** One template end to end, with parameter values already merged. */
export function scanTemplate(file: SourceFile, parameters: Record<string, string>): TemplateScan {
  const result = parsed(file);
  // Parsed once for `claims`, used once here: let the tree go as soon as the file is done.
  forgetParsed(file);
  if (result.error) return { grants: [], errors: [result.error], unresolved: [] };
  if (result.value.kind !== 'object') return { grants: [], errors: [], unresolved: [] };
  const raw = readTemplate(result.value, result.keySpans, file.path);
  if (isSamTemplate(raw)) expandSam(raw);
  const evaluation = evaluateTemplate(raw, { parameters, resourceTypes: CLOUDFORMATION_IAM_TYPES });
  const aws = extractAwsFromCloudFormation(evaluation);
  return { grants: aws.grants, errors: [...evaluation.errors, ...aws.errors], unresolved: [...evaluation.unresolved, ...aws.unresolved] };
}

export const cloudFormationFrontEnd: FrontEnd = {
  format: 'cloudformation',
  claims: claimsTemplate,
  run(files, _all, options): FrontEndResult {
    const fromFiles = readParameterFiles(options.parameterFiles, (abs) => path.relative(options.root, abs).split(path.sep).join('/'));
    const parameters = { ...fromFiles.values, ...options.parameters };
    const out: FrontEndResult = { grants: [], errors: [...fromFiles.errors], unresolved: [], files: [], comments: new Map() };
    for (const file of files) {
      out.files.push(file.path);
      try {
        const scanned = scanTemplate(file, parameters);
        out.grants.push(...scanned.grants);
        out.errors.push(...scanned.errors);
        out.unresolved.push(...scanned.unresolved);
      } catch (e) {
        const message = `cloudformation front end failed: ${(e as Error).message}`;
        out.errors.push({ file: file.path, line: 1, column: 1, message: options.debug ? `${message}\n${(e as Error).stack}` : message, code: 'internal' });
      }
      const comments = suppressionComments(file.text);
      if (comments.length > 0) out.comments!.set(file.path, comments);
    }
    return out;
  },
};

/** `# grantlint...` comments (YAML) that may hold inline suppressions. */
function suppressionComments(text: string): Array<{ line: number; column: number; text: string }> {
  if (!text.includes('grantlint')) return [];
  const out: Array<{ line: number; column: number; text: string }> = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const m = /(^|\s)#\s*(grantlint.*)$/.exec(line);
    if (m) out.push({ line: i + 1, column: m.index + m[1]!.length + 1, text: m[2]!.trimEnd() });
  });
  return out;
}
