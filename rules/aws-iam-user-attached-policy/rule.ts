import { awsManagedPolicyName } from '../../src/analyze/aws/policy-semantics.js';
import type { Grant } from '../../src/model/grant.js';
import { defineRule } from '../../src/model/rule.js';
import { compareSpans } from '../../src/model/span.js';

/** What the finding calls the policy: its name, the managed policy ARN's name, or where it is declared. */
function policyName(grant: Grant): string {
  if (typeof grant.details?.policy === 'string' && grant.details.policy !== '') return grant.details.policy;
  if (grant.role !== undefined) return awsManagedPolicyName(grant.role) ?? grant.role;
  return grant.source.address ?? grant.source.file;
}

export default defineRule({
  meta: {
    id: 'aws-iam-user-attached-policy',
    title: 'Policy attached directly to a user',
    category: 'direct-user-grant',
    severity: 'low',
    description: 'Disallow IAM policies attached directly to users instead of groups or roles',
    docs: 'rules/aws-iam-user-attached-policy/README.md',
    compliance: [
      { framework: 'cis-aws', control: '1.15' },
      { framework: 'pci-dss-4', control: '7.2.2' },
      { framework: 'soc2', control: 'CC6.3' },
      { framework: 'nist-800-53', control: 'AC-2' },
    ],
    packs: ['strict'],
    messages: {
      userPolicy:
        'Policy `{{policy}}` is attached directly to IAM user `{{user}}`: per-user grants drift apart and are missed in access reviews. Attach it to a group the user belongs to, or to a role the user assumes.',
    },
  },
  check(context) {
    // One finding per user and policy, on the policy's first statement.
    const first = new Map<string, Grant>();
    for (const grant of context.grants) {
      if (grant.cloud !== 'aws' || grant.kind !== 'identity-policy' || grant.principal.type !== 'user') continue;
      const key = JSON.stringify([grant.principal.name, policyName(grant), grant.source.file, grant.source.address ?? '']);
      const seen = first.get(key);
      if (!seen || compareSpans(grant.source, seen.source) < 0) first.set(key, grant);
    }
    for (const grant of first.values()) {
      context.report({ grant, messageId: 'userPolicy', data: { policy: policyName(grant), user: grant.principal.name } });
    }
  },
});
