import type { Section, Span } from './types.js';
import type { PartMatch, PartNumber } from './parts.js';

/**
 * Helpers that keep per-mention look-ups linear over a whole report: mentions
 * come in document order, so sections, titles and spans are walked once
 * instead of searched from the start for every mention.
 */

/** Innermost section containing each offset, for offsets given in non-decreasing order. */
export function sectionSweeper(sections: readonly Section[]): (offset: number) => Section | undefined {
  let i = 0;
  const open: Section[] = [];
  return (offset) => {
    while (i < sections.length && sections[i].span.start <= offset) {
      const s = sections[i++];
      while (open.length && open[open.length - 1].span.end <= s.span.start) open.pop();
      open.push(s);
    }
    while (open.length && open[open.length - 1].span.end <= offset) open.pop();
    return open[open.length - 1];
  };
}

/**
 * The parts a section lies in (its own and its ancestors'), from the heading
 * and topical matches: the same answer as report.parts.partsAt for offsets in
 * the section, memoised per section.
 */
export function sectionParts(matches: readonly PartMatch[]): (s: Section | undefined) => PartNumber[] {
  const own = new Map<Section, PartNumber[]>();
  for (const m of matches) {
    if (m.how === 'item' || !m.section) continue;
    const list = own.get(m.section) ?? [];
    if (!list.includes(m.part)) list.push(m.part);
    own.set(m.section, list);
  }
  const memo = new Map<Section, PartNumber[]>();
  const of = (s: Section | undefined): PartNumber[] => {
    if (!s) return [];
    let out = memo.get(s);
    if (!out) {
      out = [...of(s.parent)];
      for (const p of own.get(s) ?? []) if (!out.includes(p)) out.push(p);
      memo.set(s, out);
    }
    return out;
  };
  return of;
}

/** Whether [start, end) lies inside one of `spans` (sorted by start, not overlapping). */
export function insideAny(spans: readonly Span[], start: number, end = start): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found === -1) return false;
  return end === start ? start < spans[found].end : end <= spans[found].end;
}

/** Sort spans and merge overlapping ones, so insideAny can search them. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
