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
  size: (l: Language, a: number, b: number) => (l === 'ja' ? `人口規模が近い（${a.toLocaleString('en-US')}人と${b.toLocaleString('en-US')}人）` : `similar size (population ${a.toLocaleString('en-US')} vs ${b.toLocaleString('en-US')})`),
  climate: (l: Language) => (l === 'ja' ? '緯度が近く気候が似ている' : 'similar latitude and climate'),
  themes: (l: Language, themes: readonly Theme[]) => (l === 'ja' ? `テーマが一致: ${themes.map((t) => themeLabel(l, t)).join('、')}` : `matches your themes: ${themes.map((t) => themeLabel(l, t)).join(', ')}`),
  precedent: (l: Language, partner: string, summary: string | null) => (l === 'ja' ? `先行事例: ${partner}との提携${summary ? `（${summary}）` : ''}` : `precedent: partnership with ${partner}${summary ? ` — ${summary}` : ''}`),
  forWhom: (l: Language, text: string) => (l === 'ja' ? `対象: ${text}` : `for: ${text}`),
  engage: (l: Language, text: string) => (l === 'ja' ? `関わり方: ${text}` : `how to engage: ${text}`),
  pathElsewhere: (l: Language, partner: string, country: string, via: string | null, summary: string | null) =>
    l === 'ja'
      ? `先行事例（別の国）: ${partner}は${country}の相手と${via ? `${via}で` : ''}協力しています。その歩みが参考になります${summary ? `（${summary}）` : ''}`
      : `a precedent elsewhere: ${partner} works with a partner in ${country}${via ? ` through ${via}` : ''} — its path can be yours${summary ? `: ${summary}` : ''}`,
  namedWithYourPlace: (l: Language, place: string, summary: string | null) => (l === 'ja' ? `報告書で${place}とともに名前が挙がっています${summary ? `（${summary}）` : ''}` : `named in the reports with ${place}${summary ? `: ${summary}` : ''}`),
  about: (l: Language, text: string) => (l === 'ja' ? `概要: ${text}` : `about: ${text}`),
  countriesChosen: (l: Language, countries: string, why: string) => (l === 'ja' ? `国の指定がないため、${countries}の候補を挙げました（${why}）。` : `No country was named, so the suggestions come from ${countries} (${why}).`),
  areaAsked: (l: Language, area: string) => (l === 'ja' ? `ご希望の${area}の自治体から選びました。` : `The Japanese suggestions are in ${area}, as asked.`),
  regionInstead: (l: Language, asked: string, region: string) => (l === 'ja' ? `「${asked}」が見つかりません（合併した旧市町村かもしれません）。${region}全体の候補を挙げます。` : `"${asked}" is not in the gazetteer (a municipality merged since?); the suggestions are for ${region} as a whole.`),
  merged: (l: Language, former: string, now: string) => (l === 'ja' ? `${former}は現在の自治体一覧にないため、最寄りの現自治体${now}（合併後の市町村と推定）として扱いました。` : `${former} is no longer a municipality; it was taken as ${now}, the nearest current one (its likely successor after a merger).`),
  weak: (l: Language) => (l === 'ja' ? '依頼にぴったり合う候補は見つからず、近いものを挙げています。場所やテーマを加えると絞り込めます。' : 'Nothing fits this request closely; these are the nearest programs and organisations. Naming your place or a theme narrows it.'),
  unresolvedImports: (l: Language, names: readonly string[]) =>
    l === 'ja'
      ? `取り込んだ提携リストのうち${names.length}か所は地名辞典で見つからず（合併・表記ゆれなど）、特徴量に使えませんでした: ${names.slice(0, 8).join('、')}${names.length > 8 ? '…' : ''}`
      : `${names.length} place${names.length > 1 ? 's' : ''} in the imported lists could not be found in the gazetteer (merged, misspelt or too small), so their ties were not used: ${names.slice(0, 8).join(', ')}${names.length > 8 ? '…' : ''}`,
  unbacked: (l: Language, countries: string, side: string) =>
    l === 'ja'
      ? `${countries}の都市と${side}との提携の記録がないため、人口規模・緯度・地域での位置づけだけで選んだ候補です。提携リストを取り込むと精度が上がります。`
      : `No partnership record ties cities in ${countries} to ${side}: those suggestions rest on size, latitude and standing only. Importing a partnership list (--records) makes them better.`,
  noneInCountry: (l: Language, countries: string, placeKnown: boolean) =>
    l === 'ja'
      ? `${countries}の候補はありません。${placeKnown ? 'この依頼に合う提携や先行事例が記録にありません' : '依頼元の自治体名がないため相手都市を順位づけできず、この依頼に合う先行事例も記録にありません'}。以下は別の国の先行事例やプログラムです${placeKnown ? '' : '（自治体名を書くと、その国の都市を提案できます）'}。`
      : `Nothing here is in ${countries}: ${placeKnown ? 'the records hold no partnership or precedent there that fits this request' : 'no place of yours was named to rank cities there from, and the records hold no precedent there that fits this request'}. What follows are precedents elsewhere and programs${placeKnown ? '' : ' (name your city or prefecture to get cities there)'}.`,
  existing: (l: Language) => (l === 'ja' ? 'すでに提携しています（既存の関係）' : 'already a partner (existing relationship)'),
};
