import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines, type InputLine } from '../../../src/cli/stdin-lines.js';

async function collect(chunks: (string | Buffer)[], maxLineBytes?: number): Promise<InputLine[]> {
  const out: InputLine[] = [];
  for await (const line of readLines(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))), { maxLineBytes })) out.push(line);
  return out;
}

describe('readLines', () => {
  it('splits on \\n only; a bare \\r stays inside its line and \\r\\n is one line ending', async () => {
    const lines = await collect(['one\rtwo\nthree\r\nfour']);
    expect(lines.map((l) => l.text)).toEqual(['one\rtwo', 'three', 'four']);
    expect(lines.map((l) => l.number)).toEqual([1, 2, 3]);
  });

  it('keeps lines split across chunks, including a multi-byte character cut in half', async () => {
    const bytes = Buffer.from('札幌\n大阪\n');
    const lines = await collect([bytes.subarray(0, 2), bytes.subarray(2, 8), bytes.subarray(8)]);
    expect(lines.map((l) => l.text)).toEqual(['札幌', '大阪']);
    expect(lines.every((l) => !l.problem)).toBe(true);
  });

  it('yields empty lines and no phantom line after a final newline', async () => {
    expect((await collect(['\n\nx\n'])).map((l) => l.text)).toEqual(['', '', 'x']);
    expect(await collect([''])).toEqual([]);
  });

  it('marks invalid UTF-8 as unusable instead of dropping it, and strips a BOM', async () => {
    const lines = await collect([Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ok\n'), Buffer.from([0x82, 0xa0, 0x0a]), Buffer.from('a\u0000b\n')])]);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({ number: 1, text: 'ok' });
    expect(lines[1]!.problem?.code).toBe('input_unusable');
    expect(lines[1]!.problem?.message).toMatch(/Line 2 .*UTF-8/);
    expect(lines[2]!.text).toBe('a\u0000b');
  });

  it('turns an over-long line into one line with a problem, and goes on with the next', async () => {
    const lines = await collect(['x'.repeat(50), 'y'.repeat(50), '\nnext\n'], 64);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.problem?.code).toBe('input_too_long');
    expect(lines[1]).toEqual({ number: 2, text: 'next' });
  });
});
