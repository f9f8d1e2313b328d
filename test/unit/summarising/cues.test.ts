import { describe, expect, it } from 'vitest';
import { DECISION_CUES } from '../../../src/summarising/cues.js';

describe('decision labels', () => {
  it('reads "Decision:" and "Settled:" as decisions (a colon ends the word, not a word boundary)', () => {
    expect(DECISION_CUES.test('Decision: we partner with Elkton.')).toBe(true);
    expect(DECISION_CUES.test('Settled: Tome goes first.')).toBe(true);
    expect(DECISION_CUES.test('Our decision is pending.')).toBe(false);
  });
});
