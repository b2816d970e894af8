import type { Block } from './types.js';
import type { Report } from './report.js';
import { textOffset } from './reader.js';

/**
 * The text around [start, end) for a message to quote in 「」: up to `before`
 * and `after` characters either side, never across a line break. It quotes
 * what a reader sees (the block's text), so an HTML or Markdown report is
 * quoted without its markup or entities.
 */
export function excerpt(report: Report, start: number, end: number, before = 8, after = 8): string {
  const block = blockAt(report.blocks, start);
  if (block && (report.format === 'html' || report.format === 'markdown')) {
    const s = textOffset(block, start, 'start');
    const e = Math.max(s, textOffset(block, Math.min(end, block.end), 'end'));
    return around(block.text, s, e, before, after);
  }
  return around(report.text, start, end, before, after);
}

function around(text: string, start: number, end: number, before: number, after: number): string {
  let from = start;
  while (from > 0 && start - from < before && !isBreak(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < after && !isBreak(text[to])) to++;
  // never cut a surrogate pair in half
  if (from > 0 && /[\udc00-\udfff]/.test(text[from])) from--;
  if (to < text.length && /[\udc00-\udfff]/.test(text[to])) to++;
  return text.slice(from, to).trim();
}

/** The block containing a source offset (blocks are in source order). */
function blockAt(blocks: Block[], offset: number): Block | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  if (hi < 0 || offset < blocks[0].start) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return offset <= blocks[lo].end ? blocks[lo] : undefined;
}

function isBreak(ch: string): boolean {
  return ch === '\n' || ch === '\r';
}
