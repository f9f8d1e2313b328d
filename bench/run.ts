/** `npm run bench`: every benchmark of the project. `--quick` skips the 100× corpus. */
import { runQaBench } from './qa-bench.js';
import { runSummaryBench } from './summary-bench.js';
import { runMatchBench } from './match-bench.js';

const quick = process.argv.includes('--quick');
const sections: { name: string; run: () => Promise<string[]> }[] = [
  { name: 'summaries', run: () => runSummaryBench() },
  { name: 'matching (10,000 and 100,000 imported rows)', run: () => runMatchBench() },
  { name: 'question answering', run: () => runQaBench({ scale: quick ? 1 : 100 }) },
];

for (const section of sections) {
  const started = performance.now();
  try {
    const lines = await section.run();
    process.stdout.write(`${section.name}\n${lines.join('\n')}\n(${((performance.now() - started) / 1000).toFixed(1)} s)\n\n`);
  } catch (error) {
    process.exitCode = 1;
    process.stdout.write(`${section.name}: benchmark failed: ${(error as Error).message}\n\n`);
  }
}
