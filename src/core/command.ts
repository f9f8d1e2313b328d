/**
 * Parses what a person typed into a typed, platform-free command. A command is explicit —
 * `/musubi …`, `/ask …`, `/match …`, or a lone `help` — never the first word of a sentence:
 * "Help us find a sister city…" and "Summary of the Action Plan 4.0?" are plain text, and plain
 * text goes where its words say (see `intentOf` in ./intent.ts). Slack, Discord and the
 * terminal all parse through here.
 */
import { z } from 'zod';
import { MusubiError } from './errors.js';
import { intentOf } from './intent.js';
import { unsupportedLanguage } from './language.js';

export const SUBCOMMANDS = ['ask', 'match', 'programs', 'summary', 'shortlist', 'help'] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

/** Commands that take no text: they count only when written alone ("/musubi summary", "help"). */
const BARE_COMMANDS: ReadonlySet<Subcommand> = new Set(['summary', 'shortlist', 'help']);

/** Other spellings of the commands, in both languages. */
const ALIASES: Readonly<Record<string, Subcommand>> = {
  summarize: 'summary',
  summarise: 'summary',
  まとめ: 'summary',
  要約: 'summary',
  ヘルプ: 'help',
  使い方: 'help',
  候補リスト: 'shortlist',
  question: 'ask',
  質問: 'ask',
  partners: 'match',
};

/** Longest text accepted from a person; longer input gets a clear message, not a slow search. */
export const MAX_INPUT_CHARS = 4000;

export const ParsedCommandSchema = z.object({
  name: z.enum(SUBCOMMANDS),
  text: z.string(),
  /** True when the person wrote the command; false when Musubi read plain text's intent. */
  explicit: z.boolean(),
});
export type ParsedCommand = z.infer<typeof ParsedCommandSchema>;

/** What a command word turned out to be when it is not a command Musubi knows. */
export interface UnknownCommand {
  readonly unknown: string;
}

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

function commandWord(word: string): Subcommand | null {
  const w = word.toLowerCase();
  if ((SUBCOMMANDS as readonly string[]).includes(w)) return w as Subcommand;
  return ALIASES[w] ?? null;
}

export interface ParseOptions {
  /**
   * The text came through a command surface (Slack's `/musubi`, whose first word is the
   * subcommand): "match …" there is explicit. Elsewhere only a leading slash makes a command.
   */
  readonly commandSurface?: boolean;
}

/**
 * `/match We're a county…` → `{ name: 'match', text: "We're a county…", explicit: true }`;
 * `help` alone → help; anything else → its intent (`ask`, or `match` for a partner request),
 * with `explicit: false`. Returns `{ unknown }` for a `/word` that is no command (a typo).
 *
 * @example parseCommand('Help us find a sister city in the US for Hakui') // { name: 'match', explicit: false, … }
 */
export function parseCommand(raw: string, options: ParseOptions = {}): ParsedCommand & Partial<UnknownCommand> {
  const text = cleanUserText(raw);
  const m = /^(\/)?([\p{L}]+)(?=$|[\s:：、,.!?？！])[\s:：、,]*([\s\S]*)$/u.exec(text);
  if (m) {
    const slash = Boolean(m[1]);
    const name = commandWord(m[2]!);
    const rest = (m[3] ?? '').trim();
    const bare = rest.replace(/[\s.!?？！。]+$/u, '').length === 0;
    if (name && (slash || options.commandSurface || bare)) {
      // "/musubi summary of the Action Plan?" — a no-argument command followed by text, given
      // without a slash, is plain text; with a slash it is the command (the text only hints
      // at the language).
      if (BARE_COMMANDS.has(name) && !bare && !slash) return plain(text);
      // A bare "ask"/"match" with nothing after it asks how to use it.
      if (bare && !BARE_COMMANDS.has(name)) return { name: 'help', text: '', explicit: true };
      return ParsedCommandSchema.parse({ name, text: BARE_COMMANDS.has(name) ? '' : rest, explicit: true });
    }
    if (slash && !name) return { name: 'ask', text, explicit: false, unknown: m[2]! };
  }
  return plain(text);
}

function plain(text: string): ParsedCommand {
  if (text.length === 0) return { name: 'help', text: '', explicit: false };
  return { name: intentOf(text), text, explicit: false };
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
