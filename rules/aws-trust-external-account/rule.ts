import type { Grant } from '../../src/model/grant.js';
import { defineRule } from '../../src/model/rule.js';
import { attachedName, isAwsAllow, literalAccountId, trustedAccountsOption } from '../_shared/aws.js';
import { listForMessage } from '../_shared/text.js';

export default defineRule({
  meta: {
    id: 'aws-trust-external-account',
    title: 'Role trusted by an account outside the allowed list',
    category: 'cross-account',
    severity: 'medium',
    description: 'Disallow role trust policies that name AWS accounts missing from the trustedAccounts list of the organization',
    docs: 'rules/aws-trust-external-account/README.md',
    compliance: [
      { framework: 'soc2', control: 'CC6.1' },
      { framework: 'nist-800-53', control: 'AC-3' },
    ],
    packs: ['recommended'],
    messages: {
      notAllowed:
        'Role `{{role}}` trusts {{trusted}}, which is not in the `trustedAccounts` list of the organization: principals of that account can assume the role and use its permissions. Remove the trust, or add the account to `trustedAccounts` once it is approved.',
    },
  },
  check(context) {
    // Inactive until the organization lists its accounts: without the list every named account would be reported,
    // on the very statements aws-trust-cross-account-no-external-id already judges, and `grantlint diff` already
    // shows which trust a change adds.
    if (context.options.trustedAccounts === undefined) return;
    const trusted = trustedAccountsOption(context.options);
    // One finding per role and account, at the first statement naming the account.
    const byRoleAndAccount = new Map<string, { account: string; grants: Grant[] }>();
    for (const grant of context.grants) {
      if (!isAwsAllow(grant, ['trust-policy'])) continue;
      // Accounts written as expressions (`${AWS::AccountId}`, `data.aws_caller_identity`) are the role's own.
      const account = literalAccountId(grant.principal);
      if (account === undefined || trusted.has(account)) continue;
      const key = JSON.stringify([grant.source.file, grant.source.address ?? '', attachedName(grant), account]);
      const entry = byRoleAndAccount.get(key);
      if (entry) entry.grants.push(grant);
      else byRoleAndAccount.set(key, { account, grants: [grant] });
    }
    for (const { account, grants } of byRoleAndAccount.values()) {
      const [first] = [...grants].sort((a, b) => a.source.line - b.source.line || a.source.column - b.source.column);
      // The principals as written, unless they are the bare account id.
      const named = [...new Set(grants.map((g) => g.principal.name))].filter((n) => n !== account);
      const described = named.length > 0 ? `account ${account} (${listForMessage(named)})` : `account ${account}`;
      const data = { role: attachedName(first!), account, trusted: described };
      context.report({ grant: first!, messageId: 'notAllowed', data, key: account });
    }
  },
});
