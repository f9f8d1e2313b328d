/**
 * The shortlist and feedback port. The SQLite implementation lives in src/store/; adapters
 * and the engine only see this interface (tests use the in-memory one).
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

export interface MusubiStore {
  /** Adds an entry; adding the same suggestion twice to one channel returns the existing entry. */
  addToShortlist(scope: ChannelScope, entry: NewShortlistEntry): Promise<ShortlistEntry>;
  listShortlist(scope: ChannelScope): Promise<readonly ShortlistEntry[]>;
  /** Returns false when no entry with that id exists in the channel. */
  removeFromShortlist(scope: ChannelScope, id: number): Promise<boolean>;
  recordFeedback(scope: ChannelScope, feedback: Feedback): Promise<void>;
  close(): Promise<void>;
}
