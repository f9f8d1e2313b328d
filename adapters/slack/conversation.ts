/** Reads a Slack thread or channel into plain chat messages (paginated, bounded) for context and summaries. */
import type { WebClient } from '@slack/web-api';
import type { ChatMessage, ConversationTurn } from '../../src/index.js';

/** Most messages read for one summary: a week of a busy channel, not its whole history. */
export const MAX_MESSAGES = 500;

interface SlackMessageLike {
  user?: string;
  bot_id?: string;
  text?: string;
  ts?: string;
  username?: string;
}

export async function readConversation(client: WebClient, channel: string, threadTs: string | undefined, botUserId: string | undefined): Promise<ChatMessage[]> {
  const out: ChatMessage[] = [];
  let cursor: string | undefined;
  do {
    const page = threadTs
      ? await client.conversations.replies({ channel, ts: threadTs, cursor, limit: 200 })
      : await client.conversations.history({ channel, cursor, limit: 200 });
    for (const m of (page.messages ?? []) as SlackMessageLike[]) {
      if (!m.text) continue;
      out.push({ author: m.user ?? m.username ?? m.bot_id ?? 'unknown', text: m.text, ts: m.ts, link: m.ts ? `slack://channel?id=${channel}&message=${m.ts}` : undefined, isMusubi: Boolean(botUserId && m.user === botUserId) || Boolean(m.bot_id && !m.user) });
    }
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor && out.length < MAX_MESSAGES);
  // conversations.history is newest first; summaries read oldest first.
  if (!threadTs) out.reverse();
  return out.slice(-MAX_MESSAGES);
}

/** The thread's earlier turns, for follow-up questions. */
export function toTurns(messages: readonly ChatMessage[]): ConversationTurn[] {
  return messages.map((m) => ({ role: m.isMusubi ? 'assistant' : 'user', text: m.text.replace(/<@[A-Z0-9]+>/g, '').trim() }));
}
