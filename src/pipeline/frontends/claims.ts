/**
 * Which files each front end reads, decided without its parser, evaluator or extractors: the scan loads a front end
 * (see index.ts) only when it has claimed a file, so a Terraform-only scan never loads the Bicep or CDK code.
 * CloudFormation's claim may parse the file: it lives apart, in cloudformation-claims.ts.
 */
import type { SourceFile } from '../../model/document.js';
import { looksLikePlan } from '../../parse/tfplan/index.js';

const TERRAFORM_EXTENSIONS = ['.tf', '.tf.json', '.tfvars', '.tfvars.json'];

export function isTerraformPath(p: string): boolean {
  const lower = p.toLowerCase();
  return TERRAFORM_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function claimsTerraform(file: SourceFile): boolean {
  return isTerraformPath(file.path);
}

export function isBicepPath(p: string): boolean {
  const lower = p.toLowerCase();
  return lower.endsWith('.bicep') || lower.endsWith('.bicepparam');
}

export function claimsBicep(file: SourceFile): boolean {
  return isBicepPath(file.path);
}

export function claimsPlan(file: SourceFile): boolean {
  return file.path.toLowerCase().endsWith('.json') && !file.path.endsWith('.tf.json') && looksLikePlan(file.text);
}

/** A template schema or a parameter file schema near the top; `resources` + `contentVersion` otherwise. */
const ARM_TEMPLATE_SCHEMA = /"\$schema"\s*:\s*"[^"]*deployment(Template|Parameters)\.json/i;

export function claimsArm(file: SourceFile): boolean {
  const lower = file.path.toLowerCase();
  if (!lower.endsWith('.json') || lower.endsWith('.tf.json')) return false;
  if (ARM_TEMPLATE_SCHEMA.test(file.text.slice(0, 2000))) return true;
  return file.text.includes('"contentVersion"') && /"resources"\s*:/.test(file.text) && !file.text.includes('"AWSTemplateFormatVersion"');
}

/** An import of the CDK or CDKTF libraries, in any import or require form. */
const CDK_IMPORT = /(?:from\s*|require\(\s*|import\(\s*)['"](?:aws-cdk-lib(?:\/[^'"]*)?|@aws-cdk\/[^'"]+|cdktf|@cdktf\/provider-[^'"]+)['"]/;

export function claimsCdkSource(file: SourceFile): boolean {
  const p = file.path;
  if (!p.endsWith('.ts') || p.endsWith('.d.ts')) return false;
  if (/(^|\/)(node_modules|cdk\.out)\//.test(p)) return false;
  return CDK_IMPORT.test(file.text);
}
