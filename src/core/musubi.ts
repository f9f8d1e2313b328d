/**
 * The engine's port: everything an adapter may ask of Musubi. Adapters depend on this
 * interface only (tests inject fakes); `createMusubi` in src/engine.ts builds the real one.
 */
import type {
  AnswerReply,
  ChatMessage,
  ConversationTurn,
  HelpReply,
  Language,
  MatchReply,
  NoAnswerReply,
  SuggestionKind,
  SummaryReply,
} from './types.js';

export interface AskOptions {
  /** Earlier turns of the same thread, oldest first, for follow-up questions. */
  readonly context?: readonly ConversationTurn[];
  /** Called with the answer text so far while a model streams it (OpenAI mode only). */
  readonly onPartial?: (textSoFar: string) => void;
  /** Who is asking (workspace/server id), for per-workspace budgets. */
  readonly workspace?: string;
}

export interface MatchOptions {
  /** The place asking ("羽咋市", "Hakui, Ishikawa"): the "find us a sister city" case. */
  readonly forPlace?: string;
  /** ISO 3166-1 alpha-2 code of the wanted counterpart country. */
  readonly country?: string;
  readonly kind?: SuggestionKind;
  /** How many suggestions; default 5. */
  readonly top?: number;
  /** Suggestions already shown (ids) — "More suggestions" skips them. */
  readonly exclude?: readonly string[];
  readonly workspace?: string;
}

/** Where a conversation lives, for the shortlist and feedback store. */
export interface ChannelScope {
  /** Slack team id or Discord guild id ("dm" or "console" where there is none). */
  readonly workspace: string;
  readonly channel: string;
}

export interface SummarizeOptions {
  /** When given, the channel's shortlist is included in the summary. */
  readonly scope?: ChannelScope;
}

export interface Musubi {
  ask(question: string, options?: AskOptions): Promise<AnswerReply | NoAnswerReply>;
  match(request: string, options?: MatchOptions): Promise<MatchReply>;
  /** Programs and organisations that fit a goal (match restricted to kind program/organisation). */
  programs(goal: string, options?: MatchOptions): Promise<MatchReply>;
  summarize(messages: readonly ChatMessage[], options?: SummarizeOptions): Promise<SummaryReply>;
  help(language: Language): HelpReply;
}
