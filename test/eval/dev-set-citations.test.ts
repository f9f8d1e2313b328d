/**
 * Over the whole question dev set: every citation quote and every passage is verbatim text of
 * the report it names, passages are at most 1,200 characters, and the JSON contract holds.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerToJson } from '../../src/cli/ask-command.js';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/logger.js';
import { createMusubi } from '../../src/create-musubi.js';
import { loadAllQaItems } from '../../eval/qa-eval.js';

const items = await loadAllQaItems();
const runtime = await createMusubi({
  config: loadConfig({ MUSUBI_CACHE_DIR: await mkdtemp(path.join(tmpdir(), 'musubi-devset-')) }),
  logger: silentLogger,
});
const reportText = (file: string) => runtime.kb.lexical.report(file).text;

describe('dev set: citations are verbatim', () => {
  it('has a dev set large enough to mean something', () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
  });

  it('quotes every citation and passage verbatim from the cited report, in both languages', async () => {
    let citations = 0;
    for (const item of items) {
      const json = answerToJson(item.question, await runtime.engine.ask(item.question));
      expect(json.language).toBe(item.language);
      if (json.passages.length >= 5) expect(json.passages).toHaveLength(6);
      for (const c of json.citations) {
        citations++;
        expect(reportText(c.report), `${item.id}: ${c.quote}`).toContain(c.quote);
        expect(c.title.length).toBeGreaterThan(0);
        // No quote opens with a particle: that is the tail of a sentence cut by a page break.
        expect(c.quote, `${item.id}: quote opens mid-sentence`).not.toMatch(/^[のがをにはでもへやと][^\s]/);
      }
      for (const p of json.passages) {
        expect(p.text.length).toBeLessThanOrEqual(1200);
        expect(reportText(p.report), `${item.id}: passage`).toContain(p.text);
      }
      if (!json.grounded) expect(json.citations).toEqual([]);
    }
    expect(citations).toBeGreaterThan(items.length / 2);
  });

  it('answers a question that only names a report with that report\'s opening, quoted verbatim', async () => {
    for (const [question, file] of [
      ['What is the Action Plan 4.0 about?', 'grassroots-task-force-action-plan-4.ja.txt'],
      ['外交青書について教えて', 'diplomatic-bluebook-2026-chapter4.ja.txt'],
    ] as const) {
      const reply = await runtime.engine.ask(question);
      expect(reply.kind).toBe('answer');
      if (reply.kind !== 'answer') continue;
      expect(reply.citations.length).toBeGreaterThan(0);
      for (const c of reply.citations) {
        expect(c.report).toBe(file);
        expect(reportText(file)).toContain(c.quote);
      }
    }
  });

  it('refuses when the attribute asked for is printed only in passages about something else', async () => {
    // The reports name the UPU's head and, elsewhere, the UN's 本部 — never the UPU's headquarters.
    expect((await runtime.engine.ask('万国郵便連合の本部はどこにある？')).kind).toBe('no-answer');
    expect((await runtime.engine.ask('Who heads the Universal Postal Union?')).kind).toBe('answer');
  });
});
