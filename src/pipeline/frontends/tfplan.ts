/** Terraform plan JSON front end: the planned (after) state → grants, with lines in the .tf files when they are in the tree. */
import { eachFileApart, type FrontEnd, type ScanOptions } from '../frontend.js';
import type { FrontEndResult, SourceFile } from '../../model/document.js';
import type { Grant } from '../../model/grant.js';
import type { ToolError, UnresolvedItem } from '../../model/finding.js';
import { parsePlan } from '../../parse/tfplan/index.js';
import { planResources, type PlanSide } from '../../evaluate/tfplan/index.js';
import type { TfResource } from '../../evaluate/terraform/model.js';
import { reformatGrant } from '../../extract/grant.js';
import { extractAwsFromTerraform } from '../../extract/aws/terraform.js';
import { extractGcpFromTerraform } from '../../extract/gcp/terraform.js';
import { extractAzureFromTerraform } from '../../extract/azure/terraform.js';
import { azureRoleCatalog } from '../../analyze/azure/catalog-options.js';
import { claimsPlan } from './claims.js';

/** Grants of one side of every plan among `files` (the diff command reads both sides). */
export function planGrants(files: SourceFile[], all: ReadonlyMap<string, SourceFile>, side: PlanSide, options: Pick<ScanOptions, 'azureRoles'> = {}): FrontEndResult {
  const grants: Grant[] = [];
  const errors: ToolError[] = [];
  const unresolved: UnresolvedItem[] = [];
  const read: string[] = [];
  for (const file of files) {
    const { plan, error } = parsePlan(file.text, file.path);
    read.push(file.path);
    if (error) {
      errors.push(error);
      continue;
    }
    if (!plan) continue;
    const resources: TfResource[] = planResources(plan, side, all);
    for (const extraction of [extractAwsFromTerraform(resources), extractGcpFromTerraform(resources), extractAzureFromTerraform(resources, azureRoleCatalog(options))]) {
      // Grants from a plan keep the .tf location when it was found, and say they came from the plan.
      // Located in the .tf file when the configuration is in the tree; details.planFile names the plan either way.
      for (const g of extraction.grants) grants.push(reformatGrant(g, 'tfplan', { planFile: file.path }));
      errors.push(...extraction.errors);
      unresolved.push(...extraction.unresolved);
    }
  }
  return { grants, errors, unresolved, files: read };
}

export const tfplanFrontEnd: FrontEnd = {
  format: 'tfplan',
  claims: claimsPlan,
  run: (files, all, options) => planGrants(files, all, 'after', options),
  // Each plan is read on its own.
  partition: eachFileApart,
};
