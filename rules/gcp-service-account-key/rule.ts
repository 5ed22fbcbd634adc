import { defineRule } from '../../src/model/rule.js';

export default defineRule({
  meta: {
    id: 'gcp-service-account-key',
    title: 'User-managed service account key or HMAC key',
    category: 'static-credentials',
    severity: 'medium',
    description: 'Disallow google_service_account_key and google_storage_hmac_key: long-lived keys of service accounts',
    docs: 'rules/gcp-service-account-key/README.md',
    compliance: [
      { framework: 'cis-gcp', control: '1.4' },
      { framework: 'cis-gcp', control: '1.7' },
      { framework: 'pci-dss-4', control: '8.3.1' },
      { framework: 'nist-800-53', control: 'IA-5' },
    ],
    packs: ['recommended'],
    messages: {
      generatedKey:
        'Key for `{{account}}` is created by Terraform: the private key lands in the state file and stays valid until someone deletes it. Use workload identity federation or service account impersonation instead.',
      uploadedKey:
        'Key for `{{account}}` is uploaded from `public_key_data`: a long-lived credential whose private half lives outside Google\'s control. Use workload identity federation or service account impersonation instead.',
      hmacKey:
        'HMAC key for `{{account}}` is created by Terraform: its secret lands in the state file and lets anyone holding it call Cloud Storage as the account until the key is deleted. Use the JSON API with short-lived credentials instead.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (grant.cloud !== 'gcp' || grant.kind !== 'credential') continue;
      const type = grant.details?.credentialType;
      if (type === 'hmac-key') {
        // An INACTIVE key cannot authenticate; deleting it is still better, but it is not a live credential.
        if (grant.details?.state !== 'INACTIVE') context.report({ grant, messageId: 'hmacKey', data: { account: grant.principal.name } });
      } else if (type === 'service-account-key') {
        context.report({
          grant,
          messageId: grant.details?.keyOrigin === 'uploaded' ? 'uploadedKey' : 'generatedKey',
          data: { account: grant.principal.name },
        });
      }
    }
  },
});
