/**
 * Matching at scale: 10,000 and 100,000 imported rows (synthetic pairs of real Japanese
 * municipalities and real US cities), each size in its own process so peak RSS is its own.
 * Reports load time (import + resolve + the first match, which fits the partner weights),
 * warm `match` p50/p95 and peak RSS. Targets: p95 ≤ 200 ms at 10,000; ≤ 5 s and ≤ 600 MB at 100,000.
 * `tsx bench/match-bench.ts --rows N` runs one size and prints one JSON line.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { silentLogger } from '../src/core/logger.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { loadPartnershipKnowledge } from '../src/knowledge/records-loader.js';
import { createMatcher } from '../src/matching/matcher.js';
import { createRequestReader } from '../src/matching/relevance.js';
import { Gazetteer } from '../src/places/gazetteer.js';
import { median, percentile } from './stats.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Rows pairing real Japanese municipalities with real US cities (synthetic pairs). */
export async function syntheticCsv(gazetteer: Gazetteer, rows: number): Promise<string> {
  const jp = gazetteer.cities('JP', 20000).filter((c) => c.nameJa && c.regionJa);
  const us = gazetteer.cities('US', 20000);
  const lines = ['japan_prefecture,japan_city,partner_country,partner_state,partner_city,date,kind'];
  for (let i = 0; i < rows; i++) {
    const a = jp[(i * 7) % jp.length]!;
    const b = us[(i * 13 + Math.floor(i / us.length)) % us.length]!;
    lines.push(`${a.regionJa},${a.nameJa},United States,${b.regionEn},${b.nameEn},${1950 + (i % 70)},sister city`);
  }
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'musubi-records-')), 'synthetic.csv');
  await writeFile(file, lines.join('\n'));
  return file;
}

interface SizeResult {
  rows: number;
  records: number;
  loadMs: number;
  firstMatchMs: number;
  p50: number;
  p95: number;
  peakRssMb: number;
}

async function runSize(rows: number): Promise<SizeResult> {
  const gazetteer = Gazetteer.load();
  const file = await syntheticCsv(gazetteer, rows);
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'musubi-cache-'));
  const started = performance.now();
  const knowledge = await loadPartnershipKnowledge({ knowledgeDir: path.join(ROOT, 'knowledge'), extraRecordFiles: [file], logger: silentLogger });
  const kb = await loadKnowledgeBase({ knowledgeDir: path.join(ROOT, 'knowledge'), logger: silentLogger, cacheDir: path.join(ROOT, '.cache') });
  // As the engine builds it (create-musubi.ts): relevance and the report passages a request reads.
  const matcher = createMatcher({ knowledge, gazetteer, ...createRequestReader(kb), cacheDir });
  const loadMs = performance.now() - started;
  const t0 = performance.now();
  await matcher.match('', { forPlace: '羽咋市', country: 'US' });
  const firstMatchMs = performance.now() - t0;
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
  await rm(path.dirname(file), { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
  return { rows, records: knowledge.records.length, loadMs, firstMatchMs, p50: percentile(times, 0.5), p95: percentile(times, 0.95), peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

const run = promisify(execFile);

export async function runMatchBench(sizes: readonly number[] = [10_000, 100_000], repeats = 3): Promise<string[]> {
  const lines: string[] = [];
  for (const rows of sizes) {
    const results: SizeResult[] = [];
    for (let i = 0; i < repeats; i++) {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'match-bench.ts'), '--rows', String(rows)], { cwd: ROOT, maxBuffer: 1 << 20 });
      results.push(JSON.parse(stdout.trim().split('\n').at(-1)!) as SizeResult);
    }
    const m = (f: (r: SizeResult) => number) => median(results.map(f));
    lines.push(
      `  ${rows.toLocaleString('en-US')} rows (${m((r) => r.records).toLocaleString('en-US')} records), medians of ${repeats} runs: load ${(m((r) => r.loadMs) / 1000).toFixed(2)} s; first match (fits the weights) ${(m((r) => r.firstMatchMs) / 1000).toFixed(2)} s; warm match p50 ${m((r) => r.p50).toFixed(1)} ms, p95 ${m((r) => r.p95).toFixed(1)} ms; peak RSS ${m((r) => r.peakRssMb).toFixed(0)} MB`,
    );
  }
  return lines;
}

if (process.argv.includes('--rows')) {
  const rows = Number(process.argv[process.argv.indexOf('--rows') + 1]);
  process.stdout.write(`${JSON.stringify(await runSize(rows))}\n`);
}
