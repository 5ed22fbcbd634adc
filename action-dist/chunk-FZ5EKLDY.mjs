import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);

// src/shared/packages.ts
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var yaml;
var ajv;
var babelParser;
function yamlPackage() {
  yaml ??= require2("yaml");
  return yaml;
}
function ajvPackage() {
  ajv ??= require2("ajv");
  return ajv;
}
function babelParserPackage() {
  babelParser ??= require2("@babel/parser");
  return babelParser;
}

export {
  yamlPackage,
  ajvPackage,
  babelParserPackage
};
