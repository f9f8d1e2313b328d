/**
 * `musubi ask [--json] "<question>" | -` — the question-answering contract the evaluation
 * harness uses. With `-`, one question per stdin line, one JSON line out per question, in order.
 */
import { asMusubiError, EXIT_CODES, MusubiError } from '../core/errors.js';
import type { Musubi } from '../core/musubi.js';
import type { AnswerReply, NoAnswerReply } from '../core/types.js';
import { detectLanguage } from '../core/language.js';
import { formatAnswerForTerminal } from './format-answer.js';
import { readLines } from './stdin-lines.js';

export interface AskCliIO {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly createEngine: () => Promise<Musubi>;
}

/** The JSON shape of the contract (snake_case, as documented in the README). */
export function answerToJson(question: string, reply: AnswerReply | NoAnswerReply) {
  return {
    question,
    answer: reply.text,
    grounded: reply.kind === 'answer',
    /** 0..1: how sure Musubi is that the cited passages answer the question. */
    confidence: reply.confidence ?? (reply.kind === 'answer' ? 1 : 0),
    language: reply.language,
    citations: reply.kind === 'answer' ? reply.citations.map((c) => ({ report: c.report, title: c.title, page: c.page, quote: c.quote })) : [],
    passages: reply.passages.map((p) => ({ report: p.report, page: p.page, text: p.text, score: p.score })),
  };
}

function errorToJson(question: string, error: MusubiError) {
  return { question, answer: error.message, grounded: false, confidence: 0, language: detectLanguage(question), citations: [], passages: [], error: error.code };
}

export async function runAskCommand(args: readonly string[], io: AskCliIO): Promise<number> {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  const unknown = rest.find((a) => a.startsWith('--'));
  if (unknown) {
    io.stderr.write(`Unknown option ${unknown}. Usage: musubi ask [--json] "<question>"  (or - to read questions from stdin)\n`);
    return 2;
  }
  if (rest.length === 0) {
    io.stderr.write('Nothing to ask. Usage: musubi ask [--json] "<question>"  (or - to read questions from stdin)\n');
    return 2;
  }
  const engine = await io.createEngine();

  if (rest.length === 1 && rest[0] === '-') {
    let failures = 0;
    // Lines split on "\n" only: a bare "\r", NUL or invalid byte never adds or loses a line.
    for await (const { text: line, problem } of readLines(io.stdin as AsyncIterable<Buffer>)) {
      try {
        if (problem) throw new MusubiError(problem.code, problem.message);
        const reply = await engine.ask(line);
        io.stdout.write(`${json ? JSON.stringify(answerToJson(line, reply)) : formatAnswerForTerminal(reply)}\n`);
      } catch (error) {
        failures++;
        const e = asMusubiError(error);
        io.stdout.write(`${json ? JSON.stringify(errorToJson(line, e)) : `⚠ ${e.message}`}\n`);
      }
    }
    return failures > 0 ? 2 : 0;
  }

  const question = rest.join(' ');
  try {
    const reply = await engine.ask(question);
    io.stdout.write(`${json ? JSON.stringify(answerToJson(question, reply)) : formatAnswerForTerminal(reply)}\n`);
    return 0;
  } catch (error) {
    const e = asMusubiError(error);
    if (json) io.stdout.write(`${JSON.stringify(errorToJson(question, e))}\n`);
    io.stderr.write(`${e.message}\n`);
    return EXIT_CODES[e.code];
  }
}
