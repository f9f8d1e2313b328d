/**
 * Extracts per-page text from a PDF with pdf-parse. Japanese PDFs with non-embedded CID fonts
 * extract as empty text unless pdf.js is given its character maps, so they are passed here.
 * pdf-parse (with pdf.js, ≈1 s to load) is imported only when there is a PDF to read.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

function cMapUrl(): string {
  const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));
  return pathToFileURL(path.join(pdfjsRoot, 'cmaps') + path.sep).href;
}

/** The text of each page, in order. */
export async function extractPdfPages(data: Uint8Array): Promise<string[]> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data, cMapUrl: cMapUrl(), cMapPacked: true });
  try {
    const result = await parser.getText();
    return result.pages.map((p) => p.text);
  } finally {
    await parser.destroy();
  }
}
