/**
 * A name's consonant skeleton, so a name written in katakana and in Latin letters compares equal:
 * タウバテ and Taubaté, リューベック and Lübeck, ペロタス and Pelotas. Katakana is read
 * as romaji; vowels go, consonants that Japanese and European spellings exchange fall together
 * (b/v/w, k/g/c/q, t/d, s/z/ts, r/l, h/f), and a doubled consonant counts once.
 */
import { toRomaji } from 'wanakana';
import { editDistance } from './transliteration.js';

const KATAKANA_NAME = /^[\u30a1-\u30fa\u30fc・]+$/;

/** Letters with the spelling conventions of both scripts folded; vowels kept. */
function folded(text: string): string {
  // ウォ, ウィ, ウェ spell w: チョルウォン is Cheorwon.
  const latin = KATAKANA_NAME.test(text) ? toRomaji(text.replace(/・/g, '').replace(/ウォ/g, 'ヲ').replace(/ウィ/g, 'ヰ').replace(/ウェ/g, 'ヱ')) : text;
  return latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ng$/, 'n')
    .replace(/tsu?/g, 's')
    .replace(/ch/g, 't')
    .replace(/sh/g, 's')
    .replace(/ph/g, 'h')
    .replace(/([^aeiou])h/g, '$1');
}

const CLASSES: Record<string, string> = { v: 'b', w: 'b', g: 'k', c: 'k', q: 'k', x: 'k', d: 't', z: 's', j: 's', l: 'r', f: 'h' };

/** Consonant classes in order, a doubled one once; with `vowels`, the vowels stay (for short names). */
function key(letters: string, vowels: boolean): string {
  let out = '';
  for (const ch of letters) {
    if ('aeiouy'.includes(ch) && !vowels) continue;
    const c = CLASSES[ch] ?? ch;
    if (out.at(-1) !== c) out += c;
  }
  return out;
}

export function soundKey(text: string): string {
  return key(folded(text), false);
}

/** Whether two spellings in different scripts sound like one name: same first consonant, at most one consonant apart. */
export function soundsAlike(a: string, b: string): boolean {
  const [fa, fb] = [folded(a), folded(b)];
  // English spellings keep an r Japanese does not say before a consonant: Darwin is ダーウィン.
  const variants = (f: string, kana: boolean) => (kana ? [f] : [f, f.replace(/r(?=[^aeiouy]|$)/g, '')]);
  for (const x of variants(fa, KATAKANA_NAME.test(a))) {
    for (const y of variants(fb, KATAKANA_NAME.test(b))) {
      const [kx, ky] = [key(x, false), key(y, false)];
      if (kx[0] !== ky[0] || !kx) continue;
      if (Math.min(kx.length, ky.length) >= 3) {
        if (kx === ky || (Math.min(kx.length, ky.length) >= 4 && editDistance(kx, ky) <= 1)) return true;
      } else {
        // Two consonants say too little: the vowels must agree too (Lima, リマ).
        const [vx, vy] = [key(x, true), key(y, true)];
        if (Math.min(vx.length, vy.length) >= 4 && editDistance(vx, vy) <= 1) return true;
      }
    }
  }
  return false;
}
