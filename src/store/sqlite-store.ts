/**
 * The store in one SQLite file (better-sqlite3): shortlist, feedback, retry claims, the daily
 * token spend and reply records. Created and migrated on open (PRAGMA user_version), WAL
 * journal so a crash never leaves half a write, every change a single statement or transaction.
 * Another process holding the lock is waited for (busy timeout, 5 s by default); if it still
 * holds it, the error says so (`store_busy`) instead of blaming the path.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MusubiError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { ChannelScope } from '../core/musubi.js';
import { MAX_REPLY_RECORDS, type MusubiStore, type ReplyRecord } from '../core/store.js';
import type { ShortlistEntry } from '../core/types.js';

/** Schema versions, applied in order; never edit one that has shipped, add the next. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE shortlist (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     workspace TEXT NOT NULL,
     channel TEXT NOT NULL,
     suggestion TEXT NOT NULL,
     suggestion_id TEXT,
     added_by TEXT NOT NULL,
     added_at TEXT NOT NULL,
     message_link TEXT,
     UNIQUE (workspace, channel, suggestion)
   );
   CREATE TABLE feedback (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     workspace TEXT NOT NULL,
     channel TEXT NOT NULL,
     target TEXT NOT NULL,
     target_kind TEXT NOT NULL CHECK (target_kind IN ('answer', 'suggestion')),
     vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
     user TEXT NOT NULL,
     at TEXT NOT NULL
   );`,
  `CREATE TABLE claims (
     key TEXT PRIMARY KEY,
     expires_at INTEGER NOT NULL
   );
   CREATE TABLE token_spend (
     workspace TEXT NOT NULL,
     day TEXT NOT NULL,
     tokens INTEGER NOT NULL,
     PRIMARY KEY (workspace, day)
   );
   CREATE TABLE replies (
     workspace TEXT NOT NULL,
     channel TEXT NOT NULL,
     id TEXT NOT NULL,
     at TEXT NOT NULL,
     record TEXT NOT NULL,
     PRIMARY KEY (workspace, channel, id)
   );`,
];

interface Row {
  id: number;
  suggestion: string;
  added_by: string;
  added_at: string;
  message_link: string | null;
}

const toEntry = (r: Row): ShortlistEntry => ({ id: r.id, suggestion: r.suggestion, addedBy: r.added_by, addedAt: r.added_at, messageLink: r.message_link });

export interface SqliteStoreOptions {
  readonly now?: () => Date;
  /** How long to wait for another process's lock, in ms (default 5000). */
  readonly busyTimeoutMs?: number;
}

const isBusy = (error: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: string }).code ?? ''));

export function openSqliteStore(file: string, logger: Logger, options: SqliteStoreOptions | (() => Date) = {}): MusubiStore {
  const { now = () => new Date(), busyTimeoutMs = 5000 } = typeof options === 'function' ? { now: options } : options;
  const busy = (error: unknown, doing: string) =>
    new MusubiError(
      'store_busy',
      `The database ${file} is locked by another process (waited ${busyTimeoutMs >= 1000 ? `${busyTimeoutMs / 1000} s` : `${busyTimeoutMs} ms`}) while ${doing}. Try again in a moment; if it stays locked, stop the other Musubi process or tool holding it, or give each process its own MUSUBI_DB_PATH (or set DATABASE_URL to share PostgreSQL).`,
      { cause: error },
    );
  let db: Database.Database;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file, { timeout: busyTimeoutMs });
    db.pragma('journal_mode = WAL');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < MIGRATIONS.length) {
      db.transaction(() => {
        // Re-read inside the write transaction: another process may have migrated meanwhile.
        const current = db.pragma('user_version', { simple: true }) as number;
        for (let v = current; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
        db.pragma(`user_version = ${MIGRATIONS.length}`);
      }).immediate();
      logger.info(`Database ${file} migrated to version ${MIGRATIONS.length}.`);
    }
  } catch (error) {
    if (isBusy(error)) throw busy(error, 'opening it');
    throw new MusubiError('store_unavailable', `Cannot open the database ${file}: ${(error as Error).message}. Set MUSUBI_DB_PATH to a writable file.`, { cause: error });
  }
  const insert = db.prepare('INSERT INTO shortlist (workspace, channel, suggestion, suggestion_id, added_by, added_at, message_link) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (workspace, channel, suggestion) DO NOTHING');
  const byName = db.prepare<[string, string, string], Row>('SELECT * FROM shortlist WHERE workspace = ? AND channel = ? AND suggestion = ?');
  const list = db.prepare<[string, string], Row>('SELECT * FROM shortlist WHERE workspace = ? AND channel = ? ORDER BY id');
  const remove = db.prepare('DELETE FROM shortlist WHERE workspace = ? AND channel = ? AND id = ?');
  const putReply = db.prepare('INSERT INTO replies (workspace, channel, id, at, record) VALUES (?, ?, ?, ?, ?) ON CONFLICT (workspace, channel, id) DO UPDATE SET at = excluded.at, record = excluded.record');
  const pruneReplies = db.prepare(`DELETE FROM replies WHERE workspace = ? AND channel = ? AND rowid NOT IN (SELECT rowid FROM replies WHERE workspace = ? AND channel = ? ORDER BY at DESC, rowid DESC LIMIT ${MAX_REPLY_RECORDS})`);
  const replies = db.prepare<[string, string], { record: string }>('SELECT record FROM replies WHERE workspace = ? AND channel = ? ORDER BY at, rowid');
  const vote = db.prepare('INSERT INTO feedback (workspace, channel, target, target_kind, vote, user, at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  // A claim wins when the key is new or its earlier claim has expired — one atomic statement.
  const claim = db.prepare('INSERT INTO claims (key, expires_at) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE claims.expires_at <= ?');
  const purge = db.prepare('DELETE FROM claims WHERE expires_at <= ?');
  const addSpend = db.prepare<[string, string, number], { tokens: number }>('INSERT INTO token_spend (workspace, day, tokens) VALUES (?, ?, ?) ON CONFLICT (workspace, day) DO UPDATE SET tokens = tokens + excluded.tokens RETURNING tokens');
  const getSpend = db.prepare<[string, string], { tokens: number }>('SELECT tokens FROM token_spend WHERE workspace = ? AND day = ?');
  let claimsSincePurge = 0;

  /** Runs one database step; a lock still held after the busy timeout becomes a truthful error. */
  const run = <T>(doing: string, step: () => T): Promise<T> => {
    try {
      return Promise.resolve(step());
    } catch (error) {
      if (isBusy(error)) return Promise.reject(busy(error, doing));
      return Promise.reject(error);
    }
  };

  return {
    addToShortlist: (scope: ChannelScope, entry) =>
      run('adding to the shortlist', () => {
        insert.run(scope.workspace, scope.channel, entry.suggestion, entry.suggestionId ?? null, entry.addedBy, now().toISOString(), entry.messageLink ?? null);
        return toEntry(byName.get(scope.workspace, scope.channel, entry.suggestion)!);
      }),
    listShortlist: (scope) => run('reading the shortlist', () => list.all(scope.workspace, scope.channel).map(toEntry)),
    removeFromShortlist: (scope, id) => run('removing from the shortlist', () => remove.run(scope.workspace, scope.channel, id).changes > 0),
    recordFeedback: (scope, f) =>
      run('recording feedback', () => {
        vote.run(scope.workspace, scope.channel, f.target, f.targetKind, f.vote, f.user, now().toISOString());
      }),
    claimOnce: (key, ttlMs) =>
      run('recording an event id', () => {
        const t = now().getTime();
        if (++claimsSincePurge >= 500) {
          claimsSincePurge = 0;
          purge.run(t);
        }
        return claim.run(key, t + ttlMs, t).changes > 0;
      }),
    addTokens: (workspace, day, tokens) => run('recording token use', () => addSpend.get(workspace, day, tokens)!.tokens),
    tokensSpent: (workspace, day) => run('reading token use', () => getSpend.get(workspace, day)?.tokens ?? 0),
    recordReply: (scope, record) =>
      run('recording a reply', () => {
        db.transaction(() => {
          putReply.run(scope.workspace, scope.channel, record.id, record.at, JSON.stringify(record));
          pruneReplies.run(scope.workspace, scope.channel, scope.workspace, scope.channel);
        })();
      }),
    listReplies: (scope) => run('reading replies', () => replies.all(scope.workspace, scope.channel).map((r) => JSON.parse(r.record) as ReplyRecord)),
    async close() {
      db.close();
    },
  };
}
