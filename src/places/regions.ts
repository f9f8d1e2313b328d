/** Prefectures and US states: names in both languages and the codes the gazetteer uses. */

/** Prefectures by JIS order (01 北海道 … 47 沖縄県) with their GeoNames admin1 codes (alphabetical). */
const PREFECTURES: ReadonlyArray<[ja: string, en: string]> = [
  ['北海道', 'Hokkaido'], ['青森県', 'Aomori'], ['岩手県', 'Iwate'], ['宮城県', 'Miyagi'], ['秋田県', 'Akita'], ['山形県', 'Yamagata'], ['福島県', 'Fukushima'],
  ['茨城県', 'Ibaraki'], ['栃木県', 'Tochigi'], ['群馬県', 'Gunma'], ['埼玉県', 'Saitama'], ['千葉県', 'Chiba'], ['東京都', 'Tokyo'], ['神奈川県', 'Kanagawa'],
  ['新潟県', 'Niigata'], ['富山県', 'Toyama'], ['石川県', 'Ishikawa'], ['福井県', 'Fukui'], ['山梨県', 'Yamanashi'], ['長野県', 'Nagano'], ['岐阜県', 'Gifu'],
  ['静岡県', 'Shizuoka'], ['愛知県', 'Aichi'], ['三重県', 'Mie'], ['滋賀県', 'Shiga'], ['京都府', 'Kyoto'], ['大阪府', 'Osaka'], ['兵庫県', 'Hyogo'],
  ['奈良県', 'Nara'], ['和歌山県', 'Wakayama'], ['鳥取県', 'Tottori'], ['島根県', 'Shimane'], ['岡山県', 'Okayama'], ['広島県', 'Hiroshima'], ['山口県', 'Yamaguchi'],
  ['徳島県', 'Tokushima'], ['香川県', 'Kagawa'], ['愛媛県', 'Ehime'], ['高知県', 'Kochi'], ['福岡県', 'Fukuoka'], ['佐賀県', 'Saga'], ['長崎県', 'Nagasaki'],
  ['熊本県', 'Kumamoto'], ['大分県', 'Oita'], ['宮崎県', 'Miyazaki'], ['鹿児島県', 'Kagoshima'], ['沖縄県', 'Okinawa'],
];

export interface Prefecture {
  readonly ja: string;
  readonly en: string;
  /** GeoNames admin1 code: alphabetical order of the romaji, except Okinawa (added later, 47). */
  readonly geonames: string;
}

const ALPHABETICAL = [...PREFECTURES].map(([, en]) => en).filter((en) => en !== 'Okinawa').sort();
export const PREFECTURE_LIST: readonly Prefecture[] = PREFECTURES.map(([ja, en]) => ({
  ja,
  en,
  geonames: en === 'Okinawa' ? '47' : String(ALPHABETICAL.indexOf(en) + 1).padStart(2, '0'),
}));

export const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana',
  ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska',
  NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio',
  OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas',
  UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** A prefecture named in Japanese ("石川県", "石川") or English ("Ishikawa", "Ishikawa Prefecture"). */
export function findPrefecture(text: string): Prefecture | null {
  const t = text.trim();
  return (
    PREFECTURE_LIST.find((p) => p.ja === t || p.ja.replace(/[都府県]$/, '') === t) ??
    PREFECTURE_LIST.find((p) => norm(p.en) === norm(t.replace(/\b(prefecture|pref\.?|ken)\b/i, ''))) ??
    null
  );
}

/** A US state by code ("OH") or name ("Ohio"); returns its code. */
export function findUsState(text: string): string | null {
  const t = text.trim();
  if (/^[A-Z]{2}$/.test(t) && US_STATES[t]) return t;
  const hit = Object.entries(US_STATES).find(([, name]) => norm(name) === norm(t.replace(/\bstate\b/i, '')));
  return hit?.[0] ?? null;
}
