/** CloudFormation through the whole pipeline: the rules that read grants fire on templates as they do on Terraform. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/corpus.js';
import { scan } from '../src/pipeline/scan.js';
import { cloudFormationFrontEnd } from '../src/pipeline/frontends/cloudformation.js';

describe('scan of the CloudFormation fixtures', () => {
  it('reports findings at the lines of the statements and attachments behind them', async () => {
    const result = await scan({ paths: ['fixtures/cloudformation/iam-identity.yaml'], cwd: ROOT, frontEnds: [cloudFormationFrontEnd] });
    expect(result.errors).toEqual([]);
    const findings = result.findings.map((f) => `${f.ruleId} ${f.span.file}:${f.span.line}:${f.span.column} ${f.span.address}`);
    expect(findings).toContain('aws-iam-full-admin fixtures/cloudformation/iam-identity.yaml:20:11 Resources/DeployRole');
    expect(findings).toContain('aws-iam-passrole-wildcard fixtures/cloudformation/iam-identity.yaml:35:13 Resources/SharedPolicy');
    expect(findings).toContain('aws-iam-user-static-credentials fixtures/cloudformation/iam-identity.yaml:77:3 Resources/AliceKey');
    expect(result.stats.files).toBe(1);
    expect(path.isAbsolute(result.root)).toBe(true);
  });
});
