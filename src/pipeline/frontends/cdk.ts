/**
 * CDK and CDKTF front end: TypeScript apps read without running them → evaluated constructs → grants.
 * AWS CDK constructs go through the CDK extractor; CDKTF provider resources take the Terraform resource shape and go
 * through the Terraform extractors of each cloud.
 */
import type { FrontEnd } from '../frontend.js';
import { reformatGrant } from '../../extract/grant.js';
import type { FrontEndResult, SourceFile } from '../../model/document.js';
import type { Grant } from '../../model/grant.js';
import { evaluateCdk } from '../../evaluate/cdk/evaluate.js';
import { extractAwsFromCdk } from '../../extract/aws/cdk.js';
import { extractAwsFromTerraform } from '../../extract/aws/terraform.js';
import { extractGcpFromTerraform } from '../../extract/gcp/terraform.js';
import { extractAzureFromTerraform } from '../../extract/azure/terraform.js';
import { azureRoleCatalog } from '../../analyze/azure/catalog-options.js';
import { claimsCdkSource } from './claims.js';

export const cdkFrontEnd: FrontEnd = {
  format: 'cdk',
  claims: claimsCdkSource,
  run(files, all, options): FrontEndResult {
    const evaluation = evaluateCdk(files, all);
    const aws = extractAwsFromCdk(evaluation);
    const tf = evaluation.tfResources;
    const fromTerraform = tf.length === 0 ? [] : [extractAwsFromTerraform(tf), extractGcpFromTerraform(tf), extractAzureFromTerraform(tf, azureRoleCatalog(options))];
    // Grants from CDKTF resources are CDK grants: they point at the .ts lines.
    const tfGrants: Grant[] = fromTerraform.flatMap((x) => x.grants.map((g) => reformatGrant(g, 'cdk')));
    return {
      grants: [...aws.grants, ...tfGrants],
      errors: [...evaluation.errors, ...aws.errors, ...fromTerraform.flatMap((x) => x.errors)],
      unresolved: [...aws.unresolved, ...fromTerraform.flatMap((x) => x.unresolved)],
      files: files.map((f) => f.path),
      comments: evaluation.comments,
    };
  },
};
