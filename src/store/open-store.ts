/**
 * Opens the configured store: PostgreSQL when DATABASE_URL is set (several replicas share one
 * state), otherwise the SQLite file at MUSUBI_DB_PATH (one host; survives restarts).
 */
import type { Config } from '../config/config.js';
import type { Logger } from '../core/logger.js';
import type { MusubiStore } from '../core/store.js';
import { openSqliteStore } from './sqlite-store.js';

export async function openStore(config: Pick<Config, 'dbPath' | 'databaseUrl'>, logger: Logger): Promise<MusubiStore> {
  if (config.databaseUrl) {
    const { openPostgresStore } = await import('./postgres-store.js');
    return openPostgresStore({ url: config.databaseUrl, logger });
  }
  return openSqliteStore(config.dbPath, logger);
}
