/**
 * Approximate nearest-neighbour search over chunk embeddings with hnswlib-node (cosine space).
 * hnswlib reports cosine *distance* (lower is closer); this class converts it at the seam to
 * a similarity in [-1, 1] (higher is better) before anything else sees it.
 */
import hnswlib from 'hnswlib-node';

const { HierarchicalNSW } = hnswlib;

export interface VectorHit {
  readonly doc: number;
  /** Cosine similarity: 1 − hnswlib's cosine distance. Higher is better. */
  readonly similarity: number;
}

export class VectorIndex {
  private constructor(
    private readonly index: InstanceType<typeof HierarchicalNSW>,
    readonly dimensions: number,
    readonly size: number,
  ) {}

  static build(vectors: readonly ArrayLike<number>[], dimensions: number, options: { m?: number; efConstruction?: number } = {}): VectorIndex {
    const index = new HierarchicalNSW('cosine', dimensions);
    index.initIndex({ maxElements: Math.max(1, vectors.length), m: options.m ?? 16, efConstruction: options.efConstruction ?? 100, randomSeed: 42 });
    vectors.forEach((v, i) => index.addPoint(Array.from(v), i));
    index.setEf(100);
    return new VectorIndex(index, dimensions, vectors.length);
  }

  static load(file: string, dimensions: number, size: number): VectorIndex {
    const index = new HierarchicalNSW('cosine', dimensions);
    index.readIndexSync(file);
    if (index.getCurrentCount() !== size) throw new Error(`vector index holds ${index.getCurrentCount()} items, expected ${size}`);
    index.setEf(100);
    return new VectorIndex(index, dimensions, size);
  }

  save(file: string): void {
    this.index.writeIndexSync(file);
  }

  search(vector: ArrayLike<number>, k: number): VectorHit[] {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    const { distances, neighbors } = this.index.searchKnn(Array.from(vector), n);
    return neighbors.map((doc, i) => ({ doc, similarity: 1 - distances[i]! }));
  }
}
