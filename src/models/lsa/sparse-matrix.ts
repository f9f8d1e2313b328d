/** A compressed-sparse-row matrix of documents × terms with the two products randomized SVD needs. */
import type { Dense } from './linear-algebra.js';
import { dense } from './linear-algebra.js';

export interface CsrMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly rowStart: Int32Array;
  readonly colIndex: Int32Array;
  readonly values: Float32Array;
}

/** X · M for M (cols × k), giving rows × k. */
export function multiply(x: CsrMatrix, m: Dense): Dense {
  const out = dense(x.rows, m.cols);
  for (let r = 0; r < x.rows; r++) {
    for (let p = x.rowStart[r]!; p < x.rowStart[r + 1]!; p++) {
      const c = x.colIndex[p]!;
      const v = x.values[p]!;
      for (let j = 0; j < m.cols; j++) out.data[j * x.rows + r] = out.data[j * x.rows + r]! + v * m.data[j * m.rows + c]!;
    }
  }
  return out;
}

/** Xᵀ · M for M (rows × k), giving cols × k. */
export function multiplyTransposed(x: CsrMatrix, m: Dense): Dense {
  const out = dense(x.cols, m.cols);
  for (let r = 0; r < x.rows; r++) {
    for (let p = x.rowStart[r]!; p < x.rowStart[r + 1]!; p++) {
      const c = x.colIndex[p]!;
      const v = x.values[p]!;
      for (let j = 0; j < m.cols; j++) out.data[j * x.cols + c] = out.data[j * x.cols + c]! + v * m.data[j * m.rows + r]!;
    }
  }
  return out;
}
