import { isDeletedMember, isGcpMemberGrant, isHierarchyScope, scopeLabel } from '../../src/analyze/gcp/grants.js';
import { privilegedRole, type RoleCapability } from '../../src/analyze/gcp/roles.js';
import { defineRule } from '../../src/model/rule.js';

type MessageId = 'impersonation' | 'serviceAccountKeys' | 'iamAdmin' | 'roleAdmin' | 'runsAsServiceAccount';

/** Capabilities this rule reports, with their message; basic roles and org-policy roles have rules of their own. */
const REPORTED: Partial<Record<RoleCapability, MessageId>> = {
  impersonation: 'impersonation',
  'service-account-keys': 'serviceAccountKeys',
  'iam-admin': 'iamAdmin',
  'role-admin': 'roleAdmin',
  'runs-as-service-account': 'runsAsServiceAccount',
};


export default defineRule({
  meta: {
    id: 'gcp-privileged-role-wide-scope',
    title: 'Impersonation or IAM-admin role on organization, folder or project',
    category: 'privileged-role',
    severity: 'high',
    description:
      'Disallow service-account impersonation, key, IAM-admin and role-admin roles granted at organization, folder or project level',
    docs: 'rules/gcp-privileged-role-wide-scope/README.md',
    compliance: [
      { framework: 'cis-gcp', control: '1.6' },
      { framework: 'cis-gcp', control: '1.5' },
      { framework: 'pci-dss-4', control: '7.2.2' },
      { framework: 'soc2', control: 'CC6.3' },
      { framework: 'nist-800-53', control: 'AC-6(1)' },
    ],
    packs: ['recommended'],
    messages: {
      impersonation:
        '`{{role}}` granted to `{{member}}` on {{scope}} lets it act as every service account there ({{permissions}}), and so hold all of their roles. Grant it on the one service account the member needs (google_service_account_iam_member).',
      serviceAccountKeys:
        '`{{role}}` granted to `{{member}}` on {{scope}} lets it create keys for every service account there ({{permissions}}): long-lived credentials of identities it does not own. Use workload identity federation instead of keys, or grant it on one service account.',
      iamAdmin:
        '`{{role}}` granted to `{{member}}` on {{scope}} lets it change IAM policies ({{permissions}}) and grant itself or anyone any role. Keep IAM administration with a small administrators\' group and grant everyone else the roles they use.',
      roleAdmin:
        '`{{role}}` granted to `{{member}}` on {{scope}} lets it change custom roles ({{permissions}}), including adding permissions to roles it holds. Keep role administration with a small administrators\' group.',
      runsAsServiceAccount:
        '`{{role}}` granted to `{{member}}` on {{scope}} lets it start workloads that run as service accounts ({{permissions}}) and use their access. Grant it on the narrowest scope that works, and give those service accounts only the roles they need.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isGcpMemberGrant(grant) || !isHierarchyScope(grant) || isDeletedMember(grant)) continue;
      const privileged = privilegedRole(grant.role);
      const messageId = privileged && REPORTED[privileged.capability];
      if (!privileged || !messageId) continue;
      context.report({
        grant,
        messageId,
        data: {
          role: privileged.role,
          member: grant.principal.name,
          scope: scopeLabel(grant),
          permissions: privileged.permissions.map((p) => `\`${p}\``).join(', '),
        },
      });
    }
  },
});
