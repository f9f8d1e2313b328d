/**
 * Japan's eight regions (北海道, 東北, 関東, 中部, 近畿, 中国, 四国, 九州) as sets of prefectures,
 * from the `jp-prefecture` package (MIT; its prefecture ids are the JIS order of regions.ts), so
 * "a town in Tohoku" or 「九州の温泉地」 narrows the Japanese side to those prefectures. English
 * names are the Hepburn reading of the package's katakana (キュウシュウ → Kyushu).
 */
import { createRequire } from 'node:module';
import { toRomaji } from 'wanakana';
import { PREFECTURE_LIST, type Prefecture } from './regions.js';

export interface JapanRegion {
  readonly nameJa: string;
  readonly nameEn: string;
  readonly prefectures: readonly Prefecture[];
}

interface PackageRegion {
  id: number;
  name: string;
  kana: string;
}
interface PackagePrefecture {
  id: number;
  region: number;
}
interface JpPrefecture {
  getAllRegion(): PackageRegion[];
  getAllPref(): PackagePrefecture[];
}

/** Long vowels as place names are written in English: "kyuushuu" → "kyushu", "toukai" → "tokai". */
const hepburn = (kana: string) => {
  const r = toRomaji(kana).replace(/ou/g, 'o').replace(/uu/g, 'u').replace(/oo/g, 'o');
  return r.charAt(0).toUpperCase() + r.slice(1);
};

let regions: JapanRegion[] | undefined;
const jpPrefecture = () => createRequire(import.meta.url)('jp-prefecture') as JpPrefecture;

export function japanRegions(): readonly JapanRegion[] {
  if (regions) return regions;
  const prefs = jpPrefecture().getAllPref();
  regions = jpPrefecture().getAllRegion().map((r) => ({
    nameJa: r.name,
    nameEn: hepburn(r.kana),
    prefectures: prefs.filter((p) => p.region === r.id).map((p) => PREFECTURE_LIST[p.id - 1]!).filter(Boolean),
  }));
  return regions;
}

export interface RegionMention {
  readonly region: JapanRegion;
  readonly index: number;
}

/**
 * The Japanese regions a text names, with where. A Japanese name that is also a country's
 * (中国 is China) counts only with 地方 after it; Hokkaido, a prefecture too, is left to the
 * prefecture reading.
 */
export function japanRegionsIn(text: string, isCountryName: (name: string) => boolean): RegionMention[] {
  const out: RegionMention[] = [];
  for (const region of japanRegions()) {
    if (region.prefectures.length < 2) continue;
    const ja = isCountryName(region.nameJa) ? `${region.nameJa}地方` : region.nameJa;
    const at = text.indexOf(ja);
    const en = new RegExp(`\\b${region.nameEn}\\b`, 'i').exec(text);
    const index = Math.min(at >= 0 ? at : Infinity, en ? en.index : Infinity);
    if (index < Infinity) out.push({ region, index });
  }
  return out.sort((a, b) => a.index - b.index);
}
