/**
 * A forgiving CSV reader (RFC 4180: commas, double quotes, "" inside quotes, quoted newlines):
 * works on decoded lines and recovers after a bad row. A quote that is never closed — or whose
 * "closing" quote is followed by something other than a comma or the line end — costs only the
 * row where it opened; reading starts again on the next line.
 */

export interface CsvRow {
  /** 1-based line where the row starts. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvProblem {
  readonly line: number;
  readonly reason: string;
}

/** A quoted field may span at most this many lines before the quote counts as unclosed. */
const MAX_QUOTED_LINES = 20;

type Parsed = { cells: string[]; next: number } | { error: string; next: number };

function parseRow(lines: readonly (string | null)[], start: number): Parsed {
  const cells: string[] = [];
  let li = start;
  let text = lines[li]!;
  let i = 0;
  for (;;) {
    // One field.
    if (text[i] === '"') {
      const openedAt = i;
      let value = '';
      i++;
      let spanned = 0;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          value += text.slice(i);
          const nextLine = lines[li + 1];
          if (nextLine === undefined || nextLine === null || ++spanned > MAX_QUOTED_LINES) {
            return { error: `a quote opened in column ${openedAt + 1} is never closed`, next: start + 1 };
          }
          value += '\n';
          li++;
          text = nextLine;
          i = 0;
          continue;
        }
        if (text[q + 1] === '"') {
          value += text.slice(i, q + 1);
          i = q + 2;
          continue;
        }
        value += text.slice(i, q);
        i = q + 1;
        break;
      }
      const after = text[i];
      if (after !== undefined && after !== ',' && !/\s/.test(after)) {
        return { error: `a quote opened in column ${openedAt + 1} is closed in the middle of a field`, next: start + 1 };
      }
      // Spaces after a closing quote are tolerated.
      while (i < text.length && text[i] !== ',') i++;
      cells.push(value.trim());
    } else {
      const comma = text.indexOf(',', i);
      const end = comma === -1 ? text.length : comma;
      cells.push(text.slice(i, end).trim());
      i = end;
    }
    if (i >= text.length) return { cells, next: li + 1 };
    i++; // the comma
  }
}

/** Rows of non-empty lines with their line numbers, and the rows that could not be read, in line order, one at a time. */
export function* csvRows(lines: readonly (string | null)[]): Generator<CsvRow | CsvProblem> {
  let li = 0;
  while (li < lines.length) {
    const text = lines[li];
    if (text === null || text === undefined) {
      li++;
      continue; // reported by the decoder
    }
    if (text.trim() === '') {
      li++;
      continue;
    }
    const parsed = parseRow(lines, li);
    yield 'error' in parsed ? { line: li + 1, reason: parsed.error } : { line: li + 1, cells: parsed.cells };
    li = parsed.next;
  }
}
