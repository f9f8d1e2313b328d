import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../../src/retrieval/bm25.js';

describe('Bm25Index', () => {
  const docs = [['津波', '船'], ['姉妹', '都市', '姉妹'], ['船', '港', '港']];
  const index = Bm25Index.build(docs.length, (i) => docs[i]!);
  it('ranks by rare matching terms and round-trips through serialisation', () => {
    const hits = index.search([{ term: '津波', weight: 1 }, { term: '船', weight: 1 }], 3);
    expect(hits[0]!.doc).toBe(0);
    const again = Bm25Index.deserialize(index.serialize()).search([{ term: '津波', weight: 1 }, { term: '船', weight: 1 }], 3);
    expect(again).toEqual(hits);
  });
  it('lets weights change the order', () => {
    const hits = index.search([{ term: '津波', weight: 0.01 }, { term: '港', weight: 1 }], 3);
    expect(hits[0]!.doc).toBe(2);
  });
  it('returns nothing for unknown terms', () => {
    expect(index.search([{ term: 'zzz', weight: 1 }], 3)).toEqual([]);
    expect(index.contains(1, '都市')).toBe(true);
    expect(index.contains(0, '都市')).toBe(false);
  });
});
