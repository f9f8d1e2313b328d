// The shipped proper-noun readings must be built for the shipped knowledge, or a fresh machine loads kuromoji.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { loadKnowledgeBase, shippedReadingsFile } from '../../src/knowledge/knowledge-base.js';

const knowledgeDir = path.join(import.meta.dirname, '..', '..', 'knowledge');

describe('knowledge/readings/readings.json', () => {
  it('is current for the reports, glossary and lexicon (else: npm run readings:build)', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'musubi-readings-test-'));
    try {
      await loadKnowledgeBase({ knowledgeDir, logger: silentLogger, cacheDir });
      const cached = (await readdir(cacheDir)).find((f) => f.startsWith('readings-'))!;
      const shipped = JSON.parse(await readFile(shippedReadingsFile(knowledgeDir), 'utf8')) as { settings: string; nouns: unknown[] };
      expect(cached, 'the knowledge base caches its readings').toBeDefined();
      expect(cached).toContain(shipped.settings);
      expect(shipped.nouns.length).toBeGreaterThan(100);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  }, 60_000);
});
