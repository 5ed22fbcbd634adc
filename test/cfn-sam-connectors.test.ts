/**
 * SAM connectors: for every connector input/output pair of SAM's translator tests in the shared corpus, the policies
 * our expansion generates for `AWS::Serverless::Connector` resources and embedded `Connectors` must equal the ones the
 * translator wrote (`<Connector>Policy`, `...QueuePolicy`, `...TopicPolicy`, `...WriteLambdaPermission`): statements
 * compared as sets with their actions as sets, plus the role, queue, topic or function they attach to.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, ROOT, hasCorpus } from './support/corpus.js';
import { scanTemplate } from '../src/pipeline/frontends/cloudformation.js';
import { parseTemplate } from '../src/parse/cloudformation/index.js';
import { readTemplate } from '../src/evaluate/cloudformation/index.js';
import { expandSam } from '../src/extract/aws/sam-transform.js';
import { toPlain } from '../src/evaluate/value.js';

const SAM = path.join(CORPUS, 'cloudformation/aws__serverless-application-model/tests/translator');
const GENERATED_TYPES = new Set(['AWS::IAM::ManagedPolicy', 'AWS::SQS::QueuePolicy', 'AWS::SNS::TopicPolicy', 'AWS::Lambda::Permission']);

/** Pairs whose connector policies differ, with why. This list may only shrink. (The corpus holds no aws-cn / aws-us-gov outputs.) */
const EXCEPTIONS: Record<string, string> = {};

/** `!GetAtt X.Arn` as the list form the translator writes; actions and statements in a stable order. */
function normalize(x: unknown, key?: string): unknown {
  if (Array.isArray(x)) {
    const items = x.map((i) => normalize(i));
    if (key === 'Action' || key === 'Statement') return items.map((i) => JSON.stringify(i)).sort().map((s) => JSON.parse(s) as unknown);
    return items;
  }
  if (x && typeof x === 'object') {
    const entries = Object.entries(x as Record<string, unknown>);
    if (entries.length === 1 && entries[0]![0] === 'Fn::GetAtt' && typeof entries[0]![1] === 'string') {
      const [resource, ...attribute] = (entries[0]![1] as string).split('.');
      return { 'Fn::GetAtt': [resource, attribute.join('.')] };
    }
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, normalize(k === 'Action' && typeof v === 'string' ? [v] : v, k)]));
  }
  return x;
}

interface PairResult {
  name: string;
  resources: number;
  same: boolean;
  detail?: string;
}

function comparePair(name: string): PairResult | undefined {
  const outputPath = path.join(SAM, 'output', `${name}.json`);
  if (!existsSync(outputPath)) return undefined;
  const output = JSON.parse(readFileSync(outputPath, 'utf8')) as { Resources?: Record<string, { Type: string; Metadata?: Record<string, unknown>; Properties?: Record<string, unknown> }> };
  if (!output.Resources) return undefined; // the translator rejected the input: nothing to compare
  const parsed = parseTemplate(readFileSync(path.join(SAM, 'input', `${name}.yaml`), 'utf8'), `input/${name}.yaml`);
  if (parsed.error || parsed.value.kind !== 'object') return { name, resources: 0, same: false, detail: `parse: ${parsed.error?.message}` };
  const raw = readTemplate(parsed.value, parsed.keySpans, `input/${name}.yaml`);
  expandSam(raw);
  const ours = new Map<string, string>();
  for (const r of raw.resources) {
    if (r.generatedFrom !== undefined && GENERATED_TYPES.has(r.type) && r.properties) ours.set(r.logicalId, JSON.stringify(normalize(toPlain(r.properties))));
  }
  const theirs = new Map<string, string>();
  for (const [id, r] of Object.entries(output.Resources)) {
    if (r.Metadata?.['aws:sam:connectors'] === undefined || !GENERATED_TYPES.has(r.Type)) continue;
    theirs.set(id, JSON.stringify(normalize(r.Properties ?? {})));
  }
  const ids = [...new Set([...ours.keys(), ...theirs.keys()])].sort();
  for (const id of ids) {
    if (ours.get(id) !== theirs.get(id)) return { name, resources: ids.length, same: false, detail: `${id}\n  ours:   ${ours.get(id)}\n  theirs: ${theirs.get(id)}` };
  }
  return { name, resources: ids.length, same: true };
}

describe.skipIf(!hasCorpus)('SAM connectors oracle: generated connector policies equal the translator output', () => {
  it('matches on at least 95% of the connector pairs, exceptions listed', () => {
    const names = readdirSync(path.join(SAM, 'input'))
      .filter((f) => /^(connector|embedded_connectors)_.*\.yaml$/.test(f))
      .map((f) => f.slice(0, -5))
      .sort();
    const results = names.map(comparePair).filter((r): r is PairResult => r !== undefined);
    const different = results.filter((r) => !r.same);
    const identical = results.length - different.length;
    const figure = (100 * identical) / results.length;
    const resources = results.reduce((n, r) => n + r.resources, 0);
    process.stdout.write(`SAM connectors oracle: ${identical}/${results.length} translated pairs identical (${figure.toFixed(1)}%), ${resources} connector resources; ${names.length - results.length} rejected inputs skipped\n`);
    for (const d of different) if (!EXCEPTIONS[d.name]) console.log(`DIFF ${d.name}: ${d.detail}`);
    expect(different.map((d) => d.name).filter((n) => !EXCEPTIONS[n])).toEqual([]);
    // An exception that now matches must leave the list.
    expect(Object.keys(EXCEPTIONS).filter((n) => results.find((r) => r.name === n)?.same)).toEqual([]);
    expect(figure).toBeGreaterThanOrEqual(95);
  }, 300_000);
});

const CONNECTORS_TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  Writer:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      InlineCode: "exports.handler = async () => {};"
  Table:
    Type: AWS::DynamoDB::Table
  Topic:
    Type: AWS::SNS::Topic
    Connectors:
      ToQueue:
        Properties:
          Destination:
            Id: Queue
          Permissions:
            - Write
  Queue:
    Type: AWS::SQS::Queue
  WriterToTable:
    Type: AWS::Serverless::Connector
    Properties:
      Source:
        Id: Writer
      Destination:
        Id: Table
      Permissions: [Read, Write]
`;

function scanText(text: string, file: string): ReturnType<typeof scanTemplate> {
  return scanTemplate({ absPath: path.join(ROOT, file), path: file, text }, {});
}

describe('SAM connectors end to end', () => {
  const result = scanText(CONNECTORS_TEMPLATE, 'connectors.yaml');
  const connectors = new Set(['Resources/WriterToTable', 'Resources/Topic/Connectors/ToQueue']);
  const connectorGrants = result.grants.filter((g) => connectors.has(g.details?.generatedFrom as string));

  it('reports nothing wrong', () => {
    expect(result.errors).toEqual([]);
    expect(result.unresolved).toEqual([]);
  });

  it('grants what SAM generates, at the connector Permissions, marked with the connector', () => {
    expect(
      connectorGrants.map((g) => {
        const s = g.source;
        return `${g.kind} ${g.principal.type}:${g.principal.name} ${g.actions.join(',')} on ${g.resources.join(',')} @${s.file}:${s.line}:${s.column}-${s.endLine}:${s.endColumn} ${s.address} from ${String(g.details?.generatedFrom)}`;
      }),
    ).toEqual([
      'resource-policy service:sns.amazonaws.com sqs:SendMessage on ${Queue.Arn} @connectors.yaml:19:13-19:20 Resources/Topic from Resources/Topic/Connectors/ToQueue',
      'identity-policy role:WriterRole dynamodb:GetItem,dynamodb:Query,dynamodb:Scan,dynamodb:BatchGetItem,dynamodb:ConditionCheckItem,dynamodb:PartiQLSelect on ${Table.Arn},${Table.Arn}/index/* @connectors.yaml:29:20-29:33 Resources/WriterToTable from Resources/WriterToTable',
      'identity-policy role:WriterRole dynamodb:PutItem,dynamodb:UpdateItem,dynamodb:DeleteItem,dynamodb:BatchWriteItem,dynamodb:PartiQLDelete,dynamodb:PartiQLInsert,dynamodb:PartiQLUpdate on ${Table.Arn},${Table.Arn}/index/* @connectors.yaml:29:20-29:33 Resources/WriterToTable from Resources/WriterToTable',
    ]);
  });

  it('keeps the queue policy on the queue, with the topic as the only allowed source', () => {
    const queue = connectorGrants[0]!;
    expect(queue.details?.attachedTo).toBe('Queue');
    expect(queue.details?.resourceType).toBe('AWS::SQS::QueuePolicy');
    expect(queue.details?.policy).toBe('Queue resource policy');
  });

  it('reports a connector between unknown resources as unresolved, at its Permissions', () => {
    const text = 'Transform: AWS::Serverless-2016-10-31\nResources:\n  C:\n    Type: AWS::Serverless::Connector\n    Properties:\n      Source: {Id: Missing}\n      Destination: {Type: AWS::SQS::Queue, Arn: arn:aws:sqs:us-east-1:1:q}\n      Permissions: [Write]\n';
    const unknown = scanText(text, 'unknown.yaml');
    expect(unknown.grants).toEqual([]);
    expect(unknown.unresolved.map((u) => `${u.span.file}:${u.span.line}:${u.span.column} ${u.expr} ${u.reason}`)).toEqual([
      'unknown.yaml:8:20 ? -> AWS::SQS::Queue SAM connector Source is neither a resource of the template (Id) nor a known resource Type',
    ]);
    const unprofiled = scanText(text.replace('Source: {Id: Missing}', 'Source: {Type: AWS::SQS::Queue, Arn: arn:aws:sqs:us-east-1:1:p}'), 'unprofiled.yaml');
    expect(unprofiled.unresolved.map((u) => `${u.span.line}:${u.span.column} ${u.expr} ${u.reason}`)).toEqual([
      '8:20 AWS::SQS::Queue -> AWS::SQS::Queue SAM connector between resource types it has no permissions profile for',
    ]);
  });
});
