/** grantlint's SAM policy template table: complete, and decoding to exactly the statements SAM defines. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CORPUS, hasCorpus } from './support/corpus.js';
import { SAM_POLICY_TEMPLATES } from '../src/extract/aws/sam-policy-templates-data.js';
import { decodeStatement, encodeStatement } from '../src/extract/aws/sam-policy-template-codec.js';
import { expandSamPolicyTemplate } from '../src/extract/aws/sam-policy-templates.js';
import { toPlain } from '../src/evaluate/value.js';

const DEFINITIONS = path.join(CORPUS, 'cloudformation/aws__serverless-application-model/samtranslator/policy_templates_data/policy_templates.json');

function sortKeys(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sortKeys);
  if (x && typeof x === 'object') return Object.fromEntries(Object.keys(x).sort().map((k) => [k, sortKeys((x as Record<string, unknown>)[k])]));
  return x;
}

describe('SAM policy templates', () => {
  it('expands a template with the given parameter values in place of its Refs', () => {
    const statements = expandSamPolicyTemplate('S3ReadPolicy', new Map([['BucketName', { kind: 'string', value: 'my-bucket' }]]), undefined);
    expect(statements.map(toPlain)).toEqual([
      {
        Action: ['s3:GetObject', 's3:ListBucket', 's3:GetBucketLocation', 's3:GetObjectVersion', 's3:GetLifecycleConfiguration'],
        Effect: 'Allow',
        Resource: [
          { 'Fn::Sub': ['arn:${AWS::Partition}:s3:::${bucketName}', { bucketName: 'my-bucket' }] },
          { 'Fn::Sub': ['arn:${AWS::Partition}:s3:::${bucketName}/*', { bucketName: 'my-bucket' }] },
        ],
      },
    ]);
  });

  it('round-trips statements through the compact form, variable names included', () => {
    const statement = {
      Action: 'x:Y',
      Effect: 'Deny',
      Resource: [{ 'Fn::Sub': ['${pipelinename}/${Other}', { pipelinename: { Ref: 'PipelineName' }, Other: { Ref: 'Other' } }] }, '*'],
      Condition: { StringEquals: { 'k:v': { 'Fn::Sub': '${AWS::Region}' } } },
    };
    const encoded = encodeStatement(statement);
    expect(encoded).toEqual(['D', 'x:Y', [['sub', '${@pipelinename=PipelineName}/${@Other=Other}'], '*'], { StringEquals: { 'k:v': ['sub', '${AWS::Region}'] } }]);
    expect(sortKeys(decodeStatement(encoded))).toEqual(sortKeys(statement));
  });

  it.skipIf(!hasCorpus)('holds every template SAM defines, with the same parameters and statements', () => {
    const data = JSON.parse(readFileSync(DEFINITIONS, 'utf8')) as {
      Templates: Record<string, { Definition: { Statement: unknown[] }; Parameters: Record<string, unknown> }>;
    };
    expect(Object.keys(SAM_POLICY_TEMPLATES).sort()).toEqual(Object.keys(data.Templates).sort());
    const different = Object.entries(data.Templates).filter(([name, t]) => {
      const ours = SAM_POLICY_TEMPLATES[name]!;
      return !isDeepStrictEqual(ours.p, Object.keys(t.Parameters)) || !isDeepStrictEqual(sortKeys(ours.s.map(decodeStatement)), sortKeys(t.Definition.Statement));
    });
    expect(different.map(([name]) => name)).toEqual([]);
    expect(Object.keys(SAM_POLICY_TEMPLATES)).toHaveLength(81);
  });
});
