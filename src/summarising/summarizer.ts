/**
 * The offline summariser: every candidate the team talked about, who proposed it, where it
 * stands (suggested, open, accepted, rejected) and who decided; what was decided; what is still
 * open. Musubi's own suggestions come as data (`ChatMessage.suggestions`, attached by the
 * adapters); its numbered "1. Name — reason" lines are read only for transcripts without data.
 * Names are the known ones plus the conversation's own (conversation-names.ts), items of Musubi's
 * list referred to by position (references.ts), and places or names a proposal governs.
 * Each sentence's cues (proposal, agreement, decision, rejection, question) apply to the names
 * nearest to them; a reaction that names nothing applies to the candidate just discussed; a bare
 * agreement takes on the act of the message it answers; the last act on a candidate stands.
 * A rejected candidate is never listed among the recommendations. Platform-free.
 */
import { isOrdinaryEnglishWord } from '../bridge/english-words.js';
import { isOrdinaryKatakanaWord } from '../bridge/katakana-words.js';
import { detectLanguage } from '../core/language.js';
import type { CandidateStatus, ChatMessage, Language, Recommendation, ShortlistEntry, SummaryReply } from '../core/types.js';
import {
  AGREEMENT_CUES,
  COMPARED_AFTER_JA,
  COMPARED_BEFORE,
  CONTRAST_AFTER,
  CONTRAST_BEFORE_JA,
  DECISION_CUES,
  DEFERRAL_CUES,
  INTERJECTION,
  NEGATION,
  OPEN_CUES,
  PLURAL_REFERENCE,
  QUESTION_END_JA,
  QUESTION_MARK,
  REJECTION_CUES,
  REQUEST_CUES,
  RETENTION_CUES,
  SUGGESTION_CUES,
  sentencesOf,
} from './cues.js';
import { NameFinder, type FoundName } from './name-finder.js';
import { acronymOf, displayOfItem, finderWith, listItem, musubiNames, soundAlikes, type LocalName } from './conversation-names.js';
import { listReferences } from './references.js';

export interface Summarizer {
  summarize(messages: readonly ChatMessage[], shortlist?: readonly ShortlistEntry[]): SummaryReply;
}

export type Act = 'propose' | 'support' | 'decide' | 'reject' | 'ask';

interface Candidate {
  name: string;
  proposedBy: string[];
  reasons: string[];
  links: string[];
  /** The last settling act (decide/reject) wins; support and questions make it open. */
  settled: { status: 'accepted' | 'rejected'; by: string[]; links: string[] } | null;
  discussed: boolean;
}

function linkOf(m: ChatMessage, index: number): string {
  return m.link ?? m.ts ?? `#${index + 1}`;
}

/**
 * The language most of the team's messages are written in (ties go to Japanese when any is);
 * Musubi's own messages, full of names in both scripts, count only when no person wrote.
 */
function majorityLanguage(all: readonly ChatMessage[]): Language {
  const people = all.filter((m) => !m.isMusubi && m.text.trim());
  const messages = people.length ? people : all;
  let ja = 0;
  let counted = 0;
  for (const m of messages) {
    if (!m.text.trim()) continue;
    counted++;
    if (detectLanguage(m.text) === 'ja') ja++;
  }
  return ja * 2 >= counted && ja > 0 ? 'ja' : 'en';
}

function clip(text: string, max = 200): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Resolves a place name the knowledge does not list ("Elkton", "津山市") to its display name, or null. */
export type PlaceLookup = (text: string) => string | null;

/** One candidate per place in a conversation: "Tsuyama" and "Tsuyama, Okayama" (the city) are one. */
const keyOf = (name: string) => name.split(',')[0]!.trim().toLowerCase();

/** Where a sentence's clauses break: "let's drop X and reach out to Y", "X は難しいが、Y にしましょう", a te-form joining two acts ("Xは見送って、Yにしましょう"). */
const CLAUSE_BREAK = /;|\s[-–—]\s|\s+and\s+(?=(the|their|our|its|they|it|there|his|her)\s)|,\s+(?=(but|and|so|then|let'?s|we|instead)\b)|\s+(and|but)\s+(?=(let'?s|we|reach|contact|go|apply|write|invite|drop|skip|ask|call|email|visit|start|try)\b)|、(?=(でも|しかし|ただ))|(?<=[てで])、|けど、?|けれど(も)?、?|ので、|が、/gi;
/** A "let's"/"we'll" sentence makes each of its action clauses a decision: "…and reach out to Tsuyama". */
const RESOLVE_MOOD = /\blet'?s\b|\bwe'?ll\b|\bwe will\b|\bwe should\b/i;
const ACTION_START = /^\s*(then\s+)?(reach out to|contact|go with|apply (to|for)|write to|invite|call|email|visit|partner with|start with|ask)\b/i;

/** A pronoun right after an English settling word ("drop it", "let's do that"), or a demonstrative right before a Japanese one (「それで行きましょう」). */
function governedPronoun(sentence: string, cues: readonly Cue[]): { at: number; text: string } | null {
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

/** How many messages back a reaction that names nothing may reach for the candidate it is about (a decision reaches further: "OK, let's do that" closes a discussion). */
const FOCUS_REACH = 3;

const CHOICE_QUESTION = /どちら|どれ|どっち|\bwhich\b|\bor\b/i;

/** A message marked as an aside: what it says is not about the candidates on the table. */
const ASIDE = /^\W*(話(が|は)?(それ|変わ)|余談|ところで|by the way|btw|(totally |completely )?unrelated|random (aside|question|one)|off[- ]topic|side note)/i;

const OWN_CLAUSE_SUBJECT = /^\s*(the|their|our|its|they|it|there|his|her)\s/i;

/**
 * A topic, subject or object written in Latin letters or katakana (as foreign names are) before a Japanese cue.
 * Two letters are left out: "NZ", "US" name the country of the candidate under discussion more often than another one.
 */
const JA_OWN_TOPIC = /(?:[A-Za-z][\w'’-]{2,}|[\u30a1-\u30fa・ー]{3,})\s?(?:は|を|が)/;

/** A noun phrase of its own before a cue: "the calendar is out", "our budget is too small". */
const OWN_SUBJECT = /\b(the|a|an|our|their|my|your|his|her)\s+[a-z]/i;
const clauseStartOf = (sentence: string, at: number) => clausesOf(sentence).find(([a, b]) => at >= a && at < b)?.[0] ?? 0;

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

interface Cue {
  readonly act: Act;
  readonly at: number;
  readonly end: number;
  readonly japanese: boolean;
  /** A settling act a question puts to the team ("…は見送りでよろしいでしょうか", "Shall we drop X?"). */
  readonly asked?: Act;
}

const isJapanese = (s: string) => /[\u3040-\u9fff]/.test(s);

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

/** Narrowing a list down to a choice (a closed class of verbs of exclusive choice): "focus on", "narrow down to", 絞る, 一本化. */
const NARROWING = /\b(focus(ing)? on|narrow(ing)? (it |this |things )?down to|only go with)\b|に絞|に集中(し|する)|一本化|だけに(します|しましょう|しよう)/i;

/** A conditional clause (〜だと, 〜なら, 〜たら, 〜れば) ending just before what it conditions. */
const JA_CONDITIONAL = /(だと|なら|たら|れば)[、,\s]?[^、。]{0,8}$/;

/** Every cue in a sentence, with where it is. */
function cuesIn(sentence: string): Cue[] {
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
function scopedToOtherNoun(sentence: string, cue: Cue, found: readonly FoundName[]): boolean {
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
function actFor(name: FoundName, cues: readonly Cue[], sentence: string): Act | null {
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
const JA_VOLITIONAL = /(ましょう|しよう|[い行]こう|やろう|(?:方向|形)で[^。]{0,8}|てください|ておきます|とく|[いきしちにびみりぎえけせてねべめれげ]ます|(?<=[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9])で(?:お願いします|いきます|行きます)?)[。！!…\s]*$/;
// (「…の形でお願いします」「確認をお願いします」 ask someone to act — a directive; a bare 「よろしくお願いします」 is a greeting.)
const JA_NOT_ACTION = /(思い|あり|い|ござい|存じ|おり|なり|わかり|分かり|考え|考えられ|感じ|気がし|思われ|見え|でき|申し|(?<![でを])お願いし|願い|し?てい|助かり|失礼し)ます[。！!…\s]*$|よろしく|ありがとう|お疲れ|おはよう/;
const EN_RESOLVE = /^(?:[\p{L}']+[,.:!]?\s+)?(?:let'?s|we'?ll|we will|we'?re going to)\b/iu;
/** "OK: Izumo as lead partner, …", "まとめ：…": a line announced as the outcome. */
const OUTCOME_LINE = /^(?:ok(?:ay)?|so|right|summary|to sum up|recap|in short|まとめ|整理すると|結論)\s*[:：]\s*\S/i;
function isCommitment(sentence: string): boolean {
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
function confirmationAsked(sentence: string): Act | undefined {
  if (!CONFIRMATION.test(sentence)) return undefined;
  return NEGATED_STATEMENT.test(sentence) || (NEGATION.test(sentence) && !/[\u3040-\u9fff]/.test(sentence)) ? 'reject' : 'decide';
}

/** A short reply that only agrees ("Agreed.", "+1", "I agree with that", 「同感です」): no other act of its own. */
function isBareAgreement(sentence: string, cues: readonly Cue[]): boolean {
  return AGREEMENT_CUES.test(sentence) && !cues.some((c) => c.act === 'reject' || c.act === 'propose') && sentence.replace(/[^\p{L}\p{N}+]/gu, '').length <= 24;
}

/** The settling act (decide or reject) last taken on each candidate in a message. */
function lastSettling(acts: readonly { name: string; what: Act }[]): { name: string; what: Act }[] {
  const last = new Map<string, Act>();
  for (const a of acts) if (a.what === 'decide' || a.what === 'reject') last.set(a.name, a.what);
  return [...last].map(([name, what]) => ({ name, what }));
}

/** A place followed by an office noun is where something is, not a candidate: "CLAIRのシドニー事務所", "the Sydney office", "Okayama City's international office". */
const LOCATION_OF = /^(事務所|支部|支所|駐在員事務所|オフィス|センター)|^(['’]s)?(\s+[a-z]+){0,2}\s+([Oo]ffice|[Bb]ranch|[Cc]hapter|[Bb]ureau)\b/;

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
function nameNear(sentence: string, cue: Cue, places: PlaceLookup | undefined, people: ReadonlySet<string>): (FoundName & { unlisted?: boolean }) | null {
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
function japaneseNamesIn(sentence: string, places: PlaceLookup | undefined, people: ReadonlySet<string>): (FoundName & { unlisted?: boolean })[] {
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

/** A particle marking a name as the topic or an argument of the verb that follows: 「Xは…」「Xに…」「Xを…」「Xで…」 (not 「Xの…」, which qualifies a noun, nor the copula 「Xでした」). */
const JA_ARGUMENT_PARTICLE = /^(さん)?(は|を|に|へ|で(?![しす]))/;

/** The volitional "let's" (ましょう, しよう, 行こう, やろう): the speaker puts an act to the whole team. */
const JA_LETS = /(ましょう|しよう|[い行]こう|やろう)[。！!…\s]*$/;

/** A name and a parenthesis right after it: "TMIG (Tokyo Metropolitan Institute …)", "Station F (Paris)". */
const NAME_AND_PARENTHESIS = /[A-Z][\w&.'-]*[A-Za-z0-9]\s*\(([^()]*)\)/g;

/**
 * A parenthesis right after a name spells it out or says where it is: the names inside it are part
 * of that name, not names of their own ("TMIG (Tokyo …)" proposes no Tokyo).
 */
function insideExpansion(sentence: string, f: FoundName): boolean {
  for (const m of sentence.matchAll(NAME_AND_PARENTHESIS)) {
    const open = m.index + m[0].indexOf('(');
    if (f.at > open && f.at < m.index + m[0].length) return true;
  }
  return false;
}

/** How many capitalised words a span has outside the names found inside it. */
function capitalisedOutside(span: FoundName, inside: readonly FoundName[]): number {
  let rest = span.spelling;
  for (const f of inside) {
    const from = f.at - span.at;
    if (from >= 0) rest = rest.slice(0, from) + ' '.repeat(f.spelling.length) + rest.slice(from + f.spelling.length);
  }
  return rest.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).length;
}

/** "Unlike X", "Xと違って": the compared candidate is the one set aside. */
const CONTRASTED_BEFORE = /\bunlike\s+(the\s+)?$/i;
const CONTRASTED_AFTER_JA = /^(と違(って|い)|とは違)/;

/** Names after "with", "because of", "like" are context of the proposal, not proposals: "Izumo, already active with Vermont". */
const CONTEXT_BEFORE = /\b(with|because of|thanks to|like|near|in|of|from|for|to|via|through|between|and its|its)\s+(the\s+|an?\s+)?$|の\s*$/i;
/** A place where something happens ("クリチバでの講座") is a location, not a candidate. */
const QUALIFIES_NEXT_JA = /^(での|における|にある)/;
/** The requester's own place: "our town in Vermont", "we are in Kentucky", "本県", "私たちの沖縄県". */
const OWN_PLACE_BEFORE = /\bour\s+(\w+\s+){0,2}(in|of|at)\s+(\w+\s+)?$|\b(we'?re in|we are in|we'?re from|we are from|i'?m from|here in|based in|us in)\s+(\w+\s+){0,3}$|(私たち|わたしたち|うち|我々|当|本)(の)?\s*$/i;

/** One act the summariser read, for `eval/summary-eval.ts --detail`: which message did what to which candidate. */
export interface TraceEvent {
  readonly message: number;
  readonly name: string;
  readonly act: Act;
  readonly by: string;
}

export function createSummarizer({ names, places, trace = () => {} }: { names: NameFinder; places?: PlaceLookup; trace?: (event: TraceEvent) => void }): Summarizer {
  return {
    summarize(messages, shortlist = []) {
      const local = musubiNames(messages, names);
      let find = finderWith(names, local);
      /** A name first found next to a cue is found wherever the conversation names it again. */
      const learn = (f: FoundName) => {
        if (local.some((l) => l.spellings.includes(f.spelling))) return;
        // Its initials too, as for the names Musubi lists ("Riverbank Heritage Trust Fund" is RHTF).
        const initials = acronymOf(f.spelling);
        local.push({ display: f.display, spellings: initials && !names.find(initials).length ? [f.spelling, initials] : [f.spelling] });
        find = finderWith(names, local);
      };
      const scriptsOf = scriptsFor(names, local);
      /** How the team itself wrote each candidate. */
      const spelledAs = new Map<string, string[]>();
      /** The people writing are not candidates ("How about Ken takes this?"). */
      const people = new Set(messages.map((m) => m.author.toLowerCase()));
      const candidates = new Map<string, Candidate>();
      const order: string[] = [];
      const decisions: string[] = [];
      /** Open questions, with the candidates they ask about and when they were asked. */
      const questions: { text: string; about: string[]; at: number }[] = [];
      /** The message each candidate was last settled (accepted or turned down) in. */
      const settledAt = new Map<string, number>();
      let now = 0;
      const language = majorityLanguage(messages);
      /** The candidates the latest message that named any was about (for "Let's do that", "Too far"). */
      let focus: string[] = [];
      /** The message that named the focus: a reaction answers a message or two back, not a topic long left. */
      let focusAt = 0;
      /** The Musubi message that first listed each candidate. */
      const listedIn = new Map<string, number>();
      /** Musubi's latest list, in its order (for "the second one", 「2番目」). */
      let list: string[] = [];
      /** Who first named each name, cue or not: the proposer when the team settles on it later. */
      const firstNamedBy = new Map<string, { by: string; reason: string; at: number }>();

      const get = (name: string): Candidate => {
        const key = keyOf(name);
        let c = candidates.get(key);
        if (!c) {
          c = { name, proposedBy: [], reasons: [], links: [], settled: null, discussed: false };
          candidates.set(key, c);
          order.push(key);
        }
        return c;
      };
      /** What the message being read did to each candidate, and the last person's message that did anything. */
      let actsNow: { name: string; what: Act }[] = [];
      let previous: { author: string; acts: { name: string; what: Act }[]; put?: { sentence: string; link: string } } | null = null;
      /** A settling act put as a question in the message being read, waiting for the team's agreement. */
      let put = null as { acts: { name: string; what: Act }[]; sentence: string } | null;
      const confirmed = new Set<string>();
      /** Whether the sentence being read asks Musubi (or the team) for candidates. */
      let askingMusubi = false;
      const act = (name: string, what: Act, by: string, link: string, reason: string | null) => {
        trace({ message: now, name, act: what, by });
        actsNow.push({ name, what });
        if (what === 'decide' || what === 'reject') settledAt.set(keyOf(name), now);
        const exists = candidates.has(keyOf(name));
        // A plain question or agreement about an unknown name does not make it a candidate — unless
        // someone else named it in an earlier message: the team taking a name up puts it on the table,
        // proposed by whoever named it ("Also X has youth grants." — "Is X open to us?").
        const first = firstNamedBy.get(keyOf(name));
        // (A question put to Musubi about a name is the asker's research, not the team taking it up.)
        const takenUp = !exists && first !== undefined && first.by !== by && first.at < now && by !== 'Musubi' && !askingMusubi;
        if (!exists && (what === 'ask' || what === 'support') && !takenUp) return;
        const c = get(name);
        if (takenUp) {
          c.proposedBy.push(first.by);
          c.reasons.push(first.reason);
        }
        if (!c.links.includes(link)) c.links.push(link);
        // Proposed again by someone else: the team is discussing it.
        if (what === 'propose' && exists && !c.proposedBy.includes(by)) c.discussed = true;
        if (what === 'propose' || (what === 'decide' && c.proposedBy.length === 0)) {
          const first = what === 'decide' && c.proposedBy.length === 0 ? firstNamedBy.get(keyOf(name)) : undefined;
          const proposer = first?.by ?? by;
          if (!c.proposedBy.includes(proposer)) c.proposedBy.push(proposer);
          const why = first?.reason ?? reason;
          if (why && !c.reasons.includes(why)) c.reasons.push(why);
        }
        if (what === 'support' || what === 'ask') c.discussed = true;
        // The last act on a candidate stands: proposed or backed again after it was turned down, it is open again.
        if ((what === 'propose' || what === 'support') && c.settled?.status === 'rejected' && by !== 'Musubi' && !c.settled.links.includes(link)) c.settled = null;
        for (const [act, status] of [['decide', 'accepted'], ['reject', 'rejected']] as const) {
          if (what !== act) continue;
          const same = c.settled?.status === status ? c.settled : null;
          c.settled = { status, by: [...new Set([...(same?.by ?? []), by])], links: [...new Set([...(same?.links ?? []), link])] };
        }
      };

      /**
       * The team's reactions on a message, as data: on a message naming one candidate, ✅ accepts
       * it and 👎 rejects it; a 👍 (or any reaction on a list of several) makes it open.
       */
      const applyReactions = (m: ChatMessage, named: readonly string[], link: string) => {
        if (!named.length) return;
        for (const r of m.reactions ?? []) {
          const by = r.users.length ? r.users : [`${r.count} reaction${r.count === 1 ? '' : 's'}`];
          const what: Act = named.length > 1 || r.meaning === 'support' ? 'support' : r.meaning === 'approve' ? 'decide' : 'reject';
          for (const name of named) for (const who of by) act(name, what, who, link, null);
        }
      };

      messages.forEach((m, i) => {
        now = i;
        const link = linkOf(m, i);
        if (m.isMusubi) {
          const named: string[] = [];
          for (const s of m.suggestions ?? []) {
            const display = names.find(s.nameEn ?? s.name)[0]?.display ?? s.nameEn ?? s.name;
            act(display, 'propose', 'Musubi', link, s.reasons[0] ?? null);
            named.push(display);
          }
          if (!m.suggestions?.length && m.replyKind === undefined) {
            // Fallback for transcripts without data (the summarize CLI's `bot: true` lines).
            for (const line of m.text.split('\n')) {
              const item = listItem(line);
              if (!item) continue;
              const display = displayOfItem(item, names);
              act(display, 'propose', 'Musubi', link, item.reason);
              named.push(display);
            }
          }
          if (named.length) {
            focus = named;
            focusAt = i;
            list = named;
            for (const name of named) if (!listedIn.has(keyOf(name))) listedIn.set(keyOf(name), i);
          }
          applyReactions(m, named, link);
          return;
        }
        actsNow = [];
        put = null;
        let decidedSentence = -1;
        const aside = ASIDE.test(m.text);
        const addressesMusubi = m.toMusubi === true || /^\s*(?:@musubi\b|musubi\s*[,:、])/i.test(m.text);
        const sentences = sentencesOf(m.text);
        const namedInMessage: string[] = [];
        const proposedInMessage: string[] = [];
        sentences.forEach((sentence, si) => {
          const actsBefore = actsNow.length;
          let cues = cuesIn(sentence);
          const asks = OPEN_CUES.test(sentence) || ((QUESTION_MARK.test(sentence) || QUESTION_END_JA.test(sentence)) && sentence.length > 8);
          // A message addressed to Musubi asks it for candidates: its names are the asker's setting.
          const request = REQUEST_CUES.test(sentence) || addressesMusubi;
          askingMusubi = request;
          const questioned = QUESTION_MARK.test(sentence) || QUESTION_END_JA.test(sentence);
          const commits = !questioned && !request && isCommitment(sentence);
          let found = find(sentence);
          // "日伯会（パラナ日系団体連合会）": a short name explained in parentheses is that name from now on.
          for (const f of found) {
            const short = /([\u4e00-\u9fff々ヶ\u30a1-\u30faーA-Za-z]{2,10})\s*[（(]$/.exec(sentence.slice(0, f.at))?.[1];
            if (short && /^[)）]/.test(sentence.slice(f.at + f.spelling.length)) && !find(short).length) {
              learn({ display: f.display, at: f.at - short.length - 1, spelling: short });
              found = find(sentence);
              break;
            }
          }
          for (const f of soundAlikes(sentence, found, local)) found.push(f);
          for (const r of listReferences(sentence, list)) if (!found.some((f) => f.display === r.display || (f.at < r.at + r.spelling.length && r.at < f.at + f.spelling.length))) found.push(r);
          // "Let's do it through the Izumo booth": the pronoun a settling word governs is the candidate just discussed, not the name beside it.
          const pronoun = found.length ? governedPronoun(sentence, cues) : null;
          if (pronoun) for (const name of focus) if (!found.some((f) => f.display === name)) found.push({ display: name, at: pronoun.at, spelling: pronoun.text });
          {
            const spans = cues.filter((c) => c.act !== 'support').map((cue) => nameNear(sentence, cue, places, people));
            if (commits || cues.some((c) => (c.act === 'propose' || c.act === 'decide') && c.japanese)) spans.push(...japaneseNamesIn(sentence, places, people));
            for (const place of spans) {
              if (!place) continue;
              // A name the knowledge lists, spelled exactly as the place, is that name ("Izumo", "Shimane");
              // a longer place is the place ("Elkton, Kentucky" is the city, not the state the knowledge knows).
              const overlapping = found.filter((f) => f.at < place.at + place.spelling.length && place.at < f.at + f.spelling.length);
              // A name neither known nor a place gives way to any known name inside it ("JICA volunteers") — unless
              // capitalised words of its own make it a longer name ("Harbour House Lakeport" is not Lakeport).
              const ownWords = place.unlisted && overlapping.length && !isJapanese(place.spelling) && capitalisedOutside(place, overlapping) >= 2;
              if (overlapping.some((f) => (place.unlisted && !ownWords) || f.spelling.length >= place.spelling.length) || found.some((f) => f.display === place.display)) continue;
              found = [...found.filter((f) => !overlapping.includes(f)), place];
              learn(place);
            }
          }
          // The team's own place, and places it compares with, are no candidates.
          // "Unlike Shimane, Okayama has a port" / "島根県と違って": a candidate already on the table is set against the other — turned down.
          for (const f of found) {
            if (!candidates.has(keyOf(f.display)) || request) continue;
            if (CONTRASTED_BEFORE.test(sentence.slice(Math.max(0, f.at - 20), f.at)) || CONTRASTED_AFTER_JA.test(sentence.slice(f.at + f.spelling.length))) act(f.display, 'reject', m.author, link, null);
          }
          found = found.filter((f) => !insideExpansion(sentence, f));
          found = found.filter((f) => !OWN_PLACE_BEFORE.test(sentence.slice(Math.max(0, f.at - 30), f.at)) && !COMPARED_BEFORE.test(sentence.slice(Math.max(0, f.at - 20), f.at)) && !COMPARED_AFTER_JA.test(sentence.slice(f.at + f.spelling.length)));
          cues = cues.filter((c) => !scopedToOtherNoun(sentence, c, found));
          let decided = cues.some((c) => c.act === 'decide');
          let proposedHere = 0;
          // A proposal's first name is the proposal; later names after "with", "because of" are its context.
          let proposalSeen = false;
          for (const f of found.sort((a, b) => a.at - b.at)) {
            const located = LOCATION_OF.test(sentence.slice(f.at + f.spelling.length)) || QUALIFIES_NEXT_JA.test(sentence.slice(f.at + f.spelling.length));
            let what = request || located ? null : actFor(f, cues, sentence);
            if (what === 'propose' && proposalSeen && CONTEXT_BEFORE.test(sentence.slice(Math.max(0, f.at - 16), f.at))) what = null;
            if (what === 'propose') proposalSeen = true;
            // A name the team commits to without another word for it is decided: "Xにお願いする方向で進めます", "We'll write to X".
            // (Weak evidence: it does not bring back a candidate the team turned down — unless the team is asked to act
            // ("let's", not "I'll") with the name as the act's topic or object, marked by a particle right after it:
            // 「Xにもう一度出しましょう」, but not 「Xにはパンフレットだけ送ります」.)
            // (An organisation first named in the commitment itself is taken on by it; a known place or body there is usually context.)
            const onTable = candidates.has(keyOf(f.display)) || Boolean((f as { unlisted?: boolean }).unlisted);
            const argument = JA_ARGUMENT_PARTICLE.test(sentence.slice(f.at + f.spelling.length)) && JA_LETS.test(sentence);
            if (!what && commits && !located && onTable && (argument || candidates.get(keyOf(f.display))?.settled?.status !== 'rejected')) what = 'decide';
            // (A place named as where an office is — "ask X City's international office" — is not what the question asks about.)
            if (!what && asks && !located) what = 'ask';
            namedInMessage.push(f.display);
            (spelledAs.get(keyOf(f.display)) ?? spelledAs.set(keyOf(f.display), []).get(keyOf(f.display))!).push(f.spelling);
            if (!firstNamedBy.has(keyOf(f.display)) && !request) firstNamedBy.set(keyOf(f.display), { by: m.author, reason: clip(m.text), at: i });
            if (what) {
              if (what === 'propose' || what === 'decide') {
                proposedHere++;
                proposedInMessage.push(f.display);
              }
              act(f.display, what, m.author, link, what === 'propose' || what === 'decide' ? clip(m.text) : null);
            } else {
              // A name already suggested, mentioned again without a cue: linked, and discussed by someone else.
              const c = candidates.get(keyOf(f.display));
              if (c && !c.links.includes(link)) c.links.push(link);
            }
          }
          // A reaction that names nothing is about the candidate just discussed ("Too far, I think." / "Let's do that.");
          // a proposal word after a name in the same message proposes it ("Cedar Harbor. It could be a good option.").
          let reactedTo: string[] = [];
          // "Agreed." / "+1" / 「同感です」 opening a reply takes on the act of the message it answers:
          // agreeing with a rejection rejects, agreeing with a decision decides.
          const settledBefore = si === 0 && found.length === 0 && previous && previous.author !== m.author && isBareAgreement(sentence, cues) ? lastSettling(previous.acts) : [];
          if (settledBefore.length) {
            for (const { name, what } of settledBefore) act(name, what, m.author, link, null);
            reactedTo = settledBefore.map((x) => x.name);
            decided = settledBefore.some((x) => x.what === 'decide');
            // Agreeing with a settling question ("…は見送りでよろしいでしょうか。" — "賛成です。") makes the question the decision.
            const asked = previous!.put;
            if (asked && !confirmed.has(asked.link)) {
              confirmed.add(asked.link);
              for (const { name, what } of settledBefore) if (what === 'decide' || what === 'reject') candidates.get(keyOf(name))!.settled!.by.unshift(previous!.author);
              decisions.push(decisionLine(asked.sentence, previous!.author, reactedTo, false, language, scriptsOf));
              decided = false;
            }
          } else if (found.length === 0 && focus.length > 0 && !request) {
            const reaction = cues.find((c) => c.act === 'decide' || c.act === 'reject') ?? cues.find((c) => c.act === 'support' || c.act === 'ask') ?? (namedInMessage.length ? cues.find((c) => c.act === 'propose') : undefined);
            // A reaction that names nothing neither revives nor re-opens a candidate just turned down ("Too far." — "We'll ask the prefecture."),
            // and an aside ("ところで…", "by the way…") reacts to nothing on the table.
            let targets = reaction?.act === 'reject' ? focus : focus.filter((name) => candidates.get(keyOf(name))?.settled?.status !== 'rejected');
            if (aside || (reaction?.act !== 'decide' && i - focusAt > FOCUS_REACH)) targets = [];
            // "…but the new timetable is out": a settling word with a subject of its own is about that subject, not the candidate.
            if (reaction && !reaction.japanese && (reaction.act === 'reject' || reaction.act === 'decide') && OWN_SUBJECT.test(sentence.slice(clauseStartOf(sentence, reaction.at), reaction.at))) targets = [];
            // 「Zoltan は今回はやめておきましょう」: a Japanese settling word whose clause has a topic or object of its own, written as a name is, is about that.
            if (reaction?.japanese && (reaction.act === 'reject' || reaction.act === 'decide') && JA_OWN_TOPIC.test(sentence.slice(clauseStartOf(sentence, reaction.at), reaction.at))) targets = [];
            if (reaction && targets.length && (focus.length === 1 || PLURAL_REFERENCE.test(sentence) || reaction.act === 'propose')) {
              for (const name of targets) act(name, reaction.act, m.author, link, reaction.act === 'propose' ? clip(m.text) : null);
              reactedTo = targets;
            }
          }
          // The focus moves to the candidates this sentence named (mere mentions of other names do not move it).
          const named = [...new Set(found.map((f) => f.display))].filter((d) => candidates.has(keyOf(d)));
          if (named.length) {
            focus = named;
            focusAt = i;
          }
          // A question that puts a settling act to the team, on the names it asks about (or the candidate just discussed).
          const asked = questioned ? cues.find((c) => c.asked)?.asked ?? confirmationAsked(sentence) : undefined;
          if (asked) {
            const about = [...new Set(actsNow.slice(actsBefore).filter((a) => a.what === 'ask').map((a) => a.name))];
            const targets = about.length ? about : focus.length === 1 ? focus : [];
            if (targets.length) put = { acts: targets.map((name) => ({ name, what: asked })), sentence };
          }
          // What the team commits to is a decision too: turning a candidate down, or a sentence in the
          // mood of resolving ("let's…", "we'll…", 「…しましょう」, 「…します」, 「…する方向で」).
          // (A bare "Agreed." joins the rejection it answers, already listed.)
          // "Let's focus on X" / 「Xに絞りましょう」: narrowing a list to a choice turns down the rest of that list still unsettled.
          if (NARROWING.test(sentence)) {
            const chosen = actsNow.slice(actsBefore).filter((a) => a.what === 'decide').map((a) => keyOf(a.name));
            const lists = new Set(chosen.map((k) => listedIn.get(k)).filter((x) => x !== undefined));
            for (const [key, listed] of listedIn) if (lists.has(listed) && !chosen.includes(key) && !candidates.get(key)?.settled) act(candidates.get(key)!.name, 'reject', m.author, link, null);
          }
          const rejectsHere = !settledBefore.length && actsNow.slice(actsBefore).some((a) => a.what === 'reject');
          // (A rejection that outlived the question rule stands outside the question: "…let's not pursue X - any objections?")
          const resolves = !request && (rejectsHere || (!questioned && (commits || RETENTION_CUES.test(sentence))));
          // "Izumo first, Tsuyama later. Decided.": a bare "Decided." quotes what it decides.
          const quotedSentence = (decided || resolves) && found.length === 0 && si > 0 && sentence.replace(/[^\p{L}\p{N}]/gu, '').length <= 12 ? `${sentences[si - 1]} ${sentence}` : sentence;
          // The sentence quoted with it is one decision, not two.
          if ((decided || resolves) && quotedSentence !== sentence && decidedSentence === si - 1) decisions.pop();
          if (decided || resolves) decidedSentence = si;
          if (decided || resolves) decisions.push(decisionLine(quotedSentence, m.author, found.length ? found.map((f) => f.display) : reactedTo, found.length === 0, language, scriptsOf));
          if (!decided && proposedHere === 0 && asks && !request) {
            // Only a question of choosing ("…でよろしいでしょうか", "XとYどちらに…", "Shall we drop X?") is answered by the choice.
            const choosing = Boolean(asked) || CHOICE_QUESTION.test(sentence);
            questions.push({ text: clip(`${sentence} (${m.author})`), about: choosing ? [...new Set(found.map((f) => keyOf(f.display)))] : [], at: i });
          }
        });
        applyReactions(m, [...new Set(proposedInMessage)], link);
        const putNow = put as { acts: { name: string; what: Act }[]; sentence: string } | null;
        if (actsNow.length || putNow) previous = { author: m.author, acts: [...actsNow, ...(putNow?.acts ?? [])], ...(putNow ? { put: { sentence: putNow.sentence, link } } : {}) };
      });

      // The shortlist is the team's own choice: a kept candidate is accepted unless the team later turned it down.
      for (const entry of shortlist) {
        const display = find(entry.suggestion)[0]?.display ?? entry.suggestion;
        const c = get(display);
        if (!c.proposedBy.length) c.proposedBy.push(entry.addedBy);
        if (entry.messageLink && !c.links.includes(entry.messageLink)) c.links.push(entry.messageLink);
        if (c.settled?.status !== 'rejected') c.settled = { status: 'accepted', by: [...new Set([...(c.settled?.by ?? []), entry.addedBy])], links: c.settled?.links ?? [] };
      }

      /**
       * Each spelling of a conversation's own name once per person's message that writes it: a short form
       * the finder took as part of a longer spelling in one message still counts where people used it.
       */
      const peopleTexts = messages.filter((m) => !m.isMusubi).map((m) => m.text);
      const writtenByPeople = (display: string) =>
        [...new Set(local.filter((n) => n.display === display).flatMap((n) => n.spellings))].flatMap((sp) => peopleTexts.filter((t) => t.includes(sp)).map(() => sp));
      // A question of choosing is answered once every candidate it asks about was settled after it ("…でよろしいでしょうか" — "賛成です").
      const open = questions.filter((q) => !q.about.length || q.about.some((k) => (settledAt.get(k) ?? -1) <= q.at || !candidates.has(k))).map((q) => q.text);
      const all: Recommendation[] = order.map((key) => {
        const c = candidates.get(key)!;
        const status: CandidateStatus = c.settled?.status ?? (c.discussed ? 'open' : 'suggested');
        const written = writtenByPeople(c.name);
        // Spellings found only by sound or position ("タウバテ") count as found; the conversation's own spellings as written.
        const spellings = [...(spelledAs.get(key) ?? []).filter((sp) => !written.includes(sp)), ...written];
        const scripts = teamScripts(scriptsOf(c.name), local.some((n) => n.display === c.name) ? spellings : []);
        return { name: c.name, nameJa: scripts.ja, nameEn: scripts.en, proposedBy: c.proposedBy, reasons: c.reasons, messageLinks: c.links, status, decidedBy: c.settled?.by ?? [] };
      });
      const recommendations = all.filter((r) => r.status !== 'rejected' && r.proposedBy.length > 0);
      const rejected = all.filter((r) => r.status === 'rejected');
      return {
        kind: 'summary',
        language,
        summary: prose(language, recommendations, rejected, decisions, open, shortlist),
        recommendations,
        rejected,
        decisions,
        openQuestions: open,
        shortlist,
        warnings: messages.length === 0 ? [language === 'ja' ? 'まとめるメッセージがありません。' : 'There are no messages to summarise.'] : [],
      };
    },
  };
}

/** A candidate's name for a reader of `language`, in both scripts where known: "島根県 (Shimane)". */
export function bilingualName(r: Pick<Recommendation, 'name' | 'nameJa' | 'nameEn'>, language: Language): string {
  const first = language === 'ja' ? r.nameJa ?? r.name : r.nameEn ?? r.name;
  const second = language === 'ja' ? r.nameEn : r.nameJa;
  return second && second !== first ? `${first} (${second})` : first;
}

/**
 * A decision as the team wrote it, led by the candidates it settles when the sentence is in the
 * other language or names them only by reference ("そうしよう。" after a proposal):
 * "島根県 (Shimane) — Let's go with Shimane. (john)".
 */
function decisionLine(sentence: string, author: string, settled: readonly string[], byReference: boolean, language: Language, scriptsOf: ScriptsOf): string {
  const quoted = clip(`${sentence} (${author})`);
  if (settled.length === 0 || (!byReference && detectLanguage(sentence) === language)) return quoted;
  const lead = settled
    .map((display) => {
      const s = scriptsOf(display);
      return bilingualName({ name: display, nameJa: s.ja, nameEn: s.en }, language);
    })
    .join(language === 'ja' ? '、' : ', ');
  return `${lead} — ${quoted}`;
}

/**
 * A name only this conversation knows is given in each script as the team wrote it most often
 * ("日韓親善協会" for Musubi's 日本韓国親善協会), else as Musubi gave it.
 */
function teamScripts(given: { ja: string | null; en: string | null }, spellings: readonly string[]): { ja: string | null; en: string | null } {
  const most = (pick: (x: string) => boolean) => {
    const counts = new Map<string, number>();
    for (const x of spellings) if (pick(x)) counts.set(x, (counts.get(x) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  return { ja: most((x) => isJapanese(x) && !/[A-Za-z]/.test(x)) ?? given.ja, en: most((x) => !/[\u3040-\u9fff\uac00-\ud7af]/.test(x) && /^[\p{Lu}\d]/u.test(x)) ?? given.en };
}

type ScriptsOf = (display: string) => { ja: string | null; en: string | null };

/**
 * A candidate's name in each script: the knowledge's, or for a name only this conversation knows,
 * the spellings Musubi gave ("Lübeck (リューベック市)", "JICA … (日系社会研修)").
 */
function scriptsFor(names: NameFinder, local: readonly LocalName[]): ScriptsOf {
  const latin = (x: string) => !/[\u3040-\u9fff\uac00-\ud7af]/.test(x);
  return (display) => {
    const known = names.scriptsOf(display);
    const own = local.filter((n) => n.display === display).flatMap((n) => n.spellings);
    if (!own.length) return known;
    const all = [...own, display];
    // The conversation's own spellings first: the knowledge's lookup of a long name may find a part of it ("JICA …").
    return { ja: all.find((x) => isJapanese(x) && !/[A-Za-z]/.test(x)) ?? known.ja, en: all.find(latin) ?? known.en };
  };
}

function prose(language: Language, recs: readonly Recommendation[], rejected: readonly Recommendation[], decisions: readonly string[], open: readonly string[], shortlist: readonly ShortlistEntry[]): string {
  const list = (items: readonly string[], none: string, sep: string) => (items.length ? items.join(sep) : none);
  if (language === 'ja') {
    const status: Record<CandidateStatus, string> = { suggested: '', open: '・検討中', accepted: '・採用', rejected: '・見送り' };
    const item = (r: Recommendation) => `${bilingualName(r, 'ja')}（${r.proposedBy.join('、')}${status[r.status]}${r.decidedBy.length ? `: ${r.decidedBy.join('、')}` : ''}）`;
    return [
      `提案: ${list(recs.map(item), 'なし', '、')}`,
      ...(rejected.length ? [`見送り: ${rejected.map((r) => `${bilingualName(r, 'ja')}（${r.decidedBy.join('、')}）`).join('、')}`] : []),
      `決定: ${list(decisions, 'なし', '; ')}`,
      `未決: ${list(open, 'なし', '; ')}`,
      ...(shortlist.length ? [`候補リスト: ${shortlist.map((s) => s.suggestion).join('、')}`] : []),
    ].join('\n');
  }
  const status: Record<CandidateStatus, string> = { suggested: '', open: '; open', accepted: '; accepted', rejected: '; rejected' };
  const item = (r: Recommendation) => `${bilingualName(r, 'en')} (${r.proposedBy.join(', ')}${status[r.status]}${r.decidedBy.length ? ` by ${r.decidedBy.join(', ')}` : ''})`;
  return [
    `Suggested: ${list(recs.map(item), 'nothing yet', '; ')}`,
    ...(rejected.length ? [`Rejected: ${rejected.map((r) => `${bilingualName(r, 'en')} (by ${r.decidedBy.join(', ')})`).join('; ')}`] : []),
    `Decided: ${list(decisions, 'nothing yet', '; ')}`,
    `Open: ${list(open, 'nothing', '; ')}`,
    ...(shortlist.length ? [`Shortlist: ${shortlist.map((s) => s.suggestion).join(', ')}`] : []),
  ].join('\n');
}
