import { defineRule } from '../../src/model/rule.js';

export default defineRule({
  meta: {
    id: 'aws-iam-user-static-credentials',
    title: 'Long-lived IAM user credentials',
    category: 'static-credentials',
    severity: 'medium',
    description: 'Disallow IAM access keys and console passwords created in infrastructure code',
    docs: 'rules/aws-iam-user-static-credentials/README.md',
    compliance: [
      { framework: 'cis-aws', control: '1.18' },
      { framework: 'soc2', control: 'CC6.2' },
      { framework: 'nist-800-53', control: 'AC-2' },
      { framework: 'nist-800-53', control: 'IA-5' },
    ],
    packs: ['recommended'],
    messages: {
      accessKey:
        'An access key is created for IAM user `{{user}}`: a long-lived secret that ends up in state files, CI settings and laptops, and works from anywhere until someone rotates it. Use a role with temporary credentials (OIDC federation for CI, instance or task roles for workloads).',
      loginProfile:
        'A console password is created for IAM user `{{user}}` in code, so its initial value sits in the state file. Give people access through IAM Identity Center or a federated identity provider.',
      otherCredential:
        'A long-lived credential (`{{type}}`) is created for IAM user `{{user}}`. Prefer roles with temporary credentials.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (grant.cloud !== 'aws' || grant.kind !== 'credential') continue;
      const type = grant.details?.credentialType;
      const data = { user: grant.principal.name };
      if (type === 'access-key') context.report({ grant, messageId: 'accessKey', data });
      else if (type === 'login-profile') context.report({ grant, messageId: 'loginProfile', data });
      else context.report({ grant, messageId: 'otherCredential', data: { ...data, type: typeof type === 'string' ? type : 'unknown' } });
    }
  },
});
