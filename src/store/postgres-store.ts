/**
 * The store in PostgreSQL (`pg`), for several Musubi replicas sharing one state: shortlist,
 * feedback, retry claims, the daily token spend and reply records. Migrated on open under an
 * advisory lock (replicas starting together migrate once); every change is one atomic statement,
 * so two replicas claiming one Slack event id get one winner.
 */
import pg from 'pg';
import { MusubiError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { MAX_REPLY_RECORDS, type MusubiStore, type ReplyRecord } from '../core/store.js';
import type { ShortlistEntry } from '../core/types.js';

/** Schema versions, applied in order; never edit one that has shipped, add the next. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE shortlist (
     id BIGSERIAL PRIMARY KEY,
     workspace TEXT NOT NULL,
     channel TEXT NOT NULL,
     suggestion TEXT NOT NULL,
     suggestion_id TEXT,
     added_by TEXT NOT NULL,
     added_at TIMESTAMPTZ NOT NULL,
     message_link TEXT,
     UNIQUE (workspace, channel, suggestion)
   );
   CREATE TABLE feedback (
     id BIGSERIAL PRIMARY KEY,
     workspace TEXT NOT NULL,
     channel TEXT NOT NULL,
     target TEXT NOT NULL,
     target_kind TEXT NOT NULL CHECK (target_kind IN ('answer', 'suggestion')),
     vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
     "user" TEXT NOT NULL,
     at TIMESTAMPTZ NOT NULL
   );
   CREATE TABLE claims (
     key TEXT PRIMARY KEY,
     expires_at BIGINT NOT NULL
   );
   CREATE TABLE token_spend (
     workspace TEXT NOT NULL,
     day TEXT NOT NULL,
     tokens BIGINT NOT NULL,
     PRIMARY KEY (workspace, day)
   );
   CREATE TABLE replies (
     seq BIGSERIAL PRIMARY KEY,
     workspace TEXT NOT NULL,
     channel TEXT NOT NULL,
     id TEXT NOT NULL,
     at TEXT NOT NULL,
     record JSONB NOT NULL,
     UNIQUE (workspace, channel, id)
   );`,
];

/** Any fixed number: the advisory lock that serialises migrations across replicas. */
const MIGRATION_LOCK = 0x6d757375;

export interface PostgresStoreOptions {
  /** postgres://user:password@host:5432/db — from DATABASE_URL. */
  readonly url: string;
  readonly logger: Logger;
  /** A schema of its own (created when missing): lets tests or several deployments share one database. */
  readonly schema?: string;
  readonly now?: () => Date;
  /** Connections per process (default 5). */
  readonly maxConnections?: number;
}

interface Row {
  id: string;
  suggestion: string;
  added_by: string;
  added_at: Date;
  message_link: string | null;
}

const toEntry = (r: Row): ShortlistEntry => ({ id: Number(r.id), suggestion: r.suggestion, addedBy: r.added_by, addedAt: r.added_at.toISOString(), messageLink: r.message_link });

/** Where the server is, without the password, for messages. */
function describe(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/** Connects, migrates, and returns the store; errors name the server and what to fix, never the password. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<MusubiStore> {
  const { url, logger, schema, now = () => new Date() } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new MusubiError('config_invalid', `Schema name "${schema}" must be lower-case letters, digits and underscores.`);
  const where = describe(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 5,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', (error) => logger.warn(`PostgreSQL connection lost (${error.message}); reconnecting on the next request.`));
  try {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query('CREATE TABLE IF NOT EXISTS musubi_schema (version INTEGER NOT NULL)');
      const { rows } = await client.query<{ version: number }>('SELECT version FROM musubi_schema');
      const version = rows[0]?.version ?? 0;
      for (let v = version; v < MIGRATIONS.length; v++) await client.query(MIGRATIONS[v]!);
      if (rows.length === 0) await client.query('INSERT INTO musubi_schema (version) VALUES ($1)', [MIGRATIONS.length]);
      else await client.query('UPDATE musubi_schema SET version = $1', [MIGRATIONS.length]);
      await client.query('COMMIT');
      if (version < MIGRATIONS.length) logger.info(`PostgreSQL store at ${where} migrated to version ${MIGRATIONS.length}.`);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new MusubiError('store_unavailable', `Cannot use the PostgreSQL database at ${where}: ${(error as Error).message}. Check DATABASE_URL (postgres://user:password@host:5432/database) and that the server accepts connections.`, { cause: error });
  }

  const query = async <R extends pg.QueryResultRow>(doing: string, text: string, values: unknown[]): Promise<pg.QueryResult<R>> => {
    try {
      return await pool.query<R>(text, values);
    } catch (error) {
      throw new MusubiError('store_unavailable', `The PostgreSQL database at ${where} failed while ${doing}: ${(error as Error).message}.`, { cause: error });
    }
  };
  let claimsSincePurge = 0;

  return {
    async addToShortlist(scope, entry) {
      const inserted = await query<Row>(
        'adding to the shortlist',
        'INSERT INTO shortlist (workspace, channel, suggestion, suggestion_id, added_by, added_at, message_link) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (workspace, channel, suggestion) DO NOTHING RETURNING *',
        [scope.workspace, scope.channel, entry.suggestion, entry.suggestionId ?? null, entry.addedBy, now(), entry.messageLink ?? null],
      );
      if (inserted.rows[0]) return toEntry(inserted.rows[0]);
      const existing = await query<Row>('reading the shortlist', 'SELECT * FROM shortlist WHERE workspace = $1 AND channel = $2 AND suggestion = $3', [scope.workspace, scope.channel, entry.suggestion]);
      return toEntry(existing.rows[0]!);
    },
    async listShortlist(scope) {
      return (await query<Row>('reading the shortlist', 'SELECT * FROM shortlist WHERE workspace = $1 AND channel = $2 ORDER BY id', [scope.workspace, scope.channel])).rows.map(toEntry);
    },
    async removeFromShortlist(scope, id) {
      return ((await query('removing from the shortlist', 'DELETE FROM shortlist WHERE workspace = $1 AND channel = $2 AND id = $3', [scope.workspace, scope.channel, id])).rowCount ?? 0) > 0;
    },
    async recordFeedback(scope, f) {
      await query('recording feedback', 'INSERT INTO feedback (workspace, channel, target, target_kind, vote, "user", at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [scope.workspace, scope.channel, f.target, f.targetKind, f.vote, f.user, now()]);
    },
    async claimOnce(key, ttlMs) {
      const t = now().getTime();
      if (++claimsSincePurge >= 500) {
        claimsSincePurge = 0;
        await query('purging old event ids', 'DELETE FROM claims WHERE expires_at <= $1', [t]);
      }
      const result = await query(
        'recording an event id',
        'INSERT INTO claims (key, expires_at) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE claims.expires_at <= $3',
        [key, t + ttlMs, t],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async addTokens(workspace, day, tokens) {
      const result = await query<{ tokens: string }>(
        'recording token use',
        'INSERT INTO token_spend (workspace, day, tokens) VALUES ($1, $2, $3) ON CONFLICT (workspace, day) DO UPDATE SET tokens = token_spend.tokens + EXCLUDED.tokens RETURNING tokens',
        [workspace, day, tokens],
      );
      return Number(result.rows[0]!.tokens);
    },
    async tokensSpent(workspace, day) {
      const result = await query<{ tokens: string }>('reading token use', 'SELECT tokens FROM token_spend WHERE workspace = $1 AND day = $2', [workspace, day]);
      return Number(result.rows[0]?.tokens ?? 0);
    },
    async recordReply(scope, record) {
      await query(
        'recording a reply',
        'INSERT INTO replies (workspace, channel, id, at, record) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (workspace, channel, id) DO UPDATE SET at = EXCLUDED.at, record = EXCLUDED.record',
        [scope.workspace, scope.channel, record.id, record.at, JSON.stringify(record)],
      );
      await query(
        'pruning old replies',
        `DELETE FROM replies WHERE workspace = $1 AND channel = $2 AND seq NOT IN (SELECT seq FROM replies WHERE workspace = $1 AND channel = $2 ORDER BY at DESC, seq DESC LIMIT ${MAX_REPLY_RECORDS})`,
        [scope.workspace, scope.channel],
      );
    },
    async listReplies(scope) {
      const result = await query<{ record: ReplyRecord }>('reading replies', 'SELECT record FROM replies WHERE workspace = $1 AND channel = $2 ORDER BY at, seq', [scope.workspace, scope.channel]);
      return result.rows.map((r) => r.record);
    },
    async close() {
      await pool.end();
    },
  };
}
