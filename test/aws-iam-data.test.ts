import { describe, expect, it } from 'vitest';
import {
  acceptsOnlyWildcardResource,
  accessLevel,
  canonicalAction,
  expandActionPattern,
  isKnownAction,
  isKnownService,
  serviceActionCount,
} from '../src/analyze/aws/iam-data.js';
import {
  actionsMatching,
  allowedActions,
  appliesToAllResources,
  awsManagedPolicyFacts,
  awsManagedPolicyName,
  coveredActions,
  grantCoversAction,
  isFullAdmin,
  isWildcardResource,
  serviceWildcards,
  unknownActionElements,
} from '../src/analyze/aws/policy-semantics.js';

describe('iam-data', () => {
  it('knows services and actions case-insensitively', () => {
    expect(isKnownService('iam')).toBe(true);
    expect(isKnownService('IAM')).toBe(true);
    expect(isKnownService('iamm')).toBe(false);
    expect(isKnownAction('iam:PassRole')).toBe(true);
    expect(isKnownAction('IAM:passrole')).toBe(true);
    expect(isKnownAction('iam:PassRoles')).toBe(false);
    expect(isKnownAction('nosuchservice:Get')).toBe(false);
    expect(isKnownAction('iam')).toBe(false);
    expect(isKnownAction('iam:')).toBe(false);
  });

  it('gives canonical names', () => {
    expect(canonicalAction('IAM:passrole')).toBe('iam:PassRole');
    expect(canonicalAction('S3:getobject')).toBe('s3:GetObject');
    expect(canonicalAction('s3:GetObjects')).toBeUndefined();
  });

  it('expands service wildcards to the whole service', () => {
    const iam = expandActionPattern('iam:*');
    expect(iam.length).toBe(serviceActionCount('iam'));
    expect(iam.length).toBeGreaterThan(150);
    expect(iam).toContain('iam:PassRole');
    expect(iam).toContain('iam:CreateAccessKey');
    expect(iam.every((a) => a.startsWith('iam:'))).toBe(true);
  });

  it('expands prefix and single-character wildcards', () => {
    expect(expandActionPattern('s3:GetObjectVersion*').sort()).toEqual([
      's3:GetObjectVersion',
      's3:GetObjectVersionAcl',
      's3:GetObjectVersionAnnotation',
      's3:GetObjectVersionAnnotationForReplication',
      's3:GetObjectVersionAttributes',
      's3:GetObjectVersionForReplication',
      's3:GetObjectVersionTagging',
      's3:GetObjectVersionTorrent',
    ]);
    const get = expandActionPattern('s3:Get*');
    expect(get).toContain('s3:GetObject');
    expect(get).toContain('s3:GetBucketPolicy');
    expect(get.every((a) => a.startsWith('s3:Get'))).toBe(true);
    expect(expandActionPattern('iam:Pass?ole')).toEqual(['iam:PassRole']);
    expect(expandActionPattern('sts:AssumeRole*').sort()).toEqual(['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity']);
  });

  it('expands * to every action and service patterns across services', () => {
    const all = expandActionPattern('*');
    expect(all.length).toBeGreaterThan(15000);
    expect(all).toContain('iam:PassRole');
    const describe = expandActionPattern('*:DescribeInstances');
    expect(describe).toContain('ec2:DescribeInstances');
  });

  it('returns [] for unknown or malformed patterns', () => {
    expect(expandActionPattern('nosuch:*')).toEqual([]);
    expect(expandActionPattern('s3:Gett*')).toEqual([]);
    expect(expandActionPattern('s3')).toEqual([]);
    expect(expandActionPattern('')).toEqual([]);
  });

  it('reports access levels, preferring the specific level of combined ones', () => {
    expect(accessLevel('iam:ListRoles')).toBe('List');
    expect(accessLevel('s3:GetObject')).toBe('Read');
    expect(accessLevel('ec2:RunInstances')).toBe('Write');
    expect(accessLevel('iam:PutRolePolicy')).toBe('Permissions management');
    expect(accessLevel('iam:AttachRolePolicy')).toBe('Permissions management');
    expect(accessLevel('s3:PutObjectTagging')).toBe('Tagging');
    expect(accessLevel('s3:NoSuchThing')).toBeUndefined();
  });

  it('knows actions that only accept Resource "*"', () => {
    expect(acceptsOnlyWildcardResource('s3:ListAllMyBuckets')).toBe(true);
    expect(acceptsOnlyWildcardResource('sts:GetCallerIdentity')).toBe(true);
    expect(acceptsOnlyWildcardResource('s3:GetObject')).toBe(false);
    expect(acceptsOnlyWildcardResource('iam:PassRole')).toBe(false);
    expect(acceptsOnlyWildcardResource('nosuch:Thing')).toBe(false);
  });

  it('counts actions per service', () => {
    expect(serviceActionCount('sts')).toBe(expandActionPattern('sts:*').length);
    expect(serviceActionCount('nosuch')).toBe(0);
  });
});

describe('policy-semantics', () => {
  const grant = (actions: string[], notActions: string[] = [], effect: 'allow' | 'deny' = 'allow') => ({
    effect,
    actions,
    notActions,
    resources: ['*'],
    notResources: [] as string[],
  });

  it('expands Action elements into covered actions', () => {
    const g = grant(['iam:PassRole', 's3:GetObjectVersion*', '${var.extra}']);
    expect([...coveredActions(g)].sort()).toEqual(expandActionPattern('s3:GetObjectVersion*').concat('iam:PassRole').sort());
    expect(allowedActions(grant(['iam:PassRole'], [], 'deny'))).toEqual([]);
  });

  it('treats NotAction as every action minus the excluded ones', () => {
    const g = grant([], ['iam:*', 'organizations:*', 'account:*']);
    const covered = coveredActions(g);
    expect(covered).not.toContain('iam:PassRole');
    expect(covered).toContain('s3:GetObject');
    expect(covered).toContain('ec2:RunInstances');
    expect(covered.length).toBe(expandActionPattern('*').length - serviceActionCount('iam') - serviceActionCount('organizations') - serviceActionCount('account'));
    expect(grantCoversAction(g, 'iam:PassRole')).toBe(false);
    expect(grantCoversAction(g, 'lambda:CreateFunction')).toBe(true);
  });

  it('matches patterns without expanding', () => {
    expect(grantCoversAction(grant(['iam:Put*']), 'iam:PutRolePolicy')).toBe(true);
    expect(grantCoversAction(grant(['IAM:put*']), 'iam:PutRolePolicy')).toBe(true);
    expect(grantCoversAction(grant(['iam:Put*']), 'iam:PassRole')).toBe(false);
    expect(actionsMatching(grant(['iam:*']), 'iam:PassRole')).toEqual(['iam:PassRole']);
    expect(actionsMatching(grant(['iam:Get*']), 'iam:PassRole')).toEqual([]);
    expect(actionsMatching(grant(['*']), 'sts:AssumeRole*').sort()).toEqual(['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity']);
  });

  it('finds misspelled and unknown action elements', () => {
    expect(unknownActionElements(['s3:GetObject', 's3:GetObjcet', 'foo:Bar', 's3:Gett*', '*', 'ec2:*', '${var.a}', 'iam:passrole'])).toEqual([
      's3:GetObjcet',
      'foo:Bar',
      's3:Gett*',
    ]);
  });

  it('recognizes wildcard resources and full admin', () => {
    expect(isWildcardResource(['*'])).toBe(true);
    expect(isWildcardResource(['arn:aws:s3:::bucket', 'arn:*:*:*:*:*'])).toBe(true);
    expect(isWildcardResource(['arn:aws:s3:::*'])).toBe(false);
    expect(isWildcardResource(['arn:aws:iam::123456789012:role/*'])).toBe(false);
    expect(appliesToAllResources({ resources: [], notResources: ['arn:aws:s3:::b'] })).toBe(true);
    expect(isFullAdmin(grant(['*']))).toBe(true);
    expect(isFullAdmin(grant(['*'], [], 'deny'))).toBe(false);
    expect(isFullAdmin({ ...grant(['*']), resources: ['arn:aws:s3:::b'] })).toBe(false);
    expect(serviceWildcards(grant(['*', 'iam:*', 's3:Get*', 'ec2-instance-connect:*']))).toEqual(['*', 'iam:*', 'ec2-instance-connect:*']);
  });

  it('knows the privileged AWS-managed policies', () => {
    expect(awsManagedPolicyName('arn:aws:iam::aws:policy/AdministratorAccess')).toBe('AdministratorAccess');
    expect(awsManagedPolicyName('arn:aws-us-gov:iam::aws:policy/job-function/SystemAdministrator')).toBe('job-function/SystemAdministrator');
    expect(awsManagedPolicyName('arn:aws:iam::123456789012:policy/AdministratorAccess')).toBeUndefined();
    expect(awsManagedPolicyFacts('arn:aws:iam::aws:policy/AdministratorAccess')?.level).toBe('admin');
    expect(awsManagedPolicyFacts('arn:aws:iam::aws:policy/PowerUserAccess')?.statements).toEqual([
      { notActions: ['iam:*', 'organizations:*', 'account:*'], resources: ['*'] },
    ]);
    expect(awsManagedPolicyFacts('arn:aws:iam::aws:policy/IAMFullAccess')?.level).toBe('privileged');
    expect(awsManagedPolicyFacts('arn:aws:iam::aws:policy/job-function/DataScientist')?.level).toBe('privileged');
    expect(awsManagedPolicyFacts('arn:aws:iam::aws:policy/ReadOnlyAccess')?.level).toBe('read-all');
    expect(awsManagedPolicyFacts('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess')).toBeUndefined();
  });
});
