/**
 * The citation invariant over generated inputs (never eval questions): whatever is asked —
 * fragments of real report sentences, in Japanese, and English questions built from the
 * names the knowledge base knows — every quote and every passage is verbatim text of the
 * report it names, passages are at most 1,200 characters, and a refusal cites nothing.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerToJson } from '../../src/cli/ask-command.js';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/logger.js';
import { createMusubi } from '../../src/create-musubi.js';
import { sentenceSpans } from '../../src/knowledge/sentences.js';
import { seededRandom } from '../../src/models/lsa/linear-algebra.js';

const runtime = await createMusubi({
  config: loadConfig({ MUSUBI_CACHE_DIR: await mkdtemp(path.join(tmpdir(), 'musubi-verbatim-')) }),
  logger: silentLogger,
});
const reports = runtime.kb.lexical.reports.map((r) => r.meta.file);
const reportText = (file: string) => runtime.kb.lexical.report(file).text;

/** Questions made from the reports' own sentences, drawn with a fixed seed. */
function generatedQuestions(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const questions: string[] = [];
  const templatesJa = ['{}について教えて', '{}はいつ？', '{}ってどういうこと？', '{}の目的は何ですか'];
  const templatesEn = ['What does the report say about {}?', 'When did {} happen?', 'How many people took part in {}?', 'Who runs {}?'];
  const englishNames = runtime.kb.glossary.entries.flatMap((e) => e.en).filter((n) => /^[A-Z]/.test(n));
  while (questions.length < count) {
    const report = reports[Math.floor(random() * reports.length)]!;
    const text = reportText(report);
    const spans = sentenceSpans(text, 0, text.length).filter((s) => s.end - s.start > 20);
    const span = spans[Math.floor(random() * spans.length)]!;
    const fragment = text.slice(span.start, span.start + 8 + Math.floor(random() * 16)).replace(/\s+/g, '');
    questions.push(templatesJa[questions.length % templatesJa.length]!.replace('{}', fragment));
    if (englishNames.length) questions.push(templatesEn[questions.length % templatesEn.length]!.replace('{}', englishNames[Math.floor(random() * englishNames.length)]!));
  }
  return questions;
}

describe('citations are verbatim, whatever is asked', () => {
  it('quotes every citation and passage verbatim from the cited report, in both languages', async () => {
    const questions = generatedQuestions(60, 11);
    let citations = 0;
    for (const question of questions) {
      const json = answerToJson(question, await runtime.engine.ask(question));
      for (const c of json.citations) {
        citations++;
        expect(reportText(c.report), `${question}: ${c.quote}`).toContain(c.quote);
        expect(c.title.length).toBeGreaterThan(0);
        // No quote opens with a particle: that is the tail of a sentence cut by a page break.
        expect(c.quote, `${question}: quote opens mid-sentence`).not.toMatch(/^[のがをにはでもへやと][^\s]/);
      }
      for (const p of json.passages) {
        expect(p.text.length).toBeLessThanOrEqual(1200);
        expect(reportText(p.report), `${question}: passage`).toContain(p.text);
      }
      if (!json.grounded) expect(json.citations).toEqual([]);
    }
    // Fragments of real sentences are mostly answerable: the invariant was exercised.
    expect(citations).toBeGreaterThan(questions.length / 4);
  });
});
