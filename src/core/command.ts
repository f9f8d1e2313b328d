/**
 * Parses the text of a chat command ("/musubi match …", "ask …", plain text) into a typed,
 * platform-free command. Slack's `/musubi`, Discord's mentions and the terminal share it.
 */
import { z } from 'zod';
import { MusubiError } from './errors.js';
import { unsupportedLanguage } from './language.js';

export const SUBCOMMANDS = ['ask', 'match', 'programs', 'summary', 'shortlist', 'help'] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

/** Longest text accepted from a person; longer input gets a clear message, not a slow search. */
export const MAX_INPUT_CHARS = 4000;

export const ParsedCommandSchema = z.object({
  name: z.enum(SUBCOMMANDS),
  text: z.string(),
});
export type ParsedCommand = z.infer<typeof ParsedCommandSchema>;

// Terminal escape sequences (colours, cursor moves, titles) pasted from a terminal: removed whole,
// so "\x1b[31mred" leaves "red", not "[31mred". CSI (ESC [ or U+009B), OSC (ESC ] … BEL/ST), and
// two-character escapes.
const ANSI = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]/g;
// Control characters other than tab/newline are noise from pastes; they are dropped (a carriage
// return becomes a space, so "first\rsecond" stays two words).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Normalises user text: drops terminal escapes and control characters, trims. */
export function cleanUserText(raw: string): string {
  return raw.replace(ANSI, '').replace(/\r/g, ' ').replace(CONTROL, '').trim();
}

/** Length in code points (what a person counts as characters): an emoji is one, not two UTF-16 units. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * "match We're a county…" → { name: 'match', text: "We're a county…" }; plain text → ask.
 * A leading slash is accepted ("/match …"), so the terminal and mentions share one syntax.
 */
export function parseCommand(raw: string): ParsedCommand {
  const text = cleanUserText(raw);
  const m = /^\/?([a-z]+)\b\s*([\s\S]*)$/i.exec(text);
  const word = m?.[1]?.toLowerCase();
  if (m && word && (SUBCOMMANDS as readonly string[]).includes(word)) {
    return ParsedCommandSchema.parse({ name: word, text: (m[2] ?? '').trim() });
  }
  if (word === 'summarize' || word === 'summarise') return { name: 'summary', text: (m?.[2] ?? '').trim() };
  return { name: 'ask', text };
}

/** Throws a MusubiError a person can act on when the text cannot be a question or request. */
export function validateUserText(text: string, what = 'question'): string {
  const cleaned = cleanUserText(text);
  if (cleaned.length === 0) {
    throw new MusubiError('input_empty', `The ${what} is empty. Type a ${what}, e.g. "How did Rikuzentakata and Crescent City become sister cities?"`);
  }
  const length = codePointLength(cleaned);
  if (length > MAX_INPUT_CHARS) {
    throw new MusubiError(
      'input_too_long',
      `The ${what} is ${length.toLocaleString('en-US')} characters long; the limit is ${MAX_INPUT_CHARS.toLocaleString('en-US')}. Ask about one thing at a time.`,
    );
  }
  if (!/[\p{L}\p{N}]/u.test(cleaned)) {
    throw new MusubiError('input_unusable', `The ${what} has no words or numbers in it (only symbols or emoji). Please type it in Japanese or English.`);
  }
  const other = unsupportedLanguage(cleaned);
  if (other) {
    throw new MusubiError(
      'language_unsupported',
      `Musubi reads Japanese or English only, and this ${what} looks ${other === 'ko' ? 'Korean' : 'Chinese'}. Please ask again in Japanese or English. / 日本語か英語でお尋ねください。`,
    );
  }
  return cleaned;
}
