/**
 * Builds knowledge/lexicon/katakana-words.json: the common katakana words of Japanese (チャンネル,
 * ミーティング, スケジュール) — EDICT headwords written in katakana alone and marked common (P), whose
 * glosses are ordinary words, not names (EDRDG, CC BY-SA 4.0). A katakana word of a chat is read
 * as a name only when it is not one of these, as an English word is only when no dictionary lists it.
 *
 *   apt-get install edict                       # /usr/share/edict/edict, EUC-JP
 *   npx tsx scripts/build-katakana-words.ts     # writes knowledge/lexicon/katakana-words.json (deterministic)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { KATAKANA_WORDS_FORMAT_VERSION, type KatakanaWordsFile } from '../src/bridge/katakana-words.js';
import { option } from './script-options.js';

const EDICT = option('edict', '/usr/share/edict/edict');
const OUT = option('out', path.join('knowledge', 'lexicon', 'katakana-words.json'));

const HEADWORD = /^([\u30a1-\u30fa\u30fc\u30fb]{2,}) (?:\[[^\]]*\] )?\/(.*)\/$/;
const words = new Set<string>();
for (const line of iconv.decode(readFileSync(EDICT), 'EUC-JP').split('\n')) {
  const m = HEADWORD.exec(line);
  if (!m || !m[2]!.includes('(P)')) continue;
  const glosses = m[2]!.split('/').map((g) => g.replace(/^(\([^)]*\)\s*)+/, '').trim()).filter((g) => g && g !== '(P)');
  // "Bordeaux", "Seoul (South Korea)": a gloss that is a name makes the headword a name.
  if (!glosses.length || glosses.some((g) => /^[A-Z][a-z]/.test(g))) continue;
  words.add(m[1]!.replace(/・/g, ''));
}
const file: KatakanaWordsFile = { version: KATAKANA_WORDS_FORMAT_VERSION, source: 'JMdict/EDICT (EDRDG, CC BY-SA 4.0): katakana headwords marked common (P)', words: [...words].sort() };
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(file)}\n`);
process.stdout.write(`${words.size} common katakana words → ${OUT}\n`);
