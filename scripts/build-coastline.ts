/**
 * Builds knowledge/coastline/coastline.json from GSHHG (Wessel & Smith, LGPL-3), the shoreline
 * database GMT uses: every grid cell whose centre lies within `--radius` km of a sea shoreline.
 * Only level-1 shorelines (land against ocean) and Antarctica's ice front count; lake shores
 * (levels 2–4) do not, so Chicago or Geneva are not coastal.
 *
 *   apt-get install gmt-gshhg-low netcdf-bin   # /usr/share/gmt-gshhg/binned_GSHHS_{c,l,i}.nc and ncdump
 *   npx tsx scripts/build-coastline.ts         # writes knowledge/coastline/coastline.json (deterministic)
 *
 * Options: --in FILE (default the intermediate resolution, binned_GSHHS_i.nc), --out FILE,
 * --cells N (cells per degree, default 20 ≈ 5.5 km), --radius KM (default 15: a port's town centre is often 10–15 km from the shoreline GSHHG draws, as Nagoya's is).
 * The binned files are netCDF-4 (HDF5); `ncdump` from Debian's netcdf-bin reads them as text, so
 * no npm reader is needed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COASTLINE_FORMAT_VERSION, colOf, encodeRow, rowOf, type CoastlineFile } from '../src/places/coast-grid.js';
import { option } from './script-options.js';

const IN = option('in', '/usr/share/gmt-gshhg/binned_GSHHS_i.nc');
const OUT = option('out', path.join('knowledge', 'coastline', 'coastline.json'));
const CELLS = Number(option('cells', '20'));
const RADIUS_KM = Number(option('radius', '15'));

/** GSHHG levels: 1 land/ocean, 2 lake, 3 island in lake, 4 pond in island, 5 Antarctic ice front, 6 Antarctic grounding line. */
const SEA_LEVELS = new Set([1, 5]);
const VARIABLES = [
  'Bin_size_in_minutes',
  'N_bins_in_360_longitude_range',
  'Id_of_first_segment_in_a_bin',
  'N_segments_in_a_bin',
  'Embedded_npts_levels_exit_entry_for_a_segment',
  'Id_of_first_point_in_a_segment',
  'Relative_longitude_from_SW_corner_of_bin',
  'Relative_latitude_from_SW_corner_of_bin',
] as const;

/** The data section of `ncdump -v …`: each variable's values as numbers. */
function readVariables(file: string): Record<(typeof VARIABLES)[number], Int32Array> {
  const text = execFileSync('ncdump', ['-v', VARIABLES.join(','), file], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const data = text.slice(text.indexOf('\ndata:') + 6);
  const out = {} as Record<(typeof VARIABLES)[number], Int32Array>;
  for (const name of VARIABLES) {
    const m = new RegExp(`\\b${name} =([^;]*);`).exec(data);
    if (!m) throw new Error(`${file}: no variable ${name}`);
    out[name] = Int32Array.from(m[1]!.split(',').map((v) => Number(v.trim())));
  }
  return out;
}

const v = readVariables(IN);
const binDegrees = v.Bin_size_in_minutes[0]! / 60;
const binsAcross = v.N_bins_in_360_longitude_range[0]!;
const rows = 180 * CELLS;
const cols = 360 * CELLS;
const shore = new Uint8Array(rows * cols);
const mark = (lat: number, lon: number) => {
  shore[rowOf(lat, CELLS) * cols + colOf(lon, CELLS)] = 1;
};

let kept = 0;
let lakes = 0;
for (let bin = 0; bin < v.N_segments_in_a_bin.length; bin++) {
  // A bin's south-west corner, as GMT computes it (bins run east from 0° and south from 90° N).
  const lonSw = (bin % binsAcross) * binDegrees;
  const latSw = 90 - (Math.floor(bin / binsAcross) + 1) * binDegrees;
  const first = v.Id_of_first_segment_in_a_bin[bin]!;
  for (let s = first; s < first + v.N_segments_in_a_bin[bin]!; s++) {
    const info = v.Embedded_npts_levels_exit_entry_for_a_segment[s]!;
    const level = (info >> 6) & 7;
    const n = info >>> 9;
    if (!SEA_LEVELS.has(level)) {
      lakes++;
      continue;
    }
    kept++;
    const p0 = v.Id_of_first_point_in_a_segment[s]!;
    let prev: [number, number] | null = null;
    for (let p = p0; p < p0 + n; p++) {
      // Stored as signed shorts; the offsets are unsigned, 1/65535 of the bin's width.
      const lon = lonSw + ((v.Relative_longitude_from_SW_corner_of_bin[p]! & 0xffff) / 65535) * binDegrees;
      const lat = latSw + ((v.Relative_latitude_from_SW_corner_of_bin[p]! & 0xffff) / 65535) * binDegrees;
      if (prev) {
        // Long straight stretches are filled in: a quarter cell at a time.
        const steps = Math.ceil((Math.max(Math.abs(lat - prev[0]), Math.abs(lon - prev[1])) * CELLS) * 4);
        for (let k = 1; k < steps; k++) mark(prev[0] + ((lat - prev[0]) * k) / steps, prev[1] + ((lon - prev[1]) * k) / steps);
      }
      mark(lat, lon);
      prev = [lat, lon];
    }
  }
}

// Every cell whose centre is within the radius of a shoreline cell's centre.
const mask = new Uint8Array(rows * cols);
const kmPerCell = 111.195 / CELLS;
const reachRows = Math.ceil(RADIUS_KM / kmPerCell);
for (let r = 0; r < rows; r++) {
  for (let c = 0; c < cols; c++) {
    if (!shore[r * cols + c]) continue;
    for (let dr = -reachRows; dr <= reachRows; dr++) {
      const rr = r + dr;
      if (rr < 0 || rr >= rows) continue;
      const lat = 90 - (rr + 0.5) / CELLS;
      const dyKm = dr * kmPerCell;
      const left = RADIUS_KM ** 2 - dyKm ** 2;
      if (left < 0) continue;
      const perCol = kmPerCell * Math.max(0.01, Math.cos((lat * Math.PI) / 180));
      const reach = Math.min(cols, Math.floor(Math.sqrt(left) / perCol));
      for (let dc = -reach; dc <= reach; dc++) mask[rr * cols + ((c + dc + cols) % cols)] = 1;
    }
  }
}

const file: CoastlineFile = {
  format: COASTLINE_FORMAT_VERSION,
  source: `GSHHG 2.3.7 (${path.basename(IN)}), Wessel & Smith, via Debian gmt-gshhg; sea shorelines (levels 1 and 5) only, lakes excluded`,
  licence: 'LGPL-3.0-or-later',
  cellsPerDegree: CELLS,
  radiusKm: RADIUS_KM,
  rows: Array.from({ length: rows }, (_, r) => encodeRow(mask.subarray(r * cols, (r + 1) * cols))),
};
mkdirSync(path.dirname(OUT), { recursive: true });
// One row per line: diffs of a rebuild stay readable.
writeFileSync(OUT, `{"format":${file.format},"source":${JSON.stringify(file.source)},"licence":${JSON.stringify(file.licence)},"cellsPerDegree":${file.cellsPerDegree},"radiusKm":${file.radiusKm},"rows":[\n${file.rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`);
const inMask = mask.reduce((s, x) => s + x, 0);
process.stderr.write(`${OUT}: ${kept} sea shoreline segments (${lakes} lake segments skipped), ${inMask} of ${rows * cols} cells within ${RADIUS_KM} km of the sea\n`);
