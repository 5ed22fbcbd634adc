import { acceptsOnlyWildcardResource, accessLevel, expandActionPattern } from '../../src/analyze/aws/iam-data.js';
import { isFullAdmin, isUnresolvedText, isWildcardResource } from '../../src/analyze/aws/policy-semantics.js';
import { defineRule } from '../../src/model/rule.js';
import { isAwsAllow, isAwsManagedPolicyGrant } from '../_shared/aws.js';
import { listForMessage } from '../_shared/text.js';

const SCOPABLE_LEVELS = new Set(['Write', 'Permissions management']);

/** The same patterns (`s3:*`, `logs:CreateLogStream`) recur in thousands of statements: classify each once. */
const scopableByPattern = new Map<string, readonly string[]>();

/** Write and permissions-management actions a pattern covers that accept a resource ARN. */
function scopableActions(pattern: string): readonly string[] {
  let actions = scopableByPattern.get(pattern);
  if (!actions) {
    actions = expandActionPattern(pattern).filter(
      (action) => SCOPABLE_LEVELS.has(accessLevel(action) ?? '') && !acceptsOnlyWildcardResource(action),
    );
    scopableByPattern.set(pattern, actions);
  }
  return actions;
}

export default defineRule({
  meta: {
    id: 'aws-iam-wildcard-resource',
    title: 'Write access on every resource',
    category: 'wildcard',
    severity: 'medium',
    description: 'Disallow AWS write and permissions-management actions on `Resource: "*"` when the actions can be scoped',
    docs: 'rules/aws-iam-wildcard-resource/README.md',
    compliance: [
      { framework: 'pci-dss-4', control: '7.2.1' },
      { framework: 'pci-dss-4', control: '7.2.5' },
      { framework: 'soc2', control: 'CC6.3' },
      { framework: 'nist-800-53', control: 'AC-6' },
    ],
    packs: ['strict'],
    messages: {
      writeOnAnyResource:
        '{{count}} write or permissions-management action(s) ({{examples}}) are allowed on every resource (`*`) although they can be limited to named resources; the principal can change resources it never needed to touch. Name the resource ARNs, or add a condition such as `aws:ResourceTag`.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isAwsAllow(grant, ['identity-policy'])) continue;
      // NotAction/NotResource statements and `*` on `*` have their own rules; conditions may scope the statement.
      if (grant.notActions.length > 0 || grant.notResources.length > 0 || Object.keys(grant.conditions).length > 0) continue;
      if (isAwsManagedPolicyGrant(grant) || isFullAdmin(grant) || !isWildcardResource(grant.resources)) continue;
      const scopable = [...new Set(grant.actions.filter((p) => !isUnresolvedText(p)).flatMap(scopableActions))].sort();
      if (scopable.length === 0) continue;
      context.report({ grant, messageId: 'writeOnAnyResource', data: { count: scopable.length, examples: listForMessage(scopable) } });
    }
  },
});
