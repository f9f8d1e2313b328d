/**
 * Measures matching: (1) the request sets (eval/datasets/match-*.jsonl) — is an acceptable
 * counterpart in the top 5?
 * (2) leave-one-out on city-to-city pairs (curated + the sample US–Japan list): hide each pair
 * (every record that holds it), ask for the Japanese side in the partner's country, report
 * recall@10 next to a random and a population-only baseline.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { silentLogger } from '../src/core/logger.js';
import { loadPartnershipKnowledge, type PartnershipKnowledge } from '../src/knowledge/records-loader.js';
import { createMatcher } from '../src/matching/matcher.js';
import { createRelevance } from '../src/matching/relevance.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { resolveRecords } from '../src/matching/record-places.js';
import { Gazetteer } from '../src/places/gazetteer.js';
import { foldName } from '../src/places/romaji.js';
import { seededRandom } from '../src/models/lsa/linear-algebra.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DATASET_DIR = path.join(ROOT, 'eval', 'datasets');
const SAMPLE_PAIRS = path.join(ROOT, 'test', 'fixtures', 'us-japan-sister-cities.csv');

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export async function runMatchEval(): Promise<{ lines: string[]; metrics: Record<string, number> }> {
  const gazetteer = Gazetteer.load();
  const knowledge = await loadPartnershipKnowledge({ knowledgeDir: path.join(ROOT, 'knowledge'), extraRecordFiles: [SAMPLE_PAIRS], logger: silentLogger });
  const kb = await loadKnowledgeBase({ knowledgeDir: path.join(ROOT, 'knowledge'), logger: silentLogger, cacheDir: path.join(ROOT, '.cache') });
  const matcher = createMatcher({ knowledge, gazetteer, relevance: createRelevance(kb) });
  const lines: string[] = [];

  // (1) request sets: match-dev was used to build the matcher; later sets were measured untouched first.
  const metrics: Record<string, number> = {};
  for (const file of (await readdir(DATASET_DIR)).filter((f) => /^match-.*\.jsonl$/.test(f)).sort()) {
    const set = file.slice('match-'.length, -'.jsonl'.length);
    const items = (await readFile(path.join(DATASET_DIR, file), 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; language: string; request: string; acceptable: string[] });
    const misses: string[] = [];
    let hits = 0;
    for (const item of items) {
      const reply = await matcher.match(item.request);
      const text = reply.suggestions.map((s) => norm(`${s.name} ${s.nameEn ?? ''} ${s.nameJa ?? ''}`));
      if (item.acceptable.some((a) => text.some((t) => t.includes(norm(a))))) hits++;
      else misses.push(item.id);
    }
    metrics[`${set}.top5`] = hits / items.length;
    lines.push(`Matching ${set} set — ${items.length} requests (${items.filter((i) => i.language === 'en').length} English): acceptable counterpart in the top 5 for ${((hits / items.length) * 100).toFixed(1)}%${misses.length ? `; misses: ${misses.join(', ')}` : ''}`);
  }

  // (2) leave-one-out on Japan–US city pairs
  const loo = await leaveOneOut(knowledge, gazetteer);
  lines.push(`Leave-one-out on ${loo.pairs} Japan–US city pairs (ask --for the Japanese side, country US): recall@10 ${loo.recall.toFixed(2)} vs random ${loo.random.toFixed(2)} vs population-only ${loo.population.toFixed(2)}`);
  return { lines, metrics: { ...metrics, looRecall10: loo.recall, looRandom: loo.random, looPopulation: loo.population } };
}

async function leaveOneOut(knowledge: PartnershipKnowledge, gazetteer: Gazetteer) {
  const sides = resolveRecords(knowledge.records, gazetteer);
  const all = sides.filter((s) => s.a.country === 'JP' && s.b.country === 'US' && ['city', 'town', 'village'].includes(s.a.level) && ['city', 'town', 'village', 'county'].includes(s.b.level) && s.a.nameEn && s.b.nameEn);
  // Each pair once, however many records hold it.
  const pairs = all.filter((s, i) => all.findIndex((t) => t.a.key === s.a.key && t.b.key === s.b.key) === i);
  const usCities = gazetteer.cities('US', 5000);
  const byPopulation = [...usCities].sort((a, b) => (b.population ?? 0) - (a.population ?? 0)).slice(0, 10).map((c) => foldName(c.nameEn));
  const random = seededRandom(7);
  let found = 0;
  let randomFound = 0;
  let populationFound = 0;
  for (const pair of pairs) {
    // Hide the pair itself, not just this record of it: a curated record and an imported row may both hold it.
    const samePair = new Set(sides.filter((s) => (s.a.key === pair.a.key && s.b.key === pair.b.key) || (s.a.key === pair.b.key && s.b.key === pair.a.key)).map((s) => s.record.id));
    const hidden: PartnershipKnowledge = { ...knowledge, records: knowledge.records.filter((r) => !samePair.has(r.id)) };
    const reply = await createMatcher({ knowledge: hidden, gazetteer }).match('', { forPlace: `${pair.a.nameEn}, ${pair.a.region ?? ''}`.replace(/, $/, ''), country: 'US', top: 10 });
    const target = foldName(pair.b.nameEn!);
    if (reply.suggestions.some((s) => foldName(s.nameEn ?? '') === target)) found++;
    // Random baseline: 10 cities drawn from the same US candidate population.
    const draw = Array.from({ length: 10 }, () => foldName(usCities[Math.floor(random() * usCities.length)]!.nameEn));
    if (draw.includes(target)) randomFound++;
    if (byPopulation.includes(target)) populationFound++;
  }
  const n = Math.max(1, pairs.length);
  return { pairs: pairs.length, recall: found / n, random: randomFound / n, population: populationFound / n };
}
