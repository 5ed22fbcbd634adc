import { isKeyVaultAccessPolicy, principalLabel } from '../../src/analyze/azure/grants.js';
import { defineRule } from '../../src/model/rule.js';

export default defineRule({
  meta: {
    id: 'azure-key-vault-broad-access-policy',
    title: 'Key Vault access policy with all or purge permissions',
    category: 'credentials-exposure',
    severity: 'high',
    description: 'Disallow Key Vault access policies that grant `all` permissions on keys, secrets, certificates or storage, or `purge`',
    docs: 'rules/azure-key-vault-broad-access-policy/README.md',
    compliance: [
      { framework: 'cis-azure', control: '8.3.6' },
      { framework: 'nist-800-53', control: 'AC-6' },
    ],
    packs: ['recommended'],
    messages: {
      allPermissions: 'Access policy on {{vault}} gives {{principal}} every permission on {{objects}}: it can read and delete them all. Grant the operations it needs (get, list...).',
      purge: 'Access policy on {{vault}} gives {{principal}} `purge` on {{objects}}: deleted items can be destroyed for good, past soft delete. Keep purge out of standing access.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isKeyVaultAccessPolicy(grant)) continue;
      const vault = String(grant.details?.attachedTo ?? grant.scope ?? '(vault)');
      const objectsWith = (permission: string) =>
        grant.actions.filter((a) => a.endsWith(`/${permission}`)).map((a) => a.split('/')[0]!);
      const all = objectsWith('all');
      if (all.length > 0) context.report({ grant, messageId: 'allPermissions', data: { vault, principal: principalLabel(grant), objects: all.join(', ') }, key: 'all' });
      const purge = objectsWith('purge').filter((o) => !all.includes(o));
      if (purge.length > 0) context.report({ grant, messageId: 'purge', data: { vault, principal: principalLabel(grant), objects: purge.join(', ') }, severity: 'medium', key: 'purge' });
    }
  },
});
