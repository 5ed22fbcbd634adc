/** Terraform front end: HCL and JSON configurations plus variable files → evaluated resources → grants (AWS, GCP). */
import type { FrontEnd } from '../frontend.js';
import type { FrontEndResult } from '../../model/document.js';
import type { UnresolvedItem } from '../../model/finding.js';
import { evaluateTerraform } from '../../evaluate/terraform/index.js';
import { extractAwsFromTerraform } from '../../extract/aws/terraform.js';
import { extractGcpFromTerraform } from '../../extract/gcp/terraform.js';
import { extractAzureFromTerraform } from '../../extract/azure/terraform.js';
import { azureRoleCatalog } from '../../analyze/azure/catalog-options.js';
import { terraformComponents } from '../../evaluate/terraform/components.js';
import { claimsTerraform } from './claims.js';

export const terraformFrontEnd: FrontEnd = {
  format: 'terraform',
  claims: claimsTerraform,
  partition: terraformComponents,
  run(files, all, options): FrontEndResult {
    const evaluation = evaluateTerraform(files, all, options);
    // Each extractor picks the resource types of its cloud and ignores the rest.
    const extractions = [
      extractAwsFromTerraform(evaluation.resources),
      extractGcpFromTerraform(evaluation.resources),
      extractAzureFromTerraform(evaluation.resources, azureRoleCatalog(options)),
    ];
    const unresolvedModules: UnresolvedItem[] = evaluation.unresolvedModules.map((m) => ({
      span: { ...m.span, address: m.span.address ?? m.address },
      expr: m.source,
      reason: m.reason,
    }));
    const comments: NonNullable<FrontEndResult['comments']> = new Map();
    for (const [file, list] of evaluation.comments) {
      comments.set(
        file,
        list.map((c) => ({ line: c.line, column: c.column, text: c.text })),
      );
    }
    return {
      grants: extractions.flatMap((x) => x.grants),
      errors: [...evaluation.errors, ...extractions.flatMap((x) => x.errors)],
      unresolved: [...unresolvedModules, ...extractions.flatMap((x) => x.unresolved)],
      files: files.map((f) => f.path),
      comments,
    };
  },
};
