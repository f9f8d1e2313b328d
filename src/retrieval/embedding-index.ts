/**
 * The vector side for model embeddings (OpenAI or any compatible server): chunks embedded
 * through the Embedder port, stored in LangChain's HNSWLib, cached per model and knowledge
 * hash. HNSWLib scores are cosine *distances*; they become similarities (1 − d) here.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { Document } from '@langchain/core/documents';
import { Embeddings } from '@langchain/core/embeddings';
import type { Logger } from '../core/logger.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Embedder } from '../models/embedder.js';
import type { VectorRanker } from './hybrid-ranker.js';
import { verifyManifest, writeManifest } from './cache-manifest.js';

/** Lets LangChain call our Embedder port (LangChain types stay inside this file). */
class EmbedderAsLangChain extends Embeddings {
  constructor(private readonly embedder: Embedder) {
    super({});
  }
  embedDocuments(texts: string[]): Promise<number[][]> {
    return this.embedder.embedDocuments(texts);
  }
  embedQuery(text: string): Promise<number[]> {
    return this.embedder.embedQuery(text);
  }
}

export interface EmbeddingIndexOptions {
  readonly kb: KnowledgeBase;
  readonly embedder: Embedder;
  readonly cacheDir: string;
  readonly logger: Logger;
  readonly onProgress?: (message: string) => void;
  /** Texts per embedding request while building. */
  readonly batchSize?: number;
}

const settingsFor = (embedder: Embedder, kb: KnowledgeBase) => createHash('sha256').update(`${embedder.id}:${embedder.dimensions}:${kb.hash}`).digest('hex');

function folderFor(cacheDir: string, embedder: Embedder, kb: KnowledgeBase): string {
  return path.join(cacheDir, `embeddings-${createHash('sha256').update(`${embedder.id}:${kb.hash}`).digest('hex').slice(0, 16)}`);
}

async function build(options: EmbeddingIndexOptions, folder: string): Promise<HNSWLib> {
  const { kb, embedder, onProgress, batchSize = 64 } = options;
  const chunks = kb.lexical.chunks;
  const store = new HNSWLib(new EmbedderAsLangChain(embedder), { space: 'cosine', numDimensions: embedder.dimensions });
  for (let start = 0; start < chunks.length; start += batchSize) {
    const batch = chunks.slice(start, start + batchSize);
    const texts = batch.map((c) => kb.lexical.originalText(c));
    const vectors = await embedder.embedDocuments(texts);
    await store.addVectors(vectors, batch.map((c, i) => new Document({ pageContent: texts[i]!, metadata: { chunk: start + i } })));
    if (chunks.length > batchSize) onProgress?.(`Embedding passages with ${embedder.id}: ${Math.min(start + batchSize, chunks.length)}/${chunks.length}`);
  }
  try {
    const tmp = `${folder}.tmp-${process.pid}-${Date.now()}`;
    await mkdir(tmp, { recursive: true });
    await store.save(tmp);
    await writeManifest(tmp, settingsFor(embedder, kb));
    await rm(folder, { recursive: true, force: true });
    await rename(tmp, folder);
  } catch (error) {
    options.logger.warn(`Could not save the embedding index to ${folder} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); using it from memory.`);
  }
  return store;
}

/** Loads the cached model-embedding index or builds it; returns a ranker over it. */
export async function loadOrBuildEmbeddingIndex(options: EmbeddingIndexOptions): Promise<VectorRanker> {
  const { kb, embedder, cacheDir, logger } = options;
  const folder = folderFor(cacheDir, embedder, kb);
  let store: HNSWLib;
  try {
    await verifyManifest(folder, settingsFor(embedder, kb));
    store = await HNSWLib.load(folder, new EmbedderAsLangChain(embedder));
    if (store.index.getCurrentCount() !== kb.lexical.chunks.length) throw new Error('it holds another number of passages');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') logger.warn(`The embedding index cache in ${folder} is unusable (${(error as Error).message}); rebuilding it.`);
    logger.info(`Building the ${embedder.id} embedding index for ${kb.lexical.chunks.length} passages…`);
    store = await build(options, folder);
  }
  return {
    async rank(query, k) {
      const vector = await embedder.embedQuery(query.text);
      const hits = await store.similaritySearchVectorWithScore(vector, Math.min(k, kb.lexical.chunks.length));
      return hits.map(([doc, distance]) => ({ chunk: kb.lexical.chunks[doc.metadata.chunk as number]!, score: 1 - distance }));
    },
  };
}
