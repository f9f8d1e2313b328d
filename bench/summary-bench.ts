/** Summarising 1,000 messages offline (target ≤ 1 s): median of five runs, with real knowledge names. */
import path from 'node:path';
import type { ChatMessage } from '../src/core/types.js';
import { buildKnownNames } from '../src/summarising/known-names.js';
import { NameFinder } from '../src/summarising/name-finder.js';
import { createSummarizer } from '../src/summarising/summarizer.js';
import { median } from './stats.js';

const ROOT = path.resolve(import.meta.dirname, '..');

const LINES = [
  'How about Crescent City? They share our tsunami experience.',
  '福井県はどうでしょう？大学の奨学金のつながりがあります。',
  'noted, thanks',
  "Let's go with JUSSCA first.",
  '予算はまだ未定です。',
  'Who will lead the delegation?',
  'I suggest the TOMODACHI Initiative for the students.',
  '了解です。',
];

export async function runSummaryBench(): Promise<string[]> {
  const started = performance.now();
  const names = new NameFinder(await buildKnownNames({ knowledgeDir: path.join(ROOT, 'knowledge') }));
  const loadMs = performance.now() - started;
  const summarizer = createSummarizer({ names });
  const messages: ChatMessage[] = Array.from({ length: 1000 }, (_, i) => ({ author: `user${i % 9}`, text: LINES[i % LINES.length]!, isMusubi: false, link: `#${i}` }));
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const t = performance.now();
    summarizer.summarize(messages);
    times.push(performance.now() - t);
  }
  return [`  1,000 messages: median ${median(times).toFixed(0)} ms over 5 runs (known names loaded once in ${loadMs.toFixed(0)} ms)`];
}
