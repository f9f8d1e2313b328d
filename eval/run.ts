/** `npm run eval`: every evaluation of the project, one after another, with their figures. */
import { runQaEval } from './qa-eval.js';
import { HELD_OUT, runSummaryEval } from './summary-eval.js';
import { runMatchEval } from './match-eval.js';
import { runIntentEval } from './intent-eval.js';

const sections: { name: string; run: () => Promise<{ lines: string[] }> }[] = [
  { name: 'qa', run: () => runQaEval() },
  { name: 'matching', run: () => runMatchEval() },
  { name: 'routing', run: () => runIntentEval() },
  { name: 'summaries', run: () => runSummaryEval('dev') },
  { name: 'summaries (dev 4)', run: () => runSummaryEval('dev4') },
  // The held-out transcripts (HELD_OUT in summary-eval.ts): printed in aggregate only; never tuned on.
  ...[...HELD_OUT].map((set) => ({ name: `summaries (${set}, held out)`, run: () => runSummaryEval(set) })),
];

let failed = false;
for (const section of sections) {
  const started = performance.now();
  try {
    const { lines } = await section.run();
    process.stdout.write(`${lines.join('\n')}\n(${section.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)\n\n`);
  } catch (error) {
    failed = true;
    process.stdout.write(`${section.name}: evaluation failed: ${(error as Error).message}\n\n`);
  }
}
process.exitCode = failed ? 1 : 0;
