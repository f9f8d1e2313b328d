/**
 * `npm start`: starts Slack and/or Discord when their tokens are configured, otherwise the
 * terminal chat. A configuration error is one line naming the variable, never a stack trace.
 */
import { config as loadDotenv } from 'dotenv';
import { runConsoleChat } from '../adapters/console/console-chat.js';
import { loadConfig } from './config/config.js';
import { asMusubiError, EXIT_CODES } from './core/errors.js';
import { createStreamLogger } from './core/logger.js';
import { createMusubi } from './create-musubi.js';
import { openStore } from './store/open-store.js';

async function start(): Promise<number> {
  loadDotenv({ quiet: true });
  const config = loadConfig();
  const chatOnly = !config.slack && !config.discord;
  // In the terminal chat, routine info lines would interleave with answers.
  const logger = createStreamLogger(chatOnly && config.logLevel === 'info' ? 'warn' : config.logLevel);
  // The chat platforms keep shortlist, feedback, retry ids and the token spend in the store —
  // SQLite, or PostgreSQL when DATABASE_URL is set (replicas share it); the terminal needs none.
  const store = chatOnly ? undefined : await openStore(config, logger);
  const runtime = await createMusubi({ config, logger, store, onProgress: (m) => logger.info(m) });

  if (chatOnly) {
    await runConsoleChat({ engine: runtime.engine });
    await runtime.close();
    return 0;
  }
  const running: { stop(): Promise<void> }[] = [];
  if (config.slack) {
    const { startSlack } = await import('../adapters/slack/index.js');
    running.push(await startSlack({ engine: runtime.engine, config: config.slack, store: store!, logger }));
  }
  if (config.discord) {
    const { startDiscord } = await import('../adapters/discord/index.js');
    running.push(await startDiscord({ engine: runtime.engine, config: config.discord, store: store!, logger }));
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
