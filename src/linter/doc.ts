
/**
 * Word 97–2003 (.doc) and WPS Writer (.wps), the same OLE binary family → the main text, one Word
 * paragraph per line (as for .docx): line N is paragraph N. A table row is one line, its cells
 * separated by tabs (the extractor's cell marks), so paragraph numbers after a table can run
 * behind Word's own count. Footnotes, headers and
 * text boxes are not report body and are left out; so is a table of contents (its lines are emptied). Word's automatic numbering (「一、」「（一）」 made by Word's
 * list feature, not typed) is not in the text word-extractor reads: its numbers are decoded from the list
 * tables (src/parse/doc-numbering.ts) and written before their paragraphs, as Word shows them.
 *
 * word-extractor uses Node's Buffer, so this reader belongs to the Node host, not to parse/: the
 * linter hands it to readDocument (setWordBinaryReader in src/parse/read.ts) and imports
 * word-extractor only on the first .doc or .wps. Where no host reader is set (a browser), a .doc
 * or .wps is refused with a message that says so.
 */
import { WordBinaryError } from '../parse/read.js';
import { docListNumbers } from '../parse/doc-numbering.js';
import { blankTocLines } from '../parse/toc.js';
import { softBreakPieces } from '../parse/soft-breaks.js';

export async function parseDoc(bytes: Uint8Array): Promise<string> {
  let body: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const numbered = isOle(buffer) ? await extractNumbered(buffer) : undefined;
    if (numbered !== undefined) body = numbered;
    else {
      const { default: WordExtractor } = await import('word-extractor');
      const doc = await new WordExtractor().extract(buffer);
      // filterUnicode off: the extractor would otherwise turn “” into ASCII quotes and — into -
      body = doc.getBody({ filterUnicode: false });
    }
  } catch (e) {
    throw new WordBinaryError(e instanceof Error ? e.message : String(e));
  }
  // a table of contents (the TOC field's result: 「一、…\t3」 lines) is emptied, as for .docx; a heading whose list
  // number was not decoded takes the number its entry shows (parse/toc.ts)
  return blankTocLines(
    body
      .replace(/\r\n?/g, '\n')
      .split('\n')
      // lines ended by soft breaks: separate paragraphs where a reader sees them, else one line (a title broken to fit)
      .flatMap((l) => (l.includes(SOFT_BREAK) ? softBreakPieces(l.split(SOFT_BREAK)) : [l]))
      .map((l) => l.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').trimEnd())
      .join('\n')
      .replace(/\n+$/, ''),
    true,
  );
}

/** Stands for a soft line break until parseDoc decides whether a reader sees a paragraph end there (soft-breaks.ts). */
const SOFT_BREAK = '\u2028';

const isOle = (b: Uint8Array) => b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/**
 * The body as word-extractor reads it (its OLE extractor, as WordExtractor.extract runs it for an OLE file), with
 * the numbers of auto-numbered paragraphs written in. undefined when the extractor is not the one this was written
 * for (word-extractor is pinned: package.json); a damaged file throws as with WordExtractor.
 */
async function extractNumbered(buffer: Buffer): Promise<string | undefined> {
  const [{ default: WordOleExtractor }, { default: BufferReader }, filters] = await Promise.all([
    import('word-extractor/lib/word-ole-extractor.js'),
    import('word-extractor/lib/buffer-reader.js'),
    import('word-extractor/lib/filters.js'),
  ]);
  // a CommonJS module: its exports as named exports (Node) or under default (a bundle)
  type Filters = { clean?: (s: string) => string };
  const clean = (filters as Filters).clean ?? (filters as { default?: Filters }).default?.clean;
  if (typeof WordOleExtractor !== 'function' || typeof BufferReader !== 'function' || typeof clean !== 'function') return undefined;

  let streams: [Uint8Array, Uint8Array] | undefined;
  class NumberingExtractor extends WordOleExtractor {
    override writeParagraphProperties(wordDocument: Uint8Array, table: Uint8Array): void {
      super.writeParagraphProperties(wordDocument, table);
      streams = [wordDocument, table];
    }
  }
  const extractor = new NumberingExtractor();
  const reader = new BufferReader(buffer);
  await reader.open();
  let doc: { _body: string };
  try {
    doc = await extractor.extract(reader);
  } finally {
    await reader.close();
  }
  const body = doc._body;
  if (typeof body !== 'string') return undefined;
  try {
    const numbered = withNumbers(extractor, streams, clean, body);
    return numbered ?? body;
  } catch {
    // the numbers are an addition: a fault in reading them leaves the text as word-extractor reads it
    return body;
  }
}

function withNumbers(
  extractor: { _pieces?: { startCp: number; endCp: number; startFilePos: number; bpc: number; text: string }[]; _boundaries?: { ccpText: number } },
  streams: [Uint8Array, Uint8Array] | undefined,
  clean: (s: string) => string,
  body: string,
): string | undefined {
  const pieces = extractor._pieces;
  const ccpText = extractor._boundaries?.ccpText;
  if (!streams || !Array.isArray(pieces) || typeof ccpText !== 'number') return undefined;
  const main = pieces.map((p) => p.text).join('').slice(0, ccpText);
  // the main text by CP is the one word-extractor read its body from, or the positions would not be the paragraphs'
  if (clean(main) !== body) return undefined;
  const numbers = docListNumbers(
    streams[0],
    streams[1],
    pieces.map((p) => ({ cpStart: p.startCp, cpEnd: p.endCp, fc: p.startFilePos, bpc: p.bpc })),
    main,
  );
  let out = '';
  let last = 0;
  for (const cp of [...numbers.keys()].sort((a, b) => a - b)) {
    out += main.slice(last, cp) + numbers.get(cp);
    last = cp;
  }
  // a soft line break (\x0b, Shift+Enter) kept apart from a paragraph mark: word-extractor makes both a line end
  return clean((out + main.slice(last)).replace(/\x0b/g, SOFT_BREAK));
}
