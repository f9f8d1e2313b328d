/** The architecture, checked: the engine never imports an adapter; adapters import the engine only through src/index.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const filesUnder = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
const importsOf = (file: string) => [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/(?:from|import\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('layering', () => {
  it('src/ imports no adapter', () => {
    const offenders = filesUnder('src').flatMap((f) => importsOf(f).filter((i) => i.includes('adapters/')).map((i) => `${f} → ${i}`));
    expect(offenders).toEqual([]);
  });

  it('adapters import the engine only through src/index.ts', () => {
    const offenders = filesUnder('adapters').flatMap((f) =>
      importsOf(f)
        .filter((i) => i.startsWith('.'))
        .map((i) => path.relative(ROOT, path.resolve(ROOT, path.dirname(f), i)))
        .filter((target) => target.startsWith('src') && target !== path.join('src', 'index.js'))
        .map((target) => `${f} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('npm start runs the composition root in adapters/', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe('tsx adapters/main.ts');
  });
});
