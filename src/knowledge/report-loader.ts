/**
 * Loads the reports folder: `.txt`, `.md` and `.pdf` files plus `catalog.json` metadata.
 * An unreadable file or a PDF that extracts to no text is reported as a warning and skipped,
 * never indexed empty.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { MusubiError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { extractPdfPages } from './pdf-text.js';
import type { Report, ReportMeta } from './report.js';

const CatalogSchema = z.array(
  z.object({
    file: z.string().min(1),
    title_ja: z.string().min(1),
    title_en: z.string().min(1),
    publisher: z.string().nullable().default(null),
    date: z.string().nullable().default(null),
    language: z.enum(['ja', 'en']).default('ja'),
    aliases: z.array(z.string().min(2)).default([]),
    /** One line on what the report covers, in English: the opening of an overview answer. */
    about: z.string().nullable().default(null),
  }),
);

export const REPORT_EXTENSIONS = ['.txt', '.md', '.pdf'] as const;

export interface LoadedReports {
  readonly reports: readonly Report[];
  readonly warnings: readonly string[];
}

async function readCatalog(dir: string): Promise<Map<string, ReportMeta>> {
  const file = path.join(dir, 'catalog.json');
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return new Map();
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new MusubiError('knowledge_invalid', `${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = CatalogSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new MusubiError('knowledge_invalid', `${file}: entry ${issue.path.join('.')} ${issue.message}`, { cause: parsed.error });
  }
  return new Map(
    parsed.data.map((e) => [
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

async function loadOne(dir: string, file: string, meta: ReportMeta | undefined): Promise<Report> {
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
  const text = await readFile(full, 'utf8');
  if (text.trim().length === 0) throw new MusubiError('knowledge_unreadable', `${file} is empty.`);
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
  const catalog = await readCatalog(dir);
  const files = names.filter((n) => REPORT_EXTENSIONS.some((ext) => n.toLowerCase().endsWith(ext))).sort();
  const reports: Report[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    try {
      reports.push(await loadOne(dir, file, catalog.get(file)));
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
