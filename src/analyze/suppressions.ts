/**
 * Accountable suppressions: inline `grantlint-ignore <rule-id> reason="..." expires=YYYY-MM-DD` comments, CloudFormation
 * `Metadata: {grantlint: {ignore: [...]}}` on a resource, and the policy file's exemptions.
 *
 * An inline suppression covers findings that start on the next line that is not a comment or blank, or inside the
 * block (or attribute, statement, YAML entry) that starts there. Suppressed findings stay in the result, marked with
 * their reason. Suppressions that are malformed (no reason, bad date, unknown rule), expired, or match nothing are
 * reported as findings of three engine meta-rules; tool errors are not findings and so can never be suppressed.
 */
import path from 'node:path';
import type { Node as YamlNode, YAMLMap } from 'yaml';
import { yamlPackage } from '../shared/packages.js';
import type { Finding } from '../model/finding.js';
import type { RuleMeta } from '../model/rule.js';
import type { SourceSpan } from '../model/span.js';
import { hashText } from '../extract/grant.js';
import { parseHcl } from '../parse/hcl/index.js';
import { parseBicep } from '../parse/bicep/index.js';
import { didYouMean } from '../policy/suggest.js';
import { compileGlobs, matchesGlobs, type GlobList } from '../policy/globs.js';
import { compareFindings, type EngineSettings } from './engine.js';
import { renderMessage } from './messages.js';

type MetaRuleId = 'unused-suppression' | 'expired-suppression' | 'invalid-suppression';

/** Documented in the README's suppressions section (these rules have no folder under rules/). */
const DOCS = 'README.md#suppressions';

/** The engine's own rules about suppressions; configurable in the policy's `rules` like any rule. */
export const META_RULES: Record<MetaRuleId, RuleMeta> = {
  'unused-suppression': {
    id: 'unused-suppression',
    title: 'Suppression or exemption that matches nothing',
    category: 'policy-violation',
    severity: 'info',
    description: 'Disallow suppressions and exemptions that no longer match a finding, so accepted risk does not outlive the risk.',
    docs: DOCS,
    compliance: [],
    packs: ['recommended', 'strict'],
    messages: { unused: '{{kind}} for {{rule}} matches no finding; remove it ({{reason}})' },
  },
  'expired-suppression': {
    id: 'expired-suppression',
    title: 'Expired suppression or exemption',
    category: 'policy-violation',
    severity: 'low',
    description: 'Require suppressions and exemptions to be renewed or removed once their expiry date has passed.',
    docs: DOCS,
    compliance: [],
    packs: ['recommended', 'strict'],
    messages: { expired: '{{kind}} for {{rule}} expired on {{expires}}; its findings are reported again ({{reason}})' },
  },
  'invalid-suppression': {
    id: 'invalid-suppression',
    title: 'Malformed suppression',
    category: 'policy-violation',
    severity: 'low',
    description: 'Require every inline suppression to name a known rule and give a reason; it suppresses nothing otherwise.',
    docs: DOCS,
    compliance: [],
    packs: ['recommended', 'strict'],
    messages: {
      missingReason: 'suppression of {{rule}} has no reason; write reason="why this is accepted"',
      unknownRule: "suppression names unknown rule '{{rule}}'{{suggestion}}",
      badDate: "suppression of {{rule}} has bad expires '{{expires}}'; expected a real date YYYY-MM-DD",
      noRule: 'grantlint-ignore needs a rule id: grantlint-ignore <rule-id> reason="..."',
    },
  },
};

export const META_RULE_IDS: readonly string[] = Object.keys(META_RULES);

export interface Suppression {
  kind: 'inline' | 'exemption';
  ruleId: string;
  reason: string;
  expires?: string;
  /** Where it is written. */
  span: SourceSpan;
  /** Inline: the lines it covers in `span.file`. */
  covers?: { file: string; startLine: number; endLine: number };
  /** Exemption: what it matches. */
  match?: { files?: GlobList; addresses?: GlobList; principals?: GlobList; filePrefix: string };
}

export interface CommentInput {
  line: number;
  column: number;
  text: string;
}

const DIRECTIVE = /^grantlint-ignore(?=\s|$)\s*(.*)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Inline suppressions of every file: comments (from the front ends) and CloudFormation resource Metadata.
 * Malformed ones become `invalid-suppression` findings and suppress nothing.
 */
export function collectInlineSuppressions(input: {
  files: ReadonlyMap<string, string>;
  comments: ReadonlyMap<string, readonly CommentInput[]>;
  knownRuleIds: ReadonlySet<string>;
}): { suppressions: Suppression[]; invalid: Finding[] } {
  const suppressions: Suppression[] = [];
  const invalid: Finding[] = [];
  for (const [file, comments] of input.comments) {
    const text = input.files.get(file);
    const directives = comments.flatMap((c) => {
      if (!c.text.includes('grantlint-ignore')) return [];
      const body = /^(?:#|\/\/|\/\*)?\s*(.*?)\s*(?:\*\/)?$/.exec(c.text.trim())![1]!;
      const m = DIRECTIVE.exec(body);
      return m ? [{ comment: c, rest: m[1]! }] : [];
    });
    if (directives.length === 0) continue;
    const lines = text === undefined ? [] : text.split(/\r?\n/);
    const extent = text === undefined ? undefined : extentFinder(file, text);
    for (const { comment, rest } of directives) {
      const span: SourceSpan = { file, line: comment.line, column: comment.column, endLine: comment.line, endColumn: comment.column + comment.text.length };
      const parsed = parseDirective(rest);
      const target = nextCodeLine(lines, comment.line);
      const covers = { file, startLine: target, endLine: Math.max(target, extent?.(target) ?? target) };
      const checked = checkSuppression(parsed, span, input.knownRuleIds, invalid);
      if (checked) suppressions.push({ kind: 'inline', ...checked, span, covers });
    }
  }
  for (const [file, text] of input.files) {
    if (!text.includes('grantlint') || !isTemplateCandidate(file)) continue;
    for (const entry of metadataSuppressions(file, text)) {
      const checked = checkSuppression(entry.parsed, entry.span, input.knownRuleIds, invalid);
      if (checked) suppressions.push({ kind: 'inline', ...checked, span: entry.span, covers: entry.covers });
    }
  }
  return { suppressions, invalid };
}

interface ParsedDirective {
  ruleId: string | undefined;
  reason: string | undefined;
  expires: string | undefined;
}

/** `aws-iam-full-admin reason="break-glass role" expires=2026-12-31`; reason may use double or single quotes. */
export function parseDirective(rest: string): ParsedDirective {
  const ruleMatch = /^([^\s=]+)(?=\s|$)/.exec(rest);
  const ruleId = ruleMatch?.[1];
  const afterRule = ruleMatch ? rest.slice(ruleMatch[0].length) : rest;
  const reason = /\breason\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')/.exec(afterRule);
  const expires = /\bexpires\s*=\s*(\S+)/.exec(afterRule);
  const reasonText = reason ? (reason[1] ?? reason[2] ?? '').replace(/\\(.)/g, '$1').trim() : undefined;
  return { ruleId, reason: reasonText || undefined, expires: expires?.[1]?.replace(/^["']|["']$/g, '') };
}

function checkSuppression(
  parsed: ParsedDirective,
  span: SourceSpan,
  known: ReadonlySet<string>,
  invalid: Finding[],
): Pick<Suppression, 'ruleId' | 'reason' | 'expires'> | undefined {
  const rule = parsed.ruleId ?? '';
  const report = (messageId: string, data: Record<string, string>) => invalid.push(metaFinding('invalid-suppression', messageId, data, span, `${messageId}|${rule}`));
  if (!parsed.ruleId) return void report('noRule', {});
  if (!known.has(parsed.ruleId)) return void report('unknownRule', { rule, suggestion: didYouMean(rule, known) });
  if (!parsed.reason) return void report('missingReason', { rule });
  if (parsed.expires !== undefined && !isRealDate(parsed.expires)) return void report('badDate', { rule, expires: parsed.expires });
  return { ruleId: parsed.ruleId, reason: parsed.reason, ...(parsed.expires !== undefined ? { expires: parsed.expires } : {}) };
}

function isRealDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The first line after `line` that holds code: not blank, not a `#`/`//` comment, not inside a block comment. */
function nextCodeLine(lines: readonly string[], line: number): number {
  let inBlock = false;
  for (let i = line; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (inBlock) {
      if (t.includes('*/')) inBlock = false;
      continue;
    }
    if (t === '' || t.startsWith('#') || t.startsWith('//')) continue;
    if (t.startsWith('/*')) {
      inBlock = !t.includes('*/');
      continue;
    }
    return i + 1;
  }
  return line + 1;
}

/** Last line of the outermost syntax node starting on a line, per format (a block, attribute, statement or YAML entry). */
function extentFinder(file: string, text: string): ((line: number) => number | undefined) | undefined {
  const lower = file.toLowerCase();
  if (/\.(tf|hcl|tfvars)$/.test(lower)) {
    const body = parseHcl(text, file).file.body;
    return (line) => astExtent(body, line);
  }
  if (/\.(bicep|bicepparam)$/.test(lower)) {
    const program = parseBicep(text, file).program;
    return (line) => astExtent(program, line);
  }
  if (/\.(ya?ml|template|json)$/.test(lower)) {
    const lineCounter = new (yamlPackage().LineCounter)();
    const doc = yamlPackage().parseDocument(text, { lineCounter, strict: false, uniqueKeys: false });
    return (line) => yamlExtent(doc.contents, line, lineCounter, text);
  }
  return undefined;
}

interface RangedNode {
  range: { start: { line: number }; end: { line: number } };
}

function isRanged(x: unknown): x is RangedNode {
  const r = (x as { range?: { start?: { line?: unknown }; end?: { line?: unknown } } } | null)?.range;
  return typeof r?.start?.line === 'number' && typeof r.end?.line === 'number';
}

/** Walks any HCL/Bicep syntax tree (every node has `range`), visiting only nodes that contain `line`. */
function astExtent(root: unknown, line: number): number | undefined {
  let end: number | undefined;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    if (isRanged(node)) {
      if (node.range.start.line > line || node.range.end.line < line) return;
      if (node.range.start.line === line) end = Math.max(end ?? line, node.range.end.line);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'range' || key.endsWith('Range') || key.endsWith('Ranges')) continue;
      if (value && typeof value === 'object') visit(value);
    }
  };
  visit(root);
  return end;
}

/** Line of the last character before `offset` that is not white space (YAML node ends run on to the next token). */
function lastLineBefore(offset: number, lc: InstanceType<ReturnType<typeof yamlPackage>['LineCounter']>, text: string): number {
  let at = offset;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  return lc.linePos(Math.max(0, at - 1)).line;
}

function yamlExtent(node: unknown, line: number, lc: InstanceType<ReturnType<typeof yamlPackage>['LineCounter']>, text: string): number | undefined {
  let end: number | undefined;
  const lineOf = (offset: number) => lc.linePos(offset).line;
  const endLineOf = (offset: number) => lastLineBefore(offset, lc, text);
  const visit = (n: unknown): void => {
    if (yamlPackage().isMap(n)) {
      for (const pair of n.items) {
        const key = pair.key as YamlNode | null;
        const value = pair.value as YamlNode | null;
        const start = key?.range ? lineOf(key.range[0]) : undefined;
        const last = value?.range ? endLineOf(value.range[1]) : key?.range ? endLineOf(key.range[1]) : undefined;
        if (start === undefined || last === undefined || start > line || last < line) continue;
        if (start === line) end = Math.max(end ?? line, last);
        visit(value);
      }
    } else if (yamlPackage().isSeq(n)) {
      for (const item of n.items as YamlNode[]) {
        if (!item?.range) continue;
        const start = lineOf(item.range[0]);
        const last = endLineOf(item.range[1]);
        if (start > line || last < line) continue;
        if (start === line) end = Math.max(end ?? line, last);
        visit(item);
      }
    }
  };
  visit(node);
  return end;
}

function isTemplateCandidate(file: string): boolean {
  return /\.(json|ya?ml|template)$/i.test(file) && !/\.tf\.json$/i.test(file);
}

/** `Resources.<Id>.Metadata.grantlint.ignore: [{rule, reason, expires}]`: covers the whole resource. */
function metadataSuppressions(file: string, text: string): Array<{ parsed: ParsedDirective; span: SourceSpan; covers: Suppression['covers'] & object }> {
  if (!/\bResources\b/.test(text)) return [];
  const lineCounter = new (yamlPackage().LineCounter)();
  const doc = yamlPackage().parseDocument(text, { lineCounter, strict: false, uniqueKeys: false });
  const resources = yamlPackage().isMap(doc.contents) ? childMap(doc.contents, 'Resources') : undefined;
  if (!resources) return [];
  const pos = (offset: number) => lineCounter.linePos(offset);
  const out: Array<{ parsed: ParsedDirective; span: SourceSpan; covers: NonNullable<Suppression['covers']> }> = [];
  for (const pair of resources.items) {
    if (!yamlPackage().isPair(pair) || !yamlPackage().isMap(pair.value)) continue;
    const ignore = childMap(childMap(pair.value, 'Metadata'), 'grantlint')?.get('ignore', true);
    if (!yamlPackage().isSeq(ignore)) continue;
    const keyNode = pair.key as YamlNode;
    const covers = { file, startLine: pos(keyNode.range![0]).line, endLine: lastLineBefore(pair.value.range![1], lineCounter, text) };
    for (const entry of ignore.items as YamlNode[]) {
      if (!entry.range) continue;
      const from = pos(entry.range[0]);
      let endOffset = entry.range[1];
      while (endOffset > entry.range[0] && /\s/.test(text[endOffset - 1]!)) endOffset--;
      const to = pos(endOffset);
      const span: SourceSpan = { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
      const field = (name: string): string | undefined => {
        const v = yamlPackage().isMap(entry) ? entry.get(name, true) : undefined;
        return yamlPackage().isScalar(v) && v.value !== null && String(v.value).trim() !== '' ? String(v.value).trim() : undefined;
      };
      out.push({ parsed: { ruleId: field('rule'), reason: field('reason'), expires: field('expires') }, span, covers });
    }
  }
  return out;
}

function childMap(map: YAMLMap | undefined, key: string): YAMLMap | undefined {
  const value = map?.get(key, true);
  return yamlPackage().isMap(value) ? value : undefined;
}

/** Exemptions of the policy file as suppressions; file globs are relative to the policy file's directory. */
export function exemptionSuppressions(
  exemptions: ReadonlyArray<{ value: { rule: string; reason: string; expires?: string; match?: { files?: string | string[]; addresses?: string | string[]; principals?: string | string[] } }; absFile: string; span: SourceSpan }>,
  root: string,
): Suppression[] {
  return exemptions.map(({ value, absFile, span }) => {
    const rel = path.relative(root, path.dirname(absFile)).split(path.sep).join('/');
    const fileRel = path.relative(root, absFile).split(path.sep).join('/');
    const match: NonNullable<Suppression['match']> = { filePrefix: rel === '' ? '' : `${rel}/` };
    const files = compileGlobs(value.match?.files, 'path');
    const addresses = compileGlobs(value.match?.addresses);
    const principals = compileGlobs(value.match?.principals);
    if (files) match.files = files;
    if (addresses) match.addresses = addresses;
    if (principals) match.principals = principals;
    return {
      kind: 'exemption',
      ruleId: value.rule,
      reason: value.reason,
      ...(value.expires !== undefined ? { expires: value.expires } : {}),
      span: { ...span, file: fileRel.startsWith('..') ? span.file : fileRel },
      match,
    };
  });
}

function covers(s: Suppression, f: Finding): boolean {
  if (s.ruleId !== '*' && s.ruleId !== f.ruleId) return false;
  if (s.covers) return s.covers.file === f.span.file && f.span.line >= s.covers.startLine && f.span.line <= s.covers.endLine;
  const m = s.match!;
  if (m.files) {
    if (!f.span.file.startsWith(m.filePrefix)) return false;
    if (!matchesGlobs(m.files, f.span.file.slice(m.filePrefix.length))) return false;
  }
  if (m.addresses && (f.span.address === undefined || !matchesGlobs(m.addresses, f.span.address))) return false;
  if (m.principals) {
    const p = f.principal;
    if (!p || !(matchesGlobs(m.principals, p.name) || matchesGlobs(m.principals, `${p.type}:${p.name}`))) return false;
  }
  return true;
}

/**
 * Marks covered findings suppressed (inline suppressions win over exemptions; the first one written wins) and adds
 * the meta findings: expired suppressions (which no longer suppress) and unused ones. `today` is YYYY-MM-DD (UTC).
 */
export function applySuppressions(input: {
  findings: readonly Finding[];
  suppressions: readonly Suppression[];
  invalid?: readonly Finding[];
  today: string;
  settings?: EngineSettings;
}): Finding[] {
  const ordered = [...input.suppressions].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'inline' ? -1 : 1));
  const active = ordered.filter((s) => s.expires === undefined || s.expires >= input.today);
  const used = new Set<Suppression>();
  const metaIds = new Set(META_RULE_IDS);
  const findings = input.findings.map((f) => {
    if (f.suppressed || metaIds.has(f.ruleId)) return f;
    const s = active.find((candidate) => covers(candidate, f));
    if (!s) return f;
    used.add(s);
    return { ...f, suppressed: { kind: s.kind, reason: s.reason, ...(s.expires !== undefined ? { expires: s.expires } : {}) } };
  });
  const meta: Finding[] = [...(input.invalid ?? [])];
  for (const s of ordered) {
    const data = { kind: s.kind === 'inline' ? 'suppression' : 'exemption', rule: s.ruleId, reason: s.reason };
    if (s.expires !== undefined && s.expires < input.today) meta.push(metaFinding('expired-suppression', 'expired', { ...data, expires: s.expires }, s.span, s.ruleId));
    else if (!used.has(s)) meta.push(metaFinding('unused-suppression', 'unused', data, s.span, s.ruleId));
  }
  const settled = meta.flatMap((f) => {
    const setting = input.settings?.get(f.ruleId)?.severity;
    if (setting === 'off') return [];
    return [setting ? { ...f, severity: setting } : f];
  });
  return [...findings, ...settled].sort(compareFindings);
}

function metaFinding(ruleId: MetaRuleId, messageId: string, data: Record<string, string>, span: SourceSpan, key: string): Finding {
  const meta = META_RULES[ruleId];
  const template = (meta.messages as Record<string, string>)[messageId]!;
  return {
    ruleId,
    category: meta.category,
    severity: meta.severity,
    messageId,
    data,
    message: renderMessage(template, data),
    span,
    grantIds: [],
    // Line-free like every fingerprint: what the suppression says and where (file), not on which line.
    fingerprint: hashText(JSON.stringify(['suppression', ruleId, span.file, key, data.reason ?? ''])),
  };
}

/** Today's date (UTC) as YYYY-MM-DD, the form `expires` is compared in. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
