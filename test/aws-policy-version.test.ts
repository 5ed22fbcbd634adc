/**
 * The policy Version travels from every AWS front end onto the grants (`details.policyVersion`), and
 * aws-iam-policy-version judges it end to end: Terraform, plans, CloudFormation, SAM and CDK.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import type { Grant } from '../src/model/grant.js';
import { scan } from '../src/pipeline/scan.js';
import { ROOT } from './support/corpus.js';

const versionRule = builtinRules.filter((r) => r.meta.id === 'aws-iam-policy-version');

async function scanText(file: string, text: string) {
  return scan({ paths: [], sources: { root: '/virtual', files: [{ absPath: `/virtual/${file}`, path: file, text }] }, rules: versionRule });
}

/** `address statementIndex version` of the grants that come from policy documents. */
function versions(grants: readonly Grant[]): string[] {
  return grants
    .filter((g) => typeof g.details?.statementIndex === 'number')
    .map((g) => `${g.source.address} ${String(g.details!.statementIndex)} ${JSON.stringify(g.details!.policyVersion)}`);
}

describe('Terraform', () => {
  const text = `resource "aws_iam_policy" "none" {
  name = "none"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::home/$\${aws:username}/*" }]
  })
}

data "aws_iam_policy_document" "default" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "old" {
  version = "2008-10-17"
  statement {
    actions   = ["s3:ListBucket"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "default" {
  name   = "default"
  policy = data.aws_iam_policy_document.default.json
}

resource "aws_iam_policy" "old" {
  name   = "old"
  policy = data.aws_iam_policy_document.old.json
}

resource "aws_iam_role" "heredoc" {
  name               = "heredoc"
  assume_role_policy = <<JSON
{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
}
JSON
}
`;

  it('records the written Version, null without one, and the data source version (2012-10-17 by default)', async () => {
    const result = await scanText('main.tf', text);
    expect(result.errors).toEqual([]);
    expect(versions(result.grants)).toEqual(['aws_iam_policy.none 0 null', 'aws_iam_policy.default 0 "2012-10-17"', 'aws_iam_policy.old 0 "2008-10-17"', 'aws_iam_role.heredoc 0 "2012-10-17"']);
  });

  it('reports the document without Version (with its policy variable) and the data source with version 2008-10-17', async () => {
    const result = await scanText('main.tf', text);
    expect(result.findings.map((f) => `${f.span.line}:${f.span.column}-${f.span.endLine}:${f.span.endColumn} ${f.messageId} ${f.severity}`)).toEqual([
      '4:18-4:114 literalVariables medium',
      '17:3-20:4 oldVersion low',
    ]);
  });
});

describe('Terraform plan', () => {
  const trust = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Service: 'states.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'states:StartExecution', Resource: '*' }] });
  const change = (type: string, name: string, after: Record<string, unknown>) => ({ address: `${type}.${name}`, mode: 'managed', type, name, change: { actions: ['create'], before: null, after } });
  const plan = JSON.stringify(
    {
      format_version: '1.2',
      resource_changes: [change('aws_iam_role', 'machine', { name: 'machine', assume_role_policy: trust }), change('aws_iam_role_policy', 'start', { name: 'start', role: 'machine', policy })],
    },
    null,
    2,
  );

  it('records the Version of the rendered JSON documents and reports the one without', async () => {
    const result = await scanText('plan.json', plan);
    expect(result.errors).toEqual([]);
    expect(versions(result.grants)).toEqual(['aws_iam_role.machine 0 null', 'aws_iam_role_policy.start 0 "2012-10-17"']);
    expect(result.findings.map((f) => `${f.span.address} ${f.messageId} ${f.data.policy}`)).toEqual(['aws_iam_role.machine noVersion machine trust policy']);
  });
});

describe('CloudFormation and SAM', () => {
  const template = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: src/
      Policies:
        - SQSPollerPolicy:
            QueueName: jobs
        - Statement:
            - Effect: Allow
              Action: s3:GetObject
              Resource: arn:aws:s3:::reports/*
  TopicPolicy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [arn:aws:sns:eu-west-1:123456789012:alerts]
      PolicyDocument:
        Version: 2008-10-17
        Statement:
          - Effect: Allow
            Principal: { Service: events.amazonaws.com }
            Action: sns:Publish
            Resource: arn:aws:sns:eu-west-1:123456789012:alerts
`;

  it('records written Versions, leaves SAM-written documents unrecorded, and judges the author-written SAM inline policy', async () => {
    const result = await scanText('template.yaml', template);
    expect(result.errors).toEqual([]);
    const byPolicy = result.grants
      .filter((g) => typeof g.details?.statementIndex === 'number')
      .map((g) => `${String(g.details!.policy)} ${JSON.stringify(g.details!.policyVersion)}`);
    expect([...new Set(byPolicy)]).toEqual([
      'WorkerRole trust policy "2012-10-17"',
      'WorkerRolePolicy0 undefined',
      'WorkerRolePolicy1 null',
      'arn:aws:sns:eu-west-1:123456789012:alerts resource policy "2008-10-17"',
    ]);
    expect(result.findings.map((f) => `${f.span.line}:${f.span.column} ${f.messageId} ${f.data.policy}`)).toEqual([
      '14:15 noVersion WorkerRolePolicy1',
      '24:13 oldVersion arn:aws:sns:eu-west-1:123456789012:alerts resource policy',
    ]);
  });
});

describe('CDK', () => {
  it('gives every synthesized document Version 2012-10-17', async () => {
    const result = await scan({ paths: ['fixtures/cdk/data-app', 'fixtures/cdk/platform-app'], cwd: ROOT, rules: versionRule });
    expect(result.errors).toEqual([]);
    const documents = result.grants.filter((g) => g.source.format === 'cdk' && typeof g.details?.statementIndex === 'number');
    expect(documents.length).toBeGreaterThan(10);
    expect(new Set(documents.map((g) => g.details!.policyVersion))).toEqual(new Set(['2012-10-17']));
    expect(result.findings).toEqual([]);
  });
});
