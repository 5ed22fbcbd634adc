import { isCustomRoleDefinition } from '../../src/analyze/azure/grants.js';
import { scopeKindOfId } from '../../src/extract/azure/grants.js';
import { defineRule } from '../../src/model/rule.js';

/** Actions that manage access itself: whoever holds them can grant any role (facts §5.2). */
const AUTHORIZATION_WRITE = /^(\*\/write|microsoft\.authorization\/(\*|\*\/write|\*\/\*|roleassignments\/(write|\*)|roledefinitions\/(write|\*)|elevateaccess\/action))$/i;

export default defineRule({
  meta: {
    id: 'azure-custom-role-wildcard',
    title: 'Azure custom role with administrator actions',
    category: 'custom-role',
    severity: 'high',
    description: 'Disallow custom role definitions with `*` actions, Microsoft.Authorization write actions, or wildcard actions assignable at the tenant root or a management group',
    docs: 'rules/azure-custom-role-wildcard/README.md',
    compliance: [
      { framework: 'cis-azure', control: '5.4' },
      { framework: 'nist-800-53', control: 'AC-6' },
    ],
    packs: ['recommended'],
    messages: {
      allActions: 'Custom role `{{role}}` allows every action (`*`): it is a subscription owner role under another name. List the actions the role is for.',
      authorizationWrite: 'Custom role `{{role}}` allows `{{action}}`: its holders can grant roles, themselves included. Leave access management to a separate, tightly held role.',
      wideScope: 'Custom role `{{role}}` allows the wildcard action `{{action}}` and is assignable at `{{scope}}`: it can be granted over every subscription below. Narrow the assignable scopes or the actions.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isCustomRoleDefinition(grant)) continue;
      const role = grant.role ?? grant.principal.name;
      if (grant.actions.includes('*')) {
        context.report({ grant, messageId: 'allActions', data: { role }, severity: 'critical', key: '*' });
        continue;
      }
      for (const action of grant.actions.filter((a) => AUTHORIZATION_WRITE.test(a))) {
        context.report({ grant, messageId: 'authorizationWrite', data: { role, action }, key: action });
      }
      const wide = grant.resources.find((s) => s.trim() === '/' || scopeKindOfId(s) === 'management-group');
      const wildcard = grant.actions.find((a) => a.includes('*') && !AUTHORIZATION_WRITE.test(a));
      if (wide && wildcard) context.report({ grant, messageId: 'wideScope', data: { role, action: wildcard, scope: wide }, severity: 'medium', key: `scope:${wide}` });
    }
  },
});
