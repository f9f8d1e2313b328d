/**
 * The engine's plain, typed request and reply model. Adapters (Slack, Discord, console, CLI)
 * only build `EngineRequest`s and render `Reply`s; nothing here knows about a platform.
 */

export type Language = 'ja' | 'en';

/** A checkable citation: `quote` is always a verbatim substring of the report's original text. */
export interface Citation {
  /** File name in knowledge/reports, e.g. `culcon31-snd-working-group-final-report.ja.txt`. */
  readonly report: string;
  /** Report title in the reply's language where known. */
  readonly title: string;
  /** 1-based page in the source document, or null when the extraction carries no page marks. */
  readonly page: number | null;
  readonly quote: string;
}

/** A retrieved passage. `score` is a similarity: higher is better, comparable only within one result list. */
export interface Passage {
  readonly chunkId: string;
  readonly report: string;
  readonly title: string;
  readonly page: number | null;
  readonly section: string | null;
  /** Original report text (not the cleaned index text), at most 1,200 characters. */
  readonly text: string;
  readonly score: number;
}

/** One turn of earlier conversation, for follow-up questions in a thread. */
export interface ConversationTurn {
  readonly role: 'user' | 'assistant';
  readonly text: string;
}

export interface AnswerReply {
  readonly kind: 'answer';
  readonly language: Language;
  readonly question: string;
  /** Short answer text in `language`, plain text (no platform markup). */
  readonly text: string;
  readonly citations: readonly Citation[];
  readonly passages: readonly Passage[];
  readonly warnings: readonly string[];
  /** How sure Musubi is that the passages answer the question, 0..1 (see answering/answerability.ts). */
  readonly confidence?: number;
}

export interface NoAnswerReply {
  readonly kind: 'no-answer';
  readonly language: Language;
  readonly question: string;
  /** Says plainly that the reports do not cover the question. */
  readonly text: string;
  /** Closest passages, shown as "related", never as evidence. */
  readonly passages: readonly Passage[];
  readonly warnings: readonly string[];
  readonly confidence?: number;
}

export type SuggestionKind = 'city' | 'region' | 'organisation' | 'program';

export interface Evidence {
  readonly report: string | null;
  readonly record: string | null;
  readonly quote: string;
}

export interface Suggestion {
  /** Stable id, used by "Add to shortlist" buttons. */
  readonly id: string;
  readonly name: string;
  readonly nameJa: string | null;
  readonly nameEn: string | null;
  readonly kind: SuggestionKind;
  readonly country: string | null;
  readonly score: number;
  readonly reasons: readonly string[];
  readonly evidence: readonly Evidence[];
  /** True when this is an existing partnership shown as precedent, not a new proposal. */
  readonly existing: boolean;
}

export interface MatchReply {
  readonly kind: 'matches';
  readonly language: Language;
  readonly request: string;
  readonly profile: Readonly<Record<string, unknown>>;
  readonly suggestions: readonly Suggestion[];
  readonly warnings: readonly string[];
}

/** A chat message handed to the summariser. */
export interface ChatMessage {
  readonly author: string;
  readonly text: string;
  /** Platform timestamp or ISO time, as given. */
  readonly ts?: string;
  readonly link?: string;
  readonly isMusubi: boolean;
  /** Structured suggestions Musubi attached to its own message, when known. */
  readonly suggestions?: readonly Suggestion[];
  /**
   * The kind of reply Musubi's message was, when its reply record is known (`answer`, `matches`…).
   * Then only its structured suggestions count; its text is never re-read for candidates.
   */
  readonly replyKind?: string;
  /** Reactions on the message, by kind, with who reacted where the platform says. */
  readonly reactions?: readonly Reaction[];
  /**
   * A person's message that asked Musubi itself (a question or a request it answered, as every line
   * of a terminal session does): its names are the asker's setting, its questions are not the team's.
   */
  readonly toMusubi?: boolean;
}

/**
 * A reaction, read as what it means for the candidates the message names: `approve` (✅),
 * `support` (👍), `object` (👎, ❌). Platform emoji names are mapped by the adapters.
 */
export interface Reaction {
  readonly meaning: 'approve' | 'support' | 'object';
  /** Who reacted (user ids or names); empty when the platform gives only a count. */
  readonly users: readonly string[];
  readonly count: number;
}

/**
 * Where a candidate stands: `suggested` (named, no reaction yet), `open` (discussed, not
 * settled), `accepted` (the team agreed or decided on it), `rejected` (the team turned it down).
 */
export type CandidateStatus = 'suggested' | 'accepted' | 'rejected' | 'open';

export interface Recommendation {
  readonly name: string;
  /** The name in the other script, when known ("Crescent City" ↔ "クレセントシティ"). */
  readonly nameJa: string | null;
  readonly nameEn: string | null;
  readonly proposedBy: readonly string[];
  readonly reasons: readonly string[];
  readonly messageLinks: readonly string[];
  readonly status: CandidateStatus;
  /** Who accepted or rejected it (empty while it is suggested or open). */
  readonly decidedBy: readonly string[];
}

export interface ShortlistEntry {
  readonly id: number;
  readonly suggestion: string;
  readonly addedBy: string;
  readonly addedAt: string;
  readonly messageLink: string | null;
}

export interface SummaryReply {
  readonly kind: 'summary';
  readonly language: Language;
  readonly summary: string;
  /** Candidates the team has not rejected (suggested, open or accepted), first mention first. */
  readonly recommendations: readonly Recommendation[];
  /** Candidates the team turned down: never listed among the recommendations. */
  readonly rejected: readonly Recommendation[];
  readonly decisions: readonly string[];
  readonly openQuestions: readonly string[];
  readonly shortlist: readonly ShortlistEntry[];
  readonly warnings: readonly string[];
}

export interface HelpReply {
  readonly kind: 'help';
  readonly language: Language;
  readonly text: string;
}

export type Reply = AnswerReply | NoAnswerReply | MatchReply | SummaryReply | HelpReply;

/** The channel's shortlist, shown by `shortlist` and after Add/Remove (adapters build it from the store). */
export interface ShortlistReply {
  readonly kind: 'shortlist';
  readonly language: Language;
  readonly entries: readonly ShortlistEntry[];
  /** What just changed ("Added: Crescent City"), when a button changed it. */
  readonly notice: string | null;
  readonly warnings: readonly string[];
}

/** The passages retrieved for one earlier answer ("Show sources"). */
export interface SourcesReply {
  readonly kind: 'sources';
  readonly language: Language;
  readonly question: string;
  readonly passages: readonly Pick<Passage, 'report' | 'title' | 'page' | 'text'>[];
  readonly warnings: readonly string[];
}

/** A failure a person can act on, shown instead of silence. */
export interface ErrorReply {
  readonly kind: 'error';
  readonly language: Language;
  /** Plain text saying what went wrong and what to do. */
  readonly text: string;
  readonly code: string;
}

/** A one-line acknowledgement ("Thanks for the feedback!"). */
export interface NoticeReply {
  readonly kind: 'notice';
  readonly language: Language;
  readonly text: string;
}

/** Everything a chat adapter renders: the engine's replies and the chat layer's own. */
export type ChatReply = Reply | ShortlistReply | SourcesReply | ErrorReply | NoticeReply;
