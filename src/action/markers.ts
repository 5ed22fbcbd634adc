/**
 * Hidden markers in the Action's comments: how a later run finds its own summary comment and inline comments.
 * Namespaced by working directory, so several jobs of a monorepo each keep their own; never matched on visible text.
 */
import { digest } from '../shared/hash.js';

const TOOL = 'grantlint';

/** A working directory as it appears inside a marker: percent-encoded, so it can never close the HTML comment. */
export function namespaceOf(workingDirectory: string): string {
  const normalized = workingDirectory.replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
  return encodeURIComponent(normalized);
}

/** `<!-- grantlint:summary ns=infra digest=… -->`: the digest is of the comment's content, so unchanged reports are not re-sent. */
export function summaryMarker(namespace: string, digest: string): string {
  return `<!-- ${TOOL}:summary ns=${namespace} digest=${digest} -->`;
}

export function findingMarker(namespace: string, fingerprint: string, fixedIn?: string): string {
  return `<!-- ${TOOL}:finding ns=${namespace} fp=${encodeURIComponent(fingerprint)}${fixedIn ? ` fixed=${fixedIn}` : ''} -->`;
}

export interface ParsedMarker {
  kind: 'summary' | 'finding';
  namespace: string;
  digest?: string;
  fingerprint?: string;
  fixedIn?: string;
}

const MARKER = new RegExp(`^<!-- ${TOOL}:(summary|finding) ((?:[a-z]+=[^\\s]+ ?)+)-->`);

/** The marker at the start of a comment body, if it is one of ours. */
export function parseMarker(body: string): ParsedMarker | undefined {
  const m = MARKER.exec(body);
  if (!m) return undefined;
  const fields = new Map(
    m[2]!
      .trim()
      .split(' ')
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const),
  );
  const namespace = fields.get('ns');
  if (namespace === undefined) return undefined;
  const fp = fields.get('fp');
  return {
    kind: m[1] as ParsedMarker['kind'],
    namespace,
    ...(fields.has('digest') ? { digest: fields.get('digest')! } : {}),
    ...(fp !== undefined ? { fingerprint: decodeURIComponent(fp) } : {}),
    ...(fields.has('fixed') ? { fixedIn: fields.get('fixed')! } : {}),
  };
}

export function digestOf(text: string): string {
  return digest('sha256', text).slice(0, 16);
}
