/**
 * `npm start` — the composition root: builds the engine (through its public index) and starts
 * Slack and/or Discord when their tokens are configured, otherwise the terminal chat. The engine
 * (src/) never imports an adapter. A configuration error is one line naming the variable.
 */
import { config as loadDotenv } from 'dotenv';
import { asMusubiError, createMemoryStore, createMusubi, createStreamLogger, EXIT_CODES, loadConfig, openStore } from '../src/index.js';
import { runConsoleChat } from './console/console-chat.js';

async function start(): Promise<number> {
  loadDotenv({ quiet: true });
  const config = loadConfig();
  const chatOnly = !config.slack && !config.discord;
  // In the terminal chat, routine info lines would interleave with answers.
  const logger = createStreamLogger(chatOnly && config.logLevel === 'info' ? 'warn' : config.logLevel);
  // The chat platforms keep shortlist, feedback, reply records, retry ids and the token spend in
  // the store — SQLite, or PostgreSQL when DATABASE_URL is set (replicas share it); the terminal
  // keeps its session's in memory.
  const store = chatOnly ? createMemoryStore() : await openStore(config, logger);
  // Progress of the first index build: always on stderr in the terminal, in the logs otherwise.
  const onProgress = chatOnly ? (m: string) => process.stderr.write(`${m}\n`) : (m: string) => logger.info(m);
  onProgress('Loading the reports and the search index…');
  const started = performance.now();
  const runtime = await createMusubi({ config, logger, store, onProgress });
  onProgress(`Ready in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

  if (chatOnly) {
    // One store for the engine and the session: /summary sees what /add put on the shortlist.
    await runConsoleChat({ engine: runtime.engine, store });
    await runtime.close();
    return 0;
  }
  const running: { stop(): Promise<void> }[] = [];
  if (config.slack) {
    const { startSlack } = await import('./slack/index.js');
    running.push(await startSlack({ engine: runtime.engine, config: config.slack, store, logger }));
  }
  if (config.discord) {
    const { startDiscord } = await import('./discord/index.js');
    running.push(await startDiscord({ engine: runtime.engine, config: config.discord, store, logger }));
  }
  const shutdown = async () => {
    for (const r of running) await r.stop().catch(() => undefined);
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  logger.info('Musubi is running; press Ctrl-C to stop.');
  return 0;
}

start().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const e = asMusubiError(error);
    process.stderr.write(`musubi: ${e.message}\n`);
    process.exitCode = EXIT_CODES[e.code];
  },
);
