/** The question-answering dev set format (eval/datasets/qa-dev.jsonl). */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

export const QaItemSchema = z.object({
  id: z.string(),
  language: z.enum(['ja', 'en']),
  question: z.string().min(1),
  answerable: z.boolean(),
  report: z.string().nullable(),
  evidence: z.array(z.string()),
  facts: z.array(z.array(z.string()).min(1)),
  /** How the question is phrased (direct, paraphrase, colloquial), where a set labels it. */
  style: z.string().optional(),
  qtype: z.string().optional(),
});
export type QaItem = z.infer<typeof QaItemSchema>;

export async function loadQaDataset(file: string): Promise<QaItem[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const items: QaItem[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = QaItemSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
    items.push(parsed.data);
  });
  return items;
}
