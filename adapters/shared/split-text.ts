/**
 * Splits long text into pieces of at most `max` characters, preferring paragraph breaks, then
 * line breaks, then sentence ends (。.!?), never cutting a surrogate pair (emoji, rare kanji).
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = Math.max(window.lastIndexOf('\n\n'), -1);
    if (cut < max * 0.5) cut = Math.max(cut, window.lastIndexOf('\n'));
    if (cut < max * 0.5) cut = Math.max(cut, ...['。', '. ', '！', '？', '! ', '? '].map((p) => { const i = window.lastIndexOf(p); return i === -1 ? -1 : i + p.trimEnd().length; }));
    if (cut < max * 0.3) cut = max;
    // Never end a piece on the first half of a surrogate pair.
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
