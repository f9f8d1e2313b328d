/**
 * Measures the summariser on the labelled transcripts in eval/datasets/summaries:
 * recommendation recall and precision, and decision recall.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseTranscript } from '../src/cli/summarize-command.js';
import { buildKnownNames } from '../src/summarising/known-names.js';
import { NameFinder } from '../src/summarising/name-finder.js';
import { createSummarizer } from '../src/summarising/summarizer.js';
import { Gazetteer } from '../src/places/gazetteer.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIR = path.join(ROOT, 'eval', 'datasets', 'summaries');

interface Label {
  readonly recommendations: string[];
  readonly decisions: string[];
}

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export async function runSummaryEval(): Promise<{ lines: string[]; metrics: Record<string, number> }> {
  const labels = JSON.parse(await readFile(path.join(DIR, 'labels.json'), 'utf8')) as Record<string, Label>;
  const names = new NameFinder(await buildKnownNames({ knowledgeDir: path.join(ROOT, 'knowledge') }));
  const gazetteer = Gazetteer.load();
  const summarizer = createSummarizer({ names, places: (text) => gazetteer.displayName(text) });
  // A label and a prediction name the same counterpart when the finder resolves both to one name.
  const canonical = (s: string) => norm(names.find(s)[0]?.display ?? s);
  const same = (a: string, b: string) => canonical(a) === canonical(b) || norm(a).includes(norm(b)) || norm(b).includes(norm(a));

  let recLabelled = 0, recFound = 0, predicted = 0, predictedRight = 0, decLabelled = 0, decFound = 0;
  const lines: string[] = ['Summaries — transcript: recommendations found/labelled (predicted, right), decisions found/labelled'];
  for (const file of (await readdir(DIR)).filter((f) => f.endsWith('.jsonl')).sort()) {
    const name = file.replace(/\.jsonl$/, '');
    const label = labels[name];
    if (!label) continue;
    const { messages } = parseTranscript(await readFile(path.join(DIR, file), 'utf8'));
    const reply = summarizer.summarize(messages);
    const got = reply.recommendations.map((r) => r.name);
    const found = label.recommendations.filter((l) => got.some((g) => same(l, g))).length;
    const right = got.filter((g) => label.recommendations.some((l) => same(l, g))).length;
    const dec = label.decisions.filter((d) => reply.decisions.some((x) => norm(x).includes(norm(d)))).length;
    recLabelled += label.recommendations.length;
    recFound += found;
    predicted += got.length;
    predictedRight += right;
    decLabelled += label.decisions.length;
    decFound += dec;
    lines.push(`  ${name.padEnd(22)} ${found}/${label.recommendations.length} (${got.length}, ${right})  ${dec}/${label.decisions.length}${right < got.length ? `  extra: ${got.filter((g) => !label.recommendations.some((l) => same(l, g))).join(', ')}` : ''}`);
  }
  const metrics = { recommendationRecall: recFound / recLabelled, recommendationPrecision: predictedRight / Math.max(1, predicted), decisionRecall: decFound / decLabelled };
  lines.push(`recommendation recall ${metrics.recommendationRecall.toFixed(2)}, precision ${metrics.recommendationPrecision.toFixed(2)}, decision recall ${metrics.decisionRecall.toFixed(2)}`);
  return { lines, metrics };
}
