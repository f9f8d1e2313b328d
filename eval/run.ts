/** `npm run eval`: every evaluation of the project, one after another, with their figures. */
import { runQaEval } from './qa-eval.js';
import { runSummaryEval } from './summary-eval.js';
import { runMatchEval } from './match-eval.js';
import { runIntentEval } from './intent-eval.js';

const sections: { name: string; run: () => Promise<{ lines: string[] }> }[] = [
  { name: 'qa', run: () => runQaEval() },
  { name: 'matching', run: () => runMatchEval() },
  { name: 'routing', run: () => runIntentEval() },
  { name: 'summaries', run: () => runSummaryEval('dev') },
  { name: 'summaries (dev 4)', run: () => runSummaryEval('dev4') },
  // Retired frozen sets, dev sets since round sum4 (printed in aggregate).
  { name: 'summaries (former frozen)', run: () => runSummaryEval('frozen') },
  { name: 'summaries (former frozen 2)', run: () => runSummaryEval('frozen2') },
  // Held out: printed in aggregate only (see eval/results/summaries-frozen.md); never tuned on.
  { name: 'summaries (frozen 3)', run: () => runSummaryEval('frozen3') },
  { name: 'summaries (frozen 4)', run: () => runSummaryEval('frozen4') },
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
