import { isUnresolvedText } from '../../src/analyze/aws/policy-semantics.js';
import type { Grant } from '../../src/model/grant.js';
import { defineRule } from '../../src/model/rule.js';
import { attachedName, conditionEntries, isAwsAllow, isRestrictingCondition } from '../_shared/aws.js';

/** GitHub Actions has its own rule (aws-trust-github-oidc-sub). */
const GITHUB = /^token\.actions\.githubusercontent\.com$|\/_services\/token$/i;

interface Provider {
  /** Name in messages. */
  label: string;
  /** The claim that identifies the workload; a missing or wildcard one admits every tenant of the issuer. */
  claim: 'sub' | 'aud';
  /** An example of a well-scoped value. */
  example: string;
  /** A value of the claim that still admits every tenant (wildcard at the start of the scoping part). */
  unscoped: RegExp;
}

const PROVIDERS: Array<{ issuer: RegExp; provider: Provider }> = [
  { issuer: /^gitlab\.com$|gitlab/i, provider: { label: 'GitLab CI', claim: 'sub', example: 'project_path:<group>/<project>:ref_type:branch:ref:main', unscoped: /^\*|^project_path:[*?]|^project_path:[^/:]*[*?]/i } },
  { issuer: /^app\.terraform\.io$/i, provider: { label: 'HCP Terraform', claim: 'sub', example: 'organization:<org>:project:<project>:workspace:<ws>:run_phase:apply', unscoped: /^\*|^organization:[*?]|^organization:[^:]+:\*$|workspace:\*/i } },
  { issuer: /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com\/id\//i, provider: { label: 'EKS IRSA', claim: 'sub', example: 'system:serviceaccount:<namespace>:<serviceaccount>', unscoped: /^\*|^system:serviceaccount:[*?]|^system:serviceaccount:[^:]*:\*$/i } },
  { issuer: /^cognito-identity\.amazonaws\.com$/i, provider: { label: 'Cognito identity pools', claim: 'aud', example: '<region>:<identity-pool-id>', unscoped: /^\*/ } },
  { issuer: /^accounts\.google\.com$/i, provider: { label: 'Google', claim: 'aud', example: '<oauth-client-id>', unscoped: /^\*/ } },
];

const GENERIC: Provider = { label: 'the OIDC provider', claim: 'sub', example: '<the workload identifier>', unscoped: /^\*/ };

/** Session tags EKS Pod Identity sets, which a trust policy can test to scope the role to a cluster or workload. */
const POD_IDENTITY_KEYS = /^aws:(Request|Principal)Tag\/(kubernetes-namespace|kubernetes-service-account|eks-cluster-arn|eks-cluster-name|kubernetes-pod-name)$/i;

function issuerOf(grant: Grant): string {
  const name = grant.principal.name;
  const at = name.indexOf(':oidc-provider/');
  return at >= 0 ? name.slice(at + ':oidc-provider/'.length) : name;
}

function restricting(grant: Grant, key: string) {
  return conditionEntries(grant).filter((e) => e.key.toLowerCase() === key.toLowerCase() && isRestrictingCondition(e));
}

export default defineRule({
  meta: {
    id: 'aws-trust-federated-conditions',
    title: 'Federated trust not limited to a workload',
    category: 'federation',
    severity: 'high',
    description: 'Require the identifying claim conditions (sub, aud, SAML:aud, Pod Identity tags) on roles trusted by OIDC, SAML or EKS Pod Identity',
    docs: 'rules/aws-trust-federated-conditions/README.md',
    compliance: [
      { framework: 'soc2', control: 'CC6.1' },
      { framework: 'nist-800-53', control: 'AC-3' },
    ],
    packs: ['recommended'],
    messages: {
      missingClaim:
        'Role `{{role}}` trusts {{provider}} (`{{issuer}}`) without a `{{key}}` condition: a token of any tenant of this issuer can assume it. Add a `StringEquals` condition on `{{key}}` such as `{{example}}`.',
      unscopedClaim:
        'Role `{{role}}` accepts {{provider}} `{{key}}` value `{{value}}`, which admits every tenant or workload of the issuer. Name the workload, such as `{{example}}`.',
      missingSamlAudience:
        'Role `{{role}}` trusts SAML provider `{{issuer}}` without a `SAML:aud` condition: assertions meant for another service provider could be replayed. Add `StringEquals` `SAML:aud` = `https://signin.aws.amazon.com/saml`.',
      podIdentityUnscoped:
        'Role `{{role}}` trusts EKS Pod Identity with no condition on the cluster, namespace or service account: any pod of any cluster associated with it can use the role. Add a condition on `aws:RequestTag/kubernetes-namespace` or `aws:RequestTag/kubernetes-service-account`.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isAwsAllow(grant, ['trust-policy'])) continue;
      const role = attachedName(grant);
      if (grant.principal.type === 'service' && grant.principal.name.toLowerCase() === 'pods.eks.amazonaws.com') {
        const scoped = conditionEntries(grant).some((e) => POD_IDENTITY_KEYS.test(e.key) && isRestrictingCondition(e));
        if (!scoped) context.report({ grant, messageId: 'podIdentityUnscoped', data: { role }, severity: 'medium' });
        continue;
      }
      if (grant.principal.type !== 'federated') continue;
      const name = grant.principal.name;
      if (isUnresolvedText(name)) continue;
      if (/:saml-provider\//.test(name)) {
        if (restricting(grant, 'SAML:aud').length === 0) context.report({ grant, messageId: 'missingSamlAudience', data: { role, issuer: name }, severity: 'medium' });
        continue;
      }
      const issuer = issuerOf(grant);
      if (GITHUB.test(issuer)) continue;
      const provider = PROVIDERS.find((p) => p.issuer.test(issuer))?.provider ?? GENERIC;
      const key = `${issuer}:${provider.claim}`;
      const entries = restricting(grant, key);
      const data = { role, provider: provider.label, issuer, key, example: provider.example };
      if (entries.length === 0) {
        // An unknown issuer is judged by whether any of its own claims is tested (Access Analyzer's check).
        if (provider === GENERIC && conditionEntries(grant).some((e) => e.key.toLowerCase().startsWith(`${issuer.toLowerCase()}:`) && isRestrictingCondition(e))) continue;
        context.report({ grant, messageId: 'missingClaim', data });
        continue;
      }
      for (const entry of entries) {
        for (const value of entry.values) {
          if (isUnresolvedText(value) || !provider.unscoped.test(value.trim())) continue;
          context.report({ grant, messageId: 'unscopedClaim', data: { ...data, value }, key: value });
        }
      }
    }
  },
});
