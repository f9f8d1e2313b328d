/** A small knowledge folder (three reports, a glossary) written to a temp dir, for engine tests. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const SAMPLE_REPORTS: Record<string, string> = {
  'cities.ja.txt': [
    '❖ 陸前高田市とクレセントシティ',
    '',
    '2011 年の東日本大震災と津波で、高田高校の小型船 KAMOME が流され、2 年後にクレセントシティの海岸に漂着した。',
    'デルノート高校の生徒たちはその船を清掃し、高田高校に返送した。これが両校の交流の始まりとなった。',
    '2018 年にはクレセントシティと陸前高田市が正式に姉妹都市関係を締結した。',
    '',
    '❖ ポートランド市と札幌市',
    '',
    'ポートランド市と札幌市は 1959 年に姉妹都市を締結した。両市はほぼ同じ緯度に位置し、気候も似ている。',
  ].join('\n'),
  'programs.ja.txt': [
    '❖ JET プログラム',
    '',
    'JET プログラムは外国青年を招致し、学校での外国語教育と地域の国際交流を推進する事業である。',
    '参加者は帰国後も姉妹都市交流を支えている。',
    '',
    '❖ 海外協力隊',
    '',
    'JICA 海外協力隊は発足から 60 年を迎え、これまでに 5 万人以上が派遣された。',
  ].join('\n'),
  'okinawa.ja.txt': [
    '❖ ケベック州の地域外交',
    '',
    'ケベック州は世界各地に在外事務所を設置し、経済と文化の利益を増進している。',
    '北九州市は大連市に対して下水道の国際技術協力を実施している。',
  ].join('\n'),
};

export const SAMPLE_GLOSSARY = [
  { ja: ['陸前高田市', '陸前高田'], en: ['Rikuzentakata'], kind: 'municipality' },
  { ja: ['クレセントシティ'], en: ['Crescent City'], kind: 'foreign-city' },
  { ja: ['津波'], en: ['tsunami'], kind: 'term' },
  { ja: ['姉妹都市'], en: ['sister city', 'sister-city'], kind: 'term' },
  { ja: ['札幌市', '札幌'], en: ['Sapporo'], kind: 'municipality' },
  { ja: ['ポートランド'], en: ['Portland'], kind: 'foreign-city' },
  { ja: ['海外協力隊'], en: ['JICA volunteers', 'JOCV'], kind: 'program' },
  { ja: ['ケベック州', 'ケベック'], en: ['Quebec'], kind: 'foreign-region' },
  { ja: ['在外事務所'], en: ['overseas office', 'foreign office'], kind: 'term' },
  { ja: ['締結'], en: ['signed', 'concluded', 'formalised'], kind: 'term' },
  { ja: ['始まり'], en: ['start', 'began', 'beginning'], kind: 'term' },
  { ja: ['交流'], en: ['exchange'], kind: 'term' },
  { ja: ['派遣'], en: ['dispatched', 'sent'], kind: 'term' },
  { ja: ['気候'], en: ['climate'], kind: 'term' },
];

export const SAMPLE_LEXICON = {
  format: 1,
  passages: 4,
  sources: { edict: 'sample', enamdict: 'sample', sudachi: 'sample' },
  edict: [{ ja: '津波', reading: 'つなみ', common: true, df: 1, senses: [['tsunami', 'tidal wave']] }],
  enamdict: [{ ja: '札幌', reading: 'さっぽろ', romaji: 'Sapporo', tags: ['p'], df: 1 }],
  synonyms: [],
};

/** Writes the sample knowledge folder and returns its path. */
export async function writeSampleKnowledge(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'musubi-knowledge-'));
  await mkdir(path.join(dir, 'reports'));
  await mkdir(path.join(dir, 'glossary'));
  for (const [name, text] of Object.entries(SAMPLE_REPORTS)) await writeFile(path.join(dir, 'reports', name), text);
  await writeFile(path.join(dir, 'glossary', 'sample.json'), JSON.stringify(SAMPLE_GLOSSARY));
  // A tiny lexicon of the sample's own words, so the sample knowledge is complete (no "no lexicon" warning).
  await mkdir(path.join(dir, 'lexicon'));
  await writeFile(path.join(dir, 'lexicon', 'lexicon.json'), JSON.stringify(SAMPLE_LEXICON));
  return dir;
}
