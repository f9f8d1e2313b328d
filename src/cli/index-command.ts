/** `musubi index` — (re)builds the indexes and says what was indexed. */
import type { MusubiRuntime } from '../create-musubi.js';

export interface IndexCliIO {
  readonly stdout: NodeJS.WritableStream;
  readonly createRuntime: (options: { rebuild: boolean }) => Promise<MusubiRuntime>;
}

export async function runIndexCommand(_args: readonly string[], io: IndexCliIO): Promise<number> {
  const started = performance.now();
  const runtime = await io.createRuntime({ rebuild: true });
  const { lexical, glossary, warnings, hash } = runtime.kb;
  const byReport = new Map<string, number>();
  for (const c of lexical.chunks) byReport.set(c.report, (byReport.get(c.report) ?? 0) + 1);
  const lines = [
    `Indexed ${lexical.reports.length} reports, ${lexical.chunks.length} passages, ${glossary.entries.length} glossary entries (knowledge hash ${hash}) in ${Math.round(performance.now() - started)} ms.`,
    ...lexical.reports.map((r) => `  ${r.meta.file}: ${byReport.get(r.meta.file) ?? 0} passages — ${r.meta.titleEn}`),
    ...warnings.map((w) => `  warning: ${w}`),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  await runtime.close();
  return 0;
}
