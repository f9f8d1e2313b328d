/**
 * Which hand-written glossary entries the lexicon reproduces: an entry whose every English form
 * reaches every one of its Japanese forms through the lexicon (EDICT glosses, ENAMDICT names) adds
 * nothing the dictionaries do not already say. `--write` removes those entries from the given
 * files (kinds listed by --kinds only), so the glossary keeps what the dictionaries lack.
 *
 *   npx tsx scripts/glossary-overlap.ts knowledge/glossary/core-terms.json [--kinds term,title] [--write]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { silentLogger } from '../src/core/logger.js';
import { normaliseForIndex } from '../src/knowledge/normalise.js';
import { GlossaryFileSchema, type GlossaryEntry } from '../src/knowledge/schemas.js';
import { loadLexicon, type Lexicon } from '../src/lexicon/index.js';

const args = process.argv.slice(2);
const write = args.includes('--write');
const first = args.includes('--first');
const kindsArg = args.indexOf('--kinds');
const kinds = kindsArg >= 0 ? new Set(args[kindsArg + 1]!.split(',')) : null;
const files = args.filter((a, i) => !a.startsWith('--') && (kindsArg < 0 || i !== kindsArg + 1));
const { lexicon } = await loadLexicon('knowledge/lexicon/lexicon.json', silentLogger);

/** True when the lexicon, from this English form, reaches the entry's Japanese (a suffix such as 県 aside). */
export function reproduces(lex: Lexicon, entry: GlossaryEntry): boolean {
  const reached = (en: string, form: string) => {
    const ja = normaliseForIndex(form);
    return lex.englishToJapanese(en, { names: true }).some((e) => e.ja === ja || (ja.startsWith(e.ja) && Array.from(ja).length - Array.from(e.ja).length <= 1 && Array.from(e.ja).length >= 2));
  };
  // Every English form must reach every Japanese spelling: the glossary's variants (受入れ /
  // 受け入れ) are what lets a question find either.
  if (!entry.en.every((en) => entry.ja.every((ja) => reached(en, ja)))) return false;
  // With --first, the lexicon must also rank the entry's Japanese first for every English form.
  return !first || entry.en.every((en) => lex.englishToJapanese(en, { names: true })[0]?.ja === normaliseForIndex(entry.ja[0]!));
}

// `| head` closes stdout early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

for (const file of files) {
  const entries = GlossaryFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const covered = entries.filter((e) => (!kinds || kinds.has(e.kind)) && reproduces(lexicon, e));
  process.stdout.write(`${file}: ${covered.length} of ${entries.length} entries reproduced by the lexicon\n`);
  for (const e of covered) process.stdout.write(`  ${e.kind}\t${e.ja[0]}\t${e.en.join(' / ')}\n`);
  if (write) {
    const kept = entries.filter((e) => !covered.includes(e));
    const indent = /\n( +)\{/.exec(readFileSync(file, 'utf8'))?.[1]?.length ?? 2;
    writeFileSync(file, `${JSON.stringify(kept, null, indent)}\n`);
  }
}
