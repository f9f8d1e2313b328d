/**
 * The shipped coastline mask (knowledge/coastline/coastline.json): a world grid of cells, each
 * row a run-length list of the cells within a few kilometres of the sea. Shared by the build
 * script (which encodes) and the runtime (which decodes), so the two cannot drift apart.
 */
import { z } from 'zod';

/** Bump when the file's shape changes; the loader refuses other versions with one warning. */
export const COASTLINE_FORMAT_VERSION = 1;

export const CoastlineFileSchema = z.object({
  format: z.literal(COASTLINE_FORMAT_VERSION),
  source: z.string(),
  licence: z.string(),
  /** Grid resolution: cells per degree of latitude and of longitude. */
  cellsPerDegree: z.number().int().min(1).max(120),
  /** A cell is in the mask when its centre lies within this distance of a sea shoreline. */
  radiusKm: z.number().positive(),
  /** One string per row, north to south: base64 of unsigned varints, alternating cells skipped and cells in the mask. */
  rows: z.array(z.string()),
}).refine((f) => f.rows.length === 180 * f.cellsPerDegree, { message: 'rows must number 180 × cellsPerDegree' });

export type CoastlineFile = z.infer<typeof CoastlineFileSchema>;

/** Row index of a latitude (row 0 is the northernmost band). */
export const rowOf = (lat: number, cellsPerDegree: number): number => Math.min(180 * cellsPerDegree - 1, Math.max(0, Math.floor((90 - lat) * cellsPerDegree)));

/** Column index of a longitude (column 0 starts at 180° W); any longitude is wrapped first. */
export const colOf = (lon: number, cellsPerDegree: number): number => {
  const wrapped = ((((lon + 180) % 360) + 360) % 360);
  return Math.min(360 * cellsPerDegree - 1, Math.floor(wrapped * cellsPerDegree));
};

/** Encodes a row of flags as alternating run lengths (skip, keep, skip, …), varint bytes in base64. */
export function encodeRow(flags: ArrayLike<number>): string {
  const bytes: number[] = [];
  const varint = (v: number) => {
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes.push(v);
  };
  let i = 0;
  while (i < flags.length) {
    const start = i;
    while (i < flags.length && !flags[i]) i++;
    if (i >= flags.length) break;
    varint(i - start);
    const run = i;
    while (i < flags.length && flags[i]) i++;
    varint(i - run);
  }
  return Buffer.from(bytes).toString('base64');
}

/** Decodes a row into sorted [start, end) cell intervals, flat: [s0, e0, s1, e1, …]. */
export function decodeRow(encoded: string): Uint32Array {
  const bytes = Buffer.from(encoded, 'base64');
  const values: number[] = [];
  let v = 0;
  let shift = 0;
  for (const b of bytes) {
    v |= (b & 0x7f) << shift;
    if (b & 0x80) shift += 7;
    else {
      values.push(v);
      v = 0;
      shift = 0;
    }
  }
  const out = new Uint32Array(values.length - (values.length % 2));
  let at = 0;
  for (let k = 0; k + 1 < values.length; k += 2) {
    const start = at + values[k]!;
    const end = start + values[k + 1]!;
    out[k] = start;
    out[k + 1] = end;
    at = end;
  }
  return out;
}

/** Is a cell inside one of a row's intervals (binary search over the starts)? */
export function inIntervals(intervals: Uint32Array, cell: number): boolean {
  let lo = 0;
  let hi = intervals.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (intervals[mid * 2 + 1]! <= cell) lo = mid + 1;
    else hi = mid;
  }
  return lo < intervals.length / 2 && intervals[lo * 2]! <= cell;
}
