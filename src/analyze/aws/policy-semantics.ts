/**
 * What an AWS grant means against the service catalogue: which actions a statement covers (Action or
 * NotAction), whether its resources are unrestricted, and which AWS-managed policies are admin or privileged.
 */
import type { Grant } from '../../model/grant.js';
import { canonicalAction, expandActionPattern, hasWildcard, isKnownAction, wildcardRegex } from './iam-data.js';

/** An element that still holds an unevaluated `${expr}`: never matched against the catalogue. */
export function isUnresolvedText(text: string): boolean {
  return text.includes('${');
}

/** IAM matching of one Action/NotAction element against one action name (case-insensitive, `*` and `?`). */
export function actionPatternMatches(pattern: string, action: string): boolean {
  if (isUnresolvedText(pattern)) return false;
  if (pattern === '*') return true;
  return hasWildcard(pattern) ? wildcardRegex(pattern).test(action) : pattern.toLowerCase() === action.toLowerCase();
}

let allActionsCache: readonly string[] | undefined;

/** Every action of the catalogue (reads every service file once; only NotAction statements need it). */
export function allActions(): readonly string[] {
  allActionsCache ??= expandActionPattern('*');
  return allActionsCache;
}

const coveredCache = new WeakMap<Grant, readonly string[]>();

/**
 * Canonical names of the catalogue actions a statement applies to, whatever its effect: the expansion of
 * Action, or every action minus the expansion of NotAction. Unknown and unevaluated elements cover nothing.
 */
export function coveredActions(grant: Pick<Grant, 'actions' | 'notActions'>): readonly string[] {
  const key = grant as Grant;
  const cached = coveredCache.get(key);
  if (cached) return cached;
  let result: readonly string[];
  if (grant.notActions.length > 0) {
    const excluded = grant.notActions.filter((p) => !isUnresolvedText(p));
    result = allActions().filter((a) => !excluded.some((p) => actionPatternMatches(p, a)));
  } else {
    const seen = new Set<string>();
    for (const pattern of grant.actions) {
      if (isUnresolvedText(pattern)) continue;
      for (const a of expandActionPattern(pattern)) seen.add(a);
    }
    result = [...seen];
  }
  coveredCache.set(key, result);
  return result;
}

/** Actions an Allow grant permits (catalogue names); [] for Deny grants. */
export function allowedActions(grant: Pick<Grant, 'effect' | 'actions' | 'notActions'>): readonly string[] {
  return grant.effect === 'allow' ? coveredActions(grant) : [];
}

/** Whether the statement applies to one action, without expanding the catalogue (works for unknown actions too). */
export function grantCoversAction(grant: Pick<Grant, 'actions' | 'notActions'>, action: string): boolean {
  if (grant.notActions.length > 0) return !grant.notActions.some((p) => actionPatternMatches(p, action));
  return grant.actions.some((p) => actionPatternMatches(p, action));
}

/** The covered actions that match a pattern: `actionsMatching(g, 'iam:Put*')`. */
export function actionsMatching(grant: Pick<Grant, 'actions' | 'notActions'>, pattern: string): string[] {
  const wanted = hasWildcard(pattern) ? expandActionPattern(pattern) : [canonicalAction(pattern) ?? pattern];
  return wanted.filter((a) => grantCoversAction(grant, a));
}

/**
 * Action elements that name nothing in the catalogue: misspelled actions, unknown services, patterns that
 * match no action. Unevaluated elements are not judged.
 */
export function unknownActionElements(elements: readonly string[]): string[] {
  return elements.filter(isUnknownActionElement);
}

const unknownElementCache = new Map<string, boolean>();

function isUnknownActionElement(e: string): boolean {
  if (isUnresolvedText(e) || e === '*') return false;
  let unknown = unknownElementCache.get(e);
  if (unknown === undefined) {
    unknown = hasWildcard(e) ? expandActionPattern(e).length === 0 : !isKnownAction(e);
    unknownElementCache.set(e, unknown);
  }
  return unknown;
}

/** `*`, or an ARN whose every part is a wildcard (`arn:*:*:*:*:*`, `arn:aws:*:*:*:*`). */
export function isWildcardResourceElement(resource: string): boolean {
  if (resource === '*') return true;
  const parts = resource.split(':');
  if (parts[0] !== 'arn' || parts.length < 6) return false;
  const [, , serviceName, region, account, ...rest] = parts;
  return serviceName === '*' && region === '*' && account === '*' && rest.join(':') === '*';
}

/** The resource list reaches every resource (contains `*` or an all-wildcard ARN). */
export function isWildcardResource(resources: readonly string[]): boolean {
  return resources.some(isWildcardResourceElement);
}

/** The grant is not narrowed to named resources: Resource `*`, or a NotResource (everything except...). */
export function appliesToAllResources(grant: Pick<Grant, 'resources' | 'notResources'>): boolean {
  return grant.notResources.length > 0 || isWildcardResource(grant.resources);
}

/** Allow of every action on every resource (`*:*`), the CIS "no full administrative privileges" shape. */
export function isFullAdmin(grant: Pick<Grant, 'effect' | 'actions' | 'notActions' | 'resources' | 'notResources'>): boolean {
  return (
    grant.effect === 'allow' &&
    grant.notActions.length === 0 &&
    grant.actions.includes('*') &&
    grant.notResources.length === 0 &&
    isWildcardResource(grant.resources)
  );
}

/** Action elements that grant a whole service or everything: `*`, `iam:*`, `s3:*`. */
export function serviceWildcards(grant: Pick<Grant, 'actions'>): string[] {
  return grant.actions.filter((a) => a === '*' || /^[a-z0-9-]+:\*$/i.test(a));
}

export type ManagedPolicyLevel = 'admin' | 'privileged' | 'read-all';

/** What grantlint knows about an AWS-managed policy: a level, and the statements when they are stable. */
export interface ManagedPolicyFacts {
  /** Name after `arn:<partition>:iam::aws:policy/`, with its path: `job-function/SystemAdministrator`. */
  name: string;
  level: ManagedPolicyLevel;
  reason: string;
  /** The policy's effective statements for the well-known broad policies (admin, IAM full access, power user). */
  statements?: Array<{ actions?: string[]; notActions?: string[]; resources: string[] }>;
}

const MANAGED_POLICIES: ManagedPolicyFacts[] = [
  { name: 'AdministratorAccess', level: 'admin', reason: 'allows every action on every resource', statements: [{ actions: ['*'], resources: ['*'] }] },
  {
    name: 'PowerUserAccess',
    level: 'admin',
    reason: 'allows every action outside IAM, Organizations and Account management: near-administrator',
    statements: [{ notActions: ['iam:*', 'organizations:*', 'account:*'], resources: ['*'] }],
  },
  {
    name: 'IAMFullAccess',
    level: 'privileged',
    reason: 'allows iam:* which opens every IAM self-escalation path',
    statements: [{ actions: ['iam:*'], resources: ['*'] }],
  },
  { name: 'AWSOrganizationsFullAccess', level: 'privileged', reason: 'controls the whole organization (accounts, SCPs)' },
  { name: 'AWSCloudShellFullAccess', level: 'privileged', reason: 'shell with file transfer; CIS asks to restrict it' },
  { name: 'AdministratorAccess-Amplify', level: 'privileged', reason: 'service administrator variant with wide IAM and compute permissions' },
  { name: 'AdministratorAccess-AWSElasticBeanstalk', level: 'privileged', reason: 'service administrator variant with wide IAM and compute permissions' },
  { name: 'job-function/SystemAdministrator', level: 'privileged', reason: 'broad service administration including scoped iam:PassRole' },
  { name: 'job-function/NetworkAdministrator', level: 'privileged', reason: 'broad network administration' },
  { name: 'job-function/DatabaseAdministrator', level: 'privileged', reason: 'broad database administration including scoped iam:PassRole' },
  { name: 'job-function/DataScientist', level: 'privileged', reason: 'broad data and compute access including scoped iam:PassRole' },
  { name: 'ReadOnlyAccess', level: 'read-all', reason: 'reads every service, including data (exfiltration)' },
];

const MANAGED_BY_NAME = new Map(MANAGED_POLICIES.map((p) => [p.name.toLowerCase(), p]));

/** The AWS-managed policies treated as admin, privileged or read-all. */
export const AWS_MANAGED_POLICY_FACTS: readonly ManagedPolicyFacts[] = MANAGED_POLICIES;

const AWS_MANAGED_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/(.+)$/;

/** `arn:aws:iam::aws:policy/job-function/ViewOnlyAccess` -> `job-function/ViewOnlyAccess`; undefined for other ARNs. */
export function awsManagedPolicyName(arn: string): string | undefined {
  return AWS_MANAGED_ARN.exec(arn)?.[1];
}

/** Facts about an AWS-managed policy ARN when it is one of the admin/privileged/read-all ones. */
export function awsManagedPolicyFacts(arn: string): ManagedPolicyFacts | undefined {
  const name = awsManagedPolicyName(arn);
  if (name === undefined) return undefined;
  return MANAGED_BY_NAME.get(name.toLowerCase());
}
