import type { Report } from './types.js';

/**
 * The source text around [start, end) for a message to quote in 「」: up to
 * `before` and `after` UTF-16 units either side, never across a line break.
 */
export function excerpt(report: Report, start: number, end: number, before = 8, after = 8): string {
  const text = report.text;
  let from = start;
  while (from > 0 && start - from < before && !isBreak(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < after && !isBreak(text[to])) to++;
  // never cut a surrogate pair in half
  if (from > 0 && /[\udc00-\udfff]/.test(text[from])) from--;
  if (to < text.length && /[\udc00-\udfff]/.test(text[to])) to++;
  return text.slice(from, to).trim();
}

function isBreak(ch: string): boolean {
  return ch === '\n' || ch === '\r';
}
