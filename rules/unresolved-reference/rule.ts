import { defineRule } from '../../src/model/rule.js';
import { listForMessage, shortExpression } from '../_shared/text.js';

export default defineRule({
  meta: {
    id: 'unresolved-reference',
    title: 'Value grantlint could not evaluate',
    category: 'unresolved',
    severity: 'info',
    description: 'Require every grant to be fully evaluable, and report what could not be evaluated',
    docs: 'rules/unresolved-reference/README.md',
    compliance: [],
    packs: ['recommended'],
    messages: {
      unresolvedGrant:
        'Could not evaluate {{exprs}} in this grant, so checks that depend on it may have missed a problem. Pass the value (`--var`, a tfvars file, `--parameters`) or write it literally.',
      unresolvedItem:
        'Could not evaluate `{{expr}}` ({{reason}}); grants it declares are not checked. Make the source available locally or scan the rendered plan or template.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (grant.unresolved.length === 0) continue;
      context.report({ grant, messageId: 'unresolvedGrant', data: { exprs: listForMessage(grant.unresolved.map((e) => shortExpression(e))) } });
    }
    for (const item of context.unresolved) {
      context.report({ item, messageId: 'unresolvedItem', data: { expr: shortExpression(item.expr), reason: item.reason } });
    }
  },
});
