/**
 * The engine: routes each request to answering, matching or summarising and returns plain
 * typed replies. It knows nothing of Slack, Discord or the terminal.
 */
import { answerQuestion, type ChunkRanker } from './answering/question-answerer.js';
import { HELP_TEXT } from './answering/help-text.js';
import { validateUserText } from './core/command.js';
import { MusubiError } from './core/errors.js';
import type { Logger } from './core/logger.js';
import type { AskOptions, MatchOptions, Musubi, SummarizeOptions } from './core/musubi.js';
import type { MusubiStore } from './core/store.js';
import type { AnswerReply, ChatMessage, Language, MatchReply, NoAnswerReply, Passage, ShortlistEntry, SummaryReply } from './core/types.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';

/** Improves an offline answer with a model when one is configured; returns the offline one on any failure. */
export type AnswerWriter = (input: {
  question: string;
  language: Language;
  passages: readonly Passage[];
  offline: AnswerReply | NoAnswerReply;
  options: AskOptions;
}) => Promise<AnswerReply | NoAnswerReply>;

export interface EngineMatcher {
  match(request: string, options?: MatchOptions): Promise<MatchReply>;
}

/** Writes a digest's prose with a model when one is configured; returns the offline digest on any failure. */
export type SummaryProseWriter = (offline: SummaryReply, messages: readonly ChatMessage[], workspace?: string) => Promise<SummaryReply>;

export interface EngineSummarizer {
  summarize(messages: readonly ChatMessage[], shortlist?: readonly ShortlistEntry[]): SummaryReply | Promise<SummaryReply>;
}

export interface EngineParts {
  readonly kb: KnowledgeBase;
  readonly rank: ChunkRanker;
  readonly store: MusubiStore;
  readonly logger: Logger;
  readonly matcher?: EngineMatcher;
  readonly summarizer?: EngineSummarizer;
  readonly writeAnswer?: AnswerWriter;
  readonly writeSummary?: SummaryProseWriter;
}

export function createEngine(parts: EngineParts): Musubi {
  const { kb, rank, store, logger } = parts;

  const requireMatcher = (): EngineMatcher => {
    if (!parts.matcher) throw new MusubiError('not_found', 'Partner matching is not available in this build.');
    return parts.matcher;
  };

  return {
    async ask(question, options = {}) {
      const text = validateUserText(question, 'question');
      const started = performance.now();
      const { reply } = await answerQuestion(text, kb, rank, { context: options.context });
      const final = parts.writeAnswer
        ? await parts.writeAnswer({ question: text, language: reply.language, passages: reply.passages, offline: reply, options })
        : reply;
      logger.debug('answered', { kind: final.kind, ms: Math.round(performance.now() - started) });
      return final;
    },

    async match(request, options = {}) {
      // With --for the place is the request; free text must be a usable request.
      const text = options.forPlace ? request.trim() : validateUserText(request, 'request');
      return requireMatcher().match(text, options);
    },

    async programs(goal, options = {}) {
      const text = validateUserText(goal, 'goal');
      return requireMatcher().match(text, { ...options, kind: options.kind ?? 'program' });
    },

    async summarize(messages, options: SummarizeOptions = {}) {
      if (!parts.summarizer) throw new MusubiError('not_found', 'Summaries are not available in this build.');
      const shortlist = options.scope ? await store.listShortlist(options.scope) : [];
      const offline = await parts.summarizer.summarize(messages, shortlist);
      return parts.writeSummary ? parts.writeSummary(offline, messages, options.scope?.workspace) : offline;
    },

    help(language) {
      return { kind: 'help', language, text: HELP_TEXT[language] };
    },
  };
}

