/**
 * How an answer window (one to three consecutive sentences of a read passage) is scored: a
 * weighted sum of a few features whose weights were fitted on labelled questions — the window
 * that holds the expected facts should score highest among the question's windows
 * (eval/fit-window-weights.ts writes window-weights.ts). The weights are scaled so that the two
 * coverage features sum to 1.
 */
import { WINDOW_WEIGHTS } from './window-weights.js';

/** What a window's score is made of. */
export interface WindowFeatures {
  /** Share of the question the window's own words cover. */
  readonly alone: number;
  /** The same with the passage's section heading. */
  readonly withHeading: number;
  /** A date, a figure or a name, when one is asked for (1) or not (0). */
  readonly typedFigure: number;
  /** A reason, an origin, a list or a definition, when one is asked for. */
  readonly typedOther: number;
  /** Opens by leaning on what came before ("これが…", "その後…"). */
  readonly leansBack: number;
  /** Is only the section heading. */
  readonly heading: number;
  /** Sentences beyond the first, in a story (how it started, why): told in order, it reads better. */
  readonly extraStory: number;
  /** Sentences beyond the first otherwise: they must add something to beat one. */
  readonly extraOther: number;
  /** Too short to say anything alone (a table header, a caption). */
  readonly short: number;
  /** 1 / (1 + the passage's retrieval rank). */
  readonly rankInv: number;
  /** The passage's retrieval score relative to the first passage's. */
  readonly retrieval: number;
}

export type WindowFeatureName = keyof WindowFeatures;
export const WINDOW_FEATURE_NAMES: readonly WindowFeatureName[] = ['alone', 'withHeading', 'typedFigure', 'typedOther', 'leansBack', 'heading', 'extraStory', 'extraOther', 'short', 'rankInv', 'retrieval'];
export type WindowWeights = Readonly<Record<WindowFeatureName, number>>;

/**
 * The hand-set score the fit starts from. It stays the window's coverage, which the
 * answerability model and the answer's slack thresholds read (they were fitted and chosen on
 * it); the fitted weights only order the windows.
 */
export const COVERAGE_WEIGHTS: WindowWeights = { alone: 0.6, withHeading: 0.4, typedFigure: 0.15, typedOther: 0.15, leansBack: -0.08, heading: -0.2, extraStory: 0.02, extraOther: -0.02, short: -0.2, rankInv: 0, retrieval: 0 };

export function windowScore(features: WindowFeatures, weights: WindowWeights = WINDOW_WEIGHTS): number {
  let score = 0;
  for (const name of WINDOW_FEATURE_NAMES) score += weights[name] * features[name];
  return score;
}

/** One question's windows, each marked whether it holds what a correct answer must say. */
export interface LabelledWindows {
  readonly windows: readonly { readonly features: WindowFeatures; readonly holds: boolean }[];
}

/**
 * Fits the weights by maximising, over the questions, the softmax probability of the windows
 * that hold the answer (a listwise objective: only the order within a question matters), with a
 * little L2, starting from `start`. Questions whose windows are all right or all wrong teach
 * nothing and are skipped. Pure: the same input gives the same weights.
 */
export function fitWindowWeights(questions: readonly LabelledWindows[], start: WindowWeights, options: { iterations?: number; rate?: number; l2?: number } = {}): WindowWeights {
  const { iterations = 400, rate = 0.5, l2 = 0.001 } = options;
  const useful = questions.filter((q) => q.windows.some((w) => w.holds) && q.windows.some((w) => !w.holds));
  // The softmax needs a sharper scale than coverage units: fit on a scale, then bring it back.
  const SCALE = 10;
  const theta = WINDOW_FEATURE_NAMES.map((n) => start[n] * SCALE);
  const vector = (f: WindowFeatures) => WINDOW_FEATURE_NAMES.map((n) => f[n]);
  const rows = useful.map((q) => q.windows.map((w) => ({ x: vector(w.features), holds: w.holds })));
  for (let it = 0; it < iterations && rows.length > 0; it++) {
    const gradient = theta.map(() => 0);
    for (const windows of rows) {
      const z = windows.map((w) => w.x.reduce((s, v, k) => s + v * theta[k]!, 0));
      const top = Math.max(...z);
      const e = z.map((v) => Math.exp(v - top));
      const all = e.reduce((a, b) => a + b, 0);
      const right = windows.reduce((s, w, i) => s + (w.holds ? e[i]! : 0), 0);
      windows.forEach((w, i) => {
        const share = e[i]! / all - (w.holds ? e[i]! / right : 0);
        for (let k = 0; k < theta.length; k++) gradient[k] = gradient[k]! + share * w.x[k]!;
      });
    }
    for (let k = 0; k < theta.length; k++) theta[k] = theta[k]! - (rate * gradient[k]!) / rows.length - l2 * theta[k]!;
  }
  const coverageScale = theta[0]! + theta[1]!;
  const scale = coverageScale > 0 ? coverageScale : SCALE;
  return Object.fromEntries(WINDOW_FEATURE_NAMES.map((n, k) => [n, Number((theta[k]! / scale).toFixed(3))])) as Record<WindowFeatureName, number>;
}
