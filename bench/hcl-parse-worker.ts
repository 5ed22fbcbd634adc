/** A worker of the parallel HCL parse measurement (measure.ts --hcl-threads): parses files from a shared counter. */
import { parentPort, workerData } from 'node:worker_threads';
import { parseHcl } from '../src/parse/hcl/index.js';

const { counter, files, texts } = workerData as { counter: SharedArrayBuffer; files: string[]; texts: string[] };
const next = new Int32Array(counter);
let parsed = 0;
for (let i = Atomics.add(next, 0, 1); i < texts.length; i = Atomics.add(next, 0, 1), parsed++) parseHcl(texts[i]!, files[i]!);
parentPort!.postMessage(parsed);
