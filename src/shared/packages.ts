/**
 * Packages that cost more to load than most scans spend using them (`yaml` ~80 ms, `ajv` ~60 ms of CPU on a cold
 * start): loaded synchronously on first use instead of at start-up, so a one-file scan stays fast.
 */
import { createRequire } from 'node:module';
import type * as YamlPackage from 'yaml';
import type * as AjvPackage from 'ajv';

const require = createRequire(import.meta.url);

let yaml: typeof YamlPackage | undefined;
let ajv: typeof AjvPackage | undefined;

export function yamlPackage(): typeof YamlPackage {
  yaml ??= require('yaml') as typeof YamlPackage;
  return yaml;
}

export function ajvPackage(): typeof AjvPackage {
  ajv ??= require('ajv') as typeof AjvPackage;
  return ajv;
}
