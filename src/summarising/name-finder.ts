/** Finds known counterpart names in a message: English by whole words, Japanese by substring. */
import type { KnownName } from './known-names.js';

export interface FoundName {
  readonly display: string;
  /** Where the spelling starts in the text. */
  readonly at: number;
  readonly spelling: string;
}

interface Spelling {
  readonly display: string;
  readonly text: string;
  readonly pattern: RegExp | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const GENERIC = new Set(['us', 'usa', 'japan', 'america', 'city', 'state', 'prefecture', 'program', 'programme', 'project']);

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

const KATAKANA = /[\u30a1-\u30fa\u30fc・]/;

/**
 * Where a Japanese spelling occurs, not counting a katakana name inside a longer katakana word:
 * ドバイ is not in アドバイザー (katakana runs have no other word boundary).
 */
function katakanaWordAt(text: string, spelling: string): number {
  for (let at = text.indexOf(spelling); at !== -1; at = text.indexOf(spelling, at + 1)) {
    const before = KATAKANA.test(spelling[0]!) && KATAKANA.test(text[at - 1] ?? '');
    const after = KATAKANA.test(spelling.at(-1)!) && KATAKANA.test(text[at + spelling.length] ?? '');
    if (!before && !after) return at;
  }
  return -1;
}

export class NameFinder {
  private readonly spellings: Spelling[];
  /** Each display name in both scripts, where a spelling in that script is known. */
  private readonly both = new Map<string, { ja: string | null; en: string | null }>();

  constructor(names: readonly KnownName[]) {
    const seen = new Set<string>();
    this.spellings = [];
    // Two sources naming one counterpart (glossary "JUSSCA", programs "Japan-US Sister City
    // Association (JUSSCA)") share a spelling: they get the display name seen first.
    const displayOf = new Map<string, string>();
    // "国際水防研修センター（IFTC）" is also written without its parenthesis.
    names = names.map((n) => ({ ...n, spellings: [...new Set(n.spellings.flatMap((sp) => [sp, sp.replace(/\s*[（(][^）)]*[）)]\s*/g, ' ').trim()]))] }));
    for (const name of names) {
      const keys = name.spellings.map((sp) => sp.trim().toLowerCase());
      const display = keys.map((k) => displayOf.get(k)).find(Boolean) ?? name.display;
      for (const k of keys) if (!displayOf.has(k)) displayOf.set(k, display);
    }
    for (const name of names) {
      for (const raw of name.spellings) {
        const text = raw.trim();
        const latin = /^[\x20-\x7e]+$/.test(text);
        // Two letters name something only in capitals ("JF"), matched case-sensitively below.
        if ((latin && text.length < 3 && !/^[A-Z]{2}$/.test(text)) || (!latin && Array.from(text).length < 2) || GENERIC.has(text.toLowerCase())) continue;
        const display = displayOf.get(text.toLowerCase()) ?? name.display;
        const key = `${display}\u0000${text.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // Acronyms (JET, SCI) must be written in capitals; names match in any case.
        const flags = /^[A-Z0-9]{2,5}$/.test(text) ? '' : 'i';
        this.spellings.push({ display, text, pattern: latin ? new RegExp(`(?<![A-Za-z])${escape(text)}(?![A-Za-z])`, flags) : null });
      }
    }
    for (const name of names) {
      const display = displayOf.get(name.spellings[0]?.trim().toLowerCase() ?? '') ?? name.display;
      const entry = this.both.get(display) ?? { ja: null, en: JAPANESE.test(display) ? null : display };
      entry.ja ??= name.spellings.find((sp) => JAPANESE.test(sp))?.trim() ?? null;
      entry.en ??= name.spellings.find((sp) => !JAPANESE.test(sp))?.trim() ?? null;
      this.both.set(display, entry);
    }
    // Longest spellings first, so "Cedar Harbor" wins over "Cedar".
    this.spellings.sort((a, b) => b.text.length - a.text.length);
  }

  /** The display name in Japanese and in English script, where known ("Shimane" → 島根県 / Shimane). */
  scriptsOf(display: string): { ja: string | null; en: string | null } {
    const known = this.both.get(display);
    if (known) return known;
    // Only a spelling of the whole name: "Okayama University" is not Okayama, "Tsuyama, Okayama" not Okayama.
    const found = this.find(display).find((f) => f.spelling.length === display.trim().length);
    const viaFound = found ? this.both.get(found.display) : undefined;
    return viaFound ?? (JAPANESE.test(display) ? { ja: display, en: null } : { ja: null, en: display });
  }

  find(text: string): FoundName[] {
    const taken: [number, number][] = [];
    const found: FoundName[] = [];
    for (const s of this.spellings) {
      let at = -1;
      if (s.pattern) {
        const m = s.pattern.exec(text);
        at = m ? m.index : -1;
      } else at = katakanaWordAt(text, s.text);
      if (at === -1) continue;
      const end = at + s.text.length;
      if (taken.some(([a, b]) => at < b && a < end)) continue;
      taken.push([at, end]);
      if (!found.some((f) => f.display === s.display)) found.push({ display: s.display, at, spelling: s.text });
    }
    return found.sort((a, b) => a.at - b.at);
  }
}
