/** Reads a Slack thread or channel into plain chat messages (paginated, bounded) for context and summaries. */
import type { WebClient } from '@slack/web-api';
import { toReactions } from '../shared/reactions.js';
import { z } from 'zod';
import type { ChatMessage, ConversationTurn, Suggestion } from '../../src/index.js';

/** Most messages read for one summary: a week of a busy channel, not its whole history. */
export const MAX_MESSAGES = 500;

interface SlackMessageLike {
  user?: string;
  bot_id?: string;
  text?: string;
  ts?: string;
  username?: string;
  reactions?: { name: string; users?: string[]; count?: number }[];
  metadata?: unknown;
}

/** The metadata Musubi posts with a reply (see `replyMetadata` in render.ts), validated when read back. */
const ReplyMetadataSchema = z.object({
  event_type: z.literal('musubi_reply'),
  event_payload: z.object({
    suggestions: z
      .array(
        z.object({
          id: z.string().min(1),
          name: z.string().min(1),
          name_ja: z.string().optional(),
          name_en: z.string().optional(),
          kind: z.enum(['city', 'region', 'organisation', 'program']).catch('city'),
          country: z.string().optional(),
          existing: z.boolean().optional(),
        }),
      )
      .default([]),
  }),
});

/** Musubi's suggestions from the metadata it posted with a reply (`musubi_reply`), as data; anything else is ignored. */
export function suggestionsFromMetadata(m: SlackMessageLike): Suggestion[] | undefined {
  const parsed = ReplyMetadataSchema.safeParse(m.metadata);
  if (!parsed.success) return undefined;
  const out: Suggestion[] = parsed.data.event_payload.suggestions.map((s) => ({ id: s.id, name: s.name, nameJa: s.name_ja || null, nameEn: s.name_en || null, kind: s.kind, country: s.country || null, score: 0, reasons: [], evidence: [], existing: Boolean(s.existing) }));
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
      out.push({ author: m.user ?? m.username ?? m.bot_id ?? 'unknown', text: m.text ?? '', ts: m.ts, link: m.ts ? `slack://channel?id=${channel}&message=${m.ts}${team ? `&team=${team}` : ''}` : undefined, isMusubi: Boolean(botUserId && m.user === botUserId) || Boolean(m.bot_id && !m.user), ...(botUserId && m.user !== botUserId && m.text?.includes(`<@${botUserId}>`) ? { toMusubi: true } : {}), ...(suggestions ? { suggestions } : {}), ...(m.reactions?.length ? { reactions: toReactions(m.reactions) } : {}) });
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
