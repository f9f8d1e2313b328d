/**
 * Renders chat replies as Slack Block Kit messages within Slack's limits: at most 50 blocks
 * and 3,000 characters per section, at most 25 elements per actions block, and well under
 * 12,000 characters of blocks per message — longer replies become several messages. Report and
 * record text is escaped (`&`, `<`, `>`), so it can never ping `<!channel>` or forge a link.
 * Buttons carry the reply id (`musubi:<action>:<reply id>[:n]`), never request text.
 */
import type { ChatReply, Language, Recommendation, Suggestion } from '../../src/index.js';
import { actionId } from '../shared/actions.js';
import { bothScripts, entryLine, labels, oneLine, pageOf, STATUS_LABEL, stripControls, suggestionHead } from '../shared/labels.js';
import { splitText } from '../shared/split-text.js';

export const SLACK_LIMITS = { blocks: 50, sectionText: 3000, actionsElements: 25, messageChars: 11000, buttonValue: 2000, buttonText: 75 } as const;

// Block Kit objects, typed loosely on purpose: the Web API validates them.
export type Block = { type: string; block_id?: string } & Record<string, unknown>;
export interface SlackMessage {
  readonly text: string;
  readonly blocks: Block[];
}

/** Escapes the three characters Slack's mrkdwn and plain text treat as markup. */
export const escapeSlack = (s: string) => stripControls(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });
const context = (text: string): Block => ({ type: 'context', elements: [{ type: 'mrkdwn', text: text.slice(0, SLACK_LIMITS.sectionText) }] });
// Button labels are plain text: no markup is parsed there, but no angle brackets either.
const button = (text: string, id: string): Block => ({ type: 'button', text: { type: 'plain_text', text: stripControls(text).replace(/[<>]/g, '').slice(0, SLACK_LIMITS.buttonText), emoji: true }, action_id: id, value: id });

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

/** Escaped text in sections of at most 3,000 characters (escaping happens before the split). */
function textSections(text: string): Block[] {
  return splitText(escapeSlack(text), SLACK_LIMITS.sectionText - 100).map(section);
}

/** Context lines of at most 3,000 characters (Slack's limit for a context element). */
function contextLines(text: string): Block[] {
  return splitText(escapeSlack(text), SLACK_LIMITS.sectionText - 100).map(context);
}

const warningBlocks = (warnings: readonly string[], language: Language): Block[] => warnings.flatMap((w) => contextLines(`⚠ ${labels(language).warning}: ${w}`));

function suggestionBlocks(s: Suggestion, index: number, language: Language): Block[] {
  const head = `*${escapeSlack(suggestionHead(s, index, language))}*`;
  const reasons = s.reasons.slice(0, 4).map((r) => `• ${escapeSlack(r)}`).join('\n');
  const blocks: Block[] = splitText(`${head}\n${reasons}`, SLACK_LIMITS.sectionText - 100).map(section);
  const ev = s.evidence[0];
  if (ev) blocks.push(...contextLines(`「${oneLine(ev.quote).slice(0, 300)}」${ev.report ? ` — ${ev.report}` : ev.record ? ` — record ${ev.record}` : ''}`));
  return blocks;
}

function recommendationLine(r: Recommendation, language: Language): string {
  const l = labels(language);
  const name = bothScripts(r, language);
  const who = [r.proposedBy.length ? `${l.proposedBy}: ${r.proposedBy.join(', ')}` : '', r.decidedBy.length ? `${l.decidedBy}: ${r.decidedBy.join(', ')}` : ''].filter(Boolean).join('; ');
  // Only https and Slack's own deep links become links; anything else (javascript:, data:) is dropped.
  const href = r.messageLinks.find((l) => /^(https:\/\/|slack:\/\/)[^\s<>|]+$/.test(l));
  const link = href ? ` · <${href.replace(/&/g, "&amp;")}|${language === 'ja' ? 'メッセージ' : 'message'}>` : '';
  return `*${escapeSlack(name)}* [${STATUS_LABEL[language][r.status]}] ${escapeSlack(who)}${link}`;
}

/**
 * Renders one reply. `replyId` goes into every button so a press finds the reply's record.
 *
 * @example renderReply(reply, 'lx2k9a1b2c')[0].blocks
 */
export function renderReply(reply: ChatReply, replyId: string): SlackMessage[] {
  const l = labels(reply.language);
  const blocks: Block[] = [];
  let fallback = '';
  switch (reply.kind) {
    case 'answer': {
      fallback = reply.text.slice(0, 300);
      blocks.push(...textSections(reply.text));
      reply.citations.forEach((c, i) => blocks.push(...contextLines(`[${i + 1}] ${c.title}${pageOf(c.page)}: 「${oneLine(c.quote)}」`)));
      blocks.push(...warningBlocks(reply.warnings, reply.language));
      blocks.push({ type: 'actions', elements: [button('👍', actionId('up', replyId)), button('👎', actionId('down', replyId)), button(l.showSources!, actionId('src', replyId))] });
      break;
    }
    case 'no-answer': {
      fallback = reply.text.slice(0, 300);
      blocks.push(...textSections(reply.text));
      if (reply.passages.length) blocks.push(...contextLines(l.related!));
      reply.passages.slice(0, 3).forEach((p) => blocks.push(...contextLines(`${p.title}${pageOf(p.page)}: ${oneLine(p.text).slice(0, 200)}…`)));
      blocks.push(...warningBlocks(reply.warnings, reply.language));
      break;
    }
    case 'matches': {
      fallback = reply.suggestions.length ? reply.suggestions.map((s, i) => `${i + 1}. ${s.name}`).join(', ') : l.noSuggestions!;
      if (!reply.suggestions.length) blocks.push(...textSections(l.noSuggestions!));
      reply.suggestions.forEach((s, i) => blocks.push(...suggestionBlocks(s, i, reply.language)));
      blocks.push(...warningBlocks(reply.warnings, reply.language));
      const elements: Block[] = reply.suggestions.slice(0, SLACK_LIMITS.actionsElements - 1).map((s, i) => button(`${l.add}: ${s.name}`, actionId('add', replyId, i)));
      elements.push(button(l.more!, actionId('more', replyId)));
      blocks.push({ type: 'actions', elements });
      break;
    }
    case 'summary': {
      fallback = reply.summary.slice(0, 300);
      blocks.push(...textSections(reply.summary));
      for (const r of [...reply.recommendations.slice(0, 30 - Math.min(10, reply.rejected.length)), ...reply.rejected.slice(0, 10)]) blocks.push(context(recommendationLine(r, reply.language).slice(0, SLACK_LIMITS.sectionText)));
      blocks.push(...warningBlocks(reply.warnings, reply.language));
      break;
    }
    case 'shortlist': {
      fallback = reply.notice ?? l.shortlist!;
      if (reply.notice) blocks.push(...textSections(reply.notice));
      if (!reply.entries.length) blocks.push(...textSections(l.shortlistEmpty!));
      for (const e of reply.entries.slice(0, 40)) {
        blocks.push({ ...section(escapeSlack(entryLine(e)).slice(0, SLACK_LIMITS.sectionText)), accessory: button(l.remove!, actionId('rm', '-', e.id)) });
      }
      blocks.push(...warningBlocks(reply.warnings, reply.language));
      break;
    }
    case 'sources': {
      fallback = l.sources!;
      if (!reply.passages.length) blocks.push(...textSections(l.noSources!));
      reply.passages.forEach((p, i) => blocks.push(...textSections(`[${i + 1}] ${p.title}${pageOf(p.page)}\n${oneLine(p.text)}`)));
      blocks.push(...warningBlocks(reply.warnings, reply.language));
      break;
    }
    case 'help':
    case 'error':
    case 'notice':
      fallback = reply.text.slice(0, 300);
      blocks.push(...textSections(reply.text));
      break;
  }
  return packMessages(blocks, escapeSlack(fallback.length > 300 ? `${fallback.slice(0, 299)}…` : fallback));
}

/** Metadata Slack keeps with a posted reply (`chat.postMessage` `metadata`), read back by summaries. */
export function replyMetadata(reply: ChatReply, replyId: string) {
  return {
    event_type: 'musubi_reply',
    event_payload: {
      reply_id: replyId,
      kind: reply.kind,
      ...(reply.kind === 'matches'
        ? { request: reply.request.slice(0, 500), suggestions: reply.suggestions.slice(0, 20).map((s) => ({ id: s.id, name: s.name, name_ja: s.nameJa ?? '', name_en: s.nameEn ?? '', kind: s.kind, country: s.country ?? '', existing: s.existing })) }
        : {}),
    },
  };
}
