/**
 * Caches that prove themselves: every cache folder carries a `manifest.json` with the settings
 * hash it was built for and a sha256 of each file, written last (in the temporary folder, before
 * the atomic rename). A folder whose manifest is missing, written for other settings, or whose
 * files do not match their checksums (truncated, overwritten, random bytes of the same size)
 * fails verification and is rebuilt.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const MANIFEST_FILE = 'manifest.json';

const ManifestSchema = z.object({
  settings: z.string().min(1),
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Writes the manifest of every file now in `folder` (call it after the last data file). */
export async function writeManifest(folder: string, settings: string): Promise<void> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(folder)).sort()) {
    if (name === MANIFEST_FILE) continue;
    files[name] = sha256(await readFile(path.join(folder, name)));
  }
  await writeFile(path.join(folder, MANIFEST_FILE), JSON.stringify({ settings, files }));
}

/**
 * Throws an Error saying what failed when the folder does not match its manifest. A missing
 * folder throws with code ENOENT (not a corruption: nothing to warn about).
 */
export async function verifyManifest(folder: string, settings: string): Promise<void> {
  const raw = await readFile(path.join(folder, MANIFEST_FILE), 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error('its manifest is not valid JSON');
  }
  const manifest = ManifestSchema.safeParse(json);
  if (!manifest.success) throw new Error('its manifest is malformed');
  if (manifest.data.settings !== settings) throw new Error('it was built with other settings');
  for (const [name, expected] of Object.entries(manifest.data.files)) {
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(folder, name));
    } catch {
      throw new Error(`${name} is missing`);
    }
    if (sha256(bytes) !== expected) throw new Error(`${name} fails its checksum`);
  }
}
