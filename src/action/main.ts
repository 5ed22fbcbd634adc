/**
 * The Action's entry point (bundled to action-dist/index.mjs): wires runAction to the process. An unexpected failure
 * becomes one error annotation, never a stack trace with file contents.
 */
import { annotation } from './commands.js';
import { EXIT_TOOL_ERROR, runAction } from './run.js';
import { tuneV8ForBatchRun } from '../shared/v8-tuning.js';

// One scan, then exit: see v8-tuning.ts.
tuneV8ForBatchRun();
try {
  process.exitCode = await runAction({ env: process.env, stdout: (text) => void process.stdout.write(text) });
} catch (e) {
  const err = e instanceof Error ? e : new Error(String(e));
  process.stdout.write(annotation('error', `grantlint: internal error: ${err.message.split('\n')[0]}`));
  process.exitCode = EXIT_TOOL_ERROR;
}
