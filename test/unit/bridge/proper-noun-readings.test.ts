import { describe, expect, it } from 'vitest';
import { ReadingIndex } from '../../../src/bridge/proper-noun-readings.js';

describe('people\'s names before a given name or a title', () => {
  const readings = new ReadingIndex([
    { surface: '青木', reading: 'アオキ', kind: '人名' },
    { surface: '花子', reading: 'ハナコ', kind: '人名' },
    { surface: '高品', reading: 'タカシナ', kind: '人名' },
  ]);
  const titleAt = (rest: string) => rest.startsWith('知事');

  it('finds a surname followed by a given name or a title, not a name inside a longer word', () => {
    expect(readings.findIn('青木花子さんが来た').map((n) => n.surface)).toEqual(['青木', '花子']);
    expect(readings.findIn('青木知事が訪問', { titleAt }).map((n) => n.surface)).toEqual(['青木']);
    expect(readings.findIn('青木前知事が訪問', { titleAt }).map((n) => n.surface)).toEqual(['青木']);
    expect(readings.findIn('高品質な製品', { titleAt }).map((n) => n.surface)).toEqual([]);
  });
});
