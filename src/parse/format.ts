/** Which parser a file's name selects. */
export type Format = 'text' | 'markdown' | 'html' | 'docx';

/** Which parser a file name selects; undefined for files fzlint does not read. */
export function formatOf(filePath: string): Format | undefined {
  const lower = filePath.toLowerCase();
  if (lower.endsWith('.txt') || lower.endsWith('.text')) return 'text';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.html') || lower.endsWith('.htm') || lower.endsWith('.xhtml')) return 'html';
  if (lower.endsWith('.docx')) return 'docx';
  return undefined;
}

/** Extensions walked when a directory is given. */
export const LINTABLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'];
