import { isAscii, isUtf8, transcode } from 'node:buffer';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintMessage } from '../engine/types.js';
import { pagePosition, setPdfReader, setUtf8Decoder, setWordBinaryReader, type PlacedSegment } from '../parse/index.js';
import { parseDoc } from './doc.js';
import { parsePdf, setPdfAssets } from '../parse/pdf.js';

let assetsSet = false;

/**
 * The Node host's part of reading: strict UTF-8 decoding by Node's native validator and converter, the PDF
 * reader (pdf.js and the layout step) with its character maps (read from disk: nothing is fetched), and the
 * Word 97–2003 reader (word-extractor needs Node's Buffer).
 */
export function useNodeReaders(): void {
  if (assetsSet) return;
  assetsSet = true;
  setUtf8Decoder(decodeUtf8);
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
 * Strict UTF-8 → text, as a fatal TextDecoder reads it (undefined for bytes that are not UTF-8): validated by
 * simdutf (buffer.isUtf8), then converted by ICU to UTF-16 and taken as is. V8's UTF-8 decoding, which
 * TextDecoder and Buffer#toString use, reads Chinese text at ~0.2 GB/s; this path is ~8× faster (issue 22:
 * 110 → 14 ms over the 26 MB bench corpus). ASCII-only bytes keep the one-byte string TextDecoder makes.
 */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  // (a Node built without ICU has no transcode)
  if (isAscii(bytes) || typeof transcode !== 'function') return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return transcode(bytes, 'utf8', 'ucs2').toString('ucs2');
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
