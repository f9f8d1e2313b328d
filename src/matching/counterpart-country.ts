/**
 * Which of the countries a request names is the counterpart's, read from how each is said: a
 * country that qualifies the counterpart ("a partner in Norway", "a Japanese harbour town",
 * 「ロシアの都市と」「韓国と交流」) is wanted; one that only sets the scene ("Japan's longest river",
 * "we are a city in Japan") is not. The words are the closed grammar of asking for a partner.
 */

/** A counterpart noun after the country: "Japanese harbour town", "Swedish sister town", "a Chilean partner". */
const COUNTERPART_AFTER_EN = /^(?:'s|’s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:partners?|sister|counterparts?|cit(?:y|ies)|towns?|municipalit(?:y|ies)|ports?|prefectures?|provinces?|states?|villages?|count(?:y|ies)|communit(?:y|ies))\b/iu;
/** A counterpart noun before it: "a partner in Norway", "sister city in Brazil", "a town somewhere in Sweden". */
const COUNTERPART_BEFORE_EN = /\b(?:partners?|sister(?:[- ](?:city|cities|town|towns|state|prefecture))?|counterparts?|cit(?:y|ies)|towns?|municipalit(?:y|ies)|ports?|prefectures?|provinces?|villages?|communit(?:y|ies)|someone|somewhere|anywhere)\s+(?:\w+\s+){0,2}?(?:in|from|of)\s+(?:the\s+)?$/i;
/** Describing oneself ("we are a town in Japan", "our city in Japan"), unless a wish follows ("we're looking for a partner in Sweden"). */
const SELF_EN = /\b(?:we are|we're|i am|i'm|our|based|located)\b/gi;
const WISH_EN = /\b(?:looking for|look for|want|wants|like|seek|seeking|find|need|needs|interested in|hoping for|hope|propose|suggest|recommend)\b/i;

function describesSelf(sentence: string): boolean {
  const last = [...sentence.matchAll(SELF_EN)].at(-1);
  return last !== undefined && !WISH_EN.test(sentence.slice(last.index));
}

/** 「ロシアの都市」「スイスの湖畔の町」「韓国と交流」「ブラジルの姉妹都市」. */
const COUNTERPART_AFTER_JA = /^(?:の[^、。？?！!]{0,12}?(?:都市|自治体|市|町|村|州|省|港町|地域|姉妹都市|友好都市|パートナー|相手)|と(?:の)?(?:交流|提携|姉妹|友好|連携))/;
/** …unless what follows says it is the writer's own: 「ロシアの港町です」「日本の町にある」. */
const SELF_JA = /^[^、。？?]{0,16}?(?:です|である|にある|に住|から来|の職員|出身)/;

export function countriesWantedByGrammar(request: string, mentions: readonly { code: string; at: number; end: number }[]): string[] {
  const wanted = new Set<string>();
  for (const m of mentions) {
    const before = request.slice(Math.max(0, m.at - 60), m.at);
    const after = request.slice(m.end, m.end + 40);
    const english = COUNTERPART_AFTER_EN.test(after) || COUNTERPART_BEFORE_EN.test(before);
    if (english && !describesSelf(before.split(/[.!?;]/).at(-1) ?? '')) wanted.add(m.code);
    if (COUNTERPART_AFTER_JA.test(after) && !SELF_JA.test(after)) wanted.add(m.code);
  }
  return [...wanted];
}
