/** Tells whether a text is Japanese or English, for answering in the question's language. */
import type { Language } from './types.js';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/g;
const LATIN = /[A-Za-z]/g;

/** Japanese when Japanese script makes up a fair share of the letters; English otherwise. */
export function detectLanguage(text: string): Language {
  const ja = text.match(JAPANESE)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  // Japanese sentences often carry long English names (TOMODACHI, Crescent City): one
  // Japanese character carries roughly as much as three Latin letters.
  return ja > 0 && ja * 3 >= latin * 0.5 ? 'ja' : 'en';
}
