
/**
 * Word 97–2003 (.doc) and WPS Writer (.wps), the same OLE binary family → the main text, one Word
 * paragraph per line (as for .docx): line N is paragraph N. A table row is one line, its cells
 * separated by tabs (the extractor's cell marks), so paragraph numbers after a table can run
 * behind Word's own count. Footnotes, headers and
 * text boxes are not report body and are left out.
 *
 * word-extractor uses Node's Buffer, so this reader belongs to the Node host, not to parse/: the
 * linter hands it to readDocument (setWordBinaryReader in src/parse/read.ts) and imports
 * word-extractor only on the first .doc or .wps. Where no host reader is set (a browser), a .doc
 * or .wps is refused with a message that says so.
 */
import { WordBinaryError } from '../parse/read.js';

export async function parseDoc(bytes: Uint8Array): Promise<string> {
  let body: string;
  try {
    const { default: WordExtractor } = await import('word-extractor');
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // filterUnicode off: the extractor would otherwise turn “” into ASCII quotes and — into -
    body = doc.getBody({ filterUnicode: false });
  } catch (e) {
    throw new WordBinaryError(e instanceof Error ? e.message : String(e));
  }
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}
