/** Digests of text (UTF-8), for grant ids, fingerprints and Terraform's hash functions. */
import crypto from 'node:crypto';

type OneShot = (algorithm: string, data: string, outputEncoding: 'hex' | 'base64') => string;

/** `crypto.hash` (Node 20.12 and later) digests a short text several times faster than a Hash object; older Nodes use the object. */
const oneShot = (crypto as unknown as { hash?: OneShot }).hash;

export function digest(algorithm: string, text: string, encoding: 'hex' | 'base64' = 'hex'): string {
  return oneShot ? oneShot(algorithm, text, encoding) : crypto.createHash(algorithm).update(text, 'utf8').digest(encoding);
}
