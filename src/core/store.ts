/**
 * The store port: everything Musubi must remember beyond one request and share between
 * replicas — shortlist, feedback, retry de-duplication, the daily token spend, and reply
 * records. Implementations live in src/store/ (SQLite by default, PostgreSQL when DATABASE_URL
 * is set, in-memory for tests and the terminal); adapters and the engine only see this
 * interface, and test/unit/store/store-contract.test.ts is the suite every one passes.
 */
import type { ChannelScope } from './musubi.js';
import type { ShortlistEntry } from './types.js';

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

/** A reply Musubi posted, kept for later use (threads, edits, analytics). */
export interface ReplyRecord {
  readonly id: number;
  /** Who the reply belongs to, e.g. "slack:T1:C1" or "discord:G1:C9". */
  readonly scope: string;
  /** The platform's id of the posted message (Slack ts, Discord message id), when known. */
  readonly platformMessageId: string | null;
  /** Any JSON value the caller wants back (the reply, its citations…). */
  readonly payload: unknown;
  /** ISO 8601. */
  readonly createdAt: string;
}

export interface NewReplyRecord {
  readonly scope: string;
  readonly platformMessageId?: string | null;
  readonly payload: unknown;
}

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
  /**
   * Stores one reply record; the payload must be JSON-serialisable.
   *
   * @example await store.recordReply({ scope: 'slack:T1:C1', platformMessageId: '1712.0001', payload: { kind: 'answer' } })
   */
  recordReply(reply: NewReplyRecord): Promise<ReplyRecord>;
  /** The reply records of a scope, oldest first. */
  listReplies(scope: string): Promise<readonly ReplyRecord[]>;
  /** Adds an entry; adding the same suggestion twice to one channel returns the existing entry. */
  addToShortlist(scope: ChannelScope, entry: NewShortlistEntry): Promise<ShortlistEntry>;
  listShortlist(scope: ChannelScope): Promise<readonly ShortlistEntry[]>;
  /** Returns false when no entry with that id exists in the channel. */
  removeFromShortlist(scope: ChannelScope, id: number): Promise<boolean>;
  recordFeedback(scope: ChannelScope, feedback: Feedback): Promise<void>;
  close(): Promise<void>;
}
