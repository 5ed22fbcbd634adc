/**
 * Every registered front end, in claim order: the first front end that claims a file reads it.
 * Cheap claims go first: Terraform by extension, plans by a look at the JSON, CloudFormation parses to decide.
 */
import type { FrontEnd } from '../frontend.js';
import { terraformFrontEnd } from './terraform.js';
import { tfplanFrontEnd } from './tfplan.js';
import { cloudFormationFrontEnd } from './cloudformation.js';
import { bicepFrontEnd } from './bicep.js';
import { armFrontEnd } from './arm.js';
import { cdkFrontEnd } from './cdk.js';

export const frontEnds: readonly FrontEnd[] = [terraformFrontEnd, bicepFrontEnd, tfplanFrontEnd, armFrontEnd, cloudFormationFrontEnd, cdkFrontEnd];
