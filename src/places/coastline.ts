/**
 * Whether a place lies on the sea, from the shipped GSHHG coastline mask (see
 * knowledge/coastline/README.md). The gazetteer knows a foreign town only by name, size and
 * coordinates; this gives it one more fact a partner search can use. A missing or invalid file
 * is one warning and every answer "unknown" (null), never a crash.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CoastlineFileSchema, colOf, decodeRow, inIntervals, rowOf, type CoastlineFile } from './coast-grid.js';
import { readShippedJson } from '../knowledge/shipped-json.js';

export const DEFAULT_COASTLINE_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'knowledge', 'coastline', 'coastline.json');

export interface CoastMask {
  /** true within the mask's radius of a sea shoreline, false elsewhere, null when no mask is loaded or no coordinates are given. */
  coastal(lat: number | null, lon: number | null): boolean | null;
}

/** The mask that knows nothing: every place is "unknown". */
export const UNKNOWN_COAST: CoastMask = { coastal: () => null };

/** A mask from a validated file; rows are decoded on first use (a lookup touches one row). */
export function coastMaskOf(file: CoastlineFile): CoastMask {
  const decoded: (Uint32Array | undefined)[] = new Array(file.rows.length);
  return {
    coastal(lat, lon) {
      if (lat === null || lon === null || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
      const r = rowOf(lat, file.cellsPerDegree);
      const row = (decoded[r] ??= decodeRow(file.rows[r]!));
      return inIntervals(row, colOf(lon, file.cellsPerDegree));
    },
  };
}

/** Loads the mask; on a missing or invalid file calls `warn` once and returns the unknown mask. */
export function loadCoastMask(file: string = DEFAULT_COASTLINE_FILE, warn: (message: string) => void = () => {}): CoastMask {
  const read = readShippedJson(file, CoastlineFileSchema);
  if (read.ok) return coastMaskOf(read.data);
  warn(`No coastline mask from ${file} (${read.problem}): whether places are coastal is unknown. Rebuild it with \`npm run coastline:build\` (see knowledge/coastline/README.md).`);
  return UNKNOWN_COAST;
}
