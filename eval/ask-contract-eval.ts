/**
 * Scores a question set through the `ask --json` contract (the JSON a harness reads), not the
 * engine's internals: hit@5 over the listed passages, facts in the `answer` text alone and in
 * answer + quotes, refusal rates, mean confidence — per language, and per style where the set
 * labels one. Usage: `npx tsx eval/ask-contract-eval.ts eval/datasets/qa-frozen-1.jsonl [--misses]`.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { answerToJson } from '../src/cli/ask-command.js';
import { loadConfig } from '../src/config/config.js';
import { silentLogger } from '../src/core/logger.js';
import { createMusubi } from '../src/create-musubi.js';
import { normaliseForIndex } from '../src/knowledge/normalise.js';
import { loadQaDataset, type QaItem } from './qa-dataset.js';

type Json = ReturnType<typeof answerToJson>;

const squash = (s: string) => normaliseForIndex(s).replace(/\s/g, '');

/** The facts in their English forms (Latin script), in the answer's lines that are not quoted Japanese. */
function holdsEnglishFacts(item: QaItem, answer: string): boolean {
  const t = squash(answer.split('\n').filter((line) => !/Source line \(Japanese\)/.test(line)).join('\n'));
  return item.facts.every((alts) => alts.filter((f) => !/[\u3040-\u9fff]/.test(f)).some((f) => t.includes(squash(f))));
}

function holdsFacts(item: QaItem, text: string): boolean {
  const t = squash(text);
  return item.facts.every((alts) => alts.some((f) => t.includes(squash(f))));
}

/** A listed passage overlaps an evidence string of the expected report. */
function hit(item: QaItem, json: Json, reportText: (f: string) => string, k = 5): boolean {
  if (!item.report) return false;
  return json.passages.slice(0, k).some((p) => {
    if (p.report !== item.report) return false;
    const squashed = squash(p.text);
    return item.evidence.some((e) => squashed.includes(squash(e)) || squash(e).includes(squashed.slice(0, 40)))
      || item.evidence.some((e) => {
        const text = reportText(item.report!);
        const at = text.indexOf(e);
        const pAt = text.indexOf(p.text);
        return at >= 0 && pAt >= 0 && at < pAt + p.text.length && pAt < at + e.length;
      });
  });
}

const rate = (xs: boolean[]) => (xs.length ? `${((xs.filter(Boolean).length / xs.length) * 100).toFixed(0).padStart(3)}%` : '  n/a');

export async function scoreAskContract(file: string, options: { misses?: boolean } = {}) {
  const items = await loadQaDataset(file);
  const runtime = await createMusubi({ config: loadConfig({ ...process.env, MUSUBI_CACHE_DIR: process.env.MUSUBI_CACHE_DIR ?? (await mkdtemp(path.join(tmpdir(), 'musubi-eval-'))) }), logger: silentLogger });
  const reportText = (f: string) => runtime.kb.lexical.report(f).text;
  const rows: { item: QaItem; json: Json }[] = [];
  for (const item of items) {
    let json: Json;
    try {
      json = answerToJson(item.question, await runtime.engine.ask(item.question)) as Json;
    } catch (error) {
      json = { question: item.question, answer: (error as Error).message, grounded: false, confidence: 0, language: item.language, citations: [], passages: [] };
    }
    rows.push({ item, json });
  }
  const lines = [`${path.basename(file)} — ${items.length} questions through the ask --json contract`, 'group            n   hit@5  facts(answer)  facts(+quotes)  answerable refused  unanswerable refused'];
  const groups: [string, (r: (typeof rows)[number]) => boolean][] = [['all', () => true]];
  for (const lang of ['en', 'ja']) groups.push([lang, (r) => r.item.language === lang]);
  const styles = [...new Set(rows.map((r) => r.item.style).filter(Boolean))] as string[];
  for (const lang of ['en', 'ja']) for (const s of styles) groups.push([`${lang}/${s}`, (r) => r.item.language === lang && r.item.style === s]);
  for (const [name, inGroup] of groups) {
    const g = rows.filter(inGroup);
    const ans = g.filter((r) => r.item.answerable);
    const un = g.filter((r) => !r.item.answerable);
    lines.push(`${name.padEnd(16)} ${String(g.length).padEnd(3)} ${rate(ans.map((r) => hit(r.item, r.json, reportText)))}   ${rate(ans.map((r) => r.json.grounded && holdsFacts(r.item, r.json.answer)))}           ${rate(ans.map((r) => r.json.grounded && holdsFacts(r.item, `${r.json.answer}\n${r.json.citations.map((c) => c.quote).join('\n')}`)))}            ${rate(ans.map((r) => !r.json.grounded))}                ${rate(un.map((r) => !r.json.grounded))}`);
  }
  // English answers to "when" and "how many" lead with one date or figure: does that line hold the facts?
  const led = rows.filter((r) => r.item.answerable && r.item.language === 'en' && ['when', 'how-many', 'how_many'].includes(r.item.qtype ?? '') && r.json.grounded && holdsFacts(r.item, r.json.answer));
  lines.push(`English when/how-many answers holding the facts whose first line states them: ${rate(led.map((r) => holdsFacts(r.item, r.json.answer.split('\n')[0]!)))} of ${led.length}`);
  // A reader who reads no Japanese: the answer's English lines alone (the quoted Japanese source
  // lines left out), against the facts' English forms.
  const english = rows.filter((r) => r.item.answerable && r.item.language === 'en');
  lines.push(`English answers holding the facts in English (English lines alone, English fact forms): ${rate(english.map((r) => r.json.grounded && holdsEnglishFacts(r.item, r.json.answer)))} of ${english.length}`);
  if (options.misses) {
    for (const r of rows) {
      const ok = r.item.answerable ? r.json.grounded && holdsFacts(r.item, r.json.answer) : !r.json.grounded;
      if (!ok) lines.push(`miss ${r.item.id}: grounded=${r.json.grounded} hit=${hit(r.item, r.json, reportText)}`);
    }
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('Usage: tsx eval/ask-contract-eval.ts FILE.jsonl [--misses]\n');
    process.exit(2);
  }
  for (const line of await scoreAskContract(file, { misses: process.argv.includes('--misses') })) process.stdout.write(`${line}\n`);
}
