/** The one map of output formats. The CLI, the Action and tests pick reporters from here by name. */
import { compactReporter } from './compact.js';
import { grantsJsonReporter, grantsTextReporter } from './grants.js';
import { jsonReporter } from './json.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';
import type { Reporter } from './types.js';

export type { Reporter, ReportContext } from './types.js';

export const formats = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  compact: compactReporter,
} as const satisfies Record<string, Reporter>;

export type FormatName = keyof typeof formats;

/** Formats of the grant inventory (`grantlint grants`). */
export const grantFormats = {
  text: grantsTextReporter,
  json: grantsJsonReporter,
} as const satisfies Record<string, Reporter>;

export type GrantFormatName = keyof typeof grantFormats;
