/**
 * The fixed-seed slice of the fuzzing job (`npm run fuzz` runs ≥ 100,000 cases per parser): 200 mutated corpus
 * files and 50 generated documents per parser, same seed every run. Failures print the input that caused them.
 */
import { describe, expect, it } from 'vitest';
import { CORPUS } from './support/corpus.js';
import { runTarget, seedFiles, targets } from './fuzz/harness.js';

const SEED = 1129;

describe('fuzz slice: mutated and generated input never crashes, hangs or escapes the file', () => {
  for (const target of targets) {
    it(target.name, () => {
      const seeds = seedFiles(target, CORPUS, 40);
      expect(seeds.length).toBeGreaterThan(0);
      const report = runTarget(target, { seeds, cases: 200, roundTripCases: 50, seed: SEED });
      const problems = report.failures.map((f) => `${f.kind}: ${f.problem}\n  input: ${JSON.stringify(f.input.slice(0, 500))}`);
      expect(problems).toEqual([]);
      expect(report.mutationCases).toBe(200);
    });
  }
});
