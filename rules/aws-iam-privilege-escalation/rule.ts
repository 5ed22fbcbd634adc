import { effectivePermissions, isAdministrator, statementSourceText } from '../../src/analyze/aws/effective.js';
import { openMethods, type OpenMethod } from '../../src/analyze/aws/escalation.js';
import { defineRule } from '../../src/model/rule.js';
import { listForMessage } from '../_shared/text.js';

function passingText(open: OpenMethod): string {
  const target = open.passedRole;
  if (!target) return '';
  const service = open.method.passRoleTo![0]!;
  return target.declared ? `, passing role \`${target.role}\` (it trusts ${service})` : `, passing ${target.role === '(any role)' ? 'any role' : `\`${target.role}\``} to ${service}`;
}

export default defineRule({
  meta: {
    id: 'aws-iam-privilege-escalation',
    title: 'Known privilege-escalation path',
    category: 'privilege-escalation',
    severity: 'high',
    description: 'Disallow AWS permission sets that contain a known privilege-escalation path',
    docs: 'rules/aws-iam-privilege-escalation/README.md',
    compliance: [
      { framework: 'pci-dss-4', control: '7.2.2' },
      { framework: 'soc2', control: 'CC6.3' },
      { framework: 'nist-800-53', control: 'AC-6' },
      { framework: 'nist-800-53', control: 'AC-6(10)' },
    ],
    packs: ['recommended'],
    messages: {
      escalation:
        '`{{principal}}` can raise its privileges through {{method}} ({{id}}): {{actions}}, granted by {{sources}}{{passing}}. Remove these actions or limit them to named resources, and add conditions such as `iam:PassedToService`.',
    },
  },
  check(context) {
    const effective = effectivePermissions(context.grants);
    for (const p of effective.principals.values()) {
      if (isAdministrator(p)) continue;
      for (const open of openMethods(p, { effective })) {
        // A path opened entirely by a group's policies is reported once, on the group.
        if (p.principal.type === 'user' && open.statements.every((s) => s.via?.startsWith('group '))) continue;
        const grants = [...new Set(open.statements.map((s) => s.grant))];
        const anchor = grants[0]!;
        context.report({
          grant: anchor,
          related: grants.slice(1),
          principal: p.principal,
          key: open.method.id,
          messageId: 'escalation',
          data: {
            principal: p.label,
            method: open.method.name,
            id: open.method.id,
            actions: listForMessage(open.method.actions, 5),
            sources: [...new Set(open.statements.map(statementSourceText))].join(', '),
            passing: passingText(open),
          },
        });
      }
    }
  },
});
