import { createRequire } from 'node:module';
import path from 'node:path';
import type { LintMessage } from '../engine/types.js';
import { pagePosition, type PlacedSegment } from '../parse/index.js';
import { setPdfAssets } from '../parse/pdf.js';

let assetsSet = false;

/** Point pdf.js at the character maps shipped in pdfjs-dist (read from disk: nothing is fetched). */
export function usePdfAssets(): void {
  if (assetsSet) return;
  assetsSet = true;
  try {
    const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    setPdfAssets({ cMapUrl: path.join(root, 'cmaps') + path.sep, standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep });
  } catch {
    // without the maps, PDFs whose fonts use the predefined Chinese encodings lose their text
  }
}

/**
 * A PDF's findings in its own units: `line`/`column` become the line on the page and the column in
 * that visual line, and `page`/`endPage` say which page. `start`/`end` stay offsets into the linted
 * text (one rebuilt paragraph per line), so quotes still work.
 */
export function toPagePositions(messages: LintMessage[], placement: PlacedSegment[][]): void {
  for (const m of messages) {
    const s = pagePosition(placement, m.line, m.column);
    const e = pagePosition(placement, m.endLine, m.endColumn);
    Object.assign(m, { page: s.page, line: s.line, column: s.column, endPage: e.page, endLine: e.line, endColumn: e.column });
  }
}
