/**
 * Builds a ready engine from the configuration: loads the knowledge, the indexes (from the
 * cache when it is current), the store, and the optional model-backed parts.
 */
import type { ChunkRanker } from './answering/question-answerer.js';
import type { Config } from './config/config.js';
import type { Logger } from './core/logger.js';
import type { Musubi } from './core/musubi.js';
import type { MusubiStore } from './core/store.js';
import { createEngine } from './engine.js';
import { loadKnowledgeBase, type KnowledgeBase } from './knowledge/knowledge-base.js';
import { createHybridRanker } from './retrieval/hybrid-ranker.js';
import { rankLexically } from './retrieval/lexical-ranker.js';
import { loadOrBuildLsaIndex } from './retrieval/lsa-index-cache.js';
import { createLsaRanker } from './retrieval/lsa-ranker.js';
import { createMemoryStore } from './store/memory-store.js';
import { knownNamesFrom } from './summarising/known-names.js';
import { NameFinder } from './summarising/name-finder.js';
import { createSummarizer, type Summarizer } from './summarising/summarizer.js';
import { loadPartnershipKnowledge } from './knowledge/records-loader.js';
import { createMatcher, type Matcher } from './matching/matcher.js';
import { Gazetteer } from './places/gazetteer.js';
import { createRequestReader } from './matching/relevance.js';

export interface CreateMusubiOptions {
  readonly config: Config;
  readonly logger: Logger;
  /** Defaults to an in-memory store (the CLI needs no database). */
  readonly store?: MusubiStore;
  /** Partnership record files added for this run (`--records FILE`). */
  readonly extraRecordFiles?: readonly string[];
  /** Progress lines for long work (index builds), for a person watching. */
  readonly onProgress?: (message: string) => void;
  /** `hybrid` (default): BM25 fused with the vector index; `lexical`: BM25 alone (for comparison). */
  readonly retrieval?: 'hybrid' | 'lexical';
  /**
   * When the vector index is built or loaded: at start (default: chat adapters and `ask` answer
   * their first question at once), or at the first question (`match`, which may ask none).
   */
  readonly vectorIndex?: 'at-start' | 'on-first-question';
  /** Rebuild the cached vector index even when it is current. */
  readonly rebuildIndex?: boolean;
}

export interface MusubiRuntime {
  readonly engine: Musubi;
  readonly kb: KnowledgeBase;
  /** The ranker the engine answers with (for evaluation and calibration scripts). */
  readonly rankChunks: ChunkRanker;
  close(): Promise<void>;
}

export async function createMusubi(options: CreateMusubiOptions): Promise<MusubiRuntime> {
  const { config, logger } = options;
  const kb = await loadKnowledgeBase({ knowledgeDir: config.knowledgeDir, logger, cacheDir: config.cacheDir, rebuildCache: options.rebuildIndex });
  const store = options.store ?? createMemoryStore();
  const retrieval = options.retrieval ?? 'hybrid';
  let rank: ChunkRanker = async (query, k) => rankLexically(query, kb.lexical, k);
  // The OpenAI client and LangChain (≈0.8 s to load) are loaded only in OpenAI mode.
  const modelParts = config.openai ? await import('./models/create-models.js') : undefined;
  const models = config.openai && modelParts ? modelParts.createModels(config.openai, logger, store) : undefined;
  if (retrieval === 'hybrid') {
    const hybrid = async (): Promise<ChunkRanker> => {
      const vector = (models && modelParts && config.openai?.useEmbeddings ? await modelParts.modelVectorSide(models, kb, config.cacheDir, logger, options.onProgress) : undefined) ??
        createLsaRanker(await loadOrBuildLsaIndex({ kb, cacheDir: config.cacheDir, logger, rebuild: options.rebuildIndex, onProgress: options.onProgress }), kb.lexical);
      return createHybridRanker(kb.lexical, vector, undefined, (error) => logger.warn('The vector side failed for a question; answering from the lexical index', { error: (error as Error).message }));
    };
    if (options.vectorIndex === 'on-first-question') {
      // A `match` run never asks a question: it need not build (or load) the vector index at all.
      let built: Promise<ChunkRanker> | undefined;
      // A build that failed is tried again at the next question, not remembered as failed.
      rank = async (query, k) => (await (built ??= hybrid().catch((error: unknown) => ((built = undefined), Promise.reject(error)))))(query, k);
    } else rank = await hybrid();
  }
  const partnerships = await loadPartnershipKnowledge({ knowledgeDir: config.knowledgeDir, extraRecordFiles: options.extraRecordFiles, logger });
  let gazetteer: Gazetteer | undefined;
  const places = (text: string) => (gazetteer ??= Gazetteer.load()).displayName(text);
  // The name index of every record (≈0.6 s with 100,000 imported rows) is built at the first
  // summary, not at start: a `match` run never summarises.
  let names: NameFinder | undefined;
  const namesOf = () => (names ??= new NameFinder(knownNamesFrom({ glossary: kb.glossary.entries, records: partnerships.records, programs: partnerships.programs })));
  let summarizer: Summarizer | undefined;
  const lazySummarizer: Summarizer = { summarize: (messages, shortlist) => (summarizer ??= createSummarizer({ names: namesOf(), places })).summarize(messages, shortlist) };
  // The gazetteer (≈250 ms) is loaded on the first matching request, not at start.
  let matcher: Matcher | undefined;
  const lazyMatcher: Matcher = {
    match: (request, matchOptions) =>
      (matcher ??= createMatcher({
        knowledge: partnerships,
        gazetteer: (gazetteer ??= Gazetteer.load()),
        ...createRequestReader(kb),
        cacheDir: config.cacheDir,
        placeNames: kb.glossary.entries.filter((e) => e.kind === 'country' || e.kind === 'foreign-region' || e.kind === 'us-state'),
        ...(models && modelParts ? { refineProfile: modelParts.profileReader(models, () => (gazetteer ??= Gazetteer.load())) } : {}),
      })).match(request, matchOptions),
  };
  const engine = createEngine({
    kb,
    rank,
    summarizer: lazySummarizer,
    matcher: lazyMatcher,
    ...(models && modelParts ? { writeAnswer: modelParts.answerWriter(models), writeSummary: modelParts.summaryWriter(models, namesOf()) } : {}),
    store,
    logger,
  });
  return { engine, kb, rankChunks: rank, close: () => store.close() };
}
