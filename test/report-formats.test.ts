import AjvDraft04 from 'ajv-draft-04';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, ToolError } from '../src/model/finding.js';
import type { Grant } from '../src/model/grant.js';
import type { RuleModule } from '../src/model/rule.js';
import type { ScanResult } from '../src/pipeline/scan.js';
import { formats } from '../src/report/index.js';
import { codeFrame, splitLines } from '../src/report/code-frame.js';
import { palette } from '../src/report/ansi.js';
import { escapeControl, oneLine } from '../src/report/escape.js';
import { REFERENCE } from './support/corpus.js';

// The package is CommonJS: its class is the module's `default` export under NodeNext resolution.
const Ajv = AjvDraft04.default;

const rule: RuleModule = {
  meta: {
    id: 'test-rule',
    title: 'Test rule',
    category: 'wildcard',
    severity: 'high',
    description: 'Disallow tests',
    docs: 'rules/test-rule/README.md',
    compliance: [{ framework: 'cis-aws', control: '1.16' }],
    packs: ['recommended'],
    messages: { bad: 'bad {{what}}' },
  },
  check: () => undefined,
};

function finding(line: number, column: number, endColumn: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'test-rule',
    category: 'wildcard',
    severity: 'high',
    messageId: 'bad',
    data: {},
    message: 'bad thing',
    span: { file: 'dir/a b.tf', line, column, endLine: line, endColumn, address: 'aws_iam_policy.p' },
    grantIds: [],
    fingerprint: `fp${line}`,
    ...extra,
  };
}

function result(findings: Finding[], errors: ToolError[] = [], text = ''): ScanResult {
  return {
    findings,
    grants: [] as Grant[],
    errors,
    unresolved: [],
    stats: { files: 1, grants: 0, findings: findings.length, durationMs: 3 },
    root: '/repo',
    files: new Map([['dir/a b.tf', text]]),
    rules: [rule],
    comments: new Map(),
    timings: {},
  };
}

const context = { color: false, cwd: '/repo' };

describe('terminal safety', () => {
  it('escapes control and bidirectional characters but keeps tabs and newlines', () => {
    expect(escapeControl('a\u001b[31mred\u0007\tb\nc\u202ed\u0085')).toBe('a\\x1b[31mred\\x07\tb\nc\\u202ed\\x85');
    expect(oneLine('one\r\ntwo\nthree\u001b')).toBe('one two three\\x1b');
  });

  it('never prints raw escape sequences from a scanned file', () => {
    const text = 'resource "x" "y" {\n  name = "\u001b[2J\u001b]0;pwned\u0007"\n}\n';
    const out = formats.text(result([finding(2, 3, 7, { message: 'bad \u001b[31m' })], [], text), context);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('name = "\\x1b[2J\\x1b]0;pwned\\x07"');
    expect(out).toContain('HIGH test-rule: bad \\x1b[31m');
  });
});

describe('code frame', () => {
  const p = palette(false);

  it('shows two lines of context with a gutter and carets from column to endColumn', () => {
    const lines = splitLines('l1\nl2\nl3\n  actions = ["*"]\nl5\nl6\nl7\n');
    expect(codeFrame(lines, { line: 4, column: 13, endLine: 4, endColumn: 18 }, { palette: p })).toBe(
      ['  2 | l2', '  3 | l3', '> 4 |   actions = ["*"]', '    |             ^^^^^', '  5 | l5', '  6 | l6'].join('\n'),
    );
  });

  it('underlines to the end of the first line for a multi-line span, and keeps tabs aligned', () => {
    const lines = splitLines('a {\r\n\tb = [\r\n\t  1,\r\n\t]\r\n}');
    expect(codeFrame(lines, { line: 2, column: 6, endLine: 4, endColumn: 3 }, { palette: p })).toBe(
      ['  1 | a {', '> 2 | \tb = [', '    | \t    ^', '  3 | \t  1,', '  4 | \t]'].join('\n'),
    );
  });

  it('widens the gutter for the largest line number and clamps at the file end', () => {
    const lines = splitLines(Array.from({ length: 10 }, (_, i) => `line${i + 1}`).join('\n'));
    expect(codeFrame(lines, { line: 9, column: 1, endLine: 9, endColumn: 6 }, { palette: p })).toBe(
      ['   7 | line7', '   8 | line8', '>  9 | line9', '     | ^^^^^', '  10 | line10'].join('\n'),
    );
  });
});

describe('suppressed findings', () => {
  const suppressed = finding(1, 1, 2, { fingerprint: 'fpS', suppressed: { kind: 'inline', reason: 'accepted risk' } });
  const active = finding(2, 1, 2);

  it('are counted but not shown in text and compact output', () => {
    const r = result([suppressed, active], [], 'a\nb\n');
    const text = formats.text(r, context);
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 finding (1 high) in 1 file · 1 suppressed · 0 errors · 0 grants');
    expect(text).not.toContain('dir/a b.tf:1:1');
    expect(formats.compact(r, context)).toBe('/repo/dir/a b.tf: line 2, col 1, Error - bad thing (test-rule)\n');
  });

  it('keep their suppression in JSON and SARIF', () => {
    const r = result([suppressed, active], [], 'a\nb\n');
    const json = JSON.parse(formats.json(r, context));
    expect(json.findings[0].suppressed).toEqual({ kind: 'inline', reason: 'accepted risk' });
    expect('suppressed' in json.findings[1]).toBe(false);
    const sarif = JSON.parse(formats.sarif(r, context));
    const [first, second] = sarif.runs[0].results;
    expect(first.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'accepted risk' }]);
    expect(second.suppressions).toBeUndefined();
    expect(first.locations[0].physicalLocation.artifactLocation.uri).toBe('dir/a%20b.tf');
    const schema = JSON.parse(fs.readFileSync(path.join(REFERENCE, 'sarif-schema-2.1.0.json'), 'utf8'));
    const validate = new Ajv({ strict: false, validateFormats: false }).compile(schema);
    expect(validate(sarif)).toBe(true);
  });
});

describe('errors without a file', () => {
  it('render in every format', () => {
    const r = result([], [{ file: '', line: 1, column: 1, message: 'rule engine failed: boom', code: 'internal' }]);
    expect(formats.text(r, context)).toContain('  grantlint internal: rule engine failed: boom\n');
    expect(formats.compact(r, context)).toBe('/repo: line 1, col 1, Error - rule engine failed: boom (grantlint/internal)\n');
    const sarif = JSON.parse(formats.sarif(r, context));
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications).toEqual([{ level: 'error', message: { text: 'rule engine failed: boom' }, descriptor: { id: 'internal' } }]);
  });
});

describe('file names from the scanned tree', () => {
  it('cannot forge lines or escape sequences', () => {
    const f = finding(1, 1, 2);
    f.span = { ...f.span, file: 'evil\n/x: line 9, col 9, Error - fake (x)\u001b[2J.tf' };
    const r = result([f], [], 'a\n');
    r.files = new Map([[f.span.file, 'a\n']]);
    expect(formats.compact(r, context)).toBe('/repo/evil /x: line 9, col 9, Error - fake (x)\\x1b[2J.tf: line 1, col 1, Error - bad thing (test-rule)\n');
    const text = formats.text(r, context);
    expect(text).not.toContain('\u001b');
    expect(text.split('\n')[0]).toBe('evil /x: line 9, col 9, Error - fake (x)\\x1b[2J.tf');
  });
});
