/** Fixed phrases of answers, in both languages. */
import type { Language } from '../core/types.js';

export const NOT_COVERED: Record<Language, string> = {
  en: 'The reports do not cover this. The closest passages are listed below as related reading, not as an answer.',
  ja: 'ご質問の内容は、収録されている報告書には書かれていません。参考として関連しそうな箇所を示します（回答の根拠ではありません）。',
};

export function accordingTo(language: Language, title: string): string {
  return language === 'ja' ? `（出典: ${title}）` : `According to the ${title}:`;
}
