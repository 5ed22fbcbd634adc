/** Bicep front end: `.bicep` and `.bicepparam` files → the Bicep evaluator → the Azure deployment extractor. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FrontEnd } from '../frontend.js';
import type { FrontEndResult, SourceFile } from '../../model/document.js';
import type { ToolError } from '../../model/finding.js';
import { evaluateBicep, resolveLocal, staticString } from '../../evaluate/bicep/index.js';
import { moduleReferences } from '../../evaluate/bicep/references.js';
import { parseBicep } from '../../parse/bicep/index.js';
import { connectedGroups } from '../../shared/connected-groups.js';
import { extractAzureFromDeployment, isAzureGrantType } from '../../extract/azure/deployment.js';
import { azureRoleCatalog } from '../../analyze/azure/catalog-options.js';
import { mayHoldDirective } from '../../shared/directives.js';
import { claimsBicep } from './claims.js';

/** The files a `.bicepparam` file names: the template it uses and the parameter file it extends. */
function parameterFileLinks(file: SourceFile): string[] {
  const links: string[] = [];
  for (const s of parseBicep(file.text, file.path).program.statements) {
    const target = s.type === 'Using' && s.path ? staticString(s.path) : s.type === 'Extends' ? staticString(s.path) : undefined;
    if (target !== undefined) links.push(resolveLocal(file.path, target));
  }
  return links;
}

export const bicepFrontEnd: FrontEnd = {
  format: 'bicep',
  claims: claimsBicep,
  // A root file goes with the modules it calls, the files it imports from and the parameter files that use it.
  partition: (files) => connectedGroups(files, (f) => f.path, (f) => (f.path.toLowerCase().endsWith('.bicepparam') ? parameterFileLinks(f) : moduleReferences(f))),
  run(files, all, options): FrontEndResult {
    const errors: ToolError[] = [];
    const parameterFiles: SourceFile[] = [];
    for (const abs of options.parameterFiles) {
      const lower = abs.toLowerCase();
      if (!lower.endsWith('.bicepparam') && !lower.endsWith('.json')) continue;
      const rel = path.relative(options.root, abs).split(path.sep).join('/');
      try {
        parameterFiles.push(all.get(rel) ?? { absPath: abs, path: rel, text: readFileSync(abs, 'utf8') });
      } catch (e) {
        errors.push({ file: rel, line: 1, column: 1, message: `cannot read parameter file: ${(e as Error).message}`, code: 'read' });
      }
    }
    // The extractor reads the bodies of grant-related resources only (of others: type, address, instances).
    const evaluation = evaluateBicep(files, all, { parameters: options.parameters, parameterFiles, resourceBodies: isAzureGrantType });
    const grants = extractAzureFromDeployment(evaluation.resources, 'bicep', azureRoleCatalog(options));
    const comments: NonNullable<FrontEndResult['comments']> = new Map();
    for (const [file, list] of evaluation.comments) {
      // Only comments that may be directives; a block comment's lines are joined (directives are one line).
      const directives = list.filter(mayHoldDirective).map((c) => ({ line: c.line, column: c.column, text: c.text.replace(/\r?\n/g, ' ') }));
      if (directives.length > 0) comments.set(file, directives);
    }
    return { grants, errors: [...errors, ...evaluation.errors], unresolved: evaluation.unresolved, files: files.map((f) => f.path), comments };
  },
};
