/**
 * Claiming a template from its text alone: `templateByText` says `true` only where parsing would claim the file, and
 * leaves everything unusual (undefined) to the parser. Checked on hand-written cases and over the whole corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, hasCorpus } from './support/corpus.js';
import { declaresTemplate, hasTemplateExtension, isJsonTemplate, isTemplate, mayBeTemplateText, parseTemplate, templateByText } from '../src/parse/cloudformation/index.js';

/** What the front end decides by parsing. */
function claimedByParsing(text: string, file: string): boolean {
  const parsed = parseTemplate(text, file);
  return parsed.error ? declaresTemplate(text) : isTemplate(parsed.value);
}

const yamlTemplate = 'Transform: AWS::Serverless-2016-10-31\nResources:\n  # the function\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: {}\n';

describe('templateByText, YAML', () => {
  const decided: Record<string, string> = {
    'a top-level Resources map whose first entry has an AWS type': yamlTemplate,
    'a Custom:: type, quoted': 'Resources:\n  C:\n    Type: "Custom::Thing"\n',
    'block scalars and balanced flow lines before Resources': 'Description: |\n  text with [ and " inside\nMappings: {A: [1, 2]}\nResources:\n  B:\n    Type: AWS::S3::Bucket\n',
    'a document start line first': '---\nResources:\n  B:\n    Type: AWS::S3::Bucket\n',
  };
  for (const [name, text] of Object.entries(decided)) {
    it(name, () => {
      expect(templateByText(text, true)).toBe(true);
      expect(claimedByParsing(text, 'x.yaml')).toBe(true);
    });
  }

  const undecided: Record<string, string> = {
    'a resource type that is not AWS::': 'Resources:\n  B:\n    Type: My::Thing\n',
    'the first entry without a Type line next': 'Resources:\n  B:\n    Properties: {}\n    Type: AWS::S3::Bucket\n',
    'a resource name given twice (the last wins)': 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n  B:\n    Type: My::Thing\n',
    'a Type given twice': 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Type: My::Thing\n',
    'two Resources keys': 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n"Resources": {}\n',
    'a flow collection left open before Resources': 'A: [1,\nResources:\n  B:\n    Type: AWS::S3::Bucket\n]\n',
    'quoted text left open before Resources': 'A: "x\nResources:\n  B:\n    Type: AWS::S3::Bucket\n"\n',
    'a document that does not start with a plain key': '- x\nResources:\n  B:\n    Type: AWS::S3::Bucket\n',
    'a tagged type': 'Resources:\n  B:\n    Type: !Ref T\n',
    'no Resources line at column 0': 'Stack:\n  Resources:\n    B:\n      Type: AWS::S3::Bucket\n',
    'a carriage return alone as a line break': 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n  B:\r    Type: My::Thing\n',
  };
  for (const [name, text] of Object.entries(undecided)) {
    it(`leaves to parsing: ${name}`, () => {
      expect(templateByText(text, true)).toBeUndefined();
    });
  }
});

describe('templateByText, JSON', () => {
  it('decides a format version anywhere among the top-level keys, and a typed resource', () => {
    expect(templateByText('{"Description": "d", "AWSTemplateFormatVersion": "2010-09-09"}', false)).toBe(true);
    expect(templateByText('{\n  "Resources": {\n    "B": {"Properties": {"Type": "x"}, "Type": "AWS::S3::Bucket"}\n  }\n}', false)).toBe(true);
    // Escaped quotes and backslashes in values before and after the keys that decide.
    expect(templateByText('{"Description": "a \\"q\\" \\\\",\n"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"P": "x\\\\"}}}}', false)).toBe(true);
    expect(templateByText('{"Description": "\\\\", "AWSTemplateFormatVersion": "2010-09-09"}', false)).toBe(true);
  });

  it('leaves to parsing what the text alone cannot settle', () => {
    for (const text of [
      '{"Stack": {"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}}',
      '{\n"Resources": {"B": {"Type": "My::Thing"}}}',
      '{\n"Resources": {"B": {"Type": "AWS::S3::Bucket"}, "B": {"Type": "My::Thing"}}}',
      '{\n"Resources": {"B": {"Type": "AWS::S3::Bucket", "Type": "My::Thing"}}}',
      '{\n"Resources": {"B": {"Type": "AWS::S3::Bucket"}}, "Resources": {}}',
      '{\n"Resources": {"\\u0042": {"Type": "AWS::S3::Bucket"}}}',
      // The quote of `"Resources"` is escaped: one string, no key.
      '{"Description": "a \\",\n"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}',
      '{\n"Resources": {"B": {"Type": "AWS::S3::Bucket"}} // comment\n}',
      '[{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}]',
      // Not declared (no line opening with "Resources"): a parse error would leave the file unclaimed.
      '{"Stack": "s", "Resources": {"B": {"Type": "AWS::S3::Bucket"}}}',
    ]) {
      expect(templateByText(text, false), text).toBeUndefined();
    }
  });
});

describe.skipIf(!hasCorpus)('templateByText over the corpus', () => {
  it('claims only what parsing claims, and decides most templates', () => {
    const root = path.join(CORPUS, 'cloudformation');
    let decided = 0;
    let candidates = 0;
    const wrong: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (hasTemplateExtension(p)) {
          const text = readFileSync(p, 'utf8');
          if (!mayBeTemplateText(text)) continue;
          candidates++;
          if (templateByText(text, !isJsonTemplate(text, p)) === undefined) continue;
          decided++;
          if (!claimedByParsing(text, p)) wrong.push(path.relative(root, p));
        }
      }
    };
    walk(root);
    expect(wrong).toEqual([]);
    expect(candidates).toBeGreaterThan(1600);
    expect(decided).toBeGreaterThanOrEqual(1476);
  }, 300_000);
});
