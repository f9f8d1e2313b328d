import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { createEngine } from '../../../src/engine.js';
import { loadKnowledgeBase } from '../../../src/knowledge/knowledge-base.js';
import { rankLexically } from '../../../src/retrieval/lexical-ranker.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { SAMPLE_REPORTS, writeSampleKnowledge } from '../../fakes/sample-knowledge.js';

const kb = await loadKnowledgeBase({ knowledgeDir: await writeSampleKnowledge(), logger: silentLogger });
const engine = createEngine({ kb, rank: async (q, k) => rankLexically(q, kb.lexical, k), store: createMemoryStore(), logger: silentLogger });

describe('engine.ask', () => {
  it('answers a Japanese question in Japanese with verbatim citations', async () => {
    const reply = await engine.ask('陸前高田市とクレセントシティの交流はどうやって始まったの？');
    expect(reply.kind).toBe('answer');
    expect(reply.language).toBe('ja');
    if (reply.kind !== 'answer') return;
    expect(reply.citations.length).toBeGreaterThan(0);
    for (const c of reply.citations) expect(SAMPLE_REPORTS[c.report]).toContain(c.quote);
    expect(reply.text).toMatch(/交流の始まり|KAMOME/);
  });

  it('answers an English question over Japanese text with key facts in English and the source line', async () => {
    const reply = await engine.ask('Which year did Portland become a sister city of Sapporo?');
    expect(reply.kind).toBe('answer');
    expect(reply.language).toBe('en');
    expect(reply.text).toContain('1959');
    expect(reply.text).toMatch(/Sapporo|Portland/);
    if (reply.kind === 'answer') for (const c of reply.citations) expect(SAMPLE_REPORTS[c.report]).toContain(c.quote);
  });

  it('understands a question typed all in hiragana, and romanised Japanese names', async () => {
    const kana = await engine.ask('くれせんとしてぃとりくぜんたかたのかんけいは？');
    expect(kana.passages[0]?.text).toContain('クレセントシティ');
    const romaji = await engine.ask('What happened to the boat from Rikuzen Takata?');
    expect(romaji.passages[0]?.text).toContain('陸前高田');
  });

  it('says plainly when the reports do not cover the question, with related passages', async () => {
    const reply = await engine.ask('What is the annual budget of the Zorbia friendship office?');
    expect(reply.kind).toBe('no-answer');
    // The subject is printed nowhere: the reply names it, as typed.
    expect(reply.text).toMatch(/never mention “Zorbia”/);
  });

  it('does not take small talk after an answer for a follow-up, and skips it when resolving the next one', async () => {
    const context = [
      { role: 'user' as const, text: 'ポートランド市と札幌市の関係は？' },
      { role: 'assistant' as const, text: '…' },
      { role: 'user' as const, text: 'thanks!' },
      { role: 'assistant' as const, text: '…' },
    ];
    const thanks = await engine.ask('thanks!', { context: context.slice(0, 2) });
    expect(thanks.kind).toBe('no-answer');
    expect(thanks.passages).toEqual([]);
    // The subject comes from the last message that asked something, not from "thanks!".
    expect((await engine.ask('姉妹都市になったのはいつ？', { context })).passages[0]?.text).toContain('1959');
  });

  it('lends a new question that names its own subject no words of the thread, unless it points back', async () => {
    const { withContext } = await import('../../../src/answering/question-answerer.js');
    const { analyseQuery } = await import('../../../src/retrieval/query-analysis.js');
    const context = [{ role: 'user' as const, text: 'ポートランド市と札幌市の関係は？' }, { role: 'assistant' as const, text: '…' }];
    const labels = (q: string) => withContext(analyseQuery(q, kb), context, kb).groups.map((g) => g.label);
    expect(labels('陸前高田市とクレセントシティの交流はどうやって始まったの？')).not.toContain('札幌市');
    expect(labels('その交流はいつ始まったの？')).toContain('札幌市');
    expect(labels('姉妹都市になったのはいつ？')).toContain('札幌市');
  });

  it('uses the thread context for a follow-up', async () => {
    const after = (earlier: string) => engine.ask('姉妹都市になったのはいつ？', { context: [{ role: 'user', text: earlier }, { role: 'assistant', text: '…' }] });
    expect((await after('ポートランド市と札幌市の関係は？')).passages[0]?.text).toContain('1959');
    expect((await after('陸前高田市とクレセントシティの関係は？')).passages[0]?.text).toContain('2018');
  });

  it.each([
    ['', 'input_empty'],
    ['   \n\t ', 'input_empty'],
    ['🎉🎉🎉', 'input_unusable'],
    ['x'.repeat(20_000), 'input_too_long'],
  ])('rejects bad input %#', async (input, code) => {
    await expect(engine.ask(input)).rejects.toMatchObject({ code });
  });

  it('drops control characters instead of failing', async () => {
    const reply = await engine.ask('\u0007札幌市\u0000の姉妹都市は？');
    expect(reply.passages[0]?.text).toContain('札幌');
  });
});
