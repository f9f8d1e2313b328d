/**
 * The environment, validated once with zod into a frozen Config. Mirrored by `.env.example`.
 * A bad setting fails at start-up with one line naming the variable and what it needs.
 */
import { z } from 'zod';
import { MusubiError } from '../core/errors.js';
import { registerSecretsFromEnv } from '../core/redact.js';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const optionalUrl = optionalString.pipe(
  z
    .string()
    .url({ message: 'must be a full URL such as http://127.0.0.1:3000/api/' })
    .optional(),
);

const intWithDefault = (fallback: number, min: number, max: number) =>
  optionalString
    .transform((v) => (v === undefined ? fallback : Number(v)))
    .pipe(
      z
        .number({ message: 'must be a whole number' })
        .int({ message: 'must be a whole number' })
        .min(min, { message: `must be at least ${min}` })
        .max(max, { message: `must be at most ${max}` }),
    );

export const ConfigSchema = z.object({
  LOG_LEVEL: optionalString.pipe(z.enum(['debug', 'info', 'warn', 'error', 'silent']).optional().default('info')),
  MUSUBI_KNOWLEDGE_DIR: optionalString.pipe(z.string().optional().default('knowledge')),
  MUSUBI_CACHE_DIR: optionalString.pipe(z.string().optional().default('.cache')),
  MUSUBI_DB_PATH: optionalString.pipe(z.string().optional().default('data/musubi.db')),
  /** PostgreSQL for shared state between replicas; SQLite at MUSUBI_DB_PATH when unset. */
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a PostgreSQL URL such as postgres://user:password@127.0.0.1:5432/musubi' })
      .optional(),
  ),

  SLACK_BOT_TOKEN: optionalString.pipe(
    z.string().startsWith('xoxb-', { message: 'must be a bot token starting with xoxb-' }).optional(),
  ),
  SLACK_APP_TOKEN: optionalString.pipe(
    z.string().startsWith('xapp-', { message: 'must be an app-level token starting with xapp-' }).optional(),
  ),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_API_URL: optionalUrl,
  PORT: intWithDefault(3000, 1, 65535),

  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString.pipe(z.string().regex(/^\d{5,25}$/, { message: 'must be the Application ID from the Discord Developer Portal (General Information), a number of at least 5 digits' }).optional()),
  DISCORD_GUILD_ID: optionalString.pipe(z.string().regex(/^\d{5,25}$/, { message: 'must be a numeric server (guild) id' }).optional()),
  DISCORD_API_URL: optionalUrl,

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_CHAT_MODEL: optionalString.pipe(z.string().optional().default('gpt-4o-mini')),
  OPENAI_EMBEDDING_MODEL: optionalString.pipe(z.string().optional().default('text-embedding-3-small')),
  OPENAI_TIMEOUT_MS: intWithDefault(20_000, 1_000, 300_000),
  OPENAI_MAX_RETRIES: intWithDefault(2, 0, 10),
  /** Tokens a workspace may spend per day before Musubi switches to offline mode (0 = no limit). */
  OPENAI_DAILY_TOKEN_BUDGET: intWithDefault(0, 0, 1_000_000_000),
  /** Use OpenAI embeddings in retrieval when a key is set (they are fused with the lexical index). */
  MUSUBI_USE_OPENAI_EMBEDDINGS: optionalString.pipe(z.enum(['true', 'false']).optional().default('false')),
});

type Parsed = z.infer<typeof ConfigSchema>;

export interface Config {
  readonly logLevel: Parsed['LOG_LEVEL'];
  readonly knowledgeDir: string;
  readonly cacheDir: string;
  readonly dbPath: string;
  /** PostgreSQL connection URL (secret: it holds the password); undefined means SQLite. */
  readonly databaseUrl: string | undefined;
  readonly slack:
    | { readonly botToken: string; readonly appToken?: string; readonly signingSecret?: string; readonly apiUrl?: string; readonly port: number }
    | undefined;
  readonly discord:
    | { readonly token: string; readonly applicationId: string; readonly guildId?: string; readonly apiUrl?: string }
    | undefined;
  readonly openai:
    | {
        readonly apiKey: string;
        readonly baseUrl?: string;
        readonly chatModel: string;
        readonly embeddingModel: string;
        readonly timeoutMs: number;
        readonly maxRetries: number;
        readonly dailyTokenBudget: number;
        readonly useEmbeddings: boolean;
      }
    | undefined;
}

/** Reads the environment (already loaded from `.env` by the caller) into a frozen Config. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  // Secrets are known to the redactor before anything can log or show them.
  registerSecretsFromEnv(env);
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    throw new MusubiError('config_invalid', `Configuration error: ${name} ${issue.message}. Fix it in .env or the environment (see .env.example).`, {
      cause: result.error,
    });
  }
  const e = result.data;

  let slack: Config['slack'];
  if (e.SLACK_BOT_TOKEN) {
    if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
      throw new MusubiError(
        'config_invalid',
        'Configuration error: SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP) is. Set one of them.',
      );
    }
    slack = { botToken: e.SLACK_BOT_TOKEN, appToken: e.SLACK_APP_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, apiUrl: e.SLACK_API_URL, port: e.PORT };
  } else if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) {
    throw new MusubiError('config_invalid', 'Configuration error: SLACK_BOT_TOKEN is required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set.');
  }

  let discord: Config['discord'];
  if (e.DISCORD_TOKEN) {
    if (!e.DISCORD_APPLICATION_ID) {
      throw new MusubiError('config_invalid', 'Configuration error: DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set (Developer Portal → General Information → Application ID).');
    }
    discord = { token: e.DISCORD_TOKEN, applicationId: e.DISCORD_APPLICATION_ID, guildId: e.DISCORD_GUILD_ID, apiUrl: e.DISCORD_API_URL };
  }

  const openai: Config['openai'] = e.OPENAI_API_KEY
    ? {
        apiKey: e.OPENAI_API_KEY,
        baseUrl: e.OPENAI_BASE_URL,
        chatModel: e.OPENAI_CHAT_MODEL,
        embeddingModel: e.OPENAI_EMBEDDING_MODEL,
        timeoutMs: e.OPENAI_TIMEOUT_MS,
        maxRetries: e.OPENAI_MAX_RETRIES,
        dailyTokenBudget: e.OPENAI_DAILY_TOKEN_BUDGET,
        useEmbeddings: e.MUSUBI_USE_OPENAI_EMBEDDINGS === 'true',
      }
    : undefined;

  return Object.freeze({
    logLevel: e.LOG_LEVEL,
    knowledgeDir: e.MUSUBI_KNOWLEDGE_DIR,
    cacheDir: e.MUSUBI_CACHE_DIR,
    dbPath: e.MUSUBI_DB_PATH,
    databaseUrl: e.DATABASE_URL,
    slack,
    discord,
    openai,
  });
}
