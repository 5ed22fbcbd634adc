/**
 * The work budget (src/evaluate/budget.ts): loops nested in loops that each stay under their own limit still multiply;
 * every evaluator stops such a unit with one located error and the scan goes on with the other files.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BudgetExhausted, countStep, MAX_EVALUATION_STEPS, runWithBudget, takeLargestUnitSteps } from '../src/evaluate/budget.js';
import { scan } from '../src/pipeline/scan.js';
import { CORPUS, hasCorpus } from './support/corpus.js';

const ROOT = '/virtual/budget';

async function scanFiles(files: Record<string, string>) {
  const cpu = process.cpuUsage();
  const result = await scan({ paths: [], sources: { root: ROOT, files: Object.entries(files).map(([p, text]) => ({ absPath: `${ROOT}/${p}`, path: p, text })) } });
  const used = process.cpuUsage(cpu);
  return {
    errors: result.errors.map((e) => `${e.code} ${e.file}:${e.line}:${e.column}-${e.endLine}:${e.endColumn} ${e.message}`),
    grantFiles: [...new Set(result.grants.map((g) => g.source.file))].sort(),
    cpuMs: (used.user + used.system) / 1000,
  };
}

const stopped = (file: string, what: string) =>
  `evaluation of ${file} stopped: it needs more than 2,000,000 evaluation steps (limit 2,000,000); simplify nested loops or split the ${what}`;

/** Comma-separated 0..n-1, for array literals. */
const upTo = (n: number) => Array.from({ length: n }, (_, i) => i).join(', ');

describe('the work budget of each evaluator', () => {
  it('Terraform: three nested for-expressions over range(200) stop the module; other modules still scan', async () => {
    const { errors, grantFiles, cpuMs } = await scanFiles({
      'heavy/main.tf': 'locals {\n  cells = [for i in range(200) : [for j in range(200) : [for k in range(200) : "${i}-${j}-${k}"]]]\n}\nresource "aws_iam_user" "u" {\n  name = length(local.cells)\n}\n',
      'ok/main.tf': 'resource "aws_iam_user_policy" "p" {\n  user   = "u"\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })\n}\n',
    });
    expect(errors).toEqual([`too-large heavy/main.tf:2:83-2:84 ${stopped('heavy/main.tf', 'module')}`]);
    expect(grantFiles).toEqual(['ok/main.tf']);
    expect(cpuMs).toBeLessThan(5000);
  });

  it('Bicep: three nested for loops over range(0, 200) stop the file; other files still scan', async () => {
    const roleAssignment = (name: string) =>
      `resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {\n  name: ${name}\n  properties: {\n    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')\n    principalId: 'p'\n  }\n}\n`;
    const { errors, grantFiles, cpuMs } = await scanFiles({
      'heavy.bicep': "var cells = [for i in range(0, 200): [for j in range(0, 200): [for k in range(0, 200): '${i}-${j}-${k}']]]\n" + roleAssignment('guid(string(length(cells)))'),
      'ok.bicep': roleAssignment("guid('a')"),
    });
    expect(errors).toEqual([`too-large heavy.bicep:1:88-1:104 ${stopped('heavy.bicep', 'file')}`]);
    expect(grantFiles).toEqual(['ok.bicep']);
    expect(cpuMs).toBeLessThan(5000);
  });

  it('ARM: a copy of 800 instances with a property copy of 800, each building range(0, 800), stops the template', async () => {
    const template = (resource: object) =>
      JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', resources: [resource] }, null, 1);
    const owner = "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')]";
    const { errors, grantFiles, cpuMs } = await scanFiles({
      'heavy.json': template({
        type: 'Microsoft.Authorization/roleAssignments',
        apiVersion: '2022-04-01',
        name: '[guid(string(copyIndex()))]',
        copy: { name: 'r', count: 800 },
        properties: { roleDefinitionId: owner, principalId: 'p', copy: [{ name: 'extra', count: 800, input: '[length(range(0, 800))]' }] },
      }),
      'ok.json': template({ type: 'Microsoft.Authorization/roleAssignments', apiVersion: '2022-04-01', name: "[guid('a')]", properties: { roleDefinitionId: owner, principalId: 'p' } }),
    });
    // Line 20 is the property copy's `input`.
    expect(errors).toEqual([`too-large heavy.json:20:16-20:41 ${stopped('heavy.json', 'template')}`]);
    // The instances evaluated before the budget ran out are kept.
    expect(grantFiles).toEqual(['heavy.json', 'ok.json']);
    expect(cpuMs).toBeLessThan(5000);
  });

  it('CloudFormation: Fn::FindInMap of a 20,000-item mapping in 300 policies stops the template', async () => {
    const actions = Array.from({ length: 20_000 }, (_, i) => `s3:A${i}`).join(', ');
    let heavy = `AWSTemplateFormatVersion: "2010-09-09"\nMappings:\n  Big:\n    All:\n      Actions: [${actions}]\nResources:\n`;
    const policy = (id: string, action: string) =>
      `  ${id}:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: ${action}\n            Resource: "*"\n`;
    for (let i = 0; i < 300; i++) heavy += policy(`P${i}`, '!FindInMap [Big, All, Actions]');
    const { errors, grantFiles, cpuMs } = await scanFiles({ 'heavy.yaml': heavy, 'ok.yaml': `Resources:\n${policy('P', 's3:GetObject')}` });
    // The budget runs out inside the mapping's list, in the 100th policy that reads it.
    const column = heavy.split('\n')[4]!.indexOf('s3:A19001') + 1;
    expect(errors).toEqual([`too-large heavy.yaml:5:${column}-5:${column + 9} ${stopped('heavy.yaml', 'template')}`]);
    expect(grantFiles).toEqual(['ok.yaml']);
    expect(cpuMs).toBeLessThan(5000);
  });

  it('CDK: three nested for-of loops over 200 items stop the app; other apps still scan', async () => {
    const header = "import * as cdk from 'aws-cdk-lib';\nimport * as iam from 'aws-cdk-lib/aws-iam';\nconst app = new cdk.App();\nconst stack = new cdk.Stack(app, 'S');\n";
    const role = "const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });\nrole.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));\n";
    const loops = `const xs = [${upTo(200)}];\nfor (const a of xs) {\n  for (const b of xs) {\n    for (const c of xs) {\n      const name = \`\${a}-\${b}-\${c}\`;\n    }\n  }\n}\n`;
    const { errors, grantFiles, cpuMs } = await scanFiles({ 'bin/heavy.ts': header + loops + role, 'bin/ok.ts': header + role });
    expect(errors).toEqual([`too-large bin/heavy.ts:9:20-9:36 ${stopped('bin/heavy.ts', 'app')}`]);
    expect(grantFiles).toEqual(['bin/ok.ts']);
    expect(cpuMs).toBeLessThan(5000);
  });
});

describe('runWithBudget', () => {
  it('gives each unit a fresh budget; a unit inside another shares it and the outer unit reports once', () => {
    const spend = (n: number) => {
      for (let i = 0; i < n; i++) if (countStep()) throw new BudgetExhausted('a.tf', { line: 3, column: 4, endLine: 3, endColumn: 9 });
    };
    expect(runWithBudget('module', () => spend(90), 100)).toEqual({ result: undefined });
    expect(runWithBudget('module', () => spend(90), 100)).toEqual({ result: undefined });
    let inner: unknown;
    const outer = runWithBudget(
      'module',
      () => {
        spend(60);
        inner = runWithBudget('module', () => 'inner result', 100);
        spend(60);
      },
      100,
    );
    expect(inner).toEqual({ result: 'inner result' });
    expect(outer.exhausted).toEqual({
      file: 'a.tf',
      line: 3,
      column: 4,
      endLine: 3,
      endColumn: 9,
      message: 'evaluation of a.tf stopped: it needs more than 100 evaluation steps (limit 100); simplify nested loops or split the module',
      code: 'too-large',
    });
  });

  it('outside a unit, steps are not limited', () => {
    for (let i = 0; i < 1000; i++) expect(countStep()).toBe(false);
  });
});

describe.runIf(hasCorpus)('the budget against real configurations', () => {
  it('the heaviest Terraform module of the corpus uses less than 5% of the budget', async () => {
    takeLargestUnitSteps();
    const result = await scan({ paths: [path.join(CORPUS, 'terraform')], cwd: CORPUS, today: '2026-01-01' });
    expect(result.errors.filter((e) => e.message.includes('evaluation steps'))).toEqual([]);
    const largest = takeLargestUnitSteps();
    console.log(`heaviest Terraform module of the corpus: ${largest.toLocaleString('en-US')} steps of ${MAX_EVALUATION_STEPS.toLocaleString('en-US')}`);
    expect(largest).toBeGreaterThan(10_000);
    expect(largest).toBeLessThan(MAX_EVALUATION_STEPS / 20);
  });
});
