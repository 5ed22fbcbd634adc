/** Effective AWS permissions: pooling, groups, AWS-managed expansion, Deny, boundaries, conditions, and `grants --principal`. */
import { describe, expect, it } from 'vitest';
import {
  allowingStatements,
  classifyConditions,
  conditionEntryState,
  effectivePermissions,
  effectiveActions,
} from '../src/analyze/aws/effective.js';
import { managedPolicyCount, managedPolicyStatements } from '../src/analyze/aws/managed-policies.js';
import { group, role, testGrant, user } from '../src/testing/grants.js';
import { cli } from './cli-support.js';

describe('AWS-managed policy table', () => {
  it('holds the current default versions', () => {
    expect(managedPolicyCount()).toBeGreaterThan(1500);
    expect(managedPolicyStatements('arn:aws:iam::aws:policy/AdministratorAccess')).toEqual([
      { effect: 'allow', actions: ['*'], notActions: [], resources: ['*'], notResources: [], conditions: {} },
    ]);
    expect(managedPolicyStatements('job-function/ViewOnlyAccess')?.length).toBeGreaterThan(0);
    expect(managedPolicyStatements('arn:aws:iam::aws:policy/NoSuchPolicy')).toBeUndefined();
  });
});

describe('conditions', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('treats a past DateGreaterThan on the token issue time as always true and a past DateLessThan as never', () => {
    expect(conditionEntryState('DateGreaterThan', 'aws:TokenIssueTime', ['2020-01-01T00:00:00Z'], now)).toBe('always');
    expect(conditionEntryState('DateLessThan', 'aws:CurrentTime', ['2020-01-01T00:00:00Z'], now)).toBe('never');
    expect(conditionEntryState('DateLessThan', 'aws:CurrentTime', ['2030-01-01T00:00:00Z'], now)).toBe('narrowing');
    expect(conditionEntryState('StringLike', 's3:prefix', ['*'], now)).toBe('always');
    expect(conditionEntryState('StringEquals', 'aws:PrincipalOrgID', ['o-abc'], now)).toBe('narrowing');
  });

  it('keeps only the narrowing entries', () => {
    expect(
      classifyConditions({ StringLike: { 's3:prefix': ['*'] }, StringEquals: { 'aws:PrincipalOrgID': ['o-abc'] } }),
    ).toEqual({ state: 'narrowing', narrowing: { StringEquals: { 'aws:PrincipalOrgID': ['o-abc'] } } });
  });
});

describe('effective permissions', () => {
  const grants = [
    testGrant({ kind: 'identity-policy', principal: group('dev'), actions: ['s3:GetObject'], resources: ['*'], line: 1, column: 1 }),
    testGrant({ kind: 'membership', principal: user('alice'), role: 'dev', line: 5, column: 1 }),
    testGrant({ kind: 'identity-policy', principal: user('alice'), actions: ['iam:*'], resources: ['*'], line: 8, column: 1 }),
    testGrant({ kind: 'identity-policy', principal: user('alice'), effect: 'deny', actions: ['iam:Delete*'], resources: ['*'], line: 12, column: 1 }),
    testGrant({
      kind: 'identity-policy',
      principal: role('ro'),
      actions: [],
      role: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
      line: 20,
      column: 3,
      details: { permissionsBoundary: 'arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess' },
    }),
  ];
  const effective = effectivePermissions(grants);

  it('adds group policies to members and subtracts explicit Deny', () => {
    const alice = effective.principals.get('user:alice')!;
    expect(allowingStatements(alice, 's3:GetObject').map((s) => [s.grant.source.line, s.via])).toEqual([[1, 'group dev']]);
    expect(allowingStatements(alice, 'iam:CreateRole').map((s) => s.grant.source.line)).toEqual([8]);
    expect(allowingStatements(alice, 'iam:DeleteRole')).toEqual([]);
    const iam = effectiveActions(alice).filter((a) => a.action.startsWith('iam:'));
    expect(iam.some((a) => a.action === 'iam:DeleteUser')).toBe(false);
    expect(iam.some((a) => a.action === 'iam:PassRole')).toBe(true);
  });

  it('expands AWS-managed policies and intersects with the boundary', () => {
    const ro = effective.principals.get('role:ro')!;
    expect(ro.boundary?.text).toBe('arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess');
    // AmazonS3ReadOnlyAccess allows s3:Get*, but the EC2 read-only boundary does not.
    expect(allowingStatements(ro, 's3:GetObject')).toEqual([]);
    expect(effectiveActions(ro)).toEqual([]);
    const unbounded = effectivePermissions([{ ...grants[4]!, details: {} }]).principals.get('role:ro')!;
    expect(allowingStatements(unbounded, 's3:GetObject').map((s) => s.via)).toEqual(['AWS-managed AmazonS3ReadOnlyAccess']);
  });
});

describe('grantlint grants --principal', () => {
  it('lists effective permissions by service and access level with their sources', async () => {
    const run = await cli(['grants', 'fixtures/aws-escalation-cases/positive', '--principal', 'dev']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'user dev (aws_iam_user.dev)',
        '  iam: 1 of 190 actions',
        '    Write (1)',
        '      iam:PassRole',
        '        from fixtures/aws-escalation-cases/positive/group-and-managed.tf:8, policy aws_iam_group_policy.deployers, via group deployers',
        '  lambda: 2 of 119 actions',
        '    Write (2)',
        '      lambda:CreateFunction, lambda:InvokeFunction',
        '        from fixtures/aws-escalation-cases/positive/group-and-managed.tf:22, policy aws_iam_user_policy.dev',
        '',
      ].join('\n'),
    );
  });

  it('matches type:name globs and says when nothing matches', async () => {
    const json = await cli(['grants', 'fixtures/aws-escalation-cases/negative', '--principal', 'role:bounded', '-f', 'json']);
    expect(JSON.parse(json.stdout)).toEqual({
      version: 1,
      principals: [{ principal: 'bounded', type: 'role', address: 'aws_iam_role.bounded', boundary: { text: '${aws_iam_policy.s3_only.arn}', resolved: true }, sources: [], services: [] }],
    });
    const none = await cli(['grants', 'fixtures/aws-escalation-cases/negative', '--principal', 'nobody*']);
    expect(none.stdout).toBe("No AWS role, user or group matches 'nobody*'.\n");
  });
});
