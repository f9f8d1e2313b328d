/**
 * What kind of fact a question asks for (a year, a number, a reason, an origin), so that a
 * sentence carrying that kind of fact is preferred as the answer.
 */
import { ENGLISH_STOPWORDS } from '../retrieval/stopwords.js';

export type AnswerType = 'year' | 'number' | 'person' | 'reason' | 'origin' | 'list' | 'definition' | 'other';

const PATTERNS: ReadonlyArray<[AnswerType, RegExp]> = [
  // "What does the Bluebook say about the number of visitors?" asks for what is said, figure or not.
  ['other', /^\s*what (do|does|did) .* (say|says|write|mention|report) about\b|について(何と|なんと|どう)(書|言|述)/i],
  ['origin', /\bhow did\b.*\b(begin|start|get started|come about|originate|become|come to|get (to|into)|end up|meet)\b|\bhow .* got (started|going|together)\b|どういう経緯|どんな経緯|いきさつ|経緯|\borigins?\b|\bhow .* (began|started)\b|きっかけ|始まり|始まった|どうやって始|なれそめ|馴れ初め|生まれた|誕生した|起源|由来/i],
  ['year', /\bwhen\b|\bwhat year\b|\bwhich year\b|\bsince when\b|いつ|何年に|何年から|何年|何月/i],
  ['number', /\bhow (many|much|old|long|large|big)\b|\btotal (value|amount|sum|cost|number)\b|\bwhat ages?\b|\bage limits?\b|\bnumber of\b|\bwhat (percentage|share|proportion)\b|何人|何名|いくつ|いくら|どれくらい|どのくらい|どれほど|何件|何か国|何カ国|何周年|何本|何校|何倍|何期|何%|割合|人数|金額/i],
  // "Who is the mayor of…", "who heads…": a role held by a person, answered by a name.
  ['person', /\bwho (is|was|are|were)\b.*\b(ambassador|mayor|governor|president|chair(man|woman|person)?|head|director|minister|leader|ceo|founder|secretary[- ]general|co-?chairs?)\b|\bwho (heads|headed|leads|led|chairs|chaired|co-?chaired|founded|runs|ran)\b/i],
  // Several items asked for at once: "what are the priority fields", "list…", 「どんな…がある」「挙げて」.
  ['list', /^\s*(what|which) (are|were) (the |some |its |their )?(main |key |major |priority |four |three |five )?[a-z -]+s\b(?! of\b)|\blist\b|\bname (the|some)\b|\bexamples of\b|\bwhat kinds? of\b|\bwhat sorts? of\b|挙げ|どんな[^？?]*(が|を)?(ある|あります|いる)|どのような[^？?]*(がある|があります|を挙げ)|何があ|なにがあ|一覧|主な[^？?]*(は|を)/i],
  ['reason', /\bwhy\b|\breasons?\b|\bbecause\b|なぜ|どうして|理由|背景/i],
  ['definition', /^\s*(what (is|are)\b|what does .* do\b|tell me about\b|who (is|are)\b)|とは[?？]?\s*$|ってなに|って何|ってなん|について教えて|とは何|とはなに/i],
];

const EVIDENCE: Record<Exclude<AnswerType, 'other'>, RegExp> = {
  // A year, an era year, or a month and day ("10月30日").
  year: /(1[89]|20)\d{2}\s*年|\b(1[89]|20)\d{2}\b|(令和|平成|昭和)\s*(\d+|元)\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月/,
  number: /\d/,
  // A name with an honorific, a kanji name with its title, or a romanised full name.
  person: /[\u4e00-\u9fff\u30a0-\u30ff・]{2,}(氏|さん|様)|[\u4e00-\u9fff]{2,4}(前|元|現)?(知事|市長|町長|議長|会長|理事長|大使|局長|総裁|社長|学長|教授|所長|大臣)|\b[A-Z][a-z]+ [A-Z][a-z]+\b/,
  reason: /ため|理由|背景|から、|による|により|ことから|きっかけ/,
  origin: /きっかけ|始まり|最初|初めて|発端|由来|起源|始ま/,
  // Items: a bullet, a numbered item, or an enumeration with 、 or ・.
  list: /[・●○■◆①-⑳]|[、，][^、。]{1,20}[、，]|\(\d\)|（\d）/,
  // A defining sentence: "X（…）は、…である" / "…とは…".
  definition: /である|とは|は、[^。]{10,}/,
};

export function answerTypeOf(question: string): AnswerType {
  return PATTERNS.find(([, re]) => re.test(question))?.[0] ?? 'other';
}

/** Years and dates: figures that date a sentence, not the count "how many" asks for. */
const DATES = /(1[89]|20)\d{2}\s*(年度?|年代)?|\d{1,2}\s*月(\s*\d{1,2}\s*日)?|(令和|平成|昭和)\s*(\d+|元)\s*年/g;

/**
 * The counter a "how many" question expects next to the figure: "how many students" is
 * answered by "35 人", not by "2 年後". Null when the question names no countable unit.
 */
const COUNTERS: ReadonlyArray<[RegExp, RegExp]> = [
  [/\bhow many (people|persons|students|participants|members|volunteers|residents|citizens|visitors|tourists|staff|employees|workers|teachers|trainees|children|mayors|delegates|alumni|japanese|americans)\b|何人|何名|人数/i, /\d[\d,.]*\s*(万\s*)?(人|名)|\d[\d,.]*\s*(people|persons)/i],
  [/\bhow many (companies|firms|businesses|corporations)\b|何社/i, /\d[\d,.]*\s*(社|企業)/],
  [/\bhow many (countries|nations)\b|何か国|何カ国|何ヵ国/i, /\d[\d,.]*\s*(以上|超|余り)?\s*(か国|カ国|ヵ国|ヶ国)|\d[\d,.]*\s*(以上|超)?\s*の[^\d。]{0,6}国/],
  [/\bhow many (years|decades)\b|\bhow long\b|何年間|何年目/i, /\d[\d,.]*\s*(年|周年|years?)/i],
  [/\bhow many times\b|何回|何度/i, /\d[\d,.]*\s*(回|度)/],
  [/\bhow many terms\b|何期/i, /\d[\d,.]*\s*期/],
  [/\bhow many (tonnes|tons)\b|何トン/i, /\d[\d,.]*\s*(トン|t\b)/i],
  [/\bhow much money\b|\btotal (value|amount|sum|cost)\b|\bhow much (did|does|do|is|was|were|are)\b.*\b(cost|spend|spent|raise|raised|pay|paid|invest|invested|contribute|donate|donated)\b|いくら|金額/i, /\d[\d,.]*\s*(億|万|千)?\s*(円|ドル|米ドル|ユーロ)|\$\s*\d|\d[\d,.]*\s*(dollars|yen)/i],
];

/** A date of something still to come is stated as a plan: "2027年の施行に向けて", "開始予定". */
const FUTURE_QUESTION = /\bwhen will\b|\bwhen is .* (expected|scheduled|planned|due)\b|予定|見込み|いつから始まる/i;
const FUTURE_DATE = /(1[89]|20)\d{2}\s*年.{0,20}(予定|見込み|目指|目標|向け|までに|以降)|(予定|見込み|目標).{0,20}(1[89]|20)\d{2}/;

export function expectedCounter(question: string): RegExp | null {
  if (answerTypeOf(question) === 'year' && FUTURE_QUESTION.test(question)) return FUTURE_DATE;
  return COUNTERS.find(([asks]) => asks.test(question))?.[1] ?? null;
}

/** Whether a sentence carries the kind of fact asked for (with its counter, or as a plan for a future date). */
export function carriesAnswerType(type: AnswerType, sentence: string, counter: RegExp | null = null): boolean {
  if (type === 'other') return false;
  const text = sentence.normalize('NFKC');
  if (type === 'year' && counter) return counter.test(text);
  if (type !== 'number') return EVIDENCE[type].test(text);
  return counter ? counter.test(text) : EVIDENCE.number.test(text.replace(DATES, ' '));
}

/**
 * What a "how many" question counts, as typed: up to three words after "how many", ending at
 * the first function word ("how many member cities does…" → "member cities"), or the counter
 * after 何 (何団体 → 団体, 何人 → 人) or the noun after いくつの/何の. Null when it counts nothing
 * (or counts time: 何年, 何月 ask for a date).
 */
export function countedNoun(question: string): string | null {
  const en = /\bhow many ((?:[a-z][a-z-]*)(?: [a-z][a-z-]*){0,2})/i.exec(question);
  if (en) {
    const words: string[] = [];
    for (const w of en[1]!.toLowerCase().split(' ')) {
      if (ENGLISH_STOPWORDS.has(w)) break;
      words.push(w);
    }
    return words.length ? words.join(' ') : null;
  }
  const counter = /何([\u4e00-\u9fff\u30a0-\u30ffー]{1,3}?)(?=[がをはにのもくぐ、？?]|です|ある|あり|いる|い|くらい|ぐらい|程度|$)/.exec(question);
  if (counter && !/^(年|月|日|時)/.test(counter[1]!)) return counter[1]!;
  const noun = /(?:いくつ|何|どれくらい|どのくらい)の([\u4e00-\u9fff\u30a0-\u30ffー]{1,6})/.exec(question);
  return noun ? noun[1]! : null;
}
