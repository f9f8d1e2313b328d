/**
 * Renders engine replies as Discord messages within Discord's limits: content ≤ 2,000
 * characters, ≤ 10 embeds, description ≤ 4,096, ≤ 25 fields (name ≤ 256, value ≤ 1,024),
 * ≤ 6,000 characters across a message's embeds. Longer replies become several messages.
 */
import type { Reply } from '../../src/index.js';
import { splitText } from '../shared/split-text.js';

export const DISCORD_LIMITS = { content: 2000, embeds: 10, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, embedTotal: 6000, customId: 100 } as const;

export interface EmbedData {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  color?: number;
}

export interface ButtonData {
  readonly customId: string;
  readonly label: string;
}

export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: EmbedData[];
  readonly buttons: ButtonData[];
}

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const embedSize = (e: EmbedData) => (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** Packs embeds into messages: at most 10 per message and 6,000 characters in all. */
export function packEmbeds(embeds: readonly EmbedData[], buttons: readonly ButtonData[]): DiscordMessage[] {
  const messages: EmbedData[][] = [];
  let current: EmbedData[] = [];
  let size = 0;
  for (const e of embeds) {
    const s = embedSize(e);
    if (current.length && (current.length >= DISCORD_LIMITS.embeds || size + s > DISCORD_LIMITS.embedTotal - 100)) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(e);
    size += s;
  }
  if (current.length) messages.push(current);
  return messages.map((m, i) => ({ embeds: m, buttons: i === messages.length - 1 ? buttons.slice(0, 5) : [] }));
}

function descriptionEmbeds(text: string, title?: string): EmbedData[] {
  return splitText(text, DISCORD_LIMITS.description - 100).map((d, i) => ({ ...(i === 0 && title ? { title: clip(title, 256) } : {}), description: d }));
}

export function renderReply(reply: Reply): DiscordMessage[] {
  const ja = reply.language === 'ja';
  switch (reply.kind) {
    case 'answer': {
      const embeds = descriptionEmbeds(reply.text);
      const fields = reply.citations.map((c, i) => ({ name: clip(`[${i + 1}] ${c.title}${c.page ? ` p.${c.page}` : ''}`, DISCORD_LIMITS.fieldName), value: clip(`「${c.quote.replace(/\s+/g, ' ')}」`, DISCORD_LIMITS.fieldValue) }));
      if (fields.length) embeds.push({ title: ja ? '出典' : 'Sources', fields: fields.slice(0, DISCORD_LIMITS.fields) });
      return packEmbeds(embeds, [
        { customId: 'musubi:up', label: '👍' },
        { customId: 'musubi:down', label: '👎' },
        { customId: clip(`musubi:src:${reply.question}`, DISCORD_LIMITS.customId), label: ja ? '出典を見る' : 'Sources' },
      ]);
    }
    case 'no-answer': {
      const embeds = descriptionEmbeds(reply.text);
      if (reply.passages.length) embeds.push({ title: ja ? '関連箇所' : 'Related', fields: reply.passages.slice(0, 3).map((p) => ({ name: clip(p.title, DISCORD_LIMITS.fieldName), value: clip(p.text.replace(/\s+/g, ' '), 300) })) });
      return packEmbeds(embeds, []);
    }
    case 'matches': {
      const fields = reply.suggestions.map((s, i) => ({
        name: clip(`${i + 1}. ${s.name}${s.country ? ` (${s.country})` : ''} — ${s.kind}${s.existing ? (ja ? '（既存）' : ' (existing)') : ''}`, DISCORD_LIMITS.fieldName),
        value: clip([...s.reasons.slice(0, 3).map((r) => `• ${r}`), ...(s.evidence[0] ? [`> ${s.evidence[0].quote.replace(/\s+/g, ' ').slice(0, 200)}`] : [])].join('\n') || '—', DISCORD_LIMITS.fieldValue),
      }));
      const embeds: EmbedData[] = [];
      for (let i = 0; i < Math.max(1, fields.length); i += DISCORD_LIMITS.fields) embeds.push({ title: i === 0 ? (ja ? '候補' : 'Suggestions') : undefined, fields: fields.slice(i, i + DISCORD_LIMITS.fields), ...(fields.length === 0 ? { description: ja ? '候補が見つかりませんでした。' : 'No suggestions found.' } : {}) });
      if (reply.warnings.length) embeds.push({ description: clip(reply.warnings.map((w) => `⚠ ${w}`).join('\n'), DISCORD_LIMITS.description) });
      const buttons = reply.suggestions.slice(0, 4).map((s) => ({ customId: clip(`musubi:add:${s.name}`, DISCORD_LIMITS.customId), label: clip(`${ja ? '候補に追加' : 'Add'}: ${s.name}`, 80) }));
      buttons.push({ customId: clip(`musubi:more:${reply.request}`, DISCORD_LIMITS.customId), label: ja ? 'ほかの候補' : 'More' });
      return packEmbeds(embeds, buttons);
    }
    case 'summary':
      return packEmbeds(descriptionEmbeds(reply.summary, ja ? 'まとめ' : 'Summary'), []);
    case 'help':
      return packEmbeds(descriptionEmbeds(reply.text), []);
  }
}

export function errorText(language: 'ja' | 'en', detail?: string): string {
  return language === 'ja'
    ? `申し訳ありません、うまく処理できませんでした。${detail ? `（${detail}）` : ''}もう一度試すか、/help をご覧ください。`
    : `Sorry — something went wrong${detail ? ` (${detail})` : ''}. Please try again, or see /help.`;
}
