/** A deterministic Embedder: hashed character bigrams, normalised. Records how many texts it embedded. */
import { createHash } from 'node:crypto';
import type { Embedder } from '../../src/models/embedder.js';

export function createFakeEmbedder(dimensions = 64): Embedder & { embedded: number } {
  const embed = (text: string): number[] => {
    const v = new Array<number>(dimensions).fill(0);
    const chars = Array.from(text.toLowerCase());
    for (let i = 0; i + 1 < chars.length; i++) {
      const h = createHash('md5').update(chars[i]! + chars[i + 1]!).digest();
      v[h[0]! % dimensions]! += 1;
    }
    const norm = Math.sqrt(v.reduce((a, x) => a + x * x, 0)) || 1;
    return v.map((x) => x / norm);
  };
  const fake = {
    id: `fake-bigram-${dimensions}`,
    dimensions,
    embedded: 0,
    async embedDocuments(texts: readonly string[]) {
      fake.embedded += texts.length;
      return texts.map(embed);
    },
    async embedQuery(text: string) {
      return embed(text);
    },
  };
  return fake;
}
