import { isUnresolvedText } from '../../src/analyze/aws/policy-semantics.js';
import type { Grant } from '../../src/model/grant.js';
import { defineRule } from '../../src/model/rule.js';
import { attachedName, conditionEntries, isAwsAllow, isRestrictingCondition } from '../_shared/aws.js';

const GITHUB_ISSUER = 'token.actions.githubusercontent.com';

/** The OIDC issuer of a federated principal: `arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com` -> host. */
function issuerOf(grant: Grant): string {
  const name = grant.principal.name;
  const marker = ':oidc-provider/';
  const at = name.indexOf(marker);
  return at >= 0 ? name.slice(at + marker.length) : name;
}

/**
 * The GitHub issuer the trust is for: github.com's, a GitHub Enterprise Server's (`<host>/_services/token`), or, when
 * the provider ARN is an expression, the issuer its condition keys name.
 */
function githubIssuer(grant: Grant): string | undefined {
  const issuer = issuerOf(grant);
  if (!isUnresolvedText(issuer)) {
    const lower = issuer.toLowerCase();
    if (lower === GITHUB_ISSUER || lower.endsWith('/_services/token')) return lower;
    return undefined;
  }
  const fromKey = conditionEntries(grant).find((e) => e.key.toLowerCase().startsWith(`${GITHUB_ISSUER}:`));
  return fromKey ? GITHUB_ISSUER : undefined;
}

type SubProblem = 'anyRepository' | 'anyRepositoryOfOwner';

/**
 * What a `sub` pattern lets in. `repo:<owner>/<repo>:...` is scoped; `*`, `repo:*`, `repo:<owner>*` (no slash) match
 * any repository of any owner; `repo:<owner>/*` matches every repository of one owner.
 */
function subProblem(value: string): SubProblem | undefined {
  if (isUnresolvedText(value)) return undefined;
  const v = value.trim();
  if (v === '' || v.startsWith('*') || /^repo:[^/]*[*?]/i.test(v)) return 'anyRepository';
  if (/^repo:[^/*?]+\/\*/i.test(v)) return 'anyRepositoryOfOwner';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'aws-trust-github-oidc-sub',
    title: 'GitHub Actions trust not limited to a repository',
    category: 'federation',
    severity: 'critical',
    description: 'Require a repository-scoped `sub` condition on roles trusted by GitHub Actions OIDC',
    docs: 'rules/aws-trust-github-oidc-sub/README.md',
    compliance: [
      { framework: 'soc2', control: 'CC6.1' },
      { framework: 'nist-800-53', control: 'AC-3' },
      { framework: 'nist-800-53', control: 'AC-6' },
    ],
    packs: ['recommended'],
    messages: {
      missingSub:
        'Role `{{role}}` trusts GitHub Actions OIDC without a `{{key}}` condition: a workflow in any GitHub repository, of any owner, can assume it. Add a `StringEquals` or `StringLike` condition on `{{key}}` such as `repo:<owner>/<repo>:ref:refs/heads/main`.',
      anyRepository:
        'Role `{{role}}` accepts GitHub OIDC subject `{{value}}`, which matches workflows of any repository and any owner. Scope `{{key}}` to `repo:<owner>/<repo>:...`.',
      anyRepositoryOfOwner:
        'Role `{{role}}` accepts GitHub OIDC subject `{{value}}`, which matches every repository of that owner, including forks-to-be and repositories created later. Name the repositories (and a branch or environment) in `{{key}}`.',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      if (!isAwsAllow(grant, ['trust-policy']) || grant.principal.type !== 'federated') continue;
      const issuer = githubIssuer(grant);
      if (issuer === undefined) continue;
      const key = `${issuer}:sub`;
      const role = attachedName(grant);
      const subConditions = conditionEntries(grant).filter((e) => e.key.toLowerCase() === key && isRestrictingCondition(e));
      if (subConditions.length === 0) {
        context.report({ grant, messageId: 'missingSub', data: { role, key } });
        continue;
      }
      for (const entry of subConditions) {
        for (const value of entry.values) {
          const problem = subProblem(value);
          if (problem === undefined) continue;
          context.report({
            grant,
            messageId: problem,
            data: { role, key, value },
            key: value,
            ...(problem === 'anyRepositoryOfOwner' ? { severity: 'medium' as const } : {}),
          });
        }
      }
    }
  },
});
