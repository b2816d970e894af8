import type { Block, Section } from './types.js';

/**
 * Which sections contain a source offset, in O(log blocks): sections are
 * made of whole blocks, so the sections around each block are listed once
 * (outermost first) and an offset is looked up by its block. Rules call
 * sectionAt/partsAt per block or per finding; a scan over all sections per
 * call made that quadratic on reports with thousands of headings.
 */
export function sectionIndex(blocks: Block[], sections: Section[]): (offset: number) => readonly Section[] {
  const around: Section[][] = blocks.map(() => []);
  for (const s of sections) for (let i = s.firstBlock; i < s.endBlock; i++) around[i].push(s);
  const starts = blocks.map((b) => b.start);
  const none: readonly Section[] = [];
  return (offset: number) => {
    // the last block starting at or before the offset
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0 || offset < starts[0]) return none;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const list = around[lo];
    if (offset < blocks[lo].end) return list;
    // between blocks: only the sections that go on past this gap
    return list.filter((s) => offset >= s.span.start && offset < s.span.end);
  };
}
