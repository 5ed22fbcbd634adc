import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared corpus beside the project (`../shared/corpus`), read in place, never copied. */
export const CORPUS = path.resolve(ROOT, '../shared/corpus');
export const REFERENCE = path.resolve(ROOT, '../shared/reference');
export const hasCorpus = existsSync(CORPUS);
