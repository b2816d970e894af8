import type { Block, Section } from './types.js';

/**
 * Which sections contain a source offset, in O(log blocks): sections are
 * made of whole blocks, so the sections around each block are listed once
 * (outermost first) and an offset is looked up by its block. Rules call
 * sectionAt/partsAt per block or per finding; a scan over all sections per
 * call made that quadratic on reports with thousands of headings.
 */
export function sectionIndex(blocks: Block[], sections: Section[]): (offset: number) => readonly Section[] {
  // the sections around each block, in document order; a run of blocks that no section starts or ends in shares
  // one list (sections start at headings: a few lists per section, not one per block)
  const around: (readonly Section[])[] = new Array(blocks.length);
  let current: Section[] = [];
  let next = 0; // the next section to open (sections come in document order: firstBlock never decreases)
  for (let i = 0; i < blocks.length; i++) {
    let changed = next < sections.length && sections[next].firstBlock <= i;
    for (let k = 0; k < current.length && !changed; k++) changed = current[k].endBlock <= i;
    if (changed) {
      const list: Section[] = [];
      for (const s of current) if (s.endBlock > i) list.push(s);
      for (; next < sections.length && sections[next].firstBlock <= i; next++) if (sections[next].endBlock > i) list.push(sections[next]);
      current = list;
    }
    around[i] = current;
  }
  const starts: number[] = [];
  for (const b of blocks) starts.push(b.start);
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
