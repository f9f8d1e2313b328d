/**
 * Loads the reports folder: `.txt`, `.md` and `.pdf` files plus `catalog.json` metadata.
 * An unreadable file or a PDF that extracts to no text is reported as a warning and skipped,
 * never indexed empty. Text files in Shift_JIS are detected and decoded (with a note); text in
 * neither UTF-8 nor Shift_JIS is refused. An unreadable or invalid catalog is reported, and the
 * reports load without (or with the valid part of) it.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { MusubiError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { extractPdfPages } from './pdf-text.js';
import { decodeText } from './text-decoding.js';
import type { Report, ReportMeta } from './report.js';

const CatalogEntrySchema = z.object({
    file: z.string().min(1),
    title_ja: z.string().min(1),
    title_en: z.string().min(1),
    publisher: z.string().nullable().default(null),
    date: z.string().nullable().default(null),
    language: z.enum(['ja', 'en']).default('ja'),
    aliases: z.array(z.string().min(2)).default([]),
    /** One line on what the report covers, in English: the opening of an overview answer. */
    about: z.string().nullable().default(null),
  });

export const REPORT_EXTENSIONS = ['.txt', '.md', '.pdf'] as const;

export interface LoadedReports {
  readonly reports: readonly Report[];
  readonly warnings: readonly string[];
}

async function readCatalog(dir: string, warnings: string[]): Promise<Map<string, ReportMeta>> {
  const file = path.join(dir, 'catalog.json');
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    // No catalog is fine (reports are titled by their first line); one that cannot be read is reported.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      warnings.push(`${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); reports are titled by their first line until it is fixed.`);
    }
    return new Map();
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    warnings.push(`${file} is not valid JSON (${(error as Error).message}); reports are titled by their first line until it is fixed.`);
    return new Map();
  }
  if (!Array.isArray(json)) {
    warnings.push(`${file} must be a JSON array of entries; it was ignored.`);
    return new Map();
  }
  const entries: z.infer<typeof CatalogEntrySchema>[] = [];
  json.forEach((entry, i) => {
    const parsed = CatalogEntrySchema.safeParse(entry);
    if (parsed.success) entries.push(parsed.data);
    else {
      const issue = parsed.error.issues[0]!;
      warnings.push(`${file}: entry ${i} skipped — ${issue.path.join('.')} ${issue.message}`);
    }
  });
  return new Map(
    entries.map((e) => [
      e.file,
      { file: e.file, titleJa: e.title_ja, titleEn: e.title_en, publisher: e.publisher, date: e.date, language: e.language, aliases: e.aliases, about: e.about },
    ]),
  );
}

/** Metadata for a file the catalog does not list: its first non-empty line is the best title there is. */
function fallbackMeta(file: string, text: string): ReportMeta {
  const firstLine = text.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? file;
  const title = firstLine.length > 80 ? `${firstLine.slice(0, 80)}…` : firstLine;
  const language = /[\u3040-\u30ff\u4e00-\u9fff]/.test(text.slice(0, 2000)) ? 'ja' : 'en';
  return { file, titleJa: title, titleEn: title, publisher: null, date: null, language, aliases: [], about: null };
}

/** Text files may mark pages with form feeds (as pdftotext writes them). */
function pageStartsFromFormFeeds(text: string): number[] {
  if (!text.includes('\f')) return [];
  const starts = [0];
  for (let i = text.indexOf('\f'); i !== -1; i = text.indexOf('\f', i + 1)) starts.push(i + 1);
  return starts;
}

async function loadOne(dir: string, file: string, meta: ReportMeta | undefined, notes: string[]): Promise<Report> {
  const full = path.join(dir, file);
  if (file.toLowerCase().endsWith('.pdf')) {
    const pages = await extractPdfPages(new Uint8Array(await readFile(full)));
    const starts: number[] = [];
    let text = '';
    for (const page of pages) {
      starts.push(text.length);
      text += `${page}\n\f`;
    }
    if (text.replace(/\s/g, '').length === 0) {
      throw new MusubiError('knowledge_unreadable', `${file}: the PDF has no extractable text (scanned images?). Run OCR on it or add a .txt version.`);
    }
    return { meta: meta ?? fallbackMeta(file, text), text, pageStarts: starts };
  }
  const decoded = decodeText(new Uint8Array(await readFile(full)));
  if (!decoded) throw new MusubiError('knowledge_invalid', `${file} is neither UTF-8 nor Shift_JIS text; save it as UTF-8.`);
  const text = decoded.text;
  if (text.trim().length === 0) throw new MusubiError('knowledge_unreadable', `${file} is empty.`);
  if (decoded.encoding === 'shift_jis') notes.push(`${file} is Shift_JIS; it was decoded (save it as UTF-8 to silence this note).`);
  if (decoded.badLines.length) notes.push(`${file}: line(s) ${decoded.badLines.slice(0, 5).join(', ')}${decoded.badLines.length > 5 ? '…' : ''} do not decode as ${decoded.encoding === 'utf-8' ? 'UTF-8' : 'Shift_JIS'} and were left out.`);
  return { meta: meta ?? fallbackMeta(file, text), text, pageStarts: pageStartsFromFormFeeds(text) };
}

/** Loads every report in `dir`, sorted by file name. Fails only when none can be loaded. */
export async function loadReports(dir: string, logger: Logger): Promise<LoadedReports> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new MusubiError('knowledge_unreadable', `Cannot read the reports folder ${dir}: ${(error as Error).message}. Set MUSUBI_KNOWLEDGE_DIR or restore knowledge/reports.`, { cause: error });
  }
  const warnings: string[] = [];
  const catalog = await readCatalog(dir, warnings);
  for (const w of warnings) logger.warn(w);
  const files = names.filter((n) => REPORT_EXTENSIONS.some((ext) => n.toLowerCase().endsWith(ext))).sort();
  const reports: Report[] = [];
  for (const file of files) {
    try {
      const notes: string[] = [];
      reports.push(await loadOne(dir, file, catalog.get(file), notes));
      for (const note of notes) {
        warnings.push(note);
        logger.warn(note);
      }
    } catch (error) {
      const message = error instanceof MusubiError ? error.message : `${file} could not be read: ${(error as Error).message}`;
      warnings.push(message);
      logger.warn(`Skipping report: ${message}`);
    }
  }
  if (reports.length === 0) {
    throw new MusubiError('knowledge_unreadable', `No readable reports in ${dir} (.txt, .md or .pdf).${warnings.length ? ` ${warnings.join(' ')}` : ''}`);
  }
  return { reports, warnings };
}
