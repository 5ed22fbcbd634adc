/**
 * Packages that cost more to load than most scans spend using them (`yaml` ~80 ms, `ajv` ~60 ms, `@babel/parser`
 * ~200 ms of CPU on a cold start): loaded synchronously on first use instead of at start-up, so a one-file scan
 * stays fast.
 */
import { createRequire } from 'node:module';
import type * as YamlPackage from 'yaml';
import type * as AjvPackage from 'ajv';
import type * as BabelParserPackage from '@babel/parser';

const require = createRequire(import.meta.url);

let yaml: typeof YamlPackage | undefined;
let ajv: typeof AjvPackage | undefined;
let babelParser: typeof BabelParserPackage | undefined;

export function yamlPackage(): typeof YamlPackage {
  yaml ??= require('yaml') as typeof YamlPackage;
  return yaml;
}

export function ajvPackage(): typeof AjvPackage {
  ajv ??= require('ajv') as typeof AjvPackage;
  return ajv;
}

export function babelParserPackage(): typeof BabelParserPackage {
  babelParser ??= require('@babel/parser') as typeof BabelParserPackage;
  return babelParser;
}
