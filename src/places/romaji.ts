/** Romanisation and folding of place names, so "Ōfunato", "Oofunato" and おおふなと compare equal. */
import { toRomaji } from 'wanakana';

/** Lower-case ASCII letters only; long vowels single; macrons dropped. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/oh(?![aeiouy])/g, 'o') // Minoh, Ohta: Hepburn's "oh" for a long o
    .replace(/ou/g, 'o')
    .replace(/oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/ii(?=.)/g, 'i')
    .replace(/n(?=[bmp])/g, 'm');
}

/** Hepburn romaji of a kana reading, capitalised ("はくい" → "Hakui"). */
export function romanise(kana: string): string {
  const r = toRomaji(kana).replace(/ou/g, 'o').replace(/uu/g, 'u').replace(/oo/g, 'o');
  return r.charAt(0).toUpperCase() + r.slice(1);
}

/** Strips a municipal suffix from a reading: はくいし → はくい. */
export function stripMunicipalSuffix(ruby: string): string {
  return ruby.replace(/(し|まち|ちょう|むら|そん|く)$/, '');
}
