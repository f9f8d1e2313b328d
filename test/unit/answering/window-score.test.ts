import { describe, expect, it } from 'vitest';
import { fitWindowWeights, windowScore, type WindowFeatures, type WindowWeights } from '../../../src/answering/window-score.js';

const features = (over: Partial<WindowFeatures>): WindowFeatures => ({ alone: 0.5, withHeading: 0.5, typedFigure: 0, typedOther: 0, leansBack: 0, heading: 0, extraStory: 0, extraOther: 0, short: 0, rankInv: 1, retrieval: 1, ...over });
const EVEN: WindowWeights = { alone: 0.5, withHeading: 0.5, typedFigure: 0, typedOther: 0, leansBack: 0, heading: 0, extraStory: 0, extraOther: 0, short: 0, rankInv: 0, retrieval: 0 };

describe('window score', () => {
  it('is the weighted sum of the features', () => {
    expect(windowScore(features({ alone: 1, withHeading: 0, typedFigure: 1 }), { ...EVEN, typedFigure: 0.25 })).toBeCloseTo(0.75);
  });

  it('learns that the window stating the asked figure is the answer, even when it covers a little less', () => {
    // In every question the right window carries the figure and covers 0.1 less than a wrong one.
    const questions = Array.from({ length: 30 }, (_, i) => ({
      windows: [
        { features: features({ alone: 0.6 + (i % 5) * 0.05, withHeading: 0.6 + (i % 5) * 0.05 }), holds: false },
        { features: features({ alone: 0.5 + (i % 5) * 0.05, withHeading: 0.5 + (i % 5) * 0.05, typedFigure: 1 }), holds: true },
        { features: features({ alone: 0.2, withHeading: 0.3 }), holds: false },
      ],
    }));
    const before = questions.filter((q) => windowScore(q.windows[1]!.features, EVEN) > windowScore(q.windows[0]!.features, EVEN)).length;
    const weights = fitWindowWeights(questions, EVEN);
    const after = questions.filter((q) => windowScore(q.windows[1]!.features, weights) > windowScore(q.windows[0]!.features, weights)).length;
    expect(before).toBe(0);
    expect(after).toBe(questions.length);
    // Scaled back to coverage units: the two coverage weights sum to 1.
    expect(weights.alone + weights.withHeading).toBeCloseTo(1, 2);
  });

  it('keeps the start when no question has both a right and a wrong window', () => {
    const weights = fitWindowWeights([{ windows: [{ features: features({}), holds: true }] }], EVEN);
    expect(weights).toEqual(EVEN);
  });
});
