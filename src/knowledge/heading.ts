/** Recognises section headings in extracted report text (short lines that name a section). */

const HEADING_MARK = /^(❖|◆|◇|■|□|▼|【|第[0-9０-９一二三四五六七八九十]+[章節部]|[0-9０-９]{1,2}[.．)）]\s*[^\d０-９\s]|\([0-9０-９]{1,2}\)|（[0-9０-９]{1,2}）|[A-HＡ-Ｈ][.．]\s|コラム)/;

export function isHeading(line: string): boolean {
  const t = line.trim();
  if (t.length < 2 || t.length > 60) return false;
  if (/^[0-9０-９\s.,%％]+$/.test(t)) return false; // page numbers and figures
  if (/[。、，,]$/.test(t)) return false;
  if (/\.{3,}|…{2,}|\t\d+$/.test(t)) return false; // table-of-contents rows
  return HEADING_MARK.test(t);
}
