/** The escalation catalogue is data: every action in it must exist in the service catalogue, every id once. */
import { describe, expect, it } from 'vitest';
import { ESCALATION_METHODS } from '../src/analyze/aws/escalation.js';
import { canonicalAction } from '../src/analyze/aws/iam-data.js';

describe('escalation catalogue', () => {
  it('names only actions of the service catalogue, spelled canonically', () => {
    const wrong = ESCALATION_METHODS.flatMap((m) => m.actions.filter((a) => canonicalAction(a) !== a).map((a) => `${m.id} ${a}`));
    expect(wrong).toEqual([]);
  });

  it('has unique ids and names', () => {
    expect(new Set(ESCALATION_METHODS.map((m) => m.id)).size).toBe(ESCALATION_METHODS.length);
    expect(new Set(ESCALATION_METHODS.map((m) => m.name)).size).toBe(ESCALATION_METHODS.length);
  });

  it('lists a trusted service for every PassRole method', () => {
    const missing = ESCALATION_METHODS.filter((m) => m.actions.includes('iam:PassRole') !== (m.passRoleTo !== undefined)).map((m) => m.id);
    expect(missing).toEqual([]);
  });
});

describe('exposure lists', () => {
  it('name only catalogue actions, spelled canonically', async () => {
    const { CREDENTIALS_EXPOSURE_ACTIONS, DATA_EXFILTRATION_ACTIONS } = await import('../src/analyze/aws/exposure.js');
    const wrong = [...CREDENTIALS_EXPOSURE_ACTIONS, ...DATA_EXFILTRATION_ACTIONS].filter((a) => canonicalAction(a) !== a);
    expect(wrong).toEqual([]);
    expect(CREDENTIALS_EXPOSURE_ACTIONS).toHaveLength(43);
  });
});
