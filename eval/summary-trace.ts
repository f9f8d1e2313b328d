/**
 * Prints what the summariser read in one transcript, message by message: each act on each
 * candidate, then the summary. `tsx eval/summary-trace.ts FILE.jsonl` — for finding why a
 * candidate was missed or mis-settled.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseTranscript } from '../src/cli/summarize-command.js';
import { buildKnownNames } from '../src/summarising/known-names.js';
import { NameFinder } from '../src/summarising/name-finder.js';
import { createSummarizer, type TraceEvent } from '../src/summarising/summarizer.js';
import { Gazetteer } from '../src/places/gazetteer.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const file = process.argv[2];
if (!file) {
  process.stderr.write('Usage: tsx eval/summary-trace.ts TRANSCRIPT.jsonl\n');
  process.exitCode = 2;
} else {
  const { messages } = parseTranscript(await readFile(file, 'utf8'));
  const names = new NameFinder(await buildKnownNames({ knowledgeDir: path.join(ROOT, 'knowledge') }));
  const gazetteer = Gazetteer.load();
  const events: TraceEvent[] = [];
  const reply = createSummarizer({ names, places: (t) => gazetteer.displayName(t), trace: (e) => events.push(e) }).summarize(messages);
  messages.forEach((m, i) => {
    process.stdout.write(`${String(i).padStart(3)} ${m.author}: ${m.text.replace(/\n/g, ' ⏎ ').slice(0, 160)}\n`);
    for (const e of events.filter((x) => x.message === i)) process.stdout.write(`      → ${e.act} ${e.name} (${e.by})\n`);
  });
  process.stdout.write(`\n${JSON.stringify({ recommendations: reply.recommendations.map((r) => `${r.name} [${r.status}]`), rejected: reply.rejected.map((r) => r.name), decisions: reply.decisions }, null, 1)}\n`);
}
