/**
 * What kind of fact a question asks for (a year, a number, a reason, an origin), so that a
 * sentence carrying that kind of fact is preferred as the answer.
 */

export type AnswerType = 'year' | 'number' | 'reason' | 'origin' | 'definition' | 'other';

const PATTERNS: ReadonlyArray<[AnswerType, RegExp]> = [
  ['origin', /\bhow did\b.*\b(begin|start|get started|come about|originate)\b|\borigins?\b|\bhow .* (began|started)\b|きっかけ|始まり|始まった|どうやって始|なれそめ|馴れ初め/i],
  ['year', /\bwhen\b|\bwhat year\b|\bwhich year\b|\bsince when\b|いつ|何年に|何年から|何年|何月/i],
  ['number', /\bhow (many|much|old|long)\b|\bwhat ages?\b|\bage limits?\b|\bnumber of\b|\bwhat (percentage|share|proportion)\b|何人|何名|いくつ|いくら|どれくらい|どのくらい|どれほど|何件|何か国|何カ国|何周年|何本|何校|何倍|何%|割合|人数|金額/i],
  ['reason', /\bwhy\b|\breasons?\b|\bbecause\b|なぜ|どうして|理由|背景/i],
  ['definition', /^\s*(what (is|are)\b|what does .* do\b|tell me about\b|who (is|are)\b)|とは[?？]?\s*$|ってなに|って何|ってなん|について教えて|とは何|とはなに/i],
];

const EVIDENCE: Record<Exclude<AnswerType, 'other'>, RegExp> = {
  year: /(1[89]|20)\d{2}\s*年|\b(1[89]|20)\d{2}\b/,
  number: /\d/,
  reason: /ため|理由|背景|から、|による|により|ことから|きっかけ/,
  origin: /きっかけ|始まり|最初|初めて|発端|由来|起源|始ま/,
  // A defining sentence: "X（…）は、…である" / "…とは…".
  definition: /である|とは|は、[^。]{10,}/,
};

export function answerTypeOf(question: string): AnswerType {
  return PATTERNS.find(([, re]) => re.test(question))?.[0] ?? 'other';
}

/** Whether a sentence carries the kind of fact asked for. */
export function carriesAnswerType(type: AnswerType, sentence: string): boolean {
  return type === 'other' ? false : EVIDENCE[type].test(sentence.normalize('NFKC'));
}
