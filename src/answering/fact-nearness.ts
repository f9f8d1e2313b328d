/**
 * How close a fact (a date, a figure) stands to what the question is about: a quote often holds
 * several ("graduated in 1870 … founded in 1904 … sister cities in 1959"), and the one asked for
 * sits among the question's own concepts. Each concept found in the quote counts by its rarity:
 * fully inside the fact's clause (between 、 and 。 — a date that stands alone before 、 dates the
 * clause after it), less the farther it is from that clause.
 */
import { groupImportance, type IdfSource } from '../retrieval/coverage.js';
import type { TermGroup } from '../retrieval/query-analysis.js';

/** A concept this many characters outside the fact's clause counts 1/e as much as half. */
const NEAR_CHARS = 30;
const CLAUSE_END = /[、。；;，,]/;
/** A clause this short after its fact (「1959 年、」) is an adverbial of the clause that follows. */
const BARE_CLAUSE = 8;

/** The clause a position stands in: from the delimiter before it to the one after. */
function clauseAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
  const next = (from: number) => {
    let e = from;
    while (e < text.length && !CLAUSE_END.test(text[e]!)) e++;
    return e;
  };
  let end = next(at);
  if (end - at < BARE_CLAUSE && end < text.length) end = next(end + 1);
  return { start, end };
}

/** `at` is a position in `sentence.normalize('NFKC')`, as the fact finders report it. */
export function nearness(sentence: string, at: number, groups: readonly TermGroup[], idf: IdfSource): number {
  const text = sentence.normalize('NFKC');
  // Tokens are searched in the text without whitespace (a line wrap can split a word), mapped back to positions.
  let squashed = '';
  const position: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    squashed += text[i]!.toLowerCase();
    position.push(i);
  }
  const clause = clauseAround(text, at);
  let score = 0;
  for (const group of groups) {
    let best = 0;
    for (const alternative of group.alternatives) {
      for (const token of alternative) {
        for (let k = squashed.indexOf(token); k >= 0; k = squashed.indexOf(token, k + 1)) {
          const p = position[k]!;
          const outside = p < clause.start ? clause.start - p : p >= clause.end ? p - clause.end + 1 : 0;
          best = Math.max(best, outside === 0 ? 1 : 0.5 * Math.exp(-outside / NEAR_CHARS));
        }
      }
    }
    score += groupImportance(group, idf) * best;
  }
  return score;
}

/** The facts ordered nearest first (the text's order among equals). */
export function nearestFirst<T extends { start: number }>(facts: readonly T[], sentence: string, groups: readonly TermGroup[], idf: IdfSource): T[] {
  const scored = facts.map((f, i) => ({ f, i, s: nearness(sentence, f.start, groups, idf) }));
  return scored.sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.f);
}
