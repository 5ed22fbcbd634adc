/**
 * ARM JSON front end: deployment templates (JSON with comments, as ARM accepts) → the ARM evaluator → the Azure
 * deployment extractor. Parameter files are read as parameters, not scanned: the sibling `<name>.parameters.json`
 * of `<name>.json`, every `--param-file` given as JSON, then `--param name=value`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eachFileApart, type FrontEnd } from '../frontend.js';
import type { FrontEndResult, SourceFile } from '../../model/document.js';
import type { ToolError } from '../../model/finding.js';
import type { Value } from '../../evaluate/value.js';
import { parseJsonc, type ParsedJsonc } from '../../parse/arm/jsonc.js';
import { armDocumentKind, evaluateArmTemplate, parameterFileValues } from '../../evaluate/arm/index.js';
import { extractAzureFromDeployment } from '../../extract/azure/deployment.js';
import { azureRoleCatalog } from '../../analyze/azure/catalog-options.js';
import { mayHoldDirective } from '../../shared/directives.js';
import { claimsArm } from './claims.js';

const parsedFiles = new WeakMap<SourceFile, ParsedJsonc>();

function parsed(file: SourceFile): ParsedJsonc {
  let result = parsedFiles.get(file);
  if (!result) {
    result = parseJsonc(file.text, file.path);
    parsedFiles.set(file, result);
  }
  return result;
}

/** `a/main.json` → `a/main.parameters.json`. */
function siblingParameterPath(p: string): string {
  return p.replace(/\.json$/i, '.parameters.json');
}

export const armFrontEnd: FrontEnd = {
  format: 'arm',
  claims: claimsArm,
  // Each template reads only itself and its sibling parameter file (from `all`).
  partition: eachFileApart,
  run(files, all, options): FrontEndResult {
    const out: FrontEndResult = { grants: [], errors: [], unresolved: [], files: [], comments: new Map() };
    const catalog = azureRoleCatalog(options);
    // Parameters for every template: `--param-file` (JSON) then `--param`.
    const common = new Map<string, Value>();
    for (const abs of options.parameterFiles) {
      if (!abs.toLowerCase().endsWith('.json')) continue;
      const rel = path.relative(options.root, abs).split(path.sep).join('/');
      let text: string;
      try {
        text = all.get(rel)?.text ?? readFileSync(abs, 'utf8');
      } catch (e) {
        out.errors.push({ file: rel, line: 1, column: 1, message: `cannot read parameter file: ${(e as Error).message}`, code: 'read' });
        continue;
      }
      const doc = parseJsonc(text, rel);
      if (doc.error) out.errors.push(doc.error);
      else if (doc.value.kind === 'object' && armDocumentKind(doc.value) !== 'template') for (const [k, v] of parameterFileValues(doc.value, rel, out.errors)) common.set(k, v);
    }
    for (const [k, v] of Object.entries(options.parameters)) common.set(k, { kind: 'string', value: v });

    const byPath = new Map(files.map((f) => [f.path, f]));
    for (const file of files) {
      out.files.push(file.path);
      const result = parsed(file);
      parsedFiles.delete(file);
      if (result.error) {
        out.errors.push(result.error);
        continue;
      }
      const directives = result.comments.filter(mayHoldDirective).map((c) => ({ ...c, text: c.text.replace(/\r?\n/g, ' ') }));
      if (directives.length > 0) out.comments!.set(file.path, directives);
      if (result.value.kind !== 'object' || armDocumentKind(result.value) !== 'template') continue;
      try {
        const errors: ToolError[] = [];
        const parameters = new Map<string, Value>();
        const sibling = byPath.get(siblingParameterPath(file.path)) ?? all.get(siblingParameterPath(file.path));
        if (sibling) {
          const doc = parsed(sibling);
          if (doc.value?.kind === 'object' && armDocumentKind(doc.value) === 'parameters') for (const [k, v] of parameterFileValues(doc.value, sibling.path, errors)) parameters.set(k, v);
        }
        for (const [k, v] of common) parameters.set(k, v);
        const evaluation = evaluateArmTemplate({ file: file.path, template: result.value, parameters });
        out.grants.push(...extractAzureFromDeployment(evaluation.resources, 'arm', catalog));
        out.errors.push(...errors, ...evaluation.errors);
        out.unresolved.push(...evaluation.unresolved);
      } catch (e) {
        const message = `arm front end failed: ${(e as Error).message}`;
        out.errors.push({ file: file.path, line: 1, column: 1, message: options.debug ? `${message}\n${(e as Error).stack}` : message, code: 'internal' });
      }
    }
    return out;
  },
};
