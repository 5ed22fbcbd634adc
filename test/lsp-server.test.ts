/**
 * `grantlint lsp` driven over stdio by a real LSP client (vscode-languageserver-protocol), as an editor drives it:
 * diagnostics with exact ranges, fixes, malformed input, module directories, policy reloads, code actions, hovers.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../src/lsp/client.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(REPO, 'dist', 'src', 'cli', 'main.js');
const DOCS = 'https://github.com/grantlint/grantlint/blob/main/rules';

const ROLE = `resource "aws_iam_role" "deploy" {
  name = "deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ec2.amazonaws.com" }
    }]
  })
}
`;

/** main.tf: the role plus an inline policy whose actions come from locals.tf (a cross-file reference). */
const MAIN = `${ROLE}
resource "aws_iam_role_policy" "deploy" {
  name = "deploy"
  role = aws_iam_role.deploy.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = local.actions
      Resource = "*"
    }]
  })
}
`;
const LOCALS_WILDCARD = 'locals {\n  actions = "s3:*"\n}\n';
const LOCALS_NARROW = 'locals {\n  actions = "s3:GetObject"\n}\n';

/** A local module whose policy's action is its caller's argument. */
const MODULE = `variable "action" {
  type = string
}

resource "aws_iam_user_policy" "ci" {
  name = "ci"
  user = "ci"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = var.action, Resource = "*" }]
  })
}
`;
const STACK = (action: string) => `module "ci" {\n  source = "../modules/ci"\n  action = "${action}"\n}\n`;

/** The policy statement `{ Effect ... }` on lines 18-22 (1-based) of MAIN: 0-based 17:17 to 21:5. */
const STATEMENT_RANGE = { start: { line: 17, character: 17 }, end: { line: 21, character: 5 } };

let dir: string;
let client: LspTestClient;
let mainUri: string;
let localsUri: string;
/** How many diagnostics main.tf has as written (the recommended pack decides; the tests compare with the CLI). */
let initialCount: number;

function summary(diagnostics: readonly Diagnostic[]) {
  return diagnostics.map((d) => ({ code: d.code, severity: d.severity, range: d.range, href: d.codeDescription?.href, source: d.source }));
}

type Verdict = Array<{ code: string; severity: number; start: { line: number; character: number }; end?: { line: number; character: number } }>;

const SEVERITY: Record<string, number> = { critical: 1, high: 1, medium: 2, low: 2, info: 3 };

/** What `grantlint scan . --format json` reports for `file` when the workspace holds `files` (as LSP positions). */
function cliVerdict(files: Record<string, string>, file: string): Verdict {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-lsp-cli-'));
  try {
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(scratch, rel)), { recursive: true });
      fs.writeFileSync(path.join(scratch, rel), text);
    }
    const out = spawnSync(process.execPath, [CLI, 'scan', '.', '--format', 'json'], { cwd: scratch, encoding: 'utf8' }).stdout;
    const report = JSON.parse(out) as {
      findings: Array<{ ruleId: string; severity: string; file: string; line: number; column: number; endLine: number; endColumn: number; suppressed?: unknown }>;
      errors: Array<{ code: string; file: string; line: number; column: number }>;
    };
    const pos = (line: number, column: number) => ({ line: line - 1, character: column - 1 });
    return [
      ...report.errors.filter((e) => e.file === file).map((e) => ({ code: `grantlint/${e.code}`, severity: 1, start: pos(e.line, e.column) })),
      ...report.findings
        .filter((f) => f.file === file && !f.suppressed)
        .map((f) => ({ code: f.ruleId, severity: SEVERITY[f.severity]!, start: pos(f.line, f.column), end: pos(f.endLine, f.endColumn) })),
    ];
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The LSP diagnostics in the verdict's shape (errors without an end, as the JSON report gives none). */
function verdictOf(diagnostics: readonly Diagnostic[]): Verdict {
  return diagnostics.map((d) =>
    typeof d.code === 'string' && d.code.startsWith('grantlint/')
      ? { code: d.code, severity: d.severity!, start: d.range.start }
      : { code: String(d.code), severity: d.severity!, start: d.range.start, end: d.range.end },
  );
}

const isWildcard = (d: Diagnostic) => d.code === 'aws-iam-wildcard-action';

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  for (const e of [...edits].sort((a, b) => b.range.start.line - a.range.start.line)) {
    expect(e.range.start).toEqual(e.range.end);
    expect(e.range.start.character).toBe(0);
    lines.splice(e.range.start.line, 0, e.newText.replace(/\n$/, ''));
  }
  return lines.join('\n');
}

beforeAll(async () => {
  // tsc emits even when some other part of the tree does not type-check yet; the server only needs dist/.
  spawnSync('npx', ['tsc', '-p', '.'], { cwd: REPO, stdio: 'ignore' });
  expect(fs.existsSync(CLI)).toBe(true);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-lsp-'));
  fs.writeFileSync(path.join(dir, 'main.tf'), MAIN);
  fs.writeFileSync(path.join(dir, 'locals.tf'), LOCALS_WILDCARD);
  fs.mkdirSync(path.join(dir, 'stack'));
  fs.mkdirSync(path.join(dir, 'modules', 'ci'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'stack', 'main.tf'), STACK('ec2:*'));
  fs.writeFileSync(path.join(dir, 'modules', 'ci', 'main.tf'), MODULE);
  mainUri = pathToFileURL(path.join(dir, 'main.tf')).href;
  localsUri = pathToFileURL(path.join(dir, 'locals.tf')).href;
  client = LspTestClient.start(CLI, dir);
  const init = await client.initialize(dir, { today: '2026-06-01' });
  expect(init.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: { codeActionKinds: ['quickfix'] }, executeCommandProvider: { commands: ['grantlint.openRuleDoc'] } });
}, 120_000);

afterAll(async () => {
  if (client) expect(await client.shutdown()).toBe(0);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('grantlint lsp', () => {
  it('publishes the findings of an opened .tf, evaluated with the other files of its directory', async () => {
    const published = client.nextDiagnostics(mainUri);
    await client.open(mainUri, 'terraform', MAIN);
    const diagnostics = await published;
    // The CLI's verdict, and the wildcard finding exactly.
    expect(verdictOf(diagnostics)).toEqual(cliVerdict({ 'main.tf': MAIN, 'locals.tf': LOCALS_WILDCARD }, 'main.tf'));
    expect(diagnostics.filter(isWildcard)).toEqual([
      {
        range: STATEMENT_RANGE,
        severity: 1,
        code: 'aws-iam-wildcard-action',
        codeDescription: { href: `${DOCS}/aws-iam-wildcard-action/README.md` },
        source: 'grantlint',
        message: 'Action `s3:*` allows all 180 `s3` actions, including ones nobody meant to grant (deletes, policy changes). List the `s3` actions the principal needs.',
        data: { ruleId: 'aws-iam-wildcard-action', severity: 'high' },
      },
    ]);
    initialCount = diagnostics.length;
  });

  it('hovers a grant with its principal, actions and the principal’s effective access', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: mainUri },
      position: { line: 19, character: 8 },
    })) as Hover;
    expect(hover.range).toEqual(STATEMENT_RANGE);
    const value = (hover.contents as { kind: string; value: string }).value;
    expect(value.split('\n').slice(0, 7)).toEqual([
      '**Allow** · aws identity-policy · `aws_iam_role_policy.deploy`',
      '',
      '- Principal: role `deploy` (aws_iam_role.deploy)',
      '- Actions: `s3:*`',
      '- Resources: `*`',
      '',
      '**Effective access of role `deploy`** (this module and the modules it calls)',
    ]);
    expect(value).toContain('role deploy (aws_iam_role.deploy)\n  s3: all of 180 actions\n    Permissions management (27)');
    expect(value).toContain('        from main.tf:18, policy deploy');
    const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: mainUri }, position: { line: 1, character: 3 } });
    expect(nothing).toBeNull();
  });

  it('offers a suppression comment above the attribute holding the finding, and the rule’s documentation', async () => {
    const diagnostics = client.diagnostics.get(mainUri)!;
    const wildcard = diagnostics.find((d) => d.code === 'aws-iam-wildcard-action')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: mainUri },
      range: wildcard.range,
      context: { diagnostics: [wildcard] },
    })) as CodeAction[];
    expect(actions.map((a) => ({ title: a.title, kind: a.kind, edit: a.edit, command: a.command }))).toEqual([
      {
        title: 'Suppress aws-iam-wildcard-action here (grantlint-ignore with a reason)',
        kind: 'quickfix',
        edit: {
          changes: {
            [mainUri]: [
              {
                range: { start: { line: 15, character: 0 }, end: { line: 15, character: 0 } },
                newText: '  # grantlint-ignore aws-iam-wildcard-action reason="<why this is accepted>"\n',
              },
            ],
          },
        },
        command: undefined,
      },
      {
        title: 'Open the documentation of aws-iam-wildcard-action',
        kind: 'quickfix',
        edit: undefined,
        command: {
          title: 'Open the documentation of aws-iam-wildcard-action',
          command: 'grantlint.openRuleDoc',
          arguments: [`${DOCS}/aws-iam-wildcard-action/README.md`],
        },
      },
    ]);

    await client.connection.sendRequest('workspace/executeCommand', actions[1]!.command);
    expect(client.shown).toEqual([`${DOCS}/aws-iam-wildcard-action/README.md`]);

    // Applying the edit suppresses exactly that rule (the statement moves one line down).
    const suppressed = applyEdits(MAIN, actions[0]!.edit!.changes![mainUri]!);
    const published = client.nextDiagnostics(mainUri, (d) => !d.some(isWildcard));
    await client.change(mainUri, suppressed);
    const after = await published;
    expect(after.length).toBe(initialCount - 1);
    expect(verdictOf(after)).toEqual(cliVerdict({ 'main.tf': suppressed, 'locals.tf': LOCALS_WILDCARD }, 'main.tf'));
    const restored = client.nextDiagnostics(mainUri, (d) => d.length === initialCount);
    await client.change(mainUri, MAIN);
    await restored;
  });

  it('re-evaluates the module directory when another file of it changes in the editor', async () => {
    const narrowed = client.nextDiagnostics(mainUri, (d) => !d.some(isWildcard));
    await client.open(localsUri, 'terraform', LOCALS_WILDCARD);
    await client.change(localsUri, LOCALS_NARROW);
    expect(verdictOf(await narrowed)).toEqual(cliVerdict({ 'main.tf': MAIN, 'locals.tf': LOCALS_NARROW }, 'main.tf'));
    const back = client.nextDiagnostics(mainUri, (d) => d.length === initialCount);
    await client.change(localsUri, LOCALS_WILDCARD);
    expect((await back).filter(isWildcard).map((d) => d.range)).toEqual([STATEMENT_RANGE]);
  });

  it('evaluates a called module with its caller’s arguments, and again when the caller changes', async () => {
    const moduleUri = pathToFileURL(path.join(dir, 'modules', 'ci', 'main.tf')).href;
    const stackUri = pathToFileURL(path.join(dir, 'stack', 'main.tf')).href;
    const published = client.nextDiagnostics(moduleUri);
    await client.open(moduleUri, 'terraform', MODULE);
    // As `grantlint scan .` reports it: the module evaluated through its caller (alone, `var.action` is unknown).
    const diagnostics = await published;
    expect(verdictOf(diagnostics)).toEqual(cliVerdict({ 'stack/main.tf': STACK('ec2:*'), 'modules/ci/main.tf': MODULE }, 'modules/ci/main.tf'));
    expect(diagnostics.filter(isWildcard).map((d) => d.range)).toEqual([{ start: { line: 9, character: 17 }, end: { line: 9, character: 74 } }]);
    expect(diagnostics.some((d) => d.code === 'unresolved-reference')).toBe(false);
    const narrowed = client.nextDiagnostics(moduleUri, (d) => !d.some(isWildcard));
    await client.open(stackUri, 'terraform', STACK('ec2:*'));
    await client.change(stackUri, STACK('ec2:DescribeInstances'));
    expect(verdictOf(await narrowed)).toEqual(cliVerdict({ 'stack/main.tf': STACK('ec2:DescribeInstances'), 'modules/ci/main.tf': MODULE }, 'modules/ci/main.tf'));
  });

  it('clears the diagnostics once the problem is fixed', async () => {
    const fixed = MAIN.replace('local.actions', '"s3:GetObject"');
    const expected = cliVerdict({ 'main.tf': fixed, 'locals.tf': LOCALS_WILDCARD }, 'main.tf');
    expect(expected).toEqual([]);
    const cleared = client.nextDiagnostics(mainUri, (d) => d.length === 0);
    await client.change(mainUri, fixed);
    expect(await cleared).toEqual([]);
  });

  it('reports malformed text at the error and keeps serving', async () => {
    const broken = MAIN.replace('Version = "2012-10-17"\n    Statement = [{\n      Effect   =', 'Version = "2012-10-17"\n    Statement = = [{\n      Effect   =');
    const published = client.nextDiagnostics(mainUri, (d) => d.some((x) => x.code === 'grantlint/parse'));
    await client.change(mainUri, broken);
    const parse = (await published).filter((d) => d.code === 'grantlint/parse');
    expect(parse).toEqual([
      {
        range: { start: { line: 17, character: 16 }, end: { line: 17, character: 17 } },
        severity: 1,
        code: 'grantlint/parse',
        source: 'grantlint',
        message: "Expected an expression, found '='",
      },
    ]);
    expect(parse.map((d) => d.range.start)).toEqual(cliVerdict({ 'main.tf': broken, 'locals.tf': LOCALS_WILDCARD }, 'main.tf').filter((d) => d.code === 'grantlint/parse').map((d) => d.start));
    const healed = client.nextDiagnostics(mainUri, (d) => d.length === initialCount);
    await client.change(mainUri, MAIN);
    expect((await healed).filter(isWildcard).map((d) => d.range)).toEqual([STATEMENT_RANGE]);
  });

  it('reloads the policy file when it changes and shows its errors in it', async () => {
    const policyPath = path.join(dir, '.grantlint.yaml');
    const policyUri = pathToFileURL(policyPath).href;
    fs.writeFileSync(policyPath, 'extends: [grantlint:recommended]\nrules:\n  aws-iam-wildcard-action: medium\n');
    const lowered = client.nextDiagnostics(mainUri, (d) => d.some((x) => isWildcard(x) && x.severity === 2));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: policyUri, type: 1 }] });
    expect((await lowered).filter(isWildcard).map((d) => [d.severity, d.range])).toEqual([[2, STATEMENT_RANGE]]);

    fs.writeFileSync(policyPath, 'extends: [grantlint:recommended]\nrules:\n  aws-iam-wildcard-actoin: off\n');
    const policyErrors = client.nextDiagnostics(policyUri, (d) => d.length > 0);
    const noRules = client.nextDiagnostics(mainUri, (d) => d.length === 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: policyUri, type: 2 }] });
    // As in the CLI, a policy with errors is not applied and no rule runs until it is fixed.
    expect(await noRules).toEqual([]);
    const errors = await policyErrors;
    expect(errors.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual([['grantlint/config', 2, 2]]);
    expect(errors[0]!.message).toContain("aws-iam-wildcard-actoin");

    fs.rmSync(policyPath);
    const restored = client.nextDiagnostics(mainUri, (d) => d.length === initialCount);
    const policyCleared = client.nextDiagnostics(policyUri, (d) => d.length === 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: policyUri, type: 3 }] });
    await Promise.all([restored, policyCleared]);
  });

  it('hides findings recorded in the baseline, and shows them again when the baseline goes', async () => {
    execFileSync(process.execPath, [CLI, 'baseline', '.'], { cwd: dir, stdio: 'ignore' });
    const baselineUri = pathToFileURL(path.join(dir, '.grantlint-baseline.json')).href;
    const accepted = client.nextDiagnostics(mainUri, (d) => d.length === 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: baselineUri, type: 1 }] });
    expect(await accepted).toEqual([]);
    fs.rmSync(path.join(dir, '.grantlint-baseline.json'));
    const back = client.nextDiagnostics(mainUri, (d) => d.length === initialCount);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: baselineUri, type: 3 }] });
    expect((await back).filter(isWildcard).map((d) => d.range)).toEqual([STATEMENT_RANGE]);
  });

  it('publishes for an unsaved Bicep file and suppresses with a // comment above the statement', async () => {
    const bicep = [
      'param principalId string',
      '',
      "@description('Owner for the pipeline')",
      "resource owner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {",
      '  name: guid(resourceGroup().id, principalId)',
      '  properties: {',
      "    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')",
      '    principalId: principalId',
      '  }',
      '}',
      '',
    ].join('\n');
    const uri = pathToFileURL(path.join(dir, 'infra', 'main.bicep')).href;
    const published = client.nextDiagnostics(uri);
    await client.open(uri, 'bicep', bicep);
    const diagnostics = await published;
    const statement = { start: { line: 2, character: 0 }, end: { line: 9, character: 1 } };
    expect(verdictOf(diagnostics)).toEqual(cliVerdict({ 'infra/main.bicep': bicep }, 'infra/main.bicep'));
    expect(summary(diagnostics).map((d) => [d.code, d.severity, d.range])).toEqual([
      ['azure-privileged-role-assignment', 1, statement],
      ['unresolved-reference', 3, statement],
    ]);
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 3 } })) as Hover;
    expect(hover).toEqual({
      range: statement,
      contents: {
        kind: 'markdown',
        value: [
          '**Allow** · azure role-assignment · `owner`',
          '',
          '- Principal: unknown `${principalId}`',
          '- Role: `Owner`',
          '- Scope: `/subscriptions/${subscription().subscriptionId}/resourceGroups/${resourceGroup().name}`',
          '- Not evaluated: `principalId`',
          '',
          '**Grants of unknown `${principalId}`** (1 in this analysis)',
          '',
          '- allow role `Owner` — infra/main.bicep:3',
        ].join('\n'),
      },
    });
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics: [diagnostics[0]] },
    })) as CodeAction[];
    const edits = actions[0]!.edit!.changes![uri]!;
    expect(edits).toEqual([
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '// grantlint-ignore azure-privileged-role-assignment reason="<why this is accepted>"\n' },
    ]);
    const suppressed = client.nextDiagnostics(uri, (d) => d.length === 1);
    await client.change(uri, applyEdits(bicep, edits));
    expect(summary(await suppressed).map((d) => d.code)).toEqual(['unresolved-reference']);
  });

  it('publishes for CloudFormation YAML and offers a YAML comment', async () => {
    const template = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  Admin:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      '        Statement:',
      '          - Effect: Allow',
      '            Principal: { Service: ec2.amazonaws.com }',
      '            Action: sts:AssumeRole',
      '      Policies:',
      '        - PolicyName: all',
      '          PolicyDocument:',
      '            Statement:',
      '              - Effect: Allow',
      '                Action: "iam:*"',
      '                Resource: "*"',
      '',
    ].join('\n');
    const uri = pathToFileURL(path.join(dir, 'template.yaml')).href;
    const published = client.nextDiagnostics(uri);
    await client.open(uri, 'yaml', template);
    const diagnostics = await published;
    expect(verdictOf(diagnostics)).toEqual(cliVerdict({ 'template.yaml': template }, 'template.yaml'));
    const wildcard = diagnostics.find(isWildcard)!;
    expect(wildcard.range).toEqual({ start: { line: 14, character: 16 }, end: { line: 16, character: 29 } });
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: wildcard.range,
      context: { diagnostics: [wildcard] },
    })) as CodeAction[];
    expect(actions[0]!.edit!.changes![uri]).toEqual([
      { range: { start: { line: 14, character: 0 }, end: { line: 14, character: 0 } }, newText: '              # grantlint-ignore aws-iam-wildcard-action reason="<why this is accepted>"\n' },
    ]);
  });
});
