/**
 * Renders engine replies as Slack Block Kit messages within Slack's limits: at most 50 blocks
 * and 3,000 characters per section, at most 25 elements per actions block, and well under
 * 12,000 characters of blocks per message — longer answers become several messages.
 */
import type { Reply, Suggestion } from '../../src/index.js';
import { splitText } from '../shared/split-text.js';

export const SLACK_LIMITS = { blocks: 50, sectionText: 3000, actionsElements: 25, messageChars: 11000, buttonValue: 2000 } as const;

// Block Kit objects, typed loosely on purpose: the Web API validates them.
export type Block = { type: string; block_id?: string } & Record<string, unknown>;
export interface SlackMessage {
  readonly text: string;
  readonly blocks: Block[];
}

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });
const context = (text: string): Block => ({ type: 'context', elements: [{ type: 'mrkdwn', text: text.slice(0, SLACK_LIMITS.sectionText) }] });
const button = (text: string, actionId: string, value: string): Block => ({ type: 'button', text: { type: 'plain_text', text, emoji: true }, action_id: actionId, value: value.slice(0, SLACK_LIMITS.buttonValue) });
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Packs blocks into messages, each within the block-count and size limits. */
export function packMessages(blocks: readonly Block[], fallback: string): SlackMessage[] {
  const messages: SlackMessage[] = [];
  let current: Block[] = [];
  let size = 0;
  for (const block of blocks) {
    const blockSize = JSON.stringify(block).length;
    if (current.length && (current.length >= SLACK_LIMITS.blocks || size + blockSize > SLACK_LIMITS.messageChars)) {
      messages.push({ text: fallback, blocks: current });
      current = [];
      size = 0;
    }
    current.push(block);
    size += blockSize;
  }
  if (current.length) messages.push({ text: fallback, blocks: current });
  return messages.map((m, i) => (messages.length > 1 ? { ...m, text: `${m.text} (${i + 1}/${messages.length})` } : m));
}

function textSections(text: string): Block[] {
  // Leave room for escaping: the limit applies to the text Slack receives.
  return splitText(escape(text), SLACK_LIMITS.sectionText - 200).map(section);
}

function suggestionBlocks(s: Suggestion, index: number, language: 'ja' | 'en'): Block[] {
  const head = `*${index + 1}. ${escape(s.name)}*${s.country ? ` (${s.country})` : ''} — ${s.kind}${s.existing ? (language === 'ja' ? '（既存の提携）' : ' (existing partnership)') : ''}`;
  const reasons = s.reasons.slice(0, 4).map((r) => `• ${escape(r)}`).join('\n');
  const blocks: Block[] = textSections(`${head}\n${reasons}`);
  const ev = s.evidence[0];
  if (ev) blocks.push(context(`「${escape(ev.quote.replace(/\s+/g, ' ').slice(0, 300))}」${ev.report ? ` — ${escape(ev.report)}` : ev.record ? ` — record ${escape(ev.record)}` : ''}`));
  return blocks;
}

export function renderReply(reply: Reply): SlackMessage[] {
  const ja = reply.language === 'ja';
  const blocks: Block[] = [];
  let fallback = '';
  switch (reply.kind) {
    case 'answer': {
      fallback = reply.text.slice(0, 300);
      blocks.push(...textSections(reply.text));
      reply.citations.forEach((c, i) => blocks.push(context(`[${i + 1}] *${escape(c.title)}*${c.page ? ` p.${c.page}` : ''}: 「${escape(c.quote.replace(/\s+/g, ' '))}」`)));
      blocks.push({
        type: 'actions',
        elements: [button('👍', 'musubi_feedback_up', reply.question), button('👎', 'musubi_feedback_down', reply.question), button(ja ? '出典を見る' : 'Show sources', 'musubi_sources', reply.question)],
      });
      break;
    }
    case 'no-answer': {
      fallback = reply.text;
      blocks.push(...textSections(reply.text));
      reply.passages.slice(0, 3).forEach((p) => blocks.push(context(`${escape(p.title)}: ${escape(p.text.replace(/\s+/g, ' ').slice(0, 200))}…`)));
      break;
    }
    case 'matches': {
      fallback = reply.suggestions.map((s) => s.name).join(', ') || (ja ? '候補なし' : 'No suggestions');
      reply.suggestions.forEach((s, i) => blocks.push(...suggestionBlocks(s, i, reply.language)));
      for (const w of reply.warnings) blocks.push(context(`⚠ ${escape(w)}`));
      const elements: Block[] = reply.suggestions.slice(0, SLACK_LIMITS.actionsElements - 1).map((s) => button(`${ja ? '候補に追加' : 'Add to shortlist'}: ${s.name}`.slice(0, 75), `musubi_shortlist_add_${s.id}`.slice(0, 255), JSON.stringify({ id: s.id, name: s.name })));
      elements.push(button(ja ? 'ほかの候補' : 'More suggestions', 'musubi_more', JSON.stringify({ request: reply.request, exclude: reply.suggestions.map((s) => s.id) })));
      blocks.push({ type: 'actions', elements });
      break;
    }
    case 'summary': {
      fallback = reply.summary.slice(0, 300);
      blocks.push(...textSections(reply.summary));
      for (const r of reply.recommendations.slice(0, 20)) blocks.push(context(`*${escape(r.name)}* — ${escape(r.proposedBy.join(', '))}${r.messageLinks[0] ? ` · ${escape(r.messageLinks[0])}` : ''}`));
      break;
    }
    case 'help':
      fallback = reply.text.slice(0, 300);
      blocks.push(...textSections(reply.text));
      break;
  }
  return packMessages(blocks, fallback);
}

export function errorMessage(language: 'ja' | 'en', detail?: string): SlackMessage {
  const text =
    language === 'ja'
      ? `申し訳ありません、うまく処理できませんでした。${detail ? `（${detail}）` : ''}もう一度試すか、\`/musubi help\` をご覧ください。`
      : `Sorry — something went wrong${detail ? ` (${detail})` : ''}. Please try again, or see \`/musubi help\`.`;
  return { text, blocks: [section(escape(text))] };
}
