/**
 * Truncated SVD of a sparse matrix by randomized range finding (Halko, Martinsson & Tropp
 * 2011): a few sparse products and one small dense eigenproblem, instead of a full SVD.
 * Returns the top right singular vectors (terms × k), which is all LSA needs to embed text.
 */
import { dense, gaussian, orthonormalise, seededRandom, symmetricEigen, type Dense } from './linear-algebra.js';
import { multiply, multiplyTransposed, type CsrMatrix } from './sparse-matrix.js';

export interface SvdResult {
  /** Right singular vectors, terms × k, column-major. */
  readonly v: Dense;
  readonly singularValues: Float64Array;
}

export function randomizedSvd(x: CsrMatrix, k: number, options: { oversample?: number; powerIterations?: number; seed?: number } = {}): SvdResult {
  const { oversample = 10, powerIterations = 2, seed = 42 } = options;
  const l = Math.min(k + oversample, x.rows, x.cols);
  const random = seededRandom(seed);
  const omega = dense(x.cols, l);
  for (let i = 0; i < omega.data.length; i++) omega.data[i] = gaussian(random);

  let q = multiply(x, omega);
  orthonormalise(q);
  for (let i = 0; i < powerIterations; i++) {
    const z = multiplyTransposed(x, q);
    orthonormalise(z);
    q = multiply(x, z);
    orthonormalise(q);
  }
  // B = Qᵀ X (l × cols) is small in one dimension: take Bᵀ = Xᵀ Q (cols × l), then eig(B Bᵀ).
  const bt = multiplyTransposed(x, q);
  const gram = new Float64Array(l * l);
  for (let i = 0; i < l; i++) {
    for (let j = i; j < l; j++) {
      let dot = 0;
      const ci = i * bt.rows;
      const cj = j * bt.rows;
      for (let r = 0; r < bt.rows; r++) dot += bt.data[ci + r]! * bt.data[cj + r]!;
      gram[i * l + j] = dot;
      gram[j * l + i] = dot;
    }
  }
  const { values, vectors } = symmetricEigen(gram, l);
  const kk = Math.min(k, l);
  const v = dense(x.cols, kk);
  const singularValues = new Float64Array(kk);
  for (let j = 0; j < kk; j++) {
    const sigma = Math.sqrt(Math.max(values[j]!, 0));
    singularValues[j] = sigma;
    if (sigma < 1e-12) continue;
    // v_j = Bᵀ u_j / σ_j
    for (let i = 0; i < l; i++) {
      const u = vectors[i * l + j]! / sigma;
      if (u === 0) continue;
      const ci = i * bt.rows;
      for (let r = 0; r < bt.rows; r++) v.data[j * x.cols + r] = v.data[j * x.cols + r]! + bt.data[ci + r]! * u;
    }
  }
  return { v, singularValues };
}
