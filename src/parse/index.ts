import type { Root } from 'mdast';
import { parseText } from './text.js';
import { isPlainText, type Format } from './format.js';

export { decode, encode, DecodeError, setUtf8Decoder } from './decode.js';
export type { Decoded, DecodeFailure, Encoding, Utf8Decoder } from './decode.js';
export { parseText } from './text.js';
export { formatOf, isPlainText, LINTABLE_EXTENSIONS } from './format.js';
export type { Format } from './format.js';
export { sniff } from './sniff.js';
export type { Container } from './sniff.js';
export { readDocument, readsAsContainer, ReadError, setPdfReader, setWordBinaryReader, WordBinaryError } from './read.js';
export { pagePosition } from './layout.js';
export type { PlacedSegment } from './layout.js';
export type { RefusalKind, SourceDocument } from './read.js';

type SyncParser = (text: string) => Root;
let markdownParser: SyncParser | undefined;
let htmlParser: SyncParser | undefined;

/**
 * Load what a format needs. Plain text never pays for the Markdown or HTML
 * parsers: each is imported the first time a file of its format is seen.
 * Word documents are read from bytes (readDocument); their text, one
 * paragraph per line, parses as plain text.
 */
export async function loadParser(format: Format): Promise<SyncParser> {
  switch (format) {
    case 'text':
    case 'docx':
    case 'doc':
    case 'pdf':
      return parseText;
    case 'markdown':
      if (!markdownParser) markdownParser = (await import('./markdown.js')).parseMarkdown;
      return markdownParser;
    case 'html':
      if (!htmlParser) htmlParser = (await import('./html.js')).parseHtml;
      return htmlParser;
  }
}

/** Synchronous parse for a format whose parser is already loaded (see loadParser). */
export function parseLoaded(text: string, format: Format): Root {
  if (isPlainText(format)) return parseText(text);
  const parser = format === 'markdown' ? markdownParser : htmlParser;
  if (!parser) throw new Error(`${format} parser not loaded; call loadParser("${format}") first`);
  return parser(text);
}
