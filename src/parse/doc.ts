import WordExtractor from 'word-extractor';

/**
 * Word 97–2003 (.doc) and WPS Writer (.wps), the same OLE binary family → the main text, one Word
 * paragraph per line (as for .docx): line N is paragraph N. A table row is one line, its cells
 * separated by tabs (the extractor's cell marks), so paragraph numbers after a table can run
 * behind Word's own count. Footnotes, headers and
 * text boxes are not report body and are left out.
 *
 * word-extractor uses Node's Buffer: this reader is loaded only by the Node host (read.ts imports
 * it on the first .doc or .wps); a browser build has to bring a Buffer polyfill or leave it out.
 */
export class DocError extends Error {
  readonly code = 'FZLINT_DOC';
}

export async function parseDoc(bytes: Uint8Array): Promise<string> {
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // filterUnicode off: the extractor would otherwise turn “” into ASCII quotes and — into -
    body = doc.getBody({ filterUnicode: false });
  } catch (e) {
    throw new DocError(e instanceof Error ? e.message : String(e));
  }
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}
