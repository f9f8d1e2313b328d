/**
 * Which question sets play which part. Every set was written by someone other than the code's
 * author; a frozen set is scored in aggregate only, once per candidate change, and retires to a
 * dev set once it has been read question by question (a new frozen set replaces it).
 */

/**
 * The frozen sets: never read by a fit, never read question by question. qa-frozen-8 to
 * qa-frozen-11 were written 2026-12-02, qa-frozen-13 at the start of session 20 (seed 1313) and qa-frozen-14 at its end (seed 1414,
 * scored only untuned and on the final tree), qa-frozen-15 at the start of session 21 (seed 1515) and qa-frozen-16 at the start of session 22 (seed 161616; its draw, build and verify scripts in qa-frozen-16-files/) and qa-frozen-18 at the start of session 24 (50 questions, seed 181818; scripts in qa-frozen-18-files/), each by a helper that never saw the code. qa-frozen-5 to
 * qa-frozen-7 were scored about fifteen times in aggregate and read question by question in
 * session 19, qa-frozen-12 (written at the end of session 19) in session 20: they are dev sets now.
 */
export const FROZEN_QA: ReadonlySet<string> = new Set(['frozen-8', 'frozen-9', 'frozen-10', 'frozen-11', 'frozen-13', 'frozen-14', 'frozen-15', 'frozen-16', 'frozen-18']);

/**
 * Kept out of every fit besides the frozen set, so a change can be checked on a set it was not
 * fitted on: qa-frozen-4, retired to dev on 2026-12-01.
 */
export const CHECK_QA = 'frozen-4';

/**
 * Sets written from randomly drawn passages by helpers who never saw the code: they look most
 * like users' questions, so thresholds are chosen on them.
 */
export const FRESH_QA: ReadonlySet<string> = new Set(['calibration-2', 'dev-7', 'frozen-1', 'frozen-3', 'frozen-5', 'frozen-6', 'frozen-7', 'frozen-12']);
