/**
 * The terminal chat: plain text goes where its words say (a question, or a partner request);
 * `/ask`, `/match`, `/programs`, `/summary`, `/shortlist`, a lone `help`; Ctrl-D or /quit exits.
 * The session keeps its turns, so a follow-up question is about the same subject, and `/summary`
 * reads Musubi's own suggestions as data. It never shows a stack trace.
 */
import { createInterface } from 'node:readline';
import { detectLanguage, type ChatMessage, type ConversationTurn, type Musubi, type MusubiStore } from '../../src/index.js';
import { createMemoryStore } from '../../src/index.js';
import { actionId } from '../shared/actions.js';
import { createChatLayer, suggestionsOf } from '../shared/chat-layer.js';
import { renderForTerminal } from './render.js';

export { renderForTerminal } from './render.js';

export interface ConsoleChatOptions {
  readonly engine: Musubi;
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
  /** Show the prompt and greeting (off when stdin is not a terminal). */
  readonly interactive?: boolean;
  readonly store?: MusubiStore;
}

/** Earlier turns passed with a question: enough for a follow-up, not the whole session. */
export const CONTEXT_TURNS = 10;

const SCOPE = { workspace: 'console', channel: 'console' } as const;

/** One terminal session: its turns (for follow-ups) and its messages (for `/summary`). */
export interface ConsoleSession {
  handleLine(line: string): Promise<string>;
  readonly turns: readonly ConversationTurn[];
}

/** The terminal's stand-ins for buttons. */
const BUTTON = /^\s*\/(more|sources|add|remove)\b\s*#?(\d+)?\s*$/i;
const BUTTON_HINT = {
  more: 'Ask for partners first (e.g. "Which US city could partner with our town?"); /more then shows further suggestions.',
  sources: '/sources lists the passages of the latest answer; ask a question first (the latest reply has none).',
  add: 'Usage: /add N — keeps suggestion N of the latest list on the shortlist (/shortlist shows it).',
  remove: 'Usage: /remove N — removes entry #N from the shortlist.',
} as const;

export function createConsoleSession(engine: Musubi, store: MusubiStore = createMemoryStore()): ConsoleSession {
  const layer = createChatLayer({ engine, store });
  const turns: ConversationTurn[] = [];
  const messages: ChatMessage[] = [];
  return {
    turns,
    async handleLine(line) {
      // The terminal's buttons: /more, /sources, /add N, /remove N act on the latest reply, like a press.
      const button = BUTTON.exec(line);
      if (button) {
        const [, word, n] = button;
        const records = await store.listReplies(SCOPE);
        const latest = (kind: string) => [...records].reverse().find((r) => r.kind === kind);
        const id =
          word === 'more' ? (latest('matches') ? actionId('more', latest('matches')!.id) : null)
          // Sources of the latest reply only: after a list of suggestions, an older answer's passages would mislead.
          : word === 'sources' ? (records.at(-1) && ['answer', 'no-answer'].includes(records.at(-1)!.kind) ? actionId('src', records.at(-1)!.id) : null)
          : word === 'add' ? (latest('matches') && n ? actionId('add', latest('matches')!.id, Number(n) - 1) : null)
          : n ? actionId('rm', '-', Number(n)) : null;
        if (!id) return BUTTON_HINT[word as keyof typeof BUTTON_HINT];
        const pressed = await layer.press(id, { scope: SCOPE, user: 'you', messageLink: null, language: detectLanguage(line) });
        if (!pressed) return BUTTON_HINT[word as keyof typeof BUTTON_HINT];
        if (pressed.result.reply.kind === 'matches') {
          // "More suggestions" is a turn of the session: a later /add numbers its list.
          const n2 = messages.length;
          const text = renderForTerminal(pressed.result.reply);
          messages.push({ author: 'Musubi', text, ts: String(n2 + 1), link: `#${n2 + 1}`, isMusubi: true, replyKind: pressed.result.reply.kind, suggestions: suggestionsOf(pressed.result.record) });
          await layer.recordPosted(SCOPE, pressed.result, [String(messages.length)]).catch(() => undefined);
          return text;
        }
        await layer.recordPosted(SCOPE, pressed.result, []).catch(() => undefined);
        return renderForTerminal(pressed.result.reply);
      }
      const earlier = turns.slice(-CONTEXT_TURNS);
      const result = await layer.handle({
        text: line,
        scope: SCOPE,
        context: async () => earlier,
        conversation: async () => messages,
        threadMessageIds: async () => messages.map((m) => m.ts!),
      });
      const text = renderForTerminal(result.reply);
      const kind = result.reply.kind;
      // Commands about the session itself are not turns of the conversation.
      const turn = kind !== 'help' && kind !== 'summary' && kind !== 'shortlist' && kind !== 'error';
      if (turn) {
        const n = messages.length;
        turns.push({ role: 'user', text: result.command.text || line.trim() }, { role: 'assistant', text: 'text' in result.reply ? result.reply.text : text });
        // Every line of a terminal session asks Musubi: its names and questions are the asker's, not proposals.
        messages.push({ author: 'you', text: line.trim(), ts: String(n + 1), link: `#${n + 1}`, isMusubi: false, toMusubi: true });
        messages.push({ author: 'Musubi', text, ts: String(n + 2), link: `#${n + 2}`, isMusubi: true, replyKind: kind, ...(result.record.suggestions.length ? { suggestions: suggestionsOf(result.record) } : {}) });
      }
      await layer.recordPosted(SCOPE, result, turn ? [String(messages.length)] : []).catch(() => undefined);
      return text;
    },
  };
}

/** Answers one line with no session (kept for scripts and tests). */
export async function handleLine(engine: Musubi, line: string): Promise<string> {
  return createConsoleSession(engine).handleLine(line);
}

/** Runs until the input ends (Ctrl-D). Resolves when the chat is closed. */
export async function runConsoleChat({ engine, input = process.stdin, output = process.stdout, interactive = Boolean((input as { isTTY?: boolean }).isTTY), store }: ConsoleChatOptions): Promise<void> {
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const write = (text: string) => output.write(`${text}\n`);
  const session = createConsoleSession(engine, store);
  if (interactive) {
    write('Musubi — ask about the reports in Japanese or English, or ask for partners. help for commands; /more, /sources, /add N, /remove N, /shortlist act on the latest reply; Ctrl-D to quit.');
    write('Musubi — 報告書についての質問や、交流相手の相談を日本語か英語でどうぞ。help でコマンド一覧、Ctrl-D で終了。');
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (QUIT.test(line)) break;
    if (line.trim().length > 0) {
      if (interactive) write(detectLanguage(line) === 'ja' ? '考えています…' : 'Thinking…');
      write(await session.handleLine(line));
    }
    if (interactive) rl.prompt();
  }
  if (interactive) write('\nさようなら / Bye.');
}

/** What people type to leave a terminal program. */
const QUIT = /^\s*\/?(quit|exit|bye|q)\s*$/i;
