/**
 * Node built-ins that only some runs use, loaded on first use: loading worker_threads and child_process took a
 * one-file scan about 10 ms, and such a scan starts no worker and runs no git.
 */
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

export function workerThreads(): typeof import('node:worker_threads') {
  return requireBuiltin('node:worker_threads') as typeof import('node:worker_threads');
}

export function childProcess(): typeof import('node:child_process') {
  return requireBuiltin('node:child_process') as typeof import('node:child_process');
}
