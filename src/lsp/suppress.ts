/**
 * The "suppress this rule here" edit: a `grantlint-ignore <rule> reason="..."` comment in the file's comment syntax,
 * on its own line above the block, attribute or statement the finding is in, indented like that line.
 * (src/analyze/suppressions.ts: a comment covers the next code line and the syntax node that starts there.)
 */
import { parseHcl } from '../parse/hcl/index.js';
import type { Attribute, Block, Body } from '../parse/hcl/ast.js';
import { parseBicep } from '../parse/bicep/index.js';

/** What the user replaces with why the risk is accepted. */
export const REASON_PLACEHOLDER = '<why this is accepted>';

export interface LineInsertion {
  /** 0-based line the comment is inserted before. */
  line: number;
  text: string;
}

type Syntax = 'hcl' | 'bicep' | 'yaml';

/** The comment syntax of a file, or undefined for JSON (no comments: CloudFormation JSON uses resource Metadata). */
function syntaxOf(file: string, text: string): Syntax | undefined {
  const lower = file.toLowerCase();
  if (/\.(tf|tfvars|hcl)$/.test(lower)) return 'hcl';
  if (/\.(bicep|bicepparam)$/.test(lower)) return 'bicep';
  if (/\.ya?ml$/.test(lower)) return 'yaml';
  if (lower.endsWith('.template') && !/^\uFEFF?\s*[[{]/.test(text)) return 'yaml';
  return undefined;
}

/**
 * The insertion that suppresses `ruleId` for a finding starting on `findingLine` (1-based), or undefined when the
 * format has no comments.
 */
export function suppressionInsertion(file: string, text: string, findingLine: number, ruleId: string): LineInsertion | undefined {
  const syntax = syntaxOf(file, text);
  if (!syntax) return undefined;
  const target = syntax === 'hcl' ? hclTargetLine(text, file, findingLine) : syntax === 'bicep' ? bicepTargetLine(text, file, findingLine) : findingLine;
  const lines = text.split(/\r?\n/);
  const targetText = lines[target - 1] ?? '';
  const indent = /^[ \t]*/.exec(targetText)![0];
  const marker = syntax === 'bicep' ? '//' : '#';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { line: target - 1, text: `${indent}${marker} grantlint-ignore ${ruleId} reason="${REASON_PLACEHOLDER}"${eol}` };
}

/** The innermost block or attribute holding the line: a comment never lands inside an expression or heredoc. */
function hclTargetLine(text: string, file: string, line: number): number {
  let body: Body | undefined = parseHcl(text, file).file.body;
  let target = line;
  while (body) {
    const item: Attribute | Block | undefined = body.items.find((i) => i.range.start.line <= line && line <= i.range.end.line);
    if (!item) break;
    target = item.range.start.line;
    body = item.type === 'Block' ? item.body : undefined;
  }
  return target;
}

/** The top-level statement (with its decorators) holding the line. */
function bicepTargetLine(text: string, file: string, line: number): number {
  const statement = parseBicep(text, file).program.statements.find((s) => s.range.start.line <= line && line <= s.range.end.line);
  return statement?.range.start.line ?? line;
}
