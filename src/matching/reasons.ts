/** Reason sentences for suggestions, in the request's language. */
import type { Language } from '../core/types.js';
import type { Theme } from '../knowledge/schemas.js';

/** Theme names a person reads, in both languages. */
const THEME_LABELS: Readonly<Record<Theme, [en: string, ja: string]>> = {
  'youth-exchange': ['youth exchange', '青少年交流'], education: ['education', '教育'], university: ['universities', '大学'],
  'disaster-recovery': ['disaster recovery', '防災・復興'], 'aging-health': ['aging and health', '高齢化・健康'], medical: ['medical care', '医療'],
  water: ['water', '水道'], agriculture: ['agriculture', '農業'], fisheries: ['fisheries', '水産'], food: ['food', '食'],
  'ai-digital': ['AI and digital skills', 'AI・デジタル'], 'technology-innovation': ['technology and innovation', '技術・イノベーション'],
  'business-investment': ['business and investment', 'ビジネス・投資'], manufacturing: ['manufacturing', '製造業'], energy: ['energy', 'エネルギー'],
  'environment-climate': ['environment and climate', '環境・気候'], tourism: ['tourism', '観光'], 'culture-arts': ['culture and arts', '文化・芸術'],
  sports: ['sports', 'スポーツ'], language: ['language', '言語'], 'urban-planning': ['urban planning', 'まちづくり'],
  'multicultural-coexistence': ['multicultural coexistence', '多文化共生'], 'international-cooperation': ['international cooperation', '国際協力'],
  peace: ['peace', '平和'], 'government-exchange': ['government exchange', '行政交流'], 'women-leadership': ['women and leadership', '女性・リーダーシップ'],
  'space-aviation': ['space and aviation', '宇宙・航空'],
};
export const themeLabel = (l: Language, t: Theme | string) => THEME_LABELS[t as Theme]?.[l === 'ja' ? 1 : 0] ?? t;

export const REASONS = {
  umbrella: (l: Language, region: string, other: string) => (l === 'ja' ? `${region}は${other}と姉妹州・県の関係にあります` : `${region} has a sister-state tie with ${other}`),
  regionalPrecedent: (l: Language, n: number, region: string, other: string) =>
    l === 'ja' ? `${region}の自治体と${other}の間に${n}件の提携実績があります` : `${n} existing partnership${n > 1 ? 's' : ''} between ${region} and ${other}`,
  partnersInRegion: (l: Language, name: string, region: string) => (l === 'ja' ? `${name}はすでに${region}の自治体と提携しています` : `${name} already partners with a city in ${region}`),
  experienced: (l: Language, n: number, country: string) => (l === 'ja' ? `${country === 'JP' ? '日本' : '米国'}側との提携経験（${n}件）` : `experienced partner: ${n} tie${n > 1 ? 's' : ''} with ${country === 'JP' ? 'Japan' : country === 'US' ? 'the US' : country}`),
  size: (l: Language, a: number, b: number) => (l === 'ja' ? `人口規模が近い（${a.toLocaleString('en-US')}人と${b.toLocaleString('en-US')}人）` : `similar size (population ${a.toLocaleString('en-US')} vs ${b.toLocaleString('en-US')})`),
  climate: (l: Language) => (l === 'ja' ? '緯度が近く気候が似ている' : 'similar latitude and climate'),
  themes: (l: Language, themes: readonly Theme[]) => (l === 'ja' ? `テーマが一致: ${themes.map((t) => themeLabel(l, t)).join('、')}` : `matches your themes: ${themes.map((t) => themeLabel(l, t)).join(', ')}`),
  precedent: (l: Language, partner: string, summary: string | null) => (l === 'ja' ? `先行事例: ${partner}との提携${summary ? `（${summary}）` : ''}` : `precedent: partnership with ${partner}${summary ? ` — ${summary}` : ''}`),
  forWhom: (l: Language, text: string) => (l === 'ja' ? `対象: ${text}` : `for: ${text}`),
  engage: (l: Language, text: string) => (l === 'ja' ? `関わり方: ${text}` : `how to engage: ${text}`),
  existing: (l: Language) => (l === 'ja' ? 'すでに提携しています（既存の関係）' : 'already a partner (existing relationship)'),
};
