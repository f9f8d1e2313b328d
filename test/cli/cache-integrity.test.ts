/** Caches that prove themselves: a corrupt file is found by its checksum, rebuilt with one warning, and answers do not change. */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../fakes/run-cli.js';
import { writeSampleKnowledge } from '../fakes/sample-knowledge.js';

const QUESTION = 'When did Sapporo and Portland become sister cities?';
let knowledge: string;
let reference: string;

const answerJson = (stdout: string) => {
  const { question, answer, citations, passages } = JSON.parse(stdout) as Record<string, unknown>;
  return JSON.stringify({ question, answer, citations, passages });
};
const warnings = (stderr: string) => stderr.split('\n').filter((l) => / warn: /.test(l));

async function freshCache(): Promise<{ dir: string; lsa: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'musubi-cache-'));
  const r = await runCli(['index'], { env: { MUSUBI_KNOWLEDGE_DIR: knowledge, MUSUBI_CACHE_DIR: dir } });
  expect(r.code).toBe(0);
  const lsa = (await readdir(dir)).find((f) => f.startsWith('lsa-'))!;
  return { dir, lsa: path.join(dir, lsa) };
}

beforeAll(async () => {
  knowledge = await writeSampleKnowledge();
  const { dir } = await freshCache();
  const r = await runCli(['ask', '--json', QUESTION], { env: { MUSUBI_KNOWLEDGE_DIR: knowledge, MUSUBI_CACHE_DIR: dir } });
  expect(r.code).toBe(0);
  expect(warnings(r.stderr)).toEqual([]);
  reference = answerJson(r.stdout);
});

describe('cache integrity', () => {
  it.each(['idf.bin', 'projection.bin'])('finds %s overwritten with same-size random bytes, warns once, rebuilds, answers the same', async (name) => {
    const { dir, lsa } = await freshCache();
    const file = path.join(lsa, name);
    await writeFile(file, randomBytes((await stat(file)).size));
    const env = { MUSUBI_KNOWLEDGE_DIR: knowledge, MUSUBI_CACHE_DIR: dir };
    const r = await runCli(['ask', '--json', QUESTION], { env });
    expect(r.code).toBe(0);
    expect(warnings(r.stderr)).toHaveLength(1);
    expect(warnings(r.stderr)[0]).toMatch(new RegExp(`${name.replace('.', '\\.')} fails its checksum.*rebuilding`));
    expect(answerJson(r.stdout)).toBe(reference);
    // Repaired: the next run is silent.
    const again = await runCli(['ask', '--json', QUESTION], { env });
    expect(warnings(again.stderr)).toEqual([]);
  });

  it('rebuilds a readings cache holding [null] for ask, and index repairs it too', async () => {
    const { dir } = await freshCache();
    const readings = path.join(dir, (await readdir(dir)).find((f) => f.startsWith('readings-'))!);
    await writeFile(readings, '[null]');
    const env = { MUSUBI_KNOWLEDGE_DIR: knowledge, MUSUBI_CACHE_DIR: dir };
    const r = await runCli(['ask', '--json', QUESTION], { env });
    expect(r.code).toBe(0);
    expect(warnings(r.stderr)).toEqual([expect.stringMatching(/readings cache .* unusable \(not in the expected shape\); rebuilding/)]);
    expect(answerJson(r.stdout)).toBe(reference);
    await writeFile(readings, '[null]');
    const index = await runCli(['index'], { env });
    expect(index.code).toBe(0);
    expect(JSON.parse(await readFile(readings, 'utf8'))).toMatchObject({ format: 2 });
  });

  it('answers from memory when the cache directory cannot be written', async () => {
    const blocked = path.join(await mkdtemp(path.join(tmpdir(), 'musubi-cache-')), 'a-file');
    await writeFile(blocked, 'not a directory');
    const r = await runCli(['ask', '--json', QUESTION], { env: { MUSUBI_KNOWLEDGE_DIR: knowledge, MUSUBI_CACHE_DIR: blocked } });
    expect(r.code).toBe(0);
    expect(answerJson(r.stdout)).toBe(reference);
    expect(r.stderr).toMatch(/answering from the index in memory/);
  });

  it('builds no vector index for a match run, which asks no question', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'musubi-cache-'));
    const r = await runCli(['match', '--json', 'a sister city in the US for a small port town'], { env: { MUSUBI_KNOWLEDGE_DIR: knowledge, MUSUBI_CACHE_DIR: dir } });
    expect(r.code).toBe(0);
    expect((await readdir(dir)).filter((f) => f.startsWith('lsa-'))).toEqual([]);
    const ask = await runCli(['ask', '--json', QUESTION], { env: { MUSUBI_KNOWLEDGE_DIR: knowledge, MUSUBI_CACHE_DIR: dir } });
    expect(answerJson(ask.stdout)).toBe(reference);
    expect((await readdir(dir)).some((f) => f.startsWith('lsa-'))).toBe(true);
  });
});
