import type { Block } from './types.js';
import type { Report } from './report.js';
import { isPlainText } from '../parse/format.js';

/**
 * The text a reader sees between two source offsets. For plain text (and a
 * Word document's paragraph-per-line text) that is the source itself; for
 * HTML and Markdown the source holds markup (<span>, &ldquo;, **), so the
 * blocks' text is used: tags dropped, entities decoded, blocks joined by a
 * line break. Rules quote report text with this, never with report.text,
 * so a finding reads the same whatever the container (issue 5).
 */
export function readerText(report: Report, start: number, end: number): string {
  if (isPlainText(report.format)) return report.text.slice(start, end);
  const parts: string[] = [];
  for (const b of report.blocks) {
    if (b.end <= start || b.start >= end) continue;
    const from = textOffset(b, Math.max(start, b.start), 'start');
    const to = textOffset(b, Math.min(end, b.end), 'end');
    if (to > from) parts.push(b.text.slice(from, to));
  }
  // outside every block (markup only): nothing a reader sees
  return parts.join('\n');
}

/**
 * A source offset → an offset in the block's text (the inverse of
 * Report.toSource). An offset inside markup or inside an entity maps to the
 * next character a reader sees; `end` offsets include an entity they close.
 */
export function textOffset(block: Block, source: number, side: 'start' | 'end' = 'start'): number {
  const segs = block.segments;
  if (!segs.length) return side === 'start' ? 0 : block.text.length;
  // the last segment starting at or before the offset (segments run forward in both text and source)
  let lo = 0;
  let hi = segs.length - 1;
  if (segs[0].source > source) return segs[0].text;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].source <= source) lo = mid;
    else hi = mid - 1;
  }
  const s = segs[lo];
  if (source < s.source + s.length) return s.text + (source - s.source);
  if (s.length === 0 && source === s.source) return s.text;
  // in markup after the segment, or inside an entity: the next character a reader sees
  const next = segs[lo + 1];
  return next ? next.text : block.text.length;
}
