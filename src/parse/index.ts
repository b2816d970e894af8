import type { Root } from 'mdast';
import { parseText } from './text.js';

export { decode, encode, DecodeError } from './decode.js';
export type { Decoded, Encoding } from './decode.js';
export { parseText } from './text.js';

export type Format = 'text' | 'markdown';

/** Which parser a file name selects; undefined for files fzlint does not read. */
export function formatOf(filePath: string): Format | undefined {
  const lower = filePath.toLowerCase();
  if (lower.endsWith('.txt') || lower.endsWith('.text')) return 'text';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  return undefined;
}

/** Extensions walked when a directory is given. */
export const LINTABLE_EXTENSIONS = ['.txt', '.md', '.markdown'];

type SyncParser = (text: string) => Root;
let markdownParser: SyncParser | undefined;

/**
 * Load what a format needs. Plain text never pays for the Markdown parser:
 * it is imported the first time a Markdown file is seen.
 */
export async function loadParser(format: Format): Promise<SyncParser> {
  if (format === 'text') return parseText;
  if (!markdownParser) markdownParser = (await import('./markdown.js')).parseMarkdown;
  return markdownParser;
}

/** Synchronous parse for a format whose parser is already loaded (see loadParser). */
export function parseLoaded(text: string, format: Format): Root {
  if (format === 'text') return parseText(text);
  if (!markdownParser) throw new Error('Markdown parser not loaded; call loadParser("markdown") first');
  return markdownParser(text);
}
