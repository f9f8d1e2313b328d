/**
 * The `musubi` command line: `ask`, `index` (and `match`, `summarize`). Exit codes are
 * documented in the README; stdout carries only results, logs go to stderr.
 */
import { config as loadDotenv } from 'dotenv';
import { loadConfig } from '../config/config.js';
import { asMusubiError, EXIT_CODES } from '../core/errors.js';
import { createStreamLogger } from '../core/logger.js';
import { createMusubi, type MusubiRuntime } from '../create-musubi.js';
import { runAskCommand } from './ask-command.js';
import { runIndexCommand } from './index-command.js';
import { runSummarizeCommand } from './summarize-command.js';
import { runMatchCommand } from './match-command.js';
import { buildKnownNames } from '../summarising/known-names.js';
import { NameFinder } from '../summarising/name-finder.js';
import { createSummarizer } from '../summarising/summarizer.js';
import { Gazetteer } from '../places/gazetteer.js';

const USAGE = `Usage: npm run -s musubi -- <command>
  ask [--json] "<question>"      answer a question (use - to read one question per line from stdin)
  match [--json] "<request>"     suggest counterparts (- reads requests from stdin; --for "<place>" --country US;
                                 --records FILE (repeatable), --kind city|region|organisation|program, --top N)
  summarize [--json] [FILE]      summarise a transcript (JSON lines {"user","text","ts"?,"bot"?}; stdin without FILE)
  index                          rebuild the search index and report what was indexed
  help                           this text`;

export async function main(argv: readonly string[]): Promise<number> {
  loadDotenv({ quiet: true });
  const [command, ...args] = argv;
  try {
    const config = loadConfig();
    // JSON output must stay clean: logs go to stderr, and only warnings unless asked for more.
    const logger = createStreamLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
    const onProgress = (message: string) => process.stderr.write(`${message}\n`);
    let runtime: MusubiRuntime | undefined;
    const getRuntime = async (extraRecordFiles: readonly string[] = [], rebuildIndex = false, vectorIndex: 'at-start' | 'on-first-question' = 'at-start') =>
      (runtime ??= await createMusubi({ config, logger, extraRecordFiles, onProgress, rebuildIndex, vectorIndex }));
    const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
    switch (command) {
      case 'ask':
        return await runAskCommand(args, { ...io, createEngine: async () => (await getRuntime()).engine });
      case 'match':
        return await runMatchCommand(args, { ...io, createEngine: async (extraRecordFiles) => (await getRuntime(extraRecordFiles, false, 'on-first-question')).engine });
      case 'summarize':
      case 'summarise':
        return await runSummarizeCommand(args, {
          ...io,
          createSummarizer: async () => {
            const gazetteer = Gazetteer.load();
            return createSummarizer({ names: new NameFinder(await buildKnownNames({ knowledgeDir: config.knowledgeDir })), places: (text) => gazetteer.displayName(text) });
          },
        });
      case 'index':
        return await runIndexCommand(args, { stdout: process.stdout, createRuntime: () => getRuntime([], true) });
      case undefined:
      case 'help':
      case '--help':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        process.stderr.write(`Unknown command "${command}".\n${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    const e = asMusubiError(error);
    process.stderr.write(`musubi: ${e.message}\n`);
    return EXIT_CODES[e.code];
  }
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
