import { actionPatternMatches, grantCoversAction, isFullAdmin, isWildcardResource } from '../../src/analyze/aws/policy-semantics.js';
import type { Grant } from '../../src/model/grant.js';
import { defineRule } from '../../src/model/rule.js';
import { allLiteral, isAwsAllow, isAwsManagedPolicyGrant, restrictingKeysPresent } from '../_shared/aws.js';

const PASSED_TO_SERVICE = new Set(['iam:passedtoservice']);

/** A role ARN pattern that matches every role of an account (or of every account): `arn:aws:iam::*:role/*`. */
const ANY_ROLE_ARN = /^arn:[^:]*:iam::[^:]*:role\/\*$/;

/** The resources reach every role: `*`, an any-role ARN, or a NotResource (everything except...). */
function reachesEveryRole(grant: Grant): string | undefined {
  if (grant.notResources.length > 0) return 'NotResource';
  if (isWildcardResource(grant.resources)) return '*';
  return grant.resources.find((r) => ANY_ROLE_ARN.test(r));
}

/** How the statement grants iam:PassRole, for the message: the Action element, or its NotAction. */
function passRoleElement(grant: Grant): string {
  if (grant.notActions.length > 0) return 'NotAction';
  return grant.actions.find((pattern) => actionPatternMatches(pattern, 'iam:PassRole')) ?? 'iam:PassRole';
}

export default defineRule({
  meta: {
    id: 'aws-iam-passrole-wildcard',
    title: 'iam:PassRole on any role',
    category: 'privilege-escalation',
    severity: 'high',
    description: 'Disallow iam:PassRole on every role without an iam:PassedToService condition',
    docs: 'rules/aws-iam-passrole-wildcard/README.md',
    compliance: [
      { framework: 'pci-dss-4', control: '7.2.2' },
      { framework: 'soc2', control: 'CC6.3' },
      { framework: 'nist-800-53', control: 'AC-6' },
      { framework: 'nist-800-53', control: 'AC-6(10)' },
    ],
    packs: ['recommended'],
    messages: {
      passAnyRole:
        '`{{action}}` allows iam:PassRole on {{resource}} with no `iam:PassedToService` condition: the principal can hand any role, including admin roles, to a Lambda function, EC2 instance or other service it controls and act with that role. Limit Resource to the role ARNs it must pass and add an `iam:PassedToService` condition.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isAwsAllow(grant, ['identity-policy'])) continue;
      // `*` on `*` is aws-iam-full-admin's finding; AWS-managed policy content is judged by its attachment.
      if (isAwsManagedPolicyGrant(grant) || isFullAdmin(grant)) continue;
      // An unevaluated NotAction element may exclude iam:PassRole.
      if (!allLiteral(grant.notActions) || !grantCoversAction(grant, 'iam:PassRole')) continue;
      const resource = reachesEveryRole(grant);
      if (resource === undefined) continue;
      if (restrictingKeysPresent(grant, PASSED_TO_SERVICE).length > 0) continue;
      context.report({ grant, messageId: 'passAnyRole', data: { action: passRoleElement(grant), resource: `\`${resource}\`` } });
    }
  },
});
