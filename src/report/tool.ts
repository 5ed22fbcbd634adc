/** Who we are, for every report: name, version and links, read once from the package manifest. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleMeta } from '../model/rule.js';

export const TOOL_NAME = 'grantlint';
const DEFAULT_REPOSITORY_URL = 'https://github.com/grantlint/grantlint';

interface PackageManifest {
  name?: string;
  version?: string;
  homepage?: string;
  repository?: string | { url?: string };
}

/** The package root: the closest directory above this module whose package.json is ours (works from src/ and dist/src/). */
function findPackageRoot(): { root: string; manifest: PackageManifest } {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    try {
      const manifest = JSON.parse(fs.readFileSync(candidate, 'utf8')) as PackageManifest;
      if (manifest.name === TOOL_NAME) return { root: dir, manifest };
    } catch {
      // not here; keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return { root: dir, manifest: {} };
    dir = parent;
  }
}

const pkg = findPackageRoot();

export const PACKAGE_ROOT = pkg.root;
export const TOOL_VERSION = pkg.manifest.version ?? '0.0.0';

function repositoryUrl(manifest: PackageManifest): string {
  const repo = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const url = repo?.replace(/^git\+/, '').replace(/\.git$/, '');
  return url?.startsWith('https://') ? url : DEFAULT_REPOSITORY_URL;
}

export const REPOSITORY_URL = repositoryUrl(pkg.manifest);
export const INFORMATION_URI = pkg.manifest.homepage ?? REPOSITORY_URL;

/** Public documentation page of a rule, from its docs path (rules/<id>/README.md). */
export function ruleHelpUri(meta: Pick<RuleMeta, 'docs'>): string {
  // Organization rules (src/policy) may link their own documentation.
  if (/^https?:\/\//.test(meta.docs)) return meta.docs;
  return `${REPOSITORY_URL}/blob/main/${meta.docs.replace(/^\.?\//, '')}`;
}
