/**
 * Policy checks of the Parliament / Access Analyzer kind that need the service catalogue's resource types and
 * condition keys: resource ARNs that match none of an action's resource types, and condition keys no action of the
 * statement documents.
 */
import { actionInfo, hasWildcard, isKnownService, serviceCatalogue, type ActionInfo, type ServiceCatalogue } from './iam-data.js';
import { isUnresolvedText } from './policy-semantics.js';

/** `${Partition}`-style variables become `*`: ARN formats and resource elements are compared as two globs. */
function templateGlob(arn: string): string {
  return arn.replace(/\$\{[^}]*\}/g, '*');
}

/** Whether two IAM globs (`*` any run, `?` one character) can match a common string; case-insensitive. */
export function globsIntersect(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // Without wildcards the globs meet only when equal: most ARNs of a policy name one resource.
  if (!hasWildcard(x) && !hasWildcard(y)) return x === y;
  return intersectFrom(x, y, 0, 0, new Map());
}

/** Whether x[i..] and y[j..] can match a common string (memoized by position pair). */
function intersectFrom(x: string, y: string, i: number, j: number, memo: Map<number, boolean>): boolean {
  const k = i * (y.length + 1) + j;
  const known = memo.get(k);
  if (known !== undefined) return known;
  let r: boolean;
  if (i === x.length && j === y.length) r = true;
  else if (x[i] === '*') r = intersectFrom(x, y, i + 1, j, memo) || (j < y.length && intersectFrom(x, y, i, j + 1, memo));
  else if (y[j] === '*') r = intersectFrom(x, y, i, j + 1, memo) || (i < x.length && intersectFrom(x, y, i + 1, j, memo));
  else r = i < x.length && j < y.length && (x[i] === y[j] || x[i] === '?' || y[j] === '?') && intersectFrom(x, y, i + 1, j + 1, memo);
  memo.set(k, r);
  return r;
}

function actionEntry(action: string): { service: ServiceCatalogue; action: ActionInfo } | undefined {
  const info = actionInfo(action);
  if (!info) return undefined;
  return { service: serviceCatalogue(info.name.slice(0, info.name.indexOf(':')))!, action: info };
}

/**
 * Concrete actions (no wildcard, known) for which none of the resources can match any of the action's resource
 * types. Actions that accept only `*`, resource lists with `*`, a non-ARN or an unevaluated element, and unknown
 * actions are not judged.
 */
export function mismatchedActions(actions: readonly string[], resources: readonly string[]): string[] {
  // Only ARNs are judged: names (a Lambda permission's function name) and placeholders are not resource elements.
  const arns = resources.filter((r) => !isUnresolvedText(r) && r.startsWith('arn:') && r.split(':').length >= 6);
  if (arns.length === 0 || arns.length !== resources.length) return [];
  const out: string[] = [];
  for (const action of actions) {
    if (isUnresolvedText(action) || hasWildcard(action)) continue;
    const entry = actionEntry(action);
    const types = entry?.action.resourceTypes ?? [];
    if (!entry || types.length === 0) continue;
    const formats = types.map(([name]) => entry.service.resourceTypes.get(name.toLowerCase())?.arn).filter((a): a is string => a !== undefined);
    if (formats.length === 0) continue;
    if (!arns.some((r) => formats.some((f) => globsIntersect(r, templateGlob(f))))) out.push(entry.action.name);
  }
  return out;
}

/** A documented condition key (`s3:ExistingObjectTag/<key>`, `ssm:resourceTag/tag-key`) against a key as written. */
function keyMatches(documented: string, key: string): boolean {
  // The part after `/` names a tag or attribute: `${TagKey}`, `<key>`, `tag-key` are placeholders.
  const slash = documented.indexOf('/');
  const glob = slash > 0 ? `${documented.slice(0, slash)}/*` : documented;
  return globsIntersect(glob, key);
}

/**
 * Service condition keys (not `aws:` global keys, not keys of OIDC issuers or SAML) that none of the statement's
 * actions documents, directly or through its resource types. Statements with wildcard or unknown actions are not
 * judged (the key may belong to an action the wildcard covers).
 */
export function unknownConditionKeys(actions: readonly string[], keys: readonly string[]): string[] {
  if (actions.length === 0 || actions.some((a) => isUnresolvedText(a) || hasWildcard(a))) return [];
  const entries = actions.map(actionEntry);
  if (entries.some((e) => e === undefined)) return [];
  const documented = entries.flatMap((e) => [
    ...e!.action.conditionKeys,
    ...e!.action.resourceTypes.flatMap(([name, keys]) => [...keys, ...(e!.service.resourceTypes.get(name.toLowerCase())?.conditionKeys ?? [])]),
  ]);
  return keys.filter((key) => {
    const colon = key.indexOf(':');
    if (colon <= 0 || isUnresolvedText(key)) return false;
    const prefix = key.slice(0, colon).toLowerCase();
    if (prefix === 'aws' || !isKnownService(prefix)) return false;
    return !documented.some((d) => keyMatches(d, key));
  });
}
