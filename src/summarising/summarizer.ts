/**
 * The offline summariser: who suggested which counterparts and why, what was decided, what is
 * still open. Recommendations come from the structure of Musubi's own suggestions and from
 * known names in people's messages that carry a suggestion or decision cue; every item links
 * back to its messages. Platform-free: adapters hand it plain messages.
 */
import { detectLanguage } from '../core/language.js';
import type { ChatMessage, Language, Recommendation, ShortlistEntry, SummaryReply } from '../core/types.js';
import { DECISION_CUES, OPEN_CUES, QUESTION_MARK, SUGGESTION_CUES, sentencesOf } from './cues.js';
import type { FoundName, NameFinder } from './name-finder.js';

export interface Summarizer {
  summarize(messages: readonly ChatMessage[], shortlist?: readonly ShortlistEntry[]): SummaryReply;
}

/** Musubi lists suggestions as "1. Name — reason" / "1. Name (kind, country): reason". */
const NUMBERED = /^\s*(?:\d+[.)]|[-•*])\s*\**([^—–:(\n*]+?)\**\s*(?:\(([^)]*)\))?\s*(?:[—–:-]\s*(.+))?$/;

interface Draft {
  name: string;
  proposedBy: string[];
  reasons: string[];
  links: string[];
}

function linkOf(m: ChatMessage, index: number): string {
  return m.link ?? m.ts ?? `#${index + 1}`;
}

function majorityLanguage(messages: readonly ChatMessage[]): Language {
  let ja = 0;
  for (const m of messages) if (detectLanguage(m.text) === 'ja') ja++;
  return ja * 2 >= messages.length && ja > 0 ? 'ja' : 'en';
}

function clip(text: string, max = 200): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Resolves a place name the knowledge does not list ("Boise", "岐阜市") to its display name, or null. */
export type PlaceLookup = (text: string) => string | null;

/** A place named right after an English cue ("how about Boise?") or right before a Japanese one ("岐阜市はどうでしょう"). */
function placeNear(sentence: string, cue: RegExpExecArray, places: PlaceLookup): FoundName[] {
  const japaneseCue = /[\u3040-\u9fff]/.test(cue[0]);
  const candidate = japaneseCue
    ? /([\u4e00-\u9fff々ヶ\u30a0-\u30ffー]{2,}(?:市|町|村|県|州))(?:は|が|も|を|に|で|と)?\s*$/.exec(sentence.slice(0, cue.index))?.[1]
    : /^\s*(?:(?:we\s+)?(?:partner with|contact|approach|try|go with|look at)\s+)?(?:the\s+)?([A-Z][a-zA-Z.'-]+(?:\s+[A-Z][a-zA-Z.'-]+){0,2}(?:,\s*[A-Z][a-zA-Z]+)?)/.exec(sentence.slice(cue.index + cue[0].length))?.[1];
  if (!candidate) return [];
  const display = places(candidate);
  return display ? [{ display, at: cue.index, spelling: candidate }] : [];
}

export function createSummarizer({ names, places }: { names: NameFinder; places?: PlaceLookup }): Summarizer {
  /**
   * The names a sentence proposes: English puts the name after the cue ("how about Crescent
   * City"), Japanese before it ("福井県はどうでしょう"). Null when the sentence has no cue;
   * [] when it has a cue but names nothing.
   */
  const proposedNames = (sentence: string, decided: boolean): FoundName[] | null => {
    const cue = (decided ? DECISION_CUES : SUGGESTION_CUES).exec(sentence) ?? (decided ? SUGGESTION_CUES.exec(sentence) : null);
    if (!cue) return null;
    const found = names.find(sentence);
    const japaneseCue = /[\u3040-\u9fff]/.test(cue[0]);
    const near = found.filter((f) => (japaneseCue ? f.at < cue.index : f.at >= cue.index));
    // A place the knowledge does not list, named next to the cue, is still a proposal; and
    // "Boise, Idaho" is the city, not the state the knowledge happens to know.
    const place = places ? placeNear(sentence, cue, places) : [];
    if (place.length && near.every((n) => place[0]!.display.includes(n.display))) return place;
    return near.length ? near : place.length ? place : found;
  };
  return {
    summarize(messages, shortlist = []) {
      const drafts = new Map<string, Draft>();
      const add = (name: string, by: string, reason: string | null, link: string) => {
        const key = name.toLowerCase();
        const d = drafts.get(key) ?? { name, proposedBy: [], reasons: [], links: [] };
        if (!d.proposedBy.includes(by)) d.proposedBy.push(by);
        if (reason && !d.reasons.includes(reason)) d.reasons.push(reason);
        if (!d.links.includes(link)) d.links.push(link);
        drafts.set(key, d);
      };
      const decisions: string[] = [];
      const open: string[] = [];

      messages.forEach((m, i) => {
        const link = linkOf(m, i);
        if (m.isMusubi) {
          for (const s of m.suggestions ?? []) add(s.nameEn ?? s.name, 'Musubi', s.reasons[0] ?? null, link);
          if (!m.suggestions?.length) {
            for (const line of m.text.split('\n')) {
              const numbered = NUMBERED.exec(line);
              if (!numbered) continue;
              const found = names.find(numbered[1]!)[0];
              add(found?.display ?? numbered[1]!.trim(), 'Musubi', numbered[3] ? clip(numbered[3]) : null, link);
            }
          }
          return;
        }
        const sentences = sentencesOf(m.text);
        sentences.forEach((sentence, si) => {
          const decided = DECISION_CUES.test(sentence);
          if (decided) decisions.push(clip(`${sentence} (${m.author})`));
          const proposed = proposedNames(sentence, decided) ?? (si > 0 && SUGGESTION_CUES.test(sentence) ? names.find(sentences[si - 1]!) : []);
          for (const f of proposed) add(f.display, m.author, clip(m.text), link);
          // A name already suggested, mentioned again without a cue: the mention is a vote, not a new proposal.
          for (const f of names.find(sentence)) {
            const d = drafts.get(f.display.toLowerCase());
            if (d && !d.links.includes(link)) d.links.push(link);
          }
          const asks = OPEN_CUES.test(sentence) || (QUESTION_MARK.test(sentence) && sentence.length > 8);
          if (!decided && proposed.length === 0 && asks) open.push(clip(`${sentence} (${m.author})`));
        });
      });

      const language = majorityLanguage(messages);
      const recommendations: Recommendation[] = [...drafts.values()].map((d) => ({ name: d.name, nameJa: null, nameEn: null, proposedBy: d.proposedBy, reasons: d.reasons, messageLinks: d.links, status: 'suggested', decidedBy: [] }));
      return {
        kind: 'summary',
        language,
        summary: prose(language, recommendations, decisions, open, shortlist),
        recommendations,
        rejected: [],
        decisions,
        openQuestions: open,
        shortlist,
        warnings: messages.length === 0 ? [language === 'ja' ? 'まとめるメッセージがありません。' : 'There are no messages to summarise.'] : [],
      };
    },
  };
}

function prose(language: Language, recs: readonly Recommendation[], decisions: readonly string[], open: readonly string[], shortlist: readonly ShortlistEntry[]): string {
  const list = (items: readonly string[], none: string) => (items.length ? items.join('; ') : none);
  const suggested = recs.map((r) => `${r.name} (${r.proposedBy.join(', ')})`);
  if (language === 'ja') {
    return [
      `提案: ${list(suggested, 'なし')}`,
      `決定: ${list(decisions, 'なし')}`,
      `未決: ${list(open, 'なし')}`,
      ...(shortlist.length ? [`候補リスト: ${shortlist.map((s) => s.suggestion).join('、')}`] : []),
    ].join('\n');
  }
  return [
    `Suggested: ${list(suggested, 'nothing yet')}`,
    `Decided: ${list(decisions, 'nothing yet')}`,
    `Open: ${list(open, 'nothing')}`,
    ...(shortlist.length ? [`Shortlist: ${shortlist.map((s) => s.suggestion).join(', ')}`] : []),
  ].join('\n');
}
