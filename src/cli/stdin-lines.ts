/**
 * Splits a byte stream into lines exactly: on `\n` only (one `\r` before it belongs to the line
 * ending), whatever the bytes hold. Every line comes out once, in order, including a last line
 * without `\n`; a line that cannot be used (invalid UTF-8, longer than the limit) carries a
 * `problem` instead of being dropped or split, so output lines stay aligned with input lines.
 */
import type { MusubiErrorCode } from '../core/errors.js';

export interface InputLine {
  /** 1-based line number in the input. */
  readonly number: number;
  /** The decoded line without its line ending (invalid bytes shown as U+FFFD; over-long lines cut). */
  readonly text: string;
  /** Set when the line cannot be used as it is. */
  readonly problem?: { readonly code: MusubiErrorCode; readonly message: string };
}

export interface ReadLinesOptions {
  /** Longest line kept, in bytes; the rest of a longer line is skipped (default 64 KiB). */
  readonly maxLineBytes?: number;
}

const NEWLINE = 0x0a;
const CR = 0x0d;
/** How much of an over-long line is echoed back. */
const ECHO_CHARS = 200;

function decodeLine(bytes: Buffer, number: number, tooLong: boolean): InputLine {
  let body = bytes;
  if (!tooLong && body.length > 0 && body[body.length - 1] === CR) body = body.subarray(0, body.length - 1);
  // A BOM (at the start of the input or of any pasted line) is not part of the text.
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  if (tooLong) {
    const text = new TextDecoder('utf-8').decode(body);
    const cut = Array.from(text).slice(0, ECHO_CHARS).join('');
    return {
      number,
      text: `${cut}…`,
      problem: { code: 'input_too_long', message: `Line ${number} is too long (over ${body.length.toLocaleString('en-US')} bytes); it was skipped. Put one question or request on each line.` },
    };
  }
  try {
    return { number, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    return {
      number,
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body),
      problem: { code: 'input_unusable', message: `Line ${number} is not valid UTF-8 text; save the input as UTF-8 and try again.` },
    };
  }
}

/** Yields every line of the stream, in order. */
export async function* readLines(stream: AsyncIterable<Buffer | string>, options: ReadLinesOptions = {}): AsyncGenerator<InputLine> {
  const max = options.maxLineBytes ?? 64 * 1024;
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  let any = false;
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    any ||= buf.length > 0;
    while (buf.length > 0) {
      const at = buf.indexOf(NEWLINE);
      const piece = at === -1 ? buf : buf.subarray(0, at);
      if (!tooLong) {
        if (size + piece.length > max) {
          // Keep only the head of an over-long line, for the echo; skip the rest.
          parts.push(piece.subarray(0, Math.max(0, max - size)));
          size = max;
          tooLong = true;
        } else {
          parts.push(Buffer.from(piece));
          size += piece.length;
        }
      }
      if (at === -1) break;
      yield decodeLine(Buffer.concat(parts), ++number, tooLong);
      parts = [];
      size = 0;
      tooLong = false;
      buf = buf.subarray(at + 1);
    }
  }
  // A last line without a newline is still a line; an input that ends with "\n" has no extra one.
  if (any && (size > 0 || tooLong || parts.length > 0)) yield decodeLine(Buffer.concat(parts), ++number, tooLong);
}
