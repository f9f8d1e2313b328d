import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../../src/retrieval/bm25.js';

describe('Bm25Index', () => {
  const docs = [['津波', '船'], ['姉妹', '都市', '姉妹'], ['船', '港', '港'], ['ケベ', 'ベッ', 'ック', '州']];
  const index = Bm25Index.build(docs.length, (i) => docs[i]!);
  const group = (weight: number, ...alternatives: string[][]) => ({ weight, alternatives });

  it('ranks by rare matching terms', () => {
    expect(index.searchGroups([group(1, ['津波']), group(1, ['船'])], 3)[0]!.doc).toBe(0);
  });
  it('lets weights change the order', () => {
    expect(index.searchGroups([group(0.01, ['津波']), group(1, ['港'])], 3)[0]!.doc).toBe(2);
  });
  it('scores a concept by its best spelling, a long spelling by the mean of its tokens', () => {
    const long = index.searchGroups([group(1, ['ケベ', 'ベッ', 'ック'], ['quebec'])], 3);
    const short = index.searchGroups([group(1, ['津波'])], 3);
    expect(long[0]!.doc).toBe(3);
    // Three matching bigrams weigh like one concept (with a small bonus), not three times one.
    expect(long[0]!.score / short[0]!.score).toBeLessThan(2);
  });
  it('returns nothing for unknown terms', () => {
    expect(index.searchGroups([group(1, ['zzz'])], 3)).toEqual([]);
  });
});
