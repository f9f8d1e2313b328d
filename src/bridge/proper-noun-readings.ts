/**
 * Readings of the proper nouns in the reports (陸前高田 → リクゼンタカタ, 黒岩 → クロイワ),
 * found with kuromoji's dictionary when the index is built and cached with it. They bridge
 * romanised names in English questions and kana in Japanese ones to the kanji the reports
 * print, and let English answers state those names in romaji. kuromoji is loaded only to
 * build (≈1 s, ≈300 MB), never to answer.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { toKatakana, toRomaji } from 'wanakana';
import { foldName as foldRomaji } from '../places/romaji.js';

const require = createRequire(import.meta.url);

interface KuromojiToken {
  surface_form: string;
  pos: string;
  pos_detail_1: string;
  pos_detail_2: string;
  reading?: string;
}
interface KuromojiTokenizer {
  tokenize(text: string): KuromojiToken[];
}

/** One proper noun of the reports with its reading (katakana) and its class (地域, 人名, 組織…). */
export interface ProperNoun {
  readonly surface: string;
  readonly reading: string;
  readonly kind: string;
}

function buildTokenizer(): Promise<KuromojiTokenizer> {
  const kuromoji = require('kuromoji') as { builder(o: { dicPath: string }): { build(cb: (e: Error | null, t: KuromojiTokenizer) => void): void } };
  const dicPath = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
  return new Promise((resolve, reject) => kuromoji.builder({ dicPath }).build((e, t) => (e ? reject(e) : resolve(t))));
}

/** Proper nouns (two characters or more) in the kanji runs of the texts. */
export async function extractProperNouns(texts: Iterable<string>): Promise<ProperNoun[]> {
  const runs = new Set<string>();
  for (const text of texts) for (const run of text.match(/[\u3400-\u9fff々ヶ]{2,}/g) ?? []) runs.add(run);
  if (runs.size === 0) return [];
  const tokenizer = await buildTokenizer();
  const found = new Map<string, ProperNoun>();
  for (const run of runs) {
    for (const t of tokenizer.tokenize(run)) {
      if (t.pos === '名詞' && t.pos_detail_1 === '固有名詞' && t.reading && t.reading !== '*' && Array.from(t.surface_form).length >= 2) {
        found.set(t.surface_form, { surface: t.surface_form, reading: t.reading, kind: t.pos_detail_2 });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.surface.localeCompare(b.surface));
}

/** Looks proper nouns up by romaji ("Rikuzentakata", "rikuzen takata") or kana ("りくぜんたかた"). */
export class ReadingIndex {
  private readonly byRomaji = new Map<string, ProperNoun[]>();
  private readonly bySurface = new Map<string, ProperNoun>();

  constructor(readonly nouns: readonly ProperNoun[]) {
    for (const noun of nouns) {
      const key = foldRomaji(toRomaji(noun.reading));
      if (key.length < 4) continue; // short readings (サガ, ツ) collide with English words
      this.byRomaji.set(key, [...(this.byRomaji.get(key) ?? []), noun]);
      this.bySurface.set(noun.surface, noun);
    }
  }

  lookupRomaji(text: string): readonly ProperNoun[] {
    return this.byRomaji.get(foldRomaji(text)) ?? [];
  }

  /** The romanised name of a proper noun printed in the reports ("黒岩" → "Kuroiwa"), or null. */
  romanise(surface: string, head?: { readonly reading: string; readonly english: string } | null): string | null {
    const noun = this.bySurface.get(surface);
    if (!noun) return null;
    // A name ending in a word of its kind reads "Hokkaido Bank": the rest of the reading romanised, the word in English.
    // Only organisations: 陸前高田 is a place, not "Rikuzen" and a word.
    const tail = head && noun.kind === '組織' ? toKatakana(head.reading) : '';
    const reading = tail && noun.reading.endsWith(tail) && noun.reading.length > tail.length ? noun.reading.slice(0, -tail.length) : noun.reading;
    const r = toRomaji(reading).replace(/ou/g, 'o').replace(/uu/g, 'u');
    const name = r.charAt(0).toUpperCase() + r.slice(1);
    return reading === noun.reading ? name : `${name} ${head!.english}`;
  }

  private readonly byKind = new Map<string, readonly string[]>();

  /** The surfaces of the proper nouns of one kind (人名, 組織, 地域), listed once. */
  surfacesOf(kind: string): readonly string[] {
    let list = this.byKind.get(kind);
    if (!list) this.byKind.set(kind, (list = this.nouns.filter((n) => n.kind === kind).map((n) => n.surface)));
    return list;
  }

  /** Surfaces of the proper nouns in a text, in order of appearance (longest first where they overlap). */
  findIn(text: string, { titleAt = () => false }: { titleAt?: (rest: string) => boolean } = {}): ProperNoun[] {
    const hits: { at: number; noun: ProperNoun }[] = [];
    const personAt = (rest: string) => this.surfacesOf('人名').some((surface) => rest.startsWith(surface));
    for (const noun of this.bySurface.values()) {
      const at = text.indexOf(noun.surface);
      if (at === -1) continue;
      // 高品 inside 高品質 is not a name: a name is followed by a suffix (市, 県, 氏…) or by no kanji at all —
      // or, for a person, by a given name (小池百合子) or a title (河野大臣, 上田前知事).
      const rest = text.slice(at + noun.surface.length);
      const next = rest[0] ?? '';
      const person = noun.kind === '人名' && (personAt(rest) || titleAt(rest) || titleAt(rest.replace(/^[前元現]/, '')));
      if (/[\u3400-\u9fff]/.test(next) && !/[市町村県州区郡氏様府都道]/.test(next) && !person) continue;
      hits.push({ at, noun });
    }
    hits.sort((a, b) => a.at - b.at || b.noun.surface.length - a.noun.surface.length);
    const out: ProperNoun[] = [];
    let end = -1;
    for (const h of hits) {
      if (h.at < end) continue;
      out.push(h.noun);
      end = h.at + h.noun.surface.length;
    }
    return out;
  }
}
