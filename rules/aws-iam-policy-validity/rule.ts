import { mismatchedActions, unknownConditionKeys } from '../../src/analyze/aws/policy-validity.js';
import type { Grant } from '../../src/model/grant.js';
import { defineRule } from '../../src/model/rule.js';
import { isAwsManagedPolicyGrant } from '../_shared/aws.js';
import { listForMessage } from '../_shared/text.js';

/** What makes two statements of one policy the same statement. */
function contentKey(g: Grant): string {
  return JSON.stringify([
    g.source.file,
    g.source.address ?? '',
    g.details?.policy ?? '',
    g.principal.type,
    g.principal.name,
    g.effect,
    [...g.actions].sort(),
    [...g.notActions].sort(),
    [...g.resources].sort(),
    [...g.notResources].sort(),
    g.conditions,
  ]);
}

export default defineRule({
  meta: {
    id: 'aws-iam-policy-validity',
    title: 'Statement that cannot work as written',
    category: 'malformed',
    severity: 'medium',
    description: 'Disallow AWS policy statements whose resources match none of the action resource types, whose condition keys the actions do not support, or that repeat another statement',
    docs: 'rules/aws-iam-policy-validity/README.md',
    compliance: [{ framework: 'nist-800-53', control: 'CM-6' }],
    packs: ['recommended'],
    messages: {
      resourceMismatch:
        '{{actions}} cannot apply to any of the resources {{resources}}: no resource type of the action has that ARN format, so the statement does nothing for it. Use ARNs of the resource types the action documents (for example object ARNs `arn:aws:s3:::bucket/*` for object actions).',
      unknownConditionKey:
        'Condition key `{{key}}` is not documented for {{actions}}: the request never carries it, so the condition never matches ({{effectHint}}). Use a key the actions support, or a global `aws:` key.',
      redundantStatement: 'This statement repeats the one at line {{line}} of the same policy. Remove one of them.',
    },
  },
  check(context) {
    const seen = new Map<string, Grant>();
    for (const grant of context.grants) {
      if (grant.cloud !== 'aws' || (grant.kind !== 'identity-policy' && grant.kind !== 'resource-policy') || isAwsManagedPolicyGrant(grant)) continue;
      const key = contentKey(grant);
      const first = seen.get(key);
      if (first && first.source.line !== grant.source.line) {
        context.report({ grant, related: [first], messageId: 'redundantStatement', data: { line: first.source.line }, severity: 'low' });
      } else if (!first) seen.set(key, grant);
      if (grant.notActions.length > 0 || grant.notResources.length > 0) continue;
      const mismatched = mismatchedActions(grant.actions, grant.resources);
      if (mismatched.length > 0) {
        context.report({
          grant,
          messageId: 'resourceMismatch',
          data: { actions: listForMessage(mismatched), resources: listForMessage(grant.resources) },
          key: mismatched.join(','),
        });
      }
      const keys = Object.values(grant.conditions).flatMap((byKey) => Object.keys(byKey));
      for (const k of unknownConditionKeys(grant.actions, keys)) {
        context.report({
          grant,
          messageId: 'unknownConditionKey',
          data: {
            key: k,
            actions: listForMessage(grant.actions),
            effectHint: grant.effect === 'deny' ? 'this Deny never applies' : 'this Allow grants nothing unless the operator ends in IfExists',
          },
          key: k,
          // The catalogue lags behind new keys: a lower level than a resource mismatch.
          severity: 'low',
        });
      }
    }
  },
});
