/** The logger the engine is given; it never calls console itself. Logs go to stderr by default. */
import { redact } from './redact.js';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** A logger writing one (redacted) line per entry to a stream (stderr by default, so stdout stays clean for JSON). */
export function createStreamLogger(
  level: LogLevel = 'info',
  stream: { write(chunk: string): unknown } = process.stderr,
): Logger {
  const emit = (at: Exclude<LogLevel, 'silent'>) => (message: string, fields?: Record<string, unknown>) => {
    if (ORDER[at] < ORDER[level]) return;
    const extra = fields && Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : '';
    // Every line is redacted: secrets never reach a log, whatever a server echoed.
    stream.write(`${redact(`[musubi] ${at}: ${message}${extra}`).replace(/[\r\n]+/g, ' ')}\n`);
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
