/** The organization's entitlement policy, as written in `.grantlint.yaml` (validated) and as merged over `extends`. */
import type { RuleSetting } from '../analyze/engine.js';
import type { AccessLevel } from '../analyze/aws/iam-data.js';
import type { Cloud, GrantKind, PrincipalType } from '../model/grant.js';
import type { Severity } from '../model/severity.js';
import type { SourceSpan } from '../model/span.js';

export type PackName = 'recommended' | 'strict';
export const PACK_PREFIX = 'grantlint:';

export type Many<T> = T | T[];

/** A rule setting as written: `off`, a severity, or `{severity, options}`. */
export type RuleSettingInput = 'off' | Severity | { severity?: Severity | 'off'; options?: Record<string, unknown> };

export interface OrgRuleMatch {
  cloud?: Many<Cloud>;
  kind?: Many<GrantKind>;
  effect?: 'allow' | 'deny';
  principal?: { type?: Many<PrincipalType>; name?: Many<string> };
  actions?: Many<string>;
  permissions?: Many<string>;
  roles?: Many<string>;
  resources?: Many<string>;
  scopes?: Many<string>;
  scopeKind?: Many<string>;
  conditions?: { present?: Many<string>; absent?: Many<string> };
  files?: Many<string>;
  addresses?: Many<string>;
}

export interface OrgRuleRequire {
  conditionKeys?: Many<string>;
  conditionValues?: Record<string, Many<string>>;
  permissionsBoundary?: true;
  principalTypes?: Many<PrincipalType>;
}

export interface OrgRuleLimit {
  maxAccessLevel?: AccessLevel;
  principals?: Many<string>;
  accounts?: Many<string>;
  domains?: Many<string>;
}

export interface OrgRuleInput {
  id: string;
  title?: string;
  severity?: Severity;
  message?: string;
  docs?: string;
  match: OrgRuleMatch;
  deny?: true;
  require?: OrgRuleRequire;
  limit?: OrgRuleLimit;
}

export interface ExemptionInput {
  rule: string;
  match?: { files?: Many<string>; addresses?: Many<string>; principals?: Many<string> };
  reason: string;
  owner?: string;
  ticket?: string;
  expires?: string;
}

/** The policy file's content once it passed the schema. */
export interface PolicyDocument {
  $schema?: string;
  extends?: Many<string>;
  rules?: Record<string, RuleSettingInput>;
  overrides?: Array<{ files: Many<string>; rules: Record<string, RuleSettingInput> }>;
  orgRules?: OrgRuleInput[];
  exemptions?: ExemptionInput[];
  approvals?: ApprovalInput[];
}

/**
 * A pull request that adds access matching `match` (a grant matcher, as in orgRules) or carrying a finding of one of
 * `categories` needs an approving review from one of `approvers` (GitHub logins or `org/team` slugs): the Action's gate.
 */
export interface ApprovalInput {
  match?: OrgRuleMatch;
  categories?: Many<import('../model/severity.js').Category>;
  approvers: Many<string>;
  /** Why the approval is needed, shown in the pull-request summary. */
  reason?: string;
}

/** Where an entry was written in a policy file (path relative to the repository root of the policy file). */
export interface Located<T> {
  value: T;
  /** Absolute path of the policy file. */
  absFile: string;
  span: SourceSpan;
}

export interface PolicyOverride {
  files: string[];
  /** Directory (absolute) the globs are relative to: the declaring policy file's. */
  baseDir: string;
  rules: Map<string, RuleSetting>;
}

/** A policy merged over its `extends` chain: what the engine needs. */
export interface Policy {
  /** Absolute path of the policy file, undefined for the built-in default (`extends: [grantlint:recommended]`). */
  file: string | undefined;
  /** Directory (absolute) the policy's globs are relative to. */
  baseDir: string | undefined;
  packs: PackName[];
  /** Merged settings: extended files first, then the file's own `rules`. */
  rules: Map<string, RuleSetting>;
  overrides: PolicyOverride[];
  orgRules: Array<Located<OrgRuleInput>>;
  exemptions: Array<Located<ExemptionInput>>;
  /** Approval gates of the pull-request Action, merged over `extends` (absent when no file declares any). */
  approvals?: Array<Located<ApprovalInput>>;
}
