/** Which parser a file's name selects. pdf and doc are read from bytes into one paragraph per line. */
export type Format = 'text' | 'markdown' | 'html' | 'docx' | 'doc' | 'pdf';

/** Web pages as servers and browsers name them; their content decides (read.ts sniffs for HTML). */
const PAGE_EXTENSIONS = ['.html', '.htm', '.xhtml', '.shtml', '.shtm', '.jhtml', '.mht', '.mhtml'];
/** Pages saved under the name of the script that served them: read only when they hold HTML. */
export const SERVER_PAGE_EXTENSIONS = ['.asp', '.aspx', '.php', '.jsp', '.do', '.action'];

/** Which parser a file name selects; undefined for files fzlint does not read. */
export function formatOf(filePath: string): Format | undefined {
  const lower = filePath.toLowerCase();
  const dot = lower.lastIndexOf('.');
  const ext = dot >= 0 && dot > Math.max(lower.lastIndexOf('/'), lower.lastIndexOf('\\')) ? lower.slice(dot) : '';
  if (ext === '.txt' || ext === '.text') return 'text';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (PAGE_EXTENSIONS.includes(ext) || SERVER_PAGE_EXTENSIONS.includes(ext)) return 'html';
  if (ext === '.docx') return 'docx';
  if (ext === '.doc' || ext === '.wps') return 'doc';
  if (ext === '.pdf') return 'pdf';
  return undefined;
}

/** Formats whose text is the report itself, one paragraph (or text line) per line: parsed as plain text. */
export function isPlainText(format: Format): boolean {
  return format === 'text' || format === 'docx' || format === 'doc' || format === 'pdf';
}

/** Extensions walked when a directory is given (.ofd too: it is refused with a message, never skipped in silence). */
export const LINTABLE_EXTENSIONS = [
  '.txt', '.md', '.markdown', '.html', '.htm', '.docx',
  '.doc', '.wps', '.pdf', '.ofd', '.mht', '.mhtml', '.xhtml', '.shtml', '.shtm', '.jhtml', '.asp', '.aspx', '.php', '.jsp',
];
