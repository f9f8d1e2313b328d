import { describe, expect, it } from 'vitest';
import { japanRegions, japanRegionsIn } from '../../../src/places/japan-regions.js';

describe("Japan's eight regions", () => {
  it('holds every prefecture once, with Hepburn English names', () => {
    const regions = japanRegions();
    expect(regions.map((r) => r.nameEn)).toContain('Kyushu');
    expect(regions.flatMap((r) => r.prefectures)).toHaveLength(47);
    expect(regions.find((r) => r.nameJa === '東北')!.prefectures.map((p) => p.en)).toEqual(['Aomori', 'Iwate', 'Miyagi', 'Akita', 'Yamagata', 'Fukushima']);
  });

  it('finds regions in either language, and a name that is also a country only with 地方', () => {
    const isCountry = (name: string) => name === '中国';
    expect(japanRegionsIn('a quiet spa town in Shikoku, please', isCountry).map((m) => m.region.nameJa)).toEqual(['四国']);
    expect(japanRegionsIn('中国の都市と交流したい', isCountry)).toEqual([]);
    expect(japanRegionsIn('中国地方の山あいの町', isCountry).map((m) => m.region.nameEn)).toEqual(['Chugoku']);
  });
});
