/**
 * Writes knowledge/readings/readings.json: the proper-noun readings of the shipped reports
 * (kuromoji), keyed by the knowledge they were built for. A fresh machine then never loads
 * kuromoji (≈1 s, ≈300 MB) for the shipped reports; with other reports the file is ignored and
 * the readings are extracted and cached as before. Run after changing a report, the glossary
 * or the lexicon: `npm run readings:build`.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '../src/core/logger.js';
import { loadKnowledgeBase, shippedReadingsFile } from '../src/knowledge/knowledge-base.js';

const knowledgeDir = path.resolve(process.argv[2] ?? 'knowledge');
const cacheDir = await mkdtemp(path.join(tmpdir(), 'musubi-readings-'));
try {
  await loadKnowledgeBase({ knowledgeDir, logger: silentLogger, cacheDir, rebuildCache: true });
  const built = (await readdir(cacheDir)).find((f) => /^readings-v\d+-[0-9a-f]+\.json$/.test(f));
  if (!built) throw new Error('no readings were written');
  const out = shippedReadingsFile(knowledgeDir);
  await mkdir(path.dirname(out), { recursive: true });
  await copyFile(path.join(cacheDir, built), out);
  process.stdout.write(`Readings for ${knowledgeDir} → ${out}\n`);
} finally {
  await rm(cacheDir, { recursive: true, force: true });
}
