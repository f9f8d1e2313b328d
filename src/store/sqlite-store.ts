/**
 * The shortlist and feedback store in one SQLite file (better-sqlite3). Created and migrated on
 * open (PRAGMA user_version), WAL journal so a crash never leaves half a write, every change a
 * single transaction; concurrent requests are safe because SQLite serialises writers.
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
  `CREATE TABLE replies (
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

export function openSqliteStore(file: string, logger: Logger, now: () => Date = () => new Date()): MusubiStore {
  let db: Database.Database;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    db.transaction(() => {
      for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${MIGRATIONS.length}`);
    })();
    if (version < MIGRATIONS.length) logger.info(`Shortlist database ${file} migrated to version ${MIGRATIONS.length}.`);
  } catch (error) {
    throw new MusubiError('config_invalid', `Cannot open the shortlist database ${file}: ${(error as Error).message}. Set MUSUBI_DB_PATH to a writable file.`, { cause: error });
  }
  const insert = db.prepare('INSERT INTO shortlist (workspace, channel, suggestion, suggestion_id, added_by, added_at, message_link) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (workspace, channel, suggestion) DO NOTHING');
  const byName = db.prepare<[string, string, string], Row>('SELECT * FROM shortlist WHERE workspace = ? AND channel = ? AND suggestion = ?');
  const list = db.prepare<[string, string], Row>('SELECT * FROM shortlist WHERE workspace = ? AND channel = ? ORDER BY id');
  const remove = db.prepare('DELETE FROM shortlist WHERE workspace = ? AND channel = ? AND id = ?');
  const putReply = db.prepare('INSERT INTO replies (workspace, channel, id, at, record) VALUES (?, ?, ?, ?, ?) ON CONFLICT (workspace, channel, id) DO UPDATE SET at = excluded.at, record = excluded.record');
  const pruneReplies = db.prepare(`DELETE FROM replies WHERE workspace = ? AND channel = ? AND rowid NOT IN (SELECT rowid FROM replies WHERE workspace = ? AND channel = ? ORDER BY at DESC, rowid DESC LIMIT ${MAX_REPLY_RECORDS})`);
  const replies = db.prepare<[string, string], { record: string }>('SELECT record FROM replies WHERE workspace = ? AND channel = ? ORDER BY at, rowid');
  const vote = db.prepare('INSERT INTO feedback (workspace, channel, target, target_kind, vote, user, at) VALUES (?, ?, ?, ?, ?, ?, ?)');

  return {
    async addToShortlist(scope: ChannelScope, entry) {
      insert.run(scope.workspace, scope.channel, entry.suggestion, entry.suggestionId ?? null, entry.addedBy, now().toISOString(), entry.messageLink ?? null);
      return toEntry(byName.get(scope.workspace, scope.channel, entry.suggestion)!);
    },
    async listShortlist(scope) {
      return list.all(scope.workspace, scope.channel).map(toEntry);
    },
    async removeFromShortlist(scope, id) {
      return remove.run(scope.workspace, scope.channel, id).changes > 0;
    },
    async recordFeedback(scope, f) {
      vote.run(scope.workspace, scope.channel, f.target, f.targetKind, f.vote, f.user, now().toISOString());
    },
    async recordReply(scope, record) {
      db.transaction(() => {
        putReply.run(scope.workspace, scope.channel, record.id, record.at, JSON.stringify(record));
        pruneReplies.run(scope.workspace, scope.channel, scope.workspace, scope.channel);
      })();
    },
    async listReplies(scope) {
      return replies.all(scope.workspace, scope.channel).map((r) => JSON.parse(r.record) as ReplyRecord);
    },
    async close() {
      db.close();
    },
  };
}
