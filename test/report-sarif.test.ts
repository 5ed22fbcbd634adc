import fs from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE, ROOT } from './support/corpus.js';
import { cli } from './cli-support.js';
import { SECURITY_SEVERITY, sarifRuleName } from '../src/report/sarif.js';
import { builtinRules } from '../rules/index.js';

// The package is CommonJS: its class is the module's `default` export under NodeNext resolution.
const Ajv = AjvDraft04.default;

type SarifLog = {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<Record<string, any>> } };
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<Record<string, any>> }>;
    results: Array<Record<string, any>>;
  }>;
};

let validate: (data: unknown) => boolean;
let validationErrors: () => unknown;

beforeAll(() => {
  const schema = JSON.parse(fs.readFileSync(path.join(REFERENCE, 'sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const compiled = ajv.compile(schema);
  validate = (data) => compiled(data) as boolean;
  validationErrors = () => compiled.errors;
});

async function sarifOf(target: string): Promise<{ code: number; log: SarifLog }> {
  const run = await cli(['scan', target, '--format', 'sarif']);
  return { code: run.code, log: JSON.parse(run.stdout) as SarifLog };
}

describe('sarif format', () => {
  it.each(['fixtures/cli/basic', 'fixtures/cli/broken', 'fixtures/cli/clean', 'fixtures/cli/vars'])('%s validates against the SARIF 2.1.0 schema', async (target) => {
    const { log } = await sarifOf(target);
    const ok = validate(log);
    expect(validationErrors()).toBeNull();
    expect(ok).toBe(true);
  });

  it('describes every enabled rule with help, level and security severity', async () => {
    const { log } = await sarifOf('fixtures/cli/basic');
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('grantlint');
    expect(driver.informationUri).toBe('https://github.com/grantlint/grantlint');
    expect(driver.rules.map((r) => r.id)).toEqual(builtinRules.map((r) => r.meta.id));
    const admin = driver.rules.find((r) => r.id === 'aws-iam-full-admin')!;
    const meta = builtinRules.find((r) => r.meta.id === 'aws-iam-full-admin')!.meta;
    expect(admin).toMatchObject({
      id: 'aws-iam-full-admin',
      name: 'AwsIamFullAdmin',
      shortDescription: { text: meta.title },
      fullDescription: { text: meta.description },
      helpUri: 'https://github.com/grantlint/grantlint/blob/main/rules/aws-iam-full-admin/README.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'admin'], 'security-severity': '9.5', precision: 'high' },
    });
    expect(admin.help.text).toContain(meta.description);
    expect(admin.help.markdown).toContain('[Documentation](https://github.com/grantlint/grantlint/blob/main/rules/aws-iam-full-admin/README.md)');
  });

  it('locates results repository-relative with fingerprints and logical addresses', async () => {
    const { log } = await sarifOf('fixtures/cli/basic');
    const run = log.runs[0]!;
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${ROOT}/`);
    expect(run.invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
    const admin = run.results.find((r) => r.ruleId === 'aws-iam-full-admin')!;
    expect(run.tool.driver.rules[admin.ruleIndex]!.id).toBe('aws-iam-full-admin');
    expect(admin.level).toBe('error');
    expect(admin.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'fixtures/cli/basic/main.tf', uriBaseId: '%SRCROOT%' },
          region: { startLine: 22, startColumn: 7, endLine: 27, endColumn: 8 },
        },
        logicalLocations: [{ fullyQualifiedName: 'aws_iam_role_policy.deploy', kind: 'resource' }],
      },
    ]);
    expect(Object.keys(admin.partialFingerprints)).toEqual(['grantlint/v1', 'primaryLocationLineHash']);
    expect(admin.partialFingerprints['grantlint/v1']).toMatch(/^[0-9a-f]{16}$/);
    expect(run.results.map((r) => r.level)).toEqual(['warning', 'error', 'warning']);
  });

  it('reports tool errors as notifications with locations and marks the run unsuccessful', async () => {
    const { log } = await sarifOf('fixtures/cli/broken');
    const invocation = log.runs[0]!.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications[1]).toEqual({
      level: 'error',
      message: { text: 'Expected an expression, found end of line' },
      descriptor: { id: 'parse' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'fixtures/cli/broken/syntax.tf', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 19, endLine: 3, endColumn: 20 },
          },
        },
      ],
    });
  });

  it('maps severities to GitHub security-severity bands', () => {
    expect(SECURITY_SEVERITY).toEqual({ critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' });
    expect(sarifRuleName('aws/no-wildcard-action')).toBe('AwsNoWildcardAction');
  });
});

describe('the schema check itself', () => {
  it('rejects a result without a message', async () => {
    const { log } = await sarifOf('fixtures/cli/basic');
    delete log.runs[0]!.results[0]!.message;
    expect(validate(log)).toBe(false);
  });
});
