/**
 * One answerability decision instead of a stack of gates: a few general signals of how well
 * the best passages answer the question, combined by a logistic model whose weights were
 * fitted on labelled questions (eval/fit-answerability.ts writes answerability-weights.ts).
 * The result is a confidence in 0..1: below `refuseBelow` Musubi says the reports do not
 * cover the question, below `lowBelow` it answers and says the confidence is low.
 */
import type { Language } from '../core/types.js';
import { ANSWERABILITY_WEIGHTS } from './answerability-weights.js';

/** What the decision looks at, each in 0..1 unless noted. */
export interface AnswerSignals {
  /** Share of the question's weighted content the best read passage covers. */
  readonly coverage: number;
  /** Score of the best answer window (coverage with bonuses; may exceed 1). */
  readonly window: number;
  /** Share of the question the best window covers by its own words. */
  readonly alone: number;
  /** 1 when a window states the kind of fact asked for (a date for "when"), or nothing specific is asked. */
  readonly typed: number;
  /** Share of the question's names and numbers that no read passage mentions. */
  readonly missing: number;
  /** Relative gap between the first and the second retrieval score. */
  readonly margin: number;
  /** For "how many" questions: 1 when a quoted figure counts what is asked, 0.5 something else, 0 nothing (1 otherwise). */
  readonly counted: number;
  /** The largest share of the question one missing concept makes up, in the best passage. */
  readonly gap: number;
  /** The same in the answer's first window (with its heading). */
  readonly windowGap: number;
}

export type SignalName = keyof AnswerSignals;
export const SIGNAL_NAMES: readonly SignalName[] = ['coverage', 'window', 'alone', 'typed', 'missing', 'margin', 'counted', 'gap', 'windowGap'];

export interface AnswerabilityThresholds {
  /** Chosen on labelled data so that few answerable questions are refused. */
  readonly refuseBelow: number;
  readonly lowBelow: number;
}

export interface AnswerabilityModel extends AnswerabilityThresholds {
  readonly bias: number;
  readonly weights: Readonly<Record<SignalName, number>>;
  /**
   * Thresholds per question language: an English question reaches the Japanese reports through a
   * dictionary and covers less of itself, so the same confidence means more in English.
   */
  readonly byLanguage?: Readonly<Partial<Record<Language, AnswerabilityThresholds>>>;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function confidenceOf(signals: AnswerSignals, model: AnswerabilityModel = ANSWERABILITY_WEIGHTS): number {
  let z = model.bias;
  for (const name of SIGNAL_NAMES) z += model.weights[name] * signals[name];
  return sigmoid(z);
}

export type AnswerabilityVerdict = 'answer' | 'low-confidence' | 'refuse';

export function verdictOf(confidence: number, model: AnswerabilityModel = ANSWERABILITY_WEIGHTS, language?: Language): AnswerabilityVerdict {
  const t = (language && model.byLanguage?.[language]) || model;
  if (confidence < t.refuseBelow) return 'refuse';
  return confidence < t.lowBelow ? 'low-confidence' : 'answer';
}

/**
 * Fits the logistic model by gradient descent with a little L2 (the signals are few and on
 * similar scales, so no standardisation is needed). Pure: the same rows give the same weights.
 */
export function fitAnswerability(rows: readonly { signals: AnswerSignals; answerable: boolean }[], options: { iterations?: number; rate?: number; l2?: number } = {}): Pick<AnswerabilityModel, 'bias' | 'weights'> {
  const { iterations = 4000, rate = 0.5, l2 = 0.01 } = options;
  let bias = 0;
  const w: Record<SignalName, number> = Object.fromEntries(SIGNAL_NAMES.map((n) => [n, 0])) as Record<SignalName, number>;
  // Classes are weighted equally, so a set with few unanswerable questions does not push the model to always answer.
  const positives = rows.filter((r) => r.answerable).length;
  const negatives = rows.length - positives;
  for (let it = 0; it < iterations; it++) {
    let gBias = 0;
    const g: Record<SignalName, number> = Object.fromEntries(SIGNAL_NAMES.map((n) => [n, 0])) as Record<SignalName, number>;
    for (const { signals, answerable } of rows) {
      let z = bias;
      for (const n of SIGNAL_NAMES) z += w[n] * signals[n];
      const classWeight = answerable ? rows.length / (2 * Math.max(1, positives)) : rows.length / (2 * Math.max(1, negatives));
      const err = (sigmoid(z) - (answerable ? 1 : 0)) * classWeight;
      gBias += err;
      for (const n of SIGNAL_NAMES) g[n] += err * signals[n];
    }
    bias -= (rate * gBias) / rows.length;
    for (const n of SIGNAL_NAMES) w[n] -= rate * (g[n] / rows.length + l2 * w[n]);
  }
  return { bias, weights: w };
}
