/**
 * V8 settings for a one-shot batch run: the CLI's commands (not the language server) and the Action.
 *
 * A scan of a few thousand files is over in one or two seconds, most of it in code V8 is still optimizing. TurboFan
 * then spends more time compiling than the scan spends running: on two cores, 1.6 s of compile jobs for the first
 * 0.5 s parse of the Terraform corpus, mostly inlining big parser functions into one another. The jobs run beside
 * the scan, so hot functions wait for them in slower tiers. Without inlining they compile in half the time, and a
 * full scan of each corpus (`npm run bench`) takes 10-15% less; later runs in one process are as fast as before.
 * Only optimization choices change, never behaviour.
 */
import v8 from 'node:v8';

export function tuneV8ForBatchRun(): void {
  v8.setFlagsFromString('--no-turbo-inlining');
}
