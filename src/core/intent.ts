/**
 * Where plain text goes: a question about the reports (`ask`) or a request for counterparts
 * (`match`). A request asks Musubi to find, suggest or judge a partner, counterpart, program or
 * organisation for the speaker ("which US city could partner with our town?", "姉妹都市を探して
 * います"); a question asks what the reports say ("How did Rikuzentakata and Crescent City become
 * sister cities?", "Which organisations does the report recommend?"). The cues are general —
 * what is sought, a seeking verb, advice modals with the speaker as a party — not sentences.
 */
import { looksLikeRequest, unlikeAnyRequest } from './intent-model.js';

/** What kind of counterpart is talked about (a partner request must name one). */
const COUNTERPART_EN =
  /\b(partners?|partnering|partnerships?|counterparts?|sister[- ]?(cit(y|ies)|states?|schools?|prefectures?|towns?|regions?)|twin(ned)?[- ]towns?|friendship[- ]cit(y|ies)|programs?|programmes?|schemes?|organi[sz]ations?|associations?|societ(y|ies)|universit(y|ies)|schools?|cit(y|ies)|towns?|villages?|municipalit(y|ies)|count(y|ies)|prefectures?|states?|regions?|peers?|exchanges?|who can help|networks?|countr(y|ies)|abroad|overseas|compan(y|ies)|businesses|links|ties|connections)\b/i;
const COUNTERPART_JA = /姉妹|米国|アメリカ|合衆国|助成|補助|奨学|支援|ネットワーク|海外|途上国|外国|現地|企業|会社|友好都市|交流(相手|先)|提携(先|相手)|連携(先|相手)|協力(先|相手)|相手(都市|先|国|方)?|パートナー|プログラム|事業|制度|団体|組織|機関|協会|大学|学校|都市|自治体|まち|町|市|県|州/;

/** The nouns of partnership itself: a wish for one is a partner request whoever wishes it. */
const STRICT_PARTNER_EN = /\b(partners?|partnerships?|counterparts?|sister[- ]?(cit(y|ies)|states?|schools?|prefectures?|towns?)|twin(ned)?[- ]towns?|friendship[- ]cit(y|ies)|business links|exchange partners?)\b/i;

/** A requester described in the third person: "A city in Oregon wants…", "A Japanese town recovering from a tsunami wants…". */
const REQUESTER_EN = /^\s*(a|an|our|my|one)\s+([\w-]+\s+){0,3}(town|city|village|county|prefecture|state|university|college|school|association|society|ngo|nonprofit|company|organi[sz]ation|office|district|region)\b/i;
/** "How does the ministry help…?", "Why did…?" — asking how things are, not for a partner. */
const FACT_FORM_EN = /^\s*(how|why|when|where)\s+(does|do|did|is|are|was|were|has|have|had)\b/i;

/** Asking Musubi to look for or propose something. */
const SEEKING_EN =
  /\b(find|suggest|recommend|propose|introduce|identify|match (us|me|our)|pair (us|me)|connect (us|me)|looking for|look(ing)? (for|into)|search(ing)? for|seek(ing)?|ideas? (for|on)|options? for|any (good )?(ideas|suggestions|recommendations)|help (us|me) (find|choose|pick|connect|partner|start|set up))\b/i;
const SEEKING_JA = /探し|探す|探せ|見つけ|紹介して|紹介し(てほしい|てください|てもらえ)|提案して|提案し(てほしい|てください)|おすすめ|お勧め|オススメ|どこ(が|か)(いい|良い|よい|おすすめ)|(合う|向いて(いる|る)|ふさわしい|適した|よさそうな|良さそうな)|候補(を|は|が)|(相手|候補|パートナー|プログラム|団体|制度|事業|機会|仕組み|助成金?|補助金?|奨学金|支援策)(は|が|って)?(あります|ありません|ない(でしょう|です)?か)|(使える|利用できる|活用できる|応募できる|申請できる)/;

/** Advice modals, with the speaker as a party: "which city could partner with our town?". */
const ADVICE_EN = /\b(could|should|would|might|can|best|good (fits?|match(es)?|partners?)|suitable|fits?)\b/i;
/** Asking who would be a good partner, whoever asks: "Who are good partners for a small fishing town?" */
const GOOD_PARTNER_EN = /\b(good|best|suitable|ideal|right|promising|possible|potential)\s+(\w+\s+)?(partners?|counterparts?|sister[- ]?(cit(y|ies)|states?|schools?))\b/i;
const SPEAKER_EN = /\b(we|us|our|ours|we're|we've|my|i|i'm)\b/i;
/** Wanting to do something with a counterpart: "we want to partner with…", "交流したい". */
const WANTING_EN = /\b(wants?|wanted|would like|wish(es)?|hopes?|plan(s|ning)?|interested in|needs?)\b/i;
const WANTING_JA_SPECIFIC = /(交流|提携|連携|協力|締結|派遣|受け入れ|交換|協働)(を|が)?(し)?たい|結びたい|始めたい|つながりたい|繋がりたい|組みたい|会わせたい|送りたい|(相手|パートナー|候補)が(欲しい|ほしい)/;
/** Any wish ("〜たい"), except wanting to know: "知りたい", "確認したい" ask about the reports. */
const WANTING_JA = /[りしきびみちいえけげせてねべめれ]たい|たく(て|、)|ほしい|欲しい/;
const KNOWING_JA = /(知り|聞き|確認し|調べ|読み|理解し|把握し|教えてもらい|わかり|分かり)たい/;
const SPEAKER_JA = /私たち|わたしたち|私ども|うち(の|で|は)|当市|本市|当町|本町|当村|本村|当県|本県|我々|われわれ|わが|弊社|当団体|当協会|本学|当大学/;

/** The text asks what a document says: a question about the reports, whatever else it names. */
const ABOUT_DOCUMENT = /\b(reports?|documents?|action plan|white paper|the (survey|study)|the paper|culcon|according to)\b|報告書|報告|レポート|白書|調査|行動計画|アクションプラン|によると|では何/i;

/** Past facts: "how did … become", "when did they sign". */
const PAST_FACT_EN = /\b(did|was|were|has been|had|became|began|started|signed|history)\b/i;
/** "Which Japanese city could be a second sister city for Findlay?" — asking what would fit. */
const WOULD_FIT_EN = /^\s*(which|what|who|any)\b[^.?!]*\b(could|would|should|might)\b/i;
/** "Which organisation links the sister-city associations of a whole country?" — asking which one does it now. */
const WHICH_DOES_EN = /^\s*(which|what)\s+(organi[sz]ations?|programs?|programmes?|groups?|associations?|schemes?|bodies|networks?|funds?)\s+(can|could|helps?|supports?|connects?|funds?|offers?|brings?|links?|matches?|sends?|places?|trains?)\b/i;
/** "学べるプログラムは？", "まとめる組織は？" — a relative clause before the kind asked for. */
const WHICH_DOES_JA = /[るいえ](ような)?(プログラム|制度|団体|組織|機関|事業|相手|都市|大学|パートナー|ネットワーク|助成金?|奨学金)(は|って)?(どこ|何|なに)?(ですか|でしょうか)?[?？]?\s*$/;
const PAST_FACT_JA = /いつ|どうやって|きっかけ|経緯|なぜ|どのように始ま|始まった|結んだ|締結した|だった/;

export type Intent = 'ask' | 'match';

/**
 * Decides where plain text goes: the cue rules first, then the learned model where its evidence is
 * strong either way — a text no cue sends to matching goes there only above every cross-validated
 * question's evidence, and a text the cues match is answered only below every cross-validated
 * request's (both thresholds fitted by eval/fit-intent.ts).
 *
 * @example intentOf('Which US city could partner with our town?') // 'match'
 * @example intentOf('How did Rikuzentakata and Crescent City become sister cities?') // 'ask'
 */
export function intentOf(text: string): Intent {
  if (cueIntent(text) === 'match') return unlikeAnyRequest(text) ? 'ask' : 'match';
  return looksLikeRequest(text) ? 'match' : 'ask';
}

/** What the cue rules alone say: 'ask' or 'match', or null when none of them fires. */
export function cueIntent(text: string): Intent | null {
  if (ABOUT_DOCUMENT.test(text) || FACT_FORM_EN.test(text)) return 'ask';
  const en = COUNTERPART_EN.test(text);
  const ja = COUNTERPART_JA.test(text);
  if (en && SEEKING_EN.test(text)) return 'match';
  if (GOOD_PARTNER_EN.test(text) && !PAST_FACT_EN.test(text)) return 'match';
  if (en && (WOULD_FIT_EN.test(text) || WHICH_DOES_EN.test(text)) && !PAST_FACT_EN.test(text)) return 'match';
  if ((STRICT_PARTNER_EN.test(text) || (en && REQUESTER_EN.test(text))) && WANTING_EN.test(text) && !PAST_FACT_EN.test(text)) return 'match';
  if (en && SPEAKER_EN.test(text) && ADVICE_EN.test(text) && !PAST_FACT_EN.test(text)) return 'match';
  if (en && SPEAKER_EN.test(text) && WANTING_EN.test(text) && !PAST_FACT_EN.test(text)) return 'match';
  if (ja && SEEKING_JA.test(text) && !PAST_FACT_JA.test(text)) return 'match';
  if (ja && (WANTING_JA_SPECIFIC.test(text) || (WANTING_JA.test(text) && !KNOWING_JA.test(text))) && !PAST_FACT_JA.test(text)) return 'match';
  if (WHICH_DOES_JA.test(text) && !PAST_FACT_JA.test(text)) return 'match';
  if (ja && SPEAKER_JA.test(text) && /(どこ|どの|何か|なにか)/.test(text) && !PAST_FACT_JA.test(text)) return 'match';
  return null;
}

/** Leading words of a follow-up that changes a request: "what about…", "and in Oregon?", "他に…", "…なら". */
const REFINEMENT_LEAD = /^(what about|how about|and|or|but|instead|only|what if|any|maybe|also|now|then|same|similar)\b|^(あと|では|じゃあ|それなら|代わりに|ほかに|他に|もっと|もう少し)|(なら|だったら|ではどう|はどう|は？|は\?)[?？]?\s*$/i;
/** What a refinement changes: the place, the kind, the size, the country, the theme's setting. */
const REFINEMENT_TARGET_EN = /\b(in|from|near|around) [A-Z][a-z]+|\b(cit(y|ies)|towns?|villages?|count(y|ies)|states?|prefectures?|regions?|programs?|programmes?|organi[sz]ations?|associations?|universit(y|ies)|schools?|smaller|larger|bigger|coastal|rural|urban|inland|japanese|american|us|usa|japan|america|ones?)\b/i;
const REFINEMENT_TARGET_JA = /[都道府県州市町村]|プログラム|団体|組織|大学|学校|小さ|大き|沿岸|海沿い|山間|農村|都市|アメリカ|米国|日本/;
const FACT_QUESTION = /\b(when|what year|which year|how many|how much|why|who (signed|founded|started)|did|was|were)\b|いつ|何年|なぜ|どうして|何人|いくら|きっかけ|経緯/i;

/**
 * A plain-text follow-up that refines the previous partner request ("What about smaller towns
 * in Oregon?", "プログラムなら？") rather than asking about the reports. Only meaningful when the
 * previous reply in the thread was a list of suggestions.
 *
 * @example refinesRequest('What about smaller towns in Oregon?') // true
 * @example refinesRequest('And in which year did they sign it?') // false
 */
export function refinesRequest(text: string): boolean {
  const t = text.trim();
  if (t.length > 120 || FACT_QUESTION.test(t) || ABOUT_DOCUMENT.test(t)) return false;
  return REFINEMENT_LEAD.test(t) && (REFINEMENT_TARGET_EN.test(t) || REFINEMENT_TARGET_JA.test(t));
}
