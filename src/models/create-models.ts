/** Builds the optional model-backed parts from the OpenAI settings: chat, embeddings, guards. */
import type { Config } from '../config/config.js';
import type { Logger } from '../core/logger.js';
import type { AnswerWriter, SummaryProseWriter } from '../engine.js';
import { createGroundedAnswerer } from '../generation/grounded-answerer.js';
import { createSummaryWriter } from '../generation/summary-writer.js';
import { createProfileReader } from '../generation/profile-reader.js';
import type { ProfileRefiner } from '../matching/matcher.js';
import type { Gazetteer } from '../places/gazetteer.js';
import type { NameFinder } from '../summarising/name-finder.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { loadOrBuildEmbeddingIndex } from '../retrieval/embedding-index.js';
import type { VectorRanker } from '../retrieval/hybrid-ranker.js';
import type { ChatModel } from './chat-model.js';
import { createOpenAIChatModel, createOpenAIClient, createOpenAIEmbedder } from './openai-chat-model.js';
import { CircuitBreaker, DailyBudget, type TokenLedger } from './resilience.js';
import type OpenAI from 'openai';

export interface Models {
  readonly client: OpenAI;
  readonly config: NonNullable<Config['openai']>;
  readonly chat: ChatModel;
  readonly breaker: CircuitBreaker;
  readonly budget: DailyBudget;
  readonly logger: Logger;
}

/** `ledger` (the store) keeps the daily budget across restarts and replicas; without it the budget is per process. */
export function createModels(config: NonNullable<Config['openai']>, logger: Logger, ledger?: TokenLedger): Models {
  const client = createOpenAIClient(config);
  const budget = new DailyBudget(config.dailyTokenBudget, undefined, ledger, (error) =>
    logger.warn(`The token budget could not be read from or written to the store (${(error as Error).message}); counting this process's use only.`),
  );
  return { client, config, chat: createOpenAIChatModel(client, config, logger), breaker: new CircuitBreaker(), budget, logger };
}

export function answerWriter(models: Models): AnswerWriter {
  const answer = createGroundedAnswerer(models);
  return ({ question, language, passages, offline, options }) => answer({ question, language, passages, offline, context: options.context, workspace: options.workspace, onPartial: options.onPartial });
}

export function summaryWriter(models: Models, names: NameFinder): SummaryProseWriter {
  return createSummaryWriter({ ...models, names });
}

export function profileReader(models: Models, gazetteer: () => Gazetteer): ProfileRefiner {
  return createProfileReader({ ...models, gazetteer });
}

/** Model embeddings as the vector side, or undefined (with a warning) when the service cannot be used. */
export async function modelVectorSide(models: Models, kb: KnowledgeBase, cacheDir: string, logger: Logger, onProgress?: (m: string) => void): Promise<VectorRanker | undefined> {
  try {
    const probe = await models.client.embeddings.create({ model: models.config.embeddingModel, input: ['musubi'] });
    const embedder = createOpenAIEmbedder(models.client, models.config, probe.data[0]!.embedding.length);
    return await loadOrBuildEmbeddingIndex({ kb, embedder, cacheDir, logger, onProgress });
  } catch (error) {
    logger.warn('Model embeddings are unavailable; using the offline vector index', { error: (error as Error).message });
    return undefined;
  }
}
