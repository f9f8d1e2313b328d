/**
 * Loads the LSA model and its vector index from the cache directory, or builds and saves
 * them. The cache key is the knowledge hash plus the settings, so editing a report, the
 * glossary or a setting rebuilds automatically; a corrupt cache is rebuilt, not fatal.
 * Files are written to a temporary folder and renamed, so a crash never leaves half a cache,
 * and every file is checked against the folder's manifest (sha256 and settings) before use.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../core/logger.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { DEFAULT_LSA, LsaEmbedder, type LsaSettings } from '../models/lsa-embedder.js';
import { verifyManifest, writeManifest } from './cache-manifest.js';
import { tokenize } from './tokenizer.js';
import { VectorIndex } from './vector-index.js';

const CACHE_FORMAT = 2;

export interface LsaIndex {
  readonly embedder: LsaEmbedder;
  readonly index: VectorIndex;
  readonly fromCache: boolean;
  readonly buildMs: number;
}

export interface LsaCacheOptions {
  readonly kb: KnowledgeBase;
  readonly cacheDir: string;
  readonly logger: Logger;
  readonly settings?: LsaSettings;
  readonly rebuild?: boolean;
  readonly onProgress?: (message: string) => void;
}

const settingsKey = (kb: KnowledgeBase, settings: LsaSettings) => createHash('sha256').update(`${CACHE_FORMAT}:${kb.hash}:${JSON.stringify(settings)}`).digest('hex');

function cacheFolder(cacheDir: string, kb: KnowledgeBase, settings: LsaSettings): string {
  return path.join(cacheDir, `lsa-${settingsKey(kb, settings).slice(0, 16)}`);
}

async function load(folder: string, chunkCount: number, settings: string): Promise<LsaIndex> {
  await verifyManifest(folder, settings);
  const meta = JSON.parse(await readFile(path.join(folder, 'meta.json'), 'utf8')) as { format: number; dimensions: number; size: number; terms: string[] };
  if (meta.format !== CACHE_FORMAT || meta.size !== chunkCount) throw new Error('cache written by another version');
  const idf = new Float32Array(new Uint8Array(await readFile(path.join(folder, 'idf.bin'))).buffer);
  const projection = new Float32Array(new Uint8Array(await readFile(path.join(folder, 'projection.bin'))).buffer);
  if (idf.length !== meta.terms.length || projection.length !== meta.terms.length * meta.dimensions) throw new Error('cache files are truncated');
  const embedder = new LsaEmbedder({ terms: meta.terms, idf, projection, dimensions: meta.dimensions });
  const index = VectorIndex.load(path.join(folder, 'hnsw.bin'), meta.dimensions, meta.size);
  return { embedder, index, fromCache: true, buildMs: 0 };
}

async function save(folder: string, built: LsaIndex, settings: string): Promise<void> {
  const tmp = `${folder}.tmp-${process.pid}-${Date.now()}`;
  await mkdir(tmp, { recursive: true });
  const { terms, idf, projection, dimensions } = built.embedder.data;
  await writeFile(path.join(tmp, 'idf.bin'), Buffer.from(idf.buffer, idf.byteOffset, idf.byteLength));
  await writeFile(path.join(tmp, 'projection.bin'), Buffer.from(projection.buffer, projection.byteOffset, projection.byteLength));
  built.index.save(path.join(tmp, 'hnsw.bin'));
  await writeFile(path.join(tmp, 'meta.json'), JSON.stringify({ format: CACHE_FORMAT, dimensions, size: built.index.size, terms }));
  await writeManifest(tmp, settings);
  await rm(folder, { recursive: true, force: true });
  await rename(tmp, folder);
}

export function buildLsaIndex(kb: KnowledgeBase, settings: LsaSettings = DEFAULT_LSA): LsaIndex {
  const started = performance.now();
  const chunks = kb.lexical.chunks;
  const { embedder, documentVectors } = LsaEmbedder.fit(chunks.length, (i) => tokenize(chunks[i]!.indexText), settings);
  const index = VectorIndex.build(documentVectors, embedder.dimensions);
  return { embedder, index, fromCache: false, buildMs: performance.now() - started };
}

export async function loadOrBuildLsaIndex({ kb, cacheDir, logger, settings = DEFAULT_LSA, rebuild = false, onProgress }: LsaCacheOptions): Promise<LsaIndex> {
  const folder = cacheFolder(cacheDir, kb, settings);
  const key = settingsKey(kb, settings);
  if (!rebuild) {
    try {
      return await load(folder, kb.lexical.chunks.length, key);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      if (!missing) logger.warn(`The index cache in ${folder} is unusable (${(error as Error).message}); rebuilding it.`);
    }
  }
  onProgress?.(`Building the search index for ${kb.lexical.chunks.length} passages (once per change of the knowledge files)…`);
  const built = buildLsaIndex(kb, settings);
  onProgress?.(`Search index built in ${(built.buildMs / 1000).toFixed(1)} s.`);
  try {
    await save(folder, built, key);
  } catch (error) {
    // A cache that cannot be written costs start-up time, never answers: the index stays in memory.
    logger.warn(`Could not save the index cache to ${folder} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); answering from the index in memory. It will be rebuilt next start.`);
  }
  return built;
}
