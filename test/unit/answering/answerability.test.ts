import { describe, expect, it } from 'vitest';
import { confidenceOf, fitAnswerability, verdictOf, type AnswerSignals } from '../../../src/answering/answerability.js';

const signals = (coverage: number, typed = 1, missing = 0): AnswerSignals => ({ coverage, window: coverage, alone: coverage, typed, missing, margin: 0.1, counted: typed, gap: 1 - coverage, windowGap: 1 - coverage });

describe('answerability', () => {
  it('fits a model that separates covered questions from uncovered ones', () => {
    const rows = [
      ...[0.9, 0.85, 0.8, 0.95, 0.7].map((c) => ({ signals: signals(c), answerable: true })),
      ...[0.2, 0.3, 0.35, 0.1, 0.4].map((c) => ({ signals: signals(c, 0, 0.5), answerable: false })),
    ];
    const fit = fitAnswerability(rows);
    const model = { ...fit, refuseBelow: 0.5, lowBelow: 0.6 };
    expect(confidenceOf(signals(0.9), model)).toBeGreaterThan(0.7);
    expect(confidenceOf(signals(0.2, 0, 0.5), model)).toBeLessThan(0.3);
    expect(verdictOf(confidenceOf(signals(0.2, 0, 0.5), model), model)).toBe('refuse');
    expect(verdictOf(0.55, model)).toBe('low-confidence');
    expect(verdictOf(0.9, model)).toBe('answer');
  });

  it("uses a language's own thresholds where the model has them", () => {
    const model = { bias: 0, weights: signals(0) as never, refuseBelow: 0.5, lowBelow: 0.6, byLanguage: { en: { refuseBelow: 0.3, lowBelow: 0.4 } } };
    expect(verdictOf(0.45, model, 'en')).toBe('answer');
    expect(verdictOf(0.45, model, 'ja')).toBe('refuse');
    expect(verdictOf(0.45, model)).toBe('refuse');
  });

  it('is monotone: more of the question covered never lowers the confidence', () => {
    let previous = 0;
    for (let c = 0; c <= 1; c += 0.1) {
      const conf = confidenceOf(signals(c));
      expect(conf).toBeGreaterThanOrEqual(previous);
      previous = conf;
    }
  });
});
