/** Finding known names in a message. Inputs are invented. */
import { describe, expect, it } from 'vitest';
import { NameFinder } from '../../../src/summarising/name-finder.js';

const finder = new NameFinder([{ display: 'Nuku', spellings: ['Nuku', 'ヌク'] }]);

describe('NameFinder', () => {
  it('finds a katakana name only as a katakana word of its own, not inside a longer one', () => {
    expect(finder.find('キヌクラブの会員です').map((f) => f.display)).toEqual([]);
    expect(finder.find('ヌク市と話しました').map((f) => f.display)).toEqual(['Nuku']);
    expect(finder.find('来月はヌクへ行きます').map((f) => f.display)).toEqual(['Nuku']);
  });
});
