import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintMessage } from '../engine/types.js';
import { pagePosition, setPdfReader, setWordBinaryReader, type PlacedSegment } from '../parse/index.js';
import { parseDoc } from './doc.js';
import { parsePdf, setPdfAssets } from '../parse/pdf.js';

let assetsSet = false;

/**
 * The Node host's part of reading containers: the PDF reader (pdf.js and the layout step) with its
 * character maps (read from disk: nothing is fetched), and the Word 97–2003 reader (word-extractor
 * needs Node's Buffer).
 */
export function useNodeReaders(): void {
  if (assetsSet) return;
  assetsSet = true;
  setWordBinaryReader(parseDoc);
  setPdfReader(parsePdf);
  // the bundles carry the Chinese maps beside them (scripts/bundle.mjs); from the sources, pdfjs-dist's own
  const here = path.dirname(fileURLToPath(import.meta.url));
  let cMapUrl = path.join(here, 'pdf-cmaps');
  if (!existsSync(cMapUrl)) {
    try {
      cMapUrl = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
    } catch {
      // without the maps, PDFs whose fonts use the predefined Chinese encodings lose their text
      return;
    }
  }
  setPdfAssets({ cMapUrl: cMapUrl + path.sep });
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
