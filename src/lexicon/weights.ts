/**
 * How much a lexicon expansion counts — the one place these weights are decided. Every factor
 * comes from the dictionaries' own structure or from corpus statistics, never from a hand-picked
 * sense: a translation weighs 1 at most, and less when
 *
 * - it is a later sense of its headword (EDICT lists senses by frequency of use): sense 1 → 1,
 *   sense 2 → 0.7, later → 0.5; and a later gloss of its sense (the first gloss is the
 *   headword's closest English) → 0.85;
 * - the headword is not a common word (EDICT's `(P)`): × 0.8;
 * - the reports rarely use the Japanese form: among the translations of one English word, the
 *   form the reports use most is the likeliest meant (交流 in 156 passages over 換算 in 2, both
 *   "exchange"): × `corpusPrior(df)` = 0.6 + 0.4 · ln(1 + df) / ln(1 + N). How rare the form is
 *   *as evidence* is left to BM25's idf at query time, which already weighs it;
 * - the English word reaches many report words (its senses in the corpus): the concept it names
 *   is uncertain, so the whole group weighs `ambiguityFactor(k)` = k^-AMBIGUITY over the k forms kept.
 *
 * A phrase's confidence (best weight × ambiguity) scales its group in query analysis; each form's
 * weight relative to the best is its BM25 discount. Only forms within `KEEP_RATIO` of the best are
 * kept, at most `MAX_FORMS` (later ones count less in BM25, and let coverage see a passage that uses
 * a second translation). Synonyms (Sudachi): another spelling of the same lexeme weighs
 * `SAME_LEXEME`, a synonym `SYNONYM`; both stay below what was typed (1). Names (ENAMDICT) weigh
 * `NAME`; a gloss reached by its root rather than its stem weighs `DERIVED`, by one word of a
 * short gloss `PART`; a Japanese word reached from another through their shared English gloss
 * `PIVOT` × that gloss's weight; a word typed as its romaji reading `READING`. The constants were
 * chosen on the dev sets as a whole (eval/run.ts), never for a question.
 */

export const SENSE_WEIGHTS = [1, 0.7, 0.5] as const;
export const LATER_GLOSS = 0.85;
export const NOT_COMMON = 0.8;
export const KEEP_RATIO = 0.5;
export const MAX_FORMS = 8;
/** A pivot (Japanese → English → Japanese) keeps fewer, closer translations: two hops multiply noise. */
export const PIVOT_KEEP_RATIO = 0.7;
export const PIVOT_MAX_FORMS = 5;
export const SAME_LEXEME = 0.8;
export const SYNONYM = 0.6;
export const NAME = 0.9;
/** A gloss reached by its root, not its stem ("define" → "definition"): roots collide more. */
export const DERIVED = 0.8;
/** A word of a two- or three-word gloss reaching it ("total" → 総額, "total amount"). */
export const PART = 0.6;
/** A corpus word reached by its reading typed in romaji ("tabunka kyosei" → 多文化共生). */
export const READING = 0.9;
/** A Japanese word reached from another through a shared English gloss (生み出す → "create" → 創出). */
export const PIVOT = 0.5;
/** A Sudachi group's English member ("reason") reaching its Japanese members. */
export const SUDACHI_ENGLISH = 0.7;

export function senseWeight(sense: number, gloss: number): number {
  return (SENSE_WEIGHTS[Math.min(sense, SENSE_WEIGHTS.length - 1)] ?? 0.5) * (gloss === 0 ? 1 : LATER_GLOSS);
}

/** 1 for a form in every passage of the reports, 0.6 for one they never use. */
export function corpusPrior(df: number, passages: number): number {
  if (passages <= 1) return 1;
  return 0.6 + 0.4 * (Math.log(1 + Math.min(df, passages)) / Math.log(1 + passages));
}

/** Exponent of the ambiguity penalty: 1/k^AMBIGUITY over the k forms an English word reaches. */
export const AMBIGUITY = 0.25;

export function ambiguityFactor(forms: number, exponent = AMBIGUITY): number {
  return forms <= 1 ? 1 : forms ** -exponent;
}
