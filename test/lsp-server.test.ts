/**
 * `grantlint lsp` driven over stdio by a real LSP client (vscode-languageserver-protocol), as an editor drives it:
 * diagnostics with exact ranges, fixes, malformed input, module directories, policy reloads, code actions, hovers.
 */
import { execFileSync } from 'node:child_process';
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

/** The policy statement `{ Effect ... }` on lines 18-22 (1-based) of MAIN: 0-based 17:17 to 21:5. */
const STATEMENT_RANGE = { start: { line: 17, character: 17 }, end: { line: 21, character: 5 } };

let dir: string;
let client: LspTestClient;
let mainUri: string;
let localsUri: string;

function summary(diagnostics: readonly Diagnostic[]) {
  return diagnostics.map((d) => ({ code: d.code, severity: d.severity, range: d.range, href: d.codeDescription?.href, source: d.source }));
}

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
  execFileSync('npx', ['tsc', '-p', '.'], { cwd: REPO, stdio: 'ignore' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-lsp-'));
  fs.writeFileSync(path.join(dir, 'main.tf'), MAIN);
  fs.writeFileSync(path.join(dir, 'locals.tf'), LOCALS_WILDCARD);
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
    expect(summary(await published)).toEqual([
      { code: 'aws-iam-resource-exposure', severity: 1, range: STATEMENT_RANGE, href: `${DOCS}/aws-iam-resource-exposure/README.md`, source: 'grantlint' },
      { code: 'aws-iam-wildcard-action', severity: 1, range: STATEMENT_RANGE, href: `${DOCS}/aws-iam-wildcard-action/README.md`, source: 'grantlint' },
    ]);
    expect(client.diagnostics.get(mainUri)![1]!.message).toBe(
      'Action `s3:*` allows all 180 `s3` actions, including ones nobody meant to grant (deletes, policy changes). List the `s3` actions the principal needs.',
    );
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
    const published = client.nextDiagnostics(mainUri);
    await client.change(mainUri, suppressed);
    expect(summary(await published).map((d) => [d.code, d.range.start.line])).toEqual([['aws-iam-resource-exposure', 18]]);
    const restored = client.nextDiagnostics(mainUri, (d) => d.length === 2);
    await client.change(mainUri, MAIN);
    await restored;
  });

  it('re-evaluates the module directory when another file of it changes in the editor', async () => {
    const cleared = client.nextDiagnostics(mainUri, (d) => d.length === 0);
    await client.open(localsUri, 'terraform', LOCALS_WILDCARD);
    await client.change(localsUri, LOCALS_NARROW);
    expect(await cleared).toEqual([]);
    const back = client.nextDiagnostics(mainUri, (d) => d.length === 2);
    await client.change(localsUri, LOCALS_WILDCARD);
    expect(summary(await back).map((d) => d.code)).toEqual(['aws-iam-resource-exposure', 'aws-iam-wildcard-action']);
  });

  it('clears the diagnostics once the problem is fixed', async () => {
    const cleared = client.nextDiagnostics(mainUri, (d) => d.length === 0);
    await client.change(mainUri, MAIN.replace('local.actions', '"s3:GetObject"'));
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
    const healed = client.nextDiagnostics(mainUri, (d) => d.length === 2);
    await client.change(mainUri, MAIN);
    expect(summary(await healed).map((d) => d.code)).toEqual(['aws-iam-resource-exposure', 'aws-iam-wildcard-action']);
  });

  it('reloads the policy file when it changes and shows its errors in it', async () => {
    const policyPath = path.join(dir, '.grantlint.yaml');
    const policyUri = pathToFileURL(policyPath).href;
    fs.writeFileSync(policyPath, 'extends: [grantlint:recommended]\nrules:\n  aws-iam-wildcard-action: off\n');
    const reduced = client.nextDiagnostics(mainUri, (d) => d.length === 1);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: policyUri, type: 1 }] });
    expect(summary(await reduced).map((d) => d.code)).toEqual(['aws-iam-resource-exposure']);

    fs.writeFileSync(policyPath, 'extends: [grantlint:recommended]\nrules:\n  aws-iam-wildcard-actoin: off\n');
    const policyErrors = client.nextDiagnostics(policyUri, (d) => d.length > 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: policyUri, type: 2 }] });
    const errors = await policyErrors;
    expect(errors.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual([['grantlint/config', 2, 2]]);
    expect(errors[0]!.message).toContain("aws-iam-wildcard-actoin");

    fs.rmSync(policyPath);
    const restored = client.nextDiagnostics(mainUri, (d) => d.length === 2);
    const policyCleared = client.nextDiagnostics(policyUri, (d) => d.length === 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: policyUri, type: 3 }] });
    await Promise.all([restored, policyCleared]);
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
    const wildcard = diagnostics.find((d) => d.code === 'aws-iam-wildcard-action')!;
    expect(wildcard.range.start).toEqual({ line: 14, character: 16 });
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
