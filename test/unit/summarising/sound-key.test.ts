import { describe, expect, it } from 'vitest';
import { soundsAlike } from '../../../src/summarising/sound-key.js';

describe('names that sound alike across scripts', () => {
  it.each([
    ['ヴュルツブルク', 'Würzburg'],
    ['グアラチンゲタ', 'Guaratinguetá'],
    ['ケアンズ', 'Cairns'],
    ['チョルウォン', 'Cheorwon'],
    ['ボイシ', 'Boise'],
  ])('%s is %s', (kana, latin) => {
    expect(soundsAlike(kana, latin)).toBe(true);
  });

  it.each([
    ['ホームステイ', 'Hamilton'],
    ['プログラム', 'Pocatello'],
    ['サポート', 'Seattle'],
    ['ボイシ', 'Bastos'],
  ])('%s is not %s', (kana, latin) => {
    expect(soundsAlike(kana, latin)).toBe(false);
  });
});
