/**
 * What one sentence of a team's chat does to the candidates it names: its cues (proposal,
 * agreement, decision, rejection, question), the clauses they govern, the names next to them and
 * the act each cue has on each name. Pure functions of the sentence; the summariser walks the
 * conversation with them.
 */
import { isOrdinaryEnglishWord } from '../bridge/english-words.js';
import { isOrdinaryKatakanaWord } from '../bridge/katakana-words.js';
import {
  AGREEMENT_CUES,
  CONTRAST_AFTER,
  CONTRAST_BEFORE_JA,
  DECISION_CUES,
  DEFERRAL_CUES,
  INTERJECTION,
  NEGATION,
  QUESTION_END_JA,
  QUESTION_MARK,
  REJECTION_CUES,
  RETENTION_CUES,
  SUGGESTION_CUES,
} from './cues.js';
import type { FoundName } from './name-finder.js';

export type Act = 'propose' | 'support' | 'decide' | 'reject' | 'ask';

/** Resolves a place name the knowledge does not list ("Elkton", "津山市") to its display name, or null. */
export type PlaceLookup = (text: string) => string | null;

/** Where a sentence's clauses break: "let's drop X and reach out to Y", "X は難しいが、Y にしましょう", a te-form joining two acts ("Xは見送って、Yにしましょう"). */
const CLAUSE_BREAK = /;|\s[-–—]\s|\s+and\s+(?=(the|their|our|its|they|it|there|his|her)\s)|,\s+(?=(but|and|so|then|let'?s|we|instead)\b)|\s+(and|but)\s+(?=(let'?s|we|reach|contact|go|apply|write|invite|drop|skip|ask|call|email|visit|start|try)\b)|、(?=(でも|しかし|ただ))|(?<=[てで])、|けど、?|けれど(も)?、?|ので、|が、/gi;
/** A "let's"/"we'll" sentence makes each of its action clauses a decision: "…and reach out to Tsuyama". */
const RESOLVE_MOOD = /\blet'?s\b|\bwe'?ll\b|\bwe will\b|\bwe should\b/i;
const ACTION_START = /^\s*(then\s+)?(reach out to|contact|go with|apply (to|for)|write to|invite|call|email|visit|partner with|start with|ask)\b/i;

/** A pronoun right after an English settling word ("drop it", "let's do that"), or a demonstrative right before a Japanese one (「それで行きましょう」). */
export function governedPronoun(sentence: string, cues: readonly Cue[]): { at: number; text: string } | null {
  for (const c of cues) {
    if (c.act !== 'decide' && c.act !== 'reject') continue;
    const inCue = /\b(it|that|this)$/i.exec(sentence.slice(c.at, c.end));
    if (inCue && !c.japanese) return { at: c.at + inCue.index, text: inCue[0] };
    const after = !c.japanese ? /^\s+(it|that one|this one|that|them)\b/i.exec(sentence.slice(c.end)) : null;
    if (after) return { at: c.end + after[0].length - after[1]!.length, text: after[1]! };
    const before = c.japanese ? /(それ|そちら|そっち|これ|こちら)(で|に|を|は)?\s*$/.exec(sentence.slice(0, c.at)) : null;
    if (before) return { at: before.index, text: before[1]! };
  }
  return null;
}

const OWN_CLAUSE_SUBJECT = /^\s*(the|their|our|its|they|it|there|his|her)\s/i;

export const clauseStartOf = (sentence: string, at: number) => clausesOf(sentence).find(([a, b]) => at >= a && at < b)?.[0] ?? 0;

/** The [start, end) spans of a sentence's clauses. */
function clausesOf(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    spans.push([start, m.index]);
    start = m.index + m[0].length;
  }
  spans.push([start, sentence.length]);
  return spans;
}

export interface Cue {
  readonly act: Act;
  readonly at: number;
  readonly end: number;
  readonly japanese: boolean;
  /** A settling act a question puts to the team ("…は見送りでよろしいでしょうか", "Shall we drop X?"). */
  readonly asked?: Act;
}

export const isJapanese = (s: string) => /[\u3040-\u9fff]/.test(s);

/** Katakana as hiragana, one character for one: 「ナシで」 and 「なしで」, 「パス」 and 「ぱす」 are one cue. */
const kanaFolded = (text: string) => text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

const GLOBAL = new Map<RegExp, RegExp>();
/** The global, kana-folded twin of a cue pattern, compiled once. */
const globalOf = (re: RegExp): RegExp => {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(kanaFolded(re.source), re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  return g;
};

/** A negation auxiliary (ない, ません, ず, ぬ, なかった) after a few kana of conjugation or particles. */
const JA_NEGATED = /^[\u3041-\u3093]{0,5}?(?:ない|なく|ません|ず(?!っ)|ぬ|なかっ)/;
/** "…ではないでしょうか", "…じゃない？": a negative question proposes. */
const JA_RHETORICAL = /^[^。！!]*?(?:でしょうか|ですか|か[。？?]|[？?])|^[\u3041-\u3093]{0,5}?(?:じゃない|んじゃ)/;

/** A conditional clause (〜だと, 〜なら, 〜たら, 〜れば) ending just before what it conditions. */
const JA_CONDITIONAL = /(だと|なら|たら|れば)[、,\s]?[^、。]{0,8}$/;

/** Every cue in a sentence, with where it is. */
export function cuesIn(sentence: string): Cue[] {
  const out: Cue[] = [];
  const folded = kanaFolded(sentence);
  const scan = (re: RegExp, act: Act) => {
    for (const m of folded.matchAll(globalOf(re))) out.push({ act, at: m.index, end: m.index + m[0].length, japanese: isJapanese(m[0]) });
  };
  scan(DECISION_CUES, 'decide');
  scan(REJECTION_CUES, 'reject');
  scan(SUGGESTION_CUES, 'propose');
  scan(AGREEMENT_CUES, 'support');
  if (RESOLVE_MOOD.test(sentence)) {
    for (const [start, end] of clausesOf(sentence)) {
      const m = ACTION_START.exec(sentence.slice(start, end));
      if (m) out.push({ act: 'decide', at: start + m.index, end: start + m.index + m[0].length, japanese: false });
    }
  }
  // "OK, Fukuoka is our first choice": the opening "OK" is an interjection when more cues follow.
  const interjection = INTERJECTION.exec(sentence);
  if (interjection && out.some((c) => c.at >= interjection[0].length)) {
    // "Agreed, let's strike Shimane from the list": an opening "Agreed" decides nothing when the sentence goes on to act.
    for (let i = out.length - 1; i >= 0; i--) if ((out[i]!.act === 'support' || out[i]!.act === 'decide') && out[i]!.at < interjection[0].length) out.splice(i, 1);
  }
  // "島根県にしますか？", "Is Shimane too far?": a question settles nothing — its last clause's decision or
  // rejection words ask about the candidate ("We'll go with Shimane, but who writes to them?" still decides).
  // A musing "対象外かな。" still turns the candidate down.
  if (QUESTION_MARK.test(sentence) || (QUESTION_END_JA.test(sentence) && !/(かな|かしら)[。.]?\s*$/.test(sentence))) {
    const last = clausesOf(sentence).at(-1)![0];
    for (let i = 0; i < out.length; i++) if (out[i]!.at >= last && (out[i]!.act === 'decide' || out[i]!.act === 'reject')) out[i] = { ...out[i]!, act: 'ask', asked: out[i]!.act };
  }
  // 「…だけだと厳しい」「…なら難しい」: a drawback under a condition is a concern, not a decision — unless the
  // sentence goes on to act on it (「それなら見送りましょう」).
  if (!isCommitment(sentence)) {
    for (let i = 0; i < out.length; i++) {
      const c = out[i]!;
      if (c.japanese && c.act === 'reject' && JA_CONDITIONAL.test(sentence.slice(0, c.at))) out[i] = { ...c, act: 'ask' };
    }
  }
  // "Let's put it on hold" / "保留にしましょう" settles nothing: the candidate stays open.
  if (DEFERRAL_CUES.test(sentence)) {
    for (let i = 0; i < out.length; i++) if (out[i]!.act === 'decide' || out[i]!.act === 'propose') out[i] = { ...out[i]!, act: 'ask' };
    scan(DEFERRAL_CUES, 'ask');
  }
  // A Japanese proposal, agreement or decision word with a negation auxiliary attached is turned
  // around (賛成できません, 良さそうではない, 候補にはならない) — unless the sentence asks (いいのではないでしょうか).
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (!c.japanese || c.act === 'reject' || c.act === 'ask') continue;
    // かもしれない, しかない, 違いない carry ない without negating anything.
    const rest = sentence.slice(c.end, c.end + 14).replace(/かもしれ(?:ない|ません)|しか(?:ない|ありません)|違いない|違いありません/g, '');
    // A decision word negated (まだ確定ではない, 決まっていない) says the choice is still open, not that the candidate is out.
    if (JA_NEGATED.test(rest) && !JA_RHETORICAL.test(rest)) out[i] = { ...c, act: c.act === 'decide' ? 'ask' : 'reject' };
  }
  // A negative sentence turns its proposal or agreement words around: "I don't think X is a good idea".
  if (NEGATION.test(sentence) && !/\bwhy not\b/i.test(sentence)) {
    for (let i = 0; i < out.length; i++) if (out[i]!.act === 'propose' || out[i]!.act === 'support') out[i] = { ...out[i]!, act: 'reject' };
  }
  // "Keep it as a fallback (if the first choice falls through)" / 「候補として残す」 keeps the candidate open, whatever else the sentence says of it.
  if (RETENTION_CUES.test(sentence)) {
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.act !== 'decide') out.splice(i, 1);
    scan(RETENTION_CUES, 'support');
  }
  return out;
}

/** The noun right before a Japanese cue, or its object marked by を: what 「…なし」「…を外す」 are said of. */
const JA_ARGUMENT = /([\u4e00-\u9fff々ヶ\u30a1-\u30faーA-Za-z]+)(を)?$/;

/**
 * A Japanese rejection word is said of the noun it follows: 「異議なし」 is "no objection", 「席を外す」
 * "leave one's seat". When that noun is not a name of the conversation, the word turns down
 * nothing (「Xはなしで」「Xを外す」 still do: a particle or a name stands before them).
 */
export function scopedToOtherNoun(sentence: string, cue: Cue, found: readonly FoundName[]): boolean {
  if (!cue.japanese || cue.act !== 'reject') return false;
  const m = JA_ARGUMENT.exec(sentence.slice(0, cue.at));
  if (!m) return false;
  const end = m.index + m[1]!.length;
  if (found.some((f) => f.at < end && m.index < f.at + f.spelling.length)) return false;
  // 「Xは今回なしで」: an adverbial noun (今回, 当面) may stand between the cue and the clause's topic;
  // a name marked as topic or subject earlier in the clause is what the cue is said of.
  return !found.some((f) => f.at + f.spelling.length <= m.index && JA_TOPIC.test(sentence.slice(f.at + f.spelling.length, m.index)));
}

/** A topic or subject particle after a name, with at most a comma before the next word (「Xは」「Xも、」「Xについては」). */
const JA_TOPIC = /^(さん|市|町|村|県|州)?(は|も|が|については|に関しては)[、,\s]*$/;

/** The act a cue has on a name: English cues mostly precede the name, Japanese ones follow it. */
export function actFor(name: FoundName, cues: readonly Cue[], sentence: string): Act | null {
  const end = name.at + name.spelling.length;
  // Contrast: "instead of X", "X ではなく" — the rejected side.
  if (CONTRAST_AFTER.test(sentence.slice(Math.max(0, name.at - 16), name.at))) return 'reject';
  if (CONTRAST_BEFORE_JA.test(sentence.slice(end, end + 8))) return 'reject';
  // The cues of the name's own clause, when it has any: "let's drop X and reach out to Y".
  const clause = clausesOf(sentence).find(([a, b]) => name.at >= a && name.at < b);
  const own = clause ? cues.filter((c) => c.at >= clause[0] && c.at < clause[1]) : [];
  // A clause with a subject of its own ("…is rusty and the schools in X might…") says nothing of X by another clause's words.
  if (!own.length && clause && clause[0] > 0 && OWN_CLAUSE_SUBJECT.test(sentence.slice(clause[0], clause[1]))) return null;
  // A clause of its own in the mood of resolving ("…見送って、Yに集中しましょう") commits to its names, whatever the other clause says.
  if (!own.length && clause && clause[0] > 0 && isCommitment(sentence.slice(clause[0], clause[1]))) return null;
  const considered = own.length ? own : cues;
  let best: { act: Act; distance: number } | null = null;
  for (const c of considered) {
    // Distance from the name to the cue; a cue on its natural side is closer.
    const before = c.end <= name.at;
    const distance = before ? name.at - c.end : c.at - end;
    const natural = c.japanese ? !before : before || c.act === 'reject' || c.act === 'support';
    const d = Math.max(0, distance) * (natural ? 1 : 2);
    // Settling acts outrank proposals at equal distance.
    const rank = d - (c.act === 'decide' || c.act === 'reject' ? 0.5 : 0);
    if (!best || rank < best.distance) best = { act: c.act, distance: rank };
  }
  // "ミルフォードを第一候補に決定します": a proposal word inside a decision phrase is part of the decision.
  if (best?.act === 'propose') {
    const settle = cues.find((c) => (c.act === 'decide' || c.act === 'reject') && c.at >= end && !/[,;、，]|\bbut\b|が、|けど/.test(sentence.slice(end, c.at)));
    if (settle && cues.some((c) => c.act === 'propose' && c.at >= end && c.at < settle.at)) return settle.act;
  }
  return best?.act ?? null;
}

/**
 * The speaker commits the team: "let's…", "we'll…", or a Japanese sentence ending in a volitional
 * form (ましょう, しよう), "…する方向で" or "…する形で" (the verb of doing left unsaid), a noun with で and
 * nothing after it (「じゃあマルセイユで」「UGMでお願いします」: the same ellipsis), a request to act (てください), or an action verb's ます form —
 * not one of thinking, being or having (思います, あります, います, ございます), nor a greeting.
 */
const JA_VOLITIONAL = /(ましょう|しよう|[い行]こう|やろう|(?:方向|形)で[^。]{0,8}|てください|ておきます|とく|[いきしちにびみりぎえけせてねべめれげ]ます|(?<=[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9])で(?:お願いします|いきます|行きます)?|(?<!気が|感じが|音が|気も)する)[。！!…\s]*$/;
// (「…の形でお願いします」「確認をお願いします」 ask someone to act — a directive; a bare 「よろしくお願いします」 is a greeting.)
const JA_NOT_ACTION = /(思い|あり|い|ござい|存じ|おり|なり|わかり|分かり|考え|考えられ|感じ|気がし|思われ|見え|でき|申し|(?<![でを])お願いし|願い|し?てい|助かり|失礼し)ます[。！!…\s]*$|よろしく|ありがとう|お疲れ|おはよう/;
const EN_RESOLVE = /^(?:[\p{L}']+[,.:!]?\s+)?(?:let'?s|we'?ll|we will|we'?re going to)\b/iu;
/** "OK: Izumo as lead partner, …", "まとめ：…": a line announced as the outcome. */
const OUTCOME_LINE = /^(?:ok(?:ay)?|so|right|summary|to sum up|recap|in short|まとめ|整理すると|結論)\s*[:：]\s*\S/i;
export function isCommitment(sentence: string): boolean {
  if (/[\u3040-\u9fff]/.test(sentence)) return (JA_VOLITIONAL.test(sentence) && !JA_NOT_ACTION.test(sentence)) || OUTCOME_LINE.test(sentence.trim());
  // Any clause may resolve: "Nice thought, but let's save X for …".
  return clausesOf(sentence).some(([a, b]) => EN_RESOLVE.test(sentence.slice(a, b).trim())) || OUTCOME_LINE.test(sentence.trim());
}

/**
 * A question asking the team to confirm what it states: "…ということでよろしいでしょうか", "…でいいですか",
 * "Shall we…?", "Are we OK with…?". What it puts is a decision, or a rejection when what it states is negated.
 */
const CONFIRMATION = /(で|て|と|は)(よろしい|いい|良い|大丈夫)(でしょうか|ですか|ですかね|か)|^(shall we|should we|can we agree|are we (all )?(ok|okay|fine|good) with)\b|\b(ok|okay|alright|fine) with (you|everyone|everybody|all)\b/i;
const NEGATED_STATEMENT = /(しない|せず|ない|ず|ません)(という|って|ことで|方向で|で|と)/;
export function confirmationAsked(sentence: string): Act | undefined {
  if (!CONFIRMATION.test(sentence)) return undefined;
  return NEGATED_STATEMENT.test(sentence) || (NEGATION.test(sentence) && !/[\u3040-\u9fff]/.test(sentence)) ? 'reject' : 'decide';
}

/** A short reply that only agrees ("Agreed.", "+1", "I agree with that", 「同感です」): no other act of its own. */
export function isBareAgreement(sentence: string, cues: readonly Cue[]): boolean {
  return AGREEMENT_CUES.test(sentence) && !cues.some((c) => c.act === 'reject' || c.act === 'propose') && sentence.replace(/[^\p{L}\p{N}+]/gu, '').length <= 24;
}

/** The settling act (decide or reject) last taken on each candidate in a message. */
export function lastSettling(acts: readonly { name: string; what: Act }[]): { name: string; what: Act }[] {
  const last = new Map<string, Act>();
  for (const a of acts) if (a.what === 'decide' || a.what === 'reject') last.set(a.name, a.what);
  return [...last].map(([name, what]) => ({ name, what }));
}

/** A capitalised name, possibly of several words joined by "of", "for"…: "Japan Society of Boston". */
const EN_NAME = "[A-Z][\\w.'&-]*[A-Za-z0-9](?:\\s+(?:(?:of|for|the|de|du|in|on)\\s+)*[A-Z][\\w.'&-]*[A-Za-z0-9]){0,5}";
/**
 * The name a cue governs as its object: right after it, or after the few lowercase words of the verb
 * phrase it opens ("I'd propose bringing in our X", "let's bring the X in").
 */
const EN_AFTER_CUE = new RegExp(`^\\s*(?:[a-z][a-z'’-]*\\s+){0,3}?(?:the\\s+)?(${EN_NAME}(?:,\\s*[A-Z][a-zA-Z]+)?)`);
/** The name a sentence or its clause opens with, just before its cue (its spelled-out form in parentheses allowed): "Hyogo Business Center could help", "On our side, HBC (Hyogo Business Center) could help". */
const EN_BEFORE_CUE = new RegExp(`(?:^|,\\s+)(?:(?:[Mm]aybe|[Pp]erhaps|[Aa]lso|[Aa]nd|[Ss]o|[Tt]hen)\\s+)?(?:[Tt]he\\s+)?(${EN_NAME})(?:\\s*\\([^()]*\\))?\\s+(?:(?:is|are|also|really|would|could|might|may|seems?|looks?)\\s+){0,2}$`);
/** Heads of Japanese organisation names: 協会, 財団, 大学, 事務所, 領事館… */
const JA_ORGANISATION_HEAD = '協会|財団|機構|センター|大学|委員会|基金|研究所|集団|事務所|領事館|大使館|商工会議所|観光局';
/** A place ("津山市"), an organisation ("国際交流協会") or a katakana name ("ミルフォード"; one of two letters only with its particle: "リマは…") right before a Japanese cue. */
const JA_BEFORE_CUE = new RegExp(`([\\u4e00-\\u9fff々ヶ\\u30a0-\\u30ffーA-Za-z]{2,}(?:市|町|村|県|州|${JA_ORGANISATION_HEAD})|[\\u30a1-\\u30fa・ー]{3,}|(?<![\\u30a1-\\u30fa・ー])[\\u30a1-\\u30fa][\\u30a1-\\u30faー](?=は|が|も|を|に|で|と|って|$))(?:は|が|も|を|に|で|と|って)?\\s*$`);
const JA_ORGANISATION_NAME = new RegExp(`(?:${JA_ORGANISATION_HEAD})$`);
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * Whether a capitalised span is a proper name: one word no dictionary lists ("Elkton"), or several
 * capitalised words mid-sentence ("Sister Cities International"). At a sentence's start the first
 * capital says nothing, so an ordinary first word does not count there.
 */
function isProperName(span: string, atStart: boolean): boolean {
  const words = span.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  if (atStart && words.length && isOrdinaryEnglishWord(words[0]!)) words.shift();
  if (words.some((w) => CALENDAR.test(w))) return false;
  if (words.length >= 2) return true;
  return words.length === 1 && !isOrdinaryEnglishWord(words[0]!.replace(/[.'-]+$/, '')) && words[0]!.length >= 3;
}

/**
 * The place or name a cue governs that no known name covers: right after an English cue ("how
 * about Elkton?"), the name an English sentence opens with before its cue, or right before a
 * Japanese cue ("津山市はどうでしょう"). A place resolves through the gazetteer; other names count
 * only for proposing and deciding (a new name said only to turn it down is no candidate).
 */
export function nameNear(sentence: string, cue: Cue, places: PlaceLookup | undefined, people: ReadonlySet<string>): (FoundName & { unlisted?: boolean }) | null {
  let span: string | undefined;
  let at = -1;
  if (cue.japanese) {
    span = JA_BEFORE_CUE.exec(sentence.slice(0, cue.at))?.[1];
    if (span) at = sentence.lastIndexOf(span, cue.at);
  } else {
    const after = EN_AFTER_CUE.exec(sentence.slice(cue.end));
    const before = after ? null : EN_BEFORE_CUE.exec(sentence.slice(0, cue.at));
    // "Shimane." ends the sentence: the full stop is not part of the name.
    // A possessive ends the name: "JUSSCA's Lakeport office" is JUSSCA's.
    span = (after ?? before)?.[1]?.replace(/['’]s\b.*$/, '').replace(/[.'-]+$/, '');
    if (span) at = after ? sentence.indexOf(span, cue.end) : sentence.indexOf(span, before!.index);
  }
  if (!span || at < 0 || people.has(span.toLowerCase())) return null;
  // "Norwegian salmon", "Sicilian lemons": a word with an English suffix of origin (-ian, -ese, -ish) before a noun is an adjective, not a name.
  if (!cue.japanese && /^[A-Z][a-z]+(?:ian|ese|ish)$/.test(span) && /^\s+[a-z]/.test(sentence.slice(at + span.length))) return null;
  // A place with its region ("Elkton, Kentucky") or without; a comma after any other name ends it.
  const place = places?.(span) ?? null;
  if (place) return { display: place, at, spelling: span };
  const head = span.split(',')[0]!;
  const bare = head !== span ? places?.(head) : null;
  span = head;
  if (bare) return { display: bare, at, spelling: span };
  if (cue.act !== 'propose' && cue.act !== 'decide') return null;
  // 「来週のセミナーにしましょう」: a common katakana word (EDICT's) is no name, as a dictionary English word is not.
  if (cue.japanese && /^[\u30a1-\u30fa\u30fc・]+$/.test(span) && isOrdinaryKatakanaWord(span)) return null;
  if (cue.japanese ? !(/[\u30a1-\u30fa]{3,}/.test(span) || (/^[\u30a1-\u30fa][\u30a1-\u30faー]$/.test(span) && /^(は|が|も|を|に|で|と|って)/.test(sentence.slice(at + span.length))) || JA_ORGANISATION_NAME.test(span)) : !isProperName(span, at === 0)) return null;
  return { display: span, at, spelling: span, unlisted: true };
}

/** A capitalised word or words in Latin letters, as a Japanese sentence carries a foreign name. */
const LATIN_IN_JAPANESE = /(?<![A-Za-z])[A-Z][a-zA-Z'’-]{2,}(?:\s+[A-Z][a-zA-Z'’-]+)*(?![A-Za-z])/g;

/** A particle making the word before it an argument of a Japanese sentence (not の, which qualifies a noun). */
const JA_ARGUMENT_OF = /^\s?(は|が|も|を|に|で|と|って)/;

const NAME_FOLLOWS = new RegExp(`^の[\\u4e00-\\u9fff々ヶ\\u30a1-\\u30faーA-Za-z]*?(?:${JA_ORGANISATION_HEAD})`);
const JA_NAME_SPAN = new RegExp(`[\\u4e00-\\u9fff々ヶ\\u30a1-\\u30faーA-Za-z]{2,}?(?:${JA_ORGANISATION_HEAD})|[\\u4e00-\\u9fff々ヶ]{2,}?(?:市|町|村|県)`, 'g');

/**
 * Names anywhere in a Japanese sentence that proposes or commits: a municipality the gazetteer
 * knows ("高岡市さんとの共同開催も考えられる"), or an organisation by its head noun
 * ("北海水産集団の件は…検討します"). A name that only qualifies the next one ("Xの在杭州連絡事務所") is context.
 */
export function japaneseNamesIn(sentence: string, places: PlaceLookup | undefined, people: ReadonlySet<string>): (FoundName & { unlisted?: boolean })[] {
  const out: (FoundName & { unlisted?: boolean })[] = [];
  // Mixed channels write foreign names in Latin letters inside Japanese sentences ("X で決まり"): a place
  // the gazetteer knows, or a word no English dictionary lists that a particle makes an argument of the sentence.
  for (const m of sentence.matchAll(LATIN_IN_JAPANESE)) {
    const place = places?.(m[0]);
    if (place) out.push({ display: place, at: m.index, spelling: m[0] });
    else if (JA_ARGUMENT_OF.test(sentence.slice(m.index + m[0].length)) && isProperName(m[0], false) && !people.has(m[0].toLowerCase())) out.push({ display: m[0], at: m.index, spelling: m[0], unlisted: true });
  }
  for (const m of sentence.matchAll(JA_NAME_SPAN)) {
    const span = m[0];
    const after = sentence.slice(m.index + span.length);
    if (NAME_FOLLOWS.test(after)) continue;
    if (/(市|町|村|県)$/.test(span)) {
      const place = places?.(span);
      if (place) out.push({ display: place, at: m.index, spelling: span });
    } else out.push({ display: span, at: m.index, spelling: span, unlisted: true });
  }
  return out;
}

/** A name and a parenthesis right after it: "TMIG (Tokyo Metropolitan Institute …)", "Station F (Paris)". */
const NAME_AND_PARENTHESIS = /[A-Z][\w&.'-]*[A-Za-z0-9]\s*\(([^()]*)\)/g;

/**
 * A parenthesis right after a name spells it out or says where it is: the names inside it are part
 * of that name, not names of their own ("TMIG (Tokyo …)" proposes no Tokyo).
 */
export function insideExpansion(sentence: string, f: FoundName): boolean {
  for (const m of sentence.matchAll(NAME_AND_PARENTHESIS)) {
    const open = m.index + m[0].indexOf('(');
    if (f.at > open && f.at < m.index + m[0].length) return true;
  }
  return false;
}

/** How many capitalised words a span has outside the names found inside it. */
export function capitalisedOutside(span: FoundName, inside: readonly FoundName[]): number {
  let rest = span.spelling;
  for (const f of inside) {
    const from = f.at - span.at;
    if (from >= 0) rest = rest.slice(0, from) + ' '.repeat(f.spelling.length) + rest.slice(from + f.spelling.length);
  }
  return rest.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).length;
}

/** One act the summariser read, for `eval/summary-eval.ts --detail`: which message did what to which candidate. */
