/** Reads a Slack thread or channel into plain chat messages (paginated, bounded) for context and summaries. */
import type { WebClient } from '@slack/web-api';
import { toReactions } from '../shared/reactions.js';
import type { ChatMessage, ConversationTurn, Suggestion, SuggestionKind } from '../../src/index.js';

/** Most messages read for one summary: a week of a busy channel, not its whole history. */
export const MAX_MESSAGES = 500;

interface SlackMessageLike {
  user?: string;
  bot_id?: string;
  text?: string;
  ts?: string;
  username?: string;
  reactions?: { name: string; users?: string[]; count?: number }[];
  metadata?: { event_type?: string; event_payload?: { suggestions?: { id?: string; name?: string; name_ja?: string; name_en?: string; kind?: string; country?: string; existing?: boolean }[] } };
}

const KINDS: readonly string[] = ['city', 'region', 'organisation', 'program'];

/** Musubi's suggestions from the metadata it posted with a reply (`musubi_reply`), as data. */
export function suggestionsFromMetadata(m: SlackMessageLike): Suggestion[] | undefined {
  if (m.metadata?.event_type !== 'musubi_reply') return undefined;
  const out: Suggestion[] = [];
  for (const s of m.metadata.event_payload?.suggestions ?? []) {
    if (!s.id || !s.name) continue;
    out.push({ id: s.id, name: s.name, nameJa: s.name_ja || null, nameEn: s.name_en || null, kind: (KINDS.includes(s.kind ?? '') ? s.kind : 'city') as SuggestionKind, country: s.country || null, score: 0, reasons: [], evidence: [], existing: Boolean(s.existing) });
  }
  return out.length ? out : undefined;
}

export async function readConversation(client: WebClient, channel: string, threadTs: string | undefined, botUserId: string | undefined, team?: string): Promise<ChatMessage[]> {
  const out: ChatMessage[] = [];
  let cursor: string | undefined;
  do {
    const page = threadTs
      ? await client.conversations.replies({ channel, ts: threadTs, cursor, limit: 200, include_all_metadata: true })
      : await client.conversations.history({ channel, cursor, limit: 200, include_all_metadata: true });
    for (const m of (page.messages ?? []) as SlackMessageLike[]) {
      const suggestions = suggestionsFromMetadata(m);
      if (!m.text && !suggestions) continue;
      out.push({ author: m.user ?? m.username ?? m.bot_id ?? 'unknown', text: m.text ?? '', ts: m.ts, link: m.ts ? `slack://channel?id=${channel}&message=${m.ts}${team ? `&team=${team}` : ''}` : undefined, isMusubi: Boolean(botUserId && m.user === botUserId) || Boolean(m.bot_id && !m.user), ...(suggestions ? { suggestions } : {}), ...(m.reactions?.length ? { reactions: toReactions(m.reactions) } : {}) });
    }
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor && out.length < MAX_MESSAGES);
  // conversations.history is newest first; summaries read oldest first.
  if (!threadTs) out.reverse();
  return out.slice(-MAX_MESSAGES);
}

/** The thread's earlier turns, for follow-up questions. */
export function toTurns(messages: readonly ChatMessage[]): ConversationTurn[] {
  return messages.filter((m) => m.text.trim()).map((m) => ({ role: m.isMusubi ? 'assistant' : 'user', text: m.text.replace(/<@[A-Z0-9]+>/g, '').trim() }));
}
