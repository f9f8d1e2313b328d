/**
 * Measures where plain text goes (src/core/intent.ts): every question of the QA sets should be
 * answered (`ask`), every request of the matching sets matched (`match`). These sets were used
 * while writing the intent cues, so the figures are development figures, not held-out ones.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { intentOf, type Intent } from '../src/core/intent.js';

const DIR = path.resolve(import.meta.dirname, 'datasets');

function score(files: readonly string[], field: string, want: Intent) {
  let n = 0;
  const misses: string[] = [];
  for (const file of files) {
    for (const line of readFileSync(path.join(DIR, file), 'utf8').split('\n').filter(Boolean)) {
      const text = (JSON.parse(line) as Record<string, unknown>)[field];
      if (typeof text !== 'string') continue;
      n++;
      // Frozen sets are scored, never read item by item.
      if (intentOf(text) !== want) misses.push(file.includes('frozen') ? `(a ${file} item)` : text);
    }
  }
  return { n, right: n - misses.length, misses };
}

export async function runIntentEval(): Promise<{ lines: string[]; metrics: Record<string, number> }> {
  const files = readdirSync(DIR);
  const qa = score(files.filter((f) => /^qa-.*\.jsonl$/.test(f)), 'question', 'ask');
  const match = score(files.filter((f) => /^match-.*\.jsonl$/.test(f)), 'request', 'match');
  const lines = [
    `Routing of plain text — questions answered: ${qa.right}/${qa.n}; partner requests matched: ${match.right}/${match.n}`,
    ...qa.misses.map((m) => `  question taken for a request: ${m}`),
    ...match.misses.map((m) => `  request taken for a question: ${m}`),
  ];
  return { lines, metrics: { questionsRouted: qa.right / qa.n, requestsRouted: match.right / match.n } };
}
