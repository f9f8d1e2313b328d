/** The small dense linear algebra LSA needs: seeded Gaussian matrices, Gram–Schmidt, Jacobi eigen. */

/** Deterministic PRNG (mulberry32) so that an index built twice is the same index. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Column-major dense matrix: `cols` columns of length `rows`. */
export interface Dense {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export function dense(rows: number, cols: number): Dense {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

/** Orthonormalises the columns in place (modified Gram–Schmidt, twice for stability). Drops nothing. */
export function orthonormalise(m: Dense): void {
  const { rows, cols, data } = m;
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < cols; j++) {
      const cj = j * rows;
      for (let i = 0; i < j; i++) {
        const ci = i * rows;
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += data[ci + r]! * data[cj + r]!;
        for (let r = 0; r < rows; r++) data[cj + r] = data[cj + r]! - dot * data[ci + r]!;
      }
      let norm = 0;
      for (let r = 0; r < rows; r++) norm += data[cj + r]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let r = 0; r < rows; r++) data[cj + r] = data[cj + r]! / norm;
    }
  }
}

/** Eigen-decomposition of a symmetric n×n matrix (row-major) by cyclic Jacobi; eigenvalues descending. */
export function symmetricEigen(a: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const m = Float64Array.from(a);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p * n + q]! ** 2;
    if (off < 1e-20) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p * n + q]!;
        if (Math.abs(apq) < 1e-15) continue;
        const theta = (m[q * n + q]! - m[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k * n + p]!;
          const mkq = m[k * n + q]!;
          m[k * n + p] = c * mkp - s * mkq;
          m[k * n + q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p * n + k]!;
          const mqk = m[q * n + k]!;
          m[p * n + k] = c * mpk - s * mqk;
          m[q * n + k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => m[y * n + y]! - m[x * n + x]!);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n); // column j = eigenvector j
  order.forEach((src, j) => {
    values[j] = m[src * n + src]!;
    for (let k = 0; k < n; k++) vectors[k * n + j] = v[k * n + src]!;
  });
  return { values, vectors };
}
