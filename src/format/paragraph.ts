import type { FileResult } from '../linter/types.js';

/** How many characters of a paragraph's opening a message quotes. */
const OPENING = 16;

/**
 * Word documents have no text lines: their `line` is the paragraph number
 * (the linted text holds one paragraph per line). The opening of that
 * paragraph is quoted so a reader can find it in Word.
 */
export function paragraphOpening(r: FileResult, line: number): string | undefined {
  if (r.lineUnit !== 'paragraph') return undefined;
  let source: string | undefined;
  try {
    // a result revived from the cache rebuilds its source lazily; a failure there only loses the quote
    source = r.source;
  } catch {
    return undefined;
  }
  if (source === undefined) return undefined;
  let start = 0;
  for (let n = 1; n < line; n++) {
    const nl = source.indexOf('\n', start);
    if (nl === -1) return undefined;
    start = nl + 1;
  }
  const end = source.indexOf('\n', start);
  const text = source.slice(start, end === -1 ? undefined : end);
  const chars = [...text];
  return chars.length > OPENING ? chars.slice(0, OPENING).join('') + '…' : text;
}

/** “第12段「叶城县2023年度…」” / “paragraph 12 “…””, for formatters that show a position. */
export function paragraphLabel(r: FileResult, line: number, locale: 'zh' | 'en'): string | undefined {
  const opening = paragraphOpening(r, line);
  if (opening === undefined) return undefined;
  return locale === 'zh' ? `第${line}段「${opening}」` : `paragraph ${line} “${opening}”`;
}

/** The page a PDF finding starts on (src/linter/pages.ts sets it; `line` is then the line on that page). */
export function pageOf(m: object): { page: number; endPage: number } | undefined {
  const { page, endPage } = m as { page?: number; endPage?: number };
  return typeof page === 'number' ? { page, endPage: endPage ?? page } : undefined;
}

/** “第3页第12行” / “page 3, line 12”, for formatters that show a position of a PDF finding. */
export function pageLabel(r: FileResult, m: { line: number; column: number }, locale: 'zh' | 'en'): string | undefined {
  if (r.lineUnit !== 'page') return undefined;
  const p = pageOf(m);
  if (!p) return undefined;
  return locale === 'zh' ? `第${p.page}页第${m.line}行` : `page ${p.page}, line ${m.line}`;
}
