import { defineRule } from '../../src/model/rule.js';
import { attachedName, isAwsAllow, literalAccountId, restrictingKeysPresent, trustedAccountsOption } from '../_shared/aws.js';

/** Conditions that keep a third party from being used as a confused deputy, or tie the caller to your organization. */
const DEPUTY_GUARD_KEYS: ReadonlySet<string> = new Set([
  'sts:externalid',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:multifactorauthpresent',
  'aws:multifactorauthage',
]);

export default defineRule({
  meta: {
    id: 'aws-trust-cross-account-no-external-id',
    title: 'Cross-account trust without external ID',
    category: 'cross-account',
    severity: 'medium',
    description: 'Require an sts:ExternalId (or organization or MFA) condition when a role trusts another AWS account',
    docs: 'rules/aws-trust-cross-account-no-external-id/README.md',
    compliance: [
      { framework: 'soc2', control: 'CC6.1' },
      { framework: 'pci-dss-4', control: '7.2.4' },
      { framework: 'nist-800-53', control: 'AC-3' },
    ],
    packs: ['recommended'],
    messages: {
      noExternalId:
        'Role `{{role}}` trusts account {{account}} without an `sts:ExternalId`, `aws:PrincipalOrgID` or MFA condition, so a third party acting for several customers can be tricked into using this role (confused deputy). Add a `StringEquals` condition on `sts:ExternalId` with the value the third party gave you, or list the account in `trustedAccounts` if it is your own.',
    },
  },
  check(context) {
    const trusted = trustedAccountsOption(context.options);
    for (const grant of context.grants) {
      if (!isAwsAllow(grant, ['trust-policy'])) continue;
      // Accounts written as expressions (`${data.aws_caller_identity.current.account_id}`) are usually the
      // caller's own: only a literal account id is known to be another account.
      const account = literalAccountId(grant.principal);
      if (account === undefined || trusted.has(account)) continue;
      if (restrictingKeysPresent(grant, DEPUTY_GUARD_KEYS).length > 0) continue;
      context.report({ grant, messageId: 'noExternalId', data: { role: attachedName(grant), account } });
    }
  },
});
