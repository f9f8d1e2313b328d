/**
 * Renders chat replies as Discord messages within Discord's limits: content ≤ 2,000
 * characters, ≤ 10 embeds, description ≤ 4,096, ≤ 25 fields (name ≤ 256, value ≤ 1,024),
 * ≤ 6,000 characters across a message's embeds. Longer replies become several messages.
 * Report and record text is escaped (markdown, `<…>` mentions, `@everyone`/`@here`) and every
 * message is sent with no allowed mentions. Buttons carry the reply id, never request text.
 */
import type { ChatReply, Language, Recommendation } from '../../src/index.js';
import { actionId } from '../shared/actions.js';
import { bothScripts, entryLine, labels, oneLine, pageOf, STATUS_LABEL, stripControls, suggestionHead } from '../shared/labels.js';
import { splitText } from '../shared/split-text.js';

export const DISCORD_LIMITS = { content: 2000, embeds: 10, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, embedTotal: 6000, customId: 100, buttonLabel: 80, buttonsPerRow: 5, rows: 5 } as const;

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

/**
 * Escapes Discord markdown and mentions in text Musubi did not write (reports, records, chat):
 * `[text](url)` links, `**`, `<@id>`, `<#id>`, `@everyone`, `@here`, headings and quotes.
 */
export function escapeDiscord(s: string): string {
  return stripControls(s)
    .replace(/[\\*_~`|[\]()<>]/g, (c) => `\\${c}`)
    .replace(/^([#>-])/gm, '\\$1')
    .replace(/@(everyone|here)/gi, '@\u200b$1');
}

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
  if (current.length || messages.length === 0) messages.push(current);
  return messages.map((m, i) => ({ embeds: m, buttons: i === messages.length - 1 ? buttons.slice(0, DISCORD_LIMITS.buttonsPerRow * DISCORD_LIMITS.rows) : [] }));
}

/** Escaped text in embeds of at most 4,096 characters (escaping happens before the split). */
function descriptionEmbeds(text: string, title?: string): EmbedData[] {
  return splitText(escapeDiscord(text), DISCORD_LIMITS.description - 100).map((d, i) => ({ ...(i === 0 && title ? { title: clip(title, 256) } : {}), description: d }));
}

/** Fields in embeds of at most 25 fields and well under 6,000 characters each. */
function fieldEmbeds(fields: { name: string; value: string }[], title?: string): EmbedData[] {
  const out: EmbedData[] = [];
  let current: { name: string; value: string }[] = [];
  let size = title?.length ?? 0;
  const flush = () => {
    if (current.length) out.push({ ...(out.length === 0 && title ? { title } : {}), fields: current });
    current = [];
    size = 0;
  };
  for (const f of fields) {
    const s = f.name.length + f.value.length;
    if (current.length >= DISCORD_LIMITS.fields || (current.length && size + s > DISCORD_LIMITS.embedTotal - 600)) flush();
    current.push(f);
    size += s;
  }
  flush();
  return out;
}

const field = (name: string, value: string) => ({ name: clip(escapeDiscord(name), DISCORD_LIMITS.fieldName), value: clip(escapeDiscord(value) || '—', DISCORD_LIMITS.fieldValue) });

const warningEmbeds = (warnings: readonly string[], language: Language): EmbedData[] =>
  warnings.length ? descriptionEmbeds(warnings.map((w) => `⚠ ${labels(language).warning}: ${w}`).join('\n')) : [];

function recommendationField(r: Recommendation, language: Language) {
  const l = labels(language);
  const name = `${bothScripts(r, language)} [${STATUS_LABEL[language][r.status]}]`;
  const value = [r.proposedBy.length ? `${l.proposedBy}: ${r.proposedBy.join(', ')}` : '', r.decidedBy.length ? `${l.decidedBy}: ${r.decidedBy.join(', ')}` : '', r.reasons[0] ? oneLine(r.reasons[0]).slice(0, 200) : ''].filter(Boolean).join('\n');
  const f = field(name, value);
  const link = r.messageLinks[0];
  return /^https:\/\/[^\s()<>]+$/.test(link ?? '') ? { ...f, value: clip(`${f.value}\n${link}`, DISCORD_LIMITS.fieldValue) } : f;
}

/**
 * Renders one reply. `replyId` goes into every button so a press finds the reply's record.
 *
 * @example renderReply(reply, 'lx2k9a1b2c')[0].embeds
 */
export function renderReply(reply: ChatReply, replyId: string): DiscordMessage[] {
  const l = labels(reply.language);
  switch (reply.kind) {
    case 'answer': {
      const embeds = descriptionEmbeds(reply.text);
      const fields = reply.citations.map((c, i) => field(`[${i + 1}] ${c.title}${pageOf(c.page)}`, `「${oneLine(c.quote)}」`));
      embeds.push(...fieldEmbeds(fields, l.sources), ...warningEmbeds(reply.warnings, reply.language));
      return packEmbeds(embeds, [
        { customId: actionId('up', replyId), label: '👍' },
        { customId: actionId('down', replyId), label: '👎' },
        { customId: actionId('src', replyId), label: l.showSources! },
      ]);
    }
    case 'no-answer': {
      const embeds = descriptionEmbeds(reply.text);
      embeds.push(...fieldEmbeds(reply.passages.slice(0, 3).map((p) => field(`${p.title}${pageOf(p.page)}`, oneLine(p.text).slice(0, 300))), l.related), ...warningEmbeds(reply.warnings, reply.language));
      return packEmbeds(embeds, []);
    }
    case 'matches': {
      const fields = reply.suggestions.map((s, i) => field(suggestionHead(s, i, reply.language), [...s.reasons.slice(0, 3).map((r) => `• ${r}`), ...(s.evidence[0] ? [`「${oneLine(s.evidence[0].quote).slice(0, 200)}」`] : [])].join('\n')));
      const embeds = fields.length ? fieldEmbeds(fields, l.recommendations) : descriptionEmbeds(l.noSuggestions!);
      embeds.push(...warningEmbeds(reply.warnings, reply.language));
      // One row of four "Add" buttons and "More", within Discord's five per row.
      const buttons: ButtonData[] = reply.suggestions.slice(0, 4).map((s, i) => ({ customId: actionId('add', replyId, i), label: clip(`${l.add}: ${s.name}`, DISCORD_LIMITS.buttonLabel) }));
      buttons.push({ customId: actionId('more', replyId), label: l.more! });
      return packEmbeds(embeds, buttons);
    }
    case 'summary': {
      const embeds = descriptionEmbeds(reply.summary, l.summary);
      const recs = [...reply.recommendations, ...reply.rejected].map((r) => recommendationField(r, reply.language));
      embeds.push(...fieldEmbeds(recs, l.recommendations), ...warningEmbeds(reply.warnings, reply.language));
      return packEmbeds(embeds, []);
    }
    case 'shortlist': {
      const lines = reply.entries.map(entryLine);
      const embeds = descriptionEmbeds([reply.notice ?? '', lines.length ? lines.join('\n') : l.shortlistEmpty!].filter(Boolean).join('\n\n'), l.shortlist);
      embeds.push(...warningEmbeds(reply.warnings, reply.language));
      return packEmbeds(embeds, reply.entries.slice(0, 25).map((e) => ({ customId: actionId('rm', '-', e.id), label: clip(`${l.remove} #${e.id}`, DISCORD_LIMITS.buttonLabel) })));
    }
    case 'sources': {
      const fields = reply.passages.map((p, i) => field(`[${i + 1}] ${p.title}${pageOf(p.page)}`, oneLine(p.text)));
      const embeds = fields.length ? fieldEmbeds(fields, l.sources) : descriptionEmbeds(l.noSources!);
      embeds.push(...warningEmbeds(reply.warnings, reply.language));
      return packEmbeds(embeds, []);
    }
    case 'help':
    case 'error':
    case 'notice':
      return packEmbeds(descriptionEmbeds(reply.text), []);
  }
}

export function errorText(language: 'ja' | 'en', detail?: string): string {
  return language === 'ja'
    ? `申し訳ありません、うまく処理できませんでした。${detail ? `（${detail}）` : ''}もう一度試すか、/help をご覧ください。`
    : `Sorry — something went wrong${detail ? ` (${detail})` : ''}. Please try again, or see /help.`;
}
