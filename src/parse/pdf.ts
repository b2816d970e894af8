import { layOutPages, type LaidOut, type LayoutPage, type LayoutRun } from './layout.js';
import { PdfError } from './pdf-error.js';

export { PdfError };

/**
 * PDF with a text layer → the layout step (layout.ts) → one paragraph per line, with each
 * paragraph's page and line. Read with pdf.js (pdfjs-dist's legacy build, which runs on
 * Node ≥ 20.19 and in browsers). pdf.js runs on this thread (its "fake worker"): the worker module
 * is imported here and handed over through globalThis.pdfjsWorker, so nothing is loaded from a URL
 * and a bundler sees both modules. Nothing is fetched: fonts are not loaded (only text is read),
 * and the character maps of the standard Chinese encodings come from `assets.cMapUrl`, which the
 * host sets (the Node host points it at pdfjs-dist's own cmaps/ directory).
 */
export interface PdfAssets {
  /** Directory (a path in Node, a URL in a browser) of pdf.js's bcmap files, ending in "/". */
  cMapUrl?: string;
  /** Directory of pdf.js's standard font data, ending in "/". */
  standardFontDataUrl?: string;
}

let assets: PdfAssets = {};

/** Where pdf.js finds its character maps; set once by the host before reading PDFs. */
export function setPdfAssets(a: PdfAssets): void {
  assets = a;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfJs> | undefined;

/**
 * A stand-in for DOMMatrix where the platform has none (Node without @napi-rs/canvas, which fzlint
 * does not ship): pdf.js creates one identity matrix when its module loads and needs no more to
 * read text (it uses DOMMatrix only to render).
 */
class IdentityMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: ArrayLike<number>) {
    if (init && init.length === 6) [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init);
  }
}

function load(): Promise<PdfJs> {
  loaded ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown; DOMMatrix?: unknown };
    g.DOMMatrix ??= IdentityMatrix;
    // In Node, pdf.js looks for a canvas package while its module loads and prints "Warning: …" when
    // there is none (it needs one only to render): noise to a reviewer, and on stdout it would corrupt
    // --format json. Its warnings are dropped while it loads; later ones are off (verbosity 0).
    const { log, warn } = console;
    const quiet =
      (write: (...args: unknown[]) => void) =>
      (...args: unknown[]) => {
        if (typeof args[0] === 'string' && args[0].startsWith('Warning: ')) return;
        write(...args);
      };
    console.log = quiet(log);
    console.warn = quiet(warn);
    try {
      g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
      console.warn = warn;
    }
  })();
  return loaded;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
}

/**
 * pdf.js inflates streams with the platform's DecompressionStream when there is one; in Node that
 * is zlib on the thread pool, one round trip per stream, slower here than pdf.js's own inflate
 * (a 20-page PDF: ~470 ms of CPU and idle waits against ~350 ms). While a PDF is read the global is
 * hidden, so pdf.js falls back to its own decoder; it is put back afterwards.
 */
async function withoutDecompressionStream<T>(f: () => Promise<T>): Promise<T> {
  const g = globalThis as { DecompressionStream?: unknown };
  const saved = g.DecompressionStream;
  if (saved === undefined) return f();
  g.DecompressionStream = undefined;
  try {
    return await f();
  } finally {
    g.DecompressionStream = saved;
  }
}

export async function parsePdf(bytes: Uint8Array): Promise<LaidOut> {
  const pdfjs = await load();
  return withoutDecompressionStream(() => extract(pdfjs, bytes));
}

async function extract(pdfjs: PdfJs, bytes: Uint8Array): Promise<LaidOut> {
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  const task = pdfjs.getDocument({
    // a copy, as a plain Uint8Array (pdf.js refuses a Buffer and may take over the one it gets)
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    ...(assets.cMapUrl ? { cMapUrl: assets.cMapUrl, cMapPacked: true } : {}),
    ...(assets.standardFontDataUrl ? { standardFontDataUrl: assets.standardFontDataUrl } : {}),
  });
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const name = (e as { name?: string })?.name;
    if (name === 'PasswordException') throw new PdfError('encrypted', 'password required');
    throw new PdfError('damaged', e instanceof Error ? e.message : String(e));
  }
  try {
    const pages: LayoutPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const height = y1 - y0;
      // disableNormalization: pdf.js would NFKC-normalise some characters; the layout step maps radicals itself
      const content = await page.getTextContent({ disableNormalization: true });
      const runs: LayoutRun[] = [];
      for (const item of content.items as TextItemLike[]) {
        if (typeof item.str !== 'string' || !item.str) continue;
        const [a, b, c, d, e, f] = item.transform;
        // horizontal text only: vertical and rotated runs (stamps, watermarks) are not report lines
        if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0 || d <= 0) continue;
        runs.push({ text: item.str, x: e - x0, y: y1 - f, w: item.width, size: Math.hypot(c, d) || Math.abs(d) });
      }
      pages.push({ width: x1 - x0, height, runs });
      page.cleanup();
    }
    const out = layOutPages(pages);
    if (out.lines === 0) throw new PdfError('no-text', `${doc.numPages} pages without text`);
    return out;
  } finally {
    await doc.destroy();
  }
}
