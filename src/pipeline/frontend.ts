/**
 * A front end reads one input format end to end: parse → evaluate → extract, and returns grants.
 * The pipeline (src/pipeline/scan.ts) asks every registered front end which discovered files it claims.
 */
import type { FrontEndResult, SourceFile } from '../model/document.js';
import type { SourceFormat } from '../model/span.js';
import type { AzureRole } from '../analyze/azure/roles.js';

export interface ScanOptions {
  /** Absolute path of the repository root; every reported path is relative to it. */
  root: string;
  /** Terraform: extra variable files (absolute) and `--var k=v`. */
  varFiles: string[];
  vars: Record<string, string>;
  /** CloudFormation/Bicep: `--parameters k=v` / `--param k=v` and parameter files. */
  parameters: Record<string, string>;
  parameterFiles: string[];
  debug: boolean;
  /** Azure role definitions loaded with `--azure-roles` (the output of `az role definition list`), added to the built-in catalog. */
  azureRoles?: AzureRole[];
}

/**
 * A registered front end before its code is loaded: the claim is light, the rest comes with `load` (src/pipeline/
 * frontends/index.ts). A scan loads only the front ends that claimed a file.
 */
export interface FrontEndEntry {
  format: SourceFormat;
  /** Cheap check by name, then by content for ambiguous extensions (.json, .yaml). */
  claims(file: SourceFile): boolean;
  load(): Promise<FrontEnd>;
}

export interface FrontEnd {
  format: SourceFormat;
  /** The same function as its entry's claim. */
  claims(file: SourceFile): boolean;
  /** Receives every claimed file at once (Terraform groups them by module directory). */
  run(files: SourceFile[], all: ReadonlyMap<string, SourceFile>, options: ScanOptions): FrontEndResult;
  /**
   * Splits the claimed files into groups that `run` can read apart, with the same grants, errors and unresolved
   * items in total as one run over all of them. The pipeline runs the groups one after the other (each group's
   * syntax trees are garbage before the next is read) or spreads them over worker threads.
   */
  partition?(files: SourceFile[]): SourceFile[][];
}

/** The partition of a front end whose files do not depend on each other's content. */
export function eachFileApart(files: SourceFile[]): SourceFile[][] {
  return files.map((f) => [f]);
}
