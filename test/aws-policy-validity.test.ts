import { describe, expect, it } from 'vitest';
import { globsIntersect, mismatchedActions, unknownConditionKeys } from '../src/analyze/aws/policy-validity.js';

describe('globsIntersect', () => {
  it.each([
    ['arn:aws:s3:::bucket/key', 'arn:aws:s3:::bucket/key', true],
    ['arn:aws:s3:::Bucket/Key', 'ARN:AWS:S3:::bucket/key', true],
    ['arn:aws:s3:::bucket/key', 'arn:aws:s3:::bucket', false],
    ['arn:*:s3:::*/*', 'arn:aws:s3:::bucket', false],
    ['arn:*:s3:::*/*', 'arn:aws:s3:::bucket/key', true],
    ['arn:*:s3:::*', 'arn:aws:s3:::bucket/key', true],
    ['arn:aws:iam::?:role/a', 'arn:aws:iam::1:role/*', true],
    ['arn:aws:iam::??:role/a', 'arn:aws:iam::1:role/a', false],
    ['a*b', '*c', false],
    ['a*', '*b', true],
    ['', '*', true],
    ['', '', true],
  ])('%s meets %s: %s', (a, b, expected) => {
    expect(globsIntersect(a, b)).toBe(expected);
    expect(globsIntersect(b, a)).toBe(expected);
  });
});

describe('mismatchedActions and unknownConditionKeys', () => {
  it('judges resource ARNs against the action resource types', () => {
    expect(mismatchedActions(['s3:GetObject', 's3:ListBucket'], ['arn:aws:s3:::bucket'])).toEqual(['s3:GetObject']);
    expect(mismatchedActions(['s3:GetObject'], ['arn:aws:s3:::bucket/*'])).toEqual([]);
    expect(mismatchedActions(['s3:GetObject'], ['*'])).toEqual([]);
  });

  it('finds condition keys no action documents', () => {
    expect(unknownConditionKeys(['s3:GetObject'], ['s3:prefix', 's3:ExistingObjectTag/team', 'aws:SourceIp'])).toEqual(['s3:prefix']);
  });
});
