/** The engine's public API: the only module adapters import. */
export type * from './core/types.js';
export type { Musubi, AskOptions, MatchOptions, ChannelScope, SummarizeOptions } from './core/musubi.js';
export type { MusubiStore, NewShortlistEntry, Feedback, ReplyRecord, RecordedSuggestion } from './core/store.js';
export type { Logger, LogLevel } from './core/logger.js';
export type { Config } from './config/config.js';
export { loadConfig } from './config/config.js';
export { createStreamLogger, silentLogger } from './core/logger.js';
export { MusubiError, asMusubiError, EXIT_CODES, type MusubiErrorCode } from './core/errors.js';
export { redact, registerSecrets } from './core/redact.js';
export { parseCommand, validateUserText, cleanUserText, MAX_INPUT_CHARS, SUBCOMMANDS, type ParsedCommand, type Subcommand } from './core/command.js';
export { detectLanguage } from './core/language.js';
export { createMusubi, type MusubiRuntime, type CreateMusubiOptions } from './create-musubi.js';
export { createMemoryStore } from './store/memory-store.js';
export { openSqliteStore } from './store/sqlite-store.js';
export { openStore } from './store/open-store.js';
export { intentOf, refinesRequest, type Intent } from './core/intent.js';
