import { describe, expect, it } from 'vitest';
import { soundsAlike } from '../../../src/bridge/sound-key.js';

describe('names that sound alike across scripts', () => {
  it.each([
    ['リューベック', 'Lübeck'],
    ['タウバテ', 'Taubaté'],
    ['ダーウィン', 'Darwin'],
    ['チュンチョン', 'Chuncheon'],
    ['エルクトン', 'Elkton'],
  ])('%s is %s', (kana, latin) => {
    expect(soundsAlike(kana, latin)).toBe(true);
  });

  it.each([
    ['ホームステイ', 'Halifax'],
    ['プログラム', 'Pembroke'],
    ['サポート', 'Saratoga'],
    ['エルクトン', 'Pelotas'],
  ])('%s is not %s', (kana, latin) => {
    expect(soundsAlike(kana, latin)).toBe(false);
  });
});
