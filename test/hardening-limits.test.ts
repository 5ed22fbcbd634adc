/**
 * Resource limits: inputs built to exhaust memory or time (instance expansion, huge ranges, string and list
 * doubling, alias bombs, deep nesting) end in located errors with the limit in the message, quickly.
 */
import { describe, expect, it } from 'vitest';
import { scan } from '../src/pipeline/scan.js';

const ROOT = '/virtual/hardening';

async function scanText(file: string, text: string) {
  const result = await scan({ paths: [], sources: { root: ROOT, files: [{ absPath: `${ROOT}/${file}`, path: file, text }] } });
  return { result, errors: result.errors.map((e) => `${e.code} ${e.file}:${e.line}:${e.column} ${e.message}`) };
}

/** Forty locals, each twice the one before (16 characters × 2⁴⁰ at the end), and a resource that reads the last. */
function doublingLocals(step: (previous: string) => string): string {
  const lines = ['locals {', '  s0 = "xxxxxxxxxxxxxxxx"'];
  for (let i = 1; i <= 40; i++) lines.push(`  s${i} = ${step(`local.s${i - 1}`)}`);
  lines.push('}', 'resource "aws_iam_user" "u" {', '  name = local.s40', '}', '');
  return lines.join('\n');
}

describe('Terraform limits', () => {
  it('count beyond 100,000 instances', async () => {
    const { errors } = await scanText('main.tf', 'resource "aws_iam_user" "u" {\n  count = 10000000\n  name  = "x"\n}\n');
    expect(errors).toEqual(['evaluate main.tf:2:11 count expands to 10000000 instances; limit 100,000.']);
  });

  it('for_each beyond 100,000 instances', async () => {
    const text = 'resource "aws_iam_user" "u" {\n  for_each = toset(flatten([for i in range(400) : [for j in range(300) : "${i}-${j}"]]))\n  name     = each.key\n}\n';
    const { errors } = await scanText('main.tf', text);
    expect(errors).toEqual(['evaluate main.tf:2:14 for_each expands to 120000 instances; limit 100,000.']);
  });

  it('loops over huge ranges', async () => {
    const { errors } = await scanText('main.tf', 'locals {\n  xs = [for i in range(1000000000) : i]\n}\nresource "aws_iam_user" "u" {\n  name = jsonencode(local.xs)\n}\n');
    expect(errors).toEqual(['evaluate main.tf:2:18 range(): more than 1024 values (1000000000).']);
  });

  it('setproduct is sized before it is built', async () => {
    const { errors } = await scanText('main.tf', 'locals {\n  r = range(1000)\n}\nresource "aws_iam_user" "u" {\n  name = jsonencode(setproduct(local.r, local.r, local.r))\n}\n');
    expect(errors).toEqual(['evaluate main.tf:5:21 setproduct(): the product has 1000000000 elements; limit 100,000.']);
  });

  it('setsubtract on two half-million-element lists is refused before it compares them', async () => {
    const lines = ['locals {', '  l0 = range(1000)'];
    for (let i = 1; i <= 9; i++) lines.push(`  l${i} = concat(local.l${i - 1}, local.l${i - 1})`);
    lines.push('}', 'resource "aws_iam_user" "u" {', '  name = length(setsubtract(local.l9, local.l9))', '}', '');
    const started = Date.now();
    const { errors } = await scanText('main.tf', lines.join('\n'));
    expect(errors).toEqual(['evaluate main.tf:14:17 setsubtract(): comparing 262144000000 pairs of elements; limit 10,000,000.']);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it.each([
    ['join', (p: string) => `join("", [${p}, ${p}])`],
    ['format', (p: string) => `format("%s%s", ${p}, ${p})`],
    ['template with strrev', (p: string) => `"\${${p}}\${strrev(${p})}"`],
  ])('a string doubled forty times with %s stops at 4,194,304 characters', async (_name, step) => {
    const started = Date.now();
    const { errors } = await scanText('main.tf', doublingLocals(step));
    // Local s19 is the first over the limit (16 × 2¹⁹ = 8,388,608 characters); later locals stay unknown.
    expect(errors[0]).toBe('evaluate main.tf:21:9 This string grows to 8,388,608 characters; limit 4,194,304.');
    expect(errors.every((e) => e.includes('limit 4,194,304'))).toBe(true);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('a list doubled forty times stops at 1,000,000 elements', async () => {
    const lines = ['locals {', '  l0 = ["a", "b"]'];
    for (let i = 1; i <= 40; i++) lines.push(`  l${i} = concat(local.l${i - 1}, local.l${i - 1})`);
    lines.push('}', 'resource "aws_iam_user" "u" {', '  name = length(local.l40)', '}', '');
    const { errors } = await scanText('main.tf', lines.join('\n'));
    expect(errors[0]).toBe('evaluate main.tf:21:9 This list grows to 1,048,576 elements; limit 1,000,000.');
  });

  it('deep nesting is a parse error, not a stack overflow', async () => {
    const { errors } = await scanText('main.tf', `locals {\n  x = ${'('.repeat(5000)}1${')'.repeat(5000)}\n}\n`);
    expect(errors).toEqual(['parse main.tf:2:506 Nesting is too deep: more than 500 levels of nested blocks or expressions; the rest of the file was not parsed']);
  });
});

describe('CloudFormation limits', () => {
  it('a YAML alias bomb (a billion laughs) is refused', async () => {
    let text = 'AWSTemplateFormatVersion: "2010-09-09"\nMappings:\n  M:\n    a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i <= 9; i++) text += `    a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]\n`;
    text += 'Resources:\n  R:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: p\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: *a9\n            Resource: "*"\n';
    const { errors } = await scanText('template.yaml', text);
    expect(errors).toEqual(['parse template.yaml:4:26 aliases expand to more than 100000 nodes']);
  });

  it('Fn::Join doubling through aliases is refused', async () => {
    let text = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  R:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: p\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: &r0 "arn:aws:s3:::b/*"\n';
    for (let i = 1; i <= 40; i++) text += `            X${i}: &r${i} !Join ["", [*r${i - 1}, *r${i - 1}]]\n`;
    const { errors } = await scanText('template.yaml', text);
    expect(errors).toEqual(['parse template.yaml:11:27 aliases expand to more than 100000 nodes']);
  });
});

describe('Bicep and ARM limits', () => {
  it('a Bicep variable doubled forty times stops with a located error', async () => {
    let text = "var s0 = 'xxxxxxxxxxxxxxxx'\n";
    for (let i = 1; i <= 40; i++) text += `var s${i} = '\${s${i - 1}}\${s${i - 1}}'\n`;
    text += "resource r 'Microsoft.Authorization/roleAssignments@2022-04-01' = {\n  name: s40\n  properties: {\n    roleDefinitionId: s40\n    principalId: 'p'\n  }\n}\n";
    const { errors } = await scanText('main.bicep', text);
    expect(errors[0]).toBe('too-large main.bicep:20:11 This string grows to 8,388,608 characters; limit 4,194,304.');
    expect(errors.some((e) => e.startsWith('internal'))).toBe(false);
  });

  it('an ARM variable doubled forty times stops with a located error', async () => {
    const variables: Record<string, string> = { s0: 'xxxxxxxxxxxxxxxx' };
    for (let i = 1; i <= 40; i++) variables[`s${i}`] = `[concat(variables('s${i - 1}'), variables('s${i - 1}'))]`;
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      variables,
      resources: [{ type: 'Microsoft.Authorization/roleAssignments', apiVersion: '2022-04-01', name: "[variables('s40')]", properties: { roleDefinitionId: "[variables('s40')]", principalId: 'p' } }],
    };
    const { errors } = await scanText('azuredeploy.json', JSON.stringify(template, null, 1));
    expect(errors[0]).toMatch(/^parse azuredeploy\.json:\d+:\d+ this string grows to 8,388,608 characters; limit 4,194,304$/);
    expect(errors.some((e) => e.startsWith('internal'))).toBe(false);
  });

  it('an ARM expression nested 5,000 calls deep is a located error', async () => {
    const template = { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', resources: [{ type: 'Microsoft.Authorization/roleAssignments', apiVersion: '2022-04-01', name: `[${'concat('.repeat(5000)}'a'${')'.repeat(5000)}]`, properties: {} }] };
    const { errors } = await scanText('azuredeploy.json', JSON.stringify(template));
    // The evaluator reads `name` more than once and reports each time: one distinct error.
    expect([...new Set(errors)]).toHaveLength(1);
    expect(errors[0]).toMatch(/^parse azuredeploy\.json:1:217 invalid template expression: expression nested deeper than 200 levels \(at offset 1401 of /);
  });
});
