/**
 * Whether a YAML or JSON file is a CloudFormation template: decided from the text when it can be, else by parsing it.
 * Light enough to load for every scan (see claims.ts); the tree parsed here waits for the front end to use it.
 */
import type { SourceFile } from '../../model/document.js';
import { declaresTemplate, hasTemplateExtension, isJsonTemplate, isTemplate, mayBeTemplateText, parseTemplate, templateByText, type ParsedTemplate } from '../../parse/cloudformation/index.js';

/** Parse results by file: `claims` parses to decide, `run` reuses the result. */
const parsedFiles = new WeakMap<SourceFile, ParsedTemplate>();

export function parsed(file: SourceFile): ParsedTemplate {
  let result = parsedFiles.get(file);
  if (!result) {
    result = parseTemplate(file.text, file.path);
    parsedFiles.set(file, result);
  }
  return result;
}

/** A format version as the first key of a JSON document or a top-level YAML key: a template, no need to parse yet. */
const LEADING_FORMAT_VERSION = /^\uFEFF?\s*\{\s*"AWSTemplateFormatVersion"\s*:|^AWSTemplateFormatVersion\s*:/m;

/** Claim decisions by file (the scanner asks once while discovering and again when sorting files by front end). */
const claimDecisions = new WeakMap<SourceFile, { text: string; claimed: boolean }>();

export function claimsTemplate(file: SourceFile): boolean {
  if (!hasTemplateExtension(file.path)) return false;
  const known = claimDecisions.get(file);
  if (known?.text === file.text) return known.claimed;
  const claimed = decideClaim(file);
  claimDecisions.set(file, { text: file.text, claimed });
  return claimed;
}

function decideClaim(file: SourceFile): boolean {
  if (!mayBeTemplateText(file.text)) return false;
  const lower = file.path.toLowerCase();
  const yaml = lower.endsWith('.yaml') || lower.endsWith('.yml');
  if (yaml ? /^AWSTemplateFormatVersion\s*:/m.test(file.text) : LEADING_FORMAT_VERSION.test(file.text)) return true;
  // Decided from the text when it can be: a tree parsed here is held until the front end runs.
  if (templateByText(file.text, !isJsonTemplate(file.text, file.path))) return true;
  const result = parsed(file);
  return result.error ? declaresTemplate(file.text) : isTemplate(result.value);
}

/** Drops the tree kept for a file once the front end has read it. */
export function forgetParsed(file: SourceFile): void {
  parsedFiles.delete(file);
}
