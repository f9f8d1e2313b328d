/**
 * Question-answering benchmark: first index build, cold start with a cached index (a whole
 * `musubi ask` process), warm ask p50/p95 and peak RSS — on the real corpus and on one 100×
 * larger.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median } from './stats.js';
import { writeSyntheticKnowledge } from './synthetic-corpus.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

export const BENCH_QUESTIONS = [
  '陸前高田市とクレセントシティの交流はどうやって始まったの？',
  'How did Rikuzentakata and Crescent City become sister cities?',
  'JETプログラムの参加者は帰国後どんな活動をしている？',
  'What does the Bluebook say about foreign residents?',
  'ケベック州の在外事務所について教えて',
  'Which fields does the task force action plan prioritise for economic cooperation?',
  '北九州市の環境協力について',
  'How many JICA volunteers have been dispatched?',
  'メリーランド州と神奈川県の協力分野は？',
  'What is the budget of the Osaka sister city office in Brazil?',
];

function run(args: string[], env: Record<string, string> = {}): Promise<{ ms: number; stdout: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(TSX, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, stdout, code }));
  });
}

async function corpus(knowledgeDir: string, label: string, questionsFile: string): Promise<string[]> {
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'musubi-bench-cache-'));
  const first = await run(['bench/corpus-bench.ts', knowledgeDir, cacheDir, questionsFile]);
  if (first.code !== 0) throw new Error(`corpus bench failed for ${label}`);
  const cold = JSON.parse(first.stdout) as { passages: number; buildMs: number; p50: number; p95: number; peakRssMb: number; queries: number };
  const warm = JSON.parse((await run(['bench/corpus-bench.ts', knowledgeDir, cacheDir, questionsFile])).stdout) as typeof cold;
  const starts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const r = await run(['src/cli/main.ts', 'ask', '--json', BENCH_QUESTIONS[0]!], { MUSUBI_KNOWLEDGE_DIR: knowledgeDir, MUSUBI_CACHE_DIR: cacheDir });
    starts.push(r.ms);
  }
  return [
    `${label}: ${cold.passages} passages`,
    `  first index build          ${(cold.buildMs / 1000).toFixed(2)} s`,
    `  engine start, cached index ${(warm.buildMs / 1000).toFixed(2)} s`,
    `  cold start (whole \`musubi ask\` process, cached index), median of 3: ${(median(starts) / 1000).toFixed(2)} s`,
    `  warm ask p50 ${warm.p50.toFixed(1)} ms, p95 ${warm.p95.toFixed(1)} ms (${warm.queries} questions)`,
    `  peak RSS ${Math.round(Math.max(cold.peakRssMb, warm.peakRssMb))} MB (build run ${Math.round(cold.peakRssMb)} MB, cached run ${Math.round(warm.peakRssMb)} MB)`,
  ];
}

export async function runQaBench(options: { scale?: number } = {}): Promise<string[]> {
  const questionsFile = path.join(await mkdtemp(path.join(tmpdir(), 'musubi-q-')), 'questions.txt');
  await writeFile(questionsFile, BENCH_QUESTIONS.join('\n'));
  const lines = await corpus(path.join(ROOT, 'knowledge'), 'real corpus', questionsFile);
  const scale = options.scale ?? 100;
  if (scale > 1) lines.push(...(await corpus(await writeSyntheticKnowledge(path.join(ROOT, 'knowledge'), scale), `synthetic corpus ×${scale}`, questionsFile)));
  return lines;
}
