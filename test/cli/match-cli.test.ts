import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../fakes/run-cli.js';

const csv = path.resolve(import.meta.dirname, '../fixtures/us-japan-sister-cities.csv');

describe('musubi match (CLI contract)', () => {
  it('prints the documented JSON shape, best first', async () => {
    const r = await runCli(['match', '--json', '--for', 'Hakui, Ishikawa', '--country', 'US', '--records', csv, '--top', '3']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { request: string; profile: object; suggestions: Record<string, unknown>[] };
    expect(json.suggestions).toHaveLength(3);
    for (const s of json.suggestions) {
      expect(Object.keys(s)).toEqual(['name', 'name_ja', 'name_en', 'kind', 'country', 'score', 'reasons', 'evidence', 'existing']);
    }
    const scores = json.suggestions.map((s) => s.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('reads one request per line from stdin', async () => {
    const r = await runCli(['match', '--json', '-'], { stdin: 'youth exchange programs for high school students\n津波の経験がある町\n' });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { request: string });
    expect(lines.map((l) => l.request)).toEqual(['youth exchange programs for high school students', '津波の経験がある町']);
  });

  it('keeps one output line per input line when a line holds a bare carriage return or invalid bytes', async () => {
    const stdin = Buffer.concat([Buffer.from('tsunami\rrecovery towns\n'), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from('youth exchange\r\n')]);
    const r = await runCli(['match', '--json', '-'], { stdin });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { request: string; error?: string });
    expect(lines).toHaveLength(3);
    expect(lines[0]!.request).toBe('tsunami recovery towns');
    expect(lines[1]!.error).toBe('input_unusable');
    expect(lines[2]!.request).toBe('youth exchange');
  });

  it('skips a records file it cannot read, says which and why, and still matches', async () => {
    const r = await runCli(['match', '--json', '--records', '/nonexistent/partners.csv', '--records', csv, '--for', 'Hakui, Ishikawa', '--country', 'US', '--top', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Records file \/nonexistent\/partners\.csv skipped: cannot read it \(ENOENT\)/);
    expect((JSON.parse(r.stdout) as { suggestions: unknown[] }).suggestions).toHaveLength(2);
  });

  it('rejects bad flags with a usage line and exit code 2', async () => {
    const r = await runCli(['match', '--top', 'many', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: musubi match/);
  });

  it('predicts partners in any country from an imported list, in a temporary cache', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'musubi-cli-world-'));
    const list = path.join(dir, 'world.csv');
    await writeFile(list, ['japan_prefecture,japan_city,partner_country,partner_state,partner_city,kind', 'Ishikawa,Kanazawa,AU,,Wollongong,sister-city', 'Ishikawa,Komatsu,AU,,Ballarat,sister-city', 'Toyama,Takaoka,AU,,Geelong,sister-city'].join('\n'));
    const r = await runCli(['match', '--json', '--for', 'Hakui, Ishikawa', '--country', 'AU', '--records', list, '--top', '5'], { env: { MUSUBI_CACHE_DIR: path.join(dir, 'cache') } });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { suggestions: { country: string; kind: string; reasons: string[] }[] };
    expect(json.suggestions.length).toBeGreaterThan(0);
    expect(json.suggestions.every((s) => s.country === 'AU' && s.kind === 'city')).toBe(true);
    expect(json.suggestions.every((s) => s.reasons.length > 0)).toBe(true);
  });
});
