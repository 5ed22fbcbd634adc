/** Full garbage collections on demand, for benchmarks: V8 only exposes gc() behind a flag, set here at run time. */
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | undefined;

/**
 * Collects garbage now, and moves what is alive out of the young generation: inputs a benchmark has just read
 * (thousands of file texts) would otherwise be copied by the first collections inside the timed code, and V8 grows
 * its young generation because they survive, a cost of the benchmark's setup that would land on the code measured.
 * Only before the code measured has run: after a full collection, V8 threw away optimized parser code it had made
 * (11-28 deoptimizations per pass after one, and passes of 160-230 ms instead of about 90).
 */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
  gc();
}
