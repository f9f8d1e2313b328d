/**
 * One corpus's figures, in its own process so that peak RSS is its own: index build time,
 * warm question latency (p50/p95) and peak RSS. Prints one JSON line.
 * Usage: tsx bench/corpus-bench.ts <knowledgeDir> <cacheDir> <questionsFile>
 */
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../src/config/config.js';
import { silentLogger } from '../src/core/logger.js';
import { createMusubi } from '../src/create-musubi.js';
import { percentile } from './stats.js';

const [knowledgeDir, cacheDir, questionsFile] = process.argv.slice(2);
const questions = (await readFile(questionsFile!, 'utf8')).split('\n').filter((q) => q.trim());

const started = performance.now();
const runtime = await createMusubi({ config: loadConfig({ MUSUBI_KNOWLEDGE_DIR: knowledgeDir, MUSUBI_CACHE_DIR: cacheDir }), logger: silentLogger });
const buildMs = performance.now() - started;

for (const q of questions.slice(0, 5)) await runtime.engine.ask(q); // warm-up
const times: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const q of questions) {
    const t = performance.now();
    await runtime.engine.ask(q);
    times.push(performance.now() - t);
  }
}
process.stdout.write(
  `${JSON.stringify({
    passages: runtime.kb.lexical.chunks.length,
    buildMs,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    queries: times.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
