/**
 * Decodes Japanese knowledge files whose encoding nobody stated: UTF-8 (with or without BOM) or
 * Shift_JIS (common for municipal lists and older reports). The file's encoding is chosen from
 * its lines; a line that does not decode in it is reported by number instead of garbling the rest.
 */
import iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'shift_jis';

export interface DecodedLines {
  readonly encoding: TextEncodingName;
  /** One entry per physical line (split on "\n", a trailing "\r" removed); null where the line does not decode. */
  readonly lines: readonly (string | null)[];
  /** 1-based numbers of the lines that do not decode. */
  readonly badLines: readonly number[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function splitBytes(bytes: Uint8Array): Buffer[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Buffer[] = [];
  let start = 0;
  for (let at = buf.indexOf(0x0a); at !== -1; at = buf.indexOf(0x0a, start)) {
    out.push(buf.subarray(start, at));
    start = at + 1;
  }
  if (start < buf.length) out.push(buf.subarray(start));
  return out.map((l) => (l.length && l[l.length - 1] === 0x0d ? l.subarray(0, l.length - 1) : l));
}

const isAscii = (b: Buffer) => b.every((x) => x < 0x80);

function tryUtf8(line: Buffer): string | null {
  try {
    return utf8.decode(line);
  } catch {
    return null;
  }
}

/** Shift_JIS (CP932) decoding, or null when the bytes are not valid in it. */
function trySjis(line: Buffer): string | null {
  const text = iconv.decode(line, 'Shift_JIS');
  return text.includes('\ufffd') ? null : text;
}

/**
 * Splits into lines and decodes each: the file is UTF-8 unless more of its non-ASCII lines
 * decode only as Shift_JIS than decode as UTF-8.
 */
export function decodeLines(bytes: Uint8Array): DecodedLines {
  // A file that is valid UTF-8 as a whole has every line valid in it: decoded once, split as text
  // (100,000 lines as 100,000 buffers and strings cost far more memory than one string).
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = tryUtf8(buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf);
  if (whole !== null) {
    const lines = whole.split('\n');
    if (lines.at(-1) === '') lines.pop();
    for (let i = 0; i < lines.length; i++) if (lines[i]!.endsWith('\r')) lines[i] = lines[i]!.slice(0, -1);
    return { encoding: 'utf-8', lines, badLines: [] };
  }
  let raw = splitBytes(bytes);
  if (raw[0] && raw[0][0] === 0xef && raw[0][1] === 0xbb && raw[0][2] === 0xbf) raw = [raw[0].subarray(3), ...raw.slice(1)];
  let utf8Lines = 0;
  let sjisOnly = 0;
  for (const line of raw) {
    if (isAscii(line)) continue;
    if (tryUtf8(line) !== null) utf8Lines++;
    else if (trySjis(line) !== null) sjisOnly++;
  }
  const encoding: TextEncodingName = sjisOnly > utf8Lines ? 'shift_jis' : 'utf-8';
  const badLines: number[] = [];
  const lines = raw.map((line, i) => {
    const text = isAscii(line) ? line.toString('latin1') : encoding === 'utf-8' ? tryUtf8(line) : trySjis(line);
    if (text === null) badLines.push(i + 1);
    return text;
  });
  return { encoding, lines, badLines };
}

/** A whole text file in UTF-8 or Shift_JIS, or null when it is neither (too many lines do not decode). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName; badLines: readonly number[] } | null {
  // Valid UTF-8 is returned exactly as it is (line endings untouched), as fs would read it.
  const whole = tryUtf8(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (whole !== null) return { text: whole, encoding: 'utf-8', badLines: [] };
  const { encoding, lines, badLines } = decodeLines(bytes);
  if (badLines.length > 0 && badLines.length > Math.max(2, lines.length * 0.01)) return null;
  return { text: lines.map((l) => l ?? '').join('\n'), encoding, badLines };
}
