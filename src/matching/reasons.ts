/** Reason sentences for suggestions, in the request's language. */
import type { Language } from '../core/types.js';

export const REASONS = {
  umbrella: (l: Language, region: string, other: string) => (l === 'ja' ? `${region}は${other}と姉妹州・県の関係にあります` : `${region} has a sister-state tie with ${other}`),
  regionalPrecedent: (l: Language, n: number, region: string, other: string) =>
    l === 'ja' ? `${region}の自治体と${other}の間に${n}件の提携実績があります` : `${n} existing partnership${n > 1 ? 's' : ''} between ${region} and ${other}`,
  partnersInRegion: (l: Language, name: string, region: string) => (l === 'ja' ? `${name}はすでに${region}の自治体と提携しています` : `${name} already partners with a city in ${region}`),
  experienced: (l: Language, n: number, country: string) => (l === 'ja' ? `${country === 'JP' ? '日本' : '米国'}側との提携経験（${n}件）` : `experienced partner: ${n} tie${n > 1 ? 's' : ''} with ${country === 'JP' ? 'Japan' : country === 'US' ? 'the US' : country}`),
  size: (l: Language, a: number, b: number) => (l === 'ja' ? `人口規模が近い（${a.toLocaleString('en-US')}人と${b.toLocaleString('en-US')}人）` : `similar size (population ${a.toLocaleString('en-US')} vs ${b.toLocaleString('en-US')})`),
  climate: (l: Language) => (l === 'ja' ? '緯度が近く気候が似ている' : 'similar latitude and climate'),
  themes: (l: Language, themes: readonly string[]) => (l === 'ja' ? `テーマが一致: ${themes.join('、')}` : `matches your themes: ${themes.join(', ')}`),
  precedent: (l: Language, partner: string, summary: string | null) => (l === 'ja' ? `先行事例: ${partner}との提携${summary ? `（${summary}）` : ''}` : `precedent: partnership with ${partner}${summary ? ` — ${summary}` : ''}`),
  forWhom: (l: Language, text: string) => (l === 'ja' ? `対象: ${text}` : `for: ${text}`),
  engage: (l: Language, text: string) => (l === 'ja' ? `関わり方: ${text}` : `how to engage: ${text}`),
  existing: (l: Language) => (l === 'ja' ? 'すでに提携しています（既存の関係）' : 'already a partner (existing relationship)'),
};
