/** One error type for the whole engine: a string-union `code` and a message that says how to fix it. */
import { redact } from './redact.js';

export type MusubiErrorCode =
  | 'config_invalid'
  | 'input_empty'
  | 'input_too_long'
  | 'input_unusable'
  | 'language_unsupported'
  | 'knowledge_unreadable'
  | 'knowledge_invalid'
  | 'index_corrupt'
  | 'model_unavailable'
  | 'store_busy'
  | 'store_unavailable'
  | 'not_found'
  | 'internal';

/** Process exit codes for the CLI, documented in the README. */
export const EXIT_CODES: Readonly<Record<MusubiErrorCode, number>> = {
  config_invalid: 3,
  input_empty: 2,
  input_too_long: 2,
  input_unusable: 2,
  language_unsupported: 2,
  knowledge_unreadable: 4,
  knowledge_invalid: 4,
  index_corrupt: 5,
  model_unavailable: 6,
  store_busy: 1,
  store_unavailable: 3,
  not_found: 2,
  internal: 1,
};

export class MusubiError extends Error {
  readonly code: MusubiErrorCode;

  /** The message is redacted here, so no secret echoed by a server can reach a person or a log. */
  constructor(code: MusubiErrorCode, message: string, options?: { cause?: unknown }) {
    super(redact(message), options);
    this.name = 'MusubiError';
    this.code = code;
  }
}

/** Wraps anything thrown into a MusubiError once, at an edge. */
export function asMusubiError(error: unknown): MusubiError {
  if (error instanceof MusubiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new MusubiError('internal', `Unexpected error: ${message}`, { cause: error });
}
