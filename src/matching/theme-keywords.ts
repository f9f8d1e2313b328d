/**
 * Words that signal each theme, matched as words, not substrings: an English term matches a
 * whole word of the request (after light stemming), a term ending in `*` any word it begins
 * ("educat*" → education, educators), a term of several words that sequence; a Japanese term
 * (two characters or more) matches where it occurs, unless it is the tail of a longer word that
 * means something else (港 in 空港 is an airport, not a port). So "support … report … career"
 * reads as nothing, not as coastal and aging-health.
 */
import { stemEnglish } from '../retrieval/tokenizer.js';
import type { Theme } from '../knowledge/schemas.js';

export const THEME_TERMS: Readonly<Record<Theme, readonly string[]>> = {
  'youth-exchange': ['youth', 'young people', 'student*', 'high school', 'high-school', 'teen', 'teenager*', 'pupil*', 'kid', 'children', 'child', '若者', '青少年', '学生', '生徒', '高校', '子ども', '子供', 'ユース'],
  education: ['educat*', 'school*', 'teach*', 'learn*', 'curricul*', 'classroom*', '教育', '学校', '学習', '教員', '授業'],
  university: ['universit*', 'college*', 'academ*', 'campus', '大学', '学術', '研究者'],
  'disaster-recovery': ['disaster*', 'tsunami*', 'earthquake*', 'recover*', 'reconstruct*', 'resilien*', '災害', '津波', '地震', '震災', '復興', '防災'],
  'aging-health': ['aging', 'ageing', 'elderly', 'older people', 'older adults', 'health*', 'nursing', 'care', 'caregiv*', 'dementia', '高齢', '健康', '看護', '介護', '長寿', 'ヘルスケア'],
  medical: ['medic*', 'hospital*', 'doctor*', 'clinic*', '医療', '病院', '医師'],
  water: ['water', 'sewer*', 'sewage', 'sanitation', '水道', '下水', '上水', '浄水'],
  agriculture: ['agricultur*', 'farm*', 'crop*', 'rural', '農業', '農家', '農村', '農産'],
  fisheries: ['fish*', 'marine', 'ocean*', 'aquacultur*', '漁業', '水産', '海洋', '漁港'],
  food: ['food*', 'cuisine', 'culinary', 'beer', 'sake', 'brew*', '食品', '食文化', '料理', 'ビール', '日本酒', '醸造', '食材'],
  'ai-digital': ['ai', 'artificial intelligence', 'digital*', 'tech skills', 'coding', 'programming', 'it skills', 'ict', '人工知能', 'デジタル', 'AI', 'プログラミング', 'ICT'],
  'technology-innovation': ['innovat*', 'technolog*', 'startup*', 'start-up*', 'science*', 'scientific', 'research*', 'イノベーション', '技術', '科学', 'スタートアップ', '研究'],
  'business-investment': ['business*', 'invest*', 'trade', 'trading', 'compan*', 'econom*', 'export*', 'industr*', 'firm', 'firms', 'ビジネス', '投資', '貿易', '企業', '経済', '輸出', '産業'],
  manufacturing: ['manufactur*', 'factory', 'factories', 'automotive', 'automaker*', 'car maker*', 'car industry', 'auto industry', 'car plant*', '製造', '工場', '自動車'],
  energy: ['energy', 'hydrogen', 'renewable*', 'solar', 'wind power', 'エネルギー', '水素', '再生可能'],
  'environment-climate': ['environment*', 'climate', 'green', 'sustainab*', 'carbon', 'waste', 'recycl*', 'pollution', '環境', '気候', '脱炭素', 'ごみ', '廃棄物', '持続可能'],
  tourism: ['touris*', 'visitor*', 'inbound', 'travel*', '観光', 'インバウンド', '旅行'],
  'culture-arts': ['cultur*', 'art', 'arts', 'artist*', 'music*', 'festival*', 'craft*', 'museum*', '文化', '芸術', 'アート', '祭り', '工芸', '音楽'],
  sports: ['sport*', 'olympic*', 'baseball', 'soccer', 'football', 'スポーツ', '五輪', 'オリンピック', '野球'],
  language: ['language*', 'japanese class*', 'english', '語学', '日本語', '英語', '言語'],
  'urban-planning': ['urban', 'city planning', 'transport*', 'housing', '都市計画', 'まちづくり', '交通', '街づくり'],
  'multicultural-coexistence': ['multicultural*', 'foreign residents', 'immigrant*', 'migrant*', 'inclusion', 'inclusive', '多文化', '外国人住民', '在留外国人', '共生'],
  'international-cooperation': ['developing countr*', 'international cooperation', 'volunteer*', 'oda', '途上国', '国際協力', 'ボランティア', '協力隊'],
  peace: ['peace*', '平和'],
  'government-exchange': ['government*', 'officials', 'official', 'governor*', 'mayor*', 'legislat*', '行政', '自治体職員', '知事', '市長', '議員'],
  'women-leadership': ['women', 'woman', 'female', 'gender', 'leadership', 'leader*', '女性', 'ジェンダー', 'リーダー'],
  'space-aviation': ['space', 'aviation', 'aerospace', '宇宙', '航空'],
};

/** Japanese words in which a term is only the tail of another word (空港 is an airport, 水産 not water). */
const JAPANESE_FALSE_TAILS: Readonly<Record<string, readonly string[]>> = {
  港: ['空港'],
};

interface CompiledTerm {
  readonly words: readonly string[];
  readonly prefix: boolean;
}

const isJapanese = (t: string) => /[\u3040-\u30ff\u3400-\u9fff]/.test(t);

function compile(term: string): CompiledTerm {
  const prefix = term.endsWith('*');
  const words = term.replace(/\*$/, '').toLowerCase().split(/[\s-]+/).filter(Boolean);
  return { words: prefix ? words : words.map(stemEnglish), prefix };
}

const COMPILED = Object.fromEntries(
  (Object.keys(THEME_TERMS) as Theme[]).map((t) => [t, { latin: THEME_TERMS[t].filter((w) => !isJapanese(w)).map(compile), japanese: THEME_TERMS[t].filter(isJapanese) }]),
) as Record<Theme, { latin: CompiledTerm[]; japanese: string[] }>;

/** The words of a text as matched against terms: lower-case, split on anything not a letter or digit. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** Does the word sequence contain the term (whole words, or word beginnings for `*` terms)? */
export function containsTerm(words: readonly string[], term: CompiledTerm): boolean {
  const n = term.words.length;
  for (let i = 0; i + n <= words.length; i++) {
    let ok = true;
    for (let j = 0; j < n && ok; j++) {
      const w = words[i + j]!;
      const t = term.words[j]!;
      // Only the last word of a `*` term is a prefix ("developing countr*").
      ok = term.prefix && j === n - 1 ? w.startsWith(t) : stemEnglish(w) === t || w === t;
    }
    if (ok) return true;
  }
  return false;
}

/** Does a Japanese term occur other than as the tail of a word that means something else? */
export function containsJapanese(text: string, term: string): boolean {
  let i = text.indexOf(term);
  while (i >= 0) {
    const falseTail = (JAPANESE_FALSE_TAILS[term] ?? []).some((w) => text.slice(Math.max(0, i - w.length + term.length), i + term.length) === w);
    if (!falseTail) return true;
    i = text.indexOf(term, i + 1);
  }
  return false;
}

/** Coast and port words, by the same rules (a port city, 港町, 沿岸 — not "support" or 空港). */
const COASTAL = { latin: ['coast*', 'seaside', 'port', 'ports', 'port city', 'harbor*', 'harbour*', 'seaport*', 'maritime', 'fishing town*'].map(compile), japanese: ['沿岸', '海沿い', '港町', '港湾', '臨海', '漁港', '港', '海辺'] };

export function isCoastal(text: string): boolean {
  const words = wordsOf(text);
  return COASTAL.latin.some((t) => containsTerm(words, t)) || COASTAL.japanese.some((t) => containsJapanese(text, t));
}

export function themesOf(text: string): Theme[] {
  const words = wordsOf(text);
  const normal = text.normalize('NFKC');
  return (Object.keys(COMPILED) as Theme[]).filter((t) => COMPILED[t].latin.some((term) => containsTerm(words, term)) || COMPILED[t].japanese.some((term) => normal.includes(term)));
}
