import { actionPatternMatches } from '../../src/analyze/aws/policy-semantics.js';
import type { Grant } from '../../src/model/grant.js';
import { defineRule } from '../../src/model/rule.js';
import {
  attachedName,
  conditionEntries,
  isAnyPrincipal,
  isAwsAllow,
  literalElements,
  NETWORK_NARROWING_KEYS,
  PRINCIPAL_NARROWING_KEYS,
  restrictingKeysPresent,
} from '../_shared/aws.js';
import { listForMessage } from '../_shared/text.js';

/** S3 delegating access control to access points: only requests through the account's access points match. */
const ACCESS_POINT_KEYS = ['s3:dataaccesspointaccount', 's3:dataaccesspointarn'];

const NARROWING_KEYS: ReadonlySet<string> = new Set([...PRINCIPAL_NARROWING_KEYS, ...NETWORK_NARROWING_KEYS, ...ACCESS_POINT_KEYS]);

/** Statements of one policy document share file, address and policy name. */
function policyKey(grant: Grant): string {
  return JSON.stringify([grant.source.file, grant.source.address ?? '', grant.details?.policy ?? '']);
}

/**
 * A Deny for everyone that excludes callers outside a boundary (`StringNotEquals aws:SourceVpce`, `NotIpAddress
 * aws:SourceIp`), covering every allowed action: the usual shape of private API Gateway and VPC-only bucket policies.
 */
function fencesIn(deny: Grant, allow: Grant): boolean {
  if (!isAnyPrincipal(deny.principal) || deny.notActions.length > 0) return false;
  const fence = conditionEntries(deny).some((e) => NARROWING_KEYS.has(e.key.toLowerCase()) && /Not/.test(e.operator) && e.values.length > 0);
  return fence && allow.actions.every((action) => deny.actions.some((pattern) => actionPatternMatches(pattern, action)));
}

export default defineRule({
  meta: {
    id: 'aws-resource-policy-public',
    title: 'Resource policy open to everyone',
    category: 'public-access',
    severity: 'critical',
    description: 'Disallow AWS resource policies that allow any principal without an account, organization, source or network condition',
    docs: 'rules/aws-resource-policy-public/README.md',
    compliance: [
      { framework: 'soc2', control: 'CC6.1' },
      { framework: 'pci-dss-4', control: '7.3.1' },
      { framework: 'hipaa', control: '164.312(a)(1)' },
      { framework: 'nist-800-53', control: 'AC-3' },
    ],
    packs: ['recommended'],
    messages: {
      publicResource:
        'The policy of `{{resource}}` allows {{actions}} to principal `*` with no condition or Deny that limits who calls: anyone on the internet, signed in or not, can do this. Name the accounts or roles, or add a condition such as `aws:PrincipalOrgID`, `aws:SourceArn` or `aws:SourceVpce`.',
    },
  },
  check(context) {
    const deniesByPolicy = new Map<string, Grant[]>();
    for (const grant of context.grants) {
      if (grant.cloud !== 'aws' || grant.kind !== 'resource-policy' || grant.effect !== 'deny') continue;
      const key = policyKey(grant);
      const denies = deniesByPolicy.get(key);
      if (denies) denies.push(grant);
      else deniesByPolicy.set(key, [grant]);
    }
    for (const grant of context.grants) {
      if (!isAwsAllow(grant, ['resource-policy']) || !isAnyPrincipal(grant.principal)) continue;
      // Nothing known is allowed: the statement's actions are all unevaluated expressions.
      if (literalElements(grant.actions).length === 0 && literalElements(grant.notActions).length === 0) continue;
      if (restrictingKeysPresent(grant, NARROWING_KEYS).length > 0) continue;
      const denies = deniesByPolicy.get(policyKey(grant)) ?? [];
      if (grant.notActions.length === 0 && denies.some((deny) => fencesIn(deny, grant))) continue;
      const actions = grant.notActions.length > 0 ? `every action except ${listForMessage(grant.notActions)}` : listForMessage(grant.actions);
      context.report({ grant, messageId: 'publicResource', data: { resource: attachedName(grant), actions } });
    }
  },
});
