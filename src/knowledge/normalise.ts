/**
 * Text normalisation for indexing and matching only — quotes are always taken from the
 * original text. NFKC folds full-width forms and Kangxi radicals (⾧→長); the table below
 * folds the old and variant kanji that PDF extraction and OCR leave in the reports.
 */

const VARIANTS: Readonly<Record<string, string>> = {
  齡: '齢', 國: '国', 來: '来', 發: '発', 會: '会', 學: '学', 體: '体', 區: '区', 縣: '県',
  與: '与', 歲: '歳', 號: '号', 圖: '図', 榮: '栄', 實: '実', 經: '経', 濟: '済', 對: '対',
  關: '関', 廣: '広', 舊: '旧', 變: '変', 邊: '辺', 邉: '辺', 澤: '沢', 濱: '浜', 櫻: '桜',
  眞: '真', 龍: '竜', 德: '徳', 拔: '抜', 將: '将', 讀: '読', 觀: '観', 樂: '楽', 萬: '万',
  髙: '高', 﨑: '崎', 兒: '児', 惠: '恵', 狹: '狭', 傳: '伝', 氣: '気', 黑: '黒',
  // Dash-like characters folded to one hyphen so "日米-関係" and "日米–関係" match.
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-', 'ｰ': 'ー',
};
const VARIANT_PATTERN = new RegExp(Object.keys(VARIANTS).map((k) => k.replace(/[-\\^$*+?.()|[\]{}]/g, '\\$&')).join('|'), 'g');

/** Whitespace between two Japanese characters: a line wrap or extraction gap inside a word ("鶴\n岡市", "当 時"). */
const GAP_IN_JAPANESE = /([\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ヵヶ]) (?=[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ヵヶ])/g;

/**
 * Bump when the index text changes for the same reports (cached indexes are keyed by it).
 * 2: whitespace inside Japanese runs removed.
 * 3: a number is also indexed joined to the Japanese character after it (tokenizer); Latin
 *    diacritics folded (Kitakyūshū → kitakyushu, Québec → quebec).
 */
export const INDEX_TEXT_VERSION = 4;

/**
 * Latin letters with diacritics as their base letters ("Ōita" → "Oita"): romanised Japanese is
 * written with and without macrons. Only Latin letters are decomposed — NFD would split kana's
 * voicing marks.
 */
export function foldLatinDiacritics(text: string): string {
  return text.replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, (ch) => ch.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

/** NFKC, Latin diacritics and variant kanji folded, lower-cased, whitespace collapsed, and removed inside Japanese runs. */
export function normaliseForIndex(text: string): string {
  return foldLatinDiacritics(text.normalize('NFKC'))
    .replace(VARIANT_PATTERN, (m) => VARIANTS[m] ?? m)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(GAP_IN_JAPANESE, '$1')
    .trim();
}

/** True for characters of Japanese script (kana, kanji, the prolonged-sound mark). */
export function isJapaneseChar(ch: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ヵヶ]/.test(ch);
}
