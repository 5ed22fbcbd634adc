import { isAuthoritative, isGcpMemberGrant, scopeLabel } from '../../src/analyze/gcp/grants.js';
import { compareSpans } from '../../src/model/span.js';
import type { Grant } from '../../src/model/grant.js';
import { defineRule } from '../../src/model/rule.js';

/** `a`, `a` and `b`, `a`, `b` and 3 more: addresses for a message. */
function addressList(addresses: string[]): string {
  const shown = addresses.slice(0, 3).map((a) => `\`${a}\``);
  const more = addresses.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown[0]!;
}

export default defineRule({
  meta: {
    id: 'gcp-authoritative-iam',
    title: 'Authoritative IAM resource that removes other grants',
    category: 'policy-violation',
    severity: 'low',
    description:
      'Disallow google_*_iam_policy resources, and google_*_iam_binding resources that fight other IAM resources over the same role',
    docs: 'rules/gcp-authoritative-iam/README.md',
    compliance: [],
    packs: ['recommended'],
    messages: {
      policy:
        '`{{resource}}` sets the whole IAM policy of {{scope}}: every binding not listed in it, including ones made in the console, by other Terraform configurations or by Google for service agents, is removed on apply. Use google_*_iam_member resources for the grants this configuration owns.',
      policyConflict:
        '`{{resource}}` sets the whole IAM policy of {{scope}} and will remove the grants of {{others}} on every apply (and they will add them back). Manage the policy in one resource, or switch to google_*_iam_member resources.',
      bindingConflict:
        '`{{resource}}` sets the full member list of `{{role}}` on {{scope}}, and {{others}} also grants that role there: each apply removes the other\'s members. Keep one authoritative binding per role, or use google_*_iam_member resources.',
    },
  },
  check(context) {
    const byResource = new Map<string, Grant[]>();
    // Legacy storage ACLs are a separate list that setIamPolicy does not replace: they neither conflict nor are judged.
    const members = context.grants.filter((g) => isGcpMemberGrant(g) && g.details?.iamVariant !== 'acl');
    for (const grant of members) {
      if (!isAuthoritative(grant)) continue;
      const address = grant.source.address ?? `${grant.source.file}:${grant.source.line}`;
      const group = byResource.get(address) ?? [];
      group.push(grant);
      byResource.set(address, group);
    }
    for (const [resource, grants] of byResource) {
      const first = [...grants].sort((a, b) => compareSpans(a.source, b.source))[0]!;
      const variant = first.details?.iamVariant;
      const roles = new Set(grants.map((g) => g.role));
      const others = members.filter(
        (g) => g.source.address !== resource && g.scope === first.scope && (variant === 'policy' || roles.has(g.role)),
      );
      const otherAddresses = [...new Set(others.map((g) => g.source.address ?? g.source.file))].sort();
      const data = { resource, scope: scopeLabel(first), role: first.role ?? '(unknown role)' };
      if (variant === 'policy') {
        if (otherAddresses.length > 0) {
          context.report({ grant: first, messageId: 'policyConflict', data: { ...data, others: addressList(otherAddresses) }, related: others });
        } else {
          context.report({ grant: first, messageId: 'policy', data, related: grants.slice(1) });
        }
      } else if (otherAddresses.length > 0) {
        context.report({ grant: first, messageId: 'bindingConflict', data: { ...data, others: addressList(otherAddresses) }, related: others });
      }
    }
  },
});
