/**
 * The terminal chat: plain text is a question; /match, /programs, /help; Ctrl-D or /quit exits.
 * It renders the engine's replies for a terminal and never shows a stack trace.
 */
import { createInterface } from 'node:readline';
import { formatAnswerForTerminal } from '../../src/cli/format-answer.js';
import { asMusubiError, detectLanguage, parseCommand, type Musubi, type Reply } from '../../src/index.js';
import { formatMatchesForTerminal } from '../../src/cli/format-matches.js';

export interface ConsoleChatOptions {
  readonly engine: Musubi;
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
  /** Show the prompt and greeting (off when stdin is not a terminal). */
  readonly interactive?: boolean;
}

export function renderForTerminal(reply: Reply): string {
  switch (reply.kind) {
    case 'answer':
    case 'no-answer':
      return formatAnswerForTerminal(reply);
    case 'matches':
      return formatMatchesForTerminal(reply);
    case 'help':
      return reply.text;
    case 'summary':
      return reply.summary;
  }
}

/** Runs until the input ends (Ctrl-D). Resolves when the chat is closed. */
export async function runConsoleChat({ engine, input = process.stdin, output = process.stdout, interactive = Boolean((input as { isTTY?: boolean }).isTTY) }: ConsoleChatOptions): Promise<void> {
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const write = (text: string) => output.write(`${text}\n`);
  if (interactive) {
    write('Musubi — ask about the reports in Japanese or English. /help for commands, Ctrl-D to quit.');
    write('Musubi — 報告書について日本語か英語で質問してください。/help でコマンド一覧、Ctrl-D で終了。');
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (QUIT.test(line)) break;
    if (line.trim().length > 0) {
      if (interactive) write(detectLanguage(line) === 'ja' ? '考えています…' : 'Thinking…');
      write(await handleLine(engine, line));
    }
    if (interactive) rl.prompt();
  }
  if (interactive) write('\nさようなら / Bye.');
}

/** What people type to leave a terminal program. */
const QUIT = /^\s*\/?(quit|exit|bye|q)\s*$/i;

export async function handleLine(engine: Musubi, line: string): Promise<string> {
  const command = parseCommand(line);
  const language = detectLanguage(command.text || line);
  // "/foo" that is no command is a typo, not a question about "foo".
  const unknown = /^\s*\/(\S+)/.exec(line);
  if (command.name === 'ask' && unknown) {
    return language === 'ja'
      ? `/${unknown[1]} というコマンドはありません。/help でコマンド一覧を表示します（質問はそのまま入力してください）。`
      : `There is no /${unknown[1]} command. Type /help for the commands; type a question as plain text.`;
  }
  try {
    switch (command.name) {
      case 'help':
        return renderForTerminal(engine.help(language));
      case 'match':
        return renderForTerminal(await engine.match(command.text));
      case 'programs':
        return renderForTerminal(await engine.programs(command.text));
      case 'summary':
      case 'shortlist':
        return language === 'ja'
          ? 'ターミナルでは summary/shortlist は使えません。`npm run -s musubi -- summarize < transcript.jsonl` を使ってください。'
          : 'summary and shortlist work in Slack and Discord; in a terminal use `npm run -s musubi -- summarize < transcript.jsonl`.';
      case 'ask':
        return renderForTerminal(await engine.ask(command.text));
    }
  } catch (error) {
    return `⚠ ${asMusubiError(error).message}`;
  }
}
