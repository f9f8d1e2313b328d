/** An in-memory MusubiStore: for tests and for runs where the database cannot be opened (one process only). */
import type { ChannelScope } from '../core/musubi.js';
import { MAX_REPLY_RECORDS, type Feedback, type MusubiStore, type NewShortlistEntry, type ReplyRecord } from '../core/store.js';
import type { ShortlistEntry } from '../core/types.js';

export function createMemoryStore(now: () => Date = () => new Date()): MusubiStore & { readonly feedback: readonly Feedback[] } {
  const entries = new Map<string, ShortlistEntry[]>();
  const feedback: Feedback[] = [];
  const claims = new Map<string, number>();
  const spend = new Map<string, number>();
  const replies = new Map<string, ReplyRecord[]>();
  let nextId = 1;
  const key = (s: ChannelScope) => `${s.workspace}\u0000${s.channel}`;

  return {
    feedback,
    async addToShortlist(scope: ChannelScope, entry: NewShortlistEntry) {
      const list = entries.get(key(scope)) ?? [];
      const existing = list.find((e) => e.suggestion === entry.suggestion);
      if (existing) return existing;
      const created: ShortlistEntry = {
        id: nextId++,
        suggestion: entry.suggestion,
        addedBy: entry.addedBy,
        addedAt: now().toISOString(),
        messageLink: entry.messageLink ?? null,
      };
      entries.set(key(scope), [...list, created]);
      return created;
    },
    async listShortlist(scope) {
      return entries.get(key(scope)) ?? [];
    },
    async removeFromShortlist(scope, id) {
      const list = entries.get(key(scope)) ?? [];
      const kept = list.filter((e) => e.id !== id);
      entries.set(key(scope), kept);
      return kept.length !== list.length;
    },
    async recordFeedback(_scope, fb) {
      feedback.push(fb);
    },
    async claimOnce(id, ttlMs) {
      const t = now().getTime();
      const until = claims.get(id);
      if (until !== undefined && until > t) return false;
      claims.set(id, t + ttlMs);
      if (claims.size > 10_000) for (const [k, u] of claims) if (u <= t) claims.delete(k);
      return true;
    },
    async addTokens(workspace, day, tokens) {
      const k = `${workspace}\u0000${day}`;
      const total = (spend.get(k) ?? 0) + tokens;
      spend.set(k, total);
      return total;
    },
    async tokensSpent(workspace, day) {
      return spend.get(`${workspace}\u0000${day}`) ?? 0;
    },
    async recordReply(scope, record) {
      const list = replies.get(key(scope)) ?? [];
      const at = list.findIndex((r) => r.id === record.id);
      replies.set(key(scope), (at === -1 ? [...list, record] : list.map((r, i) => (i === at ? record : r))).slice(-MAX_REPLY_RECORDS));
    },
    async listReplies(scope) {
      return replies.get(key(scope)) ?? [];
    },
    async close() {},
  };
}
