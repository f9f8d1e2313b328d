/**
 * Model-written answers that stay grounded: the model answers from numbered passages and
 * cites them; every citation is checked (the passage must exist, the quote must be verbatim
 * in it) and dropped if not; an answer left with no valid citation, any model failure, an open
 * circuit or a spent budget all give the offline answer instead, with a short note.
 */
import { z } from 'zod';
import type { AnswerReply, Citation, ConversationTurn, Language, NoAnswerReply, Passage } from '../core/types.js';
import { guardedCompletion, type ModelGuards } from './guarded-completion.js';
import { groundedAnswerPrompt } from './grounded-prompt.js';
import { parseModelJson } from './model-json.js';

const ModelAnswerSchema = z.object({
  answer: z.string(),
  citations: z.array(z.object({ passage: z.number().int(), quote: z.string() })).default([]),
  grounded: z.boolean().default(true),
});

export interface GroundedAnswerInput {
  readonly question: string;
  readonly language: Language;
  readonly passages: readonly Passage[];
  readonly offline: AnswerReply | NoAnswerReply;
  readonly context?: readonly ConversationTurn[];
  readonly workspace?: string;
  readonly onPartial?: (text: string) => void;
}

const NOTE = {
  unavailable: { en: 'AI writing is unavailable right now — showing the offline answer.', ja: 'AI による回答は現在利用できません。オフラインの回答を表示しています。' },
  budget: { en: "Today's AI budget for this workspace is spent — showing the offline answer.", ja: '本日の AI 利用枠を使い切りました。オフラインの回答を表示しています。' },
  ungrounded: { en: 'The AI answer could not be checked against the reports — showing the offline answer.', ja: 'AI の回答を報告書で確認できなかったため、オフラインの回答を表示しています。' },
} as const;

/** The verbatim span of `passage` that `quote` matches, allowing only whitespace differences. */
export function findVerbatim(passage: string, quote: string): string | null {
  const q = quote.trim();
  if (q.length < 4) return null;
  if (passage.includes(q)) return q;
  const pattern = q
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s*');
  const m = new RegExp(pattern).exec(passage);
  return m ? m[0] : null;
}

/** The "answer" field of a JSON object still being streamed, as far as it has arrived. */
export function partialAnswer(jsonSoFar: string): string | null {
  const m = /"answer"\s*:\s*"((?:[^"\\]|\\.)*)/.exec(jsonSoFar);
  if (!m) return null;
  try {
    return JSON.parse(`"${m[1]!.replace(/\\(u[0-9a-fA-F]{0,3})?$/, '')}"`) as string;
  } catch {
    return null;
  }
}

export function createGroundedAnswerer(guards: ModelGuards) {
  const { logger } = guards;
  const withNote = (reply: AnswerReply | NoAnswerReply, note: keyof typeof NOTE): AnswerReply | NoAnswerReply => ({ ...reply, warnings: [...reply.warnings, NOTE[note][reply.language]] });

  return async function answer(input: GroundedAnswerInput): Promise<AnswerReply | NoAnswerReply> {
    const { offline, passages, language } = input;
    if (passages.length === 0) return offline;
    const onPartial = input.onPartial;
    // Streamed, the answer text reaches the chat as it is written; citations are checked at the end.
    const onDelta = onPartial ? (soFar: string) => { const text = partialAnswer(soFar); if (text) onPartial(text); } : undefined;
    const completion = await guardedCompletion(guards, groundedAnswerPrompt(input.question, language, passages, input.context), { workspace: input.workspace, onDelta, purpose: 'answer' });
    if (!completion.ok) return withNote(offline, completion.reason);
    const raw = completion.text;
    let parsed: z.infer<typeof ModelAnswerSchema>;
    try {
      parsed = ModelAnswerSchema.parse(parseModelJson(raw));
    } catch {
      logger.warn('openai: the model did not return the expected JSON; using the offline answer');
      return withNote(offline, 'ungrounded');
    }
    // "Not in the reports" stays possible: the model may say so even when offline found text.
    if (!parsed.grounded) return offline.kind === 'no-answer' ? offline : { kind: 'no-answer', language, question: input.question, text: parsed.answer.trim() || offline.text, passages: offline.passages, warnings: offline.warnings, confidence: offline.confidence };
    const citations: Citation[] = [];
    for (const c of parsed.citations) {
      const passage = passages[c.passage - 1];
      const quote = passage ? findVerbatim(passage.text, c.quote) : null;
      if (!passage || !quote) {
        logger.debug('openai: dropped a citation that is not verbatim in its passage', { passage: c.passage });
        continue;
      }
      if (!citations.some((x) => x.quote === quote)) citations.push({ report: passage.report, title: passage.title, page: passage.page, quote });
    }
    if (citations.length === 0 || !parsed.answer.trim()) return withNote(offline, 'ungrounded');
    return { kind: 'answer', language, question: input.question, text: parsed.answer.trim(), citations, passages: offline.passages, warnings: offline.warnings, confidence: offline.confidence };
  };
}
