#!/usr/bin/env node
/** The `grantlint` executable: wires runCli to the process; nothing it prints on failure is a stack trace unless --debug. */
import module from 'node:module';
import { tuneV8ForBatchRun } from '../shared/v8-tuning.js';

// Node 22.1 and later keep the tool's compiled code between runs (a third of a small scan's time is compiling it);
// older Node has no such cache and goes on without it.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const argv = process.argv.slice(2);
const debug = argv.includes('--debug');
// The bin is a whitespace-minified bundle: a stack trace is only useful mapped back to the sources.
if (debug) process.setSourceMapsEnabled(true);

function crash(e: unknown): void {
  const err = e instanceof Error ? e : new Error(String(e));
  const detail = debug ? (err.stack ?? err.message) : `${err.message.split('\n')[0]} (run with --debug for details)`;
  process.stderr.write(`grantlint: internal error: ${detail}\n`);
  process.exit(2);
}

process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

// A closed pipe (`grantlint scan | head`) is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  else crash(e);
});

try {
  // Loaded dynamically so that even a failure while loading the tool ends in one line, not a stack trace.
  if (argv[0] === 'lsp') {
    // The language server owns stdin/stdout until the client says exit.
    const { startLanguageServer } = await import('../lsp/server.js');
    startLanguageServer();
  } else {
    // A command runs once and exits: tune V8 for that before the tool's code is loaded (see v8-tuning.ts).
    tuneV8ForBatchRun();
    const { runCli } = await import('./run.js');
    process.exitCode = await runCli(argv, {
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
      cwd: process.cwd(),
      env: process.env,
      stdoutIsTty: process.stdout.isTTY === true,
    });
  }
} catch (e) {
  crash(e);
}
