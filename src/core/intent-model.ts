/**
 * A second opinion on where plain text goes, learned from data: a naive Bayes model over the
 * text's index tokens (English word stems, Japanese character bigrams), fitted by
 * eval/fit-intent.ts on the labelled question and request sets (the frozen ones excluded), which
 * writes intent-weights.ts. The cue rules of ./intent.ts decide first; the model sends to
 * matching a text they would answer as a question when its evidence for a request is strong, and
 * answers a text they would match when its evidence is far below any request's.
 */
import { normaliseForIndex } from '../knowledge/normalise.js';
import { tokenize } from '../retrieval/tokenizer.js';
import { INTENT_WEIGHTS } from './intent-weights.js';

export interface IntentModel {
  /** log P(token | request) − log P(token | question), for the tokens that tell them apart. */
  readonly logOdds: Readonly<Record<string, number>>;
  /** The summed log-odds above which a text is taken for a request. */
  readonly threshold: number;
  /**
   * The summed log-odds below which a text the cue rules send to matching is answered as a
   * question instead: under every cross-validated request the rules match, so no such request is lost.
   */
  readonly vetoBelow: number;
}

export const intentTokens = (text: string): string[] => [...new Set(tokenize(normaliseForIndex(text)))];

/** Summed log-odds of a text being a partner request (positive: more like a request). */
export function requestEvidence(text: string, model: IntentModel = INTENT_WEIGHTS): number {
  let z = 0;
  for (const t of intentTokens(text)) z += model.logOdds[t] ?? 0;
  return z;
}

export function looksLikeRequest(text: string, model: IntentModel = INTENT_WEIGHTS): boolean {
  return requestEvidence(text, model) > model.threshold;
}

/** A text the cue rules take for a request whose words are unlike any request's: a question after all. */
export function unlikeAnyRequest(text: string, model: IntentModel = INTENT_WEIGHTS): boolean {
  return requestEvidence(text, model) < model.vetoBelow;
}

/**
 * Fits the log-odds with add-one smoothing over document frequencies (a token counts once per
 * text), keeping tokens seen in at least `minCount` texts. Pure.
 */
export function fitIntentModel(texts: readonly { text: string; request: boolean }[], minCount = 3): Record<string, number> {
  const df = { request: new Map<string, number>(), question: new Map<string, number>() };
  let nRequest = 0;
  let nQuestion = 0;
  for (const { text, request } of texts) {
    const side = request ? df.request : df.question;
    if (request) nRequest++;
    else nQuestion++;
    for (const t of intentTokens(text)) side.set(t, (side.get(t) ?? 0) + 1);
  }
  const out: Record<string, number> = {};
  for (const t of new Set([...df.request.keys(), ...df.question.keys()])) {
    const r = df.request.get(t) ?? 0;
    const q = df.question.get(t) ?? 0;
    if (r + q < minCount) continue;
    // Bernoulli naive Bayes evidence of the token's presence, smoothed.
    out[t] = Math.log((r + 1) / (nRequest + 2)) - Math.log((q + 1) / (nQuestion + 2));
  }
  return out;
}
