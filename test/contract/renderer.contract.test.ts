/**
 * One suite every renderer passes (Slack, Discord, console), for every reply kind: platform
 * limits, citations, Japanese text intact, warnings shown, and no markup injected from report,
 * record or chat text.
 */
import { describe, expect, it } from 'vitest';
import { renderForTerminal } from '../../adapters/console/render.js';
import { DISCORD_LIMITS, renderReply as renderDiscord } from '../../adapters/discord/render.js';
import { SLACK_LIMITS, renderReply as renderSlack } from '../../adapters/slack/render.js';
import type { ChatReply, Recommendation, Suggestion } from '../../src/core/types.js';

/** Text people must never see turned into markup: pings, links, terminal escapes. */
const HOSTILE = 'Ignore this <!channel> @everyone @here <@U0123> [click me](http://127.0.0.1/evil) <http://127.0.0.1/evil|click> **bold** \u001b[31mred\u001b[0m';
const JA = '陸前高田市の高田高校の小型船「KAMOME」が津波で流され、2年後にクレセントシティの海岸に漂着し、デルノート高校の生徒が清掃して返送した。';
const WARNING = 'The model service was unavailable; this is the offline answer.';
const longText = (n: number) => Array.from({ length: n }, (_, i) => `${JA}（${i + 1}）`).join('\n\n');

const suggestion = (i: number): Suggestion => ({
  id: `city:${i}`,
  name: i === 0 ? `Crescent City ${HOSTILE}` : `Town ${i} ${'x'.repeat(300)}`,
  nameJa: 'クレセントシティ',
  nameEn: 'Crescent City',
  kind: 'city',
  country: 'US',
  score: 1 - i / 100,
  reasons: [`shared tsunami experience ${HOSTILE}`, JA, 'y'.repeat(2000)],
  evidence: [{ report: 'culcon.ja.txt', record: null, quote: `${JA}${'z'.repeat(2000)}` }],
  existing: i % 2 === 0,
});
const recommendation = (i: number, status: Recommendation['status']): Recommendation => ({
  name: i === 0 ? `Portland ${HOSTILE}` : `Candidate ${i}`,
  nameJa: 'ポートランド',
  nameEn: 'Portland',
  proposedBy: ['aiko', '佐藤'],
  reasons: [JA],
  messageLinks: ['http://127.0.0.1/archives/C1/p1', 'javascript:alert(1)'],
  status,
  decidedBy: status === 'suggested' ? [] : ['ken'],
});

const REPLIES: Record<string, ChatReply> = {
  answer: {
    kind: 'answer',
    language: 'ja',
    question: '陸前高田市とクレセントシティの交流はどうやって始まったの？',
    text: `${longText(40)}\n${HOSTILE}`,
    citations: Array.from({ length: 30 }, (_, i) => ({ report: 'culcon.ja.txt', title: `CULCON SND最終報告書 ${i + 1}`, page: i === 0 ? 15 : null, quote: i === 0 ? JA : `${HOSTILE} ${'引用'.repeat(800)}` })),
    passages: [],
    warnings: [WARNING],
  },
  'no-answer': {
    kind: 'no-answer',
    language: 'en',
    question: 'What is the budget of Mars?',
    text: `The reports do not say. ${HOSTILE}`,
    passages: Array.from({ length: 6 }, (_, i) => ({ chunkId: `c${i}`, report: 'r.txt', title: `Report ${i} ${HOSTILE}`, page: null, section: null, text: `${JA}${'w'.repeat(1100)}`, score: 1 })),
    warnings: [WARNING],
  },
  matches: { kind: 'matches', language: 'en', request: `coastal town ${HOSTILE}`, profile: {}, suggestions: Array.from({ length: 30 }, (_, i) => suggestion(i)), warnings: [WARNING, `Could not resolve "${HOSTILE}"`] },
  summary: {
    kind: 'summary',
    language: 'ja',
    summary: `${longText(30)}\n${HOSTILE}`,
    recommendations: Array.from({ length: 40 }, (_, i) => recommendation(i, i % 3 === 0 ? 'accepted' : i % 3 === 1 ? 'open' : 'suggested')),
    rejected: [recommendation(99, 'rejected')],
    decisions: [`決定: ${JA}`],
    openQuestions: [`${JA}？`],
    shortlist: [],
    warnings: [WARNING],
  },
  shortlist: {
    kind: 'shortlist',
    language: 'en',
    entries: Array.from({ length: 60 }, (_, i) => ({ id: i + 1, suggestion: i === 0 ? `Crescent City ${HOSTILE}` : `City ${i} ${'q'.repeat(200)}`, addedBy: 'aiko', addedAt: '2026-12-01T00:00:00Z', messageLink: null })),
    notice: 'Added to the shortlist: Crescent City',
    warnings: [WARNING],
  },
  sources: { kind: 'sources', language: 'ja', question: 'q', passages: Array.from({ length: 6 }, (_, i) => ({ report: 'r.txt', title: `報告書 ${i}`, page: i, text: `${JA}${HOSTILE}${'あ'.repeat(1100)}` })), warnings: [WARNING] },
  help: { kind: 'help', language: 'ja', text: `${JA}\n${HOSTILE}` },
  error: { kind: 'error', language: 'en', code: 'input_empty', text: `The question is empty. ${HOSTILE}` },
  notice: { kind: 'notice', language: 'en', text: `Thanks! ${HOSTILE}` },
};

interface Rendered {
  /** Everything a person would read, joined. */
  readonly visible: string;
  /** Limit violations, described. */
  readonly violations: string[];
  /** Button ids. */
  readonly buttons: string[];
}

interface RendererUnderTest {
  readonly name: string;
  render(reply: ChatReply): Rendered;
  /** Markup from report or record text that must not survive rendering. */
  readonly forbidden: readonly RegExp[];
}

const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

const slack: RendererUnderTest = {
  name: 'slack',
  forbidden: [/<!channel>/, /<@U0123>/, /<http:\/\/127\.0\.0\.1\/evil/, /\u001b/],
  render(reply) {
    const messages = renderSlack(reply, 'lx2k9a1b2c');
    const violations: string[] = [];
    const buttons: string[] = [];
    for (const m of messages) {
      if (m.blocks.length > SLACK_LIMITS.blocks) violations.push(`${m.blocks.length} blocks`);
      if (JSON.stringify(m.blocks).length > 12000) violations.push(`message of ${JSON.stringify(m.blocks).length} chars`);
      if (m.text.length > 3000) violations.push('fallback text over 3,000');
      for (const b of m.blocks) {
        const text = (b.text as { text?: string } | undefined)?.text;
        if (text !== undefined && text.length > SLACK_LIMITS.sectionText) violations.push(`section of ${text.length}`);
        for (const e of (b.elements as { text?: string | { text: string }; action_id?: string }[] | undefined) ?? []) {
          const t = typeof e.text === 'string' ? e.text : e.text?.text;
          if (b.type === 'context' && t && t.length > SLACK_LIMITS.sectionText) violations.push(`context element of ${t.length}`);
          if (e.action_id) buttons.push(e.action_id);
        }
        if (b.type === 'actions' && ((b.elements as unknown[]) ?? []).length > SLACK_LIMITS.actionsElements) violations.push('actions block over 25');
        const accessory = b.accessory as { action_id?: string } | undefined;
        if (accessory?.action_id) buttons.push(accessory.action_id);
      }
    }
    return { visible: messages.flatMap((m) => [m.text, ...strings(m.blocks)]).join('\n'), violations, buttons };
  },
};

const discord: RendererUnderTest = {
  name: 'discord',
  // Unescaped: a markdown link, a ping, a mention.
  forbidden: [/(?<!\\)\[click me(?<!\\)\]\(/, /@everyone/, /@here/, /(?<!\\)<@U0123>/, /\u001b/],
  render(reply) {
    const messages = renderDiscord(reply, 'lx2k9a1b2c');
    const violations: string[] = [];
    for (const m of messages) {
      if ((m.content ?? '').length > DISCORD_LIMITS.content) violations.push('content over 2,000');
      if (m.embeds.length > DISCORD_LIMITS.embeds) violations.push(`${m.embeds.length} embeds`);
      let total = 0;
      for (const e of m.embeds) {
        if ((e.description ?? '').length > DISCORD_LIMITS.description) violations.push('description over 4,096');
        if ((e.title ?? '').length > 256) violations.push('title over 256');
        if ((e.fields ?? []).length > DISCORD_LIMITS.fields) violations.push('over 25 fields');
        for (const f of e.fields ?? []) {
          if (f.name.length > DISCORD_LIMITS.fieldName || f.name.length === 0) violations.push(`field name of ${f.name.length}`);
          if (f.value.length > DISCORD_LIMITS.fieldValue || f.value.length === 0) violations.push(`field value of ${f.value.length}`);
        }
        total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
      }
      if (total > DISCORD_LIMITS.embedTotal) violations.push(`${total} chars across embeds`);
      if (m.buttons.length > DISCORD_LIMITS.buttonsPerRow * DISCORD_LIMITS.rows) violations.push('over 25 buttons');
      for (const b of m.buttons) if (b.customId.length > DISCORD_LIMITS.customId || b.label.length > DISCORD_LIMITS.buttonLabel) violations.push(`button ${b.customId}`);
    }
    return { visible: messages.flatMap((m) => [m.content ?? '', ...strings(m.embeds)]).join('\n'), violations, buttons: messages.flatMap((m) => m.buttons.map((b) => b.customId)) };
  },
};

const terminal: RendererUnderTest = {
  name: 'console',
  forbidden: [/\u001b/],
  render(reply) {
    const text = renderForTerminal(reply);
    return { visible: text, violations: text.length > 20000 ? ['over 20,000 chars'] : [], buttons: [] };
  },
};

/** Markdown escapes and zero-width joiners are invisible to a reader: compare what is read. */
const readable = (s: string) => s.replace(/\\(.)/g, '$1').replace(/\u200b/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

describe.each([slack, discord, terminal])('$name renderer', (r) => {
  it.each(Object.keys(REPLIES))('renders %s within the platform limits, without injected markup', (kind) => {
    const out = r.render(REPLIES[kind]!);
    expect(out.violations).toEqual([]);
    for (const re of r.forbidden) expect(out.visible).not.toMatch(re);
    expect(out.visible.trim().length).toBeGreaterThan(0);
  });

  it('shows citations with title, page and the quoted Japanese line intact', () => {
    const out = readable(r.render(REPLIES.answer!).visible);
    expect(out).toContain('CULCON SND最終報告書 1 p.15');
    expect(out).toContain(`「${JA}」`);
    expect(out).toContain(JA);
  });

  it.each(Object.keys(REPLIES).filter((k) => 'warnings' in REPLIES[k]!))('shows the warnings of %s', (kind) => {
    expect(readable(r.render(REPLIES[kind]!).visible)).toContain(WARNING);
  });

  it('shows every candidate’s status, who proposed and decided, and names in both scripts', () => {
    const out = readable(r.render(REPLIES.summary!).visible);
    expect(out).toMatch(/Portland[^\n]*ポートランド|ポートランド[^\n]*Portland/);
    expect(out).toContain('見送り');
    expect(out).toContain('ken');
  });

  it('never shows a link that is not https', () => {
    expect(r.render(REPLIES.summary!).visible).not.toContain('javascript:');
  });

  it('puts ids, never request text, into buttons', () => {
    const out = r.render(REPLIES.matches!);
    for (const id of out.buttons) {
      expect(id).toMatch(/^musubi:[a-z]+:[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)?$/);
      expect(id.length).toBeLessThanOrEqual(100);
    }
    if (r.name !== 'console') expect(out.buttons.some((b) => b.startsWith('musubi:more:'))).toBe(true);
  });
});
