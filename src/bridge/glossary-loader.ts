/** Loads knowledge/glossary/*.json: bilingual entries, validated; a bad file is a warning, not a crash. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../core/logger.js';
import { GlossaryFileSchema, type GlossaryEntry } from '../knowledge/schemas.js';

export interface LoadedGlossary {
  readonly entries: readonly GlossaryEntry[];
  readonly files: readonly string[];
  readonly warnings: readonly string[];
}

export async function loadGlossary(dir: string, logger: Logger): Promise<LoadedGlossary> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    const warning = `No glossary folder at ${dir}: English questions will find far less.`;
    logger.warn(warning);
    return { entries: [], files: [], warnings: [warning] };
  }
  const entries: GlossaryEntry[] = [];
  const warnings: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      const parsed = GlossaryFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`entry ${issue.path.join('.')}: ${issue.message}`);
      }
      entries.push(...parsed.data);
    } catch (error) {
      const warning = `Glossary file ${file} skipped: ${(error as Error).message}`;
      warnings.push(warning);
      logger.warn(warning);
    }
  }
  return { entries, files: names, warnings };
}
