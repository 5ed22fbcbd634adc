/** HCL2 parsing: native syntax (.tf, .tfvars, .hcl) and Terraform's JSON syntax (.tf.json, .tfvars.json) to one AST. */
import type { HclDiagnostic, HclParseResult, TemplateExpr } from './ast.js';
import { HclParser } from './parser.js';
import { PositionTable } from '../positions.js';
import { warmUpBeforeParse } from './warm-up.js';

export type * from './ast.js';
export { parseTfJson } from './json.js';

/** Parses HCL native syntax. Never throws: problems come back as located errors next to a best-effort tree. */
export function parseHcl(text: string, file: string): HclParseResult {
  warmUpBeforeParse(parseSample);
  const positions = new PositionTable(text);
  try {
    const parser = new HclParser(text, positions);
    const body = parser.parseFile();
    parser.dispose();
    const errors = parser.errors.slice().sort((a, b) => a.range.start.offset - b.range.start.offset);
    return { file: { path: file, body, comments: parser.tokens.comments }, errors };
  } catch (error) {
    // Last line of defence (e.g. a call stack exhausted by a pathological input): report, never crash the scan.
    const range = positions.range(0, 0);
    const reason = error instanceof Error ? error.message : String(error);
    return {
      file: { path: file, body: { type: 'Body', range, attributes: [], blocks: [], items: [] }, comments: [] },
      errors: [{ message: `Could not parse this file: ${reason}`, range }],
    };
  }
}

function parseSample(text: string): void {
  const parser = new HclParser(text, new PositionTable(text));
  parser.parseFile();
  parser.dispose();
}

/**
 * Parses a standalone template file (what templatefile() reads): the whole text is template content, with no
 * quotes or heredoc markers around it. Never throws.
 */
export function parseHclTemplate(text: string, file: string): { template: TemplateExpr; errors: HclDiagnostic[] } {
  const positions = new PositionTable(text);
  try {
    const parser = new HclParser(text, positions, true);
    const template = parser.parseBareTemplate();
    parser.dispose();
    return { template, errors: parser.errors.slice().sort((a, b) => a.range.start.offset - b.range.start.offset) };
  } catch (error) {
    const range = positions.range(0, 0);
    const reason = error instanceof Error ? error.message : String(error);
    return { template: { type: 'Template', parts: [], range }, errors: [{ message: `Could not parse ${file}: ${reason}`, range }] };
  }
}
