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

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/g;
const KANA = /[\u3040-\u30ff\uff66-\uff9f]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
/**
 * Characters that modern Japanese does not write but Chinese questions are full of: simplified
 * forms (们 这 吗 为 说 问 题 时 经 济 际 间 …) and traditional particles (們 這 嗎 麼 說 沒). Forms
 * Japanese shares (時 問 題 為 誰 給 経 済) are deliberately left out.
 */
const CHINESE_ONLY = /[们們这這吗嗎呢么麼谁哪说說为还个时问题请样怎什没沒吧啊给让过对关发际间后于经济]/g;

/**
 * Tells a question Musubi cannot answer because of its language: Korean (any real amount of
 * Hangul) or Chinese. Chinese is detected conservatively — Han characters, no kana at all, and
 * at least two Chinese-only characters — so a kana-less Japanese question ("札幌市姉妹都市一覧")
 * is never refused; a short Chinese question of shared characters passes as Japanese.
 */
export function unsupportedLanguage(text: string): 'ko' | 'zh' | null {
  const hangul = text.match(HANGUL)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;
  const kana = KANA.test(text);
  const latin = text.match(LATIN)?.length ?? 0;
  if (hangul >= 2 && hangul * 3 >= latin && (!kana || hangul > han)) return 'ko';
  if (!kana && han >= 2 && han * 3 >= latin && (text.match(CHINESE_ONLY)?.length ?? 0) >= 2) return 'zh';
  return null;
}
