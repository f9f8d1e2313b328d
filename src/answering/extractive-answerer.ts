/**
 * The offline answer: pick the report sentences that cover the question best, state them
 * (Japanese question) or their key facts in English (English question) with the source line
 * quoted, and cite them. When no passage covers enough of the question, say so plainly and
 * show the closest passages as related reading.
 */
import type { GlossaryIndex } from '../bridge/glossary-index.js';
import type { ReadingIndex } from '../bridge/proper-noun-readings.js';
import type { AnswerReply, Citation, NoAnswerReply } from '../core/types.js';
import { normaliseForIndex } from '../knowledge/normalise.js';
import { reportTitle } from '../knowledge/report.js';
import { sentenceSpans, type Span } from '../knowledge/sentences.js';
import { coverage, groupPresence } from '../retrieval/coverage.js';
import type { LexicalIndex } from '../retrieval/lexical-index.js';
import { toPassage } from '../retrieval/passages.js';
import type { AnalysedQuery } from '../retrieval/query-analysis.js';
import type { ScoredChunk } from '../retrieval/scored-chunk.js';
import { tokenize } from '../retrieval/tokenizer.js';
import { answerTypeOf, carriesAnswerType, expectedCounter, type AnswerType } from './answer-type.js';
import { keyFactsInEnglish, numberFacts } from './key-facts.js';
import { accordingTo, NOT_COVERED } from './messages.js';

export interface AnswerSettings {
  /** Share of the question's weighted concepts a passage must cover to count as an answer. */
  readonly groundedThreshold: number;
  /** How many of the top passages are read for answer sentences. */
  readonly readPassages: number;
  /** How many passages the reply lists. */
  readonly listPassages: number;
  /** Longest quote, in characters (a quote is cut, never altered). */
  readonly maxQuoteChars: number;
}

export const DEFAULT_ANSWER_SETTINGS: AnswerSettings = {
  groundedThreshold: 0.65,
  readPassages: 4,
  listPassages: 6,
  maxQuoteChars: 280,
};

export interface Candidate {
  readonly span: Span;
  readonly report: string;
  readonly page: number | null;
  /** Window score: coverage with and without the heading, plus bonuses and penalties. */
  readonly coverage: number;
  /** Share of the question the window's own words cover. */
  readonly alone: number;
  readonly rank: number;
  /** Whether the window carries the kind of fact asked for (a year for "when"). */
  readonly typed: boolean;
  /** The window's tokens with its section heading's. */
  readonly tokens: ReadonlySet<string>;
}

function tokenSet(text: string): Set<string> {
  return new Set(tokenize(normaliseForIndex(text)));
}

function cutQuote(span: Span, max: number): Span {
  return span.end - span.start <= max ? span : { start: span.start, end: span.start + max };
}

/** The start of the sentence that contains `offset` (looking back at most `limit` characters). */
function sentenceStartBefore(text: string, offset: number, limit: number): number {
  for (let i = offset - 1; i >= Math.max(0, offset - limit); i--) {
    if (/[。！？!?]/.test(text[i]!) || (text[i] === '\n' && text[i - 1] === '\n')) return i + 1;
  }
  return offset;
}

/**
 * A sentence never opens with a particle: "の交流の促進にも…" after a page break, or "は要確認）"
 * after a question inside brackets, is the tail of a sentence. No quote starts there.
 */
function opensMidSentence(text: string, span: Span): boolean {
  return span.start > 0 && /^(?!では、|でも、)[のがをにはでもへやと][^\s]/.test(text.slice(span.start, span.start + 3));
}

/** A passage that starts by leaning on what came before ("これが…", "その後…") reads badly alone. */
const LEANS_BACK = /^(これ|この|その|それ|こうし|こうした|このよう|そのため|さらに|また、|ここ|同|両)/;

/** Scoring of answer windows (one or two consecutive sentences). */
const WINDOW = {
  maxChars: 320,
  maxSentences: 3,
  /** Bonus for a window that carries the kind of fact asked for (a year for "when"). */
  typeBonus: 0.15,
  leansBackPenalty: 0.08,
  headingPenalty: 0.2,
  /** Two sentences must add something to beat one. */
  pairPenalty: 0.02,
  /** Table headers and captions ("提言 実施主体") say little on their own. */
  minChars: 20,
  shortPenalty: 0.2,
} as const;

/**
 * Reads the top passages: the evidence (how much of the question the best passage, with its
 * section heading, covers: 0..1) and every window of one or two consecutive sentences as a
 * quote candidate with its score.
 */
export function readCandidates(query: AnalysedQuery, read: readonly ScoredChunk[], index: LexicalIndex): { evidence: number; missing: string[]; candidates: Candidate[] } {
  let evidence = 0;
  const readTokens = new Set(read.flatMap((r) => [...tokenSet(r.chunk.indexText)]));
  // Names and numbers of the question that no passage read mentions at all.
  const missing = query.groups.filter((g) => g.critical && groupPresence(g, readTokens, index) === 0).map((g) => g.label);
  const candidates: Candidate[] = [];
  const type = answerTypeOf(query.text);
  const counter = expectedCounter(query.text);
  read.forEach((r, rank) => {
    evidence = Math.max(evidence, coverage(query.groups, tokenSet(r.chunk.indexText), index));
    const text = index.report(r.chunk.report).text;
    const sectionTokens = r.chunk.section ? tokenSet(r.chunk.section) : new Set<string>();
    // Read a little past the chunk's edges: the sentence that names the subject may sit just before it.
    const from = sentenceStartBefore(text, r.chunk.start, WINDOW.maxChars);
    const spans = sentenceSpans(text, from, Math.min(text.length, r.chunk.end + WINDOW.maxChars / 2)).filter((s) => s.end - s.start >= 8);
    spans.forEach((first, i) => {
      if (opensMidSentence(text, first)) return;
      const windows: Span[] = [first];
      for (let n = 1; n < WINDOW.maxSentences; n++) {
        const last = spans[i + n];
        if (!last || last.end - first.start > WINDOW.maxChars) break;
        // A window runs over a blank line only into a paragraph that continues the story
        // ("その後、両校は…"); otherwise that is another paragraph, caption or column.
        const gap = text.slice(spans[i + n - 1]!.end, last.start);
        if (/\n\s*\n/.test(gap) && !LEANS_BACK.test(text.slice(last.start, last.end))) break;
        windows.push({ start: first.start, end: last.end });
      }
      for (const span of windows) {
        // Windows reaching past the chunk only count when they overlap it.
        if (span.end <= r.chunk.start || span.start >= r.chunk.end) continue;
        const quote = text.slice(span.start, span.end);
        // A window that itself names what was asked beats one that relies on its heading.
        const tokens = tokenSet(quote);
        const alone = coverage(query.groups, tokens, index);
        for (const t of sectionTokens) tokens.add(t);
        const withHeading = coverage(query.groups, tokens, index);
        let score = 0.6 * alone + 0.4 * withHeading;
        const typed = carriesAnswerType(type, quote, counter);
        if (typed) score += WINDOW.typeBonus;
        if (LEANS_BACK.test(quote)) score -= WINDOW.leansBackPenalty;
        if (r.chunk.section && quote.trim() === r.chunk.section) score -= WINDOW.headingPenalty;
        if (span !== first) score -= WINDOW.pairPenalty * windows.indexOf(span);
        if (quote.replace(/\s/g, '').length < WINDOW.minChars) score -= WINDOW.shortPenalty;
        candidates.push({ span, report: r.chunk.report, page: r.chunk.page, coverage: score, alone, rank, typed, tokens });
      }
    });
  });
  return { evidence, missing, candidates };
}

/** How much less of the question a window stating the asked-for figure may cover than the best window. */
const FIGURE_SLACK = 0.25;
/** The same for a window that names the attribute asked for ("歴史は？"): naming it says much. */
const ASKED_SLACK = 0.4;
/**
 * How much of the question that window must cover by its own words: "8万人以上の参加者" does not
 * say how many JET alumni became ambassadors.
 */
const FIGURE_MIN_ALONE = 0.5;

export function composeExtractiveAnswer(
  query: AnalysedQuery,
  ranked: readonly ScoredChunk[],
  index: LexicalIndex,
  glossary: GlossaryIndex,
  settings: AnswerSettings = DEFAULT_ANSWER_SETTINGS,
  readings?: ReadingIndex,
): AnswerReply | NoAnswerReply {
  const language = query.language;
  const passages = ranked.slice(0, settings.listPassages).map((r) => toPassage(r, index, language));

  const read = readCandidates(query, ranked.slice(0, settings.readPassages), index);
  const { missing } = read;
  let { evidence, candidates } = read;
  // A date, a figure or a name may sit a little lower in the ranking than the passages that
  // share most words with the question ("何か国" loses its 国 to tokenizing): read further.
  const type = answerTypeOf(query.text);
  const needsFigure = type === 'year' || type === 'number' || type === 'person';
  if (needsFigure && !candidates.some((c) => c.typed)) {
    const deeper = readCandidates(query, ranked.slice(settings.readPassages, settings.readPassages * 2), index);
    evidence = Math.max(evidence, deeper.evidence);
    candidates = [...candidates, ...deeper.candidates.map((c) => ({ ...c, rank: c.rank + settings.readPassages }))];
  }

  if (query.groups.length === 0 || missing.length > 0 || evidence < settings.groundedThreshold || candidates.length === 0) {
    return { kind: 'no-answer', language, question: query.text, text: NOT_COVERED[language], passages, warnings: [] };
  }

  // Best sentences: coverage first, earlier-ranked passages break ties; at most two, from different places.
  const ordered = [...candidates].sort((a, b) => b.coverage - a.coverage || a.rank - b.rank || a.span.start - b.span.start);
  // "When…?", "how many…?" and "who heads…?" are answered by a date, a figure or a name, and
  // "本部はどこ" by a window that names the 本部: the best window that states what is asked (and is
  // about the question itself) leads; without one, the reports do not answer.
  const asked = query.groups.filter((g) => g.asked);
  const answers = (c: Candidate) =>
    (!needsFigure || (c.typed && c.alone >= FIGURE_MIN_ALONE)) && asked.every((g) => groupPresence(g, c.tokens, index) > 0);
  const slack = needsFigure ? FIGURE_SLACK : ASKED_SLACK;
  const first = needsFigure || asked.length ? ordered.find((c) => c.coverage >= ordered[0]!.coverage - slack && answers(c)) : ordered[0]!;
  if (!first) return { kind: 'no-answer', language, question: query.text, text: NOT_COVERED[language], passages, warnings: [] };
  const chosen: Candidate[] = [first];
  const second = ordered.find((c) => c !== first && c.coverage >= first.coverage * 0.85 && c.alone >= 0.5 && (c.report !== first.report || c.span.end <= first.span.start || c.span.start >= first.span.end));
  if (second) chosen.push(second);
  // Two windows from one report that answer about equally well read in document order, so the
  // answer flows; otherwise — or when the first states the figure asked for — the better leads.
  if (!needsFigure && chosen.length === 2 && Math.abs(chosen[0]!.alone - chosen[1]!.alone) < 0.1) chosen.sort((a, b) => (a.report === b.report ? a.span.start - b.span.start : 0));

  const citations: Citation[] = chosen.map((c) => {
    const report = index.report(c.report);
    const span = cutQuote(c.span, settings.maxQuoteChars);
    return { report: c.report, title: reportTitle(report.meta, language), page: c.page, quote: report.text.slice(span.start, span.end) };
  });

  const text = language === 'ja' ? japaneseAnswer(citations) : englishAnswer(citations, glossary, readings, type);
  return { kind: 'answer', language, question: query.text, text, citations, passages, warnings: [] };
}

function japaneseAnswer(citations: readonly Citation[]): string {
  const body = citations.map((c) => c.quote).join('\n');
  return `${body}\n${accordingTo('ja', citations[0]!.title)}`;
}

function englishAnswer(citations: readonly Citation[], glossary: GlossaryIndex, readings: ReadingIndex | undefined, type: AnswerType): string {
  const lines: string[] = [];
  // For "when" and "how many", lead with the figure itself, as a person would.
  const figures = numberFacts(citations[0]!.quote);
  const isYear = (f: string) => /^(1[89]|20)\d{2}$/.test(f);
  // "How many": a count with its unit (people, countries…), not an age, a year or a bare figure.
  const counts = figures.filter((f) => !isYear(f) && !f.startsWith('age ') && /\D/.test(f.replace(/[\d,.]/g, '')));
  const lead = type === 'year' ? figures.find(isYear) : type === 'number' ? counts.find((f) => f.endsWith('people')) ?? counts[0] : undefined;
  if (lead) lines.push(`${lead} — ${accordingTo('en', citations[0]!.title).replace(/^A/, 'a')}`);
  else lines.push(accordingTo('en', citations[0]!.title));
  lines.push(...citationLinesInEnglish(citations, glossary, readings));
  return lines.join('\n');
}

/** Each quoted Japanese line with its key facts stated in English. */
export function citationLinesInEnglish(citations: readonly Citation[], glossary: GlossaryIndex, readings: ReadingIndex | undefined): string[] {
  return citations.flatMap((c) => {
    const facts = keyFactsInEnglish(c.quote, glossary, readings);
    return [facts.length ? `• Key facts: ${facts.join('; ')}.` : '• (see the quoted line)', `  Source line (Japanese): “${c.quote}”`];
  });
}
