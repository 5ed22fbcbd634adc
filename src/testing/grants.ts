/**
 * Short builders for grants in rule tests. Everything goes through makeGrant, so test grants have the same
 * shape and ids as extracted ones; only the position and what the case is about need writing.
 */
import { makeGrant, type GrantInput } from '../extract/grant.js';
import type { Grant, Principal } from '../model/grant.js';
import type { SourceFormat } from '../model/span.js';

export interface TestGrantInput extends Partial<Omit<GrantInput, 'source'>> {
  kind: GrantInput['kind'];
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Defaults to `main.tf`. */
  file?: string;
  /** Defaults to `aws_iam_policy.test`. */
  address?: string;
  format?: SourceFormat;
}

/** An AWS Allow grant (unless `effect` says otherwise) at `main.tf:line:column`. */
export function testGrant(input: TestGrantInput): Grant {
  const { line, column, endLine, endColumn, file, address, format, ...rest } = input;
  return makeGrant({
    cloud: 'aws',
    principal: role('app'),
    effect: 'allow',
    actions: [],
    ...rest,
    source: {
      file: file ?? 'main.tf',
      line,
      column,
      endLine: endLine ?? line,
      endColumn: endColumn ?? column + 1,
      address: address ?? 'aws_iam_policy.test',
      format: format ?? 'terraform',
    },
  });
}

export const role = (name: string): Principal => ({ type: 'role', name, address: `aws_iam_role.${name}` });
export const user = (name: string): Principal => ({ type: 'user', name, address: `aws_iam_user.${name}` });
export const group = (name: string): Principal => ({ type: 'group', name, address: `aws_iam_group.${name}` });
export const anyone = (): Principal => ({ type: 'public', name: '*' });
export const account = (name: string): Principal => ({ type: 'account', name });
export const federated = (name: string): Principal => ({ type: 'federated', name });
export const service = (name: string): Principal => ({ type: 'service', name });
