/** Every registered front end, in claim order: the first front end that claims a file reads it. */
import type { FrontEnd } from '../frontend.js';
import { terraformFrontEnd } from './terraform.js';
import { cloudFormationFrontEnd } from './cloudformation.js';

export const frontEnds: readonly FrontEnd[] = [terraformFrontEnd, cloudFormationFrontEnd];
