/**
 * Fills the `source` of glossary entries that have none: `reports/<file>` of the first report
 * (catalog order) that prints one of the entry's Japanese forms, or one of its English forms as
 * a word; entries no report prints (names kept so that questions about them are recognised and refused, and a
 * few hand-written terms) get `not in the reports`, so that a reviewer sees them.
 *
 *   npx tsx scripts/glossary-sources.ts knowledge/glossary/core-organisations.json …
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { silentLogger } from '../src/core/logger.js';
import { normaliseForIndex } from '../src/knowledge/normalise.js';
import { loadReports } from '../src/knowledge/report-loader.js';
import { GlossaryFileSchema, type GlossaryEntry } from '../src/knowledge/schemas.js';

const files = process.argv.slice(2);
const NOT_IN_REPORTS = 'not in the reports';
const { reports } = await loadReports(path.join('knowledge', 'reports'), silentLogger);
const texts = reports.map((r) => ({ file: r.meta.file, text: normaliseForIndex(r.text) }));

export function sourceOf(entry: GlossaryEntry): string {
  for (const { file, text } of texts) {
    const ja = entry.ja.map(normaliseForIndex).filter((f) => /[\u3040-\u30ff\u3400-\u9fff]/.test(f));
    const en = [...entry.ja, ...entry.en].map(normaliseForIndex).filter((f) => /^[a-z0-9 .&'-]{3,}$/.test(f));
    if (ja.some((f) => text.includes(f)) || en.some((f) => new RegExp(`(^|[^a-z])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(text))) return `reports/${file}`;
  }
  return NOT_IN_REPORTS;
}

for (const file of files) {
  const raw = readFileSync(file, 'utf8');
  const entries = GlossaryFileSchema.parse(JSON.parse(raw));
  const filled = entries.map((e) => (e.source ? e : { ...e, source: sourceOf(e) }));
  const indent = /\n( +)\{/.exec(raw)?.[1]?.length ?? 2;
  writeFileSync(file, `${JSON.stringify(filled, null, indent)}\n`);
  const unattested = filled.filter((e) => e.source === NOT_IN_REPORTS);
  process.stdout.write(`${file}: ${filled.length} entries, ${unattested.length} not in the reports${unattested.length ? `: ${unattested.map((e) => e.ja[0]).join(', ')}` : ''}\n`);
}
