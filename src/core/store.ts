/**
 * The store port: everything Musubi must remember beyond one request and share between
 * replicas — shortlist, feedback, retry de-duplication, the daily token spend, and reply
 * records. Implementations live in src/store/ (SQLite by default, PostgreSQL when DATABASE_URL
 * is set, in-memory for tests and the terminal); adapters and the engine only see this
 * interface, and test/unit/store/store-contract.test.ts is the suite every one passes.
 */
import type { ChannelScope } from './musubi.js';
import type { Passage, ShortlistEntry, Suggestion, SuggestionKind } from './types.js';

export interface NewShortlistEntry {
  /** Display name of the suggestion ("Crescent City, California"). */
  readonly suggestion: string;
  /** Stable suggestion id when it came from a Musubi suggestion. */
  readonly suggestionId?: string;
  readonly addedBy: string;
  readonly messageLink?: string | null;
}

export interface Feedback {
  /** What is rated: an answer (question text or message id) or a suggestion id. */
  readonly target: string;
  readonly targetKind: 'answer' | 'suggestion';
  readonly vote: 'up' | 'down';
  readonly user: string;
}

/** One suggestion as Musubi showed it, kept so buttons and summaries read data, not text. */
export type RecordedSuggestion = Pick<Suggestion, 'id' | 'name' | 'nameJa' | 'nameEn' | 'kind' | 'country' | 'existing'> & {
  /** The first reason shown, if any. */
  readonly reason: string | null;
};

/** What Musubi said in one reply: its id, the request, what it suggested and retrieved, where it was posted. */
export interface ReplyRecord {
  /** The reply id buttons carry. */
  readonly id: string;
  /** Reply kind (`answer`, `matches`, …). */
  readonly kind: string;
  /** The command that produced it (`ask`, `match`, `programs`, …). */
  readonly command: string;
  /** The question or request text. */
  readonly request: string;
  /** Platform message ids of the posted messages (Slack ts, Discord message id), in order. */
  readonly messageIds: readonly string[];
  readonly at: string;
  readonly suggestions: readonly RecordedSuggestion[];
  /** Suggestion ids shown in this reply and in the replies "More suggestions" grew from. */
  readonly shown: readonly string[];
  /** The passages retrieved for an answer ("Show sources"). */
  readonly passages: readonly Pick<Passage, 'report' | 'title' | 'page' | 'text'>[];
  /** Match options to repeat for "More suggestions". */
  readonly country?: string | null;
  readonly wantedKind?: SuggestionKind | null;
}

/** Reply records kept per channel: buttons on older replies say the record is gone. */
export const MAX_REPLY_RECORDS = 1000;

export interface MusubiStore {
  /**
   * Claims `key` (a platform event id) for `ttlMs`: true the first time, false while an earlier
   * claim lives — in this process, after a restart, or in another replica sharing the store.
   */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
  /** Adds `tokens` to a workspace's spend on a UTC day ("2026-12-01"); returns that day's total. */
  addTokens(workspace: string, day: string, tokens: number): Promise<number>;
  /** A workspace's spend on a UTC day (0 when nothing was spent). */
  tokensSpent(workspace: string, day: string): Promise<number>;
  /** Adds an entry; adding the same suggestion twice to one channel returns the existing entry. */
  addToShortlist(scope: ChannelScope, entry: NewShortlistEntry): Promise<ShortlistEntry>;
  listShortlist(scope: ChannelScope): Promise<readonly ShortlistEntry[]>;
  /** Returns false when no entry with that id exists in the channel. */
  removeFromShortlist(scope: ChannelScope, id: number): Promise<boolean>;
  recordFeedback(scope: ChannelScope, feedback: Feedback): Promise<void>;
  /** Records (or replaces, by id) what Musubi said in a reply; a channel keeps its latest `MAX_REPLY_RECORDS`. */
  recordReply(scope: ChannelScope, record: ReplyRecord): Promise<void>;
  /** The channel's reply records, oldest first. */
  listReplies(scope: ChannelScope): Promise<readonly ReplyRecord[]>;
  close(): Promise<void>;
}
