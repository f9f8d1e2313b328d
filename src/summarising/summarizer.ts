/**
 * The offline summariser: every candidate the team talked about, who proposed it, where it
 * stands (suggested, open, accepted, rejected) and who decided; what was decided; what is still
 * open. Musubi's own suggestions come as data (`ChatMessage.suggestions`, attached by the
 * adapters); its numbered "1. Name — reason" lines are read only for transcripts without data.
 * Names are the known ones plus the conversation's own (conversation-names.ts), items of Musubi's
 * list referred to by position (references.ts), and places or names a proposal governs.
 * Each sentence's cues (proposal, agreement, decision, rejection, question) apply to the names
 * nearest to them (sentence-acts.ts); a reaction that names nothing applies to the candidate just discussed; a bare
 * agreement takes on the act of the message it answers; the last act on a candidate stands.
 * A rejected candidate is never listed among the recommendations. Platform-free.
 */

import { detectLanguage } from '../core/language.js';
import type { CandidateStatus, ChatMessage, Language, Recommendation, ShortlistEntry, SummaryReply } from '../core/types.js';
import {
  COMPARED_AFTER_JA,
  COMPARED_BEFORE,
  OPEN_CUES,
  PLURAL_REFERENCE,
  QUESTION_END_JA,
  QUESTION_MARK,
  REQUEST_CUES,
  RETENTION_CUES,
  sentencesOf,
} from './cues.js';
import { NameFinder, type FoundName } from './name-finder.js';
import { acronymOf, displayOfItem, finderWith, listItem, musubiNames, soundAlikes } from './conversation-names.js';
import { listReferences } from './references.js';
import { laterSpellings, proposedPhrase } from './proposed-phrase.js';
import { actFor, capitalisedOutside, clauseStartOf, confirmationAsked, cuesIn, governedPronoun, insideExpansion, isBareAgreement, isCommitment, isJapanese, japaneseNamesIn, lastSettling, nameNear, scopedToOtherNoun } from './sentence-acts.js';
import type { Act, PlaceLookup } from './sentence-acts.js';
import { clip, decisionLine, joinSentences, prose, scriptsFor, teamScripts } from './summary-prose.js';

export type { PlaceLookup } from './sentence-acts.js';

/** How many messages back a reaction that names nothing may reach for the candidate it is about (a decision reaches further: "OK, let's do that" closes a discussion). */
const FOCUS_REACH = 3;

const CHOICE_QUESTION = /どちら|どれ|どっち|\bwhich\b|\bor\b/i;

/** A message marked as an aside: what it says is not about the candidates on the table. */
const ASIDE = /^\W*(話(が|は)?(それ|変わ)|余談|ところで|by the way|btw|(totally |completely )?unrelated|random (aside|question|one)|off[- ]topic|side note)/i;

/**
 * A topic, subject or object written in Latin letters or katakana (as foreign names are) before a Japanese cue.
 * Two letters are left out: "NZ", "US" name the country of the candidate under discussion more often than another one.
 */
const JA_OWN_TOPIC = /(?:[A-Za-z][\w'’-]{2,}|[\u30a1-\u30fa・ー]{3,})\s?(?:は|を|が)/;

/** A noun phrase of its own before a cue: "the calendar is out", "our budget is too small". */
const OWN_SUBJECT = /\b(the|a|an|our|their|my|your|his|her)\s+[a-z]/i;

/** Narrowing a list down to a choice (a closed class of verbs of exclusive choice): "focus on", "narrow down to", 絞る, 一本化. */
const NARROWING = /\b(focus(ing)? on|narrow(ing)? (it |this |things )?down to|only go with)\b|に絞|に集中(し|する)|一本化|だけに(します|しましょう|しよう)/i;

/** A place followed by an office noun is where something is, not a candidate: "CLAIRのシドニー事務所", "the Sydney office", "Okayama City's international office". */
const LOCATION_OF = /^(事務所|支部|支所|駐在員事務所|オフィス|センター)|^(['’]s)?(\s+[a-z]+){0,2}\s+([Oo]ffice|[Bb]ranch|[Cc]hapter|[Bb]ureau)\b/;

/** A particle marking a name as the topic or an argument of the verb that follows: 「Xは…」「Xに…」「Xを…」「Xで…」 (not 「Xの…」, which qualifies a noun, nor the copula 「Xでした」). */
const JA_ARGUMENT_PARTICLE = /^(さん)?(は|を|に|へ|で(?![しす]))/;

/** The volitional "let's" (ましょう, しよう, 行こう, やろう): the speaker puts an act to the whole team. */
const JA_LETS = /(ましょう|しよう|[い行]こう|やろう)[。！!…\s]*$/;

/** "Unlike X", "Xと違って": the compared candidate is the one set aside. */
const CONTRASTED_BEFORE = /\bunlike\s+(the\s+)?$/i;

const CONTRASTED_AFTER_JA = /^(と違(って|い)|とは違)/;

/** Names after "with", "because of", "like" are context of the proposal, not proposals: "Izumo, already active with Vermont". */
const CONTEXT_BEFORE = /\b(with|because of|thanks to|like|near|in|of|from|for|to|via|through|between|and its|its)\s+(the\s+|an?\s+)?$|の\s*$/i;

/** A place where something happens ("クリチバでの講座") is a location, not a candidate. */
const QUALIFIES_NEXT_JA = /^(での|における|にある)/;

/** The requester's own place: "our town in Vermont", "we are in Kentucky", "本県", "私たちの沖縄県". */
const OWN_PLACE_BEFORE = /\bour\s+(\w+\s+){0,2}(in|of|at)\s+(\w+\s+)?$|\b(we'?re in|we are in|we'?re from|we are from|i'?m from|here in|based in|us in)\s+(\w+\s+){0,3}$|(私たち|わたしたち|うち|我々|当|本)(の)?\s*$/i;

export interface Summarizer {
  summarize(messages: readonly ChatMessage[], shortlist?: readonly ShortlistEntry[]): SummaryReply;
}

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

/** One candidate per place in a conversation: "Tsuyama" and "Tsuyama, Okayama" (the city) are one. */
const keyOf = (name: string) => name.split(',')[0]!.trim().toLowerCase();

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
      const learn = (f: FoundName, shorter: readonly string[] = []) => {
        if (local.some((l) => l.spellings.includes(f.spelling))) return;
        // Its initials too, as for the names Musubi lists ("Riverbank Heritage Trust Fund" is RHTF).
        const initials = acronymOf(f.spelling);
        local.push({ display: f.display, spellings: [...(initials && !names.find(initials).length ? [f.spelling, initials] : [f.spelling]), ...shorter] });
        find = finderWith(names, local);
      };
      const scriptsOf = scriptsFor(names, local);
      /** How the team itself wrote each candidate. */
      const spelledAs = new Map<string, string[]>();
      /** The people writing are not candidates ("How about Ken takes this?"). */
      const people = new Set(messages.map((m) => m.author.toLowerCase()));
      const candidates = new Map<string, Candidate>();
      /** Candidates that are a proposal's noun phrase, not a name ("a joint photo exhibition"). */
      const phrases = new Set<string>();
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
        // A decision is quoted from its sentence to the end of its message: what follows in the same message
        // carries it on (who does it, by when), and several decisions in one message are quoted once.
        let decidedFrom: number | undefined;
        const decidedNames: string[] = [];
        let byReference = true;
        // Likewise a question: from its sentence to the end of the message ("Who pays? Us, them, or co-funding?").
        let askedFrom: number | undefined;
        const askedAbout: string[] = [];
        let unchosen = false;
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
            // With no name near it, a proposal proposes the noun phrase it governs ("What about a joint photo exhibition?").
            // (Only in a sentence naming nothing else: "the study tour with JICA Tsukuba" proposes JICA Tsukuba.)
            const spans = cues.filter((c) => c.act !== 'support').map((cue) => nameNear(sentence, cue, places, people) ?? (found.length ? null : proposedPhrase(sentence, cue, people)));
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
              if ('phrase' in place) phrases.add(keyOf(place.display));
              learn(place, 'phrase' in place ? laterSpellings(place.spelling) : []);
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
                // (A question proposing an activity still asks the team: "Maybe mother-tongue reading sessions too?")
                if (!phrases.has(keyOf(f.display))) proposedHere++;
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
          if (decided || resolves) {
            decidedFrom ??= quotedSentence === sentence ? si : si - 1;
            for (const name of found.length ? found.map((f) => f.display) : reactedTo) if (!decidedNames.includes(name)) decidedNames.push(name);
            byReference &&= found.length === 0;
          }
          if (!decided && proposedHere === 0 && asks && !request) {
            // Only a question of choosing ("…でよろしいでしょうか", "XとYどちらに…", "Shall we drop X?") is answered by the choice.
            const choosing = Boolean(asked) || CHOICE_QUESTION.test(sentence);
            askedFrom ??= si;
            if (!choosing) unchosen = true;
            else for (const f of found) if (!askedAbout.includes(keyOf(f.display))) askedAbout.push(keyOf(f.display));
          }
        });
        if (askedFrom !== undefined) questions.push({ text: clip(`${joinSentences(sentences.slice(askedFrom))} (${m.author})`, 400), about: unchosen ? [] : askedAbout, at: i });
        if (decidedFrom !== undefined) decisions.push(decisionLine(joinSentences(sentences.slice(decidedFrom)), m.author, decidedNames, byReference, language, scriptsOf));
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
      // A phrase is a candidate once the team takes it up — discusses, settles or names it again; said once
      // ("Maybe just one night?"), it was a thought, not a recommendation.
      const listed = (key: string) => {
        const c = candidates.get(key)!;
        return !phrases.has(key) || c.discussed || c.settled !== null || c.links.length > 1;
      };
      const all: Recommendation[] = order.filter(listed).map((key) => {
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

