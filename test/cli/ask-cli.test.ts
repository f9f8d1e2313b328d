import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runCli } from '../fakes/run-cli.js';
import { SAMPLE_REPORTS, writeSampleKnowledge } from '../fakes/sample-knowledge.js';

const AnswerJson = z.object({
  question: z.string(),
  answer: z.string(),
  grounded: z.boolean(),
  language: z.enum(['ja', 'en']),
  citations: z.array(z.object({ report: z.string(), title: z.string(), page: z.number().nullable(), quote: z.string() })),
  passages: z.array(z.object({ report: z.string(), page: z.number().nullable(), text: z.string().max(1200), score: z.number() })),
});

let env: Record<string, string>;
beforeAll(async () => {
  env = { MUSUBI_KNOWLEDGE_DIR: await writeSampleKnowledge(), MUSUBI_CACHE_DIR: await mkdtemp(path.join(tmpdir(), 'musubi-cache-')) };
});

describe('musubi ask (CLI contract)', () => {
  it('prints exactly one JSON object with verbatim quotes', async () => {
    const r = await runCli(['ask', '--json', 'When did Sapporo and Portland become sister cities?'], { env });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = AnswerJson.parse(JSON.parse(lines[0]!));
    expect(json.grounded).toBe(true);
    expect(json.language).toBe('en');
    for (const c of json.citations) expect(SAMPLE_REPORTS[c.report]).toContain(c.quote);
    for (const p of json.passages) expect(SAMPLE_REPORTS[p.report]).toContain(p.text);
  });

  it('reads one question per line from stdin and answers each, in order', async () => {
    const r = await runCli(['ask', '--json', '-'], { env, stdin: '札幌市の姉妹都市は？\n\nWhat about Quebec overseas offices?\n' });
    const out = r.stdout.trim().split('\n').map((l) => AnswerJson.extend({ error: z.string().optional() }).parse(JSON.parse(l)));
    expect(out.map((o) => o.question)).toEqual(['札幌市の姉妹都市は？', '', 'What about Quebec overseas offices?']);
    expect(out[1]!.grounded).toBe(false);
    expect(out[2]!.passages[0]!.report).toBe('okinawa.ja.txt');
  });

  it('answers exactly one JSON line per input line, whatever bytes the line holds', async () => {
    const input = Buffer.concat([
      Buffer.from('\ufeffWhen did Sapporo and Portland become sister cities?\r\n'),
      Buffer.from('first half\rsecond half\n'),
      Buffer.from([0x8e, 0x44, 0x96, 0x79, 0x0a]), // Shift_JIS bytes: not UTF-8
      Buffer.from('NUL\u0000inside Okinawa\n'),
      Buffer.from(`${'long '.repeat(20_000)}\n`),
      Buffer.from('last line without a newline'),
    ]);
    const r = await runCli(['ask', '--json', '-'], { env, stdin: input });
    const out = r.stdout.split('\n').filter((l) => l !== '').map((l) => AnswerJson.extend({ error: z.string().optional() }).parse(JSON.parse(l)));
    expect(out).toHaveLength(6);
    expect(out[0]!.question).toBe('When did Sapporo and Portland become sister cities?');
    expect(out[0]!.grounded).toBe(true);
    expect(out[1]!.question).toBe('first half\rsecond half');
    expect(out[2]!.error).toBe('input_unusable');
    expect(out[3]!.error).toBeUndefined();
    expect(out[4]!.error).toBe('input_too_long');
    expect(out[5]!.question).toBe('last line without a newline');
  });

  it('gives a clear message and exit code 2 for an empty question, never a stack trace', async () => {
    const r = await runCli(['ask', '   '], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/question is empty/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('gives exit code 4 and a clear message when the reports folder is missing', async () => {
    const r = await runCli(['ask', 'hello'], { env: { ...env, MUSUBI_KNOWLEDGE_DIR: '/nonexistent/knowledge' } });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/Cannot read the reports folder/);
  });

  it('rebuilds a corrupt index cache and still answers', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'musubi-cache-'));
    await runCli(['index'], { env: { ...env, MUSUBI_CACHE_DIR: cache } });
    const [folder] = await readdir(cache);
    await writeFile(path.join(cache, folder!, 'projection.bin'), 'garbage');
    const r = await runCli(['ask', '--json', '札幌市'], { env: { ...env, MUSUBI_CACHE_DIR: cache } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/unusable.*rebuilding/);
    expect(AnswerJson.parse(JSON.parse(r.stdout)).passages.length).toBeGreaterThan(0);
  });

  it('reports what it indexed', async () => {
    const r = await runCli(['index'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Indexed 3 reports, \d+ passages, 14 glossary entries/);
  });
});
