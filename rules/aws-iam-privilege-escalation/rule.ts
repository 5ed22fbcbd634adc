import { grantCoversAction, isFullAdmin, isWildcardResource } from '../../src/analyze/aws/policy-semantics.js';
import type { Grant } from '../../src/model/grant.js';
import { defineRule } from '../../src/model/rule.js';
import { compareSpans } from '../../src/model/span.js';
import { allLiteral, isAwsManagedPolicyGrant } from '../_shared/aws.js';
import { listForMessage } from '../_shared/text.js';
import { ESCALATION_METHODS, type EscalationMethod } from './methods.js';

/**
 * Whose permissions are pooled: a declared role, user or group (all its policies together, so paths split across
 * policies are found), or, for a policy attached to nothing known, the policy itself.
 */
function holderKey(grant: Grant): string {
  const p = grant.principal;
  if (p.type === 'role' || p.type === 'user' || p.type === 'group') return JSON.stringify([p.type, p.name, p.address ?? '']);
  return JSON.stringify(['policy', grant.source.file, grant.source.address ?? '', grant.details?.policy ?? '']);
}

/**
 * An Allow that certainly grants its actions on every resource: unconditional (a condition may be what keeps the
 * path closed), on `*` or a NotResource, with a fully known NotAction.
 */
function grantsEverywhere(grant: Grant): boolean {
  return (
    grant.effect === 'allow' &&
    Object.keys(grant.conditions).length === 0 &&
    (isWildcardResource(grant.resources) || grant.notResources.length > 0) &&
    allLiteral(grant.notActions)
  );
}

/** An unconditional Deny removes the action whatever its resources (the reference tools' reading). */
function deniesAlways(grant: Grant): boolean {
  return grant.effect === 'deny' && Object.keys(grant.conditions).length === 0 && allLiteral(grant.notActions);
}

interface OpenPath {
  method: EscalationMethod;
  /** The Allow grant supplying each action, in the method's order. */
  grants: Grant[];
}

function openPaths(grants: readonly Grant[]): OpenPath[] {
  const allows = grants.filter(grantsEverywhere);
  if (allows.length === 0) return [];
  const denies = grants.filter(deniesAlways);
  const supplier = (action: string): Grant | undefined =>
    denies.some((d) => grantCoversAction(d, action)) ? undefined : allows.find((g) => grantCoversAction(g, action));
  const paths: OpenPath[] = [];
  for (const method of ESCALATION_METHODS) {
    const suppliers = method.actions.map(supplier);
    if (suppliers.every((g): g is Grant => g !== undefined)) paths.push({ method, grants: suppliers });
  }
  return paths;
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
        '`{{principal}}` can raise its own privileges through {{count}} known path(s): {{methods}}. {{first}} needs only {{actions}} on every resource. Remove these actions or limit them to named resources, and add conditions such as `iam:PassedToService`.',
    },
  },
  check(context) {
    const byHolder = new Map<string, Grant[]>();
    for (const grant of context.grants) {
      if (grant.cloud !== 'aws' || grant.kind !== 'identity-policy' || isAwsManagedPolicyGrant(grant)) continue;
      const key = holderKey(grant);
      const held = byHolder.get(key);
      if (held) held.push(grant);
      else byHolder.set(key, [grant]);
    }
    for (const grants of byHolder.values()) {
      // A full administrator has nothing to escalate to; aws-iam-full-admin reports it.
      if (grants.some(isFullAdmin)) continue;
      const paths = openPaths(grants);
      if (paths.length === 0) continue;
      const involved = [...new Set(paths.flatMap((p) => p.grants))].sort((a, b) => compareSpans(a.source, b.source));
      const first = paths[0]!;
      const anchor = first.grants[0]!;
      const principal = anchor.principal.type === 'unknown' ? (anchor.details?.policy ?? anchor.source.address ?? anchor.source.file) : anchor.principal.name;
      context.report({
        grant: anchor,
        related: involved.filter((g) => g !== anchor),
        messageId: 'escalation',
        data: {
          principal: String(principal),
          count: paths.length,
          methods: listForMessage(paths.map((p) => p.method.name)),
          first: first.method.name,
          actions: listForMessage(first.method.actions),
        },
      });
    }
  },
});
