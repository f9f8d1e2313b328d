/**
 * Writes a knowledge folder that is `scale` times the real one: every report copied `scale`
 * times with its numbers shifted and an edition mark per copy, so copies are not identical
 * and the index has to hold them all.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export async function writeSyntheticKnowledge(sourceDir: string, scale: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `musubi-x${scale}-`));
  await mkdir(path.join(dir, 'reports'), { recursive: true });
  await cp(path.join(sourceDir, 'glossary'), path.join(dir, 'glossary'), { recursive: true }).catch(() => undefined);
  const files = (await readdir(path.join(sourceDir, 'reports'))).filter((f) => f.endsWith('.txt'));
  for (const file of files) {
    const text = await readFile(path.join(sourceDir, 'reports', file), 'utf8');
    for (let copy = 0; copy < scale; copy++) {
      const shifted = copy === 0 ? text : text.replace(/\d+/g, (n) => String(Number(n) + copy));
      await writeFile(path.join(dir, 'reports', `${file.replace(/\.txt$/, '')}.copy${copy}.txt`), `第${copy + 1}版\n\n${shifted}`);
    }
  }
  return dir;
}
