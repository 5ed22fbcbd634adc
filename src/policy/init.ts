/**
 * `grantlint init`: a commented starter policy. Lines starting with `# ` (after indentation) are examples that validate once uncommented
 * (a test uncomments them all); lines starting with `## ` explain.
 */
import { REPOSITORY_URL } from '../report/tool.js';

/** Where editors fetch the schema from (the `yaml-language-server` comment); it ships in the package under schema/. */
export const SCHEMA_URL = `${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/main/schema/grantlint.schema.json`;

export const STARTER_POLICY = `# yaml-language-server: $schema=${SCHEMA_URL}
## grantlint policy: which rules run, where, and which risks the organization has accepted.
## Found from the scanned path upward to the repository root, or passed with --config FILE.

## Built-in packs (grantlint:recommended, grantlint:strict) and other policy files, relative to this one.
extends:
  - grantlint:recommended

## Per rule id: off, a severity (critical, high, medium, low, info), or {severity, options}.
rules:
  aws-iam-privileged-managed-policy: medium
  # aws-iam-wildcard-resource: off
  ## The organization's own and approved vendor accounts: roles trusting any other account are reported
  ## (aws-trust-external-account). A YAML anchor shares the list with the external-id rule.
  # aws-trust-external-account: { options: { trustedAccounts: &accounts ["111111111111", "222222222222"] } }
  # aws-trust-cross-account-no-external-id: { options: { trustedAccounts: *accounts } }

## Settings for some paths only; later entries win (ESLint style).
overrides:
  - files: ["envs/prod/**"]
    rules:
      aws-iam-wildcard-action: critical

## Organization rules, ids org/<name>. Each matches grants and says deny, require or limit.
## Name globs (principals, actions, roles, resources, scopes, addresses): * and ?; path globs (files): minimatch;
## a leading ! excludes.
# orgRules:
#   - id: org/trusted-accounts
#     severity: high
#     message: "{{principal}} {{detail}}: only our own accounts may be trusted"
#     docs: https://wiki.example.com/iam/trusted-accounts
#     match: { cloud: aws, kind: trust-policy }
#     limit: { accounts: ["111111111111", "222222222222"] }
#   - id: org/github-oidc-repos
#     match: { cloud: aws, kind: trust-policy, principal: { type: federated, name: "*token.actions.githubusercontent.com*" } }
#     require:
#       conditionValues:
#         "token.actions.githubusercontent.com:sub": ["repo:example-org/infra:*", "repo:example-org/app:ref:refs/heads/main"]
#   - id: org/owner-above-resource-group
#     match:
#       cloud: azure
#       kind: role-assignment
#       roles: ["Owner", "*8e3af657-a8ff-443c-a75c-2fe8c4bcb635"]
#       scopeKind: [tenant, management-group, subscription]
#       files: ["**", "!platform/**"]
#     deny: true
#   - id: org/gcp-member-domains
#     match: { cloud: gcp, principal: { type: [user, group] } }
#     limit: { domains: ["example.com"] }
#   - id: org/iam-only-in-bootstrap
#     severity: critical
#     match: { cloud: aws, actions: ["iam:*"], files: ["**", "!bootstrap/**"] }
#     deny: true

## Accepted risk with an owner, a reason and an expiry; reported once expired or when it matches nothing.
# exemptions:
#   - rule: aws-iam-full-admin
#     match: { files: ["bootstrap/**"], addresses: ["aws_iam_role.break_glass"] }
#     reason: Break-glass role, used only with two-person approval
#     owner: platform-team
#     ticket: SEC-123
#     expires: 2030-12-31
`;

/** The starter with every example line uncommented (what the test validates). */
export function uncommentExamples(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.startsWith('# yaml-language-server') ? line : line.replace(/^(\s*)# /, '$1')))
    .join('\n');
}
