/** Warm `match` latency with 10,000 imported records (target p95 ≤ 200 ms). */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '../src/core/logger.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { loadPartnershipKnowledge } from '../src/knowledge/records-loader.js';
import { createMatcher } from '../src/matching/matcher.js';
import { createRelevance } from '../src/matching/relevance.js';
import { Gazetteer } from '../src/places/gazetteer.js';
import { percentile } from './stats.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/** 10,000 rows pairing real Japanese municipalities with real US cities (synthetic pairs). */
async function syntheticCsv(gazetteer: Gazetteer, rows: number): Promise<string> {
  const jp = gazetteer.cities('JP', 20000).filter((c) => c.nameJa && c.regionJa);
  const us = gazetteer.cities('US', 20000);
  const lines = ['japan_prefecture,japan_city,partner_country,partner_state,partner_city,date,kind'];
  for (let i = 0; i < rows; i++) {
    const a = jp[(i * 7) % jp.length]!;
    const b = us[(i * 13) % us.length]!;
    lines.push(`${a.regionJa},${a.nameJa},United States,${b.regionEn},${b.nameEn},${1950 + (i % 70)},sister city`);
  }
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'musubi-records-')), 'synthetic.csv');
  await writeFile(file, lines.join('\n'));
  return file;
}

export async function runMatchBench(): Promise<string[]> {
  const gazetteer = Gazetteer.load();
  const file = await syntheticCsv(gazetteer, 10_000);
  const started = performance.now();
  const knowledge = await loadPartnershipKnowledge({ knowledgeDir: path.join(ROOT, 'knowledge'), extraRecordFiles: [file], logger: silentLogger });
  const kb = await loadKnowledgeBase({ knowledgeDir: path.join(ROOT, 'knowledge'), logger: silentLogger, cacheDir: path.join(ROOT, '.cache') });
  const matcher = createMatcher({ knowledge, gazetteer, relevance: createRelevance(kb) });
  await matcher.match('warm up', { forPlace: '羽咋市', country: 'US' });
  const loadMs = performance.now() - started;
  const requests: [string, { forPlace?: string; country?: string }][] = [
    ['', { forPlace: '羽咋市', country: 'US' }],
    ['', { forPlace: 'Findlay, Ohio', country: 'JP' }],
    ['小さな沿岸の町で、津波の経験があり、米国の高校と交流したい', {}],
    ["We're a county in Maryland; our nursing students want to study healthy aging in Japan.", {}],
    ['we want young people to learn AI skills — which programs fit?', {}],
  ];
  const times: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const [request, options] of requests) {
      const t = performance.now();
      await matcher.match(request, options);
      times.push(performance.now() - t);
    }
  }
  return [
    `  ${knowledge.records.length.toLocaleString('en-US')} records loaded and resolved in ${(loadMs / 1000).toFixed(1)} s`,
    `  warm match p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms (${times.length} requests)`,
  ];
}
