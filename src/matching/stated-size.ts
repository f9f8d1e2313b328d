/**
 * Sizes a request states, told apart by whose they are: the asker's own ("we are a town of
 * 30,000", 人口3万人の町です) or the partner's it wants ("a partner city of around 50,000",
 * 人口5万人くらいの都市と). A sister-city search scores candidates against the wanted size when
 * there is one, and against the asker's own otherwise.
 */

export interface StatedSizes {
  /** The asker's own population, as the request states it. */
  readonly own: number | null;
  /** The population the request wants its partner to have. */
  readonly wanted: number | null;
}

const QUALIFIER = '(?:about |around |approximately |some |roughly |nearly |over |under |almost |just over |just under |~\\s*)?';
/** English: "a city of 30,000", "population of about 120,000", "30k people", "pop ~15k". */
const ENGLISH = [
  new RegExp(`(?:(?:city|town|village|county|community|municipality|place|island|port|partner|one) of ${QUALIFIER}|population (?:of )?${QUALIFIER}|\\bpop\\.? ${QUALIFIER})(\\d[\\d,.]*)\\s*(k\\b|thousand|million)?(?: (?:people|residents|inhabitants))?`, 'gi'),
  /(\d[\d,.]*)\s*(k|thousand|million)?\s+(?:people|residents|inhabitants)\b/gi,
];
/** Japanese: 人口3万人, 人口約12万の市, 5万人規模, 2千人ほど. */
const JAPANESE = [/人口(?:は|が)?(?:約|およそ|おおよそ)?(\d[\d,.]*)(万|千)?(?:(\d)千)?人?/g, /(\d[\d,.]*)(万|千)人(?:規模|ほど|程度|くらい|ぐらい|前後|の)/g];

/** The asker speaks of itself: the nearest of these before a size makes it the asker's own. */
const OWN_CUES = /\b(?:we|we're|we are|our|us|i'm|i am|my|here)\b/gi;
/** The asker speaks of what it wants: the nearest of these before a size makes it the partner's. */
const WISH_CUES = /\b(?:partner|partners|counterpart|sister|friendship|twin|looking for|look for|seek|seeking|want|wants|would like|'d like|find|prefer|preferably|ideally|similar)\b/gi;
/** A Japanese size describing the noun a wish takes as its object or companion: 〜の都市と / 〜の町を / 〜の市がいい. */
const JA_WANTED_AFTER = /^(?:[^、。！？]{0,6}?)(?:の)?(?:都市|市|町|村|まち|自治体|ところ|所)(?:と|を|が(?:いい|良い|希望)|で(?:探|提携|交流)|はあ)/;
/** Japanese wish words that, before the size in the same clause, make it the partner's: 相手は人口5万人の… */
const JA_WANTED_BEFORE = /(?:相手|先方|パートナー|候補)(?:は|として|に|も)[^、。！？]*$/;

function valueOf(digits: string, multiplier: string | undefined): number | null {
  const v = Number(digits.replace(/,/g, ''));
  const m = multiplier?.toLowerCase();
  const n = m === 'million' ? v * 1e6 : m === 'k' || m === 'thousand' ? v * 1e3 : m === '万' ? v * 1e4 : m === '千' ? v * 1e3 : v;
  return Number.isFinite(n) && n >= 100 && n < 5e7 ? Math.round(n) : null;
}

/** The last match's end of a cue pattern in a text, or -1. */
function lastCue(text: string, cues: RegExp): number {
  let at = -1;
  for (const m of text.matchAll(cues)) at = m.index! + m[0].length;
  return at;
}

/** Whose is an English size: the nearer cue before it in its sentence decides; none means the asker's. */
function englishRole(before: string): 'own' | 'wanted' {
  const sentence = before.split(/[.!?;]\s/).pop() ?? before;
  return lastCue(sentence, WISH_CUES) > lastCue(sentence, OWN_CUES) ? 'wanted' : 'own';
}

function japaneseRole(before: string, after: string): 'own' | 'wanted' {
  const clause = before.split(/[。！？\n]/).pop() ?? before;
  return JA_WANTED_AFTER.test(after) || JA_WANTED_BEFORE.test(clause) ? 'wanted' : 'own';
}

export function statedSizes(text: string): StatedSizes {
  const t = text.normalize('NFKC');
  let own: number | null = null;
  let wanted: number | null = null;
  const seen = new Set<number>();
  const note = (role: 'own' | 'wanted', value: number | null) => {
    if (value === null) return;
    if (role === 'own') own ??= value;
    else wanted ??= value;
  };
  for (const re of JAPANESE) {
    for (const m of t.matchAll(re)) {
      if (seen.has(m.index!)) continue;
      seen.add(m.index!);
      // 1万2千: the thousands after the ten-thousands.
      const value = valueOf(m[1]!, m[2]);
      note(japaneseRole(t.slice(0, m.index), t.slice(m.index! + m[0].length)), value !== null && m[2] === '万' && m[3] ? value + Number(m[3]) * 1000 : value);
    }
  }
  for (const re of ENGLISH) {
    for (const m of t.matchAll(re)) {
      const start = m.index! + m[0].indexOf(m[1]!);
      if (seen.has(start)) continue;
      seen.add(start);
      // The words before the figure, the pattern's own ("partner city of") included.
      note(englishRole(t.slice(0, start)), valueOf(m[1]!, m[2]));
    }
  }
  return { own, wanted };
}
