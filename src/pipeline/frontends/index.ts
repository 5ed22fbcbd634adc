/**
 * Every registered front end, in claim order: the first front end that claims a file reads it.
 * Cheap claims go first: Terraform by extension, plans by a look at the JSON, CloudFormation parses to decide.
 * Claims are loaded with the scan; each front end's code only once it has a file to read (a one-file Terraform scan
 * spends a third of its time compiling code, and most of the tool is the other formats).
 */
import type { FrontEnd, FrontEndEntry } from '../frontend.js';
import { claimsArm, claimsBicep, claimsCdkSource, claimsPlan, claimsTerraform } from './claims.js';
import { claimsTemplate } from './cloudformation-claims.js';

export const frontEndEntries: readonly FrontEndEntry[] = [
  { format: 'terraform', claims: claimsTerraform, load: async () => (await import('./terraform.js')).terraformFrontEnd },
  { format: 'bicep', claims: claimsBicep, load: async () => (await import('./bicep.js')).bicepFrontEnd },
  { format: 'tfplan', claims: claimsPlan, load: async () => (await import('./tfplan.js')).tfplanFrontEnd },
  { format: 'arm', claims: claimsArm, load: async () => (await import('./arm.js')).armFrontEnd },
  { format: 'cloudformation', claims: claimsTemplate, load: async () => (await import('./cloudformation.js')).cloudFormationFrontEnd },
  { format: 'cdk', claims: claimsCdkSource, load: async () => (await import('./cdk.js')).cdkFrontEnd },
];

/** Every registered front end, loaded (worker threads load them while the scan discovers its files). */
export function loadAllFrontEnds(): Promise<FrontEnd[]> {
  return Promise.all(frontEndEntries.map((e) => e.load()));
}
