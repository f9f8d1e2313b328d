/**
 * One model call behind the guards every model-backed part shares: the workspace's daily
 * budget, the circuit breaker, token accounting, and a warning (never the prompt) on failure.
 */
import type { Logger } from '../core/logger.js';
import type { ChatMessageIn, ChatModel } from '../models/chat-model.js';
import type { CircuitBreaker, DailyBudget } from '../models/resilience.js';

export interface ModelGuards {
  readonly chat: ChatModel;
  readonly logger: Logger;
  readonly breaker: CircuitBreaker;
  readonly budget: DailyBudget;
}

/** The model's text, or why there is none: the budget is spent, or the service is unavailable. */
export type GuardedCompletion = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: 'budget' | 'unavailable' };

export async function guardedCompletion(
  guards: ModelGuards,
  prompt: readonly ChatMessageIn[],
  options: { workspace?: string; onDelta?: (textSoFar: string) => void; purpose: string },
): Promise<GuardedCompletion> {
  const { chat, logger, breaker, budget } = guards;
  const workspace = options.workspace ?? 'default';
  if (!(await budget.allows(workspace))) return { ok: false, reason: 'budget' };
  if (!breaker.allows()) return { ok: false, reason: 'unavailable' };
  try {
    const completion = await chat.complete(prompt, { json: true, onDelta: options.onDelta });
    await budget.spend(workspace, completion.tokens);
    breaker.succeeded();
    return { ok: true, text: completion.text };
  } catch (error) {
    breaker.failed();
    logger.warn(`openai: falling back to the offline ${options.purpose}`, { reason: (error as Error).name, status: (error as { status?: number }).status });
    return { ok: false, reason: 'unavailable' };
  }
}
