/**
 * `musubi summarize [--json] [FILE]` — summarises a transcript (JSON lines
 * `{"user", "text", "ts"?, "bot"?}`) from FILE or stdin: recommendations, decisions, open questions.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { parseJsonLines } from '../knowledge/json-lines.js';
import type { ChatMessage, Recommendation, SummaryReply } from '../core/types.js';
import type { Summarizer } from '../summarising/summarizer.js';

export interface SummarizeCliIO {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly createSummarizer: () => Promise<Summarizer>;
}

const TranscriptLineSchema = z.object({
  user: z.string().min(1, 'user must not be empty'),
  text: z.string(),
  ts: z.string().optional(),
  bot: z.boolean().optional(),
  link: z.string().optional(),
});

/** Parses a transcript; returns the messages and one error line per bad input line. */
export function parseTranscript(text: string): { messages: ChatMessage[]; errors: string[] } {
  const { rows, errors } = parseJsonLines(text, 'line', TranscriptLineSchema);
  let n = 0;
  const messages = rows.map(({ user, text: body, ts, bot, link }) => ({ author: user, text: body, ts, link: link ?? ts ?? `#${++n}`, isMusubi: bot ?? false }));
  return { messages, errors: errors.map((e) => e.replace(/^line:(\d+):/, 'line $1:')) };
}

const candidateJson = (r: Recommendation) => ({
  name: r.name,
  proposed_by: r.proposedBy[0] ?? null,
  proposed_by_all: r.proposedBy,
  reasons: r.reasons,
  message_links: r.messageLinks,
  status: r.status,
  decided_by: r.decidedBy,
  name_ja: r.nameJa,
  name_en: r.nameEn,
});

/**
 * The `summarize --json` contract. Backward compatible: the original fields keep their meaning;
 * `status` (`suggested` | `open` | `accepted` | `rejected`), `decided_by`, `name_ja`, `name_en`
 * were added per recommendation, and `rejected` lists the candidates the team turned down
 * (never among `recommendations`).
 */
export function summaryToJson(reply: SummaryReply) {
  return {
    summary: reply.summary,
    language: reply.language,
    recommendations: reply.recommendations.map(candidateJson),
    rejected: reply.rejected.map(candidateJson),
    decisions: reply.decisions,
    open_questions: reply.openQuestions,
  };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += chunk.toString();
  return text;
}

export async function runSummarizeCommand(args: readonly string[], io: SummarizeCliIO): Promise<number> {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  const unknown = rest.find((a) => a.startsWith('--'));
  if (unknown || rest.length > 1) {
    io.stderr.write(`Usage: musubi summarize [--json] [transcript.jsonl]  (or the transcript on stdin)\n`);
    return 2;
  }
  let text: string;
  try {
    text = rest[0] && rest[0] !== '-' ? await readFile(rest[0], 'utf8') : await readAll(io.stdin);
  } catch (error) {
    io.stderr.write(`Cannot read ${rest[0]}: ${(error as Error).message}\n`);
    return 2;
  }
  const { messages, errors } = parseTranscript(text);
  for (const e of errors) io.stderr.write(`Skipped transcript ${e}\n`);
  if (messages.length === 0) {
    io.stderr.write('The transcript has no valid messages. Each line must be {"user": "...", "text": "..."}.\n');
    return 2;
  }
  const reply = (await io.createSummarizer()).summarize(messages);
  io.stdout.write(json ? `${JSON.stringify(summaryToJson(reply))}\n` : `${reply.summary}\n`);
  return 0;
}
