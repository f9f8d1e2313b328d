/**
 * Reads a JSON file the repository ships (a dictionary extract, a mask) and validates it: the data,
 * or one sentence saying what is wrong, for the caller's warning. Never throws: a missing or broken
 * data file costs the feature it serves, not the process.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';

export type ShippedJson<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly problem: string };

export function readShippedJson<S extends z.ZodTypeAny>(file: string, schema: S): ShippedJson<z.infer<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, problem: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file is missing' : `it cannot be read (${(error as Error).message})` };
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, problem: `it is invalid (${parsed.error.issues[0]?.path.join('.') || 'root'}: ${parsed.error.issues[0]?.message ?? 'invalid'})` };
}
