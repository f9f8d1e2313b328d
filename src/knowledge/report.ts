/** A report as loaded: its original text (what quotes come from) and its metadata. */

export interface ReportMeta {
  /** File name in the reports folder; the id used in citations. */
  readonly file: string;
  readonly titleJa: string;
  readonly titleEn: string;
  readonly publisher: string | null;
  readonly date: string | null;
  readonly language: 'ja' | 'en';
  /** Names people use for the report ("the Bluebook", "行動計画"): a question naming one is about that report. */
  readonly aliases: readonly string[];
  /** What the report covers, in one English line (catalog `about`), when known. */
  readonly about: string | null;
}

export interface Report {
  readonly meta: ReportMeta;
  /** The original extracted text, exactly as in the file (or as extracted from a PDF). */
  readonly text: string;
  /** Offsets in `text` where each page starts (page i+1 starts at pageStarts[i]); empty when unknown. */
  readonly pageStarts: readonly number[];
}

/** The page of an offset, or null when the report has no page marks. */
export function pageAt(report: Report, offset: number): number | null {
  if (report.pageStarts.length === 0) return null;
  let page = 0;
  for (let i = 0; i < report.pageStarts.length; i++) {
    if (report.pageStarts[i]! <= offset) page = i + 1;
    else break;
  }
  return page === 0 ? null : page;
}

export function reportTitle(meta: ReportMeta, language: 'ja' | 'en'): string {
  return language === 'ja' ? meta.titleJa : meta.titleEn;
}
