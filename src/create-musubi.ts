/**
 * Builds a ready engine from the configuration: loads the knowledge, the indexes (from the
 * cache when it is current), the store, and the optional model-backed parts.
 */
import type { Config } from './config/config.js';
import type { Logger } from './core/logger.js';
import type { Musubi } from './core/musubi.js';
import type { MusubiStore } from './core/store.js';
import { createEngine } from './engine.js';
import { loadKnowledgeBase, type KnowledgeBase } from './knowledge/knowledge-base.js';
import { rankLexically } from './retrieval/lexical-ranker.js';
import { createMemoryStore } from './store/memory-store.js';

export interface CreateMusubiOptions {
  readonly config: Config;
  readonly logger: Logger;
  /** Defaults to an in-memory store (the CLI needs no database). */
  readonly store?: MusubiStore;
  /** Partnership record files added for this run (`--records FILE`). */
  readonly extraRecordFiles?: readonly string[];
  /** Progress lines for long work (index builds), for a person watching. */
  readonly onProgress?: (message: string) => void;
}

export interface MusubiRuntime {
  readonly engine: Musubi;
  readonly kb: KnowledgeBase;
  close(): Promise<void>;
}

export async function createMusubi(options: CreateMusubiOptions): Promise<MusubiRuntime> {
  const { config, logger } = options;
  const kb = await loadKnowledgeBase({ knowledgeDir: config.knowledgeDir, logger });
  const store = options.store ?? createMemoryStore();
  const engine = createEngine({
    kb,
    rank: async (query, k) => rankLexically(query, kb.lexical, k),
    store,
    logger,
  });
  return { engine, kb, close: () => store.close() };
}
