import { hasWildcard, isKnownService } from '../../src/analyze/aws/iam-data.js';
import { defineRule } from '../../src/model/rule.js';

/** The extractor lists the Action/NotAction elements the catalogue does not know in details.unknownActions. */
function unknownActions(details: Record<string, unknown> | undefined): string[] {
  const list = details?.unknownActions;
  return Array.isArray(list) ? list.filter((a): a is string => typeof a === 'string') : [];
}

export default defineRule({
  meta: {
    id: 'aws-iam-unknown-action',
    title: 'Unknown AWS action',
    category: 'malformed',
    severity: 'medium',
    description: 'Disallow AWS policy actions that do not exist in the service authorization reference',
    docs: 'rules/aws-iam-unknown-action/README.md',
    compliance: [],
    packs: ['recommended'],
    messages: {
      unknownService:
        '`{{action}}` names service prefix `{{service}}`, which AWS does not have: the statement does not do what it says (a Deny protects nothing, an Allow grants nothing). Fix the prefix, e.g. `s3`, `ec2`, `iam`.',
      unknownAction:
        '`{{action}}` is not an action of `{{service}}`: the statement does not do what it says (a Deny protects nothing, an Allow grants nothing). Check the spelling against the service authorization reference.',
      patternMatchesNothing:
        '`{{action}}` matches no `{{service}}` action, so it grants or denies nothing; it is probably a leftover or a guess at a name. Remove it or correct it against the service authorization reference.',
      malformedAction:
        '`{{action}}` is not written as `service:Action`, so it matches nothing. Write the service prefix and action name separated by a colon.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (grant.cloud !== 'aws') continue;
      for (const action of unknownActions(grant.details)) {
        const colon = action.indexOf(':');
        if (colon <= 0) {
          context.report({ grant, messageId: 'malformedAction', data: { action }, key: action });
          continue;
        }
        const service = action.slice(0, colon);
        if (!isKnownService(service)) {
          context.report({ grant, messageId: 'unknownService', data: { action, service }, key: action });
        } else if (hasWildcard(action)) {
          // A pattern that matches nothing is dead weight rather than a broken control.
          context.report({ grant, messageId: 'patternMatchesNothing', data: { action, service }, key: action, severity: 'low' });
        } else {
          context.report({ grant, messageId: 'unknownAction', data: { action, service }, key: action });
        }
      }
    }
  },
});
