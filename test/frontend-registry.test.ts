/** The registry's light claims and the front ends they load: the same formats, the same claim functions, in one order. */
import { describe, expect, it } from 'vitest';
import { frontEndEntries, loadAllFrontEnds } from '../src/pipeline/frontends/index.js';

describe('the front-end registry', () => {
  it('loads, for every entry, the front end of its format with the very claim it registered', async () => {
    const loaded = await loadAllFrontEnds();
    expect(loaded.map((fe) => fe.format)).toEqual(['terraform', 'bicep', 'tfplan', 'arm', 'cloudformation', 'cdk']);
    expect(frontEndEntries.map((e) => e.format)).toEqual(loaded.map((fe) => fe.format));
    frontEndEntries.forEach((entry, i) => expect(loaded[i]!.claims).toBe(entry.claims));
  });
});
