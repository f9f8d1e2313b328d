/**
 * "Answer each platform event once" across restarts and replicas: an event id is claimed in
 * the store (SQLite or PostgreSQL), with an in-process set in front as a fast path. If the store
 * fails, this process's own memory decides (reported once), so a database hiccup never silences
 * Musubi.
 */
import type { Logger, MusubiStore } from '../../src/index.js';
import { RecentIds } from './recent-ids.js';

/** Slack retries for up to ~30 minutes; an hour covers it with room to spare. */
export const EVENT_CLAIM_TTL_MS = 60 * 60 * 1000;

export type FirstTime = (eventId: string) => Promise<boolean>;

export function createEventClaims(store: MusubiStore, logger: Logger, platform: string, ttlMs = EVENT_CLAIM_TTL_MS): FirstTime {
  const local = new RecentIds(5000, ttlMs);
  let warned = false;
  return async (eventId) => {
    if (!local.firstTime(eventId)) return false;
    try {
      return await store.claimOnce(`${platform}:${eventId}`, ttlMs);
    } catch (error) {
      if (!warned) {
        warned = true;
        logger.warn(`${platform}: could not record event ids in the store (${(error as Error).message}); de-duplicating retries in this process only.`);
      }
      return true;
    }
  };
}
