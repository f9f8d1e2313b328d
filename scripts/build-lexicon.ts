/**
 * Builds knowledge/lexicon/lexicon.json from field resources — JMdict/EDICT, ENAMDICT (EDRDG,
 * CC BY-SA 4.0), Sudachi's synonym dictionary (Apache-2.0) and English demonyms (world-countries,
 * ODbL) — keeping only what the reports need, with each Japanese form's document frequency over the reports' passages.
 *
 *   apt-get install edict enamdict   # /usr/share/edict/{edict,enamdict}
 *   npm run lexicon:build            # writes knowledge/lexicon/lexicon.json (deterministic)
 *
 * Options: --edict FILE, --enamdict FILE, --synonyms FILE, --knowledge DIR, --out FILE.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import iconv from 'iconv-lite';
import { silentLogger } from '../src/core/logger.js';
import { chunkReport } from '../src/knowledge/chunker.js';
import { normaliseForIndex } from '../src/knowledge/normalise.js';
import { loadReports } from '../src/knowledge/report-loader.js';
import { romajiKey } from '../src/lexicon/lexicon.js';
import { LEXICON_FORMAT_VERSION, type LexiconFile } from '../src/lexicon/schema.js';
import { option } from './script-options.js';

const require = createRequire(import.meta.url);
const EDICT = option('edict', '/usr/share/edict/edict');
const ENAMDICT = option('enamdict', '/usr/share/edict/enamdict');
const KNOWLEDGE = option('knowledge', 'knowledge');
const OUT = option('out', path.join(KNOWLEDGE, 'lexicon', 'lexicon.json'));
const SYNONYMS = option('synonyms', '');

/** Longest Japanese form looked for in the reports (longer EDICT/ENAMDICT headwords are rare phrases). */
const MAX_FORM_CHARS = 16;
/** Glosses longer than this are explanations, not words a question would use. */
const MAX_GLOSS_WORDS = 6;
const HAS_KANJI_OR_KATAKANA = /[\u3400-\u9fff\uf900-\ufaff々\u30a1-\u30fa]/;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ヵヶ]/;

const readEucJp = (file: string) => iconv.decode(readFileSync(file), 'EUC-JP');

/** A Japanese form worth looking for: two characters or more, and not a lone particle-like kana pair. */
function usableForm(form: string): boolean {
  const n = Array.from(form).length;
  if (n < 2 || n > MAX_FORM_CHARS || !JAPANESE.test(form)) return false;
  // Hiragana-only forms of two characters are particles and verb endings (して, こと).
  return HAS_KANJI_OR_KATAKANA.test(form) || n >= 3;
}

// --- The corpus: passages as the index sees them ---------------------------------------------
const { reports } = await loadReports(path.join(KNOWLEDGE, 'reports'), silentLogger);
const passages = reports.flatMap((r) => chunkReport(r)).map((c) => c.indexText);
if (passages.length === 0) throw new Error(`No report passages under ${KNOWLEDGE}/reports: nothing to build the lexicon for.`);

const KATAKANA = /^[\u30a1-\u30faー]+$/;
const isKatakanaChar = (ch: string | undefined) => ch !== undefined && KATAKANA.test(ch);

/**
 * Document frequency over passages of every wanted form that occurs (others are absent). With
 * `wholeKatakana`, a katakana form counts only as a whole katakana word: the name アイ is not in アイデア.
 */
function documentFrequencies(wanted: ReadonlySet<string>, wholeKatakana = false): Map<string, number> {
  const df = new Map<string, number>();
  for (const text of passages) {
    const seen = new Set<string>();
    const chars = Array.from(text);
    for (let i = 0; i < chars.length; i++) {
      if (!JAPANESE.test(chars[i]!) && !/[a-z0-9]/.test(chars[i]!)) continue;
      let sub = '';
      for (let j = i; j < Math.min(chars.length, i + MAX_FORM_CHARS); j++) {
        sub += chars[j]!;
        if (!wanted.has(sub)) continue;
        if (wholeKatakana && KATAKANA.test(sub) && (isKatakanaChar(chars[i - 1]) || isKatakanaChar(chars[j + 1]))) continue;
        seen.add(sub);
      }
    }
    for (const form of seen) df.set(form, (df.get(form) ?? 0) + 1);
  }
  return df;
}

// --- EDICT -----------------------------------------------------------------------------------
interface EdictLine {
  readonly form: string;
  /** Stems of a verb or i-adjective (始まる → 始ま, 結ぶ → 結び), which its inflected forms in the reports share. */
  readonly stems: readonly string[];
  readonly reading: string;
  readonly common: boolean;
  readonly senses: string[][];
}

/** EDICT's part-of-speech tags (a sense starts with them); anything else in brackets is a note. */
const POS = /^(?:n|n-adv|n-t|n-suf|n-pref|n-pr|adj-[a-z]+|adv|adv-to|exp|int|pn|pref|suf|ctr|conj|prt|aux|aux-v|aux-adj|num|cop|cop-da|unc|vs|vs-[a-z]+|vk|vz|vi|vn|vr|vt|v1|v1-s|v5[a-z-]*|v2[a-z-]*|v4[a-z]|v-unspec|iv)$/;
/** The i-row kana a godan verb's continuative stem ends in (結ぶ → 結び). */
const I_ROW: Readonly<Record<string, string>> = { う: 'い', く: 'き', ぐ: 'ぎ', す: 'し', つ: 'ち', ぬ: 'に', ぶ: 'び', む: 'み', る: 'り' };
const VERB_POS = /^(?:v(?:[1245]|k|s|z|n|r|-unspec)|aux-v)/;
/** Removes parentheticals ("(cultural) exchange", "(e.g. …)") and the "to " of a verb gloss. */
export function cleanGloss(raw: string, verb: boolean): string {
  let g = raw;
  for (let prev = ''; prev !== g; ) {
    prev = g;
    g = g.replace(/\([^()]*\)/g, ' ').replace(/\{[^{}]*\}/g, ' ');
  }
  g = g.replace(/\s+/g, ' ').trim();
  if (verb) g = g.replace(/^to /, '');
  return g.replace(/^[-,;:\s]+|[-,;:\s]+$/g, '');
}

function parseEdictLine(line: string): EdictLine | null {
  const m = /^(\S+)(?: \[([^\]]+)\])? \/(.*)\/$/.exec(line);
  if (!m) return null;
  const fields = m[3]!.split('/');
  const senses: string[][] = [];
  let common = false;
  let verb = false;
  let inflects = false;
  let godan = false;
  let current: string[] | null = null;
  for (let field of fields) {
    if (field === '(P)') {
      common = true;
      continue;
    }
    if (/^EntL\d+/.test(field)) continue;
    let newSense = current === null;
    for (let tag = /^\(([^()]*)\)\s*/.exec(field); tag; tag = /^\(([^()]*)\)\s*/.exec(field)) {
      const t = tag[1]!;
      if (/^\d+$/.test(t)) newSense = true;
      const parts = t.split(',');
      if (parts.some((p) => POS.test(p.trim()))) {
        verb = parts.some((p) => VERB_POS.test(p));
        if (parts.some((p) => /^(?:v1|v5|adj-i$)/.test(p))) inflects = true;
        if (parts.some((p) => p.startsWith('v5'))) godan = true;
        if (current && current.length > 0) newSense = true;
      }
      field = field.slice(tag[0].length);
    }
    if (newSense || !current) {
      current = [];
      senses.push(current);
    }
    const gloss = cleanGloss(field, verb);
    if (gloss && gloss.split(' ').length <= MAX_GLOSS_WORDS && /[a-z]/i.test(gloss) && !current.includes(gloss)) current.push(gloss);
  }
  const kept = senses.filter((s) => s.length > 0);
  if (kept.length === 0) return null;
  const form = normaliseForIndex(m[1]!);
  const chars = Array.from(form);
  const stems: string[] = [];
  if (inflects && /[\u3040-\u309f]$/.test(form)) {
    const head = chars.slice(0, -1).join('');
    const iRow = I_ROW[chars[chars.length - 1]!];
    // A stem must keep a kanji and two characters to be a word of its own (見る → 見 is not).
    for (const stem of [head, ...(godan && iRow ? [head + iRow] : [])]) if (Array.from(stem).length >= 2 && /[\u3400-\u9fff]/.test(stem)) stems.push(stem);
  }
  return { form, stems, reading: m[2] ? m[2].normalize('NFKC') : m[1]!.normalize('NFKC'), common, senses: kept };
}

const edictLines = readEucJp(EDICT).split('\n').slice(1).map(parseEdictLine).filter((l): l is EdictLine => l !== null && usableForm(l.form));

// --- ENAMDICT --------------------------------------------------------------------------------
interface NameLine {
  readonly form: string;
  readonly reading: string;
  readonly romaji: string;
  readonly tags: string[];
}

const NAME_TAGS = new Set(['p', 's', 'g', 'f', 'm', 'u', 'c', 'o', 'h', 'pr', 'st', 'wk']);
function parseNameLine(line: string): NameLine | null {
  const m = /^(\S+)(?: \[([^\]]+)\])? \/\(([^)]*)\) ([^/]+)\//.exec(line);
  if (!m) return null;
  const tags = m[3]!.split(',').filter((t) => NAME_TAGS.has(t));
  if (tags.length === 0) return null;
  return { form: normaliseForIndex(m[1]!), reading: (m[2] ?? m[1]!).normalize('NFKC'), romaji: m[4]!.trim(), tags };
}
/** A name starting with hiragana is a word's tail in running text (その子, つ子), not a name. */
const usableName = (l: NameLine) => usableForm(l.form) && HAS_KANJI_OR_KATAKANA.test(l.form) && !/^[\u3040-\u309f]/.test(l.form);
const nameLines = readEucJp(ENAMDICT).split('\n').slice(1).map(parseNameLine).filter((l): l is NameLine => l !== null && usableName(l));

// --- Sudachi synonyms ------------------------------------------------------------------------
/** One member of a group as the package ships it (see Sudachi's docs/synonyms.md). */
interface SudachiItem {
  readonly midashi: string;
  /** 0 always expands, 1 is reached from others but never triggers, 2 is never used (a retired error). */
  readonly expandControl?: number;
  /** Members with one number are spellings of one lexeme; different numbers are synonyms. */
  readonly vocabularyNumber?: number;
}
interface SudachiGroup {
  readonly id: string;
  readonly items: readonly SudachiItem[];
}
interface Member {
  readonly w: string;
  readonly v: number;
  readonly trigger: boolean;
}
function sudachiFile(): string {
  if (SYNONYMS) return SYNONYMS;
  try {
    const pkg = require.resolve('sudachi-synonyms-dictionary');
    return path.join(path.dirname(pkg), 'sudachi-synonyms-dictionary.json');
  } catch {
    throw new Error('sudachi-synonyms-dictionary is not installed: run `npm install` (it is a devDependency) or pass --synonyms FILE.');
  }
}
function readSynonymGroups(): Member[][] {
  const raw = JSON.parse(readFileSync(sudachiFile(), 'utf8')) as SudachiGroup[];
  if (!Array.isArray(raw)) throw new Error(`${sudachiFile()}: expected an array of synonym groups`);
  const out: Member[][] = [];
  for (const group of raw) {
    const members: Member[] = [];
    for (const item of group.items ?? []) {
      if (typeof item.midashi !== 'string' || item.expandControl === 2) continue;
      const w = normaliseForIndex(item.midashi);
      if (!w || members.some((m) => m.w === w)) continue;
      members.push({ w, v: item.vocabularyNumber ?? 1, trigger: item.expandControl !== 1 });
    }
    if (members.length >= 2) out.push(members);
  }
  return out;
}
const synonymGroups = readSynonymGroups();

// --- Keep what the corpus needs --------------------------------------------------------------
const wanted = new Set<string>([...edictLines.flatMap((l) => [l.form, ...l.stems]), ...synonymGroups.flat().map((m) => m.w).filter(usableForm)]);
const df = documentFrequencies(wanted);
const nameDf = documentFrequencies(new Set(nameLines.map((l) => l.form)), true);

/**
 * English demonyms ("Zambian", "Thai"), from the `world-countries` data (ODbL): EDICT glosses a
 * country's name ("Zambia") but rarely the adjective English questions use ("Zambian trainees"),
 * so the demonym joins the sense that glosses the country, as a later gloss of it.
 */
const demonymsByCountry = new Map<string, string[]>();
for (const c of require('world-countries') as { name: { common: string; official: string }; demonyms?: { eng?: { f: string; m: string } } }[]) {
  const eng = c.demonyms?.eng;
  if (!eng) continue;
  const forms = [...new Set([eng.m, eng.f])].filter((d) => d && d.toLowerCase() !== c.name.common.toLowerCase());
  // Case matters: EDICT writes a country capitalised ("Greenland"), a common noun not ("greenland").
  for (const name of [c.name.common, c.name.official]) demonymsByCountry.set(name, forms);
}
for (const l of edictLines) {
  for (const sense of l.senses) {
    const country = sense.find((g) => demonymsByCountry.has(g));
    if (!country) continue;
    for (const d of demonymsByCountry.get(country)!) if (!sense.some((g) => g.toLowerCase() === d.toLowerCase())) sense.push(d);
  }
}

const byForm = new Map<string, EdictLine[]>();
/** The form an entry is found by in the reports: its headword, else a verb's or adjective's stem. */
const foundAs = (l: EdictLine) => (df.has(l.form) ? l.form : l.stems.find((s) => df.has(s)) ?? null);
for (const l of edictLines) if (foundAs(l)) byForm.set(l.form, [...(byForm.get(l.form) ?? []), l]);
const edict: LexiconFile['edict'] = [...byForm.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([form, lines]) => {
    // Several lines per form (one per reading): common readings first, then dictionary order.
    const ordered = [...lines].sort((a, b) => Number(b.common) - Number(a.common));
    const senses: string[][] = [];
    for (const l of ordered) for (const s of l.senses) if (!senses.some((t) => t.join('/') === s.join('/'))) senses.push(s);
    const found = foundAs(ordered[0]!)!;
    const reading = ordered[0]!.reading;
    // Japanese words typed in romaji ("tabunka kyosei") are found by their reading: four kana at least.
    const romaji = Array.from(reading).length >= 4 ? romajiKey(reading) : '';
    return { ja: form, ...(found !== form ? { stem: found } : {}), reading, ...(romaji ? { romaji } : {}), common: ordered.some((l) => l.common), df: df.get(found)!, senses };
  });

// ENAMDICT writes a country by its English name (ネパール: "Nepal"); its demonym ("Nepalese") is
// another English form of the same place.
const withDemonyms = nameLines.flatMap((l) => [l, ...(l.tags.includes('p') ? (demonymsByCountry.get(l.romaji) ?? []).map((d) => ({ ...l, romaji: d })) : [])]);
const names: LexiconFile['enamdict'] = withDemonyms
  .filter((l) => nameDf.has(l.form))
  .map((l) => ({ ja: l.form, reading: l.reading, romaji: l.romaji, tags: l.tags, df: nameDf.get(l.form)! }))
  .sort((a, b) => (a.ja < b.ja ? -1 : a.ja > b.ja ? 1 : a.reading < b.reading ? -1 : a.reading > b.reading ? 1 : a.romaji < b.romaji ? -1 : 1));
// ENAMDICT repeats a line per tag set; keep one per (form, reading, romaji) with the tags merged.
const mergedNames: LexiconFile['enamdict'] = [];
for (const n of names) {
  const last = mergedNames[mergedNames.length - 1];
  if (last && last.ja === n.ja && last.reading === n.reading && last.romaji === n.romaji) {
    mergedNames[mergedNames.length - 1] = { ...last, tags: [...new Set([...last.tags, ...n.tags])].sort() };
  } else mergedNames.push({ ...n, tags: [...n.tags].sort() });
}

const synonyms: LexiconFile['synonyms'] = synonymGroups
  .filter((g) => g.some((m) => df.has(m.w)))
  .map((g) => g.map((m) => ({ w: m.w, v: m.v, df: df.get(m.w) ?? 0, ...(m.trigger ? {} : { trigger: false as const }) })))
  .sort((a, b) => (a[0]!.w < b[0]!.w ? -1 : a[0]!.w > b[0]!.w ? 1 : 0));

const file: LexiconFile = {
  format: LEXICON_FORMAT_VERSION,
  passages: passages.length,
  sources: {
    edict: 'JMdict/EDICT, Electronic Dictionary Research and Development Group (EDRDG), CC BY-SA 4.0',
    enamdict: 'ENAMDICT/JMnedict, Electronic Dictionary Research and Development Group (EDRDG), CC BY-SA 4.0',
    sudachi: 'Sudachi synonym dictionary (sudachi-synonyms-dictionary), Works Applications, Apache-2.0',
    demonyms: 'English demonyms from world-countries (mledoze/countries), ODbL 1.0',
  },
  edict,
  enamdict: mergedNames,
  synonyms,
};
mkdirSync(path.dirname(OUT), { recursive: true });
// One entry per line: deterministic, and diffs of a rebuilt lexicon stay readable.
const json = `{\n${Object.entries(file)
  .map(([k, v]) => (Array.isArray(v) ? `"${k}": [\n${v.map((x) => JSON.stringify(x)).join(',\n')}\n]` : `"${k}": ${JSON.stringify(v)}`))
  .join(',\n')}\n}\n`;
writeFileSync(OUT, json);
process.stdout.write(`Lexicon: ${edict.length} EDICT forms, ${mergedNames.length} ENAMDICT names, ${synonyms.length} synonym groups from ${passages.length} passages → ${OUT} (${(json.length / 1e6).toFixed(2)} M chars)\n`);
