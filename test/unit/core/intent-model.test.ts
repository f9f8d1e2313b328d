/** The learned second opinion on routing: fitted on invented texts, it weighs their tokens. */
import { describe, expect, it } from 'vitest';
import { fitIntentModel, looksLikeRequest, requestEvidence, unlikeAnyRequest } from '../../../src/core/intent-model.js';

const texts = [
  { text: 'Our harbour town hopes to twin with a fishing port abroad', request: true },
  { text: 'A mountain village of 5,000 hopes to twin with a ski resort', request: true },
  { text: 'Our school hopes to twin with a school near the sea', request: true },
  { text: 'What did the survey say about volunteer numbers in 2020?', request: false },
  { text: 'What did the report say about the budget in 2021?', request: false },
  { text: 'What did the committee say about the festival?', request: false },
];

describe('intent model', () => {
  const logOdds = fitIntentModel(texts, 2);

  it('gives words seen only in requests positive and words seen only in questions negative log-odds', () => {
    expect(logOdds['twin']).toBeGreaterThan(0);
    expect(logOdds['hope']! + (logOdds['hopes'] ?? 0)).toBeGreaterThan(0);
    expect(logOdds['say']).toBeLessThan(0);
  });

  it('scores a new request above a new question, and the threshold decides', () => {
    const model = { logOdds, threshold: 0, vetoBelow: -100 };
    expect(requestEvidence('A river town hopes to twin with a town abroad', model)).toBeGreaterThan(0);
    expect(requestEvidence('What did the minister say about the plan?', model)).toBeLessThan(0);
    expect(looksLikeRequest('A river town hopes to twin with a town abroad', model)).toBe(true);
    expect(looksLikeRequest('A river town hopes to twin with a town abroad', { logOdds, threshold: 100, vetoBelow: -100 })).toBe(false);
  });

  it('vetoes only texts whose evidence is below the veto', () => {
    const model = { logOdds, threshold: 100, vetoBelow: 0 };
    expect(unlikeAnyRequest('What did the minister say about the plan?', model)).toBe(true);
    expect(unlikeAnyRequest('A river town hopes to twin with a town abroad', model)).toBe(false);
  });
});
