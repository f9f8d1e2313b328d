/** Parses JSON lines against a zod schema: the good rows, and "<label>:<line>: reason" for the bad ones. */
import type { z } from 'zod';

export function parseJsonLines<S extends z.ZodType>(text: string, label: string, schema: S): { rows: z.infer<S>[]; errors: string[] } {
  const rows: z.infer<S>[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      errors.push(`${label}:${i + 1}: not valid JSON`);
      return;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) rows.push(parsed.data);
    else errors.push(`${label}:${i + 1}: ${parsed.error.issues[0]!.path.join('.') || 'line'} ${parsed.error.issues[0]!.message}`);
  });
  return { rows, errors };
}
