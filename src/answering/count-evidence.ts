/**
 * Whether a window states the count a "how many" question asks for: a figure followed closely
 * by what is counted — the question's own noun in the reports' words ("529,200件の製造業雇用"
 * for "how many jobs"), or the counter typed in a Japanese question (何団体 → "12団体"). A figure
 * with some other counter is half an answer; a window whose figures count nothing asked (a
 * date, a page number) is none. Measured as an answerability signal, since a passage about the
 * right subject that never counts the thing asked is the commonest way the reports do not answer.
 */
import { normaliseForIndex } from '../knowledge/normalise.js';
import { groupPresence, type IdfSource } from '../retrieval/coverage.js';
import type { TermGroup } from '../retrieval/query-analysis.js';
import { tokenize } from '../retrieval/tokenizer.js';

const FIGURE = /\d[\d,.]*/g;
/** How far after a figure its counted noun may stand ("55,212人", "467 件を超える都市間・州県間の提携"). */
const NOUN_REACH = 16;
/** Words between a figure and its counter: "300人以上", "20超の国". */
const QUALIFIER = /^\s*(万|千|百|億)?\s*(以上|超|余り|あまり|強|弱)?\s*/;
/**
 * Japanese counters (助数詞) and counted units: a closed grammatical class, so a figure followed by
 * one counts something.
 */
const COUNTER = /^(人|名|件|社|か国|カ国|ヵ国|ヶ国|校|団体|自治体|都市|市|町|村|回|機関|州|県|国|カ所|か所|箇所|本|台|点|組|チーム|世帯|施設|店舗|期|種類|項目|言語|分野)/;

/** 1 when a figure counts the asked noun, 0.5 when it counts something, 0 when no figure counts. */
export function countEvidence(window: string, noun: string, groups: readonly TermGroup[], idf: IdfSource): number {
  const text = normaliseForIndex(window);
  const japanese = /[\u3040-\u9fff]/.test(noun);
  const words = noun.split(' ');
  const group = japanese ? undefined : groups.find((g) => g.label.split(' ').some((w) => words.includes(w)));
  let best = 0;
  for (const m of text.matchAll(FIGURE)) {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + NOUN_REACH);
    const rest = after.replace(QUALIFIER, '');
    if (japanese ? rest.startsWith(noun) : group !== undefined && groupPresence(group, new Set(tokenize(after)), idf) > 0) return 1;
    if (COUNTER.test(rest)) best = 0.5;
  }
  return best;
}
