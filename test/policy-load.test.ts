import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { findPolicyFile, loadPolicy, parsePolicyText } from '../src/policy/load.js';
import { STARTER_POLICY, SCHEMA_URL, uncommentExamples } from '../src/policy/init.js';
import type { ToolError } from '../src/model/finding.js';

const DIR = path.resolve(import.meta.dirname, '../fixtures/policy');
const at = (e: ToolError) => `${e.file}:${e.line}:${e.column}-${e.endLine}:${e.endColumn} ${e.message}`;

describe('policy file errors are located in the policy file, with what was expected', () => {
  it('reports schema errors: unknown keys with a suggestion, bad severities, ids, missing reason, bad dates', () => {
    const { policy, errors } = loadPolicy(path.join(DIR, 'invalid/schema-errors.yaml'));
    expect(policy).toBeUndefined();
    const f = 'fixtures/policy/invalid/schema-errors.yaml';
    expect(errors.map(at)).toEqual([
      `${f}:4:28-4:32 invalid 'rules.aws-iam-wildcard-action': expected one of off, critical, high, medium, low, info or an object`,
      expect.stringMatching(new RegExp(`^${f}:5:1-5:9 unknown key 'overides' in the policy \\(did you mean 'overrides'\\?\\); expected one of extends, rules, overrides, orgRules, exemptions`)),
      `${f}:10:7-10:14 unknown key 'actoins' in 'orgRules[0].match' (did you mean 'actions'?); expected one of cloud, kind, effect, principal, actions, permissions, roles, resources, scopes, scopeKind, conditions, files, addresses`,
      `${f}:12:5-13:14 'orgRules[1]' needs exactly one of deny, require or limit`,
      `${f}:12:9-12:16 invalid 'orgRules[1].id': expected an id org/<name> (lower case letters, digits and dashes)`,
      `${f}:15:5-16:24 'exemptions[0]' is missing required 'reason'`,
      `${f}:19:14-19:24 invalid 'exemptions[1].expires': expected a date YYYY-MM-DD`,
    ]);
    expect(new Set(errors.map((e) => e.code))).toEqual(new Set(['config']));
  });

  it('reports unknown packs and rule ids, unreadable extends, bad globs and impossible dates', () => {
    const { policy, errors } = loadPolicy(path.join(DIR, 'invalid/semantic-errors.yaml'));
    expect(policy).toBeUndefined();
    const f = 'fixtures/policy/invalid/semantic-errors.yaml';
    expect(errors.map(at)).toEqual([
      `${f}:1:11-1:31 unknown pack 'grantlint:recomended' (did you mean 'grantlint:recommended'?); expected grantlint:recommended, grantlint:strict or a relative file`,
      `${f}:1:33-1:47 cannot read policy file fixtures/policy/invalid/missing.yaml: ENOENT`,
      `${f}:3:3-3:20 unknown rule id 'aws-iam-ful-admin' (did you mean 'aws-iam-full-admin'?)`,
      `${f}:5:13-5:22 bad glob '/abs/**': path globs are relative to the policy file's directory, not absolute`,
      `${f}:11:15-11:23 bad glob './x/**': drop the leading './': path globs are already relative to the policy file's directory`,
      `${f}:11:25-11:31 bad glob 'a/[b': unclosed '['`,
      `${f}:16:14-16:24 bad date '2025-02-30': expected a real date YYYY-MM-DD`,
      `${f}:17:11-17:22 unknown rule id 'org/no-iamm' (did you mean 'org/no-iam'?)`,
    ]);
  });

  it('reports YAML syntax errors, JSON policies and extends cycles', () => {
    expect(loadPolicy(path.join(DIR, 'invalid/syntax.yaml')).errors.map(at)).toEqual([
      'fixtures/policy/invalid/syntax.yaml:3:3-3:4 invalid YAML: Map keys must be unique',
      'fixtures/policy/invalid/syntax.yaml:5:1-5:2 invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
    expect(loadPolicy(path.join(DIR, 'invalid/bad.json')).errors.map(at)).toEqual([
      `fixtures/policy/invalid/bad.json:3:27-3:32 invalid 'rules.aws-iam-full-admin': expected one of off, critical, high, medium, low, info or an object`,
    ]);
    expect(loadPolicy(path.join(DIR, 'invalid/cycle-a.yaml')).errors.map(at)).toEqual([
      'fixtures/policy/invalid/cycle-b.yaml:1:11-1:25 extends \'./cycle-a.yaml\' forms a cycle: fixtures/policy/invalid/cycle-a.yaml → fixtures/policy/invalid/cycle-b.yaml → fixtures/policy/invalid/cycle-a.yaml',
    ]);
  });
});

describe('extends', () => {
  it('merges packs, settings, organization rules and exemptions over relative files, later settings winning', () => {
    const { policy, errors } = loadPolicy(path.join(DIR, 'extends/child.yaml'));
    expect(errors).toEqual([]);
    expect(policy!.packs).toEqual(['strict']);
    expect(Object.fromEntries(policy!.rules)).toEqual({
      'aws-iam-wildcard-action': { severity: 'medium' },
      'aws-iam-full-admin': { options: { note: 'base' }, severity: 'critical' },
      'aws-iam-user-attached-policy': { severity: 'off' },
      'org/no-public': { severity: 'low' },
    });
    expect(policy!.orgRules.map((r) => [r.value.id, r.span.file, r.span.line, r.span.column])).toEqual([['org/no-public', 'fixtures/policy/extends/base.yaml', 6, 5]]);
    expect(policy!.exemptions.map((x) => [x.value.rule, x.value.expires, x.span.file, x.span.line, x.span.column])).toEqual([
      ['org/no-public', '2031-06-30', 'fixtures/policy/extends/child.yaml', 7, 5],
    ]);
  });
});

describe('finding the policy file', () => {
  it('searches from the scanned path upward and stops at the repository root', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'grantlint-policy-'));
    try {
      fs.mkdirSync(path.join(repo, '.git'));
      fs.mkdirSync(path.join(repo, 'envs/prod'), { recursive: true });
      expect(findPolicyFile(path.join(repo, 'envs/prod'))).toBeUndefined();
      fs.writeFileSync(path.join(repo, '.grantlint.yml'), 'extends: grantlint:strict\n');
      expect(findPolicyFile(path.join(repo, 'envs/prod'))).toBe(path.join(repo, '.grantlint.yml'));
      fs.writeFileSync(path.join(repo, 'envs/.grantlint.json'), '{"extends": "grantlint:recommended"}\n');
      expect(findPolicyFile(path.join(repo, 'envs/prod'))).toBe(path.join(repo, 'envs/.grantlint.json'));
      // Above the repository root is another project's business.
      fs.writeFileSync(path.join(path.dirname(repo), '.grantlint.yaml.not-this'), '');
      fs.rmSync(path.join(repo, '.grantlint.yml'));
      fs.rmSync(path.join(repo, 'envs/.grantlint.json'));
      expect(findPolicyFile(path.join(repo, 'envs/prod'))).toBeUndefined();
      fs.rmSync(path.join(path.dirname(repo), '.grantlint.yaml.not-this'));
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('grantlint init starter policy', () => {
  it('validates as written and with every example uncommented, and names the schema for editors', () => {
    expect(STARTER_POLICY.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`);
    expect(SCHEMA_URL).toBe('https://raw.githubusercontent.com/grantlint/grantlint/main/schema/grantlint.schema.json');
    const errors: ToolError[] = [];
    const asWritten = parsePolicyText(STARTER_POLICY, path.join(DIR, '.starter.yaml'), errors);
    expect(errors).toEqual([]);
    expect(asWritten!.doc.extends).toEqual(['grantlint:recommended']);
    const full = uncommentExamples(STARTER_POLICY);
    const uncommented = parsePolicyText(full, path.join(DIR, '.starter.yaml'), errors);
    expect(errors).toEqual([]);
    expect(uncommented!.doc.orgRules!.map((r) => r.id)).toEqual([
      'org/trusted-accounts',
      'org/github-oidc-repos',
      'org/owner-above-resource-group',
      'org/gcp-member-domains',
      'org/iam-only-in-bootstrap',
    ]);
    expect(uncommented!.doc.exemptions!.map((x) => x.expires)).toEqual(['2030-12-31']);
    expect(parseDocument(full).errors).toEqual([]);
  });

  it('ships a schema whose $id is the URL the starter points editors to', () => {
    const schema = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../schema/grantlint.schema.json'), 'utf8')) as { $id: string };
    expect(schema.$id).toBe(SCHEMA_URL);
  });
});
